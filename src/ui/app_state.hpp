// What the reader has chosen and what the UI is showing. Plain data: the app loads,
// saves and applies it; panels read it and change it.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/guide.hpp"
#include "core/progress.hpp"
#include "core/progress_store.hpp"
#include "semantics/semantics.hpp"

namespace mlguide {

enum class ThemeMode { System, Light, Dark };

// Progress offered from outside (an imported file, a shared link), shown with what would
// change and adopted only if the reader says so.
struct ReplaceOffer {
  enum class From { File, Link };
  From from = From::File;
  Progress incoming;
};

// Text for the reader to take away (a share link, the embed code, their progress, an
// address to open), shown in a dialog in a real text field of the page, so it can be
// selected and copied by hand wherever the browser refuses to copy, save or open it.
struct TakeAway {
  enum class What { ShareLink, EmbedCode, ProgressFile, Address };
  enum class Copy { NotAsked, Copying, Copied, Refused };  // only the browser's answer moves it on
  What what = What::ShareLink;
  std::string text;
  std::string file_name, mime;  // ProgressFile: the name and type to save it under
  Copy copy = Copy::NotAsked;
  bool download_asked = false;  // ProgressFile: the browser was asked to save it
};

// What the reader typed into a field that the app refused, and why: it stays in the field,
// with the reason beside it, until they type something it takes.
struct FieldDraft {
  std::string text;
  std::string error;
};

struct AppState {
  bool embed = false;      // inside someone else's page: compact, transparent around the cards
  bool framed = false;     // in an iframe: downloads and new tabs may be refused unannounced
  std::optional<std::string> theme_override;  // from the URL, until the reader picks a theme
  std::vector<bool> open;  // per guide section, in guide order
  int scroll_to = -1;      // section to bring into view on the next frame, or -1
  Progress progress;       // skills, theme: everything that is saved
  std::string focus_id;    // widget (report id) to bring into view and focus on the next frame
  std::string came_from;   // the in-page link last followed (report id): a way back is offered beside where it led
  float scroll_by = 0;     // CSS px the page scrolls on the next frame (the reading keys, focus kept in view)
  float notices_height = -1;  // of the notices above the guide last frame (-1 before the first)
  // What the page asked of widgets since the last frame, in the order it asked (a typed salary
  // committed as focus moves on to the next control: both count). Each widget takes its own;
  // what no widget took by the end of the frame is dropped (its widget is gone).
  std::vector<MirrorAction> page_actions;
  std::map<std::string, FieldDraft> drafts;  // by the field's report id
  // The skill the reader changed last, and what a screen reader is told of it (its node
  // carries it as its announcement).
  std::string changed_skill, changed_skill_said;
  // The stepper button pressed last (report id): it tells its stepper's new value, until the
  // value moves some other way.
  std::string stepped;
  bool compare_open = false;  // "Compare with my pay now" ticked, before a pay was typed

  StoreProblem storage;          // what went wrong with saving, if anything
  bool storage_notice_open = false;
  std::optional<ReplaceOffer> offer;
  bool confirm_reset = false;
  bool about_open = false;
  bool keys_open = false;  // the keyboard shortcuts
  std::optional<TakeAway> take_away;  // its dialog is open while this is set
  std::string message;     // one line of feedback ("Progress exported"), until dismissed
  float message_height = 0;  // as last drawn: it floats over the bottom of the view
  bool update_available = false;
};

AppState InitialState(const Guide& guide);
bool ResolveDark(ThemeMode mode, bool system_prefers_dark);
ThemeMode ThemeOf(const Progress& p);
ThemeMode ThemeOf(const AppState& s);  // the URL's theme if any, else the reader's
void SetTheme(Progress& p, ThemeMode mode, std::int64_t now_ms);

}  // namespace mlguide
