// The semantics tree the UI builds each frame (FrameReport: role, name, value, state,
// rectangle): what a screen reader or voice control will be told of every widget.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "core/format.hpp"
#include "harness.hpp"

using namespace mlguide;
using mlguide::test::Harness;

namespace {

const WidgetRect& Find(const Harness& h, const std::string& id) {
  const WidgetRect* w = h.app->report().Find(id);
  REQUIRE_MESSAGE(w != nullptr, id);
  return *w;
}

// Every widget a reader can operate has a role and a name, sits inside the surface, and has
// a size; headers and the menu button say whether they are expanded, radios whether checked.
void CheckTree(const Harness& h, float width) {
  int interactive = 0;
  for (const WidgetRect& w : h.app->report().widgets) {
    CAPTURE(w.id);
    if (w.imgui_id != 0) {
      ++interactive;
      CHECK(w.sem.role != Role::None);
      CHECK_FALSE(w.sem.name.empty());
    }
    if (w.sem.role == Role::None) continue;
    CHECK(std::string(RoleName(w.sem.role)) != "");
    CHECK(w.min.x >= -0.5f);
    CHECK(w.max.x <= width + 0.5f);
    CHECK(w.max.x > w.min.x);
    CHECK(w.max.y > w.min.y);
    if (w.id.rfind("panel.", 0) == 0 && w.id.find(".body") == std::string::npos) CHECK(w.sem.expanded != Semantics::Toggle::None);
    if (w.sem.role == Role::Radio) CHECK(w.sem.checked != Semantics::Toggle::None);
    if (w.sem.role == Role::MenuButton) CHECK(w.sem.expanded != Semantics::Toggle::None);
  }
  CHECK(interactive > 20);
}

}  // namespace

TEST_CASE("every control in every layout has a role, a name and its state, inside the surface") {
  for (float width : {360.0f, 800.0f, 1400.0f})
    for (bool open : {false, true}) {
      CAPTURE(width);
      CAPTURE(open);
      Harness h({width, 6000, 1});
      std::fill(h.app->state().open.begin(), h.app->state().open.end(), open);
      h.Frames(3);
      CheckTree(h, width);
      for (size_t i = 0; i < h.app->guide().sections.size(); ++i) {
        const WidgetRect& header = Find(h, "panel." + h.app->guide().sections[i].id);
        CHECK(header.sem.name == h.app->guide().sections[i].title);
        CHECK(header.sem.description == h.app->guide().sections[i].summary);
        CHECK(header.sem.expanded == (open ? Semantics::Toggle::On : Semantics::Toggle::Off));
      }
    }
}

TEST_CASE("every skill control is named after its skill and says its state") {
  Harness h({1280, 6000, 1});
  h.Click("skill.python");
  for (const SkillGroup& g : h.app->guide().skill_groups)
    for (const Skill& s : g.skills) {
      const WidgetRect& w = Find(h, "skill." + s.id);
      CAPTURE(s.id);
      CHECK(w.sem.role == Role::Button);
      CHECK(w.sem.name == s.name);
      CHECK(w.sem.value_text == SkillStateLabel(h.app->state().progress.StateOf(s.id)));
    }
  CHECK(Find(h, "skill.python").sem.value_text == "Learning");
}

TEST_CASE("the salary slider says the salary shown, and its range") {
  Harness h({1280, 6000, 1});
  h.Click("salary.slider");
  const WidgetRect& w = Find(h, "salary.slider");
  const int amount = h.app->state().progress.salary.amount;
  REQUIRE(amount > 0);
  CHECK(w.sem.role == Role::Slider);
  CHECK(w.sem.name == "Salary");
  CHECK(w.sem.value == static_cast<float>(amount));
  CHECK(w.sem.value_text == FormatMoney(amount, h.app->guide().salary.currency_symbol) + " a year");
  CHECK(w.sem.min <= w.sem.value);
  CHECK(w.sem.value <= w.sem.max);
  CHECK(w.sem.min == static_cast<float>(h.app->guide().salary.slider_low));
}

TEST_CASE("the theme is a row of radios with one checked, and the menu button says when its menu is open") {
  Harness h({1280, 6000, 1});
  int checked = 0;
  for (const char* id : {"theme.system", "theme.light", "theme.dark"}) {
    CHECK(Find(h, id).sem.role == Role::Radio);
    checked += Find(h, id).sem.checked == Semantics::Toggle::On;
  }
  CHECK(checked == 1);
  CHECK(Find(h, "menu").sem.role == Role::MenuButton);
  CHECK(Find(h, "menu").sem.expanded == Semantics::Toggle::Off);
  h.Click("menu");
  CHECK(Find(h, "menu").sem.expanded == Semantics::Toggle::On);
  CHECK(Find(h, "menu.about").sem.role == Role::MenuItem);
  CHECK(Find(h, "menu.about").sem.name == "About this guide");
}

TEST_CASE("dialogs are modal, named by their heading, and open with a heading whose rectangle is the title's") {
  Harness h({1280, 800, 1});
  h.Click("menu");
  h.Click("menu.about");
  const WidgetRect& dialog = Find(h, "dialog");
  CHECK(dialog.sem.role == Role::Dialog);
  CHECK(dialog.sem.modal);
  CHECK(dialog.sem.name == "About this guide");
  CHECK(dialog.sem.description.rfind("An interactive guide to the machine learning engineer role", 0) == 0);
  const WidgetRect& title = Find(h, "dialog.about");
  CHECK(title.sem.role == Role::Heading);
  CHECK(title.sem.name == "About this guide");
  CHECK(title.max.y - title.min.y > 15);  // the title line, not a 1 px marker
  CHECK(title.min.y >= dialog.min.y);
  h.Press(ImGuiKey_Escape);
  h.Click("menu");
  h.Click("menu.reset");
  CHECK(Find(h, "dialog").sem.name == "Reset your progress?");
  CHECK(Find(h, "dialog").sem.description.rfind("All 12 skills go back to Not started", 0) == 0);
  CHECK(Find(h, "dialog.reset").sem.role == Role::Heading);
}

namespace {

// What a dialog says to assistive technology, in order: its nodes' roles and words.
std::vector<std::string> Said(Harness& h) {
  std::vector<std::string> said;
  const auto& w = h.app->report().widgets;
  std::vector<bool> inside(w.size(), false);
  for (size_t i = 0; i < w.size(); ++i) {
    inside[i] = w[i].id == "dialog" || (w[i].parent >= 0 && inside[static_cast<size_t>(w[i].parent)]);
    if (inside[i] && w[i].sem.role != Role::None && w[i].id != "dialog")
      said.push_back(std::string(RoleName(w[i].sem.role)) + ": " + w[i].sem.name);
  }
  return said;
}

bool Contains(const std::vector<std::string>& said, const std::string& what) {
  return std::find(said.begin(), said.end(), what) != said.end();
}

}  // namespace

TEST_CASE("every word a dialog shows is in its tree, in order, a paragraph a node, and the key table is a table") {
  for (Viewport vp : {Viewport{1280, 800, 1}, Viewport{375, 700, 2}}) {
    CAPTURE(vp.width);
    Harness h(vp);
    h.Click("menu");
    h.Click("menu.reset");
    std::vector<std::string> said = Said(h);
    REQUIRE(said.size() == 4);
    CHECK(said[0] == "heading: Reset your progress?");
    CHECK(said[1] ==
          "paragraph: All 12 skills go back to Not started (you have 0 confident and 0 learning). Export first if you may want them back.");
    CHECK(said[2] == "button: Reset progress");
    CHECK(said[3] == "button: Cancel");
    h.Press(ImGuiKey_Escape);

    h.Click("menu");
    h.Click("menu.about");
    said = Said(h);
    CHECK(Contains(said, "paragraph: Built with"));
    CHECK(Contains(said, "paragraph: Dear ImGui 1.90.1 by Omar Cornut and contributors, MIT licence."));
    CHECK(std::any_of(said.begin(), said.end(), [](const std::string& s) { return s.rfind("paragraph: Version ", 0) == 0; }));
    h.Press(ImGuiKey_Escape);

    h.Click("menu");
    h.Click("menu.keys");
    said = Said(h);
    CHECK(Contains(said, "table: Keyboard shortcuts"));
    int rows = 0;
    for (const std::string& s : said) rows += s.rfind("row", 0) == 0 && s.rfind("rowheader", 0) != 0;
    CHECK(rows == 9);
    const auto tab = std::find(said.begin(), said.end(), "rowheader: Tab, Shift+Tab");
    REQUIRE(tab != said.end());
    CHECK((tab + 1)->rfind("cell: Move between panels, skills and buttons.", 0) == 0);
    CHECK(std::none_of(said.begin(), said.end(), [](const std::string& s) { return s.rfind("paragraph", 0) == 0; }));
  }
}

TEST_CASE("a notice is a status with its words") {
  auto p = std::make_unique<NullPlatform>(Viewport{1280, 2400, 1});
  p->store.refuse_get = true;
  p->store.refuse_set = true;
  Harness h(std::move(p));
  const WidgetRect& w = Find(h, "notice.storage");
  CHECK(w.sem.role == Role::Status);
  CHECK(w.sem.name.find("save your progress") != std::string::npos);
  CHECK(w.max.y - w.min.y > 20);
}

TEST_CASE("a dialog taller than the window keeps its buttons in sight, and what it says scrolls") {
  for (Viewport vp : {Viewport{1280, 800, 1}, Viewport{375, 700, 2}, Viewport{320, 480, 1}}) {
    CAPTURE(vp.width);
    Harness h(vp);
    h.Click("menu");
    h.Click("menu.about");
    const WidgetRect& dialog = Find(h, "dialog");
    const WidgetRect& close = Find(h, "dialog.cancel");
    CHECK(close.min.y >= dialog.min.y);
    CHECK(close.max.y <= dialog.max.y);
    CHECK(dialog.max.y <= vp.height);
    CHECK(Find(h, "dialog.about").min.y >= dialog.min.y);
    h.Click("dialog.cancel");
    CHECK_FALSE(h.Has("dialog"));
  }
}
