#!/usr/bin/env python3
"""Writes three Word-made shapes by hand as WordprocessingML, each with an HTML twin holding
the same report, so the DOCX plugin can be tested on what LibreOffice never writes:

  vmerge-across-pages.docx  a 自评表 whose 一级指标 cells are vertical merges (w:vMerge) that
                            run across a page break, with a repeated header row (w:tblHeader),
                            list-numbered headings (w:numPr, chineseCounting), a PAGE field in
                            the footer and a running header
  nested-tables.docx        the form boxed in a one-column layout table, the data table nested
                            inside it, line breaks (w:br) inside cells, w:gridSpan merges
  table-in-text-frame.docx  the title in a text frame (w:framePr), the table floating
                            (w:tblpPr), a text box and a picture that are skipped with a warning

The documents are invented (places, bodies and figures); run from anywhere:
  python3 Samples/docx/wordml.py
The ZIP entries have a fixed date, so the output is the same on every run.
"""
import html
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' \
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' \
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' \
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" ' \
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' \
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' \
    'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"'


def esc(s):
    return html.escape(s, quote=True)


# ---- The reports: (kind, ...) items shared by the .docx and its .html twin ----

def project_form(year, county, project, rows, goals_plan, goals_done, paras):
    title = f"{county}医疗保障局{year}年度{project}项目支出绩效自评表"
    table = [
        [("项目名称", 1, 2), (project, 1, 6)],
        [("主管部门", 1, 2), (f"{county}医疗保障局", 1, 2), ("实施单位", 1, 2), (f"{county}医疗保障局", 1, 2)],
        [("项目资金（万元）", 4, 2), ("", 1, 1), ("年初预算数", 1, 1), ("全年预算数（A）", 1, 1), ("全年执行数（B）", 1, 1), ("分值", 1, 1), ("执行率（B/A）", 1, 1)],
        [("年度资金总额", 1, 1), ("120", 1, 1), ("120", 1, 1), ("108.6", 1, 1), ("10", 1, 1), ("90.50%", 1, 1)],
        [("其中：当年财政拨款", 1, 1), ("120", 1, 1), ("120", 1, 1), ("108.6", 1, 1), ("—", 1, 1), ("90.50%", 1, 1)],
        [("其他资金", 1, 1), ("0", 1, 1), ("0", 1, 1), ("0", 1, 1), ("—", 1, 1), ("—", 1, 1)],
        [("年度总体目标", 1, 2), ("预期目标", 1, 3), ("实际完成情况", 1, 3)],
        [("", 1, 2), (goals_plan, 1, 3), (goals_done, 1, 3)],
        [("一级指标", 1, 1), ("二级指标", 1, 1), ("三级指标", 1, 2), ("年度指标值", 1, 1), ("实际完成值", 1, 1), ("分值", 1, 1), ("得分", 1, 1)],
    ]
    # Group the indicator rows by 一级指标 and 二级指标 as rowspans.
    i = 0
    while i < len(rows):
        l1 = rows[i][0]
        j = i
        while j < len(rows) and rows[j][0] == l1:
            j += 1
        k = i
        while k < j:
            l2 = rows[k][1]
            m = k
            while m < j and rows[m][1] == l2:
                m += 1
            for n in range(k, m):
                cells = []
                if n == i:
                    cells.append((l1, j - i, 1))
                if n == k:
                    cells.append((l2, m - k, 1))
                _, _, name, target, actual, weight, score = rows[n]
                cells += [(name, 1, 2), (target, 1, 1), (actual, 1, 1), (weight, 1, 1), (score, 1, 1)]
                table.append(cells)
            k = m
        i = j
    table.append([("总分", 1, 6), ("100", 1, 1), ("96.5", 1, 1)])
    return title, table, paras


INDICATORS = [
    ("产出指标", "数量指标", "医疗救助人次", "≥5000人次", "5236人次", "10", "10"),
    ("产出指标", "数量指标", "资助参保人数", "≥1.2万人", "1.26万人", "10", "10"),
    ("产出指标", "数量指标", "定点医药机构检查覆盖率", "100%", "100%", "5", "5"),
    ("产出指标", "质量指标", "救助对象认定准确率", "≥98%", "99.2%", "10", "10"),
    ("产出指标", "质量指标", "一站式结算率", "≥95%", "96.8%", "5", "5"),
    ("产出指标", "时效指标", "救助资金拨付时限", "≤30天", "21天", "5", "5"),
    ("产出指标", "成本指标", "人均救助成本", "≤200元", "207元", "5", "3.5"),
    ("效益指标", "社会效益指标", "困难群众个人负担降低", "有效降低", "有效降低", "10", "10"),
    ("效益指标", "社会效益指标", "因病致贫返贫人数", "0人", "0人", "10", "10"),
    ("效益指标", "可持续影响指标", "医疗救助制度长效运行", "长期", "长期", "5", "5"),
    ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "93.5%", "10", "8"),
]


def reports():
    return {
        "vmerge-across-pages": project_form(
            2023, "云溪县", "医疗救助补助资金", INDICATORS,
            "全年资助困难群众参保，落实门诊和住院救助，防止因病致贫返贫。",
            "资助参保1.26万人，救助5236人次，未发生因病致贫返贫。",
            [("h", "项目基本情况"),
             ("p", "医疗救助补助资金用于资助特困人员、低保对象等困难群众参加城乡居民基本医疗保险，并对其门诊和住院费用给予救助。"),
             ("h", "绩效目标完成情况"),
             ("p", "人均救助成本略高于年初目标，原因是年内大病患者救助比例提高，后续将加强费用监测。")]),
        "nested-tables": project_form(
            2022, "白沙县", "医疗保障服务能力提升", [
                ("产出指标", "数量指标", "医保经办人员培训", "≥4期", "5期", "20", "20"),
                ("产出指标", "质量指标", "医保信息平台上线率", "100%", "100%", "20", "20"),
                ("产出指标", "时效指标", "项目完成时间", "2022年12月底前", "2022年11月", "10", "10"),
                ("效益指标", "社会效益指标", "群众办事便利程度", "明显提升", "明显提升", "20", "20"),
                ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥85%", "88.6%", "20", "16.5"),
            ],
            "完成医保经办人员培训和\n信息平台建设，提升服务能力。",
            "培训经办人员5期，\n医保信息平台全面上线。",
            [("h", "自评结论"),
             ("p", "项目总体完成较好，参保群众满意度仍有提升空间。")]),
        "table-in-text-frame": project_form(
            2024, "石门县", "城乡居民医疗保险补助", [
                ("产出指标", "数量指标", "参保人数", "≥32万人", "32.4万人", "30", "30"),
                ("产出指标", "质量指标", "参保率", "≥95%", "95.6%", "20", "20"),
                ("效益指标", "社会效益指标", "住院费用政策范围内报销比例", "≥70%", "71.2%", "20", "20"),
                ("满意度指标", "服务对象满意度指标", "参保人员满意度", "≥90%", "92%", "20", "18"),
            ],
            "巩固城乡居民参保成果，落实待遇保障政策。",
            "参保32.4万人，住院报销比例71.2%。",
            [("h", "情况说明"),
             ("p", "本表由项目实施单位填报，数据截至2024年12月31日。")]),
    }


# ---- HTML twin ----

def html_twin(title, table, paras):
    out = [f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{esc(title)}</title></head><body>',
           f'<h1>{esc(title)}</h1>', '<table border="1">']
    for row in table:
        out.append("<tr>" + "".join(
            f'<td{f" rowspan={rs}" if rs > 1 else ""}{f" colspan={cs}" if cs > 1 else ""}>{esc(t).replace(chr(10), "<br>")}</td>'
            for t, rs, cs in row) + "</tr>")
    out.append("</table>")
    numbers = "一二三四五六七八九"
    n = 0
    for kind, text in paras:
        if kind == "h":
            out.append(f"<h2>{numbers[n]}、{esc(text)}</h2>")
            n += 1
        else:
            out.append(f"<p>{esc(text)}</p>")
    out.append("</body></html>\n")
    return "\n".join(out)


# ---- WordprocessingML ----

def run(text, bold=False):
    parts = text.split("\n")
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    body = '<w:br/>'.join(f'<w:t xml:space="preserve">{esc(p)}</w:t>' for p in parts)
    return f"<w:r>{rpr}{body}</w:r>"


def para(text, style=None, center=False, bold=False, extra_ppr="", extra_runs=""):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    ppr += extra_ppr
    if center:
        ppr += '<w:jc w:val="center"/>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{run(text, bold) if text else ''}{extra_runs}</w:p>"


def grid_slots(table):
    """Places HTML-like (text, rowspan, colspan) rows on a grid: each slot is
    ('cell', text, rowspan, colspan), ('cont', colspan) for a vertical merge's later rows, or None."""
    width = sum(cs for _, _, cs in table[0])
    slots = [[None] * width for _ in table]
    taken = [[False] * width for _ in table]
    for r, row in enumerate(table):
        c = 0
        for text, rs, cs in row:
            while taken[r][c]:
                c += 1
            slots[r][c] = ("cell", text, rs, cs)
            for dr in range(rs):
                for dc in range(cs):
                    taken[r + dr][c + dc] = True
                if dr > 0:
                    slots[r + dr][c] = ("cont", cs)
            c += cs
    return width, slots


def wtable(table, header_rows=0, page_break_row=None, tblpr_extra=""):
    width, slots = grid_slots(table)
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/>{tblpr_extra}</w:tblPr><w:tblGrid>'
           + "".join('<w:gridCol w:w="1100"/>' for _ in range(width)) + "</w:tblGrid>"]
    for r, row in enumerate(slots):
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if r < header_rows else ""
        cells = []
        for slot in row:
            if slot is None:
                continue
            if slot[0] == "cont":
                span = f'<w:gridSpan w:val="{slot[1]}"/>' if slot[1] > 1 else ""
                cells.append(f"<w:tc><w:tcPr>{span}<w:vMerge/></w:tcPr><w:p/></w:tc>")
                continue
            _, text, rs, cs = slot
            props = (f'<w:gridSpan w:val="{cs}"/>' if cs > 1 else "") + ('<w:vMerge w:val="restart"/>' if rs > 1 else "")
            marker = '<w:r><w:lastRenderedPageBreak/></w:r>' if r == page_break_row and not cells else ""
            cells.append(f"<w:tc><w:tcPr>{props}</w:tcPr>{para(text, extra_runs=marker)}</w:tc>")
        out.append(f"<w:tr>{trpr}{''.join(cells)}</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def body_paras(paras):
    out = []
    for kind, text in paras:
        if kind == "h":
            out.append(f'<w:p><w:pPr><w:pStyle w:val="Heading2"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>{run(text)}</w:p>')
        else:
            out.append(para(text))
    return "".join(out)


PAGE_FOOTER = ('<w:ftr ' + W + '><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
               '<w:r><w:t xml:space="preserve">第 </w:t></w:r>'
               '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
               '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
               '<w:r><w:t xml:space="preserve"> 页 共 </w:t></w:r><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>2</w:t></w:r></w:fldSimple>'
               '<w:r><w:t xml:space="preserve"> 页</w:t></w:r></w:p></w:ftr>')


def header(text):
    return f'<w:hdr {W}>{para(text, center=True)}</w:hdr>'


STYLES = ('<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
          '</w:styles>')

NUMBERING = ('<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
             '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
             '<w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>'
             '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082")

IMAGE_RUN = ('<w:r><w:drawing><wp:inline><wp:extent cx="952500" cy="952500"/><wp:docPr id="2" name="印章"/>'
             '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
             '<pic:nvPicPr><pic:cNvPr id="2" name="seal.png"/><pic:cNvPicPr/></pic:nvPicPr>'
             '<pic:blipFill><a:blip r:embed="rIdImage"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic>'
             '</wp:inline></w:drawing></w:r>')

TEXT_BOX_RUN = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:extent cx="1800000" cy="600000"/>'
                '<wp:docPr id="3" name="文本框 3"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
                '<wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>审核意见：同意</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp>'
                '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
                '<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>审核意见：同意</w:t></w:r></w:p></w:txbxContent>'
                '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def document(name, title, table, paras):
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/>'
            '<w:footerReference w:type="default" r:id="rIdFooter"/></w:sectPr>')
    if name == "vmerge-across-pages":
        body = (para(title, style="Title", bold=True)
                + wtable(table, header_rows=0, page_break_row=15)
                + body_paras(paras))
    elif name == "nested-tables":
        inner = wtable(table)
        body = ('<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid>'
                f'<w:tr><w:tc>{para(title, center=True, bold=True)}</w:tc></w:tr>'
                f'<w:tr><w:tc>{inner}<w:p/></w:tc></w:tr></w:tbl>'
                + body_paras(paras))
    else:
        frame = '<w:framePr w:w="8000" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="page" w:x="1800" w:y="200"/>'
        floating = ('<w:tblpPr w:leftFromText="180" w:rightFromText="180" w:vertAnchor="text" '
                    'w:horzAnchor="margin" w:tblpY="600"/><w:tblOverlap w:val="never"/>')
        body = (para(title, center=True, bold=True, extra_ppr=frame, extra_runs=TEXT_BOX_RUN)
                + wtable(table, tblpr_extra=floating)
                + body_paras(paras)
                + para("", extra_runs=IMAGE_RUN))
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}{sect}</w:body></w:document>'


def write_docx(path, name, title, table, paras):
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
            '<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
            '<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
            '<Relationship Id="rIdImage" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>'
            '<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/>'
            '</Relationships>')
    parts = [
        ("[Content_Types].xml",
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/_rels/document.xml.rels", rels),
        ("word/document.xml", document(name, title, table, paras)),
        ("word/styles.xml", STYLES),
        ("word/numbering.xml", NUMBERING),
        ("word/header1.xml", header(title)),
        ("word/footer1.xml", PAGE_FOOTER),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for part, text in parts:
            z.writestr(zipfile.ZipInfo(part, date_time=(2024, 1, 1, 0, 0, 0)), text.encode("utf-8"), zipfile.ZIP_DEFLATED)
        z.writestr(zipfile.ZipInfo("word/media/image1.png", date_time=(2024, 1, 1, 0, 0, 0)), PNG)


def main():
    for name, (title, table, paras) in reports().items():
        write_docx(os.path.join(HERE, name + ".docx"), name, title, table, paras)
        with open(os.path.join(HERE, name + ".html"), "w", encoding="utf-8") as f:
            f.write(html_twin(title, table, paras))
        print("wrote", name + ".docx", "and", name + ".html")


if __name__ == "__main__":
    main()
