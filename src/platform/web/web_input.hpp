// Input bound to the canvas element (and the elements over it) only: mouse, wheel, touch,
// keyboard, focus. The host page keeps its own scrolling and keys whenever pointer and focus
// are elsewhere.
//  [X] The wheel passes through to the page when the guide is already at its top or bottom.
//  [X] Tab leaves the canvas after its last widget (Shift+Tab before its first).
//  [X] Touch: a tap is one click; a drag scrolls instead of clicking, whatever it starts on,
//      except a sideways drag on a control moved sideways (the salary slider).
//  [X] Keys of the elements over the canvas (page/*.js) come here as the canvas's do.
//  [X] Keys count in the order they came, with the modifiers they came with (KeyQueue).
//  [X] The keys of a page: Space, Page Up/Down, the arrows, Home and End scroll the guide
//      unless the focused control uses them (a slider its arrows), also with the focus on
//      nothing or on text; at the guide's top or bottom they are the browser's.
// Not handled here: text input method composition.
#pragma once

#include <emscripten/html5.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "imgui.h"
#include "platform/frame_output.hpp"
#include "platform/key_queue.hpp"

namespace mlguide {

class WebInput {
 public:
  // `redraw` asks for a frame after each event; `scroll(dy)` scrolls the guide by CSS px.
  WebInput(std::function<void()> redraw, std::function<void(float)> scroll) : redraw_(std::move(redraw)), scroll_(std::move(scroll)) {}

  // Listens on the canvas and, if there is one, on the element that holds the tree's elements.
  void Bind(const std::string& canvas_selector, const char* mirror_selector);

  // Where the guide stands after a frame (see Platform).
  float scroll = 0, scroll_max = 0;
  bool first_focused = true, last_focused = false;
  std::vector<Area> sideways;  // where a sideways drag moves a control
  std::uint32_t keys_taken = 0;  // the reading keys the focused control uses (ReadingKey)
  bool modal = false;

  // A key pressed with the focus on nothing (the page's body). Returns true when the guide
  // took it (the browser must not act on it too).
  bool PageKey(const char* key, bool shift);
  // After each frame: keys that waited for the next (KeyQueue) go in, and ask for it.
  void AfterFrame() {
    if (keys_.AfterFrame()) redraw_();
  }

 private:
  static EM_BOOL OnMouse(int type, const EmscriptenMouseEvent* e, void* user);
  static EM_BOOL OnWheel(int, const EmscriptenWheelEvent* e, void* user);
  static EM_BOOL OnKey(int type, const EmscriptenKeyboardEvent* e, void* user);
  static EM_BOOL OnFocus(int type, const EmscriptenFocusEvent*, void* user);
  static EM_BOOL OnTouch(int type, const EmscriptenTouchEvent* e, void* user);
  static EM_BOOL OnResize(int, const EmscriptenUiEvent*, void* user);

  bool Read(ImGuiKey key, bool shift);

  KeyQueue keys_;
  std::function<void()> redraw_;
  std::function<void(float)> scroll_;
  int buttons_down_ = 0;
  int touch_id_ = -1;
  ImVec2 touch_start_, touch_last_;
  enum class Touch { Pressed, Undecided, Sideways, Scrolling } touch_ = Touch::Pressed;
};

}  // namespace mlguide
