// The seam between the app and where it runs. One implementation per target:
// web (html5.h + WebGL2) and null (native tests and tools: no window, no GPU).
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "imgui.h"

namespace mlguide {

struct Viewport {
  float width = 0, height = 0;  // CSS pixels
  float dpr = 1;                // device pixels per CSS pixel
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

  virtual bool PrefersDarkScheme() = 0;
  // Where the guide stands, so input at an edge can go to the host page instead: the wheel
  // at the top or bottom of the scroll range, Tab on the last focusable widget (Shift+Tab
  // on the first, or with nothing focused) moves focus out of the canvas.
  virtual void SetScrollRange(float scroll, float scroll_max) = 0;
  virtual void SetFocusEdges(bool first_focused, bool last_focused) = 0;
  virtual void OpenUrl(const std::string& url) = 0;
  virtual void CopyText(const std::string& text) = 0;
};

// Null platform: a viewport of the given size, nothing shown. For tests and tools.
struct NullPlatformOptions {
  Viewport viewport{1280, 800, 1};
  bool prefers_dark = false;
};
std::unique_ptr<Platform> CreateNullPlatform(const NullPlatformOptions& options);

#ifdef __EMSCRIPTEN__
// Draws into the canvas matching `canvas_selector`; returns nullptr with `error` set when
// WebGL2 is not available.
std::unique_ptr<Platform> CreateWebPlatform(const char* canvas_selector, std::string& error);
#endif

}  // namespace mlguide
