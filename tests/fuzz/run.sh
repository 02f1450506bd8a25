#!/usr/bin/env bash
# Runs one libFuzzer target on a working copy of its seed corpus (tests/fuzz/corpus/<target>/, never
# written to) and prints the figures of the run.
#   run.sh short BUILD_DIR TARGET RUNS   the test command's run: a fresh copy of the seeds, RUNS inputs
#                                        (at most 30 s)
#   run.sh long  BUILD_DIR TARGET RUNS   the long run: the working corpus in BUILD_DIR/fuzz-corpus/<target>
#                                        is kept between runs and grows (FUZZ_MAX_SECONDS=N stops it after N s;
#                                        FUZZ_MAX_LEN=N mutates inputs up to N bytes instead of 16384)
# Exit status 0 only when the target ran all RUNS inputs without a crash, leak, timeout or out-of-memory.
# A failing input lands in BUILD_DIR/fuzz-artifacts/; repeat it with: BUILD_DIR/tests/fuzz/TARGET FILE
set -uo pipefail
mode=$1 build=$2 target=$3 runs=$4
here=$(cd "$(dirname "$0")" && pwd)
exe=$build/tests/fuzz/$target
[ -x "$exe" ] || exe=$build/$target
[ -x "$exe" ] || { echo "run.sh: no fuzz target $target in $build (build the fuzz preset first)"; exit 1; }
seeds=$here/corpus/$target
[ -d "$seeds" ] || { echo "run.sh: no seed corpus $seeds"; exit 1; }

case "$mode" in
  short) work=$build/fuzz-short/$target; rm -rf "$work"; cap=(-max_total_time=30) ;;  # keeps the test command short
  long) work=$build/fuzz-corpus/$target; cap=(${FUZZ_MAX_SECONDS:+-max_total_time=$FUZZ_MAX_SECONDS}) ;;
  *) echo "run.sh: mode is short or long"; exit 2 ;;
esac
mkdir -p "$work" "$build/fuzz-artifacts"
cp -n "$seeds"/* "$work"/ 2>/dev/null || true
log=$build/fuzz-$mode-$target.log

# -timeout: an input taking 10 s is a hang; -rss_limit_mb: more than 2 GB is a runaway allocation.
# Leaks are found by ASan's leak check (on by default in libFuzzer).
start=$(date +%s)
"$exe" "$work" -runs="$runs" "${cap[@]}" -timeout=10 -rss_limit_mb=2048 -max_len=${FUZZ_MAX_LEN:-16384} -print_final_stats=1 \
  -artifact_prefix="$build/fuzz-artifacts/$target-" >"$log" 2>&1
status=$?
seconds=$(( $(date +%s) - start ))
execs=$(grep -m1 '^stat::number_of_executed_units:' "$log" | awk '{print $2}')
rss=$(grep -m1 '^stat::peak_rss_mb:' "$log" | awk '{print $2}')
entries=$(find "$work" -type f | wc -l)
echo "$target: status $status, ${execs:-?} execs, ${seconds} s, corpus ${entries} entries, peak RSS ${rss:-?} MB"
if [ "$status" -ne 0 ]; then
  grep -E 'ERROR|broken promise|SUMMARY|Test unit written|==[0-9]+==' "$log" | head -n 20
  echo "(full log: $log)"
fi
exit "$status"
