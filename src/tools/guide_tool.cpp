// Build-time content tool. Validates assets/guide.json with the app's own loader
// and writes the page shell with the guide's HTML version filled in.
//
//   guide_tool check GUIDE_JSON
//   guide_tool page  GUIDE_JSON TEMPLATE_HTML OUTPUT_HTML [NAME=VALUE ...]
// `page` fills <!--GUIDE_HTML-->, <!--GUIDE_TITLE-->, <!--GUIDE_DESCRIPTION--> and every
// <!--NAME--> given on the command line (values are HTML-escaped).
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "core/format.hpp"
#include "core/guide_html.hpp"
#include "core/guide_loader.hpp"

namespace {

bool ReadFile(const char* path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

bool ReplaceOnce(std::string& text, const std::string& marker, const std::string& with) {
  const size_t at = text.find(marker);
  if (at == std::string::npos) return false;
  text.replace(at, marker.size(), with);
  return true;
}

// Replaces every occurrence; false when there is none.
bool ReplaceAll(std::string& text, const std::string& marker, const std::string& with) {
  if (!ReplaceOnce(text, marker, with)) return false;
  while (ReplaceOnce(text, marker, with)) {}
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string cmd = argc > 1 ? argv[1] : "";
  if (!((cmd == "check" && argc == 3) || (cmd == "page" && argc >= 5))) {
    std::fprintf(stderr, "usage: guide_tool check GUIDE_JSON\n       guide_tool page GUIDE_JSON TEMPLATE_HTML OUTPUT_HTML [NAME=VALUE ...]\n");
    return 2;
  }
  std::string json;
  if (!ReadFile(argv[2], json)) {
    std::fprintf(stderr, "%s: cannot read the file\n", argv[2]);
    return 1;
  }
  const mlguide::GuideLoad load = mlguide::LoadGuide(json);
  if (!load.ok()) {
    std::fprintf(stderr, "%s: %s\n", argv[2], load.error.c_str());
    return 1;
  }
  if (cmd == "check") return 0;

  std::string page;
  if (!ReadFile(argv[3], page)) {
    std::fprintf(stderr, "%s: cannot read the file\n", argv[3]);
    return 1;
  }
  if (!ReplaceAll(page, "<!--GUIDE_HTML-->", mlguide::RenderGuideHtml(load.guide)) ||
      !ReplaceAll(page, "<!--GUIDE_TITLE-->", mlguide::HtmlEscape(load.guide.title)) ||
      !ReplaceAll(page, "<!--GUIDE_DESCRIPTION-->", mlguide::HtmlEscape(load.guide.tagline))) {
    std::fprintf(stderr, "%s: missing one of the markers GUIDE_HTML, GUIDE_TITLE, GUIDE_DESCRIPTION\n", argv[3]);
    return 1;
  }
  for (int i = 5; i < argc; ++i) {
    const std::string arg = argv[i];
    const size_t eq = arg.find('=');
    const std::string marker = "<!--" + arg.substr(0, eq) + "-->";
    if (eq == std::string::npos || !ReplaceAll(page, marker, mlguide::HtmlEscape(arg.substr(eq + 1)))) {
      std::fprintf(stderr, "%s: no marker for %s\n", argv[3], arg.c_str());
      return 1;
    }
  }
  std::ofstream out(argv[4], std::ios::binary);
  out << page;
  if (!out) {
    std::fprintf(stderr, "%s: cannot write the file\n", argv[4]);
    return 1;
  }
  return 0;
}
