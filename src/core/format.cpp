#include "core/format.hpp"

namespace mlguide {

std::string FormatMoney(long long amount, std::string_view symbol) {
  const bool negative = amount < 0;
  std::string digits = std::to_string(negative ? -amount : amount);
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<size_t>(i), ",");
  return (negative ? "-" : "") + std::string(symbol) + digits;
}

std::string FormatMoneyShort(int amount, std::string_view symbol) {
  return std::string(symbol) + std::to_string(amount / 1000) + (amount % 1000 ? "." + std::to_string(amount % 1000 / 100) : "") + "k";
}

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string FormatPercent(int bp) {
  std::string s = std::to_string(bp / 100);
  if (bp % 100) s += "." + std::to_string(bp % 100 / 10) + (bp % 10 ? std::to_string(bp % 10) : "");
  return s + "%";
}

}  // namespace mlguide
