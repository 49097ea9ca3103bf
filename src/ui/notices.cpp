// Notices above the guide: a new version waiting and what happened to saved progress; and
// one-line feedback, floating over the bottom of the view. Ids: "notice.update" (".reload", ".later"), "notice.storage" with its
// buttons ("notice.export-unreadable", "notice.export", "notice.open-page", "notice.dismiss"),
// "notice.message" and "notice.message.ok".
#include <algorithm>

#include "imgui_internal.h"  // the page window: where the view ends, how far its content reaches
#include "ui/card.hpp"
#include "ui/panels.hpp"
#include "ui/rich_text.hpp"
#include "ui/widgets.hpp"

namespace mlguide {
namespace {

// In plain words, about what the reader can do; the browser's own message goes to the
// console (the app logs it).
std::string StorageText(const StoreProblem& p, bool framed) {
  const std::string keep = framed ? "To keep them, export your progress or open the guide on its own page, where it can save."
                                  : "Use Export to keep them.";
  switch (p.kind) {
    case StoreProblem::Kind::Unreadable:
      return "Your saved progress could not be read, so the tracker has started afresh. Nothing was thrown away: the "
             "unreadable copy is kept in this browser, and you can save it as a file. (Details: " + p.reason + ".)";
    case StoreProblem::Kind::PartlyUnreadable:
      return "Part of your saved progress could not be read and was left out: " + p.left_out +
             ". Everything else is kept, and so is the original, in this browser, to save as a file. (Details: " + p.reason + ".)";
    case StoreProblem::Kind::UnreadableNotBackedUp:
      return "Your saved progress could not be read, and this browser would not let the guide keep a copy. It has been "
             "left exactly as it was, and changes you make now are not saved. Save it as a file to keep it safe. (Details: " +
             p.reason + ".)";
    case StoreProblem::Kind::Unavailable:
      return std::string(framed ? "This page does not let the guide save your progress" : "This browser is not letting the guide save your progress") +
             ", so your changes last only while it is open. " + keep;
    case StoreProblem::Kind::SaveFailed:
      return "Your progress could not be saved: the browser refused to store it (its storage for this site may be full). "
             "Your changes last only while this page is open. " + keep;
    default:
      return "";
  }
}

// A tinted box with text and a row of buttons; returns the button pressed, or -1.
int Notice(Ui& ui, const char* id, const std::string& text, const std::vector<ButtonSpec>& buttons, float width) {
  Card card(ui.pal, width, 16);
  card.Highlight(ui.pal.accent_soft);
  const ImVec2 top = ImGui::GetCursorScreenPos();
  FlowText({{ui.fonts.body, ui.pal.text, text}}, card.inner_width());
  ui.report.Add({id, top, ImVec2(top.x + card.inner_width(), ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y), 0,
                              StatusSemantics(text)});
  return ButtonRow(ui, buttons, card.inner_width());
}

}  // namespace

bool MemoryOnly(const StoreProblem& p) {
  return p.kind == StoreProblem::Kind::UnreadableNotBackedUp || p.kind == StoreProblem::Kind::Unavailable ||
         p.kind == StoreProblem::Kind::SaveFailed;
}

void DrawNotices(Ui& ui, float width) {
  AppState& s = ui.state;
  if (s.update_available) {
    const int pressed = Notice(ui, "notice.update", "A new version of the guide is available. Your progress is kept when you switch.",
                               {{"Reload", "notice.update.reload", true}, {"Later", "notice.update.later"}}, width);
    if (pressed == 0) ui.actions.apply_update = true;
    if (pressed >= 0) {
      s.update_available = false;
      ui.actions.state_changed = true;
    }
    Space(kCardGap - ImGui::GetStyle().ItemSpacing.y);
  }
  if (s.storage_notice_open && s.storage.kind != StoreProblem::Kind::None) {
    std::vector<ButtonSpec> buttons;
    if (!s.storage.unreadable.empty()) buttons.push_back({"Save the unreadable copy", "notice.export-unreadable", true});
    if (MemoryOnly(s.storage)) buttons.push_back({"Export progress", "notice.export", s.storage.unreadable.empty()});
    if (MemoryOnly(s.storage) && s.framed) buttons.push_back({"Open on its own page", "notice.open-page"});
    buttons.push_back({"Dismiss", "notice.dismiss"});
    const int pressed = Notice(ui, "notice.storage", StorageText(s.storage, s.framed), buttons, width);
    if (pressed >= 0) {
      const std::string& id = buttons[static_cast<size_t>(pressed)].report_id;
      ui.actions.export_unreadable |= id == "notice.export-unreadable";
      ui.actions.export_progress |= id == "notice.export";
      ui.actions.open_own_page |= id == "notice.open-page";
      if (id == "notice.dismiss") s.storage_notice_open = false;
      ui.actions.state_changed = true;
    }
    Space(kCardGap - ImGui::GetStyle().ItemSpacing.y);
  }
}

void DrawMessage(Ui& ui, float width) {
  AppState& s = ui.state;
  if (s.message.empty()) {
    s.message_height = 0;
    return;
  }
  // Over the bottom of the part of the page the reader sees (embedded, of the band of the frame
  // in the host's window), at its height as last drawn.
  ImGuiWindow* page = ImGui::GetCurrentWindow();
  const ImVec2 resume = ImGui::GetCursorPos();
  const ImVec2 reach = page->DC.CursorMaxPos;
  const float bottom = std::min(page->Size.y, ui.in_view_bottom) - 12;
  const float w = std::min(width, 640.0f);  // a line of feedback, not a banner across both columns
  ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x + (width - w) * 0.5f, page->Pos.y + bottom - s.message_height));
  // Flattened: Tab reaches its button here, after the notices, as if it were in the page.
  ImGui::BeginChild("##message", ImVec2(w, 0), ImGuiChildFlags_AutoResizeY,
                    ImGuiWindowFlags_NavFlattened | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoBackground);
  const bool ok = Notice(ui, "notice.message", s.message, {{"OK", "notice.message.ok"}}, w) == 0;
  ImGui::EndChild();
  s.message_height = ImGui::GetItemRectSize().y;
  // Escape dismisses it too, unless a menu or dialog has the key.
  const bool escape = ImGui::IsKeyPressed(ImGuiKey_Escape, false) && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
  if (ok || escape) {
    s.message.clear();
    ui.actions.state_changed = true;
  }
  // It takes no room in the page: what follows is laid out as if it were not there.
  ImGui::SetCursorPos(resume);
  page->DC.CursorMaxPos = reach;
}

}  // namespace mlguide
