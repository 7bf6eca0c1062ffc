#!/usr/bin/env bash
# Archive speed and size: 10,000 reports (bench/archive/make-corpus.py) into a SQLite archive
# and into a PostgreSQL archive (a throwaway server on loopback, scripts/postgres-test-server.sh),
# with the release build. Prints reports/s, archive bytes per report, and the time (hyperfine,
# whole command including start-up) of three typical queries on each.
#
#   bench/archive/run.sh [COUNT]      (default 10000)
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-10000}
work=${BENCH_WORK:-/tmp/reportconv-bench-archive}
command -v hyperfine >/dev/null || { echo "error: hyperfine is not installed" >&2; exit 2; }

. bench/release-binary.sh
rm -rf "$work"; mkdir -p "$work"
python3 bench/archive/make-corpus.py "$work" "$count" >&2

pgenv=$(scripts/postgres-test-server.sh start)
eval "$pgenv"
trap 'scripts/postgres-test-server.sh stop "$PGTEST_DIR"' EXIT
psql -q "$REPORTCONV_TEST_POSTGRES" -c "CREATE DATABASE bench"
pg=${REPORTCONV_TEST_POSTGRES%/postgres}/bench
sqlite="$work/archive.sqlite"

q_indicators="SELECT r.issuer, i.name, i.target_raw, i.actual_raw FROM indicators i JOIN reports r ON r.content_id = i.content_id WHERE r.kind = 'department-evaluation' AND r.year = 2022"
q_funding="SELECT r.issuer, COUNT(*) AS rows, SUM(f.budget) AS budget, SUM(f.executed) AS executed FROM funding f JOIN reports r ON r.content_id = f.content_id GROUP BY r.issuer ORDER BY r.issuer"
search="满意度"

echo "| backend | reports | add time (s) | reports/s | bytes/report | indicators of one kind+year (ms) | funding by issuer (ms) | search '$search' (ms) |"
echo "|---|---|---|---|---|---|---|---|"
for backend in sqlite postgres; do
  db=$sqlite; [ "$backend" = postgres ] && db=$pg
  start=$(date +%s.%N)
  "$bin" archive add --quiet --db "$db" "$work/corpus" 2>"$work/add-$backend.log" || { tail -5 "$work/add-$backend.log" >&2; exit 1; }
  end=$(date +%s.%N)
  reports=$("$bin" archive sql --db "$db" --format csv "SELECT COUNT(*) FROM reports" | tail -1 | tr -d '\r')
  # Every copy is a distinct report (make-corpus.py); fewer means copies collapsed into one.
  [ "$reports" -eq "$count" ] || { echo "error: $count files gave $reports reports in $backend" >&2; exit 1; }
  if [ "$backend" = sqlite ]; then
    "$bin" archive sql --db "$db" "SELECT 1" >/dev/null  # checkpoint the WAL into the file
    bytes=$(stat -c %s "$sqlite")
  else
    bytes=$(psql -tA "$pg" -c "SELECT pg_database_size('bench')")
  fi
  hyperfine --warmup 1 --runs 5 --style none --export-json "$work/q-$backend.json" \
    "$bin archive sql --db '$db' --format csv \"$q_indicators\"" \
    "$bin archive sql --db '$db' --format csv \"$q_funding\"" \
    "$bin archive search --db '$db' --format csv $search" >/dev/null
  python3 - "$work/q-$backend.json" "$backend" "$reports" "$start" "$end" "$bytes" <<'PY'
import json, sys
path, backend, reports, start, end, size = sys.argv[1:]
times = [r["mean"] * 1000 for r in json.load(open(path))["results"]]
secs = float(end) - float(start)
n = int(reports)
print(f"| {backend} | {n} | {secs:.1f} | {n / secs:.0f} | {int(size) // n} | {times[0]:.0f} | {times[1]:.0f} | {times[2]:.0f} |")
PY
done
