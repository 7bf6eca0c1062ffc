#!/usr/bin/env bash
# Batch throughput and memory: a mixed batch (bench/batch/make-corpus.py: the text, HTML and PDF
# samples repeated, each copy distinct) converted to JSON + CSV by the release build, with
# --jobs 1 and --jobs 2, timed by hyperfine; peak memory by GNU time (%M: the largest resident
# set of any one process, the parent or a worker). 10 files and COUNT files are both measured,
# so a peak that grew with the batch would show.
#
#   bench/batch/run.sh [COUNT] [RUNS]     (defaults: 2000 files, 1 run each)
#
# Prints a Markdown table (paste it into bench/batch/RESULTS.md).
set -euo pipefail
cd "$(dirname "$0")/../.."

count=${1:-2000}
runs=${2:-1}
work=${BENCH_WORK:-/tmp/reportconv-bench-batch}
command -v hyperfine >/dev/null || { echo "error: hyperfine is not installed" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "error: GNU time (/usr/bin/time) is not installed" >&2; exit 2; }

if [ -n "${BENCH_BIN:-}" ]; then
  bin=$BENCH_BIN   # a release build made elsewhere
else
  swift build -c release --static-swift-stdlib --product reportconv >&2
  bin=$(swift build -c release --static-swift-stdlib --show-bin-path)/reportconv
fi
mkdir -p "$work"
python3 bench/batch/make-corpus.py "$work/small" 10
python3 bench/batch/make-corpus.py "$work/large" "$count"

# Each setting runs once, under hyperfine (wall time), inside GNU time (%M: the largest resident
# set of any one process, the parent or a worker), while a watcher reads the parent's own peak
# (VmHWM) from /proc: the parent is what would grow if the engine held reports until the end.
watch_parent() {   # pattern → prints the last VmHWM in kB of the process whose command line matches
  local pid="" hwm=0 v
  for _ in $(seq 1 100); do pid=$(pgrep -f -- "$1" | head -1 || true); [ -n "$pid" ] && break; sleep 0.1; done
  while [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; do
    v=$(awk '/VmHWM/{print $2}' "/proc/$pid/status" 2>/dev/null || true)
    [ -n "$v" ] && hwm=$v
    sleep 0.2
  done
  echo "$hwm"
}

echo "| files | --jobs | wall s (mean of $runs) | files/s | speed-up | peak RSS, largest process MB | peak RSS, parent MB |"
echo "|---|---|---|---|---|---|---|"
for set in small large; do
  n=$(find "$work/$set" -type f | wc -l)
  base=""
  for jobs in 1 2; do
    cmd="$bin convert $work/$set -t json -t csv -o $work/out --jobs $jobs --quiet"
    watch_parent "^$bin convert $work/$set " > "$work/parent" &
    watcher=$!
    hyperfine --runs "$runs" --prepare "rm -rf $work/out" --style none --export-json "$work/h.json" -i \
      "/usr/bin/time -f %M -o $work/peak $cmd" >&2
    wait "$watcher"
    mean=$(python3 -c "import json;print(json.load(open('$work/h.json'))['results'][0]['mean'])")
    peak=$(tail -1 "$work/peak")
    parent=$(cat "$work/parent")
    rm -rf "$work/out"
    [ -z "$base" ] && base=$mean
    python3 -c "
n=$n; m=$mean; b=$base; p=int('$peak'); q=int('$parent')
print('| %d | $jobs | %.1f | %.1f | %.2fx | %.0f | %.0f |' % (n, m, n / m, b / m, p / 1024, q / 1024))"
  done
done
