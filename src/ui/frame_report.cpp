#include "ui/frame_report.hpp"

#include <algorithm>

#include "imgui_internal.h"
#include "ui/fonts.hpp"

namespace mlguide {

void FrameReport::Clear() {
  widgets.clear();
  scroll_y = scroll_max_y = content_height = 0;
  fields.clear();
  text.clear();
  text_window = 0;
  dark = false;
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
  const bool floating = text_window != 0 && ImGui::GetCurrentWindowRead()->ID != text_window &&
                        !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);  // menus and dialogs cover the text anyway
  Add({std::move(id), ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), ImGui::GetItemID(), std::move(sem), -1, floating});
}

void FrameReport::BeginContainer(WidgetRect container) {
  Add(std::move(container));
  open_.push_back(static_cast<int>(widgets.size()) - 1);
}

void FrameReport::EndContainer() {
  if (!open_.empty()) open_.pop_back();
}

FrameReport* CurrentReport() { return static_cast<FrameReport*>(ImGui::GetIO().UserData); }

void FrameReport::AddText(std::string line, ImVec2 origin, float width, ImFont* font, float line_h, bool new_block,
                          std::string_view link, bool glued) {
  const ImGuiWindow* window = ImGui::GetCurrentWindowRead();
  if (text_window == 0 || window->ID != text_window || Measuring() || line.empty()) return;
  // A control's label (drawn over the control just submitted) is the control's: a press there
  // must reach it.
  const ImVec2 centre(origin.x + width * 0.5f, origin.y + line_h * 0.5f);
  const bool in_widget = ImGui::GetItemID() != 0 && ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()).Contains(centre);
  // `after` counts widgets here; TakeMirror makes it nodes.
  text.push_back({std::move(line), origin.x, origin.y + window->Scroll.y, width, line_h, FontSize(font), new_block, in_widget,
                  std::string(link), static_cast<int>(widgets.size()), 0, glued});
}

Mirror FrameReport::TakeMirror(ImGuiID focus) {
  Mirror m;
  m.fields = fields;
  m.text = std::move(text);  // the frame's largest part: moved, not copied
  text.clear();
  m.text_scroll = scroll_y;
  m.text_covered = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
  // And the text under a control that floats over the page is that control's.
  for (const WidgetRect& w : widgets) {
    if (!w.floating) continue;
    for (MirrorText& t : m.text)
      t.in_widget |= ImRect(w.min, w.max).Overlaps(ImRect(t.x, t.y - scroll_y, t.x + t.width, t.y - scroll_y + t.height));
  }
  m.dark = dark;
  m.text_font = kTextCssFamily;
  std::vector<int> index(widgets.size(), -1);  // widget -> node
  std::vector<int> top_before(widgets.size() + 1, 0);  // top-level nodes among the first k widgets
  for (size_t i = 0; i < widgets.size(); ++i) {
    const WidgetRect& w = widgets[i];
    top_before[i + 1] = top_before[i];
    if (w.sem.role == Role::None) continue;
    index[i] = static_cast<int>(m.nodes.size());
    const int parent = w.parent >= 0 ? index[static_cast<size_t>(w.parent)] : -1;
    m.nodes.push_back({w.id, w.sem, w.min.x, w.min.y, w.max.x - w.min.x, w.max.y - w.min.y, parent});
    if (parent < 0) ++top_before[i + 1];
    if (focus && w.imgui_id == focus) m.focused = w.id;
  }
  for (MirrorText& t : m.text) t.after = top_before[static_cast<size_t>(std::min<int>(t.after, static_cast<int>(widgets.size())))];
  return m;
}

void FrameReport::AttachField(MirrorField field) {
  if (Measuring()) return;
  fields.push_back(std::move(field));
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
