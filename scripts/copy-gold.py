#!/usr/bin/env python3
"""Copies a corpus document's gold to the extra sample made from it.

usage: copy-gold.py GOLD_FILE EXTRA_FILE NOTE [GOLD_DIR]

The extras made by converting a corpus document to another format or script (printed by a
browser or an office suite, converted to Traditional characters) read as the document itself:
their gold is its gold, with the extra's file name and format, and NOTE (how the extra was
made) before the gold's own notes. Written to GOLD_DIR/EXTRA_FILE.json (default
Tests/Eval/extra-gold).
"""
import json
import os
import sys


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    gold_file, extra, note = sys.argv[1:4]
    gold_dir = sys.argv[4] if len(sys.argv) == 5 else "Tests/Eval/extra-gold"
    with open(gold_file, encoding="utf-8") as f:
        gold = json.load(f)
    extension = os.path.splitext(extra)[1].lstrip(".")
    gold["source"] = {"file": extra, "format": "text" if extension == "txt" else extension, "pages": None}
    gold["_notes"] = note + " " + gold["_notes"]
    with open("%s/%s.json" % (gold_dir, extra), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
