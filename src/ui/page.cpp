#include "ui/page.hpp"

#include <algorithm>

#include "imgui_internal.h"  // FindWindowByName
#include "ui/fonts.hpp"
#include "ui/panels.hpp"
#include "ui/widgets.hpp"

namespace mlguide {
namespace {

// Further than any content reaches: Begin() clamps a scroll to the content (Home, End and a
// first frame, which does not yet know how far the content goes, ask for more).
constexpr float kFarDown = 1e6f;

void DrawGuidePanels(Ui& ui, float width) {
  for (int i = 0; i < static_cast<int>(ui.guide.sections.size()); ++i) {
    DrawSectionPanel(ui, i, width);
    Space(kCardGap - ImGui::GetStyle().ItemSpacing.y);
  }
}

// An embedded guide in a frame shorter than itself (WordPress caps its frames at 1000 px)
// scrolls inside: while there is more below, a button at the bottom edge says so and shows
// the next part. A window of its own, so its clicks never reach the card beneath.
void DrawMoreBelow(Ui& ui, float scroll_left) {
  if (!ui.state.embed || scroll_left < 4 || ImGui::GetTopMostPopupModal() != nullptr || !ui.state.message.empty()) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const char* label = "More below";
  ImFont* font = ui.fonts.small_bold;
  const float text_w = font->CalcTextSizeA(FontSize(font), FLT_MAX, 0, label).x;
  const ImVec2 size(text_w + 52, std::max(32.0f, ui.min_target));
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y - 10), ImGuiCond_Always, ImVec2(0.5f, 1));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
  ImGui::Begin("##more-below", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoNav |
                                           ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                                           ImGuiWindowFlags_NoFocusOnAppearing);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  bool hovered = false;
  if (ClickArea(ui, "##more", "more-below", size, {Role::Button, label}, &hovered)) {
    ImGuiWindow* page = ImGui::FindWindowByName("##page");
    ImGui::SetScrollY(page, page->Scroll.y + vp->Size.y * 0.8f);
    ui.actions.state_changed = true;
  }
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p + ImVec2(0, 2), p + size + ImVec2(0, 2), IM_COL32(0, 0, 0, 40), size.y * 0.5f);  // a soft shadow
  dl->AddRectFilled(p, p + size, hovered ? ui.pal.text : ui.pal.accent, size.y * 0.5f);
  const float fs = FontSize(font);
  dl->AddText(font, fs, p + ImVec2(18, (size.y - fs) * 0.5f - 1), ui.pal.on_accent, label);
  Chevron(dl, p + ImVec2(size.x - 20, size.y * 0.5f), 10, true, ui.pal.on_accent);
  ImGui::End();
  ImGui::PopStyleVar(2);
}

}  // namespace

void DrawPage(Ui& ui) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->Pos);
  ImGui::SetNextWindowSize(vp->Size);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus;
  // A scroll asked for since the last frame shows in this one (the reading keys, the focus kept
  // in view, arriving where the page's text was).
  if (ui.state.scroll_by != 0) {
    if (const ImGuiWindow* page = ImGui::FindWindowByName("##page"))
      ImGui::SetNextWindowScroll(ImVec2(-1, std::clamp(page->Scroll.y + ui.state.scroll_by, 0.0f, kFarDown)));
    ui.state.scroll_by = 0;
    ui.actions.state_changed = true;
  }
  // Embedded, the host page shows around the cards.
  if (ui.state.embed) ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(0, 0, 0, 0));
  ImGui::Begin("##page", nullptr, flags);
  if (ui.state.embed) ImGui::PopStyleColor();
  ui.report.text_window = ImGui::GetCurrentWindow()->ID;  // its text is the page's text layer
  ui.report.dark = ui.pal.dark;

  const float view_w = vp->Size.x - ImGui::GetStyle().ScrollbarSize;
  const bool wide = vp->Size.x >= kTwoColumnMinWidth;
  const float margin = ui.state.embed ? 4 : wide ? 32 : 12;
  const float content_w = std::min(view_w - 2 * margin, kMaxContentWidth);
  const float left = std::max(margin, (view_w - content_w) * 0.5f);
  ImGui::Indent(left);

  if (ui.state.embed) DrawEmbedHeader(ui, content_w);
  else DrawHeader(ui, content_w);
  {
    // Scroll anchoring, as browsers do it: a notice that comes or goes above what the reader
    // is reading moves the content under it, so the page scrolls by as much and the words in
    // view stay put. At the very top there is nothing to hold (the reader sees the notice).
    const float top = ImGui::GetCursorPosY();
    DrawNotices(ui, content_w);
    const float height = ImGui::GetCursorPosY() - top;
    const float grew = height - ui.state.notices_height;
    if (ui.state.notices_height >= 0 && grew != 0 && ImGui::GetScrollY() > top) {
      ui.state.scroll_by += grew;
      ui.actions.state_changed = true;
    }
    ui.state.notices_height = height;
  }
  DrawMessage(ui, content_w);
  if (wide) {
    const float gap = 24;
    const float side_w = std::clamp(content_w * 0.34f, 280.0f, 380.0f);
    const float main_w = content_w - gap - side_w;
    // The guide and the salary explorer read down the main column; the tracker beside them.
    // (The explorer in the side column left the main one blank for screens below the panels.)
    const float top = ImGui::GetCursorPosY();
    DrawGuidePanels(ui, main_w);
    DrawSalaryPanel(ui, main_w);
    const float main_bottom = ImGui::GetCursorPosY();
    ImGui::SetCursorPosY(top);
    ImGui::Indent(main_w + gap);
    DrawTrackerPanel(ui, side_w);
    ImGui::Unindent(main_w + gap);
    ImGui::SetCursorPosY(std::max(main_bottom, ImGui::GetCursorPosY()));
  } else {
    if (!ui.state.embed) {  // a blog's article is the overview: embedded, the guide starts at once
      DrawGlanceCard(ui, content_w);
      Space(kCardGap - ImGui::GetStyle().ItemSpacing.y);
    }
    DrawGuidePanels(ui, content_w);
    DrawTrackerPanel(ui, content_w);
    Space(kCardGap - ImGui::GetStyle().ItemSpacing.y);
    DrawSalaryPanel(ui, content_w);
  }
  DrawSourcesFooter(ui, content_w);
  // Room below the last line, as a page has, for its focus ring, and for the last lines to be
  // read above a message floating over the bottom.
  if (!ui.state.embed || ui.state.message_height > 0) ImGui::Dummy(ImVec2(1, 40 + ui.state.message_height));
  ImGui::Unindent(left);

  ui.report.scroll_y = ImGui::GetScrollY();
  ui.report.scroll_max_y = ImGui::GetScrollMaxY();
  ui.report.content_height = ImGui::GetCursorPosY();  // includes the scrolled-away part
  DrawDialogs(ui);
  ImGui::End();
  DrawMoreBelow(ui, ui.report.scroll_max_y - ui.report.scroll_y);
}

}  // namespace mlguide
