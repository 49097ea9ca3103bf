// A platform with no window and no GPU: Dear ImGui runs its full frame, nothing is shown.
// Tests reach into it to stand in for the reader and the browser: storage that fails, a
// shared link in the URL, a file the reader picks, what was downloaded or copied.
#pragma once

#include <map>
#include <optional>
#include <vector>

#include "core/memory_store.hpp"
#include "platform/platform.hpp"

namespace mlguide {

class NullPlatform final : public Platform {
 public:
  struct Download { std::string name, mime, content; };
  struct PickedFile { std::string name, text, error; };

  explicit NullPlatform(Viewport viewport = {1280, 800, 1}, bool prefers_dark = false);

  // Stand-ins for the browser.
  Viewport viewport;
  bool redraw_on_view_change = false;
  std::vector<Area> sideways;
  bool prefers_dark;
  std::int64_t now_ms = 1764067200000;  // advanced by 16 ms per frame
  CivilDate today{2025, 11, 25};         // the day of now_ms; set it to try another tax year
  MemoryStore store;
  std::shared_ptr<MemoryStore> shared_store;  // when set, used instead of `store` (two tabs)
  std::string fragment;
  std::string query;
  std::vector<int> heights;
  int updates_applied = 0;
  std::optional<PickedFile> next_file;  // what the reader picks when asked; if unset,
  std::function<void(const std::string&, const std::string&, const std::string&)> pending_pick;  // answer later
  std::vector<Download> downloads;
  std::vector<std::string> copied, opened, posted, logged;
  bool framed = false;
  bool popups_allowed = true;
  // The clipboard's answer: true or false at once, or unset to answer later (pending_copy).
  std::optional<bool> clipboard_answer = true;
  std::function<void(bool)> pending_copy;
  Mirror mirror;  // what the page would show over the canvas now
  TreeUpdate update;  // the changes the last frame sent the page
  std::vector<std::string> said;  // every announcement, in order
  std::string page_url = "https://guide.example/ml-engineer/";

  // Deliver a storage event as another tab's write would.
  void FireStorageChange(const std::string& key) { if (on_.storage_changed) on_.storage_changed(key); }
  void FirePageHide() { if (on_.page_hiding) on_.page_hiding(); }
  void NavigateToFragment(const std::string& f) {
    fragment = f;
    if (on_.fragment_changed) on_.fragment_changed();
  }
  void PageAction(const MirrorAction& a) { if (on_.page_action) on_.page_action(a); }  // as the page would
  void FireUpdateAvailable() { if (on_.update_available) on_.update_available(); }

  Viewport BeginFrame() override;
  void FontsChanged() override;
  void Present(const FrameOutput& frame) override;
  void Execute(const std::vector<Command>& commands) override;
  void Run(std::function<bool()> frame) override;
  void RequestFrame() override {}
  void RequestFrameAfter(double) override {}
  std::int64_t NowMs() override { return now_ms; }
  CivilDate Today() override { return today; }
  bool PrefersDarkScheme() override { return prefers_dark; }
  bool Framed() override { return framed; }
  KeyValueStore& Storage() override { return shared_store ? *shared_store : store; }
  std::string UrlFragment() override { return fragment; }
  std::string PageUrl() override { return page_url; }
  std::string QueryString() override { return query; }
  void Listen(Listeners listeners) override { on_ = std::move(listeners); }

 private:
  void Answer(CommandResult r) { if (on_.answered) on_.answered(r); }

  Listeners on_;
};

}  // namespace mlguide
