#!/usr/bin/env bash
# Instructions per package of the zone kernels, counted by valgrind's callgrind: a figure that
# does not move with the machine's load, so a regression shows up as a number. Builds nothing:
# it runs BUILD_DIR/bench/zone_callgrind (bench/zone_callgrind.cc), which switches collection
# on only around each kernel, and prints one row per kernel with its instructions, the
# instructions per package decided, and how many times fewer than the plain reference's.
#
# BUILD_DIR (default build-callgrind) must be configured with -DNEGSIM_NATIVE=OFF: valgrind
# cannot decode the AVX-512 instructions -march=native emits on recent CPUs, and portable code
# gives the same counts whichever machine built it. From the repository root:
#   cmake -S . -B build-callgrind -G Ninja -DCMAKE_BUILD_TYPE=Release -DNEGSIM_NATIVE=OFF
#   cmake --build build-callgrind --target zone_callgrind
#   bench/callgrind_zone.sh build-callgrind
set -euo pipefail

build=${1:-build-callgrind}
program=$build/bench/zone_callgrind
configure="cmake -S . -B $build -G Ninja -DCMAKE_BUILD_TYPE=Release -DNEGSIM_NATIVE=OFF"
if ! grep -q '^NEGSIM_NATIVE:BOOL=OFF$' "$build/CMakeCache.txt" 2>/dev/null; then
  echo "error: $build is not configured with -DNEGSIM_NATIVE=OFF (valgrind cannot run" \
    "-march=native code and counts must not depend on the build machine); run: $configure" >&2
  exit 2
fi
if [ ! -x "$program" ]; then
  echo "error: $program not found; run: cmake --build $build --target zone_callgrind" >&2
  exit 2
fi
if ! command -v valgrind >/dev/null; then
  echo "error: valgrind is not installed; run: apt-get install valgrind" >&2
  exit 2
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
if ! valgrind --tool=callgrind --collect-atstart=no --callgrind-out-file="$out/callgrind.out" \
  "$program" >"$out/kernels.txt" 2>"$out/valgrind.log"; then
  cat "$out/valgrind.log" >&2
  exit 1
fi

# kernels.txt: "name packages zone" per kernel, in run order; each kernel's dump names it.
while read -r name packages zone; do
  dump=$(grep -l -x "desc: Trigger: Client Request: $name" "$out"/callgrind.out.*)
  echo "$name $packages $zone $(sed -n 's/^totals: //p' "$dump")"
done <"$out/kernels.txt" | awk '
  { name[NR] = $1; packages[NR] = $2; zone[NR] = $3; ir[NR] = $4; per[NR] = $4 / $2 }
  $1 ~ /^reference/ { reference = $4 / $2 }
  END {
    printf "%-28s %15s %8s %14s %14s %12s\n", "kernel", "packages", "zone", "instructions",
           "instr/package", "vs reference"
    for (k = 1; k <= NR; ++k)
      printf "%-28s %15s %8s %14s %14.6g %11.4gx\n", name[k], packages[k], zone[k], ir[k], per[k],
             reference / per[k]
  }'
