#include "platform/web/local_storage.hpp"

#include "platform/web/web_js.hpp"

namespace mlguide {

bool LocalStorage::Get(const std::string& key, std::optional<std::string>& value, std::string& error) {
  int status = 0;
  std::string text = TakeString(js_storage_get(key.c_str(), &status));
  if (status < 0) {
    error = std::move(text);
    return false;
  }
  value = status == 1 ? std::optional<std::string>(std::move(text)) : std::nullopt;
  return true;
}

bool LocalStorage::Set(const std::string& key, const std::string& value, std::string& error) {
  char* e = js_storage_set(key.c_str(), value.c_str());
  if (!e) return true;
  error = TakeString(e);
  return false;
}

}  // namespace mlguide
