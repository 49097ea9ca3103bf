#include "app/app.hpp"

#include <algorithm>
#include <cmath>

#include "core/format.hpp"
#include "core/json_reader.hpp"
#include "core/launch_options.hpp"
#include "core/progress_format.hpp"
#include "core/share_link.hpp"
#include "imgui_internal.h"  // GetFocusID, the input queue
#include "ui/page.hpp"
#include "ui/theme.hpp"

namespace mlguide {
namespace {

// Saves are coalesced: at most one write per this many milliseconds (a flush on page hide
// writes whatever is pending at once).
constexpr std::int64_t kSaveIntervalMs = 250;

// The snippet a site pastes to embed the guide: the iframe, and the script that sizes it.
std::string EmbedCode(const std::string& page_url, const std::string& title) {
  const std::string base = page_url.substr(0, page_url.find('?'));
  const std::string dir = base.substr(0, base.rfind('/') + 1);
  return "<iframe src=\"" + HtmlEscape(dir) + "?embed=1\" title=\"" + HtmlEscape(title) +
         "\" width=\"100%\" height=\"900\" style=\"border:0;width:100%\" loading=\"lazy\"></iframe>\n"
         "<script src=\"" + HtmlEscape(dir) + "embed.js\" async></script>";
}

}  // namespace

App::App(Platform& platform, Guide guide, std::string version)
    : platform_(platform), guide_(std::move(guide)), version_(std::move(version)), state_(InitialState(guide_)), store_(platform.Storage(), guide_.id) {
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.UserData = &report_;  // CurrentReport(): text drawn anywhere joins the page's text layer

  const LaunchOptions launch = ParseLaunchOptions(platform_.QueryString());
  state_.embed = launch.embed;
  state_.framed = platform_.Framed();
  state_.theme_override = launch.theme;
  if (const int panel = guide_.FindSection(launch.panel); panel >= 0) {
    std::fill(state_.open.begin(), state_.open.end(), false);  // open on the panel the link names
    state_.open[static_cast<size_t>(panel)] = true;
    state_.scroll_to = panel;
  }

  StoreProblem problem;
  state_.progress = store_.Open(platform_.NowMs(), problem);
  ReportStorage(problem);
  OpenSharedLink();
  platform_.OnUpdateAvailable([this] {
    state_.update_available = true;
    settle_.Restart();
  });
  platform_.OnStorageChange([this](const std::string& key) { OnStorageChange(key); });
  platform_.OnPageHide([this] { Flush(); });
  platform_.OnMirrorAction([this](const MirrorAction& a) {
    state_.page_actions.push_back(a);  // the widget it names takes it on the next frame
    settle_.Restart();
  });
  platform_.OnFragmentChange([this] {
    OpenSharedLink();
    settle_.Restart();
  });
}

// After a click Dear ImGui's first Tab only shows where the focus is, and Space and Enter do
// nothing; in a page Tab moves on from what was clicked and Space or Enter presses it again,
// and so they do here.
void App::KeysActAfterClick() {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  for (const ImGuiInputEvent& e : g.InputEventsQueue) {
    if (e.Type != ImGuiInputEventType_Key || !e.Key.Down || g.NavId == 0) continue;
    const ImGuiKey k = e.Key.Key;
    if (k == ImGuiKey_Tab || k == ImGuiKey_Space || k == ImGuiKey_Enter || k == ImGuiKey_KeypadEnter) g.NavDisableHighlight = false;
  }
}

void App::OpenSharedLink() {
  const std::optional<std::string> code = FragmentParam(platform_.UrlFragment(), kShareParam);
  if (!code) return;
  ShareDecode shared = DecodeShareCode(guide_, *code, platform_.NowMs());
  if (!shared.ok()) {
    state_.message = "The progress in this link could not be used: " + shared.error + ".";
    platform_.ReplaceUrlFragment(FragmentWithout(platform_.UrlFragment(), kShareParam));
  } else if (shared.progress.SameStates(state_.progress)) {
    platform_.ReplaceUrlFragment(FragmentWithout(platform_.UrlFragment(), kShareParam));
  } else {
    // Shown, never adopted silently: the reader decides in the dialog.
    state_.offer = ReplaceOffer{ReplaceOffer::From::Link, std::move(shared.progress)};
  }
}

void App::BuildFonts(float dpr) { fonts_ = mlguide::BuildFonts(*ImGui::GetIO().Fonts, dpr, guide_.title); }

bool App::Frame() {
  const Viewport vp = platform_.BeginFrame();
  if (vp.dpr != fonts_.dpr) {
    BuildFonts(vp.dpr);
    UploadFonts();
  }
  const bool dark = ResolveDark(ThemeOf(state_), platform_.PrefersDarkScheme());
  const Palette& pal = PaletteFor(dark);
  if (style_dark_ != static_cast<int>(dark)) {
    ApplyStyle(pal, ImGui::GetStyle());
    style_dark_ = dark;
  }

  KeysActAfterClick();
  ImGui::NewFrame();
  report_.Clear();
  UiActions actions;
  Ui ui{guide_, state_, platform_.NowMs(), platform_.Today(), version_, vp.coarse_pointer ? kTouchTarget : 0.0f, fonts_, pal, report_, actions,
        vp.InViewTop(), vp.InViewBottom()};
  DrawPage(ui);
  ImGui::Render();
  platform_.Render(ImGui::GetDrawData(), state_.embed ? 0 : pal.page);  // embedded: the host page shows around the cards
  const int height = static_cast<int>(std::ceil(report_.content_height));
  if (height != reported_height_) {
    reported_height_ = height;
    platform_.ReportContentHeight(height);
  }
  platform_.SetScrollRange(report_.scroll_y, report_.scroll_max_y);
  const ImGuiID focus = ImGui::GetFocusID();
  platform_.SetFocusEdges(report_.IsFirstFocusable(focus), report_.IsLastFocusable(focus));
  platform_.SetPointerCapture(report_.pointer_captured);
  platform_.SetRedrawOnViewChange(ImGui::GetTopMostPopupModal() != nullptr);  // dialogs sit in the band in view
  state_.page_actions.clear();  // their widgets are gone
  Mirror tree = report_.TakeMirror(focus);
  const TreeUpdate changes = tree_sent_ ? Compare(tree_, tree) : Everything(tree);
  tree_ = std::move(tree);
  tree_sent_ = true;
  platform_.UpdateMirror(tree_, changes);

  Apply(actions);
  SaveWhenDue();
  ++frames_;
  return settle_.NeedsAnotherFrame(ImGui::GetDrawData()) || actions.state_changed || actions.progress_changed;
}

void App::Apply(const UiActions& a) {
  if (a.progress_changed) dirty_ = true;
  if (a.export_progress) Export("ml-engineer-progress.json", "application/json", ProgressJson());
  if (a.export_unreadable) Export("ml-engineer-progress-unreadable.txt", "text/plain", state_.storage.unreadable);
  if (a.import_progress)
    platform_.PickFile(".json,application/json", [this](const std::string& name, const std::string& text, const std::string& error) {
      OnFilePicked(name, text, error);
    });
  if (a.share_progress) {
    state_.take_away = TakeAway{TakeAway::What::ShareLink,
                                OwnPageUrl(platform_.PageUrl()) + "#" + std::string(kShareParam) + "=" + EncodeShareCode(guide_, state_.progress)};
    CopyTakeAway();
  }
  if (a.apply_update) {
    Flush();
    platform_.ApplyUpdate();
  }
  if (a.forget_shared_link) platform_.ReplaceUrlFragment(FragmentWithout(platform_.UrlFragment(), kShareParam));
  if (a.copy_embed_code) {
    state_.take_away = TakeAway{TakeAway::What::EmbedCode, EmbedCode(platform_.PageUrl(), guide_.title)};
    CopyTakeAway();
  }
  if (a.copy_take_away) CopyTakeAway();
  if (a.download_take_away && state_.take_away) {
    platform_.DownloadFile(state_.take_away->file_name, state_.take_away->mime, state_.take_away->text);
    state_.take_away->download_asked = true;
  }
  if (a.open_own_page) OpenUrl(OwnPageUrl(platform_.PageUrl()));
  if (!a.open_url.empty()) OpenUrl(a.open_url);
}

void App::Export(const std::string& name, const std::string& mime, const std::string& text) {
  if (!state_.framed) {
    platform_.DownloadFile(name, mime, text);
    state_.message = "Your browser was asked to save " + name + ": look for it where your downloads go.";
    return;
  }
  // A page that frames the guide can block downloads, and the browser does not tell us:
  // the text is offered to copy, with the download as a second try.
  state_.take_away = TakeAway{TakeAway::What::ProgressFile, text, name, mime};
}

void App::OpenUrl(const std::string& url) {
  if (!platform_.OpenUrl(url)) state_.take_away = TakeAway{TakeAway::What::Address, url};
}

void App::CopyTakeAway() {
  if (!state_.take_away) return;
  state_.take_away->copy = TakeAway::Copy::Copying;
  const int asked = ++copy_requests_;
  platform_.CopyText(state_.take_away->text, [this, asked](bool copied) {
    if (asked != copy_requests_ || !state_.take_away) return;  // a later request, or the dialog has closed
    state_.take_away->copy = copied ? TakeAway::Copy::Copied : TakeAway::Copy::Refused;
    settle_.Restart();
  });
}

void App::OnFilePicked(const std::string& name, const std::string& text, const std::string& error) {
  settle_.Restart();
  if (!error.empty()) {
    state_.message = "“" + name + "” could not be imported: " + error + ".";
    return;
  }
  ProgressParse parsed = ParseProgress(text, guide_.id);
  if (!parsed.ok())
    state_.message = "“" + name + "” could not be imported: " + parsed.error + ".";
  else if (parsed.progress.SameStates(state_.progress))
    state_.message = "“" + name + "” holds the same progress as yours: nothing to change.";
  else
    state_.offer = ReplaceOffer{ReplaceOffer::From::File, std::move(parsed.progress)};
}

void App::SaveWhenDue() {
  if (!dirty_) return;
  const std::int64_t wait = last_save_ms_ + kSaveIntervalMs - platform_.NowMs();
  if (wait > 0) {
    platform_.RequestFrameAfter(static_cast<double>(wait));
    return;
  }
  Save();
}

void App::Flush() {
  if (dirty_) Save();
}

void App::Save() {
  dirty_ = false;
  last_save_ms_ = platform_.NowMs();
  StoreProblem problem;
  if (!store_.Save(state_.progress, platform_.NowMs(), problem)) ReportStorage(problem);
  // An embedding page hears of every saved change.
  Json message = {{"type", "mlguide:progress"}, {"progress", Json::parse(ProgressJson())}};
  platform_.PostToParent(message.dump());
}

void App::ReportStorage(const StoreProblem& problem) {
  if (problem.kind == StoreProblem::Kind::None || problem.kind == state_.storage.kind) return;
  // The browser's own words are for whoever runs the site; the reader is told in plain words.
  if (!problem.store_error.empty()) platform_.Log("Saved progress: the backup was refused: " + problem.store_error);
  if (problem.kind == StoreProblem::Kind::Unavailable || problem.kind == StoreProblem::Kind::SaveFailed)
    platform_.Log("Saved progress: the browser’s storage refused: " + problem.reason);
  state_.storage = problem;
  state_.storage_notice_open = true;
}

void App::OnStorageChange(const std::string& key) {
  if (key != store_.key() || store_.memory_only()) return;
  std::optional<std::string> text;
  std::string error;
  if (!platform_.Storage().Get(key, text, error) || !text) return;
  bool write_back = false;
  state_.progress = store_.MergeExternal(state_.progress, *text, platform_.NowMs(), write_back);
  settle_.Restart();
  if (write_back) Save();
}

std::string App::ProgressJson() const { return SerializeProgress(state_.progress, guide_.id); }

}  // namespace mlguide
