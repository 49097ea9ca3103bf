// The header's menu: export, import, share and reset progress; About.
// Ids: "menu" (the button), "menu.export", "menu.import", "menu.share", "menu.reset",
// "menu.keys", "menu.about".
#include <algorithm>

#include "imgui_internal.h"
#include "ui/panels.hpp"
#include "ui/widgets.hpp"

namespace mlguide {

void DrawProgressMenu(Ui& ui) {
  if (TextButton(ui, "Progress", "menu", {false, true, true, ImGui::IsPopupOpen("progress-menu")})) ImGui::OpenPopup("progress-menu");
  // Below the button, its right edge under the button's (the button ends the header's row),
  // and never wider than the window leaves room for: the whole menu is inside it.
  constexpr float kItemWidth = 260;
  const float right = ImGui::GetItemRectMax().x;
  ImGui::SetNextWindowPos(ImVec2(right, ImGui::GetItemRectMax().y + 4), ImGuiCond_Always, ImVec2(1, 0));
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(std::max(120.0f, right - 8), FLT_MAX));
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
