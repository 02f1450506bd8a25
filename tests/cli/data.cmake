# gongjian-cli on data folders: demo, validate, restore, damage, the lock, empty and older folders
# (tests/cli/data_folder.sh, step by step), and validate on bundle files. Included by tests/CMakeLists.txt.
set(_fixtures "${CMAKE_CURRENT_SOURCE_DIR}/cli/fixtures")
add_test(NAME "native:cli:data-folder-steps"
  COMMAND "${CMAKE_CURRENT_SOURCE_DIR}/cli/data_folder.sh" ${_cli} ${_expect} "${_tmp}-steps")
cli_test(validate-bundle-bad-record 1 -e "bundle-bad-record.json: need/1.rev: expected an integer 1..2147483647, got nothing"
         -e "bundle-bad-record.json: need/1.community: expected an id like \"community/3\", got nothing" -e "10 problems$"
         -- ${_cli} validate "${_fixtures}/bundle-bad-record.json")
cli_test(validate-bundle-not-json 1 -e "bundle-not-json.json: bundle: not valid JSON" -- ${_cli} validate "${_fixtures}/bundle-not-json.json")
cli_test(validate-missing-file 1 -e "/nonexistent.json: No such file or directory" -- ${_cli} validate /nonexistent.json)
cli_test(validate-missing-folder 1 -e "/nonexistent: no data folder here" -- ${_cli} validate --data /nonexistent)
cli_test(validate-both 2 -e "either --data DIR or FILE" -- ${_cli} validate --data /tmp "${_fixtures}/bundle-not-json.json")
cli_test(restore-bad-option 2 -e "--bogus" -- ${_cli} restore --bogus)
foreach(_command stats demo classify match validate report import export restore)
  cli_test(help-${_command} 0 -e "Usage: gongjian-cli ${_command}" -- ${_cli} ${_command} --help)
endforeach()
cli_test(help-exit-codes 0 -e "Exit codes: 0 success, 1 the command failed \\(see stderr\\), 2 usage error" -- ${_cli} --help)
