#!/usr/bin/env python3
"""Writes three family documents as copies made by the tools text passes through before it
reaches a user, into Samples/extra/, with their gold (the document's own: a copy reads as the
report it was made from). Tests read the committed files; this script only regenerates them.

  project-report-markdown-copy.txt    a page put through an HTML-to-Markdown converter: `#`
      heading marks, entities left undecoded (`&nbsp;`, `&ge;`), zero-width spaces an editor
      left after some characters
  transfer-form-fullwidth-digits.txt  a form typed in full-width mode: every digit full-width,
      decimal points full-width stops (`９５．５`)
  department-form-spread-labels.txt   a Word form copied one cell a line, its short labels
      spread over their cells by spaces (`全 年 预 算 数`)

usage: scripts/make-copy-samples.py   (from anywhere; deterministic: the same files every run)
"""
import os
import random
import re
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def markdown(text, name):
    rnd = random.Random(name)   # seeded by the file name: the same copy every run
    out = []
    for line in text.split("\n"):
        s = line.strip()
        if re.match(r"^[一二三四五六七八九十]+、", s):
            line = "## " + s
        elif re.match(r"^（[一二三四五六七八九十]+）", s):
            line = "### " + s
        out.append(line)
    text = "\n".join(out)
    text = text.replace("\u00a0", "&nbsp;").replace("≥", "&ge;").replace("≤", "&le;")
    return "".join(c + ("\u200b" if "\u4e00" <= c <= "\u9fff" and rnd.random() < 0.03 else "") for c in text)


def fullwidth(text, name):
    text = re.sub(r"(?<=\d)\.(?=\d)", "．", text)
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isdigit() else c for c in text)


def spread(text, name):
    return "\n".join(" ".join(l.strip()) if re.fullmatch(r"[\u4e00-\u9fff]{3,8}", l.strip()) else l
                     for l in text.split("\n"))


COPIES = [
    ("project-pipe-prose-after-4", "project-report-markdown-copy", markdown,
     "put through an HTML-to-Markdown converter (heading marks, undecoded entities, zero-width spaces)"),
    ("transfer-cell-per-line-1", "transfer-form-fullwidth-digits", fullwidth,
     "typed in full-width mode (full-width digits and decimal stops)"),
    ("department-cell-per-line-2", "department-form-spread-labels", spread,
     "with its short labels spread over their cells by spaces"),
]


def main():
    os.chdir(ROOT)
    for source, name, transform, how in COPIES:
        with open("Samples/family/%s.txt" % source, encoding="utf-8") as f:
            text = f.read()
        with open("Samples/extra/%s.txt" % name, "w", encoding="utf-8") as f:
            f.write(transform(text, name))
        subprocess.run(["scripts/copy-gold.py", "Tests/Eval/family-gold/%s.txt.json" % source, name + ".txt",
                        "Samples/family/%s.txt %s (scripts/make-copy-samples.py); the gold is the document's." % (source, how)],
                       check=True)
        print("Samples/extra/%s.txt" % name)


if __name__ == "__main__":
    main()
