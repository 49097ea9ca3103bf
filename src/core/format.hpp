// Text formatting shared by the canvas UI and the HTML version of the guide.
#pragma once

#include <string>
#include <string_view>

namespace mlguide {

// 45000, "£" -> "£45,000"
std::string FormatMoney(long long amount, std::string_view symbol);
// 45000, "£" -> "£45k"; 47500 -> "£47.5k" (to the hundred below), for scales and headlines
std::string FormatMoneyShort(int amount, std::string_view symbol);

// 500 basis points -> "5%"; 550 -> "5.5%"; 1225 -> "12.25%"
std::string FormatPercent(int basis_points);

// Escapes &, <, >, " and ' for HTML text and attribute values.
std::string HtmlEscape(std::string_view text);

}  // namespace mlguide
