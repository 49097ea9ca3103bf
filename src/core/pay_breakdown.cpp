#include "core/pay_breakdown.hpp"

#include "core/format.hpp"
#include "core/tax_calendar.hpp"

namespace mlguide {
namespace {

long Nearest(std::int64_t v, std::int64_t unit) { return static_cast<long>((v + unit / 2) / unit); }

std::string Lower(std::string s) {
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
  return s;
}

}  // namespace

long NearestPound(std::int64_t pence) { return Nearest(pence, 100); }

std::string PayLineLabel(const TaxYear& y, const PayLine& line, const PayOptions& o) {
  using K = PayLine::Kind;
  switch (line.kind) {
    case K::Gross: return "Gross pay";
    case K::Pension:
      return "Pension (" + Lower(y.pension.Text(o.method).name) + ")";
    case K::IncomeTax: return "Income tax";
    case K::NationalInsurance: return "National Insurance";
    case K::StudentLoan: {
      const LoanPlan* plan = y.FindLoan(o.loan);
      return "Student loan" + (plan ? " (" + plan->name + ")" : std::string());
    }
    case K::PostgraduateLoan: {
      const LoanPlan* pg = y.Postgraduate();
      return pg ? pg->name : "Postgraduate loan";
    }
    case K::TakeHome: break;
  }
  return "Take-home pay";
}

std::string DescribeIncomeTax(const TaxRegion& r, const std::string& symbol) {
  std::string out;
  for (size_t i = 0; i < r.bands.size(); ++i) {
    const TaxBand& b = r.bands[i];
    out += (i ? ", " : "") + FormatPercent(b.rate_bp) +
           (b.upto_taxable ? " up to " + FormatMoney(b.upto_taxable, symbol) + (i ? "" : " of taxable income") : " above");
  }
  return out;
}

std::string DescribeNationalInsurance(const TaxYear& y, const std::string& symbol) {
  return FormatPercent(y.ni_main_bp) + " between " + FormatMoney(y.ni_primary_threshold, symbol) + " and " +
         FormatMoney(y.ni_upper_limit, symbol) + " a year, " + FormatPercent(y.ni_upper_bp) + " above";
}

std::string DescribeLoanPlan(const TaxYear& y, const LoanPlan& plan, const std::string& symbol) {
  std::string out = plan.who + ". " + FormatPercent(plan.rate_bp) + " of pay above " + FormatMoney(plan.threshold, symbol) + " a year.";
  if (!plan.RepaysThisYear()) out += " No repayments in " + y.year + ": the first are due from " + plan.first_repayments + ".";
  return out;
}

std::string DescribePayOptions(const TaxYear& y, const PayOptions& o) {
  const TaxRegion* region = y.FindRegion(o.region);
  std::string out = region ? region->name : "";
  const LoanPlan* plan = y.FindLoan(o.loan);
  const LoanPlan* pg = o.postgraduate ? y.Postgraduate() : nullptr;
  if (plan && pg) out += ", " + plan->name + " and " + Lower(pg->name);
  else if (plan) out += ", student loan " + plan->name;
  else if (pg) out += ", " + Lower(pg->name);
  else out += ", no student loan";
  const std::string method = Lower(y.pension.Text(o.method).name);
  switch (o.pension) {
    case PensionKind::None: out += ", no pension"; break;
    case PensionKind::Minimum:
      out += ", pension at the automatic-enrolment minimum (" + FormatPercent(y.pension.minimum_bp) + " of qualifying earnings) by " + method;
      break;
    case PensionKind::Percent: out += ", pension " + FormatPercent(o.pension_percent_bp) + " of salary by " + method; break;
  }
  return out;
}

std::vector<long> RoundToPounds(std::int64_t gross, const std::vector<std::int64_t>& parts, std::int64_t unit, long& gross_out,
                                long& net_out) {
  gross_out = net_out = Nearest(gross, unit);
  std::vector<long> out;
  for (std::int64_t part : parts) {
    out.push_back(Nearest(part, unit));
    net_out -= out.back();
  }
  return out;
}

std::vector<PayLine> BreakDown(const TakeHome& t) {
  const PayOptions& o = t.options;
  using K = PayLine::Kind;
  std::vector<PayLine> lines{{K::Gross, static_cast<std::int64_t>(t.gross) * 100}};
  if (o.pension != PensionKind::None) lines.push_back({K::Pension, t.pension_p});
  lines.push_back({K::IncomeTax, t.income_tax_p});
  lines.push_back({K::NationalInsurance, t.ni_p});
  if (!o.loan.empty()) lines.push_back({K::StudentLoan, t.loan_p});
  if (o.postgraduate) lines.push_back({K::PostgraduateLoan, t.postgraduate_p});
  lines.push_back({K::TakeHome, t.net_p});

  std::vector<std::int64_t> parts;
  for (const PayLine& l : lines)
    if (l.deduction()) parts.push_back(l.exact_p);
  long gross = 0, net = 0;
  const std::vector<long> year = RoundToPounds(lines.front().exact_p, parts, 100, gross, net);
  lines.front().year = gross;
  lines.back().year = net;
  const std::vector<long> month = RoundToPounds(lines.front().exact_p, parts, 1200, gross, net);
  lines.front().month = gross;
  lines.back().month = net;
  for (size_t i = 1; i + 1 < lines.size(); ++i) {
    lines[i].year = year[i - 1];
    lines[i].month = month[i - 1];
  }
  return lines;
}

std::string DescribeSalaryChoice(const Salary& s, const SalaryChoice& c, const CivilDate& today) {
  const SalaryChoice shown = ShownSalary(s, c);
  const YearPick pick = PickTaxYear(s.tax_years, today, shown.tax_year);
  return FormatMoney(shown.amount, s.currency_symbol) + " (" + DescribePayOptions(*pick.year, shown.pay) +
         (shown.compare > 0 ? "; compared with " + FormatMoney(shown.compare, s.currency_symbol) : std::string()) + "; " +
         (shown.tax_year.empty() ? "this tax year, " + pick.year->year : "tax year " + shown.tax_year) + ")";
}

PayComparison ComparePay(const TaxYear& y, long now_gross, long then_gross, const PayOptions& o) {
  PayComparison c;
  const std::vector<PayLine> now = BreakDown(ComputeTakeHome(y, now_gross, o));
  const std::vector<PayLine> then = BreakDown(ComputeTakeHome(y, then_gross, o));
  c.now_gross = now.front().year;
  c.then_gross = then.front().year;
  c.now_year = now.back().year;
  c.now_month = now.back().month;
  c.then_year = then.back().year;
  c.then_month = then.back().month;
  return c;
}

NextPounds NextPoundsKept(const TaxYear& y, long gross, const PayOptions& o, long step) {
  const std::vector<PayLine> at = BreakDown(ComputeTakeHome(y, gross, o));
  const std::vector<PayLine> more = BreakDown(ComputeTakeHome(y, gross + step, o));
  NextPounds n;
  n.step = step;
  std::vector<std::int64_t> parts;
  for (size_t i = 0; i < at.size(); ++i)  // the same lines: the options decide which
    if (at[i].deduction()) {
      n.taken.push_back({at[i].kind, more[i].exact_p - at[i].exact_p});
      parts.push_back(n.taken.back().exact_p);
    }
  long gross_out = 0;
  const std::vector<long> pounds = RoundToPounds(static_cast<std::int64_t>(step) * 100, parts, 100, gross_out, n.kept);
  for (size_t i = 0; i < pounds.size(); ++i) n.taken[i].year = pounds[i];
  return n;
}

}  // namespace mlguide
