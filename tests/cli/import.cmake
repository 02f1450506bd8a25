# gongjian-cli import and export, step by step on a data folder (tests/cli/import_export.sh).
# Included by tests/CMakeLists.txt (_cli, _expect, _tmp).
add_test(NAME "native:cli:import-export-steps"
  COMMAND "${CMAKE_CURRENT_SOURCE_DIR}/cli/import_export.sh" ${_cli} ${_expect} "${_tmp}-import-export")
