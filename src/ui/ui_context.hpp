// Everything a panel needs for one frame, passed by reference to each draw function.
#pragma once

#include <cstdint>

#include "core/guide.hpp"
#include "ui/app_state.hpp"
#include "ui/fonts.hpp"
#include "ui/frame_report.hpp"
#include "ui/theme.hpp"
#include "ui/theme_tokens.hpp"
#include "ui/ui_actions.hpp"

namespace mlguide {

struct Ui {
  const Guide& guide;
  AppState& state;
  std::int64_t now_ms;  // wall clock, for stamping changes
  CivilDate today;      // the reader's date: which tax year is theirs
  const std::string& version;  // of this build, for About
  float min_target;            // smallest control height: 44 CSS px for fingers, else 0
  const Fonts& fonts;
  const Palette& pal;
  FrameReport& report;
  UiActions& actions;
  // The band of the page the reader can see (CSS px from the top): dialogs are centred in it.
  float in_view_top = 0, in_view_bottom = 0;
};

// Layout constants in CSS pixels.
inline constexpr float kTwoColumnMinWidth = theme_tokens::kTwoColumnMinWidthPx;  // assets/theme.json
inline constexpr float kMaxContentWidth = 1120;
inline constexpr float kCardPadding = 20;
inline constexpr float kCardPaddingNarrow = 16;
inline constexpr float kCardGap = 12;
inline constexpr float kCardRounding = 10;
inline constexpr float kTouchTarget = 44;  // WCAG 2.5.5: targets a finger can hit

inline float CardPaddingFor(float card_width) { return card_width < 500 ? kCardPaddingNarrow : kCardPadding; }

}  // namespace mlguide
