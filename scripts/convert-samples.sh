#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and convert everything in Samples/ into
# JSON, CSV and Markdown under out/samples/.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
# The Swift runtime linked in, so the binary runs on another Debian 12 machine with only the
# system libraries (libxml2, poppler-glib) installed.
swift build -c release --static-swift-stdlib
rm -rf out/samples
.build/release/reportconv convert Samples --to json --to csv --to md --out out/samples
echo "wrote $(find out/samples -type f -not -path '*/.reportconv/*' | wc -l) files to out/samples/" >&2
