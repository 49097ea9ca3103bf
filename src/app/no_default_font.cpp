// Dear ImGui's font atlas falls back on its built-in bitmap font (ProggyClean: 12 KB of data
// in the program, about 10 KB of every first visit) when no font was added. The guide always
// adds its own (ui/fonts.cpp) before building the atlas, so the web build links that fallback
// to this instead (-Wl,--wrap in CMakeLists.txt), and the font's data is left out.
#include "imgui.h"

extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas*, const ImFontConfig*) {
  return nullptr;
}
