#!/usr/bin/env bash
# gongjian-cli import and export on a data folder, step by step: a CSV dry run stores nothing, the import
# stores it once (a second import changes nothing), row errors name row and column and store nothing, a
# bundle exported from one folder imports whole into an empty one and again as unchanged, exports to files.
# Usage: import_export.sh CLI EXPECT TMPDIR
set -euo pipefail
cli=$1 expect=$2 tmp=$3
fixtures=$(dirname "$0")/fixtures
rm -rf "$tmp" && mkdir -p "$tmp"
dir=$tmp/data
step() { echo "--- $*"; "$expect" "$@"; }
"$cli" demo "$dir" >/dev/null

good=$fixtures/needs-good.csv bad=$fixtures/needs-bad.csv
step 0 -e "needs-good.csv \\(utf-8\\): 1 rows: 1 added, 0 updated, 0 unchanged \\(dry run: nothing stored\\)" -e "row 2: added need/174" \
  -- "$cli" import --data "$dir" --table needs --dry-run "$good"
step 1 -e "needs-bad.csv \\(utf-8\\): 2 rows: .*2 problems: nothing stored" \
  -e "needs-bad.csv: row 3, column community: no community is called \"No such community\"" \
  -e "needs-bad.csv: row 3, column people_affected: expected a whole number 0 or more, got \"twelve\"" \
  -- "$cli" import --data "$dir" --table needs --lang en "$bad"
step 1 -e "第 3 行“社区”列|第 3 行“community”列" -- "$cli" import --data "$dir" --table needs "$bad"
step 0 -e "1 rows: 1 added, 0 updated, 0 unchanged$" -e "row 2: added need/174" -- "$cli" import --data "$dir" --table needs "$good"
step 0 -e "1 rows: 0 added, 0 updated, 1 unchanged$" -- "$cli" import --data "$dir" --table needs "$good"
step 0 -e "^$dir: 1810 documents, generation 1, 1 commits in the journal" -- "$cli" validate --data "$dir"
step 1 -e "nothing was stored: $dir is open in another Gongjian program" -- flock "$dir/lock" "$cli" import --data "$dir" --table needs "$good"
step 0 -e "dry run" -- flock "$dir/lock" "$cli" import --data "$dir" --table needs --dry-run "$good"
step 2 -e "needs-good.csv: a CSV file needs --table needs\\|units\\|volunteers" -- "$cli" import --data "$dir" "$good"
step 2 -e "--table: expected needs, units or volunteers, got \"rooms\"" -- "$cli" import --data "$dir" --table rooms "$good"
step 1 -e "$tmp/none.csv: No such file or directory" -- "$cli" import --data "$dir" --table needs "$tmp/none.csv"
step 2 -e "FILE is required" -- "$cli" import --data "$dir"

# A bundle: whole into an empty folder, then unchanged; a bad one stores nothing.
step 0 -e "wrote $tmp/all.json" -- "$cli" export --data "$dir" --format json --output "$tmp/all.json"
step 1 -e "$tmp/all.json exists already; use --force to replace it" -- "$cli" export --data "$dir" --format json --output "$tmp/all.json"
step 0 -e "^$tmp/all.json: 1810 records: no problems$" -- "$cli" validate "$tmp/all.json"
mkdir -p "$tmp/copy"
step 0 -e "all.json: 1810 added, 0 updated, 0 unchanged, 0 conflicts \\(dry run: nothing stored\\)" -- "$cli" import --data "$tmp/copy" --dry-run "$tmp/all.json"
step 1 -e "holds no data yet" -- "$cli" stats --data "$tmp/copy"
step 0 -e "all.json: 1810 added, 0 updated, 0 unchanged, 0 conflicts$" -- "$cli" import --data "$tmp/copy" "$tmp/all.json"
step 0 -e "all.json: 0 added, 0 updated, 1810 unchanged, 0 conflicts$" -- "$cli" import --data "$tmp/copy" "$tmp/all.json"
step 1 -e "bundle-bad-record.json: need/1.rev: expected an integer" -- "$cli" import --data "$tmp/copy" "$fixtures/bundle-bad-record.json"
cmp <("$cli" export --data "$dir" --format json) <("$cli" export --data "$tmp/copy" --format json)

# Exports: staff CSV has the residents' phones, --public has none; iCalendar; the meeting pack as HTML.
step 0 -e "编号,社区,需求描述,类别,服务对象,涉及人数,紧急程度,反映日期,反映人,联系电话,住址" -e "need/174,新城社区,楼道灯坏了，晚上看不见" \
  -- "$cli" export --data "$dir" --format csv --table needs
"$cli" export --data "$dir" --format csv --table needs --output "$tmp/staff.csv"
"$cli" export --data "$dir" --format csv --table needs --public --output "$tmp/public.csv"
"$cli" export --data "$dir" --format json --public --output "$tmp/public.json"
grep -q 13828350417 "$tmp/staff.csv" || { echo "FAIL: the staff export has no phone"; exit 1; }
! grep -q 13828350417 "$tmp/public.csv" "$tmp/public.json" || { echo "FAIL: a public export has a phone"; exit 1; }
step 0 -e "^BEGIN:VCALENDAR" -e "^END:VCALENDAR" -- "$cli" export --data "$dir" --format ics
step 0 -e "<!DOCTYPE html>" -e "2024" -- "$cli" export --data "$dir" --format html --quarter 2024Q3 --lang en
step 2 -e "--format csv needs --table" -- "$cli" export --data "$dir" --format csv
step 2 -e "--format html needs --quarter like 2024Q3, got \"2024Q7\"" -- "$cli" export --data "$dir" --format html --quarter 2024Q7
step 2 -e "--format: xml not in" -- "$cli" export --data "$dir" --format xml
step 1 -e "/nonexistent: no data folder here" -- "$cli" export --data /nonexistent --format json
echo "all steps passed"
