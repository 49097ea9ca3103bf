// Native headless frame time of the guide with every panel open (tests/perf/run builds and
// runs it; it is a benchmark, not a test). The whole app runs on the null platform, as in
// the headless UI tests: Dear ImGui builds the full frame, nothing is rasterized.
//
// Prints one JSON object per viewport width on stdout:
//   {"width":1280,"height":800,"dpr":1,"frames":2000,"median_ms":...,"p99_ms":...,"mean_ms":...}
// Times are process CPU time (CLOCK_PROCESS_CPUTIME_ID), so other load on the machine
// inflates them less than wall-clock time would.
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

#include "app/app.hpp"
#include "assets/embedded_assets.hpp"
#include "core/guide_loader.hpp"
#include "platform/null/null_platform.hpp"

using namespace mlguide;

namespace {

double CpuMs() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

// Nearest-rank percentile of sorted samples.
double Percentile(const std::vector<double>& sorted, double p) {
  size_t rank = static_cast<size_t>(p / 100.0 * sorted.size() + 0.999999);
  rank = std::clamp<size_t>(rank, 1, sorted.size());
  return sorted[rank - 1];
}

bool Bench(float width, float height, int warmup, int frames) {
  ImGuiContext* context = ImGui::CreateContext();
  bool ok = true;
  {
    GuideLoad load = LoadGuide(assets::guide_json().text());
    if (!load.ok()) {
      std::fprintf(stderr, "frame_bench: guide does not load: %s\n", load.error.c_str());
      ok = false;
    } else {
      auto platform = std::make_unique<NullPlatform>(Viewport{width, height, 1});
      auto app = std::make_unique<App>(*platform, std::move(load.guide));
      std::vector<bool>& open = app->state().open;
      std::fill(open.begin(), open.end(), true);

      // Warm-up: fonts are built on the first frame, layouts settle over the next few.
      for (int i = 0; i < warmup; ++i) app->FrameAndPresent();

      // Every frame is drawn in full, even once the app would have stopped asking for frames
      // (in the browser it then draws nothing at all): this is the cost of one redraw.
      std::vector<double> ms;
      ms.reserve(frames);
      for (int i = 0; i < frames; ++i) {
        const double t0 = CpuMs();
        app->FrameAndPresent();
        ms.push_back(CpuMs() - t0);
      }
      double sum = 0;
      for (double v : ms) sum += v;
      std::sort(ms.begin(), ms.end());
      const size_t sections = app->state().open.size();
      std::printf("{\"width\":%g,\"height\":%g,\"dpr\":1,\"sections_open\":%zu,\"frames\":%d,"
                  "\"median_ms\":%.4f,\"p99_ms\":%.4f,\"mean_ms\":%.4f}\n",
                  width, height, sections, frames, Percentile(ms, 50), Percentile(ms, 99), sum / frames);
      app.reset();
    }
  }
  ImGui::DestroyContext(context);
  return ok;
}

}  // namespace

int main(int argc, char** argv) {
  const int frames = argc > 1 ? std::atoi(argv[1]) : 2000;
  bool ok = true;
  for (float width : {1280.0f, 1400.0f, 360.0f}) ok = Bench(width, 800, 50, frames) && ok;
  return ok ? 0 : 1;
}
