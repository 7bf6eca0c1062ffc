#!/usr/bin/env bash
# Issue 15's speed table: reportconv against the text-only floor (`pdftotext -layout`) and
# pandoc (`pandoc -f html -t json`, parse only), measured with hyperfine and printed as ratios.
#
#   bench/speed/run.sh [ROUNDS] [COPIES]      (defaults: 3 rounds; each seed copied 10 times)
#   BIN=/path/to/reportconv bench/speed/run.sh   time another build (default: this tree's
#                                                 release build, built with --static-swift-stdlib)
#
# Corpus: the five seed PDFs and the five seed HTML pages, each copied COPIES times (50 PDF and
# 50 HTML files by default), one seed PDF and one seed page alone, and bench/pdf/data/text-200.pdf
# for peak memory. reportconv converts a folder in one process (`--jobs` workers, `--force` so a
# rerun converts again instead of finding its outputs up to date); the peers get one process per
# file under `xargs -P $(nproc)`, so both may use every core. Every round runs all commands in one
# hyperfine call, and the rounds repeat, so the tools alternate under the same machine load: on a
# shared machine only the ratios mean anything. Per-round JSON is left in $BENCH_WORK.
set -euo pipefail
cd "$(dirname "$0")/../.."

rounds=${1:-3}
copies=${2:-10}
work=${BENCH_WORK:-/tmp/reportconv-bench-speed}
cores=$(nproc)

for tool in hyperfine pandoc pdftotext; do
  command -v "$tool" >/dev/null || { echo "error: $tool is not installed" >&2; exit 2; }
done
if [ -z "${BIN:-}" ]; then
  swift build -c release --static-swift-stdlib --product reportconv >&2
  BIN=$(swift build -c release --static-swift-stdlib --show-bin-path)/reportconv
fi

rm -rf "$work" && mkdir -p "$work/pdf" "$work/html"
for k in $(seq 1 "$copies"); do
  for f in Samples/[0-9]*.pdf; do cp "$f" "$work/pdf/$k-$(basename "$f")"; done
  for f in Samples/[0-9]*.html; do cp "$f" "$work/html/$k-$(basename "$f")"; done
done
one_pdf=Samples/003_5df99de71ad1aeeb.pdf     # 4 pages
one_html=Samples/002_46cbd641e677e2d2.html   # 9 KB
big_pdf=bench/pdf/data/text-200.pdf
# The 200-page PDF is made by bench/pdf/make-bench-pdfs.sh (chromium; not committed).
[ -f "$big_pdf" ] || bench/pdf/make-bench-pdfs.sh >&2
[ -f "$big_pdf" ] || { echo "error: $big_pdf is missing and bench/pdf/make-bench-pdfs.sh did not make it" >&2; exit 2; }
npdf=$(ls "$work/pdf" | wc -l); nhtml=$(ls "$work/html" | wc -l)

# Both tools must accept every input before they are timed.
"$BIN" convert "$work/pdf" "$work/html" --to json --out "$work/check" -q >&2

each="xargs -0 -P $cores -n 1"
cmds=(
  -n "rc pdf folder" "$BIN convert $work/pdf --to json --out $work/o-pdf --force -q"
  -n "pdftotext pdf folder" "find $work/pdf -name '*.pdf' -print0 | $each sh -c 'pdftotext -layout \"\$0\" /dev/null'"
  -n "rc pdf folder jobs 1" "$BIN convert $work/pdf --to json --out $work/o-pdf1 --force -q --jobs 1"
  -n "rc one pdf" "$BIN convert $one_pdf"
  -n "pdftotext one pdf" "pdftotext -layout $one_pdf /dev/null"
  -n "rc html folder" "$BIN convert $work/html --to json --out $work/o-html --force -q"
  -n "pandoc html folder" "find $work/html -name '*.html' -print0 | $each sh -c 'pandoc -f html -t json \"\$0\" -o /dev/null'"
  -n "rc html folder jobs 1" "$BIN convert $work/html --to json --out $work/o-html1 --force -q --jobs 1"
  -n "rc one html" "$BIN convert $one_html"
  -n "pandoc one html" "pandoc -f html -t json $one_html -o /dev/null"
  -n "rc --version" "$BIN --version"
)
for round in $(seq 1 "$rounds"); do
  echo "round $round of $rounds" >&2
  hyperfine --warmup 1 --runs 3 --style basic --export-json "$work/round-$round.json" "${cmds[@]}" >&2
done

peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
rc_mem=$(peak "$BIN" convert "$big_pdf" --to json --out "$work/o-big" --force -q)
# GNU time reports the largest of the process and the workers it waited for.
pt_mem=$(peak pdftotext -layout "$big_pdf" /dev/null)

python3 - "$work" "$rounds" "$npdf" "$nhtml" "$rc_mem" "$pt_mem" "$cores" <<'PY'
import json, statistics, sys
work, rounds, npdf, nhtml = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
rc_mem, pt_mem, cores = int(sys.argv[5]), int(sys.argv[6]), int(sys.argv[7])
wall, cpu = {}, {}
for r in range(1, rounds + 1):
    for res in json.load(open(f"{work}/round-{r}.json"))["results"]:
        wall.setdefault(res["command"], []).extend(res["times"])
        cpu.setdefault(res["command"], []).append(res["user"] + res["system"])
w = {k: statistics.median(v) for k, v in wall.items()}
c = {k: statistics.mean(v) for k, v in cpu.items()}
print(f"| case | peer | wall ratio | CPU ratio | goal |")
print("|---|---|---|---|---|")
def row(case, peer, ratio_wall, ratio_cpu, goal):
    print(f"| {case} | {peer} | {ratio_wall} | {ratio_cpu} | {goal} |")
row(f"PDF folder ({npdf} files), one reportconv process", "pdftotext -layout, one process per file",
    f"{w['pdftotext pdf folder'] / w['rc pdf folder']:.2f}×", f"{c['pdftotext pdf folder'] / c['rc pdf folder']:.2f}×", "≥ 0.7×")
row("one 4-page PDF", "pdftotext -layout", f"{w['rc one pdf'] / w['pdftotext one pdf']:.1f}× slower",
    f"{c['rc one pdf'] / c['pdftotext one pdf']:.1f}× slower", "≤ 2× slower")
row("200-page PDF, peak memory", f"pdftotext {pt_mem // 1024} MB", f"{rc_mem // 1024} MB", "", "≤ 50 MB")
row(f"HTML folder ({nhtml} files), one reportconv process", "pandoc -f html -t json, one process per file",
    f"{w['pandoc html folder'] / w['rc html folder']:.1f}×", f"{c['pandoc html folder'] / c['rc html folder']:.1f}×", "≥ 12×")
row("one small HTML page", "pandoc", f"{w['pandoc one html'] / w['rc one html']:.2f}×",
    f"{c['pandoc one html'] / c['rc one html']:.2f}×", "≥ 2×")
row(f"PDF folder, 1 → {cores} cores (`--jobs 1` against the default)", "", f"{w['rc pdf folder jobs 1'] / w['rc pdf folder']:.2f}×", "", "≥ 1.8×")
row(f"HTML folder, 1 → {cores} cores", "", f"{w['rc html folder jobs 1'] / w['rc html folder']:.2f}×", "", "≥ 1.9×")
row("`reportconv --version`", "", f"{w['rc --version'] * 1000:.1f} ms", "", "< 5 ms")
print()
print("Wall ratios are of median times; CPU ratios of mean user+system time (the peers' CPU includes")
print("xargs and sh). Medians in seconds:", ", ".join(f"{k} {v:.3f}" for k, v in w.items()))
PY
