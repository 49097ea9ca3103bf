// libFuzzer target: the content loader on arbitrary bytes. A loaded guide must also render
// as HTML without trouble.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/guide_html.hpp"
#include "core/guide_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const mlguide::GuideLoad load = mlguide::LoadGuide(std::string_view(reinterpret_cast<const char*>(data), size));
  if (load.ok()) (void)mlguide::RenderGuideHtml(load.guide);
  return 0;
}
