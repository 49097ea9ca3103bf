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
  text_tables = 0;
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
  if (open_.empty()) return;
  const int c = open_.back();
  open_.pop_back();
  WidgetRect& box = widgets[static_cast<size_t>(c)];
  const bool sized = box.max.x > box.min.x || box.max.y > box.min.y;
  bool grown = false, named = false;
  for (size_t i = static_cast<size_t>(c) + 1; i < widgets.size(); ++i) {
    const WidgetRect& w = widgets[i];
    if (w.parent != c) continue;
    if (!sized) {
      box.min = grown ? ImMin(box.min, w.min) : w.min;
      box.max = grown ? ImMax(box.max, w.max) : w.max;
      grown = true;
    }
    if (box.sem.role != Role::Dialog) continue;
    if (w.sem.role == Role::Heading && !named) box.sem.name = w.sem.name;
    else if (w.sem.role == Role::Paragraph && box.sem.description.empty()) box.sem.description = w.sem.name;
    named |= w.sem.role == Role::Heading;
  }
}

bool FrameReport::InDialog() const {
  for (int c : open_)
    if (widgets[static_cast<size_t>(c)].sem.role == Role::Dialog) return true;
  return false;
}

void FrameReport::AddParagraphLine(const std::string& line, ImVec2 origin, float width, float line_h, bool new_block,
                                   bool glued) {
  const int in = open_.back();
  const ImVec2 end(origin.x + width, origin.y + line_h);
  WidgetRect* last = widgets.empty() ? nullptr : &widgets.back();
  if (!new_block && last && last->sem.role == Role::Paragraph && last->parent == in) {
    last->sem.name += glued ? line : " " + line;
    last->min = ImMin(last->min, origin);
    last->max = ImMax(last->max, end);
    return;
  }
  int count = 0;
  for (const WidgetRect& w : widgets) count += w.parent == in && w.sem.role == Role::Paragraph;
  Add({widgets[static_cast<size_t>(in)].id + ".text." + std::to_string(count + 1), origin, end, 0, {Role::Paragraph, line}});
}

bool FrameReport::Claim(size_t from, std::string id, Semantics sem) {
  const int in = open_.empty() ? -1 : open_.back();
  if (from >= widgets.size()) return false;
  WidgetRect merged{std::move(id), widgets[from].min, widgets[from].max, 0, std::move(sem), in};
  std::string words;
  for (size_t i = from; i < widgets.size(); ++i) {
    const WidgetRect& w = widgets[i];
    if (w.sem.role != Role::Paragraph || w.parent != in) return false;  // only text: nothing refers to it
    words += (words.empty() ? "" : " ") + w.sem.name;
    merged.min = ImMin(merged.min, w.min);
    merged.max = ImMax(merged.max, w.max);
  }
  if (merged.sem.name.empty()) merged.sem.name = words;
  widgets.resize(from);
  widgets.push_back(std::move(merged));
  return true;
}

FrameReport* CurrentReport() { return static_cast<FrameReport*>(ImGui::GetIO().UserData); }

void FrameReport::AddText(std::string line, ImVec2 origin, float width, ImFont* font, float line_h, bool new_block,
                          std::string_view link, bool glued) {
  const ImGuiWindow* window = ImGui::GetCurrentWindowRead();
  if (Measuring() || line.empty()) return;
  // A control's label (drawn over the control just submitted) is the control's: its name, and
  // a press there must reach it.
  const ImVec2 centre(origin.x + width * 0.5f, origin.y + line_h * 0.5f);
  const bool in_widget = ImGui::GetItemID() != 0 && ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()).Contains(centre);
  if (InDialog() && window->ID != text_window) {
    if (!in_widget) AddParagraphLine(line, origin, width, line_h, new_block, glued);
    return;
  }
  if (text_window == 0 || window->ID != text_window) return;
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

void FrameReport::Named(size_t from) {
  for (size_t i = from; i < text.size(); ++i) text[i].named = true;
}

void FrameReport::TextCell(size_t from, int row, int col, MirrorText::Cell cell) {
  for (size_t i = from; i < text.size(); ++i) {
    MirrorText& t = text[i];
    t.table = text_tables;
    t.row = row;
    t.col = col;
    t.cell = cell;
  }
}

void FrameReport::AttachField(MirrorField field) {
  if (Measuring()) return;
  fields.push_back(std::move(field));
}

const WidgetRect* FrameReport::Find(std::string_view id) const {
  for (const WidgetRect& w : widgets)
    if (w.id == id) return &w;
  return nullptr;
}

bool FrameReport::HasRole(Role role) const {
  return std::any_of(widgets.begin(), widgets.end(), [role](const WidgetRect& w) { return w.sem.role == role; });
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
