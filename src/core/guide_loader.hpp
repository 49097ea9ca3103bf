// Loads and validates the guide's content. The app, the build-time content tool and the
// tests all go through this one function, so a file the build accepts is one the app can show.
#pragma once

#include <string>
#include <string_view>

#include "core/guide.hpp"

namespace mlguide {

inline constexpr int kGuideSchema = 3;

struct GuideLoad {
  Guide guide;
  std::string error;  // empty on success; otherwise "field.path: what is wrong"
  bool ok() const { return error.empty(); }
};

GuideLoad LoadGuide(std::string_view json_text);

}  // namespace mlguide
