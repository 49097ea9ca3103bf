#include "ui/frame_report.hpp"

#include "imgui_internal.h"

namespace mlguide {

void FrameReport::Clear() {
  widgets.clear();
  scroll_y = scroll_max_y = content_height = 0;
  pointer_captured = false;
  fields.clear();
  announcement.clear();
  open_.clear();
}

namespace {

// A window's first frame only measures it (e.g. a new dialog): not yet where it will be.
bool Measuring() {
  const ImGuiWindow* window = ImGui::GetCurrentWindowRead();
  return window->HiddenFramesCannotSkipItems > 0 || window->HiddenFramesCanSkipItems > 0;
}

}  // namespace

void FrameReport::Add(WidgetRect widget) {
  widget.parent = open_.empty() ? -1 : open_.back();
  widgets.push_back(std::move(widget));
}

void FrameReport::AddLastItem(std::string id, Semantics sem) {
  if (Measuring()) return;
  Add({std::move(id), ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), ImGui::GetItemID(), std::move(sem)});
}

void FrameReport::BeginContainer(WidgetRect container) {
  Add(std::move(container));
  open_.push_back(static_cast<int>(widgets.size()) - 1);
}

void FrameReport::EndContainer() {
  if (!open_.empty()) open_.pop_back();
}

Mirror FrameReport::ToMirror(ImGuiID focus) const {
  Mirror m;
  m.fields = fields;
  m.announcement = announcement;
  std::vector<int> index(widgets.size(), -1);  // widget -> node
  for (size_t i = 0; i < widgets.size(); ++i) {
    const WidgetRect& w = widgets[i];
    if (w.sem.role == Role::None) continue;
    index[i] = static_cast<int>(m.nodes.size());
    const int parent = w.parent >= 0 ? index[static_cast<size_t>(w.parent)] : -1;
    m.nodes.push_back({w.id, w.sem, w.min.x, w.min.y, w.max.x - w.min.x, w.max.y - w.min.y, parent});
    if (focus && w.imgui_id == focus) m.focused = w.id;
  }
  return m;
}

void FrameReport::AddField(MirrorField field) {
  if (Measuring()) return;
  Semantics sem{Role::TextField, field.label};
  sem.value_text = field.text;
  Add({field.id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), 0, std::move(sem)});
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
