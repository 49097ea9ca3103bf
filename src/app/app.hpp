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
  // Draws one frame and says what the platform must do with it (Platform::Present); its
  // `settling` asks for another. Valid until the next frame.
  const FrameOutput& Frame();
  // A frame, presented: what the platform's loop runs. Returns true while the UI settles.
  bool FrameAndPresent();
  // The page showed its own copy of the guide while the app loaded, and the reader was looking
  // at the line that starts `text` (a heading or a paragraph), `y` CSS px from the top of the
  // view. Scrolls the guide so that its line with the same words lies there too, from the next
  // frame; returns false when nothing needs to move (or no line matches).
  bool ArriveAt(const std::string& text, float y);
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
  void ForgetFocusOnVoidClick();
  void ForgetFocusGivenOnAppearing(ImGuiID given);
  void KeepFocusInView(const Viewport& vp);
  // Asks the browser for something: with the frame's output, or at once between frames.
  void Ask(Command command);
  void TakeAnswers();
  void Answered(const CommandResult& answer);
  void Apply(const UiActions& actions);
  void Export(const std::string& name, const std::string& mime, const std::string& text);
  void OpenUrl(const std::string& url);
  void CopyTakeAway();
  void Save();
  void SaveWhenDue();
  void ReportStorage(const StoreProblem& problem);
  void OnStorageChange(const std::string& key);
  void OnFilePicked(const std::string& name, const std::string& text, const std::string& error);
  void ListenToPlatform();

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
  std::string focus_seen_;  // the focused node KeepFocusInView last looked at
  FrameSettle settle_;
  int frames_ = 0;
  int style_dark_ = -1;       // theme the Dear ImGui style was built for, -1 before the first frame
  int copy_requests_ = 0;     // only the latest copy's answer counts
  int asked_ = 0;             // tokens of commands, so answers find their question
  bool in_frame_ = false;
  std::vector<CommandResult> answers_;  // the browser's answers, for the next frame
  FrameOutput output_;
};

}  // namespace mlguide
