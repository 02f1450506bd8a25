# Runtime assets in the build tree: assets/ copied as is, plus the UI font cut from a Debian font
# package (fonts-wqy-microhei) to what the app can show. Native programs read <build>/assets; the
# web build packages the same folder into its .data file, except the fallback font (ui-fallback.ttf: the rest of
# the source font's CJK characters), which the browser fetches only when a character outside ui.ttf must render.
set(GONGJIAN_SOURCE_FONT "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc" CACHE FILEPATH "CJK font the UI font is cut from")
set(GONGJIAN_ASSET_OUT "${CMAKE_BINARY_DIR}/assets")

file(GLOB_RECURSE _asset_files CONFIGURE_DEPENDS RELATIVE "${CMAKE_SOURCE_DIR}/assets" "${CMAKE_SOURCE_DIR}/assets/*")
set(GONGJIAN_ASSET_FILES)
foreach(_f IN LISTS _asset_files)
  add_custom_command(OUTPUT "${GONGJIAN_ASSET_OUT}/${_f}"
    COMMAND ${CMAKE_COMMAND} -E copy_if_different "${CMAKE_SOURCE_DIR}/assets/${_f}" "${GONGJIAN_ASSET_OUT}/${_f}"
    DEPENDS "${CMAKE_SOURCE_DIR}/assets/${_f}" VERBATIM)
  list(APPEND GONGJIAN_ASSET_FILES "${GONGJIAN_ASSET_OUT}/${_f}")
endforeach()

find_program(GONGJIAN_PYTHON NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH REQUIRED)
set(GONGJIAN_UI_FONT "${GONGJIAN_ASSET_OUT}/fonts/ui.ttf")
set(GONGJIAN_FALLBACK_FONT "${GONGJIAN_ASSET_OUT}/fonts/ui-fallback.ttf")
list(TRANSFORM _asset_files PREPEND "${CMAKE_SOURCE_DIR}/assets/" OUTPUT_VARIABLE _asset_sources)
add_custom_command(OUTPUT "${GONGJIAN_UI_FONT}" "${GONGJIAN_FALLBACK_FONT}"
  COMMAND ${GONGJIAN_PYTHON} "${CMAKE_SOURCE_DIR}/scripts/subset_font.py" "${GONGJIAN_SOURCE_FONT}" "${CMAKE_SOURCE_DIR}/assets" "${GONGJIAN_UI_FONT}" "${GONGJIAN_FALLBACK_FONT}"
  DEPENDS "${CMAKE_SOURCE_DIR}/scripts/subset_font.py" ${_asset_sources}
  COMMENT "Cutting the UI font from ${GONGJIAN_SOURCE_FONT}" VERBATIM)

add_custom_target(gongjian_assets ALL DEPENDS ${GONGJIAN_ASSET_FILES} "${GONGJIAN_UI_FONT}" "${GONGJIAN_FALLBACK_FONT}")
