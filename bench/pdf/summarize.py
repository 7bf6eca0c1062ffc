#!/usr/bin/env python3
"""Summarises bench/pdf/run.sh's hyperfine exports: pages per second and the ratio to pdftotext."""
import glob
import json
import os
import re
import statistics
import subprocess
import sys

results, data = sys.argv[1], sys.argv[2]
print("| file | pages | pdftotext -layout (s) | reportconv (s) | pdftotext pages/s | reportconv pages/s | ratio | peak RSS reportconv | peak RSS pdftotext |")
print("|---|---|---|---|---|---|---|---|---|")
for name in ["text-200", "tables-40"]:
    info = subprocess.run(["pdfinfo", os.path.join(data, name + ".pdf")], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    ours, theirs = [], []
    for path in sorted(glob.glob(os.path.join(results, f"{name}-round*.json"))):
        for result in json.load(open(path))["results"]:
            (theirs if result["command"].startswith("pdftotext") else ours).extend(result["times"])
    def rss(path):
        text = open(path).read()
        return int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024
    t_ours, t_theirs = statistics.median(ours), statistics.median(theirs)
    print(f"| {name}.pdf | {pages} | {t_theirs:.3f} | {t_ours:.3f} | {pages / t_theirs:.0f} | {pages / t_ours:.0f} | "
          f"{t_theirs / t_ours:.2f}× | {rss(os.path.join(results, name + '-time.txt')):.0f} MB | "
          f"{rss(os.path.join(results, name + '-pdftotext-time.txt')):.0f} MB |")
