// Small building blocks shared by the panels.
#pragma once

#include <string>

#include "imgui.h"
#include "ui/ui_context.hpp"

namespace mlguide {

// An invisible, focusable button of `size` at the cursor: hand cursor on hover, keyboard
// focus ring, reported to the page API as `report_id`. Returns true when activated.
bool ClickArea(Ui& ui, const char* imgui_id, const std::string& report_id, ImVec2 size, bool* hovered = nullptr);

// One row of mutually exclusive choices. Returns the index picked this frame, or -1.
int Segmented(Ui& ui, const char* const* labels, const char* const* report_ids, int count, int selected);

// Vertical space before the next item (which must follow: Dear ImGui checks that a
// cursor move never stands alone at the end of a window).
void Space(float css_px);

// A chevron pointing right (closed) or down (open), centred on `center`.
void Chevron(ImDrawList* dl, ImVec2 center, float size, bool open, ImU32 color);

}  // namespace mlguide
