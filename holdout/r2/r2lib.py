"""Shared helpers for the r2 blind samples: value parsing (RECORDS.md rules), met,
record skeleton, LibreOffice conversion and pdfplumber read-back.

Written from RECORDS.md / CONVENTIONS.md only; never uses perfextract.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
from pathlib import Path

FIELDS = [
    "page", "page_end", "area_code", "area_title", "objective_level", "objective_code",
    "objective_title", "indicator_code", "indicator", "type", "formula", "unit", "data_source",
    "weight", "baseline", "year", "target", "target_operator", "target_value",
    "target_value_max", "target_unit", "actual", "actual_operator", "actual_value",
    "actual_value_max", "actual_unit", "achievement", "notes", "status", "status_text",
    "comment", "met",
]

TAG = re.compile(r"</?[bi]>")


def clean(text):
    """Cell text as a record field: markup removed, whitespace collapsed, '' -> None."""
    if text is None:
        return None
    t = TAG.sub("", str(text))
    t = re.sub(r"\s+", " ", t).strip()
    return t or None


# ----------------------------------------------------------------- value parsing
NUM = r"[-−]?\d{1,3}(?:\.\d{3})+(?:,\d+)?|[-−]?\d+(?:,\d+)?"
OPS = [(">=", ">="), ("=>", ">="), ("≥", ">="), ("<=", "<="), ("=<", "<="), ("≤", "<="),
       (">", ">"), ("<", "<"), ("=", "=")]
UNIT_WORDS = [
    (r"%", "%"), (r"‰", "‰"), (r"per\s*mille\b", "‰"), (r"€", "EUR"), (r"euro\b", "EUR"),
    (r"gg\.?\s*lavorativi\b", "days"), (r"giorni\b", "days"), (r"giorno\b", "days"),
    (r"gg\b\.?", "days"), (r"mesi\b", "months"), (r"mese\b", "months"), (r"ore\b", "hours"),
]
SCALE = [(r"milioni\b", 1e6), (r"mln\b\.?", 1e6), (r"mila\b", 1e3)]


def tonum(s: str) -> float:
    s = s.replace("−", "-")
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+(,\d+)?", s):
        s = s.replace(".", "")
    return float(s.replace(",", "."))


def _unit_at(text: str):
    for pat, unit in UNIT_WORDS:
        m = re.match(r"\s*" + pat, text, re.I)
        if m:
            return unit, text[m.end():]
    return None, text


def parse_value(text):
    """[operator, value, value_max, unit] of a target/actual cell; all None without a quantity."""
    none = [None, None, None, None]
    t = clean(text)
    if not t:
        return none
    t = re.sub(r"\([^)]*\)", " ", t)          # parentheses ignored
    t = re.sub(r"\s+", " ", t).strip()
    if re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", t):
        return none                           # a date
    op = None
    rest = t
    for sym, name in OPS:
        if rest.startswith(sym):
            op, rest = name, rest[len(sym):].strip()
            break
    m = re.match(r"(N°|n\.|nr\.)\s*", rest, re.I)
    if m:
        rest = rest[m.end():]
    unit, rest2 = _unit_at(rest)                  # unit before the number (€ 150.000, gg 30)
    if unit and re.match(r"\s*[-−]?\d", rest2):
        rest = rest2.strip()
    else:
        unit = None
    m = re.match(NUM, rest)
    if not m:
        return none
    value = tonum(m.group(0))
    rest = rest[m.end():]
    vmax = None
    mr = re.match(r"\s*[-–]\s*(" + NUM + r")", rest)
    if mr and op is None:
        vmax = tonum(mr.group(1))
        rest = rest[mr.end():]
        op = "range"
    for pat, factor in SCALE:
        ms = re.match(r"\s*" + pat, rest, re.I)
        if ms:
            value *= factor
            vmax = vmax * factor if vmax is not None else None
            rest = rest[ms.end():]
            break
    u2, rest_after = _unit_at(rest)
    if u2:
        unit = unit or u2
        rest = rest_after
    if re.search(r"\d", rest):
        return none                           # a second quantity
    if op is None:
        op = "="
    if value == int(value):
        value = int(value)
    if vmax is not None and vmax == int(vmax):
        vmax = int(vmax)
    return [op, value, vmax, unit]


def compute_met(tp, ap):
    top, tval, tmax, tunit = tp
    aop, aval, amax, aunit = ap
    if tval is None or aval is None or top is None:
        return None
    if tunit and aunit and tunit != aunit:
        return None
    if aop == "range":
        return None
    if top == ">=":
        return aval >= tval
    if top == ">":
        return aval > tval or (aop == ">" and aval >= tval)
    if top == "<=":
        return aval <= tval
    if top == "<":
        return aval < tval or (aop == "<" and aval <= tval)
    if top == "=":
        return aval == tval
    if top == "range":
        return tval <= aval <= tmax
    return None


STATUS_WORDS = [
    (r"parzialmente", "partially_achieved"),
    (r"non\s+(raggiunto|conseguito)", "not_achieved"),
    (r"sospes", "suspended"),
    (r"(raggiunt|conseguit)", "achieved"),
]


def status_of(text):
    t = (clean(text) or "").lower()
    for pat, st in STATUS_WORDS:
        if re.search(pat, t):
            return st
    return None


def blank_record() -> dict:
    return {k: None for k in FIELDS}


def set_values(rec, target, actual, tparsed=None, aparsed=None):
    rec["target"] = clean(target)
    rec["actual"] = clean(actual)
    tp = tparsed if tparsed is not None else parse_value(target)
    ap = aparsed if aparsed is not None else parse_value(actual)
    (rec["target_operator"], rec["target_value"], rec["target_value_max"],
     rec["target_unit"]) = tp
    (rec["actual_operator"], rec["actual_value"], rec["actual_value_max"],
     rec["actual_unit"]) = ap
    rec["met"] = compute_met(tp, ap)
    return rec


def num_or_none(text):
    t = clean(text)
    if not t:
        return None
    m = re.match(NUM, t.replace("%", "").strip())
    if not m:
        return None
    v = tonum(m.group(0))
    return int(v) if v == int(v) else v


# ----------------------------------------------------------------- rendering
def soffice_pdf(src: Path, outdir: Path, profile: str = "lo-r2blind"):
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    subprocess.run([exe, f"-env:UserInstallation=file:///tmp/{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=240)
    return outdir / (src.stem + ".pdf")


# ----------------------------------------------------------------- read-back
def _split(w):
    return [x for x in re.split(r"[-–/]", w) if x]


def _tok(s):
    out = []
    for w in re.sub(r"\s+", " ", TAG.sub("", s)).strip().split(" "):
        out.extend(_split(w))
    return out


class ReadBack:
    """Word stream of a PDF in reading order (page, line top, x) for locating rows."""

    def __init__(self, pdf_path: Path):
        import pdfplumber
        self.words = []   # (page, text)
        with pdfplumber.open(str(pdf_path)) as pdf:
            self.pages = len(pdf.pages)
            self.page_text = []
            for pno, page in enumerate(pdf.pages, 1):
                ws = page.extract_words(keep_blank_chars=False, use_text_flow=False,
                                        x_tolerance=1.5)
                ws.sort(key=lambda w: (w["top"], w["x0"]))
                lines, cur = [], []
                for w in ws:
                    if cur and w["top"] - cur[0]["top"] > 2.5:
                        lines.append(cur); cur = []
                    cur.append(w)
                if cur:
                    lines.append(cur)
                ws = [w for ln in lines for w in sorted(ln, key=lambda w: w["x0"])]
                for w in ws:
                    for piece in _split(w["text"]):
                        self.words.append((pno, piece))
                self.page_text.append(page.extract_text() or "")
        self.cursor = 0

    def _match(self, tokens, start, window=2500, contiguous=False):
        """Positions of tokens matched in order, gaps allowed (other columns' words sit
        between a cell's lines); a word broken by a narrow column may match as pieces.
        Backtracks; None if not all found."""
        import sys
        sys.setrecursionlimit(10000)
        end = min(len(self.words), start + window)
        failed = set()
        words = self.words
        n = len(tokens)

        def solve(i, off, j):
            while j < end:
                if (i, off, j) in failed:
                    return None
                s = words[j][1]
                need = tokens[i][off:]
                if s == need:
                    if i + 1 == n:
                        return [j]
                    r = solve(i + 1, 0, j + 1)
                    if r is not None:
                        return [j] + r
                elif need.startswith(s) and (off > 0 or len(s) >= 6):
                    r = solve(i, off + len(s), j + 1)
                    if r is not None:
                        return r
                failed.add((i, off, j))
                if contiguous and off == 0 and i > 0:
                    return None
                j += 1
            return None

        if not tokens:
            return []
        return solve(0, 0, start)

    def locate(self, first_text, cell_texts, max_first=8):
        """Return (page, page_end) of a row whose leading cell starts with first_text and whose
        cells are cell_texts; advances the cursor."""
        ft = _tok(first_text)[:max_first]
        start = None
        for j in range(self.cursor, len(self.words)):
            w = self.words[j][1]
            if not (w == ft[0] or (len(w) >= 3 and ft[0].startswith(w))):
                continue
            pos = self._match(ft, j, window=len(ft) * 14)
            if pos is not None and pos[0] == j:
                start = j
                break
        if start is None:
            raise AssertionError(f"read-back: cannot find {first_text[:60]!r}")
        page = self.words[start][0]
        page_end = page
        for text in cell_texts:
            toks = _tok(text)
            if not toks:
                continue
            pos = self._match(toks, start, window=3000)
            if pos is None:
                raise AssertionError(f"read-back: cell {text[:60]!r} not after {first_text[:40]!r}")
            page_end = max(page_end, self.words[pos[-1]][0])
        self.cursor = start + 1
        return page, page_end

    def seek(self, text):
        """Advance the cursor to a heading text (to keep matches in order)."""
        toks = _tok(text)[:6]
        for j in range(self.cursor, len(self.words)):
            if self.words[j][1] != toks[0]:
                continue
            pos = self._match(toks, j, window=len(toks) * 3)
            if pos is not None:
                self.cursor = j
                return self.words[j][0]
        raise AssertionError(f"read-back: heading {text[:60]!r} not found")


def write_truth(path_pdf: Path, document: dict, records: list, about: str):
    import pypdf
    data = path_pdf.read_bytes()
    pages = len(pypdf.PdfReader(str(path_pdf)).pages)
    truth = {
        "schema": "perfextract/records@1",
        "_about": about,
        "source": {"path": path_pdf.name, "sha256": hashlib.sha256(data).hexdigest(),
                   "pages": pages},
        "document": document,
        "indicators": [{k: r[k] for k in FIELDS} for r in records],
        "warnings": [],
    }
    out = path_pdf.with_suffix(".truth.json")
    out.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out
