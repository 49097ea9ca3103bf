#include "ui/theme.hpp"

#include "ui/theme_tokens.hpp"  // generated from assets/theme.json

namespace mlguide {
namespace {

constexpr ImU32 Rgb(unsigned hex, unsigned alpha = 0xFF) {
  return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, alpha);
}

// Palette's fields in order. The colours are assets/theme.json's (so are the page's, the
// manifest's and the icons'); text keeps 4.5:1 on every background (tests/ui/accessibility_test.cpp).
namespace tk = theme_tokens;
constexpr Palette kLight{false,
                         Rgb(tk::kLightPage),   Rgb(tk::kLightSurface),    Rgb(tk::kLightSurfaceHover),
                         Rgb(tk::kLightBorder), Rgb(tk::kLightText),       Rgb(tk::kLightMuted),
                         Rgb(tk::kLightAccent), Rgb(tk::kLightAccentSoft), Rgb(tk::kLightOnAccent),
                         Rgb(tk::kLightWarning)};
constexpr Palette kDark{true,
                        Rgb(tk::kDarkPage),   Rgb(tk::kDarkSurface),    Rgb(tk::kDarkSurfaceHover),
                        Rgb(tk::kDarkBorder), Rgb(tk::kDarkText),       Rgb(tk::kDarkMuted),
                        Rgb(tk::kDarkAccent), Rgb(tk::kDarkAccentSoft), Rgb(tk::kDarkOnAccent),
                        Rgb(tk::kDarkWarning)};

ImVec4 V(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

}  // namespace

const Palette& PaletteFor(bool dark) { return dark ? kDark : kLight; }

void ApplyStyle(const Palette& p, ImGuiStyle& s) {
  s = ImGuiStyle();
  s.WindowPadding = ImVec2(0, 0);
  s.WindowBorderSize = 0;
  s.WindowRounding = 0;
  s.FramePadding = ImVec2(10, 6);
  s.FrameRounding = 6;
  s.ItemSpacing = ImVec2(8, 8);
  s.ScrollbarSize = 12;
  s.ScrollbarRounding = 6;
  s.GrabRounding = 6;
  s.CellPadding = ImVec2(8, 8);

  ImVec4* c = s.Colors;
  c[ImGuiCol_Text] = V(p.text);
  c[ImGuiCol_TextDisabled] = V(p.muted);
  c[ImGuiCol_WindowBg] = V(p.page);
  c[ImGuiCol_ChildBg] = V(p.page);
  c[ImGuiCol_PopupBg] = V(p.surface);
  c[ImGuiCol_Border] = V(p.border);
  c[ImGuiCol_FrameBg] = V(p.surface);
  c[ImGuiCol_FrameBgHovered] = V(p.surface_hover);
  c[ImGuiCol_FrameBgActive] = V(p.accent_soft);
  c[ImGuiCol_Button] = V(p.surface);
  c[ImGuiCol_ButtonHovered] = V(p.surface_hover);
  c[ImGuiCol_ButtonActive] = V(p.accent_soft);
  c[ImGuiCol_Header] = V(p.accent_soft);
  c[ImGuiCol_HeaderHovered] = V(p.surface_hover);
  c[ImGuiCol_HeaderActive] = V(p.accent_soft);
  c[ImGuiCol_ScrollbarBg] = V(p.page);
  c[ImGuiCol_ScrollbarGrab] = V(p.border);
  c[ImGuiCol_ScrollbarGrabHovered] = V(p.muted);
  c[ImGuiCol_ScrollbarGrabActive] = V(p.muted);
  c[ImGuiCol_TableBorderLight] = V(p.border);
  c[ImGuiCol_TableBorderStrong] = V(p.border);
  c[ImGuiCol_TableHeaderBg] = V(p.surface);
  c[ImGuiCol_NavHighlight] = V(p.accent);
  c[ImGuiCol_TextSelectedBg] = V(p.accent_soft);
}

}  // namespace mlguide
