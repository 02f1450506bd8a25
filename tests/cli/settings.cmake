# gongjian-cli classify, match and staff with the categories and weights edited in Settings (stored in the
# data folder). Included by tests/CMakeLists.txt.
add_test(NAME "native:cli:settings-overrides"
  COMMAND /usr/bin/python3 "${CMAKE_CURRENT_SOURCE_DIR}/cli/settings_overrides.py" ${_cli} "${_tmp}-settings")
