#!/usr/bin/env bash
# Native smoke test: the desktop program draws its window under Xvfb and writes a PNG of it;
# the PNG must exist and not be a single colour, and the data folder must hold the stored demo dataset
# and ImGui's layout file — except in kiosk mode, which reads only its public snapshot and so must leave
# the folder without working data or layout. Usage: desktop_screenshot.sh PROGRAM OUTDIR LANG [kiosk]
set -euo pipefail
program=$1 outdir=$2 lang=$3 mode=${4:-window}
mkdir -p "$outdir"
extra=()
name=desktop-$lang
if [ "$mode" = kiosk ]; then extra=(--kiosk); name=desktop-kiosk-$lang; fi
png="$outdir/$name.png"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
rm -f "$png"
xvfb-run -a -s "-screen 0 1280x800x24" "$program" --data "$data" --lang "$lang" "${extra[@]}" --screenshot "$png" --frames 5
[ -s "$png" ] || { echo "no screenshot written to $png"; exit 1; }
colours=$(identify -format '%k' "$png")
size=$(identify -format '%wx%h' "$png")
echo "$png: $size, $colours colours"
[ "$size" = "1280x800" ] || { echo "expected a 1280x800 window, got $size"; exit 1; }
[ "$colours" -gt 16 ] || { echo "the window looks blank ($colours colours)"; exit 1; }
if [ "$mode" = kiosk ]; then
  [ ! -e "$data/gongjian.snapshot" ] || { echo "the kiosk opened the working data"; exit 1; }
  [ ! -e "$data/imgui.ini" ] || { echo "the kiosk wrote a layout file"; exit 1; }
else
  [ -f "$data/imgui.ini" ] || { echo "ImGui's layout file was not written to the data folder"; exit 1; }
  [ -f "$data/gongjian.snapshot" ] || { echo "the first start did not store the demo dataset in the data folder"; exit 1; }
fi
ls "$data"/*.tmp 2>/dev/null && { echo "temp files left in the data folder"; exit 1; }
echo "data folder: $(ls "$data" | tr '\n' ' ')"
