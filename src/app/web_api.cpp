#include "app/web_api.hpp"

#include <emscripten.h>

#include <string>

#include "core/guide_html.hpp"
#include "core/json_reader.hpp"
#include "imgui_internal.h"  // GetFocusID

namespace {

mlguide::App* g_app = nullptr;
mlguide::Platform* g_platform = nullptr;
std::string g_buffer;  // backs the last string handed to JavaScript

}  // namespace

namespace mlguide {

void BindWebApi(App& app, Platform& platform) {
  g_app = &app;
  g_platform = &platform;
}

}  // namespace mlguide

extern "C" {

EMSCRIPTEN_KEEPALIVE int mlguide_frames() { return g_app ? g_app->frames() : 0; }

// JSON array of {id, x, y, width, height}: named widgets of the last frame, CSS pixels
// relative to the canvas.
EMSCRIPTEN_KEEPALIVE const char* mlguide_widgets() {
  mlguide::Json list = mlguide::Json::array();
  if (g_app)
    for (const mlguide::WidgetRect& w : g_app->report().widgets)
      list.push_back({{"id", w.id}, {"x", w.min.x}, {"y", w.min.y}, {"width", w.max.x - w.min.x}, {"height", w.max.y - w.min.y}});
  g_buffer = list.dump();
  return g_buffer.c_str();
}

// Id of the named widget that has keyboard focus, or "" when none has.
EMSCRIPTEN_KEEPALIVE const char* mlguide_focused() {
  g_buffer.clear();
  const ImGuiID focus = ImGui::GetFocusID();
  if (g_app && focus)
    for (const mlguide::WidgetRect& w : g_app->report().widgets)
      if (w.imgui_id == focus) g_buffer = w.id;
  return g_buffer.c_str();
}

// The progress as Export writes it.
EMSCRIPTEN_KEEPALIVE const char* mlguide_progress() {
  g_buffer = g_app ? g_app->ProgressJson() : "";
  return g_buffer.c_str();
}

// The reader's own part of the printed guide (core/guide_html.hpp), as HTML.
EMSCRIPTEN_KEEPALIVE const char* mlguide_reader_html() {
  g_buffer = g_app ? mlguide::RenderReaderHtml(g_app->guide(), g_app->state().progress, g_app->Today()) : "";
  return g_buffer.c_str();
}

// Something outside the canvas changed (its size, the colour scheme): draw again.
EMSCRIPTEN_KEEPALIVE void mlguide_request_frame() {
  if (g_platform) g_platform->RequestFrame();
}

}  // extern "C"
