// The app: content, state and the per-frame wiring between UI and platform.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/guide.hpp"
#include "core/progress_store.hpp"
#include "platform/platform.hpp"
#include "ui/app_state.hpp"
#include "ui/fonts.hpp"
#include "ui/frame_report.hpp"
#include "ui/frame_settle.hpp"
#include "ui/ui_actions.hpp"

namespace mlguide {

class App {
 public:
  // Expects a current Dear ImGui context. Restores saved progress and looks for a shared
  // link in the page's URL.
  App(Platform& platform, Guide guide, std::string version = "development build");

  // The first frame's font work, ahead of it and in two parts, so that a start-up can run
  // them as tasks of their own: the font atlas for a device pixel ratio, then its upload.
  // Frame() does both itself whenever the ratio differs from the atlas's.
  void BuildFonts(float dpr);
  void UploadFonts() { platform_.FontsChanged(); }
  // Draws one frame. Returns true while the UI is still settling.
  bool Frame();
  // Writes pending changes now (the page is being hidden or closed).
  void Flush();
  // The progress as Export writes it.
  std::string ProgressJson() const;

  int frames() const { return frames_; }
  const FrameReport& report() const { return report_; }
  AppState& state() { return state_; }
  const Guide& guide() const { return guide_; }
  CivilDate Today() { return platform_.Today(); }  // the reader's date, for the tax year

 private:
  void OpenSharedLink();
  void KeysActAfterClick();
  void Apply(const UiActions& actions);
  void Export(const std::string& name, const std::string& mime, const std::string& text);
  void OpenUrl(const std::string& url);
  void CopyTakeAway();
  void Save();
  void SaveWhenDue();
  void ReportStorage(const StoreProblem& problem);
  void OnStorageChange(const std::string& key);
  void OnFilePicked(const std::string& name, const std::string& text, const std::string& error);

  Platform& platform_;
  Guide guide_;
  std::string version_;
  AppState state_;
  ProgressStore store_;
  bool dirty_ = false;             // progress changed since the last save
  std::int64_t last_save_ms_ = 0;
  Fonts fonts_;
  FrameReport report_;
  Mirror tree_;  // the tree the page was given last
  bool tree_sent_ = false;
  FrameSettle settle_;
  int frames_ = 0;
  int style_dark_ = -1;       // theme the Dear ImGui style was built for, -1 before the first frame
  int reported_height_ = -1;  // content height last told to the page
  int copy_requests_ = 0;     // only the latest copy's answer counts
};

}  // namespace mlguide
