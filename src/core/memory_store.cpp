#include "core/memory_store.hpp"

namespace mlguide {

bool MemoryStore::Get(const std::string& key, std::optional<std::string>& value, std::string& error) {
  if (refuse_get) {
    error = "SecurityError: The operation is insecure.";
    return false;
  }
  auto it = data.find(key);
  value = it == data.end() ? std::nullopt : std::optional<std::string>(it->second);
  return true;
}

bool MemoryStore::Set(const std::string& key, const std::string& value, std::string& error) {
  std::size_t used = value.size();
  for (const auto& [k, v] : data)
    if (k != key) used += v.size();
  if (refuse_set || used > quota) {
    error = "QuotaExceededError: The quota has been exceeded.";
    return false;
  }
  data[key] = value;
  ++writes;
  return true;
}

}  // namespace mlguide
