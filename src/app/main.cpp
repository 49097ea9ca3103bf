// Web entry point: load the content, start the platform, hand frames to the app.
// Nothing loops here: the platform draws a frame when something happens, and main returns
// with the runtime kept alive for those callbacks.
#include <emscripten.h>

#include "app/app.hpp"
#include "app/web_api.hpp"
#include "assets/embedded_assets.hpp"
#include "core/guide_loader.hpp"

namespace {

EM_JS(void, js_report_fatal, (const char* message), {
  if (Module.onFatal) Module.onFatal(UTF8ToString(message));
});
EM_JS(void, js_first_frame, (), {
  if (Module.onFirstFrame) Module.onFirstFrame();
});

}  // namespace

int main() {
  using namespace mlguide;
  GuideLoad load = LoadGuide(assets::guide_json().text());
  if (!load.ok()) {
    js_report_fatal(("The guide's content could not be read (" + load.error + ").").c_str());
    return 1;
  }
  ImGui::CreateContext();
  std::string error;
  static std::unique_ptr<Platform> platform = CreateWebPlatform("#canvas", error);
  if (!platform) {
    js_report_fatal(error.c_str());
    return 1;
  }
  static App app(*platform, std::move(load.guide), MLGUIDE_VERSION);
  BindWebApi(app, *platform);
  // The first frame now rather than at the next animation frame: the reader sees the guide
  // up to a display refresh sooner. Run() then draws on until the UI settles.
  app.Frame();
  js_first_frame();
  platform->Run([] { return app.Frame(); });
  return 0;
}
