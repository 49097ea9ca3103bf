#include "ui/fonts.hpp"

#include <memory>
#include <string_view>

#include "assets/embedded_assets.hpp"

namespace mlguide {
namespace {

// The characters the embedded fonts were subset to (cmake/assets.cmake): printable ASCII,
// guide.json's, and the UI's own.
std::shared_ptr<ImVector<ImWchar>> GlyphRanges() {
  static const ImWchar kAscii[] = {0x0020, 0x007E, 0};
  ImFontGlyphRangesBuilder builder;
  builder.AddRanges(kAscii);
  const std::string_view guide = assets::guide_json().text(), ui = assets::ui_characters().text();
  builder.AddText(guide.data(), guide.data() + guide.size());
  builder.AddText(ui.data(), ui.data() + ui.size());
  auto ranges = std::make_shared<ImVector<ImWchar>>();
  builder.BuildRanges(ranges.get());
  return ranges;
}

// The title fonts draw only the guide's title: their glyphs are the largest, so they get no
// others (a smaller atlas, built and uploaded sooner).
std::shared_ptr<ImVector<ImWchar>> TitleRanges(std::string_view title) {
  ImFontGlyphRangesBuilder builder;
  builder.AddText(title.data(), title.data() + title.size());
  auto ranges = std::make_shared<ImVector<ImWchar>>();
  builder.BuildRanges(ranges.get());
  return ranges;
}

ImFont* Add(ImFontAtlas& atlas, const assets::Blob& blob, float css_size, float dpr, const ImWchar* ranges) {
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = false;  // the bytes live in the program image
  cfg.OversampleH = 1;               // already rasterized at device resolution
  cfg.OversampleV = 1;
  cfg.PixelSnapH = true;
  return atlas.AddFontFromMemoryTTF(const_cast<unsigned char*>(blob.data), static_cast<int>(blob.size),
                                    css_size * dpr, &cfg, ranges);
}

}  // namespace

Fonts BuildFonts(ImFontAtlas& atlas, float dpr, std::string_view title) {
  atlas.Clear();
  Fonts f;
  f.dpr = dpr;
  f.glyph_ranges = GlyphRanges();
  f.title_ranges = TitleRanges(title);
  const ImWchar* r = f.glyph_ranges->Data;
  const ImWchar* t = f.title_ranges->Data;
  f.body = Add(atlas, assets::inter_regular(), 16, dpr, r);  // first font = ImGui's default
  f.body_bold = Add(atlas, assets::inter_semibold(), 16, dpr, r);
  f.small = Add(atlas, assets::inter_regular(), 14, dpr, r);
  f.small_bold = Add(atlas, assets::inter_semibold(), 14, dpr, r);
  f.heading = Add(atlas, assets::inter_semibold(), 19, dpr, r);
  // Titles in SemiBold too: a third weight would cost every reader its download.
  f.title = Add(atlas, assets::inter_semibold(), 32, dpr, t);
  f.title_narrow = Add(atlas, assets::inter_semibold(), 25, dpr, t);
  atlas.Build();
  ImGui::GetIO().FontGlobalScale = 1.0f / dpr;
  return f;
}

float FontSize(const ImFont* font) { return font->FontSize * ImGui::GetIO().FontGlobalScale; }

}  // namespace mlguide
