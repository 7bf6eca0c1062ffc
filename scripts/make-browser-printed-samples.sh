#!/usr/bin/env bash
# Regenerates the four browser-printed forms in Samples/extra/ and their gold in
# Tests/Eval/extra-gold/ (tests read the committed PDFs and need none of these tools). Needs
# chromium and fonts-noto-cjk.
#
# Each is a page of the family corpus as web pages (Samples/family-html, written by
# scripts/make-family-html-samples.py) printed by chromium, as a person saving the page as PDF
# would. Their gold is the page's, renamed. They hold what printed web forms do to ruled tables:
#
#   browser-printed-form-three-pages.pdf  Word's markup; the form runs over three pages, so every
#       column border of the middle page is open at both ends; a 二级指标 cut before 标 by the
#       page break; the site's 信息公开 box as a borderless table
#   browser-printed-tight-cells.pdf       an editor's <table border=1>: a pixel of padding, so
#       the header cells' texts nearly meet across their borders; merged cells written once with
#       empty cells below; the article inside a layout table
#   browser-printed-repeated-levels.pdf   level labels repeated in every row of narrow columns,
#       the form split into two tables before its indicator block
#   browser-printed-split-tables.pdf      merged cells as rowspan, two tables, <th> headers
set -euo pipefail
cd "$(dirname "$0")/.."
print_pdf() { chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$2" "file://$PWD/$1" 2>/dev/null; }
while read -r page name; do
    print_pdf "Samples/family-html/$page.html" "Samples/extra/$name.pdf"
    scripts/copy-gold.py "Tests/Eval/family-html-gold/$page.html.json" "$name.pdf" \
        "Samples/family-html/$page.html printed by chromium (scripts/make-browser-printed-samples.sh)."
done <<'LIST'
transfer-cell-per-line-1 browser-printed-form-three-pages
project-pipe-split-columns-1 browser-printed-tight-cells
project-layout-spilled-2 browser-printed-repeated-levels
project-one-line-rows-split-columns-5 browser-printed-split-tables
LIST
ls -l Samples/extra/browser-printed-*.pdf
