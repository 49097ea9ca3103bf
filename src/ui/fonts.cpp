#include "ui/fonts.hpp"

#include "assets/embedded_assets.hpp"

namespace mlguide {
namespace {

// Every character guide.json may use; the embedded fonts are subset to the same set.
const ImWchar kGlyphRanges[] = {
    0x0020, 0x007E, 0x00A0, 0x00FF, 0x2013, 0x2014, 0x2018, 0x201D, 0x2022, 0x2022,
    0x2026, 0x2026, 0x20AC, 0x20AC, 0x2190, 0x2193, 0x2212, 0x2212, 0x2713, 0x2713, 0,
};

ImFont* Add(ImFontAtlas& atlas, const assets::Blob& blob, float css_size, float dpr) {
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = false;  // the bytes live in the program image
  cfg.OversampleH = 1;               // already rasterized at device resolution
  cfg.OversampleV = 1;
  cfg.PixelSnapH = true;
  return atlas.AddFontFromMemoryTTF(const_cast<unsigned char*>(blob.data), static_cast<int>(blob.size),
                                    css_size * dpr, &cfg, kGlyphRanges);
}

}  // namespace

Fonts BuildFonts(ImFontAtlas& atlas, float dpr) {
  atlas.Clear();
  Fonts f;
  f.dpr = dpr;
  f.body = Add(atlas, assets::inter_regular(), 16, dpr);  // first font = ImGui's default
  f.body_bold = Add(atlas, assets::inter_semibold(), 16, dpr);
  f.small = Add(atlas, assets::inter_regular(), 14, dpr);
  f.small_bold = Add(atlas, assets::inter_semibold(), 14, dpr);
  f.heading = Add(atlas, assets::inter_semibold(), 19, dpr);
  f.title = Add(atlas, assets::inter_bold(), 32, dpr);
  f.title_narrow = Add(atlas, assets::inter_bold(), 25, dpr);
  atlas.Build();
  ImGui::GetIO().FontGlobalScale = 1.0f / dpr;
  return f;
}

float FontSize(const ImFont* font) { return font->FontSize * ImGui::GetIO().FontGlobalScale; }

}  // namespace mlguide
