#!/usr/bin/env bash
# Validates the JSON of every sample (and every golden JSON) against schema/report.schema.json
# with a real draft 2020-12 validator (python jsonschema, installed from PyPI when missing).
# The Swift side (SchemaTests) checks that the schema and the model name the same fields.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/debug/reportconv}

if ! python3 -c 'import jsonschema' 2>/dev/null; then
  echo "installing python jsonschema" >&2
  # Debian's own python refuses pip installs outside a venv unless told (PEP 668).
  python3 -m pip install -q 'jsonschema==4.26.0' >&2 2>/dev/null \
    || python3 -m pip install -q --break-system-packages 'jsonschema==4.26.0' >&2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Scanned or damaged samples fail on purpose; what they do write is validated too.
"$bin" convert Samples --to json --out "$work" 2>/dev/null || true
python3 - "$work" <<'PY'
import glob, json, sys
from jsonschema import Draft202012Validator

schema = json.load(open("schema/report.schema.json"))
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema)
files = sorted(glob.glob(sys.argv[1] + "/**/*.json", recursive=True)) + sorted(glob.glob("Tests/*/Golden/*.json"))
if len(files) < 20:
    sys.exit(f"error: only {len(files)} JSON files to validate; the conversion failed")
bad = 0
for f in files:
    for e in validator.iter_errors(json.load(open(f, encoding="utf-8"))):
        print(f"{f}: {'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message[:300]}", file=sys.stderr)
        bad += 1
print(f"schema: {len(files)} JSON files validated against schema/report.schema.json, {bad} errors")
sys.exit(1 if bad else 0)
PY
