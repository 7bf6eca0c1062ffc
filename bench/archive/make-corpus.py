#!/usr/bin/env python3
"""Writes COUNT report files for the archive benchmark into OUT/corpus: copies of the seed
samples (.txt and .html), each with one invented sentence added under its first heading, so every
copy is a different report (its own contentId) of a realistic size and shape.

    make-corpus.py OUT COUNT
"""
import pathlib
import sys

out = pathlib.Path(sys.argv[1]) / "corpus"
count = int(sys.argv[2])
root = pathlib.Path(__file__).resolve().parents[2]
texts = {}
for p in sorted((root / "Samples").glob("00*")):
    if p.suffix in (".txt", ".html"):
        try:
            texts[p] = p.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            pass  # a GB18030 twin: the UTF-8 ones are enough
seeds = list(texts)
out.mkdir(parents=True, exist_ok=True)

for i in range(count):
    seed = seeds[i % len(seeds)]
    text = texts[seed]
    note = f"本件为归档基准副本第{i + 1}号，记录编号{(i * 7919) % 100003}。"
    at = text.find("一、")
    if seed.suffix == ".txt":
        end = text.find("\n", at)
        text = text[: end + 1] + note + "\n" + text[end + 1 :]
    else:
        end = text.find("</p>", at) + len("</p>")
        text = text[:end] + f"<p>{note}</p>" + text[end:]
    sub = out / f"{i // 1000:02d}"
    sub.mkdir(exist_ok=True)
    (sub / f"copy-{i:05d}{seed.suffix}").write_text(text, encoding="utf-8")
print(f"{count} files in {out}")
