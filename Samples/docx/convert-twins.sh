#!/usr/bin/env bash
# Makes the Office samples that LibreOffice writes, from reports already in Samples/:
#   Samples/docx/<name>.docx  Writer's .docx of each seed's HTML twin and of the HTML extras
#   Samples/xlsx/<name>.xlsx  Calc's .xlsx of the same pages and of the hand-written forms
# HTML is the source because LibreOffice turns its tables into real Word/Excel tables (a .txt
# would give only lines). Then the hand-written WordprocessingML and SpreadsheetML shapes
# (Samples/docx/wordml.py, Samples/xlsx/spreadsheetml.py) are written with their HTML twins.
# Needs LibreOffice Writer and Calc (scripts/install-deps.sh does not install them: only
# this script uses them, and its output is committed).
set -euo pipefail
cd "$(dirname "$0")/../.."
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
lo() { soffice "-env:UserInstallation=file://$profile" --headless "$@" >/dev/null; }

python3 Samples/docx/wordml.py
python3 Samples/xlsx/spreadsheetml.py

# LibreOffice decodes a page declared gbk as GBK, which garbles the GB18030 four-byte
# characters the page really holds (𠮷): give it the page in UTF-8.
utf8=$(mktemp -d)
trap 'rm -rf "$profile" "$utf8"' EXIT
iconv -f GB18030 -t UTF-8 Samples/extra/project-selfeval-gb18030.html \
  | sed 's/charset=gbk/charset=utf-8/I' > "$utf8/project-selfeval-gb18030.html"
pages=(Samples/00?_*.html Samples/extra/department-report-spans.html "$utf8/project-selfeval-gb18030.html")
lo --convert-to 'docx:MS Word 2007 XML' --outdir Samples/docx "${pages[@]}"
# Calc misplaces the rows of a table nested in a page-layout table and runs adjacent <div>
# blocks into one cell, which no workbook holds: it is given each page as a browser lays it out
# (Samples/xlsx/page-for-calc.py says how), under the page's own name.
calc=$(mktemp -d)
trap 'rm -rf "$profile" "$utf8" "$calc"' EXIT
for page in "${pages[@]}" Samples/docx/*.html; do
  python3 Samples/xlsx/page-for-calc.py "$page" "$calc/$(basename "$page")"
done
lo --convert-to 'xlsx:Calc MS Excel 2007 XML' --infilter='HTML (StarCalc)' --outdir Samples/xlsx "$calc"/*.html
ls Samples/docx Samples/xlsx
