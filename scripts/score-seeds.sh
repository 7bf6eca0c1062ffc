#!/usr/bin/env bash
# Converts every sample that has hand-checked expected values and gates the scores, one metric
# at a time (Tests/Eval/gate.py): the seed reports in each format (their HTML and PDF twins are
# scored under the seed's name), the extra samples of other shapes, the family corpus; then
# prints the scanned samples' scores.
# A format with no samples, an empty or unreadable gold file, a missing output or any named
# metric below its bound fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/debug/reportconv}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -x "$bin" ] || { echo "error: no reportconv binary at $bin" >&2; exit 1; }

# Bounds per set. Seeds: every indicator row found, every other metric at least 0.98.
seed_bounds=(--min overall=0.98 --min ind.recall=1.0 --min ind.fields=0.98 --min funding=0.98 --min metadata=0.98)
extra_bounds=(--min overall=0.97 --min ind.recall=0.97 --min ind.fields=0.95 --min funding=0.95 --min metadata=0.98)

status=0
# convert NAME OUTDIR INPUT...: a file that fails to convert has no output, which the gate fails.
convert() {
  local name=$1 out=$2
  shift 2
  mkdir -p "$out"
  # A long timeout: scanned samples are read by OCR, slow in a debug build on a busy machine.
  "$bin" convert "$@" --to json --timeout 900 --out "$out" >/dev/null 2>"$work/$name.log" || true
}

for ext in txt html pdf; do
  inputs=()
  for gold in Tests/Eval/seeds-gold/*.json; do
    stem=$(basename "$gold" .txt.json)
    if [ -f "Samples/$stem.$ext" ]; then
      inputs+=("Samples/$stem.$ext")
    else
      echo "error: seed $stem has no .$ext sample" >&2
      status=1
    fi
  done
  if ((${#inputs[@]} == 0)); then
    echo "error: no .$ext seed samples at all" >&2
    status=1
    continue
  fi
  convert "seeds-$ext" "$work/$ext" "${inputs[@]}"
  # The scorer looks outputs up by the seed's file name.
  if [ "$ext" != txt ]; then
    for f in "$work/$ext"/*."$ext".json; do
      [ -e "$f" ] && mv "$f" "${f%.$ext.json}.txt.json"
    done
  fi
  python3 Tests/Eval/gate.py "seeds ($ext)" Tests/Eval/seeds-gold "$work/$ext" "${seed_bounds[@]}" \
    >"$work/seeds-$ext.score" || { cat "$work/seeds-$ext.score" "$work/seeds-$ext.log" >&2; status=1; }
  tail -n 1 "$work/seeds-$ext.score"
done

# gated_set NAME GOLD_DIR SAMPLE_DIR BOUND...: converts the sample each gold names (a gold without
# its sample fails) and gates the set.
gated_set() {
  local name=$1 gold_dir=$2 sample_dir=$3
  shift 3
  local inputs=() gold file
  for gold in "$gold_dir"/*.json; do
    file=$(basename "$gold" .json)
    if [ -f "$sample_dir/$file" ]; then
      inputs+=("$sample_dir/$file")
    else
      echo "error: gold $gold has no sample $sample_dir/$file" >&2
      status=1
    fi
  done
  ((${#inputs[@]})) && convert "$name" "$work/$name" "${inputs[@]}"
  python3 Tests/Eval/gate.py "$name (${#inputs[@]} documents)" "$gold_dir" "$work/$name" "$@" \
    >"$work/$name.score" || { cat "$work/$name.score" "$work/$name.log" >&2; status=1; }
  tail -n 1 "$work/$name.score"
}

# Samples of other shapes.
gated_set "extra samples" Tests/Eval/extra-gold Samples/extra "${extra_bounds[@]}"
# The family corpus (Samples/family: published text shapes of the report family, invented
# content): overall and indicator recall at least 0.97 (issue 8), metadata at least 0.98 (issue 9),
# indicator fields and funding at least 0.95, goals (年度总体目标, planned and achieved lists; issue
# 9) at least 0.98.
gated_set "family corpus" Tests/Eval/family-gold Samples/family \
  --min overall=0.97 --min ind.recall=0.97 --min metadata=0.98 --min ind.fields=0.95 --min funding=0.95 \
  --min goals=0.98

# The family corpus as web pages (Samples/family-html: the same forms as Word-exported HTML
# tables with merged cells, in every markup the generator varies): the same bounds as the text
# shapes.
gated_set "family corpus, web pages" Tests/Eval/family-html-gold Samples/family-html \
  --min overall=0.97 --min ind.recall=0.97 --min metadata=0.98 --min ind.fields=0.95 --min funding=0.95 \
  --min goals=0.98

# The same forms as Word and Excel files (Samples/family-docx, Samples/family-xlsx: vMerge and
# gridSpan, mergeCells, figures stored as numbers with their formats): the same bounds.
for ext in docx xlsx; do
  gated_set "family corpus, $ext files" "Tests/Eval/family-$ext-gold" "Samples/family-$ext" \
    --min overall=0.97 --min ind.recall=0.97 --min metadata=0.98 --min ind.fields=0.95 --min funding=0.95 \
    --min goals=0.98
done

# The family spreadsheets copied as tab-separated text (Samples/family-tsv, from
# scripts/make-tsv-samples.sh: empty cells kept between tabs, multi-line cells quoted, every
# second one with its rows' trailing empty cells left out): the same bounds.
gated_set "family corpus, tab-separated copies of the spreadsheets" Tests/Eval/family-tsv-gold Samples/family-tsv \
  --min overall=0.97 --min ind.recall=0.97 --min metadata=0.98 --min ind.fields=0.95 --min funding=0.95 \
  --min goals=0.98

# The family web pages, the seed pages and the extra web samples selected and copied in a
# browser (Samples/family-browser-copy, from scripts/make-browser-copy-samples.sh: Chromium's
# innerText, rows ragged where merged cells cover cells, paragraph cells on lines of their own,
# <br> lines of a cell unquoted): the family bounds, but goals at 0.95 (0.952 when the set was
# made: two pages' goal items are not read, one opening with a decimal, `4.2021年…`).
gated_set "web pages copied out of a browser" Tests/Eval/family-browser-copy-gold Samples/family-browser-copy \
  --min overall=0.97 --min ind.recall=0.97 --min metadata=0.98 --min ind.fields=0.95 --min funding=0.95 \
  --min goals=0.95

# The family forms printed to PDF (Word by LibreOffice Writer, printable workbooks by Calc, web
# pages by chromium) and dumped by `pdftotext -layout` (Samples/family-pdftotext: cells wrapped in
# narrow columns, one column a character): held a little under what they read (overall 0.709,
# indicator recall 0.675, fields 0.784, funding 0.548, metadata 0.956 when the set was made), so
# that no change reads them worse.
gated_set "family forms, pdftotext -layout" Tests/Eval/family-pdftotext-gold Samples/family-pdftotext \
  --min overall=0.69 --min ind.recall=0.65 --min ind.fields=0.76 --min funding=0.52 --min metadata=0.93

# The same forms dumped by plain `pdftotext` (Samples/family-pdftotext-raw: reading order, no
# -layout; cells one a line or cut over lines, a row's cells or a form's columns one after
# another): held a little under what they read (overall 0.425, funding 0.431, indicator recall
# 0.111, fields 0.072, metadata 0.978 when the set was made), so that no change reads them worse.
gated_set "family forms, plain pdftotext" Tests/Eval/family-pdftotext-raw-gold Samples/family-pdftotext-raw \
  --min overall=0.40 --min funding=0.40 --min ind.recall=0.10 --min ind.fields=0.06 --min metadata=0.95

# Scanned samples (Samples/scans, read by OCR) against their twins' values. The 300 dpi scans are
# gated at issue 14's bounds (indicator rows found 0.95, fields 0.9, over the set); the 150 dpi,
# partly scanned and skewed ones are printed with them.
scans=()
for gold in Tests/Eval/scan-gold/*.json; do
  file=$(basename "$gold" .json)
  [ -f "Samples/scans/$file" ] && scans+=("Samples/scans/$file")
done
if ((${#scans[@]})); then
  convert scans "$work/scans" "${scans[@]}"
  mkdir -p "$work/scan-gold-300dpi"
  cp Tests/Eval/scan-gold/*-300dpi*.json "$work/scan-gold-300dpi/"
  python3 Tests/Eval/gate.py "300 dpi scans ($(ls "$work/scan-gold-300dpi" | wc -l) documents)" "$work/scan-gold-300dpi" \
    "$work/scans" --min ind.recall=0.95 --min ind.fields=0.9 \
    >"$work/scans-300dpi.score" || { cat "$work/scans-300dpi.score" "$work/scans.log" >&2; status=1; }
  tail -n 1 "$work/scans-300dpi.score"
  # Forms printed from Word and scanned at 300 dpi: held at what they read (OCR misreads a
  # character of a name now and then: 覆 as 履, 资 as 次), so that no change reads them worse.
  mkdir -p "$work/scan-gold-word"
  cp Tests/Eval/scan-gold/word-printed-*.json "$work/scan-gold-word/"
  python3 Tests/Eval/gate.py "scanned Word forms ($(ls "$work/scan-gold-word" | wc -l) documents)" "$work/scan-gold-word" \
    "$work/scans" --min ind.recall=0.85 --min ind.fields=0.98 --min metadata=0.98 --min funding=0.7 \
    >"$work/scans-word.score" || { cat "$work/scans-word.score" >&2; status=1; }
  tail -n 1 "$work/scans-word.score"
  python3 Tests/Eval/score.py Tests/Eval/scan-gold "$work/scans" >"$work/scans.score"
  echo "all scanned samples: $(awk '$1=="ind.recall"{r=$2} $1=="ind.fields"{f=$2} /^overall [0-9]/{o=$2} END{print "overall " o ", indicator recall " r ", indicator fields " f}' "$work/scans.score")"
fi
exit $status
