#include "ui/rich_text.hpp"

#include <algorithm>
#include <string>

#include "ui/fonts.hpp"
#include "ui/frame_report.hpp"

namespace mlguide {
namespace {

// Lays out words greedily; draws them when `dl` is set, and then also tells the frame's report
// each line of each run (the page's text layer). Returns the height used.
float Layout(ImDrawList* dl, ImVec2 origin, std::initializer_list<TextRun> runs, float width, float spacing,
             std::vector<LinkPiece>* links) {
  float line_h = 0;
  for (const TextRun& r : runs) line_h = std::max(line_h, FontSize(r.font) * spacing);
  FrameReport* report = dl ? CurrentReport() : nullptr;
  // The line of one run being gathered for the report.
  std::string piece;
  float piece_x = 0, piece_end = 0, piece_y = 0;
  const TextRun* piece_run = nullptr;
  bool first_piece = true, piece_glued = false;
  auto flush = [&]() {
    if (piece_run && !piece.empty()) {
      const ImVec2 at(origin.x + piece_x, origin.y + piece_y);
      if (!piece_run->link.empty()) {
        // Underlined just below the baseline, gaps between its words included.
        const float size = FontSize(piece_run->font);
        const float under = at.y + (line_h - size) * 0.5f + piece_run->font->Ascent * size / piece_run->font->FontSize + 1.5f;
        dl->AddLine(ImVec2(at.x, under), ImVec2(origin.x + piece_end, under), piece_run->color, 1.0f);
        if (links) links->push_back({piece_run, at, ImVec2(origin.x + piece_end, at.y + line_h)});
      }
      if (report) report->AddText(std::move(piece), at, piece_end - piece_x, piece_run->font, line_h, first_piece, piece_run->link, piece_glued);
      first_piece = false;
    }
    piece.clear();
    piece_run = nullptr;
  };
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
      // A word glued to the one before (a comma after a link) stays on its line: no break there.
      const bool glued = !line_empty && !space_pending;
      if (!line_empty && !glued && x + gap + w > width) {
        flush();
        x = 0;
        y += line_h;
      } else {
        x += gap;
      }
      if (dl) {
        if (piece_run != &r) {
          flush();
          piece_run = &r;
          piece_x = x;
          piece_y = y;
          piece_glued = glued;
        } else if (gap > 0) {
          piece += ' ';
        }
        piece.append(word.data(), word.size());
        piece_end = x + w;
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
  flush();
  return line_empty ? 0 : y + line_h;
}

}  // namespace

float MeasureRuns(std::initializer_list<TextRun> runs, float width, float line_spacing) {
  return Layout(nullptr, ImVec2(0, 0), runs, width, line_spacing, nullptr);
}

float DrawRuns(ImDrawList* dl, ImVec2 origin, std::initializer_list<TextRun> runs, float width, float line_spacing) {
  return Layout(dl, origin, runs, width, line_spacing, nullptr);
}

void DrawLabel(ImDrawList* dl, ImFont* font, ImVec2 pos, ImU32 color, std::string_view text, bool new_block) {
  const float size = FontSize(font);
  dl->AddText(font, size, pos, color, text.data(), text.data() + text.size());
  if (FrameReport* report = CurrentReport())
    report->AddText(std::string(text), pos, font->CalcTextSizeA(size, FLT_MAX, 0, text.data(), text.data() + text.size()).x, font,
                    size, new_block);
}

void FlowText(std::initializer_list<TextRun> runs, float width, float line_spacing, std::vector<LinkPiece>* links) {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float h = Layout(ImGui::GetWindowDrawList(), origin, runs, width, line_spacing, links);
  ImGui::Dummy(ImVec2(width, h));
}

void FlowHeading(std::initializer_list<TextRun> runs, float width, int level, float line_spacing) {
  FrameReport* report = CurrentReport();
  const size_t before = report ? report->text.size() : 0;
  FlowText(runs, width, line_spacing);
  // Each line's first run is the heading; a run after it on its line (a citation) is not.
  if (report)
    for (size_t i = before; i < report->text.size(); ++i)
      if (i == before || report->text[i].y != report->text[i - 1].y) report->text[i].heading = level;
}

}  // namespace mlguide
