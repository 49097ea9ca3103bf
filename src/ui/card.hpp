// A rounded surface behind a block of content whose height is known only after drawing it:
// content goes to a foreground channel, the background is filled in when the card closes.
#pragma once

#include "imgui.h"
#include "ui/theme.hpp"

namespace mlguide {

class Card {
 public:
  Card(const Palette& pal, float width, float padding);
  ~Card();
  Card(const Card&) = delete;
  Card& operator=(const Card&) = delete;

  float inner_width() const { return width_ - 2 * padding_; }
  void Highlight(ImU32 fill) { fill_ = fill; }  // e.g. when hovered

 private:
  const Palette& pal_;
  float width_, padding_;
  ImVec2 start_;
  ImU32 fill_;
  ImDrawListSplitter splitter_;
};

}  // namespace mlguide
