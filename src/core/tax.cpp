#include "core/tax.hpp"

#include <algorithm>

namespace mlguide {
namespace {

// Pence at a rate in basis points, in whole pence (fractions dropped).
std::int64_t AtRate(std::int64_t pence, int bp) { return std::max<std::int64_t>(0, pence) * bp / 10000; }

std::int64_t Pence(long pounds) { return static_cast<std::int64_t>(pounds) * 100; }

std::int64_t IncomeTax(const TaxRegion& region, std::int64_t taxable_p) {
  std::int64_t tax = 0, lower = 0;
  for (const TaxBand& b : region.bands) {
    const std::int64_t upper = b.upto_taxable > 0 ? Pence(b.upto_taxable) : taxable_p;
    if (taxable_p > lower) tax += AtRate(std::min(taxable_p, upper) - lower, b.rate_bp);
    if (b.upto_taxable <= 0 || taxable_p <= upper) break;
    lower = upper;
  }
  return tax;
}

}  // namespace

const TaxRegion* TaxYear::FindRegion(const std::string& id) const {
  for (const TaxRegion& r : regions)
    if (r.id == id) return &r;
  return nullptr;
}

const LoanPlan* TaxYear::FindLoan(const std::string& id) const {
  for (const LoanPlan& p : loans)
    if (p.id == id) return &p;
  return nullptr;
}

const LoanPlan* TaxYear::Postgraduate() const {
  for (const LoanPlan& p : loans)
    if (p.postgraduate) return &p;
  return nullptr;
}

const PensionMethodText& PensionRules::Text(PensionMethod m) const {
  return m == PensionMethod::SalarySacrifice ? salary_sacrifice : net_pay;
}

const char* PensionKindName(PensionKind k) {
  switch (k) {
    case PensionKind::Minimum: return "minimum";
    case PensionKind::Percent: return "percent";
    case PensionKind::None: break;
  }
  return "none";
}

const char* PensionMethodName(PensionMethod m) { return m == PensionMethod::SalarySacrifice ? "salary-sacrifice" : "net-pay"; }

bool PensionKindFromName(const std::string& name, PensionKind& out) {
  for (PensionKind k : {PensionKind::None, PensionKind::Minimum, PensionKind::Percent})
    if (name == PensionKindName(k)) return out = k, true;
  return false;
}

bool PensionMethodFromName(const std::string& name, PensionMethod& out) {
  for (PensionMethod m : {PensionMethod::NetPay, PensionMethod::SalarySacrifice})
    if (name == PensionMethodName(m)) return out = m, true;
  return false;
}

PayOptions ValidPayOptions(const TaxYear& y, PayOptions o) {
  if (!y.FindRegion(o.region)) o.region = y.regions.empty() ? "" : y.regions.front().id;
  const LoanPlan* plan = y.FindLoan(o.loan);
  if (!plan || plan->postgraduate) o.loan.clear();
  if (!y.Postgraduate()) o.postgraduate = false;
  const PensionRules& p = y.pension;
  if (o.pension_percent_bp <= 0) o.pension_percent_bp = p.default_percent_bp;
  o.pension_percent_bp = std::clamp(o.pension_percent_bp, 1, std::max(1, p.max_percent_bp));
  return o;
}

std::int64_t LoanRepayment(const LoanPlan& plan, std::int64_t pay_p) {
  if (!plan.RepaysThisYear()) return 0;
  return AtRate(pay_p - Pence(plan.threshold), plan.rate_bp);
}

TakeHome ComputeTakeHome(const TaxYear& y, long gross, const PayOptions& options) {
  const PayOptions o = ValidPayOptions(y, options);
  TakeHome t;
  t.options = o;
  t.gross = std::max(0L, gross);
  t.region = y.FindRegion(o.region);
  const std::int64_t gross_p = Pence(t.gross);

  const PensionRules& rules = y.pension;
  if (o.pension == PensionKind::Minimum)
    t.pension_p = AtRate(Pence(std::clamp(t.gross, rules.qualifying_lower, rules.qualifying_upper) - rules.qualifying_lower),
                         rules.minimum_bp);
  else if (o.pension == PensionKind::Percent)
    t.pension_p = AtRate(gross_p, o.pension_percent_bp);
  // Both methods take the contribution before income tax (it also lowers the income the
  // allowance taper looks at); only salary sacrifice lowers the pay NI and loans are worked on.
  const std::int64_t taxed_p = gross_p - t.pension_p;
  const std::int64_t pay_p = o.method == PensionMethod::SalarySacrifice ? taxed_p : gross_p;

  const long income = static_cast<long>(taxed_p / 100);
  const long over = std::max(0L, income - y.taper_threshold);
  t.allowance = std::max(0L, y.personal_allowance - over / std::max(1, y.taper_divisor));
  if (t.region) t.income_tax_p = IncomeTax(*t.region, taxed_p - Pence(t.allowance));

  const std::int64_t main_part = std::clamp(pay_p, Pence(y.ni_primary_threshold), Pence(y.ni_upper_limit)) - Pence(y.ni_primary_threshold);
  t.ni_p = AtRate(main_part, y.ni_main_bp) + AtRate(pay_p - Pence(y.ni_upper_limit), y.ni_upper_bp);

  if (const LoanPlan* plan = y.FindLoan(o.loan)) t.loan_p = LoanRepayment(*plan, pay_p);
  if (const LoanPlan* pg = y.Postgraduate(); pg && o.postgraduate) t.postgraduate_p = LoanRepayment(*pg, pay_p);

  t.net_p = gross_p - t.pension_p - t.income_tax_p - t.ni_p - t.loan_p - t.postgraduate_p;
  return t;
}

}  // namespace mlguide
