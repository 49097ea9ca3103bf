// The whole app on the null platform, with helpers that act as the reader would.
#pragma once

#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "app/app.hpp"
#include "assets/embedded_assets.hpp"
#include "core/guide_loader.hpp"
#include "platform/null/null_platform.hpp"

namespace mlguide::test {

struct Harness {
  explicit Harness(Viewport vp = {1280, 800, 1}, bool prefers_dark = false)
      : Harness(std::make_unique<NullPlatform>(vp, prefers_dark)) {}

  // Starts the app on a prepared platform (saved data, a URL fragment, a shared store...).
  explicit Harness(std::unique_ptr<NullPlatform> p) : Harness(std::move(p), std::string(assets::guide_json().text())) {}

  // ...with a guide of the test's own (the real one changed, say).
  Harness(std::unique_ptr<NullPlatform> p, const std::string& guide_json) : platform(std::move(p)) {
    context = ImGui::CreateContext();
    GuideLoad load = LoadGuide(guide_json);
    REQUIRE(load.ok());
    app = std::make_unique<App>(*platform, std::move(load.guide));
    Frames(3);
  }
  ~Harness() {
    ImGui::SetCurrentContext(context);
    app.reset();
    ImGui::DestroyContext(context);
  }

  void Frames(int n) {
    ImGui::SetCurrentContext(context);
    for (int i = 0; i < n; ++i) app->FrameAndPresent();
  }
  bool Has(const std::string& id) const { return app->report().Find(id) != nullptr; }

  // Moves the mouse onto a widget's centre, presses and releases, and lets the UI settle.
  void Click(const std::string& id) {
    ImGui::SetCurrentContext(context);
    const WidgetRect* w = app->report().Find(id);
    REQUIRE_MESSAGE(w != nullptr, id);
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent((w->min.x + w->max.x) * 0.5f, (w->min.y + w->max.y) * 0.5f);
    Frames(2);
    io.AddMouseButtonEvent(0, true);
    Frames(2);
    io.AddMouseButtonEvent(0, false);
    Frames(4);
  }
  void Press(ImGuiKey key) {
    ImGui::SetCurrentContext(context);
    ImGui::GetIO().AddKeyEvent(key, true);
    Frames(2);
    ImGui::GetIO().AddKeyEvent(key, false);
    Frames(2);
  }
  // Lets time pass so coalesced saves happen.
  void Wait(int ms) { Frames(ms / 16 + 2); }

  ImGuiContext* context;
  std::unique_ptr<NullPlatform> platform;
  std::unique_ptr<App> app;
};

}  // namespace mlguide::test
