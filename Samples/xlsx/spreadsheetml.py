#!/usr/bin/env python3
"""Writes an Excel-made 自评表 by hand as SpreadsheetML, with an HTML twin holding the same
report, so the XLSX plugin is tested on what Excel writes and LibreOffice does not:

  excel-made-form.xlsx  title rows merged across the form, shared and inline strings, numbers
                        stored as binary doubles and shown through formats (0.818 under
                        `0.0%` is 81.8%; 1286.4000000000001 under General is 1286.4; 45291
                        under a 年月日 date format), merged cells, an empty row inside the table,
                        a date row under it (a label in the format code), a second sheet with its own name, and a hidden
                        sheet (skipped with a note)

The report is invented. Run: python3 Samples/xlsx/spreadsheetml.py
"""
import html
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

# Cell values: str → shared string, ("inline", s) → inline string, (number, style) → number.
# Styles: 0 General, 1 "0.0%", 2 "#,##0.00", 3 date 年月日, 4 "0.00%", 5 a date after a quoted label.
TITLE = "青溪县医疗保障局2023年度医疗保障服务能力提升项目支出绩效自评表"
MAIN = [
    [TITLE],
    ["（2023年度）"],
    [],
    ["项目名称", None, "医疗保障服务能力提升", None, None, None, None, None],
    ["主管部门", None, "青溪县医疗保障局", None, ("inline", "实施单位"), None, "青溪县医疗保障局", None],
    ["项目资金（万元）", None, None, "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）"],
    [None, None, "年度资金总额", (1286.4, 0), (1286.4000000000001, 0), (1052.3, 0), (10, 0), (0.818, 1)],
    [None, None, "其中：当年财政拨款", (1286.4, 0), (1286.4, 0), (1052.3, 0), "—", (0.818, 1)],
    [],
    ["一级指标", "二级指标", "三级指标", None, "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "医保经办人员培训", None, "≥6期", "6期", (20, 0), (20, 0)],
    [None, None, "定点医药机构现场检查", None, "≥120家", "131家", (20, 0), (20, 0)],
    [None, "质量指标", "医保信息平台稳定运行率", None, "≥99%", (0.9965, 4), (10, 0), (10, 0)],
    ["效益指标", "社会效益指标", "医保业务网上可办率", None, "≥80%", (0.852, 1), (20, 0), (20, 0)],
    ["满意度指标", "服务对象满意度指标", "参保群众满意度", None, "≥90%", (0.918, 1), (20, 0), (18.5, 0)],
    ["总分", None, None, None, None, None, (100, 0), (98.5, 0)],
    [(45291, 5)],
]
MERGES = ["A1:H1", "A2:H2", "A4:B4", "C4:H4", "A5:B5", "C5:D5", "E5:F5", "G5:H5", "A6:C6", "A7:B8",
          "C10:D10", "C11:D11", "C12:D12", "C13:D13", "C14:D14", "C15:D15", "A11:A13", "B11:B12", "A16:F16"]
SECOND = [
    ["资金支出明细", None],
    ["支出内容", "金额（万元）"],
    ["信息系统运维", (386.25, 2)],
    ["经办人员培训", (58.0, 2)],
]
HIDDEN = [["下拉选项"], ["产出指标"], ["效益指标"]]


def col(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def sheet_xml(rows, merges, strings):
    out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS}><sheetData>']
    for r, row in enumerate(rows, 1):
        if not row:
            out.append(f'<row r="{r}"/>')  # an empty row Excel keeps for its height
            continue
        cells = []
        for c, v in enumerate(row, 1):
            ref = f"{col(c)}{r}"
            if v is None:
                cells.append(f'<c r="{ref}" s="0"/>')  # a bordered empty cell
            elif isinstance(v, str):
                if v not in strings:
                    strings.append(v)
                cells.append(f'<c r="{ref}" t="s"><v>{strings.index(v)}</v></c>')
            elif v[0] == "inline":
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{html.escape(v[1])}</t></is></c>')
            else:
                cells.append(f'<c r="{ref}" s="{v[1]}"><v>{repr(float(v[0])) if isinstance(v[0], float) else v[0]}</v></c>')
        out.append(f'<row r="{r}">{"".join(cells)}</row>')
    out.append("</sheetData>")
    if merges:
        out.append(f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>")
    out.append("</worksheet>")
    return "".join(out)


def write_xlsx(path):
    strings = []
    sheets = [sheet_xml(MAIN, MERGES, strings), sheet_xml(SECOND, ["A1:B1"], strings), sheet_xml(HIDDEN, [], strings)]
    sst = (f'<sst {NS} count="{len(strings)}" uniqueCount="{len(strings)}">'
           + "".join(f'<si><t xml:space="preserve">{html.escape(s)}</t></si>' for s in strings) + "</sst>")
    styles = (f'<styleSheet {NS}><numFmts count="4"><numFmt numFmtId="164" formatCode="0.0%"/>'
              '<numFmt numFmtId="165" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>'
              '<numFmt numFmtId="166" formatCode="0.00%"/>'
              '<numFmt numFmtId="167" formatCode="&quot;填报日期：&quot;yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>'
              '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/>'
              '<xf numFmtId="4" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/>'
              '<xf numFmtId="166" applyNumberFormat="1"/><xf numFmtId="167" applyNumberFormat="1"/></cellXfs></styleSheet>')
    workbook = (f'<workbook {NS}><workbookPr/><sheets>'
                '<sheet name="Sheet1" sheetId="1" r:id="rId1"/><sheet name="附表 资金明细" sheetId="2" r:id="rId2"/>'
                '<sheet name="选项" sheetId="3" state="hidden" r:id="rId3"/></sheets></workbook>')
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    wb_rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               + "".join(f'<Relationship Id="rId{i}" Type="{rel}worksheet" Target="worksheets/sheet{i}.xml"/>' for i in (1, 2, 3))
               + f'<Relationship Id="rId4" Type="{rel}sharedStrings" Target="sharedStrings.xml"/>'
               + f'<Relationship Id="rId5" Type="{rel}styles" Target="styles.xml"/></Relationships>')
    parts = [
        ("[Content_Types].xml",
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in (1, 2, 3))
         + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
         '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         f'<Relationship Id="rId1" Type="{rel}officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", wb_rels),
        ("xl/worksheets/sheet1.xml", sheets[0]),
        ("xl/worksheets/sheet2.xml", sheets[1]),
        ("xl/worksheets/sheet3.xml", sheets[2]),
        ("xl/sharedStrings.xml", sst),
        ("xl/styles.xml", styles),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts:
            z.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), text.encode("utf-8"), zipfile.ZIP_DEFLATED)


# The twin: the same form as a web page would publish it, with the values as Excel shows them.
TWIN = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<p>{title}</p>
<p>（2023年度）</p>
<table border="1">
<tr><td colspan="2">项目名称</td><td colspan="6">医疗保障服务能力提升</td></tr>
<tr><td colspan="2">主管部门</td><td colspan="2">青溪县医疗保障局</td><td colspan="2">实施单位</td><td colspan="2">青溪县医疗保障局</td></tr>
<tr><td colspan="3">项目资金（万元）</td><td>年初预算数</td><td>全年预算数（A）</td><td>全年执行数（B）</td><td>分值</td><td>执行率（B/A）</td></tr>
<tr><td colspan="2" rowspan="2"></td><td>年度资金总额</td><td>1286.4</td><td>1286.4</td><td>1052.3</td><td>10</td><td>81.8%</td></tr>
<tr><td>其中：当年财政拨款</td><td>1286.4</td><td>1286.4</td><td>1052.3</td><td>—</td><td>81.8%</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td colspan="2">三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>
<tr><td rowspan="3">产出指标</td><td rowspan="2">数量指标</td><td colspan="2">医保经办人员培训</td><td>≥6期</td><td>6期</td><td>20</td><td>20</td></tr>
<tr><td colspan="2">定点医药机构现场检查</td><td>≥120家</td><td>131家</td><td>20</td><td>20</td></tr>
<tr><td>质量指标</td><td colspan="2">医保信息平台稳定运行率</td><td>≥99%</td><td>99.65%</td><td>10</td><td>10</td></tr>
<tr><td>效益指标</td><td>社会效益指标</td><td colspan="2">医保业务网上可办率</td><td>≥80%</td><td>85.2%</td><td>20</td><td>20</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td colspan="2">参保群众满意度</td><td>≥90%</td><td>91.8%</td><td>20</td><td>18.5</td></tr>
<tr><td colspan="6">总分</td><td>100</td><td>98.5</td></tr>
</table>
<p>填报日期：2023年12月31日</p>
<p>附表 资金明细</p>
<p>资金支出明细</p>
<table border="1">
<tr><td>支出内容</td><td>金额（万元）</td></tr>
<tr><td>信息系统运维</td><td>386.25</td></tr>
<tr><td>经办人员培训</td><td>58.00</td></tr>
</table>
</body></html>
"""


def main():
    write_xlsx(os.path.join(HERE, "excel-made-form.xlsx"))
    with open(os.path.join(HERE, "excel-made-form.html"), "w", encoding="utf-8") as f:
        f.write(TWIN.format(title=TITLE))
    print("wrote excel-made-form.xlsx and excel-made-form.html")


if __name__ == "__main__":
    main()
