#include "ui/card.hpp"

#include "ui/ui_context.hpp"

namespace mlguide {

Card::Card(const Palette& pal, float width, float padding)
    : pal_(pal), width_(width), padding_(padding), start_(ImGui::GetCursorScreenPos()), fill_(pal.surface) {
  splitter_.Split(ImGui::GetWindowDrawList(), 2);
  splitter_.SetCurrentChannel(ImGui::GetWindowDrawList(), 1);
  if (padding > 0) {
    // The next item lands ItemSpacing.y below this one: top padding = `padding` in all.
    ImGui::Dummy(ImVec2(width, padding - ImGui::GetStyle().ItemSpacing.y));
    ImGui::Indent(padding);  // never Indent(0): that means "the default indent"
  }
}

Card::~Card() {
  if (padding_ > 0) ImGui::Unindent(padding_);
  // Dear ImGui adds ItemSpacing.y after the last item; the card's padding replaces it.
  ImGui::SetCursorScreenPos(ImVec2(start_.x, ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y));
  ImGui::Dummy(ImVec2(width_, padding_));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 end(start_.x + width_, ImGui::GetItemRectMax().y);
  splitter_.SetCurrentChannel(dl, 0);
  dl->AddRectFilled(start_, end, fill_, kCardRounding);
  dl->AddRect(start_, end, pal_.border, kCardRounding);
  splitter_.Merge(dl);
}

}  // namespace mlguide
