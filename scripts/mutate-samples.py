#!/usr/bin/env python3
"""Mutation fuzzer over whole sample files, through the built reportconv binary.

Each round takes a sample (text, HTML or PDF), applies a few random mutations (bit flips,
byte runs overwritten, chunks deleted, duplicated or spliced in from another sample,
truncation, special floats written over numbers: NaN, 1e308, -0, 0), converts it in a fresh
process with a timeout, and keeps the input when the process dies of a signal, exits with a
code other than 0 or 1, reports a Swift runtime error, or runs past the timeout. Seeded, so a
run is repeatable. The limit is on CPU time (the machine may be busy), with a wall-clock backstop
of ten times that:

    scripts/mutate-samples.py --seconds 600 --binary .build/debug/reportconv --findings DIR [--seed N]
"""
import argparse
import glob
import os
import random
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time

SPECIAL_NUMBERS = [b"NaN", b"nan", b"1e308", b"-1e308", b"99999999999999999999", b"-0", b"0", b"0.0", b"inf", b"-2147483649"]


def mutate(data: bytes, other: bytes, rng: random.Random) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        if not b:
            b = bytearray(other[:1024])
        op = rng.randrange(7)
        i = rng.randrange(len(b))
        if op == 0:  # flip bits
            b[i] ^= 1 << rng.randrange(8)
        elif op == 1:  # overwrite a run with one byte
            n = rng.randint(1, 64)
            b[i:i + n] = bytes([rng.choice([0, 0xFF, 0x80, 0x20, 0x3C, 0x3E, 0x0A, rng.randrange(256)])]) * n
        elif op == 2:  # delete a chunk
            del b[i:i + rng.randint(1, 4096)]
        elif op == 3:  # duplicate a chunk many times
            n = rng.randint(1, 256)
            b[i:i] = bytes(b[i:i + n]) * rng.randint(2, 200)
        elif op == 4:  # splice in part of another sample
            j = rng.randrange(max(1, len(other)))
            b[i:i] = other[j:j + rng.randint(1, 8192)]
        elif op == 5:  # truncate
            del b[rng.randint(len(b) // 4, len(b)):]
        else:  # write a special number over a number (PDF operands, widths, sizes, boxes)
            numbers = [m for m in re.finditer(rb"-?\d+(\.\d+)?", bytes(b[max(0, i - 4096):i + 4096]))]
            if numbers:
                m = rng.choice(numbers)
                start = max(0, i - 4096) + m.start()
                b[start:start + len(m.group())] = rng.choice(SPECIAL_NUMBERS)
    return bytes(b)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, required=True)
    ap.add_argument("--binary", required=True)
    ap.add_argument("--findings", required=True)
    ap.add_argument("--seed", type=int, default=20261201)
    ap.add_argument("--cpu-limit", type=int, default=60, help="CPU seconds one conversion may use")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    samples = sorted(p for p in glob.glob(os.path.join(root, "Samples", "**", "*"), recursive=True)
                     if os.path.isfile(p) and p.rsplit(".", 1)[-1] in ("txt", "html", "pdf"))
    contents = {p: open(p, "rb").read() for p in samples}
    os.makedirs(args.findings, exist_ok=True)
    runs = findings = failures = 0
    end = time.time() + args.seconds
    with tempfile.TemporaryDirectory() as tmp:
        while time.time() < end:
            source = rng.choice(samples)
            ext = source.rsplit(".", 1)[-1]
            data = mutate(contents[source], contents[rng.choice(samples)], rng)
            path = os.path.join(tmp, f"m{runs}.{ext}")
            with open(path, "wb") as f:
                f.write(data)
            runs += 1
            reason = None
            def limit_cpu():
                resource.setrlimit(resource.RLIMIT_CPU, (args.cpu_limit, args.cpu_limit + 5))
            try:
                p = subprocess.run([args.binary, "convert", path], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, timeout=args.cpu_limit * 10, preexec_fn=limit_cpu)
                if p.returncode == -signal.SIGXCPU:
                    reason = f"over {args.cpu_limit} CPU seconds"
                elif p.returncode < 0:
                    reason = f"signal {-p.returncode}"
                elif p.returncode not in (0, 1):
                    reason = f"exit {p.returncode}"
                elif b"Fatal error" in p.stderr or b"SUMMARY:" in p.stderr:
                    reason = "runtime error"
                elif p.returncode == 1:
                    failures += 1
            except subprocess.TimeoutExpired:
                reason = f"over {args.cpu_limit * 10} s of wall time"
            if reason:
                findings += 1
                kept = os.path.join(args.findings, f"finding-{findings}-{os.path.basename(source)}")
                os.replace(path, kept)
                print(f"finding {findings}: {reason}: {kept}", flush=True)
            else:
                os.remove(path)
    print(f"mutate: {runs} runs, {failures} clear per-file errors, {findings} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
