#!/usr/bin/env python3
"""Writes the family corpus as Word and Excel files: Samples/family-docx/*.docx and
Samples/family-xlsx/*.xlsx, with their gold in Tests/Eval/family-docx-gold/ and
Tests/Eval/family-xlsx-gold/.

Forms of the family are filled in Word or Excel before they are published, and users collect
those files too. These hold the family corpus's forms (the same documents and gold as
Samples/family-html, from scripts/make-family-html-samples.py) as the two programs save them:

- Word: the page's lines as paragraphs (the title centred and bold), the form as a table whose
  merged cells are w:gridSpan and w:vMerge (restart, then continue), or with the merge undone
  (the text in every row, or once with empty cells below), the form split into two tables
  before its 绩效指标 block where the page splits it;
- Excel: one sheet, the page's lines in the first column, the form's cells with their merges in
  <mergeCells>, strings shared, and figures stored as numbers the way Excel stores what is typed:
  `3,286.50` a number shown with #,##0.00, `96.54%` the fraction 0.9654 shown with 0.00%, `100%`
  the number 1 shown with 0%, `45.60` shown with 0.00.

All bodies, places, people and figures are invented (they are the text corpus's). The ZIP entries
have a fixed date, so every run writes the same bytes. Run from the repository root:
    python3 scripts/make-family-office-samples.py
"""
import html
import importlib.util
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
_spec = importlib.util.spec_from_file_location("family_html", os.path.join(HERE, "make-family-html-samples.py"))
family_html = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(family_html)

DATE = (2024, 1, 1, 0, 0, 0)


def esc(s):
    return html.escape(s, quote=True)


def write_zip(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts:
            z.writestr(zipfile.ZipInfo(name, date_time=DATE), text.encode("utf-8"), zipfile.ZIP_DEFLATED)


def form_rows(form, style):
    """The form's rows of (text, rowspan, colspan) cells as the style writes its merges, and the
    row where the 绩效指标 block starts."""
    grid = family_html.form_grid(form, lead=style.lead)
    return grid.rows(style.merge), grid.indicator_header, grid.width


def lines_around(doc):
    """The lines before and after the form: (text, is_title). A 信息公开 box is its labels and
    values, a pair a line."""
    def lines(blocks):
        out = []
        for kind, content in blocks:
            if kind == "box":
                out += [("%s：%s" % (k, v), False) for k, v in content]
            else:
                out.append((content, kind == "title"))
        return out
    before, after = family_html.page_blocks(doc)
    return lines(before), lines(after)


# ------------------------------------------------------------------ Word

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def w_run(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return "<w:r>%s%s</w:r>" % (rpr, "<w:br/>".join('<w:t xml:space="preserve">%s</w:t>' % esc(p)
                                                     for p in text.split("\n")))


def w_para(text, center=False, bold=False):
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
    return "<w:p>%s%s</w:p>" % (ppr, w_run(text, bold) if text else "")


def w_table(rows, width):
    """Rows of (text, rowspan, colspan) as a Word table: a cell merged down is w:vMerge restart,
    the cells below it w:vMerge continue, each with the merge's w:gridSpan."""
    out = ['<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>'
           + "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % b
                     for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
           + "</w:tblBorders></w:tblPr><w:tblGrid>" + '<w:gridCol w:w="900"/>' * width + "</w:tblGrid>"]
    covered = {}   # (row, column) -> colspan of a vertical merge going on there
    for r, row in enumerate(rows):
        cells, c, k = [], 0, 0
        while k < len(row) or (r, c) in covered:
            if (r, c) in covered:
                span = covered[(r, c)]
                grid_span = '<w:gridSpan w:val="%d"/>' % span if span > 1 else ""
                cells.append("<w:tc><w:tcPr>%s<w:vMerge/></w:tcPr><w:p/></w:tc>" % grid_span)
                c += span
                continue
            text, rs, cs = row[k]
            k += 1
            props = ('<w:gridSpan w:val="%d"/>' % cs if cs > 1 else "") + ('<w:vMerge w:val="restart"/>' if rs > 1 else "")
            cells.append("<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (props, w_para(text, center=True)))
            for below in range(r + 1, r + rs):
                covered[(below, c)] = cs
            c += cs
        out.append("<w:tr>%s</w:tr>" % "".join(cells))
    out.append("</w:tbl>")
    return "".join(out)


def docx(doc, style, path):
    form = doc.form
    rows, ih, width = form_rows(form, style)
    before, after = lines_around(doc)
    body = [w_para(t, center=title, bold=title) for t, title in before]
    if form.caption:
        body.append(w_para(form.caption, center=True, bold=True))
    if form.year_line:
        body.append(w_para(form.year_line, center=True))
    if style.split:
        body += [w_table(rows[:ih], width), "<w:p/>", w_table(rows[ih:], width)]
    else:
        body.append(w_table(rows, width))
    body += [w_para(t, center=title, bold=title) for t, title in after]
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % (W, "".join(body)))
    write_zip(path, [
        ("[Content_Types].xml",
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
         'wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels",
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", document),
    ])


# ------------------------------------------------------------------ Excel

# Cell styles (cellXfs): 0 General, 1 0.00%, 2 0%, 3 #,##0.00, 4 0.00.
STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>'
          '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
          '<borders count="1"><border/></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
          '</styleSheet>')

# The same with what a form made to be printed has (--printable): thin borders round every cell of
# the form and its text wrapped in the cell (cellXfs 5-9: the styles 0-4 so), the caption lines
# centred (10).
PRINT_STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>'
                '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
                '<borders count="2"><border/><border><left style="thin"/><right style="thin"/><top style="thin"/>'
                '<bottom style="thin"/><diagonal/></border></borders>'
                '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
                '<cellXfs count="11"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
                '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
                '<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
                '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
                '<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
                + "".join('<xf numFmtId="%d" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" '
                          'applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>' % n
                          for n in (0, 10, 9, 4, 2))
                + '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
                '<alignment horizontal="center" wrapText="1"/></xf></cellXfs>'
                '</styleSheet>')

PLAIN = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")


def typed(text):
    """What Excel stores for a cell typed as `text`: (value, style) for a number, None for text."""
    t = text.strip()
    if re.fullmatch(r"-?[0-9]{1,3}(,[0-9]{3})+\.[0-9]{2}", t):
        return repr(float(t.replace(",", ""))), 3
    m = re.fullmatch(r"(-?[0-9]+(?:\.([0-9]+))?)%", t)
    if m and (m.group(2) is None or len(m.group(2)) == 2):
        value = round(float(m.group(1)) / 100, 6)
        return repr(value), (1 if m.group(2) else 2)
    if PLAIN.match(t):
        if "." in t and len(t.split(".")[1]) == 2 and t.endswith("0"):
            return repr(float(t)), 4   # 45.60: the trailing zero is the format's
        return t, 0
    return None


def col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(doc, style, path, printable=False):
    """The form as a workbook; `printable` adds what a form made to be printed has: borders, text
    wrapped in its cells, columns as wide as their text asks (within bounds), the sheet fitted
    to the page's width."""
    form = doc.form
    rows, _, width = form_rows(form, style)
    before, after = lines_around(doc)
    strings, index = [], {}

    def shared(text):
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return index[text]

    sheet_rows, merges = [], []
    r = 0

    def line_row(text):
        nonlocal r
        centred = ' s="10"' if printable else ""
        tall = ""
        if printable:
            room = max(1, sum(units) // 2 - 1)
            tall = ' ht="%.1f" customHeight="1"' % (14.5 * -(-len(text) // room) + 2)
        sheet_rows.append('<row r="%d"%s><c r="A%d"%s t="s"><v>%d</v></c></row>'
                          % (r + 1, tall, r + 1, centred, shared(text)))
        if width > 1:
            merges.append("A%d:%s%d" % (r + 1, col(width - 1), r + 1))
        r += 1

    # A CJK character is about two of Excel's width units; a column is as wide as its longest
    # unmerged text on up to 8 lines, within 6 and 24 units; a row as high as its fullest cell's
    # lines (Calc does not fit rows to wrapped text when it opens a workbook).
    longest = [0] * width
    seen = set()
    for rr, row in enumerate(rows):
        c = 0
        for text, rs, cs in row:
            while (rr, c) in seen:
                c += 1
            if text and cs == 1 and c < width:
                longest[c] = max(longest[c], len(text))
            for dr in range(rs):
                for dc in range(cs):
                    seen.add((rr + dr, c + dc))
            c += cs
    units = [min(24, max(6, (n * 2 + 7) // 8 + 2)) for n in longest]

    def height(row, rr):
        c, lines = 0, 1
        for text, rs, cs in row:
            while (rr, c) in seen_rows[rr]:
                c += 1
            room = max(1, sum(units[c:c + cs]) // 2 - 1)
            lines = max(lines, -(-len(text) // room) // rs)
            c += cs
        return 14.5 * lines + 2

    seen_rows = {}
    seen2 = set()
    for rr, row in enumerate(rows):
        seen_rows[rr] = {p for p in seen2 if p[0] == rr}
        c = 0
        for text, rs, cs in row:
            while (rr, c) in seen2:
                c += 1
            for dr in range(rs):
                for dc in range(cs):
                    if dr or dc:
                        seen2.add((rr + dr, c + dc))
            c += cs
    for text, _ in before:
        line_row(text)
    if form.caption:
        line_row(form.caption)
    if form.year_line:
        line_row(form.year_line)
    covered = set()
    first_form_row = r
    for row in rows:
        c, cells = 0, []
        for text, rs, cs in row:
            while (r, c) in covered:
                if printable:   # a merged cell's covered positions carry its borders
                    cells.append('<c r="%s%d" s="5"/>' % (col(c), r + 1))
                c += 1
            ref = "%s%d" % (col(c), r + 1)
            if text:
                value = typed(text)
                if value is None:
                    cells.append('<c r="%s"%s t="s"><v>%d</v></c>' % (ref, ' s="5"' if printable else "", shared(text)))
                else:
                    number, s = value
                    s = s + 5 if printable else s
                    cells.append('<c r="%s"%s><v>%s</v></c>' % (ref, ' s="%d"' % s if s else "", number))
            elif printable:
                cells.append('<c r="%s" s="5"/>' % ref)
            if rs > 1 or cs > 1:
                merges.append("%s%d:%s%d" % (col(c), r + 1, col(c + cs - 1), r + rs))
            for dr in range(rs):
                for dc in range(cs):
                    if dr or dc:
                        covered.add((r + dr, c + dc))
            if printable:   # the rest of a merged cell's first row carries its borders too
                cells.extend('<c r="%s%d" s="5"/>' % (col(c + dc), r + 1) for dc in range(1, cs))
            c += cs
        while printable and c < width:
            if (r, c) in covered:
                cells.append('<c r="%s%d" s="5"/>' % (col(c), r + 1))
            c += 1
        tall = ' ht="%.1f" customHeight="1"' % height(row, r - first_form_row) if printable else ""
        sheet_rows.append('<row r="%d"%s>%s</row>' % (r + 1, tall, "".join(cells)))
        r += 1
    for text, _ in after:
        line_row(text)
    merge_xml = ('<mergeCells count="%d">%s</mergeCells>' % (len(merges), "".join('<mergeCell ref="%s"/>' % m for m in merges))
                 if merges else "")
    head = tail = ""
    if printable:
        widths = ["%d" % u for u in units]
        head = ('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><cols>%s</cols>'
                % "".join('<col min="%d" max="%d" width="%s" customWidth="1"/>' % (i + 1, i + 1, w)
                          for i, w in enumerate(widths)))
        tail = '<pageSetup paperSize="9" fitToWidth="1" fitToHeight="0"/>'
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '%s<sheetData>%s</sheetData>%s%s</worksheet>' % (head, "".join(sheet_rows), merge_xml, tail))
    shared_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
                  % (len(strings), len(strings), "".join('<si><t xml:space="preserve">%s</t></si>' % esc(s) for s in strings)))
    write_zip(path, [
        ("[Content_Types].xml",
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
         'spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
         'spreadsheetml.worksheet+xml"/>'
         '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
         'spreadsheetml.styles+xml"/>'
         '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
         'spreadsheetml.sharedStrings+xml"/></Types>'),
        ("_rels/.rels",
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="自评表" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels",
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
         'Target="worksheets/sheet1.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
         'Target="styles.xml"/>'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
         'Target="sharedStrings.xml"/></Relationships>'),
        ("xl/worksheets/sheet1.xml", sheet),
        ("xl/styles.xml", PRINT_STYLES if printable else STYLES),
        ("xl/sharedStrings.xml", shared_xml),
    ])


def printable(out):
    """Writes the family's workbooks made to be printed to `out` (for scripts/make-office-printed-
    samples.sh; not committed: the Excel samples stay as the XLSX reader's tests know them)."""
    os.makedirs(out, exist_ok=True)
    for count, (n, doc) in enumerate(family_html.form_documents()):
        xlsx(doc, family_html.Style(count + 1), os.path.join(out, doc.file[:-len(".txt")] + ".xlsx"), printable=True)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--printable":
        printable(sys.argv[2])
        return
    for ext, write in (("docx", docx), ("xlsx", xlsx)):
        samples, gold_dir = "Samples/family-%s" % ext, "Tests/Eval/family-%s-gold" % ext
        os.makedirs(samples, exist_ok=True)
        os.makedirs(gold_dir, exist_ok=True)
        count = 0
        for n, doc in family_html.form_documents():
            # A different style from the web page's, so each form is seen in more markups.
            style = family_html.Style(count + 1)
            name = doc.file[:-len(".txt")] + "." + ext
            write(doc, style, os.path.join(samples, name))
            gold = doc.gold()
            gold["source"] = {"file": name, "format": ext, "pages": None}
            gold["_notes"] = ("The family document %s as a %s file (scripts/make-family-office-samples.py); merged "
                              "cells: %s; %s. %s" % (doc.file, "Word" if ext == "docx" else "Excel", style.merge,
                                                     "two tables" if style.split and ext == "docx" else "one table",
                                                     gold.get("_notes", "")))
            with open(os.path.join(gold_dir, name + ".json"), "w", encoding="utf-8") as f:
                json.dump(gold, f, ensure_ascii=False, indent=2)
                f.write("\n")
            count += 1
        print("wrote %d %s files to %s and their gold to %s" % (count, ext, samples, gold_dir))


if __name__ == "__main__":
    main()
