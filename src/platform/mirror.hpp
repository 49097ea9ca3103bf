// Parts of what the canvas shows that must be real elements of the page, kept in step over
// the canvas by the web platform: text a reader selects and copies by hand (a share link,
// the embed code, their progress) where the browser refuses to copy or save it for them.
// Plain data: the UI fills it each frame, the platform makes the page match.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mlguide {

struct MirrorField {
  std::string id;     // stable while the field shows
  std::string label;  // its accessible name
  std::string text;
  float x = 0, y = 0, width = 0, height = 0;  // CSS pixels from the canvas's top left
  bool multiline = false;
  bool select = false;  // focused with all of its text selected, once, when this turns on
  // Colours packed as Dear ImGui packs them (0xAABBGGRR). The field itself is transparent: the
  // canvas draws its box (over an opaque element Chromium can leave a stale patch of canvas).
  std::uint32_t fg = 0, border = 0;

  bool operator==(const MirrorField& o) const {
    return id == o.id && label == o.label && text == o.text && x == o.x && y == o.y && width == o.width &&
           height == o.height && multiline == o.multiline && select == o.select && fg == o.fg && border == o.border;
  }
  bool operator!=(const MirrorField& o) const { return !(*this == o); }
};

using MirrorFields = std::vector<MirrorField>;

}  // namespace mlguide
