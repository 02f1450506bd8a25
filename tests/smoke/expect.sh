#!/usr/bin/env bash
# Runs a command and checks its exit code and that its output (stdout + stderr) matches every
# extended regular expression given. Usage: expect.sh CODE [-e REGEX]... -- COMMAND [ARGS...]
set -uo pipefail
want=$1; shift
patterns=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  [ "$1" = "-e" ] && { patterns+=("$2"); shift 2; continue; }
  echo "expect.sh: unknown option $1" >&2; exit 2
done
shift
output=$("$@" 2>&1)
code=$?
printf '%s\n' "$output"
[ "$code" -eq "$want" ] || { echo "FAIL: exit code $code, expected $want"; exit 1; }
for p in "${patterns[@]}"; do
  # A here-string, not a pipe: grep -q stops at the first match, and pipefail would count the writer's SIGPIPE.
  grep -Eq -- "$p" <<<"$output" || { echo "FAIL: output does not match: $p"; exit 1; }
done
