// libFuzzer target: the share-link decoder (and the URL parsing around it) on arbitrary
// bytes, against the real guide. An accepted code of this version must be the one encoding
// gives back; one of an older version must give back a code that reads the same.
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
  if (d.ok()) {
    const std::string again = mlguide::EncodeShareCode(guide, d.progress);
    if (text[0] == '3' && again != text) std::abort();
    const mlguide::ShareDecode back = mlguide::DecodeShareCode(guide, again, 1);
    if (!back.ok() || !back.progress.SameStates(d.progress) || !back.progress.salary.SameChoice(d.progress.salary)) std::abort();
  }
  (void)mlguide::FragmentParam(text, mlguide::kShareParam);
  (void)mlguide::FragmentWithout(text, mlguide::kShareParam);
  (void)mlguide::ParseLaunchOptions(text);
  return 0;
}
