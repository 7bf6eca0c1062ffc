#!/usr/bin/env python3
"""Writes COUNT report files for the archive benchmark into OUT/corpus: copies of the five seed
reports (.txt and .html twins), each with an invented place (so another issuer and title) and its
years shifted, so that every copy is a different report (its own contentId) of a realistic size
and shape, and the archive holds hundreds of issuers over several years.

    make-corpus.py OUT COUNT

Only content that enters contentId may make copies distinct: a copy that differs from another in
bytes alone (a comment, a blank line, the other twin's format) is the same report and is stored
once. So each copy is one distinct (report, place, year shift); which twin carries it varies too.
Deterministic: the choices come from a fixed seed.
"""
import pathlib
import random
import re
import sys

out = pathlib.Path(sys.argv[1]) / "corpus"
count = int(sys.argv[2])
root = pathlib.Path(__file__).resolve().parents[2]

# Each seed's place, as its issuer and title name it (泸西县医疗保障局, 辽宁省大连市…).
places = {"000": "泸西", "001": "大连", "002": "遂宁", "003": "三门", "004": "淮北"}
# Invented two-character place stems; the seeds' own are left out so no copy is a seed again.
first = "青白东西南北安永平宁兴和长新丰德泰清云福华阳临广"
second = "川江山河源林州水峰溪城岭陵原台坪泉浦阜桥湖塘谷关"
stems = sorted({a + b for a in first for b in second} - set(places.values()))
shifts = [-4, -3, -2, -1, 0, 1]  # added to every "20xx年" of a copy

seeds = {}  # report id -> [(path, text, encoding)] for its twins
for p in sorted((root / "Samples").glob("00*")):
    if p.suffix not in (".txt", ".html"):
        continue
    data = p.read_bytes()
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = data.decode("gb18030"), "gb18030"  # 001's GB2312 page stays GB
    seeds.setdefault(p.name[:3], []).append((p, text, encoding))
reports = sorted(seeds)

combinations = len(reports) * len(stems) * len(shifts)
if count > combinations:
    sys.exit(f"error: at most {combinations} distinct reports can be made, not {count}")
rng = random.Random(20261201)
year = re.compile(r"(?<!\d)(20[12]\d)(?=年)")
out.mkdir(parents=True, exist_ok=True)

for i, k in enumerate(sorted(rng.sample(range(combinations), count), key=lambda _: rng.random())):
    report, rest = reports[k % len(reports)], k // len(reports)
    stem, shift = stems[rest % len(stems)], shifts[rest // len(stems)]
    path, text, encoding = rng.choice(seeds[report])
    text = text.replace(places[report], stem)
    text = year.sub(lambda m: str(int(m.group(1)) + shift), text)
    sub = out / f"{i // 1000:02d}"
    sub.mkdir(exist_ok=True)
    (sub / f"copy-{i:05d}{path.suffix}").write_bytes(text.encode(encoding))
print(f"{count} files in {out}")
