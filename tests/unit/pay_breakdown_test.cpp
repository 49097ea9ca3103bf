// The breakdown the reader sees: whole pounds that add up, gross and each deduction the
// nearest pound to the exact figure.
#include <doctest/doctest.h>

#include <cstdlib>

#include "core/pay_breakdown.hpp"
#include "test_support.hpp"

using namespace mlguide;

namespace {

const TaxYear& Year() { return test::TheGuide().salary.tax_years[0]; }  // 2025/26

// Checks one column (a year: unit 100 pence; a month: 1200 twelfths of a penny).
void CheckColumn(const std::vector<PayLine>& lines, bool month) {
  const std::int64_t unit = month ? 1200 : 100;
  auto shown = [&](const PayLine& l) { return month ? l.month : l.year; };
  long sum = shown(lines.front());
  for (size_t i = 1; i + 1 < lines.size(); ++i) sum -= shown(lines[i]);
  CHECK(sum == shown(lines.back()));  // the column adds up
  for (size_t i = 0; i + 1 < lines.size(); ++i) {  // the nearest pound
    const std::int64_t off = shown(lines[i]) * unit - lines[i].exact_p;
    CHECK(off * 2 <= unit);
    CHECK(off * 2 > -unit);
  }
  // The take-home is within half a pound per line of the exact figure.
  const PayLine& net = lines.back();
  CHECK(std::llabs(net.exact_p - shown(net) * unit) * 2 <= unit * static_cast<std::int64_t>(lines.size() - 1));
}

}  // namespace

TEST_CASE("at £60,000 the month reads £5,000 − £953 − £268 = £3,779") {
  const std::vector<PayLine> lines = BreakDown(ComputeTakeHome(Year(), 60000));
  REQUIRE(lines.size() == 4);
  CHECK(lines[1].kind == PayLine::Kind::IncomeTax);
  CHECK(lines[0].month == 5000);
  CHECK(lines[1].month == 953);   // £952.67
  CHECK(lines[2].month == 268);   // £267.55
  CHECK(lines[3].month == 3779);  // £3,779.78 exactly; the column adds up
  CHECK(lines[1].year == 11432);
  CHECK(lines[2].year == 3211);   // £3,210.60
  CHECK(lines[3].year == 45357);  // £45,357.40
}

TEST_CASE("the lines that apply, in order") {
  PayOptions o;
  o.region = "scotland";
  o.loan = "plan-2";
  o.postgraduate = true;
  o.pension = PensionKind::Percent;
  o.pension_percent_bp = 500;
  o.method = PensionMethod::SalarySacrifice;
  const std::vector<PayLine> lines = BreakDown(ComputeTakeHome(Year(), 60000, o));
  std::vector<std::string> labels;
  for (const PayLine& l : lines) labels.push_back(PayLineLabel(Year(), l, o));
  CHECK(labels == std::vector<std::string>{"Gross pay", "Pension (salary sacrifice)", "Income tax", "National Insurance",
                                           "Student loan (Plan 2)", "Postgraduate loan", "Take-home pay"});
  // Plan 5 is shown, at nothing, with a reason elsewhere; no pension, no pension line.
  PayOptions five;
  five.loan = "plan-5";
  const std::vector<PayLine> plan5 = BreakDown(ComputeTakeHome(Year(), 60000, five));
  REQUIRE(plan5.size() == 5);
  CHECK(plan5[3].kind == PayLine::Kind::StudentLoan);
  CHECK(plan5[3].year == 0);
  CHECK(plan5[3].month == 0);
  CHECK(DescribePayOptions(Year(), o) == "Scotland, Plan 2 and postgraduate loan, pension 5% of salary by salary sacrifice");
}

TEST_CASE("every column adds up, for every combination, at every £250 from £0 to £200,000") {
  std::vector<std::string> plans{""};
  for (const LoanPlan& p : Year().loans)
    if (!p.postgraduate) plans.push_back(p.id);
  int checked = 0;
  for (const TaxRegion& r : Year().regions)
    for (const std::string& plan : plans)
      for (bool pg : {false, true})
        for (PensionKind kind : {PensionKind::None, PensionKind::Minimum, PensionKind::Percent})
          for (PensionMethod method : {PensionMethod::NetPay, PensionMethod::SalarySacrifice}) {
            PayOptions o;
            o.region = r.id;
            o.loan = plan;
            o.postgraduate = pg;
            o.pension = kind;
            o.pension_percent_bp = 700;
            o.method = method;
            for (long gross = 0; gross <= 200000; gross += 250) {
              CAPTURE(gross);
              CAPTURE(DescribePayOptions(Year(), o));
              const std::vector<PayLine> lines = BreakDown(ComputeTakeHome(Year(), gross, o));
              CheckColumn(lines, false);
              CheckColumn(lines, true);
              ++checked;
            }
          }
  CHECK(checked == 2 * 5 * 2 * 3 * 2 * 801);
}

TEST_CASE("rounding a column: each line to the nearest pound, halves up, and the take-home is what is left") {
  long gross = 0, net = 0;
  // £10.50 gross rounds to £11; parts £1.25 and £2.50 to £1 and £3: take-home £7 (exactly £6.75).
  CHECK(RoundToPounds(1050, {125, 250}, 100, gross, net) == std::vector<long>{1, 3});
  CHECK(gross == 11);
  CHECK(net == 7);
  CHECK(RoundToPounds(1040, {0, 40}, 100, gross, net) == std::vector<long>{0, 0});
  CHECK(net == 10);
  CHECK(NearestPound(150) == 2);
  CHECK(NearestPound(149) == 1);
}
