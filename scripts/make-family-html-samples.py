#!/usr/bin/env python3
"""Writes the family corpus as web pages: Samples/family-html/*.html and their gold in
Tests/Eval/family-html-gold/.

Most published forms of the family are web pages whose form is an HTML table exported from
Word: merged cells as rowspan/colspan (the 绩效指标 column over the whole block, each level-1
and level-2 label over its group, the funds label over its rows, 年度总体目标 over its two
rows), every cell's text in `<p class=MsoNormal><span>`, a cell's lines as paragraphs, the
form's caption a centred paragraph above it, the site's chrome around it. The text corpus
(scripts/make-family-samples.py) holds each form as data and renders it in the text shapes
copies of those pages arrive in; this script takes the same documents and renders the form
as the page itself would hold it, so the HTML plugin and the interpreter are measured on the
same forms and the same gold as the text shapes.

A document takes part when its form is written by the text-shape helpers (cell per line, pipe
rows, rows on one line, layout columns): the helpers are replaced by a marker, and everything
from the first marker to the last (the form, with any of its parts written by hand between
them) becomes the one table. The lines around it (chrome, title, prose, closing labels) become
paragraphs; the line that is the document's title a heading. Documents whose form is typed by
hand, or that have no form, are left out.

All bodies, places, people and figures are invented (they are the text corpus's). Run from the
repository root:
    python3 scripts/make-family-html-samples.py
"""
import html
import importlib.util
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import familylib  # noqa: E402
from familylib import Placeholder, funds_cells, funds_header  # noqa: E402

SAMPLES = "Samples/family-html"
GOLD = "Tests/Eval/family-html-gold"
MARK = "\u0000FORM\u0000"


def load_text_corpus():
    spec = importlib.util.spec_from_file_location("family", os.path.join(HERE, "make-family-samples.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    # The text-shape helpers write a marker instead: where the form stands in the text.
    for name in ("cell_per_line", "pipe_rows", "one_line_rows", "one_line_form"):
        setattr(module, name, lambda *a, **k: MARK)
    for name in ("layout_lines", "layout_indicators"):
        setattr(module, name, lambda *a, **k: [MARK])
    return module


# ------------------------------------------------------------------ the table

class Grid:
    """The cells of a merged table, placed as a browser lays out HTML rows: a cell goes to the
    first column no cell above it still covers."""

    def __init__(self, width):
        self.width, self.cells, self.nrows = width, [], 0
        self.covered = set()

    def row(self, *cells):
        r, c = self.nrows, 0
        for cell in cells:
            text, rs, cs = cell if isinstance(cell, tuple) else (cell, 1, 1)
            while (r, c) in self.covered:
                c += 1
            self.cells.append((r, c, text, rs, cs))
            for i in range(r, r + rs):
                for j in range(c, c + cs):
                    self.covered.add((i, j))
            c += cs
        self.nrows += 1

    def rows(self, merge):
        """Rows of (text, rowspan, colspan) cells in column order. merge says how a cell merged
        down its rows is written: "rowspan" as Word exports it, "repeat" its text in every row
        (a sheet saved with merged cells undone), "blank" the text once and empty cells below."""
        placed = []
        for r, c, text, rs, cs in self.cells:
            if merge == "rowspan" or rs == 1:
                placed.append((r, c, text, rs, cs))
                continue
            placed.append((r, c, text, 1, cs))
            for i in range(r + 1, r + rs):
                placed.append((i, c, text if merge == "repeat" else "", 1, cs))
        out = [[] for _ in range(self.nrows)]
        for r, c, text, rs, cs in sorted(placed, key=lambda p: (p[0], p[1])):
            out[r].append((text, rs, cs))
        return out


def spread(n, width):
    """width columns shared by n cells, the first ones wider."""
    base, extra = divmod(width, n)
    return [base + (1 if i < extra else 0) for i in range(n)]


def form_grid(form, lead=True):
    """The form as a Word table. lead: the 绩效指标 column stands before the levels (some
    templates have none)."""
    cols = form.ind_columns
    width = (4 if lead else 3) + len(cols)   # 绩效指标 | 一级 | 二级 | 三级 | the indicator columns
    g = Grid(width)
    for pair in form.head:
        pair = [c for c in pair if c is not None]
        spans = spread(len(pair), width)
        g.row(*[(c, 1, s) for c, s in zip(pair, spans)])
    if form.funds:
        header = funds_header(form.funds_layout)
        label_span = max(1, width - 1 - len(header))
        g.row((form.funds_label, 1 + len(form.funds), 1), ("", 1, label_span), *header)
        for r in form.funds:
            cells = funds_cells(r, form.funds_layout, form.amount_style)
            if r.heading:
                g.row((cells[0], 1, width - 1))
            else:
                g.row((cells[0], 1, label_span), *cells[1:])
    if form.planned or form.achieved:
        label = form.goals_label
        if len(label) >= 3:
            a, b = spread(2, width - 1)
            g.row((label[0], 2, 1), (label[1], 1, a), (label[2], 1, b))
            g.row(("\n".join(form.planned), 1, a), ("\n".join(form.achieved), 1, b))
        else:
            g.row((label[0], 1, 1), ("\n".join(form.planned + form.achieved), 1, width - 1))
    body = form.inds
    g.indicator_header = g.nrows
    g.row(*(([(form.lead_column, 1 + len(body), 1)] if lead else []) + form.ind_header()))

    def group_end(start, level):
        """The row after the group that starts at start: the next row that starts a group of
        this level or above."""
        for j in range(start + 1, len(body)):
            r = body[j]
            if isinstance(r, Placeholder):
                continue
            if r.l1 is not None or (level == 2 and r.l2 is not None):
                return j
        return len(body)

    for i, r in enumerate(body):
        cells = []
        starts_l1 = not isinstance(r, Placeholder) and (r.l1 is not None or i == 0)
        starts_l2 = not isinstance(r, Placeholder) and (r.l1 is not None or r.l2 is not None or i == 0)
        if starts_l1:
            cells.append((r.l1 or "", group_end(i, 1) - i, 1))
        if starts_l2:
            cells.append((r.l2 or "", group_end(i, 2) - i, 1))
        if isinstance(r, Placeholder):
            cells += form.placeholder_cells(r)[2:]
        else:
            cells += form.ind_row_cells(r, False, False)[2:]
        g.row(*cells)
    t = form.total_cells()
    if t:
        g.row((t[0], 1, 4 if lead else 3), *t[3:])
    for label, text in form.after:
        if text is None:
            g.row((label, 1, width))
        else:
            g.row((label, 1, 1), (text, 1, width - 1))
    return g


def cell_html(text, rowspan, colspan, width_pt, word=True, tag="td"):
    """One cell: Word's markup (every line a `<p class=MsoNormal>` with a styled span) or a
    site editor's (the text, lines broken by `<br>`)."""
    attrs = ""
    if rowspan > 1:
        attrs += " rowspan=%d" % rowspan
    if colspan > 1:
        attrs += " colspan=%d" % colspan
    lines = (text or "").split("\n")
    if word:
        body = "".join(
            "<p class=MsoNormal align=center style='text-align:center'><span style='font-size:10.5pt;"
            "font-family:宋体'>%s</span></p>" % (html.escape(p) if p else "&nbsp;") for p in lines)
        return ("<%s width=%d%s valign=middle style='width:%.1fpt;border:solid windowtext 1.0pt;"
                "padding:0cm 5.4pt 0cm 5.4pt'>%s</%s>" % (tag, round(width_pt * 4 / 3), attrs, width_pt, body, tag))
    return "<%s%s>%s</%s>" % (tag, attrs, "<br>".join(html.escape(p) for p in lines) or "&nbsp;", tag)


def table_html(rows, word=True, header_rows=()):
    if word:
        out = ["<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
               "border:none'>", "<tbody>"]
    else:
        out = ["<table border=\"1\" width=\"100%\" cellspacing=\"0\">", "<tbody>"]
    for i, row in enumerate(rows):
        out.append("<tr style='height:22.5pt'>" if word else "<tr>")
        tag = "th" if i in header_rows else "td"
        out.extend(" " + cell_html(text, rs, cs, 52.0 * cs, word, tag) for text, rs, cs in row)
        out.append("</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


class Style:
    """How one page writes its form, chosen by the document's place in the corpus so that the
    corpus holds every kind: merged cells (rowspan, repeated, blank below), Word's or an
    editor's markup (`<th>` headers), one table or two (split before the 绩效指标 block, as a
    form broken over two pages is exported), with or without the 绩效指标 lead column, and the
    article inside a layout table or not."""

    def __init__(self, n):
        self.merge = ("rowspan", "repeat", "blank")[n % 3]
        self.word = n % 2 == 0
        self.split = n % 4 == 3
        self.lead = n % 5 != 4
        self.wrapped = n % 6 == 5

    def describe(self):
        return ("merged cells: %s; %s markup; %s; %s; %s" % (
            self.merge, "Word's" if self.word else "an editor's (<th> headers, <br> lines)",
            "two tables (split before the indicator block)" if self.split else "one table",
            "with the 绩效指标 lead column" if self.lead else "no lead column",
            "inside a layout table" if self.wrapped else "no layout table"))


def form_tables(form, style):
    g = form_grid(form, lead=style.lead)
    rows = g.rows(style.merge)
    ih = g.indicator_header
    headers = set() if style.word else {ih}
    if not style.split:
        return [table_html(rows, style.word, headers)]
    return [table_html(rows[:ih], style.word),
            "<p class=MsoNormal>&nbsp;</p>",
            table_html(rows[ih:], style.word, {0} if not style.word else set())]


# ------------------------------------------------------------------ the page

def page_blocks(doc):
    """The document's text around its form as the page's blocks, before and after the form:
    ("title", text) for the title (one line, however a text copy wrapped it), ("box", pairs)
    for a 信息公开 box of bullet labels and their values, ("p", text) for any other line."""
    lines = doc.text.split("\n")
    marks = [i for i, l in enumerate(lines) if MARK in l]
    before = lines[:marks[0]] + [lines[marks[0]].split(MARK)[0]]
    after = [lines[marks[-1]].split(MARK)[-1]] + lines[marks[-1] + 1:]
    title = doc.meta["title"]
    norm = lambda s: re.sub(r"\s+", "", s or "")

    def blocks(part):
        out = []
        part = [l.replace("\f", "").strip() for l in part]
        # A bullet label's value is the next line, which may be empty (a 文号 left blank).
        part = [l for k, l in enumerate(part) if l or (k > 0 and part[k - 1].startswith("• "))]
        i = 0
        while i < len(part):
            line = part[i]
            # A title a text copy wrapped over lines is one line of the page.
            j, joined = i + 1, norm(line)
            while title and joined != norm(title) and norm(title).startswith(joined) and j < len(part):
                joined += norm(part[j])
                j += 1
            if title and joined == norm(title):
                out.append(("title", "".join(part[i:j])))
                i = j
                continue
            if line.startswith("• "):
                pairs = []
                while i < len(part) and part[i].startswith("• "):
                    has_value = i + 1 < len(part) and not part[i + 1].startswith("• ")
                    pairs.append((part[i][2:], part[i + 1] if has_value else ""))
                    i += 2 if has_value else 1
                out.append(("box", pairs))
                continue
            if line:
                out.append(("p", line))
            i += 1
        return out

    return blocks(before), blocks(after)


def page_html(doc, n, style):
    """The page: the text's lines before and after the form as paragraphs, the form as one
    table with its caption and year line above it."""
    title = doc.meta["title"]
    site = next((l.strip() for l in doc.text.split("\n") if l.strip() and MARK not in l), "")
    before, after = page_blocks(doc)

    def paragraphs(blocks):
        out = []
        for kind, content in blocks:
            if kind == "title":
                # Sites set the title in a heading or a styled block: both kinds occur.
                tag = ("<h1 class=\"article-title\">%s</h1>" if n % 2 == 0 else "<div class=\"tit\">%s</div>")
                out.append(tag % html.escape(content))
            elif kind == "box":
                # A site's 信息公开 box: label and value cells, in a table of its own.
                cells = ["<td class=\"label\" style=\"white-space:nowrap\">%s：</td><td>%s</td>"
                         % (html.escape(k), html.escape(v) or "&nbsp;") for k, v in content]
                rows = ["<tr>%s</tr>" % "".join(cells[k:k + 2]) for k in range(0, len(cells), 2)]
                out.append("<table class=\"xxgk\" width=\"100%%\">%s</table>" % "".join(rows))
            else:
                out.append("<p>%s</p>" % html.escape(content))
        return out

    form = doc.form
    caption = []
    if form.caption:
        caption.append("<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:"
                       "16.0pt;font-family:方正小标宋简体'>%s</span></b></p>" % html.escape(form.caption))
    if form.year_line:
        caption.append("<p class=MsoNormal align=center style='text-align:center'><span>%s</span></p>"
                       % html.escape(form.year_line))
    head_title = (title + "_" + site) if title and site and site != title else (title or site)
    parts = ["<!DOCTYPE html>", "<html>", "<head>", "<meta charset=\"utf-8\">",
             "<title>%s</title>" % html.escape(head_title), "</head>", "<body>", "<div class=\"article\">"]
    parts += paragraphs(before)
    parts += ["<div class=\"TRS_Editor\">"] + caption + form_tables(form, style) + ["</div>"]
    parts += paragraphs(after)
    parts += ["</div>"]
    if style.wrapped:
        parts[parts.index("<div class=\"article\">")] = ("<table width=\"980\" align=\"center\"><tr><td class=\"main\">"
                                                       "<div class=\"article\">")
        parts += ["</td></tr></table>"]
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"


def form_documents():
    """The text corpus's documents whose form its data holds whole, each with its place in the
    corpus: (n, doc)."""
    corpus = load_text_corpus()
    for n, make in enumerate(corpus.DOCS):
        doc = make()
        if doc.form is None or MARK not in doc.text:
            continue   # no form, or a form typed by hand: nothing to render as a table
        form = doc.form
        if (doc.funding, doc.indicators) != (form.gold_funding(), form.gold_indicators()) \
                or doc.goals not in (None, form.gold_goals()):
            continue   # the text adds rows of its own by hand, which the form's data does not hold
        yield n, doc


def main():
    os.makedirs(SAMPLES, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    written = []
    for n, doc in form_documents():
        form = doc.form
        name = doc.file[:-len(".txt")] + ".html"
        style = Style(len(written))
        page = unicodedata.normalize("NFC", page_html(doc, n, style))
        with open(os.path.join(SAMPLES, name), "w", encoding="utf-8") as f:
            f.write(page)
        gold = doc.gold()
        gold["source"] = {"file": name, "format": "html", "pages": None}
        gold["_notes"] = ("The family document %s as its web page: the form an HTML table with merged cells "
                          "(scripts/make-family-html-samples.py); %s. %s" % (doc.file, style.describe(), gold.get("_notes", "")))
        with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
        written.append(name)
    print("wrote %d pages to %s and their gold to %s" % (len(written), SAMPLES, GOLD))


if __name__ == "__main__":
    main()
