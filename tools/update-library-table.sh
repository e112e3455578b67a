#!/usr/bin/env bash
# Regenerates the Ukraine library table in README.md, between the lines
# <!-- library-table:begin --> and <!-- library-table:end -->, from `negsim compare`.
# Builds nothing: uses build/cli/negsim, or the negsim binary given as the last argument.
#
#   tools/update-library-table.sh [NEGSIM]           rewrite README.md
#   tools/update-library-table.sh --check [NEGSIM]   exit 1, with a diff, if README.md is stale
#
# Rows: the five stages in chronological order, then the what-ifs alphabetically. base.toml is
# left out: it is the baseline the stages extend, not a stage of the talks.
set -euo pipefail
export LC_ALL=C  # the what-ifs' order

check=0
if [[ "${1:-}" == "--check" ]]; then
  check=1
  shift
fi
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
negsim="$(realpath -m "${1:-$repo/build/cli/negsim}")"
if [[ ! -x "$negsim" ]]; then
  echo "update-library-table: no negsim binary at $negsim; build first (bash tools/build.sh)" \
       "or name the binary: tools/update-library-table.sh [--check] PATH/TO/negsim" >&2
  exit 2
fi
cd "$repo"

scenarios=(
  scenarios/ukraine/2025-04-us-framework.toml
  scenarios/ukraine/2025-04-ua-eu-counter.toml
  scenarios/ukraine/2025-11-28-point-plan.toml
  scenarios/ukraine/2025-11-geneva.toml
  scenarios/ukraine/2025-12-berlin.toml
  scenarios/ukraine/what-if/*.toml
)

begin='<!-- library-table:begin -->'
end='<!-- library-table:end -->'
for marker in "$begin" "$end"; do
  if [[ "$(grep -cxF -- "$marker" README.md)" != 1 ]]; then
    echo "update-library-table: README.md must hold the line '$marker' exactly once" >&2
    exit 2
  fi
done

table="$(mktemp)"
readme="$(mktemp)"
trap 'rm -f "$table" "$readme"' EXIT
{
  echo
  echo "Produced by \`tools/update-library-table.sh\` with \`negsim compare --format markdown"
  echo "--seed 1\` (do not edit by hand). Zone: packages every signatory accepts at round 0."
  echo "Alternating and mediated: one run of the scenario under each protocol (rN: the round it"
  echo "ended in; for a deadline, the rounds played). Red lines that bind: those whose one-step"
  echo "relaxation alone enlarges the zone, with the packages gained. The findings below"
  echo "read the table."
  echo
  "$negsim" compare --format markdown --seed 1 "${scenarios[@]}"
  echo
} > "$table"
awk -v begin="$begin" -v end="$end" -v table="$table" '
  $0 == begin { print; while ((getline line < table) > 0) print line; skip = 1; next }
  $0 == end { skip = 0 }
  !skip { print }
' README.md > "$readme"

if (( check )); then
  if ! diff -u README.md "$readme" >&2; then
    echo "update-library-table: README.md's library table is not what negsim compare prints" \
         "today; run tools/update-library-table.sh and commit README.md" >&2
    exit 1
  fi
  echo "update-library-table: README.md's library table is up to date"
else
  cp "$readme" README.md
  echo "update-library-table: README.md's library table rewritten (${#scenarios[@]} scenarios)"
fi
