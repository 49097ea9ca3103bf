// What the UI asks the app to do. Panels never call the platform themselves.
#pragma once

#include <string>

namespace mlguide {

struct UiActions {
  bool state_changed = false;     // something on screen changed: draw again
  bool progress_changed = false;  // state.progress changed: save it (coalesced)
  bool export_progress = false;   // save the progress as a file (or offer its text, in a frame)
  bool export_unreadable = false; // the same for the unreadable saved data kept in state.storage
  bool import_progress = false;   // ask the reader for a progress file
  bool share_progress = false;    // make a share link, copy it and show it
  bool forget_shared_link = false;  // remove the progress code from the page's URL
  bool apply_update = false;        // reload into the new version that is waiting
  bool copy_embed_code = false;     // copy the <iframe> snippet for this page and show it
  bool copy_take_away = false;      // copy the text of state.take_away
  bool download_take_away = false;  // ask the browser to save state.take_away as its file
  bool open_own_page = false;       // open the guide on its own page, outside any frame
  std::string open_url;
};

}  // namespace mlguide
