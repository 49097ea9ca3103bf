// Take-home pay for one tax year: income tax (by region) with the personal-allowance
// taper, employee Class 1 National Insurance, student loan repayments and the employee's
// pension contribution. Every rate, threshold and description comes from guide.json.
//
// Amounts are worked out yearly, in whole pence on whole-pound salaries (fractions of a
// penny are dropped). pay_breakdown.hpp rounds them to pounds for the reader.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mlguide {

// A day as a reader's calendar shows it (no time, no zone).
struct CivilDate {
  int year = 0, month = 0, day = 0;
  bool operator<(const CivilDate& o) const {
    return year != o.year ? year < o.year : month != o.month ? month < o.month : day < o.day;
  }
  bool operator==(const CivilDate& o) const { return year == o.year && month == o.month && day == o.day; }
};

struct TaxBand {
  std::string name;
  int rate_bp = 0;        // basis points: 20% = 2000
  long upto_taxable = 0;  // upper end of the band in taxable income; 0 = no upper end
};

// Where the reader lives decides the income tax bands (Scotland has its own).
struct TaxRegion {
  std::string id;          // "rest-of-uk", "scotland"
  std::string name;        // "England, Wales or Northern Ireland"
  std::string short_name;  // for a control: "England, Wales, NI"
  std::string source;      // a Source id
  std::vector<TaxBand> bands;
};

struct LoanPlan {
  std::string id;    // "plan-2", "postgraduate"
  std::string name;  // "Plan 2"
  std::string who;   // whose loan it is, in a few words
  long threshold = 0;  // pounds a year
  int rate_bp = 0;
  bool postgraduate = false;     // repaid alongside an undergraduate plan
  std::string first_repayments;  // when repayments begin, if not in this tax year ("" = they are due)
  bool RepaysThisYear() const { return first_repayments.empty(); }
};

// A workplace pension: how much (none, the legal minimum, a percentage) and how it is taken.
enum class PensionKind { None, Minimum, Percent };  // Minimum: the automatic-enrolment minimum
enum class PensionMethod { NetPay, SalarySacrifice };

struct PensionMethodText {
  std::string name;         // "Net pay arrangement"
  std::string description;  // what it does to tax, NI and the loan
};

struct PensionRules {
  std::string source;  // a Source id
  int minimum_bp = 0;  // the automatic-enrolment minimum from the employee...
  long qualifying_lower = 0, qualifying_upper = 0;  // ...on earnings between these
  int default_percent_bp = 0;   // a reader's own percentage starts here
  int max_percent_bp = 0;       // and goes no higher
  PensionMethodText net_pay, salary_sacrifice;
  std::vector<std::string> left_out;  // what the estimate does not model

  const PensionMethodText& Text(PensionMethod m) const;
};

struct TaxYear {
  std::string year;    // "2025/26"
  CivilDate first_day, last_day;  // 6 April 2025, 5 April 2026
  std::string source;  // a Source id: the allowance and National Insurance
  long personal_allowance = 0;
  long taper_threshold = 0;  // the allowance shrinks above this income...
  int taper_divisor = 2;     // ...by £1 for every this many pounds
  long ni_primary_threshold = 0, ni_upper_limit = 0;
  int ni_main_bp = 0, ni_upper_bp = 0;
  std::vector<TaxRegion> regions;  // the first is the default
  std::vector<LoanPlan> loans;     // undergraduate plans, then the postgraduate loan
  std::string loans_source;        // a Source id
  std::string loans_note;          // how repayments are worked out here
  PensionRules pension;
  std::vector<std::string> assumptions;

  const TaxRegion* FindRegion(const std::string& id) const;
  const LoanPlan* FindLoan(const std::string& id) const;
  const LoanPlan* Postgraduate() const;  // nullptr when the data has none
};

// What applies to the reader besides their salary.
struct PayOptions {
  std::string region;        // a TaxRegion id ("" or unknown = the first)
  std::string loan;          // an undergraduate LoanPlan id, "" = none
  bool postgraduate = false;
  PensionKind pension = PensionKind::None;
  int pension_percent_bp = 0;  // PensionKind::Percent: of the whole salary
  PensionMethod method = PensionMethod::NetPay;
  bool operator==(const PayOptions& o) const {
    return region == o.region && loan == o.loan && postgraduate == o.postgraduate && pension == o.pension &&
           pension_percent_bp == o.pension_percent_bp && method == o.method;
  }
  bool operator!=(const PayOptions& o) const { return !(*this == o); }
};

const char* PensionKindName(PensionKind k);  // "none", "minimum", "percent"
const char* PensionMethodName(PensionMethod m);  // "net-pay", "salary-sacrifice"
bool PensionKindFromName(const std::string& name, PensionKind& out);
bool PensionMethodFromName(const std::string& name, PensionMethod& out);

// `o` with every choice the data does not know replaced by the default, and the pension
// percentage kept within the data's range.
PayOptions ValidPayOptions(const TaxYear& year, PayOptions o);

struct TakeHome {
  long gross = 0;                 // pounds a year
  PayOptions options;             // as worked out: ValidPayOptions()
  const TaxRegion* region = nullptr;
  long allowance = 0;             // personal allowance after the taper, pounds
  std::int64_t pension_p = 0;     // the employee's contribution, pence a year
  std::int64_t income_tax_p = 0;
  std::int64_t ni_p = 0;
  std::int64_t loan_p = 0;        // the undergraduate plan
  std::int64_t postgraduate_p = 0;
  std::int64_t net_p = 0;         // what reaches the bank account
};

TakeHome ComputeTakeHome(const TaxYear& year, long gross_pounds, const PayOptions& options = {});

// A plan's repayment on pay (pence a year): its rate on pay above its threshold.
std::int64_t LoanRepayment(const LoanPlan& plan, std::int64_t pay_p);

}  // namespace mlguide
