# The theme's colours and layout breakpoint are written once, in assets/theme.json. The app's
# constants (src/ui/theme_tokens.hpp.in) and the site's style, manifest, page and icons are
# templates filled from it at build time by cmake/fill_theme.cmake, which stops the build,
# naming the key, when the theme lacks one or holds a malformed colour.
set(THEME_JSON "${CMAKE_SOURCE_DIR}/assets/theme.json")

# mlguide_fill_theme(TEMPLATE OUTPUT [NOTATION cpp]): a rule writing OUTPUT; a target in the
# calling directory must depend on OUTPUT.
function(mlguide_fill_theme template output)
  cmake_parse_arguments(PARSE_ARGV 2 _arg "" "NOTATION" "")
  get_filename_component(_name "${output}" NAME)
  add_custom_command(OUTPUT "${output}"
    COMMAND ${CMAKE_COMMAND} "-DTHEME=${THEME_JSON}" "-DTEMPLATE=${template}" "-DOUTPUT=${output}"
            "-DNOTATION=${_arg_NOTATION}" -P "${CMAKE_SOURCE_DIR}/cmake/fill_theme.cmake"
    DEPENDS "${THEME_JSON}" "${template}" "${CMAKE_SOURCE_DIR}/cmake/fill_theme.cmake"
    COMMENT "Filling ${_name} in from theme.json"
    VERBATIM)
endfunction()
