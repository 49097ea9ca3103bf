// The JavaScript the web platform calls: browser_library.js (the browser's services) and
// page_library.js (the page adapter, page/*.js). Strings returned are malloc'ed there and
// freed here (TakeString).
#pragma once

#include <cstdlib>
#include <string>

extern "C" {
// browser_library.js
int js_prefers_dark();
int js_coarse_pointer();
void js_set_cursor(const char* selector, const char* cursor);
int js_open_url(const char* url);  // 0 when the browser refused the new tab
void js_copy_text(void* self, int token, const char* text);  // answered by mlguide_web_copied
int js_framed();
void js_log(const char* message);
double js_now_ms();
int js_today();  // yyyymmdd in the reader's time zone
char* js_storage_get(const char* key, int* status);  // status 1 present, 0 absent, -1 refused (the error)
char* js_storage_set(const char* key, const char* value);  // nullptr when stored, else the error
void js_listen_page(void* self);
char* js_location(int part);  // 0 the fragment, 1 the URL without it
void js_replace_fragment(const char* fragment);
void js_download(const char* name, const char* mime, const char* content);
void js_pick_file(void* self, int token, const char* accept, int max_bytes);  // answered by mlguide_web_file_picked
void js_content_height(int px);
void js_apply_update();
char* js_query();

// page_library.js
int js_mirror_setup(void* self, const char* canvas_selector);  // 0 when there is no canvas
void js_mirror_update(const char* json);  // a TreeUpdate (platform/page_update_json.hpp)
void js_watch_view(void* self, const char* selector);
int js_watch_size(void* self, const char* selector);  // 0 where the size cannot be watched
void js_post_to_parent(const char* json);
}

namespace mlguide {

// Takes ownership of a string malloc'ed by JavaScript.
inline std::string TakeString(char* p) {
  std::string s = p ? p : "";
  std::free(p);
  return s;
}

}  // namespace mlguide
