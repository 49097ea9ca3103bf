// "At a glance": one headline figure per section that has one (skills, roles, industries,
// salary), each a shortcut that opens and scrolls to its section. Ids: "glance.<section id>".
#include <algorithm>

#include "ui/card.hpp"
#include "ui/panels.hpp"
#include "ui/rich_text.hpp"
#include "ui/widgets.hpp"

namespace mlguide {

void DrawGlanceCard(Ui& ui, float width) {
  const std::vector<GlanceFact> facts = GlanceFacts(ui.guide);
  if (facts.empty()) return;

  const Fonts& f = ui.fonts;
  Card card(ui.pal, width, CardPaddingFor(width));
  const float inner = card.inner_width();
  FlowHeading({{f.small_bold, ui.pal.muted, "At a glance"}}, inner, 2);
  const float gap = 8, cell_w = (inner - gap) * 0.5f;
  // All cells as tall as the tallest: a label may wrap on a narrow screen.
  float label_h = 0;
  for (const GlanceFact& fact : facts) label_h = std::max(label_h, MeasureRuns({{f.small, ui.pal.muted, fact.label}}, cell_w - 24, 1.4f));
  const float cell_h = FontSize(f.heading) * 1.3f + label_h + 20;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (size_t i = 0; i < facts.size(); ++i) {
    const GlanceFact& fact = facts[i];
    const ImVec2 p = origin + ImVec2((i % 2) * (cell_w + gap), (i / 2) * (cell_h + gap));
    ImGui::SetCursorScreenPos(p);
    ImGui::PushID(static_cast<int>(i));
    bool hovered = false;
    const std::string& section_id = ui.guide.sections[static_cast<size_t>(fact.section)].id;
    Semantics sem{Role::Button, fact.value + " " + fact.label};
    sem.description = "Opens " + ui.guide.sections[static_cast<size_t>(fact.section)].title;
    if (ClickArea(ui, "fact", "glance." + section_id, ImVec2(cell_w, cell_h), std::move(sem), &hovered)) {
      ui.state.open[static_cast<size_t>(fact.section)] = true;
      ui.state.scroll_to = fact.section;
      ui.actions.state_changed = true;
    }
    ImGui::PopID();
    dl->AddRectFilled(p, p + ImVec2(cell_w, cell_h), hovered ? ui.pal.surface_hover : ui.pal.page, 8);
    const float y = DrawRuns(dl, p + ImVec2(12, 10), {{f.heading, ui.pal.accent, fact.value}}, cell_w - 24, 1.3f);
    DrawRuns(dl, p + ImVec2(12, 10 + y), {{f.small, ui.pal.muted, fact.label}}, cell_w - 24, 1.4f);
  }
  const size_t rows = (facts.size() + 1) / 2;
  ImGui::SetCursorScreenPos(origin);
  ImGui::Dummy(ImVec2(inner, rows * cell_h + (rows - 1) * gap));
}

}  // namespace mlguide
