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
#include "ui/panels.hpp"  // DialogWanted
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
         "\" width=\"100%\" height=\"900\" style=\"border:0;width:100%;color-scheme:light\" loading=\"lazy\"></iframe>\n"
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
  ListenToPlatform();
}

void App::ListenToPlatform() {
  Platform::Listeners on;
  on.page_action = [this](const MirrorAction& a) {
    state_.page_actions.push_back(a);  // the widget it names takes it on the next frame
    settle_.Restart();
  };
  on.answered = [this](const CommandResult& r) {
    answers_.push_back(r);  // taken at the start of the next frame
    settle_.Restart();
  };
  on.storage_changed = [this](const std::string& key) { OnStorageChange(key); };
  on.page_hiding = [this] { Flush(); };
  on.fragment_changed = [this] {
    OpenSharedLink();
    settle_.Restart();
  };
  on.scroll_by = [this](float dy) {
    state_.scroll_by += dy;
    settle_.Restart();
  };
  on.update_available = [this] {
    state_.update_available = true;
    settle_.Restart();
  };
  platform_.Listen(std::move(on));
}

void App::Ask(Command command) {
  command.token = ++asked_;
  if (in_frame_) output_.commands.push_back(std::move(command));
  else platform_.Execute({std::move(command)});
}

void App::TakeAnswers() {
  std::vector<CommandResult> answers;
  answers.swap(answers_);
  for (const CommandResult& a : answers) Answered(a);
}

void App::Answered(const CommandResult& a) {
  switch (a.kind) {
    case Command::Kind::OpenUrl:
      if (!a.ok) state_.take_away = TakeAway{TakeAway::What::Address, a.text};
      break;
    case Command::Kind::CopyText:
      if (a.token != copy_requests_ || !state_.take_away) break;  // a later request, or the dialog has closed
      state_.take_away->copy = a.ok ? TakeAway::Copy::Copied : TakeAway::Copy::Refused;
      break;
    case Command::Kind::PickFile: OnFilePicked(a.name, a.text, a.error); break;
    default: break;
  }
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

// A click on text, a card or the margin focuses nothing, as on a page: the reading keys then
// scroll, and Tab starts again from the top.
void App::ForgetFocusOnVoidClick() {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  // A press on a window's background makes it active by the id it would be moved by.
  const bool on_background = g.ActiveId == 0 || (g.ActiveIdWindow && g.ActiveId == g.ActiveIdWindow->MoveId);
  if (!ImGui::IsMouseClicked(ImGuiMouseButton_Left) || g.HoveredId != 0 || !on_background ||
      ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId))
    return;
  g.NavId = 0;
  g.NavDisableHighlight = true;
  if (g.NavWindow) g.NavWindow->NavLastIds[ImGuiNavLayer_Main] = 0;
}

// Dear ImGui gives a window that appears the focus of its first item, unseen; a page has the
// focus on nothing until the reader moves it. A dialog keeps it: its safe choice.
void App::ForgetFocusGivenOnAppearing(ImGuiID given) {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  if (given == 0 || g.NavId != given || !g.NavDisableHighlight || !g.NavWindow || (g.NavWindow->Flags & ImGuiWindowFlags_Popup))
    return;
  g.NavId = 0;
  g.NavWindow->NavLastIds[ImGuiNavLayer_Main] = 0;
}

// Where the keyboard moves the focus, the page brings it into view with room around it (a
// wrapped link, the focus ring), not against an edge: about 40% down the window.
void App::KeepFocusInView(const Viewport& vp) {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  const std::string& id = tree_.focused;
  const ImGuiWindow* page = ImGui::FindWindowByName("##page");
  if (id == focus_seen_ || !page || page->ScrollTarget.y < FLT_MAX) return;  // still scrolling: look when it is done
  focus_seen_ = id;
  const WidgetRect* w = id.empty() || g.NavDisableHighlight ? nullptr : report_.Find(id);
  if (!w || w->floating || ImGui::GetTopMostPopupModal() || report_.scroll_max_y <= 0) return;
  const float room = std::min(96.0f, vp.height * 0.15f);
  if (w->min.y >= room && w->max.y <= vp.height - room) return;
  state_.scroll_by += w->min.y - vp.height * 0.4f;
  settle_.Restart();
}

bool App::ArriveAt(const std::string& text, float y) {
  // The first line of a block that begins the same words; a line of a few characters ("12")
  // could begin anything, so it must be the whole text.
  const auto same = [&text](const MirrorText& t) {
    return (t.new_block || t.heading > 0) && !t.text.empty() && text.compare(0, t.text.size(), t.text) == 0 &&
           (t.text.size() >= 8 || t.text.size() == text.size());
  };
  const auto line = std::find_if(tree_.text.begin(), tree_.text.end(), same);
  if (line == tree_.text.end()) return false;
  // Not clamped to the end here: the first frame does not know how far the guide scrolls yet.
  const float target = std::max(line->y - y, 0.0f);
  if (std::abs(target - report_.scroll_y) < 0.5f) return false;
  state_.scroll_by += target - report_.scroll_y;
  settle_.Restart();
  return true;
}

void App::OpenSharedLink() {
  const std::optional<std::string> code = FragmentParam(platform_.UrlFragment(), kShareParam);
  if (!code) return;
  ShareDecode shared = DecodeShareCode(guide_, *code, platform_.NowMs());
  if (!shared.ok()) {
    state_.message = "The progress in this link could not be used: " + shared.error + ".";
    Ask({Command::Kind::ReplaceFragment, FragmentWithout(platform_.UrlFragment(), kShareParam)});
  } else if (shared.progress.SameStates(state_.progress)) {
    Ask({Command::Kind::ReplaceFragment, FragmentWithout(platform_.UrlFragment(), kShareParam)});
  } else {
    // Shown, never adopted silently: the reader decides in the dialog.
    state_.offer = ReplaceOffer{ReplaceOffer::From::Link, std::move(shared.progress)};
  }
}

void App::BuildFonts(float dpr) { fonts_ = mlguide::BuildFonts(*ImGui::GetIO().Fonts, dpr, guide_.title); }

bool App::FrameAndPresent() {
  const FrameOutput& out = Frame();
  platform_.Present(out);
  return out.settling || !answers_.empty();  // the browser answered at once: take it in a frame
}

const FrameOutput& App::Frame() {
  output_.commands.clear();
  in_frame_ = true;
  TakeAnswers();
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
  const ImGuiID appearing_focus = ImGui::GetCurrentContext()->NavInitResult.ID;  // given in NewFrame
  ImGui::NewFrame();
  ForgetFocusGivenOnAppearing(appearing_focus);
  report_.Clear();
  UiActions actions;
  Ui ui{guide_, state_, platform_.NowMs(), platform_.Today(), version_, vp.coarse_pointer ? kTouchTarget : 0.0f, fonts_, pal, report_, actions,
        vp.InViewTop(), vp.InViewBottom()};
  DrawPage(ui);
  ImGui::Render();
  FrameOutput& out = output_;
  out.draw_data = ImGui::GetDrawData();
  out.clear = state_.embed ? 0 : pal.page;  // embedded: the host page shows around the cards
  out.cursor = ImGui::GetMouseCursor();
  out.content_height = static_cast<int>(std::ceil(report_.content_height));
  out.scroll = report_.scroll_y;
  out.scroll_max = report_.scroll_max_y;
  ForgetFocusOnVoidClick();
  const ImGuiID focus = ImGui::GetFocusID();
  // A dialog keeps the keyboard: Tab goes round inside it and never leaves the guide.
  out.modal = ImGui::GetTopMostPopupModal() != nullptr;
  out.first_focused = !out.modal && report_.IsFirstFocusable(focus);
  out.last_focused = !out.modal && report_.IsLastFocusable(focus);
  state_.page_actions.clear();  // their widgets are gone
  Apply(actions);  // before the tree: a dialog asked for by an action (Share) is on its way too
  // While a dialog is on its way (asked for, not yet drawn where it will be) the page keeps the
  // last tree: the focus then moves from what opened it straight into it, as a reader hears it.
  const bool dialog_coming = DialogWanted(state_) && !report_.HasRole(Role::Dialog);
  Mirror tree = report_.TakeMirror(focus);
  if (!dialog_coming || !tree_sent_) {
    out.tree_update = tree_sent_ ? Compare(tree_, tree) : Everything(tree);
    tree_ = std::move(tree);
    tree_sent_ = true;
  } else {
    out.tree_update = {};
  }
  out.tree = &tree_;
  out.keys_taken = 0;
  out.sideways.clear();
  for (const MirrorNode& n : tree_.nodes) {
    if (!tree_.focused.empty() && n.id == tree_.focused) out.keys_taken = ReadingKeysUsedBy(n.sem.role);
    // A slider moves sideways under a finger; any other drag, on it too, scrolls.
    if (n.sem.role == Role::Slider) out.sideways.push_back({ImVec2(n.x, n.y), ImVec2(n.x + n.width, n.y + n.height)});
  }
  KeepFocusInView(vp);

  SaveWhenDue();
  ++frames_;
  in_frame_ = false;
  out.settling = settle_.NeedsAnotherFrame(ImGui::GetDrawData()) || actions.state_changed || actions.progress_changed;
  return out;
}

void App::Apply(const UiActions& a) {
  if (a.progress_changed) dirty_ = true;
  if (a.export_progress) Export("ml-engineer-progress.json", "application/json", ProgressJson());
  if (a.export_unreadable) Export("ml-engineer-progress-unreadable.txt", "text/plain", state_.storage.unreadable);
  if (a.import_progress) Ask({Command::Kind::PickFile, ".json,application/json"});
  if (a.share_progress) {
    state_.take_away = TakeAway{TakeAway::What::ShareLink,
                                OwnPageUrl(platform_.PageUrl()) + "#" + std::string(kShareParam) + "=" + EncodeShareCode(guide_, state_.progress)};
    CopyTakeAway();
  }
  if (a.apply_update) {
    Flush();
    Ask({Command::Kind::ApplyUpdate});
  }
  if (a.forget_shared_link) Ask({Command::Kind::ReplaceFragment, FragmentWithout(platform_.UrlFragment(), kShareParam)});
  if (a.copy_embed_code) {
    state_.take_away = TakeAway{TakeAway::What::EmbedCode, EmbedCode(platform_.PageUrl(), guide_.title)};
    CopyTakeAway();
  }
  if (a.copy_take_away) CopyTakeAway();
  if (a.download_take_away && state_.take_away) {
    Ask({Command::Kind::Download, state_.take_away->text, state_.take_away->file_name, state_.take_away->mime});
    state_.take_away->download_asked = true;
  }
  if (a.open_own_page) OpenUrl(OwnPageUrl(platform_.PageUrl()));
  if (!a.open_url.empty()) OpenUrl(a.open_url);
}

void App::Export(const std::string& name, const std::string& mime, const std::string& text) {
  if (!state_.framed) {
    Ask({Command::Kind::Download, text, name, mime});
    state_.message = "Your browser was asked to save " + name + ": look for it where your downloads go.";
    return;
  }
  // A page that frames the guide can block downloads, and the browser does not tell us:
  // the text is offered to copy, with the download as a second try.
  state_.take_away = TakeAway{TakeAway::What::ProgressFile, text, name, mime};
}

// A refused tab is answered (Answered): the address is then offered to copy.
void App::OpenUrl(const std::string& url) { Ask({Command::Kind::OpenUrl, url}); }

void App::CopyTakeAway() {
  if (!state_.take_away) return;
  state_.take_away->copy = TakeAway::Copy::Copying;
  Ask({Command::Kind::CopyText, state_.take_away->text});
  copy_requests_ = asked_;  // only the latest copy's answer counts
}

void App::OnFilePicked(const std::string& name, const std::string& text, const std::string& error) {
  if (!error.empty()) {
    state_.message = "“" + name + "” could not be opened, so nothing was changed. (Details: " + error + ".)";
    return;
  }
  ProgressParse parsed = ParseProgress(text, guide_.id);
  if (!parsed.ok())
    state_.message = "“" + name + "” " + PlainProblem(parsed) + ", so nothing was changed. (Details: " + parsed.error + ".)";
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
  Ask({Command::Kind::PostToParent, message.dump()});
}

void App::ReportStorage(const StoreProblem& problem) {
  if (problem.kind == StoreProblem::Kind::None || problem.kind == state_.storage.kind) return;
  // The browser's own words are for whoever runs the site; the reader is told in plain words.
  if (!problem.store_error.empty()) Ask({Command::Kind::Log, "Saved progress: the backup was refused: " + problem.store_error});
  if (problem.kind == StoreProblem::Kind::Unavailable || problem.kind == StoreProblem::Kind::SaveFailed)
    Ask({Command::Kind::Log, "Saved progress: the browser’s storage refused: " + problem.reason});
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
