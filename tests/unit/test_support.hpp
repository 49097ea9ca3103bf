// Helpers shared by the unit tests.
#pragma once

#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>

#include "assets/embedded_assets.hpp"
#include "core/guide_loader.hpp"
#include "core/progress_store.hpp"

namespace mlguide::test {

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline const Guide& TheGuide() {
  static const Guide g = LoadGuide(assets::guide_json().text()).guide;
  return g;
}

// A key-value store that can be told to refuse reads or writes, like a browser's
// localStorage in private mode, in a sandboxed iframe or when full.
class FakeStore : public KeyValueStore {
 public:
  std::map<std::string, std::string> data;
  bool refuse_get = false;
  bool refuse_set = false;
  std::size_t quota = SIZE_MAX;  // total bytes of values allowed
  int writes = 0;

  bool Get(const std::string& key, std::optional<std::string>& value, std::string& error) override {
    if (refuse_get) {
      error = "SecurityError: access to localStorage is denied";
      return false;
    }
    auto it = data.find(key);
    value = it == data.end() ? std::nullopt : std::optional<std::string>(it->second);
    return true;
  }
  bool Set(const std::string& key, const std::string& value, std::string& error) override {
    std::size_t used = value.size();
    for (const auto& [k, v] : data)
      if (k != key) used += v.size();
    if (refuse_set || used > quota) {
      error = "QuotaExceededError: the quota has been exceeded";
      return false;
    }
    data[key] = value;
    ++writes;
    return true;
  }
};

}  // namespace mlguide::test
