#include "core/json_reader.hpp"

#include <cstdio>

namespace mlguide {
namespace {

// First pass over the text: finds syntax errors with their position and enforces the
// depth limit before any DOM is built.
class LimitCheck : public nlohmann::json_sax<Json> {
 public:
  explicit LimitCheck(int max_depth) : max_depth_(max_depth) {}
  std::string error;

  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool key(string_t&) override { return true; }
  bool start_object(std::size_t) override { return Enter(); }
  bool end_object() override { --depth_; return true; }
  bool start_array(std::size_t) override { return Enter(); }
  bool end_array() override { --depth_; return true; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) override {
    std::string what = ex.what();
    // Drop the library's "[json.exception.parse_error.101] " tag.
    if (auto close = what.find("] "); what.rfind("[json.exception", 0) == 0 && close != std::string::npos)
      what.erase(0, close + 2);
    error = "not valid JSON: " + what;
    return false;
  }

 private:
  bool Enter() {
    if (++depth_ <= max_depth_) return true;
    error = "nested deeper than " + std::to_string(max_depth_) + " levels";
    return false;
  }
  int max_depth_;
  int depth_ = 0;
};

std::string FormatBytes(std::size_t bytes) {
  char buf[32];
  if (bytes >= (1u << 20)) std::snprintf(buf, sizeof buf, "%.1f MB", bytes / 1048576.0);
  else std::snprintf(buf, sizeof buf, "%.0f KB", bytes / 1024.0);
  return buf;
}

}  // namespace

bool ParseJson(std::string_view text, const JsonLimits& limits, Json& out, std::string& error) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    error = "empty input";
    return false;
  }
  if (text.size() > limits.max_bytes) {
    error = "input is " + FormatBytes(text.size()) + "; the limit is " + FormatBytes(limits.max_bytes);
    return false;
  }
  // One pass builds the document, refusing anything nested too deep; only a failure pays for
  // the second pass that finds what and where the problem is.
  bool too_deep = false;
  const Json::parser_callback_t depth_check = [&](int depth, Json::parse_event_t event, Json&) {
    if ((event == Json::parse_event_t::object_start || event == Json::parse_event_t::array_start) && depth >= limits.max_depth)
      too_deep = true;
    return !too_deep;
  };
  out = Json::parse(text.begin(), text.end(), depth_check, /*allow_exceptions=*/false);
  if (!out.is_discarded() && !too_deep) return true;
  LimitCheck check(limits.max_depth);
  Json::sax_parse(text.begin(), text.end(), &check);
  error = check.error.empty() ? "not valid JSON" : check.error;
  out = Json();
  return false;
}

const char* JsonTypeName(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::object: return "object";
    case Json::value_t::array: return "array";
    case Json::value_t::string: return "string";
    case Json::value_t::boolean: return "boolean";
    case Json::value_t::binary: return "binary";
    case Json::value_t::discarded: return "nothing";
    default: return "number";
  }
}

bool JsonReader::Fail(const std::string& path, const std::string& what) {
  if (error_.empty()) error_ = path.empty() ? what : path + ": " + what;
  return false;
}

std::string JsonReader::Join(const std::string& path, const char* key) {
  return path.empty() ? std::string(key) : path + "." + key;
}

std::string JsonReader::Join(const std::string& path, std::size_t index) {
  return path + "[" + std::to_string(index) + "]";
}

const Json* JsonReader::Field(const Json& obj, const std::string& path, const char* key, bool required) {
  if (!obj.is_object()) {
    Fail(path, std::string("expected object, got ") + JsonTypeName(obj));
    return nullptr;
  }
  auto it = obj.find(key);
  if (it == obj.end()) {
    if (required) Fail(Join(path, key), "missing");
    return nullptr;
  }
  return &*it;
}

const Json* JsonReader::Object(const Json& obj, const std::string& path, const char* key) {
  const Json* v = Field(obj, path, key, true);
  if (v && !IsObject(*v, Join(path, key))) return nullptr;
  return v;
}

const Json* JsonReader::Array(const Json& obj, const std::string& path, const char* key, std::size_t min_items) {
  const Json* v = Field(obj, path, key, true);
  if (!v) return nullptr;
  const std::string here = Join(path, key);
  if (!v->is_array()) {
    Fail(here, std::string("expected array, got ") + JsonTypeName(*v));
    return nullptr;
  }
  if (v->size() < min_items) {
    Fail(here, "expected at least " + std::to_string(min_items) + (min_items == 1 ? " item" : " items"));
    return nullptr;
  }
  if (v->size() > limits_.max_items) {
    Fail(here, "has " + std::to_string(v->size()) + " items; the limit is " + std::to_string(limits_.max_items));
    return nullptr;
  }
  return v;
}

bool JsonReader::IsObject(const Json& value, const std::string& path) {
  if (value.is_object()) return true;
  return Fail(path, std::string("expected object, got ") + JsonTypeName(value));
}

bool JsonReader::ReadString(const Json& value, const std::string& path, std::string& out, bool allow_empty) {
  if (!value.is_string()) return Fail(path, std::string("expected string, got ") + JsonTypeName(value));
  const auto& s = value.get_ref<const std::string&>();
  if (s.size() > limits_.max_string)
    return Fail(path, "is " + std::to_string(s.size()) + " characters long; the limit is " + std::to_string(limits_.max_string));
  if (!allow_empty && s.find_first_not_of(" \t\r\n") == std::string::npos) return Fail(path, "must not be empty");
  out = s;
  return true;
}

bool JsonReader::String(const Json& obj, const std::string& path, const char* key, std::string& out) {
  const Json* v = Field(obj, path, key, true);
  return v && ReadString(*v, Join(path, key), out);
}

bool JsonReader::OptionalString(const Json& obj, const std::string& path, const char* key, std::string& out) {
  if (!obj.is_object() || !obj.contains(key)) return ok();
  return String(obj, path, key, out);
}

bool JsonReader::IsIdText(const std::string& text) {
  if (text.empty() || text.size() > 64) return false;
  for (char c : text)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

bool JsonReader::Id(const Json& obj, const std::string& path, const char* key, std::string& out) {
  if (!String(obj, path, key, out)) return false;
  if (!IsIdText(out)) return Fail(Join(path, key), "\"" + out + "\" is not an id (use a-z, 0-9 and -)");
  return true;
}

bool JsonReader::Integer(const Json& obj, const std::string& path, const char* key, long long min, long long max, int& out) {
  const Json* v = Field(obj, path, key, true);
  if (!v) return false;
  const std::string here = Join(path, key);
  if (!v->is_number_integer()) {
    const char* got = v->is_number() ? "a fraction" : JsonTypeName(*v);
    return Fail(here, std::string("expected whole number, got ") + got);
  }
  const long long n = v->is_number_unsigned() && v->get<unsigned long long>() > static_cast<unsigned long long>(max)
                          ? max + 1
                          : v->get<long long>();
  if (n < min || n > max)
    return Fail(here, std::to_string(n) + " is outside " + std::to_string(min) + " to " + std::to_string(max));
  out = static_cast<int>(n);
  return true;
}

}  // namespace mlguide
