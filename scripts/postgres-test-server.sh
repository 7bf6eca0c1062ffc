#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on loopback for the archive tests, and stops it.
#   eval "$(scripts/postgres-test-server.sh start)"   sets REPORTCONV_TEST_POSTGRES and PGTEST_DIR
#   scripts/postgres-test-server.sh stop "$PGTEST_DIR"
# The cluster lives in a temporary folder on a free port, owned by the postgres user when run as
# root (initdb refuses root), and is deleted on stop.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "error: PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

case "${1:-}" in
start)
  dir=$(mktemp -d /tmp/reportconv-pg.XXXXXX)
  chmod 755 "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  as_owner "'$bin/initdb' -D '$dir/data' -U postgres -A trust -E UTF8 --locale=C.UTF-8" >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c max_connections=60 -c fsync=off\" start" >&2 \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "export PGTEST_DIR='$dir' REPORTCONV_TEST_POSTGRES='postgres://postgres@127.0.0.1:$port/postgres'"
  ;;
stop)
  dir=${2:?usage: stop DIR}
  as_owner "'$bin/pg_ctl' -D '$dir/data' -m fast -w stop" >/dev/null 2>&1 || true
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start | stop DIR" >&2
  exit 2
  ;;
esac
