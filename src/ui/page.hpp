// The whole page for one frame: a single full-canvas window laid out like a document.
#pragma once

#include "ui/ui_context.hpp"

namespace mlguide {

// Two columns from kTwoColumnMinWidth CSS pixels, one below.
void DrawPage(Ui& ui);

}  // namespace mlguide
