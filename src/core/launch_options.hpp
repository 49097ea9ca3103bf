// How the page was opened: URL parameters an embedding page or a link can set.
//   embed=1                  compact mode for an iframe in someone else's page
//   panel=<section id>       open on that panel
//   theme=light|dark|auto    colours for this view (not saved as the reader's choice)
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace mlguide {

struct LaunchOptions {
  bool embed = false;
  std::string panel;                // empty: the guide's default
  std::optional<std::string> theme; // "light", "dark" or "system"
};

// `query` is the URL's search part, with or without the leading "?". Unknown parameters
// and invalid values are ignored.
LaunchOptions ParseLaunchOptions(std::string_view query);

// The decoded value of `name` in a query string, if present.
std::optional<std::string> QueryParam(std::string_view query, std::string_view name);

}  // namespace mlguide
