// Web entry point: load the content, start the platform, hand frames to the app.
#include <emscripten.h>
#include <emscripten/eventloop.h>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "app/app.hpp"
#include "app/web_api.hpp"
#include "assets/embedded_assets.hpp"
#include "core/guide_loader.hpp"

namespace mlguide {
namespace {

EM_JS(void, js_report_fatal, (const char* message), {
  if (Module.onFatal) Module.onFatal(UTF8ToString(message));
});
EM_JS(void, js_first_frame, (), {
  if (Module.onFirstFrame) Module.onFirstFrame();
});
// Where the reader is in the page's own copy of the guide: "y<TAB>text", or "" (see ArriveAt).
EM_JS(char*, js_arrival, (), {
  return stringToNewUTF8(Module.arrival ? Module.arrival() : "");
});

// Start-up runs as a few tasks rather than one: between them the browser paints and answers
// input, and no task holds the page for long. Each step returns false to stop there.
struct Start {
  GuideLoad load;
  std::unique_ptr<Platform> platform;
  std::unique_ptr<App> app;
};

bool Step(Start& s, int step) {
  switch (step) {
    case 0:
      s.load = LoadGuide(assets::guide_json().text());
      if (s.load.ok()) return true;
      js_report_fatal(("The guide’s content could not be read (" + s.load.error + ").").c_str());
      return false;
    case 1: {
      ImGui::CreateContext();
      std::string error;
      s.platform = CreateWebPlatform("#canvas", error);
      if (s.platform) return true;
      js_report_fatal(error.c_str());
      return false;
    }
    case 2:
      s.app = std::make_unique<App>(*s.platform, std::move(s.load.guide), MLGUIDE_VERSION);
      BindWebApi(*s.app, *s.platform);
      return true;
    case 3:  // the same ratio as the first frame's (WebPlatform::BeginFrame)
      s.app->BuildFonts(static_cast<float>(emscripten_get_device_pixel_ratio()));
      return true;
    case 4:
      s.app->UploadFonts();  // with the shaders: the WebGL work before the first frame
      return true;
    case 5:
      // The first frame now rather than at the next animation frame: the reader sees the guide
      // up to a display refresh sooner. It stays out of sight until the next step.
      s.app->FrameAndPresent();
      return true;
    default: {
      // The reader may have scrolled the page's copy while the app loaded: the guide takes its
      // place showing the same words at the same height. Run() then draws on until it settles.
      char* arrival = js_arrival();
      const std::string where(arrival);
      std::free(arrival);
      const size_t tab = where.find('\t');
      if (tab != std::string::npos && s.app->ArriveAt(where.substr(tab + 1), std::strtof(where.c_str(), nullptr)))
        s.app->FrameAndPresent();
      js_first_frame();
      s.platform->Run([&s] { return s.app->FrameAndPresent(); });
      return false;
    }
  }
}

void RunStep(void* step) {
  static Start start;
  const int i = static_cast<int>(reinterpret_cast<intptr_t>(step));
  // emscripten_set_timeout, not emscripten_async_call: that one brings Emscripten's whole
  // main-loop library into app.js (+5 KB gzip).
  if (Step(start, i)) emscripten_set_timeout(RunStep, 0, reinterpret_cast<void*>(static_cast<intptr_t>(i + 1)));
}

}  // namespace
}  // namespace mlguide

// Nothing loops here: the platform draws a frame when something happens, and main returns
// with the runtime kept alive for those callbacks.
int main() {
  mlguide::RunStep(nullptr);
  return 0;
}
