#!/usr/bin/env bash
# Regenerates Samples/family-browser-copy/: the family web pages (Samples/family-html), the seed
# pages and the extra web samples as the text a user gets by selecting all of a page in a
# browser and copying it (Chromium's innerText),
# and their gold in Tests/Eval/family-browser-copy-gold/ (tests read the committed text and need
# none of these tools). Needs chromium.
#
# Tables come out a row a line, cells between tabs, the cells merged cells cover left out (so
# rows are ragged), empty trailing cells kept; where cells hold paragraphs (Word's pages), each
# cell's text and the tab between cells stand on lines of their own, rows a run of blank lines
# apart. Each copy's gold is the page's, renamed.
set -euo pipefail
cd "$(dirname "$0")/.."
out=Samples/family-browser-copy
gold=Tests/Eval/family-browser-copy-gold
mkdir -p "$out" "$gold"
scripts/browser-inner-text.py Samples/family-html/*.html Samples/*.html Samples/extra/*.html "$out"
how="selected and copied in a browser (Chromium's innerText, scripts/make-browser-copy-samples.sh)."
for page in Samples/family-html/*.html; do
    name=$(basename "$page" .html)
    scripts/copy-gold.py "Tests/Eval/family-html-gold/$name.html.json" "$name.txt" "$page $how" "$gold"
done
# The seeds' gold is one per document, whatever its format.
for page in Samples/*.html; do
    name=$(basename "$page" .html)
    scripts/copy-gold.py "Tests/Eval/seeds-gold/$name.txt.json" "$name.txt" "$page $how" "$gold"
done
for page in Samples/extra/*.html; do
    name=$(basename "$page" .html)
    scripts/copy-gold.py "Tests/Eval/extra-gold/$name.html.json" "$name.txt" "$page $how" "$gold"
done
ls "$out" | wc -l
