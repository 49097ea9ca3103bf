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
  const bool modifier = e.key != ImGuiKey_None && IsModifier(e.key);
  // A modifier changed after a key went down this frame would change that key's meaning.
  const auto last = down_.find(e.key);
  const bool changes = last == down_.end() ? e.down : last->second != e.down;
  if (!waiting_.empty() || (pressed_ && modifier && changes)) {
    waiting_.push_back(std::move(e));
    return;
  }
  ImGuiIO& io = ImGui::GetIO();
  if (e.key == ImGuiKey_None) {
    io.AddInputCharactersUTF8(e.text.c_str());
    return;
  }
  io.AddKeyEvent(e.key, e.down);
  down_[e.key] = e.down;
  pressed_ |= e.down && !modifier;
}

void KeyQueue::Key(ImGuiKey key, bool down) { Send({key, down, {}}); }

void KeyQueue::Text(std::string utf8) { Send({ImGuiKey_None, false, std::move(utf8)}); }

bool KeyQueue::AfterFrame() {
  pressed_ = false;
  std::vector<Event> due = std::move(waiting_);
  waiting_.clear();
  for (Event& e : due) Send(std::move(e));
  return !due.empty();
}

}  // namespace mlguide
