#include "ui/page.hpp"

#include <algorithm>

#include "ui/panels.hpp"
#include "ui/widgets.hpp"

namespace mlguide {
namespace {

void DrawGuidePanels(Ui& ui, float width) {
  for (int i = 0; i < static_cast<int>(ui.guide.sections.size()); ++i) {
    DrawSectionPanel(ui, i, width);
    Space(kCardGap - ImGui::GetStyle().ItemSpacing.y);
  }
}

}  // namespace

void DrawPage(Ui& ui) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->Pos);
  ImGui::SetNextWindowSize(vp->Size);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus;
  // Embedded, the host page shows around the cards.
  if (ui.state.embed) ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(0, 0, 0, 0));
  ImGui::Begin("##page", nullptr, flags);
  if (ui.state.embed) ImGui::PopStyleColor();

  const float view_w = vp->Size.x - ImGui::GetStyle().ScrollbarSize;
  const bool wide = vp->Size.x >= kTwoColumnMinWidth;
  const float margin = ui.state.embed ? 4 : wide ? 32 : 12;
  const float content_w = std::min(view_w - 2 * margin, kMaxContentWidth);
  const float left = std::max(margin, (view_w - content_w) * 0.5f);
  ImGui::Indent(left);

  if (ui.state.embed) DrawEmbedHeader(ui, content_w);
  else DrawHeader(ui, content_w);
  DrawNotices(ui, content_w);
  if (wide) {
    const float gap = 24;
    const float side_w = std::clamp(content_w * 0.34f, 280.0f, 380.0f);
    const float main_w = content_w - gap - side_w;
    const float top = ImGui::GetCursorPosY();
    DrawGuidePanels(ui, main_w);
    const float main_bottom = ImGui::GetCursorPosY();
    ImGui::SetCursorPosY(top);
    ImGui::Indent(main_w + gap);
    DrawTrackerPanel(ui, side_w);
    Space(kCardGap - ImGui::GetStyle().ItemSpacing.y);
    DrawSalaryPanel(ui, side_w);
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
  ImGui::Unindent(left);

  ui.report.scroll_y = ImGui::GetScrollY();
  ui.report.scroll_max_y = ImGui::GetScrollMaxY();
  ui.report.content_height = ImGui::GetCursorPosY();  // includes the scrolled-away part
  DrawDialogs(ui);
  ImGui::End();
}

}  // namespace mlguide
