// The seam between the app and where it runs. One implementation per target:
// web (html5.h + WebGL2) and null (native tests and tools: no window, no GPU).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "core/progress_store.hpp"
#include "core/tax.hpp"
#include "imgui.h"
#include "semantics/semantics.hpp"
#include "semantics/tree_update.hpp"

namespace mlguide {

struct Viewport {
  float width = 0, height = 0;  // CSS pixels
  float dpr = 1;                // device pixels per CSS pixel
  bool coarse_pointer = false;  // a finger, not a mouse: controls get bigger
  // The band of the surface the reader can see, in CSS pixels from its top: an embedded guide
  // is as tall as its content, so most of it can be outside the host page's window.
  // in_view_bottom 0 means all of it.
  float in_view_top = 0, in_view_bottom = 0;
  float InViewTop() const { return in_view_bottom > 0 ? in_view_top : 0; }
  float InViewBottom() const { return in_view_bottom > 0 ? in_view_bottom : height; }
};

class Platform {
 public:
  virtual ~Platform() = default;

  // Syncs the drawing surface with its CSS size and pixel ratio, and feeds Dear ImGui's
  // io (display size, framebuffer scale, time). Call before ImGui::NewFrame().
  virtual Viewport BeginFrame() = 0;
  virtual void FontsChanged() = 0;  // the font atlas was rebuilt: upload it again
  virtual void Render(ImDrawData* draw_data, ImU32 clear_color) = 0;

  // Calls `frame` whenever something may have changed, and again while it returns true.
  virtual void Run(std::function<bool()> frame) = 0;
  virtual void RequestFrame() = 0;
  virtual void RequestFrameAfter(double ms) = 0;
  virtual std::int64_t NowMs() = 0;  // wall clock, ms since the epoch
  virtual CivilDate Today() = 0;     // the reader's own calendar date (their time zone)

  virtual bool PrefersDarkScheme() = 0;
  // Where the guide stands, so input at an edge can go to the host page instead: the wheel
  // at the top or bottom of the scroll range, Tab on the last focusable widget (Shift+Tab
  // on the first, or with nothing focused) moves focus out of the canvas.
  virtual void SetScrollRange(float scroll, float scroll_max) = 0;
  virtual void SetFocusEdges(bool first_focused, bool last_focused) = 0;
  // While set, a touch drag moves what it started on (a slider) instead of scrolling.
  virtual void SetPointerCapture(bool captured) = 0;
  // While set, a change of the band in view draws a frame (something is placed in it).
  virtual void SetRedrawOnViewChange(bool redraw) = 0;
  // Opens `url` in a new tab; false when the browser refused (a sandboxed frame without
  // popups, a popup blocker).
  virtual bool OpenUrl(const std::string& url) = 0;
  // Puts `text` on the clipboard; `done(copied)` follows with the browser's answer.
  virtual void CopyText(const std::string& text, std::function<void(bool copied)> done) = 0;
  // Whether the guide is shown inside another page (an iframe). There, downloads and popups
  // can be refused without the page being told.
  virtual bool Framed() = 0;
  // Makes the page's elements over the canvas match `tree` by applying `changes` (what differs
  // from the tree given last: semantics/tree_update.hpp), and calls `act` with what the reader
  // does to them.
  virtual void UpdateMirror(const Mirror& tree, const TreeUpdate& changes) = 0;
  virtual void OnMirrorAction(std::function<void(const MirrorAction&)> act) = 0;
  // A message for whoever runs the site (the browser's console), never shown to the reader.
  virtual void Log(const std::string& message) = 0;

  // Saved progress lives here (localStorage on the web).
  virtual KeyValueStore& Storage() = 0;
  // Calls `changed(key)` when another tab writes to the store.
  virtual void OnStorageChange(std::function<void(const std::string& key)> changed) = 0;
  // Calls `hiding()` when the page may be about to go away (hidden, closed, navigated).
  virtual void OnPageHide(std::function<void()> hiding) = 0;

  // The page's own URL: its fragment ("#..." or ""), replacing it without a reload or a
  // history entry, and the URL without the fragment.
  virtual std::string UrlFragment() = 0;
  virtual void ReplaceUrlFragment(const std::string& fragment) = 0;
  virtual std::string PageUrl() = 0;
  // Calls `changed()` when the fragment changes without a reload (a link pasted into the
  // address bar of an open guide).
  virtual void OnFragmentChange(std::function<void()> changed) = 0;

  // Hands a file to the browser to save. Browsers say nothing of the outcome: a sandboxed
  // frame without allow-downloads drops it silently.
  virtual void DownloadFile(const std::string& name, const std::string& mime, const std::string& content) = 0;
  // Asks the reader for a file; `done(name, text, error)` follows later, if they pick one.
  virtual void PickFile(const std::string& accept,
                        std::function<void(const std::string& name, const std::string& text, const std::string& error)> done) = 0;
  // Inside an iframe, posts a JSON message to the embedding page; elsewhere does nothing.
  virtual void PostToParent(const std::string& json) = 0;
  // The page's height in CSS pixels when nothing scrolls, for an embedding page to size
  // its iframe (the page speaks the height protocols; see docs/embedding.md).
  virtual void ReportContentHeight(int css_px) = 0;

  // The URL's query ("?embed=1&panel=salary" or "").
  virtual std::string QueryString() = 0;

  // A new version of the app has been downloaded and waits: `available()` is called once.
  virtual void OnUpdateAvailable(std::function<void()> available) = 0;
  // Switches to the waiting version and reloads the page into it.
  virtual void ApplyUpdate() = 0;
};


#ifdef __EMSCRIPTEN__
// Draws into the canvas matching `canvas_selector`; returns nullptr with `error` set when
// WebGL2 is not available.
std::unique_ptr<Platform> CreateWebPlatform(const char* canvas_selector, std::string& error);
#endif

}  // namespace mlguide
