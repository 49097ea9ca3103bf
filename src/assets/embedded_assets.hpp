// Files compiled into the program at build time (cmake/assets.cmake).
#pragma once

#include <cstddef>
#include <string_view>

namespace mlguide::assets {

struct Blob {
  const unsigned char* data;
  std::size_t size;
  std::string_view text() const { return {reinterpret_cast<const char*>(data), size}; }
};

Blob guide_json();     // assets/guide.json
Blob ui_characters();  // assets/ui-characters.txt: characters the UI's own text uses
Blob inter_regular();  // Inter, subset to the glyphs the guide uses
Blob inter_semibold();

}  // namespace mlguide::assets
