// The take-home model against figures worked out by hand from the 2025/26 rates:
// allowance £12,570 (less £1 per £2 over £100,000), 20% to £37,700 taxable, 40% to
// £125,140, 45% above; NI 8% from £12,570 to £50,270, 2% above.
#include <doctest/doctest.h>

#include "core/salary_position.hpp"
#include "core/tax.hpp"
#include "test_support.hpp"

using namespace mlguide;

namespace {

const TaxYear& Year() { return test::TheGuide().salary.tax; }

struct Case {
  long gross;
  long allowance;
  std::int64_t tax_p, ni_p, net_p;
};

}  // namespace

TEST_CASE("take-home pay matches hand-worked figures") {
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
  for (const Case& c : cases) {
    CAPTURE(c.gross);
    const TakeHome t = ComputeTakeHome(Year(), c.gross);
    CHECK(t.allowance == c.allowance);
    CHECK(t.income_tax_p == c.tax_p);
    CHECK(t.ni_p == c.ni_p);
    CHECK(t.net_p == c.net_p);
    CHECK(t.net_p == c.gross * 100 - c.tax_p - c.ni_p);
  }
}

TEST_CASE("take-home never falls as gross rises, through the allowance taper too") {
  std::int64_t last = -1;
  for (long gross = 0; gross <= 200000; gross += 1) {
    const std::int64_t net = ComputeTakeHome(Year(), gross).net_p;
    REQUIRE_MESSAGE(net >= last, gross);
    last = net;
  }
}

TEST_CASE("amounts round to the nearest pound; a month is a twelfth of the year") {
  CHECK(RoundPounds(6855740) == 68557);  // £68,557.40
  CHECK(RoundPounds(6855750) == 68558);  // half a pound rounds up
  CHECK(RoundPounds(0) == 0);
  CHECK(MonthlyPounds(6855740) == 5713);  // £5,713.12
  CHECK(MonthlyPounds(1200) == 1);
  CHECK(MonthlyPounds(0) == 0);
}

TEST_CASE("a salary's position is put in words, each with its source") {
  const auto at = [](int amount) {
    std::vector<std::string> lines;
    for (const PositionStatement& p : DescribeSalaryPosition(test::TheGuide(), amount)) {
      CHECK(test::TheGuide().FindSource(p.source) != nullptr);
      lines.push_back(p.text);
    }
    return lines;
  };
  const auto sixty = at(60000);
  REQUIRE(sixty.size() == 5);
  CHECK(sixty[0] == "Inside the article’s range of £45,000 to £100,000.");
  CHECK(sixty[1] == "Between the 10th percentile (£51,250) and the 25th percentile (£68,375) of London adverts.");
  CHECK(sixty[2] == "Below the median (£80,000) of England adverts.");
  CHECK(sixty[3] == "Above the starter salary of £28,900.");
  CHECK(sixty[4] == "Below the experienced salary of £72,900.");
  CHECK(at(90000)[1] == "At the median (£90,000) of London adverts.");
  CHECK(at(45000)[1] == "Below the 10th percentile (£51,250) of London adverts.");
  CHECK(at(150000)[1] == "At the 90th percentile (£150,000) of London adverts.");
  CHECK(at(120500)[0] == "Above the article’s range of £45,000 to £100,000. The article says some sectors pay more, "
                         "financial services above all, without giving a figure.");
  CHECK(at(120500)[1] == "Between the 75th percentile (£120,000) and the 90th percentile (£150,000) of London adverts.");
  CHECK(PercentileName(1) == "1st percentile");
  CHECK(PercentileName(22) == "22nd percentile");
  CHECK(PercentileName(13) == "13th percentile");
}
