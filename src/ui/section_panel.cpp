// A guide section as a collapsible card: the header (title and one-line summary) toggles
// the body. Header ids are "panel.<section id>"; an open body also reports "panel.<id>.body".
#include "imgui_internal.h"
#include "ui/card.hpp"
#include "ui/panels.hpp"
#include "ui/rich_text.hpp"
#include "ui/widgets.hpp"

namespace mlguide {

void DrawSectionPanel(Ui& ui, int index, float width) {
  const Section& s = ui.guide.sections[static_cast<size_t>(index)];
  const bool narrow = width < 520;
  const float pad = CardPaddingFor(width);
  const float chevron_w = 26;
  const float text_w = width - 2 * pad - chevron_w;
  const Fonts& f = ui.fonts;

  ImGui::PushID(s.id.c_str());
  {
  Card card(ui.pal, width, 0);

  const float title_h = MeasureRuns({{f.heading, ui.pal.text, s.title}}, text_w, 1.3f);
  const float summary_h = MeasureRuns({{f.body, ui.pal.muted, s.summary}}, text_w, 1.4f);
  const float v_pad = narrow ? 14 : 16;
  const float header_h = v_pad + title_h + 2 + summary_h + v_pad;
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  bool hovered = false;
  bool open = ui.state.open[static_cast<size_t>(index)];
  Semantics sem{Role::Button, s.title, s.summary};
  sem.expanded = open ? Semantics::Toggle::On : Semantics::Toggle::Off;
  sem.heading_level = 2;
  if (!open) sem.text_from = s.id;  // the page's text version of the section, to find in
  if (ClickArea(ui, "header", "panel." + s.id, ImVec2(width, header_h), std::move(sem), &hovered)) {
    open = !open;
    ui.state.open[static_cast<size_t>(index)] = open;
    ui.actions.state_changed = true;
  }
  if (ui.state.scroll_to == index) {
    ImGui::SetScrollHereY(0.0f);
    ImGui::SetFocusID(ImGui::GetItemID(), ImGui::GetCurrentWindow());
    ui.state.scroll_to = -1;
  }

  ImDrawList* dl = ImGui::GetWindowDrawList();
  if (hovered)
    dl->AddRectFilled(p0, p0 + ImVec2(width, header_h), ui.pal.surface_hover, kCardRounding,
                      open ? ImDrawFlags_RoundCornersTop : ImDrawFlags_RoundCornersAll);
  const float title_line = FontSize(f.heading) * 1.3f;
  Chevron(dl, p0 + ImVec2(pad + 7, v_pad + title_line * 0.5f), 11, open, ui.pal.muted);
  const ImVec2 text_at = p0 + ImVec2(pad + chevron_w, v_pad);
  DrawRuns(dl, text_at, {{f.heading, ui.pal.text, s.title}}, text_w, 1.3f);
  DrawRuns(dl, text_at + ImVec2(0, title_h + 2), {{f.body, ui.pal.muted, s.summary}}, text_w, 1.4f);

  if (open) {
    const float y = ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y;
    dl->AddLine(ImVec2(p0.x + pad, y), ImVec2(p0.x + width - pad, y), ui.pal.border);
    const ImVec2 body_min = ImGui::GetCursorScreenPos();
    ImGui::Indent(pad);
    Space(pad - ImGui::GetStyle().ItemSpacing.y);
    for (const Block& b : s.blocks) DrawBlock(ui, b, width - 2 * pad);
    Space(pad - ImGui::GetStyle().ItemSpacing.y);
    ImGui::Unindent(pad);
    ui.report.Add({"panel." + s.id + ".body", body_min, ImVec2(body_min.x + width, ImGui::GetCursorScreenPos().y)});
  }
  }  // card
  ImGui::PopID();
}

}  // namespace mlguide
