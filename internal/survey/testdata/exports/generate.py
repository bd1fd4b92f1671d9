#!/usr/bin/env python3
"""Writes the survey-tool export fixtures of issue 11 and their expected counts.

Run from anywhere:  python3 internal/survey/testdata/exports/generate.py

Standard library only (csv rules are written out by hand so that each tool's
quoting is exact; XLSX is minimal SpreadsheetML written with zipfile). The
expected counts in expected.json / EXPECTED.md are computed here with the
Kano evaluation table of /work/shared/DOMAIN.md, independently of dsc.
Nothing here imports or runs dsc. The output is deterministic: running the
script twice gives byte-identical files.
"""

import datetime as dt
import hashlib
import json
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# The respondents' answers
# ---------------------------------------------------------------------------

L, E, N, T, D = 1, 2, 3, 4, 5  # like, expect (must-be), neutral, live with, dislike
ANSWER_NAMES = {L: "like", E: "expect", N: "neutral", T: "live-with", D: "dislike"}

FEATURES = ["order-tracking", "click-and-collect", "part-finder", "live-chat", "net-prices"]

# Display names of the features in English and German question texts.
EN = {
    "order-tracking": "Order tracking",
    "click-and-collect": "Click and collect",
    "part-finder": "Part finder",
    "live-chat": "Live chat",
    "net-prices": "Customer-specific net prices",
}
DE = {
    "order-tracking": "Sendungsverfolgung",
    "click-and-collect": "Abholung im Markt",
    "part-finder": "Teilefinder",
    "live-chat": "Live-Chat",
    "net-prices": "Nettopreise",
}

# A pool of 12 respondents: (functional, dysfunctional) per feature, in the
# order of FEATURES. Each file takes a slice of the pool and blanks some cells.
# Intended dominant categories: order tracking M, click and collect A,
# part finder O, live chat I, net prices mixed (Q and R present).
POOL = [
    [(E, D), (L, N), (L, D), (N, N), (L, L)],  # r1
    [(E, D), (L, T), (L, D), (N, T), (D, D)],  # r2
    [(N, D), (L, E), (L, D), (T, N), (D, L)],  # r3
    [(E, D), (N, N), (E, D), (N, N), (E, D)],  # r4
    [(L, D), (L, N), (L, N), (L, N), (L, D)],  # r5
    [(E, T), (L, D), (L, D), (N, N), (N, L)],  # r6
    [(E, D), (L, N), (L, D), (D, L), (L, N)],  # r7
    [(T, D), (E, N), (N, N), (N, E), (E, E)],  # r8
    [(E, D), (L, N), (L, D), (N, N), (E, D)],  # r9
    [(E, D), (N, N), (L, D), (N, T), (L, D)],  # r10
    [(E, T), (L, T), (E, D), (L, N), (N, N)],  # r11
    [(E, D), (L, N), (L, D), (N, N), (D, D)],  # r12
]

# Self-stated importance 1-9 per respondent and feature (same order).
IMPORTANCE = [
    [9, 6, 8, 3, 7],
    [8, 7, 9, 2, 5],
    [9, 5, 7, 4, 8],
    [8, 6, 8, 3, 6],
    [7, 7, 9, 2, 7],
    [9, 5, 8, 4, 5],
    [8, 6, 9, 3, 8],
    [9, 7, 7, 2, 6],
    [8, 6, 8, 3, 7],
    [9, 5, 9, 4, 5],
    [7, 7, 8, 2, 6],
    [8, 6, 9, 3, 8],
]

SEGMENT = ["B2B", "B2C", "B2B", "B2C", "B2B", "B2C", "B2B", "B2C", "B2B", "B2C", "B2B", "B2C"]

# Evaluation table of DOMAIN.md: rows functional, columns dysfunctional.
TABLE = {
    L: {L: "Q", E: "A", N: "A", T: "A", D: "O"},
    E: {L: "R", E: "I", N: "I", T: "I", D: "M"},
    N: {L: "R", E: "I", N: "I", T: "I", D: "M"},
    T: {L: "R", E: "I", N: "I", T: "I", D: "M"},
    D: {L: "R", E: "R", N: "R", T: "R", D: "Q"},
}

# ---------------------------------------------------------------------------
# Answer wordings
# ---------------------------------------------------------------------------

WORDINGS = {
    # The short labels most Kano guides use.
    "short": {L: "I like it", E: "I expect it", N: "I am neutral", T: "I can live with it", D: "I dislike it"},
    # Berger et al. (1993), first answer set.
    "berger": {L: "I like it that way", E: "It must be that way", N: "I am neutral",
               T: "I can live with it that way", D: "I dislike it that way"},
    # Variant with "enjoy" and "tolerate".
    "enjoy": {L: "I enjoy it that way", E: "I expect it that way", N: "I am neutral",
              T: "I can tolerate it that way", D: "I dislike it that way"},
    # The "helpful / basic necessity / minor inconvenience" set (Berger et al.
    # 1993; Blauth's team), as survey authors commonly word it.
    "helpful": {L: "This would be very helpful to me", E: "That is a basic necessity",
                N: "This would not affect me", T: "This would be a minor inconvenience",
                D: "This would be a major problem for me"},
    # Berger's first set with the common misspelling "I must be that way".
    "must-typo": {L: "I like it that way", E: "I must be that way", N: "I am neutral",
                  T: "I can live with it that way", D: "I dislike it that way"},
    # German survey labels (DOMAIN.md).
    "de": {L: "Das würde mich sehr freuen", E: "Das setze ich voraus", N: "Das ist mir egal",
           T: "Das nehme ich gerade noch hin", D: "Das würde mich sehr stören"},
}

# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------


def quote_all(field, sep):
    return '"' + field.replace('"', '""') + '"'


def quote_minimal(field, sep):
    if any(c in field for c in (sep, '"', "\n", "\r")):
        return '"' + field.replace('"', '""') + '"'
    return field


def quote_excel(field, sep):
    # Excel's CSV and Unicode text: quotes a field holding the separator, a
    # quote or a line break; leading/trailing spaces are kept unquoted.
    return quote_minimal(field, sep)


def quote_none(field, sep):
    return field


def write_text(rel, rows, sep=",", eol="\r\n", quote=quote_minimal, encoding="utf-8",
               bom=False, trailer=""):
    """Writes rows of str (or None: an unquoted empty field) as delimited text."""
    lines = []
    for row in rows:
        cells = []
        for v in row:
            if v is None:
                cells.append("")
            else:
                cells.append(quote(str(v), sep))
        lines.append(sep.join(cells))
    text = eol.join(lines) + eol + trailer
    data = text.encode(encoding)
    if bom:
        data = {"utf-8": b"\xef\xbb\xbf", "utf-16-le": b"\xff\xfe"}[encoding] + data
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    return rel


class XDate:
    """A date-time cell, stored as an Excel serial number with a date format."""

    def __init__(self, when):
        self.when = when

    def serial(self):
        delta = self.when - dt.datetime(1899, 12, 30)
        return delta.days + delta.seconds / 86400.0


def col_letter(i):
    """0-based column index to spreadsheet letters."""
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def write_xlsx(rel, sheet, rows, date_format="m/d/yy h:mm:ss"):
    """Writes a one-sheet workbook. Strings go to the shared-string table in
    order of first use (as Excel and the survey tools do), numbers inline,
    XDate as a serial number with date_format, None as no cell."""
    strings, index = [], {}
    body = []
    width = max(len(r) for r in rows)
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col_letter(c)}{r}"
            if v is None:
                continue
            if isinstance(v, XDate):
                cells.append(f'<c r="{ref}" s="1"><v>{v.serial()!r}</v></c>')
            elif isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                if v not in index:
                    index[v] = len(strings)
                    strings.append(v)
                cells.append(f'<c r="{ref}" t="s"><v>{index[v]}</v></c>')
        body.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    dim = f"A1:{col_letter(width - 1)}{len(rows)}"
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    sheet_xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 f'<worksheet {ns} {rns}><dimension ref="{dim}"/><sheetData>'
                 + "".join(body) + "</sheetData></worksheet>")
    count = sum(1 for row in rows for v in row if isinstance(v, str))
    sst = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<sst {ns} count="{count}" uniqueCount="{len(strings)}">'
           + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings)
           + "</sst>")
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              f'<styleSheet {ns}><numFmts count="1"><numFmt numFmtId="164" formatCode="{escape(date_format)}"/></numFmts>'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '</styleSheet>')
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<workbook {ns} {rns}><sheets><sheet name="{escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wb_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
               '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
               '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
               '</Relationships>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
             '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
             '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
             '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
             '</Types>')
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in [("[Content_Types].xml", types), ("_rels/.rels", rels),
                              ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", wb_rels),
                              ("xl/styles.xml", styles), ("xl/sharedStrings.xml", sst),
                              ("xl/worksheets/sheet1.xml", sheet_xml)]:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, content.encode("utf-8"))
    return rel


# ---------------------------------------------------------------------------
# Respondent helpers and expected counts
# ---------------------------------------------------------------------------


class Resp:
    """One respondent of one file: answers (int 1-5, or a str missing token,
    or None for blank) per feature and question kind."""

    def __init__(self, pool_index, overrides=None):
        self.pool = pool_index
        self.f = {}
        self.d = {}
        self.imp = {}
        for i, feat in enumerate(FEATURES):
            self.f[feat], self.d[feat] = POOL[pool_index][i]
            self.imp[feat] = IMPORTANCE[pool_index][i]
        self.segment = SEGMENT[pool_index]
        for (feat, kind), value in (overrides or {}).items():
            getattr(self, kind)[feat] = value


def respondents(indices, overrides=None):
    """indices are 1-based pool numbers; overrides maps the 1-based pool
    number to {(feature, 'f'|'d'|'imp'): value}."""
    overrides = overrides or {}
    return [Resp(i - 1, overrides.get(i)) for i in indices]


def label(value, wording):
    """An answer cell as text: the wording of an answer, or the token as is."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return WORDINGS[wording][value]


def code(value, codes=None):
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return str(value) if codes is None else codes[value]


def expected_counts(resps, features=FEATURES, importance=False):
    out = {}
    for feat in features:
        counts = {k: 0 for k in "AOMIRQ"}
        pairs = {}
        incomplete = 0
        for r in resps:
            f, d = r.f.get(feat), r.d.get(feat)
            if isinstance(f, int) and isinstance(d, int):
                counts[TABLE[f][d]] += 1
                key = f"{ANSWER_NAMES[f]}/{ANSWER_NAMES[d]}"
                pairs[key] = pairs.get(key, 0) + 1
            else:
                incomplete += 1
        entry = {"counts": counts, "n": sum(counts.values()), "incomplete": incomplete,
                 "pairs": dict(sorted(pairs.items()))}
        if importance:
            vals = [r.imp[feat] for r in resps if isinstance(r.imp.get(feat), int)]
            entry["importance"] = {"n": len(vals), "sum": sum(vals),
                                   "mean": round(sum(vals) / len(vals), 4) if vals else None}
        out[feat] = entry
    return out


def respondent_categories(resps, features=FEATURES):
    """Per data row (file order): one letter per feature in catalog order,
    '-' where the pair is incomplete; for screening tests (rm_Q / rm_I)."""
    out = []
    for r in resps:
        s = ""
        for feat in features:
            f, d = r.f.get(feat), r.d.get(feat)
            s += TABLE[f][d] if isinstance(f, int) and isinstance(d, int) else "-"
        out.append(s)
    return out


EXPECTED = []


def expect(**kw):
    if "features" in kw and "respondents" in kw and "error" not in kw:
        kw["respondent_categories"] = respondent_categories(kw.pop("_resps"))
    kw.pop("_resps", None)
    EXPECTED.append(kw)


def times(n, start, step_minutes=47, duration_seconds=(95, 140, 210, 75, 180, 120, 260, 88, 150, 99, 170, 131)):
    """n (start, end) datetimes, spaced over a few days."""
    out = []
    for i in range(n):
        s = start + dt.timedelta(minutes=step_minutes * i * 7 + 13 * i)
        e = s + dt.timedelta(seconds=duration_seconds[i % len(duration_seconds)])
        out.append((s, e))
    return out


def us_ampm(t):
    """SurveyMonkey's MM/DD/YYYY hh:mm:ss AM."""
    return t.strftime("%m/%d/%Y %I:%M:%S %p")


def google_ts(t, zone=None):
    """Google Forms CSV download: 2024/03/05 9:41:07 AM GMT+1 (hour not padded),
    in the form owner's time zone (here Berlin: GMT+2 in summer time)."""
    if zone is None:
        zone = "GMT+2" if 4 <= t.month <= 10 else "GMT+1"
    hour = t.hour % 12 or 12
    return f"{t:%Y/%m/%d} {hour}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'} {zone}"


def iso(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


# ---------------------------------------------------------------------------
# Google Forms
# ---------------------------------------------------------------------------

GF_F = "How would you feel if our web shop had the following features?"
GF_D = "How would you feel if our web shop did not have the following features?"
GF_SEG = "Which best describes you?"
SEG_TEXT = {"B2B": "Trade customer (workshop or fleet)", "B2C": "Private customer"}


def google_grid_rows(resps, wording, f_title, d_title, names, ts_header="Timestamp",
                     email_header="Email address", seg_title=GF_SEG, features=FEATURES, extra=None,
                     zone=None, start=dt.datetime(2024, 3, 4, 9, 12, 5)):
    header = [ts_header]
    if email_header:
        header.append(email_header)
    if seg_title:
        header.append(seg_title)
    header += [f"{f_title} [{names[f]}]" for f in features]
    header += [f"{d_title} [{names[f]}]" for f in features]
    rows = [header]
    for i, (r, (s, _)) in enumerate(zip(resps, times(len(resps), start))):
        row = [google_ts(s, zone)]
        if email_header:
            row.append(f"respondent{r.pool + 1:02d}@example.org")
        if seg_title:
            row.append(SEG_TEXT[r.segment])
        row += [label(r.f[f], wording) for f in features]
        row += [label(r.d[f], wording) for f in features]
        rows.append(row)
    return rows


def google_forms():
    # (a) one Kano grid per question kind, rows = features.
    resps = respondents(range(1, 11), {3: {("click-and-collect", "d"): None},
                                      7: {("live-chat", "f"): None}})
    rel = write_text("google-forms/kano-grids.csv",
                     google_grid_rows(resps, "short", GF_F, GF_D, EN),
                     quote=quote_all, eol="\r\n")
    expect(file=rel, tool="Google Forms (Responses > Download responses (.csv))", encoding="UTF-8, no BOM",
           delimiter=",", header_rows=[1], respondent_id=None,
           respondent_note="no id column: each data row is one respondent; Timestamp is not unique in general",
           respondents=len(resps), wording="short", metadata=["Timestamp", "Email address"],
           attributes=[GF_SEG], layout="grid: 'Question [Row]' columns, one grid per question kind",
           features=expected_counts(resps), _resps=resps)

    # (b) one section per feature; the two question titles repeat verbatim.
    resps = respondents(range(1, 9), {5: {("part-finder", "d"): None}})
    sf = "How would you feel if this feature were available?"
    sd = "How would you feel if this feature were not available?"
    header = ["Timestamp"] + [t for _ in FEATURES for t in (sf, sd)]
    rows = [header]
    for r, (s, _) in zip(resps, times(len(resps), dt.datetime(2024, 3, 11, 14, 2, 41))):
        rows.append([google_ts(s)] + [label(v, "berger") for f in FEATURES for v in (r.f[f], r.d[f])])
    rel = write_text("google-forms/kano-sections.csv", rows, quote=quote_all, eol="\r\n")
    expect(file=rel, tool="Google Forms, one section per feature (section titles are not exported)",
           encoding="UTF-8, no BOM", delimiter=",", header_rows=[1], respondent_id=None,
           respondents=len(resps), wording="berger", metadata=["Timestamp"],
           layout="repeated identical headers: columns B+C, D+E, F+G, H+I, J+K are the sections in catalog order",
           needs_mapping="by column position: B,C order-tracking; D,E click-and-collect; F,G part-finder; "
                         "H,I live-chat; J,K net-prices (functional then dysfunctional; the stem tells which: 'not')",
           features=expected_counts(resps), _resps=resps)

    # (c) German form: Zeitstempel, German grid titles and labels.
    resps = respondents([2, 3, 4, 5, 6, 7, 8, 9, 10], {4: {("net-prices", "f"): None, ("net-prices", "d"): None}})
    de_f = "Wie würden Sie sich fühlen, wenn unser Webshop die folgenden Funktionen hätte?"
    de_d = "Wie würden Sie sich fühlen, wenn unser Webshop die folgenden Funktionen nicht hätte?"
    rows = google_grid_rows(resps, "de", de_f, de_d, DE, ts_header="Zeitstempel", email_header=None,
                            seg_title="Welche Beschreibung trifft auf Sie zu?",
                            start=dt.datetime(2024, 4, 2, 8, 30, 11))
    for row in rows[1:]:
        row[1] = {"Trade customer (workshop or fleet)": "Geschäftskunde (Werkstatt oder Flotte)",
                  "Private customer": "Privatkunde"}[row[1]]
    rel = write_text("google-forms/kano-grids-de.csv", rows, quote=quote_all, eol="\r\n")
    expect(file=rel, tool="Google Forms, German form (Zeitstempel)", encoding="UTF-8, no BOM",
           delimiter=",", header_rows=[1], respondent_id=None, respondents=len(resps), wording="de",
           metadata=["Zeitstempel"], attributes=["Welche Beschreibung trifft auf Sie zu?"],
           layout="grid 'Frage [Zeile]', German stems: '... hätte?' / '... nicht hätte?'",
           features=expected_counts(resps), _resps=resps)
    return rows  # reused by the Excel re-save


# ---------------------------------------------------------------------------
# Microsoft Forms
# ---------------------------------------------------------------------------

def microsoft_forms():
    # English: anonymous form (Email "anonymous", Name blank).
    resps = respondents(range(1, 10), {2: {("order-tracking", "d"): None}})
    fq = "How would you feel if the web shop offered {}?"
    dq = "How would you feel if the web shop did not offer {}?"
    header = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time"]
    for f in FEATURES:
        header += [fq.format(EN[f]), dq.format(EN[f])]
    rows = [header]
    for i, (r, (s, e)) in enumerate(zip(resps, times(len(resps), dt.datetime(2024, 5, 6, 10, 4, 12))), start=1):
        row = [i, XDate(s), XDate(e), "anonymous", None, None]
        for f in FEATURES:
            row += [label(r.f[f], "enjoy") or None, label(r.d[f], "enjoy") or None]
        rows.append(row)
    rel = write_xlsx("microsoft-forms/kano-en.xlsx", "Sheet1", rows)
    expect(file=rel, tool="Microsoft Forms (Responses > Open in Excel), English", encoding="XLSX",
           sheet="Sheet1", header_rows=[1], respondent_id="ID", respondents=len(resps), wording="enjoy",
           metadata=header[:6], layout="one Choice question per feature and kind; stems 'offered' / 'did not offer'",
           features=expected_counts(resps), _resps=resps)

    # German: identified organisation form with e-mail and name.
    resps = respondents([1, 3, 4, 5, 6, 8, 9, 11], {6: {("click-and-collect", "f"): None}})
    fq = "Wie würden Sie sich fühlen, wenn der Webshop {} anbietet?"
    dq = "Wie würden Sie sich fühlen, wenn der Webshop {} nicht anbietet?"
    header = ["ID", "Startzeit", "Fertigstellungszeit", "E-Mail", "Name", "Kundentyp"]
    for f in FEATURES:
        header += [fq.format(DE[f]), dq.format(DE[f])]
    people = ["Klaus Becker", "Jana Wolf", "Mehmet Yilmaz", "Sabine Krüger", "Thomas Schäfer",
              "Anna Neumann", "Lukas Hoffmann", "Petra Schulz"]
    rows = [header]
    for i, (r, (s, e)) in enumerate(zip(resps, times(len(resps), dt.datetime(2024, 5, 13, 7, 55, 30))), start=1):
        name = people[i - 1]
        mail = name.lower().replace(" ", ".").replace("ü", "ue").replace("ä", "ae") + "@kurz-autoteile.de"
        row = [i, XDate(s), XDate(e), mail, name, {"B2B": "Geschäftskunde", "B2C": "Privatkunde"}[r.segment]]
        for f in FEATURES:
            row += [label(r.f[f], "de") or None, label(r.d[f], "de") or None]
        rows.append(row)
    rel = write_xlsx("microsoft-forms/kano-de.xlsx", "Sheet1", rows)
    expect(file=rel, tool="Microsoft Forms, German (Antworten > In Excel öffnen)", encoding="XLSX",
           sheet="Sheet1", header_rows=[1], respondent_id="ID", respondents=len(resps), wording="de",
           metadata=header[:5], attributes=["Kundentyp"],
           layout="one Choice question per feature and kind; stems '... anbietet?' / '... nicht anbietet?'",
           features=expected_counts(resps), _resps=resps)
    return rows


# ---------------------------------------------------------------------------
# SurveyMonkey
# ---------------------------------------------------------------------------

SM_META = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address",
           "First Name", "Last Name", "Custom Data 1"]
SM_F = "How would you feel if the web shop offered the following features?"
SM_D = "How would you feel if the web shop did not offer the following features?"
SM_I = "How important are the following features to you? (1 = not important at all, 9 = extremely important)"


def surveymonkey_rows(resps, first_id, collector, start):
    row1 = SM_META + [GF_SEG]
    row2 = [""] * len(SM_META) + ["Response"]
    for title in (SM_F, SM_D, SM_I):
        row1 += [title] + [""] * (len(FEATURES) - 1)
        row2 += [EN[f] for f in FEATURES]
    rows = [row1, row2]
    for i, (r, (s, e)) in enumerate(zip(resps, times(len(resps), start))):
        rid = first_id + i * 7919 + (i * i) * 13
        ip = f"198.51.100.{23 + i * 17}"
        row = [str(rid), str(collector), us_ampm(s), us_ampm(e), ip, "", "", "", "", SEG_TEXT[r.segment]]
        row += [label(r.f[f], "berger") for f in FEATURES]
        row += [label(r.d[f], "berger") for f in FEATURES]
        row += [code(r.imp[f]) for f in FEATURES]
        rows.append(row)
    return rows


def surveymonkey():
    resps = respondents(range(1, 11), {6: {("net-prices", "d"): None, ("net-prices", "imp"): None},
                                      9: {("live-chat", "imp"): None}})
    rows = surveymonkey_rows(resps, 114927368501, 431876512, dt.datetime(2024, 3, 5, 10, 15, 22))
    rel = write_text("surveymonkey/kano.csv", rows, eol="\r\n")
    expect(file=rel, tool="SurveyMonkey (Analyze Results > Save as > Export file > All responses data, CSV)",
           encoding="UTF-8, no BOM", delimiter=",", header_rows=[1, 2], respondent_id="Respondent ID",
           respondents=len(resps), wording="berger", metadata=SM_META, attributes=[GF_SEG],
           layout="two header rows; matrix question text in row 1 only over its first column, "
                  "row 2 'Response' or the matrix row (feature); importance matrix 1-9",
           features=expected_counts(resps, importance=True), _resps=resps)
    sm_csv_rows = rows

    resps = respondents([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], {12: {("order-tracking", "f"): None}})
    rows = surveymonkey_rows(resps, 115203774412, 431876513, dt.datetime(2024, 3, 18, 16, 40, 3))
    xrows = [rows[0], rows[1]]
    for row in rows[2:]:
        # Respondent and collector ids are numbers in the workbook; a blank cell is no cell.
        xrows.append([int(row[0]), int(row[1])] + [v if v != "" else None for v in row[2:9]]
                     + [row[9]] + [v if v != "" else None for v in row[10:20]]
                     + [int(v) if v else None for v in row[20:25]])
    xrows[0] = [v if v != "" else None for v in xrows[0]]
    xrows[1] = [v if v != "" else None for v in xrows[1]]
    rel = write_xlsx("surveymonkey/kano.xlsx", "Sheet1", xrows)
    expect(file=rel, tool="SurveyMonkey (All responses data, XLS+ / .xlsx)", encoding="XLSX", sheet="Sheet1",
           header_rows=[1, 2], respondent_id="Respondent ID", respondents=len(resps), wording="berger",
           metadata=SM_META, attributes=[GF_SEG], layout="as the CSV; blank header cells are empty cells",
           features=expected_counts(resps, importance=True), _resps=resps)
    return sm_csv_rows


# ---------------------------------------------------------------------------
# Qualtrics
# ---------------------------------------------------------------------------

Q_META = [
    ("StartDate", "Start Date", '{"ImportId":"startDate","timeZone":"Europe/Berlin"}'),
    ("EndDate", "End Date", '{"ImportId":"endDate","timeZone":"Europe/Berlin"}'),
    ("Status", "Response Type", '{"ImportId":"status"}'),
    ("IPAddress", "IP Address", '{"ImportId":"ipAddress"}'),
    ("Progress", "Progress", '{"ImportId":"progress"}'),
    ("Duration (in seconds)", "Duration (in seconds)", '{"ImportId":"duration"}'),
    ("Finished", "Finished", '{"ImportId":"finished"}'),
    ("RecordedDate", "Recorded Date", '{"ImportId":"recordedDate","timeZone":"Europe/Berlin"}'),
    ("ResponseId", "Response ID", '{"ImportId":"_recordId"}'),
    ("RecipientLastName", "Recipient Last Name", '{"ImportId":"recipientLastName"}'),
    ("RecipientFirstName", "Recipient First Name", '{"ImportId":"recipientFirstName"}'),
    ("RecipientEmail", "Recipient Email", '{"ImportId":"recipientEmail"}'),
    ("ExternalReference", "External Data Reference", '{"ImportId":"externalDataReference"}'),
    ("LocationLatitude", "Location Latitude", '{"ImportId":"locationLatitude"}'),
    ("LocationLongitude", "Location Longitude", '{"ImportId":"locationLongitude"}'),
    ("DistributionChannel", "Distribution Channel", '{"ImportId":"distributionChannel"}'),
    ("UserLanguage", "User Language", '{"ImportId":"userLanguage"}'),
]
Q_F = "How would you feel if the web shop offered the following features?"
Q_D = "How would you feel if the web shop did not offer the following features?"
Q_I = "How important is each feature to you? (1 = not important at all, 9 = extremely important)"
Q_SEG = "Which best describes you?"

RESPONSE_IDS = ["R_1dGk5uQ8mX2pLzA", "R_3nVbT7wqY0eHs4K", "R_2aPz9LmC6tRw1Xe", "R_6QyH3vN8kJd2Ubo",
                "R_5tWe1RgZ7hMc0Lq", "R_1Kx4bYs9PvA3nFu", "R_2mJq8TzE5wLr6Dh", "R_3cUo0NaV7gKp2Ys",
                "R_7RfL2dHx4qBn9Me", "R_9sGt6yPw1ZkC3Ja", "R_4HvM8cQe2uXb7Tn", "R_8pDn5jWr3AoF1Gk"]


def qualtrics_id(tag, i):
    """A response id unique to one file: tag replaces the third character."""
    rid = RESPONSE_IDS[i]
    return rid[:2] + tag + rid[3:]


def qualtrics_rows(resps, numeric, tag, start=dt.datetime(2024, 6, 3, 9, 20, 44)):
    names = [m[0] for m in Q_META]
    texts = [m[1] for m in Q_META]
    imports = [m[2] for m in Q_META]
    for q, (title, qid) in enumerate([(Q_F, 1), (Q_D, 2), (Q_I, 3)], start=1):
        for j, f in enumerate(FEATURES, start=1):
            names.append(f"Q{q}_{j}")
            texts.append(f"{title} - {EN[f]}")
            imports.append('{"ImportId":"QID%d_%d"}' % (qid, j))
    names.append("Q4")
    texts.append(Q_SEG)
    imports.append('{"ImportId":"QID4"}')
    rows = [names, texts, imports]
    for i, (r, (s, e)) in enumerate(zip(resps, times(len(resps), start))):
        dur = int((e - s).total_seconds())
        row = [iso(s), iso(e), "0" if numeric else "IP Address", f"203.0.113.{41 + 3 * i}", "100", str(dur),
               "1" if numeric else "True", iso(e + dt.timedelta(seconds=1)), qualtrics_id(tag, i),
               "", "", "", "", f"{52.52 - i * 0.731:.4f}", f"{13.405 + i * 0.517:.4f}",
               "anonymous", "EN"]
        if numeric:
            row += [code(r.f[f]) for f in FEATURES] + [code(r.d[f]) for f in FEATURES]
            row += [code(r.imp[f]) for f in FEATURES] + [{"B2B": "1", "B2C": "2"}[r.segment]]
        else:
            row += [label(r.f[f], "helpful") for f in FEATURES] + [label(r.d[f], "helpful") for f in FEATURES]
            row += [code(r.imp[f]) for f in FEATURES] + [SEG_TEXT[r.segment]]
        rows.append(row)
    return rows


def to_xlsx_rows(rows, header_rows, numeric_cols):
    out = []
    for k, row in enumerate(rows):
        if k < header_rows:
            out.append([v if v != "" else None for v in row])
            continue
        new = []
        for c, v in enumerate(row):
            if v == "":
                new.append(None)
            elif c in numeric_cols and v.lstrip("-").replace(".", "", 1).isdigit():
                new.append(float(v) if "." in v else int(v))
            else:
                new.append(v)
        out.append(new)
    return out


def qualtrics():
    # Choice text, CSV.
    resps = respondents(range(1, 11), {4: {("part-finder", "f"): None}})
    rows = qualtrics_rows(resps, numeric=False, tag="1")
    rel = write_text("qualtrics/kano-choice-text.csv", rows, eol="\r\n", bom=True)
    expect(file=rel, tool="Qualtrics (Data & Analysis > Export & Import > Export data > CSV, 'Use choice text')",
           encoding="UTF-8 with BOM", delimiter=",", header_rows=[1, 2, 3], respondent_id="ResponseId",
           respondents=len(resps), wording="helpful", metadata=[m[0] for m in Q_META], attributes=["Q4"],
           layout="row 1 column names (Q1_1), row 2 'Question - Statement', row 3 {\"ImportId\":\"QID1_1\"}",
           features=expected_counts(resps, importance=True), _resps=resps)
    q_text_rows = rows

    # Numeric values (recode values 1-5 in the order of the choices, like first); -99 = seen but unanswered.
    resps = respondents([3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
                        {5: {("click-and-collect", "d"): "-99"}, 9: {("order-tracking", "f"): "-99",
                                                                     ("order-tracking", "imp"): "-99"}})
    rows = qualtrics_rows(resps, numeric=True, tag="2", start=dt.datetime(2024, 6, 10, 13, 5, 9))
    rel = write_text("qualtrics/kano-numeric.csv", rows, eol="\r\n", bom=True)
    expect(file=rel, tool="Qualtrics (Export data > CSV, 'Use numeric values')", encoding="UTF-8 with BOM",
           delimiter=",", header_rows=[1, 2, 3], respondent_id="ResponseId", respondents=len(resps),
           wording="codes 1-5 = like, expect, neutral, live with, dislike (recode values in choice order)",
           missing_tokens=["-99"], metadata=[m[0] for m in Q_META], attributes=["Q4 (1 = B2B, 2 = B2C)"],
           layout="as the choice-text export; Status 0, Finished 1",
           features=expected_counts(resps, importance=True), _resps=resps)

    # XLSX versions: other respondents (so listing CSV and XLSX together has no duplicate ids).
    numeric_cols = {2, 4, 5, 6, 13, 14}
    resps = respondents([1, 2, 5, 6, 8, 11, 12], {8: {("live-chat", "d"): None}})
    rows = qualtrics_rows(resps, numeric=False, tag="3", start=dt.datetime(2024, 6, 17, 8, 45, 0))
    ncols = len(rows[0])
    rel = write_xlsx("qualtrics/kano-choice-text.xlsx", "Sheet0",
                     to_xlsx_rows(rows, 3, numeric_cols | set(range(ncols - 6, ncols - 1))))
    expect(file=rel, tool="Qualtrics (Export data > Excel, choice text)", encoding="XLSX", sheet="Sheet0",
           header_rows=[1, 2, 3], respondent_id="ResponseId", respondents=len(resps), wording="helpful",
           metadata=[m[0] for m in Q_META], attributes=["Q4"], features=expected_counts(resps, importance=True), _resps=resps)

    resps = respondents([2, 4, 6, 7, 9, 10, 12], {7: {("net-prices", "f"): "-99"}})
    rows = qualtrics_rows(resps, numeric=True, tag="4", start=dt.datetime(2024, 6, 24, 15, 30, 30))
    rel = write_xlsx("qualtrics/kano-numeric.xlsx", "Sheet0",
                     to_xlsx_rows(rows, 3, numeric_cols | set(range(17, ncols))))
    expect(file=rel, tool="Qualtrics (Export data > Excel, numeric values)", encoding="XLSX", sheet="Sheet0",
           header_rows=[1, 2, 3], respondent_id="ResponseId", respondents=len(resps),
           wording="codes 1-5 like first, numbers in the sheet", missing_tokens=["-99"],
           metadata=[m[0] for m in Q_META], attributes=["Q4 (1 = B2B, 2 = B2C)"],
           features=expected_counts(resps, importance=True), _resps=resps)
    return q_text_rows


# ---------------------------------------------------------------------------
# LimeSurvey
# ---------------------------------------------------------------------------

LS_CODE_META = ["id", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp"]
LS_FULL_META = ["Response ID", "Date submitted", "Last page", "Start language", "Seed", "Date started",
                "Date last action"]
LS_FULL_META_DE = ["Antwort ID", "Datum Abgeschickt", "Letzte Seite", "Start-Sprache", "Seed",
                   "Datum gestartet", "Datum letzte Aktivität"]
LS_SEEDS = [1843201957, 402771690, 1290457731, 77310562, 2011458830, 930164205, 1587320046, 655012973,
            1199843512, 284617095, 1765530281, 501298764]


def limesurvey_rows(resps, header_meta, f_head, d_head, cell, lang, incomplete=(), start=dt.datetime(2024, 7, 1, 9, 0, 0)):
    header = list(header_meta) + [f_head(j, f) for j, f in enumerate(FEATURES, 1)] \
        + [d_head(j, f) for j, f in enumerate(FEATURES, 1)]
    rows = [header]
    for i, (r, (s, e)) in enumerate(zip(resps, times(len(resps), start)), start=1):
        done = r.pool + 1 not in incomplete
        row = [str(i), iso(e) if done else None, "2" if done else "1", lang, str(LS_SEEDS[r.pool]),
               iso(s), iso(e)]
        row += [cell(r.f[f]) for f in FEATURES]
        # An incomplete response stopped after page 1: its page-2 answers are NULL (unquoted empty).
        row += [cell(r.d[f]) if done else None for f in FEATURES]
        rows.append(row)
    return rows


def limesurvey():
    acodes = {L: "A1", E: "A2", N: "A3", T: "A4", D: "A5"}
    # (a) question codes and answer codes; respondent 8 broke off after page 1.
    resps = respondents([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], {2: {("live-chat", "f"): ""}})
    for r in resps:
        if r.pool + 1 == 8:
            for f in FEATURES:
                r.d[f] = None
    rows = limesurvey_rows(resps, LS_CODE_META, lambda j, f: f"K1[SQ{j:03d}]", lambda j, f: f"K2[SQ{j:03d}]",
                           lambda v: "" if v in ("", None) else acodes[v], "de", incomplete={8})
    rel = write_text("limesurvey/kano-codes.csv", rows, quote=quote_all, eol="\r\n", bom=True, trailer="\r\n")
    expect(file=rel, tool="LimeSurvey (Responses > Export > CSV; headings 'Question code', responses 'Answer codes')",
           encoding="UTF-8 with BOM", delimiter=",", header_rows=[1], respondent_id="id",
           respondents=len(resps), wording="answer codes A1..A5",
           metadata=LS_CODE_META,
           needs_mapping="codes cannot be known from the file: K1 = functional question, K2 = dysfunctional "
                         "question; subquestion SQ001 order-tracking, SQ002 click-and-collect, SQ003 part-finder, "
                         "SQ004 live-chat, SQ005 net-prices; answer codes A1 like, A2 expect, A3 neutral, "
                         "A4 live with, A5 dislike (one line for the code set)",
           notes="every value is quoted; a NULL (question not shown) is an unquoted empty field; an unanswered "
                 "shown question is \"\"; respondent id 8 has submitdate NULL (incomplete, lastpage 1) and no "
                 "K2 answers; the file ends with an extra empty line (CsvWriter::close)",
           features=expected_counts(resps), _resps=resps)

    # (b) full question text and full answers, English.
    resps = respondents([3, 4, 5, 6, 7, 8, 9, 10, 11], {9: {("click-and-collect", "d"): ""}})
    lf = "How would you feel if the web shop offered the following features?"
    ld = "How would you feel if the web shop did not offer the following features?"
    rows = limesurvey_rows(resps, LS_FULL_META, lambda j, f: f"{lf} [{EN[f]}]", lambda j, f: f"{ld} [{EN[f]}]",
                           lambda v: label(v, "berger"), "en", start=dt.datetime(2024, 7, 8, 11, 20, 0))
    rel = write_text("limesurvey/kano-fulltext.csv", rows, quote=quote_all, eol="\r\n", bom=True, trailer="\r\n")
    expect(file=rel, tool="LimeSurvey (Export: headings 'Full question text', responses 'Full answers')",
           encoding="UTF-8 with BOM", delimiter=",", header_rows=[1], respondent_id="Response ID",
           respondents=len(resps), wording="berger", metadata=LS_FULL_META,
           layout="'Question text [Subquestion]' headings like Google's grids",
           features=expected_counts(resps), _resps=resps)

    # (c) German survey, full text, semicolon chosen as CSV field separator.
    resps = respondents([1, 2, 4, 5, 7, 8, 10, 11, 12], {1: {("order-tracking", "d"): ""}})
    gf = "Wie würden Sie sich fühlen, wenn der Webshop folgende Funktionen anbietet?"
    gd = "Wie würden Sie sich fühlen, wenn der Webshop folgende Funktionen nicht anbietet?"
    rows = limesurvey_rows(resps, LS_FULL_META_DE, lambda j, f: f"{gf} [{DE[f]}]",
                           lambda j, f: f"{gd} [{DE[f]}]", lambda v: label(v, "de"), "de",
                           start=dt.datetime(2024, 7, 15, 18, 2, 0))
    rel = write_text("limesurvey/kano-fulltext-de.csv", rows, sep=";", quote=quote_all, eol="\r\n", bom=True,
                     trailer="\r\n")
    expect(file=rel, tool="LimeSurvey, German survey (full question text, full answers, separator ';')",
           encoding="UTF-8 with BOM", delimiter=";", header_rows=[1], respondent_id="Antwort ID",
           respondents=len(resps), wording="de", metadata=LS_FULL_META_DE,
           notes="the German metadata headings are not verified against LimeSurvey's translation",
           features=expected_counts(resps), _resps=resps)


# ---------------------------------------------------------------------------
# Typeform
# ---------------------------------------------------------------------------

def _token(i, n, alphabet="0123456789abcdefghijklmnopqrstuvwxyz"):
    """Deterministic stand-ins for Typeform's response tokens and network ids."""
    digest = int(hashlib.sha256(f"typeform-{i}".encode()).hexdigest(), 16)
    out = ""
    while len(out) < n:
        digest, r = divmod(digest, len(alphabet))
        out += alphabet[r]
    return out


TF_TOKENS = [_token(i, 32) for i in range(12)]
TF_NETWORK = [hashlib.sha1(f"network-{i}".encode()).hexdigest()[:10] for i in range(12)]
TF_F = "How would you feel if the web shop offered {}?"
TF_D = "How would you feel if the web shop did not offer {}?"


def typeform_rows(resps, token_offset=0, partial=(), start=dt.datetime(2024, 8, 5, 12, 1, 17)):
    header = ["#"]
    for f in FEATURES:
        name = EN[f][0].lower() + EN[f][1:]  # in running text: "order tracking"
        header += [TF_F.format(name), TF_D.format(name)]
    header += [GF_SEG, "Response Type", "Start Date (UTC)", "Stage Date (UTC)", "Submit Date (UTC)",
               "Network ID", "Tags"]
    rows = [header]
    for i, (r, (s, e)) in enumerate(zip(resps, times(len(resps), start))):
        done = r.pool + 1 not in partial
        row = [TF_TOKENS[(token_offset + i) % len(TF_TOKENS)]]
        for f in FEATURES:
            row += [label(r.f[f], "must-typo"), label(r.d[f], "must-typo")]
        row += [SEG_TEXT[r.segment] if done else "", "completed" if done else "partial", iso(s),
                "" if done else iso(e), iso(e) if done else "", TF_NETWORK[r.pool], ""]
        rows.append(row)
    return rows


def typeform():
    resps = respondents([1, 2, 3, 4, 5, 6, 7, 8, 9], {7: {("part-finder", "f"): None}})
    # Respondent 4 left after the live-chat questions: a partial response.
    for r in resps:
        if r.pool + 1 == 4:
            r.f["net-prices"] = r.d["net-prices"] = None
    rows = typeform_rows(resps, partial={4})
    rel = write_text("typeform/kano.csv", rows, eol="\n")
    expect(file=rel, tool="Typeform (Results > Responses > Download all responses, CSV)", encoding="UTF-8, no BOM",
           delimiter=",", header_rows=[1], respondent_id="#", respondents=len(resps), wording="must-typo",
           metadata=["#", "Response Type", "Start Date (UTC)", "Stage Date (UTC)", "Submit Date (UTC)",
                     "Network ID", "Tags"], attributes=[GF_SEG],
           layout="one Multiple Choice question per feature and kind; feature names in lower case in the text",
           notes="the 4th row is a 'partial' response (Submit Date empty, Stage Date set) with no net-prices "
                 "answers; partial responses are counted here",
           features=expected_counts(resps), _resps=resps)
    return rows


# ---------------------------------------------------------------------------
# Excel and spreadsheet re-saves
# ---------------------------------------------------------------------------

def resaves(google_de_rows, msforms_de_rows, sm_rows):
    # German Excel, "CSV (Trennzeichen-getrennt)": Windows-1252, semicolons, CRLF,
    # quotes only where needed. The analyst marked blank answers as NA first.
    rows = [list(r) for r in google_de_rows]
    for r in rows[1:]:
        for c in range(2, len(r)):
            if r[c] == "":
                r[c] = "NA"
    rel = write_text("resaved/google-forms-de_excel-csv-semicolon-cp1252.csv", rows, sep=";", eol="\r\n",
                     quote=quote_excel, encoding="cp1252")
    resps = respondents([2, 3, 4, 5, 6, 7, 8, 9, 10], {4: {("net-prices", "f"): "NA", ("net-prices", "d"): "NA"}})
    expect(file=rel, tool="google-forms/kano-grids-de.csv opened in German Excel, blanks typed as NA, "
                          "saved as 'CSV (Trennzeichen-getrennt)'",
           encoding="Windows-1252 (umlauts as single bytes: ü = 0xFC)", delimiter=";", header_rows=[1],
           respondent_id=None, respondents=len(resps), wording="de", missing_tokens=["NA"],
           features=expected_counts(resps), _resps=resps)

    # German Excel, "Unicode-Text": UTF-16 LE with BOM, tabs, CRLF. Dates as Excel shows them.
    rows = []
    for k, r in enumerate(msforms_de_rows):
        out = []
        for v in r:
            if v is None:
                out.append("")
            elif isinstance(v, XDate):
                out.append(v.when.strftime("%d.%m.%Y %H:%M"))
            else:
                out.append(str(v))
        rows.append(out)
    rel = write_text("resaved/microsoft-forms-de_excel-unicode-text.txt", rows, sep="\t", eol="\r\n",
                     quote=quote_excel, encoding="utf-16-le", bom=True)
    resps = respondents([1, 3, 4, 5, 6, 8, 9, 11], {6: {("click-and-collect", "f"): None}})
    expect(file=rel, tool="microsoft-forms/kano-de.xlsx opened in German Excel, saved as 'Unicode-Text (*.txt)'",
           encoding="UTF-16 LE with BOM", delimiter="tab", header_rows=[1], respondent_id="ID",
           respondents=len(resps), wording="de", features=expected_counts(resps), _resps=resps)

    # Google Sheets "Download > Tab-separated values (.tsv)" of the linked response sheet:
    # UTF-8 without BOM, no quoting at all, Sheets' own date format.
    resps = respondents(range(1, 11), {3: {("click-and-collect", "d"): "NA"}, 7: {("live-chat", "f"): "NA"}})
    rows = google_grid_rows(resps, "short", GF_F, GF_D, EN)
    for row, (s, _) in zip(rows[1:], times(len(resps), dt.datetime(2024, 3, 4, 9, 12, 5))):
        row[0] = f"{s.month}/{s.day}/{s.year} {s.hour}:{s:%M:%S}"
    rel = write_text("resaved/google-sheets_download.tsv", rows, sep="\t", eol="\r\n", quote=quote_none)
    expect(file=rel, tool="Google Sheets response sheet (same answers as google-forms/kano-grids.csv), analyst "
                          "typed NA into the two blanks, File > Download > .tsv",
           encoding="UTF-8, no BOM", delimiter="tab", header_rows=[1], respondent_id=None,
           respondents=len(resps), wording="short", missing_tokens=["NA"], features=expected_counts(resps), _resps=resps)

    # English Excel "CSV UTF-8 (Comma delimited)" of the SurveyMonkey CSV: BOM, CRLF,
    # Excel's own date format, one answer cleared to "-" by the analyst.
    rows = [list(r) for r in sm_rows]
    for r in rows[2:]:
        for c in (2, 3):
            t = dt.datetime.strptime(r[c], "%m/%d/%Y %I:%M:%S %p")
            r[c] = f"{t.month}/{t.day}/{t.year} {t.hour}:{t:%M}"
    rows[4][10 + 5 + 2] = "-"  # third respondent, dysfunctional part finder
    rel = write_text("resaved/surveymonkey_excel-csv-utf8-bom.csv", rows, eol="\r\n", quote=quote_excel, bom=True)
    resps = respondents(range(1, 11), {6: {("net-prices", "d"): None, ("net-prices", "imp"): None},
                                      9: {("live-chat", "imp"): None}, 3: {("part-finder", "d"): "-"}})
    expect(file=rel, tool="surveymonkey/kano.csv opened in English Excel, one cell set to '-', saved as "
                          "'CSV UTF-8 (Comma delimited)'",
           encoding="UTF-8 with BOM", delimiter=",", header_rows=[1, 2], respondent_id="Respondent ID",
           respondents=len(resps), wording="berger", missing_tokens=["-"],
           features=expected_counts(resps, importance=True), _resps=resps)

    # A file that decodes neither as UTF-8 nor as Windows-1252: invalid UTF-8 sequences
    # (a lone 0xC3, a truncated 0xE2 0x80) and 0x81 / 0x8D, which Windows-1252 leaves undefined.
    text = ("Timestamp,How would you feel if our web shop had the following features? [Order tracking]\r\n"
            "2024/03/04 9:12:05 AM GMT+1,I like it\r\n").encode("ascii")
    data = text + b"2024/03/04 10:00:00 AM GMT+1,I \xc3 like it \xe2\x80\r\n" + \
        b"2024/03/04 10:30:00 AM GMT+1,I dislike it \x81\x8d\r\n"
    bad = len(text) + data[len(text):].index(b"\xc3")
    path = os.path.join(HERE, "resaved/undecodable.csv")
    with open(path, "wb") as f:
        f.write(data)
    expect(file="resaved/undecodable.csv", tool="none (damaged file)", encoding="none: invalid UTF-8 at "
           "byte offset %d (line 3), and bytes 0x81/0x8D undefined in Windows-1252 (line 4)" % bad,
           error="cannot be decoded: say which encodings were tried (UTF-8, Windows-1252) and where it failed")


# ---------------------------------------------------------------------------
# Broken exports for the silent-drop errors
# ---------------------------------------------------------------------------

def broken(sm_rows):
    # SurveyMonkey CSV with header row 2 deleted.
    rows = [sm_rows[0]] + sm_rows[2:]
    rel = write_text("broken/surveymonkey_second-header-row-removed.csv", rows, eol="\r\n")
    blank_cols = [col_letter(c) for c, h in enumerate(rows[0]) if h == ""]
    expect(file=rel, tool="SurveyMonkey CSV with its second header row deleted by hand",
           header_rows=[1], respondent_id="Respondent ID",
           error="columns with Kano answers that nothing maps: the matrix columns K-O (functional), P-T "
                 "(dysfunctional) and U-Y (importance) have no feature name; blank headers in %s. "
                 "Never score only the columns that happen to match." % ", ".join(blank_cols))

    # Two Google Forms downloads pasted into one file: the header repeats on line 7.
    resps = respondents(range(1, 10))
    rows = google_grid_rows(resps, "short", GF_F, GF_D, EN, email_header=None)
    rows = rows[:6] + [rows[0]] + rows[6:]
    rel = write_text("broken/google-forms_header-row-inside-data.csv", rows, quote=quote_all, eol="\r\n")
    expect(file=rel, tool="two Google Forms CSV downloads concatenated", header_rows=[1],
           error="line 7 repeats the header row (a header-like row inside the data)",
           respondents_if_header_line_removed=len(resps), features=expected_counts(resps), _resps=resps)

    # Qualtrics export with one response pasted twice.
    resps = respondents(range(1, 9))
    rows = qualtrics_rows(resps, numeric=False, tag="9", start=dt.datetime(2024, 6, 3, 9, 20, 44))
    rows.append(list(rows[5]))  # response on line 6 again on line 12
    rel = write_text("broken/qualtrics_duplicate-response-id.csv", rows, eol="\r\n", bom=True)
    expect(file=rel, tool="Qualtrics choice-text CSV with the response of line 6 pasted again at the end",
           header_rows=[1, 2, 3], respondent_id="ResponseId",
           error="respondent id %s on line 6 and line 12" % rows[5][8])

    # Typeform wave whose rows overlap typeform/kano.csv (same survey wave exported twice).
    resps = respondents([9, 10, 11, 12])
    tf = typeform_rows(resps, token_offset=8, start=dt.datetime(2024, 8, 9, 17, 30, 0))
    rel = write_text("broken/typeform_overlaps-typeform-kano.csv", tf, eol="\n")
    expect(file=rel, tool="Typeform CSV downloaded again later; its first row repeats the last row of "
                          "typeform/kano.csv",
           header_rows=[1], respondent_id="#", respondents=len(resps),
           error="when listed with typeform/kano.csv in one workspace: respondent %s in typeform/kano.csv "
                 "line 10 and in this file line 2" % tf[1][0],
           features=expected_counts(resps), _resps=resps)

    # Google Forms grid with a feature that is not in the catalog.
    resps = respondents(range(1, 9))
    names = dict(EN, **{"loyalty-points": "Loyalty points"})
    feats = FEATURES + ["loyalty-points"]
    loyalty = {1: (L, N), 2: (L, T), 3: (N, N), 4: (L, N), 5: (E, D), 6: (L, N), 7: (N, T), 8: (L, N)}
    for r in resps:
        r.f["loyalty-points"], r.d["loyalty-points"] = loyalty[r.pool + 1]
    rows = google_grid_rows(resps, "short", GF_F, GF_D, names, email_header=None, seg_title=None, features=feats)
    rel = write_text("broken/google-forms_feature-not-in-catalog.csv", rows, quote=quote_all, eol="\r\n")
    lp = [col_letter(c) for c, h in enumerate(rows[0]) if "Loyalty points" in h]
    expect(file=rel, tool="Google Forms grids with a row 'Loyalty points' that the catalog does not name",
           header_rows=[1], respondent_id=None, respondents=len(resps),
           error="columns %s hold Kano answers but match no catalog entry ('Loyalty points')" % " and ".join(lp),
           features=expected_counts(resps), _resps=resps)


# ---------------------------------------------------------------------------
# Expected counts as JSON and Markdown
# ---------------------------------------------------------------------------

def write_expected():
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"evaluation_table": "DOMAIN.md standard table (rows functional, columns dysfunctional)",
                   "wordings": {k: {ANSWER_NAMES[a]: t for a, t in v.items()} for k, v in WORDINGS.items()},
                   "files": EXPECTED}, f, ensure_ascii=False, indent=2)
        f.write("\n")
    out = ["# Expected results of the export fixtures", "",
           "Generated by `generate.py` (do not edit by hand). Counts use the standard evaluation table of",
           "DOMAIN.md. `n` counts respondents with both answers of the feature; `incomplete` counts respondents",
           "of the file with a blank or missing-token answer to either question of the feature. Importance",
           "(1-9) is counted where the file has it. Machine-readable: `expected.json`.", "",
           "Answer wordings (`wording` below):", ""]
    for k, v in WORDINGS.items():
        out.append(f"- **{k}**: " + " / ".join(f"{ANSWER_NAMES[a]} = \"{t}\"" for a, t in v.items()))
    out.append("")
    for e in EXPECTED:
        out.append(f"## {e['file']}")
        out.append("")
        for key in ("tool", "encoding", "delimiter", "sheet", "header_rows", "respondent_id", "respondent_note",
                    "respondents", "wording", "missing_tokens", "metadata", "attributes", "layout",
                    "needs_mapping", "notes", "error", "respondents_if_header_line_removed",
                    "respondent_categories"):
            if key in e and e[key] is not None:
                v = e[key]
                if key == "respondent_categories":
                    v = "`" + " ".join(v) + "` (per data row, features in catalog order, - incomplete)"
                elif isinstance(v, list):
                    v = ", ".join(f"`{x}`" if key != "header_rows" else str(x) for x in v)
                out.append(f"- {key.replace('_', ' ')}: {v}")
            elif key == "respondent_id" and key in e:
                out.append("- respondent id: none")
        if "features" in e:
            imp = any("importance" in x for x in e["features"].values())
            out.append("")
            out.append("| feature | A | O | M | I | R | Q | n | incomplete |" + (" importance n / mean |" if imp else ""))
            out.append("|---|---|---|---|---|---|---|---|---|" + ("---|" if imp else ""))
            for feat, x in e["features"].items():
                c = x["counts"]
                line = f"| {feat} | {c['A']} | {c['O']} | {c['M']} | {c['I']} | {c['R']} | {c['Q']} | {x['n']} | {x['incomplete']} |"
                if imp:
                    i = x["importance"]
                    line += f" {i['n']} / {i['mean']} |"
                out.append(line)
        out.append("")
    with open(os.path.join(HERE, "EXPECTED.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def main():
    google_de = google_forms()
    ms_de = microsoft_forms()
    sm_rows = surveymonkey()
    qualtrics()
    limesurvey()
    typeform()
    resaves(google_de, ms_de, sm_rows)
    broken(sm_rows)
    write_expected()


if __name__ == "__main__":
    main()
