// Helpers shared by the unit tests.
#pragma once

#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>

#include "assets/embedded_assets.hpp"
#include "core/guide_loader.hpp"
#include "core/memory_store.hpp"
#include "core/progress_store.hpp"

namespace mlguide::test {

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline const Guide& TheGuide() {
  static const Guide g = LoadGuide(assets::guide_json().text()).guide;
  return g;
}


}  // namespace mlguide::test
