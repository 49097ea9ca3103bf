// The salary explorer: type or slide a salary, say where you live, your student loan and
// your pension, see where the salary sits among the sourced figures, what it leaves after tax
// in the reader's tax year (or one they pick), what another £1,000 would leave, and how it
// compares with their pay now. Ids: "salary", "salary.year.<year>", "salary.amount",
// "salary.slider", "salary.region.<region id>", "salary.loan.<plan id or none>",
// "salary.postgraduate", "salary.pension.<none, minimum, percent>", "salary.pension.percent"
// (.less, .more), "salary.method.<net-pay, salary-sacrifice>", "salary.compare",
// "salary.compare.amount".
#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

#include "core/format.hpp"
#include "core/pay_breakdown.hpp"
#include "core/salary_position.hpp"
#include "core/tax.hpp"
#include "core/tax_calendar.hpp"
#include "imgui_internal.h"
#include "ui/card.hpp"
#include "ui/panels.hpp"
#include "ui/rich_text.hpp"
#include "ui/salary_slider.hpp"
#include "ui/widgets.hpp"

namespace mlguide {
namespace {

constexpr int kPensionStep = 100;  // basis points: 1%

SalaryChoice Choice(const Ui& ui) { return ShownSalary(ui.guide.salary, ui.state.progress.salary); }

void Choose(Ui& ui, SalaryChoice c) {
  c.changed = ui.now_ms;
  ui.state.progress.salary = std::move(c);
  ui.actions.progress_changed = true;
}

void TakeHomeTable(Ui& ui, const TaxYear& year, const TakeHome& t, float width) {
  const Fonts& f = ui.fonts;
  const Salary& s = ui.guide.salary;
  auto money = [&](long v) { return FormatMoney(v, s.currency_symbol); };
  const float col_w = std::min(96.0f, width * 0.26f);
  const float size = FontSize(f.body);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  // A figure aligned on its right edge, following the row's name on the same line of the text layer.
  auto right = [&](ImFont* font, const std::string& text, float right_x, float y, ImU32 col, bool new_row = false) {
    const float w = font->CalcTextSizeA(FontSize(font), FLT_MAX, 0, text.c_str()).x;
    DrawLabel(dl, font, ImVec2(right_x - w, y), col, text, new_row);
  };
  // Read as a table: a row per line of pay, named by it, under "A year" and "A month".
  ui.report.BeginTextTable();
  size_t from = ui.report.text.size();
  auto cell = [&](int row, int col, MirrorText::Cell kind = MirrorText::Cell::Data) {
    ui.report.TextCell(from, row, col, kind);
    from = ui.report.text.size();
  };
  ImVec2 p = ImGui::GetCursorScreenPos();
  right(f.small_bold, "A year", p.x + width - col_w, p.y, ui.pal.muted, true);
  cell(0, 1, MirrorText::Cell::ColumnHeader);
  right(f.small_bold, "A month", p.x + width, p.y, ui.pal.muted);
  cell(0, 2, MirrorText::Cell::ColumnHeader);
  ImGui::Dummy(ImVec2(width, FontSize(f.small) + 2));
  int row = 0;
  for (const PayLine& l : BreakDown(t)) {
    ++row;
    p = ImGui::GetCursorScreenPos();
    const float line = size * 1.6f;
    const bool total = l.kind == PayLine::Kind::TakeHome;
    if (total) dl->AddLine(p, p + ImVec2(width, 0), ui.pal.border);
    ImFont* font = total ? f.body_bold : f.body;
    const std::string sign = l.deduction() ? "−" : "";
    const float y = p.y + (line - size) / 2;
    // The name may not reach into the figures: a long one ("Pension (net pay arrangement)") wraps.
    const float name_w = width - 2 * col_w - 8;
    const std::string label = PayLineLabel(year, l, t.options);
    const float name_h = MeasureRuns({{font, ui.pal.text, label}}, name_w, 1.25f);
    ImGui::SetCursorScreenPos(ImVec2(p.x, y - size * 0.125f));  // the line's half-leading above the text
    FlowText({{font, ui.pal.text, label}}, name_w, 1.25f);
    cell(row, 0, MirrorText::Cell::RowHeader);
    // A deduction that takes nothing (a loan below its threshold) says so, not "−£0".
    const bool none = l.deduction() && l.year == 0 && l.month == 0;
    right(font, none ? "none" : sign + money(l.year), p.x + width - col_w, y, none ? ui.pal.muted : ui.pal.text);
    cell(row, 1);
    right(font, none ? "none" : sign + money(l.month), p.x + width, y, none ? ui.pal.muted : ui.pal.text);
    cell(row, 2);
    ImGui::SetCursorScreenPos(p);
    ImGui::Dummy(ImVec2(width, std::max(line, name_h + (line - size))));
  }
}

// A small label over a control.
void ControlLabel(Ui& ui, const std::string& text, float width) {
  Space(4);
  const size_t lines = ui.report.text.size();
  FlowText({{ui.fonts.small_bold, ui.pal.muted, text}}, width, 1.3f);
  ui.report.Named(lines);  // the name of the group that follows
}

// Segmented() from parallel lists of labels and report ids.
int Radios(Ui& ui, const char* name, const char* group, const std::vector<std::string>& labels, const std::vector<std::string>& ids,
           int selected, float width) {
  std::vector<const char*> l, i;
  for (const std::string& s : labels) l.push_back(s.c_str());
  for (const std::string& s : ids) i.push_back(s.c_str());
  return Segmented(ui, name, group, l.data(), i.data(), static_cast<int>(l.size()), selected, width);
}

// Where the reader lives, their student loan and their pension. Returns the changed options.
PayOptions PayControls(Ui& ui, const TaxYear& y, PayOptions o, float width) {
  const Fonts& f = ui.fonts;
  auto note = [&](const std::string& text) { FlowText({{f.small, ui.pal.muted, text}}, width, 1.4f); };

  auto choose = [&](const char* name, const char* group, const std::vector<std::string>& labels, const std::vector<std::string>& ids,
                    int selected) { return Radios(ui, name, group, labels, ids, selected, width); };

  ControlLabel(ui, "Where you live", width);
  {
    std::vector<std::string> labels, ids;
    int selected = 0;
    for (size_t i = 0; i < y.regions.size(); ++i) {
      labels.push_back(y.regions[i].short_name);
      ids.push_back("salary.region." + y.regions[i].id);
      if (y.regions[i].id == o.region) selected = static_cast<int>(i);
    }
    const int picked = choose("Where you live", "salary.region", labels, ids, selected);
    if (picked >= 0) o.region = y.regions[static_cast<size_t>(picked)].id;
  }

  ControlLabel(ui, "Student loan", width);
  {
    std::vector<std::string> labels{"None"}, ids{"salary.loan.none"}, plans{""};
    int selected = 0;
    for (const LoanPlan& plan : y.loans) {
      if (plan.postgraduate) continue;
      if (plan.id == o.loan) selected = static_cast<int>(labels.size());
      labels.push_back(plan.name);
      ids.push_back("salary.loan." + plan.id);
      plans.push_back(plan.id);
    }
    const int picked = choose("Student loan", "salary.loan", labels, ids, selected);
    if (picked >= 0) o.loan = plans[static_cast<size_t>(picked)];
    if (const LoanPlan* pg = y.Postgraduate())
      if (Checkbox(ui, pg->name, "salary.postgraduate", o.postgraduate)) o.postgraduate = !o.postgraduate;
    for (const LoanPlan& plan : y.loans) {
      if (plan.id != o.loan && !(plan.postgraduate && o.postgraduate)) continue;
      note(plan.name + ": " + DescribeLoanPlan(y, plan, ui.guide.salary.currency_symbol));
    }
  }

  ControlLabel(ui, "Workplace pension", width);
  {
    const PensionRules& pr = y.pension;
    const std::vector<std::string> labels{"None", "Legal minimum", "Your own %"},
        ids{"salary.pension.none", "salary.pension.minimum", "salary.pension.percent-of-salary"};
    const int picked = choose("Workplace pension", "salary.pension", labels, ids, static_cast<int>(o.pension));
    if (picked >= 0) o.pension = static_cast<PensionKind>(picked);
    const std::string symbol = ui.guide.salary.currency_symbol;
    if (o.pension == PensionKind::Minimum)
      note("The automatic-enrolment minimum: " + FormatPercent(pr.minimum_bp) + " of your pay between " +
           FormatMoney(pr.qualifying_lower, symbol) + " and " + FormatMoney(pr.qualifying_upper, symbol) + " a year.");
    if (o.pension == PensionKind::Percent) {
      Space(2);
      o.pension_percent_bp = Stepper(ui, "Pension contribution", "salary.pension.percent", o.pension_percent_bp, kPensionStep,
                                     pr.max_percent_bp, kPensionStep, FormatPercent(o.pension_percent_bp) + " of salary");
      Space(2);
    }
    if (o.pension != PensionKind::None) {
      ControlLabel(ui, "How it is taken", width);
      const std::vector<std::string> mlabels{pr.net_pay.name, pr.salary_sacrifice.name},
          mids{"salary.method.net-pay", "salary.method.salary-sacrifice"};
      const int m = choose("How the pension is taken", "salary.method", mlabels, mids, static_cast<int>(o.method));
      if (m >= 0) o.method = static_cast<PensionMethod>(m);
      note(pr.Text(o.method).description);
    }
  }
  return o;
}

// Which tax year the figures are for: the reader's own unless they pick another here.
void YearSwitch(Ui& ui, SalaryChoice& choice, const YearPick& pick, float width) {
  const std::vector<TaxYear>& years = ui.guide.salary.tax_years;
  if (years.size() > 1) {
    ControlLabel(ui, "Tax year", width);
    std::vector<std::string> labels, ids;
    int selected = 0;
    for (size_t i = 0; i < years.size(); ++i) {
      labels.push_back(years[i].year + (&years[i] == pick.today && pick.today_in_data ? " (now)" : ""));
      ids.push_back("salary.year." + years[i].year);
      if (&years[i] == pick.year) selected = static_cast<int>(i);
    }
    const int picked = Radios(ui, "Tax year", "salary.year", labels, ids, selected, width);
    // The reader's own year is no pick: the figures then follow their date into the next.
    if (picked >= 0) choice.tax_year = &years[static_cast<size_t>(picked)] == pick.today ? "" : years[static_cast<size_t>(picked)].year;
  }
  const std::string note = YearNote(pick);
  FlowText({{ui.fonts.small, ui.pal.muted, YearSpan(*pick.year) + "."}}, width, 1.4f);
  if (!note.empty()) FlowText({{ui.fonts.small_bold, ui.pal.text, note}}, width, 1.4f);
}

// What another £1,000 a year would leave the reader, and what takes the rest.
void NextThousand(Ui& ui, const TaxYear& y, const TakeHome& t, float width) {
  const Salary& s = ui.guide.salary;
  const NextPounds next = NextPoundsKept(y, t.gross, t.options, 1000);
  std::string taken;
  for (const PayLine& l : next.taken) {
    if (l.year == 0) continue;
    taken += (taken.empty() ? "" : ", ") + PayLineLabel(y, l, t.options) + " " + FormatMoney(l.year, s.currency_symbol);
  }
  FlowHeading({{ui.fonts.body_bold, ui.pal.text, "Another " + FormatMoney(next.step, s.currency_symbol) + " a year"}}, width, 3);
  FlowText({{ui.fonts.body, ui.pal.text, "You would keep " + FormatMoney(next.kept, s.currency_symbol) + " of it"},
            {ui.fonts.body, ui.pal.muted, taken.empty() ? "." : ": " + taken + "."}},
           width);
}

// The reader's pay now beside the salary they are looking at, under the same choices.
void Comparison(Ui& ui, const TaxYear& y, SalaryChoice& choice, float width) {
  const Fonts& f = ui.fonts;
  const Salary& s = ui.guide.salary;
  FlowHeading({{f.body_bold, ui.pal.text, "Compared with your pay now"}}, width, 3);
  const bool on = choice.compare > 0 || ui.state.compare_open;
  if (Checkbox(ui, "Compare with my pay now", "salary.compare", on)) {
    ui.state.compare_open = !on;
    ui.state.drafts.erase("salary.compare.amount");
    if (on) choice.compare = 0;
    else ui.state.focus_id = "salary.compare.amount";  // where the reader types it
  }
  if (!on) return;
  if (const std::optional<int> v = AmountField(ui, "salary.compare.amount", "Your pay now, pounds a year", choice.compare, s.max_amount, width))
    choice.compare = *v;
  if (choice.compare <= 0) {
    FlowText({{f.small, ui.pal.muted, "Type what you earn now, before tax, to see the difference after tax, National Insurance, loans and pension."}},
             width, 1.4f);
    return;
  }
  const PayComparison c = ComparePay(y, choice.compare, choice.amount, choice.pay);
  auto money = [&](long v) { return FormatMoney(v, s.currency_symbol); };
  auto signed_money = [&](long v) { return (v > 0 ? "+" : v < 0 ? "−" : "") + money(v < 0 ? -v : v); };
  // A row of the table: its name, then figures aligned on their right edges.
  const float col_w = std::min(92.0f, (width - 8) * 0.24f);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  auto row = [&](ImFont* font, const std::string& name, const std::array<std::string, 3>& cells, bool rule) {
    ImVec2 p = ImGui::GetCursorScreenPos();
    const float size = FontSize(font), line = size * 1.6f;
    if (rule) dl->AddLine(p, p + ImVec2(width, 0), ui.pal.border);
    // A name that would reach into the figures (a narrow card) gets a line of its own above them.
    const bool own_line = font->CalcTextSizeA(size, FLT_MAX, 0, name.c_str()).x > width - 3 * col_w - 8;
    DrawLabel(dl, font, ImVec2(p.x, p.y + (line - size) / 2), ui.pal.text, name);
    if (own_line) {
      ImGui::Dummy(ImVec2(width, line - ImGui::GetStyle().ItemSpacing.y));
      p = ImGui::GetCursorScreenPos();
    }
    const float y0 = p.y + (line - size) / 2;
    for (int i = 0; i < 3; ++i) {
      const float right = p.x + width - static_cast<float>(2 - i) * col_w;
      const float w = font->CalcTextSizeA(size, FLT_MAX, 0, cells[static_cast<size_t>(i)].c_str()).x;
      DrawLabel(dl, font, ImVec2(right - w, y0), i == 2 ? ui.pal.text : ui.pal.muted, cells[static_cast<size_t>(i)], false);
    }
    ImGui::Dummy(ImVec2(width, line));
  };
  Space(2);
  row(f.small_bold, "", {"Now", "This salary", "Difference"}, false);
  row(f.small, "Gross a year", {money(c.now_gross), money(c.then_gross), signed_money(c.gross_diff())}, true);
  row(f.small_bold, "Take-home a year", {money(c.now_year), money(c.then_year), signed_money(c.diff_year())}, true);
  row(f.small_bold, "Take-home a month", {money(c.now_month), money(c.then_month), signed_money(c.diff_month())}, false);
  if (c.gross_diff() != 0) {
    const long kept_pct = std::lround(100.0 * static_cast<double>(c.diff_year()) / static_cast<double>(c.gross_diff()));
    const bool more = c.gross_diff() > 0;
    FlowText({{f.small, ui.pal.muted,
               money(std::labs(c.gross_diff())) + (more ? " more" : " less") + " a year before tax is " + money(std::labs(c.diff_year())) +
                   (more ? " more" : " less") + " take-home (" + std::to_string(kept_pct) + "%), " + money(std::labs(c.diff_month())) +
                   " a month, in " + y.year + " with the choices above."}},
             width, 1.4f);
  }
}

}  // namespace

void DrawSalaryPanel(Ui& ui, float width) {
  const Fonts& f = ui.fonts;
  const Salary& s = ui.guide.salary;
  Card card(ui.pal, width, CardPaddingFor(width));
  const float inner = card.inner_width();
  Title(ui, "Salary explorer", "salary", inner);

  SalaryChoice choice = Choice(ui);
  const SalaryChoice before = choice;
  const YearPick pick = PickTaxYear(s.tax_years, ui.today, choice.tax_year);
  const TaxYear& y = *pick.year;
  YearSwitch(ui, choice, pick, inner);

  Space(6);
  // The salary, typed: the field is the headline figure. What it leaves follows at once.
  if (const std::optional<int> typed = AmountField(ui, "salary.amount", "Salary, pounds a year", choice.amount, s.max_amount, inner))
    choice.amount = *typed;
  const TakeHome t = ComputeTakeHome(y, choice.amount, choice.pay);
  const std::vector<PayLine> lines = BreakDown(t);
  FlowText({{f.body_bold, ui.pal.text, "About " + FormatMoney(lines.back().month, s.currency_symbol) + " a month take-home"},
            {f.body, ui.pal.muted, " in " + t.region->name + ", " + y.year}},
           inner);
  Space(2);
  const bool open_ended = !s.band.higher_in.empty() && s.slider_high > s.band.high;
  if (const std::optional<int> slid = SalarySlider(ui, choice.amount, s.slider_low, s.slider_high, open_ended, inner)) {
    choice.amount = *slid;
    ui.state.drafts.erase("salary.amount");  // the slider says what the salary is now
  }
  FlowText({{f.small, ui.pal.muted, s.slider_note}}, inner, 1.4f);
  if (ui.min_target <= 0)  // a fine pointer, so likely a keyboard; on a touch screen the keys are no help
    FlowText({{f.small, ui.pal.muted, "Type a salary, drag the slider, or focus it and use the arrow keys (£1,000) and Page Up / Page Down (£5,000)."}},
             inner, 1.4f);

  Space(6);
  FlowHeading({{f.body_bold, ui.pal.text, "What applies to you"}}, inner, 3);
  choice.pay = PayControls(ui, y, choice.pay, inner);

  // Each statement cites its source by its number in the list that closes the card: the
  // sources cited here, numbered in the order they are first cited.
  std::vector<std::string> cited;
  auto cite = [&](const std::string& source) {
    auto it = std::find(cited.begin(), cited.end(), source);
    if (it == cited.end()) it = cited.insert(cited.end(), source);
    return " [" + std::to_string(it - cited.begin() + 1) + "]";
  };
  Space(6);
  FlowHeading({{f.body_bold, ui.pal.text, "Where it sits"}}, inner, 3);
  for (const PositionStatement& st : DescribeSalaryPosition(ui.guide, choice.amount)) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddCircleFilled(p + ImVec2(5, FontSize(f.body) * kLineSpacing * 0.5f), 2.5f, ui.pal.muted);
    ImGui::Indent(16);
    FlowText({{f.body, ui.pal.text, st.text}, {f.small, ui.pal.muted, cite(st.source)}}, inner - 16);
    ImGui::Unindent(16);
  }

  Space(6);
  std::string cites = cite(y.source);
  if (t.region->source != y.source) cites += cite(t.region->source);
  if (!t.options.loan.empty() || t.options.postgraduate) cites += cite(y.loans_source);
  if (t.options.pension != PensionKind::None) cites += cite(y.pension.source);
  FlowHeading({{f.body_bold, ui.pal.text, "Take-home pay, " + y.year}, {f.small, ui.pal.muted, cites}}, inner, 3);
  TakeHomeTable(ui, y, t, inner);
  Space(6);
  NextThousand(ui, y, t, inner);
  Space(6);
  Comparison(ui, y, choice, inner);

  Space(6);
  auto point = [&](const std::string& text) { FlowText({{f.small, ui.pal.muted, "· " + text}}, inner, 1.35f); };
  point("Income tax in " + t.region->name + ": " + DescribeIncomeTax(*t.region, s.currency_symbol) + ".");
  point("National Insurance, the same across the UK: " + DescribeNationalInsurance(y, s.currency_symbol) + ".");
  for (const std::string& a : y.assumptions) point(a);
  if (!t.options.loan.empty() || t.options.postgraduate) point(y.loans_note);
  if (t.options.pension != PensionKind::None)
    for (const std::string& l : y.pension.left_out) point(l);

  Space(6);
  FlowHeading({{f.small_bold, ui.pal.muted, "Sources"}}, inner, 3, 1.35f);
  for (size_t i = 0; i < cited.size(); ++i) {
    const Source* src = ui.guide.FindSource(cited[i]);
    if (!src) continue;
    const std::string number = "[" + std::to_string(i + 1) + "] ";
    const std::string rest = ", " + src->date + "." + (src->note.empty() ? "" : " " + src->note);
    LinkedText(ui, "salary.source." + src->id,
               {{f.small, ui.pal.muted, number}, {f.small, src->url.empty() ? ui.pal.muted : ui.pal.accent, src->name, src->url},
                {f.small, ui.pal.muted, rest}},
               inner, 1.35f);
  }
  if (!choice.SameChoice(before)) Choose(ui, choice);
}

}  // namespace mlguide
