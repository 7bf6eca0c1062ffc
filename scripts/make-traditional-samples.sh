#!/usr/bin/env bash
# Writes the family documents' copies in Traditional characters (tests read the committed files
# and need none of these tools). Needs OpenCC's command-line tool (`apt-get install opencc`).
#
# A government site's 繁體 version of a page is the page converted character by character; these
# are two family documents converted so with OpenCC's s2t tables. Their gold is the Simplified
# document's: reportconv reads such a copy as the Simplified report it was made from.
#
#   Samples/extra/department-report-traditional.txt  a pdftotext dump of a department report
#       (prose, a form after a page break) in Traditional characters
#   Samples/extra/transfer-form-traditional.txt      a transfer form as a page's text, one cell
#       a line, in Traditional characters
set -euo pipefail
cd "$(dirname "$0")/.."
while read -r source name; do
    opencc -c s2t.json -i "Samples/family/$source.txt" -o "Samples/extra/$name.txt"
    python3 - "$source" "$name" <<'PY'
import json, sys
source, name = sys.argv[1], sys.argv[2]
with open("Tests/Eval/family-gold/%s.txt.json" % source, encoding="utf-8") as f:
    gold = json.load(f)
gold["source"]["file"] = name + ".txt"
gold["_notes"] = ("Samples/family/%s.txt converted to Traditional characters by OpenCC s2t "
                  "(scripts/make-traditional-samples.sh); the gold is the Simplified document's. " % source) + gold["_notes"]
with open("Tests/Eval/extra-gold/%s.txt.json" % name, "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)
    f.write("\n")
PY
done <<'LIST'
department-layout-page-break-1 department-report-traditional
transfer-cell-per-line-1 transfer-form-traditional
LIST
ls -l Samples/extra/*-traditional.txt
