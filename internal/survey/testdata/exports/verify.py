#!/usr/bin/env python3
"""Reads every fixture back from its bytes and checks expected.json.

A second, independent path from generate.py: generate.py computes the
expected counts from its answer model; this script decodes the written files
(encoding, delimiter, header rows, XLSX shared strings) and recounts the
answer pairs per feature, finding columns by feature name and stem
negation the way an analyst would read them. It does not use dsc.

    python3 internal/survey/testdata/exports/verify.py
"""

import csv
import io
import json
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}

NAMES = {
    "order-tracking": ["order tracking", "sendungsverfolgung"],
    "click-and-collect": ["click and collect", "abholung im markt"],
    "part-finder": ["part finder", "teilefinder"],
    "live-chat": ["live chat", "live-chat"],
    "net-prices": ["net prices", "nettopreise"],
}
NEGATION = re.compile(r"\b(not|nicht|kein\w*|ohne|without)\b", re.I)
IMPORTANCE = re.compile(r"\b(important|wichtig)\b", re.I)
TABLE = {1: "QAAAO", 2: "RIIIM", 3: "RIIIM", 4: "RIIIM", 5: "RRRRQ"}


def read_xlsx(path):
    z = zipfile.ZipFile(path)
    sst = [si.find("m:t", NS).text or "" for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS)]
    rows = []
    for row in ET.fromstring(z.read("xl/worksheets/sheet1.xml")).find("m:sheetData", NS):
        cells = {}
        for c in row:
            ref = re.match(r"([A-Z]+)", c.get("r")).group(1)
            col = 0
            for ch in ref:
                col = col * 26 + ord(ch) - 64
            v = c.find("m:v", NS).text
            cells[col - 1] = sst[int(v)] if c.get("t") == "s" else v
        rows.append([cells.get(i, "") for i in range(max(cells) + 1 if cells else 0)])
    width = max(len(r) for r in rows)
    return [r + [""] * (width - len(r)) for r in rows]


def read_text(path, encoding, delimiter):
    data = open(path, "rb").read()
    enc = {"UTF-8, no BOM": "utf-8", "UTF-8 with BOM": "utf-8-sig", "UTF-16 LE with BOM": "utf-16"}.get(encoding)
    if enc is None and encoding.startswith("Windows-1252"):
        enc = "cp1252"
    text = data.decode(enc)
    if encoding == "UTF-8, no BOM":
        assert not text.startswith("\ufeff"), path + ": unexpected BOM"
    sep = "\t" if delimiter == "tab" else delimiter
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=sep))
    while rows and rows[-1] == []:
        rows.pop()  # LimeSurvey's closing empty line
    return rows


def answer_maps(wordings):
    m = {}
    for ws in wordings.values():
        for name, text in ws.items():
            m[text] = ["like", "expect", "neutral", "live-with", "dislike"].index(name) + 1
    return m


def column_roles(rows, hdr, info):
    """Maps column index -> (feature, kind) from the header rows' text."""
    roles = {}
    mapping = info.get("needs_mapping", "")
    if mapping.startswith("by column position"):
        for letters, feat in re.findall(r"([A-Z]),[A-Z] ([a-z-]+)", mapping):
            c = ord(letters) - 65
            roles[c], roles[c + 1] = (feat, "f"), (feat, "d")
        return roles
    if "K1 = functional" in mapping:
        order = ["order-tracking", "click-and-collect", "part-finder", "live-chat", "net-prices"]
        for c, h in enumerate(rows[0]):
            m = re.match(r"K([12])\[SQ00(\d)\]", h)
            if m:
                roles[c] = (order[int(m.group(2)) - 1], "f" if m.group(1) == "1" else "d")
        return roles
    carried = ""
    for c in range(len(rows[0])):
        if rows[0][c]:
            carried = rows[0][c]
        text = " ".join(([carried] if len(hdr) > 1 and not rows[0][c] else []) + [rows[r][c] for r in hdr]).lower()
        if "importid" in text:
            text = text[:text.index("{")]
        feats = [f for f, names in NAMES.items() if any(n in text for n in names)]
        if len(feats) != 1:
            continue
        kind = "imp" if IMPORTANCE.search(text) else ("d" if NEGATION.search(text) else "f")
        roles[c] = (feats[0], kind)
    return roles


def main():
    exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    labels = answer_maps(exp["wordings"])
    codes = {"A1": 1, "A2": 2, "A3": 3, "A4": 4, "A5": 5}
    failures = 0
    checked = 0
    for info in exp["files"]:
        if "features" not in info or "error" in info:
            continue
        path = os.path.join(HERE, info["file"])
        if path.endswith(".xlsx"):
            rows = read_xlsx(path)
        else:
            rows = read_text(path, info["encoding"], info["delimiter"])
        hdr = [h - 1 for h in info["header_rows"]]
        roles = column_roles(rows, hdr, info)
        data = rows[len(hdr):]
        assert len(data) == info["respondents"], (info["file"], len(data))
        got = {}
        for feat in info["features"]:
            fc = [c for c, r in roles.items() if r == (feat, "f")]
            dc = [c for c, r in roles.items() if r == (feat, "d")]
            assert len(fc) == 1 and len(dc) == 1, (info["file"], feat, fc, dc)
            counts = {k: 0 for k in "AOMIRQ"}
            incomplete = 0
            numeric = info["wording"].startswith("codes")
            for row in data:
                def val(c):
                    v = row[c].strip()
                    if numeric:
                        return int(v) if v in ("1", "2", "3", "4", "5") else None
                    return codes.get(v) or labels.get(v)
                f, d = val(fc[0]), val(dc[0])
                if f and d:
                    counts[TABLE[f][d - 1]] += 1
                else:
                    for c, v in ((fc[0], f), (dc[0], d)):
                        assert v or row[c].strip() in ("", "NA", "-99", "-"), (info["file"], row[c])
                    incomplete += 1
            entry = {"counts": counts, "incomplete": incomplete}
            ic = [c for c, r in roles.items() if r == (feat, "imp")]
            if ic:
                vals = [int(row[ic[0]]) for row in data if row[ic[0]].strip() in list("123456789")]
                entry["importance_n"] = len(vals)
                entry["importance_sum"] = sum(vals)
            got[feat] = entry
            want = info["features"][feat]
            ok = want["counts"] == counts and want["incomplete"] == incomplete
            if "importance" in want:
                ok = ok and ic and want["importance"]["n"] == entry["importance_n"] \
                    and want["importance"]["sum"] == entry["importance_sum"]
            if not ok:
                failures += 1
                print(f"MISMATCH {info['file']} {feat}: want {want} got {entry}")
        checked += 1
    print(f"{checked} files checked, {failures} mismatches")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
