#include <doctest/doctest.h>

#include "core/format.hpp"

using namespace mlguide;

TEST_CASE("money reads with thousands separators") {
  CHECK(FormatMoney(0, "£") == "£0");
  CHECK(FormatMoney(999, "£") == "£999");
  CHECK(FormatMoney(45000, "£") == "£45,000");
  CHECK(FormatMoney(100000, "£") == "£100,000");
  CHECK(FormatMoney(1234567, "£") == "£1,234,567");
  CHECK(FormatMoney(-50270, "£") == "-£50,270");
}

TEST_CASE("short money for scales and headlines: thousands, with one decimal when needed") {
  CHECK(FormatMoneyShort(45000, "£") == "£45k");
  CHECK(FormatMoneyShort(100000, "£") == "£100k");
  CHECK(FormatMoneyShort(47500, "£") == "£47.5k");
}

TEST_CASE("HTML escaping covers markup and attribute quotes") {
  CHECK(HtmlEscape("a < b & c > d") == "a &lt; b &amp; c &gt; d");
  CHECK(HtmlEscape("\"x\" 'y'") == "&quot;x&quot; &#39;y&#39;");
  CHECK(HtmlEscape("£45,000 – ‘cookies’") == "£45,000 – ‘cookies’");
}
