// Questions the reader must answer before progress is replaced or reset, and the share
// link. Dear ImGui modal popups, keyboard reachable, Escape cancels.
// Ids: "dialog.reset.confirm", "dialog.replace.confirm", "dialog.share.copy",
// "dialog.cancel" (every dialog's way out).
#include <algorithm>
#include <cstdio>

#include "ui/panels.hpp"
#include "ui/rich_text.hpp"
#include "ui/widgets.hpp"

namespace mlguide {
namespace {

constexpr float kPad = 24;

// Opens the modal `name` while `wanted` holds; returns false when it is not showing.
bool BeginDialog(Ui& ui, const char* name, bool wanted, float& inner_width) {
  if (wanted && !ImGui::IsPopupOpen(name)) ImGui::OpenPopup(name);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float w = std::min(520.0f, vp->Size.x - 24);
  inner_width = w - 2 * kPad;
  // In the middle of what the reader sees: an embedded guide can be much taller than that.
  const float band = std::max(ui.in_view_bottom - ui.in_view_top, std::min(vp->Size.y, 320.0f));
  const float middle = std::clamp((ui.in_view_top + ui.in_view_bottom) * 0.5f, band * 0.5f, vp->Size.y - band * 0.5f);
  ImGui::SetNextWindowPos(ImVec2(vp->GetCenter().x, vp->Pos.y + middle), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(w, 0), ImVec2(w, band - 24));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(kPad, kPad));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 12);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1);
  ImGui::PushStyleColor(ImGuiCol_ModalWindowDimBg, ui.pal.dark ? IM_COL32(0, 0, 0, 150) : IM_COL32(20, 24, 30, 90));
  const bool open = ImGui::BeginPopupModal(name, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize |
                                                              ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove);
  ImGui::PopStyleColor();
  ImGui::PopStyleVar(3);
  return open;
}

// The dialog's answer: a button index, or -1 (Escape counts as the last button).
int Answer(Ui& ui, const std::vector<ButtonSpec>& buttons, float width) {
  Space(8);
  int pressed = ButtonRow(ui, buttons, width);
  if (pressed < 0 && ImGui::IsKeyPressed(ImGuiKey_Escape, false)) pressed = static_cast<int>(buttons.size()) - 1;
  if (pressed >= 0) {
    ImGui::CloseCurrentPopup();
    ui.actions.state_changed = true;
  }
  return pressed;
}

void ResetDialog(Ui& ui) {
  float w = 0;
  if (!BeginDialog(ui, "Reset progress", ui.state.confirm_reset, w)) return;
  const Fonts& f = ui.fonts;
  FlowText({{f.heading, ui.pal.text, "Reset your progress?"}}, w, 1.3f);
  const Tally t = TallyAll(ui.guide, ui.state.progress);
  char text[200];
  std::snprintf(text, sizeof text,
                "All %d skills go back to Not started (you have %d confident and %d learning). Export first if you may want them back.",
                t.total, t.confident, t.learning);
  FlowText({{f.body, ui.pal.text, text}}, w);
  const int a = Answer(ui, {{"Reset progress", "dialog.reset.confirm", true}, {"Cancel", "dialog.cancel"}}, w);
  if (a == 0) {
    ReplaceStates(ui.state.progress, ui.guide, Progress{}, ui.now_ms);
    ui.actions.progress_changed = true;
    ui.state.message = "Your progress was reset.";
  }
  if (a >= 0) ui.state.confirm_reset = false;
  ImGui::EndPopup();
}

void ReplaceDialog(Ui& ui) {
  float w = 0;
  const bool from_link = ui.state.offer && ui.state.offer->from == ReplaceOffer::From::Link;
  if (!BeginDialog(ui, "Replace progress", ui.state.offer.has_value(), w)) return;
  if (!ui.state.offer) {  // withdrawn from elsewhere
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  const Fonts& f = ui.fonts;
  const Progress& incoming = ui.state.offer->incoming;
  FlowText({{f.heading, ui.pal.text, from_link ? "Use the progress in this link?" : "Import this progress?"}}, w, 1.3f);
  const Tally theirs = TallyAll(ui.guide, incoming), mine = TallyAll(ui.guide, ui.state.progress);
  char text[240];
  std::snprintf(text, sizeof text, "%s %d confident and %d learning; you have %d confident and %d learning. It would change:",
                from_link ? "The link has" : "The file has", theirs.confident, theirs.learning, mine.confident, mine.learning);
  FlowText({{f.body, ui.pal.text, text}}, w);
  for (const StateChange& c : Diff(ui.guide, ui.state.progress, incoming))
    FlowText({{f.small_bold, ui.pal.text, c.skill->name + ": "},
              {f.small, ui.pal.muted, std::string(SkillStateLabel(c.from)) + " → " + SkillStateLabel(c.to)}},
             w, 1.35f);
  FlowText({{f.small, ui.pal.muted, "Nothing changes unless you choose to replace your progress."}}, w, 1.4f);
  const int a = Answer(ui, {{"Replace my progress", "dialog.replace.confirm", true}, {"Keep mine", "dialog.cancel"}}, w);
  if (a == 0) {
    ReplaceStates(ui.state.progress, ui.guide, incoming, ui.now_ms);
    ui.actions.progress_changed = true;
    ui.state.message = from_link ? "You are now using the progress from the link." : "Your progress was replaced by the imported file.";
  }
  if (a >= 0) {
    ui.actions.forget_shared_link |= from_link;
    ui.state.offer.reset();
  }
  ImGui::EndPopup();
}

void ShareDialog(Ui& ui) {
  float w = 0;
  if (!BeginDialog(ui, "Share progress", !ui.state.share_url.empty(), w)) return;
  const Fonts& f = ui.fonts;
  FlowText({{f.heading, ui.pal.text, "Share your progress"}}, w, 1.3f);
  FlowText({{f.body, ui.pal.text,
             "This link carries your skill states; whoever opens it is asked before anything replaces theirs. The progress "
             "travels after the # of the link, a part browsers never send to a server. It has been copied for you."}},
           w);
  ImGui::PushItemWidth(w);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(10, std::max(6.0f, (ui.min_target - FontSize(f.body)) * 0.5f)));
  ImGui::PushStyleColor(ImGuiCol_FrameBg, ui.pal.page);
  std::string& url = ui.state.share_url;
  ImGui::InputText("##share-url", url.data(), url.size() + 1, ImGuiInputTextFlags_ReadOnly | ImGuiInputTextFlags_AutoSelectAll);
  ui.report.AddLastItem("dialog.share.url");
  ImGui::PopStyleColor();
  ImGui::PopStyleVar(2);
  ImGui::PopItemWidth();
  const int a = Answer(ui, {{"Copy again", "dialog.share.copy", true}, {"Close", "dialog.cancel"}}, w);
  if (a == 0) ui.actions.copy_text = url;
  if (a >= 0) url.clear();
  ImGui::EndPopup();
}

// What the guide is, where its facts come from, what it is built with and under which
// licences, and which build this is.
void AboutDialog(Ui& ui) {
  float w = 0;
  if (!BeginDialog(ui, "About", ui.state.about_open, w)) return;
  const Fonts& f = ui.fonts;
  Title(ui, "About this guide", "dialog.about", w);
  FlowText({{f.body, ui.pal.text,
             "An interactive guide to the machine learning engineer role, rewritten from a UK careers article. It runs entirely "
             "in your browser: your progress stays on this device unless you export or share it."}},
           w);
  Space(4);
  FlowText({{f.body_bold, ui.pal.text, "Sources"}}, w);
  for (const Source& s : ui.guide.sources)
    FlowText({{f.small_bold, ui.pal.text, s.name}, {f.small, ui.pal.muted, ", " + s.date + "." + (s.note.empty() ? "" : " " + s.note)}}, w, 1.4f);
  Space(4);
  FlowText({{f.body_bold, ui.pal.text, "Built with"}}, w);
  static constexpr const char* kCredits[] = {
      "Dear ImGui 1.90.1 by Omar Cornut and contributors, MIT licence.",
      "JSON for Modern C++ (nlohmann/json) by Niels Lohmann, MIT licence.",
      "Inter typeface by Rasmus Andersson, SIL Open Font License 1.1.",
      "Emscripten runtime, MIT licence.",
  };
  for (const char* c : kCredits) FlowText({{f.small, ui.pal.muted, c}}, w, 1.4f);
  Space(4);
  FlowText({{f.body_bold, ui.pal.text, "Put the guide on your site"}}, w);
  FlowText({{f.small, ui.pal.muted,
             "Copy the embed code and paste it into your page: an <iframe> that sizes itself to the guide. In WordPress, "
             "paste the guide's address on its own line instead."}},
           w, 1.4f);
  if (TextButton(ui, "Copy embed code", "dialog.about.embed")) ui.actions.copy_embed_code = true;
  Space(4);
  FlowText({{f.small_bold, ui.pal.muted, "Version "}, {f.small, ui.pal.muted, ui.version}}, w, 1.4f);
  if (Answer(ui, {{"Close", "dialog.cancel", true}}, w) >= 0) ui.state.about_open = false;
  ImGui::EndPopup();
}

// Every key the guide answers to.
void KeysDialog(Ui& ui) {
  float w = 0;
  if (!BeginDialog(ui, "Keyboard shortcuts", ui.state.keys_open, w)) return;
  const Fonts& f = ui.fonts;
  Title(ui, "Keyboard shortcuts", "dialog.keys", w);
  static constexpr const char* kKeys[][2] = {
      {"Tab, Shift+Tab", "Move between panels, skills and buttons. After the last one, Tab leaves the guide for the rest of the page."},
      {"Arrow keys", "Move to a nearby control. On the salary slider: £1,000 down or up."},
      {"Enter, Space", "Open or close a panel, move a skill along, press a button."},
      {"1, 2, 3", "Set the focused skill to Not started, Learning or Confident."},
      {"Page Up, Page Down", "On the salary slider: £5,000 up or down. Elsewhere: scroll the page."},
      {"Home, End", "On the salary slider: the bottom or the top of the scale."},
      {"Escape", "Close a dialog or the menu."},
  };
  const float key_w = std::min(150.0f, w * 0.38f);
  for (const auto& k : kKeys) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    DrawRuns(ImGui::GetWindowDrawList(), p, {{f.small_bold, ui.pal.text, k[0]}}, key_w - 8, 1.4f);
    ImGui::Indent(key_w);
    FlowText({{f.small, ui.pal.text, k[1]}}, w - key_w, 1.4f);
    ImGui::Unindent(key_w);
  }
  if (Answer(ui, {{"Close", "dialog.cancel", true}}, w) >= 0) ui.state.keys_open = false;
  ImGui::EndPopup();
}

}  // namespace

void DrawDialogs(Ui& ui) {
  ResetDialog(ui);
  ReplaceDialog(ui);
  ShareDialog(ui);
  AboutDialog(ui);
  KeysDialog(ui);
}

}  // namespace mlguide
