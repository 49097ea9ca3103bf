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

void NullPlatform::CopyText(const std::string& text, std::function<void(bool)> done) {
  copied.push_back(text);
  if (clipboard_answer) done(*clipboard_answer);
  else pending_copy = std::move(done);
}

void NullPlatform::PickFile(const std::string&,
                            std::function<void(const std::string&, const std::string&, const std::string&)> done) {
  if (!next_file) {  // the reader is still choosing: a test answers through pending_pick
    pending_pick = std::move(done);
    return;
  }
  const PickedFile f = *next_file;
  next_file.reset();
  done(f.name, f.text, f.error);
}

}  // namespace mlguide
