#include "ui/app_state.hpp"

namespace mlguide {

AppState InitialState(const Guide& guide) {
  AppState s;
  s.open.assign(guide.sections.size(), false);
  if (!s.open.empty()) s.open[0] = true;  // the reader lands on the first section, the rest as a list of summaries
  return s;
}

bool ResolveDark(ThemeMode mode, bool system_prefers_dark) {
  return mode == ThemeMode::System ? system_prefers_dark : mode == ThemeMode::Dark;
}

ThemeMode ThemeOf(const Progress& p) {
  if (p.theme.value == "light") return ThemeMode::Light;
  if (p.theme.value == "dark") return ThemeMode::Dark;
  return ThemeMode::System;
}

ThemeMode ThemeOf(const AppState& s) {
  if (!s.theme_override) return ThemeOf(s.progress);
  Progress p;
  p.theme.value = *s.theme_override;
  return ThemeOf(p);
}

void SetTheme(Progress& p, ThemeMode mode, std::int64_t now_ms) {
  static constexpr const char* kNames[] = {"system", "light", "dark"};
  p.theme = {kNames[static_cast<int>(mode)], now_ms};
}

}  // namespace mlguide
