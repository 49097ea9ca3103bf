// Keys in the order they arrived, whatever the frame rate. Dear ImGui reads the modifiers
// once per frame: a Tab pressed and Shift released before the next frame (a chord of Shift and
// Tab sent together by an on-screen keyboard, switch access, a macro, xdotool) would be a
// plain Tab. So once a key other than a modifier went down in a frame, every later key event
// waits for the next frame, in order. Likewise after the guide lost the focus: Dear ImGui
// releases every key at the end of the frame's events, so a key pressed just after (Escape from
// a screen reader's browse mode, which leaves the focus on nothing) waits for the next frame.
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
  void Focus(bool focused);      // the guide (canvas or one of its elements) gained or lost it
  // After each frame has taken its keys: what waited goes to Dear ImGui, by the same rule, for
  // the next. True when any did: the next frame is needed.
  bool AfterFrame();

 private:
  enum class Kind { Key, Text, Focus };
  struct Event {
    Kind kind = Kind::Key;
    ImGuiKey key = ImGuiKey_None;
    bool down = false;  // a key down, or the focus gained
    std::string text;
  };
  void Send(Event e);
  std::vector<Event> waiting_;
  std::map<ImGuiKey, bool> down_;  // as last sent
  bool pressed_ = false;  // a key other than a modifier went down this frame
  bool lost_ = false;     // the focus was lost this frame (and not regained)
};

}  // namespace mlguide
