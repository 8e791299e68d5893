"""r15 helpers. Value parser and read-back adapted from blind/r13/r13lib.py (a blind helper's own
code written from RECORDS.md / CONVENTIONS.md). Never uses perfextract."""
from __future__ import annotations
import hashlib, re, shutil, subprocess
from pathlib import Path
import pdfplumber

FIELDS = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code",
          "objective_title", "indicator_code", "indicator", "type", "formula", "unit", "data_source",
          "weight", "baseline", "year", "target", "target_operator", "target_value",
          "target_value_max", "target_unit", "actual", "actual_operator", "actual_value",
          "actual_value_max", "actual_unit", "achievement", "notes", "status", "status_text",
          "comment", "met"]


def clean(text):
    if text is None:
        return None
    t = re.sub(r"\s+", " ", str(text)).strip()
    return t or None


NUMRE = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
UNITS = [(r"%", "%"), (r"‰|per mille", "‰"), (r"€|euro|EUR", "EUR"),
         (r"gg\.?(?: lavorativi)?|giorni(?: lavorativi)?", "days"), (r"mesi", "months"),
         (r"ore", "hours")]


def num(s):
    return float(s.replace("–", "-").replace(".", "").replace(",", "."))


def parse_value(text):
    t = clean(text)
    nil = [None, None, None, None]
    if not t:
        return nil
    s = clean(re.sub(r"\([^)]*\)", " ", t)) or ""
    op = None
    m = re.match(r"^(≥|>=|≤|<=|>|<|=|entro|almeno|non inferiore a|non superiore a|pari a)\s*", s, re.I)
    if m:
        op = {"≥": ">=", "≤": "<=", "entro": "<=", "almeno": ">=", "non inferiore a": ">=",
              "non superiore a": "<=", "pari a": "="}.get(m.group(1).lower(), m.group(1))
        s = s[m.end():]
    unit = None
    m = re.match(r"^(N°|n\.|€|gg)\s*", s)
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
        return ["range", v, vmax * scale, unit]
    return [op or "=", v, None, unit]


LOWER = ["tempo medio", "tempi", "giorni", "riduzione", "costi"]
HIGHER = ["numero", "n.", "percentuale di", "% di", "incremento", "grado di", "tasso di",
          "realizzazione", "entro", "nei termini"]


def direction(name):
    n = name.lower()
    best = None
    for w in LOWER + HIGHER:
        i = n.find(w)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, "lower" if w in LOWER else "higher")
    return best[1] if best else None


def met(tp, ap, name):
    top, tv, tmax, tu = tp
    aop, av, amax, au = ap
    if tv is None or av is None or top is None or aop is None:
        return None
    if tu and au and tu != au:
        return None
    if aop != "=":
        return None
    if top == ">=": return av >= tv
    if top == "<=": return av <= tv
    if top == ">": return av > tv
    if top == "<": return av < tv
    if top == "range": return tv <= av <= tmax
    if av == tv:
        return True
    d = direction(name)
    if d == "lower": return av <= tv
    if d == "higher": return av >= tv
    return None


def make_record(ctx, fields, year=None, target=None, actual=None):
    """ctx: hierarchy dict; fields: other record fields."""
    r = {k: None for k in FIELDS}
    r.update(ctx)
    for k, v in fields.items():
        r[k] = clean(v) if isinstance(v, str) else v
    r["year"] = year
    r["target"] = clean(target)
    r["actual"] = clean(actual)
    tp = parse_value(r["target"]); ap = parse_value(r["actual"])
    r["target_operator"], r["target_value"], r["target_value_max"], r["target_unit"] = tp
    r["actual_operator"], r["actual_value"], r["actual_value_max"], r["actual_unit"] = ap
    r["met"] = met(tp, ap, r["indicator"]) if r["target"] and r["actual"] else None
    return r


def soffice_pdf(src: Path, outdir: Path):
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    subprocess.run([exe, "-env:UserInstallation=file:///tmp/lo-r15blind", "--headless",
                    "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=300)
    return outdir / (src.stem + ".pdf")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


TOKEN = re.compile(r"[^\s\-/–]+[\-/–]?|[\-/–]")


def tokens(text):
    return TOKEN.findall(clean(text) or "")


class ReadBack:
    def __init__(self, pdf_path: Path):
        self.stream = []
        with pdfplumber.open(pdf_path) as pdf:
            self.pages = len(pdf.pages)
            for n, page in enumerate(pdf.pages, 1):
                words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
                words.sort(key=lambda w: (round(w["top"] / 2.5), w["x0"]))
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
                    idx.append(j); last = j
                    break
            else:
                return None
        return idx

    def find_row(self, cells, main):
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
            pages.add(self.stream[idx[-1]][0])
        self.pos = anchor + 1
        return pg, max(pages)
