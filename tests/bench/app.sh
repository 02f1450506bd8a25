#!/usr/bin/env bash
# The app benchmark (not part of the test run): every figure of issue 11 in one command, natively and in
# WebAssembly, written to BENCHMARKS.md with the machine described. Takes about 5-10 minutes.
#   download   first-visit files of build/web-release/site (as Chromium fetched them), gzip -9 sizes
#   start      navigation -> first interactive frame, demo data and the district dataset (headless Chromium)
#   storage    IndexedDB load of the district data, one edit p50/p95, the district bundle's import
#   matching   tests/bench/run.sh (native and wasm under node; NetworkX's optimum reused when kept)
#   UI         frame CPU time of every screen with the district data (browser), the Needs list natively
#   memory     the wasm heap with the district data
# ROUNDS=N (default 5) rounds of the app benchmarks; BENCH_NATIVE_DIR / BENCH_WEB_DIR as for run.sh;
# NATIVE_UI=0 skips the native app figures (bench_app_native, bench_needs_list: they need the native UI built).
set -euo pipefail
cd "$(dirname "$0")/../.."
export NODE_PATH=/usr/share/nodejs
start=$(date +%s)
out=build/bench
mkdir -p "$out"
native_dir=${BENCH_NATIVE_DIR:-build/native-release}
[ -n "${BENCH_NATIVE_DIR:-}" ] || [ -f "$native_dir/build.ninja" ] || native_dir=build/native-debug
web_dir=${BENCH_WEB_DIR:-build/web-release}
rounds=${ROUNDS:-5}
native_ui=${NATIVE_UI:-1}
report=$out/app-report.txt

machine() {
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores"
  echo "- memory: $(free -m | awk '/^Mem:/ {print $2 " MiB total, " $7 " MiB available"}')"
  echo "- load average after the build: $1; at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- $(uname -sr); $(/usr/bin/chromium --version 2>/dev/null | head -1); node $(node --version); $(emcc --version 2>/dev/null | head -1)"
  echo "- native build: $native_dir ($(grep -m1 CMAKE_BUILD_TYPE: "$native_dir/CMakeCache.txt" | cut -d= -f2)); web build: $web_dir"
}
echo "== building (district_bundle, bench_app_native, bench_needs_list natively; the site)"
cmake --build "$native_dir" --target district_bundle >/dev/null
[ "$native_ui" = 0 ] || cmake --build "$native_dir" --target bench_app_native bench_needs_list >/dev/null
cmake --build "$web_dir" --target gongjian_site >/dev/null
"$native_dir/tests/bench/district_bundle" "$out/district.json"
load_start=$(cut -d' ' -f1-3 /proc/loadavg)  # after the build: what the measurements shared the machine with

{
  echo "== matching (tests/bench/run.sh --repeat 5)"
  if [ -s "$out/networkx.txt" ]; then NETWORKX=${NETWORKX:-reuse}; export NETWORKX; fi
  BENCH_NATIVE_DIR=$native_dir BENCH_WEB_DIR=$web_dir tests/bench/run.sh --repeat 5 || echo "(run.sh failed: exit $?)"
  if [ "$native_ui" = 0 ]; then
    echo "== native app figures: skipped (NATIVE_UI=0)"
  else
    echo "== native app figures (tests/bench/bench_app_native: data folder, UI without a window)"
    "$native_dir/tests/bench/bench_app_native" "$out/district.json" --rounds "$rounds" || echo "(bench_app_native failed: exit $?)"
    echo "== the Needs screen natively at 10k and 100k needs (tests/bench/bench_needs_list, no GPU)"
    "$native_dir/tests/bench/bench_needs_list" --frames 30 || echo "(bench_needs_list failed: exit $?)"
  fi
  echo "== browser (headless Chromium, $rounds rounds; every sample in $out/app.json)"
  node tests/bench/app_bench.mjs "$web_dir/site" "$out/district.json" "$out/app.json" "$rounds" || echo "(app_bench.mjs failed: exit $?)"
} 2>&1 | tee "$report"

elapsed=$(( $(date +%s) - start ))
{
  echo "# Benchmarks"
  echo
  echo "Written by \`tests/bench/app.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC') in ${elapsed} s; what each figure measures and"
  echo "where targets are missed: below the figures (tests/bench/notes.md)."
  echo
  echo "## Machine"
  machine "$load_start"
  echo
  echo "## Figures"
  echo
  echo '```'
  cat "$report"
  echo '```'
  echo
  cat tests/bench/notes.md
} > BENCHMARKS.md
echo "== BENCHMARKS.md written (${elapsed} s)"
