#!/usr/bin/env bash
# Regenerates the Word- and Excel-printed forms in Samples/extra/ and their gold in Tests/Eval/extra-gold/
# (tests read the committed PDFs and need none of these tools). Needs LibreOffice Writer
# (libreoffice-writer-nogui) and fonts-noto-cjk.
#
# Each is a Word file of the family corpus (Samples/family-docx, written by
# scripts/make-family-office-samples.py) saved as PDF by LibreOffice, as an office that publishes
# its form as a PDF does. Their gold is the Word file's, renamed. They hold what a word
# processor's PDF does to a form:
#
#   word-printed-jogging-border.pdf     funds rows and indicator rows ruled to columns of their own
#       widths: the border after the first column jogs by a few points between the two parts
#   word-printed-goal-row-carried.pdf   the 年度总体目标 row, its goals merged over three columns,
#       goes on at the head of the next page, where its cells are all the table's borders show
#   word-printed-kept-comma.pdf         a note cut by the page break one character short of full:
#       the character went over with the comma no line may start with (`晰，`)
#   word-printed-stroke-on-border.pdf   a caption centred over a column border its row lacks: the
#       right side of 期 stands on the border's line just under the rule the border ends at
#   word-printed-list-metadata.pdf      the page's 标题/发布机构/发布日期 as a list, its first
#       item as wide as the text column
#   word-printed-title-twice.pdf        the page's title over the form's caption of the same words
#
# And Excel files of the corpus made to be printed (borders, wrapped text, column widths, fitted to
# the page's width: `make-family-office-samples.py --printable`, not committed) saved as PDF by
# LibreOffice Calc (libreoffice-calc-nogui):
#
#   excel-printed-cut-merged-cell       绩效指标 and 产出指标 merged over rows on two pages: Calc
#       prints their labels in the margin under the table's part on the first page
#   excel-printed-cut-cell-over-rest    the same with the level label printed over the table's
#       part on the next page
#   excel-printed-total-row-alone       the 总分 row alone at the head of the last page: one row,
#       whose text does not look like a table
#   excel-printed-caption-rows          the page's title, its 发布时间 line and the form's
#       caption, each a row merged across the sheet: centred lines of one size
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
while read -r page name; do
    soffice --headless --convert-to pdf --outdir "$work" "Samples/family-docx/$page.docx" >/dev/null 2>&1
    mv "$work/$page.pdf" "Samples/extra/$name.pdf"
    scripts/copy-gold.py "Tests/Eval/family-docx-gold/$page.docx.json" "$name.pdf" \
        "Samples/family-docx/$page.docx saved as PDF by LibreOffice Writer (scripts/make-office-printed-samples.sh)."
done <<'LIST'
transfer-layout-page-break-3 word-printed-jogging-border
department-layout-page-break-1 word-printed-goal-row-carried
project-pipe-prose-after-4 word-printed-kept-comma
project-pipe-split-header-3 word-printed-stroke-on-border
transfer-one-line-rows-4 word-printed-list-metadata
transfer-pipe-formula-rate-management-8 word-printed-title-twice
LIST
python3 scripts/make-family-office-samples.py --printable "$work/printable"
while read -r page name; do
    soffice --headless --convert-to pdf --outdir "$work" "$work/printable/$page.xlsx" >/dev/null 2>&1
    mv "$work/$page.pdf" "Samples/extra/$name.pdf"
    scripts/copy-gold.py "Tests/Eval/family-xlsx-gold/$page.xlsx.json" "$name.pdf" \
        "Samples/family-xlsx/$page.xlsx made to be printed (make-family-office-samples.py --printable) and saved as PDF by LibreOffice Calc (scripts/make-office-printed-samples.sh)."
done <<'LIST'
department-one-line-rows-2 excel-printed-cut-merged-cell
project-pipe-split-columns-1 excel-printed-cut-cell-over-rest
department-pipe-nbsp-bom-5 excel-printed-total-row-alone
transfer-cell-per-line-empty-bars-7 excel-printed-caption-rows
LIST
ls -l Samples/extra/word-printed-*.pdf Samples/extra/excel-printed-*.pdf
