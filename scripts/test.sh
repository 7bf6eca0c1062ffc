#!/usr/bin/env bash
# Quick start 2: install what is missing and run all tests: the hand-checked score of the seed
# reports, the extra samples and the family corpus, each metric gated on its own
# (scripts/score-seeds.sh), the JSON Schema check, then the Swift test suites (golden files for
# every sample, unit tests), the archive's against a throwaway PostgreSQL server too.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
swift build
scripts/score-seeds.sh .build/debug/reportconv
scripts/check-schema.sh .build/debug/reportconv
# The archive suite runs against SQLite and against a throwaway PostgreSQL server on loopback.
pgenv=$(scripts/postgres-test-server.sh start)
eval "$pgenv"
# The suites' scratch folders (archives, served pages, CLI outputs) go in one folder of this
# run, removed at the end with the server, so runs leave nothing behind in /tmp.
# Open to every user as /tmp is (sticky): a test runs reportconv as another user in it.
scratch=$(mktemp -d /tmp/reportconv-tests.XXXXXX)
chmod 1777 "$scratch"
trap 'scripts/postgres-test-server.sh stop "$PGTEST_DIR"; rm -rf "$scratch"' EXIT
TMPDIR="$scratch" swift test
