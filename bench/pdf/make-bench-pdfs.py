#!/usr/bin/env python3
"""Writes the HTML sources of the benchmark PDFs (make-bench-pdfs.sh prints them with chromium).

text-200.html    200 A4 pages of report prose: no tables (the paragraph path only)
tables-40.html   40 pages, each a ruled 绩效指标 table with merged cells (the rendering path)
"""
import sys

PARA = ("负责全县基本医疗保险业务经办服务工作,并提出对城镇职工、城乡居民大病补充医疗保险的建议;承担定点医疗机构、"
        "定点零售药店医疗费用审核结算及大病补充医疗保险结算理赔的复核工作。2023年全年共审核门诊处方125.41万份,"
        "检查定点医疗机构326家,追回及拒付医保基金463.75万元,医保基金运行总体平稳。")
STYLE = """<style>@page { size: A4; margin: 20mm; }
body { font-family: "Noto Serif CJK SC", serif; font-size: 12pt; line-height: 1.6; }
p { text-indent: 2em; margin: 0; text-align: justify; } .page { page-break-after: always; }
table { border-collapse: collapse; width: 100%; font-size: 10.5pt; }
td { border: 1px solid #000; padding: 2px 4px; text-align: center; }</style>"""


def text_pages(count):
    pages = []
    for n in range(count):
        body = "".join(f"<p>（{i + 1}）{PARA}</p>" for i in range(6))
        pages.append(f'<div class="page"><p>{["一", "二", "三", "四", "五"][n % 5]}、第{n + 1}部分工作情况</p>{body}</div>')
    return pages


def table_pages(count):
    pages = []
    for n in range(count):
        rows = []
        for i in range(22):
            first = f'<td rowspan="22">产出指标</td>' if i == 0 else ""
            second = f'<td rowspan="11">{"数量指标" if i == 0 else "质量指标"}</td>' if i % 11 == 0 else ""
            rows.append(f"<tr>{first}{second}<td>第{n + 1}页指标{i + 1}开展医保政策宣传活动次数</td>"
                        f"<td>≥{i + 4}次</td><td>{i + 8}次</td><td>5</td><td>5</td></tr>")
        pages.append('<div class="page"><table><tr><td>一级指标</td><td>二级指标</td><td>三级指标</td>'
                     '<td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>'
                     + "".join(rows) + "</table></div>")
    return pages


def write(path, pages):
    with open(path, "w") as out:
        out.write(f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">{STYLE}</head><body>')
        out.write("".join(pages))
        out.write("</body></html>")


out = sys.argv[1]
write(f"{out}/text-200.html", text_pages(200))
write(f"{out}/tables-40.html", table_pages(40))
