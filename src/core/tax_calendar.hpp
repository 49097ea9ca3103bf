// Which tax year's figures a reader sees: the year that holds their local date, unless they
// picked another; past the newest year in the data, the newest, said plainly. A UK tax year
// runs from 6 April to 5 April, but the data names each year's first and last day, so the
// rule here knows no calendar of its own.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/tax.hpp"

namespace mlguide {

// "2026-04-06" -> {2026, 4, 6}; false for anything that is not a real day written that way.
bool ParseIsoDate(std::string_view text, CivilDate& out);
// {2026, 4, 6} -> "6 April 2026"
std::string FormatLongDate(const CivilDate& d);

struct YearPick {
  enum class Why {
    Today,         // the year holding the reader's date
    Picked,        // the reader chose it
    PastNewest,    // the reader's date is after the newest year in the data
    BeforeOldest,  // ...or before the oldest
  };
  const TaxYear* year = nullptr;  // never null when the data has a year
  Why why = Why::Today;
  const TaxYear* today = nullptr;  // the year the date alone gives (as above, without a pick)
  bool today_in_data = false;      // the reader's date lies in one of the data's years (`today`)
};

// `years` in date order (the loader's promise); `picked` a year's name ("2025/26"), or "" to
// follow the date. A name the data does not have follows the date too.
YearPick PickTaxYear(const std::vector<TaxYear>& years, const CivilDate& today, const std::string& picked);

// What the reader must know about the year shown, in a sentence, or "" when it is simply this
// year's: "Figures for 2026/27, the latest this guide has; rates may have changed since
// 5 April 2027."
std::string YearNote(const YearPick& pick);

// "2026/27 (6 April 2026 to 5 April 2027)"
std::string YearSpan(const TaxYear& year);

}  // namespace mlguide
