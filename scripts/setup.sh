#!/usr/bin/env bash
# Installs everything the project needs on Debian 12: packages, Dear ImGui's source (from Debian,
# into the git-ignored third_party/), and the browser-test npm packages. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

fail() { echo "setup: $*" >&2; exit 1; }
step() { echo "setup: $*"; }
SUDO=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || fail "not root and sudo is missing: run this as root or install sudo"
  SUDO="sudo"
fi

PACKAGES=(
  build-essential cmake ninja-build pkg-config git python3 xz-utils dpkg-dev
  clang libclang-rt-14-dev
  emscripten node-acorn
  nlohmann-json3-dev doctest-dev liblemon-dev libcli11-dev libstb-dev libutfcpp-dev
  libglfw3-dev libgl-dev libgl1-mesa-dri
  fonts-wqy-microhei python3-fonttools
  python3-networkx
  xvfb xauth imagemagick x11-utils
  chromium
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# Debian source entry so apt-get source can fetch imgui (same mirror as the binary packages).
src_list=/etc/apt/sources.list.d/gongjian-deb-src.sources
need_update=0
if [ ! -f "$src_list" ]; then
  mirror=$(grep -h -m1 '^URIs:' /etc/apt/sources.list.d/debian.sources 2>/dev/null | awk '{print $2}' || true)
  if [ -z "$mirror" ]; then
    mirror=$(grep -h -m1 -E '^deb\s' /etc/apt/sources.list 2>/dev/null | awk '{print $2}' || true)
  fi
  [ -n "$mirror" ] || fail "cannot find the Debian mirror in /etc/apt/sources.list(.d): add a deb-src entry for bookworm by hand"
  step "adding a deb-src entry for $mirror"
  printf 'Types: deb-src\nURIs: %s\nSuites: bookworm\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$mirror" \
    | $SUDO tee "$src_list" >/dev/null
  need_update=1
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
# Runs a command quietly; on failure shows its output and stops with the message.
quietly() {
  local message=$1; shift
  "$@" >"$log" 2>&1 || { tail -n 30 "$log" >&2; fail "$message"; }
}

if [ ${#missing[@]} -gt 0 ] || [ $need_update = 1 ]; then
  step "apt-get update"
  quietly "apt-get update failed (is the Debian mirror reachable?)" $SUDO apt-get update
fi
if [ ${#missing[@]} -gt 0 ]; then
  step "installing ${missing[*]}"
  quietly "apt-get install failed for: ${missing[*]}" \
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

# Dear ImGui 1.86 from Debian's source package, unpacked into third_party/imgui.
imgui_dir=$root/third_party/imgui
if [ ! -f "$imgui_dir/imgui.cpp" ]; then
  step "fetching Dear ImGui source (apt-get source imgui)"
  tmp=$(mktemp -d)
  ( cd "$tmp" && apt-get source --download-only imgui >"$log" 2>&1 ) \
    || { $SUDO apt-get update >"$log" 2>&1; ( cd "$tmp" && apt-get source --download-only imgui >"$log" 2>&1 ); } \
    || { tail -n 20 "$log" >&2; fail "apt-get source imgui failed: is the deb-src entry in $src_list right?"; }
  orig=$(ls "$tmp"/imgui_*.orig.tar.* 2>/dev/null | head -1)
  [ -n "$orig" ] || fail "no imgui .orig tarball was downloaded"
  mkdir -p "$imgui_dir.tmp"
  tar -xf "$orig" -C "$imgui_dir.tmp" --strip-components=1 || fail "cannot unpack $orig"
  [ -f "$imgui_dir.tmp/imgui.cpp" ] || fail "unexpected layout in $orig"
  grep -q '#define IMGUI_VERSION  *"1.86' "$imgui_dir.tmp/imgui.h" || echo "setup: warning: imgui is not 1.86: $(grep -m1 IMGUI_VERSION "$imgui_dir.tmp/imgui.h")"
  rm -rf "$imgui_dir"; mv "$imgui_dir.tmp" "$imgui_dir"; rm -rf "$tmp"
fi

# npm packages of the browser tests, exactly as locked.
if [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "npm ci (browser tests)"
  quietly "npm ci failed" npm ci --no-audit --no-fund --loglevel=error
fi

touch "$root/third_party/.setup-done"
step "done"
