#!/usr/bin/env bash
# Converts the seed reports (and their HTML and PDF twins, scored under the seed's name) and
# scores them against the hand-checked values in Tests/Eval/seeds-gold; likewise the extra
# samples against Tests/Eval/extra-gold. Fails below 0.98 overall
# or when any gold indicator row is missed.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/debug/reportconv}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
for ext in txt html pdf; do
  inputs=()
  for gold in Tests/Eval/seeds-gold/*.json; do
    stem=$(basename "$gold" .txt.json)
    [ -f "Samples/$stem.$ext" ] && inputs+=("Samples/$stem.$ext")
  done
  ((${#inputs[@]})) || continue
  mkdir -p "$work/$ext"
  # A file that fails to convert scores zero below; the run goes on.
  "$bin" convert "${inputs[@]}" --to json --out "$work/$ext" 2>/dev/null || true
  # The scorer looks outputs up by the seed's file name.
  for f in "$work/$ext"/*."$ext".json; do
    [ "$ext" = txt ] || mv "$f" "${f%.$ext.json}.txt.json"
  done
  out=$(python3 Tests/Eval/score.py Tests/Eval/seeds-gold "$work/$ext")
  overall=$(printf '%s\n' "$out" | awk '/^overall [0-9]/{print $2}')
  recall=$(printf '%s\n' "$out" | awk '$1=="ind.recall"{print $2}')
  echo "seed score ($ext): overall $overall, indicator recall $recall"
  if ! awk -v o="$overall" -v r="$recall" 'BEGIN{exit !(o>=0.98 && r>=1.0)}'; then
    printf '%s\n' "$out" >&2
    echo "error: the $ext seeds score below 0.98 or miss indicator rows" >&2
    status=1
  fi
done
# Samples of other shapes, with their own hand-checked values.
mkdir -p "$work/extra"
extra=()
for gold in Tests/Eval/extra-gold/*.json; do
  name=$(basename "$gold" .json)
  [ -f "Samples/extra/$name" ] && extra+=("Samples/extra/$name")
done
if ((${#extra[@]})); then
  "$bin" convert "${extra[@]}" --to json --out "$work/extra" 2>/dev/null || true
  out=$(python3 Tests/Eval/score.py Tests/Eval/extra-gold "$work/extra")
  overall=$(printf '%s\n' "$out" | awk '/^overall [0-9]/{print $2}')
  echo "extra samples score: overall $overall"
  if ! awk -v o="$overall" 'BEGIN{exit !(o>=0.98)}'; then
    printf '%s\n' "$out" >&2
    echo "error: the extra samples score below 0.98" >&2
    status=1
  fi
fi
exit $status
