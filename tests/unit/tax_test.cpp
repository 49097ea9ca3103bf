// The take-home model against figures worked out by hand from the 2025/26 rates in
// guide.json. England, Wales and Northern Ireland: allowance £12,570 (less £1 per £2 over
// £100,000), 20% to £37,700 taxable, 40% to £125,140, 45% above. Scotland: 19% to £2,827
// taxable, 20% to £14,921, 21% to £31,092, 42% to £62,430, 45% to £125,140, 48% above.
// NI 8% from £12,570 to £50,270, 2% above. Loans 9% (postgraduate 6%) above the threshold.
#include <doctest/doctest.h>

#include "core/pay_breakdown.hpp"
#include "core/tax.hpp"
#include "test_support.hpp"

using namespace mlguide;

namespace {

const TaxYear& Year() { return test::TheGuide().salary.tax_years[0]; }  // 2025/26

struct Case {
  long gross;
  long allowance;
  std::int64_t tax_p, ni_p, net_p;
};

void Check(const Case& c, const PayOptions& o) {
  CAPTURE(c.gross);
  const TakeHome t = ComputeTakeHome(Year(), c.gross, o);
  CHECK(t.allowance == c.allowance);
  CHECK(t.income_tax_p == c.tax_p);
  CHECK(t.ni_p == c.ni_p);
  CHECK(t.net_p == c.net_p);
  CHECK(t.net_p == c.gross * 100 - t.pension_p - c.tax_p - c.ni_p - t.loan_p - t.postgraduate_p);
}

PayOptions In(const char* region) {
  PayOptions o;
  o.region = region;
  return o;
}

PayOptions Loan(const char* plan, bool postgraduate = false) {
  PayOptions o;
  o.loan = plan;
  o.postgraduate = postgraduate;
  return o;
}

PayOptions Pension(PensionKind kind, PensionMethod method, int percent = 5) {
  PayOptions o;
  o.pension = kind;
  o.pension_percent_bp = percent * 100;
  o.method = method;
  return o;
}

}  // namespace

TEST_CASE("take-home pay in England, Wales or Northern Ireland matches hand-worked figures") {
  const Case cases[] = {
      // gross    allowance  income tax   NI          take-home (all in pence except gross/allowance)
      {0, 12570, 0, 0, 0},
      {10000, 12570, 0, 0, 1000000},
      {12570, 12570, 0, 0, 1257000},
      {12571, 12570, 20, 8, 1257072},                 // £1 taxable: 20p tax, 8p NI
      {30000, 12570, 348600, 139440, 2511960},        // 17,430 at 20%; 17,430 at 8%
      {45000, 12570, 648600, 259440, 3591960},
      {50270, 12570, 754000, 301600, 3971400},        // the whole basic band: 7,540; NI 3,016
      {60000, 12570, 1143200, 321060, 4535740},       // + 9,730 at 40%; NI + 9,730 at 2%
      {100000, 12570, 2743200, 401060, 6855740},      // 49,730 at 40% = 19,892
      {100001, 12570, 2743240, 401062, 6855798},      // £1 over the threshold: no taper yet
      {110000, 7570, 3343200, 421060, 7235740},       // allowance 12,570 - 5,000
      {125140, 0, 4251600, 451340, 7811060},          // allowance gone: 87,440 at 40%
      {150000, 0, 5370300, 501060, 9128640},          // + 24,860 at 45% = 11,187
  };
  for (const Case& c : cases) Check(c, In("rest-of-uk"));
  CHECK(ComputeTakeHome(Year(), 60000).net_p == 4535740);  // the first region is the default
}

TEST_CASE("Scottish income tax matches hand-worked figures at every band edge") {
  // Tax at the top of each band: 2,827 x 19% = 537.13; + 12,094 x 20% = 2,955.93;
  // + 16,171 x 21% = 6,351.84; + 31,338 x 42% = 19,513.80; + 62,710 x 45% = 47,733.30.
  const Case cases[] = {
      {12570, 12570, 0, 0, 1257000},
      {12571, 12570, 19, 8, 1257073},           // £1 at the starter rate
      {15397, 12570, 53713, 22616, 1463371},   // top of the starter band: 2,827 at 19%
      {15398, 12570, 53733, 22624, 1463443},   // first pound at 20%
      {27491, 12570, 295593, 119368, 2334139}, // top of the basic band
      {27492, 12570, 295614, 119376, 2334210},
      {30000, 12570, 348282, 139440, 2512278},  // + 2,509 at 21%
      {43662, 12570, 635184, 248736, 3482280},  // top of the intermediate band
      {43663, 12570, 635226, 248744, 3482330},  // first pound at 42%
      {60000, 12570, 1321380, 321060, 4357560}, // + 16,338 at 42%
      {75000, 12570, 1951380, 351060, 5197560}, // top of the higher band
      {75001, 12570, 1951425, 351062, 5197613}, // first pound at 45%
      {100000, 12570, 3076380, 401060, 6522560},  // + 25,000 at 45%
      {110000, 7570, 3751380, 421060, 6827560},   // allowance 7,570: taxable 102,430
      {125140, 0, 4773330, 451340, 7289330},      // allowance gone; top of the advanced band
      {150000, 0, 5966610, 501060, 8532330},      // + 24,860 at 48% = 11,932.80
  };
  for (const Case& c : cases) Check(c, In("scotland"));
}

TEST_CASE("each student loan plan repays nothing up to its threshold and its rate above it") {
  struct LoanCase {
    const char* plan;
    long gross;
    std::int64_t repay_p;
  };
  const LoanCase cases[] = {
      {"plan-1", 25000, 0},      {"plan-1", 26065, 0},       {"plan-1", 26066, 9},   {"plan-1", 30000, 35415},   // 3,935 x 9%
      {"plan-2", 28000, 0},      {"plan-2", 28470, 0},       {"plan-2", 28471, 9},   {"plan-2", 40000, 103770},  // 11,530 x 9%
      {"plan-4", 32000, 0},      {"plan-4", 32745, 0},       {"plan-4", 32746, 9},   {"plan-4", 50000, 155295},  // 17,255 x 9%
      {"plan-5", 24000, 0},      {"plan-5", 25000, 0},       {"plan-5", 25001, 0},   {"plan-5", 60000, 0},  // none until April 2026
  };
  for (const LoanCase& c : cases) {
    CAPTURE(c.plan);
    CAPTURE(c.gross);
    const TakeHome t = ComputeTakeHome(Year(), c.gross, Loan(c.plan));
    CHECK(t.loan_p == c.repay_p);
    CHECK(t.postgraduate_p == 0);
    // A loan changes neither income tax nor National Insurance.
    const TakeHome none = ComputeTakeHome(Year(), c.gross);
    CHECK(t.income_tax_p == none.income_tax_p);
    CHECK(t.ni_p == none.ni_p);
    CHECK(t.net_p == none.net_p - c.repay_p);
  }
  const std::pair<long, std::int64_t> postgraduate[] = {{20000, 0}, {21000, 0}, {21001, 6}, {30000, 54000}};  // 9,000 x 6%
  for (const auto& [gross, repay] : postgraduate) {
    CAPTURE(gross);
    CHECK(ComputeTakeHome(Year(), gross, Loan("", true)).postgraduate_p == repay);
  }
  // Two together: Plan 2 and a postgraduate loan at £40,000: 1,037.70 + 19,000 x 6% = 1,140.
  const TakeHome both = ComputeTakeHome(Year(), 40000, Loan("plan-2", true));
  CHECK(both.loan_p == 103770);
  CHECK(both.postgraduate_p == 114000);
  CHECK(both.net_p == ComputeTakeHome(Year(), 40000).net_p - 217770);
  // A postgraduate loan is never the undergraduate plan.
  CHECK(ComputeTakeHome(Year(), 40000, Loan("postgraduate")).loan_p == 0);
}

TEST_CASE("a pension by net pay lowers income tax only, by salary sacrifice NI and the loan too") {
  // 5% of £60,000 = £3,000. Taxed on £57,000: 37,700 x 20% + 6,730 x 40% = 10,232.
  const TakeHome net_pay = ComputeTakeHome(Year(), 60000, Pension(PensionKind::Percent, PensionMethod::NetPay));
  CHECK(net_pay.pension_p == 300000);
  CHECK(net_pay.income_tax_p == 1023200);
  CHECK(net_pay.ni_p == 321060);  // still on £60,000
  CHECK(net_pay.net_p == 4355740);
  const TakeHome sacrifice = ComputeTakeHome(Year(), 60000, Pension(PensionKind::Percent, PensionMethod::SalarySacrifice));
  CHECK(sacrifice.income_tax_p == 1023200);
  CHECK(sacrifice.ni_p == 315060);  // on £57,000: 3,016 + 6,730 x 2%
  CHECK(sacrifice.net_p == 4361740);

  // The automatic-enrolment minimum: 5% of pay between £6,240 and £50,270.
  const TakeHome low = ComputeTakeHome(Year(), 30000, Pension(PensionKind::Minimum, PensionMethod::NetPay));
  CHECK(low.pension_p == 118800);       // 23,760 x 5%
  CHECK(low.income_tax_p == 324840);    // 16,242 x 20%
  CHECK(low.ni_p == 139440);
  CHECK(low.net_p == 2416920);
  const TakeHome capped = ComputeTakeHome(Year(), 60000, Pension(PensionKind::Minimum, PensionMethod::SalarySacrifice));
  CHECK(capped.pension_p == 220150);    // 44,030 x 5%: earnings above £50,270 do not count
  CHECK(capped.income_tax_p == 1055140);  // pay £57,798.50: 7,540 + 7,528.50 x 40%
  CHECK(capped.ni_p == 316657);           // 3,016 + 7,528.50 x 2%
  CHECK(capped.net_p == 4408053);
  CHECK(ComputeTakeHome(Year(), 5000, Pension(PensionKind::Minimum, PensionMethod::NetPay)).pension_p == 0);

  // Salary sacrifice lowers the loan: Plan 2 at £40,000 with 5% is worked on £38,000.
  PayOptions o = Pension(PensionKind::Percent, PensionMethod::SalarySacrifice);
  o.loan = "plan-2";
  CHECK(ComputeTakeHome(Year(), 40000, o).loan_p == 85770);  // 9,530 x 9%
  o.method = PensionMethod::NetPay;
  CHECK(ComputeTakeHome(Year(), 40000, o).loan_p == 103770);

  // Both methods lower the income the allowance taper looks at: 10% of £110,000 leaves £99,000.
  const TakeHome taper = ComputeTakeHome(Year(), 110000, Pension(PensionKind::Percent, PensionMethod::NetPay, 10));
  CHECK(taper.allowance == 12570);
  CHECK(taper.income_tax_p == 2703200);  // 7,540 + 48,730 x 40%
}

TEST_CASE("choices the tax year does not know fall back to its defaults") {
  PayOptions o;
  o.region = "atlantis";
  o.loan = "plan-9";
  o.pension_percent_bp = 99999;
  const PayOptions v = ValidPayOptions(Year(), o);
  CHECK(v.region == "rest-of-uk");
  CHECK(v.loan.empty());
  CHECK(v.pension_percent_bp == Year().pension.max_percent_bp);
  CHECK(ValidPayOptions(Year(), PayOptions{}).pension_percent_bp == Year().pension.default_percent_bp);
}

namespace {

// Every combination of region, undergraduate plan, postgraduate loan and pension.
std::vector<PayOptions> AllOptions() {
  std::vector<PayOptions> out;
  std::vector<std::string> plans{""};
  for (const LoanPlan& p : Year().loans)
    if (!p.postgraduate) plans.push_back(p.id);
  for (const TaxRegion& r : Year().regions)
    for (const std::string& plan : plans)
      for (bool pg : {false, true})
        for (PensionKind kind : {PensionKind::None, PensionKind::Minimum, PensionKind::Percent})
          for (PensionMethod method : {PensionMethod::NetPay, PensionMethod::SalarySacrifice})
            for (int percent : {5, 30}) {
              if (kind != PensionKind::Percent && percent != 5) continue;
              if (kind == PensionKind::None && method != PensionMethod::NetPay) continue;
              PayOptions o = Pension(kind, method, percent);
              o.region = r.id;
              o.loan = plan;
              o.postgraduate = pg;
              out.push_back(o);
            }
  return out;
}

}  // namespace

TEST_CASE("take-home never falls as gross rises, for every region, plan and pension") {
  const std::vector<PayOptions> all = AllOptions();
  CHECK(all.size() == 2 * 5 * 2 * 7);
  for (const PayOptions& o : all) {
    CAPTURE(DescribePayOptions(Year(), o));
    std::int64_t last = -1;
    for (long gross = 0; gross <= 200000; gross += 100) {
      const std::int64_t net = ComputeTakeHome(Year(), gross, o).net_p;
      REQUIRE_MESSAGE(net >= last, gross);
      last = net;
    }
  }
  // Pound by pound, through every threshold and the allowance taper, for one combination.
  // (Not for all: the allowance falls by whole pounds, £1 at every other pound, so in the
  // taper one pound more is taxed twice over; with a loan on top in Scotland that pound can
  // cost 101p to 107p. Every £2, and every £100 above, it never does.)
  PayOptions o = Pension(PensionKind::Percent, PensionMethod::SalarySacrifice);
  o.region = "scotland";
  std::int64_t last = -1;
  for (long gross = 0; gross <= 200000; ++gross) {
    const std::int64_t net = ComputeTakeHome(Year(), gross, o).net_p;
    REQUIRE_MESSAGE(net >= last, gross);
    last = net;
  }
}
