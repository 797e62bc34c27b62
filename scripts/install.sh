#!/usr/bin/env bash
# Installs what Wartemarke needs on a Debian/Ubuntu machine: the Debian packages Qt, speech
# and (with --test) the test tools need, then a virtual environment in .venv with the project.
#   bash scripts/install.sh          # to run the apps
#   bash scripts/install.sh --test   # also the test tools (Xvfb, Chromium, pytest, ...)
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=0
[ "${1:-}" = "--test" ] && with_tests=1

debs=(python3-venv libgl1 libegl1 libglib2.0-0 libfontconfig1 libfreetype6 fonts-dejavu-core
      libdbus-1-3 libxkbcommon0 libpulse0 libxrandr2 libxkbcommon-x11-0 libxcb-cursor0
      libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
      libxcb-shape0 libxcb-xkb1 espeak-ng libespeak-ng1 libusb-1.0-0)
[ "$with_tests" = 1 ] && debs+=(xvfb xauth sox chromium)

missing=()
for p in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The interpreter: $PYTHON if given, else the distribution's own python3 (Debian and Ubuntu
# build it with profile-guided and link-time optimisation: the hub answered about 1.1x the
# commands per second on it than on a plain build from source, e.g. pyenv's), else the
# python3 on the PATH. Wartemarke needs Python 3.11 or newer.
recent() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; }
python="${PYTHON:-}"
if [ -z "$python" ]; then
  for candidate in /usr/bin/python3 python3; do
    if recent "$candidate"; then python="$candidate"; break; fi
  done
fi
if [ -z "$python" ] || ! recent "$python"; then
  echo "Wartemarke needs Python 3.11 or newer (set PYTHON=/path/to/python3.11)" >&2
  exit 1
fi
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ "$with_tests" = 1 ]; then
  .venv/bin/python -m pip install -q -e ".[test]"
else
  .venv/bin/python -m pip install -q -e .
fi
echo "Wartemarke installed in .venv ($(.venv/bin/python -c 'import sys; print("Python", sys.version.split()[0], "from", sys.base_prefix)'))"
