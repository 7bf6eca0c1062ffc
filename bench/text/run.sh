#!/usr/bin/env bash
# Text speed: reportconv on plain-text reports (parse + interpret + JSON export), measured with
# hyperfine. There is no other tool that does the same job on text, so the comparison is between
# two reportconv builds: BASE_BIN (e.g. main's release binary, copied aside before a change) and
# this tree's release build, run in the same hyperfine calls so both see the same machine load.
#
#   BASE_BIN=/path/to/old/reportconv bench/text/run.sh [ROUNDS] [COUNT]   (defaults: 3 rounds, 350 files)
#   REPORTCONV_BIN=/path/to/reportconv ...   times that binary instead of building this tree
#
# Corpus (bench/text/make-corpus.py): the text samples repeated to COUNT files, and one ~200 KB
# report holding a 300-row indicator form in three text shapes. Without BASE_BIN only this tree's
# build is timed.
set -euo pipefail
cd "$(dirname "$0")/../.."

rounds=${1:-3}
count=${2:-350}
work=${BENCH_WORK:-/tmp/reportconv-bench-text}

command -v hyperfine >/dev/null || { echo "error: hyperfine is not installed" >&2; exit 2; }

source bench/release-binary.sh
python3 bench/text/make-corpus.py "$work" "$count" >&2

cmds=(-n "new $count files" "$bin convert $work/corpus --to json --out $work/out-new --force"
      -n "new 200 KB report" "$bin convert $work/big.txt --to json --out $work/out-new-big --force")
if [ -n "${BASE_BIN:-}" ]; then
  # Builds older than the batch engine have no --force (and overwrite without it).
  force=--force
  "$BASE_BIN" convert --help 2>&1 | grep -q -- --force || force=
  cmds+=(-n "base $count files" "$BASE_BIN convert $work/corpus --to json --out $work/out-base $force"
         -n "base 200 KB report" "$BASE_BIN convert $work/big.txt --to json --out $work/out-base-big $force")
fi
for round in $(seq 1 "$rounds"); do
  echo "round $round of $rounds" >&2
  hyperfine --warmup 1 --runs 3 --style basic --export-json "$work/round-$round.json" "${cmds[@]}" >&2
done

python3 - "$work" "$rounds" "$count" <<'PY'
import json, statistics, sys
work, rounds, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
times, cpu, user, system = {}, {}, {}, {}
for r in range(1, rounds + 1):
    for result in json.load(open(f"{work}/round-{r}.json"))["results"]:
        times.setdefault(result["command"], []).extend(result["times"])
        cpu.setdefault(result["command"], []).append(result["user"] + result["system"])
        # Kept apart too: the batch engine's per-file records cost kernel time that builds
        # older than it (BASE_BIN) did not spend, while the reading itself is user time.
        user.setdefault(result["command"], []).append(result["user"])
        system.setdefault(result["command"], []).append(result["system"])
print("| command | runs | wall mean ± sd (s) | documents/s (wall) | CPU s per run (user+sys) | user s | sys s |")
print("|---|---|---|---|---|---|---|")
for name, t in times.items():
    docs = count if "files" in name else 1
    sd = statistics.stdev(t) if len(t) > 1 else 0.0
    print(f"| {name} | {len(t)} | {statistics.mean(t):.3f} ± {sd:.3f} | {docs / statistics.mean(t):.1f} | {statistics.mean(cpu[name]):.3f} | {statistics.mean(user[name]):.3f} | {statistics.mean(system[name]):.3f} |")
PY
