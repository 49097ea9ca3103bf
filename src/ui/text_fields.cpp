// The text fields among the widgets (widgets.hpp): a box the canvas draws, and a real field
// of the page over it that shows, selects and takes the text (semantics/semantics.hpp,
// MirrorField).
#include <algorithm>
#include <cfloat>

#include "core/format.hpp"
#include "core/salary_input.hpp"
#include "imgui_internal.h"
#include "ui/fonts.hpp"
#include "ui/rich_text.hpp"
#include "ui/widgets.hpp"

namespace mlguide {

void CopyableText(Ui& ui, const std::string& report_id, const std::string& label, const std::string& text, float width,
                  int lines, bool select) {
  constexpr float kLine = 20, kPadY = 9, kRounding = 8;  // the field's text: kCodeCssFont, 14 px at a line height of 1.45
  const float height = lines <= 1 ? std::max(2 * kPadY + kLine, ui.min_target) : lines * kLine + 2 * kPadY;
  const ImVec2 p = ImGui::GetCursorScreenPos(), size(width, height);
  // A Tab stop of its own (the page's field over it takes the keys): to read it, select it, copy it.
  Semantics sem{Role::TextField, label};
  sem.value_text = text;
  ImGui::PushID(report_id.c_str());
  ClickArea(ui, "field", report_id, size, std::move(sem));
  ImGui::PopID();
  // The box the page's transparent field shows its text in.
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p, p + size, ui.pal.page, kRounding);
  dl->AddRect(p, p + size, ui.pal.border, kRounding);
  MirrorField field{report_id, label, text, p.x, p.y, width, height, lines > 1, select};
  field.fg = ui.pal.text;
  field.border = ui.pal.muted;
  field.font = kCodeCssFont;
  field.pad_x = 10;
  field.pad_y = kPadY - 1;  // inside its 1 px border
  field.radius = kRounding;
  ui.report.AttachField(std::move(field));
}

std::optional<int> AmountField(Ui& ui, const std::string& report_id, const std::string& label, int amount, int max, float width) {
  const Fonts& f = ui.fonts;
  const std::string& symbol = ui.guide.salary.currency_symbol;
  const size_t lines = ui.report.text.size();
  FlowText({{f.small_bold, ui.pal.muted, label}}, width, 1.3f);
  ui.report.Named(lines);
  constexpr float kRounding = 8;
  const float box_w = std::min(width, 220.0f), h = std::max(48.0f, ui.min_target);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  auto draft = ui.state.drafts.find(report_id);
  Semantics sem{Role::TextField, label};
  if (draft != ui.state.drafts.end()) {
    sem.invalid = true;
    sem.description = draft->second.error;
  }
  ImGui::PushID(report_id.c_str());
  ClickArea(ui, "field", report_id, ImVec2(box_w, h), sem);
  ImGui::PopID();
  std::optional<int> out;
  if (std::optional<std::string> typed = TakePageText(ui, report_id)) {
    const AmountParse parsed = ParseAmount(*typed, max, symbol);
    if (parsed.ok) {
      ui.state.drafts.erase(report_id);
      if (parsed.amount != amount) out = parsed.amount;
    } else {
      ui.state.drafts[report_id] = {*typed, parsed.error};
    }
    draft = ui.state.drafts.find(report_id);
  }
  const bool refused = draft != ui.state.drafts.end();
  const int shown = out ? *out : amount;
  const std::string text = refused ? draft->second.text : shown > 0 ? FormatMoney(shown, "") : "";
  // The box and the currency symbol; the page's field over it shows the text, after the symbol.
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p, p + ImVec2(box_w, h), ui.pal.page, kRounding);
  dl->AddRect(p, p + ImVec2(box_w, h), refused ? ui.pal.warning : ui.pal.muted, kRounding, 0, refused ? 2.0f : 1.0f);
  ImFont* sym_font = f.heading;
  const float sym_size = FontSize(sym_font);
  DrawLabel(dl, sym_font, p + ImVec2(12, (h - sym_size) * 0.5f), ui.pal.muted, symbol);
  MirrorField field{report_id, label, text, p.x, p.y, box_w, h};
  field.editable = field.numeric = true;
  field.pad_left = 12 + sym_font->CalcTextSizeA(sym_size, FLT_MAX, 0, symbol.c_str()).x + 4;
  field.fg = ui.pal.text;
  field.font = kFigureCssFont;
  field.pad_x = 10;
  field.pad_y = 8;
  field.radius = kRounding;
  ui.report.AttachField(std::move(field));
  if (refused) {
    const ImVec2 top = ImGui::GetCursorScreenPos();
    FlowText({{f.small_bold, ui.pal.warning, "Not changed: "}, {f.small, ui.pal.warning, draft->second.error}}, width, 1.35f);
    ui.report.Add({report_id + ".error", top, ImVec2(top.x + width, ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y), 0,
                   StatusSemantics("Not changed: " + draft->second.error)});
  }
  return out;
}

}  // namespace mlguide
