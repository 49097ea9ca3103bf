#include "core/salary_input.hpp"

#include "core/format.hpp"

namespace mlguide {
namespace {

// Spaces a keyboard, a paste or a number formatter may put in: ASCII, no-break, narrow no-break.
std::size_t SpaceAt(std::string_view t, std::size_t i) {
  if (t[i] == ' ' || t[i] == '\t') return 1;
  if (t.substr(i, 2) == "\xC2\xA0") return 2;
  if (t.substr(i, 3) == "\xE2\x80\xAF" || t.substr(i, 3) == "\xE2\x80\x89") return 3;
  return 0;
}

std::string_view Trim(std::string_view t) {
  while (!t.empty()) {
    std::size_t n = SpaceAt(t, 0);
    if (!n) break;
    t.remove_prefix(n);
  }
  for (;;) {
    bool cut = false;
    for (std::size_t n : {1u, 2u, 3u})
      if (t.size() >= n && SpaceAt(t, t.size() - n) == n) {
        t.remove_suffix(n);
        cut = true;
        break;
      }
    if (!cut) return t;
  }
}

}  // namespace

AmountParse ParseAmount(std::string_view text, int max, std::string_view symbol) {
  AmountParse out;
  auto fail = [&](std::string why) {
    out.error = std::move(why);
    return out;
  };
  const std::string example = "such as " + FormatMoney(28900, "") + " or 45k";
  std::string_view t = Trim(text);
  if (t.empty()) return fail("Type a salary in pounds, " + example + ".");
  bool negative = false;
  if (t.front() == '-' || t.substr(0, 3) == "\xE2\x88\x92") {  // hyphen or minus sign
    negative = true;
    t.remove_prefix(t.front() == '-' ? 1 : 3);
    t = Trim(t);
  }
  if (!symbol.empty() && t.substr(0, symbol.size()) == symbol) t = Trim(t.substr(symbol.size()));
  if (!t.empty() && t.front() == '-') negative = true;
  if (negative) return fail("A salary can’t be negative: type it without the minus sign.");
  bool thousands = false;
  if (!t.empty() && (t.back() == 'k' || t.back() == 'K')) {
    thousands = true;
    t = Trim(t.substr(0, t.size() - 1));
  }
  // Digits, with commas or spaces between them, then at most one decimal point.
  long long whole = 0, frac = 0;
  int frac_digits = 0, digits = 0;
  bool point = false;
  for (std::size_t i = 0; i < t.size();) {
    const char c = t[i];
    if (c >= '0' && c <= '9') {
      if (point) {
        if (++frac_digits > 3) return fail("Type whole pounds, " + example + ".");
        frac = frac * 10 + (c - '0');
      } else {
        if (++digits > 9) return fail("That is more than " + FormatMoney(max, symbol) + ", the most this guide works out.");
        whole = whole * 10 + (c - '0');
      }
      ++i;
    } else if (c == '.' && !point && digits > 0) {
      point = true;
      ++i;
    } else if ((c == ',' || SpaceAt(t, i)) && !point && digits > 0 && i + 1 < t.size()) {
      i += c == ',' ? 1 : SpaceAt(t, i);
    } else {
      return fail("Type the salary in figures, " + example + ".");
    }
  }
  if (digits == 0) return fail("Type the salary in figures, " + example + ".");
  while (frac_digits < 3) frac *= 10, ++frac_digits;  // thousandths
  long long pounds = 0;
  if (thousands) {
    pounds = whole * 1000 + frac;
  } else {
    if (frac != 0)  // pence
      return fail("Type whole pounds, without pence, " + example + ".");
    pounds = whole;
  }
  if (pounds > max) return fail("That is more than " + FormatMoney(max, symbol) + ", the most this guide works out.");
  if (pounds <= 0) return fail("Type a salary above " + FormatMoney(0, symbol) + ".");
  out.ok = true;
  out.amount = static_cast<int>(pounds);
  return out;
}

}  // namespace mlguide
