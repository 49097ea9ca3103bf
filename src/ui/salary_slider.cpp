#include "ui/salary_slider.hpp"

#include <algorithm>
#include <cmath>

#include "core/format.hpp"
#include "imgui_internal.h"
#include "ui/fonts.hpp"
#include "ui/rich_text.hpp"
#include "ui/widgets.hpp"

namespace mlguide {
namespace {

constexpr int kDragStep = 500;   // pounds a slider position snaps to
constexpr int kKeyStep = 1000;   // arrow keys
constexpr int kPageStep = 5000;  // Page Up / Page Down

}  // namespace

std::optional<int> SalarySlider(Ui& ui, int amount, int lo, int hi, bool open_ended, float width) {
  const Fonts& f = ui.fonts;
  const Salary& s = ui.guide.salary;
  const float size = FontSize(f.small), track_h = 10, thumb_r = 11;
  // The figures' ticks reach past the thumb and their labels sit beyond it, so the thumb
  // never hides one; the ends of the scale go below.
  const float tick_reach = thumb_r + 4, label_gap = thumb_r + 6;
  const float pad_x = thumb_r + 2;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float cy = p.y + size + label_gap;
  const float ends_y = cy + label_gap + size + 4;
  const float h = ends_y + size + 2 - p.y;
  const float x0 = p.x + pad_x, x1 = p.x + width - pad_x;
  auto x_of = [&](int v) { return x0 + (x1 - x0) * static_cast<float>(v - lo) / static_cast<float>(hi - lo); };

  bool hovered = false;
  Semantics sem{Role::Slider, "Salary"};
  sem.value_text = FormatMoney(amount, s.currency_symbol) + " a year";
  sem.value = static_cast<float>(std::clamp(amount, lo, hi));
  sem.min = static_cast<float>(lo);
  sem.max = static_cast<float>(hi);
  sem.step = static_cast<float>(kDragStep);  // every value the slider can show is a step of it
  ClickArea(ui, "slider", "salary.slider", ImVec2(width, h), std::move(sem), &hovered);
  const ImGuiID id = ImGui::GetItemID();
  int value = std::clamp(amount, lo, hi);
  bool moved = false;
  if (ImGui::IsItemActive()) {
    const float t = std::clamp((ImGui::GetIO().MousePos.x - x0) / (x1 - x0), 0.0f, 1.0f);
    value = lo + static_cast<int>(std::lround(t * (hi - lo) / kDragStep)) * kDragStep;
    moved = value != std::clamp(amount, lo, hi) || ImGui::IsItemActivated();
  }
  if (ImGui::IsItemFocused()) {
    const int keyed = RangeKeys(id, value, kKeyStep, kPageStep, lo, hi);
    moved |= keyed != value;
    value = keyed;
  }
  // A value set through the page: a screen reader's increment, a range input's new value.
  if (const std::optional<float> v = TakePageValue(ui, "salary.slider")) {
    value = static_cast<int>(std::lround(*v / kDragStep)) * kDragStep;
    moved = true;
  }
  value = std::clamp(value, lo, hi);

  ImDrawList* dl = ImGui::GetWindowDrawList();
  // Track, then the article's band on it, fading out above the band when some sectors pay more.
  dl->AddRectFilled(ImVec2(x0, cy - track_h / 2), ImVec2(x1, cy + track_h / 2), ui.pal.accent_soft, track_h / 2);
  // Opaque, so the band and its fade can overlap without a seam.
  const ImVec4 a = ImGui::ColorConvertU32ToFloat4(ui.pal.accent), b = ImGui::ColorConvertU32ToFloat4(ui.pal.accent_soft);
  const ImU32 band = ImGui::ColorConvertFloat4ToU32(ImVec4(b.x + (a.x - b.x) * 0.45f, b.y + (a.y - b.y) * 0.45f, b.z + (a.z - b.z) * 0.45f, 1));
  const float bx0 = x_of(std::max(lo, s.band.low)), bx1 = x_of(std::min(hi, s.band.high));
  dl->AddRectFilled(ImVec2(bx0, cy - track_h / 2), ImVec2(bx1, cy + track_h / 2), band, track_h / 2,
                    open_ended && hi > s.band.high ? ImDrawFlags_RoundCornersLeft : ImDrawFlags_RoundCornersAll);
  if (open_ended && hi > s.band.high) {
    dl->AddRectFilledMultiColor(ImVec2(bx1 - 1, cy - track_h / 2), ImVec2(x1 - track_h / 2, cy + track_h / 2), band,
                                ui.pal.accent_soft, ui.pal.accent_soft, band);
  }
  // Reference figures: a tick and a short label, alternately above and below the track.
  int n = 0;
  float last_label_end[2] = {-1e9f, -1e9f};
  for (const SalaryFigure& fig : s.figures) {
    if (fig.amount < lo || fig.amount > hi) continue;
    const float x = x_of(fig.amount);
    const int row = n++ % 2;
    dl->AddLine(ImVec2(x, row ? cy : cy - tick_reach), ImVec2(x, row ? cy + tick_reach : cy), ui.pal.muted, 1.5f);
    const float w = f.small->CalcTextSizeA(size, FLT_MAX, 0, fig.short_label.c_str()).x;
    const float lx = std::clamp(x - w / 2, p.x, p.x + width - w);
    if (lx < last_label_end[row] + 4) continue;  // no overlapping labels; the legend names every figure
    last_label_end[row] = lx + w;
    const float ly = row ? cy + label_gap : cy - label_gap - size;
    DrawLabel(dl, f.small, ImVec2(lx, ly), ui.pal.muted, fig.short_label);
  }
  // The thumb.
  const ImVec2 thumb(x_of(value), cy);
  dl->AddCircleFilled(thumb, thumb_r, ui.pal.accent, 32);
  dl->AddCircleFilled(thumb, thumb_r - 4, ui.pal.surface, 32);
  if (hovered || ImGui::IsItemActive()) dl->AddCircle(thumb, thumb_r + 3, (ui.pal.accent & 0x00FFFFFF) | 0x60000000, 32, 2);
  // Ends of the scale.
  const std::string& symbol = ui.guide.salary.currency_symbol;
  const std::string left = FormatMoneyShort(lo, symbol), right = FormatMoneyShort(hi, symbol) + (open_ended ? "+" : "");
  DrawLabel(dl, f.small, ImVec2(p.x, ends_y), ui.pal.muted, left);
  DrawLabel(dl, f.small, ImVec2(p.x + width - f.small->CalcTextSizeA(size, FLT_MAX, 0, right.c_str()).x, ends_y), ui.pal.muted, right, false);
  if (!moved || value == amount) return std::nullopt;
  return value;
}

}  // namespace mlguide
