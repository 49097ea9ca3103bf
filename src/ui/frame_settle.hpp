// Decides when the UI has settled so the app can stop drawing. Dear ImGui needs a few
// frames after an event (queued input trickles through, hover and layout catch up), and
// then draws the same thing over and over: that is when we stop.
#pragma once

#include <cstdint>

#include "imgui.h"

namespace mlguide {

class FrameSettle {
 public:
  // Call after ImGui::Render(). Returns true if another frame should be drawn.
  bool NeedsAnotherFrame(const ImDrawData* draw_data);

  static std::uint64_t Hash(const ImDrawData* draw_data);

 private:
  std::uint64_t last_hash_ = 0;
  int unchanged_frames_ = 0;
};

// Input Dear ImGui has not yet consumed, or a button or key held down (key repeat and
// dragging need frames even when the picture stays the same).
bool InputPending();

}  // namespace mlguide
