# gongjian-cli staff: the volunteer -> activity plan of the demo dataset (and of a data folder written by
# `demo`), for a quarter or one week, as tables in both languages or JSON, and the usage errors. Every demo
# activity is fully attended, so most checks plan --fresh (as if nobody had signed up yet).
# Included by tests/CMakeLists.txt (cli_test, _cli, _expect, _tmp).
cli_test(staff-json 0 -e "\"quarter\":\"2024Q3\"" -e "\"solved\":true" -e "\"optimal\":true" -e "\"assignments\":.\\{\"activity\""
         -e "\"week_minutes\":[0-9]+" -- ${_cli} staff --quarter 2024Q3 --fresh --json)
cli_test(staff-table-zh 0 -e "^志愿者 -> 活动 安排 2024Q3：[0-9]+ 人次已安排" -e "得分 [0-9]+ = 基础 100 \\+ 技能 [0-9]+"
         -e "^plan hash [0-9a-f]{16}$" -- ${_cli} staff --quarter 2024Q3 --fresh)
cli_test(staff-table-en 0 -e "^Volunteer -> activity plan 2024Q3: [0-9]+ assigned" -e "score [0-9]+ = base 100 \\+ skill [0-9]+ \\+ organiser"
         -e "hours [0-9]+\\.[0-9], this week [0-9]+\\.[0-9]" -- ${_cli} staff --quarter 2024Q3 --fresh --lang en)
cli_test(staff-week 0 -e "^Volunteer -> activity plan 2024-07-01\\.\\.2024-07-07: 22 assigned, 3 activities short"
         -e "activity/814 2024-07-05T15:00 .* <- volunteer/10 " -e "short: 0/3 no_volunteer_available"
         -- ${_cli} staff --week 2024-07-05 --fresh --lang en)
cli_test(staff-attended 0 -e "^Volunteer -> activity plan 2024Q3: 0 assigned, 0 activities short" -- ${_cli} staff --quarter 2024Q3 --lang en)
cli_test(staff-default-quarter 0 -e "^Volunteer -> activity plan [0-9]{4}Q[1-4]: " -- ${_cli} staff --lang en)
cli_test(staff-bad-week 2 -e "--week: expected a date like 2024-07-05, got \"2024-13-01\"" -- ${_cli} staff --week 2024-13-01)
cli_test(staff-bad-quarter 2 -e "--quarter: expected a quarter like 2024Q3, got \"2024Q9\"" -- ${_cli} staff --quarter 2024Q9)
cli_test(staff-week-and-quarter 2 -e "excludes" -- ${_cli} staff --week 2024-07-05 --quarter 2024Q3)
cli_test(staff-bad-lang 2 -e "fr" -- ${_cli} staff --lang fr)
cli_test(staff-missing-data 1 -e "/nonexistent" -- ${_cli} staff --data /nonexistent)
add_test(NAME "native:cli:staff-data-folder"
  COMMAND sh -c "rm -rf '${_tmp}-staff' && '${_cli}' demo '${_tmp}-staff' >/dev/null && '${_expect}' 0 -e '\"solved\":true' -e '\"quarter\":\"2024Q3\"' -- '${_cli}' staff --data '${_tmp}-staff' --quarter 2024Q3 --fresh --json")
