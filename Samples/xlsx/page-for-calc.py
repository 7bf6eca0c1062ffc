#!/usr/bin/env python3
"""Gives Calc a page as a browser lays it out, before Calc converts it to a workbook.

Calc's HTML import gets two things wrong that no workbook made in Excel or WPS (nor a page
copied from a browser and pasted into a sheet) ever holds, and that no reading rule could undo
safely:

- A table nested in another table's cell (a form inside a page-layout table) has each row
  placed right of where the row above ended (row 28 in J–L, row 29 in M–O…): no value stands
  under its header, and the columns each row really had are lost. So the layout tables (the
  tables that hold other tables) become <div>s, and the form a table of its own.
- The text of adjacent <div> blocks runs together into one cell (a breadcrumb, the 索引号 block
  and the 发布机构 line in one cell; a title and its font-size widget). A browser starts a new
  line at each block, so each </div> is followed by a <br>, and Calc starts a new row there.

Everything else is copied byte for byte: a page without <div>s or nested tables comes out
unchanged.

Usage: page-for-calc.py IN.html OUT.html

The page is read and written as Latin-1, which maps every byte to one character and back: the
markup is ASCII in every encoding a page declares, and the text passes through untouched.
"""
import sys
from html.parser import HTMLParser

# Tags that belong to the innermost open table, written as <div>s when it is a layout table.
PARTS = {"table", "tbody", "thead", "tfoot", "tr", "td", "th"}


class TableTree(HTMLParser):
    """Numbers the tables in document order and marks those that contain another table."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.count = 0
        self.open = []
        self.layout = set()

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            if self.open:
                self.layout.add(self.open[-1])
            self.open.append(self.count)
            self.count += 1

    def handle_endtag(self, tag):
        if tag == "table" and self.open:
            self.open.pop()


class Rewriter(HTMLParser):
    """Copies the page: the layout tables' parts as <div>s, a <br> after each </div>."""

    def __init__(self, layout):
        super().__init__(convert_charrefs=False)
        self.layout = layout
        self.count = 0
        self.open = []
        self.out = []

    def in_layout(self):
        return bool(self.open) and self.open[-1] in self.layout

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.open.append(self.count)
            self.count += 1
        self.out.append("<div>" if tag in PARTS and self.in_layout() else self.get_starttag_text())

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        layout = tag in PARTS and self.in_layout()
        if tag == "table" and self.open:
            self.open.pop()
        if layout or tag == "div":
            self.out.append("</div><br>")
        else:
            self.out.append(f"</{tag}>")

    def handle_data(self, data):
        self.out.append(data)

    def handle_entityref(self, name):
        self.out.append(f"&{name};")

    def handle_charref(self, name):
        self.out.append(f"&#{name};")

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data):
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data):
        self.out.append(f"<![{data}]>")


def main():
    source, target = sys.argv[1], sys.argv[2]
    with open(source, encoding="latin-1", newline="") as f:
        page = f.read()
    tree = TableTree()
    tree.feed(page)
    tree.close()
    if tree.layout or "<div" in page.lower():
        rewriter = Rewriter(tree.layout)
        rewriter.feed(page)
        rewriter.close()
        page = "".join(rewriter.out)
    with open(target, "w", encoding="latin-1", newline="") as f:
        f.write(page)


if __name__ == "__main__":
    main()
