#!/usr/bin/env bash
# Pages per second of reportconv's PDF path against `pdftotext -layout` (the floor for poppler
# text extraction), one process per file, same files, several rounds with the order of the two
# commands swapped each round; then peak memory on the 200-page file. Writes results/*.json and
# prints the summary that goes into RESULTS.md.
#
#   swift build -c release && bench/pdf/make-bench-pdfs.sh && bench/pdf/run.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${REPORTCONV:-$root/.build/release/reportconv}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mkdir -p "$here/results"
rounds=${ROUNDS:-3}

for name in text-200 tables-40; do
    pdf="$here/data/$name.pdf"
    ours="$bin convert $pdf --to json --out $out --force"
    theirs="pdftotext -layout $pdf $out/$name.txt"
    for round in $(seq 1 "$rounds"); do
        if (( round % 2 )); then first=$theirs; second=$ours; else first=$ours; second=$theirs; fi
        hyperfine -N --warmup 1 --runs 5 --export-json "$here/results/$name-round$round.json" "$first" "$second" >/dev/null
    done
done

for name in text-200 tables-40; do
    /usr/bin/time -v "$bin" convert "$here/data/$name.pdf" --to json --out "$out" --force 2> "$here/results/$name-time.txt" >/dev/null
    /usr/bin/time -v pdftotext -layout "$here/data/$name.pdf" "$out/x.txt" 2> "$here/results/$name-pdftotext-time.txt"
done
python3 "$here/summarize.py" "$here/results" "$here/data"
