#!/usr/bin/env python3
"""Large inputs for the size benchmark: text and HTML reports of 1, 10 and 100 MB.

    bench/large/make-inputs.py DIR [SIZE_MB...]      (default sizes: 1 10 100)

text-N.txt: the text samples repeated until N MB (a long report: headings, tables, prose).
html-N.html: one page on ONE line of N MB, paragraphs of a sample's text (the 50 MB page of
issue 10 had 600,000 paragraphs), so nothing depends on line breaks.
"""
import glob
import os
import sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def main() -> int:
    out = sys.argv[1]
    sizes = [int(s) for s in sys.argv[2:]] or [1, 10, 100]
    os.makedirs(out, exist_ok=True)
    texts = b"\n".join(open(p, "rb").read() for p in sorted(glob.glob(os.path.join(root, "Samples", "*.txt"))))
    paragraphs = [line.strip() for line in texts.decode("utf-8").splitlines() if line.strip()]
    for mb in sizes:
        target = mb << 20
        with open(os.path.join(out, f"text-{mb}.txt"), "wb") as f:
            written = 0
            while written < target:
                f.write(texts + b"\n")
                written += len(texts) + 1
        with open(os.path.join(out, f"html-{mb}.html"), "wb") as f:
            head = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>某县2023年部门整体支出绩效自评报告</title></head><body>'.encode()
            f.write(head)
            written, i = len(head), 0
            while written < target:
                p = f"<p>{paragraphs[i % len(paragraphs)]}</p>".encode()
                f.write(p)
                written += len(p)
                i += 1
            f.write(b"</body></html>")
    return 0


if __name__ == "__main__":
    sys.exit(main())
