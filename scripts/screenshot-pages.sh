#!/usr/bin/env bash
# Screenshots of `reportconv serve`'s pages for docs/ and the README: an archive of 200 varied
# copies of the samples (bench/serve/make-corpus.py) plus the first seed, served on a free
# loopback port, each page taken by headless Chromium.
#
#   scripts/screenshot-pages.sh [BIN]      (default .build/debug/reportconv)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/debug/reportconv}
work=$(mktemp -d /tmp/reportconv-screens-XXXXXX)
server_pid=""
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"' EXIT

python3 bench/serve/make-corpus.py "$work/corpus" 200
cp Samples/000_e82f18c061ea3c91.txt Samples/000_e82f18c061ea3c91.html "$work/corpus/"
"$bin" archive add --quiet --db "$work/a.sqlite" "$work/corpus"
"$bin" serve --db "$work/a.sqlite" --port 0 >"$work/url" 2>/dev/null &
server_pid=$!
for _ in $(seq 100); do [ -s "$work/url" ] && break; sleep 0.1; done
url=$(head -1 "$work/url")

# The report with the most unmet indicators that carry a note.
id=$("$bin" archive sql --db "$work/a.sqlite" --format csv \
  "SELECT content_id FROM indicators WHERE met = 0 AND note IS NOT NULL GROUP BY content_id ORDER BY COUNT(*) DESC, content_id LIMIT 1" | tail -1 | tr -d '\r')
shoot() {
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/profile" \
    --window-size=1280,"$3" --screenshot="docs/$1" "$2" 2>/dev/null
  echo "docs/$1 ← $2"
}
mkdir -p docs
shoot serve-search.png "${url}?q=%E6%BB%A1%E6%84%8F%E5%BA%A6&year=2021" 1100
shoot serve-report.png "${url}report/$id" 2200
shoot serve-compare.png "${url}compare?funding=%E5%B9%B4%E5%BA%A6%E8%B5%84%E9%87%91%E6%80%BB%E9%A2%9D" 1300
