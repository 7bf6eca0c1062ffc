#!/usr/bin/env python3
"""Writes the flat ODT sources of the ruled-table samples (see scripts/make-pdf-table-samples.sh),
and turns a landscape PDF page sideways onto a portrait page with /Rotate 90.

usage: table-samples.py fodt OUT_DIR
       table-samples.py rotate IN.pdf OUT.pdf PAGE_ROTATE

A cell is written "text" with optional suffixes: "|c3" spans 3 columns, "|r2" spans 2 rows,
"|h" fills it grey (a shaded header), "|l" sets it flush left; "\\n" in the text starts a new
paragraph in the cell. Every name and figure below is invented.
"""
import re
import sys
import zlib
from xml.sax.saxutils import escape

SAMPLES = {
    # WPS exports a 自评表 with its header cells filled grey; the value columns are so narrow that
    # a target such as ≥850人次 wraps inside its cell.
    "shaded-header-form": dict(
        page=("21cm", "29.7cm"), border="0.75pt solid #000000", ground=None, size="10.5pt",
        title="项目支出绩效自评表", caption="(2024年度)",
        columns=[1.6, 1.8, 4.2, 1.25, 1.5, 1.1, 1.1, 3.4],
        rows=[
            ["项目名称|c2|h", "岚溪县医保经办服务下沉能力提升项目|c6|l"],
            ["主管部门|c2|h", "岚溪县医疗保障局|l", "实施单位|c2|h", "岚溪县医疗保障事务中心|c3|l"],
            ["项目资金\n(万元)|c2|r3|h", "资金来源|h", "全年预算数|h", "全年执行数|h", "分值|h", "执行率|h", "得分|h"],
            ["年度资金总额", "260", "247", "10", "95%", "9.5"],
            ["其中:财政拨款", "260", "247", "—", "95%", "—"],
            ["一级指标|h", "二级指标|h", "三级指标|h", "年度指标值|h", "实际完成值|h", "分值|h", "得分|h", "偏差原因分析及改进措施|h"],
            ["产出指标|r6", "数量指标|r3", "村级医保服务点建设数量|l", "≥120个", "126个", "10", "10", ""],
            ["经办人员业务培训|l", "≥850人次", "912人次", "10", "10", ""],
            ["上门帮办服务|l", "≥1600人次", "1548人次", "10", "9", "山区行政村路途较远,下一年度增加流动服务车次。|l"],
            ["质量指标|r2", "服务点事项办结率|l", "≥98%", "99.2%", "10", "10", ""],
            ["群众投诉办结率|l", "100%", "100%", "5", "5", ""],
            ["时效指标", "报销材料受理时限|l", "≤3个工作日", "2个工作日", "5", "5", ""],
            ["成本指标", "经济成本指标", "单个服务点建设成本|l", "≤1.8万元", "1.7万元", "10", "10", ""],
            ["效益指标|r2", "社会效益指标", "群众就近办理医保业务比例|l", "≥80%", "83.5%", "15", "15", ""],
            ["可持续影响指标", "服务点长效运行机制|l", "长期", "长期", "5", "5", ""],
            ["满意度指标", "服务对象满意度指标", "参保群众满意度|l", "≥90%", "93.6%", "10", "9.5", ""],
            ["总分|c5|h", "100", "98", "自评等级:优|l"],
        ]),
    # Funds cells holding two amounts each, this year's over last year's, in columns so narrow
    # that every amount fills its line.
    "stacked-amounts-form": dict(
        page=("21cm", "29.7cm"), border="0.75pt solid #000000", ground=None, size="10.5pt",
        title="2024年度枫桥市城乡医疗救助补助资金区域绩效自评表", caption=None,
        columns=[1.5, 3.6, 2.2, 2.2, 2.1, 2.2, 4.1],
        rows=[
            ["转移支付(项目)名称|c2", "城乡医疗救助补助资金|c5|l"],
            ["中央主管部门|c2", "国家医疗保障局|c2|l", "地方主管部门", "枫桥市医疗保障局|c2|l"],
            ["资金情况(万元)|r4", "", "全年预算数(A)", "全年执行数(B)", "执行率(B/A)", "本年/上年预算(元)", "说明"],
            ["年度资金总额|l", "772.33", "751.95", "97.36%", "7,723,293\n7,793,704", "本年与上年预算对照|l"],
            ["其中:中央补助|l", "521", "521", "100%", "5,210,000\n5,386,500", ""],
            ["地方资金|l", "251.33", "230.95", "91.89%", "2,513,293\n2,407,204", ""],
            ["一级指标", "二级指标|c2", "三级指标|c2", "指标值", "全年实际完成值"],
            ["产出指标|r3", "数量指标|c2|r2", "资助参加基本医疗保险人数|c2|l", "≥2.1万人", "2.24万人"],
            ["门诊和住院救助人次|c2|l", "≥3.6万人次", "3.82万人次"],
            ["质量指标|c2", "政策范围内住院费用救助比例|c2|l", "≥70%", "72.4%"],
            ["效益指标|r2", "社会效益指标|c2", "因病返贫致贫风险及时救助率|c2|l", "≥95%", "97.1%"],
            ["可持续影响指标|c2", "医疗救助与基本医保衔接机制|c2|l", "持续完善", "持续完善"],
            ["满意度指标", "服务对象满意度指标|c2", "救助对象满意度|c2|l", "≥90%", "94%"],
        ]),
    # A wide department form; table-samples.py rotate later sets it sideways on a portrait page.
    "rotated-landscape-form": dict(
        page=("29.7cm", "21cm"), border="0.75pt solid #000000", ground=None, size="10.5pt",
        title="部门整体支出绩效自评表", caption="(2023年度)",
        columns=[2.2, 2.8, 5.4, 2.6, 2.6, 1.6, 2.0, 5.0],
        rows=[
            ["部门名称|c2", "云岭县医疗保障局|c3|l", "自评得分", "94.5|c2"],
            ["年度预算执行情况(万元)|c2|r4", "", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度资金总额|l", "1386.40", "1302.12", "10", "93.92%", "9.4"],
            ["其中:基本支出|l", "842.60", "842.60", "—", "100%", "—"],
            ["项目支出|l", "543.80", "459.52", "—", "84.50%", "—"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"],
            ["产出指标|r3", "数量指标", "定点医药机构现场检查覆盖率|l", "100%", "100%", "20", "20", ""],
            ["质量指标", "医保结算差错率|l", "≤0.5%", "0.3%", "15", "15", ""],
            ["时效指标", "异地就医备案办理时限|l", "≤1个工作日", "即时办结", "15", "15", ""],
            ["效益指标|r2", "社会效益指标", "追回违规使用医保基金|l", "≥300万元", "286万元", "20", "16", "部分案件尚在调查,次年继续追回。|l"],
            ["可持续影响指标", "基金运行风险预警机制|l", "健全", "健全", "10", "10", ""],
            ["满意度指标", "服务对象满意度指标", "参保单位和群众满意度|l", "≥90%", "92.8%", "10", "9.5", ""],
            ["总分|c5", "100", "94.5", ""],
        ]),
    # White rules on a grey ground; the table's outer edge is only where the grey meets the paper.
    "white-rules-form": dict(
        page=("21cm", "29.7cm"), border="1.2pt solid #ffffff", ground="#c8c8c8", size="10.5pt",
        title="2023年度石桥镇卫生院医疗设备更新项目支出绩效自评表", caption=None,
        columns=[1.9, 2.4, 4.6, 2.4, 2.4, 1.5, 1.6],
        rows=[
            ["项目名称|c2", "石桥镇卫生院医疗设备更新项目|c5|l"],
            ["主管部门|c2", "临川县卫生健康委员会|l", "实施单位", "临川县石桥镇卫生院|c3|l"],
            ["项目资金\n(万元)|c2|r3", "", "全年预算数", "全年执行数", "执行率", "得分"],
            ["年度资金总额|l", "96", "91.2", "95%", "9.5"],
            ["其中:上级补助|l", "60", "60", "100%", "—"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标|r3", "数量指标", "购置彩色多普勒超声诊断仪|l", "1台", "1台", "20", "20"],
            ["质量指标", "设备验收合格率|l", "100%", "100%", "20", "20"],
            ["时效指标", "设备投入使用时间|l", "2023年9月底前", "2023年8月", "10", "10"],
            ["效益指标", "社会效益指标", "年超声检查服务量|l", "≥4500人次", "4860人次", "30", "30"],
            ["满意度指标", "服务对象满意度指标", "就诊群众满意度|l", "≥90%", "95%", "10", "10"],
            ["总分|c5", "100", "99.5"],
        ]),
}

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="Noto Serif CJK SC" svg:font-family="&apos;Noto Serif CJK SC&apos;"/>
  <style:font-face style:name="Noto Sans CJK SC" svg:font-family="&apos;Noto Sans CJK SC&apos;"/>
  <style:font-face style:name="DejaVu Sans" svg:font-family="&apos;DejaVu Sans&apos;"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0pt" fo:margin-bottom="0pt"/>
   <style:text-properties style:font-name="Noto Serif CJK SC" fo:font-size="{size}" style:font-name-asian="Noto Serif CJK SC" style:font-size-asian="{size}" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN" style:font-name-complex="DejaVu Sans" style:font-size-complex="{size}"/>
  </style:default-style>
  <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="4pt"/><style:text-properties style:font-name="Noto Sans CJK SC" style:font-name-asian="Noto Sans CJK SC" fo:font-size="16pt" style:font-size-asian="16pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
  <style:style style:name="Caption" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="6pt"/></style:style>
  <style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
  <style:style style:name="CellLeft" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/></style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{width}" fo:page-height="{height}" fo:margin-top="1.4cm" fo:margin-bottom="1.2cm" fo:margin-left="1.6cm" fo:margin-right="1.6cm"/></style:page-layout>
  <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="{tablewidth}cm" table:align="center"/></style:style>
  <style:style style:name="Row" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>
  <style:style style:name="Cl" style:family="table-cell"><style:table-cell-properties fo:border="{border}" fo:padding="0.05cm" style:vertical-align="middle"{ground}/></style:style>
  <style:style style:name="Sh" style:family="table-cell"><style:table-cell-properties fo:border="{border}" fo:padding="0.05cm" style:vertical-align="middle" fo:background-color="#d9d9d9"/></style:style>
{columns}
 </office:automatic-styles>
 <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
 <office:body><office:text>
"""


def cell(spec):
    text, *flags = spec.split("|")
    cols = next((int(f[1:]) for f in flags if f.startswith("c")), 1)
    rows = next((int(f[1:]) for f in flags if f.startswith("r")), 1)
    return text, cols, rows, "h" in flags, "l" in flags


def fodt(s):
    widths = s["columns"]
    columns = "".join(f'  <style:style style:name="C{i}" style:family="table-column"><style:table-column-properties '
                      f'style:column-width="{w}cm"/></style:style>\n' for i, w in enumerate(widths))
    ground = f' fo:background-color="{s["ground"]}"' if s["ground"] else ""
    out = [HEAD.format(size=s["size"], width=s["page"][0], height=s["page"][1], tablewidth=round(sum(widths), 2),
                       border=s["border"], ground=ground, columns=columns.rstrip("\n"))]
    out.append(f'<text:p text:style-name="Title">{escape(s["title"])}</text:p>\n')
    if s["caption"]:
        out.append(f'<text:p text:style-name="Caption">{escape(s["caption"])}</text:p>\n')
    out.append('<table:table table:name="T1" table:style-name="Tbl">')
    out += [f'<table:table-column table:style-name="C{i}"/>' for i in range(len(widths))]
    covered = set()  # (row, column) covered by a span from above
    for r, row in enumerate(s["rows"]):
        out.append('\n<table:table-row table:style-name="Row">')
        c, cells = 0, iter(row)
        while c < len(widths):
            if (r, c) in covered:
                out.append("<table:covered-table-cell/>")
                c += 1
                continue
            text, cols, rows, shaded, left = cell(next(cells))
            attrs = (f' table:number-columns-spanned="{cols}"' if cols > 1 else "") + \
                    (f' table:number-rows-spanned="{rows}"' if rows > 1 else "")
            paras = "".join(f'<text:p text:style-name="{"CellLeft" if left else "Cell"}">{escape(p)}</text:p>'
                            for p in text.split("\n"))
            out.append(f'<table:table-cell table:style-name="{"Sh" if shaded else "Cl"}" '
                       f'office:value-type="string"{attrs}>{paras}</table:table-cell>')
            out += ["<table:covered-table-cell/>"] * (cols - 1)
            covered |= {(rr, cc) for rr in range(r + 1, r + rows) for cc in range(c, c + cols)}
            c += cols
        assert next(cells, None) is None, f"row {r} has cells left over"
        out.append("</table:table-row>")
    out.append("</table:table>\n </office:text></office:body>\n</office:document>\n")
    return "".join(out)


def rotate(src, dst, page_rotate):
    """Draws the single landscape page sideways (turned a quarter counter-clockwise: its text
    matrices rotated) on a portrait page, and gives that page /Rotate `page_rotate`: 90 shows the
    form upright in a viewer, 0 leaves it lying on its side as some printer drivers and scanners
    emit wide forms. Rewrites the file with a fresh cross-reference table."""
    data = open(src, "rb").read()
    objects = {int(m.group(1)): m.group(2) for m in
               re.finditer(rb"(?m)^(\d+) 0 obj\s*(.*?)\s*endobj\s*$", data, re.S)}
    trailer = re.search(rb"trailer\s*<<(.*?)>>\s*startxref", data, re.S).group(1)
    pages = [n for n, body in objects.items() if re.search(rb"/Type\s*/Page\b", body)]
    assert len(pages) == 1, "one page expected"
    page = objects[pages[0]]
    box = [float(v) for v in re.search(rb"/MediaBox\s*\[([^\]]*)\]", page).group(1).split()]
    w, h = box[2] - box[0], box[3] - box[1]
    assert w > h, "a landscape page expected"
    first, last = max(objects) + 1, max(objects) + 2
    for n, body in ((first, b"q 0 1 -1 0 %g 0 cm\n" % h), (last, b"\nQ\n")):
        objects[n] = b"<</Length %d>>\nstream\n%s\nendstream" % (len(body), body)
    contents = re.search(rb"/Contents\s*(\d+ 0 R|\[[^\]]*\])", page).group(1).strip(b"[]")
    page = re.sub(rb"/Contents\s*(\d+ 0 R|\[[^\]]*\])", b"/Contents[%d 0 R %s %d 0 R]" % (first, contents, last), page)
    page = re.sub(rb"/MediaBox\s*\[[^\]]*\]", b"/MediaBox[0 0 %g %g]/Rotate %d" % (h, w, page_rotate), page)
    page = re.sub(rb"/CropBox\s*\[[^\]]*\]", b"", page)
    objects[pages[0]] = page
    out = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for n in sorted(objects):
        offsets[n] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (n, objects[n])
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for n in range(1, size):
        out += (b"%010d 00000 n \n" % offsets[n]) if n in offsets else b"0000000000 65535 f \n"
    trailer = re.sub(rb"/Size\s*\d+", b"/Size %d" % size, trailer)
    out += b"trailer\n<<%s>>\nstartxref\n%d\n%%%%EOF\n" % (trailer, xref)
    open(dst, "wb").write(out)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "fodt":
        for name, spec in SAMPLES.items():
            open(f"{sys.argv[2]}/{name}.fodt", "w", encoding="utf-8").write(fodt(spec))
    elif len(sys.argv) == 5 and sys.argv[1] == "rotate":
        rotate(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        sys.exit(__doc__)
