// Web platform on emscripten/html5.h and WebGL2, rendering with Dear ImGui's OpenGL3 backend.
//
// Implemented features:
//  [X] Input bound to the canvas element only: mouse, wheel, touch, keyboard, focus. The host
//      page keeps its own scrolling and keys whenever pointer and focus are elsewhere, and the
//      wheel passes through to the page when the guide is already at its top or bottom,
//      and Tab leaves the canvas after its last widget (Shift+Tab before its first).
//  [X] Canvas backing store = CSS size x devicePixelRatio, rechecked every frame (resize, zoom).
//  [X] Frames on demand: one requestAnimationFrame per request, none while nothing changes.
//  [X] Touch: a tap is one click; a drag scrolls instead of clicking.
//  [X] Mouse cursor shapes (hand over links and buttons).
//  [X] A lost WebGL context: drawing pauses, and resumes with new GL objects when restored.
//  [X] localStorage that may throw (private mode, sandboxed iframes, quota), storage events
//      from other tabs, pagehide/visibilitychange, file download and pick, URL fragment,
//      postMessage to an embedding page.
//  [X] Outcomes the browser may refuse are reported truthfully: the clipboard's answer, a
//      refused new tab. Downloads give no answer; the app says so.
//  [X] The mirror (semantics/semantics.hpp, mirror_library.js): real elements over the canvas for
//      every widget, which assistive technology, voice control and the keyboard use; their
//      keys come here as the canvas's do, and presses, focus and values come back as actions.
//      Read-only text fields among them for text a reader copies by hand.
// Not handled here: clipboard reads, text input method composition.
#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>
#include <GLES3/gl3.h>

#include <cmath>
#include <cstdlib>
#include <cstring>

#include "core/json_reader.hpp"
#include "imgui_impl_opengl3.h"
#include "platform/page_update_json.hpp"
#include "platform/platform.hpp"

// In mirror_library.js: prepares the element that holds the mirror, then makes the elements
// in it match the tree in `json`.
extern "C" int js_mirror_setup(void* self, const char* canvas_selector);
extern "C" void js_mirror_update(void* self, const char* json);

namespace mlguide {
namespace {

EM_JS(int, js_prefers_dark, (), {
  return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 1 : 0;
});
EM_JS(int, js_coarse_pointer, (), {
  return window.matchMedia && window.matchMedia('(pointer: coarse)').matches ? 1 : 0;
});
EM_JS(void, js_set_cursor, (const char* selector, const char* cursor), {
  const el = document.querySelector(UTF8ToString(selector));
  if (el) el.style.cursor = UTF8ToString(cursor);
});
// Returns 0 when the browser refused the new tab. With 'noopener' window.open always
// returns null, so the opener link is cut by hand instead.
EM_JS(int, js_open_url, (const char* url), {
  let w = null;
  try { w = window.open(UTF8ToString(url), '_blank'); } catch (e) { console.warn('A new tab was refused:', e); }
  if (!w) return 0;
  try { w.opener = null; } catch (e) {}
  return 1;
});
// The browser's answer arrives later: mlguide_web_copied(self, token, copied).
EM_JS(void, js_copy_text, (void* self, int token, const char* text), {
  const t = UTF8ToString(text);
  const answer = (ok) => Module._mlguide_web_copied(self, token, ok ? 1 : 0);
  if (!navigator.clipboard || !navigator.clipboard.writeText) { answer(false); return; }
  navigator.clipboard.writeText(t).then(() => answer(true), (e) => {
    console.warn('The clipboard was refused:', e);
    answer(false);
  });
});
EM_JS(int, js_framed, (), {
  try { return window.parent !== window ? 1 : 0; } catch (e) { return 1; }
});
EM_JS(void, js_log, (const char* message), {
  console.warn(UTF8ToString(message));
});
// Strings handed from JavaScript to C++ are malloc'ed (stringToNewUTF8) and freed by the caller.
EM_JS(double, js_now_ms, (), { return Date.now(); });
EM_JS(int, js_today, (), { const d = new Date(); return d.getFullYear() * 10000 + (d.getMonth() + 1) * 100 + d.getDate(); });

// status: 1 present (returns the value), 0 absent (returns 0), -1 refused (returns the error)
EM_JS(char*, js_storage_get, (const char* key, int* status), {
  try {
    const v = window.localStorage.getItem(UTF8ToString(key));
    HEAP32[status >> 2] = v === null ? 0 : 1;
    return v === null ? 0 : stringToNewUTF8(v);
  } catch (e) {
    HEAP32[status >> 2] = -1;
    return stringToNewUTF8(e && e.name ? e.name + ': ' + e.message : String(e));
  }
});
// Returns 0 when stored, else the error.
EM_JS(char*, js_storage_set, (const char* key, const char* value), {
  try {
    window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value));
    return 0;
  } catch (e) {
    return stringToNewUTF8(e && e.name ? e.name + ': ' + e.message : String(e));
  }
});
EM_JS(void, js_listen_page, (void* self), {
  // The shell (web/shell.js) finds out about a waiting update; it may know before we start.
  Module.notifyUpdate = () => Module._mlguide_web_update_available(self);
  if (Module.updateWaiting) Module.notifyUpdate();
  window.addEventListener('storage', (e) => {
    let ours = false;
    try { ours = e.key !== null && e.storageArea === window.localStorage; } catch (err) { return; }
    if (!ours) return;
    const k = stringToNewUTF8(e.key);
    Module._mlguide_web_storage_changed(self, k);
    _free(k);
  });
  window.addEventListener('hashchange', () => Module._mlguide_web_hash_changed(self));
  const hide = () => Module._mlguide_web_page_hide(self);
  window.addEventListener('pagehide', hide);
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') hide(); });
});
// Which band of the canvas the reader can see: all of it on the guide's own page, a part of
// it when the guide is embedded at its full height in a longer page. The host page's
// embed.js says so exactly, on every scroll ({type: "mlguide:view"}). Without it, an
// IntersectionObserver reports in steps of 0.5% of the canvas's height; it cannot see a host
// scroll while the window lies wholly inside the frame (the ratio does not change then).
EM_JS(void, js_watch_view, (void* self, const char* selector), {
  const canvas = document.querySelector(UTF8ToString(selector));
  if (!canvas) return;
  let fromHost = false;
  window.addEventListener('message', (e) => {
    const d = e.data;
    if (e.source !== window.parent || window.parent === window || !d || d.type !== 'mlguide:view') return;
    if (!(Number.isFinite(d.top) && Number.isFinite(d.bottom) && d.bottom > d.top)) return;
    fromHost = true;
    Module._mlguide_web_view_changed(self, d.top, d.bottom);
  });
  if (typeof IntersectionObserver !== 'function') return;
  const steps = [];
  for (let i = 0; i <= 200; i++) steps.push(i / 200);
  new IntersectionObserver((entries) => {
    const e = entries[entries.length - 1];
    if (!e.isIntersecting || fromHost) return;  // out of view: keep the last band
    const top = e.boundingClientRect.top;
    Module._mlguide_web_view_changed(self, e.intersectionRect.top - top, e.intersectionRect.bottom - top);
  }, { threshold: steps }).observe(canvas);
});
// The canvas's CSS size, whenever it changes (and the mirror placed over it again): read at
// every frame instead, it would make the browser lay the page out at once after the last
// frame's changes to it (a forced reflow). 0 where there is no ResizeObserver: the size is
// then read at every frame.
EM_JS(int, js_watch_size, (void* self, const char* selector), {
  const canvas = document.querySelector(UTF8ToString(selector));
  if (!canvas || typeof ResizeObserver !== 'function') return 0;
  new ResizeObserver((entries) => {
    const box = entries[entries.length - 1].contentRect;
    if (Module.mirror && Module.mirror.placed) Module.mirror.place();
    Module._mlguide_web_resized(self, box.width, box.height);
  }).observe(canvas);
  return 1;
});
EM_JS(char*, js_location, (int part), {
  return stringToNewUTF8(part === 0 ? window.location.hash : window.location.href.split('#')[0]);
});
EM_JS(void, js_replace_fragment, (const char* fragment), {
  const l = window.location;
  try { history.replaceState(history.state, '', l.pathname + l.search + UTF8ToString(fragment)); } catch (e) {}
});
EM_JS(void, js_download, (const char* name, const char* mime, const char* content), {
  const url = URL.createObjectURL(new Blob([UTF8ToString(content)], { type: UTF8ToString(mime) }));
  const a = document.createElement('a');
  a.href = url;
  a.download = UTF8ToString(name);
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
});
EM_JS(void, js_pick_file, (void* self, const char* accept, int max_bytes), {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = UTF8ToString(accept);
  input.style.display = 'none';
  document.body.appendChild(input);
  const deliver = (name, text, error) => {
    const ps = [name, text, error].map(stringToNewUTF8);
    Module._mlguide_web_file_picked(self, ps[0], ps[1], ps[2]);
    ps.forEach(_free);
  };
  input.addEventListener('cancel', () => input.remove());
  input.addEventListener('change', () => {
    const f = input.files && input.files[0];
    input.remove();
    if (!f) return;
    if (f.size > max_bytes) { deliver(f.name, '', 'the file is larger than ' + Math.round(max_bytes / 1024) + ' KB'); return; }
    f.text().then((t) => deliver(f.name, t, ''), (e) => deliver(f.name, '', 'the file could not be read (' + e + ')'));
  });
  input.click();
});
EM_JS(void, js_content_height, (int px), {
  if (Module.onContentHeight) Module.onContentHeight(px);
});
EM_JS(void, js_apply_update, (), {
  if (Module.applyUpdate) Module.applyUpdate();
});
EM_JS(char*, js_query, (), {
  return stringToNewUTF8(window.location.search);
});
EM_JS(void, js_post_to_parent, (const char* json), {
  if (window.parent === window) return;
  try { window.parent.postMessage(JSON.parse(UTF8ToString(json)), '*'); } catch (e) {}
});

// Takes ownership of a string malloc'ed by JavaScript.
std::string TakeString(char* p) {
  std::string s = p ? p : "";
  std::free(p);
  return s;
}

class LocalStorage final : public KeyValueStore {
 public:
  bool Get(const std::string& key, std::optional<std::string>& value, std::string& error) override {
    int status = 0;
    std::string text = TakeString(js_storage_get(key.c_str(), &status));
    if (status < 0) {
      error = std::move(text);
      return false;
    }
    value = status == 1 ? std::optional<std::string>(std::move(text)) : std::nullopt;
    return true;
  }
  bool Set(const std::string& key, const std::string& value, std::string& error) override {
    char* e = js_storage_set(key.c_str(), value.c_str());
    if (!e) return true;
    error = TakeString(e);
    return false;
  }
};

// The element that holds the mirror (web/index.html).
constexpr const char* kMirrorSelector = "#ui-mirror";

// Wheel pixels per Dear ImGui wheel unit: it scrolls 5 lines of the 16 px body font per unit.
constexpr float kWheelPixelsPerUnit = 80;
// A touch that moves further than this is a scroll, not a tap.
constexpr float kTapSlop = 8;

ImGuiKey KeyFromDom(const char* key, const char* code) {
  struct Named { const char* name; ImGuiKey key; };
  static constexpr Named kNamed[] = {
      {"Tab", ImGuiKey_Tab}, {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow},
      {"ArrowUp", ImGuiKey_UpArrow}, {"ArrowDown", ImGuiKey_DownArrow}, {"PageUp", ImGuiKey_PageUp},
      {"PageDown", ImGuiKey_PageDown}, {"Home", ImGuiKey_Home}, {"End", ImGuiKey_End},
      {"Insert", ImGuiKey_Insert}, {"Delete", ImGuiKey_Delete}, {"Backspace", ImGuiKey_Backspace},
      {" ", ImGuiKey_Space}, {"Enter", ImGuiKey_Enter}, {"Escape", ImGuiKey_Escape},
      {"Shift", ImGuiKey_LeftShift}, {"Control", ImGuiKey_LeftCtrl}, {"Alt", ImGuiKey_LeftAlt},
      {"Meta", ImGuiKey_LeftSuper},
  };
  for (const Named& n : kNamed)
    if (std::strcmp(key, n.name) == 0) return n.key;
  if (key[0] && !key[1]) {
    const char c = key[0];
    if (c >= 'a' && c <= 'z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'a'));
    if (c >= 'A' && c <= 'Z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'A'));
    if (c >= '0' && c <= '9') return static_cast<ImGuiKey>(ImGuiKey_0 + (c - '0'));
  }
  if (code[0] == 'F' && code[1] >= '1' && code[1] <= '9') {
    const int n = std::atoi(code + 1);
    if (n >= 1 && n <= 12) return static_cast<ImGuiKey>(ImGuiKey_F1 + n - 1);
  }
  return ImGuiKey_None;
}

// Keys whose browser default (scrolling the page, moving focus, activating) would fight
// the guide's own keyboard navigation while the canvas has focus.
bool IsNavigationKey(ImGuiKey k) {
  switch (k) {
    case ImGuiKey_Tab: case ImGuiKey_LeftArrow: case ImGuiKey_RightArrow: case ImGuiKey_UpArrow:
    case ImGuiKey_DownArrow: case ImGuiKey_PageUp: case ImGuiKey_PageDown: case ImGuiKey_Home:
    case ImGuiKey_End: case ImGuiKey_Space: case ImGuiKey_Enter: case ImGuiKey_Backspace:
      return true;
    default:
      return false;
  }
}

int CodePoints(const char* utf8) {
  int n = 0;
  for (const char* p = utf8; *p; ++p)
    if ((static_cast<unsigned char>(*p) & 0xC0) != 0x80) ++n;
  return n;
}

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

int ImGuiButton(unsigned short dom_button) {
  switch (dom_button) {
    case 0: return ImGuiMouseButton_Left;
    case 1: return ImGuiMouseButton_Middle;
    case 2: return ImGuiMouseButton_Right;
    default: return -1;
  }
}

class WebPlatform final : public Platform {
 public:
  explicit WebPlatform(const char* selector) : selector_(selector) {}

  ~WebPlatform() override {
    ImGui_ImplOpenGL3_Shutdown();
    if (context_ > 0) emscripten_webgl_destroy_context(context_);
  }

  bool Init(std::string& error) {
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
    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = "mlguide_web";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    mirror_ready_ = js_mirror_setup(this, selector_.c_str()) != 0;
    BindEvents();
    js_listen_page(this);
    js_watch_view(this, selector_.c_str());
    emscripten_get_element_css_size(selector_.c_str(), &css_w_, &css_h_);
    size_watched_ = js_watch_size(this, selector_.c_str()) != 0;
    return true;
  }

  Viewport BeginFrame() override {
    if (!size_watched_) emscripten_get_element_css_size(selector_.c_str(), &css_w_, &css_h_);
    const double css_w = css_w_, css_h = css_h_;
    const float dpr = static_cast<float>(emscripten_get_device_pixel_ratio());
    const int fb_w = static_cast<int>(std::lround(css_w * dpr)), fb_h = static_cast<int>(std::lround(css_h * dpr));
    if (fb_w != fb_w_ || fb_h != fb_h_) {
      emscripten_set_canvas_element_size(selector_.c_str(), fb_w, fb_h);
      fb_w_ = fb_w;
      fb_h_ = fb_h;
    }
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(css_w), static_cast<float>(css_h));
    io.DisplayFramebufferScale = ImVec2(dpr, dpr);
    const double now = emscripten_get_now() / 1000.0;
    io.DeltaTime = last_time_ > 0 ? static_cast<float>(std::fmax(now - last_time_, 1e-4)) : 1.0f / 60.0f;
    last_time_ = now;
    return {static_cast<float>(css_w), static_cast<float>(css_h), dpr, js_coarse_pointer() != 0, in_view_top_, in_view_bottom_};
  }

  void FontsChanged() override {
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
  void WarmUp() {
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

  void Render(ImDrawData* draw_data, ImU32 clear) override {
    if (context_lost_) return;  // nothing can be drawn until the browser gives it back
    emscripten_webgl_make_context_current(context_);
    glViewport(0, 0, fb_w_, fb_h_);
    const ImVec4 c = ImGui::ColorConvertU32ToFloat4(clear);
    glClearColor(c.x, c.y, c.z, c.w);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(draw_data);
    const ImGuiMouseCursor cursor = ImGui::GetMouseCursor();
    if (cursor != cursor_) {
      cursor_ = cursor;
      js_set_cursor(selector_.c_str(), CssCursor(cursor));
    }
  }

  void Run(std::function<bool()> frame) override {
    frame_ = std::move(frame);
    RequestFrame();
  }

  void RequestFrame() override {
    if (frame_requested_ || !frame_) return;
    frame_requested_ = true;
    emscripten_request_animation_frame(&WebPlatform::OnAnimationFrame, this);
  }

  void RequestFrameAfter(double ms) override {
    emscripten_set_timeout([](void* user) { static_cast<WebPlatform*>(user)->RequestFrame(); }, ms, this);
  }
  std::int64_t NowMs() override { return static_cast<std::int64_t>(js_now_ms()); }
  CivilDate Today() override {
    const int d = js_today();
    return {d / 10000, d / 100 % 100, d % 100};
  }

  KeyValueStore& Storage() override { return storage_; }
  void OnStorageChange(std::function<void(const std::string&)> changed) override { storage_changed_ = std::move(changed); }
  void OnPageHide(std::function<void()> hiding) override { page_hide_ = std::move(hiding); }
  void OnFragmentChange(std::function<void()> changed) override { fragment_changed_ = std::move(changed); }
  std::string UrlFragment() override { return TakeString(js_location(0)); }
  void ReplaceUrlFragment(const std::string& fragment) override { js_replace_fragment(fragment.c_str()); }
  std::string PageUrl() override { return TakeString(js_location(1)); }
  void DownloadFile(const std::string& name, const std::string& mime, const std::string& content) override {
    js_download(name.c_str(), mime.c_str(), content.c_str());
  }
  void PickFile(const std::string& accept,
                std::function<void(const std::string&, const std::string&, const std::string&)> done) override {
    file_picked_ = std::move(done);
    js_pick_file(this, accept.c_str(), kMaxPickedFileBytes);
  }
  void PostToParent(const std::string& json) override { js_post_to_parent(json.c_str()); }
  void ReportContentHeight(int css_px) override { js_content_height(css_px); }
  std::string QueryString() override { return TakeString(js_query()); }
  void OnUpdateAvailable(std::function<void()> available) override { update_available_ = std::move(available); }
  void ApplyUpdate() override { js_apply_update(); }
  void UpdateAvailable() {
    if (update_available_) update_available_();
    RequestFrame();
  }

  // Entry points for the page's event listeners (see the exported functions below).
  void StorageChanged(const char* key) {
    if (storage_changed_) storage_changed_(key);
    RequestFrame();
  }
  void PageHide() {
    if (page_hide_) page_hide_();
  }
  void ViewChanged(float top, float bottom) {
    in_view_top_ = top;
    in_view_bottom_ = bottom;
    if (redraw_on_view_change_) RequestFrame();
  }
  void HashChanged() {
    if (fragment_changed_) fragment_changed_();
    RequestFrame();
  }
  void FilePicked(const char* name, const char* text, const char* error) {
    if (file_picked_) file_picked_(name, text, error);
    RequestFrame();
  }

  bool PrefersDarkScheme() override { return js_prefers_dark() != 0; }
  void SetScrollRange(float scroll, float scroll_max) override {
    scroll_ = scroll;
    scroll_max_ = scroll_max;
  }
  void SetPointerCapture(bool captured) override { pointer_captured_ = captured; }
  void SetRedrawOnViewChange(bool redraw) override { redraw_on_view_change_ = redraw; }
  void SetFocusEdges(bool first_focused, bool last_focused) override {
    first_focused_ = first_focused;
    last_focused_ = last_focused;
  }
  bool OpenUrl(const std::string& url) override { return js_open_url(url.c_str()) != 0; }
  void CopyText(const std::string& text, std::function<void(bool)> done) override {
    copy_done_ = std::move(done);  // only the latest request is answered
    js_copy_text(this, ++copy_token_, text.c_str());
  }
  bool Framed() override { return js_framed() != 0; }
  void UpdateMirror(const Mirror& tree, const TreeUpdate& changes) override {
    // After a click on the canvas the page's focus moves on to the clicked widget's element,
    // once the app has given it focus: the page hears of the frame even if nothing changed.
    if (!mirror_ready_ || (changes.empty() && !canvas_focused_)) return;
    canvas_focused_ = canvas_focused_ && tree.focused.empty();
    js_mirror_update(this, PageUpdateJson(changes).c_str());
  }
  void OnMirrorAction(std::function<void(const MirrorAction&)> act) override { mirror_action_ = std::move(act); }
  void PageAction(const MirrorAction& a) {
    if (mirror_action_) mirror_action_(a);
    RequestFrame();
  }
  void Resized(double css_w, double css_h) {
    css_w_ = css_w;
    css_h_ = css_h;
    RequestFrame();
  }
  void CanvasFocused() {
    canvas_focused_ = true;
    RequestFrame();
  }
  void Log(const std::string& message) override { js_log(message.c_str()); }

  void Copied(int token, bool ok) {
    if (token != copy_token_ || !copy_done_) return;
    auto done = std::move(copy_done_);
    copy_done_ = nullptr;
    done(ok);
    RequestFrame();
  }

 private:
  static EM_BOOL OnAnimationFrame(double, void* user) {
    auto* self = static_cast<WebPlatform*>(user);
    self->frame_requested_ = false;
    if (self->frame_()) self->RequestFrame();
    return EM_FALSE;  // one frame per request
  }

  void BindEvents() {
    const char* c = selector_.c_str();
    emscripten_set_mousedown_callback(c, this, EM_TRUE, &WebPlatform::OnMouse);
    emscripten_set_mousemove_callback(c, this, EM_TRUE, &WebPlatform::OnMouse);
    emscripten_set_mouseleave_callback(c, this, EM_TRUE, &WebPlatform::OnMouse);
    // A drag that started on the canvas may end outside it.
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, this, EM_TRUE, &WebPlatform::OnMouse);
    emscripten_set_wheel_callback(c, this, EM_FALSE, &WebPlatform::OnWheel);
    emscripten_set_keydown_callback(c, this, EM_TRUE, &WebPlatform::OnKey);
    emscripten_set_keyup_callback(c, this, EM_TRUE, &WebPlatform::OnKey);
    if (mirror_ready_) {
      // The keys of the elements over the canvas are the guide's too (they bubble up to here).
      emscripten_set_keydown_callback(kMirrorSelector, this, EM_FALSE, &WebPlatform::OnKey);
      emscripten_set_keyup_callback(kMirrorSelector, this, EM_FALSE, &WebPlatform::OnKey);
      emscripten_set_focus_callback(kMirrorSelector, this, EM_TRUE, &WebPlatform::OnFocus);  // captured: focus does not bubble
      emscripten_set_blur_callback(kMirrorSelector, this, EM_TRUE, &WebPlatform::OnFocus);
    }
    emscripten_set_focus_callback(c, this, EM_TRUE, &WebPlatform::OnFocus);
    emscripten_set_blur_callback(c, this, EM_TRUE, &WebPlatform::OnFocus);
    emscripten_set_touchstart_callback(c, this, EM_FALSE, &WebPlatform::OnTouch);
    emscripten_set_touchmove_callback(c, this, EM_FALSE, &WebPlatform::OnTouch);
    emscripten_set_touchend_callback(c, this, EM_FALSE, &WebPlatform::OnTouch);
    emscripten_set_touchcancel_callback(c, this, EM_FALSE, &WebPlatform::OnTouch);
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, this, EM_FALSE, &WebPlatform::OnResize);
    emscripten_set_webglcontextlost_callback(c, this, EM_FALSE, &WebPlatform::OnContextLost);
    emscripten_set_webglcontextrestored_callback(c, this, EM_FALSE, &WebPlatform::OnContextRestored);
  }

  // A lost context (GPU reset, driver update, too many contexts) is asked back by preventing
  // the event's default; once restored, every GL object is made again. The shell offers a
  // reload if it does not come back.
  static EM_BOOL OnContextLost(int, const void*, void* user) {
    static_cast<WebPlatform*>(user)->context_lost_ = true;
    return EM_TRUE;
  }
  static EM_BOOL OnContextRestored(int, const void*, void* user) {
    auto* self = static_cast<WebPlatform*>(user);
    self->context_lost_ = false;
    emscripten_webgl_make_context_current(self->context_);
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplOpenGL3_Init("#version 300 es");
    self->device_objects_ = false;
    self->FontsChanged();
    self->RequestFrame();
    return EM_FALSE;
  }

  static EM_BOOL OnMouse(int type, const EmscriptenMouseEvent* e, void* user) {
    auto* self = static_cast<WebPlatform*>(user);
    ImGuiIO& io = ImGui::GetIO();
    const int button = ImGuiButton(e->button);
    switch (type) {
      case EMSCRIPTEN_EVENT_MOUSEMOVE:
        io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
        io.AddMousePosEvent(static_cast<float>(e->targetX), static_cast<float>(e->targetY));
        break;
      case EMSCRIPTEN_EVENT_MOUSEDOWN:
        if (button < 0) return EM_FALSE;
        io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
        io.AddMousePosEvent(static_cast<float>(e->targetX), static_cast<float>(e->targetY));
        io.AddMouseButtonEvent(button, true);
        self->buttons_down_ |= 1 << button;
        break;
      case EMSCRIPTEN_EVENT_MOUSEUP:
        if (button < 0 || !(self->buttons_down_ & (1 << button))) return EM_FALSE;  // not ours
        io.AddMouseButtonEvent(button, false);
        self->buttons_down_ &= ~(1 << button);
        break;
      case EMSCRIPTEN_EVENT_MOUSELEAVE:
        if (!self->buttons_down_) io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
        break;
      default:
        return EM_FALSE;
    }
    self->RequestFrame();
    return EM_FALSE;  // keep the browser's defaults: focusing the canvas on click
  }

  static EM_BOOL OnWheel(int, const EmscriptenWheelEvent* e, void* user) {
    auto* self = static_cast<WebPlatform*>(user);
    double dy = e->deltaY;
    if (e->deltaMode == DOM_DELTA_LINE) dy *= 16;
    else if (e->deltaMode == DOM_DELTA_PAGE) dy *= ImGui::GetIO().DisplaySize.y;
    // At an edge the wheel belongs to the host page, so an embedded guide never traps it.
    if (dy == 0 || (dy < 0 && self->scroll_ <= 0.5f) || (dy > 0 && self->scroll_ >= self->scroll_max_ - 0.5f))
      return EM_FALSE;
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(static_cast<float>(e->mouse.targetX), static_cast<float>(e->mouse.targetY));
    io.AddMouseWheelEvent(0, static_cast<float>(-dy / kWheelPixelsPerUnit));
    self->RequestFrame();
    return EM_TRUE;
  }

  static EM_BOOL OnKey(int type, const EmscriptenKeyboardEvent* e, void* user) {
    auto* self = static_cast<WebPlatform*>(user);
    ImGuiIO& io = ImGui::GetIO();
    const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    // Tab past the last widget (Shift+Tab before the first) leaves the canvas, as it would
    // leave any other element: the keyboard is never trapped in an embedded guide.
    if (down && std::strcmp(e->key, "Tab") == 0 && !e->ctrlKey && !e->altKey && !e->metaKey &&
        (e->shiftKey ? self->first_focused_ : self->last_focused_))
      return EM_FALSE;
    io.AddKeyEvent(ImGuiMod_Ctrl, e->ctrlKey);
    io.AddKeyEvent(ImGuiMod_Shift, e->shiftKey);
    io.AddKeyEvent(ImGuiMod_Alt, e->altKey);
    io.AddKeyEvent(ImGuiMod_Super, e->metaKey);
    const ImGuiKey key = KeyFromDom(e->key, e->code);
    if (key != ImGuiKey_None) io.AddKeyEvent(key, down);
    const bool shortcut = e->ctrlKey || e->metaKey;
    // A printable key's `key` is the one character it types; named keys ("Enter") are longer.
    const bool printable = CodePoints(e->key) == 1;
    if (down && printable && !shortcut) io.AddInputCharactersUTF8(e->key);
    self->RequestFrame();
    return !shortcut && IsNavigationKey(key) ? EM_TRUE : EM_FALSE;  // browser shortcuts keep working
  }

  static EM_BOOL OnFocus(int type, const EmscriptenFocusEvent*, void* user) {
    ImGui::GetIO().AddFocusEvent(type == EMSCRIPTEN_EVENT_FOCUS);
    static_cast<WebPlatform*>(user)->RequestFrame();
    return EM_FALSE;
  }

  static EM_BOOL OnTouch(int type, const EmscriptenTouchEvent* e, void* user) {
    auto* self = static_cast<WebPlatform*>(user);
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < e->numTouches; ++i) {
      const EmscriptenTouchPoint& t = e->touches[i];
      if (!t.isChanged) continue;
      const ImVec2 pos(static_cast<float>(t.targetX), static_cast<float>(t.targetY));
      if (type == EMSCRIPTEN_EVENT_TOUCHSTART && self->touch_id_ < 0) {
        self->touch_id_ = t.identifier;
        self->touch_start_ = self->touch_last_ = pos;
        self->touch_scrolling_ = false;
        io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
        io.AddMousePosEvent(pos.x, pos.y);
        io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
      } else if (t.identifier == self->touch_id_ && type == EMSCRIPTEN_EVENT_TOUCHMOVE) {
        const ImVec2 moved(pos.x - self->touch_start_.x, pos.y - self->touch_start_.y);
        if (self->pointer_captured_ && !self->touch_scrolling_) {
          // Dragging a widget that wants it (the salary slider): move, do not scroll.
          io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
          io.AddMousePosEvent(pos.x, pos.y);
        } else if (!self->touch_scrolling_ && moved.x * moved.x + moved.y * moved.y > kTapSlop * kTapSlop) {
          // Becomes a scroll: release the press where nothing can be clicked.
          self->touch_scrolling_ = true;
          io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
          io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
          io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
        }
        if (self->touch_scrolling_) {
          io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
          io.AddMousePosEvent(pos.x, pos.y);
          io.AddMouseWheelEvent(0, (pos.y - self->touch_last_.y) / kWheelPixelsPerUnit);
        }
        self->touch_last_ = pos;
      } else if (t.identifier == self->touch_id_) {  // end or cancel
        io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
        if (!self->touch_scrolling_) io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
        io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);  // no hover left behind by a finger
        self->touch_id_ = -1;
      }
    }
    self->RequestFrame();
    return EM_TRUE;  // no emulated mouse events after touch: a tap clicks once
  }

  static EM_BOOL OnResize(int, const EmscriptenUiEvent*, void* user) {
    static_cast<WebPlatform*>(user)->RequestFrame();
    return EM_FALSE;
  }


  // Larger files are refused before they are read: progress files are a few KB.
  static constexpr int kMaxPickedFileBytes = 1 << 20;

  std::string selector_;
  double css_w_ = 0, css_h_ = 0;  // the canvas's CSS size (js_watch_size)
  bool size_watched_ = false;
  LocalStorage storage_;
  std::function<void(bool)> copy_done_;
  int copy_token_ = 0;
  bool mirror_ready_ = false;
  bool canvas_focused_ = false;
  std::function<void(const MirrorAction&)> mirror_action_;
  std::function<void(const std::string&)> storage_changed_;
  std::function<void()> page_hide_;
  std::function<void()> fragment_changed_;
  std::function<void()> update_available_;
  std::function<void(const std::string&, const std::string&, const std::string&)> file_picked_;
  bool context_lost_ = false;
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context_ = 0;
  bool device_objects_ = false;
  std::function<bool()> frame_;
  bool frame_requested_ = false;
  double last_time_ = 0;
  int fb_w_ = 0, fb_h_ = 0;
  float scroll_ = 0, scroll_max_ = 0;
  bool first_focused_ = true, last_focused_ = false;
  bool pointer_captured_ = false;
  bool redraw_on_view_change_ = false;
  float in_view_top_ = 0, in_view_bottom_ = 0;
  int buttons_down_ = 0;
  ImGuiMouseCursor cursor_ = ImGuiMouseCursor_Arrow;
  int touch_id_ = -1;
  ImVec2 touch_start_, touch_last_;
  bool touch_scrolling_ = false;
};

}  // namespace

}  // namespace mlguide

// Called from the listeners js_listen_page, js_watch_view, js_pick_file, js_copy_text and
// js_mirror_update install; `self` is the platform.
extern "C" {
EMSCRIPTEN_KEEPALIVE void mlguide_web_storage_changed(void* self, const char* key) {
  static_cast<mlguide::WebPlatform*>(self)->StorageChanged(key);
}
EMSCRIPTEN_KEEPALIVE void mlguide_web_page_hide(void* self) { static_cast<mlguide::WebPlatform*>(self)->PageHide(); }
EMSCRIPTEN_KEEPALIVE void mlguide_web_resized(void* self, double css_w, double css_h) {
  static_cast<mlguide::WebPlatform*>(self)->Resized(css_w, css_h);
}
EMSCRIPTEN_KEEPALIVE void mlguide_web_hash_changed(void* self) { static_cast<mlguide::WebPlatform*>(self)->HashChanged(); }
EMSCRIPTEN_KEEPALIVE void mlguide_web_view_changed(void* self, float top, float bottom) {
  static_cast<mlguide::WebPlatform*>(self)->ViewChanged(top, bottom);
}
EMSCRIPTEN_KEEPALIVE void mlguide_web_copied(void* self, int token, int ok) {
  static_cast<mlguide::WebPlatform*>(self)->Copied(token, ok != 0);
}
// kind: 0 click, 1 focus, 2 a new value (MirrorAction::Kind)
EMSCRIPTEN_KEEPALIVE void mlguide_web_page_action(void* self, int kind, const char* id, double value) {
  if (kind < 0 || kind > 2) return;
  static_cast<mlguide::WebPlatform*>(self)->PageAction({static_cast<mlguide::MirrorAction::Kind>(kind), id, static_cast<float>(value)});
}
// What the reader typed into an editable field, when they commit it.
EMSCRIPTEN_KEEPALIVE void mlguide_web_page_text(void* self, const char* id, const char* text) {
  mlguide::MirrorAction a{mlguide::MirrorAction::Kind::SetText, id};
  a.text = text;
  static_cast<mlguide::WebPlatform*>(self)->PageAction(a);
}
EMSCRIPTEN_KEEPALIVE void mlguide_web_canvas_focused(void* self) { static_cast<mlguide::WebPlatform*>(self)->CanvasFocused(); }
EMSCRIPTEN_KEEPALIVE void mlguide_web_update_available(void* self) { static_cast<mlguide::WebPlatform*>(self)->UpdateAvailable(); }
EMSCRIPTEN_KEEPALIVE void mlguide_web_file_picked(void* self, const char* name, const char* text, const char* error) {
  static_cast<mlguide::WebPlatform*>(self)->FilePicked(name, text, error);
}
}

namespace mlguide {

std::unique_ptr<Platform> CreateWebPlatform(const char* canvas_selector, std::string& error) {
  auto p = std::make_unique<WebPlatform>(canvas_selector);
  if (!p->Init(error)) return nullptr;
  return p;
}

}  // namespace mlguide
