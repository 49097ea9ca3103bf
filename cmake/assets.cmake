# Assets compiled into the program: the guide content and subset UI fonts.
# Fonts come from Debian's fonts-inter, cut down to the characters the guide can show: printable
# ASCII, every character of guide.json, and the few the UI's own text adds
# (assets/ui-characters.txt). fonts.cpp asks Dear ImGui for exactly the same set.
find_program(PYFTSUBSET pyftsubset REQUIRED)
# Debian's python3, the one that has fontTools (pyftsubset runs on it too).
find_program(PYTHON3 python3 PATHS /usr/bin NO_DEFAULT_PATH REQUIRED)
set(INTER_DIR "/usr/share/fonts/opentype/inter" CACHE PATH "Folder holding Inter's OTF files (Debian: fonts-inter)")
set(UI_CHARACTERS "${CMAKE_SOURCE_DIR}/assets/ui-characters.txt")

set(_asset_dir "${CMAKE_BINARY_DIR}/assets")
file(MAKE_DIRECTORY "${_asset_dir}")
set(_embedded_inputs "${GUIDE_JSON}" "${UI_CHARACTERS}")
set(_embedded_names guide_json ui_characters)
foreach(_weight Regular SemiBold)
  set(_subset "${_asset_dir}/Inter-${_weight}.subset.otf")
  set(_out "${_asset_dir}/Inter-${_weight}.subset.ttf")
  add_custom_command(OUTPUT "${_out}"
    COMMAND ${PYFTSUBSET} "${INTER_DIR}/Inter-${_weight}.otf" --unicodes=U+0020-007E
            --text-file=${UI_CHARACTERS} --text-file=${GUIDE_JSON}
            --layout-features= --no-hinting --desubroutinize --name-IDs=0,1,2,3,4,5,6 --output-file=${_subset}
    COMMAND ${PYTHON3} "${CMAKE_SOURCE_DIR}/cmake/otf_to_ttf.py" "${_subset}" "${_out}"
    DEPENDS "${INTER_DIR}/Inter-${_weight}.otf" "${UI_CHARACTERS}" "${GUIDE_JSON}" "${CMAKE_CURRENT_LIST_FILE}"
            "${CMAKE_SOURCE_DIR}/cmake/otf_to_ttf.py"
    COMMENT "Subsetting Inter ${_weight}"
    VERBATIM)
  list(APPEND _embedded_inputs "${_out}")
  string(TOLOWER "inter_${_weight}" _name)
  list(APPEND _embedded_names ${_name})
endforeach()

set(_embedded_cpp "${_asset_dir}/embedded_assets.cpp")
# Lists travel to the script with "|" separators: ";" would split the command line.
string(REPLACE ";" "|" _inputs_arg "${_embedded_inputs}")
string(REPLACE ";" "|" _names_arg "${_embedded_names}")
add_custom_command(OUTPUT "${_embedded_cpp}"
  COMMAND ${CMAKE_COMMAND} "-DINPUTS=${_inputs_arg}" "-DNAMES=${_names_arg}"
          "-DOUTPUT=${_embedded_cpp}" -P "${CMAKE_SOURCE_DIR}/cmake/embed_files.cmake"
  DEPENDS ${_embedded_inputs} "${CMAKE_SOURCE_DIR}/cmake/embed_files.cmake"
  COMMENT "Embedding guide content and fonts"
  VERBATIM)

add_library(mlguide_assets STATIC "${_embedded_cpp}")
target_include_directories(mlguide_assets PUBLIC "${CMAKE_SOURCE_DIR}/src")
