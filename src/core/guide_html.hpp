// The guide as plain semantic HTML, for screen readers, search engines and browsers
// that cannot run the canvas app. Generated at build time into web/index.html.
#pragma once

#include <string>

#include "core/guide.hpp"
#include "core/progress.hpp"

namespace mlguide {

std::string RenderGuideHtml(const Guide& guide);

// The reader's own part, for the printed guide: each skill's state and the salary they chose
// with its take-home estimate.
std::string RenderReaderHtml(const Guide& guide, const Progress& progress);

}  // namespace mlguide
