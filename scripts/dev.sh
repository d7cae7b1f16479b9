#!/usr/bin/env bash
# Sets up a Debian 12 machine for Workflow Studio, builds it, then starts the GUI or runs the tests.
#   scripts/dev.sh gui [wfstudio options]   install what is missing, build, open the default workspace
#   scripts/dev.sh test                     install what is missing, build, run every test (CTest)
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-}"
case "$mode" in
  gui|test) shift ;;
  *) echo "usage: scripts/dev.sh gui|test" >&2; exit 2 ;;
esac

packages=(
  cmake ninja-build ccache g++ pkg-config
  qt6-base-dev qt6-svg-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libgl-dev
  libsqlite3-dev sqlite3 libgraphviz-dev graphviz libyaml-cpp-dev libxxhash-dev libssl-dev libsimdjson-dev
  fonts-materialdesignicons-webfont xvfb xauth
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

build="${WFS_BUILD_DIR:-build}"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build"

if [ "$mode" = gui ]; then
  exec "$build/app/gui/wfstudio" "$@"
fi
export QT_QPA_PLATFORM=offscreen
cd "$build"
exec ctest --output-on-failure --parallel 2
