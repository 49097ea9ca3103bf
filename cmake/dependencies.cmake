# nlohmann/json. Under emcmake the system package cannot be used as a CMake package:
# its target adds -isystem /usr/include, whose glibc headers then shadow Emscripten's.
# Expose only the nlohmann folder through a build-tree link instead.
if(EMSCRIPTEN)
  set(_json_inc "${CMAKE_BINARY_DIR}/sysinc")
  file(MAKE_DIRECTORY "${_json_inc}")
  if(NOT EXISTS "${_json_inc}/nlohmann")
    file(CREATE_LINK /usr/include/nlohmann "${_json_inc}/nlohmann" SYMBOLIC)
  endif()
  add_library(nlohmann_json INTERFACE)
  target_include_directories(nlohmann_json SYSTEM INTERFACE "${_json_inc}")
  add_library(nlohmann_json::nlohmann_json ALIAS nlohmann_json)
else()
  find_package(nlohmann_json 3.11 REQUIRED)
  find_package(doctest REQUIRED)
endif()
