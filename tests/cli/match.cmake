# gongjian-cli match: the need -> unit plan of the demo dataset (and of a data folder), locks, forbids,
# the exported instance, and the usage errors. Included by tests/CMakeLists.txt (cli_test, _cli, _expect).
cli_test(match-json 0 -e "^.\"assignments\":..\"locked\":false,\"need\":\"need/155\"" -e "\"quarter\":\"2024Q3\"" -e "\"solved\":true" -e "\"total_score\":2780"
         -- ${_cli} match --quarter 2024Q3 --json)
cli_test(match-default-quarter 0 -e "need -> unit plan 2024Q3: 7 assigned, 0 unmatched, total score 2780"
         -e "need/162 -> unit/9 .* score 508 " -e "^plan hash [0-9a-f]{16}$" -- ${_cli} match)
cli_test(match-lock-forbid 0 -e "need/157 -> unit/10 .*\\(locked\\)" -e "need/155 -> unit/30 "
         -e "note: lock need/999 -> unit/1 ignored: no such need"
         -- ${_cli} match --quarter 2024Q3 --lock need/157=unit/10 --lock 999=1 --forbid 155=15)
cli_test(match-unmatched-reason 0 -e "\"reason\":\"all_forbidden\"" -e "\"forbidden\":\\[\"unit/12\",\"unit/31\"\\]"
         -- ${_cli} match --quarter 2024Q3 --json --forbid 164=12 --forbid 164=31)
cli_test(match-bad-pair 2 -e "expected NEED=UNIT .* got \"x\"" -- ${_cli} match --forbid x)
cli_test(match-bad-quarter 2 -e "2024Q9" -- ${_cli} match --quarter 2024Q9)
cli_test(match-missing-data 1 -e "/nonexistent" -- ${_cli} match --data /nonexistent)
add_test(NAME "native:cli:match-export-instance"
  COMMAND sh -c "'${_expect}' 0 -- '${_cli}' match --quarter 2024Q3 --export-instance '${CMAKE_BINARY_DIR}/match-instance.json' && grep -q '\"format\":\"gongjian-need-instance\"' '${CMAKE_BINARY_DIR}/match-instance.json' && grep -q '\"arcs\":\\[\\[0,' '${CMAKE_BINARY_DIR}/match-instance.json'")
add_test(NAME "native:cli:match-data-folder"
  COMMAND sh -c "rm -rf '${_tmp}-match' && '${_cli}' demo '${_tmp}-match' >/dev/null && '${_expect}' 0 -e '\"total_score\":2780' -- '${_cli}' match --data '${_tmp}-match' --quarter 2024Q3 --json")
