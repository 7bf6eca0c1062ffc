#!/usr/bin/env bash
# Converts the family corpus (Samples/family: published text shapes of the report family,
# written with invented content) and gates it against Tests/Eval/family-gold one metric at a
# time (Tests/Eval/gate.py): overall and indicator recall at least 0.97 (issue 8), metadata at
# least 0.98 (issue 9), indicator fields and funding at the bounds below. A gold without its
# sample, an empty gold folder or a missing output fails the run. FAMILY_VERBOSE=1 prints every
# document's scores.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/debug/reportconv}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -x "$bin" ] || { echo "error: no reportconv binary at $bin" >&2; exit 1; }

status=0
family=()
for gold in Tests/Eval/family-gold/*.json; do
  name=$(basename "$gold" .json)
  if [ -f "Samples/family/$name" ]; then
    family+=("Samples/family/$name")
  else
    echo "error: gold $gold has no sample Samples/family/$name" >&2
    status=1
  fi
done
((${#family[@]})) && "$bin" convert "${family[@]}" --to json --out "$work" >/dev/null 2>"$work/log" || true
python3 Tests/Eval/gate.py "family corpus (${#family[@]} documents)" Tests/Eval/family-gold "$work" \
  --min overall=0.97 --min ind.recall=0.97 --min metadata=0.98 --min ind.fields=0.95 --min funding=0.90 \
  >"$work/score" || { cat "$work/score" >&2; status=1; }
if [ "${FAMILY_VERBOSE:-0}" = 1 ]; then cat "$work/score"; fi
tail -n 1 "$work/score"
exit $status
