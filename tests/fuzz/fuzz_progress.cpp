// libFuzzer target: the saved-progress parser on arbitrary bytes. Whatever it accepts must
// survive a save and a read unchanged (what is read is what would be written back).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/progress_format.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const mlguide::ProgressParse p = mlguide::ParseProgress(std::string_view(reinterpret_cast<const char*>(data), size), "ml-engineer");
  if (!p.ok()) return 0;
  const mlguide::ProgressParse again = mlguide::ParseProgress(mlguide::SerializeProgress(p.progress, "ml-engineer"), "ml-engineer");
  if (!again.ok() || !(again.progress.skills == p.progress.skills) || !(again.progress.theme == p.progress.theme) ||
      !(again.progress.salary == p.progress.salary))
    std::abort();
  return 0;
}
