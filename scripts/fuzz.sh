#!/usr/bin/env bash
# Fuzzes reportconv for a given CPU time: five libFuzzer targets (text plugin, HTML plugin, PDF
# layout code fed glyph and rule lists, the PDF inspection that runs before poppler fed whole
# files, interpreter fed documents) built with -sanitize=fuzzer,address, then a mutation fuzzer
# over whole sample files through the built binary.
#
#   scripts/fuzz.sh SECONDS [TARGET...]     TARGET: text html pdf-layout pdf-inspection interpreter mutate (default all)
#
# Each target runs until it has used SECONDS of CPU time (a busy machine then only makes the run
# longer, not smaller), with a wall-clock backstop of ten times that, under `nice -n 19` (FUZZ_NICE), with a
# fixed seed (FUZZ_SEED, default 1) so a run can be repeated. Findings (crash-*, timeout-*,
# oom-*, leak-* inputs) go to fuzz/findings/TARGET/, with the run's log as last-run.log; the
# growing corpora to fuzz/.work/. A finding is fixed at its root and its input added to
# scripts/make-hostile-corpus.py.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:?usage: scripts/fuzz.sh SECONDS [text html pdf-layout pdf-inspection interpreter mutate]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(text html pdf-layout pdf-inspection interpreter mutate)

scripts/install-deps.sh >/dev/null

needs_libfuzzer=0
for t in "${targets[@]}"; do [ "$t" != mutate ] && needs_libfuzzer=1; done
if [ $needs_libfuzzer = 1 ]; then
    nice -n 19 swift build --package-path fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
fi
fuzzbin=$(swift build --package-path fuzz --show-bin-path 2>/dev/null || true)

# Seeds: the samples of the target's format (the interpreter and the layout fuzzer start from
# the text reports: lines of report prose are good block lists, and any bytes make pages).
seed() {
    local dir=fuzz/.work/$1
    mkdir -p "$dir"
    shift
    for f in "$@"; do [ -f "$f" ] && head -c 4096 "$f" > "$dir/seed-$(basename "$f")"; done
}

# Waits for PID, interrupting it (libFuzzer then prints its final stats) once it has used
# SECONDS of CPU time.
stop_after_cpu() {
    local pid=$1 budget=$2 tick
    tick=$(getconf CLK_TCK)
    while kill -0 "$pid" 2>/dev/null; do
        sleep 2
        local used
        used=$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)
        if [ "$((used / tick))" -ge "$budget" ]; then kill -INT "$pid" 2>/dev/null || true; fi
    done
    wait "$pid" || true
}

# Seeds of the inspection target: small PDFs whose content is in each filter (made here).
python3 fuzz/make-inspection-seeds.py fuzz/.work/pdf-inspection

for t in "${targets[@]}"; do
    mkdir -p "fuzz/findings/$t"
    case $t in
        text)        exe=FuzzText;        seed "$t" Samples/*.txt Samples/extra/*.txt ;;
        html)        exe=FuzzHTML;        seed "$t" Samples/*.html Samples/extra/*.html ;;
        pdf-layout)  exe=FuzzPDFLayout;   seed "$t" Samples/*.txt ;;
        pdf-inspection) exe=FuzzPDFInspection; seed "$t" Samples/*.pdf Samples/extra/*.pdf ;;
        interpreter) exe=FuzzInterpreter; seed "$t" Samples/*.txt Samples/extra/*.txt ;;
        mutate)
            swift build >/dev/null
            nice -n 19 python3 scripts/mutate-samples.py --seconds "$seconds" --binary .build/debug/reportconv \
                --findings fuzz/findings/mutate
            continue ;;
        *) echo "unknown target $t" >&2; exit 2 ;;
    esac
    echo "== $t: $seconds s of CPU"
    # Inputs of at most 4 KB: under ASan a debug build of core takes seconds on a whole report, and
    # the bugs are in shapes, not sizes (sizes are the hostile corpus's). -timeout: one input over
    # 60 s (wall clock: FUZZ_TIMEOUT, raise it on a loaded machine) is a hang; -rss_limit_mb: over 2 GB is
    # a memory finding.
    log=fuzz/findings/$t/last-run.log
    nice -n "${FUZZ_NICE:-19}" "$fuzzbin/$exe" "fuzz/.work/$t" -seed="${FUZZ_SEED:-1}" -max_total_time=$((seconds * 10)) -max_len=4096 \
        -timeout="${FUZZ_TIMEOUT:-60}" -report_slow_units=60 -rss_limit_mb=2048 -artifact_prefix="fuzz/findings/$t/" -print_final_stats=1 \
        > "$log" 2>&1 &
    stop_after_cpu $! "$seconds"
    grep -E "^(#[0-9]+ *(DONE|INITED)|stat::|==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)|run interrupted" "$log" || true
done
