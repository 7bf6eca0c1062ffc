#!/usr/bin/env bash
# Regenerates the four PDF samples of ruled-table shapes other producers make (tests read the
# committed PDFs and need none of these tools). Needs LibreOffice (soffice), fonts-noto-cjk and
# python3. The forms are written by scripts/pdf-sources/table-samples.py (all content invented):
#
#   Samples/extra/shaded-header-form.pdf      WPS-style: header cells filled grey; a target that
#                                             wraps inside its narrow cell (≥850 over 人次)
#   Samples/extra/stacked-amounts-form.pdf    cells holding two amounts stacked (本年 over 上年)
#   Samples/extra/rotated-landscape-form.pdf  a landscape form lying sideways on a portrait page
#                                             (rotated text matrices, no /Rotate)
#   Tests/Fixtures/rotate90-landscape-form.pdf the same, shown upright by the page's /Rotate 90
#   Samples/extra/white-rules-form.pdf        white rules on a grey ground
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
office=(soffice "-env:UserInstallation=file://$work/profile" --headless)
python3 scripts/pdf-sources/table-samples.py fodt "$work"
for name in shaded-header-form stacked-amounts-form white-rules-form rotated-landscape-form; do
    "${office[@]}" --convert-to pdf:writer_pdf_Export --outdir "$work" "$work/$name.fodt" >/dev/null 2>&1
done
cp "$work"/{shaded-header,stacked-amounts,white-rules}-form.pdf Samples/extra/
python3 scripts/pdf-sources/table-samples.py rotate "$work/rotated-landscape-form.pdf" Samples/extra/rotated-landscape-form.pdf 0
python3 scripts/pdf-sources/table-samples.py rotate "$work/rotated-landscape-form.pdf" Tests/Fixtures/rotate90-landscape-form.pdf 90
ls -l Samples/extra/{shaded-header,stacked-amounts,rotated-landscape,white-rules}-form.pdf Tests/Fixtures/rotate90-landscape-form.pdf
