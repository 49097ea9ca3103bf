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

#include "core/progress.hpp"
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

// Take-home pay at two salaries under the same choices (the reader's pay now, and the salary
// they are looking at), each rounded as BreakDown() rounds it, and the difference.
struct PayComparison {
  long now_gross = 0, then_gross = 0;
  long now_year = 0, now_month = 0;    // take-home at their pay now
  long then_year = 0, then_month = 0;  // ...and at the salary looked at
  long diff_year() const { return then_year - now_year; }
  long diff_month() const { return then_month - now_month; }
  long gross_diff() const { return then_gross - now_gross; }
};
PayComparison ComparePay(const TaxYear& year, long now_gross, long then_gross, const PayOptions& options);

// What another `step` pounds a year on top of `gross` would leave: each deduction's share of
// it, rounded as BreakDown() rounds (so the lines add up to `step`), and what is kept. Shows
// where a band, a taper or a loan threshold takes more than it seems.
struct NextPounds {
  long step = 0;
  long kept = 0;
  std::vector<PayLine> taken;  // the deductions (kind, year = pounds of the step), in BreakDown order
};
NextPounds NextPoundsKept(const TaxYear& year, long gross, const PayOptions& options, long step);

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

// A reader's salary choice as the explorer would show it, in a line: "£35,000 (Scotland,
// student loan Plan 4, no pension; compared with £28,000; this tax year, 2026/27)".
std::string DescribeSalaryChoice(const Salary& salary, const SalaryChoice& choice, const CivilDate& today);

// The rule above for one column: `gross` and `parts` in units of `unit` to the pound.
// Returns the parts in whole pounds; `gross_out` and `net_out` get the two totals.
std::vector<long> RoundToPounds(std::int64_t gross, const std::vector<std::int64_t>& parts, std::int64_t unit, long& gross_out,
                                long& net_out);

}  // namespace mlguide
