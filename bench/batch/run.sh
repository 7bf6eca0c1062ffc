#!/usr/bin/env bash
# Batch throughput and memory: a mixed batch (bench/batch/make-corpus.py: the text, HTML and PDF
# samples repeated, each copy distinct) converted to JSON + CSV by the release build, with
# --jobs 1 and --jobs 2, timed by hyperfine; peak memory by GNU time (%M: the largest resident
# set of any one process, the parent or a worker). 10 files and COUNT files are both measured,
# so a peak that grew with the batch would show.
#
#   bench/batch/run.sh [COUNT] [RUNS]     (defaults: 2000 files, 2 runs each)
#
# Prints a Markdown table (paste it into bench/batch/RESULTS.md).
set -euo pipefail
cd "$(dirname "$0")/../.."

count=${1:-2000}
runs=${2:-2}
work=${BENCH_WORK:-/tmp/reportconv-bench-batch}
command -v hyperfine >/dev/null || { echo "error: hyperfine is not installed" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "error: GNU time (/usr/bin/time) is not installed" >&2; exit 2; }

swift build -c release --static-swift-stdlib --product reportconv >&2
bin=$(swift build -c release --static-swift-stdlib --show-bin-path)/reportconv
mkdir -p "$work"
python3 bench/batch/make-corpus.py "$work/small" 10
python3 bench/batch/make-corpus.py "$work/large" "$count"

echo "| files | --jobs | wall s (mean of $runs) | files/s | speed-up | peak RSS MB |"
echo "|---|---|---|---|---|---|"
for set in small large; do
  n=$(find "$work/$set" -type f | wc -l)
  base=""
  for jobs in 1 2; do
    cmd="$bin convert $work/$set -t json -t csv -o $work/out --jobs $jobs --quiet"
    hyperfine --runs "$runs" --prepare "rm -rf $work/out" --style none --export-json "$work/h.json" -i "$cmd" >&2
    mean=$(python3 -c "import json;print(json.load(open('$work/h.json'))['results'][0]['mean'])")
    rm -rf "$work/out"
    peak=$(/usr/bin/time -f %M -o "$work/peak" $cmd >/dev/null 2>&1; cat "$work/peak" | tail -1)
    rm -rf "$work/out"
    [ -z "$base" ] && base=$mean
    python3 -c "
n=$n; m=$mean; b=$base; p=int('$peak')
print('| %d | $jobs | %.1f | %.1f | %.2fx | %.0f |' % (n, m, n / m, b / m, p / 1024))"
  done
done
