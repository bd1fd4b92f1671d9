#!/usr/bin/env python3
"""Plain-Python reference for the Kano benchmark (issue 18).

Reads a wide Kano survey (respondent, segment, <f>_functional,
<f>_dysfunctional, <f>_importance ...) with the csv module, classifies every
answer pair with the standard evaluation table (Berger et al. 1993) held in a
dict, counts categories per feature overall and per segment in dicts, and
prints each feature's category and Better/Worse as JSON, with its timing on
stderr. No numpy, no pandas: what an analyst would write in an afternoon.

    python3 bench/kano_ref.py bench/out/survey-100000x50.csv > ref.json
"""
import csv
import json
import os
import sys
import time

LEVELS = {"1": 1, "2": 2, "3": 3, "4": 4, "5": 5}
ROWS = {
    1: "Q A A A O",
    2: "R I I I M",
    3: "R I I I M",
    4: "R I I I M",
    5: "R R R R Q",
}
TABLE = {(f, d): cat for f, row in ROWS.items() for d, cat in enumerate(row.split(), start=1)}
NAMES = {"M": "must-be", "O": "one-dimensional", "A": "attractive", "I": "indifferent", "R": "reverse", "Q": "questionable"}


def read(path):
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        seg_col = header.index("segment")
        features = {}
        for i, name in enumerate(header):
            for kind in ("functional", "dysfunctional", "importance"):
                if name.endswith("_" + kind):
                    features.setdefault(name[: -len(kind) - 1], {})[kind] = i
        feats = [(f, cols["functional"], cols["dysfunctional"]) for f, cols in features.items()
                 if "functional" in cols and "dysfunctional" in cols]
        overall = {f: {} for f, _, _ in feats}
        segments = {}
        respondents = answers = 0
        for row in reader:
            if not row:
                continue
            respondents += 1
            seg = segments.setdefault(row[seg_col], {f: {} for f, _, _ in feats})
            for f, fc, dc in feats:
                a, b = LEVELS.get(row[fc]), LEVELS.get(row[dc])
                answers += (a is not None) + (b is not None)
                if a is None or b is None:
                    continue
                cat = TABLE[(a, b)]
                counts = overall[f]
                counts[cat] = counts.get(cat, 0) + 1
                counts = seg[f]
                counts[cat] = counts.get(cat, 0) + 1
    return overall, segments, respondents, answers


def summarise(counts):
    n = sum(counts.values())
    a, o, m, i = (counts.get(c, 0) for c in "AOMI")
    base = a + o + m + i
    cat = max(sorted(counts), key=lambda c: counts[c]) if counts else ""
    return {"category": cat, "name": NAMES.get(cat, ""), "n": n,
            "better": (a + o) / base if base else 0.0,
            "worse": -(o + m) / base if base else 0.0}


def main():
    path = sys.argv[1]
    start = time.perf_counter()
    overall, segments, respondents, answers = read(path)
    result = {"respondents": respondents,
              "features": {f: summarise(c) for f, c in overall.items()},
              "segments": {s: {f: summarise(c) for f, c in feats.items()} for s, feats in segments.items()}}
    seconds = time.perf_counter() - start
    json.dump(result, sys.stdout, sort_keys=True)
    size = os.path.getsize(path)
    print(json.dumps({"seconds": seconds, "answers": answers, "bytes": size,
                      "answers_per_s": answers / seconds, "mb_per_s": size / seconds / 1e6}), file=sys.stderr)


if __name__ == "__main__":
    main()
