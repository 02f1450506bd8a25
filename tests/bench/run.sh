#!/usr/bin/env bash
# The matching benchmark (not part of the test run): the same seeded district-scale instance planned
# natively and as WebAssembly (node), then the exported need instance solved by NetworkX. Prints both
# runs, checks that native and wasm give the same plan (hash) and that the plan's total equals NetworkX's
# optimum, and prints the wasm/native time ratio. Extra arguments go to bench_match (e.g. --seed 2).
# NetworkX takes minutes on the full instance (pure Python): NETWORKX=reuse keeps build/bench/networkx.txt
# from an earlier run of the same instance.
# Builds bench_match in build/native-release and build/web-release (or BENCH_NATIVE_DIR / BENCH_WEB_DIR).
set -euo pipefail
cd "$(dirname "$0")/../.."
export NODE_PATH=/usr/share/nodejs
out=build/bench
mkdir -p "$out"

# BENCH_NATIVE_DIR / BENCH_WEB_DIR: configured build folders to use instead (e.g. a private release build).
native_dir=${BENCH_NATIVE_DIR:-build/native-release}
[ -n "${BENCH_NATIVE_DIR:-}" ] || [ -f "$native_dir/build.ninja" ] || native_dir=build/native-debug
web_dir=${BENCH_WEB_DIR:-build/web-release}
cmake --build "$native_dir" --target bench_match >/dev/null
cmake --build "$web_dir" --target bench_match >/dev/null

echo "== native ($native_dir)"
"$native_dir/tests/bench/bench_match" --export "$out/need-instance.json" "$@" | tee "$out/native.txt"
echo "== WebAssembly (node)"
(cd "$web_dir/tests/bench" && node --no-experimental-fetch bench_match.js "$@") | tee "$out/wasm.txt"
echo "== NetworkX ($(/usr/bin/python3 -c 'import networkx; print(networkx.__version__)'))"
if [ "${NETWORKX:-}" = reuse ] && [ -s "$out/networkx.txt" ]; then
  cat "$out/networkx.txt"
else
  /usr/bin/python3 tests/bench/solve_networkx.py "$out/need-instance.json" | tee "$out/networkx.txt"
fi

/usr/bin/python3 - "$out" <<'PY'
import json, re, sys
out = sys.argv[1]
def grab(name):
    text = open(f"{out}/{name}.txt", encoding="utf-8").read()
    total = int(re.search(r"total score (\d+), hash (\w+)", text).group(1))
    plan_hash = re.search(r"hash (\w+)", text).group(1)
    e2e = float(re.search(r"needs: end-to-end ([\d.]+) ms", text).group(1))
    raw = float(re.search(r"LEMON raw ([\d.]+) ms", text).group(1))
    vol = float(re.search(r"volunteers: .* end-to-end ([\d.]+) ms", text).group(1))
    vol_hash = re.search(r"volunteers: .* hash (\w+)", text).group(1)
    return total, plan_hash, e2e, raw, vol, vol_hash
n, w = grab("native"), grab("wasm")
nx = json.loads(open(f"{out}/networkx.txt").read())
ok = True
print("== summary")
print(f"  plan hash native {n[1]}, wasm {w[1]}: {'same' if n[1] == w[1] else 'DIFFERENT'}")
ok &= n[1] == w[1]
print(f"  volunteer plan hash native {n[5]}, wasm {w[5]}: {'same' if n[5] == w[5] else 'DIFFERENT'}")
ok &= n[5] == w[5]
print(f"  plan total {n[0]}, NetworkX optimum {nx['optimum']} + locked {nx['locked_score']}: "
      f"{'equal' if n[0] == nx['optimum'] + nx['locked_score'] else 'DIFFERENT'}")
ok &= n[0] == nx["optimum"] + nx["locked_score"]
print(f"  needs end-to-end / LEMON raw: native {n[2] / n[3]:.2f}, wasm {w[2] / w[3]:.2f} (target <= 1.3)")
print(f"  wasm / native: needs end-to-end {w[2] / n[2]:.2f}, LEMON raw {w[3] / n[3]:.2f}, "
      f"volunteers {w[4] / n[4]:.2f} (target <= 1.7)")
print(f"  NetworkX {nx['seconds'] * 1000:.0f} ms vs LEMON raw {n[3]:.0f} ms native")
sys.exit(0 if ok else 1)
PY
