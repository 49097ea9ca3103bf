// Accessibility checks that need no browser: contrast of every text colour on every surface
// it is drawn on, finger-sized targets on touch screens, and the shortcuts dialog.
#include <doctest/doctest.h>

#include <cmath>

#include "harness.hpp"
#include "ui/theme.hpp"

using namespace mlguide;
using mlguide::test::Harness;

namespace {

// WCAG 2.1 relative luminance and contrast ratio.
double Luminance(ImU32 c) {
  auto channel = [](unsigned v) {
    const double s = v / 255.0;
    return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(c & 0xFF) + 0.7152 * channel((c >> 8) & 0xFF) + 0.0722 * channel((c >> 16) & 0xFF);
}

double Contrast(ImU32 a, ImU32 b) {
  const double la = Luminance(a), lb = Luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace

TEST_CASE("every text colour meets WCAG AA (4.5:1) on every background it is drawn on, in both themes") {
  for (bool dark : {false, true}) {
    const Palette& p = PaletteFor(dark);
    struct Pair { const char* what; ImU32 fg, bg; };
    const Pair pairs[] = {
        {"text on page", p.text, p.page},           {"text on card", p.text, p.surface},
        {"text on hovered row", p.text, p.surface_hover}, {"text on tinted notice", p.text, p.accent_soft},
        {"muted on page", p.muted, p.page},         {"muted on card", p.muted, p.surface},
        {"muted on hovered row", p.muted, p.surface_hover}, {"muted on tinted box", p.muted, p.accent_soft},
        {"accent on card", p.accent, p.surface},    {"accent on page", p.accent, p.page},
        {"accent on hovered row", p.accent, p.surface_hover}, {"accent on tinted box", p.accent, p.accent_soft},
        {"button label on accent", p.on_accent, p.accent},
    };
    for (const Pair& pair : pairs) {
      CAPTURE(dark);
      CAPTURE(pair.what);
      CHECK(Contrast(pair.fg, pair.bg) >= 4.5);
    }
    // Controls and the focus ring against what surrounds them (WCAG 1.4.11: 3:1).
    CHECK(Contrast(p.accent, p.surface) >= 3.0);
    CHECK(Contrast(p.accent, p.page) >= 3.0);
  }
}

TEST_CASE("on a touch screen every control is at least 44 CSS px tall") {
  Harness h({375, 5000, 2, /*coarse_pointer=*/true});
  std::fill(h.app->state().open.begin(), h.app->state().open.end(), true);
  h.Frames(3);
  auto all_tall = [&](const char* when) {
    int checked = 0;
    for (const WidgetRect& w : h.app->report().widgets) {
      if (!w.imgui_id) continue;  // markers, not controls
      if (w.sem.role == Role::Link) continue;  // a link in a line of text: WCAG's inline exception
      ++checked;
      CHECK_MESSAGE(w.max.y - w.min.y >= 44 - 0.01f, when << ": " << w.id << " is " << (w.max.y - w.min.y) << " px");
    }
    CHECK(checked > 10);
  };
  all_tall("page");
  h.Click("menu");
  all_tall("menu open");
  h.Click("menu.share");
  all_tall("share dialog");
}

TEST_CASE("the keyboard shortcuts are listed in Help") {
  Harness h({1280, 800, 1});
  h.Click("menu");
  h.Click("menu.keys");
  CHECK(h.Has("dialog.keys"));
  h.Press(ImGuiKey_Escape);
  CHECK_FALSE(h.Has("dialog.keys"));
}
