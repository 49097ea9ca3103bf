// localStorage, which may throw (private mode, a sandboxed frame, a full quota): every refusal
// comes back as the browser's own words.
#pragma once

#include "core/progress_store.hpp"

namespace mlguide {

class LocalStorage final : public KeyValueStore {
 public:
  bool Get(const std::string& key, std::optional<std::string>& value, std::string& error) override;
  bool Set(const std::string& key, const std::string& value, std::string& error) override;
};

}  // namespace mlguide
