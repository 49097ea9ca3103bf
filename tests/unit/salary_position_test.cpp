// Where a salary sits among the published figures, in words.
#include <doctest/doctest.h>

#include "core/salary_position.hpp"
#include "test_support.hpp"

using namespace mlguide;

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
