#!/usr/bin/env bash
# Builds everything and runs every test layer:
#   native unit tests + native smoke tests (CTest, build/native-debug)
#   WebAssembly unit tests under node      (CTest, build/web-release)
#   browser end-to-end tests                (node --test, Chromium, against the served build)
#   a short libFuzzer run of every fuzz target (CTest, build/fuzz; clang, ASan + UBSan; tests/fuzz/)
# and ends with one line: "N passed, N failed". Exit status 0 only when nothing failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs
export CI=${CI:-}

passed=0 failed=0
report=()
count() {  # layer passed failed
  passed=$((passed + $2)); failed=$((failed + $3))
  report+=("$(printf '  %-28s %4d passed, %d failed' "$1" "$2" "$3")")
}

build_preset() {
  local preset=$1
  [ -f "build/$preset/build.ninja" ] || cmake --preset "$preset" || return 1
  cmake --build --preset "$preset"
}

# CTest writes JUnit XML; count its test cases (a test that did not run counts as failed).
ctest_layer() {
  local name=$1 dir=$2 junit="$2/junit.xml"
  rm -rf "$junit" "$dir/test-output"
  ctest --test-dir "$dir" -j"$(nproc)" --output-on-failure --timeout 300 --output-junit junit.xml
  if [ ! -f "$junit" ]; then count "$name" 0 1; return; fi
  read -r t f < <(/usr/bin/python3 - "$junit" <<'PY'
import sys, xml.etree.ElementTree as ET
cases = ET.parse(sys.argv[1]).getroot().iter("testcase")
total = bad = 0
for c in cases:
    total += 1
    if c.get("status") not in ("run",) or c.find("failure") is not None or c.find("error") is not None:
        bad += 1
print(total, bad)
PY
)
  count "$name" $((t - f)) "$f"
}

started=$(date +%s)
for preset in native-debug web-release; do
  echo "== build $preset"
  if ! build_preset "$preset"; then
    echo "== build $preset FAILED"
    count "build $preset" 0 1
  fi
done

echo "== native unit + smoke tests"
[ -f build/native-debug/build.ninja ] && ctest_layer "native unit + smoke" build/native-debug
echo "== WebAssembly unit tests (node)"
[ -f build/web-release/build.ninja ] && ctest_layer "wasm unit (node)" build/web-release

echo "== cross-target determinism (native vs WebAssembly output, byte for byte)"
same=0 differ=0
for f in demo-bundle.json dashboard.json kiosk-snapshot-2024-09-20.json plan-2024Q3.json io-activities.ics io-import-gb18030.json \
    io-meeting-pack-2024Q3-zh.html io-needs-public-zh.csv io-volunteers-staff-en.csv; do
  a=build/native-debug/test-output/$f b=build/web-release/test-output/$f
  if [ -s "$a" ] && cmp -s "$a" "$b"; then
    echo "  $f: identical ($(wc -c <"$a") bytes)"; same=$((same + 1))
  else
    echo "  $f: DIFFERS or missing"; differ=$((differ + 1))
  fi
done
count "cross-target identical" "$same" "$differ"

echo "== browser end-to-end tests (Chromium)"
if [ -f build/web-release/site/gongjian.wasm ]; then
  port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  /usr/bin/python3 -m http.server "$port" --bind 127.0.0.1 --directory build/web-release/site >build/web-release/e2e-server.log 2>&1 &
  server=$!
  for _ in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null && break; sleep 0.1; done
  tap=build/web-release/e2e.tap
  GONGJIAN_URL="http://127.0.0.1:$port/" GONGJIAN_SCREENSHOTS=build/web-release/screenshots \
    node --test --test-concurrency=1 --test-reporter=tap tests/e2e/ | tee "$tap"
  kill "$server" 2>/dev/null; wait "$server" 2>/dev/null
  p=$(grep -E '^# pass ' "$tap" | awk '{print $3}'); f=$(grep -E '^# fail ' "$tap" | awk '{print $3}')
  if [ -z "$p" ]; then count "browser e2e" 0 1; else count "browser e2e" "$p" "${f:-0}"; fi
else
  count "browser e2e (no web build)" 0 1
fi

echo "== fuzz targets, short run (libFuzzer, ASan + UBSan)"
if build_preset fuzz; then
  ctest_layer "fuzz (short runs)" build/fuzz
else
  echo "== build fuzz FAILED"
  count "build fuzz" 0 1
fi

echo "== summary ($(( $(date +%s) - started ))s)"
printf '%s\n' "${report[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
