// libFuzzer target: the share-link decoder (and the URL parsing around it) on arbitrary
// bytes, against the real guide. An accepted code must be the one encoding gives back (a
// version 1 code comes back as version 2).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "assets/embedded_assets.hpp"
#include "core/guide_loader.hpp"
#include "core/launch_options.hpp"
#include "core/share_link.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const mlguide::Guide guide = mlguide::LoadGuide(mlguide::assets::guide_json().text()).guide;
  const std::string text(reinterpret_cast<const char*>(data), size);
  const mlguide::ShareDecode d = mlguide::DecodeShareCode(guide, text, 1);
  if (d.ok() && mlguide::EncodeShareCode(guide, d.progress) != (text[0] == '1' ? "2" + text.substr(1) : text)) std::abort();
  (void)mlguide::FragmentParam(text, mlguide::kShareParam);
  (void)mlguide::FragmentWithout(text, mlguide::kShareParam);
  (void)mlguide::ParseLaunchOptions(text);
  return 0;
}
