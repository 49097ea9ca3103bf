#include "platform/null/null_platform.hpp"

namespace mlguide {

NullPlatform::NullPlatform(Viewport vp, bool dark) : viewport(vp), prefers_dark(dark) {}

Viewport NullPlatform::BeginFrame() {
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(viewport.width, viewport.height);
  io.DisplayFramebufferScale = ImVec2(viewport.dpr, viewport.dpr);
  io.DeltaTime = 1.0f / 60.0f;
  now_ms += 16;
  return viewport;
}

void NullPlatform::FontsChanged() {
  // Build the atlas as a renderer would, so tests cover its cost and its limits.
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  ImGui::GetIO().Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));
}

// Draws until the UI settles; the cap keeps a UI that never settles from hanging a test.
void NullPlatform::Run(std::function<bool()> frame) {
  for (int i = 0; i < 1000 && frame(); ++i) {}
}

void NullPlatform::Present(const FrameOutput& f) {
  if (heights.empty() || heights.back() != f.content_height) heights.push_back(f.content_height);
  redraw_on_view_change = f.modal;
  sideways = f.sideways;
  if (f.tree) mirror = *f.tree;
  update = f.tree_update;
  said.insert(said.end(), f.tree_update.say.begin(), f.tree_update.say.end());
  Execute(f.commands);
}

// As a browser would, with the answers the test chose.
void NullPlatform::Execute(const std::vector<Command>& commands) {
  for (const Command& c : commands) {
    switch (c.kind) {
      case Command::Kind::OpenUrl:
        opened.push_back(c.text);
        Answer({c.kind, c.token, popups_allowed, "", c.text});
        break;
      case Command::Kind::CopyText: {
        copied.push_back(c.text);
        auto answer = [this, c](bool ok) { Answer({c.kind, c.token, ok}); };
        if (clipboard_answer) answer(*clipboard_answer);
        else pending_copy = answer;
        break;
      }
      case Command::Kind::Download: downloads.push_back({c.name, c.mime, c.text}); break;
      case Command::Kind::PickFile: {
        auto answer = [this, c](const std::string& name, const std::string& text, const std::string& error) {
          Answer({c.kind, c.token, error.empty(), name, text, error});
        };
        if (!next_file) {  // the reader is still choosing: a test answers through pending_pick
          pending_pick = answer;
          break;
        }
        const PickedFile f = *next_file;
        next_file.reset();
        answer(f.name, f.text, f.error);
        break;
      }
      case Command::Kind::PostToParent: posted.push_back(c.text); break;
      case Command::Kind::ReplaceFragment: fragment = c.text; break;
      case Command::Kind::ApplyUpdate: ++updates_applied; break;
      case Command::Kind::Log: logged.push_back(c.text); break;
    }
  }
}

}  // namespace mlguide
