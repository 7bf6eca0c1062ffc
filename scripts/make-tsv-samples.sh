#!/usr/bin/env bash
# Regenerates Samples/family-tsv/: the family spreadsheets (Samples/family-xlsx) as the
# tab-separated text a user gets by copying a sheet out of Excel or saving it as "Text (tab
# delimited)", and their gold in Tests/Eval/family-tsv-gold/ (tests read the committed text and
# need none of these tools). Needs LibreOffice Calc (libreoffice-calc-nogui).
#
# One line a row, cells between tabs, an empty cell (under a merged label, a result left blank)
# kept as nothing between two tabs, a cell holding line breaks quoted with its quotes doubled.
# LibreOffice writes every row as wide as the sheet; some writers leave a row's trailing empty
# cells out, so every second document has its lines' trailing tabs taken off. Each copy's gold is
# the spreadsheet's, renamed.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=Samples/family-tsv
gold=Tests/Eval/family-tsv-gold
mkdir -p "$out" "$gold"
# Field separator tab (9), text delimiter " (34), UTF-8 (76), from row 1, quotes only where a
# cell needs them, cells as shown.
soffice --headless --convert-to 'txt:Text - txt - csv (StarCalc):9,34,76,1,,0,false,true,true' \
    --outdir "$work" Samples/family-xlsx/*.xlsx >/dev/null 2>&1
n=0
for sheet in Samples/family-xlsx/*.xlsx; do
    page=$(basename "$sheet" .xlsx)
    if [ $((n % 2)) = 0 ]; then
        cp "$work/$page.txt" "$out/$page.txt"
        how="copied as tab-separated text, every row as wide as the sheet"
    else
        sed 's/\t*$//' "$work/$page.txt" > "$out/$page.txt"
        how="copied as tab-separated text by a writer that leaves a row's trailing empty cells out"
    fi
    scripts/copy-gold.py "Tests/Eval/family-xlsx-gold/$page.xlsx.json" "$page.txt" \
        "Samples/family-xlsx/$page.xlsx $how (LibreOffice Calc, scripts/make-tsv-samples.sh)." "$gold"
    n=$((n + 1))
done
ls "$out" | wc -l
