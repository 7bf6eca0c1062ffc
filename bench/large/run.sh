#!/usr/bin/env bash
# Cost against size: text and one-line HTML reports of 1, 10 and 100 MB through the release
# build, one process each: CPU time (user + system), wall time and peak memory (GNU time), and the
# slope of CPU time against size on a log-log scale (1.0 is linear). CPU time, because the wall
# time of a shared machine says more about the neighbours than about the program.
#
#   bench/large/run.sh [SIZE_MB...]      (default: 1 10 100)
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1 10 100)
work=${BENCH_WORK:-/tmp/reportconv-bench-large}

source bench/release-binary.sh
python3 bench/large/make-inputs.py "$work" "${sizes[@]}"

results=$work/results.tsv
: > "$results"
for kind in text html; do
  for mb in "${sizes[@]}"; do
    ext=$([ $kind = text ] && echo txt || echo html)
    file=$work/$kind-$mb.$ext
    /usr/bin/time -f "%U %S %e %M" -o "$work/time" "$bin" convert "$file" --to json > /dev/null || true
    read -r user system wall kb < "$work/time"
    echo -e "$kind\t$mb\t$(python3 -c "print(round($user + $system, 2))")\t$wall\t$kb" | tee -a "$results"
  done
done
python3 - "$results" <<'PY'
import math, sys
rows = [l.split("\t") for l in open(sys.argv[1]).read().split("\n") if l]
print("| input | size | CPU time | wall time | peak memory |")
print("|---|---|---|---|---|")
for kind, mb, cpu, wall, kb in rows:
    print(f"| {kind} | {mb} MB | {float(cpu):.2f} s | {float(wall):.2f} s | {int(kb) // 1024} MB |")
for kind in ("text", "html"):
    pts = [(math.log(float(mb)), math.log(max(float(cpu), 0.01))) for k, mb, cpu, wall, kb in rows if k == kind]
    if len(pts) >= 2:
        n = len(pts); mx = sum(x for x, _ in pts) / n; my = sum(y for _, y in pts) / n
        slope = sum((x - mx) * (y - my) for x, y in pts) / sum((x - mx) ** 2 for x, _ in pts)
        print(f"\n{kind}: CPU time grows as size^{slope:.2f}")
PY
