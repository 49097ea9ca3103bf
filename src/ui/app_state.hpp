// What the reader has chosen in the UI. Plain data: the app saves and restores it.
#pragma once

#include <vector>

#include "core/guide.hpp"

namespace mlguide {

enum class ThemeMode { System, Light, Dark };

struct AppState {
  ThemeMode theme = ThemeMode::System;
  std::vector<bool> open;  // per guide section, in guide order
  int scroll_to = -1;      // section to bring into view on the next frame, or -1
};

AppState InitialState(const Guide& guide);
bool ResolveDark(ThemeMode mode, bool system_prefers_dark);

}  // namespace mlguide
