#include "ui/theme.hpp"

namespace mlguide {
namespace {

constexpr ImU32 Rgb(unsigned hex, unsigned alpha = 0xFF) {
  return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, alpha);
}

// Text colours keep at least 4.5:1 against both page and surface (WCAG AA).
constexpr Palette kLight{false,          Rgb(0xF4F2ED), Rgb(0xFFFFFF), Rgb(0xF7F5F0), Rgb(0xDDD8CE),
                         Rgb(0x1F2328), Rgb(0x57606A), Rgb(0x0B57D0), Rgb(0xE8EFFC), Rgb(0xFFFFFF),
                         Rgb(0xB3261E)};
constexpr Palette kDark{true,           Rgb(0x111418), Rgb(0x1A1F26), Rgb(0x222933), Rgb(0x313A46),
                        Rgb(0xE6EDF3), Rgb(0xA3ADB8), Rgb(0x7AB0FF), Rgb(0x1E2D45), Rgb(0x0B1A33),
                        Rgb(0xFFB4AB)};

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
