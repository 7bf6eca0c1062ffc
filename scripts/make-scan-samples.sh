#!/usr/bin/env bash
# Makes the scanned samples under Samples/scans/ from committed born-digital PDF samples, as a
# county office's scanner would: every page rasterised (pdftoppm, grey), optionally turned a
# little askew (ImageMagick), and wrapped as image-only pages (img2pdf). The expected values of
# each scan are its twin's, written to Tests/Eval/scan-gold/ with the scan's file name.
# Needs: poppler-utils (pdftoppm, pdfseparate, pdfunite), img2pdf, imagemagick, python3.
#
#   002_…-300dpi.pdf, 002_…-150dpi.pdf  a short seed scanned at 300 and 150 dpi (fax grade)
#   multipage-project-300dpi.pdf       the LibreOffice A4 form at 300 dpi
#   003_…-300dpi-skewed.pdf            a longer seed at 300 dpi, each page turned 1.5°
#   004_…-partly-scanned.pdf           page 1 as born, the other pages scanned at 300 dpi
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p Samples/scans Tests/Eval/scan-gold

# scan TWIN OUT DPI [DEGREES]: every page of TWIN as an image at DPI, turned DEGREES clockwise.
scan() {
  local twin=$1 out=$2 dpi=$3 degrees=${4:-0}
  local pages="$work/$(basename "$out" .pdf)"
  mkdir -p "$pages"
  pdftoppm -gray -r "$dpi" -png "$twin" "$pages/p"
  if [ "$degrees" != 0 ]; then
    for png in "$pages"/p-*.png; do
      /usr/bin/convert "$png" -background white -rotate "$degrees" +repage -gravity center \
        -extent "$(identify -format '%wx%h' "$png")" "$png"
    done
  fi
  # --pagesize keeps the twin's page size; the image fills it at the scan's resolution.
  img2pdf --pagesize "$(pdfinfo "$twin" | awk '/^Page size/ {print $3 "ptx" $5 "pt"}')" \
    -o "$out" "$pages"/p-*.png
}

# gold TWIN_GOLD SCAN: the twin's expected values under the scan's name.
gold() {
  python3 - "$1" "$2" <<'PY'
import json, os, sys
twin, scan = sys.argv[1], sys.argv[2]
with open(twin, encoding="utf-8") as f:
    gold = json.load(f)
name = os.path.basename(scan)
gold.setdefault("source", {})
gold["source"]["file"] = name
gold["source"]["format"] = "pdf"
gold["_notes"] = "the expected values of %s, whose pages this scan shows" % os.path.basename(twin)
with open("Tests/Eval/scan-gold/%s.json" % name, "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)
    f.write("\n")
PY
}

# A short seed at both resolutions; a LibreOffice A4 form at 300 dpi.
for dpi in 300 150; do
  scan Samples/002_46cbd641e677e2d2.pdf "Samples/scans/002_46cbd641e677e2d2-${dpi}dpi.pdf" "$dpi"
  gold Tests/Eval/seeds-gold/002_46cbd641e677e2d2.txt.json "Samples/scans/002_46cbd641e677e2d2-${dpi}dpi.pdf"
done
scan Samples/extra/multipage-project.pdf Samples/scans/multipage-project-300dpi.pdf 300
gold Tests/Eval/extra-gold/multipage-project.pdf.json Samples/scans/multipage-project-300dpi.pdf

# Askew: the longer seed at 300 dpi, every page turned 1.5°.
scan Samples/003_5df99de71ad1aeeb.pdf Samples/scans/003_5df99de71ad1aeeb-300dpi-skewed.pdf 300 1.5
gold Tests/Eval/seeds-gold/003_5df99de71ad1aeeb.txt.json Samples/scans/003_5df99de71ad1aeeb-300dpi-skewed.pdf

# Partly scanned: the first page keeps its text layer, the rest are scans.
twin=Samples/004_78d1ee8d1c119a5d.pdf
pdfseparate -f 1 -l 1 "$twin" "$work/first.pdf"
pdfseparate -f 2 "$twin" "$work/rest-%d.pdf"
pdfunite $(ls "$work"/rest-*.pdf | sort -V) "$work/rest.pdf"
scan "$work/rest.pdf" "$work/rest-scanned.pdf" 300
pdfunite "$work/first.pdf" "$work/rest-scanned.pdf" Samples/scans/004_78d1ee8d1c119a5d-partly-scanned.pdf
gold Tests/Eval/seeds-gold/004_78d1ee8d1c119a5d.txt.json Samples/scans/004_78d1ee8d1c119a5d-partly-scanned.pdf

# Forms as an office prints them from Word and scans the paper: three of the word-processor
# PDFs (Samples/extra/word-printed-*.pdf) at 300 dpi, each holding ≥/≤ targets, numbered goals
# and figures beside % signs in ruled cells.
for name in word-printed-kept-comma word-printed-jogging-border word-printed-list-metadata; do
  scan "Samples/extra/$name.pdf" "Samples/scans/$name-scanned.pdf" 300
  gold "Tests/Eval/extra-gold/$name.pdf.json" "Samples/scans/$name-scanned.pdf"
done

ls -l Samples/scans
