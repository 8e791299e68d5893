"""Shared helpers for round r14: value parsing (RECORDS.md rules), met, truth records, read-back."""
import re, json, hashlib

UNIT_WORDS = [("%", "%"), ("‰", "‰"), ("per mille", "‰"), ("€", "EUR"), ("euro", "EUR"), ("eur", "EUR"),
              ("gg. lavorativi", "days"), ("gg lavorativi", "days"), ("giorni lavorativi", "days"),
              ("giorni", "days"), ("gg.", "days"), ("gg", "days"), ("mesi", "months"), ("ore", "hours")]
OPS = [("≥", ">="), (">=", ">="), ("≤", "<="), ("<=", "<="), (">", ">"), ("<", "<"), ("=", "="),
       ("almeno", ">="), ("non inferiore a", ">="), ("entro", "<="), ("non superiore a", "<="), ("pari a", "=")]
NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"


def tonum(s):
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        s = s.replace(".", "")
    return float(s.replace(",", "."))


def parse_value(text):
    """Return (operator, value, value_max, unit) following RECORDS.md / CONVENTIONS.md."""
    none = (None, None, None, None)
    if text is None:
        return none
    t = " ".join(text.split())
    t_noparen = re.sub(r"\([^)]*\)", " ", t)
    if re.search(r"\d{1,2}/\d{1,2}(/\d{2,4})?", t_noparen):
        return none
    s = t_noparen.strip()
    op = None
    low = s.lower()
    for w, o in OPS:
        if low.startswith(w):
            op = o
            s = s[len(w):].strip()
            low = s.lower()
            break
    unit = None
    # unit before number
    for w, u in UNIT_WORDS:
        if low.startswith(w) and (len(w) == 1 or not low[len(w):len(w)+1].isalpha()):
            unit = u
            s = s[len(w):].strip(); low = s.lower()
            break
    if low.startswith("n°") or low.startswith("n. "):
        s = s[2:].strip(); low = s.lower()
    m = re.match(NUM, s)
    if not m:
        return none
    rest = s[m.end():].strip()
    value = tonum(m.group(0)); vmax = None
    rm = re.match(r"^(%|‰)?\s*[-–]\s*(" + NUM + ")", rest)
    if rm and op is None:
        vmax = tonum(rm.group(2)); op = "range"
        if rm.group(1):
            unit = unit or {"%": "%", "‰": "‰"}[rm.group(1)]
        rest = rest[rm.end():].strip()
    lowr = rest.lower()
    scale = 1
    for w, f in (("milioni", 1e6), ("mln", 1e6), ("mila", 1e3)):
        if lowr.startswith(w):
            scale = f; rest = rest[len(w):].strip(); lowr = rest.lower(); break
    if unit is None:
        for w, u in UNIT_WORDS:
            if lowr.startswith(w) and (len(w) == 1 or not lowr[len(w):len(w)+1].isalpha()):
                unit = u; rest = rest[len(w):].strip(); break
    if re.search(r"\d", rest):
        return none
    value *= scale
    if vmax is not None:
        vmax *= scale
    if op is None:
        op = "="
    value = int(value) if value == int(value) else round(value, 6)
    if vmax is not None:
        vmax = int(vmax) if vmax == int(vmax) else round(vmax, 6)
    return (op, value, vmax, unit)


LOWER = ["tempo medio", "tempi", "giorni", "riduzione", "costi"]
HIGHER = ["numero", "n.", "percentuale di", "% di", "incremento", "grado di", "tasso di", "realizzazione",
          "entro", "nei termini"]


def direction_words(name):
    low = name.lower(); best = None
    for w in LOWER + HIGHER:
        i = low.find(w)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, "lower" if w in LOWER else "higher")
    return best[1] if best else None


def compute_met(t, a, direction):
    top, tv, tmax, tu = t
    aop, av, amax, au = a
    if tv is None or av is None:
        return None
    if tu and au and tu != au:
        return None
    if top == ">=": return av >= tv
    if top == ">": return av > tv
    if top == "<=": return av <= tv
    if top == "<": return av < tv
    if top == "range": return tv <= av <= tmax
    if av == tv: return True
    if direction == "higher": return av >= tv
    if direction == "lower": return av <= tv
    return None


def clean(s):
    if s is None:
        return None
    s = " ".join(str(s).split())
    return s or None


STATUS = {"raggiunto": "achieved", "obiettivo raggiunto": "achieved", "parziale": "partially_achieved",
          "parzialmente raggiunto": "partially_achieved", "non raggiunto": "not_achieved",
          "sospeso": "suspended", "obiettivo sospeso": "suspended"}


def record(*, area_code=None, area_title=None, level=None, obj_code=None, obj_title=None, ind_code=None,
           indicator, type_=None, formula=None, unit=None, data_source=None, weight=None, baseline=None,
           year=None, target=None, actual=None, achievement=None, notes=None, status_text=None, comment=None,
           direction=None):
    target, actual = clean(target), clean(actual)
    t = parse_value(target); a = parse_value(actual)
    dw = direction_words(indicator)
    assert direction == dw, (indicator, direction, dw)
    st = clean(status_text)
    return {"page": None, "page_end": None, "area_code": area_code, "area_title": clean(area_title),
            "objective_level": level, "objective_code": obj_code, "objective_title": clean(obj_title),
            "indicator_code": ind_code, "indicator": clean(indicator), "type": type_, "formula": clean(formula),
            "unit": clean(unit), "data_source": clean(data_source), "weight": weight, "baseline": clean(baseline),
            "year": year, "target": target, "target_operator": t[0], "target_value": t[1],
            "target_value_max": t[2], "target_unit": t[3], "actual": actual, "actual_operator": a[0],
            "actual_value": a[1], "actual_value_max": a[2], "actual_unit": a[3], "achievement": achievement,
            "notes": clean(notes), "status": STATUS[st.lower()] if st else None, "status_text": st,
            "comment": clean(comment), "met": compute_met(t, a, dw)}


# ---------------- read-back -----------------
def page_words(pdf_path):
    import pdfplumber
    pages = []
    with pdfplumber.open(pdf_path) as pdf:
        for p in pdf.pages:
            ws = p.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            pages.append(ws)
    return pages


def norm(w):
    return w.replace("’", "'")


class Cursor:
    def __init__(self, pages):
        self.pages = pages
        self.seq = [(pi, wi, norm(w["text"])) for pi, ws in enumerate(pages) for wi, w in enumerate(ws)]
        self.pos = 0

    def find(self, words, start=None, advance=True):
        start = self.pos if start is None else start
        words = [norm(w) for w in words]
        n = len(words)
        for i in range(start, len(self.seq) - n + 1):
            if all(self.seq[i + k][2] == words[k] for k in range(n)):
                if advance:
                    self.pos = i + n
                return i
        return None

    def page_of(self, i):
        return self.seq[i][0] + 1

    def word(self, i):
        pi, wi, _ = self.seq[i]
        return self.pages[pi][wi]


def locate(cur, text, k_start=3, k_end=2):
    """Find text's first words and last words after the cursor; return (page, page_end, start_idx)."""
    ws = text.split()
    for k in range(min(k_start, len(ws)), 0, -1):
        i = cur.find(ws[:k], advance=False)
        if i is not None:
            break
    assert i is not None, ("start not found", text)
    cur.pos = i + 1
    j = None
    if len(ws) > k:
        for k2 in range(min(k_end, len(ws) - 1), 0, -1):
            j = cur.find(ws[-k2:], start=i + 1, advance=False)
            if j is not None:
                break
        assert j is not None, ("end not found", text)
    else:
        j = i
    return cur.page_of(i), cur.page_of(j), i


def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def write_truth(path, pdf, document, recs):
    from pypdf import PdfReader
    n = len(PdfReader(pdf).pages)
    out = {"schema": "perfextract/records@1",
           "source": {"path": pdf.split("/")[-1], "sha256": sha(pdf), "pages": n},
           "document": document, "indicators": recs, "warnings": []}
    json.dump(out, open(path, "w"), ensure_ascii=False, indent=1)
    return n
