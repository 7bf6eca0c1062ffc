#!/usr/bin/env bash
# Makes the benchmark PDFs under bench/pdf/data (not committed: regenerate them). Needs chromium
# and fonts-noto-cjk.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$here/data"
python3 "$here/make-bench-pdfs.py" "$here/data"
for name in text-200 tables-40; do
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --print-to-pdf="$here/data/$name.pdf" "$here/data/$name.html" 2>/dev/null
    pdfinfo "$here/data/$name.pdf" | grep Pages
done
