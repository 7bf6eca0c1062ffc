#!/usr/bin/env bash
# OCR pages per second: every scan in Samples/scans (made by scripts/make-scan-samples.sh) converted
# by the release build at --jobs 1 and --jobs 2, one batch per run, timed by hyperfine. Only the
# pages read by OCR are counted (a partly scanned PDF's text-layer pages are not); the count comes
# from each report's `source.ocr.pages`. Prints the Markdown table that goes into RESULTS.md.
#
#   bench/ocr/run.sh [RUNS]      (default 3)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
command -v hyperfine >/dev/null || { echo "error: hyperfine is not installed" >&2; exit 2; }

. bench/release-binary.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# How many pages of the scans OCR reads: from one conversion's reports.
"$bin" convert Samples/scans --to json --out "$work/count" --quiet --timeout 900 >&2
pages=$(python3 - "$work/count" <<'PY'
import json, pathlib, sys
n = 0
for p in pathlib.Path(sys.argv[1]).rglob("*.json"):
    ocr = (json.loads(p.read_text()).get("source") or {}).get("ocr") or {}
    n += len(ocr.get("pages") or [])
print(n)
PY
)
[ "$pages" -gt 0 ] || { echo "error: no page of Samples/scans was read by OCR" >&2; exit 1; }

hyperfine --runs "$runs" --style none --export-json "$work/ocr.json" \
  "$bin convert Samples/scans --to json --out $work/j1 --force --quiet --timeout 900 --jobs 1" \
  "$bin convert Samples/scans --to json --out $work/j2 --force --quiet --timeout 900 --jobs 2" >&2

python3 - "$work/ocr.json" "$pages" "$(nproc)" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
pages, cores = int(sys.argv[2]), sys.argv[3]
print(f"OCR pages in Samples/scans: {pages}; {cores} cores")
print()
print("| jobs | batch time (s, mean ± sd) | OCR pages/s | s per page |")
print("|---|---|---|---|")
for jobs, r in zip((1, 2), results):
    print(f"| {jobs} | {r['mean']:.1f} ± {r['stddev'] or 0:.1f} | {pages / r['mean']:.2f} | {r['mean'] / pages:.1f} |")
PY
