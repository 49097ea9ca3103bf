// The skill tracker through the real UI on the null platform: clicks and keys change
// states, progress is saved and restored, bad data and failing storage lose nothing,
// export / import / reset / share go through their dialogs, two tabs merge.
#include <doctest/doctest.h>

#include "core/progress_format.hpp"
#include "core/share_link.hpp"
#include "harness.hpp"
#include "imgui_internal.h"  // GetFocusID

using namespace mlguide;
using mlguide::test::Harness;

namespace {

const std::string kKey = "mlguide:ml-engineer:progress";
constexpr Viewport kTall{1280, 2400, 1};  // everything on screen at once

std::unique_ptr<NullPlatform> PlatformWith(const std::string& saved) {
  auto p = std::make_unique<NullPlatform>(kTall);
  p->store.data[kKey] = saved;
  return p;
}

SkillState Saved(const NullPlatform& p, const std::string& skill) {
  const ProgressParse parsed = ParseProgress(p.store.data.at(kKey), "ml-engineer");
  REQUIRE_MESSAGE(parsed.ok(), parsed.error);
  return parsed.progress.StateOf(skill);
}

}  // namespace

TEST_CASE("clicking a skill moves it along, and the change is saved") {
  Harness h(kTall);
  CHECK(h.Has("skill.python"));
  h.Click("skill.python");
  CHECK(h.app->state().progress.StateOf("python") == SkillState::Learning);
  h.Wait(300);
  CHECK(Saved(*h.platform, "python") == SkillState::Learning);
  h.Click("skill.python");
  CHECK(h.app->state().progress.StateOf("python") == SkillState::Confident);
  h.Click("skill.python");
  CHECK(h.app->state().progress.StateOf("python") == SkillState::NotStarted);
}

TEST_CASE("number keys set a focused skill's state, and Space and Enter move it along") {
  Harness h(kTall);
  h.Click("skill.keras");  // focus (and one step along): Space and Enter then press it, as on a page
  h.Press(ImGuiKey_3);
  CHECK(h.app->state().progress.StateOf("keras") == SkillState::Confident);
  h.Press(ImGuiKey_1);
  CHECK(h.app->state().progress.StateOf("keras") == SkillState::NotStarted);
  h.Press(ImGuiKey_Space);
  CHECK(h.app->state().progress.StateOf("keras") == SkillState::Learning);
  h.Press(ImGuiKey_Enter);
  CHECK(h.app->state().progress.StateOf("keras") == SkillState::Confident);
}

TEST_CASE("progress survives a reload, and a pending change is flushed when the page hides") {
  auto platform = std::make_unique<NullPlatform>(kTall);
  {
    Harness h(std::move(platform));
    h.Click("skill.r");
    h.platform->FirePageHide();  // before the coalescing interval has passed
    CHECK(Saved(*h.platform, "r") == SkillState::Learning);
    platform = std::move(h.platform);
    h.platform = std::make_unique<NullPlatform>();
  }
  Harness again(std::move(platform));
  CHECK(again.app->state().progress.StateOf("r") == SkillState::Learning);
}

TEST_CASE("the guide's skill list and the readiness line lead to the tracker entry") {
  Harness h(kTall);
  h.Click("panel.skills");
  REQUIRE(h.Has("guide-skill.pytorch"));
  h.Click("guide-skill.pytorch");
  CHECK(ImGui::GetFocusID() == h.app->report().Find("skill.pytorch")->imgui_id);
  // A link, with the skill's definition as text beside it, and a way back beside where it led.
  const WidgetRect* link = h.app->report().Find("guide-skill.pytorch");
  CHECK(link->sem.role == Role::Link);
  bool name = false, definition = false;
  for (const MirrorText& t : h.platform->mirror.text) {
    name |= t.text == "PyTorch" && t.link == "#skill.pytorch";
    definition |= t.text.find("Working with multi-dimensional matrices.") != std::string::npos && t.link.empty();
  }
  CHECK(name);
  CHECK(definition);  // in the page's text, for reading and finding
  REQUIRE(h.Has("tracker.back"));
  h.Click("tracker.back");
  CHECK(h.platform->mirror.focused == "guide-skill.pytorch");
  CHECK_FALSE(h.Has("tracker.back"));
  h.platform->PageAction({MirrorAction::Kind::Click, "readiness"});  // scrolled out of sight: pressed as the page does
  h.Frames(4);  // next step: python
  CHECK(ImGui::GetFocusID() == h.app->report().Find("skill.python")->imgui_id);
}

TEST_CASE("corrupt saved progress: backed up, a fresh start, a notice, the copy exportable") {
  Harness h(PlatformWith("{\"schema\": 2, \"guide\": \"ml-engineer\", \"skills\": {\"python\": {\"sta"));
  CHECK(h.app->state().progress.skills.empty());
  CHECK(h.Has("notice.storage"));
  std::string backup;
  for (const auto& [k, v] : h.platform->store.data)
    if (k.rfind(kKey + ":unreadable:", 0) == 0) backup = v;
  CHECK(backup.find("\"sta") != std::string::npos);
  h.Click("notice.export-unreadable");
  REQUIRE(h.platform->downloads.size() == 1);
  CHECK(h.platform->downloads[0].content == backup);
  // The app works on.
  h.Click("skill.python");
  h.Wait(300);
  CHECK(Saved(*h.platform, "python") == SkillState::Learning);
  h.Click("notice.dismiss");
  CHECK_FALSE(h.Has("notice.storage"));
}

TEST_CASE("storage that throws: the app runs in memory, says so, and Export still works") {
  auto p = std::make_unique<NullPlatform>(kTall);
  p->store.refuse_get = true;
  p->store.refuse_set = true;
  Harness h(std::move(p));
  CHECK(h.Has("notice.storage"));
  h.Click("skill.python");
  CHECK(h.app->state().progress.StateOf("python") == SkillState::Learning);
  h.Click("notice.export");
  REQUIRE(h.platform->downloads.size() == 1);
  CHECK(h.platform->downloads[0].name == "ml-engineer-progress.json");
  CHECK(ParseProgress(h.platform->downloads[0].content, "ml-engineer").progress.StateOf("python") == SkillState::Learning);
}

TEST_CASE("a full store: the first failed save turns on the notice") {
  Harness h(kTall);
  h.platform->store.refuse_set = true;
  CHECK_FALSE(h.Has("notice.storage"));
  h.Click("skill.python");
  h.Wait(300);
  CHECK(h.Has("notice.storage"));
  CHECK(h.app->state().storage.kind == StoreProblem::Kind::SaveFailed);
}

TEST_CASE("export, reset and import bring the same progress back") {
  Harness h(kTall);
  h.Click("skill.python");
  h.Click("skill.keras");
  h.Click("skill.keras");
  h.Click("menu");
  h.Click("menu.export");
  REQUIRE(h.platform->downloads.size() == 1);
  const std::string exported = h.platform->downloads[0].content;
  CHECK(exported == h.app->ProgressJson());
  h.Click("notice.message.ok");

  h.Click("menu");
  h.Click("menu.reset");
  REQUIRE(h.Has("dialog.reset.confirm"));
  h.Click("dialog.cancel");  // asked first: cancelling keeps everything
  CHECK(h.app->state().progress.StateOf("keras") == SkillState::Confident);
  h.Click("menu");
  h.Click("menu.reset");
  h.Click("dialog.reset.confirm");
  CHECK(TallyAll(h.app->guide(), h.app->state().progress).confident == 0);

  h.platform->next_file = NullPlatform::PickedFile{"ml-engineer-progress.json", exported, ""};
  h.Click("menu");
  h.Click("menu.import");
  REQUIRE(h.Has("dialog.replace.confirm"));  // shows what would change, asks first
  h.Click("dialog.replace.confirm");
  CHECK(h.app->state().progress.StateOf("python") == SkillState::Learning);
  CHECK(h.app->state().progress.StateOf("keras") == SkillState::Confident);
}

TEST_CASE("a broken import file is refused with its reason and changes nothing") {
  Harness h(kTall);
  h.Click("skill.python");
  h.platform->next_file = NullPlatform::PickedFile{"notes.json", "{\"schema\": 2, \"guide\": \"ml-engineer\", \"skills\": 5}", ""};
  h.Click("menu");
  h.Click("menu.import");
  CHECK_FALSE(h.Has("dialog.replace.confirm"));
  CHECK(h.app->state().message.find("skills: expected object, got number") != std::string::npos);
  CHECK(h.app->state().progress.StateOf("python") == SkillState::Learning);
}

TEST_CASE("a share link round trip: shown, asked, adopted only on request") {
  std::string url;
  {
    Harness h(kTall);
    h.Click("skill.python");
    h.Click("skill.python");
    h.Click("menu");
    h.Click("menu.share");
    REQUIRE(h.platform->copied.size() == 1);
    url = h.platform->copied[0];
    CHECK(url.rfind("https://guide.example/ml-engineer/#progress=3.", 0) == 0);
  }
  const std::string fragment = url.substr(url.find('#'));
  for (bool adopt : {false, true}) {
    auto p = std::make_unique<NullPlatform>(kTall);
    p->fragment = fragment + "&panel=salary";
    Harness h(std::move(p));
    REQUIRE(h.Has("dialog.replace.confirm"));
    CHECK(h.app->state().progress.StateOf("python") == SkillState::NotStarted);  // nothing adopted yet
    h.Click(adopt ? "dialog.replace.confirm" : "dialog.cancel");
    CHECK(h.app->state().progress.StateOf("python") == (adopt ? SkillState::Confident : SkillState::NotStarted));
    CHECK(h.platform->fragment == "#panel=salary");  // the code is gone from the URL, the rest stays
  }
}

TEST_CASE("a share link pasted into an open guide is offered too") {
  Harness h(kTall);
  Progress shared;
  shared.Set("r", SkillState::Confident, 1);
  h.platform->NavigateToFragment("#progress=" + EncodeShareCode(h.app->guide(), shared));
  h.platform->Run([&] { return h.app->FrameAndPresent(); });
  CHECK(h.Has("dialog.replace.confirm"));
}

TEST_CASE("two tabs: a change in one shows in the other, and neither loses its edits") {
  auto shared = std::make_shared<MemoryStore>();
  auto pa = std::make_unique<NullPlatform>(kTall);
  auto pb = std::make_unique<NullPlatform>(kTall);
  pa->shared_store = pb->shared_store = shared;
  Harness a(std::move(pa));
  Harness b(std::move(pb));
  a.Click("skill.python");
  a.Wait(300);
  b.platform->FireStorageChange(kKey);
  b.Frames(2);
  CHECK(b.app->state().progress.StateOf("python") == SkillState::Learning);

  b.platform->now_ms = a.platform->now_ms + 1000;  // later edits in both tabs
  b.Click("skill.keras");
  a.Click("skill.r");
  b.Wait(300);
  a.platform->FireStorageChange(kKey);  // a merges b's save and writes back its own edit
  a.Frames(2);
  b.platform->FireStorageChange(kKey);
  b.Frames(2);
  for (Harness* h : {&a, &b}) {
    CAPTURE(h->app->ProgressJson());
    CHECK(h->app->state().progress.StateOf("python") == SkillState::Learning);
    CHECK(h->app->state().progress.StateOf("keras") == SkillState::Learning);
    CHECK(h->app->state().progress.StateOf("r") == SkillState::Learning);
  }
}

TEST_CASE("saved changes stamped in the future (a clock that ran ahead) never undo the reader's clicks") {
  // The year 3000: inside the saved format's limit.
  auto p = PlatformWith(R"({"schema":2,"guide":"ml-engineer","skills":{"python":{"state":"confident","changed":32503680000000}},)"
                        R"("theme":{"value":"dark","changed":32503680000000}})");
  Harness h(std::move(p));
  h.Click("skill.python");  // confident -> not started
  h.Click("theme.light");
  h.Wait(300);
  CHECK(h.app->state().progress.StateOf("python") == SkillState::NotStarted);
  CHECK(Saved(*h.platform, "python") == SkillState::NotStarted);
  CHECK(ParseProgress(h.platform->store.data.at(kKey), "ml-engineer").progress.theme.value == "light");
  h.platform->FireStorageChange(kKey);  // what another tab reads back
  h.Frames(2);
  CHECK(h.app->state().progress.StateOf("python") == SkillState::NotStarted);

  Harness again(PlatformWith(h.platform->store.data.at(kKey)));  // after a reload
  CHECK(again.app->state().progress.StateOf("python") == SkillState::NotStarted);
}

TEST_CASE("an embedding page hears of every saved change") {
  Harness h(kTall);
  h.Click("skill.python");
  h.Wait(300);
  REQUIRE_FALSE(h.platform->posted.empty());
  CHECK(h.platform->posted.back().find("\"type\":\"mlguide:progress\"") != std::string::npos);
  CHECK(h.platform->posted.back().find("\"python\":{\"changed\"") != std::string::npos);
}

TEST_CASE("a dialog opened by an event from outside the UI is drawn before the app goes idle") {
  Harness h(kTall);
  h.Click("skill.python");
  h.Click("menu");
  h.Click("menu.import");
  REQUIRE(h.platform->pending_pick);
  while (h.app->FrameAndPresent()) {}  // idle: nothing more to draw
  // The file arrives later, as a browser delivers it; the platform then asks for frames
  // until the app says it has settled.
  h.platform->pending_pick("p.json", "{\"schema\": 1, \"skills\": {\"keras\": \"learning\"}}", "");
  h.platform->Run([&] { return h.app->FrameAndPresent(); });
  CHECK(h.Has("dialog.replace.confirm"));
}

TEST_CASE("About opens from the menu and closes with Escape") {
  Harness h(kTall);
  h.Click("menu");
  h.Click("menu.about");
  CHECK(h.Has("dialog.about"));
  h.Press(ImGuiKey_Escape);
  CHECK_FALSE(h.Has("dialog.about"));
  CHECK_FALSE(h.app->state().about_open);
}

TEST_CASE("embedded taller than the host's window, a dialog opens where the reader is looking and follows") {
  // The guide at its full height (3200 px) in a blog whose window shows 800 px of it.
  Harness h({1000, 3200, 1, false, 900, 1700});
  h.Click("menu");
  h.Click("menu.about");
  const WidgetRect* d = h.app->report().Find("dialog.about");
  REQUIRE(d != nullptr);
  CHECK(d->min.y >= 900);
  CHECK(d->max.y <= 1700);
  CHECK(h.platform->redraw_on_view_change);
  h.platform->viewport.in_view_top = 2200;  // the reader scrolls the blog on
  h.platform->viewport.in_view_bottom = 3000;
  h.Frames(2);
  d = h.app->report().Find("dialog.about");
  REQUIRE(d != nullptr);
  CHECK(d->min.y >= 2200);
  CHECK(d->max.y <= 3000);
  h.Press(ImGuiKey_Escape);
  CHECK_FALSE(h.platform->redraw_on_view_change);  // no dialog: scrolling the blog draws nothing
}

TEST_CASE("About copies a ready embed snippet for this page") {
  Harness h(kTall);
  h.Click("menu");
  h.Click("menu.about");
  h.Click("dialog.about.embed");
  REQUIRE(h.platform->copied.size() == 1);
  const std::string& code = h.platform->copied[0];
  CHECK(code.find("<iframe src=\"https://guide.example/ml-engineer/?embed=1\"") == 0);
  CHECK(code.find("<script src=\"https://guide.example/ml-engineer/embed.js\" async></script>") != std::string::npos);
}

TEST_CASE("saved progress with one bad setting keeps every skill, says what was left out, and keeps the original") {
  Harness h(PlatformWith("{\"schema\": 4, \"guide\": \"ml-engineer\", \"skills\": {\"python\": {\"state\": \"confident\", \"changed\": 5}, "
                      "\"keras\": {\"state\": \"learning\", \"changed\": 5}}, \"theme\": {\"value\": \"purple\", \"changed\": 5}}"));
  CHECK(h.app->state().progress.StateOf("python") == SkillState::Confident);
  CHECK(h.app->state().progress.StateOf("keras") == SkillState::Learning);
  const WidgetRect* notice = h.app->report().Find("notice.storage");
  REQUIRE(notice);
  CHECK(notice->sem.name.rfind("Part of your saved progress could not be read and was left out: the theme.", 0) == 0);
  bool backed_up = false;
  for (const auto& [key, text] : h.platform->store.data) backed_up |= key.rfind(kKey + ":unreadable:", 0) == 0 && text.find("purple") != std::string::npos;
  CHECK(backed_up);
}

TEST_CASE("Reset and Replace leave no skill the guide does not know in what is saved and exported") {
  Harness h(PlatformWith("{\"schema\": 4, \"guide\": \"ml-engineer\", \"skills\": {\"python\": {\"state\": \"confident\", \"changed\": 5}, "
                      "\"quantum-yodelling\": {\"state\": \"learning\", \"changed\": 5}}}"));
  CHECK(h.app->state().progress.skills.count("quantum-yodelling"));  // kept on reading: a later guide may know it
  h.Click("menu");
  h.platform->PageAction({MirrorAction::Kind::Click, "menu.reset"});
  h.Frames(4);
  h.platform->PageAction({MirrorAction::Kind::Click, "dialog.reset.confirm"});
  h.Wait(400);
  CHECK_FALSE(h.app->state().progress.skills.count("quantum-yodelling"));
  CHECK(h.platform->store.data.at(kKey).find("quantum-yodelling") == std::string::npos);
}
