#include "ui/frame_settle.hpp"

#include <cstring>

#include "imgui_internal.h"

namespace mlguide {
namespace {

constexpr int kSettledAfter = 2;  // identical frames in a row

std::uint64_t Mix(std::uint64_t h, const void* data, size_t bytes) {
  const auto* p = static_cast<const unsigned char*>(data);
  for (size_t i = 0; i < bytes; ++i) h = (h ^ p[i]) * 0x100000001B3ull;  // FNV-1a
  return h;
}

}  // namespace

std::uint64_t FrameSettle::Hash(const ImDrawData* dd) {
  std::uint64_t h = 0xCBF29CE484222325ull;
  if (!dd) return h;
  h = Mix(h, &dd->DisplaySize, sizeof dd->DisplaySize);
  for (int i = 0; i < dd->CmdListsCount; ++i) {
    const ImDrawList* dl = dd->CmdLists[i];
    h = Mix(h, dl->VtxBuffer.Data, static_cast<size_t>(dl->VtxBuffer.Size) * sizeof(ImDrawVert));
    h = Mix(h, dl->IdxBuffer.Data, static_cast<size_t>(dl->IdxBuffer.Size) * sizeof(ImDrawIdx));
    for (const ImDrawCmd& cmd : dl->CmdBuffer) h = Mix(h, &cmd.ClipRect, sizeof cmd.ClipRect);
  }
  return h;
}

bool FrameSettle::NeedsAnotherFrame(const ImDrawData* dd) {
  const std::uint64_t h = Hash(dd);
  unchanged_frames_ = h == last_hash_ ? unchanged_frames_ + 1 : 0;
  last_hash_ = h;
  return InputPending() || unchanged_frames_ < kSettledAfter;
}

bool InputPending() {
  const ImGuiContext& g = *GImGui;
  if (g.InputEventsQueue.Size > 0 || ImGui::IsAnyMouseDown()) return true;
  for (int k = ImGuiKey_NamedKey_BEGIN; k < ImGuiKey_NamedKey_END; ++k)
    if (ImGui::IsKeyDown(static_cast<ImGuiKey>(k))) return true;
  for (const ImGuiWindow* w : g.Windows)
    if (w->Active && (w->HiddenFramesCannotSkipItems > 0 || w->HiddenFramesCanSkipItems > 0)) return true;
  return false;
}

}  // namespace mlguide
