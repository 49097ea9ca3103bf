// Questions the reader must answer before progress is replaced or reset, and the share
// link. Dear ImGui modal popups, keyboard reachable, Escape cancels.
// Ids: "dialog.reset.confirm", "dialog.replace.confirm", "dialog.takeaway.text" (a real text
// field of the page), "dialog.takeaway.copy", "dialog.takeaway.download",
// "dialog.takeaway.<copying|copied|refused|download-asked|file-name>" (what happened),
// "dialog.cancel" (every dialog's way out).
#include <algorithm>
#include <cstdio>

#include "core/format.hpp"
#include "core/pay_breakdown.hpp"
#include "imgui_internal.h"  // the dialog's window, for its rectangle
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
  if (open) {  // the dialog itself: what it reports until EndDialog is inside it
    const ImGuiWindow* w = ImGui::GetCurrentWindowRead();
    // Its first frame only measures it: not yet a dialog to the page (the app holds the page's
    // tree until it is one, so the focus goes straight into it).
    const bool measuring = w->HiddenFramesCannotSkipItems > 0 || w->HiddenFramesCanSkipItems > 0;
    Semantics sem{measuring ? Role::None : Role::Dialog, name};
    sem.modal = true;
    ui.report.BeginContainer({"dialog", w->Pos, w->Pos + w->Size, 0, std::move(sem)});
    // What it says scrolls when the window is too short for it; its answer (Answer) stays below.
    const float answer_h = 8 + std::max(36.0f, ui.min_target) + ImGui::GetStyle().ItemSpacing.y;
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, std::max(80.0f, band - 24 - 2 * kPad - answer_h)));
    // On the dialog's own colour, with a thin scroll bar in its right margin, beside the text.
    constexpr float kBar = 8;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_ScrollbarBg, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_ScrollbarSize, kBar);
    ImGui::BeginChild("##body", ImVec2(inner_width + kBar + 2, 0), ImGuiChildFlags_AutoResizeY, ImGuiWindowFlags_NavFlattened);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
  }
  return open;
}

// Ends what the dialog says, where it was still open (Answer ends it before the buttons).
void EndDialogBody() {
  if (ImGui::GetCurrentWindowRead()->Flags & ImGuiWindowFlags_ChildWindow) ImGui::EndChild();
}

void EndDialog(Ui& ui) {
  EndDialogBody();
  ui.report.EndContainer();
  ImGui::EndPopup();
}

// The dialog's answer: a button index, or -1 (Escape counts as the last button). The first
// `stay_open` buttons act without closing the dialog.
int Answer(Ui& ui, const std::vector<ButtonSpec>& buttons, float width, int stay_open = 0) {
  EndDialogBody();
  Space(8);
  int pressed = ButtonRow(ui, buttons, width);
  if (pressed < 0 && ImGui::IsKeyPressed(ImGuiKey_Escape, false)) pressed = static_cast<int>(buttons.size()) - 1;
  if (pressed >= 0) ui.actions.state_changed = true;
  if (pressed >= stay_open) ImGui::CloseCurrentPopup();
  return pressed;
}

void ResetDialog(Ui& ui) {
  float w = 0;
  if (!BeginDialog(ui, "Reset progress", ui.state.confirm_reset, w)) return;
  const Fonts& f = ui.fonts;
  Title(ui, "Reset your progress?", "dialog.reset", w);
  const Tally t = TallyAll(ui.guide, ui.state.progress);
  char text[200];
  std::snprintf(text, sizeof text,
                "All %d skills go back to Not started (you have %d confident and %d learning). Export first if you may want them back.",
                t.total, t.confident, t.learning);
  FlowText({{f.body, ui.pal.text, text}}, w);
  const int a = Answer(ui, {{"Reset progress", "dialog.reset.confirm", true}, {"Cancel", "dialog.cancel", false, true}}, w);
  if (a == 0) {
    ReplaceStates(ui.state.progress, ui.guide, Progress{}, ui.now_ms);
    ui.actions.progress_changed = true;
    ui.state.message = "Your progress was reset.";
  }
  if (a >= 0) ui.state.confirm_reset = false;
  EndDialog(ui);
}

void ReplaceDialog(Ui& ui) {
  float w = 0;
  const bool from_link = ui.state.offer && ui.state.offer->from == ReplaceOffer::From::Link;
  if (!BeginDialog(ui, "Replace progress", ui.state.offer.has_value(), w)) return;
  if (!ui.state.offer) {  // withdrawn from elsewhere
    ImGui::CloseCurrentPopup();
    EndDialog(ui);
    return;
  }
  const Fonts& f = ui.fonts;
  const Progress& incoming = ui.state.offer->incoming;
  Title(ui, from_link ? "Use the progress in this link?" : "Import this progress?", "dialog.replace", w);
  const Tally theirs = TallyAll(ui.guide, incoming), mine = TallyAll(ui.guide, ui.state.progress);
  char text[240];
  std::snprintf(text, sizeof text, "%s %d confident and %d learning; you have %d confident and %d learning. It would change:",
                from_link ? "The link has" : "The file has", theirs.confident, theirs.learning, mine.confident, mine.learning);
  FlowText({{f.body, ui.pal.text, text}}, w);
  for (const StateChange& c : Diff(ui.guide, ui.state.progress, incoming))
    FlowText({{f.small_bold, ui.pal.text, c.skill->name + ": "},
              {f.small, ui.pal.muted, std::string(SkillStateLabel(c.from)) + " → " + SkillStateLabel(c.to)}},
             w, 1.35f);
  // The salary explorer's choices, when they come along and differ.
  const Salary& s = ui.guide.salary;
  if (incoming.salary.amount > 0 && !incoming.salary.SameChoice(ui.state.progress.salary)) {
    auto say = [&](const SalaryChoice& c) { return DescribeSalaryChoice(s, c, ui.today); };
    FlowText({{f.small_bold, ui.pal.text, "Salary explorer: "},
              {f.small, ui.pal.muted, say(ui.state.progress.salary) + " → " + say(incoming.salary)}},
             w, 1.35f);
  }
  FlowText({{f.small, ui.pal.muted, "Nothing changes unless you choose to replace your progress."}}, w, 1.4f);
  const int a = Answer(ui, {{"Replace my progress", "dialog.replace.confirm", true}, {"Keep mine", "dialog.cancel", false, true}}, w);
  if (a == 0) {
    ReplaceStates(ui.state.progress, ui.guide, incoming, ui.now_ms);
    ui.actions.progress_changed = true;
    ui.state.message = from_link ? "You are now using the progress from the link." : "Your progress was replaced by the imported file.";
  }
  if (a >= 0) {
    ui.actions.forget_shared_link |= from_link;
    ui.state.offer.reset();
  }
  EndDialog(ui);
}

// What each kind of take-away says. The copy button's label is for a first try.
struct TakeAwayWords {
  const char* title;
  const char* body;
  const char* field_label;
  const char* copy_label;
  int lines;  // of the text field
};

TakeAwayWords WordsFor(TakeAway::What what) {
  switch (what) {
    case TakeAway::What::ShareLink:
      return {"Share your progress",
              "This link carries your skill states; whoever opens it is asked before anything replaces theirs. The "
              "progress travels after the # of the link, a part browsers never send to a server.",
              "Link to your progress", "Copy link", 1};
    case TakeAway::What::EmbedCode:
      return {"Put the guide on your site",
              "Paste this into your page’s HTML: the guide in an iframe that sizes itself to fit. In WordPress, paste "
              "the guide’s address on its own line instead.",
              "Embed code", "Copy code", 4};
    case TakeAway::What::ProgressFile:
      return {"Export your progress",
              "Pages that show the guide inside them can stop it from saving files, and the browser does not say when "
              "they do. To keep your progress, copy the text below into a file; Import reads it back.",
              "Your progress as text", "Copy text", 6};
    case TakeAway::What::Address:
    default:
      return {"Open this address",
              "This page did not let the guide open a new tab. Copy the address and open it in your browser.", "Address",
              "Copy address", 1};
  }
}

// What happened when the reader asked to copy or save, as the browser answered; nothing is
// claimed before that answer. Reported as "dialog.takeaway.<status>".
void TakeAwayStatus(Ui& ui, const TakeAway& t, float w) {
  std::string text, id;
  switch (t.copy) {
    case TakeAway::Copy::Copying: text = "Copying…"; id = "copying"; break;
    case TakeAway::Copy::Copied: text = "Copied to your clipboard."; id = "copied"; break;
    case TakeAway::Copy::Refused:
      text = "The browser did not let the guide copy it here. It is selected above: press Ctrl+C (Cmd+C on a Mac), or "
             "touch and hold it and choose Copy.";
      id = "refused";
      break;
    case TakeAway::Copy::NotAsked:
      if (t.download_asked) {
        text = "Your browser was asked to save " + t.file_name + ". If no file appeared, this page blocks downloads: copy the text instead.";
        id = "download-asked";
      } else if (t.what == TakeAway::What::ProgressFile) {
        text = "Save it as " + t.file_name + ".";
        id = "file-name";
      }
      break;
  }
  if (text.empty()) return;
  const size_t from = ui.report.widgets.size();
  FlowText({{ui.fonts.small, t.copy == TakeAway::Copy::Refused ? ui.pal.text : ui.pal.muted, text}}, w, 1.4f);
  ui.report.Claim(from, "dialog.takeaway." + id, StatusSemantics(text));
}

// A share link, the embed code, progress to save by hand, an address to open: in a real text
// field of the page, selected for the reader whenever the browser would not copy it.
void TakeAwayDialog(Ui& ui) {
  float w = 0;
  if (!BeginDialog(ui, "Take away", ui.state.take_away.has_value(), w)) return;
  if (!ui.state.take_away) {  // withdrawn from elsewhere
    ImGui::CloseCurrentPopup();
    EndDialog(ui);
    return;
  }
  TakeAway& t = *ui.state.take_away;
  const TakeAwayWords words = WordsFor(t.what);
  Title(ui, words.title, "dialog.takeaway", w);
  FlowText({{ui.fonts.body, ui.pal.text, words.body}}, w);
  Space(4);
  const bool by_hand = t.copy == TakeAway::Copy::Refused || t.what == TakeAway::What::ProgressFile || t.what == TakeAway::What::Address;
  CopyableText(ui, "dialog.takeaway.text", words.field_label, t.text, w, words.lines, by_hand);
  TakeAwayStatus(ui, t, w);
  // The focus starts on Copy; on the field when its text is there to copy by hand.
  std::vector<ButtonSpec> buttons{{t.copy == TakeAway::Copy::NotAsked ? words.copy_label : "Copy again", "dialog.takeaway.copy",
                                   t.copy != TakeAway::Copy::Copied, !by_hand}};
  if (t.what == TakeAway::What::ProgressFile) buttons.push_back({"Try to download", "dialog.takeaway.download"});
  buttons.push_back({"Close", "dialog.cancel", t.copy == TakeAway::Copy::Copied});
  const int a = Answer(ui, buttons, w, static_cast<int>(buttons.size()) - 1);
  const std::string picked = a >= 0 ? buttons[static_cast<size_t>(a)].report_id : "";
  ui.actions.copy_take_away |= picked == "dialog.takeaway.copy";
  ui.actions.download_take_away |= picked == "dialog.takeaway.download";
  if (picked == "dialog.cancel") ui.state.take_away.reset();
  EndDialog(ui);
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
    LinkedText(ui, "about.source." + s.id,
               {{f.small, ui.pal.muted, "[" + std::to_string(ui.guide.SourceNumber(s.id)) + "] "},
                {f.small_bold, s.url.empty() ? ui.pal.text : ui.pal.accent, s.name, s.url},
                {f.small, ui.pal.muted, ", " + s.date + "." + (s.note.empty() ? "" : " " + s.note)}},
               w, 1.4f);
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
             "paste the guide’s address on its own line instead."}},
           w, 1.4f);
  if (TextButton(ui, "Copy embed code", "dialog.about.embed")) {
    ui.actions.copy_embed_code = true;
    ui.state.about_open = false;  // the code's own dialog takes its place
    ImGui::CloseCurrentPopup();
  }
  Space(4);
  FlowText({{f.small_bold, ui.pal.muted, "Version "}, {f.small, ui.pal.muted, ui.version}}, w, 1.4f);
  // The focus starts on Close, not on the first source: a link is announced without the dialog around it.
  if (Answer(ui, {{"Close", "dialog.cancel", true, true}}, w) >= 0) ui.state.about_open = false;
  EndDialog(ui);
}

// Every key the guide answers to.
void KeysDialog(Ui& ui) {
  float w = 0;
  if (!BeginDialog(ui, "Keyboard shortcuts", ui.state.keys_open, w)) return;
  const Fonts& f = ui.fonts;
  Title(ui, "Keyboard shortcuts", "dialog.keys", w);
  static constexpr const char* kKeys[][2] = {
      {"Tab, Shift+Tab", "Move between panels, skills and buttons. After the last one, Tab leaves the guide for the rest of the page."},
      {"Space, Shift+Space", "Scroll down or up a screen, unless a button has the focus: then Space presses it."},
      {"Arrow keys", "Scroll a line. In a row of choices (the theme, where you live): the next choice. On the salary slider: £1,000 down or up. In the menu: the next item."},
      {"Enter, Space", "Open or close a panel, move a skill along, press a button."},
      {"Figures, Enter", "In a salary field: type a salary in pounds, then Enter (or Tab away) to use it."},
      {"1, 2, 3", "Set the focused skill to Not started, Learning or Confident."},
      {"Page Up, Page Down", "On the salary slider: £5,000 up or down. Elsewhere: scroll the page."},
      {"Home, End", "Go to the top or the end of the guide. On the salary slider: the bottom or the top of the scale."},
      {"Escape", "Close a dialog or the menu."},
  };
  const float key_w = std::min(150.0f, w * 0.38f);
  // A table to assistive technology: a row per key, named by its key.
  ui.report.BeginContainer({"dialog.keys.table", {}, {}, 0, {Role::Table, "Keyboard shortcuts"}});
  int row = 0;
  for (const auto& k : kKeys) {
    const std::string id = "dialog.keys." + std::to_string(++row);
    ui.report.BeginContainer({id, {}, {}, 0, {Role::Row}});
    const ImVec2 p = ImGui::GetCursorScreenPos();
    size_t from = ui.report.widgets.size();
    DrawRuns(ImGui::GetWindowDrawList(), p, {{f.small_bold, ui.pal.text, k[0]}}, key_w - 8, 1.4f);
    ui.report.Claim(from, id + ".keys", {Role::RowHeader});
    ImGui::Indent(key_w);
    from = ui.report.widgets.size();
    FlowText({{f.small, ui.pal.text, k[1]}}, w - key_w, 1.4f);
    ui.report.Claim(from, id + ".does", {Role::Cell});
    ImGui::Unindent(key_w);
    ui.report.EndContainer();
  }
  ui.report.EndContainer();
  if (Answer(ui, {{"Close", "dialog.cancel", true}}, w) >= 0) ui.state.keys_open = false;
  EndDialog(ui);
}

}  // namespace

bool DialogWanted(const AppState& s) {
  return s.confirm_reset || s.offer.has_value() || s.take_away.has_value() || s.about_open || s.keys_open;
}

void DrawDialogs(Ui& ui) {
  ResetDialog(ui);
  ReplaceDialog(ui);
  TakeAwayDialog(ui);
  AboutDialog(ui);
  KeysDialog(ui);
}

}  // namespace mlguide
