// The salary explorer through the real UI: drag, keys, sectors, and the choice kept.
#include <doctest/doctest.h>

#include "assets/embedded_assets.hpp"
#include "core/progress_format.hpp"
#include "core/share_link.hpp"
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

TEST_CASE("financial services open the scale above £100,000, and back to all sectors clamps it") {
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

namespace {

const PayOptions& Pay(Harness& h) { return h.app->state().progress.salary.pay; }

// The explorer's headline, as the page's text layer has it: "About £3,779 a month take-home".
std::string Headline(Harness& h) {
  for (const MirrorText& t : h.platform->mirror.text)
    if (t.text.rfind("About £", 0) == 0) return t.text;
  return "";
}

}  // namespace

TEST_CASE("where you live, the student loan and the pension are chosen by clicks, and change the take-home") {
  Harness h(kTall);
  CHECK(Headline(h) == "About £3,779 a month take-home");  // £60,000, England, Wales or NI, nothing else
  h.Click("salary.region.scotland");
  CHECK(Pay(h).region == "scotland");
  CHECK(Headline(h) == "About £3,631 a month take-home");  // tax £13,213.80 a year: £1,101 a month
  h.Click("salary.loan.plan-2");
  h.Click("salary.postgraduate");
  CHECK(Pay(h).loan == "plan-2");
  CHECK(Pay(h).postgraduate);
  CHECK(h.Has("salary.postgraduate"));
  CHECK(h.app->report().Find("salary.postgraduate")->sem.checked == Semantics::Toggle::On);
  h.Click("salary.pension.minimum");
  CHECK(Pay(h).pension == PensionKind::Minimum);
  CHECK_FALSE(h.Has("salary.pension.percent"));  // the percentage is the law's here
  h.Click("salary.pension.percent-of-salary");
  REQUIRE(h.Has("salary.pension.percent"));
  CHECK(Pay(h).pension_percent_bp == 500);  // the guide's default
  h.Click("salary.pension.percent.more");
  h.Click("salary.pension.percent.more");
  CHECK(Pay(h).pension_percent_bp == 700);
  h.Click("salary.method.salary-sacrifice");
  CHECK(Pay(h).method == PensionMethod::SalarySacrifice);
  // Saved with the rest of the progress.
  h.Wait(300);
  const ProgressParse saved = ParseProgress(h.platform->store.data.at("mlguide:ml-engineer:progress"), "ml-engineer");
  REQUIRE(saved.ok());
  CHECK(saved.progress.salary.pay == Pay(h));
  h.Click("salary.loan.none");
  CHECK(Pay(h).loan.empty());
  CHECK(Pay(h).postgraduate);  // the postgraduate loan is its own choice
}

TEST_CASE("the pension percentage: arrows, Page Up/Down, Home and End, within the guide's range") {
  Harness h(kTall);
  h.Click("salary.pension.percent-of-salary");
  h.Click("salary.pension.percent");  // focus
  h.Press(ImGuiKey_RightArrow);
  CHECK(Pay(h).pension_percent_bp == 600);
  h.Press(ImGuiKey_PageUp);
  CHECK(Pay(h).pension_percent_bp == 1100);
  h.Press(ImGuiKey_DownArrow);
  CHECK(Pay(h).pension_percent_bp == 1000);
  h.Press(ImGuiKey_End);
  CHECK(Pay(h).pension_percent_bp == h.app->guide().salary.tax.pension.max_percent_bp);
  h.Press(ImGuiKey_UpArrow);
  CHECK(Pay(h).pension_percent_bp == h.app->guide().salary.tax.pension.max_percent_bp);
  h.Press(ImGuiKey_Home);
  CHECK(Pay(h).pension_percent_bp == 100);
  h.Click("salary.pension.percent.less");
  CHECK(Pay(h).pension_percent_bp == 100);  // 1% is the least
  CHECK(h.app->report().Find("salary.pension.percent")->sem.role == Role::Slider);
}

TEST_CASE("at 320 px every new control fits inside the card") {
  Harness h({320, 6000, 1});
  h.Click("salary.pension.percent-of-salary");
  const WidgetRect* card = h.app->report().Find("salary.slider");
  REQUIRE(card);
  const float left = card->min.x - 13, right = card->max.x + 13;  // the slider spans the card's inside, with room for its thumb
  for (const char* id : {"salary.loan.none", "salary.loan.plan-1", "salary.loan.plan-2", "salary.loan.plan-4", "salary.loan.plan-5",
                         "salary.region.rest-of-uk", "salary.region.scotland", "salary.pension.none", "salary.pension.minimum",
                         "salary.pension.percent-of-salary", "salary.pension.percent.more", "salary.method.net-pay",
                         "salary.method.salary-sacrifice", "salary.postgraduate"}) {
    CAPTURE(id);
    const WidgetRect* w = h.app->report().Find(id);
    REQUIRE(w);
    CHECK(w->min.x >= left);
    CHECK(w->max.x <= right);
  }
}

TEST_CASE("a share link with other pay choices is offered, and adopted on request") {
  Progress shared;
  shared.salary.amount = 70000;
  shared.salary.sector = "all";
  shared.salary.pay.region = "scotland";
  shared.salary.pay.loan = "plan-4";
  auto p = std::make_unique<NullPlatform>(kTall);
  GuideLoad load = LoadGuide(assets::guide_json().text());
  p->fragment = "#progress=" + EncodeShareCode(load.guide, shared);
  Harness h(std::move(p));
  REQUIRE(h.Has("dialog.replace.confirm"));  // the skills are the same: the salary alone is a change
  CHECK(h.app->state().progress.salary.amount == 0);
  h.Click("dialog.replace.confirm");
  CHECK(h.app->state().progress.salary.amount == 70000);
  CHECK(Pay(h).region == "scotland");
  CHECK(Pay(h).loan == "plan-4");
}
