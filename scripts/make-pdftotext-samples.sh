#!/usr/bin/env bash
# Regenerates Samples/family-pdftotext/: `pdftotext -layout` dumps of family forms printed to PDF,
# and their gold in Tests/Eval/family-pdftotext-gold/ (tests read the committed text and need none
# of these tools). Needs LibreOffice Writer and Calc (libreoffice-writer-nogui,
# libreoffice-calc-nogui), chromium, poppler-utils and fonts-noto-cjk.
#
# A plain-text copy of a form is often pdftotext's rendering of a printed Word file, spreadsheet or
# web page. Printed forms have narrow columns, so every cell wraps: the header's words
# (`一级指` / `标`), names and targets over several lines with the figures on one of them, level
# labels centred on their rows (`产出指` / `标`), figures cut (`51.3` / `8`). pdftotext gives each
# character one column, CJK too, and keeps a cell under its column but not the gaps between
# cells (`产出指 数量指标`). Each dump's gold is the family document's, renamed:
#
#   word-*     a family Word file (Samples/family-docx) saved as PDF by LibreOffice Writer: cells
#              set at the top, rows one after the other
#   excel-*    a family spreadsheet made to be printed (make-family-office-samples.py --printable)
#              saved as PDF by LibreOffice Calc: cells centred, blank lines between rows, the next
#              page printed at another scale
#   browser-*  a family web page (Samples/family-html) printed by chromium: cells one space apart
#
# `make-pdftotext-samples.sh raw` writes the same forms dumped by plain `pdftotext` (reading order,
# no -layout) to Samples/family-pdftotext-raw, gold in Tests/Eval/family-pdftotext-raw-gold: every
# cell's lines on lines of their own, a row's cells one after another or their first lines first
# (`年初预` / `全年预` / … / `算数` / `算数`), columns written one after another, figures cut (`2480.5`
# / `0`, `96.96` / `%`).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ "${1:-layout}" = raw ]; then
    out=Samples/family-pdftotext-raw
    gold=Tests/Eval/family-pdftotext-raw-gold
    how="pdftotext"
    dump() { pdftotext "$1" "$out/$2.txt"; }
else
    out=Samples/family-pdftotext
    gold=Tests/Eval/family-pdftotext-gold
    how="pdftotext -layout"
    dump() { pdftotext -layout "$1" "$out/$2.txt"; }
fi
mkdir -p "$out" "$gold"
while read -r page; do
    soffice --headless --convert-to pdf --outdir "$work" "Samples/family-docx/$page.docx" >/dev/null 2>&1
    dump "$work/$page.pdf" "word-$page"
    scripts/copy-gold.py "Tests/Eval/family-docx-gold/$page.docx.json" "word-$page.txt" \
        "Samples/family-docx/$page.docx saved as PDF by LibreOffice Writer, then $how (scripts/make-pdftotext-samples.sh)." "$gold"
done <<'LIST'
transfer-one-line-rows-1
project-pipe-split-columns-1
department-layout-page-break-1
transfer-pipe-split-header-2
project-cell-per-line-3
department-pipe-weights-total-3
LIST
python3 scripts/make-family-office-samples.py --printable "$work/printable"
while read -r page; do
    soffice --headless --convert-to pdf --outdir "$work" "$work/printable/$page.xlsx" >/dev/null 2>&1
    dump "$work/$page.pdf" "excel-$page"
    scripts/copy-gold.py "Tests/Eval/family-xlsx-gold/$page.xlsx.json" "excel-$page.txt" \
        "Samples/family-xlsx/$page.xlsx made to be printed (make-family-office-samples.py --printable), saved as PDF by LibreOffice Calc, then $how (scripts/make-pdftotext-samples.sh)." "$gold"
done <<'LIST'
transfer-one-line-rows-1
department-pipe-weights-total-3
project-pipe-split-header-3
department-layout-blank-level1-4
project-pipe-split-columns-1
LIST
while read -r page; do
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$work/$page.pdf" \
        "file://$PWD/Samples/family-html/$page.html" 2>/dev/null
    dump "$work/$page.pdf" "browser-$page"
    scripts/copy-gold.py "Tests/Eval/family-html-gold/$page.html.json" "browser-$page.txt" \
        "Samples/family-html/$page.html printed by chromium, then $how (scripts/make-pdftotext-samples.sh)." "$gold"
done <<'LIST'
transfer-cell-per-line-empty-bars-7
project-pipe-split-header-3
transfer-cell-per-line-2
project-pipe-split-columns-1
LIST
ls -l "$out"
