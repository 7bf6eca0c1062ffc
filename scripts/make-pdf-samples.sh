#!/usr/bin/env bash
# Regenerates the PDF samples committed under Samples/ (tests read the committed PDFs and need
# none of these tools). Needs: LibreOffice (soffice), fonts-noto-cjk, chromium, poppler-utils
# (pdftoppm) and qpdf.
#
#   Samples/<seed>.pdf                   each seed's HTML twin printed by chromium
#   Samples/extra/multipage-project.pdf  flat ODT: running header, page-number footer, tables
#                                        crossing page breaks (repeated header, merged cells)
#   Samples/extra/landscape-form.pdf     flat ODT: one landscape 自评表 page, "第 N 页 共 M 页"
#   Samples/extra/browser-printed.pdf    chromium: borders drawn as filled rectangles, thead
#                                        repeated on the next page
#   Samples/scans/partly-scanned.pdf     chromium: two text pages and an image-only third page
#   Samples/extra/meta-wrapped-title.pdf chromium: a title cut mid-word, goals wrapped in narrow cells
#   Tests/Fixtures/scanned-form.pdf       chromium: the landscape form as an image only
#   Samples/extra/encrypted-open.pdf     qpdf: encrypted with an empty user password
#   Tests/Fixtures/encrypted-password.pdf qpdf: needs the user password 'secret'
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A private LibreOffice profile: no clash with a running instance, no state carried over.
office=(soffice "-env:UserInstallation=file://$work/profile" --headless)
# --no-pdf-header-footer: chromium prints no date, title, URL or page number of its own.
print_pdf() { chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$2" "$1" 2>/dev/null; }

mkdir -p Samples/extra
# The seed twins are scraped pages laid out 1000 px wide: LibreOffice's HTML import keeps that
# width and cuts the right-hand columns off at the page edge, while chromium shrinks the page to
# fit, as a person printing it would. Each is printed through the print stylesheet its site would
# serve (scripts/pdf-sources/seed-print.css: menus, search, share buttons, related links and
# footers hidden), linked into a copy of the twin: the twins stay as scraped, since they are the
# HTML plugin's samples. The link goes right after <head> (every twin has one); sed works on
# bytes, so the GB2312 twin is left intact.
css="file://$PWD/scripts/pdf-sources/seed-print.css"
for html in Samples/[0-9][0-9][0-9]_*.html; do
    name=$(basename "${html%.html}")
    grep -qi '<head>' "$html" || { echo "error: $html has no <head> to link the print stylesheet into" >&2; exit 1; }
    LC_ALL=C sed "0,/<head>/I s|<head>|&<link rel=\"stylesheet\" media=\"print\" href=\"$css\">|I" \
        "$html" >"$work/$name.html"
    print_pdf "$work/$name.html" "Samples/$name.pdf"
done
for fodt in scripts/pdf-sources/*.fodt; do
    "${office[@]}" --convert-to pdf:writer_pdf_Export --outdir Samples/extra "$fodt" >/dev/null
done
print_pdf scripts/pdf-sources/browser-printed.html Samples/extra/browser-printed.pdf
print_pdf scripts/pdf-sources/meta-wrapped-title.html Samples/extra/meta-wrapped-title.pdf

# Image-only pages: a rendering of the landscape form, embedded as a picture.
pdftoppm -r 110 -png -singlefile Samples/extra/landscape-form.pdf "$work/scan"
cp scripts/pdf-sources/scanned.html scripts/pdf-sources/partly-scanned.html "$work/"
print_pdf "$work/scanned.html" Tests/Fixtures/scanned-form.pdf
print_pdf "$work/partly-scanned.html" Samples/scans/partly-scanned.pdf

qpdf --encrypt "" owner-pass 256 -- Samples/extra/landscape-form.pdf Samples/extra/encrypted-open.pdf
qpdf --encrypt secret owner-pass 256 -- Samples/extra/landscape-form.pdf Tests/Fixtures/encrypted-password.pdf
ls -l Samples/*.pdf Samples/extra/*.pdf
