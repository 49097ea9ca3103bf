// The seam between the app and where it runs. One implementation per target:
// web (html5.h + WebGL2) and null (native tests and tools: no window, no GPU).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/progress_store.hpp"
#include "core/tax.hpp"
#include "imgui.h"
#include "platform/frame_output.hpp"

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
  // Does what the frame left to do: draws it, keeps the page's elements over the canvas in
  // step with its tree, remembers where the guide stands for input at its edges, and carries
  // out its commands.
  virtual void Present(const FrameOutput& frame) = 0;
  // Carries out commands outside a frame (the page is going away, another tab wrote).
  virtual void Execute(const std::vector<Command>& commands) = 0;

  // Calls `frame` whenever something may have changed, and again while it returns true.
  virtual void Run(std::function<bool()> frame) = 0;
  virtual void RequestFrame() = 0;
  virtual void RequestFrameAfter(double ms) = 0;
  virtual std::int64_t NowMs() = 0;  // wall clock, ms since the epoch
  virtual CivilDate Today() = 0;     // the reader's own calendar date (their time zone)
  virtual bool PrefersDarkScheme() = 0;
  // Whether the guide is shown inside another page (an iframe). There, downloads and popups
  // can be refused without the page being told.
  virtual bool Framed() = 0;
  // Saved progress lives here (localStorage on the web).
  virtual KeyValueStore& Storage() = 0;
  // The page's own URL: its fragment ("#..." or ""), the URL without the fragment, and its
  // query ("?embed=1&panel=salary" or "").
  virtual std::string UrlFragment() = 0;
  virtual std::string PageUrl() = 0;
  virtual std::string QueryString() = 0;

  // What happens outside the app, as it happens. Each handler is set once, by the app.
  struct Listeners {
    std::function<void(const MirrorAction&)> page_action;       // the reader did something to an element over the canvas
    std::function<void(const CommandResult&)> answered;         // the browser answered a command
    std::function<void(const std::string& key)> storage_changed;  // another tab wrote to the store
    std::function<void()> page_hiding;       // the page may be about to go away (hidden, closed, navigated)
    std::function<void()> fragment_changed;  // a link pasted into the address bar of an open guide
    std::function<void()> update_available;  // a new version has been downloaded and waits
    // A reading key no control used: scroll the guide by `dy` CSS px (±infinity: to an end).
    std::function<void(float dy)> scroll_by;
  };
  virtual void Listen(Listeners listeners) = 0;
};


#ifdef __EMSCRIPTEN__
// Draws into the canvas matching `canvas_selector`; returns nullptr with `error` set when
// WebGL2 is not available.
std::unique_ptr<Platform> CreateWebPlatform(const char* canvas_selector, std::string& error);
#endif

}  // namespace mlguide
