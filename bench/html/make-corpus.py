#!/usr/bin/env python3
"""Builds the HTML benchmark corpus in WORK (default /tmp/reportconv-bench-html):

  corpus/NNN-<sample>.html   the repository's HTML samples (seed twins and extras), repeated
                             round-robin to COUNT files (default 350)
  big.html                   one ~200 KB report page: metadata block, numbered sections whose
                             paragraphs are the seed texts' lines, and a 300-row indicator table
                             with merged 一级/二级 cells, in site chrome

Usage: bench/html/make-corpus.py [WORK] [COUNT]
"""
import html
import pathlib
import shutil
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
WORK = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/reportconv-bench-html")
COUNT = int(sys.argv[2]) if len(sys.argv) > 2 else 350
TARGET_BYTES = 200 * 1024

NUMERALS = "一二三四五六七八九十"


def samples():
    found = sorted((ROOT / "Samples").glob("*.html")) + sorted((ROOT / "Samples" / "extra").glob("*.html"))
    if not found:
        sys.exit("no HTML samples under Samples/")
    return found


def big_page():
    lines = []
    for seed in sorted((ROOT / "Samples").glob("*.txt")):
        lines += [l.strip().replace("\xa0", " ") for l in seed.read_text(encoding="utf-8").split("\n") if len(l.strip()) > 30]
    head = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市医疗保障局2023年度部门整体支出绩效自评报告</title>
<script>var stats = [];</script></head><body>
<div class="top"><a href="/login">登录</a> | <a href="/reg">注册</a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/hdjl">互动交流</a></li></ul></div>
<ul class="meta"><li><b>索引号</b><p>000000000/2024-00001</p></li><li><b>发布机构</b><p>某市医疗保障局</p></li><li><b>发布日期</b><p>2024-04-26</p></li></ul>
<h1>某市医疗保障局2023年度部门整体支出绩效自评报告</h1><div class="content">
"""
    out = [head]
    size = len(head.encode())
    table_done = False
    section = 0
    k = 0
    while size < TARGET_BYTES - 2048:
        title = f"<p><strong>{NUMERALS[section % 10]}、第{section + 1}部分</strong></p>\n"
        section += 1
        out.append(title)
        size += len(title.encode())
        for _ in range(12):
            p = f'<p style="text-indent:2em">{html.escape(lines[k % len(lines)])}</p>\n'
            k += 1
            out.append(p)
            size += len(p.encode())
        if not table_done and section == 3:
            table = indicator_table(300)
            out.append(table)
            size += len(table.encode())
            table_done = True
    tail = '</div><div class="footer">主办单位：某市人民政府办公室 网站标识码：0000000000</div></body></html>\n'
    out.append(tail)
    return "".join(out)


def indicator_table(rows):
    groups = [("产出指标", ["数量指标", "质量指标", "时效指标"]), ("效益指标", ["社会效益指标", "可持续影响指标"]),
              ("满意度指标", ["服务对象满意度指标"])]
    per_level2 = rows // sum(len(g[1]) for g in groups)
    t = ['<table border="1"><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>偏差原因</th></tr>\n']
    n = 0
    for level1, level2s in groups:
        for j, level2 in enumerate(level2s):
            for i in range(per_level2):
                n += 1
                cells = ""
                if j == 0 and i == 0:
                    cells += f'<td rowspan="{per_level2 * len(level2s)}">{level1}</td>'
                if i == 0:
                    cells += f'<td rowspan="{per_level2}">{level2}</td>'
                cells += f"<td>第{n}项工作完成率</td><td>≥{80 + n % 20}%</td><td>{90 + n % 10}.5%</td><td>&nbsp;</td>"
                t.append(f"<tr>{cells}</tr>\n")
    t.append("</table>\n")
    return "".join(t)


def main():
    if WORK.exists():
        shutil.rmtree(WORK)
    corpus = WORK / "corpus"
    corpus.mkdir(parents=True)
    found = samples()
    for i in range(COUNT):
        source = found[i % len(found)]
        shutil.copyfile(source, corpus / f"{i:03d}-{source.name}")
    big = big_page()
    (WORK / "big.html").write_text(big, encoding="utf-8")
    total = sum(p.stat().st_size for p in corpus.iterdir())
    print(f"{COUNT} pages ({total // 1024} KB) in {corpus}; big.html {len(big.encode()) // 1024} KB")


if __name__ == "__main__":
    main()
