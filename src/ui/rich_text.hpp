// Wrapped text made of runs in different fonts and colours ("**Term**: text"), with
// comfortable line spacing. Dear ImGui's own wrapping handles one font per call only.
#pragma once

#include <initializer_list>
#include <string_view>
#include <vector>

#include "imgui.h"

namespace mlguide {

struct TextRun {
  ImFont* font;
  ImU32 color;
  std::string_view text;
  std::string_view link = {};  // an address: the run is a link, drawn underlined
};

// Where a link run was drawn: one rectangle per line it spans (screen coordinates).
struct LinkPiece {
  const TextRun* run;
  ImVec2 min, max;
};

inline constexpr float kLineSpacing = 1.5f;

// Height the runs need at `width`.
float MeasureRuns(std::initializer_list<TextRun> runs, float width, float line_spacing = kLineSpacing);

// Draws the runs at `origin` without touching the layout cursor; returns the height used.
float DrawRuns(ImDrawList* dl, ImVec2 origin, std::initializer_list<TextRun> runs, float width,
               float line_spacing = kLineSpacing);

// Draws at the cursor and advances it, as a Dear ImGui item would. Where the link runs went is
// added to `links`, if given (the caller makes them work: LinkedText in widgets.hpp).
void FlowText(std::initializer_list<TextRun> runs, float width, float line_spacing = kLineSpacing,
              std::vector<LinkPiece>* links = nullptr);

// The same, for words that head what follows: a heading of `level` in the page's text layer.
void FlowHeading(std::initializer_list<TextRun> runs, float width, int level, float line_spacing = kLineSpacing);

// One line of text at `pos` (a figure, a table cell, a label), drawn and, like the text above,
// part of the page's text layer: `new_block` starts a new line there (a row's first cell);
// otherwise it follows the text before it on the same line.
void DrawLabel(ImDrawList* dl, ImFont* font, ImVec2 pos, ImU32 color, std::string_view text, bool new_block = true);

}  // namespace mlguide
