// The skill tracker: overall and per-group progress, a next-step hint, and one row per
// skill whose state the reader moves along by click, tap or key. Ids: "tracker",
// "tracker.next", and "skill.<id>" for each skill's control.
#include <algorithm>
#include <cstdio>
#include <optional>

#include "imgui_internal.h"
#include "ui/card.hpp"
#include "ui/panels.hpp"
#include "ui/rich_text.hpp"
#include "ui/widgets.hpp"

namespace mlguide {
namespace {

constexpr float kRowHeight = 44;  // a comfortable target for a finger

// Confident share in accent, learning share in a lighter accent, the rest as track.
void ProgressBar(Ui& ui, const Tally& t, float width, float height) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float r = height * 0.5f;
  dl->AddRectFilled(p, p + ImVec2(width, height), ui.pal.accent_soft, r);
  if (t.total > 0) {
    const float c = width * t.confident / t.total, l = width * t.learning / t.total;
    if (c + l > 0) dl->AddRectFilled(p, p + ImVec2(c + l, height), (ui.pal.accent & 0x00FFFFFF) | 0x66000000, r);
    if (c > 0) dl->AddRectFilled(p, p + ImVec2(c, height), ui.pal.accent, r);
  }
  ImGui::Dummy(ImVec2(width, height));
}

std::string CountLine(const Tally& t) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "%d confident · %d learning · %d not started", t.confident, t.learning, t.not_started());
  return buf;
}

void SkillRow(Ui& ui, const Skill& skill, float width) {
  const Fonts& f = ui.fonts;
  const SkillState state = ui.state.progress.StateOf(skill.id);
  const char* label = SkillStateLabel(state);
  const float size = FontSize(f.small);
  const float label_w = f.small->CalcTextSizeA(size, FLT_MAX, 0, label).x;
  // Long names wrap; the row grows to fit them.
  const float name_w = width - 32 - label_w - 16;
  const float name_h = MeasureRuns({{f.body, ui.pal.text, skill.name}}, name_w, 1.25f);
  const float row_h = std::max(kRowHeight, name_h + 16);

  const ImVec2 p = ImGui::GetCursorScreenPos();
  bool hovered = false;
  ImGui::PushID(skill.id.c_str());
  Semantics sem{Role::Button, skill.name};
  sem.value_text = label;
  // No key hint: a screen reader's browse mode takes 1, 2, 3 for headings, and what a reader in
  // either mode can do is press it (Space, Enter, a double tap). The keys are in the key table.
  sem.description = "Moves it along: Not started, Learning, Confident.";
  if (ui.state.changed_skill == skill.id) sem.announce = ui.state.changed_skill_said;
  const bool advance = ClickArea(ui, "state", "skill." + skill.id, ImVec2(width, row_h), std::move(sem), &hovered);
  std::optional<SkillState> set;
  if (ImGui::IsItemFocused()) {
    // Number keys set a state directly; Space and Enter move it along like a click.
    if (ImGui::IsKeyPressed(ImGuiKey_1, false)) set = SkillState::NotStarted;
    if (ImGui::IsKeyPressed(ImGuiKey_2, false)) set = SkillState::Learning;
    if (ImGui::IsKeyPressed(ImGuiKey_3, false)) set = SkillState::Confident;
  }
  ImGui::PopID();
  if (advance) set = NextSkillState(state);
  if (set && *set != state) {
    ui.state.progress.Set(skill.id, *set, ui.now_ms);
    ui.actions.progress_changed = true;
    const Tally t = TallyAll(ui.guide, ui.state.progress);
    ui.state.changed_skill = skill.id;
    ui.state.changed_skill_said = skill.name + ": " + SkillStateLabel(*set) + ". " + std::to_string(t.confident) + " of " +
                             std::to_string(t.total) + " skills confident.";
    return;  // drawn with its new state on the next frame
  }

  ImDrawList* dl = ImGui::GetWindowDrawList();
  if (hovered) dl->AddRectFilled(p, p + ImVec2(width, row_h), ui.pal.surface_hover, 6);
  StateIcon(dl, p + ImVec2(14, row_h * 0.5f), 8, state, ui.pal);
  dl->AddText(f.small, size, p + ImVec2(width - label_w - 8, (row_h - size) * 0.5f),
              state == SkillState::NotStarted ? ui.pal.muted : ui.pal.accent, label);
  DrawRuns(dl, p + ImVec2(32, (row_h - name_h) * 0.5f), {{f.body, ui.pal.text, skill.name}}, name_w, 1.25f);
}

}  // namespace

void StateIcon(ImDrawList* dl, ImVec2 c, float r, SkillState s, const Palette& pal) {
  switch (s) {
    case SkillState::NotStarted:
      dl->AddCircle(c, r, pal.muted, 24, 1.5f);
      break;
    case SkillState::Learning:
      dl->AddCircle(c, r, pal.accent, 24, 1.5f);
      dl->PathArcTo(c, r - 2.5f, IM_PI * 0.5f, IM_PI * 1.5f, 16);  // left half filled
      dl->PathFillConvex(pal.accent);
      break;
    case SkillState::Confident: {
      dl->AddCircleFilled(c, r, pal.accent, 24);
      const ImVec2 tick[] = {c + ImVec2(-r * 0.45f, 0), c + ImVec2(-r * 0.1f, r * 0.38f), c + ImVec2(r * 0.5f, -r * 0.35f)};
      dl->AddPolyline(tick, 3, pal.on_accent, 0, 1.8f);
      break;
    }
  }
}

void DrawTrackerPanel(Ui& ui, float width) {
  const Fonts& f = ui.fonts;
  Card card(ui.pal, width, CardPaddingFor(width));
  const float inner = card.inner_width();
  Title(ui, "Your skills", "tracker", inner);

  const Tally all = TallyAll(ui.guide, ui.state.progress);
  char headline[64];
  std::snprintf(headline, sizeof headline, "%d of %d confident", all.confident, all.total);
  FlowText({{f.body_bold, ui.pal.text, headline}}, inner);
  ProgressBar(ui, all, inner, 10);
  FlowText({{f.small, ui.pal.muted, CountLine(all)}}, inner, 1.4f);

  const NextStep next = SuggestNextStep(ui.guide, ui.state.progress);
  Space(4);
  if (next.skill) {
    const std::string verb = next.current == SkillState::Learning ? "Keep going with " : "Start on ";
    const std::string tail = next.current == SkillState::Learning ? ", until you are confident." : ".";
    const float h = std::max(MeasureRuns({{f.small_bold, ui.pal.text, "Next step: "}, {f.small, ui.pal.text, verb + next.skill->name + tail}}, inner - 24, 1.4f) + 16,
                             ui.min_target);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    bool hovered = false;
    if (ClickArea(ui, "next", "tracker.next", ImVec2(inner, h), {Role::Button, "Next step: " + verb + next.skill->name + tail}, &hovered))
      ui.state.focus_id = "skill." + next.skill->id;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, p + ImVec2(inner, h), hovered ? ui.pal.surface_hover : ui.pal.accent_soft, 6);
    DrawRuns(dl, p + ImVec2(12, 8), {{f.small_bold, ui.pal.text, "Next step: "}, {f.small, ui.pal.text, verb + next.skill->name + tail}}, inner - 24, 1.4f);
  } else {
    FlowText({{f.small_bold, ui.pal.accent, "Every skill on the list is confident. Well done."}}, inner, 1.4f);
  }
  FlowText({{f.small, ui.pal.muted, "Click a skill, or focus it and press Space, to move it along. Keys 1, 2, 3 set Not started, Learning, Confident."}},
           inner, 1.4f);

  for (const SkillGroup& g : ui.guide.skill_groups) {
    Space(6);
    const Tally t = TallyGroup(g, ui.state.progress);
    char count[32];
    std::snprintf(count, sizeof count, "%d/%d", t.confident, t.total);
    const float size = FontSize(f.small);
    const float count_w = f.small->CalcTextSizeA(size, FLT_MAX, 0, count).x;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    FlowText({{f.body_bold, ui.pal.text, g.title}}, inner - count_w - 8);
    DrawLabel(ImGui::GetWindowDrawList(), f.small, p + ImVec2(inner - count_w, 2), ui.pal.muted, count, false);  // after its group
    ProgressBar(ui, t, inner, 4);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8, 2));
    for (const Skill& s : g.skills) {
      SkillRow(ui, s, inner);
      if (ui.state.came_from == "guide-skill." + s.id &&
          TextButton(ui, "Back to Skills you need", "tracker.back", {false, true})) {  // where the reader followed the link from
        ui.state.focus_id = ui.state.came_from;
        ui.state.came_from.clear();
        ui.actions.state_changed = true;
      }
    }
    ImGui::PopStyleVar();
  }
}

}  // namespace mlguide
