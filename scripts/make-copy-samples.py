#!/usr/bin/env python3
"""Writes seven family documents as copies made by the tools text passes through before it
reaches a user, into Samples/extra/, with their gold (the document's own: a copy reads as the
report it was made from). Tests read the committed files; this script only regenerates them.

  project-report-markdown-copy.txt    a page put through an HTML-to-Markdown converter: `#`
      heading marks, entities left undecoded (`&nbsp;`, `&ge;`), zero-width spaces an editor
      left after some characters
  transfer-form-fullwidth-digits.txt  a form typed in full-width mode: every digit full-width,
      decimal points full-width stops (`９５．５`)
  department-form-spread-labels.txt   a Word form copied one cell a line, its short labels
      spread over their cells by spaces (`全 年 预 算 数`)
  department-rows-double-spaced.txt   a page whose rows are paragraphs, copied from a browser:
      an empty line after every line (the text's own empty lines doubled with the rest)
  transfer-layout-dump-in-pre.html    a `pdftotext -layout` dump pasted into a page's `<pre>`,
      under the site's breadcrumb
  transfer-rows-one-paragraph-a-line.html  a text copy of a form of one-line rows pasted into a
      page one `<p>` a line
  project-layout-word-web-page.html  a `pdftotext -layout` dump saved by Word as a web page: one
      `<p>` a line, the columns' runs of spaces written as `mso-spacerun` NBSPs

usage: scripts/make-copy-samples.py   (from anywhere; deterministic: the same files every run)
"""
import html
import json
import os
import random
import re
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def markdown(text, name, source=None):
    rnd = random.Random(name)   # seeded by the file name: the same copy every run
    out = []
    for line in text.split("\n"):
        s = line.strip()
        if re.match(r"^[一二三四五六七八九十]+、", s):
            line = "## " + s
        elif re.match(r"^（[一二三四五六七八九十]+）", s):
            line = "### " + s
        out.append(line)
    text = "\n".join(out)
    text = text.replace("\u00a0", "&nbsp;").replace("≥", "&ge;").replace("≤", "&le;")
    return "".join(c + ("\u200b" if "\u4e00" <= c <= "\u9fff" and rnd.random() < 0.03 else "") for c in text)


def fullwidth(text, name, source=None):
    text = re.sub(r"(?<=\d)\.(?=\d)", "．", text)
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isdigit() else c for c in text)


def spread(text, name, source=None):
    return "\n".join(" ".join(l.strip()) if re.fullmatch(r"[\u4e00-\u9fff]{3,8}", l.strip()) else l
                     for l in text.split("\n"))


def double_spaced(text, name, source=None):
    return "".join(line + "\n\n" for line in text.split("\n"))


def page(source, body):
    """A web page holding `body`, titled as the source document's gold title."""
    with open("Tests/Eval/family-gold/%s.txt.json" % source, encoding="utf-8") as f:
        title = json.load(f)["metadata"]["title"]
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n</head>\n<body>\n%s"
            "</body>\n</html>\n") % (html.escape(title), body)


def in_pre(text, name, source):
    return page(source, "<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk/\">政务公开</a>"
                        " &gt; 财政预决算</div>\n<pre>\n%s</pre>\n" % html.escape(text, quote=False))


def spaced_paragraphs(text, name, source):
    """Word's "save as web page" of a text document: one <p class=MsoPlainText> a line, each run
    of spaces written as a mso-spacerun span of NBSPs and one space (a browser draws as many
    spaces as the text had), an empty line as <p>&nbsp;</p>."""
    def spacerun(match):
        return "<span style='mso-spacerun:yes'>%s </span>" % ("&nbsp;" * (len(match.group(0)) - 1))
    lines = "".join("<p class=MsoPlainText>%s</p>\n" % (re.sub(r" {2,}", spacerun, html.escape(line, quote=False))
                                                       if line.strip() else "&nbsp;")
                    for line in text.split("\n"))
    return page(source, "<div class=WordSection1>\n%s</div>\n" % lines)


def in_paragraphs(text, name, source):
    lines = "".join("<p>%s</p>\n" % html.escape(line, quote=False) for line in text.split("\n") if line.strip())
    return page(source, "<div class=\"content\">\n%s</div>\n" % lines)


COPIES = [
    ("project-pipe-prose-after-4", "project-report-markdown-copy.txt", markdown,
     "put through an HTML-to-Markdown converter (heading marks, undecoded entities, zero-width spaces)"),
    ("transfer-cell-per-line-1", "transfer-form-fullwidth-digits.txt", fullwidth,
     "typed in full-width mode (full-width digits and decimal stops)"),
    ("department-cell-per-line-2", "department-form-spread-labels.txt", spread,
     "with its short labels spread over their cells by spaces"),
    ("department-one-line-rows-2", "department-rows-double-spaced.txt", double_spaced,
     "copied from a browser that put an empty line after every line"),
    ("transfer-layout-page-break-3", "transfer-layout-dump-in-pre.html", in_pre,
     "pasted into a web page's <pre>"),
    ("transfer-one-line-rows-4", "transfer-rows-one-paragraph-a-line.html", in_paragraphs,
     "pasted into a web page one <p> a line"),
    ("project-layout-split-columns-3", "project-layout-word-web-page.html", spaced_paragraphs,
     "saved by Word as a web page (one <p> a line, the columns' spaces as mso-spacerun NBSPs)"),
]


def main():
    os.chdir(ROOT)
    for source, name, transform, how in COPIES:
        with open("Samples/family/%s.txt" % source, encoding="utf-8") as f:
            text = f.read()
        with open("Samples/extra/%s" % name, "w", encoding="utf-8", newline="") as f:
            f.write(transform(text, os.path.splitext(name)[0], source))
        subprocess.run(["scripts/copy-gold.py", "Tests/Eval/family-gold/%s.txt.json" % source, name,
                        "Samples/family/%s.txt %s (scripts/make-copy-samples.py); the gold is the document's." % (source, how)],
                       check=True)
        print("Samples/extra/%s" % name)


if __name__ == "__main__":
    main()
