// One frame's output (platform/frame_output.hpp): what the app leaves the platform to do, read
// straight from App::Frame() before any platform has acted on it.
#include <doctest/doctest.h>

#include "harness.hpp"

using namespace mlguide;
using mlguide::test::Harness;

namespace {

const Command* Find(const FrameOutput& out, Command::Kind kind) {
  for (const Command& c : out.commands)
    if (c.kind == kind) return &c;
  return nullptr;
}

}  // namespace

TEST_CASE("a settled frame draws, and asks for nothing: no command, no change to the page, no more frames") {
  Harness h({1280, 800, 1});
  h.Frames(4);
  const FrameOutput& out = h.app->Frame();
  CHECK(out.draw_data != nullptr);
  CHECK(out.commands.empty());
  CHECK(out.tree_update.empty());
  CHECK_FALSE(out.settling);
  CHECK(out.content_height > 800);  // the page is longer than the window
  CHECK(out.scroll_max > 0);
  REQUIRE(out.tree != nullptr);
  CHECK(out.tree->nodes.size() > 20);
}

TEST_CASE("Export: the frame asks for a download and the frame after it says so, and the answer comes back as input") {
  Harness h({1280, 800, 1});
  h.Click("menu");
  h.platform->PageAction({MirrorAction::Kind::Click, "menu.export"});
  const FrameOutput& out = h.app->Frame();
  const Command* download = Find(out, Command::Kind::Download);
  REQUIRE(download != nullptr);
  CHECK(download->name == "ml-engineer-progress.json");
  CHECK(download->text.find("\"schema\"") != std::string::npos);
  CHECK(h.platform->downloads.empty());  // asked for, not done: the platform does it
  h.platform->Present(out);
  CHECK(h.platform->downloads.size() == 1);

  // A link the browser refuses to open in a new tab is answered in a later frame's input.
  h.platform->popups_allowed = false;
  h.platform->PageAction({MirrorAction::Kind::Click, "sources.morrisby"});
  const FrameOutput& asked = h.app->Frame();
  const Command* open = Find(asked, Command::Kind::OpenUrl);
  REQUIRE(open != nullptr);
  const std::string url = open->text;  // the output is the app's until its next frame
  CHECK_FALSE(h.app->state().take_away);
  h.platform->Present(asked);  // refused, said at once
  h.Frames(2);
  REQUIRE(h.app->state().take_away);
  CHECK(h.app->state().take_away->text == url);
}

TEST_CASE("focus edges: with the last control focused, Tab may leave the guide") {
  Harness h({1280, 800, 1});
  CHECK(h.app->Frame().first_focused);  // nothing focused yet: Shift+Tab leaves at once
  h.platform->PageAction({MirrorAction::Kind::Focus, "skill.python"});
  h.Frames(2);
  const FrameOutput& out = h.app->Frame();
  CHECK_FALSE(out.first_focused);
  CHECK_FALSE(out.last_focused);
  CHECK(out.tree->focused == "skill.python");
}
