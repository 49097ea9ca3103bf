#include "platform/web/web_input.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "semantics/semantics.hpp"

namespace mlguide {
namespace {

// Wheel pixels per Dear ImGui wheel unit: it scrolls 5 lines of the 16 px body font per unit.
constexpr float kWheelPixelsPerUnit = 80;
// A touch that moves further than this is a scroll, not a tap.
constexpr float kTapSlop = 8;

ImGuiKey KeyFromDom(const char* key, const char* code) {
  struct Named { const char* name; ImGuiKey key; };
  static constexpr Named kNamed[] = {
      {"Tab", ImGuiKey_Tab}, {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow},
      {"ArrowUp", ImGuiKey_UpArrow}, {"ArrowDown", ImGuiKey_DownArrow}, {"PageUp", ImGuiKey_PageUp},
      {"PageDown", ImGuiKey_PageDown}, {"Home", ImGuiKey_Home}, {"End", ImGuiKey_End},
      {"Insert", ImGuiKey_Insert}, {"Delete", ImGuiKey_Delete}, {"Backspace", ImGuiKey_Backspace},
      {" ", ImGuiKey_Space}, {"Enter", ImGuiKey_Enter}, {"Escape", ImGuiKey_Escape},
      {"Shift", ImGuiKey_LeftShift}, {"Control", ImGuiKey_LeftCtrl}, {"Alt", ImGuiKey_LeftAlt},
      {"Meta", ImGuiKey_LeftSuper},
  };
  for (const Named& n : kNamed)
    if (std::strcmp(key, n.name) == 0) return n.key;
  if (key[0] && !key[1]) {
    const char c = key[0];
    if (c >= 'a' && c <= 'z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'a'));
    if (c >= 'A' && c <= 'Z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'A'));
    if (c >= '0' && c <= '9') return static_cast<ImGuiKey>(ImGuiKey_0 + (c - '0'));
  }
  if (code[0] == 'F' && code[1] >= '1' && code[1] <= '9') {
    const int n = std::atoi(code + 1);
    if (n >= 1 && n <= 12) return static_cast<ImGuiKey>(ImGuiKey_F1 + n - 1);
  }
  return ImGuiKey_None;
}

// Keys whose browser default (scrolling the page, moving focus, activating) would fight
// the guide's own keyboard navigation while the canvas has focus.
bool IsNavigationKey(ImGuiKey k) {
  switch (k) {
    case ImGuiKey_Tab: case ImGuiKey_LeftArrow: case ImGuiKey_RightArrow: case ImGuiKey_UpArrow:
    case ImGuiKey_DownArrow: case ImGuiKey_PageUp: case ImGuiKey_PageDown: case ImGuiKey_Home:
    case ImGuiKey_End: case ImGuiKey_Space: case ImGuiKey_Enter: case ImGuiKey_Backspace:
      return true;
    default:
      return false;
  }
}

int CodePoints(const char* utf8) {
  int n = 0;
  for (const char* p = utf8; *p; ++p)
    if ((static_cast<unsigned char>(*p) & 0xC0) != 0x80) ++n;
  return n;
}

int ImGuiButton(unsigned short dom_button) {
  switch (dom_button) {
    case 0: return ImGuiMouseButton_Left;
    case 1: return ImGuiMouseButton_Middle;
    case 2: return ImGuiMouseButton_Right;
    default: return -1;
  }
}

std::uint32_t ReadingKeyOf(ImGuiKey k) {
  switch (k) {
    case ImGuiKey_UpArrow: case ImGuiKey_DownArrow: return kReadUpDown;
    case ImGuiKey_LeftArrow: case ImGuiKey_RightArrow: return kReadLeftRight;
    case ImGuiKey_PageUp: case ImGuiKey_PageDown: return kReadPage;
    case ImGuiKey_Home: case ImGuiKey_End: return kReadHomeEnd;
    case ImGuiKey_Space: return kReadSpace;
    default: return 0;
  }
}

// How far a reading key scrolls, as browsers scroll a page: a line of 40 px for an arrow, 87.5%
// of the window for a page (Space, Shift+Space), all the way for Home and End.
float ReadingScroll(ImGuiKey k, bool shift, float view_h) {
  const float page = view_h * 0.875f;
  switch (k) {
    case ImGuiKey_UpArrow: return -40;
    case ImGuiKey_DownArrow: return 40;
    case ImGuiKey_PageUp: return -page;
    case ImGuiKey_PageDown: return page;
    case ImGuiKey_Space: return shift ? -page : page;
    case ImGuiKey_Home: return -1e7f;  // past any page's end: kept within it where it is applied
    case ImGuiKey_End: return 1e7f;
    default: return 0;  // sideways: nothing to scroll
  }
}

}  // namespace

// A reading key no control takes: the guide scrolls, or, at its edge in that direction, the
// browser does what it does (an embedding page scrolls). Behind a dialog nothing moves.
bool WebInput::Read(ImGuiKey key, bool shift) {
  if (modal) return true;
  const float dy = ReadingScroll(key, shift, ImGui::GetIO().DisplaySize.y);
  if (dy == 0) return true;
  if ((dy < 0 && scroll <= 0.5f) || (dy > 0 && scroll >= scroll_max - 0.5f)) return false;
  scroll_(dy);
  scroll = std::clamp(scroll + dy, 0.0f, scroll_max);  // where it will be: keys can come faster than frames
  return true;
}

bool WebInput::PageKey(const char* key, bool shift) {
  const ImGuiKey k = KeyFromDom(key, "");
  return ReadingKeyOf(k) != 0 && Read(k, shift);
}

void WebInput::Bind(const std::string& canvas_selector, const char* mirror_selector) {
  const char* c = canvas_selector.c_str();
  emscripten_set_mousedown_callback(c, this, EM_TRUE, &WebInput::OnMouse);
  emscripten_set_mousemove_callback(c, this, EM_TRUE, &WebInput::OnMouse);
  emscripten_set_mouseleave_callback(c, this, EM_TRUE, &WebInput::OnMouse);
  // A drag that started on the canvas may end outside it.
  emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, this, EM_TRUE, &WebInput::OnMouse);
  emscripten_set_wheel_callback(c, this, EM_FALSE, &WebInput::OnWheel);
  emscripten_set_keydown_callback(c, this, EM_TRUE, &WebInput::OnKey);
  emscripten_set_keyup_callback(c, this, EM_TRUE, &WebInput::OnKey);
  if (mirror_selector) {
    // The keys of the elements over the canvas are the guide's too (they bubble up to here).
    emscripten_set_keydown_callback(mirror_selector, this, EM_FALSE, &WebInput::OnKey);
    emscripten_set_keyup_callback(mirror_selector, this, EM_FALSE, &WebInput::OnKey);
    emscripten_set_focus_callback(mirror_selector, this, EM_TRUE, &WebInput::OnFocus);  // captured: focus does not bubble
    emscripten_set_blur_callback(mirror_selector, this, EM_TRUE, &WebInput::OnFocus);
  }
  emscripten_set_focus_callback(c, this, EM_TRUE, &WebInput::OnFocus);
  emscripten_set_blur_callback(c, this, EM_TRUE, &WebInput::OnFocus);
  emscripten_set_touchstart_callback(c, this, EM_FALSE, &WebInput::OnTouch);
  emscripten_set_touchmove_callback(c, this, EM_FALSE, &WebInput::OnTouch);
  emscripten_set_touchend_callback(c, this, EM_FALSE, &WebInput::OnTouch);
  emscripten_set_touchcancel_callback(c, this, EM_FALSE, &WebInput::OnTouch);
  emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, this, EM_FALSE, &WebInput::OnResize);
}

EM_BOOL WebInput::OnMouse(int type, const EmscriptenMouseEvent* e, void* user) {
  auto* self = static_cast<WebInput*>(user);
  ImGuiIO& io = ImGui::GetIO();
  const int button = ImGuiButton(e->button);
  switch (type) {
    case EMSCRIPTEN_EVENT_MOUSEMOVE:
      io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
      io.AddMousePosEvent(static_cast<float>(e->targetX), static_cast<float>(e->targetY));
      break;
    case EMSCRIPTEN_EVENT_MOUSEDOWN:
      if (button < 0) return EM_FALSE;
      io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
      io.AddMousePosEvent(static_cast<float>(e->targetX), static_cast<float>(e->targetY));
      io.AddMouseButtonEvent(button, true);
      self->buttons_down_ |= 1 << button;
      break;
    case EMSCRIPTEN_EVENT_MOUSEUP:
      if (button < 0 || !(self->buttons_down_ & (1 << button))) return EM_FALSE;  // not ours
      io.AddMouseButtonEvent(button, false);
      self->buttons_down_ &= ~(1 << button);
      break;
    case EMSCRIPTEN_EVENT_MOUSELEAVE:
      if (!self->buttons_down_) io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
      break;
    default:
      return EM_FALSE;
  }
  self->redraw_();
  return EM_FALSE;  // keep the browser's defaults: focusing the canvas on click
}

EM_BOOL WebInput::OnWheel(int, const EmscriptenWheelEvent* e, void* user) {
  auto* self = static_cast<WebInput*>(user);
  double dy = e->deltaY;
  if (e->deltaMode == DOM_DELTA_LINE) dy *= 16;
  else if (e->deltaMode == DOM_DELTA_PAGE) dy *= ImGui::GetIO().DisplaySize.y;
  // At an edge the wheel belongs to the host page, so an embedded guide never traps it.
  if (dy == 0 || (dy < 0 && self->scroll <= 0.5f) || (dy > 0 && self->scroll >= self->scroll_max - 0.5f))
    return EM_FALSE;
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(static_cast<float>(e->mouse.targetX), static_cast<float>(e->mouse.targetY));
  io.AddMouseWheelEvent(0, static_cast<float>(-dy / kWheelPixelsPerUnit));
  self->redraw_();
  return EM_TRUE;
}

EM_BOOL WebInput::OnKey(int type, const EmscriptenKeyboardEvent* e, void* user) {
  auto* self = static_cast<WebInput*>(user);
  ImGuiIO& io = ImGui::GetIO();
  const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
  // Tab past the last widget (Shift+Tab before the first) leaves the canvas, as it would
  // leave any other element: the keyboard is never trapped in an embedded guide.
  if (down && std::strcmp(e->key, "Tab") == 0 && !e->ctrlKey && !e->altKey && !e->metaKey &&
      (e->shiftKey ? self->first_focused : self->last_focused))
    return EM_FALSE;
  KeyQueue& keys = self->keys_;
  keys.Key(ImGuiMod_Ctrl, e->ctrlKey);
  keys.Key(ImGuiMod_Shift, e->shiftKey);
  keys.Key(ImGuiMod_Alt, e->altKey);
  keys.Key(ImGuiMod_Super, e->metaKey);
  const ImGuiKey key = KeyFromDom(e->key, e->code);
  // The keys of a page, where the focused control does not use them: never the app's.
  const std::uint32_t reading = ReadingKeyOf(key);
  if (reading && !e->ctrlKey && !e->altKey && !e->metaKey && !(self->keys_taken & reading))
    return down && self->Read(key, e->shiftKey) ? EM_TRUE : EM_FALSE;
  if (key != ImGuiKey_None) keys.Key(key, down);
  const bool shortcut = e->ctrlKey || e->metaKey;
  // A printable key's `key` is the one character it types; named keys ("Enter") are longer.
  const bool printable = CodePoints(e->key) == 1;
  if (down && printable && !shortcut) keys.Text(e->key);
  self->redraw_();
  return !shortcut && IsNavigationKey(key) ? EM_TRUE : EM_FALSE;  // browser shortcuts keep working
}

EM_BOOL WebInput::OnFocus(int type, const EmscriptenFocusEvent*, void* user) {
  auto* self = static_cast<WebInput*>(user);
  self->keys_.Focus(type == EMSCRIPTEN_EVENT_FOCUS);
  self->redraw_();
  return EM_FALSE;
}

// A finger: a tap clicks once; a drag scrolls, except a sideways drag that starts on a control
// moved that way (the salary slider), which moves it. On such a control nothing is pressed
// until the finger shows which: a tap there presses where it lifts without travelling.
EM_BOOL WebInput::OnTouch(int type, const EmscriptenTouchEvent* e, void* user) {
  auto* self = static_cast<WebInput*>(user);
  ImGuiIO& io = ImGui::GetIO();
  auto press = [&io](ImVec2 at, bool down) {
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(at.x, at.y);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, down);
  };
  for (int i = 0; i < e->numTouches; ++i) {
    const EmscriptenTouchPoint& t = e->touches[i];
    if (!t.isChanged) continue;
    const ImVec2 pos(static_cast<float>(t.targetX), static_cast<float>(t.targetY));
    if (type == EMSCRIPTEN_EVENT_TOUCHSTART && self->touch_id_ < 0) {
      self->touch_id_ = t.identifier;
      self->touch_start_ = self->touch_last_ = pos;
      self->touch_ = Touch::Pressed;
      for (const Area& a : self->sideways)
        if (pos.x >= a.min.x && pos.x < a.max.x && pos.y >= a.min.y && pos.y < a.max.y) self->touch_ = Touch::Undecided;
      if (self->touch_ == Touch::Pressed) press(pos, true);
    } else if (t.identifier == self->touch_id_ && type == EMSCRIPTEN_EVENT_TOUCHMOVE) {
      const ImVec2 moved(pos.x - self->touch_start_.x, pos.y - self->touch_start_.y);
      const bool travelled = moved.x * moved.x + moved.y * moved.y > kTapSlop * kTapSlop;
      if (self->touch_ == Touch::Undecided && travelled) {
        if (std::fabs(moved.x) > std::fabs(moved.y)) {
          self->touch_ = Touch::Sideways;
          press(self->touch_start_, true);
        } else {
          self->touch_ = Touch::Scrolling;
        }
      } else if (self->touch_ == Touch::Pressed && travelled) {
        self->touch_ = Touch::Scrolling;
        press(ImVec2(-FLT_MAX, -FLT_MAX), false);  // released where nothing can be clicked
      }
      if (self->touch_ == Touch::Sideways) {
        io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
        io.AddMousePosEvent(pos.x, pos.y);
      } else if (self->touch_ == Touch::Scrolling) {
        io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
        io.AddMousePosEvent(pos.x, pos.y);
        io.AddMouseWheelEvent(0, (pos.y - self->touch_last_.y) / kWheelPixelsPerUnit);
      }
      self->touch_last_ = pos;
    } else if (t.identifier == self->touch_id_) {  // end or cancel
      const bool cancelled = type == EMSCRIPTEN_EVENT_TOUCHCANCEL;
      if (self->touch_ == Touch::Undecided && !cancelled) press(self->touch_start_, true);  // a tap
      if (self->touch_ != Touch::Scrolling && !(self->touch_ == Touch::Undecided && cancelled)) press(pos, false);
      io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);  // no hover left behind by a finger
      self->touch_id_ = -1;
    }
  }
  self->redraw_();
  return EM_TRUE;  // no emulated mouse events after touch: a tap clicks once
}

EM_BOOL WebInput::OnResize(int, const EmscriptenUiEvent*, void* user) {
  static_cast<WebInput*>(user)->redraw_();
  return EM_FALSE;
}

}  // namespace mlguide
