# gongjian-cli report: the 2024Q3 joint-meeting pack of the demo dataset as text (zh, en), CSV and HTML, and
# the usage errors. Included by tests/CMakeLists.txt (cli_test, _cli, _expect).
cli_test(report-text-zh 0 -e "^蒙阳街道联席会议材料 2024Q3 \\(统计截至 2024-10-15\\)$"
         -e "^  蒙阳街道 +7 +1 +14.08 +50 +342.0 +1302 +2 +4 +45 +10$" -e "^  新城社区 +2 +1 +4.98 +17 +111.5 +473 +2 +1 +63 +3$"
         -e "^  project/29 新城社区“邻里学堂” +名山区委组织部 +in_progress +2024-03-25 +204$"
         -- ${_cli} report --quarter 2024Q3 --today 2024-10-15)
cli_test(report-text-en 0 -e "^蒙阳街道 Joint meeting pack 2024Q3 \\(as of 2024-10-15\\)$" -e "Claims without progress for more than 30 days"
         -e "Street total +Claimed +Completed" -- ${_cli} report --quarter 2024Q3 --today 2024-10-15 --lang en)
cli_test(report-csv 0 -e "层级,编号,名称,季度,认领项目" -e "^街道,,蒙阳街道,2024Q3,7,1,14.08,50,342.0,1302,2,4,45,10"
         -e "^社区,community/1,新城社区,2024Q3,2,1,4.98,17,111.5,473,2,1,63,3"
         -- ${_cli} report --quarter 2024Q3 --today 2024-10-15 --format csv)
cli_test(report-csv-en 0 -e "level,id,name,quarter,Claimed" -e "^street,,蒙阳街道,2024Q3,7,"
         -- ${_cli} report --quarter 2024Q3 --today 2024-10-15 --format csv --lang en)
cli_test(report-html 0 -e "<!DOCTYPE html>" -e "<title>蒙阳街道2024年第3季度共建联席会议材料</title>"
         -- ${_cli} report --quarter 2024Q3 --today 2024-10-15 --format html)
cli_test(report-no-quarter 2 -e "--quarter is required" -- ${_cli} report)
cli_test(report-bad-quarter 2 -e "expected a quarter like 2024Q3, got \"2024Q5\"" -- ${_cli} report --quarter 2024Q5)
cli_test(report-bad-format 2 -e "pdf not in" -- ${_cli} report --quarter 2024Q3 --format pdf)
cli_test(report-bad-today 2 -e "2024-07-05" -- ${_cli} report --quarter 2024Q3 --today yesterday)
cli_test(report-missing-data 1 -e "/nonexistent: no data folder here" -- ${_cli} report --quarter 2024Q3 --data /nonexistent)
