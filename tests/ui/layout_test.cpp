// What is drawn fits where it is drawn: at 300 px the embed's top bar keeps its words clear of
// the Progress button, and the menu lies wholly inside the window at every width.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

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

TEST_CASE("feedback floats over the bottom of the view: it moves nothing, OK, Tab and Escape reach it") {
  for (float width : {375.0f, 1280.0f}) {
    CAPTURE(width);
    Harness h({width, 700, 1});
    const float before = h.app->report().Find("panel.role")->min.y;
    h.app->state().message = "Your browser was asked to save ml-engineer-progress.json.";
    h.Frames(4);
    const WidgetRect* notice = h.app->report().Find("notice.message");
    REQUIRE(notice);
    CHECK(h.app->report().Find("panel.role")->min.y == before);  // at the top of the page too
    const WidgetRect* ok = h.app->report().Find("notice.message.ok");
    REQUIRE(ok);
    CHECK(ok->max.y <= 700);
    CHECK(ok->max.y >= 600);  // at the bottom of the view
    h.Click("notice.message.ok");
    CHECK_FALSE(h.Has("notice.message"));
    h.app->state().message = "Your progress was reset.";
    h.Frames(4);
    h.Press(ImGuiKey_Escape);
    CHECK_FALSE(h.Has("notice.message"));
    // The keyboard reaches its button, after the controls above the guide and before the guide.
    h.app->state().message = "Your progress was reset.";
    h.Frames(4);
    std::vector<std::string> order;
    for (int i = 0; i < 8; ++i) {
      h.Press(ImGuiKey_Tab);
      order.push_back(h.app->Frame().tree->focused);
    }
    CAPTURE(order);
    CHECK(std::find(order.begin(), order.end(), "notice.message.ok") != order.end());
  }
}

TEST_CASE("a notice that appears above what the reader is reading does not move it") {
  Harness h({1280, 800, 1});
  h.app->state().scroll_by = 900;  // reading further down
  h.Frames(4);
  const float before = h.app->report().Find("panel.salary")->min.y;
  h.app->state().update_available = true;
  h.Frames(4);
  REQUIRE(h.Has("notice.update"));
  CHECK(h.app->report().Find("panel.salary")->min.y == doctest::Approx(before).epsilon(0.001));
  h.app->state().update_available = false;  // gone, as Later does it
  h.Frames(4);
  CHECK_FALSE(h.Has("notice.update"));
  CHECK(h.app->report().Find("panel.salary")->min.y == doctest::Approx(before).epsilon(0.001));
}
