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

  // Something changed outside Dear ImGui's sight (a file arrived, another tab saved):
  // draw until the picture has been stable again for a couple of frames.
  void Restart() { unchanged_frames_ = 0; }

  static std::uint64_t Hash(const ImDrawData* draw_data);

 private:
  std::uint64_t last_hash_ = 0;
  int unchanged_frames_ = 0;
};

// Input Dear ImGui has not yet consumed, or a button or key held down (key repeat and
// dragging need frames even when the picture stays the same), or a window that is still
// being measured before it is shown (a dialog's first frame draws nothing).
bool InputPending();

}  // namespace mlguide
