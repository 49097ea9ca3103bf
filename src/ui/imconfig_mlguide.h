// Dear ImGui configuration for the guide (IMGUI_USER_CONFIG).
#pragma once

#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS
#define IMGUI_DISABLE_OBSOLETE_KEYIO
#define IMGUI_DISABLE_DEMO_WINDOWS
#define IMGUI_DISABLE_DEBUG_TOOLS
#define IMGUI_DISABLE_FILE_FUNCTIONS      // no imgui.ini: layout is not user state
#define IMGUI_DEFINE_MATH_OPERATORS

#ifndef __EMSCRIPTEN__
// Native builds (tests, tools) keep Dear ImGui's asserts on in every build type,
// so the headless UI test fails loudly on any misuse of the API.
#include <cstdio>
#include <cstdlib>
#define IM_ASSERT(_EXPR) \
  do { if (!(_EXPR)) { std::fprintf(stderr, "%s:%d: Dear ImGui assertion failed: %s\n", __FILE__, __LINE__, #_EXPR); std::abort(); } } while (0)
#endif
