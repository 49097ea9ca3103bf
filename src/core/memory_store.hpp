// A key-value store in memory: the null platform's storage, and the tests' stand-in for a
// browser's localStorage, which can be told to refuse reads or writes (private browsing, a
// sandboxed iframe) or to fill up.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "core/progress_store.hpp"

namespace mlguide {

class MemoryStore : public KeyValueStore {
 public:
  std::map<std::string, std::string> data;
  bool refuse_get = false;
  bool refuse_set = false;
  std::size_t quota = SIZE_MAX;  // bytes all values together may take
  int writes = 0;                // successful Set calls

  bool Get(const std::string& key, std::optional<std::string>& value, std::string& error) override;
  bool Set(const std::string& key, const std::string& value, std::string& error) override;
};

}  // namespace mlguide
