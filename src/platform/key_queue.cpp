#include "platform/key_queue.hpp"

#include <utility>

namespace mlguide {
namespace {

bool IsModifier(ImGuiKey key) {
  return (key & ImGuiMod_Mask_) != 0 || key == ImGuiKey_LeftShift || key == ImGuiKey_RightShift || key == ImGuiKey_LeftCtrl ||
         key == ImGuiKey_RightCtrl || key == ImGuiKey_LeftAlt || key == ImGuiKey_RightAlt || key == ImGuiKey_LeftSuper ||
         key == ImGuiKey_RightSuper;
}

}  // namespace

void KeyQueue::Send(Event e) {
  const bool modifier = e.kind == Kind::Key && IsModifier(e.key);
  // A modifier changed after a key went down this frame would change that key's meaning.
  const auto last = down_.find(e.key);
  const bool changes = last == down_.end() ? e.down : last->second != e.down;
  const bool released = lost_ && e.kind != Kind::Focus;  // by the focus loss, at the frame's end
  if (!waiting_.empty() || released || (pressed_ && modifier && changes)) {
    waiting_.push_back(std::move(e));
    return;
  }
  ImGuiIO& io = ImGui::GetIO();
  if (e.kind == Kind::Text) {
    io.AddInputCharactersUTF8(e.text.c_str());
    return;
  }
  if (e.kind == Kind::Focus) {
    io.AddFocusEvent(e.down);
    lost_ = !e.down;  // regained in the same frame, Dear ImGui keeps the keys
    if (lost_) down_.clear();
    return;
  }
  io.AddKeyEvent(e.key, e.down);
  down_[e.key] = e.down;
  pressed_ |= e.down && !modifier;
}

void KeyQueue::Key(ImGuiKey key, bool down) { Send({Kind::Key, key, down, {}}); }

void KeyQueue::Text(std::string utf8) { Send({Kind::Text, ImGuiKey_None, false, std::move(utf8)}); }

void KeyQueue::Focus(bool focused) { Send({Kind::Focus, ImGuiKey_None, focused, {}}); }

bool KeyQueue::AfterFrame() {
  pressed_ = false;
  lost_ = false;
  std::vector<Event> due = std::move(waiting_);
  waiting_.clear();
  for (Event& e : due) Send(std::move(e));
  return !due.empty();
}

}  // namespace mlguide
