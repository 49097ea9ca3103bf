// The consumer of the tree (semantics/tree_update.hpp) and the update as the page reads it
// (platform/page_update_json.hpp): what a page is told when one thing changes.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "platform/page_update_json.hpp"
#include "semantics/tree_update.hpp"

using namespace mlguide;

namespace {

MirrorNode N(std::string id, Role role, std::string name, float y, int parent = -1) {
  MirrorNode n{std::move(id), Semantics{role, std::move(name)}, 10, y, 100, 30, parent};
  return n;
}

MirrorText Line(std::string text, float y, int after, bool new_block = false) {
  MirrorText t;
  t.text = std::move(text);
  t.x = 10;
  t.y = y;
  t.width = 200;
  t.height = 24;
  t.size = 16;
  t.after = after;
  t.new_block = new_block;
  return t;
}

Mirror Page() {
  Mirror m;
  m.nodes = {N("title", Role::Heading, "Guide", 0), N("skill.python", Role::Button, "Python", 100),
             N("skill.r", Role::Button, "R", 140)};
  m.nodes[1].sem.value_text = "Not started";
  m.text = {Line("An ML engineer builds", 40, 1, true), Line("systems that learn.", 64, 1),
            Line("Skills", 200, 3, true)};
  m.text_font = "Inter, sans-serif";
  return m;
}

const NodeChange* Changed(const TreeUpdate& u, const std::string& id) {
  for (const NodeChange& c : u.nodes)
    if (c.node.id == id) return &c;
  return nullptr;
}

}  // namespace

TEST_CASE("the same tree twice: nothing to tell the page") {
  CHECK(Compare(Page(), Page()).empty());
  CHECK(PageUpdateJson(Compare(Page(), Page())) == "{}");
}

TEST_CASE("a page with nothing yet is told everything: nodes, order, text, focus and the theme") {
  Mirror m = Page();
  m.dark = false;  // the default is still said: the page cannot know it
  const TreeUpdate u = Everything(m);
  CHECK(u.nodes.size() == 3);
  for (const NodeChange& c : u.nodes) CHECK((c.added && c.parts == kPartAll));
  REQUIRE(u.order);
  CHECK(u.order->size() == 3);
  REQUIRE(u.text);
  CHECK(u.text->inserted.size() == 3);
  CHECK(u.dark == std::optional<bool>(false));
  CHECK(u.focus == std::optional<std::string>(""));
  CHECK(u.text_font == std::optional<std::string>("Inter, sans-serif"));
}

TEST_CASE("one skill's new state: that node's value, and nothing else") {
  Mirror after = Page();
  after.nodes[1].sem.value_text = "Learning";
  const TreeUpdate u = Compare(Page(), after);
  REQUIRE(u.nodes.size() == 1);
  CHECK(u.nodes[0].node.id == "skill.python");
  CHECK(u.nodes[0].parts == kPartValue);
  CHECK_FALSE(u.order);
  CHECK(u.removed.empty());
  CHECK_FALSE(u.text);
  const nlohmann::json j = nlohmann::json::parse(PageUpdateJson(u));
  CHECK(j["nodes"][0]["valueText"] == "Learning");
  CHECK_FALSE(j["nodes"][0].contains("name"));  // only what changed crosses
  CHECK_FALSE(j["nodes"][0].contains("at"));
}

TEST_CASE("a node that appears or goes changes the order, and its neighbours are not touched") {
  Mirror after = Page();
  after.nodes.insert(after.nodes.begin() + 2, N("skill.cpp", Role::Button, "C++", 120));
  TreeUpdate u = Compare(Page(), after);
  REQUIRE(u.nodes.size() == 1);
  CHECK(u.nodes[0].added);
  REQUIRE(u.order);
  CHECK((*u.order)[2].first == "skill.cpp");

  u = Compare(after, Page());
  CHECK(u.nodes.empty());
  CHECK(u.removed == std::vector<std::string>{"skill.cpp"});
  CHECK(u.order);
}

TEST_CASE("a scroll moves no node of the page, only the content, and a dialog's controls sit in its corner") {
  Mirror before = Page(), after = Page();
  after.text_scroll = before.text_scroll + 120;
  for (MirrorNode& n : after.nodes) n.y -= 120;  // drawn higher up by as much
  TreeUpdate u = Compare(before, after);
  CHECK(u.nodes.empty());
  CHECK(u.scroll == std::optional<float>(120));
  CHECK_FALSE(u.text);

  // A dialog moved on the canvas: it moves, its button does not (placed from its corner).
  Mirror d = Page();
  d.nodes.push_back(N("dialog.reset", Role::Dialog, "Reset your progress?", 300));
  d.nodes.push_back(N("dialog.reset.cancel", Role::Button, "Cancel", 340, 3));
  Mirror moved = d;
  moved.nodes[3].y += 50;
  moved.nodes[4].y += 50;
  u = Compare(d, moved);
  REQUIRE(u.nodes.size() == 1);
  CHECK(u.nodes[0].node.id == "dialog.reset");
  CHECK(u.nodes[0].parts == kPartPlace);
  CHECK(Everything(d).nodes[4].node.y == doctest::Approx(40));
}

TEST_CASE("what is said: a notice as it appears, an announcement as it changes, never twice") {
  Mirror before = Page(), after = Page();
  after.nodes.push_back(N("notice", Role::Status, "", 400));
  after.nodes.back().sem = StatusSemantics("Saved in this browser only.");
  CHECK(Compare(before, after).say == std::vector<std::string>{"Saved in this browser only."});
  CHECK(Compare(after, after).say.empty());

  Mirror said = Page();
  said.nodes[1].sem.announce = "Python: Learning. 0 of 12 skills confident.";
  CHECK(Compare(before, said).say == std::vector<std::string>{"Python: Learning. 0 of 12 skills confident."});
  Mirror quiet = Page();  // the announcement moved to another node: nothing new to say here
  CHECK(Compare(said, quiet).say.empty());
  CHECK(Changed(Compare(said, quiet), "skill.python")->parts == kPartAnnounce);
}

TEST_CASE("text: a line with new words is changed in place, a new line is spliced in, the rest are kept") {
  Mirror after = Page();
  after.text[1].text = "systems that improve.";
  TreeUpdate u = Compare(Page(), after);
  REQUIRE(u.text);
  CHECK(u.text->removed == 0);
  CHECK(u.text->inserted.empty());
  REQUIRE(u.text->changed.size() == 1);
  CHECK(u.text->changed[0].first == 1);
  CHECK(u.text->changed[0].second.run.text == "systems that improve.");

  Mirror longer = Page();
  longer.text.insert(longer.text.begin() + 2, Line("A link", 90, 2, true));
  longer.text[2].link = "https://example.org/";
  u = Compare(Page(), longer);
  REQUIRE(u.text);
  CHECK(u.text->at == 2);
  CHECK(u.text->removed == 0);
  REQUIRE(u.text->inserted.size() == 1);
  CHECK(u.text->inserted[0].run.link == "https://example.org/");
  CHECK(u.text->changed.empty());

  // Copied, a wrapped line is followed by a space; a line before a new block is not.
  const TreeUpdate all = Everything(Page());
  CHECK(all.text->inserted[0].space_after);
  CHECK_FALSE(all.text->inserted[1].space_after);
}
