// The guide's typefaces, rasterized at the device pixel ratio so text stays sharp
// at any zoom: glyphs are drawn at size x DPR and shown at 1/DPR scale.
#pragma once

#include <memory>
#include <string_view>

#include "imgui.h"

namespace mlguide {

struct Fonts {
  ImFont* body = nullptr;       // 16 px
  ImFont* body_bold = nullptr;  // 16 px, semibold
  ImFont* small = nullptr;      // 14 px
  ImFont* small_bold = nullptr; // 14 px, semibold
  ImFont* heading = nullptr;    // 19 px, semibold
  ImFont* title = nullptr;      // 32 px, semibold: the guide's title only
  ImFont* title_narrow = nullptr;  // 25 px, semibold: the title on a narrow page
  float dpr = 0;                // density the atlas was built for
  std::shared_ptr<ImVector<ImWchar>> glyph_ranges, title_ranges;  // the atlas refers to them while it lives
};

// Clears `atlas` and fills it with the guide's fonts at `dpr`; also sets io.FontGlobalScale.
// The title fonts hold only the characters of `title`.
Fonts BuildFonts(ImFontAtlas& atlas, float dpr, std::string_view title);

// Size in CSS pixels a font draws at.
float FontSize(const ImFont* font);

}  // namespace mlguide
