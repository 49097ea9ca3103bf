// Take-home pay as the reader sees it: each line a year and a month, in whole pounds, and
// the lines always add up.
//
// The rounding rule, for each column (a year; a month, which is a twelfth of the year):
// gross pay and each deduction are rounded to the nearest pound (halves up), and take-home
// pay is gross pay less those rounded deductions. So the column adds up, a deduction reads
// the same wherever it appears (National Insurance is the same in every region's table),
// and the take-home is within half a pound per line of the exact figure.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/tax.hpp"

namespace mlguide {

struct PayLine {
  enum class Kind { Gross, Pension, IncomeTax, NationalInsurance, StudentLoan, PostgraduateLoan, TakeHome };
  Kind kind = Kind::Gross;
  std::int64_t exact_p = 0;  // pence a year
  long year = 0, month = 0;  // whole pounds, as shown
  bool deduction() const { return kind != Kind::Gross && kind != Kind::TakeHome; }
};

// Gross first, then the deductions that apply (the pension and loans only when chosen,
// even when they come to nothing), take-home last.
std::vector<PayLine> BreakDown(const TakeHome& t);

// The nearest whole pound (halves up).
long NearestPound(std::int64_t pence);

// "Income tax", "Student loan (Plan 2)", "Pension (salary sacrifice)".
std::string PayLineLabel(const TaxYear& year, const PayLine& line, const PayOptions& options);

// The rules in words, for the explorer and the text version:
// "20% up to £37,700 of taxable income, 40% up to £125,140, 45% above"
std::string DescribeIncomeTax(const TaxRegion& region, const std::string& currency_symbol);
// "8% between £12,570 and £50,270 a year, 2% above"
std::string DescribeNationalInsurance(const TaxYear& year, const std::string& currency_symbol);
// "Started in England or Wales from September 2012 to July 2023. 9% of pay above £28,470 a
// year." and, for a plan not yet repaid, when repayments begin.
std::string DescribeLoanPlan(const TaxYear& year, const LoanPlan& plan, const std::string& currency_symbol);

// The options in a few words: "Scotland, Plan 2 and postgraduate loans, pension 5% of salary
// by salary sacrifice".
std::string DescribePayOptions(const TaxYear& year, const PayOptions& options);

// The rule above for one column: `gross` and `parts` in units of `unit` to the pound.
// Returns the parts in whole pounds; `gross_out` and `net_out` get the two totals.
std::vector<long> RoundToPounds(std::int64_t gross, const std::vector<std::int64_t>& parts, std::int64_t unit, long& gross_out,
                                long& net_out);

}  // namespace mlguide
