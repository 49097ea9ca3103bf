#include "core/launch_options.hpp"

#include "core/json_reader.hpp"

namespace mlguide {
namespace {

int Hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string Decode(std::string_view v) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i] == '+') out += ' ';
    else if (v[i] == '%' && i + 2 < v.size() && Hex(v[i + 1]) >= 0 && Hex(v[i + 2]) >= 0) {
      out += static_cast<char>(Hex(v[i + 1]) * 16 + Hex(v[i + 2]));
      i += 2;
    } else {
      out += v[i];
    }
  }
  return out;
}

}  // namespace

std::optional<std::string> QueryParam(std::string_view query, std::string_view name) {
  if (!query.empty() && query.front() == '?') query.remove_prefix(1);
  while (!query.empty()) {
    const size_t amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    const size_t eq = pair.find('=');
    if (Decode(pair.substr(0, eq)) == name) return Decode(eq == std::string_view::npos ? "" : pair.substr(eq + 1));
    if (amp == std::string_view::npos) break;
    query.remove_prefix(amp + 1);
  }
  return std::nullopt;
}

LaunchOptions ParseLaunchOptions(std::string_view query) {
  LaunchOptions o;
  if (auto e = QueryParam(query, "embed")) o.embed = *e == "1" || *e == "true" || e->empty();
  if (auto p = QueryParam(query, "panel"); p && JsonReader::IsIdText(*p)) o.panel = *p;
  if (auto t = QueryParam(query, "theme")) {
    if (*t == "light" || *t == "dark") o.theme = *t;
    else if (*t == "auto" || *t == "system") o.theme = "system";
  }
  return o;
}

}  // namespace mlguide
