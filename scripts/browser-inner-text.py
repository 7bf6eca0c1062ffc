#!/usr/bin/env python3
"""Writes what a browser's select-all copy of each web page gives: Chromium's
document.body.innerText (tables as rows of tab-separated cells, the cells merged cells cover left
out, a blank line around each paragraph, a cell's paragraphs included).

Usage: browser-inner-text.py PAGE.html... OUTDIR  (needs chromium)."""
import html
import os
import re
import subprocess
import sys
import tempfile

# Runs after the page has loaded and replaces it by one textarea holding the text, which
# --dump-dom then prints escaped.
SCRIPT = (b"<script>window.addEventListener('load',()=>{const t=document.body.innerText;"
          b"document.documentElement.innerHTML='<body><textarea id=out></textarea></body>';"
          b"document.getElementById('out').textContent=t;});</script>")


def inner_text(page_path: str) -> str:
    # Bytes: a page in GB18030 or Big5 stays as the browser would read it.
    with open(page_path, "rb") as f:
        page = f.read()
    page = page.replace(b"</head>", SCRIPT + b"</head>", 1) if b"</head>" in page else SCRIPT + page
    with tempfile.TemporaryDirectory() as work:
        copy = os.path.join(work, "page.html")
        with open(copy, "wb") as f:
            f.write(page)
        dom = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                              f"--user-data-dir={work}/profile", "--dump-dom", "file://" + copy],
                             capture_output=True, text=True, timeout=120, check=True).stdout
    match = re.search(r'<textarea id="out"[^>]*>(.*?)</textarea>', dom, re.S)
    if not match:
        sys.exit(f"{page_path}: chromium printed no text")
    return html.unescape(match.group(1))


def main() -> None:
    *pages, out = sys.argv[1:]
    for page in pages:
        name = os.path.splitext(os.path.basename(page))[0] + ".txt"
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(inner_text(page))


if __name__ == "__main__":
    main()
