// The salary explorer's slider: the article's band, the reference figures inside the
// slider's range, and the thumb. Reported as "salary.slider" (a slider to assistive
// technology, its value in words).
#pragma once

#include <optional>

#include "ui/ui_context.hpp"

namespace mlguide {

// Dragging, tapping, the keys and the page move it, in steps of £500. Returns the new amount
// when the reader moved it: a typed salary beyond the scale stays as it is, with the thumb at
// the end of the scale.
std::optional<int> SalarySlider(Ui& ui, int amount, int lo, int hi, bool open_ended, float width);

}  // namespace mlguide
