# r79 helpers: value parser (RECORDS.md / CONVENTIONS.md rules), met, read-back
import re, subprocess, os
NUM = r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?"
def num(t):
    t = t.replace(".", "").replace(",", ".")
    v = float(t)
    return int(v) if v == int(v) and "." not in t else v
UNITS = [(r"%", "%"), (r"‰", "‰"), (r"€|euro", "EUR"), (r"gg\.?|giorni", "days"), (r"mesi", "months"), (r"ore", "hours")]
def unit_of(t):
    for pat, u in UNITS:
        if re.fullmatch(pat, t.strip(), re.I): return u
    return None
NULL4 = (None, None, None, None)
def parse(cell):
    if cell is None: return NULL4
    s = re.sub(r"\s+", " ", cell).strip()
    s = re.sub(r"\([^)]*\)", "", s).strip()
    if re.search(r"\d{1,2}/\d{1,2}(/\d{2,4})?", s): return NULL4
    op = "="
    m = re.match(r"(≥|>=|≤|<=|<|>|entro|almeno|pari a)\s*", s, re.I)
    if m:
        op = {"≥": ">=", ">=": ">=", "≤": "<=", "<=": "<=", "<": "<", ">": ">", "entro": "<=", "almeno": ">=", "pari a": "="}[m.group(1).lower()]
        s = s[m.end():]
    pre = None
    m = re.match(r"(€|gg)\s*", s)
    if m: pre = unit_of(m.group(1)); s = s[m.end():]
    m = re.match(r"(" + NUM + r")\s*(?:-\s*(" + NUM + r"))?\s*(.*)$", s)
    if not m: return NULL4
    v = num(m.group(1)); vmax = num(m.group(2)) if m.group(2) else None
    rest = m.group(3).strip()
    if re.search(r"\d", rest): return NULL4
    u = pre
    words = rest.split()
    if words and words[0].lower() in ("mln", "milioni"):
        v = round(v * 1000000, 6); words = words[1:]
    elif words and words[0].lower() == "mila":
        v = round(v * 1000, 6); words = words[1:]
    if isinstance(v, float) and v == int(v): v = int(v)
    if words:
        u2 = unit_of(words[0])
        if u2: u = u2
    if vmax is not None: op = "range"
    return (op, v, vmax, u)

LOWER = ["tempo medio", "tempi", "giorni", "riduzione", "costi"]
HIGHER = ["numero", "n.", "percentuale di", "% di", "incremento", "grado di", "tasso di", "realizzazione", "entro", "nei termini"]
def direction(name):
    n = name.lower(); best = None
    for w in LOWER + HIGHER:
        i = n.find(w)
        if i >= 0 and (best is None or i < best[0]): best = (i, "lower" if w in LOWER else "higher")
    return best[1] if best else None
def met(name, t, a):
    to, tv, tmax, tu = t; ao, av, amax, au = a
    if tv is None or av is None: return None
    if tu and au and tu != au: return None
    if to == ">=": return av >= tv
    if to == "<=": return av <= tv
    if to == ">": return av > tv
    if to == "<": return av < tv
    if to == "range": return tv <= av <= tmax
    if av == tv: return True
    d = direction(name)
    if d is None: return None
    return av > tv if d == "higher" else av < tv

def ws(s):
    if s is None: return None
    s = re.sub(r"\s+", " ", str(s)).strip()
    return s or None

def record(doc_h, ind, year, target, actual, **kw):
    t = parse(target); a = parse(actual)
    r = dict(page=None, page_end=None, **doc_h)
    r.update(indicator_code=ws(ind.get("code")), indicator=ws(ind["name"]), type=None, formula=None,
             unit=None, data_source=ws(ind.get("source")), weight=ind.get("weight"),
             baseline=ws(ind.get("baseline")), year=year,
             target=ws(target), target_operator=t[0], target_value=t[1], target_value_max=t[2], target_unit=t[3],
             actual=ws(actual), actual_operator=a[0], actual_value=a[1], actual_value_max=a[2], actual_unit=a[3],
             achievement=None, notes=None, status=None, status_text=None, comment=None,
             met=met(ind["name"], t, a))
    r.update(kw)
    return r

def soffice(src, profile):
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", os.path.dirname(src), src], check=True, capture_output=True, timeout=300)

def page_words(pdf_path):
    import pdfplumber
    out = []
    with pdfplumber.open(pdf_path) as pdf:
        for p in pdf.pages:
            out.append(p.extract_words(keep_blank_chars=False, use_text_flow=False))
    return out

def locate(pages, code, name, col_x=None, start=(0, 0)):
    """Find the page of the indicator code (a word of its own), searching from `start` (page idx, top).
    Then check the name's words all appear in the rows at/after it; page_end = page of the name's last word."""
    p0, top0 = start
    for pi in range(p0, len(pages)):
        for w in pages[pi]:
            if pi == p0 and w["top"] < top0: continue
            if w["text"] == code and (col_x is None or w["x0"] < col_x):
                # collect the name words following the code's top on this page (and next page)
                want = name.split()
                pool = [(pi, x) for x in pages[pi] if x["top"] >= w["top"] - 25]
                if pi + 1 < len(pages): pool += [(pi + 1, x) for x in pages[pi + 1]]
                # match words of name in order
                k = 0; last_pg = pi
                for pg, x in sorted(pool, key=lambda t: (t[0], round(t[1]["top"]), t[1]["x0"])):
                    if k < len(want) and x["text"] == want[k]:
                        k += 1; last_pg = pg
                        if k == len(want): break
                assert k == len(want), (code, name, k, want[k] if k < len(want) else None)
                return pi + 1, last_pg + 1, (pi, w["top"] + 1)
    raise AssertionError(("code not found", code))
