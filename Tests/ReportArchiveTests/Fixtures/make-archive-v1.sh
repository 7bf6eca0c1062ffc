#!/usr/bin/env bash
# Remakes archive-v1.sqlite: an archive as the first archive version (migration v1-tables only,
# no search) left it, holding one report. It is made with the current build and then has what the
# second migration added (the search table and its record) removed, which is exactly the
# difference between the two versions. Committed, so the test opens a file that was not made by
# the code under test's own open path.
set -euo pipefail
cd "$(dirname "$0")/../../.."
bin=${1:-.build/debug/reportconv}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" archive add --db "$tmp/a.sqlite" Samples/000_e82f18c061ea3c91.txt
python3 - "$tmp/a.sqlite" <<'PY'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.execute("DROP TABLE search_text")
con.execute("DELETE FROM grdb_migrations WHERE identifier = 'v2-search'")
con.commit()
con.execute("PRAGMA journal_mode = DELETE")
con.execute("VACUUM")
con.close()
PY
cp "$tmp/a.sqlite" Tests/ReportArchiveTests/Fixtures/archive-v1.sqlite
