// The guide as plain semantic HTML, for screen readers, search engines and browsers
// that cannot run the canvas app. Generated at build time into web/index.html.
#pragma once

#include <string>

#include "core/guide.hpp"
#include "core/progress.hpp"
#include "core/tax.hpp"

namespace mlguide {

std::string RenderGuideHtml(const Guide& guide);

// The reader's own part, for the printed guide: each skill's state and the salary they chose
// with its take-home estimate, for the tax year of `today` (the reader's date) unless they
// picked one.
std::string RenderReaderHtml(const Guide& guide, const Progress& progress, const CivilDate& today);

}  // namespace mlguide
