// The page header: title, tagline and the theme switch.
#include <algorithm>

#include <optional>

#include "ui/card.hpp"
#include "ui/panels.hpp"
#include "ui/rich_text.hpp"
#include "ui/widgets.hpp"

namespace mlguide {
namespace {

void ThemeSwitch(Ui& ui) {
  static constexpr const char* kLabels[] = {"Auto", "Light", "Dark"};
  static constexpr const char* kIds[] = {"theme.system", "theme.light", "theme.dark"};
  const int current = static_cast<int>(ThemeOf(ui.state));
  const int picked = Segmented(ui, "Theme", "theme", kLabels, kIds, 3, current);
  if (picked >= 0 && picked != current) {
    SetTheme(ui.state.progress, static_cast<ThemeMode>(picked), ui.now_ms);
    ui.state.theme_override.reset();  // the reader's own choice from now on
    ui.actions.progress_changed = true;
  }
}

// "3 of 12 skills confident": a shortcut to the tracker, at the skill to work on next.
void Readiness(Ui& ui, float width) {
  const Fonts& f = ui.fonts;
  const Tally t = TallyAll(ui.guide, ui.state.progress);
  const std::string counts = std::to_string(t.confident) + " of " + std::to_string(t.total);
  const float size = FontSize(f.small_bold);
  // The longest wording that fits, with the bar while there is room for it.
  float bar_w = 72;
  std::string text;
  const std::string shortest = counts + " confident";
  for (const std::string& candidate : {"Readiness: " + counts + " skills confident" + (t.learning ? ", " + std::to_string(t.learning) + " learning" : ""),
                                       "Readiness: " + counts + " skills confident", shortest, std::string("no bar")}) {
    if (candidate == "no bar") {
      bar_w = 0;
      text = shortest;
      break;
    }
    text = candidate;
    if (bar_w + 12 + f.small_bold->CalcTextSizeA(size, FLT_MAX, 0, text.c_str()).x + 8 <= width) break;
  }
  const float text_w = f.small_bold->CalcTextSizeA(size, FLT_MAX, 0, text.c_str()).x;
  const ImVec2 sz((bar_w > 0 ? bar_w + 12 : 0) + text_w + 8, std::max(size + 12, ui.min_target));  // as wide as what it shows
  const ImVec2 p = ImGui::GetCursorScreenPos();
  bool hovered = false;
  Semantics sem{Role::Button, "Readiness: " + counts + " skills confident, " + std::to_string(t.learning) + " learning"};
  sem.description = "Goes to the next skill to work on";
  if (ClickArea(ui, "readiness", "readiness", sz, std::move(sem), &hovered)) {
    const NextStep next = SuggestNextStep(ui.guide, ui.state.progress);
    ui.state.focus_id = "skill." + (next.skill ? next.skill->id : ui.guide.skill_groups.front().skills.front().id);
  }
  ImDrawList* dl = ImGui::GetWindowDrawList();
  if (hovered) dl->AddRectFilled(p - ImVec2(6, 0), p + sz, ui.pal.surface_hover, 6);
  const ImVec2 bar = p + ImVec2(0, sz.y * 0.5f - 3);
  if (bar_w > 0) {
    dl->AddRectFilled(bar, bar + ImVec2(bar_w, 6), ui.pal.accent_soft, 3);
    if (t.total > 0 && t.confident > 0) dl->AddRectFilled(bar, bar + ImVec2(bar_w * t.confident / t.total, 6), ui.pal.accent, 3);
  }
  dl->AddText(f.small_bold, size, p + ImVec2(bar_w > 0 ? bar_w + 12 : 0, (sz.y - size) * 0.5f), ui.pal.text, text.c_str());
}

}  // namespace

void DrawHeader(Ui& ui, float width) {
  const Fonts& f = ui.fonts;
  const bool wide = width >= kTwoColumnMinWidth - 64;
  ImFont* title = wide ? f.title : f.title_narrow;
  const float controls_w = 300;  // room kept beside the title on wide layouts
  Space(wide ? 36 : 20);
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const size_t lines = ui.report.text.size();
  FlowText({{title, ui.pal.text, ui.guide.title}}, wide ? width - controls_w : width, 1.2f);
  ui.report.Named(lines);
  Semantics heading{Role::Heading, ui.guide.title};
  heading.heading_level = 1;
  ui.report.Add({"title", top, ImVec2(top.x + (wide ? width - controls_w : width), ImGui::GetCursorScreenPos().y), 0, std::move(heading)});
  Space(2);
  FlowText({{f.body, ui.pal.muted, ui.guide.tagline}}, wide ? std::min(width - controls_w, 640.0f) : width);
  Readiness(ui, width);
  if (wide) {
    const ImVec2 after = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(top.x + width - 272, top.y + 4));
    ThemeSwitch(ui);
    ImGui::SameLine(0, 10);
    DrawProgressMenu(ui);
    ImGui::SetCursorScreenPos(after);
  } else {
    Space(4);
    ThemeSwitch(ui);
    ImGui::SameLine(0, 10);
    DrawProgressMenu(ui);
  }
  Space(wide ? 16 : 8);
}

void DrawEmbedHeader(Ui& ui, float width) {
  Space(4);
  {
    Card card(ui.pal, width, 12);
    const float menu_w = ButtonWidth(ui, "Progress", {false, true, true}) + 10;
    const ImVec2 row = ImGui::GetCursorScreenPos();
    Readiness(ui, card.inner_width() - menu_w);
    const ImVec2 after = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(row.x + card.inner_width() - menu_w + 10, row.y - 2));
    DrawProgressMenu(ui);
    ImGui::SetCursorScreenPos(ImVec2(after.x, std::max(after.y, ImGui::GetItemRectMax().y + ImGui::GetStyle().ItemSpacing.y)));
    ImGui::Dummy(ImVec2(0, 0));
  }
  Space(kCardGap - ImGui::GetStyle().ItemSpacing.y);
}

void DrawSourcesFooter(Ui& ui, float width) {
  const Fonts& f = ui.fonts;
  Space(ui.state.embed ? kCardGap - ImGui::GetStyle().ItemSpacing.y : 16);
  // Embedded, text outside a card would sit on the host page's own colours.
  std::optional<Card> card;
  if (ui.state.embed) card.emplace(ui.pal, width, 12);
  const float inner = card ? card->inner_width() : width;
  FlowHeading({{f.small_bold, ui.pal.muted, "Sources"}}, inner, 2);
  for (const Source& s : ui.guide.sources) {
    const std::string rest = ", " + s.date + "." + (s.note.empty() ? "" : " " + s.note);
    const std::string number = "[" + std::to_string(ui.guide.SourceNumber(s.id)) + "] ";
    LinkedText(ui, "sources." + s.id,
               {{f.small, ui.pal.muted, number}, {f.small, s.url.empty() ? ui.pal.muted : ui.pal.accent, s.name, s.url},
                {f.small, ui.pal.muted, rest}},
               inner, 1.4f);
  }
  card.reset();
  ImGui::Dummy(ImVec2(0, ui.state.embed ? 4 : 24));  // an item, not a cursor move: it sets the page's scroll extent
}

}  // namespace mlguide
