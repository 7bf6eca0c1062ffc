#!/usr/bin/env python3
"""Makes a mixed batch for bench/batch/run.sh: COUNT files cycling through every sample report
(text, HTML, PDF), spread over folders of 50 as a crawl of many sites would be. Each copy is made
distinct (a numbered line for text, a comment for HTML, a trailing PDF comment after %%EOF, which
readers ignore) so no two inputs share a sha256.

    make-corpus.py OUT COUNT
"""
import os
import shutil
import sys

root = os.path.join(os.path.dirname(__file__), "..", "..", "Samples")
out, count = sys.argv[1], int(sys.argv[2])
samples = sorted(
    os.path.join(dp, f) for dp, _, fs in os.walk(root) for f in fs if f.rsplit(".", 1)[-1] in ("txt", "html", "pdf")
)
if os.path.exists(out):
    shutil.rmtree(out)
for i in range(count):
    src = samples[i % len(samples)]
    ext = src.rsplit(".", 1)[-1]
    folder = os.path.join(out, "site-%03d" % (i // 50))
    os.makedirs(folder, exist_ok=True)
    data = open(src, "rb").read()
    if ext == "txt":
        data += ("\n编号：%05d\n" % i).encode()
    elif ext == "html":
        data += ("\n<!-- copy %05d -->\n" % i).encode()
    else:
        data += ("\n%%copy %05d\n" % i).encode()
    name = "%05d_%s" % (i, os.path.basename(src))
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)
counts = {}
for s in (samples[i % len(samples)] for i in range(count)):
    counts[s.rsplit(".", 1)[-1]] = counts.get(s.rsplit(".", 1)[-1], 0) + 1
print("made %d files in %s: %s" % (count, out, ", ".join("%s %d" % kv for kv in sorted(counts.items()))), file=sys.stderr)
