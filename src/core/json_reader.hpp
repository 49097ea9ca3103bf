// Parsing and typed reading of JSON documents with limits, where every error names
// the field it is about ("sections[2].title: expected string, got number").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace mlguide {

using Json = nlohmann::json;

struct JsonLimits {
  std::size_t max_bytes = 1 << 20;   // whole document
  int max_depth = 32;                // nested arrays and objects
  std::size_t max_string = 4000;     // characters in any one string
  std::size_t max_items = 500;       // elements in any one array
};

// Parses `text` into `out`. On failure returns false and sets `error` to a
// reader-facing message (empty input, size and depth limits, syntax with line and column).
bool ParseJson(std::string_view text, const JsonLimits& limits, Json& out, std::string& error);

// Reads fields out of a parsed document, keeping the first error with its path.
class JsonReader {
 public:
  explicit JsonReader(const JsonLimits& limits) : limits_(limits) {}

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  // The error so far, cleared: the next field is read afresh.
  std::string TakeError() {
    std::string e;
    e.swap(error_);
    return e;
  }

  // Records an error at `path` (the first one wins) and returns false.
  bool Fail(const std::string& path, const std::string& what);

  static std::string Join(const std::string& path, const char* key);
  static bool IsIdText(const std::string& text);  // non-empty, [a-z0-9-] only
  static std::string Join(const std::string& path, std::size_t index);

  // Each returns the value at obj[key], or nullptr after recording why not.
  const Json* Object(const Json& obj, const std::string& path, const char* key);
  const Json* Array(const Json& obj, const std::string& path, const char* key, std::size_t min_items = 1);

  // Checks `value` itself (e.g. an array element).
  bool IsObject(const Json& value, const std::string& path);
  bool ReadString(const Json& value, const std::string& path, std::string& out, bool allow_empty = false);

  bool String(const Json& obj, const std::string& path, const char* key, std::string& out);
  bool OptionalString(const Json& obj, const std::string& path, const char* key, std::string& out);
  bool Id(const Json& obj, const std::string& path, const char* key, std::string& out);  // [a-z0-9-]+
  bool Integer(const Json& obj, const std::string& path, const char* key, long long min, long long max, int& out);

 private:
  const Json* Field(const Json& obj, const std::string& path, const char* key, bool required);
  JsonLimits limits_;
  std::string error_;
};

const char* JsonTypeName(const Json& value);

}  // namespace mlguide
