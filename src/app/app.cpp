#include "app/app.hpp"

#include "imgui_internal.h"  // GetFocusID
#include "ui/page.hpp"
#include "ui/theme.hpp"

namespace mlguide {

App::App(Platform& platform, Guide guide) : platform_(platform), guide_(std::move(guide)), state_(InitialState(guide_)) {
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
}

bool App::Frame() {
  const Viewport vp = platform_.BeginFrame();
  if (vp.dpr != fonts_.dpr) {
    fonts_ = BuildFonts(*ImGui::GetIO().Fonts, vp.dpr);
    platform_.FontsChanged();
  }
  const bool dark = ResolveDark(state_.theme, platform_.PrefersDarkScheme());
  const Palette& pal = PaletteFor(dark);
  if (style_dark_ != static_cast<int>(dark)) {
    ApplyStyle(pal, ImGui::GetStyle());
    style_dark_ = dark;
  }

  ImGui::NewFrame();
  report_.Clear();
  UiActions actions;
  Ui ui{guide_, state_, fonts_, pal, report_, actions};
  DrawPage(ui);
  ImGui::Render();
  platform_.Render(ImGui::GetDrawData(), pal.page);
  platform_.SetScrollRange(report_.scroll_y, report_.scroll_max_y);
  const ImGuiID focus = ImGui::GetFocusID();
  platform_.SetFocusEdges(report_.IsFirstFocusable(focus), report_.IsLastFocusable(focus));

  if (!actions.open_url.empty()) platform_.OpenUrl(actions.open_url);
  if (!actions.copy_text.empty()) platform_.CopyText(actions.copy_text);
  ++frames_;
  return settle_.NeedsAnotherFrame(ImGui::GetDrawData()) || actions.state_changed;
}

}  // namespace mlguide
