// Keys in the order they arrived, whatever the frame rate. Dear ImGui reads the modifiers
// once per frame: a Tab pressed and Shift released before the next frame (a chord of Shift and
// Tab sent together by an on-screen keyboard, switch access, a macro, xdotool) would be a
// plain Tab. So once a key other than a modifier went down in a frame, every later key event
// waits for the next frame, in order.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "imgui.h"

namespace mlguide {

class KeyQueue {
 public:
  void Key(ImGuiKey key, bool down);
  void Text(std::string utf8);  // characters typed, after their key
  // After each frame has taken its keys: what waited goes to Dear ImGui, by the same rule, for
  // the next. True when any did: the next frame is needed.
  bool AfterFrame();

 private:
  struct Event {
    ImGuiKey key = ImGuiKey_None;  // None: text
    bool down = false;
    std::string text;
  };
  void Send(Event e);
  std::vector<Event> waiting_;
  std::map<ImGuiKey, bool> down_;  // as last sent
  bool pressed_ = false;  // a key other than a modifier went down this frame
};

}  // namespace mlguide
