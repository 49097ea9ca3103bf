// The keyboard as on a page (WAI-ARIA Authoring Practices): a radio group is one Tab stop and
// its arrows choose; a dialog keeps Tab inside and starts on the choice that loses nothing; a
// click on nothing focuses nothing; and which reading keys the focused control takes, so the
// rest scroll the page (FrameOutput::keys_taken).
#include <doctest/doctest.h>

#include "harness.hpp"
#include "platform/key_queue.hpp"

using namespace mlguide;
using mlguide::test::Harness;

namespace {

std::string Focused(Harness& h) { return h.app->Frame().tree->focused; }

void Focus(Harness& h, const std::string& id) {
  h.platform->PageAction({MirrorAction::Kind::Focus, id});
  h.Frames(3);
}

bool StartsWith(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

// Keys as the browser hands them over: through the queue, which lets a frame take its share.
struct QueuedKeys {
  Harness& h;
  KeyQueue keys;
  void Frame() {
    h.Frames(1);
    keys.AfterFrame();
  }
};

}  // namespace

TEST_CASE("a radio group is one Tab stop, on its choice, and the arrows move the choice") {
  Harness h({1280, 800, 1});
  Focus(h, "theme.system");
  REQUIRE(Focused(h) == "theme.system");
  h.Press(ImGuiKey_Tab);
  CHECK_FALSE(StartsWith(Focused(h), "theme."));  // past the whole group at once
  h.Press(ImGuiKey_Tab);
  ImGui::GetIO().AddKeyEvent(ImGuiMod_Shift, true);
  h.Press(ImGuiKey_Tab);
  h.Press(ImGuiKey_Tab);
  ImGui::GetIO().AddKeyEvent(ImGuiMod_Shift, false);
  h.Frames(2);
  CHECK(Focused(h) == "theme.system");  // back onto the group: its chosen radio

  h.Press(ImGuiKey_RightArrow);
  CHECK(Focused(h) == "theme.light");
  CHECK(h.app->state().progress.theme.value == "light");
  h.Press(ImGuiKey_RightArrow);
  h.Press(ImGuiKey_RightArrow);  // round the end
  CHECK(Focused(h) == "theme.system");
  h.Press(ImGuiKey_LeftArrow);
  CHECK(Focused(h) == "theme.dark");
}

TEST_CASE("Reset opens on Cancel, Tab goes round inside the dialog, and Enter, Enter does not wipe") {
  Harness h({1280, 800, 1});
  h.platform->PageAction({MirrorAction::Kind::Click, "skill.python"});
  h.Frames(3);
  h.Click("menu");
  h.platform->PageAction({MirrorAction::Kind::Click, "menu.reset"});
  h.Frames(6);
  CHECK(Focused(h) == "dialog.cancel");
  const FrameOutput& out = h.app->Frame();
  CHECK(out.modal);
  CHECK_FALSE(out.first_focused);  // Tab and Shift+Tab never leave a dialog
  CHECK_FALSE(out.last_focused);
  for (int i = 0; i < 5; ++i) {
    h.Press(ImGuiKey_Tab);
    CHECK(StartsWith(Focused(h), "dialog."));
  }
  Focus(h, "dialog.cancel");
  h.Press(ImGuiKey_Enter);
  h.Press(ImGuiKey_Enter);
  CHECK(h.app->state().progress.StateOf("python") == SkillState::Learning);
}

TEST_CASE("a click on nothing focuses nothing, and only a focused control takes reading keys") {
  Harness h({1280, 800, 1});
  CHECK(Focused(h).empty());  // at load, as on a page, nothing has the focus
  Focus(h, "salary.slider");
  CHECK(h.app->Frame().keys_taken == (kReadUpDown | kReadLeftRight | kReadPage | kReadHomeEnd));
  Focus(h, "skill.python");
  CHECK(h.app->Frame().keys_taken == kReadSpace);  // Space presses; the arrows and pages scroll
  Focus(h, "sources.morrisby");
  CHECK(h.app->Frame().keys_taken == 0u);  // a link: Space scrolls, as on a page

  // The margin beside the content: nothing there to focus.
  Focus(h, "skill.python");
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(8, 400);
  h.Frames(2);
  io.AddMouseButtonEvent(0, true);
  h.Frames(2);
  io.AddMouseButtonEvent(0, false);
  h.Frames(3);
  CHECK(Focused(h).empty());
  CHECK(h.app->Frame().keys_taken == 0u);
}

TEST_CASE("a chord of Shift and Tab goes backwards however its events fall between frames") {
  // As xdotool, on-screen keyboards and macros send it: Shift down, Tab down, Shift up, Tab up,
  // with a frame after Shift down and none before Shift is up again.
  Harness h({1280, 800, 1});
  QueuedKeys q{h, {}};
  Focus(h, "skill.r");
  REQUIRE(Focused(h) == "skill.r");
  for (int round = 0; round < 3; ++round) {
    CAPTURE(round);
    q.keys.Key(ImGuiMod_Shift, true);
    q.keys.Key(ImGuiKey_LeftShift, true);
    q.Frame();
    q.keys.Key(ImGuiKey_Tab, true);
    q.keys.Key(ImGuiMod_Shift, false);
    q.keys.Key(ImGuiKey_LeftShift, false);
    q.keys.Key(ImGuiKey_Tab, false);
    for (int i = 0; i < 4; ++i) q.Frame();
    CHECK(Focused(h) == "skill.python");
    Focus(h, "skill.r");
  }
  // Text typed keeps its place after its key.
  q.keys.Key(ImGuiKey_A, true);
  q.keys.Key(ImGuiMod_Shift, true);
  q.keys.Text("A");
  CHECK(ImGui::GetIO().InputQueueCharacters.empty());
  q.Frame();
  q.Frame();
  q.keys.Key(ImGuiKey_A, false);
  q.keys.Key(ImGuiMod_Shift, false);
  q.Frame();
}

TEST_CASE("Escape pressed just after the focus left the guide still closes the dialog") {
  // A screen reader moving its reading caret into a dialog takes the focus off the button, and
  // the reader's Escape may come before the next frame: the focus loss releases the keys that
  // were down, not the one pressed after it.
  Harness h({1280, 800, 1});
  QueuedKeys q{h, {}};
  h.Click("menu");
  h.platform->PageAction({MirrorAction::Kind::Click, "menu.keys"});
  h.Frames(6);
  REQUIRE(h.app->Frame().modal);
  q.keys.Focus(false);
  q.keys.Key(ImGuiKey_Escape, true);
  q.keys.Key(ImGuiKey_Escape, false);
  for (int i = 0; i < 4; ++i) q.Frame();
  h.Frames(4);
  CHECK_FALSE(h.app->Frame().modal);
  CHECK(Focused(h) == "menu");
  // Lost and found again in one frame (the focus moving between two of the guide's elements),
  // a key held down stays down.
  q.keys.Key(ImGuiKey_LeftShift, true);
  q.Frame();
  q.keys.Focus(false);
  q.keys.Focus(true);
  q.Frame();
  CHECK(ImGui::IsKeyDown(ImGuiKey_LeftShift));
  q.keys.Key(ImGuiKey_LeftShift, false);
  q.Frame();
}
