#!/usr/bin/env bash
# Writes the family documents' copies in Traditional characters (tests read the committed files
# and need none of these tools). Needs OpenCC's command-line tool (`apt-get install opencc`).
#
# A government site's 繁體 version of a page is the page converted character by character; these
# are two family documents converted so with OpenCC's s2t tables. Their gold is the Simplified
# document's: reportconv reads such a copy as the Simplified report it was made from.
#
#   Samples/extra/department-report-traditional.txt  a pdftotext dump of a department report
#       (prose, a form after a page break) in Traditional characters
#   Samples/extra/transfer-form-traditional.txt      a transfer form as a page's text, one cell
#       a line, in Traditional characters
set -euo pipefail
cd "$(dirname "$0")/.."
while read -r source name; do
    opencc -c s2t.json -i "Samples/family/$source.txt" -o "Samples/extra/$name.txt"
    scripts/copy-gold.py "Tests/Eval/family-gold/$source.txt.json" "$name.txt" \
        "Samples/family/$source.txt converted to Traditional characters by OpenCC s2t (scripts/make-traditional-samples.sh); the gold is the Simplified document's."
done <<'LIST'
department-layout-page-break-1 department-report-traditional
transfer-cell-per-line-1 transfer-form-traditional
LIST
ls -l Samples/extra/*-traditional.txt
