// What the page mirrors over the canvas (semantics/semantics.hpp), as the null platform receives
// it after each frame, and what the page's elements do to the app (MirrorAction).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "core/format.hpp"
#include "core/pay_breakdown.hpp"
#include "harness.hpp"

using namespace mlguide;
using mlguide::test::Harness;

namespace {

const MirrorNode& Node(const Harness& h, const std::string& id) {
  const Mirror& m = h.platform->mirror;
  for (const MirrorNode& n : m.nodes)
    if (n.id == id) return n;
  FAIL("no node " << id);
  return m.nodes.front();
}

bool HasNode(const Harness& h, const std::string& id) {
  for (const MirrorNode& n : h.platform->mirror.nodes)
    if (n.id == id) return true;
  return false;
}

const MirrorNode* ParentOf(const Harness& h, const std::string& id) {
  const int p = Node(h, id).parent;
  return p >= 0 ? &h.platform->mirror.nodes[static_cast<size_t>(p)] : nullptr;
}

void Act(Harness& h, MirrorAction::Kind kind, const std::string& id, float value = 0) {
  h.platform->PageAction({kind, id, value});
  h.Frames(4);
}

}  // namespace

TEST_CASE("the mirror holds every widget with a role, in reading order, parents before children") {
  for (float width : {360.0f, 1280.0f}) {
    CAPTURE(width);
    Harness h({width, 800, 1});
    const Mirror& m = h.platform->mirror;
    REQUIRE(m.nodes.size() > 25);
    for (size_t i = 0; i < m.nodes.size(); ++i) {
      const MirrorNode& n = m.nodes[i];
      CAPTURE(n.id);
      CHECK(n.sem.role != Role::None);
      CHECK_FALSE(n.sem.name.empty());
      CHECK(n.parent < static_cast<int>(i));
    }
    CHECK(Node(h, "title").sem.heading_level == 1);
    CHECK(Node(h, "panel.role").sem.heading_level == 2);  // a panel header is a heading's button
    CHECK(ParentOf(h, "theme.dark")->id == "theme");
    CHECK(ParentOf(h, "theme.dark")->sem.role == Role::RadioGroup);
    CHECK(ParentOf(h, "salary.year.2025/26")->sem.name == "Tax year");
    CHECK(ParentOf(h, "skill.python") == nullptr);
    CHECK(Node(h, "salary.slider").sem.step > 0);
  }
}

TEST_CASE("menu items sit in the menu, and a dialog's widgets in the dialog") {
  Harness h({1280, 800, 1});
  h.Click("menu");
  CHECK(ParentOf(h, "menu.about")->sem.role == Role::Menu);
  h.Click("menu.reset");
  CHECK_FALSE(HasNode(h, "menu.about"));
  CHECK(ParentOf(h, "dialog.reset")->id == "dialog");
  CHECK(ParentOf(h, "dialog.reset.confirm")->id == "dialog");
  CHECK(ParentOf(h, "skill.python") == nullptr);  // behind the dialog, outside it
}

TEST_CASE("a press from the page acts as a click: a skill moves on, a panel opens, a menu item runs") {
  Harness h({1280, 800, 1});
  Act(h, MirrorAction::Kind::Click, "skill.python");
  CHECK(h.app->state().progress.StateOf("python") == SkillState::Learning);
  CHECK(Node(h, "skill.python").sem.value_text == "Learning");
  CHECK(h.platform->mirror.focused == "skill.python");  // pressed, it has the focus

  CHECK(Node(h, "panel.industries").sem.expanded == Semantics::Toggle::Off);
  Act(h, MirrorAction::Kind::Click, "panel.industries");
  CHECK(Node(h, "panel.industries").sem.expanded == Semantics::Toggle::On);

  Act(h, MirrorAction::Kind::Click, "theme.dark");
  CHECK(h.platform->mirror.dark);

  Act(h, MirrorAction::Kind::Click, "menu");
  REQUIRE(HasNode(h, "menu.about"));
  Act(h, MirrorAction::Kind::Click, "menu.about");
  CHECK(HasNode(h, "dialog.about"));
  // A press for a widget that is not drawn is dropped, not kept for later.
  Act(h, MirrorAction::Kind::Click, "skill.keras");
  Act(h, MirrorAction::Kind::Click, "dialog.cancel");
  CHECK_FALSE(HasNode(h, "dialog"));
  h.Frames(4);
  CHECK(h.app->state().progress.StateOf("keras") == SkillState::NotStarted);
}

TEST_CASE("focus from the page moves the app's focus, and a new value moves the slider to a step") {
  Harness h({1280, 800, 1});
  Act(h, MirrorAction::Kind::Focus, "salary.slider");
  CHECK(h.platform->mirror.focused == "salary.slider");
  Act(h, MirrorAction::Kind::SetValue, "salary.slider", 72400);
  CHECK(h.app->state().progress.salary.amount == 72500);
  CHECK(Node(h, "salary.slider").sem.value == 72500);
  CHECK(Node(h, "salary.slider").sem.value_text == "£72,500 a year");
  Act(h, MirrorAction::Kind::SetValue, "salary.slider", 1e9f);  // clamped to the scale
  CHECK(h.app->state().progress.salary.amount == static_cast<int>(Node(h, "salary.slider").sem.max));
  h.Press(ImGuiKey_LeftArrow);  // the keys carry on from the focus the page gave
  const int amount = h.app->state().progress.salary.amount;
  CHECK(amount == static_cast<int>(Node(h, "salary.slider").sem.max) - 1000);
  Act(h, MirrorAction::Kind::Click, "menu");  // scrolled out of sight: the page can still press it
  Act(h, MirrorAction::Kind::Click, "menu.about");
  REQUIRE(HasNode(h, "dialog.about"));
  Act(h, MirrorAction::Kind::SetValue, "salary.slider", 50000);  // behind the dialog: not set
  h.Press(ImGuiKey_Escape);
  h.Frames(4);
  CHECK(h.app->state().progress.salary.amount == amount);
}

TEST_CASE("a change is announced once: a skill's new state, a notice that appears") {
  Harness h({1280, 800, 1});
  std::vector<std::string>& said = h.platform->said;
  auto frames = [&](int n) {
    for (int i = 0; i < n; ++i) h.app->FrameAndPresent();
  };
  said.clear();
  frames(3);
  CHECK(said.empty());
  h.platform->PageAction({MirrorAction::Kind::Click, "skill.python"});
  frames(4);
  CHECK(said == std::vector<std::string>{"Python: Learning. 0 of 12 skills confident."});
  said.clear();
  h.platform->PageAction({MirrorAction::Kind::Click, "skill.python"});
  frames(4);
  CHECK(said == std::vector<std::string>{"Python: Confident. 1 of 12 skills confident."});

  said.clear();
  h.Click("menu");
  h.platform->PageAction({MirrorAction::Kind::Click, "menu.export"});
  frames(6);
  REQUIRE(said.size() == 1);
  CHECK(said[0].find("ml-engineer-progress.json") != std::string::npos);
}

TEST_CASE("the text layer: every line the page shows, where it is drawn, and whose pointer it is") {
  Harness h({1280, 800, 1});
  const Mirror& m = h.platform->mirror;
  REQUIRE(m.text.size() > 20);
  auto find = [&](const std::string& start) -> const MirrorText* {
    for (const MirrorText& t : m.text)
      if (t.text.rfind(start, 0) == 0) return &t;
    return nullptr;
  };
  // The first panel's first paragraph, wrapped into lines that start a block once.
  const MirrorText* first = find("A machine learning engineer programs");
  REQUIRE(first != nullptr);
  CHECK(first->new_block);
  CHECK_FALSE(first->in_widget);
  CHECK(first->size == doctest::Approx(16));
  CHECK(first->width > 300);
  CHECK(first->width <= 716);
  const size_t i = static_cast<size_t>(first - m.text.data());
  CHECK_FALSE(m.text[i + 1].new_block);  // the paragraph's second line
  CHECK(m.text[i + 1].y == doctest::Approx(first->y + first->height));
  // A panel header's title is the header button's: the pointer goes to the button.
  const MirrorText* title = find("How business uses ML");
  REQUIRE(title != nullptr);
  CHECK(title->in_widget);
  // The guide's title, a heading and a group's label are selectable text, heard once: as the
  // heading or the group's name.
  for (const char* named : {"What is a Machine Learning Engineer?", "Salary explorer", "Where you live", "Salary, pounds a year"}) {
    CAPTURE(named);
    const MirrorText* t = find(named);
    REQUIRE(t != nullptr);
    CHECK(t->named);
    CHECK_FALSE(t->in_widget);
  }
  CHECK_FALSE(first->named);
  CHECK_FALSE(m.text_covered);
  // Figures drawn on their own are in it too: a take-home row reads as one line.
  const MirrorText* tax = find("Income tax");
  REQUIRE(tax != nullptr);
  CHECK(tax->new_block);
  const size_t k = static_cast<size_t>(tax - m.text.data());
  const std::vector<PayLine> lines = BreakDown(ComputeTakeHome(h.app->guide().salary.tax_years[0], 60000));
  CHECK(m.text[k + 1].text == "−" + FormatMoney(lines[1].year, "£"));
  CHECK_FALSE(m.text[k + 1].new_block);
  CHECK(m.text[k + 2].text == "−" + FormatMoney(lines[1].month, "£"));

  // Scrolled, the lines keep their place in the content; the layer is told how far it moved.
  const float y = first->y;
  ImGui::GetIO().AddMousePosEvent(400, 400);
  ImGui::GetIO().AddMouseWheelEvent(0, -3);
  h.Frames(4);
  REQUIRE(m.text_scroll > 100);
  CHECK(std::abs(find("A machine learning engineer programs")->y - y) <= 1);  // scrolling rounds to whole pixels

  Act(h, MirrorAction::Kind::Click, "menu");
  CHECK(m.text_covered);  // a menu lies over the text: presses there are the menu's
}

TEST_CASE("the content's tables are read as tables: the job types and the take-home breakdown, with their headers") {
  Harness h({1280, 800, 1});
  Act(h, MirrorAction::Kind::Click, "panel.job-types");
  const Mirror& m = h.platform->mirror;
  auto find = [&](const std::string& words) -> const MirrorText& {
    for (const MirrorText& t : m.text)
      if (t.text == words) return t;
    static const MirrorText none;  // fails every check below
    return none;
  };
  const MirrorText& role = find("Role");
  CHECK(role.table > 0);
  CHECK(role.row == 0);
  CHECK(role.cell == MirrorText::Cell::ColumnHeader);
  CHECK(find("Focus").col == 2);
  const MirrorText& scientist = find("ML scientist");
  CHECK(scientist.table == role.table);
  CHECK(scientist.row == 2);
  CHECK(scientist.col == 0);
  CHECK(scientist.cell == MirrorText::Cell::RowHeader);
  const MirrorText& research = find("Research");
  CHECK(research.row == 2);
  CHECK(research.col == 2);
  CHECK(research.cell == MirrorText::Cell::Data);
  // The take-home breakdown: another table, its first column the names of its rows.
  const MirrorText& month = find("A month");
  CHECK(month.table > role.table);
  CHECK(month.row == 0);
  CHECK(month.col == 2);
  CHECK(month.cell == MirrorText::Cell::ColumnHeader);
  const MirrorText& tax = find("Income tax");
  CHECK(tax.table == month.table);
  CHECK(tax.col == 0);
  CHECK(tax.cell == MirrorText::Cell::RowHeader);
  const size_t k = static_cast<size_t>(&tax - m.text.data());
  CHECK(m.text[k + 1].row == tax.row);
  CHECK(m.text[k + 1].col == 1);
  CHECK(m.text[k + 2].col == 2);
  // Text outside them is in none.
  CHECK(find("Sources").text == "Sources");
  CHECK(find("Sources").table == 0);
}

TEST_CASE("every source with an address is a link: in the tree, in the text layer, and pressed it opens") {
  Harness h({1280, 800, 1});
  const Mirror& m = h.platform->mirror;
  const Source* morrisby = h.app->guide().FindSource("morrisby");
  REQUIRE(morrisby != nullptr);
  REQUIRE_FALSE(morrisby->url.empty());
  // The list of sources at the end of the page: a link named for the source, with its address.
  const MirrorNode& link = Node(h, "sources.morrisby");
  CHECK(link.sem.role == Role::Link);
  CHECK(link.sem.name == morrisby->name);
  CHECK(link.sem.url == morrisby->url);
  CHECK_FALSE(HasNode(h, "sources.article"));  // no address is known for it: plain text
  // Its line in the text layer carries the address, the rest of the line does not.
  int lines = 0;
  for (const MirrorText& t : m.text)
    if (t.link == morrisby->url) {
      ++lines;
      CHECK(morrisby->name.find(t.text) != std::string::npos);
    }
  CHECK(lines >= 1);

  // Clicked, by mouse and from the page, it opens in a new tab.
  Act(h, MirrorAction::Kind::Focus, "sources.morrisby");  // into view
  h.Click("sources.morrisby");
  REQUIRE(h.platform->opened.size() == 1);
  CHECK(h.platform->opened[0] == morrisby->url);
  Act(h, MirrorAction::Kind::Click, "sources.hmrc-2025-26");
  REQUIRE(h.platform->opened.size() == 2);
  CHECK(h.platform->opened[1] == h.app->guide().FindSource("hmrc-2025-26")->url);
  // Keys reach it: focused, Enter opens it.
  Act(h, MirrorAction::Kind::Focus, "sources.itjobswatch-london");
  CHECK(m.focused == "sources.itjobswatch-london");
  h.Press(ImGuiKey_Enter);
  REQUIRE(h.platform->opened.size() == 3);
  CHECK(h.platform->opened[2] == h.app->guide().FindSource("itjobswatch-london")->url);
}

TEST_CASE("a link that wraps is one tab stop, and a press on any of its lines opens it") {
  Harness h({320, 2000, 1});
  const Source* src = h.app->guide().FindSource("itjobswatch-london");
  auto lines_of_link = [&]() {
    std::vector<const MirrorText*> lines;
    for (const MirrorText& t : h.platform->mirror.text)
      if (t.link == src->url) lines.push_back(&t);
    return lines;
  };
  REQUIRE(lines_of_link().size() >= 4);
  // Punctuation after a link stays on the link's line.
  const std::vector<MirrorText>& text = h.platform->mirror.text;
  for (size_t i = 1; i < text.size(); ++i)
    if (text[i].text.find_first_of(",.;") == 0) CHECK_MESSAGE(text[i].y == text[i - 1].y, text[i].text);  // two lists name it (the salary card's and the page's), each on two lines or more
  int nodes = 0;
  for (const MirrorNode& n : h.platform->mirror.nodes) nodes += n.sem.url == src->url;
  CHECK(nodes == 2);
  // The second line of the page's list entry, pressed.
  Act(h, MirrorAction::Kind::Focus, "sources.itjobswatch-london");  // into view, at the bottom edge
  ImGui::GetIO().AddMousePosEvent(160, 1000);
  ImGui::GetIO().AddMouseWheelEvent(0, -2);
  h.Frames(4);
  const MirrorNode& first = Node(h, "sources.itjobswatch-london");
  const MirrorText* second = nullptr;
  for (const MirrorText* t : lines_of_link())
    if (std::abs(t->y - h.platform->mirror.text_scroll - (first.y + first.height)) < 1) second = t;
  REQUIRE(second != nullptr);
  CHECK_FALSE(second->new_block);
  ImGuiIO& io = ImGui::GetIO();
  const float y = second->y - h.platform->mirror.text_scroll + second->height * 0.5f;
  REQUIRE(y > 0);
  REQUIRE(y < 2000);
  io.AddMousePosEvent(second->x + second->width * 0.5f, y);
  h.Frames(2);
  io.AddMouseButtonEvent(0, true);
  h.Frames(2);
  io.AddMouseButtonEvent(0, false);
  h.Frames(3);
  REQUIRE(h.platform->opened.size() == 1);
  CHECK(h.platform->opened[0] == src->url);
}

TEST_CASE("punctuation after a link stays on the link's line, at every width") {
  for (float width = 320; width <= 440; width += 5) {
    Harness h({width, 6000, 2});
    const std::vector<MirrorText>& text = h.platform->mirror.text;
    for (size_t i = 1; i < text.size(); ++i)
      if (text[i].text.find_first_of(",.;") == 0) CHECK_MESSAGE(text[i].y == text[i - 1].y, width << " px: " << text[i].text);
  }
}

TEST_CASE("the text is placed among the controls as it is read: after the header above it, a link's words after the link") {
  Harness h({1280, 800, 1});
  const Mirror& m = h.platform->mirror;
  // Top-level nodes in order, and the place of a node among them.
  std::vector<std::string> top;
  for (const MirrorNode& n : m.nodes)
    if (n.parent < 0) top.push_back(n.id);
  auto place = [&](const std::string& id) { return static_cast<int>(std::find(top.begin(), top.end(), id) - top.begin()); };
  const MirrorText* paragraph = nullptr;
  for (const MirrorText& t : m.text)
    if (t.text.rfind("A machine learning engineer programs", 0) == 0) paragraph = &t;
  REQUIRE(paragraph != nullptr);
  CHECK(paragraph->after == place("panel.role") + 1);  // read after the header, before the next one
  CHECK(paragraph->after <= place("panel.business"));
  // Headings of the text carry their level; a citation after one on its line does not.
  bool take_home = false;
  for (size_t i = 0; i + 1 < m.text.size(); ++i)
    if (m.text[i].text.rfind("Take-home pay, ", 0) == 0) {
      take_home = true;
      CHECK(m.text[i].heading == 3);
      CHECK(m.text[i + 1].text.rfind("[", 0) == 0);
      CHECK(m.text[i + 1].heading == 0);
    }
  CHECK(take_home);
}

TEST_CASE("every line a reader can see uses the curly apostrophe, never the straight one") {
  Harness h({1280, 800, 1});
  std::fill(h.app->state().open.begin(), h.app->state().open.end(), true);
  h.app->state().about_open = true;  // its sources and licences too
  h.Frames(4);
  const Mirror& m = h.platform->mirror;
  REQUIRE(m.text.size() > 200);
  int curly = 0;
  for (const MirrorText& t : m.text) {
    CAPTURE(t.text);
    CHECK(t.text.find('\'') == std::string::npos);
    curly += t.text.find("\u2019") != std::string::npos;
  }
  CHECK(curly > 3);
}

TEST_CASE("one numbering of sources: the explorer's [n] is the n-th of the Sources at the foot of the page") {
  Harness h({1280, 800, 1});
  std::fill(h.app->state().open.begin(), h.app->state().open.end(), true);
  h.Frames(4);
  const Guide& g = h.app->guide();
  const Mirror& m = h.platform->mirror;
  // Every "[n]" that starts a source entry (the explorer's, the footer's) is followed by source n's name.
  int entries = 0;
  for (size_t i = 0; i + 1 < m.text.size(); ++i) {
    const std::string& t = m.text[i].text;
    if (!m.text[i].new_block || t.size() < 3 || t.size() > 4 || t[0] != '[' || t.back() != ']') continue;
    const int n = std::stoi(t.substr(1));
    REQUIRE(n >= 1);
    REQUIRE(n <= static_cast<int>(g.sources.size()));
    CAPTURE(t);
    CHECK(m.text[i + 1].text.rfind(g.sources[static_cast<size_t>(n) - 1].name.substr(0, 12), 0) == 0);
    ++entries;
  }
  CHECK(entries == static_cast<int>(g.sources.size()) + 5);  // the footer, and the five the explorer cites at £60,000
  // And a statement's citation: Morrisby's starter salary cites Morrisby's number.
  const std::string morrisby = "[" + std::to_string(g.SourceNumber("morrisby")) + "]";
  bool cited = false;
  for (size_t i = 0; i + 1 < m.text.size(); ++i)
    if (m.text[i].text.find("starter salary") != std::string::npos) cited |= m.text[i + 1].text.find(morrisby) != std::string::npos;
  CHECK(cited);
}

TEST_CASE("the page is told only what changed: nothing when idle, one node and a line for a skill") {
  for (float width : {360.0f, 1280.0f}) {
    CAPTURE(width);
    Harness h({width, 800, 1});
    h.Frames(4);
    CHECK(h.platform->update.empty());  // idle: nothing crosses
    const std::vector<MirrorNode> before = h.platform->mirror.nodes;

    h.platform->PageAction({MirrorAction::Kind::Click, "skill.python"});
    h.app->FrameAndPresent();
    h.app->FrameAndPresent();  // drawn with its new state
    const TreeUpdate& u = h.platform->update;
    CHECK_FALSE(u.order);  // no node came or went
    CHECK(u.removed.empty());
    bool python = false;
    for (const NodeChange& c : u.nodes) {
      CHECK_FALSE(c.added);
      python |= c.node.id == "skill.python" && (c.parts & kPartValue) && (c.parts & kPartAnnounce);
    }
    CHECK(python);
    CHECK(u.say == std::vector<std::string>{"Python: Learning. 0 of 12 skills confident."});
    if (width > 1000) {  // narrow, the readiness line wraps anew and what follows moves down
      CHECK(u.nodes.size() <= 4);  // the skill, the readiness figures
      if (u.text) CHECK(u.text->inserted.size() + u.text->changed.size() <= 6);
    }
    h.Frames(4);
    CHECK(h.platform->update.empty());

    // The same widgets keep the same ids from frame to frame.
    REQUIRE(h.platform->mirror.nodes.size() == before.size());
    for (size_t i = 0; i < before.size(); ++i) CHECK(h.platform->mirror.nodes[i].id == before[i].id);
  }
}
