// Drawing on the canvas: a WebGL2 context and Dear ImGui's OpenGL3 renderer, the mouse
// cursor's shape, and a context the browser takes away and gives back.
//  [X] Canvas backing store = CSS size x devicePixelRatio (Resize, every frame).
//  [X] A lost WebGL context: drawing pauses, and resumes with new GL objects when restored.
//  [X] The GPU's pipeline warmed up before the first frame (WarmUp).
#pragma once

#include <emscripten/html5.h>

#include <functional>
#include <string>

#include "imgui.h"

namespace mlguide {

class WebRenderer {
 public:
  // `redraw` asks for a frame (after a restored context).
  WebRenderer(std::string selector, std::function<void()> redraw) : selector_(std::move(selector)), redraw_(std::move(redraw)) {}
  ~WebRenderer();

  bool Init(std::string& error);
  // Sizes the canvas's backing store to its CSS size at `dpr`.
  void Resize(double css_w, double css_h, float dpr);
  void FontsChanged();
  void Render(ImDrawData* draw_data, ImU32 clear, ImGuiMouseCursor cursor);

 private:
  void WarmUp();
  static EM_BOOL OnContextLost(int, const void*, void* user);
  static EM_BOOL OnContextRestored(int, const void*, void* user);

  std::string selector_;
  std::function<void()> redraw_;
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context_ = 0;
  bool context_lost_ = false;
  bool device_objects_ = false;
  int fb_w_ = 0, fb_h_ = 0;
  ImGuiMouseCursor cursor_ = ImGuiMouseCursor_Arrow;
};

}  // namespace mlguide
