// The header's menu: export, import, share and reset progress; About.
// Ids: "menu" (the button), "menu.export", "menu.import", "menu.share", "menu.reset",
// "menu.keys", "menu.about".
#include <algorithm>

#include "imgui_internal.h"
#include "ui/panels.hpp"
#include "ui/widgets.hpp"

namespace mlguide {

void DrawProgressMenu(Ui& ui) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  if (TextButton(ui, "Progress", "menu", {false, true, true, ImGui::IsPopupOpen("progress-menu")})) ImGui::OpenPopup("progress-menu");
  // Below the button, kept inside the canvas on narrow screens.
  constexpr float kItemWidth = 260, kMenuWidth = kItemWidth + 16;
  const float view_w = ImGui::GetMainViewport()->Size.x;
  const ImVec2 below(std::max(8.0f, std::min(at.x, view_w - kMenuWidth - 8)), ImGui::GetItemRectMax().y + 4);
  ImGui::SetNextWindowPos(below);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8, 8));
  ImGui::PushStyleVar(ImGuiStyleVar_PopupRounding, 10);
  ImGui::PushStyleVar(ImGuiStyleVar_PopupBorderSize, 1);
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 2));
  ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0, 0.5f));
  if (ImGui::BeginPopup("progress-menu")) {
    const ImGuiWindow* menu = ImGui::GetCurrentWindowRead();
    ui.report.BeginContainer({"menu.list", menu->Pos, menu->Pos + menu->Size, 0, {Role::Menu, "Progress"}});
    struct Item { const char* label; const char* id; };
    static constexpr Item kItems[] = {
        {"Export progress to a file", "menu.export"},
        {"Import progress from a file…", "menu.import"},
        {"Share a link to your progress…", "menu.share"},
        {"Reset progress…", "menu.reset"},
        {"Keyboard shortcuts", "menu.keys"},
        {"About this guide", "menu.about"},
    };
    ImGui::PushFont(ui.fonts.body);
    for (const Item& item : kItems) {
      bool picked = ImGui::Selectable(item.label, false, 0, ImVec2(kItemWidth, std::max(36.0f, ui.min_target)));
      ui.report.AddLastItem(item.id, {Role::MenuItem, item.label});
      picked |= TakePageAction(ui, item.id);
      if (!picked) continue;
      const std::string id = item.id;
      ui.actions.export_progress |= id == "menu.export";
      ui.actions.import_progress |= id == "menu.import";
      ui.actions.share_progress |= id == "menu.share";
      ui.state.confirm_reset |= id == "menu.reset";
      ui.state.about_open |= id == "menu.about";
      ui.state.keys_open |= id == "menu.keys";
      ui.actions.state_changed = true;
    }
    ImGui::PopFont();
    ui.report.EndContainer();
    ImGui::EndPopup();
  }
  ImGui::PopStyleVar(5);
}

}  // namespace mlguide
