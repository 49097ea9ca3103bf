// The salary explorer through the real UI: drag, keys, sectors, and the choice kept.
#include <doctest/doctest.h>

#include "core/progress_format.hpp"
#include "harness.hpp"
#include "imgui_internal.h"

using namespace mlguide;
using mlguide::test::Harness;

namespace {

constexpr Viewport kTall{1280, 4000, 1};

int Amount(Harness& h) { return h.app->state().progress.salary.amount; }

// Presses on the slider at a fraction of its width, drags to another, releases.
void Drag(Harness& h, float from, float to) {
  const WidgetRect* s = h.app->report().Find("salary.slider");
  REQUIRE(s);
  const float y = (s->min.y + s->max.y) * 0.5f;
  auto x = [&](float t) { return s->min.x + 13 + (s->max.x - s->min.x - 26) * t; };
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(x(from), y);
  h.Frames(2);
  io.AddMouseButtonEvent(0, true);
  h.Frames(2);
  for (int i = 1; i <= 10; ++i) {
    io.AddMousePosEvent(x(from + (to - from) * static_cast<float>(i) / 10), y);
    h.Frames(1);
  }
  io.AddMouseButtonEvent(0, false);
  h.Frames(3);
}

}  // namespace

TEST_CASE("dragging the slider chooses a salary, snapped to £500, within the band") {
  Harness h(kTall);
  Drag(h, 0.5f, 1.2f);  // past the end: held at the top of the band
  CHECK(Amount(h) == 100000);
  Drag(h, 1.0f, 0.0f);
  CHECK(Amount(h) == 45000);
  Drag(h, 0.0f, 0.5f);
  CHECK(Amount(h) % 500 == 0);
  CHECK(Amount(h) > 70000);
  CHECK(Amount(h) < 75000);
}

TEST_CASE("keys move the focused slider: arrows £1,000, Page Up/Down £5,000, Home and End") {
  Harness h(kTall);
  h.Click("panel.salary");
  h.Click("salary.explore");  // the guide's Salary panel leads to the slider
  const ImGuiID slider = h.app->report().Find("salary.slider")->imgui_id;
  REQUIRE(ImGui::GetFocusID() == slider);
  h.Press(ImGuiKey_RightArrow);
  CHECK(Amount(h) == 61000);  // from the default £60,000
  h.Press(ImGuiKey_PageUp);
  CHECK(Amount(h) == 66000);
  h.Press(ImGuiKey_LeftArrow);
  h.Press(ImGuiKey_DownArrow);
  CHECK(Amount(h) == 64000);
  h.Press(ImGuiKey_PageDown);
  CHECK(Amount(h) == 59000);
  h.Press(ImGuiKey_End);
  CHECK(Amount(h) == 100000);
  h.Press(ImGuiKey_RightArrow);
  CHECK(Amount(h) == 100000);
  h.Press(ImGuiKey_Home);
  CHECK(Amount(h) == 45000);
  CHECK(ImGui::GetFocusID() == slider);  // the arrows moved the value, not the focus
}

TEST_CASE("financial services open the scale above £100,000; back to all sectors clamps it") {
  Harness h(kTall);
  h.Click("salary.sector.financial-services");
  Drag(h, 0.5f, 1.0f);
  CHECK(Amount(h) == 150000);
  CHECK(h.app->state().progress.salary.sector == "financial-services");
  h.Click("salary.sector.all");
  CHECK(Amount(h) == 100000);
  CHECK(h.app->state().progress.salary.sector == "all");
}

TEST_CASE("the chosen salary and sector are kept with the progress") {
  auto platform = std::make_unique<NullPlatform>(kTall);
  {
    Harness h(std::move(platform));
    h.Click("salary.sector.financial-services");
    Drag(h, 0.2f, 0.9f);
    h.platform->FirePageHide();
    platform = std::move(h.platform);
    h.platform = std::make_unique<NullPlatform>();
  }
  const ProgressParse saved = ParseProgress(platform->store.data.at("mlguide:ml-engineer:progress"), "ml-engineer");
  REQUIRE(saved.ok());
  CHECK(saved.progress.salary.sector == "financial-services");
  CHECK(saved.progress.salary.amount > 100000);
  const int amount = saved.progress.salary.amount;
  Harness again(std::move(platform));
  CHECK(Amount(again) == amount);
}
