// What is drawn fits where it is drawn: at 300 px the embed's top bar keeps its words clear of
// the Progress button, and the menu lies wholly inside the window at every width.
#include <doctest/doctest.h>

#include "harness.hpp"

using namespace mlguide;
using mlguide::test::Harness;

TEST_CASE("the embed's top bar fits 300 px, and the Progress menu stays inside the window") {
  for (float width : {300.0f, 375.0f, 1280.0f}) {
    CAPTURE(width);
    auto platform = std::make_unique<NullPlatform>(Viewport{width, 800, 1});
    platform->query = "?embed=1";
    Harness h(std::move(platform));
    const WidgetRect* readiness = h.app->report().Find("readiness");
    const WidgetRect* menu = h.app->report().Find("menu");
    REQUIRE(readiness);
    REQUIRE(menu);
    CHECK(readiness->max.x <= menu->min.x);  // its words end before the button starts
    CHECK(menu->max.x <= width);
    h.Click("menu");
    const WidgetRect* list = h.app->report().Find("menu.list");
    REQUIRE(list);
    CHECK(list->min.x >= 0);
    CHECK(list->max.x <= width);
  }
}

TEST_CASE("a notice that appears above what the reader is reading does not move it") {
  Harness h({1280, 800, 1});
  h.app->state().scroll_by = 900;  // reading further down
  h.Frames(4);
  const float before = h.app->report().Find("panel.salary")->min.y;
  h.app->state().message = "Your browser was asked to save ml-engineer-progress.json.";
  h.Frames(4);
  REQUIRE(h.Has("notice.message"));
  CHECK(h.app->report().Find("panel.salary")->min.y == doctest::Approx(before).epsilon(0.001));
  h.app->state().message.clear();  // gone, as OK does it
  h.Frames(4);
  CHECK_FALSE(h.Has("notice.message"));
  CHECK(h.app->report().Find("panel.salary")->min.y == doctest::Approx(before).epsilon(0.001));
}
