// Runs the whole app with the null platform (Dear ImGui's example_null pattern): every
// panel open and closed, at phone (320, 360), 200% zoom (640), tablet and desktop widths, both themes, DPR 1, 2 and 3.
// Dear ImGui's asserts are on in this build (src/ui/imconfig_mlguide.h): any misuse aborts.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <vector>

#include "harness.hpp"
#include "imgui_internal.h"

using namespace mlguide;
using mlguide::test::Harness;


TEST_CASE("every panel draws open and closed at every width, theme and density") {
  std::vector<double> frame_ms;
  for (float width : {320.0f, 360.0f, 640.0f, 800.0f, 1400.0f})
    for (float dpr : {1.0f, 2.0f, 3.0f})
      for (ThemeMode theme : {ThemeMode::Light, ThemeMode::Dark, ThemeMode::System})
        for (bool open : {true, false}) {
          CAPTURE(width);
          CAPTURE(dpr);
          CAPTURE(open);
          Harness h({width, 800, dpr}, /*prefers_dark=*/true);
          SetTheme(h.app->state().progress, theme, 1);
          std::fill(h.app->state().open.begin(), h.app->state().open.end(), open);
          for (int i = 0; i < 30; ++i) {
            const auto t0 = std::chrono::steady_clock::now();
            h.app->FrameAndPresent();
            frame_ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
          }
          const FrameReport& r = h.app->report();
          for (const Section& s : h.app->guide().sections) {
            CHECK(r.Find("panel." + s.id) != nullptr);
            CHECK((r.Find("panel." + s.id + ".body") != nullptr) == open);
          }
          // Nothing reaches past the right edge of the canvas, and no two widgets share a
          // Dear ImGui id (which would silently break clicks and keyboard navigation).
          std::set<ImGuiID> ids;
          for (const WidgetRect& w : r.widgets) {
            CHECK_MESSAGE(w.max.x <= width, w.id);
            if (w.imgui_id) CHECK_MESSAGE(ids.insert(w.imgui_id).second, w.id);
          }
          CHECK(r.content_height > 300);
        }
  std::sort(frame_ms.begin(), frame_ms.end());
  std::printf("headless frames: %zu, median %.3f ms, p99 %.3f ms (font atlas builds included)\n", frame_ms.size(),
              frame_ms[frame_ms.size() / 2], frame_ms[frame_ms.size() * 99 / 100]);
}

TEST_CASE("two columns from 760 CSS px, one column below") {
  Harness wide({1280, 800, 1});
  wide.Frames(3);
  const WidgetRect* panel = wide.app->report().Find("panel.role");
  const WidgetRect* tracker = wide.app->report().Find("tracker");
  REQUIRE(panel);
  REQUIRE(tracker);
  CHECK(tracker->min.x > panel->max.x);   // the tracker in a side column to the right
  CHECK(tracker->min.y < panel->max.y);   // and level with the panels

  Harness narrow({375, 700, 2});
  narrow.Frames(3);
  const WidgetRect* n_panel = narrow.app->report().Find("panel.role");
  const WidgetRect* n_glance = narrow.app->report().Find("glance.skills");
  REQUIRE(n_panel);
  REQUIRE(n_glance);
  CHECK(n_glance->max.y < n_panel->min.y);  // stacked above the panels
}

TEST_CASE("clicking a panel header folds and unfolds it") {
  Harness h({1280, 800, 1});
  h.Frames(3);
  REQUIRE(h.app->report().Find("panel.role.body") != nullptr);
  h.Click("panel.role");
  CHECK_FALSE(h.app->state().open[0]);
  CHECK(h.app->report().Find("panel.role.body") == nullptr);
  h.Click("panel.role");
  CHECK(h.app->state().open[0]);
  CHECK(h.app->report().Find("panel.role.body") != nullptr);
}

TEST_CASE("keyboard alone opens a panel") {
  Harness h({1280, 800, 1});
  h.Frames(3);
  CHECK_FALSE(h.app->state().open[1]);
  ImGuiIO& io = ImGui::GetIO();
  auto press = [&](ImGuiKey k) {
    io.AddKeyEvent(k, true);
    h.Frames(2);
    io.AddKeyEvent(k, false);
    h.Frames(2);
  };
  const ImGuiID target = h.app->report().Find("panel.business")->imgui_id;
  for (int i = 0; i < 20 && ImGui::GetCurrentContext()->NavId != target; ++i) press(ImGuiKey_Tab);
  REQUIRE(ImGui::GetCurrentContext()->NavId == target);
  press(ImGuiKey_Enter);
  CHECK(h.app->state().open[1]);
  press(ImGuiKey_Space);
  CHECK_FALSE(h.app->state().open[1]);
}

TEST_CASE("a glance figure opens its section (one-column layout)") {
  Harness h({375, 3000, 1});
  h.Frames(3);
  CHECK_FALSE(h.app->state().open[5]);
  h.Click("glance.salary");
  CHECK(h.app->state().open[5]);
  CHECK(h.app->report().Find("panel.salary.body") != nullptr);
}

TEST_CASE("the theme switch changes the theme") {
  Harness h({1280, 800, 1}, /*prefers_dark=*/false);
  h.Frames(3);
  CHECK(ThemeOf(h.app->state().progress) == ThemeMode::System);
  h.Click("theme.dark");
  CHECK(ThemeOf(h.app->state().progress) == ThemeMode::Dark);
  h.Click("theme.light");
  CHECK(ThemeOf(h.app->state().progress) == ThemeMode::Light);
}

TEST_CASE("every character the guide and the UI can show has a glyph in the subset fonts") {
  Harness h({1280, 800, 1});
  ImFont* fonts[] = {ImGui::GetIO().Fonts->Fonts[0], ImGui::GetIO().Fonts->Fonts[1]};  // Regular, SemiBold
  auto check = [&](std::string_view text, const std::string& where) {
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end) {
      unsigned int c = 0;
      p += ImTextCharFromUtf8(&c, p, end);
      if (c < 0x20) continue;
      for (ImFont* f : fonts) CHECK_MESSAGE(f->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr, where << ": U+" << std::hex << c);
    }
  };
  check(assets::guide_json().text(), "guide.json");
  // Text written in the UI's code: any character beyond ASCII must be listed in
  // assets/ui-characters.txt, or the font subsetting drops it.
  for (const auto& entry : std::filesystem::directory_iterator(SOURCE_DIR "/src/ui")) {
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string code((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    check(code, entry.path().filename().string());
  }
}
