#!/usr/bin/env python3
"""Builds the text benchmark corpus in WORK (default /tmp/reportconv-bench-text):

  corpus/NNN-<sample>.txt   the repository's text samples (seeds, extras and, when present, the
                            family corpus in Samples/family), repeated round-robin to COUNT files
  big.txt                   one ~200 KB text report: numbered sections whose paragraphs are the
                            seed texts' lines, and a 300-row indicator form in three text shapes
                            (pipe rows, one cell per line, whitespace layout)

Usage: bench/text/make-corpus.py [WORK] [COUNT]
"""
import pathlib
import random
import shutil
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
WORK = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/reportconv-bench-text")
COUNT = int(sys.argv[2]) if len(sys.argv) > 2 else 350
TARGET_BYTES = 200 * 1024
NUMERALS = "一二三四五六七八九十"
LEVELS = [("产出指标", ["数量指标", "质量指标", "时效指标"]), ("效益指标", ["社会效益指标"]), ("满意度指标", ["服务对象满意度指标"])]


def samples():
    found = sorted((ROOT / "Samples").glob("*.txt")) + sorted((ROOT / "Samples" / "extra").glob("*.txt"))
    found += sorted((ROOT / "Samples" / "family").glob("*.txt"))
    if not found:
        sys.exit("no text samples under Samples/")
    return found


def indicator_rows(n, rng):
    rows = []
    for i in range(n):
        l1, l2s = LEVELS[i % len(LEVELS)]
        l2 = l2s[(i // len(LEVELS)) % len(l2s)]
        target = rng.choice([f">={rng.randint(10, 99)}%", f"={rng.randint(1, 50)}次", "有所提升"])
        actual = rng.choice([f"{rng.randint(10, 100)}%", f"{rng.randint(1, 60)}次", "已提升"])
        rows.append((l1, l2, f"第{i + 1}项工作的完成指标", target, actual, str(rng.randint(1, 10))))
    return rows


def forms(rng):
    header = ["一级指标", "二级指标", "三级指标", "年度指标值", "全年实际完成值", "分值"]
    rows = indicator_rows(100, rng)
    pipe = [" | ".join(header) + " |"] + [" | ".join(r) + " |" for r in rows]
    flat = []
    for h in header:
        flat += [h, ""]
    for r in indicator_rows(100, rng):
        for c in r:
            flat += [c, ""]
    layout = ["  " + "    ".join(header)]
    for r in indicator_rows(100, rng):
        layout.append("  " + "    ".join(r))
    return ["\n".join(pipe), "\n".join(flat), "\n".join(layout)]


def big_report():
    rng = random.Random(8)
    lines = []
    for seed in sorted((ROOT / "Samples").glob("*.txt")):
        lines += [l.strip().replace("\xa0", " ") for l in seed.read_text(encoding="utf-8").split("\n") if len(l.strip()) > 30]
    out = ["某市医疗保障局2023年度部门整体支出绩效自评报告", ""]
    size = sum(len(s.encode()) for s in out)
    tables = forms(rng)
    section = 0
    k = 0
    while size < TARGET_BYTES:
        piece = [f"{NUMERALS[section % 10]}、第{section + 1}部分", ""]
        for _ in range(12):
            piece += [lines[k % len(lines)], ""]
            k += 1
        if tables and section >= 2:
            piece += [tables.pop(0), ""]
        section += 1
        text = "\n".join(piece) + "\n"
        out.append(text)
        size += len(text.encode())
    return "\n".join(out)


def main():
    corpus = WORK / "corpus"
    if corpus.exists():
        shutil.rmtree(corpus)
    corpus.mkdir(parents=True)
    found = samples()
    for i in range(COUNT):
        src = found[i % len(found)]
        shutil.copyfile(src, corpus / f"{i:03d}-{src.name}")
    (WORK / "big.txt").write_text(big_report(), encoding="utf-8")
    print(f"{COUNT} text files from {len(found)} samples; big.txt {(WORK / 'big.txt').stat().st_size} bytes")


main()
