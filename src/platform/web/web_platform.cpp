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
      : selector_(selector),
        renderer_(selector, [this] { RequestFrame(); }),
        input_([this] { RequestFrame(); }, [this](float dy) { ScrollBy(dy); }) {}

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

  void Present(const FrameOutput& f) override {
    renderer_.Render(f.draw_data, f.clear, f.cursor);
    if (f.content_height != reported_height_) {
      reported_height_ = f.content_height;
      js_content_height(f.content_height);
    }
    input_.scroll = f.scroll;
    input_.scroll_max = f.scroll_max;
    input_.first_focused = f.first_focused;
    input_.last_focused = f.last_focused;
    input_.sideways = f.sideways;
    input_.keys_taken = f.keys_taken;
    input_.modal = f.modal;
    input_.AfterFrame();
    redraw_on_view_change_ = f.modal;
    // After a click on the canvas the page's focus moves on to the clicked widget's element,
    // once the app has given it focus: the page hears of the frame even if nothing changed.
    if (mirror_ready_ && (!f.tree_update.empty() || canvas_focused_)) {
      canvas_focused_ = canvas_focused_ && f.tree && f.tree->focused.empty();
      js_mirror_update(PageUpdateJson(f.tree_update).c_str());
    }
    Execute(f.commands);
  }

  void Execute(const std::vector<Command>& commands) override {
    for (const Command& c : commands) {
      switch (c.kind) {
        case Command::Kind::OpenUrl: Answer({c.kind, c.token, js_open_url(c.text.c_str()) != 0, "", c.text}); break;
        case Command::Kind::CopyText: js_copy_text(this, c.token, c.text.c_str()); break;
        case Command::Kind::Download: js_download(c.name.c_str(), c.mime.c_str(), c.text.c_str()); break;
        case Command::Kind::PickFile: js_pick_file(this, c.token, c.text.c_str(), kMaxPickedFileBytes); break;
        case Command::Kind::PostToParent: js_post_to_parent(c.text.c_str()); break;
        case Command::Kind::ReplaceFragment: js_replace_fragment(c.text.c_str()); break;
        case Command::Kind::ApplyUpdate: js_apply_update(); break;
        case Command::Kind::Log: js_log(c.text.c_str()); break;
      }
    }
  }
  void Listen(Listeners listeners) override { on_ = std::move(listeners); }

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

  bool Framed() override { return js_framed() != 0; }
  KeyValueStore& Storage() override { return storage_; }
  std::string UrlFragment() override { return TakeString(js_location(0)); }
  std::string PageUrl() override { return TakeString(js_location(1)); }
  std::string QueryString() override { return TakeString(js_query()); }

  // Entry points for the page's event listeners (the exported functions below).
  void UpdateAvailable() { Then(on_.update_available); }
  void StorageChanged(const char* key) {
    if (on_.storage_changed) on_.storage_changed(key);
    RequestFrame();
  }
  void PageHide() {
    if (on_.page_hiding) on_.page_hiding();
  }
  void ViewChanged(float top, float bottom) {
    in_view_top_ = top;
    in_view_bottom_ = bottom;
    if (redraw_on_view_change_) RequestFrame();
  }
  void HashChanged() { Then(on_.fragment_changed); }
  void Answer(const CommandResult& r) {
    if (on_.answered) on_.answered(r);
    RequestFrame();
  }
  void PageAction(const MirrorAction& a) {
    if (on_.page_action) on_.page_action(a);
    RequestFrame();
  }
  void Resized(double css_w, double css_h) {
    css_w_ = css_w;
    css_h_ = css_h;
    RequestFrame();
  }
  bool PageKey(const char* key, bool shift) { return input_.PageKey(key, shift); }
  void ScrollBy(float dy) {
    if (on_.scroll_by) on_.scroll_by(dy);
    RequestFrame();
  }
  void CanvasFocused() {
    canvas_focused_ = true;
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
  int reported_height_ = -1;  // content height last told to the page
  Listeners on_;
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
  static_cast<mlguide::WebPlatform*>(self)->Answer({mlguide::Command::Kind::CopyText, token, ok != 0});
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
// A key pressed with the focus on nothing; 1 when the guide took it.
EMSCRIPTEN_KEEPALIVE int mlguide_web_page_key(void* self, const char* key, int shift) {
  return static_cast<mlguide::WebPlatform*>(self)->PageKey(key, shift != 0) ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE void mlguide_web_canvas_focused(void* self) { static_cast<mlguide::WebPlatform*>(self)->CanvasFocused(); }
EMSCRIPTEN_KEEPALIVE void mlguide_web_update_available(void* self) { static_cast<mlguide::WebPlatform*>(self)->UpdateAvailable(); }
EMSCRIPTEN_KEEPALIVE void mlguide_web_file_picked(void* self, int token, const char* name, const char* text, const char* error) {
  static_cast<mlguide::WebPlatform*>(self)->Answer({mlguide::Command::Kind::PickFile, token, *error == 0, name, text, error});
}
}

namespace mlguide {

std::unique_ptr<Platform> CreateWebPlatform(const char* canvas_selector, std::string& error) {
  auto p = std::make_unique<WebPlatform>(canvas_selector);
  if (!p->Init(error)) return nullptr;
  return p;
}

}  // namespace mlguide
