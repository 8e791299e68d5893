"""Shared helpers for round r12 sample generators (value parsing, met, truth records, read-back)."""
import json, re, hashlib
from pathlib import Path
import pdfplumber

def ws(s):
    if s is None:
        return None
    s = re.sub(r"\s+", " ", str(s)).strip()
    return s or None

NUM = r"(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?"
OPS = [(">=", ">="), ("≥", ">="), ("<=", "<="), ("≤", "<="), (">", ">"), ("<", "<"), ("=", "="),
       ("almeno", ">="), ("non inferiore a", ">="), ("non superiore a", "<="), ("entro", "<="),
       ("pari a", "="), ("fino a", "<=")]
UNITS = [("%", "%"), ("‰", "‰"), ("giorni", "days"), ("gg.", "days"), ("gg", "days"), ("mesi", "months"),
         ("ore", "hours"), ("euro", "EUR"), ("€", "EUR")]

def _num(m):
    intp = m.group(1).replace(".", "")
    return float(intp + ("." + m.group(2) if m.group(2) else ""))

def parse_value(text):
    """-> (operator, value, value_max, unit, printed_operator)"""
    nul = (None, None, None, None, False)
    t = ws(text)
    if t is None:
        return nul
    t = re.sub(r"\([^)]*\)", " ", t)
    t = ws(t) or ""
    if re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", t):
        return nul
    low = t.lower()
    op, printed = "=", False
    for p, o in OPS:
        if low.startswith(p):
            op, printed = o, True
            low = low[len(p):].strip()
            break
    unit = None
    for p, u in [("€", "EUR"), ("gg", "days"), ("n°", None), ("n.", None)]:
        if low.startswith(p):
            if u:
                unit = u
            low = low[len(p):].strip()
            break
    neg = low.startswith("-") and re.match(r"-\s*\d", low) is not None
    if neg:
        low = low[1:].strip()
    m = re.match(NUM, low)
    if not m:
        return nul
    v = -_num(m) if neg else _num(m)
    rest = low[m.end():].strip()
    vmax = None
    mr = re.match(r"^[-–]\s*" + NUM, rest)
    if mr:
        vmax = _num(mr)
        op = "range"
        rest = rest[mr.end():].strip()
    for p, scale in [("mila", 1e3), ("milioni", 1e6), ("mln", 1e6)]:
        if rest.startswith(p):
            v *= scale
            vmax = vmax * scale if vmax is not None else None
            rest = rest[len(p):].strip()
    for p, u in UNITS:
        if rest.startswith(p):
            unit = unit or u
            rest = rest[len(p):].strip()
            break
    if re.search(r"\d", rest):
        return nul
    return (op, v, vmax, unit, printed)

LOWER = ["tempo medio", "tempi", "giorni", "riduzione", "costi"]
HIGHER = ["numero", "n.", "percentuale di", "% di", "incremento", "grado di", "tasso di", "realizzazione",
          "entro", "nei termini"]

def direction(name):
    low = name.lower()
    best = None
    for words, d in ((LOWER, "lower"), (HIGHER, "higher")):
        for w in words:
            m = re.search(r"(?<![a-zà-ù])" + re.escape(w) + (r"(?![a-zà-ù])" if w[-1].isalpha() else ""), low)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), d)
    return best[1] if best else None

def met(target, actual, name):
    to, tv, tmax, tu, tprinted = parse_value(target)
    ao, av, amax, au, _ = parse_value(actual)
    if tv is None or av is None or amax is not None:
        return None
    if tu and au and tu != au:
        return None
    if to == ">=": return av >= tv
    if to == ">": return av > tv
    if to == "<=": return av <= tv
    if to == "<": return av < tv
    if to == "range": return tv <= av <= tmax
    if tprinted: return av == tv
    if av == tv: return True
    d = direction(name)
    if d == "higher": return av >= tv
    if d == "lower": return av <= tv
    return None

STATUS = {"raggiunto": "achieved", "parzialmente raggiunto": "partially_achieved",
          "non raggiunto": "not_achieved", "sospeso": "suspended", "obiettivo sospeso": "suspended"}

FIELDS = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code", "objective_title",
          "indicator_code", "indicator", "type", "formula", "unit", "data_source", "weight", "baseline", "year",
          "target", "target_operator", "target_value", "target_value_max", "target_unit", "actual",
          "actual_operator", "actual_value", "actual_value_max", "actual_unit", "achievement", "notes",
          "status", "status_text", "comment", "met"]

def record(**kw):
    r = {f: None for f in FIELDS}
    for k, v in kw.items():
        assert k in r, k
        r[k] = ws(v) if isinstance(v, str) else v
    for side in ("target", "actual"):
        o, v, vm, u, _ = parse_value(r[side])
        r[side + "_operator"], r[side + "_value"], r[side + "_value_max"], r[side + "_unit"] = o, v, vm, u
        if v is not None and float(v).is_integer():
            r[side + "_value"] = int(v)
        if vm is not None and float(vm).is_integer():
            r[side + "_value_max"] = int(vm)
    r["met"] = met(r["target"], r["actual"], r["indicator"])
    return r

def squash(s):
    return re.sub(r"\s+", "", s or "")

def page_streams(pdf):
    with pdfplumber.open(pdf) as p:
        return [squash("".join(c["text"] for c in pg.chars)) for pg in p.pages]

class Locator:
    """Finds pages of texts in reading order over the whole PDF."""
    def __init__(self, pdf):
        self.streams = page_streams(pdf)
        self.all = ""
        self.starts = []
        for s in self.streams:
            self.starts.append(len(self.all))
            self.all += s
        self.pos = 0
    def page_of(self, offset):
        pg = 0
        for i, st in enumerate(self.starts):
            if st <= offset:
                pg = i
        return pg + 1
    def find(self, text, start=None, head=True, n=30):
        q = squash(text)
        q = q[:n] if head else q[-n:]
        i = self.all.find(q, self.pos if start is None else start)
        if i < 0:
            raise ValueError(f"not found: {q!r} after {self.pos}")
        return i
    def anywhere(self, text):
        """Page of a text that is unique in the PDF (no reading order assumed)."""
        q = squash(text)
        i = self.all.find(q)
        assert i >= 0, f"not found: {q!r}"
        assert self.all.find(q, i + 1) < 0, f"not unique: {q!r}"
        return self.page_of(i), self.page_of(i + len(q) - 1)

    def row(self, first, tails):
        """first: text starting the row (its first line); tails: long cell texts whose ends mark the row end.
        Returns (page, page_end); advances past the row start."""
        i = self.find(first)
        self.pos = i + 1
        end_pages = [self.page_of(i)]
        for t in tails:
            t = ws(t)
            if t and len(squash(t)) >= 8:
                for n in (16, 11, 8, 6):
                    try:
                        j = self.find(t, start=i, head=False, n=min(n, len(squash(t))))
                        break
                    except ValueError:
                        j = None
                if j is None:
                    raise ValueError(f"tail not found: {t!r}")
                end_pages.append(self.page_of(j))
        return self.page_of(i), max(end_pages)

def write_truth(name, folder, document, records):
    pdf = Path(folder) / f"{name}.pdf"
    with pdfplumber.open(pdf) as p:
        n = len(p.pages)
    out = {"schema": "perfextract/records@1",
           "_about": f"Written by make_r12.py from {name}.content.json (never from an extractor).",
           "source": {"path": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": n},
           "document": document, "indicators": records, "warnings": []}
    (Path(folder) / f"{name}.truth.json").write_text(json.dumps(out, ensure_ascii=False, indent=1))
    return n
