if(NOT EXISTS "${IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui not found in IMGUI_DIR=${IMGUI_DIR}; run scripts/setup")
endif()

add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp
  ${IMGUI_DIR}/imgui_draw.cpp
  ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR})
# Our config (asserts that stay on in native builds, no demo, no ini files) applies everywhere.
target_compile_definitions(imgui PUBLIC
  IMGUI_USER_CONFIG="${CMAKE_SOURCE_DIR}/src/ui/imconfig_mlguide.h")

if(EMSCRIPTEN)
  add_library(imgui_opengl3 STATIC ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
  target_include_directories(imgui_opengl3 SYSTEM PUBLIC ${IMGUI_DIR}/backends)
  target_compile_definitions(imgui_opengl3 PUBLIC IMGUI_IMPL_OPENGL_ES3)
  target_link_libraries(imgui_opengl3 PUBLIC imgui)
endif()
