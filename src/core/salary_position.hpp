// Where a salary sits among the guide's published figures, in words: against the article's
// band, within each percentile series ("between the 25th percentile and the median of London
// adverts") and against single reference figures. Each statement names its source.
#pragma once

#include <string>
#include <vector>

#include "core/guide.hpp"

namespace mlguide {

struct PositionStatement {
  std::string text;    // "Between the 25th percentile (£68,375) and the median (£90,000) of London adverts."
  std::string source;  // a Source id
};

std::vector<PositionStatement> DescribeSalaryPosition(const Guide& guide, int amount);

// "10th percentile", "median"
std::string PercentileName(int percentile);

}  // namespace mlguide
