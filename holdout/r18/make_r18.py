"""Render the r18 samples from NAME.content.json and write NAME.truth.json from the content."""
import json, re, subprocess, hashlib, os, sys, copy
import pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__))
LO = "-env:UserInstallation=file:///tmp/lo-r18"

# ---------------- value parsing (RECORDS.md / CONVENTIONS.md) ----------------
NUM = r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?"
def tonum(s):
    s = s.replace(".", "").replace(",", ".") if re.fullmatch(r"-?\d{1,3}(\.\d{3})+(,\d+)?", s) else s.replace(",", ".")
    return float(s)
UNITS = [("%", "%"), ("‰", "‰"), ("€", "EUR"), ("euro", "EUR"), ("gg", "days"), ("giorni", "days"),
         ("ore", "hours"), ("mesi", "months")]
def parse(text):
    N = (None, None, None, None)
    if text is None: return N
    t = " ".join(text.split())
    if re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", t): return N
    t = re.sub(r"\([^)]*\)", " ", t).strip()
    op = "="
    for pat, o in [(r"^(≥|>=|almeno|non inferiore a)\s*", ">="), (r"^(≤|<=|entro|non superiore a)\s*", "<="),
                   (r"^>\s*", ">"), (r"^<\s*", "<"), (r"^(=|pari a)\s*", "=")]:
        m = re.match(pat, t, re.I)
        if m: op = o; t = t[m.end():]; break
    unit = None
    m = re.match(r"^(€|N°|gg)\s*", t)
    if m:
        if m.group(1) == "€": unit = "EUR"
        if m.group(1) == "gg": unit = "days"
        t = t[m.end():]
    m = re.match(r"^(" + NUM + r")(?:\s*-\s*(" + NUM + r"))?", t)
    if not m: return N
    v = tonum(m.group(1)); vmax = tonum(m.group(2)) if m.group(2) else None
    rest = t[m.end():].strip()
    if vmax is not None: op = "range"
    if re.search(r"\d", rest): return N
    scale = 1
    for w, f in [("mln", 1e6), ("milioni", 1e6), ("mila", 1e3)]:
        if re.match(w + r"\b", rest): scale = f; rest = rest[len(w):].strip()
    for w, u in UNITS:
        if rest.lower().startswith(w): unit = u; break
    v *= scale
    if vmax is not None: vmax *= scale
    return (op, v, vmax, unit)

LOWER = ["tempo medio", "tempi", "giorni", "riduzione", "costi"]
HIGHER = ["numero", "n.", "percentuale di", "% di", "incremento", "grado di", "tasso di", "realizzazione", "entro", "nei termini"]
def direction(name):
    best = None
    for words, d in [(LOWER, "lower"), (HIGHER, "higher")]:
        for w in words:
            m = re.search(r"(?<!\w)" + re.escape(w) + (r"(?!\w)" if w[-1].isalnum() else ""), name.lower())
            if m and (best is None or m.start() < best[0]): best = (m.start(), d)
    return best[1] if best else None

def met(tp, ap, d):
    to, tv, tm, tu = tp; ao, av, am, au = ap
    if tv is None or av is None or ao != "=": return None
    if tu and au and tu != au: return None
    if to == ">=": return av >= tv
    if to == ">": return av > tv
    if to == "<=": return av <= tv
    if to == "<": return av < tv
    if to == "range": return tv <= av <= tm
    if av == tv: return True
    if d == "higher": return av > tv
    if d == "lower": return av < tv
    return None

def ws(s):
    if s is None: return None
    s = " ".join(str(s).split()); return s or None

def record(**kw):
    r = dict(page=None, page_end=None, area_code=None, area_title=None, objective_level=None, objective_code=None,
             objective_title=None, indicator_code=None, indicator=None, type=None, formula=None, unit=None,
             data_source=None, weight=None, baseline=None, year=None, target=None, target_operator=None,
             target_value=None, target_value_max=None, target_unit=None, actual=None, actual_operator=None,
             actual_value=None, actual_value_max=None, actual_unit=None, achievement=None, notes=None,
             status=None, status_text=None, comment=None, met=None)
    d = kw.pop("dir", "auto")
    r.update(kw)
    for k in list(r):
        if isinstance(r[k], str): r[k] = ws(r[k])
    tp = parse(r["target"]); ap = parse(r["actual"])
    r["target_operator"], r["target_value"], r["target_value_max"], r["target_unit"] = tp
    r["actual_operator"], r["actual_value"], r["actual_value_max"], r["actual_unit"] = ap
    if d == "auto": d = direction(r["indicator"])
    r["met"] = met(tp, ap, d)
    return r

def pct(s):
    m = re.match(r"^(\d+(?:,\d+)?)\s*%$", s or "")
    return float(m.group(1).replace(",", ".")) if m else None

# ---------------- read-back ----------------
def page_texts(pdf):
    with pdfplumber.open(pdf) as p:
        return [" ".join((pg.extract_text() or "").split()) for pg in p.pages]
def find_pos(texts, words, page, off):
    pat = r"\s+".join(re.escape(w) for w in words)
    for i in range(page, len(texts)):
        m = re.compile(pat).search(texts[i], off if i == page else 0)
        if m: return i, m.start()
    return None
def readback(pdf, recs, keyfn):
    texts = page_texts(pdf); cur = (0, 0); prev = None
    for r in recs:
        first, last = keyfn(r)
        if (first, last) == prev:
            r["page"], r["page_end"] = pr["page"], pr["page_end"]; continue
        prev = (first, last); pr = r
        got = find_pos(texts, first.split()[:2], *cur)
        assert got is not None, ("start not found", first)
        lw = last.split()
        q = find_pos(texts, lw[-2:], *got) if len(lw) > 1 else None
        if q is None: q = find_pos(texts, lw[-1:], *got)
        assert q is not None, ("end not found", last)
        r["page"], r["page_end"] = got[0] + 1, q[0] + 1
        cur = (got[0], got[1] + 1)
    return len(texts)

def write_truth(name, doc, recs, npages, about):
    pdf = os.path.join(HERE, name + ".pdf")
    t = {"schema": "perfextract/records@1",
         "_about": f"Generated by make_r18.py from {name}.content.json (hand-written content, not from any extractor). " + about,
         "source": {"path": name + ".pdf", "sha256": hashlib.sha256(open(pdf, "rb").read()).hexdigest(), "pages": npages},
         "document": doc, "indicators": recs, "warnings": []}
    json.dump(t, open(os.path.join(HERE, name + ".truth.json"), "w"), ensure_ascii=False, indent=1)
    print(name, "pages", npages, "records", len(recs))

def soffice(path):
    subprocess.run(["soffice", LO, "--headless", "--convert-to", "pdf", "--outdir", HERE, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def load(name): return json.load(open(os.path.join(HERE, name + ".content.json")))

if __name__ == "__main__":
    import importlib
    which = sys.argv[1:] or ["unimc", "parco", "rovigo", "inail"]
    for w in which:
        importlib.import_module("make_" + w).main(sys.modules[__name__])
