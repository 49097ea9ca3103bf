// Take-home pay for one tax year: income tax with the personal-allowance taper, and
// employee Class 1 National Insurance. Every rate and threshold comes from guide.json.
//
// Rounding: annual amounts are worked out in whole pence on whole-pound salaries
// (fractions of a penny are dropped); screens round them to the nearest pound, and a
// month is the year's figure divided by 12, rounded to the nearest pound.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mlguide {

struct TaxBand {
  std::string name;
  int rate_bp = 0;        // basis points: 20% = 2000
  long upto_taxable = 0;  // upper end of the band in taxable income; 0 = no upper end
};

struct TaxYear {
  std::string year;    // "2025/26"
  std::string region;  // "England, Wales and Northern Ireland"
  std::string source;  // a Source id
  long personal_allowance = 0;
  long taper_threshold = 0;  // the allowance shrinks above this income...
  int taper_divisor = 2;     // ...by £1 for every this many pounds
  std::vector<TaxBand> bands;
  long ni_primary_threshold = 0, ni_upper_limit = 0;
  int ni_main_bp = 0, ni_upper_bp = 0;
  std::vector<std::string> assumptions;
};

struct TakeHome {
  long gross = 0;                 // pounds a year
  long allowance = 0;             // personal allowance after the taper, pounds
  std::int64_t income_tax_p = 0;  // pence a year
  std::int64_t ni_p = 0;          // pence a year
  std::int64_t net_p = 0;         // pence a year
};

TakeHome ComputeTakeHome(const TaxYear& year, long gross_pounds);

// Nearest whole pound, for display.
long RoundPounds(std::int64_t pence);
long MonthlyPounds(std::int64_t pence_a_year);

}  // namespace mlguide
