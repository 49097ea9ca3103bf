// One function per part of the page. Each draws at the cursor, `width` CSS pixels wide.
#pragma once

#include "core/guide.hpp"
#include "core/progress.hpp"
#include "ui/ui_context.hpp"

namespace mlguide {

void DrawHeader(Ui& ui, float width);
void DrawEmbedHeader(Ui& ui, float width);  // compact: readiness and the menu, in a card
void DrawGlanceCard(Ui& ui, float width);
void DrawSectionPanel(Ui& ui, int section_index, float width);
void DrawSourcesFooter(Ui& ui, float width);
void DrawTrackerPanel(Ui& ui, float width);
void DrawSalaryPanel(Ui& ui, float width);
// Notices above the panels: storage problems, messages. Dialogs: reset, replace, share.
void DrawNotices(Ui& ui, float width);
// One line of feedback ("Your progress was reset."), over the bottom of the view: appearing,
// it moves nothing on the page.
void DrawMessage(Ui& ui, float width);
bool MemoryOnly(const StoreProblem& problem);  // progress is not being saved
void DrawDialogs(Ui& ui);
// Whether the state asks for a dialog (it shows from the frame after it is first drawn).
bool DialogWanted(const AppState& state);
// The header's menu button and its popup (export, import, share, reset).
void DrawProgressMenu(Ui& ui);

// A skill's state as a small circle: outline, half filled, filled with a tick.
void StateIcon(ImDrawList* dl, ImVec2 center, float radius, SkillState state, const Palette& pal);

// The body of a guide section, one content block at a time.
void DrawBlock(Ui& ui, const Block& block, float width);

}  // namespace mlguide
