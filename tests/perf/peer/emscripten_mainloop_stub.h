// Stand-in for Dear ImGui's examples/libs/emscripten/emscripten_mainloop_stub.h, which the
// Debian source package leaves out. Written for the side-by-side benchmark (tests/perf/run).
//
// The example keeps its whole loop body inside main():
//     EMSCRIPTEN_MAINLOOP_BEGIN { ...one frame... } EMSCRIPTEN_MAINLOOP_END;
// A browser cannot block in main(), so the body becomes a lambda (capturing main's locals by
// reference) that Emscripten calls once per animation frame. The `true` argument makes
// emscripten_set_main_loop never return, so main's locals stay alive while the lambda runs.
#pragma once

#include <emscripten.h>

#include <functional>

static std::function<void()> g_example_frame;
static void ExampleFrameTrampoline() { g_example_frame(); }

#define EMSCRIPTEN_MAINLOOP_BEGIN g_example_frame = [&]()
#define EMSCRIPTEN_MAINLOOP_END ; emscripten_set_main_loop(ExampleFrameTrampoline, 0, true)
