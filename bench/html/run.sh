#!/usr/bin/env bash
# HTML speed: reportconv (release build; parse + interpret + JSON export) against
# `pandoc -f html -t json` (parse only) on the same pages, measured with hyperfine.
#
#   bench/html/run.sh [ROUNDS] [COUNT]     (defaults: 5 rounds, 350 pages)
#
# Corpus (bench/html/make-corpus.py): the repository's HTML samples repeated to COUNT files,
# plus one ~200 KB page. Four commands: all COUNT pages through each tool, and the 200 KB page
# through each. reportconv converts a folder in one process on all cores; pandoc gets one process
# per page, run by `xargs -P $(nproc)` so it may use as many cores. Each round runs every command
# in one hyperfine call, and the rounds repeat, so the tools alternate under the same machine
# load; the summary pools all rounds. Results land in $WORK/results.json and are printed as a
# Markdown table (paste it into bench/html/RESULTS.md).
set -euo pipefail
cd "$(dirname "$0")/../.."

rounds=${1:-5}
count=${2:-350}
work=${BENCH_WORK:-/tmp/reportconv-bench-html}
cores=$(nproc)

command -v hyperfine >/dev/null || { echo "error: hyperfine is not installed" >&2; exit 2; }
command -v pandoc >/dev/null || { echo "error: pandoc is not installed" >&2; exit 2; }

swift build -c release --product reportconv >&2
bin=$(swift build -c release --show-bin-path)/reportconv
python3 bench/html/make-corpus.py "$work" "$count" >&2

# Both tools must accept every page before they are timed.
"$bin" convert "$work/corpus" "$work/big.html" --to json --out "$work/check" >&2
for f in "$work"/corpus/*.html "$work/big.html"; do pandoc -f html -t json "$f" -o /dev/null; done

rc_all="$bin convert $work/corpus --to json --out $work/out-rc"
pd_all="find $work/corpus -name '*.html' -print0 | xargs -0 -P $cores -n 1 sh -c 'pandoc -f html -t json \"\$0\" -o /dev/null'"
rc_big="$bin convert $work/big.html --to json --out $work/out-big"
pd_big="pandoc -f html -t json $work/big.html -o /dev/null"

for round in $(seq 1 "$rounds"); do
  echo "round $round of $rounds" >&2
  hyperfine --warmup 1 --runs 3 --style basic --export-json "$work/round-$round.json" \
    -n "reportconv $count pages" "$rc_all" \
    -n "pandoc $count pages" "$pd_all" \
    -n "reportconv 200 KB page" "$rc_big" \
    -n "pandoc 200 KB page" "$pd_big" >&2
done

python3 - "$work" "$rounds" "$count" "$cores" <<'PY'
import json, statistics, sys
work, rounds, count, cores = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
times = {}
for r in range(1, rounds + 1):
    for result in json.load(open(f"{work}/round-{r}.json"))["results"]:
        times.setdefault(result["command"], []).extend(result["times"])
json.dump(times, open(f"{work}/results.json", "w"), indent=1)
def row(name, docs):
    t = times[name]
    mean, sd = statistics.mean(t), statistics.stdev(t) if len(t) > 1 else 0.0
    return mean, sd, docs / mean
print(f"| command | runs | mean ± sd (s) | documents/s |")
print(f"|---|---|---|---|")
summary = {}
for name, docs in [(f"reportconv {count} pages", count), (f"pandoc {count} pages", count),
                   ("reportconv 200 KB page", 1), ("pandoc 200 KB page", 1)]:
    mean, sd, rate = row(name, docs)
    summary[name] = rate
    print(f"| {name} | {len(times[name])} | {mean:.3f} ± {sd:.3f} | {rate:.1f} |")
print()
print(f"reportconv / pandoc, {count} pages: {summary[f'reportconv {count} pages'] / summary[f'pandoc {count} pages']:.1f}x documents per second")
print(f"reportconv / pandoc, 200 KB page: {summary['reportconv 200 KB page'] / summary['pandoc 200 KB page']:.1f}x")
PY
