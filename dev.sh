#!/usr/bin/env bash
# The one developer script. Commands:
#   ./dev.sh run        build the browser app and serve it at http://127.0.0.1:8080/ (the main job)
#   ./dev.sh desktop    build and start the desktop program (extra arguments go to it)
#   ./dev.sh test       build everything and run every test layer; ends with "N passed, N failed"
#   ./dev.sh build [PRESET...]   build presets (default: native-debug web-release)
#   ./dev.sh setup      install what the project needs (Debian packages, ImGui source, npm packages)
set -euo pipefail
cd "$(dirname "$0")"
export NODE_PATH=/usr/share/nodejs  # emcc's JS optimizer needs acorn from node-acorn
PORT=${PORT:-8080}

ensure_setup() {
  if [ ! -f third_party/.setup-done ] || [ scripts/setup.sh -nt third_party/.setup-done ] \
     || [ package-lock.json -nt third_party/.setup-done ]; then
    bash scripts/setup.sh
  fi
}

build() {
  ensure_setup
  for preset in "$@"; do
    echo "== build $preset"
    if [ ! -f "build/$preset/build.ninja" ]; then
      cmake --preset "$preset"
    fi
    cmake --build --preset "$preset"
  done
}

case "${1:-help}" in
  setup) bash scripts/setup.sh ;;
  build) shift; if [ $# -eq 0 ]; then set -- native-debug web-release; fi; build "$@" ;;
  run)
    build web-release
    echo "Gongjian is served at http://127.0.0.1:$PORT/  (Ctrl+C stops it; the desktop program: ./dev.sh desktop)"
    exec /usr/bin/python3 -m http.server "$PORT" --bind 127.0.0.1 --directory build/web-release/site ;;
  desktop)
    shift; build native-release
    exec build/native-release/native/gongjian "$@" ;;
  test) shift; ensure_setup; exec bash scripts/test_all.sh "$@" ;;
  *) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; [ "${1:-help}" = help ] || exit 2 ;;
esac
