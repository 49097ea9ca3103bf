// One function per part of the page. Each draws at the cursor, `width` CSS pixels wide.
#pragma once

#include "core/guide.hpp"
#include "ui/ui_context.hpp"

namespace mlguide {

void DrawHeader(Ui& ui, float width);
void DrawGlanceCard(Ui& ui, float width);
void DrawSectionPanel(Ui& ui, int section_index, float width);
void DrawSourcesFooter(Ui& ui, float width);

// The body of a guide section, one content block at a time.
void DrawBlock(Ui& ui, const Block& block, float width);

}  // namespace mlguide
