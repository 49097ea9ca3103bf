#include "ui/widgets.hpp"

#include <array>

#include "imgui_internal.h"
#include "ui/fonts.hpp"

namespace mlguide {

bool ClickArea(Ui& ui, const char* imgui_id, const std::string& report_id, ImVec2 size, bool* hovered) {
  const bool pressed = ImGui::InvisibleButton(imgui_id, size);
  ui.report.AddLastItem(report_id);
  const bool hot = ImGui::IsItemHovered();
  if (hot) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImGui::RenderNavHighlight(ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()), ImGui::GetItemID());
  if (hovered) *hovered = hot;
  return pressed;
}

int Segmented(Ui& ui, const char* const* labels, const char* const* report_ids, int count, int selected) {
  ImFont* font = ui.fonts.small_bold;
  const float size = FontSize(font), pad_x = 12, h = size + 14;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 start = ImGui::GetCursorScreenPos();
  float total = 0;
  for (int i = 0; i < count; ++i) total += font->CalcTextSizeA(size, FLT_MAX, 0, labels[i]).x + 2 * pad_x;
  dl->AddRectFilled(start, start + ImVec2(total, h), ui.pal.surface, h * 0.5f);
  dl->AddRect(start, start + ImVec2(total, h), ui.pal.border, h * 0.5f);
  int picked = -1;
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
  for (int i = 0; i < count; ++i) {
    const float w = font->CalcTextSizeA(size, FLT_MAX, 0, labels[i]).x + 2 * pad_x;
    if (i > 0) ImGui::SameLine();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    bool hovered = false;
    ImGui::PushID(i);
    if (ClickArea(ui, "seg", report_ids[i], ImVec2(w, h), &hovered)) picked = i;
    ImGui::PopID();
    const bool on = i == selected;
    if (on) dl->AddRectFilled(p + ImVec2(2, 2), p + ImVec2(w - 2, h - 2), ui.pal.accent, (h - 4) * 0.5f);
    else if (hovered) dl->AddRectFilled(p + ImVec2(2, 2), p + ImVec2(w - 2, h - 2), ui.pal.surface_hover, (h - 4) * 0.5f);
    dl->AddText(font, size, p + ImVec2(pad_x, (h - size) * 0.5f), on ? ui.pal.on_accent : ui.pal.text, labels[i]);
  }
  ImGui::PopStyleVar();
  return picked;
}

void Space(float css_px) {
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + css_px);
}

void Chevron(ImDrawList* dl, ImVec2 c, float size, bool open, ImU32 color) {
  const float h = size * 0.5f, t = size * 0.25f;
  if (open) dl->AddPolyline(std::array<ImVec2, 3>{c + ImVec2(-h, -t), c + ImVec2(0, t), c + ImVec2(h, -t)}.data(), 3, color, 0, 2.0f);
  else dl->AddPolyline(std::array<ImVec2, 3>{c + ImVec2(-t, -h), c + ImVec2(t, 0), c + ImVec2(-t, h)}.data(), 3, color, 0, 2.0f);
}

}  // namespace mlguide
