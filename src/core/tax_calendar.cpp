#include "core/tax_calendar.hpp"

namespace mlguide {
namespace {

bool Leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysIn(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && Leap(y) ? 29 : kDays[m - 1];
}

bool Digits(std::string_view s, int& out) {
  out = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  return !s.empty();
}

}  // namespace

bool ParseIsoDate(std::string_view t, CivilDate& out) {
  CivilDate d;
  if (t.size() != 10 || t[4] != '-' || t[7] != '-' || !Digits(t.substr(0, 4), d.year) || !Digits(t.substr(5, 2), d.month) ||
      !Digits(t.substr(8, 2), d.day))
    return false;
  if (d.year < 1900 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > DaysIn(d.year, d.month)) return false;
  out = d;
  return true;
}

std::string FormatLongDate(const CivilDate& d) {
  static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
  if (d.month < 1 || d.month > 12) return "";
  return std::to_string(d.day) + " " + kMonths[d.month - 1] + " " + std::to_string(d.year);
}

YearPick PickTaxYear(const std::vector<TaxYear>& years, const CivilDate& today, const std::string& picked) {
  YearPick p;
  if (years.empty()) return p;
  if (today < years.front().first_day) {
    p.today = &years.front();
    p.why = YearPick::Why::BeforeOldest;
  } else if (years.back().last_day < today) {
    p.today = &years.back();
    p.why = YearPick::Why::PastNewest;
  } else {
    for (const TaxYear& y : years)
      if (!(today < y.first_day) && !(y.last_day < today)) p.today = &y;
    p.today_in_data = p.today != nullptr;
    if (!p.today) {  // in a gap between two years of the data: the latest before it
      for (const TaxYear& y : years)
        if (y.last_day < today) p.today = &y;
      p.why = YearPick::Why::PastNewest;
    }
  }
  p.year = p.today;
  for (const TaxYear& y : years)
    if (!picked.empty() && y.year == picked && &y != p.today) {
      p.year = &y;
      p.why = YearPick::Why::Picked;
    }
  return p;
}

std::string YearNote(const YearPick& p) {
  if (!p.year) return "";
  switch (p.why) {
    case YearPick::Why::Today: return "";
    case YearPick::Why::Picked:
      if (!p.today_in_data) return "Figures for " + YearSpan(*p.year) + "; this guide has no figures yet for the tax year you are in.";
      return "Figures for " + YearSpan(*p.year) + ", not the tax year you are in (" + p.today->year + ").";
    case YearPick::Why::PastNewest:
      return "Figures for " + p.year->year + ", the latest this guide has; rates may have changed since " +
             FormatLongDate(p.year->last_day) + ".";
    case YearPick::Why::BeforeOldest:
      return "Figures for " + p.year->year + ", the earliest this guide has; it starts on " + FormatLongDate(p.year->first_day) + ".";
  }
  return "";
}

std::string YearSpan(const TaxYear& y) {
  return y.year + " (" + FormatLongDate(y.first_day) + " to " + FormatLongDate(y.last_day) + ")";
}

}  // namespace mlguide
