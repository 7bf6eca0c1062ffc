#!/usr/bin/env bash
# Quick start 2: install what is missing and run all tests: the hand-checked score of the seed
# reports (must reach 0.98 with every indicator row found), the family corpus's score (printed,
# not gated yet), then the Swift test suites (golden files for every sample, unit tests).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
swift build
scripts/score-seeds.sh .build/debug/reportconv
scripts/score-family.sh .build/debug/reportconv
scripts/check-schema.sh .build/debug/reportconv
# The archive suite runs against SQLite and against a throwaway PostgreSQL server on loopback.
pgenv=$(scripts/postgres-test-server.sh start)
eval "$pgenv"
trap 'scripts/postgres-test-server.sh stop "$PGTEST_DIR"' EXIT
swift test
