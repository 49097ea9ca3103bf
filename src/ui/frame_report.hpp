// What a drawn frame tells the outside world: where the named widgets are (for the page's
// JavaScript API and the browser tests), and how far the page can scroll (so the wheel
// reaches the host page when the guide is at its top or bottom edge).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"
#include "platform/mirror.hpp"

namespace mlguide {

struct WidgetRect {
  std::string id;
  ImVec2 min, max;  // CSS pixels, relative to the canvas
  ImGuiID imgui_id = 0;
};

struct FrameReport {
  std::vector<WidgetRect> widgets;
  float scroll_y = 0, scroll_max_y = 0;
  float content_height = 0;  // CSS pixels the whole page would need without scrolling
  bool pointer_captured = false;  // a drag on a widget (the slider) must not scroll the page
  MirrorFields fields;  // text fields the page must show as real elements over the canvas

  void Clear();
  void AddLastItem(std::string id);  // the item ImGui submitted last
  void AddField(MirrorField field);  // a real text field over the item ImGui submitted last
  const WidgetRect* Find(std::string_view id) const;
  // Whether keyboard focus (a Dear ImGui id, 0 for none) is on the first or the last
  // focusable widget, in tab order (submission order).
  bool IsFirstFocusable(ImGuiID focus) const;
  bool IsLastFocusable(ImGuiID focus) const;
};

}  // namespace mlguide
