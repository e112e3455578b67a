#!/usr/bin/env bash
# Installs what negsim needs from Debian's packages (only what is missing), then configures and
# builds it. Usage: tools/build.sh [BUILD_DIR] [extra cmake -D arguments...]
# BUILD_DIR defaults to build/ (Release). Safe to run again: it installs and rebuilds only what
# changed.
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir="${1:-build}"
shift || true

packages=(cmake ninja-build g++ libeigen3-dev libboost-graph-dev libboost-random-dev
          libtomlplusplus-dev libgtest-dev libgmock-dev libbenchmark-dev valgrind)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "negsim: installing ${missing[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >&2
fi

cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >&2
cmake --build "$build_dir" -j"$(nproc)" >&2
