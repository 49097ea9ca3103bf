// Content blocks inside a guide section: paragraphs, lists, tags, the role comparison,
// the skill groups and the salary band.
#include <algorithm>

#include "core/format.hpp"
#include "ui/fonts.hpp"
#include "ui/panels.hpp"
#include "ui/rich_text.hpp"
#include "ui/widgets.hpp"

namespace mlguide {
namespace {

constexpr float kBulletIndent = 20;

void Bulleted(Ui& ui, std::initializer_list<TextRun> runs, float width) {
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float line = FontSize(ui.fonts.body) * kLineSpacing;
  ImGui::GetWindowDrawList()->AddCircleFilled(p + ImVec2(6, line * 0.5f), 2.5f, ui.pal.muted);
  ImGui::Indent(kBulletIndent);
  FlowText(runs, width - kBulletIndent);
  ImGui::Unindent(kBulletIndent);
}

void Callout(Ui& ui, const std::string& text, float width) {
  const float pad = 14;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float h = MeasureRuns({{ui.fonts.body_bold, ui.pal.text, text}}, width - 2 * pad - 4) + 2 * pad;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p, p + ImVec2(width, h), ui.pal.accent_soft, 6);
  dl->AddRectFilled(p, p + ImVec2(4, h), ui.pal.accent, 6, ImDrawFlags_RoundCornersLeft);
  DrawRuns(dl, p + ImVec2(pad + 4, pad), {{ui.fonts.body_bold, ui.pal.text, text}}, width - 2 * pad - 4);
  ImGui::Dummy(ImVec2(width, h));
}

void TagsBlock(Ui& ui, const Block& b, float width) {
  ImFont* font = ui.fonts.body;
  const float size = FontSize(font), pad_x = 12, h = size + 14, gap = 8;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  float x = 0, y = 0;
  for (const ListItem& it : b.items) {
    const float w = font->CalcTextSizeA(size, FLT_MAX, 0, it.text.c_str()).x + 2 * pad_x;
    if (x > 0 && x + w > width) {
      x = 0;
      y += h + gap;
    }
    const ImVec2 p = origin + ImVec2(x, y);
    dl->AddRectFilled(p, p + ImVec2(w, h), ui.pal.accent_soft, h * 0.5f);
    DrawLabel(dl, font, p + ImVec2(pad_x, (h - size) * 0.5f), ui.pal.text, it.text);
    x += w + gap;
  }
  ImGui::Dummy(ImVec2(width, y + h));
}

// Side by side when there is room, one card per row otherwise.
void ComparisonBlock(Ui& ui, const Block& b, float width) {
  const Fonts& f = ui.fonts;
  const int cols = static_cast<int>(b.columns.size());
  if (width >= 520) {
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_NoSavedSettings;
    if (!ImGui::BeginTable("comparison", cols, flags, ImVec2(width, 0))) return;
    for (int c = 0; c < cols; ++c)
      ImGui::TableSetupColumn(b.columns[static_cast<size_t>(c)].c_str(), ImGuiTableColumnFlags_WidthStretch,
                              c == 1 ? 2.6f : 1.0f);
    // Read as a table: the column names head the columns, each row is named by its first cell.
    ui.report.BeginTextTable();
    ImGui::TableNextRow();
    for (int c = 0; c < cols; ++c) {
      ImGui::TableSetColumnIndex(c);
      const size_t from = ui.report.text.size();
      FlowText({{f.small_bold, ui.pal.muted, b.columns[static_cast<size_t>(c)]}}, ImGui::GetContentRegionAvail().x);
      ui.report.TextCell(from, 0, c, MirrorText::Cell::ColumnHeader);
    }
    for (size_t r = 0; r < b.rows.size(); ++r) {
      ImGui::TableNextRow();
      for (int c = 0; c < cols; ++c) {
        ImGui::TableSetColumnIndex(c);
        const size_t from = ui.report.text.size();
        FlowText({{c == 0 ? f.body_bold : f.body, ui.pal.text, b.rows[r][static_cast<size_t>(c)]}}, ImGui::GetContentRegionAvail().x);
        ui.report.TextCell(from, static_cast<int>(r) + 1, c, c == 0 ? MirrorText::Cell::RowHeader : MirrorText::Cell::Data);
      }
    }
    ImGui::EndTable();
    return;
  }
  for (size_t r = 0; r < b.rows.size(); ++r) {
    const auto& row = b.rows[r];
    if (r > 0) {
      const ImVec2 p = ImGui::GetCursorScreenPos();
      ImGui::GetWindowDrawList()->AddLine(p, p + ImVec2(width, 0), ui.pal.border);
      Space(8);
    }
    FlowHeading({{f.body_bold, ui.pal.text, row[0]}}, width, 3);
    for (size_t c = 1; c < row.size(); ++c) {
      if (c == 1) FlowText({{f.body, ui.pal.text, row[c]}}, width);
      else FlowText({{f.small_bold, ui.pal.muted, b.columns[c] + ": "}, {f.small, ui.pal.muted, row[c]}}, width);
    }
  }
}

// The skills as the guide lists them, each named by a link to it in the tracker (which then
// offers the way back). Ids: "guide-skill.<id>".
void SkillGroupsBlock(Ui& ui, float width) {
  const Fonts& f = ui.fonts;
  for (const SkillGroup& g : ui.guide.skill_groups) {
    Space(4);
    FlowHeading({{f.body_bold, ui.pal.text, g.title}}, width, 3);
    if (!g.summary.empty()) FlowText({{f.small, ui.pal.muted, g.summary}}, width);
    for (const Skill& s : g.skills) {
      const std::string target = "#skill." + s.id;
      const std::string detail = s.detail.empty() ? "" : " – " + s.detail;
      LinkedText(ui, "guide-skill." + s.id, {{f.body, ui.pal.accent, s.name, target}, {f.body, ui.pal.text, detail}}, width);
    }
  }
}

std::string Money(const Ui& ui, int amount) { return FormatMoney(amount, ui.guide.salary.currency_symbol); }

// The article's band in words, a way into the salary explorer, and the published figures
// grouped under their sources.
void SalaryBandBlock(Ui& ui, const Block& b, float width) {
  const Fonts& f = ui.fonts;
  const Salary& s = ui.guide.salary;
  const float size = FontSize(f.body_bold);
  std::string caption = Money(ui, s.band.low) + " to " + Money(ui, s.band.high) + " a year in the UK";
  caption += HigherInPhrase(s.band);
  if (const Source* src = ui.guide.FindSource(s.band.source)) caption += ". Source: " + src->name + ".";
  FlowText({{f.small, ui.pal.muted, caption}}, width);
  if (TextButton(ui, "Explore salaries and take-home pay", "salary.explore", {true})) ui.state.focus_id = "salary.amount";

  if (s.figures.empty()) return;
  Space(8);
  if (!b.text.empty()) FlowText({{f.body, ui.pal.text, b.text}}, width);
  // Figures grouped under their source, so each source is named once.
  const float line = size * kLineSpacing;
  for (const Source& src : ui.guide.sources) {
    bool first = true;
    for (const SalaryFigure& fig : s.figures) {
      if (fig.source != src.id) continue;
      if (first) {
        Space(6);
        // Linked where it has an address, as the explorer and About name it.
        LinkedText(ui, "salary-band.source." + src.id,
                   {{f.small_bold, src.url.empty() ? ui.pal.muted : ui.pal.accent, src.name, src.url}, {f.small, ui.pal.muted, ", " + src.date}},
                   width, 1.35f);
        first = false;
      }
      const std::string amount = Money(ui, fig.amount);
      const float aw = f.body_bold->CalcTextSizeA(size, FLT_MAX, 0, amount.c_str()).x;
      const ImVec2 row = ImGui::GetCursorScreenPos();
      ImDrawList* rows = ImGui::GetWindowDrawList();
      rows->AddLine(row, row + ImVec2(width, 0), ui.pal.border);
      Space(4);
      FlowText({{f.body, ui.pal.text, fig.label}}, width - aw - 12);
      DrawLabel(rows, f.body_bold, row + ImVec2(width - aw, 4 + (line - size) * 0.5f), ui.pal.text, amount, false);  // after its label
    }
  }
}

}  // namespace

void DrawBlock(Ui& ui, const Block& b, float width) {
  const Fonts& f = ui.fonts;
  switch (b.kind) {
    case Block::Kind::Paragraph: FlowText({{f.body, ui.pal.text, b.text}}, width); break;
    case Block::Kind::Callout: Callout(ui, b.text, width); break;
    case Block::Kind::List:
      if (!b.text.empty()) FlowText({{f.body, ui.pal.text, b.text}}, width);
      for (const ListItem& it : b.items) {
        if (it.term.empty()) Bulleted(ui, {{f.body, ui.pal.text, it.text}}, width);
        else Bulleted(ui, {{f.body_bold, ui.pal.text, it.term + ":"}, {f.body, ui.pal.text, " " + it.text}}, width);
      }
      break;
    case Block::Kind::Tags:
      if (!b.text.empty()) FlowText({{f.body, ui.pal.text, b.text}}, width);
      TagsBlock(ui, b, width);
      break;
    case Block::Kind::Comparison: ComparisonBlock(ui, b, width); break;
    case Block::Kind::SkillGroups:
      if (!b.text.empty()) FlowText({{f.body, ui.pal.text, b.text}}, width);
      SkillGroupsBlock(ui, width);
      break;
    case Block::Kind::SalaryBand: SalaryBandBlock(ui, b, width); break;
  }
}

}  // namespace mlguide
