// What the UI asks the app to do. Panels never call the platform themselves.
#pragma once

#include <string>

namespace mlguide {

struct UiActions {
  bool state_changed = false;  // the reader changed something worth keeping
  std::string open_url;
  std::string copy_text;
};

}  // namespace mlguide
