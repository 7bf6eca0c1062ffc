#!/usr/bin/env python3
"""Gate a set of outputs on the expected-values scorer, one metric at a time.

usage: gate.py NAME GOLD_DIR OUTPUT_DIR --min METRIC=VALUE [--min ...] [score.py options]

Runs score.py (beside this file) and fails (exit 1) when
  - the gold folder holds no gold file, or a gold file does not parse (score.py would skip it);
  - any gold's output is missing or malformed (score.py would score it zero and go on);
  - any metric named by --min is below its bound, or has nothing to check
    (a gate on a metric that measured nothing passes on nothing, so it fails instead).
METRIC is one of score.py's metrics (metadata, funding, ind.recall, ind.fields, …) or `overall`.
--overall-without METRIC recomputes `overall` as the mean of the other metrics, for a set whose
bar was set before that metric existed; the left-out metric is then gated on its own bound.
The score table is printed either way; the verdict is the last line.
"""
import argparse
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402


def bound(text):
    metric, _, value = text.partition("=")
    try:
        return metric, float(value)
    except ValueError:
        raise argparse.ArgumentTypeError("expected METRIC=NUMBER, got %r" % text)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Fail unless every named metric reaches its bound.")
    ap.add_argument("name", help="what is gated, for the messages (e.g. 'seeds (pdf)')")
    ap.add_argument("gold_dir")
    ap.add_argument("output_dir")
    ap.add_argument("--min", type=bound, action="append", default=[], metavar="METRIC=VALUE")
    ap.add_argument("--overall-without", action="append", default=[], metavar="METRIC")
    a, rest = ap.parse_known_args(argv)
    if not a.min:
        ap.error("name at least one --min")

    failures = []
    try:
        golds = sorted(f for f in os.listdir(a.gold_dir) if f.endswith(".json"))
    except OSError as e:
        golds = []
        failures.append("cannot read the gold folder: %s" % e)
    if not golds and not failures:
        failures.append("no gold file in %s" % a.gold_dir)
    for g in golds:
        try:
            with open(os.path.join(a.gold_dir, g), encoding="utf-8") as f:
                if not isinstance(json.load(f), dict):
                    failures.append("gold %s is not a JSON object" % g)
        except Exception as e:  # noqa: BLE001 - any reason makes the gold unusable
            failures.append("gold %s does not parse: %s" % (g, e))

    with tempfile.TemporaryDirectory() as tmp:
        result_path = os.path.join(tmp, "result.json")
        score.main([a.gold_dir, a.output_dir, "--json", result_path] + rest)
        try:
            with open(result_path, encoding="utf-8") as f:
                result = json.load(f)
        except Exception as e:  # noqa: BLE001
            result = {"documents": {}, "metrics": {}, "overall": None}
            failures.append("the scorer wrote no result: %s" % e)

    documents = result.get("documents", {})
    if golds and len(documents) != len(golds) and "--only" not in rest:
        failures.append("%d gold files but %d scored documents" % (len(golds), len(documents)))
    for name, doc in sorted(documents.items()):
        if doc.get("status") != "ok":
            failures.append("%s: output %s" % (name, doc.get("status")))

    values = dict(result.get("metrics", {}))
    values["overall"] = result.get("overall")
    if a.overall_without:
        kept = [v for m, v in values.items() if m != "overall" and m not in a.overall_without and v is not None]
        values["overall"] = sum(kept) / len(kept) if kept else None
    for metric, low in a.min:
        if metric not in values:
            failures.append("unknown metric %r (known: %s)" % (metric, ", ".join(sorted(values))))
        elif values[metric] is None:
            failures.append("%s measured nothing" % metric)
        elif values[metric] + 1e-9 < low:
            failures.append("%s %.3f is below %.3f" % (metric, values[metric], low))

    summary = ", ".join("%s %s" % (m, "%.3f" % values[m] if values.get(m) is not None else "-") for m, _ in a.min)
    if failures:
        for f in failures:
            print("error: %s: %s" % (a.name, f), file=sys.stderr)
        print("%s: FAILED (%s)" % (a.name, summary))
        return 1
    print("%s: passed (%s)" % (a.name, summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
