// What the UI asks the app to do. Panels never call the platform themselves.
#pragma once

#include <string>

namespace mlguide {

struct UiActions {
  bool state_changed = false;     // something on screen changed: draw again
  bool progress_changed = false;  // state.progress changed: save it (coalesced)
  bool export_progress = false;   // download the progress file
  bool export_unreadable = false; // download the unreadable saved data kept in state.storage
  bool import_progress = false;   // ask the reader for a progress file
  bool share_progress = false;    // make a share link and show it
  bool forget_shared_link = false;  // remove the progress code from the page's URL
  bool apply_update = false;        // reload into the new version that is waiting
  bool copy_embed_code = false;     // put the <iframe> snippet for this page on the clipboard
  std::string open_url;
  std::string copy_text;
};

}  // namespace mlguide
