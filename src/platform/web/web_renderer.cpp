#include "platform/web/web_renderer.hpp"

#include <GLES3/gl3.h>

#include <cmath>

#include "imgui_impl_opengl3.h"
#include "platform/web/web_js.hpp"

namespace mlguide {
namespace {

const char* CssCursor(ImGuiMouseCursor c) {
  switch (c) {
    case ImGuiMouseCursor_Hand: return "pointer";
    case ImGuiMouseCursor_TextInput: return "text";
    case ImGuiMouseCursor_ResizeNS: return "ns-resize";
    case ImGuiMouseCursor_ResizeEW: return "ew-resize";
    case ImGuiMouseCursor_NotAllowed: return "not-allowed";
    default: return "default";
  }
}

}  // namespace

WebRenderer::~WebRenderer() {
  ImGui_ImplOpenGL3_Shutdown();
  if (context_ > 0) emscripten_webgl_destroy_context(context_);
}

bool WebRenderer::Init(std::string& error) {
  EmscriptenWebGLContextAttributes attr;
  emscripten_webgl_init_context_attributes(&attr);
  attr.majorVersion = 2;
  attr.minorVersion = 0;
  attr.alpha = EM_TRUE;
  attr.depth = EM_FALSE;
  attr.stencil = EM_FALSE;
  attr.antialias = EM_FALSE;  // Dear ImGui anti-aliases its own shapes
  attr.premultipliedAlpha = EM_TRUE;
  attr.powerPreference = EM_WEBGL_POWER_PREFERENCE_LOW_POWER;
  context_ = emscripten_webgl_create_context(selector_.c_str(), &attr);
  if (context_ <= 0) {
    error = "WebGL 2 is not available in this browser";
    return false;
  }
  emscripten_webgl_make_context_current(context_);
  if (!ImGui_ImplOpenGL3_Init("#version 300 es")) {
    error = "WebGL 2 could not compile the renderer’s shaders";
    return false;
  }
  ImGui::GetIO().BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
  const char* c = selector_.c_str();
  emscripten_set_webglcontextlost_callback(c, this, EM_FALSE, &WebRenderer::OnContextLost);
  emscripten_set_webglcontextrestored_callback(c, this, EM_FALSE, &WebRenderer::OnContextRestored);
  return true;
}

void WebRenderer::Resize(double css_w, double css_h, float dpr) {
  const int fb_w = static_cast<int>(std::lround(css_w * dpr)), fb_h = static_cast<int>(std::lround(css_h * dpr));
  if (fb_w == fb_w_ && fb_h == fb_h_) return;
  emscripten_set_canvas_element_size(selector_.c_str(), fb_w, fb_h);
  fb_w_ = fb_w;
  fb_h_ = fb_h;
}

void WebRenderer::FontsChanged() {
  if (!device_objects_) {
    ImGui_ImplOpenGL3_NewFrame();  // creates shaders, buffers and the font texture once
    device_objects_ = true;
    WarmUp();
    return;
  }
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

// One invisible triangle through the same program and state as every frame. The browser's
// GPU side prepares its pipeline for them on their first draw (in software rendering, a long
// compilation); done here, in the task before the first frame's, it overlaps that frame's
// own work instead of delaying its arrival on screen.
void WebRenderer::WarmUp() {
  ImDrawList list(ImGui::GetDrawListSharedData());
  list._ResetForNewFrame();
  list.PushTextureID(ImGui::GetIO().Fonts->TexID);
  list.PushClipRectFullScreen();
  list.AddTriangleFilled(ImVec2(0, 0), ImVec2(1, 0), ImVec2(0, 1), IM_COL32(0, 0, 0, 0));
  ImDrawData data;
  data.Valid = true;
  data.CmdLists.push_back(&list);
  data.CmdListsCount = 1;
  data.TotalVtxCount = list.VtxBuffer.Size;
  data.TotalIdxCount = list.IdxBuffer.Size;
  data.DisplaySize = ImVec2(1, 1);
  data.FramebufferScale = ImVec2(1, 1);
  emscripten_webgl_make_context_current(context_);
  ImGui_ImplOpenGL3_RenderDrawData(&data);
}

void WebRenderer::Render(ImDrawData* draw_data, ImU32 clear, ImGuiMouseCursor cursor) {
  if (context_lost_) return;  // nothing can be drawn until the browser gives it back
  emscripten_webgl_make_context_current(context_);
  glViewport(0, 0, fb_w_, fb_h_);
  const ImVec4 c = ImGui::ColorConvertU32ToFloat4(clear);
  glClearColor(c.x, c.y, c.z, c.w);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(draw_data);
  if (cursor != cursor_) {
    cursor_ = cursor;
    js_set_cursor(selector_.c_str(), CssCursor(cursor));
  }
}

// A lost context (GPU reset, driver update, too many contexts) is asked back by preventing
// the event's default; once restored, every GL object is made again. The shell offers a
// reload if it does not come back.
EM_BOOL WebRenderer::OnContextLost(int, const void*, void* user) {
  static_cast<WebRenderer*>(user)->context_lost_ = true;
  return EM_TRUE;
}

EM_BOOL WebRenderer::OnContextRestored(int, const void*, void* user) {
  auto* self = static_cast<WebRenderer*>(user);
  self->context_lost_ = false;
  emscripten_webgl_make_context_current(self->context_);
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplOpenGL3_Init("#version 300 es");
  self->device_objects_ = false;
  self->FontsChanged();
  self->redraw_();
  return EM_FALSE;
}

}  // namespace mlguide
