"""Building blocks for scripts/make-family-samples.py: a self-evaluation form held as data, the
text shapes real pages deliver it in, and the gold values derived from the same data.

Everything here is invented. The shapes imitate how published pages of the family arrive as
text (one cell per line, pipe rows, pdftotext -layout columns, rows or whole forms on one
line); the bodies, places, names and figures do not come from any page.
"""
import json
import os
import re
import unicodedata

# ------------------------------------------------------------------ values

OPERATORS = [("大于等于", ">="), ("小于等于", "<="), ("不低于", ">="), ("不少于", ">="), ("不高于", "<="),
             ("不超过", "<="), ("不多于", "<="), ("≥", ">="), ("≧", ">="), (">=", ">="), ("≤", "<="), ("<=", "<="),
             ("＝", "="), ("﹦", "="), ("=", "="), ("高于", ">"), ("超过", ">"), ("大于", ">"), ("低于", "<"),
             ("小于", "<"), (">", ">"), ("<", "<")]
NUMBER = re.compile(r"^([0-9]+(?:\.[0-9]+)?)(.*)$")
UNIT = re.compile(r"^(%|‰|万元|元/人|元|万人次|万人|人次|人|个工作日|工作日|个月|家次|家|个|项|次|天|分钟|小时|月|份|场|批次|件|种|台|套|户|所)")


def split_operator(raw):
    for word, op in OPERATORS:
        if raw.startswith(word):
            return op, raw[len(word):]
    return None, raw


def number_unit(text):
    """(value, unit) of a value cell that is one number with an optional unit, else (None, None)."""
    m = NUMBER.match(text.replace(",", ""))
    if not m:
        return None, None
    rest = m.group(2).strip()
    if re.search(r"[0-9]", rest):  # several numbers: not one value
        return None, None
    if re.match(r"^[年月]", rest) and rest not in ("年", "月"):  # 12月底前, 11月底: a date, not a quantity
        return None, None
    if re.match(r"^[^/\s]+/[^/\s]+$", rest):  # 元/人, 元/亩: a rate unit is the whole rest
        return float(m.group(1)) if "." in m.group(1) else int(m.group(1)), rest
    u = UNIT.match(rest)
    unit = u.group(0) if u else (rest or None)  # 70%左右 → %: a qualifier after the unit is not the unit
    return float(m.group(1)) if "." in m.group(1) else int(m.group(1)), unit


def target_gold(raw):
    op, rest = split_operator(raw)
    value, unit = number_unit(rest)
    return {"raw": raw, "operator": op, "value": value, "unit": unit}


def actual_gold(raw):
    if raw is None or raw == "":
        return {"raw": None, "value": None, "unit": None}
    _, rest = split_operator(raw)
    value, unit = number_unit(rest)
    return {"raw": raw, "value": value, "unit": unit}


def level1_norm(label):
    s = re.sub(r"\s+", "", label or "")
    s = re.sub(r"[（(]\s*[0-9.]+\s*分\s*[)）]", "", s)
    for l1 in ("产出指标", "效益指标", "满意度指标", "成本指标"):
        if s.startswith(l1[:2]):
            return l1
    return s or None


def level1_from_level2(l2):
    s = re.sub(r"\s+", "", l2 or "")
    if s.startswith(("数量", "质量", "时效")):
        return "产出指标"
    if s.startswith(("经济成本", "社会成本", "生态环境成本")):
        return "成本指标"
    if s.startswith("成本"):
        return "产出指标"
    if s.startswith(("社会效益", "经济效益", "生态效益", "可持续")):
        return "效益指标"
    if "满意" in s:
        return "满意度指标"
    return None


def pct(executed, budget):
    return "%.2f%%" % (executed / budget * 100) if budget else ""


def amount(x, style):
    """An amount as the form writes it: plain (1286.4), comma (1,286.40), wan (1286.4万)."""
    if x is None:
        return ""
    if style == "comma":
        return "{:,.2f}".format(x)
    if style == "yuan":  # the form states 元; the gold keeps 万元
        return "{:,.2f}".format(round(x * 10000, 2))
    if style == "fixed":
        return "%.2f" % x
    s = ("%.2f" % x).rstrip("0").rstrip(".")
    return s + "万" if style == "wan" else s


def num_of(text):
    t = text.replace(",", "").rstrip("%万")
    try:
        v = float(t)
    except ValueError:
        return None
    return int(v) if v == int(v) and "." not in t else v


# ------------------------------------------------------------------ the form as data

class Ind:
    """One 三级指标 row. target is the 指标值 cell, or a tuple (指标性质, 指标值, 度量单位)."""

    def __init__(self, l1, l2, name, target, actual, weight=None, score=None, note=None, gold_name=None):
        self.l1, self.l2, self.name = l1, l2, name
        self.target, self.actual = target, actual
        self.weight, self.score, self.note = weight, score, note
        self.gold_name = gold_name  # the name as the gold has it when the text wraps it

    def target_raw(self):
        if isinstance(self.target, tuple):
            op, val, unit = self.target
            if op in ("定性", "定量", ""):
                return val + (unit or "")
            return op + val + (unit or "")
        return self.target

    def gold(self, l1, l2):
        raw = self.target_raw()
        t = target_gold(raw)
        if isinstance(self.target, tuple) and self.target[0] in ("定性",):
            t["operator"] = None
        return {"level1": l1, "level2": l2, "name": self.gold_name or self.name, "target": t,
                "actual": actual_gold(self.actual), "note": self.note.replace("\n", "") if self.note else None}


class Placeholder:
    """A template row left unfilled (指标2:, ……, /): dropped by a reader, absent from the gold."""

    def __init__(self, name, fill=""):
        self.name, self.fill = name, fill


class FundRow:
    def __init__(self, label, initial=None, budget=None, executed=None, weight=None, score=None, rate=None,
                 heading=False, blank=""):
        self.label, self.initial, self.budget, self.executed = label, initial, budget, executed
        self.blank = blank  # what an empty amount cell shows: nothing, —, /
        self.weight, self.score = weight, score
        self.heading = heading  # a group label such as 按支出性质分: no amounts, not a funds row
        self.rate = rate if rate is not None else (pct(executed, budget) if budget and executed is not None else "")

    def gold(self):
        item = re.sub(r"^其中[:：]?", "", self.label).rstrip(":：")
        return {"item": item, "budget": self.budget, "executed": self.executed,
                "executionRate": num_of(self.rate) if self.rate else None}


# Column sets of the funds block.
FUNDS_NATIONAL = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
FUNDS_ADJUSTED = ["年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分"]
FUNDS_TRANSFER = ["全年预算数（A）", "全年执行数（B）", "执行率（B/A）"]


def funds_cells(row, layout, style):
    a = lambda x: amount(x, style) if x is not None else row.blank
    if row.heading:
        return [row.label]
    if layout == "national":
        return [row.label, a(row.initial), a(row.budget), a(row.executed), row.weight or row.blank,
                row.rate or row.blank, row.score or row.blank]
    if layout == "adjusted":
        return [row.label, a(row.initial), a(row.budget), a(row.executed), row.rate or row.blank,
                row.weight or row.blank, row.score or row.blank]
    return [row.label, a(row.budget), a(row.executed), row.rate or row.blank]


def funds_header(layout):
    return {"national": FUNDS_NATIONAL, "adjusted": FUNDS_ADJUSTED, "transfer": FUNDS_TRANSFER}[layout]


class Form:
    """A self-evaluation form. ind_columns names the columns after 三级指标."""

    def __init__(self, caption=None, year_line=None, head=(), funds_label="项目资金（万元）", funds_layout="national",
                 funds=(), amount_style="plain", goals_label=("年度总体目标", "预期目标", "实际完成情况"),
                 planned=(), achieved=(), ind_columns=(), inds=(), total=None, after=(), lead_column="绩效指标"):
        self.caption, self.year_line, self.head = caption, year_line, list(head)
        self.funds_label, self.funds_layout, self.funds = funds_label, funds_layout, list(funds)
        self.amount_style = amount_style
        self.goals_label, self.planned, self.achieved = goals_label, list(planned), list(achieved)
        self.ind_columns, self.inds, self.total = list(ind_columns), list(inds), total
        self.after, self.lead_column = list(after), lead_column

    # -- gold
    def gold_funding(self):
        return [r.gold() for r in self.funds if not r.heading]

    def gold_indicators(self):
        out, l1, l2 = [], None, None
        for r in self.inds:
            if isinstance(r, Placeholder):
                continue
            if r.l2:
                l2 = re.sub(r"\s+", "", r.l2)
            if r.l1:  # a merged level-1 cell holds until the next one
                l1 = level1_norm(r.l1)
            out.append(r.gold(l1 or level1_from_level2(l2), l2))
        return out

    def gold_scores(self):
        if self.total and self.total[2] not in (None, ""):
            return {"total": num_of(str(self.total[2]))}
        return None

    def gold_goals(self):
        if not self.planned and not self.achieved:
            return None
        return {"planned": [g.replace("\n", "") for g in self.planned],
                "achieved": [g.replace("\n", "") for g in self.achieved]}

    # -- the rows of the form, merged cells shown once
    def ind_row_cells(self, r, show_l1, show_l2):
        # a merged level cell below its first row is None: it vanishes from a page's text, where a
        # cell left empty ("") still shows as an empty cell
        cells = [r.l1 if show_l1 and r.l1 else None, r.l2 if show_l2 and r.l2 else None, r.name]
        cols = self.ind_columns
        for c in cols:
            if c in ("指标性质", "运算符"):
                cells.append(r.target[0])
            elif c == "指标值" and isinstance(r.target, tuple):
                cells.append(r.target[1])
            elif c == "度量单位":
                cells.append(r.target[2] or "")
            elif c in ("年度指标值", "指标值", "年度目标值"):
                cells.append(r.target_raw())
            elif "实际" in c or "完成值" in c:
                cells.append(r.actual or "")
            elif c.startswith(("分值", "权重")):
                cells.append(str(r.weight) if r.weight is not None else "")
            elif c == "得分":
                cells.append(str(r.score) if r.score is not None else "")
            else:
                cells.append(r.note or "")
        return cells

    def placeholder_cells(self, p):
        return [None, None, p.name] + [p.fill] * len(self.ind_columns)

    def ind_body(self):
        rows = []
        for r in self.inds:
            if isinstance(r, Placeholder):
                rows.append(self.placeholder_cells(p=r))
                continue
            rows.append(self.ind_row_cells(r, r.l1 is not None, r.l2 is not None))
        return rows

    def ind_header(self):
        return ["一级指标", "二级指标", "三级指标"] + self.ind_columns

    def total_cells(self):
        if not self.total:
            return None
        label, weight, score = self.total
        cells = [label, None, None] + [""] * len(self.ind_columns)
        for i, c in enumerate(self.ind_columns):
            if c.startswith(("分值", "权重")):
                cells[3 + i] = str(weight) if weight is not None else ""
            if c == "得分":
                cells[3 + i] = str(score) if score not in (None, "") else ""
        return cells


# ------------------------------------------------------------------ documents and gold

class Doc:
    def __init__(self, file, kind, title, issuer, year, published=None, index=None, text="", form=None,
                 funding=None, indicators=None, scores="form", sections=(), goals="form", encoding="utf-8",
                 crlf=False, accept=None, notes="", split_target=False, given_items=()):
        self.file, self.text, self.form = file, text, form
        # fund items the reader names itself: prose states the year's funds with no row label,
        # and the row is the form's 年度资金总额 (not a string of the text)
        self.given_items = set(given_items)
        # targets written in 指标性质 | 指标值 | 度量单位 cells without a Form to say so
        self.split_target = split_target
        self.meta = {"title": title, "kind": kind, "issuer": issuer, "year": year, "publishedOn": published,
                     "indexNumber": index}
        self.funding = funding if funding is not None else (form.gold_funding() if form else [])
        self.indicators = indicators if indicators is not None else (form.gold_indicators() if form else [])
        self.scores = (form.gold_scores() if form else None) if scores == "form" else scores
        self.goals = (form.gold_goals() if form else None) if goals == "form" else goals
        self.sections = [{"number": n, "title": t, "level": 1} for n, t in sections]
        self.encoding, self.crlf = encoding, crlf
        self.accept, self.notes = accept or {}, notes

    def gold(self):
        g = {"schemaVersion": 1, "source": {"file": self.file, "format": "text", "pages": None},
             "metadata": self.meta, "funding": self.funding, "indicators": self.indicators,
             "scores": self.scores, "sections": self.sections}
        if self.goals is not None:
            g["goals"] = self.goals
        if self.accept:
            g["_accept"] = self.accept
        g["_notes"] = self.notes
        return g

    def write(self, samples_dir, gold_dir):
        text = unicodedata.normalize("NFC", self.text)
        if not text.endswith("\n"):
            text += "\n"
        if self.crlf:
            text = text.replace("\n", "\r\n")
        if self.encoding == "utf-16":
            data = b"\xff\xfe" + text.encode("utf-16-le")
        elif self.encoding == "utf-8-sig":
            data = b"\xef\xbb\xbf" + text.encode("utf-8")
        else:
            data = text.encode(self.encoding)
        with open(os.path.join(samples_dir, self.file), "wb") as f:
            f.write(data)
        with open(os.path.join(gold_dir, self.file + ".json"), "w", encoding="utf-8") as f:
            json.dump(self.gold(), f, ensure_ascii=False, indent=2)
            f.write("\n")


# ------------------------------------------------------------------ text shapes

NBSP = "\u00a0"


def form_rows(form, lead=True):
    """The form as a list of rows of cells, as a spreadsheet would hold it (merged cells once)."""
    rows = []
    if form.caption:
        rows.append([form.caption])
    if form.year_line:
        rows.append([form.year_line])
    for pair in form.head:
        rows.append(list(pair))
    if form.funds:
        rows.append([form.funds_label] + funds_header(form.funds_layout))
        for r in form.funds:
            rows.append(funds_cells(r, form.funds_layout, form.amount_style))
    if form.planned or form.achieved:
        rows.append(list(form.goals_label))
        rows.append(["\n".join(form.planned), "\n".join(form.achieved)])
    head = form.ind_header()
    rows.append(([form.lead_column] if lead else []) + head)
    for r in form.ind_body():
        rows.append(([None] if lead else []) + r)
    t = form.total_cells()
    if t:
        rows.append(t)
    for label, text in form.after:
        rows.append([label, text] if text is not None else [label])
    return rows


def cell_per_line(rows, pipe=False, blank=False, empty="omit"):
    """One cell per line, as a page's innerText gives a table: ` |` after each cell or not, blank
    lines between cells or not, empty cells vanished ("omit"), a lone NBSP ("nbsp"), a space, or
    nothing ("bare": an empty line, or a lone ` |`)."""
    out = []
    for row in rows:
        for c in row:
            if c is None:
                continue
            if c == "":
                if empty == "omit":
                    continue
                c = {"nbsp": NBSP, "space": " "}.get(empty, "")  # "bare": the line holds nothing (or ` |`)
            for i, part in enumerate(c.split("\n")):
                out.append(part + (" |" if pipe and i == len(c.split("\n")) - 1 else ""))
            if blank:
                out.append("")
    return "\n".join(out)


def pipe_rows(rows, width=None, trail=True, empty=""):
    """Markdown-like pipe rows as scrapers write them: `a | b | c ||||`, padded to the widest row;
    an empty cell written as `empty` (an &nbsp; cell gives NBSP)."""
    width = width or max(len([c for c in r if c is not None]) for r in rows)
    out = []
    for row in rows:
        cells = [c.replace("\n", " ") if c else empty for c in row if c is not None]
        line = " | ".join(cells)
        if trail:
            line += " |" + "|" * (width - len(cells))
        out.append(line)
    return "\n".join(out)


def one_line_rows(rows):
    return "\n".join(" ".join(c.replace("\n", "") for c in r if c) for r in rows)


def one_line_form(rows):
    return " ".join(" ".join(c.replace("\n", "") for c in r if c) for r in rows)


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in s)


def pad(s, w):
    return s + " " * max(0, w - dwidth(s))


def chunks(s, w):
    """s cut into pieces of display width <= w."""
    out, cur = [], ""
    for ch in s:
        if dwidth(cur + ch) > w:
            out.append(cur)
            cur = ""
        cur += ch
    if cur:
        out.append(cur)
    return out or [""]


def layout_lines(rows, widths, gap=2, indent=0, valign="top"):
    """pdftotext -layout style: each cell wrapped inside its column width, the pieces of a row's
    cells on successive physical lines, columns padded with spaces."""
    lines = []
    for row in rows:
        cols = [chunks(c, widths[i]) if c else [] for i, c in enumerate(row)]
        n = max([len(c) for c in cols] + [1])
        for k in range(n):
            parts = []
            for i, c in enumerate(cols):
                off = (n - len(c)) // 2 if valign == "middle" else 0
                j = k - off
                parts.append(c[j] if 0 <= j < len(c) else "")
            line = " " * indent + "".join(pad(p, widths[i] + gap) for i, p in enumerate(parts))
            lines.append(line.rstrip())
    return lines


def layout_indicators(form, widths, gap=2, indent=0, l1="spill", l2="spill", break_after=None, footer=None,
                      repeat_header=False, header_lines=None, wrap=None, label_widths=(None, None), valign="top"):
    """The indicator block in pdftotext -layout columns. Level cells merged over their rows are
    written the way a PDF dump shows them: the label cut into pieces down the middle of its group
    ("spill"), once on the group's first line ("once"), or not at all ("blank"). wrap maps a row
    index to the display width its name column wraps at (a name running onto the next line).
    break_after: row index after which the page breaks (footer line, form feed, header again or not)."""
    body = [r for r in form.inds]
    cols = form.ind_header()
    header = header_lines if header_lines is not None else layout_lines([cols], widths, gap, indent)
    phys = []  # per row: list of lines, each a list of cell strings
    for idx, r in enumerate(body):
        if isinstance(r, Placeholder):
            cells = form.placeholder_cells(r)
        else:
            cells = form.ind_row_cells(r, False, False)
        ws = list(widths)
        if wrap and idx in wrap:
            ws[2] = wrap[idx]
        pieces = [chunks(c, ws[i]) if c else [] for i, c in enumerate(cells)]
        n = max([len(p) for p in pieces] + [1])
        # valign "middle": a one-line cell of a tall row sits on the row's middle line, as
        # pdftotext shows a vertically centred Word table
        offs = [(n - len(p)) // 2 if valign == "middle" else 0 for p in pieces]
        phys.append([[p[k - o] if 0 <= k - o < len(p) else "" for p, o in zip(pieces, offs)] for k in range(n)])
    # level labels over their groups
    def starts(i, level):
        r = body[i]
        if isinstance(r, Placeholder):
            return False
        return r.l1 is not None or (level == 1 and r.l2 is not None)

    for level, mode in ((0, l1), (1, l2)):
        if mode == "blank":
            continue
        bounds = [i for i in range(len(body)) if starts(i, level)] + [len(body)]
        for start, end in zip(bounds, bounds[1:]):
            label = body[start].l1 if level == 0 else body[start].l2
            if not label:
                continue
            if "\n" in label:  # the label's own line breaks (产出指标 / （50分）)
                pieces = label.split("\n") if mode == "spill" else [label.replace("\n", "")]
            else:
                pieces = chunks(label, (label_widths[level] or widths[level])) if mode == "spill" else [label]
            slots = [(i, k) for i in range(start, end) for k in range(len(phys[i]))]
            while len(slots) < len(pieces):  # a tall label makes its last row taller
                phys[end - 1].append([""] * len(phys[end - 1][0]))
                slots.append((end - 1, len(phys[end - 1]) - 1))
            first = max(0, (len(slots) - len(pieces)) // 2) if mode == "spill" else 0
            for j, piece in enumerate(pieces):
                i, k = slots[min(first + j, len(slots) - 1)]
                phys[i][k][level] += piece
    lines = list(header)
    for idx, row in enumerate(phys):
        for cells in row:
            ws = widths
            line = " " * indent + "".join(pad(c, ws[i] + gap) for i, c in enumerate(cells))
            lines.append(line.rstrip())
        if break_after is not None and idx == break_after:
            lines.append("")
            if footer:
                lines.append(" " * 30 + footer)
            lines.append("\f" + (header[0] if repeat_header else ""))
            if repeat_header:
                lines.extend(header[1:])
    return lines


def check_against_text(doc, data):
    """Every gold string must occur in the document's text (whitespace ignored): a gold value the
    text does not hold is a bug in the data or the renderer. Returns the misses."""
    if data.startswith(b"\xff\xfe"):
        text = data[2:].decode("utf-16-le")
    elif data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("gb18030")
    flat = re.sub(r"\s+", "", text)
    g = doc.gold()
    want = [g["metadata"]["title"]]
    for r in g["indicators"]:
        want += [r["name"], r["actual"]["raw"], r["note"]]
        split = doc.split_target or (doc.form and any(c in ("指标性质", "运算符") for c in doc.form.ind_columns))
        if r["target"]["raw"] and not (r["target"]["operator"] and r["target"]["raw"][0] in "≥≤=<>≧≦═﹦" and split):
            want.append(r["target"]["raw"])
    for r in g["funding"]:
        if r["item"] not in doc.given_items:
            want.append(r["item"])
    for side in ("planned", "achieved"):
        want += (g.get("goals") or {}).get(side, [])
    for s in g["sections"]:
        want.append(s["number"] + s["title"])
    return [w for w in want if w and not occurs(re.sub(r"\s+", "", w), flat)]


def occurs(w, flat):
    """w is in flat as written, or (a value wrapped in a layout column, the other columns' text
    between its pieces) as an ordered subsequence within a short span."""
    if w in flat:
        return True
    start = flat.find(w[:2])
    while start >= 0:
        i, j = 0, start
        while i < len(w) and j < len(flat) and j - start <= 40 * len(w):
            if flat[j] == w[i]:
                i += 1
            j += 1
        if i == len(w):
            return True
        start = flat.find(w[:2], start + 1)
    return False
