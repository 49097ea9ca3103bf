// What a drawn frame tells the outside world: where the named widgets are (for the page's
// JavaScript API and the browser tests), and how far the page can scroll (so the wheel
// reaches the host page when the guide is at its top or bottom edge).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"
#include "platform/mirror.hpp"

namespace mlguide {

// What a widget is to assistive technology: the semantics tree the web platform mirrors
// into the page (see DESIGN, "The canvas joins the page"). Plain data, built by the UI.
enum class Role : std::uint8_t {
  None,        // layout only (a panel's body)
  Button,
  MenuButton,  // a button that opens a menu
  MenuItem,
  Radio,       // one of a row of mutually exclusive choices
  Slider,
  TextField,   // read-only text to select and copy
  Heading,
  Status,      // a notice that tells what happened
  Dialog,
};
const char* RoleName(Role role);  // the ARIA role: "button", "menuitem", "radio"...

struct Semantics {
  Role role = Role::None;
  std::string name;         // what it is called ("Python", "Salary")
  std::string description;  // read after the name (a panel's summary)
  std::string value_text;   // its value in words ("Learning", "£60,000 a year")
  float value = 0, min = 0, max = 0;  // sliders
  enum class Toggle : std::uint8_t { None, Off, On };
  Toggle expanded = Toggle::None;  // panel headers, the menu button
  Toggle checked = Toggle::None;   // radios
  bool modal = false;              // dialogs
};

struct WidgetRect {
  std::string id;
  ImVec2 min, max;  // CSS pixels, relative to the canvas
  ImGuiID imgui_id = 0;
  Semantics sem;
};

struct FrameReport {
  std::vector<WidgetRect> widgets;
  float scroll_y = 0, scroll_max_y = 0;
  float content_height = 0;  // CSS pixels the whole page would need without scrolling
  bool pointer_captured = false;  // a drag on a widget (the slider) must not scroll the page
  MirrorFields fields;  // text fields the page must show as real elements over the canvas

  void Clear();
  void AddLastItem(std::string id, Semantics sem = {});  // the item ImGui submitted last
  void AddField(MirrorField field);  // a real text field over the item ImGui submitted last
  const WidgetRect* Find(std::string_view id) const;
  // Whether keyboard focus (a Dear ImGui id, 0 for none) is on the first or the last
  // focusable widget, in tab order (submission order).
  bool IsFirstFocusable(ImGuiID focus) const;
  bool IsLastFocusable(ImGuiID focus) const;
};

}  // namespace mlguide
