#include "core/tax.hpp"

#include <algorithm>

namespace mlguide {
namespace {

// Pounds at a rate in basis points, in whole pence (fractions dropped).
std::int64_t AtRate(long pounds, int bp) { return static_cast<std::int64_t>(pounds) * bp / 100; }

}  // namespace

TakeHome ComputeTakeHome(const TaxYear& y, long gross) {
  TakeHome t;
  t.gross = std::max(0L, gross);
  const long over = std::max(0L, t.gross - y.taper_threshold);
  t.allowance = std::max(0L, y.personal_allowance - over / std::max(1, y.taper_divisor));
  const long taxable = std::max(0L, t.gross - t.allowance);

  long lower = 0;
  for (const TaxBand& b : y.bands) {
    const long upper = b.upto_taxable > 0 ? b.upto_taxable : taxable;
    if (taxable > lower) t.income_tax_p += AtRate(std::min(taxable, upper) - lower, b.rate_bp);
    if (b.upto_taxable <= 0 || taxable <= upper) break;
    lower = upper;
  }

  const long main_part = std::clamp(t.gross, y.ni_primary_threshold, y.ni_upper_limit) - y.ni_primary_threshold;
  const long upper_part = std::max(0L, t.gross - y.ni_upper_limit);
  t.ni_p = AtRate(main_part, y.ni_main_bp) + AtRate(upper_part, y.ni_upper_bp);
  t.net_p = static_cast<std::int64_t>(t.gross) * 100 - t.income_tax_p - t.ni_p;
  return t;
}

long RoundPounds(std::int64_t pence) { return static_cast<long>((pence + (pence >= 0 ? 50 : -50)) / 100); }

long MonthlyPounds(std::int64_t pence_a_year) {
  const std::int64_t month = pence_a_year / 12 + ((pence_a_year % 12) * 2 >= 12 ? 1 : 0);
  return RoundPounds(month);
}

}  // namespace mlguide
