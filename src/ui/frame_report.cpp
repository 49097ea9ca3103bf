#include "ui/frame_report.hpp"

#include "imgui_internal.h"

namespace mlguide {

void FrameReport::Clear() {
  widgets.clear();
  scroll_y = scroll_max_y = content_height = 0;
  pointer_captured = false;
  fields.clear();
}

namespace {

// A window's first frame only measures it (e.g. a new dialog): not yet where it will be.
bool Measuring() {
  const ImGuiWindow* window = ImGui::GetCurrentWindowRead();
  return window->HiddenFramesCannotSkipItems > 0 || window->HiddenFramesCanSkipItems > 0;
}

}  // namespace

const char* RoleName(Role role) {
  switch (role) {
    case Role::Button: return "button";
    case Role::MenuButton: return "button";
    case Role::MenuItem: return "menuitem";
    case Role::Radio: return "radio";
    case Role::Slider: return "slider";
    case Role::TextField: return "textbox";
    case Role::Heading: return "heading";
    case Role::Status: return "status";
    case Role::Dialog: return "dialog";
    default: return "";
  }
}

void FrameReport::AddLastItem(std::string id, Semantics sem) {
  if (Measuring()) return;
  widgets.push_back({std::move(id), ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), ImGui::GetItemID(), std::move(sem)});
}

void FrameReport::AddField(MirrorField field) {
  if (Measuring()) return;
  Semantics sem{Role::TextField, field.label};
  sem.value_text = field.text;
  widgets.push_back({field.id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), 0, std::move(sem)});
  fields.push_back(std::move(field));
}

const WidgetRect* FrameReport::Find(std::string_view id) const {
  for (const WidgetRect& w : widgets)
    if (w.id == id) return &w;
  return nullptr;
}

bool FrameReport::IsFirstFocusable(ImGuiID focus) const {
  for (const WidgetRect& w : widgets)
    if (w.imgui_id) return focus == 0 || focus == w.imgui_id;
  return true;
}

bool FrameReport::IsLastFocusable(ImGuiID focus) const {
  for (auto it = widgets.rbegin(); it != widgets.rend(); ++it)
    if (it->imgui_id) return focus != 0 && focus == it->imgui_id;
  return true;
}

}  // namespace mlguide
