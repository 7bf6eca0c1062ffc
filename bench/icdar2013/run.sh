#!/usr/bin/env bash
# Ruled-table accuracy on the ICDAR-2013 Table Competition PDFs, scored by the benchmark's own
# score.py. The benchmark is not part of this repository (its PDFs are not ours to ship): give
# its folder (holding docs/, tables.json and score.py) as the first argument.
#
#   swift build -c release && bench/icdar2013/run.sh [ICDAR_DIR] [--list]
#
# ICDAR_DIR defaults to ../shared/icdar2013 beside the repository. REPORTCONV picks the binary
# (default: the release build). Prints score.py's summary of the 81 ruled tables.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
data=${1:-$root/../shared/icdar2013}
shift || true
bin=${REPORTCONV:-$root/.build/release/reportconv}
[[ -f "$data/score.py" && -d "$data/docs" ]] || { echo "no ICDAR-2013 benchmark at $data (want score.py and docs/)" >&2; exit 2; }
[[ -x "$bin" ]] || { echo "no reportconv binary at $bin (swift build -c release)" >&2; exit 2; }
out=${OUT:-$(mktemp -d)}
mkdir -p "$out"
# One process per file, two at a time; a file that fails to convert scores as no tables found.
ls "$data"/docs/*.pdf | xargs -P 2 -I{} sh -c \
    '"$0" convert "$1" --to json > "$2/$(basename "$1").json" 2>/dev/null || true' "$bin" {} "$out"
python3 "$data/score.py" "$out" "$@"
