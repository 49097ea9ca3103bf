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
  void FireStorageChange(const std::string& key) { if (storage_changed_) storage_changed_(key); }
  void FirePageHide() { if (page_hide_) page_hide_(); }
  void NavigateToFragment(const std::string& f) {
    fragment = f;
    if (fragment_changed_) fragment_changed_();
  }

  Viewport BeginFrame() override;
  void FontsChanged() override;
  void Render(ImDrawData*, ImU32) override {}
  void Run(std::function<bool()> frame) override;
  void RequestFrame() override {}
  void RequestFrameAfter(double) override {}
  std::int64_t NowMs() override { return now_ms; }
  CivilDate Today() override { return today; }
  bool PrefersDarkScheme() override { return prefers_dark; }
  void SetScrollRange(float, float) override {}
  void SetFocusEdges(bool, bool) override {}
  void SetPointerCapture(bool) override {}
  void SetRedrawOnViewChange(bool redraw) override { redraw_on_view_change = redraw; }
  bool OpenUrl(const std::string& url) override {
    opened.push_back(url);
    return popups_allowed;
  }
  void CopyText(const std::string& text, std::function<void(bool)> done) override;
  bool Framed() override { return framed; }
  void UpdateMirror(const Mirror& tree, const TreeUpdate& changes) override {
    mirror = tree;
    update = changes;
    said.insert(said.end(), changes.say.begin(), changes.say.end());
  }
  void OnMirrorAction(std::function<void(const MirrorAction&)> act) override { mirror_action_ = std::move(act); }
  void PageAction(const MirrorAction& a) { if (mirror_action_) mirror_action_(a); }  // as the page would
  void Log(const std::string& message) override { logged.push_back(message); }
  KeyValueStore& Storage() override { return shared_store ? *shared_store : store; }
  void OnStorageChange(std::function<void(const std::string&)> changed) override { storage_changed_ = std::move(changed); }
  void OnPageHide(std::function<void()> hiding) override { page_hide_ = std::move(hiding); }
  std::string UrlFragment() override { return fragment; }
  void ReplaceUrlFragment(const std::string& f) override { fragment = f; }
  std::string PageUrl() override { return page_url; }
  void OnFragmentChange(std::function<void()> changed) override { fragment_changed_ = std::move(changed); }
  void DownloadFile(const std::string& name, const std::string& mime, const std::string& content) override {
    downloads.push_back({name, mime, content});
  }
  void PickFile(const std::string&, std::function<void(const std::string&, const std::string&, const std::string&)> done) override;
  void PostToParent(const std::string& json) override { posted.push_back(json); }
  void ReportContentHeight(int css_px) override { heights.push_back(css_px); }
  std::string QueryString() override { return query; }
  void OnUpdateAvailable(std::function<void()> available) override { update_available_ = std::move(available); }
  void ApplyUpdate() override { ++updates_applied; }
  void FireUpdateAvailable() { if (update_available_) update_available_(); }

 private:
  std::function<void(const std::string&)> storage_changed_;
  std::function<void()> page_hide_;
  std::function<void()> fragment_changed_;
  std::function<void()> update_available_;
  std::function<void(const MirrorAction&)> mirror_action_;
};

}  // namespace mlguide
