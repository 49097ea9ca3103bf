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

// The family the page sets its text in where it lies over the drawn text (the drawn face first,
// for readers who have it installed), and the text fields it shows over drawn boxes.
constexpr const char* kTextCssFamily = "Inter, sans-serif";
constexpr const char* kFigureCssFont = "600 19px/1.2 Inter, system-ui, sans-serif";  // a salary typed in
constexpr const char* kCodeCssFont = "14px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, \"DejaVu Sans Mono\", monospace";

// Size in CSS pixels a font draws at.
float FontSize(const ImFont* font);

}  // namespace mlguide
