// The guide as plain semantic HTML, for screen readers, search engines and browsers
// that cannot run the canvas app. Generated at build time into web/index.html.
#pragma once

#include <string>

#include "core/guide.hpp"

namespace mlguide {

std::string RenderGuideHtml(const Guide& guide);

}  // namespace mlguide
