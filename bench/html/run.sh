#!/usr/bin/env bash
# HTML speed: reportconv (release build; parse + interpret + JSON export) against
# `pandoc -f html -t json` (parse only) on the same pages, measured with hyperfine.
#
#   bench/html/run.sh [ROUNDS] [COUNT]     (defaults: 5 rounds, 350 pages)
#   BASE_BIN=/path/to/old/reportconv bench/html/run.sh ...   also times an older build, in the
#   same hyperfine calls (a change's before and after under the same load)
#   REPORTCONV_BIN=/path/to/reportconv ...   times that binary instead of building this tree
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

source bench/release-binary.sh
python3 bench/html/make-corpus.py "$work" "$count" >&2

# Both tools must accept every page before they are timed.
"$bin" convert "$work/corpus" "$work/big.html" --to json --out "$work/check" >&2
for f in "$work"/corpus/*.html "$work/big.html"; do pandoc -f html -t json "$f" -o /dev/null; done

rc_all="$bin convert $work/corpus --to json --out $work/out-rc --force"
pd_all="find $work/corpus -name '*.html' -print0 | xargs -0 -P $cores -n 1 sh -c 'pandoc -f html -t json \"\$0\" -o /dev/null'"
rc_big="$bin convert $work/big.html --to json --out $work/out-big --force"
pd_big="pandoc -f html -t json $work/big.html -o /dev/null"
base=()
if [ -n "${BASE_BIN:-}" ]; then
  # Builds older than the batch engine have no --force (and overwrite without it).
  force=--force
  "$BASE_BIN" convert --help 2>&1 | grep -q -- --force || force=
  base=(-n "base $count pages" "$BASE_BIN convert $work/corpus --to json --out $work/out-base $force"
        -n "base 200 KB page" "$BASE_BIN convert $work/big.html --to json --out $work/out-base-big $force")
fi

for round in $(seq 1 "$rounds"); do
  echo "round $round of $rounds" >&2
  hyperfine --warmup 1 --runs 3 --style basic --export-json "$work/round-$round.json" \
    -n "reportconv $count pages" "$rc_all" \
    -n "pandoc $count pages" "$pd_all" \
    -n "reportconv 200 KB page" "$rc_big" \
    -n "pandoc 200 KB page" "$pd_big" "${base[@]}" >&2
done

python3 - "$work" "$rounds" "$count" "$cores" <<'PY'
import json, statistics, sys
work, rounds, count, cores = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
times, cpu, user, system = {}, {}, {}, {}
for r in range(1, rounds + 1):
    for result in json.load(open(f"{work}/round-{r}.json"))["results"]:
        times.setdefault(result["command"], []).extend(result["times"])
        # hyperfine reports user and system time as means over the round's runs. They are kept
        # apart too: the batch engine's per-file records cost kernel time that older builds
        # (BASE_BIN) did not spend, while the reading itself is user time.
        cpu.setdefault(result["command"], []).append(result["user"] + result["system"])
        user.setdefault(result["command"], []).append(result["user"])
        system.setdefault(result["command"], []).append(result["system"])
json.dump({"wall": times, "cpu": cpu}, open(f"{work}/results.json", "w"), indent=1)
names = [(f"reportconv {count} pages", count), (f"pandoc {count} pages", count),
         ("reportconv 200 KB page", 1), ("pandoc 200 KB page", 1)]
names += [(f"base {count} pages", count), ("base 200 KB page", 1)] if f"base {count} pages" in times else []
print("| command | runs | wall mean ± sd (s) | documents/s (wall) | CPU s per run (user+sys) | user s | sys s | documents per CPU-second |")
print("|---|---|---|---|---|---|---|---|")
rate, cpu_rate = {}, {}
for name, docs in names:
    t = times[name]
    mean, sd = statistics.mean(t), statistics.stdev(t) if len(t) > 1 else 0.0
    c = statistics.mean(cpu[name])
    rate[name], cpu_rate[name] = docs / mean, docs / c
    u, k = statistics.mean(user[name]), statistics.mean(system[name])
    print(f"| {name} | {len(t)} | {mean:.3f} ± {sd:.3f} | {rate[name]:.1f} | {c:.3f} | {u:.3f} | {k:.3f} | {cpu_rate[name]:.1f} |")
print()
for label, a, b in [(f"{count} pages", f"reportconv {count} pages", f"pandoc {count} pages"),
                    ("200 KB page", "reportconv 200 KB page", "pandoc 200 KB page")]:
    print(f"reportconv / pandoc, {label}: {rate[a] / rate[b]:.1f}x documents per second (wall), "
          f"{cpu_rate[a] / cpu_rate[b]:.1f}x documents per CPU-second")
PY
