#include <doctest/doctest.h>

#include "core/launch_options.hpp"

using namespace mlguide;

TEST_CASE("URL parameters set embed mode, the opening panel and the theme") {
  const LaunchOptions none = ParseLaunchOptions("");
  CHECK_FALSE(none.embed);
  CHECK(none.panel.empty());
  CHECK_FALSE(none.theme.has_value());

  const LaunchOptions o = ParseLaunchOptions("?embed=1&panel=salary&theme=dark");
  CHECK(o.embed);
  CHECK(o.panel == "salary");
  CHECK(o.theme == std::optional<std::string>("dark"));
  CHECK(ParseLaunchOptions("theme=auto").theme == std::optional<std::string>("system"));
  CHECK(ParseLaunchOptions("embed=0").embed == false);
  CHECK(ParseLaunchOptions("embed").embed == true);
}

TEST_CASE("bad parameter values are ignored, not trusted") {
  CHECK_FALSE(ParseLaunchOptions("theme=neon").theme.has_value());
  CHECK(ParseLaunchOptions("panel=%3Cscript%3E").panel.empty());
  CHECK(ParseLaunchOptions("panel=job-types%20").panel.empty());
  CHECK(ParseLaunchOptions("panel=job%2Dtypes").panel == "job-types");  // decoded first
  CHECK(QueryParam("?a=1&b=two+words&c=%41%", "b") == std::optional<std::string>("two words"));
  CHECK(QueryParam("?a=1&b=2&c=%41%", "c") == std::optional<std::string>("A%"));
}
