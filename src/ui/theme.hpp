// Light and dark palettes and the Dear ImGui style built from them.
#pragma once

#include "imgui.h"

namespace mlguide {

struct Palette {
  bool dark;
  ImU32 page;         // behind everything
  ImU32 surface;      // cards
  ImU32 surface_hover;
  ImU32 border;
  ImU32 text;
  ImU32 muted;        // secondary text
  ImU32 accent;       // links, focus, the salary band
  ImU32 accent_soft;  // tinted backgrounds
  ImU32 on_accent;    // text on accent
  ImU32 warning;      // what was refused, and why (4.5:1 on surface too)
};

const Palette& PaletteFor(bool dark);
void ApplyStyle(const Palette& p, ImGuiStyle& style);

}  // namespace mlguide
