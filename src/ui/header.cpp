// The page header: title, tagline and the theme switch.
#include "ui/panels.hpp"
#include "ui/rich_text.hpp"
#include "ui/widgets.hpp"

namespace mlguide {
namespace {

void ThemeSwitch(Ui& ui) {
  static constexpr const char* kLabels[] = {"Auto", "Light", "Dark"};
  static constexpr const char* kIds[] = {"theme.system", "theme.light", "theme.dark"};
  const int picked = Segmented(ui, kLabels, kIds, 3, static_cast<int>(ui.state.theme));
  if (picked >= 0 && picked != static_cast<int>(ui.state.theme)) {
    ui.state.theme = static_cast<ThemeMode>(picked);
    ui.actions.state_changed = true;
  }
}

}  // namespace

void DrawHeader(Ui& ui, float width) {
  const Fonts& f = ui.fonts;
  const bool wide = width >= kTwoColumnMinWidth - 64;
  ImFont* title = wide ? f.title : f.title_narrow;
  const float switch_w = 190;  // room kept beside the title on wide layouts
  Space(wide ? 36 : 20);
  const ImVec2 top = ImGui::GetCursorScreenPos();
  FlowText({{title, ui.pal.text, ui.guide.title}}, wide ? width - switch_w : width, 1.2f);
  Space(2);
  FlowText({{f.body, ui.pal.muted, ui.guide.tagline}}, wide ? std::min(width - switch_w, 640.0f) : width);
  if (wide) {
    const ImVec2 after = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(top.x + width - 164, top.y + 4));
    ThemeSwitch(ui);
    ImGui::SetCursorScreenPos(after);
  } else {
    Space(4);
    ThemeSwitch(ui);
  }
  Space(wide ? 16 : 8);
}

void DrawSourcesFooter(Ui& ui, float width) {
  const Fonts& f = ui.fonts;
  Space(16);
  FlowText({{f.small_bold, ui.pal.muted, "Sources"}}, width);
  for (const Source& s : ui.guide.sources)
    FlowText({{f.small, ui.pal.muted, s.name + ", " + s.date + "." + (s.note.empty() ? "" : " " + s.note)}}, width, 1.4f);
  ImGui::Dummy(ImVec2(0, 24));  // an item, not a cursor move: it sets the page's scroll extent
}

}  // namespace mlguide
