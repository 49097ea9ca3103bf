#include "core/guide_html.hpp"

#include "core/format.hpp"
#include "core/pay_breakdown.hpp"
#include "core/tax.hpp"
#include "core/tax_calendar.hpp"

namespace mlguide {
namespace {

std::string Esc(const std::string& s) { return HtmlEscape(s); }

// A source's name, a link where the source has an address.
std::string SourceName(const Source& src) {
  if (src.url.empty()) return Esc(src.name);
  return "<a href=\"" + Esc(src.url) + "\" rel=\"noopener\" target=\"_blank\">" + Esc(src.name) + "</a>";
}

void RenderSkillGroups(const Guide& g, std::string& out) {
  for (const SkillGroup& group : g.skill_groups) {
    out += "<h3>" + Esc(group.title) + "</h3>\n";
    if (!group.summary.empty()) out += "<p>" + Esc(group.summary) + "</p>\n";
    out += "<ul>\n";
    for (const Skill& s : group.skills)
      out += "<li><strong>" + Esc(s.name) + "</strong>" + (s.detail.empty() ? "" : ": " + Esc(s.detail)) + "</li>\n";
    out += "</ul>\n";
  }
}

std::string Rates(const Guide& g, const std::string& source_id) {
  const Source* src = g.FindSource(source_id);
  return src ? SourceName(*src) + ", " + Esc(src->date) : "";
}

// Take-home pay from £20,000 to £150,000, one table per region (no loan, no pension), then
// yearly student loan repayments per plan, with the assumptions behind them. The page is built
// once for every reader, so it shows the newest year the guide has, and says which.
void RenderTakeHome(const Guide& g, std::string& out) {
  const Salary& s = g.salary;
  const TaxYear& y = s.Newest();
  auto money = [&](long v) { return Esc(FormatMoney(v, s.currency_symbol)); };
  out += "<h3>Take-home pay, " + Esc(y.year) + "</h3>\n<p>Tax year " + Esc(YearSpan(y)) +
         (s.tax_years.size() > 1 ? ", the latest this guide has; the explorer also shows " + Esc(s.tax_years[s.tax_years.size() - 2].year) : std::string()) +
         ".</p>\n";
  for (const TaxRegion& r : y.regions) {
    out += "<table>\n<caption>Estimated take-home pay, tax year " + Esc(y.year) + ", " + Esc(r.name) +
           " (no student loan or pension)</caption>\n<thead><tr><th scope=\"col\">Gross a year</th><th scope=\"col\">Income tax</th>"
           "<th scope=\"col\">National Insurance</th><th scope=\"col\">Take-home a year</th><th scope=\"col\">Take-home a month</th></tr></thead>\n<tbody>\n";
    PayOptions o;
    o.region = r.id;
    for (long gross = 20000; gross <= 150000; gross += gross < 60000 ? 5000 : 10000) {
      const std::vector<PayLine> lines = BreakDown(ComputeTakeHome(y, gross, o));
      out += "<tr><th scope=\"row\">" + money(gross) + "</th>";
      for (size_t i = 1; i < lines.size(); ++i) out += "<td>" + money(lines[i].year) + "</td>";
      out += "<td>" + money(lines.back().month) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n<p>Income tax in " + Esc(r.name) + ": " + Esc(DescribeIncomeTax(r, s.currency_symbol)) + ". Rates: " + Rates(g, r.source) + ".</p>\n";
  }

  const long salaries[] = {30000, 45000, 60000, 80000, 100000};
  out += "<table>\n<caption>Yearly student loan repayments, tax year " + Esc(y.year) + "</caption>\n<thead><tr><th scope=\"col\">Plan</th>";
  for (long gross : salaries) out += "<th scope=\"col\">" + money(gross) + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  for (const LoanPlan& plan : y.loans) {
    out += "<tr><th scope=\"row\">" + Esc(plan.name) + "</th>";
    for (long gross : salaries)
      out += "<td>" + (plan.RepaysThisYear() ? money(NearestPound(LoanRepayment(plan, gross * 100))) : "none") + "</td>";
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n<ul>\n";
  for (const LoanPlan& plan : y.loans)
    out += "<li><strong>" + Esc(plan.name) + "</strong>: " + Esc(DescribeLoanPlan(y, plan, s.currency_symbol)) + "</li>\n";
  out += "</ul>\n<p>" + Esc(y.loans_note) + " Thresholds: " + Rates(g, y.loans_source) + ".</p>\n";

  const PensionRules& pr = y.pension;
  out += "<p>Workplace pension: the automatic-enrolment minimum from the employee is " + Esc(FormatPercent(pr.minimum_bp)) +
         " of qualifying earnings, between " + money(pr.qualifying_lower) + " and " + money(pr.qualifying_upper) + " a year (" +
         Rates(g, pr.source) + ").</p>\n<ul>\n<li><strong>" + Esc(pr.net_pay.name) + "</strong>: " + Esc(pr.net_pay.description) +
         "</li>\n<li><strong>" + Esc(pr.salary_sacrifice.name) + "</strong>: " + Esc(pr.salary_sacrifice.description) + "</li>\n";
  for (const std::string& l : pr.left_out) out += "<li>" + Esc(l) + "</li>\n";
  out += "</ul>\n<p>Assumptions:</p>\n<ul>\n";
  for (const std::string& a : y.assumptions) out += "<li>" + Esc(a) + "</li>\n";
  out += "</ul>\n<p>National Insurance, the same across the UK: " + Esc(DescribeNationalInsurance(y, s.currency_symbol)) +
         ". Allowance and National Insurance: " + Rates(g, y.source) + ".</p>\n";
}

void RenderSalaryBand(const Guide& g, const Block& b, std::string& out) {
  const Salary& s = g.salary;
  out += "<p>Range: <strong>" + Esc(FormatMoney(s.band.low, s.currency_symbol)) + " to " +
         Esc(FormatMoney(s.band.high, s.currency_symbol)) + "</strong> a year";
  out += Esc(HigherInPhrase(s.band));
  if (const Source* src = g.FindSource(s.band.source)) out += " (source: " + SourceName(*src) + ")";
  out += ".</p>\n";
  if (s.figures.empty()) return;
  if (!b.text.empty()) out += "<p>" + Esc(b.text) + "</p>\n";
  out += "<table>\n<caption>Published salary figures</caption>\n"
         "<thead><tr><th scope=\"col\">Figure</th><th scope=\"col\">Amount a year</th><th scope=\"col\">Source</th></tr></thead>\n<tbody>\n";
  for (const SalaryFigure& f : s.figures) {
    const Source* src = g.FindSource(f.source);
    out += "<tr><th scope=\"row\">" + Esc(f.label) + "</th><td>" + Esc(FormatMoney(f.amount, s.currency_symbol)) + "</td><td>" +
           (src ? SourceName(*src) + ", " + Esc(src->date) : "") + "</td></tr>\n";
  }
  out += "</tbody>\n</table>\n";
  RenderTakeHome(g, out);
}

void RenderBlock(const Guide& g, const Section& section, const Block& b, std::string& out) {
  switch (b.kind) {
    case Block::Kind::Paragraph: out += "<p>" + Esc(b.text) + "</p>\n"; break;
    case Block::Kind::Callout: out += "<p><strong>" + Esc(b.text) + "</strong></p>\n"; break;
    case Block::Kind::List:
    case Block::Kind::Tags:
      if (!b.text.empty()) out += "<p>" + Esc(b.text) + "</p>\n";
      out += "<ul>\n";
      for (const ListItem& it : b.items)
        out += "<li>" + (it.term.empty() ? "" : "<strong>" + Esc(it.term) + "</strong>: ") + Esc(it.text) + "</li>\n";
      out += "</ul>\n";
      break;
    case Block::Kind::Comparison:
      out += "<table>\n<caption>" + Esc(section.title) + "</caption>\n<thead><tr>";
      for (const std::string& c : b.columns) out += "<th scope=\"col\">" + Esc(c) + "</th>";
      out += "</tr></thead>\n<tbody>\n";
      for (const auto& row : b.rows) {
        out += "<tr>";
        for (size_t i = 0; i < row.size(); ++i)
          out += i == 0 ? "<th scope=\"row\">" + Esc(row[i]) + "</th>" : "<td>" + Esc(row[i]) + "</td>";
        out += "</tr>\n";
      }
      out += "</tbody>\n</table>\n";
      break;
    case Block::Kind::SkillGroups: RenderSkillGroups(g, out); break;
    case Block::Kind::SalaryBand: RenderSalaryBand(g, b, out); break;
  }
}

}  // namespace

std::string RenderGuideHtml(const Guide& g) {
  std::string out;
  out += "<article lang=\"" + Esc(g.language) + "\">\n<header>\n<h1>" + Esc(g.title) + "</h1>\n<p>" + Esc(g.tagline) +
         "</p>\n</header>\n";
  // The same figures as the app's card, each a way into its section.
  if (const std::vector<GlanceFact> facts = GlanceFacts(g); !facts.empty()) {
    out += "<aside id=\"at-a-glance\" aria-labelledby=\"at-a-glance-title\">\n<h2 id=\"at-a-glance-title\">At a glance</h2>\n<ul>\n";
    for (const GlanceFact& f : facts)
      out += "<li><a href=\"#" + Esc(g.sections[static_cast<size_t>(f.section)].id) + "\"><strong>" + Esc(f.value) + "</strong> " +
             Esc(f.label) + "</a></li>\n";
    out += "</ul>\n</aside>\n";
  }
  out += "<nav aria-label=\"Contents\">\n<ul>\n";
  for (const Section& s : g.sections) out += "<li><a href=\"#" + Esc(s.id) + "\">" + Esc(s.title) + "</a></li>\n";
  out += "</ul>\n</nav>\n";
  for (const Section& s : g.sections) {
    out += "<section id=\"" + Esc(s.id) + "\" aria-labelledby=\"" + Esc(s.id) + "-title\">\n<h2 id=\"" + Esc(s.id) + "-title\">" +
           Esc(s.title) + "</h2>\n<p><em>" + Esc(s.summary) + "</em></p>\n";
    for (const Block& b : s.blocks) RenderBlock(g, s, b, out);
    out += "</section>\n";
  }
  // Numbered as the explorer cites them: [1] is the first source.
  out += "<footer>\n<h2>Sources</h2>\n<ol>\n";
  for (const Source& src : g.sources)
    out += "<li>" + SourceName(src) + ", " + Esc(src.date) + (src.note.empty() ? "" : ". " + Esc(src.note)) + "</li>\n";
  out += "</ol>\n</footer>\n</article>\n";
  return out;
}

std::string RenderReaderHtml(const Guide& g, const Progress& p, const CivilDate& today) {
  const Salary& s = g.salary;
  auto money = [&](long v) { return Esc(FormatMoney(v, s.currency_symbol)); };
  const Tally t = TallyAll(g, p);
  std::string out = "<section id=\"your-progress\" aria-labelledby=\"your-progress-title\">\n<h2 id=\"your-progress-title\">Your progress</h2>\n";
  out += "<p>" + std::to_string(t.confident) + " of " + std::to_string(t.total) + " skills confident, " + std::to_string(t.learning) +
         " learning, " + std::to_string(t.not_started()) + " not started.</p>\n";
  out += "<table>\n<caption>Your skills</caption>\n<thead><tr><th scope=\"col\">Skill</th><th scope=\"col\">Group</th>"
         "<th scope=\"col\">State</th></tr></thead>\n<tbody>\n";
  for (const SkillGroup& group : g.skill_groups)
    for (const Skill& skill : group.skills)
      out += "<tr><th scope=\"row\">" + Esc(skill.name) + "</th><td>" + Esc(group.title) + "</td><td>" +
             SkillStateLabel(p.StateOf(skill.id)) + "</td></tr>\n";
  out += "</tbody>\n</table>\n";
  const SalaryChoice c = ShownSalary(s, p.salary);
  const YearPick pick = PickTaxYear(s.tax_years, today, c.tax_year);
  const TaxYear& y = *pick.year;
  const TakeHome th = ComputeTakeHome(y, c.amount, c.pay);
  const std::vector<PayLine> lines = BreakDown(th);
  const std::string note = YearNote(pick);
  out += "<h3>Your salary</h3>\n<p>" + money(c.amount) + " a year; " + Esc(DescribePayOptions(y, c.pay)) +
         ". Estimated take-home pay, tax year " + Esc(y.year) + ": <strong>" + money(lines.back().year) + " a year, " +
         money(lines.back().month) + " a month</strong>.</p>\n" + (note.empty() ? "" : "<p>" + Esc(note) + "</p>\n");
  out += "<table>\n<caption>Your take-home pay, " + Esc(YearSpan(y)) + "</caption>\n<thead><tr><th scope=\"col\">Line</th><th scope=\"col\">A year</th>"
         "<th scope=\"col\">A month</th></tr></thead>\n<tbody>\n";
  for (const PayLine& l : lines) {
    const std::string sign = l.deduction() ? "−" : "";
    const bool none = l.deduction() && l.year == 0 && l.month == 0;  // a loan below its threshold: not "−£0"
    out += "<tr><th scope=\"row\">" + Esc(PayLineLabel(y, l, c.pay)) + "</th><td>" + (none ? "none" : sign + money(l.year)) + "</td><td>" +
           (none ? "none" : sign + money(l.month)) + "</td></tr>\n";
  }
  out += "</tbody>\n</table>\n";
  if (c.compare > 0) {
    const PayComparison cmp = ComparePay(y, c.compare, c.amount, c.pay);
    auto signed_money = [&](long v) { return (v < 0 ? "−" : v > 0 ? "+" : "") + money(v < 0 ? -v : v); };
    out += "<table>\n<caption>Compared with your pay now, " + Esc(y.year) + "</caption>\n<thead><tr><th scope=\"col\"></th>"
           "<th scope=\"col\">Your pay now</th><th scope=\"col\">This salary</th><th scope=\"col\">Difference</th></tr></thead>\n<tbody>\n"
           "<tr><th scope=\"row\">Gross a year</th><td>" + money(cmp.now_gross) + "</td><td>" + money(cmp.then_gross) + "</td><td>" +
           signed_money(cmp.gross_diff()) + "</td></tr>\n<tr><th scope=\"row\">Take-home a year</th><td>" + money(cmp.now_year) +
           "</td><td>" + money(cmp.then_year) + "</td><td>" + signed_money(cmp.diff_year()) +
           "</td></tr>\n<tr><th scope=\"row\">Take-home a month</th><td>" + money(cmp.now_month) + "</td><td>" + money(cmp.then_month) +
           "</td><td>" + signed_money(cmp.diff_month()) + "</td></tr>\n</tbody>\n</table>\n";
  }
  const NextPounds next = NextPoundsKept(y, c.amount, c.pay, 1000);
  out += "<p>Of another " + money(next.step) + " a year, you would keep " + money(next.kept) + ".</p>\n</section>\n";
  return out;
}

}  // namespace mlguide
