#!/usr/bin/env python3
"""Writes COUNT different report files for the serve benchmark (and the serve tests) into OUT:
copies of the UTF-8 text and HTML samples of every kind (the seeds and Samples/family), each
moved to an invented place and year and given one invented sentence, so every copy is its own
report (its own contentId, issuer and year) of a realistic size and shape.

Copy i uses template i mod T, year (i div T) mod Y and place (i div T·Y) mod P, and its sentence
holds i: no two copies are the same report. Deterministic: same COUNT, same files.

    make-corpus.py OUT COUNT
"""
import json
import pathlib
import re
import sys

out = pathlib.Path(sys.argv[1])
count = int(sys.argv[2])
root = pathlib.Path(__file__).resolve().parents[2]
golden = root / "Tests" / "reportconvTests" / "Golden"

PLACES = [p + s for p in ["青松", "白鹤", "临溪", "云杉", "石桥", "枫林", "柳岸", "秋水", "雁南", "梅川",
                          "松涛", "竹溪", "兰亭", "桃源", "杏林", "荷塘", "苇岸", "栖凤", "鹿原", "鸣泉"]
          for s in ["县", "市"]]
YEARS = [2019, 2020, 2021, 2022, 2023, 2024]


def templates():
    """(text, suffix, place, year) for each sample whose golden JSON names an issuer and a year."""
    found = []
    for path in sorted(list(root.glob("Samples/00*.txt")) + list(root.glob("Samples/00*.html"))
                       + list(root.glob("Samples/family/*.txt"))):
        sub = "family/" if path.parent.name == "family" else ""
        gold = golden / f"{sub}{path.name}.json"
        try:
            text = path.read_text(encoding="utf-8")
            meta = json.loads(gold.read_text(encoding="utf-8"))["metadata"]
        except (UnicodeDecodeError, FileNotFoundError):
            continue  # a GB18030 twin, or no golden file
        issuer, year = meta.get("issuer"), meta.get("year")
        place = re.match(r"^.*?[县市区州省]", issuer or "")
        if not place or not year or place.group(0) not in text:
            continue
        found.append((text.lstrip("\ufeff"), path.suffix, place.group(0), str(year)))
    return found


def main():
    tpl = templates()
    out.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        text, suffix, place, year = tpl[i % len(tpl)]
        k = i // len(tpl)
        new_year = str(YEARS[k % len(YEARS)])
        new_place = PLACES[(k // len(YEARS)) % len(PLACES)]
        body = text.replace(place, new_place).replace(year, new_year)
        note = f"本件为检索基准副本第{i + 1}号，档案序号{(i * 7919) % 100003}。"
        at = body.find("一、")
        if suffix == ".txt":
            end = body.find("\n", at if at >= 0 else 0)
            end = len(body) if end < 0 else end
            body = body[: end + 1] + note + "\n" + body[end + 1 :]
        else:
            end = body.find("</p>", max(at, 0))
            end = body.find("</body>") if end < 0 else end + len("</p>")
            body = body[:end] + f"<p>{note}</p>" + body[end:]
        sub = out / f"{i // 1000:02d}"
        sub.mkdir(exist_ok=True)
        (sub / f"report-{i:05d}{suffix}").write_text(body, encoding="utf-8")
    print(f"{count} files from {len(tpl)} templates in {out}", file=sys.stderr)


main()
