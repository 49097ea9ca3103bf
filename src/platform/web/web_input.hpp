// Input bound to the canvas element (and the elements over it) only: mouse, wheel, touch,
// keyboard, focus. The host page keeps its own scrolling and keys whenever pointer and focus
// are elsewhere.
//  [X] The wheel passes through to the page when the guide is already at its top or bottom.
//  [X] Tab leaves the canvas after its last widget (Shift+Tab before its first).
//  [X] Touch: a tap is one click; a drag scrolls instead of clicking, unless a widget holds
//      the pointer (the salary slider).
//  [X] Keys of the elements over the canvas (page/*.js) come here as the canvas's do.
// Not handled here: text input method composition.
#pragma once

#include <emscripten/html5.h>

#include <functional>
#include <string>

#include "imgui.h"

namespace mlguide {

class WebInput {
 public:
  // `redraw` asks for a frame after each event.
  explicit WebInput(std::function<void()> redraw) : redraw_(std::move(redraw)) {}

  // Listens on the canvas and, if there is one, on the element that holds the tree's elements.
  void Bind(const std::string& canvas_selector, const char* mirror_selector);

  // Where the guide stands after a frame (see Platform).
  float scroll = 0, scroll_max = 0;
  bool first_focused = true, last_focused = false;
  bool pointer_captured = false;

 private:
  static EM_BOOL OnMouse(int type, const EmscriptenMouseEvent* e, void* user);
  static EM_BOOL OnWheel(int, const EmscriptenWheelEvent* e, void* user);
  static EM_BOOL OnKey(int type, const EmscriptenKeyboardEvent* e, void* user);
  static EM_BOOL OnFocus(int type, const EmscriptenFocusEvent*, void* user);
  static EM_BOOL OnTouch(int type, const EmscriptenTouchEvent* e, void* user);
  static EM_BOOL OnResize(int, const EmscriptenUiEvent*, void* user);

  std::function<void()> redraw_;
  int buttons_down_ = 0;
  int touch_id_ = -1;
  ImVec2 touch_start_, touch_last_;
  bool touch_scrolling_ = false;
};

}  // namespace mlguide
