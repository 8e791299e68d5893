"""r13 helpers (copied from blind/r10/r10lib.py, originally blind/r6): records from content (CONVENTIONS.md), my own `met` check, LibreOffice
conversion and the pdfplumber read-back that fixes page/page_end.

Written from RECORDS.md / CONVENTIONS.md only; never uses perfextract.
"""
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
TEXT_FIELDS = {"indicator_code", "indicator", "type", "formula", "unit", "data_source",
               "baseline", "notes"}


def clean(text):
    if text is None:
        return None
    t = re.sub(r"\s+", " ", str(text)).strip()
    return t or None


def my_met(tp, ap):
    """`met` by CONVENTIONS: null unless both are quantities; bare-number target = equality;
    units compared only when both sides have one."""
    if not tp or not ap or tp[1] is None or ap[1] is None or tp[0] is None:
        return None
    top, tv, tmax, tu = tp
    aop, av, amax, au = ap
    if tu and au and tu != au:
        return None
    if aop not in ("=",):
        return None
    return {">=": av >= tv, ">": av > tv, "<=": av <= tv, "<": av < tv, "=": av == tv,
            "range": tmax is not None and tv <= av <= tmax}.get(top)


# --------------------------------------------------------------------------- records
def build_records(content):
    """One record per indicator (per year where the table has per-year columns), in document
    order, from the content's blocks. Returns (records, rows) where rows[i] is the content row
    of records[i] (to find its page)."""
    state = {"area": None, "strategic": None, "operational": None}

    def enter(h):
        lv = h["level"]
        if lv == "area":
            state.update(area=h, strategic=None, operational=None)
        elif lv == "strategic":
            state.update(strategic=h, operational=None)
        elif lv == "operational":
            state["operational"] = h

    records, rows_of = [], []
    for block in content["blocks"]:
        if block["type"] == "hier":
            enter(block)
        if block["type"] != "table" or block["role"] != "indicators":
            continue
        cols = block["columns"]
        for row in block["rows"]:
            if "hier" in row:
                enter(row["hier"])
                continue
            if "objective" in row:           # Obiettivo column (no code): a strategic heading
                state.update(strategic=row["objective"], operational=None)
            if "hier_cells" in row:          # hierarchy columns merged down
                hc = row["hier_cells"]
                state.update(area=None, strategic={"level": "strategic", **hc["strategic"]},
                             operational={"level": "operational", **hc["operational"]})
            deepest = state["operational"] or state["strategic"] or state["area"]
            base = {k: None for k in FIELDS}
            if state["area"]:
                base["area_code"] = state["area"]["code"]
                base["area_title"] = state["area"]["title"]
            elif deepest and deepest.get("code"):
                code = deepest["code"]
                segs = re.split(r"[._]", code)
                base["area_code"] = "_".join(segs[:2]) if re.fullmatch(r"(19|20)\d\d", segs[0]) \
                    else segs[0]
            if deepest:
                base["objective_level"] = deepest["level"]
                base["objective_code"] = deepest.get("code")
                base["objective_title"] = deepest["title"]
            for col, cell in zip(cols, row["cells"]):
                f = col["field"]
                if f in TEXT_FIELDS:
                    base[f] = clean(cell)
                elif f == "weight":
                    base["weight"] = row["weight"] if clean(cell) else None
                elif f == "status":
                    base["status_text"] = clean(cell)
                    base["status"] = row["status"] if clean(cell) else None
            years = sorted(row["values"], key=lambda y: (y == "-", y))
            for y in years:
                v = row["values"][y]
                rec = dict(base)
                rec["year"] = None if y == "-" else int(y)
                yv = rec["year"]
                for col, cell in zip(cols, row["cells"]):
                    if col["field"] in ("target", "actual") and col["year"] == yv:
                        rec[col["field"]] = clean(cell)
                for side in ("target", "actual"):
                    p = v.get(side) or [None] * 4
                    if rec[side] is None:
                        p = [None] * 4
                    (rec[f"{side}_operator"], rec[f"{side}_value"], rec[f"{side}_value_max"],
                     rec[f"{side}_unit"]) = p
                tp = [rec["target_operator"], rec["target_value"], rec["target_value_max"],
                      rec["target_unit"]]
                ap = [rec["actual_operator"], rec["actual_value"], rec["actual_value_max"],
                      rec["actual_unit"]]
                mine = my_met(tp, ap)
                hand = v.get("met")
                if rec["actual"] is None or rec["target"] is None:
                    hand = None
                if mine != hand:
                    print(f"  !! met differs for {rec['indicator'][:50]} {yv}: hand {hand} "
                          f"mine {mine}")
                rec["met"] = hand
                records.append(rec)
                rows_of.append(row)
    return records, rows_of


# --------------------------------------------------------------------------- rendering
def soffice_pdf(src: Path, outdir: Path):
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    subprocess.run([exe, "-env:UserInstallation=file:///tmp/lo-r13blind", "--headless",
                    "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=300)
    return outdir / (src.stem + ".pdf")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --------------------------------------------------------------------------- read-back
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

    def _greedy(self, toks, start, window=600):
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
        """Locate a table row: `main` = the indicator cell (anchor), `cells` = every cell of
        the row printed in it (empty ones left out). Returns (page, page_end)."""
        mt = tokens(main)
        anchor = None
        for k in (4, 3, 2, 1):
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
                raise AssertionError(f"read-back: cell {cell!r} starts on page {first_page}, "
                                     f"row on {pg}")
            pages.add(self.stream[idx[-1]][0])
        self.pos = anchor + 1
        return pg, max(pages)

    def find_text(self, text, start_page=1):
        """Page where a heading/paragraph's first tokens appear (for the TOC)."""
        t = tokens(text)[:4]
        for i in range(len(self.stream)):
            if self.stream[i][0] >= start_page and \
                    all(i + k < len(self.stream) and self.stream[i + k][3] == t[k]
                        for k in range(len(t))):
                return self.stream[i][0]
        return None


# --------------------------------------------------------------------------- r6 additions
NUMRE = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
UNITS = [(r"%", "%"), (r"‰|per mille", "‰"), (r"€|euro|EUR", "EUR"),
         (r"gg\.?(?: lavorativi)?|giorni(?: lavorativi)?", "days"), (r"mesi", "months"),
         (r"ore", "hours")]


def num(s):
    return float(s.replace("–", "-").replace(".", "").replace(",", "."))


def parse_value(text):
    """My own reading of RECORDS.md/CONVENTIONS value rules -> [op, value, max, unit]."""
    t = clean(text)
    nil = [None, None, None, None]
    if not t:
        return nil
    s = re.sub(r"\([^)]*\)", " ", t)
    s = clean(s) or ""
    op = None
    m = re.match(r"^(≥|>=|≤|<=|>|<|=)\s*", s)
    if m:
        op = {"≥": ">=", "≤": "<="}.get(m.group(1), m.group(1))
        s = s[m.end():]
    unit = None
    m = re.match(r"^(N°|€|gg)\s*", s)
    if m:
        unit = {"€": "EUR", "gg": "days"}.get(m.group(1))
        s = s[m.end():]
    if re.match(r"^\d{1,2}/\d{1,2}(/\d{2,4})?", s):
        return nil
    m = re.match(rf"^([-–]?(?:{NUMRE}))(?:\s*[-–]\s*({NUMRE}))?", s)
    if not m:
        return nil
    v = num(m.group(1))
    vmax = num(m.group(2)) if m.group(2) else None
    rest = s[m.end():].strip()
    scale = 1
    m2 = re.match(r"^(mln|milioni|mila)\b\s*", rest)
    if m2:
        scale = 1000 if m2.group(1) == "mila" else 1000000
        rest = rest[m2.end():]
    for pat, u in UNITS:
        m3 = re.match(rf"^(?:{pat})(?!\w)", rest)
        if m3:
            unit = u
            rest = rest[m3.end():].strip()
            break
    if re.search(r"\d", rest):
        return nil
    v *= scale
    if vmax is not None:
        vmax *= scale
    if vmax is not None:
        return ["range", v, vmax, unit]
    return [op or "=", v, None, unit]
