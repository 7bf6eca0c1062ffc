#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and convert everything in Samples/ into
# JSON, CSV and Markdown under out/samples/.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
swift build -c release
rm -rf out/samples
.build/release/reportconv convert Samples --to json --to csv --to md --out out/samples
echo "wrote $(find out/samples -type f | wc -l) files to out/samples/" >&2
