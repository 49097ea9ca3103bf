#include "ui/rich_text.hpp"

#include <algorithm>

#include "ui/fonts.hpp"

namespace mlguide {
namespace {

// Lays out words greedily; draws them when `dl` is set. Returns the height used.
float Layout(ImDrawList* dl, ImVec2 origin, std::initializer_list<TextRun> runs, float width, float spacing) {
  float line_h = 0;
  for (const TextRun& r : runs) line_h = std::max(line_h, FontSize(r.font) * spacing);
  const float clip_top = dl ? dl->GetClipRectMin().y : 0, clip_bottom = dl ? dl->GetClipRectMax().y : 0;
  float x = 0, y = 0;
  bool line_empty = true, space_pending = false;
  for (const TextRun& r : runs) {
    const float size = FontSize(r.font);
    const float space_w = r.font->CalcTextSizeA(size, FLT_MAX, 0, " ").x;
    const float baseline_pad = (line_h - size) * 0.5f;
    std::string_view rest = r.text;
    while (!rest.empty()) {
      if (rest.front() == ' ') {
        space_pending = !line_empty;
        rest.remove_prefix(rest.find_first_not_of(' ') == std::string_view::npos ? rest.size() : rest.find_first_not_of(' '));
        continue;
      }
      const size_t end = std::min(rest.find(' '), rest.size());
      const std::string_view word = rest.substr(0, end);
      const float w = r.font->CalcTextSizeA(size, FLT_MAX, 0, word.data(), word.data() + word.size()).x;
      const float gap = space_pending ? space_w : 0;
      if (!line_empty && x + gap + w > width) {
        x = 0;
        y += line_h;
      } else {
        x += gap;
      }
      // Only words inside the clip rectangle are submitted; long pages stay cheap.
      if (dl && origin.y + y + line_h >= clip_top && origin.y + y <= clip_bottom)
        dl->AddText(r.font, size, ImVec2(origin.x + x, origin.y + y + baseline_pad), r.color, word.data(), word.data() + word.size());
      x += w;
      line_empty = false;
      space_pending = false;
      rest.remove_prefix(end);
    }
  }
  return line_empty ? 0 : y + line_h;
}

}  // namespace

float MeasureRuns(std::initializer_list<TextRun> runs, float width, float line_spacing) {
  return Layout(nullptr, ImVec2(0, 0), runs, width, line_spacing);
}

float DrawRuns(ImDrawList* dl, ImVec2 origin, std::initializer_list<TextRun> runs, float width, float line_spacing) {
  return Layout(dl, origin, runs, width, line_spacing);
}

void FlowText(std::initializer_list<TextRun> runs, float width, float line_spacing) {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float h = DrawRuns(ImGui::GetWindowDrawList(), origin, runs, width, line_spacing);
  ImGui::Dummy(ImVec2(width, h));
}

}  // namespace mlguide
