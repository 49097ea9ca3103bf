// The salary explorer through the real UI: drag, keys, a typed salary, the tax year, the
// comparison with the pay now, and the choice kept.
#include <doctest/doctest.h>

#include "assets/embedded_assets.hpp"
#include <fstream>

#include <nlohmann/json.hpp>

#include "core/format.hpp"
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

TEST_CASE("dragging the slider chooses a salary, snapped to £500, from a graduate's to a principal's") {
  Harness h(kTall);
  Drag(h, 0.5f, 1.2f);  // past the end: held at the top of the scale
  CHECK(Amount(h) == 200000);
  Drag(h, 1.0f, 0.0f);
  CHECK(Amount(h) == 20000);
  Drag(h, 0.0f, 0.5f);
  CHECK(Amount(h) % 500 == 0);
  CHECK(Amount(h) > 105000);
  CHECK(Amount(h) < 115000);
}

TEST_CASE("keys move the focused slider: arrows £1,000, Page Up/Down £5,000, Home and End") {
  Harness h(kTall);
  h.Click("panel.salary");
  h.Click("salary.explore");  // the guide's Salary panel leads to the salary field...
  REQUIRE(ImGui::GetFocusID() == h.app->report().Find("salary.amount")->imgui_id);
  h.Press(ImGuiKey_Tab);  // ...and the slider is next
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
  CHECK(Amount(h) == 200000);
  h.Press(ImGuiKey_RightArrow);
  CHECK(Amount(h) == 200000);
  h.Press(ImGuiKey_Home);
  CHECK(Amount(h) == 20000);
  CHECK(ImGui::GetFocusID() == slider);  // the arrows moved the value, not the focus
}

namespace {

// What the reader types into a field of the page, committed (Enter, or leaving it).
void Type(Harness& h, const char* id, const char* text) {
  MirrorAction a{MirrorAction::Kind::SetText, id};
  a.text = text;
  h.platform->PageAction(a);
  h.Frames(3);
}

const MirrorField* Field(Harness& h, const std::string& id) {
  for (const MirrorField& f : h.platform->mirror.fields)
    if (f.id == id) return &f;
  return nullptr;
}

// The explorer's headline, as the page's text layer has it: "About £3,779 a month take-home".
std::string Headline(Harness& h) {
  for (const MirrorText& t : h.platform->mirror.text)
    if (t.text.rfind("About £", 0) == 0) return t.text;
  return "";
}

// Whether the page's text reads `words`, across runs and wrapped lines.
bool TextShows(Harness& h, const std::string& words) {
  std::string all;
  for (const MirrorText& t : h.platform->mirror.text) all += (t.glued || t.text.rfind(' ', 0) == 0 ? "" : " ") + t.text;
  return all.find(words) != std::string::npos;
}

}  // namespace

TEST_CASE("a typed salary is taken exactly, a bad one is refused beside the field and the salary kept") {
  Harness h(kTall);
  const MirrorField* f = Field(h, "salary.amount");
  REQUIRE(f);
  CHECK(f->editable);
  CHECK(f->numeric);
  CHECK(f->text == "60,000");
  CHECK(h.app->report().Find("salary.amount")->sem.role == Role::TextField);
  CHECK(h.app->report().Find("salary.amount")->sem.name == "Salary, pounds a year");
  Type(h, "salary.amount", "£28,900");  // a graduate's salary, below the slider's band
  CHECK(Amount(h) == 28900);
  CHECK(Field(h, "salary.amount")->text == "28,900");
  CHECK(h.app->report().Find("salary.slider")->sem.value_text == "£28,900 a year");
  Type(h, "salary.amount", "125140");  // not a step of the slider: kept to the pound
  CHECK(Amount(h) == 125140);
  // Letters, a negative, nothing: refused, said beside the field, the last good salary kept.
  for (const char* bad : {"lots", "-30000", ""}) {
    CAPTURE(bad);
    Type(h, "salary.amount", bad);
    CHECK(Amount(h) == 125140);
    CHECK(Field(h, "salary.amount")->text == bad);  // what they typed stays, to be put right
    const WidgetRect* error = h.app->report().Find("salary.amount.error");
    REQUIRE(error);
    CHECK(error->sem.role == Role::Status);
    CHECK(h.app->report().Find("salary.amount")->sem.invalid);
  }
  Type(h, "salary.amount", "2000000");
  CHECK(h.app->report().Find("salary.amount.error")->sem.name == "Not changed: That is more than £1,000,000, the most this guide works out.");
  // A good one clears the message; so does moving the slider.
  Type(h, "salary.amount", "250k");  // beyond the scale: kept, the thumb at the end
  CHECK(Amount(h) == 250000);
  CHECK_FALSE(h.Has("salary.amount.error"));
  CHECK(h.app->report().Find("salary.slider")->sem.value == 200000);
  h.Frames(5);
  CHECK(Amount(h) == 250000);  // drawing the slider did not pull it back
  Type(h, "salary.amount", "x");
  Drag(h, 0.5f, 0.1f);
  CHECK_FALSE(h.Has("salary.amount.error"));
  CHECK(Field(h, "salary.amount")->text == FormatMoney(Amount(h), ""));
}

TEST_CASE("a salary committed as the focus moves on: both reach the app, in order") {
  Harness h(kTall);
  // Leaving the field for the next control: the page sends the text, then the new focus,
  // before the app draws again.
  MirrorAction typed{MirrorAction::Kind::SetText, "salary.amount"};
  typed.text = "41,000";
  h.platform->PageAction(typed);
  h.platform->PageAction({MirrorAction::Kind::Focus, "salary.slider"});
  h.Frames(3);
  CHECK(Amount(h) == 41000);
  CHECK(ImGui::GetFocusID() == h.app->report().Find("salary.slider")->imgui_id);
}

TEST_CASE("the chosen salary is kept with the progress, to the pound") {
  auto platform = std::make_unique<NullPlatform>(kTall);
  {
    Harness h(std::move(platform));
    Type(h, "salary.amount", "35,000");
    h.platform->FirePageHide();
    platform = std::move(h.platform);
    h.platform = std::make_unique<NullPlatform>();
  }
  const ProgressParse saved = ParseProgress(platform->store.data.at("mlguide:ml-engineer:progress"), "ml-engineer");
  REQUIRE(saved.ok());
  CHECK(saved.progress.salary.amount == 35000);
  Harness again(std::move(platform));
  CHECK(Amount(again) == 35000);
  CHECK(Field(again, "salary.amount")->text == "35,000");
}

TEST_CASE("the tax year follows the reader's date, a switch shows the other, and the pick is kept") {
  auto p = std::make_unique<NullPlatform>(kTall);
  p->today = {2026, 12, 4};
  Harness h(std::move(p));
  h.Click("salary.region.scotland");
  // The year is named where the figures are, and Scotland's 2026/27 bands apply: at £60,000,
  // tax 13,182.05 (see tax_years_test.cpp) against 13,213.80 in 2025/26.
  CHECK(TextShows(h, "Take-home pay, 2026/27"));
  CHECK(TextShows(h, " in Scotland, 2026/27"));
  CHECK(h.app->report().Find("salary.year.2026/27")->sem.checked == Semantics::Toggle::On);
  CHECK(h.app->report().Find("salary.year.2026/27")->sem.name == "2026/27 (now)");
  CHECK(Headline(h) == "About £3,633 a month take-home");  // tax 1,098.50 a month (halves up), NI 267.55
  CHECK(h.app->state().progress.salary.tax_year.empty());
  h.Click("salary.year.2025/26");
  CHECK(h.app->state().progress.salary.tax_year == "2025/26");
  CHECK(Headline(h) == "About £3,631 a month take-home");
  CHECK(TextShows(h, "not the tax year you are in (2026/27)"));
  h.Click("salary.year.2026/27");  // their own year again: no pick, it follows the date
  CHECK(h.app->state().progress.salary.tax_year.empty());
}

TEST_CASE("past the newest tax year the guide has, the explorer uses it and says so") {
  auto later = std::make_unique<NullPlatform>(kTall);
  later->today = {2027, 5, 1};
  Harness h(std::move(later));
  CHECK(TextShows(h, "Figures for 2026/27, the latest this guide has; rates may have changed since 5 April 2027."));
  CHECK(h.app->report().Find("salary.year.2026/27")->sem.name == "2026/27");  // not the reader's year: not "now"
  h.Click("salary.year.2025/26");
  CHECK(TextShows(h, "this guide has no figures yet for the tax year you are in."));
}

TEST_CASE("a third tax year added to the data is the explorer's on its dates, with its own figures") {
  nlohmann::json doc = nlohmann::json::parse(assets::guide_json().text());
  std::ifstream in(SOURCE_DIR "/tests/unit/fixtures/tax-year-made-up.json");
  doc["salary"]["tax_years"].push_back(nlohmann::json::parse(in));
  auto p = std::make_unique<NullPlatform>(kTall);
  p->today = {2027, 6, 1};
  Harness h(std::move(p), doc.dump());
  REQUIRE(h.Has("salary.year.2027/28"));
  CHECK(h.app->report().Find("salary.year.2027/28")->sem.name == "2027/28 (now)");
  CHECK(h.app->report().Find("salary.year.2027/28")->sem.checked == Semantics::Toggle::On);
  CHECK(TextShows(h, "Take-home pay, 2027/28"));
  // £60,000 with the made-up allowance of £13,000: taxable £47,000, 37,700 × 20% + 9,300 × 40%
  // = £11,260 (£938.33 a month, so £938); NI £268. £5,000 − £938 − £268 = £3,794.
  CHECK(Headline(h) == "About £3,794 a month take-home");
}

TEST_CASE("compared with the pay now: ticked, typed, the difference after everything, saved") {
  auto p = std::make_unique<NullPlatform>(kTall);
  p->today = {2026, 12, 4};
  Harness h(std::move(p));
  CHECK_FALSE(h.Has("salary.compare.amount"));
  h.Click("salary.compare");
  REQUIRE(h.Has("salary.compare.amount"));
  CHECK(h.app->report().Find("salary.compare")->sem.checked == Semantics::Toggle::On);
  CHECK(h.app->state().progress.salary.compare == 0);  // nothing saved until a pay is typed
  Type(h, "salary.compare.amount", "28000");
  Type(h, "salary.amount", "45000");
  CHECK(h.app->state().progress.salary.compare == 28000);
  // England 2026/27: 23,680 and 35,920 a year (tax_years_test.cpp): +12,240, +1,020 a month.
  CHECK(TextShows(h, "+£12,240"));
  CHECK(TextShows(h, "+£1,020"));
  CHECK(TextShows(h, "£17,000 more a year before tax is"));
  CHECK(TextShows(h, "(72%)"));
  // The same choices apply to both.
  h.Click("salary.loan.plan-5");
  CHECK(TextShows(h, "+£10,710"));
  // A plan with nothing to repay says "none", not "−£0": Plan 5 below £25,000.
  Type(h, "salary.amount", "24000");
  CHECK(TextShows(h, "Student loan (Plan 5) none none"));
  CHECK_FALSE(TextShows(h, "−£0"));
  Type(h, "salary.amount", "45000");
  // What another £1,000 keeps, with what takes the rest.
  CHECK(TextShows(h, "You would keep £630 of it"));
  h.Wait(300);
  const ProgressParse saved = ParseProgress(h.platform->store.data.at("mlguide:ml-engineer:progress"), "ml-engineer");
  REQUIRE(saved.ok());
  CHECK(saved.progress.salary.compare == 28000);
  h.Click("salary.compare");
  CHECK(h.app->state().progress.salary.compare == 0);
  CHECK_FALSE(h.Has("salary.compare.amount"));
}

namespace {

const PayOptions& Pay(Harness& h) { return h.app->state().progress.salary.pay; }


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
  CHECK(Pay(h).pension_percent_bp == h.app->guide().salary.tax_years[0].pension.max_percent_bp);
  h.Press(ImGuiKey_UpArrow);
  CHECK(Pay(h).pension_percent_bp == h.app->guide().salary.tax_years[0].pension.max_percent_bp);
  h.Press(ImGuiKey_Home);
  CHECK(Pay(h).pension_percent_bp == 100);
  h.Click("salary.pension.percent.less");
  CHECK(Pay(h).pension_percent_bp == 100);  // 1% is the least
  CHECK(h.app->report().Find("salary.pension.percent")->sem.role == Role::Slider);
}

TEST_CASE("the pension stepper's buttons say what they do, and a press says the new value") {
  Harness h(kTall);
  h.Click("salary.pension.percent-of-salary");
  const auto sem = [&](const char* id) { return h.app->report().Find(id)->sem; };
  CHECK(sem("salary.pension.percent.less").name == "Decrease pension contribution");
  CHECK(sem("salary.pension.percent.more").name == "Increase pension contribution");
  CHECK(sem("salary.pension.percent.more").announce.empty());
  h.Click("salary.pension.percent.more");
  CHECK(sem("salary.pension.percent.more").announce == "6% of salary");
  CHECK(sem("salary.pension.percent.less").announce.empty());
  h.Click("salary.pension.percent.less");
  CHECK(sem("salary.pension.percent.less").announce == "5% of salary");
  CHECK(sem("salary.pension.percent.more").announce.empty());
  // Moved on the slider itself, the value is the slider's to say.
  h.Click("salary.pension.percent");
  h.Press(ImGuiKey_RightArrow);
  CHECK(sem("salary.pension.percent.less").announce.empty());
}

TEST_CASE("at 320 px every new control fits inside the card") {
  Harness h({320, 6000, 1});
  h.Click("salary.pension.percent-of-salary");
  h.Click("salary.compare");
  const WidgetRect* card = h.app->report().Find("salary.slider");
  REQUIRE(card);
  const float left = card->min.x - 13, right = card->max.x + 13;  // the slider spans the card's inside, with room for its thumb
  for (const char* id : {"salary.loan.none", "salary.loan.plan-1", "salary.loan.plan-2", "salary.loan.plan-4", "salary.loan.plan-5",
                         "salary.region.rest-of-uk", "salary.region.scotland", "salary.pension.none", "salary.pension.minimum",
                         "salary.pension.percent-of-salary", "salary.pension.percent.more", "salary.method.net-pay",
                         "salary.method.salary-sacrifice", "salary.postgraduate", "salary.year.2025/26", "salary.year.2026/27",
                         "salary.amount", "salary.compare", "salary.compare.amount"}) {
    CAPTURE(id);
    const WidgetRect* w = h.app->report().Find(id);
    REQUIRE(w);
    CHECK(w->min.x >= left);
    CHECK(w->max.x <= right);
  }
}

TEST_CASE("a share link with other pay choices is offered, and adopted on request") {
  Progress shared;
  shared.salary.amount = 35000;
  shared.salary.pay.region = "scotland";
  shared.salary.pay.loan = "plan-4";
  auto p = std::make_unique<NullPlatform>(kTall);
  GuideLoad load = LoadGuide(assets::guide_json().text());
  p->fragment = "#progress=" + EncodeShareCode(load.guide, shared);
  Harness h(std::move(p));
  REQUIRE(h.Has("dialog.replace.confirm"));  // the skills are the same: the salary alone is a change
  CHECK(h.app->state().progress.salary.amount == 0);
  h.Click("dialog.replace.confirm");
  CHECK(h.app->state().progress.salary.amount == 35000);  // to the pound, as the link had it
  CHECK(Field(h, "salary.amount")->text == "35,000");
  CHECK(Pay(h).region == "scotland");
  CHECK(Pay(h).loan == "plan-4");
}
