// A platform with no window and no GPU: Dear ImGui runs its full frame, nothing is shown.
#include "platform/platform.hpp"

namespace mlguide {
namespace {

class NullPlatform final : public Platform {
 public:
  explicit NullPlatform(const NullPlatformOptions& o) : options_(o) {}

  Viewport BeginFrame() override {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(options_.viewport.width, options_.viewport.height);
    io.DisplayFramebufferScale = ImVec2(options_.viewport.dpr, options_.viewport.dpr);
    io.DeltaTime = 1.0f / 60.0f;
    return options_.viewport;
  }
  void FontsChanged() override {
    // Build the atlas as a renderer would, so tests cover its cost and its limits.
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    ImGui::GetIO().Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));
  }
  void Render(ImDrawData*, ImU32) override {}
  // Draws until the UI settles; the cap keeps a UI that never settles from hanging a test.
  void Run(std::function<bool()> frame) override {
    for (int i = 0; i < 1000 && frame(); ++i) {}
  }
  void RequestFrame() override {}
  bool PrefersDarkScheme() override { return options_.prefers_dark; }
  void SetScrollRange(float, float) override {}
  void SetFocusEdges(bool, bool) override {}
  void OpenUrl(const std::string&) override {}
  void CopyText(const std::string&) override {}

 private:
  NullPlatformOptions options_;
};

}  // namespace

std::unique_ptr<Platform> CreateNullPlatform(const NullPlatformOptions& options) {
  return std::make_unique<NullPlatform>(options);
}

}  // namespace mlguide
