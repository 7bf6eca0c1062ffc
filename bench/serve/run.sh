#!/usr/bin/env bash
# `reportconv serve` under load: COUNT different reports (bench/serve/make-corpus.py) archived in
# SQLite (and in PostgreSQL when BENCH_POSTGRES=1, a throwaway server on loopback), the release
# build serving them on loopback, and wrk (bounded: DURATION seconds per page, CONNECTIONS open)
# on a search page and a report page. Prints a Markdown table: requests/s, p50 and p95 latency.
#
#   bench/serve/run.sh [COUNT] [DURATION] [CONNECTIONS]      (defaults 10000 10 16)
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-10000}
duration=${2:-10}
connections=${3:-16}
work=${BENCH_WORK:-/tmp/reportconv-bench-serve}
command -v wrk >/dev/null || { echo "error: wrk is not installed (apt-get install wrk)" >&2; exit 2; }

. bench/release-binary.sh

if [ ! -f "$work/corpus.done" ] || [ "$(cat "$work/corpus.done")" != "$count" ]; then
  rm -rf "$work"; mkdir -p "$work"
  python3 bench/serve/make-corpus.py "$work/corpus" "$count"
  echo "$count" >"$work/corpus.done"
fi

server_pid=""
pgdir=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  [ -n "$pgdir" ] && scripts/postgres-test-server.sh stop "$pgdir"
  true
}
trap cleanup EXIT

backends=(sqlite)
if [ "${BENCH_POSTGRES:-0}" = 1 ]; then
  pgenv=$(scripts/postgres-test-server.sh start)
  eval "$pgenv"
  pgdir=$PGTEST_DIR
  psql -q "$REPORTCONV_TEST_POSTGRES" -c "CREATE DATABASE bench_serve"
  backends+=(postgres)
fi

echo "| backend | reports | page | requests/s | p50 (ms) | p95 (ms) | requests | errors |"
echo "|---|---|---|---|---|---|---|---|"
for backend in "${backends[@]}"; do
  db=$work/archive.sqlite
  [ "$backend" = postgres ] && db=${REPORTCONV_TEST_POSTGRES%/postgres}/bench_serve
  # The SQLite archive is kept between runs, marked with the corpus size it was made from.
  if [ "$backend" = postgres ] || [ "$(cat "$db.done" 2>/dev/null)" != "$count" ]; then
    [ "$backend" = sqlite ] && rm -f "$db" "$db-wal" "$db-shm"
    start=$(date +%s)
    "$bin" archive add --quiet --db "$db" "$work/corpus" 2>"$work/add-$backend.log" || { tail -5 "$work/add-$backend.log" >&2; exit 1; }
    echo "archived into $backend in $(( $(date +%s) - start )) s" >&2
    [ "$backend" = sqlite ] && echo "$count" >"$db.done"
  fi
  reports=$("$bin" archive sql --db "$db" --format csv "SELECT COUNT(*) FROM reports" | tail -1 | tr -d '\r')
  # A typical report: the one in the middle of the contentId order, and its indicator count.
  id=$("$bin" archive sql --db "$db" --format csv "SELECT content_id FROM reports ORDER BY content_id LIMIT 1 OFFSET $((reports / 2))" | tail -1 | tr -d '\r')

  "$bin" serve --db "$db" --port 0 >"$work/serve.out" 2>"$work/serve-$backend.log" &
  server_pid=$!
  for _ in $(seq 100); do [ -s "$work/serve.out" ] && break; sleep 0.1; done
  url=$(head -1 "$work/serve.out")
  [ -n "$url" ] || { echo "error: serve printed no URL" >&2; cat "$work/serve-$backend.log" >&2; exit 1; }

  # search: full text (trigram), with paging past the first page; a filter-only listing; one report.
  declare -A pages=(
    ["search 满意度, page 2"]="?q=%E6%BB%A1%E6%84%8F%E5%BA%A6&page=2"
    ["search 医保 (2 chars) + year"]="?q=%E5%8C%BB%E4%BF%9D&year=2022"
    ["report"]="report/$id"
  )
  for name in "search 满意度, page 2" "search 医保 (2 chars) + year" "report"; do
    target="${url}${pages[$name]}"
    curl -sf -o /dev/null "$target" || { echo "error: $target does not answer 200" >&2; exit 1; }
    line=$(wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s -s bench/serve/p95.lua "$target" | grep '^RESULT')
    rps=$(sed -E 's/.*rps=([0-9.]+).*/\1/' <<<"$line")
    p50=$(sed -E 's/.*p50_ms=([0-9.]+).*/\1/' <<<"$line")
    p95=$(sed -E 's/.*p95_ms=([0-9.]+).*/\1/' <<<"$line")
    n=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$line")
    errors=$(sed -E 's/.*errors=([0-9]+).*/\1/' <<<"$line")
    echo "| $backend | $reports | $name | $rps | $p50 | $p95 | $n | $errors |"
  done
  kill "$server_pid"; wait "$server_pid" || true; server_pid=""
done
