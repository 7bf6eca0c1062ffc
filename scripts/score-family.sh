#!/usr/bin/env bash
# Converts the family corpus (Samples/family: published text shapes of the report family,
# written with invented content) and gates it against Tests/Eval/family-gold one metric at a
# time (Tests/Eval/gate.py): overall and indicator recall at least 0.97 (issue 8), metadata at
# least 0.98 (issue 9), indicator fields and funding at least 0.95. Goals (年度总体目标), scored
# since issue 9, are far from right on this corpus (0.45: goals of forms the text reader splits
# into blocks are not gathered): gated at that floor so they cannot fall, and kept out of the
# overall mean on which issue 8's bar was set. A gold without its sample, an empty gold folder or
# a missing output fails the run. FAMILY_VERBOSE=1 prints every document's scores.
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
  --overall-without goals --min overall=0.97 --min ind.recall=0.97 --min metadata=0.98 --min ind.fields=0.95 \
  --min funding=0.95 --min goals=0.45 \
  >"$work/score" || { cat "$work/score" >&2; status=1; }
if [ "${FAMILY_VERBOSE:-0}" = 1 ]; then cat "$work/score"; fi
tail -n 1 "$work/score"
exit $status
