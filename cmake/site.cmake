# Assembles the deployable site in SITE_DIR: the page (with the guide's HTML version filled
# in by the native content tool), its script and style, and the compiled app.
set(SITE_DIR "${CMAKE_SOURCE_DIR}/build/web" CACHE PATH "Where the deployable site is assembled")
set(GUIDE_TOOL "" CACHE FILEPATH "The native guide_tool built by the native preset")
if(NOT GUIDE_TOOL OR NOT EXISTS "${GUIDE_TOOL}")
  message(FATAL_ERROR "GUIDE_TOOL must name the native guide_tool (scripts/build builds it first)")
endif()

set(_web "${CMAKE_SOURCE_DIR}/web")
add_custom_command(OUTPUT "${SITE_DIR}/index.html"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${SITE_DIR}"
  COMMAND "${GUIDE_TOOL}" page "${GUIDE_JSON}" "${_web}/index.html" "${SITE_DIR}/index.html"
  DEPENDS "${GUIDE_TOOL}" "${GUIDE_JSON}" "${_web}/index.html"
  COMMENT "Writing index.html with the guide's text version")
add_custom_target(site ALL
  DEPENDS "${SITE_DIR}/index.html"
  COMMAND ${CMAKE_COMMAND} -E copy_if_different "${_web}/shell.js" "${_web}/style.css" "${SITE_DIR}/"
  COMMAND ${CMAKE_COMMAND} -E copy_if_different "$<TARGET_FILE_DIR:mlguide_web>/app.js" "$<TARGET_FILE_DIR:mlguide_web>/app.wasm" "${SITE_DIR}/"
  COMMENT "Assembling the site in ${SITE_DIR}")
add_dependencies(site mlguide_web)
