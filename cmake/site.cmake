# Assembles the deployable site in SITE_DIR: the page (with the guide's HTML version filled in
# by the native content tool), its script and style, the compiled app, the installable-app
# files (manifest, icons rendered from assets/*.svg.in, a service worker listing every file)
# and the embedding files (embed.js, oembed.json, embed-demo.html).
set(SITE_DIR "${CMAKE_SOURCE_DIR}/build/web" CACHE PATH "Where the deployable site is assembled")
set(SITE_URL "http://127.0.0.1:8080/" CACHE STRING "Absolute URL the site is served from, ending in / (oEmbed needs it)")
set(GUIDE_TOOL "" CACHE FILEPATH "The native guide_tool built by the native preset")
if(NOT GUIDE_TOOL OR NOT EXISTS "${GUIDE_TOOL}")
  message(FATAL_ERROR "GUIDE_TOOL must name the native guide_tool (scripts/build builds it first)")
endif()
find_program(RSVG_CONVERT rsvg-convert REQUIRED)

set(_web "${CMAKE_SOURCE_DIR}/web")
set(_outputs "")

# Templates holding the theme's colours or breakpoint (cmake/theme.cmake), filled in from
# assets/theme.json. The page's icon ships as drawn (0.4 KB gzip, against 8.5 KB for the 192 px
# rendering); the page shell goes on to the content tool, the maskable icon to rsvg-convert.
set(_themed "${CMAKE_BINARY_DIR}/themed")
mlguide_fill_theme("${_web}/style.css.in" "${SITE_DIR}/style.css")
mlguide_fill_theme("${_web}/manifest.webmanifest.in" "${SITE_DIR}/manifest.webmanifest")
mlguide_fill_theme("${CMAKE_SOURCE_DIR}/assets/icon.svg.in" "${SITE_DIR}/icon.svg")
mlguide_fill_theme("${CMAKE_SOURCE_DIR}/assets/icon-maskable.svg.in" "${_themed}/icon-maskable.svg")
mlguide_fill_theme("${_web}/index.html" "${_themed}/index.html")
list(APPEND _outputs "${SITE_DIR}/style.css" "${SITE_DIR}/manifest.webmanifest" "${SITE_DIR}/icon.svg")

add_custom_command(OUTPUT "${SITE_DIR}/index.html"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${SITE_DIR}"
  COMMAND "${GUIDE_TOOL}" page "${GUIDE_JSON}" "${_themed}/index.html" "${SITE_DIR}/index.html"
          "VERSION=${MLGUIDE_VERSION}" "SITE_URL=${SITE_URL}"
  DEPENDS "${GUIDE_TOOL}" "${GUIDE_JSON}" "${_themed}/index.html"
  COMMENT "Writing index.html with the guide's text version")
list(APPEND _outputs "${SITE_DIR}/index.html")

foreach(_f shell.js embed.js embed-demo.html)
  add_custom_command(OUTPUT "${SITE_DIR}/${_f}"
    COMMAND ${CMAKE_COMMAND} -E copy "${_web}/${_f}" "${SITE_DIR}/${_f}"
    DEPENDS "${_web}/${_f}")
  list(APPEND _outputs "${SITE_DIR}/${_f}")
endforeach()

foreach(_icon "icon-192.png|${SITE_DIR}/icon.svg|192" "icon-512.png|${SITE_DIR}/icon.svg|512"
              "icon-maskable-512.png|${_themed}/icon-maskable.svg|512")
  string(REPLACE "|" ";" _icon "${_icon}")
  list(GET _icon 0 _png)
  list(GET _icon 1 _svg)
  list(GET _icon 2 _size)
  add_custom_command(OUTPUT "${SITE_DIR}/${_png}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${SITE_DIR}"
    COMMAND ${RSVG_CONVERT} -w ${_size} -h ${_size} -o "${SITE_DIR}/${_png}" "${_svg}"
    DEPENDS "${_svg}"
    COMMENT "Rendering ${_png}")
  list(APPEND _outputs "${SITE_DIR}/${_png}")
endforeach()

add_custom_command(OUTPUT "${SITE_DIR}/app.js" "${SITE_DIR}/app.wasm"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${SITE_DIR}"
  COMMAND ${CMAKE_COMMAND} -E copy "$<TARGET_FILE_DIR:mlguide_web>/app.js" "$<TARGET_FILE_DIR:mlguide_web>/app.wasm" "${SITE_DIR}/"
  DEPENDS mlguide_web)
list(APPEND _outputs "${SITE_DIR}/app.js" "${SITE_DIR}/app.wasm")

configure_file("${_web}/oembed.json.in" "${SITE_DIR}/oembed.json" @ONLY)

# Everything a reader needs offline; the service worker's version is a hash of these files.
# The PNG icons are left out: only installing (and adding to a home screen) needs them, and
# it fetches them itself; the page's own icon is icon.svg.
set(_precache index.html shell.js style.css app.js app.wasm manifest.webmanifest icon.svg)
string(REPLACE ";" "|" _precache_arg "${_precache}")
add_custom_command(OUTPUT "${SITE_DIR}/sw.js"
  COMMAND ${CMAKE_COMMAND} "-DSITE_DIR=${SITE_DIR}" "-DFILES=${_precache_arg}" "-DTEMPLATE=${_web}/sw.js.in"
          "-DOUTPUT=${SITE_DIR}/sw.js" -P "${CMAKE_SOURCE_DIR}/cmake/service_worker.cmake"
  DEPENDS ${_outputs} "${_web}/sw.js.in" "${CMAKE_SOURCE_DIR}/cmake/service_worker.cmake"
  COMMENT "Writing the service worker"
  VERBATIM)

add_custom_target(site ALL DEPENDS ${_outputs} "${SITE_DIR}/sw.js")
