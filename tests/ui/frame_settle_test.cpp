#include <doctest/doctest.h>

#include "app/app.hpp"
#include "platform/null/null_platform.hpp"
#include "assets/embedded_assets.hpp"
#include "core/guide_loader.hpp"
#include "ui/frame_settle.hpp"

using namespace mlguide;

TEST_CASE("the app stops drawing once nothing changes, and wakes for input") {
  ImGui::CreateContext();
  {
    auto platform = std::make_unique<NullPlatform>();
    App app(*platform, LoadGuide(assets::guide_json().text()).guide);
    int frames = 0;
    while (app.FrameAndPresent() && frames < 100) ++frames;
    CHECK(frames < 10);  // settles within a handful of frames after start
    CHECK_FALSE(app.FrameAndPresent());

    // Hovering a header changes the picture: the app asks for frames until it settles again.
    const WidgetRect* header = app.report().Find("panel.business");
    REQUIRE(header);
    ImGui::GetIO().AddMousePosEvent(header->min.x + 10, header->min.y + 10);
    CHECK(app.FrameAndPresent());
    frames = 0;
    while (app.FrameAndPresent() && frames < 100) ++frames;
    CHECK(frames < 10);
  }
  ImGui::DestroyContext();
}

TEST_CASE("identical frames hash the same, different ones do not") {
  ImDrawData empty;
  CHECK(FrameSettle::Hash(&empty) == FrameSettle::Hash(&empty));
  ImDrawData other;
  other.DisplaySize = ImVec2(10, 10);
  CHECK(FrameSettle::Hash(&empty) != FrameSettle::Hash(&other));
}
