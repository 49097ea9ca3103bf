// Wrapped text made of runs in different fonts and colours ("**Term**: text"), with
// comfortable line spacing. Dear ImGui's own wrapping handles one font per call only.
#pragma once

#include <initializer_list>
#include <string_view>

#include "imgui.h"

namespace mlguide {

struct TextRun {
  ImFont* font;
  ImU32 color;
  std::string_view text;
};

inline constexpr float kLineSpacing = 1.5f;

// Height the runs need at `width`.
float MeasureRuns(std::initializer_list<TextRun> runs, float width, float line_spacing = kLineSpacing);

// Draws the runs at `origin` without touching the layout cursor; returns the height used.
float DrawRuns(ImDrawList* dl, ImVec2 origin, std::initializer_list<TextRun> runs, float width,
               float line_spacing = kLineSpacing);

// Draws at the cursor and advances it, as a Dear ImGui item would.
void FlowText(std::initializer_list<TextRun> runs, float width, float line_spacing = kLineSpacing);

}  // namespace mlguide
