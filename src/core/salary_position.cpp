#include "core/salary_position.hpp"

#include "core/format.hpp"

namespace mlguide {
namespace {

// "London adverts, 10th percentile" -> "London adverts"
std::string SeriesName(const SalaryFigure& f) { return f.label.substr(0, f.label.find(',')); }

std::string Lower(std::string s) {
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
  return s;
}

}  // namespace

std::string PercentileName(int p) {
  if (p == 50) return "median";
  const int last = p % 10, tens = p % 100 / 10;
  const char* suffix = tens == 1 ? "th" : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
  return std::to_string(p) + suffix + " percentile";
}

std::vector<PositionStatement> DescribeSalaryPosition(const Guide& g, int amount) {
  const Salary& s = g.salary;
  auto money = [&](int v) { return FormatMoney(v, s.currency_symbol); };
  std::vector<PositionStatement> out;

  const std::string range = "the article’s range of " + money(s.band.low) + " to " + money(s.band.high);
  if (amount < s.band.low) out.push_back({"Below " + range + ".", s.band.source});
  else if (amount <= s.band.high) out.push_back({"Inside " + range + ".", s.band.source});
  else
    out.push_back({"Above " + range + ". The article says some sectors pay more" +
                       (s.band.higher_in.empty() ? std::string() : ", " + Lower(s.band.higher_in.front()) + " above all") +
                       ", without giving a figure.",
                   s.band.source});

  // Percentile series, each described once, in the order they first appear.
  std::vector<std::string> done;
  for (const SalaryFigure& first : s.figures) {
    if (first.series.empty() || first.percentile == 0) continue;
    bool seen = false;
    for (const std::string& d : done) seen |= d == first.series;
    if (seen) continue;
    done.push_back(first.series);
    std::vector<const SalaryFigure*> series;
    for (const SalaryFigure& f : s.figures)
      if (f.series == first.series && f.percentile > 0) series.push_back(&f);
    const std::string of = " of " + SeriesName(first);
    auto named = [&](const SalaryFigure* f) { return PercentileName(f->percentile) + " (" + money(f->amount) + ")"; };
    std::string text;
    if (series.size() == 1) {
      const SalaryFigure* f = series.front();
      text = (amount < f->amount ? "Below the " : amount > f->amount ? "Above the " : "At the ") + named(f) + of + ".";
    } else if (amount < series.front()->amount) {
      text = "Below the " + named(series.front()) + of + ".";
    } else if (amount > series.back()->amount) {
      text = "Above the " + named(series.back()) + of + ".";
    } else {
      for (size_t i = 0; i < series.size(); ++i) {
        if (amount == series[i]->amount) {
          text = "At the " + named(series[i]) + of + ".";
          break;
        }
        if (i + 1 < series.size() && amount < series[i + 1]->amount) {
          text = "Between the " + named(series[i]) + " and the " + named(series[i + 1]) + of + ".";
          break;
        }
      }
    }
    out.push_back({text, first.source});
  }

  // Single reference figures (not part of a percentile series).
  for (const SalaryFigure& f : s.figures) {
    if (f.percentile > 0) continue;
    const std::string what = Lower(f.label) + " of " + money(f.amount);
    out.push_back({(amount < f.amount ? "Below the " : amount > f.amount ? "Above the " : "At the ") + what + ".", f.source});
  }
  return out;
}

}  // namespace mlguide
