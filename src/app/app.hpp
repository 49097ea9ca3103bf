// The app: content, state and the per-frame wiring between UI and platform.
#pragma once

#include "core/guide.hpp"
#include "platform/platform.hpp"
#include "ui/app_state.hpp"
#include "ui/fonts.hpp"
#include "ui/frame_report.hpp"
#include "ui/frame_settle.hpp"

namespace mlguide {

class App {
 public:
  // Expects a current Dear ImGui context.
  App(Platform& platform, Guide guide);

  // Draws one frame. Returns true while the UI is still settling.
  bool Frame();

  int frames() const { return frames_; }
  const FrameReport& report() const { return report_; }
  AppState& state() { return state_; }
  const Guide& guide() const { return guide_; }

 private:
  Platform& platform_;
  Guide guide_;
  AppState state_;
  Fonts fonts_;
  FrameReport report_;
  FrameSettle settle_;
  int frames_ = 0;
  int style_dark_ = -1;  // theme the Dear ImGui style was built for, -1 before the first frame
};

}  // namespace mlguide
