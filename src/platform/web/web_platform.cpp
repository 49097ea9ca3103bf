// Web platform on emscripten/html5.h and WebGL2: the frame loop and the browser's services,
// with drawing (web_renderer), input (web_input) and the page adapter (page/*.js, through
// page_library.js) each in files of their own. docs/page-contract.md lists what crosses.
//
// Implemented features:
//  [X] Frames on demand: one requestAnimationFrame per request, none while nothing changes.
//  [X] localStorage that may throw (private mode, sandboxed iframes, quota), storage events
//      from other tabs, pagehide/visibilitychange, file download and pick, URL fragment,
//      postMessage to an embedding page.
//  [X] Outcomes the browser may refuse are reported truthfully: the clipboard's answer, a
//      refused new tab. Downloads give no answer; the app says so.
//  [X] The mirror: real elements over the canvas for every widget, which assistive
//      technology, voice control and the keyboard use, kept in step by the frame's tree
//      update; presses, focus and values come back as actions.
// Not handled here: clipboard reads.
#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>

#include <cmath>

#include "platform/page_update_json.hpp"
#include "platform/platform.hpp"
#include "platform/web/local_storage.hpp"
#include "platform/web/web_input.hpp"
#include "platform/web/web_js.hpp"
#include "platform/web/web_renderer.hpp"

namespace mlguide {
namespace {

// The element that holds the mirror (web/index.html; made by the adapter on other pages).
constexpr const char* kMirrorSelector = "#ui-mirror";
// Larger files are refused before they are read: progress files are a few KB.
constexpr int kMaxPickedFileBytes = 1 << 20;

class WebPlatform final : public Platform {
 public:
  explicit WebPlatform(const char* selector)
      : selector_(selector), renderer_(selector, [this] { RequestFrame(); }), input_([this] { RequestFrame(); }) {}

  bool Init(std::string& error) {
    if (!renderer_.Init(error)) return false;
    ImGui::GetIO().BackendPlatformName = "mlguide_web";
    mirror_ready_ = js_mirror_setup(this, selector_.c_str()) != 0;
    input_.Bind(selector_, mirror_ready_ ? kMirrorSelector : nullptr);
    js_listen_page(this);
    js_watch_view(this, selector_.c_str());
    emscripten_get_element_css_size(selector_.c_str(), &css_w_, &css_h_);
    size_watched_ = js_watch_size(this, selector_.c_str()) != 0;
    return true;
  }

  Viewport BeginFrame() override {
    if (!size_watched_) emscripten_get_element_css_size(selector_.c_str(), &css_w_, &css_h_);
    const float dpr = static_cast<float>(emscripten_get_device_pixel_ratio());
    renderer_.Resize(css_w_, css_h_, dpr);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(css_w_), static_cast<float>(css_h_));
    io.DisplayFramebufferScale = ImVec2(dpr, dpr);
    const double now = emscripten_get_now() / 1000.0;
    io.DeltaTime = last_time_ > 0 ? static_cast<float>(std::fmax(now - last_time_, 1e-4)) : 1.0f / 60.0f;
    last_time_ = now;
    return {static_cast<float>(css_w_), static_cast<float>(css_h_), dpr, js_coarse_pointer() != 0, in_view_top_, in_view_bottom_};
  }
  void FontsChanged() override { renderer_.FontsChanged(); }
  void Render(ImDrawData* draw_data, ImU32 clear) override { renderer_.Render(draw_data, clear); }

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
  bool PrefersDarkScheme() override { return js_prefers_dark() != 0; }

  void SetScrollRange(float scroll, float scroll_max) override {
    input_.scroll = scroll;
    input_.scroll_max = scroll_max;
  }
  void SetFocusEdges(bool first_focused, bool last_focused) override {
    input_.first_focused = first_focused;
    input_.last_focused = last_focused;
  }
  void SetPointerCapture(bool captured) override { input_.pointer_captured = captured; }
  void SetRedrawOnViewChange(bool redraw) override { redraw_on_view_change_ = redraw; }

  bool OpenUrl(const std::string& url) override { return js_open_url(url.c_str()) != 0; }
  void CopyText(const std::string& text, std::function<void(bool)> done) override {
    copy_done_ = std::move(done);  // only the latest request is answered
    js_copy_text(this, ++copy_token_, text.c_str());
  }
  bool Framed() override { return js_framed() != 0; }
  void Log(const std::string& message) override { js_log(message.c_str()); }

  void UpdateMirror(const Mirror& tree, const TreeUpdate& changes) override {
    // After a click on the canvas the page's focus moves on to the clicked widget's element,
    // once the app has given it focus: the page hears of the frame even if nothing changed.
    if (!mirror_ready_ || (changes.empty() && !canvas_focused_)) return;
    canvas_focused_ = canvas_focused_ && tree.focused.empty();
    js_mirror_update(PageUpdateJson(changes).c_str());
  }
  void OnMirrorAction(std::function<void(const MirrorAction&)> act) override { mirror_action_ = std::move(act); }

  KeyValueStore& Storage() override { return storage_; }
  void OnStorageChange(std::function<void(const std::string&)> changed) override { storage_changed_ = std::move(changed); }
  void OnPageHide(std::function<void()> hiding) override { page_hide_ = std::move(hiding); }
  std::string UrlFragment() override { return TakeString(js_location(0)); }
  void ReplaceUrlFragment(const std::string& fragment) override { js_replace_fragment(fragment.c_str()); }
  std::string PageUrl() override { return TakeString(js_location(1)); }
  void OnFragmentChange(std::function<void()> changed) override { fragment_changed_ = std::move(changed); }
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

  // Entry points for the page's event listeners (the exported functions below).
  void UpdateAvailable() { Then(update_available_); }
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
  void HashChanged() { Then(fragment_changed_); }
  void FilePicked(const char* name, const char* text, const char* error) {
    if (file_picked_) file_picked_(name, text, error);
    RequestFrame();
  }
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
  void Copied(int token, bool ok) {
    if (token != copy_token_ || !copy_done_) return;
    auto done = std::move(copy_done_);
    copy_done_ = nullptr;
    done(ok);
    RequestFrame();
  }

 private:
  void Then(const std::function<void()>& f) {
    if (f) f();
    RequestFrame();
  }
  static EM_BOOL OnAnimationFrame(double, void* user) {
    auto* self = static_cast<WebPlatform*>(user);
    self->frame_requested_ = false;
    if (self->frame_()) self->RequestFrame();
    return EM_FALSE;  // one frame per request
  }

  std::string selector_;
  WebRenderer renderer_;
  WebInput input_;
  LocalStorage storage_;
  double css_w_ = 0, css_h_ = 0;  // the canvas's CSS size (js_watch_size)
  bool size_watched_ = false;
  double last_time_ = 0;
  std::function<bool()> frame_;
  bool frame_requested_ = false;
  bool redraw_on_view_change_ = false;
  float in_view_top_ = 0, in_view_bottom_ = 0;
  bool mirror_ready_ = false;
  bool canvas_focused_ = false;
  std::function<void(bool)> copy_done_;
  int copy_token_ = 0;
  std::function<void(const MirrorAction&)> mirror_action_;
  std::function<void(const std::string&)> storage_changed_;
  std::function<void()> page_hide_;
  std::function<void()> fragment_changed_;
  std::function<void()> update_available_;
  std::function<void(const std::string&, const std::string&, const std::string&)> file_picked_;
};

}  // namespace
}  // namespace mlguide

// Called from the listeners browser_library.js and page_library.js install; `self` is the platform.
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
