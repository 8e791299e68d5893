"""r5 helpers: my own value parser (RECORDS.md / CONVENTIONS.md), `met`, record assembly from
content rows, LibreOffice conversion and a pdfplumber read-back for page/page_end.
Written from RECORDS.md / CONVENTIONS.md only; never uses perfextract."""
from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from pathlib import Path

import pdfplumber

FIELDS = [
    "page", "page_end", "area_code", "area_title", "objective_level", "objective_code",
    "objective_title", "indicator_code", "indicator", "type", "formula", "unit", "data_source",
    "weight", "baseline", "year", "target", "target_operator", "target_value",
    "target_value_max", "target_unit", "actual", "actual_operator", "actual_value",
    "actual_value_max", "actual_unit", "achievement", "notes", "status", "status_text",
    "comment", "met",
]


def clean(text):
    if text is None:
        return None
    t = re.sub(r"\s+", " ", str(text)).strip()
    return t or None


NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
UNITS = [("%", "%"), ("‰", "‰"), ("per mille", "‰"), ("gg. lavorativi", "days"),
         ("gg lavorativi", "days"), ("giorni", "days"), ("gg.", "days"), ("gg", "days"),
         ("mesi", "months"), ("ore", "hours"), ("€", "EUR"), ("euro", "EUR")]
OPS = [("≥", ">="), (">=", ">="), ("≤", "<="), ("<=", "<="), (">", ">"), ("<", "<"),
       ("=", "="), ("almeno", ">="), ("non inferiore a", ">="), ("non superiore a", "<="),
       ("entro", "<=")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


def _unit_at(s):
    for k, u in UNITS:
        if s.lower().startswith(k):
            return u, s[len(k):]
    return None, s


def parse(text):
    """[operator, value, value_max, unit] or [None]*4."""
    t = clean(text)
    if t is None:
        return [None] * 4
    t = re.sub(r"\([^)]*\)", " ", t)
    t = clean(t) or ""
    op = None
    for k, o in OPS:
        if t.lower().startswith(k):
            op, t = o, t[len(k):].strip()
            break
    pre_unit, t = _unit_at(t)
    t = t.strip()
    t = re.sub(r"^N°\s*", "", t)
    neg = False
    if t.startswith(("-", "−")) and re.match(r"[-−]\s?\d", t):
        neg, t = True, t[1:].strip()
    m = re.match(NUM, t)
    if not m:
        return [None] * 4
    v = num(m.group(0)) * (-1 if neg else 1)
    rest = t[m.end():].strip()
    vmax = None
    m2 = re.match(r"^[-–]\s?(" + NUM + ")", rest)
    if m2 and op is None:
        vmax = num(m2.group(1))
        rest = rest[m2.end():].strip()
        op = "range"
    scale = 1
    for k, f in (("mln", 1e6), ("milioni", 1e6), ("mila", 1e3)):
        if rest.lower().startswith(k):
            scale, rest = f, rest[len(k):].strip()
    unit, rest = _unit_at(rest)
    unit = unit or pre_unit
    if re.search(r"\d", rest):           # a second quantity / date: not one value
        return [None] * 4
    v *= scale
    if vmax is not None:
        vmax *= scale
    if op is None:
        op = "="
    v = int(v) if float(v).is_integer() else round(v, 6)
    if vmax is not None and float(vmax).is_integer():
        vmax = int(vmax)
    return [op, v, vmax, unit]


def met(tp, ap):
    if tp[1] is None or ap[1] is None:
        return None
    top, tv, tmax, tu = tp
    aop, av, amax, au = ap
    if tu and au and tu != au:
        return None
    if aop != "=":
        return None
    return {">=": av >= tv, ">": av > tv, "<=": av <= tv, "<": av < tv, "=": av == tv,
            "range": tmax is not None and tv <= av <= tmax}[top]


def build_records(rows):
    """rows: content indicator rows {ctx, f, years:[{year,target,actual,tp,ap,met}]}"""
    out = []
    for r in rows:
        base = {k: None for k in FIELDS}
        base.update(r["ctx"])
        for k, v in r["f"].items():
            base[k] = clean(v) if isinstance(v, str) else v
        for y in r["years"]:
            rec = dict(base)
            rec["year"] = y["year"]
            rec["target"] = clean(y.get("target"))
            rec["actual"] = clean(y.get("actual"))
            for side, key in (("target", "tp"), ("actual", "ap")):
                p = y.get(key) or [None] * 4
                (rec[f"{side}_operator"], rec[f"{side}_value"], rec[f"{side}_value_max"],
                 rec[f"{side}_unit"]) = p
            rec["met"] = y.get("met")
            out.append(rec)
    return out


def soffice_pdf(src: Path, outdir: Path):
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    subprocess.run([exe, "-env:UserInstallation=file:///tmp/lo-r5blind", "--headless",
                    "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=300)
    return outdir / (src.stem + ".pdf")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


TOKEN = re.compile(r"[^\s\-/–]+[\-/–]?|[\-/–]")


def tokens(text):
    return TOKEN.findall(clean(text) or "")


class ReadBack:
    """The PDF's words as one stream (page, top, x0, token) in reading order."""

    def __init__(self, pdf_path: Path):
        self.stream = []
        with pdfplumber.open(pdf_path) as pdf:
            self.pages = len(pdf.pages)
            self.page_text = []
            for n, page in enumerate(pdf.pages, 1):
                words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
                words.sort(key=lambda w: (round(w["top"] / 2.5), w["x0"]))
                self.page_text.append(page.extract_text() or "")
                for w in words:
                    for t in tokens(w["text"]):
                        self.stream.append((n, w["top"], w["x0"], t))
        self.pos = 0

    def _contig(self, toks, start):
        n = len(toks)
        for i in range(start, len(self.stream) - n + 1):
            if all(self.stream[i + k][3] == toks[k] for k in range(n)):
                return i
        return None

    def _greedy(self, toks, start, window=900):
        idx, last = [], start - 1
        for t in toks:
            for j in range(last + 1, min(len(self.stream), last + 1 + window)):
                if self.stream[j][3] == t:
                    idx.append(j)
                    last = j
                    break
            else:
                return None
        return idx

    def find_row(self, cells, main):
        mt = tokens(main)
        anchor = None
        for k in (5, 4, 3, 2, 1):
            if len(mt) >= k:
                anchor = self._contig(mt[:k], self.pos)
                if anchor is not None:
                    break
        if anchor is None:
            raise AssertionError(f"read-back: indicator not found: {main!r}")
        pg, top = self.stream[anchor][0], self.stream[anchor][1]
        line_start = anchor
        while line_start > 0 and self.stream[line_start - 1][0] == pg and \
                abs(self.stream[line_start - 1][1] - top) < 3:
            line_start -= 1
        pages = {pg}
        for cell in cells:
            ct = tokens(cell)
            if not ct:
                continue
            idx = self._greedy(ct, line_start)
            if idx is None:
                raise AssertionError(f"read-back: cell {cell!r} of {main[:40]!r} not found")
            first_page = self.stream[idx[0]][0]
            if first_page != pg:
                print(f"   note: cell {cell[:30]!r} starts on page {first_page}, row on {pg}")
            pages.add(self.stream[idx[-1]][0])
        self.pos = anchor + 1
        return pg, max(pages)
