// What the guide tells the reader after asking the browser for something it may refuse (the
// clipboard, a download, a new tab, storage): only what the browser confirmed, and a way
// that works where it refused.
#include "core/progress_format.hpp"
#include "harness.hpp"

namespace mlguide::test {
namespace {

constexpr Viewport kTall{1280, 2400, 1};  // everything on screen at once

const MirrorField* Field(const NullPlatform& p, const std::string& id) {
  for (const MirrorField& f : p.mirror.fields)
    if (f.id == id) return &f;
  return nullptr;
}

std::unique_ptr<NullPlatform> Framed(std::string query = "?embed=1") {
  auto p = std::make_unique<NullPlatform>(kTall);
  p->framed = true;
  p->query = std::move(query);
  p->page_url = "https://guide.example/ml-engineer/" + p->query;
  return p;
}

void Share(Harness& h) {
  h.Click("menu");
  h.Click("menu.share");
}

}  // namespace

TEST_CASE("a share link is 'copied' only once the clipboard says so, and is a real text field meanwhile") {
  auto p = std::make_unique<NullPlatform>(kTall);
  p->clipboard_answer.reset();  // the browser answers later
  Harness h(std::move(p));
  Share(h);
  REQUIRE(h.platform->copied.size() == 1);
  CHECK(h.Has("dialog.takeaway.copying"));
  CHECK_FALSE(h.Has("dialog.takeaway.copied"));
  const MirrorField* f = Field(*h.platform, "dialog.takeaway.text");
  REQUIRE(f != nullptr);
  CHECK(f->text == h.platform->copied[0]);
  CHECK_FALSE(f->multiline);
  CHECK(f->width > 200);
  CHECK(f->y + f->height <= kTall.height);

  h.platform->pending_copy(true);
  h.Frames(4);
  CHECK(h.Has("dialog.takeaway.copied"));
  CHECK_FALSE(Field(*h.platform, "dialog.takeaway.text")->select);  // nothing to do by hand

  h.Click("dialog.cancel");
  CHECK_FALSE(h.Has("dialog.takeaway.copied"));
  CHECK(Field(*h.platform, "dialog.takeaway.text") == nullptr);  // the page's field goes with the dialog
}

TEST_CASE("a refused clipboard: the reader is told, and the link is selected for copying by hand") {
  auto p = std::make_unique<NullPlatform>(kTall);
  p->clipboard_answer = false;
  Harness h(std::move(p));
  Share(h);
  CHECK(h.Has("dialog.takeaway.refused"));
  CHECK_FALSE(h.Has("dialog.takeaway.copied"));
  const MirrorField* f = Field(*h.platform, "dialog.takeaway.text");
  REQUIRE(f != nullptr);
  CHECK(f->select);
  CHECK(f->text.find("#progress=3.") != std::string::npos);

  h.platform->clipboard_answer = true;  // the reader tries again, and this time it works
  h.Click("dialog.takeaway.copy");
  CHECK(h.Has("dialog.takeaway.copied"));
  CHECK(h.platform->copied.size() == 2);
}

TEST_CASE("a link shared from an embed leads to the guide's own page") {
  Harness h(Framed("?embed=1&theme=dark"));
  Share(h);
  REQUIRE(h.platform->copied.size() == 1);
  CHECK(h.platform->copied[0].rfind("https://guide.example/ml-engineer/?theme=dark#progress=3.", 0) == 0);
}

TEST_CASE("the embed code is shown in a multi-line field and 'copied' only on the browser's word") {
  auto p = std::make_unique<NullPlatform>(kTall);
  p->clipboard_answer = false;
  Harness h(std::move(p));
  h.Click("menu");
  h.Click("menu.about");
  h.Click("dialog.about.embed");
  h.Frames(4);
  CHECK_FALSE(h.Has("dialog.about"));
  const MirrorField* f = Field(*h.platform, "dialog.takeaway.text");
  REQUIRE(f != nullptr);
  CHECK(f->multiline);
  CHECK(f->text.find("<iframe src=\"https://guide.example/ml-engineer/?embed=1\"") == 0);
  CHECK(h.Has("dialog.takeaway.refused"));
  CHECK(h.app->state().message.empty());
}

TEST_CASE("Export on the guide's own page asks the browser to save, and says only that") {
  Harness h(kTall);
  h.Click("menu");
  h.Click("menu.export");
  REQUIRE(h.platform->downloads.size() == 1);
  const std::string& m = h.app->state().message;
  CHECK(m.find("asked to save ml-engineer-progress.json") != std::string::npos);
  CHECK(m.find("was saved") == std::string::npos);
}

TEST_CASE("Export inside a frame offers the progress as selected text, and the download as a second try") {
  Harness h(Framed());
  h.Click("skill.python");
  h.Click("menu");
  h.Click("menu.export");
  CHECK(h.platform->downloads.empty());  // a sandbox may drop it without a word
  const MirrorField* f = Field(*h.platform, "dialog.takeaway.text");
  REQUIRE(f != nullptr);
  CHECK(f->multiline);
  CHECK(f->select);
  CHECK(ParseProgress(f->text, "ml-engineer").progress.StateOf("python") == SkillState::Learning);
  CHECK(h.Has("dialog.takeaway.file-name"));

  h.Click("dialog.takeaway.download");
  REQUIRE(h.platform->downloads.size() == 1);
  CHECK(h.platform->downloads[0].name == "ml-engineer-progress.json");
  CHECK(h.platform->downloads[0].mime == "application/json");
  CHECK(h.Has("dialog.takeaway.download-asked"));  // "asked", and what to do if nothing came
  CHECK(h.Has("dialog.takeaway.text"));

  h.Press(ImGuiKey_Escape);
  CHECK_FALSE(h.Has("dialog.takeaway.text"));
}

TEST_CASE("storage refused in a frame: plain words, the browser's message to the console, ways that work there") {
  auto p = Framed();
  p->store.refuse_get = true;
  p->store.refuse_set = true;
  p->popups_allowed = false;
  Harness h(std::move(p));
  REQUIRE(h.Has("notice.storage"));
  CHECK(h.Has("notice.export"));
  CHECK(h.Has("notice.open-page"));
  REQUIRE_FALSE(h.platform->logged.empty());
  CHECK(h.platform->logged[0].find(h.app->state().storage.reason) != std::string::npos);

  // Opening the guide on its own page is refused too (no popups in this sandbox): its
  // address is offered instead, selected.
  h.Click("notice.open-page");
  REQUIRE(h.platform->opened.size() == 1);
  CHECK(h.platform->opened[0] == "https://guide.example/ml-engineer/");
  const MirrorField* f = Field(*h.platform, "dialog.takeaway.text");
  REQUIRE(f != nullptr);
  CHECK(f->text == "https://guide.example/ml-engineer/");
  CHECK(f->select);
}

TEST_CASE("where the new tab opens, nothing more is shown") {
  auto p = Framed();
  p->store.refuse_get = true;
  p->store.refuse_set = true;
  Harness h(std::move(p));
  h.Click("notice.open-page");
  CHECK(h.platform->opened.size() == 1);
  CHECK_FALSE(h.Has("dialog.takeaway.text"));
}

TEST_CASE("in a frame shorter than the guide, a button at the bottom edge shows there is more, and goes there") {
  auto p = std::make_unique<NullPlatform>(Viewport{700, 1000, 1});  // WordPress's cap
  p->framed = true;
  p->query = "?embed=1";
  Harness h(std::move(p));
  REQUIRE(h.Has("more-below"));
  const float before = h.app->report().scroll_y;
  h.Click("more-below");
  CHECK(h.app->report().scroll_y > before + 500);
  for (int i = 0; i < 20 && h.Has("more-below"); ++i) h.Click("more-below");
  CHECK_FALSE(h.Has("more-below"));  // at the end
  CHECK(h.app->report().scroll_y >= h.app->report().scroll_max_y - 4);

  Harness own(Viewport{700, 1000, 1});  // the guide's own page scrolls as pages do
  CHECK_FALSE(own.Has("more-below"));
}

TEST_CASE("Share opens on its Copy button, and Tab goes round the link's field and the buttons") {
  Harness h(kTall);
  Share(h);
  CHECK(h.platform->mirror.focused == "dialog.takeaway.copy");
  std::vector<std::string> order;
  for (int i = 0; i < 3; ++i) {
    h.Press(ImGuiKey_Tab);
    order.push_back(h.platform->mirror.focused);
  }
  CHECK(order == std::vector<std::string>{"dialog.cancel", "dialog.takeaway.text", "dialog.takeaway.copy"});
  ImGui::GetIO().AddKeyEvent(ImGuiMod_Shift, true);
  h.Press(ImGuiKey_Tab);
  ImGui::GetIO().AddKeyEvent(ImGuiMod_Shift, false);
  h.Frames(2);
  CHECK(h.platform->mirror.focused == "dialog.takeaway.text");
}

}  // namespace mlguide::test
