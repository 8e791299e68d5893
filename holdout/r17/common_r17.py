import re, json, hashlib, subprocess, os, math
import pdfplumber

FIELDS = ["page","page_end","area_code","area_title","objective_level","objective_code","objective_title",
 "indicator_code","indicator","type","formula","unit","data_source","weight","baseline","year",
 "target","target_operator","target_value","target_value_max","target_unit",
 "actual","actual_operator","actual_value","actual_value_max","actual_unit",
 "achievement","notes","status","status_text","comment","met"]

def clean(s):
    if s is None: return None
    s = re.sub(r"\s+", " ", str(s)).strip()
    return s or None

NUM = r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?"
def tonum(t):
    if re.fullmatch(r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?", t):
        t = t.replace(".", "")
    return float(t.replace(",", "."))

OPS = [(">=", ">="), ("≥", ">="), ("<=", "<="), ("≤", "<="), (">", ">"), ("<", "<"), ("=", "="),
       ("non inferiore a", ">="), ("non superiore a", "<="), ("almeno", ">="), ("entro", "<="), ("pari a", "=")]
UNITS = [("%", "%"), ("‰", "‰"), ("giorni", "days"), ("gg", "days"), ("mesi", "months"), ("ore", "hours"), ("€", "EUR"), ("euro", "EUR")]

def parse(s):
    """-> (operator, value, value_max, unit, op_printed)"""
    none = (None, None, None, None, False)
    if s is None: return none
    t = re.sub(r"\([^)]*\)", "", s).strip()
    op, printed = "=", False
    for k, v in OPS:
        if t.lower().startswith(k):
            op, printed = v, True; t = t[len(k):].strip(); break
    unit = None
    if t.startswith("€"): unit = "EUR"; t = t[1:].strip()
    elif t.lower().startswith("gg "): unit = "days"; t = t[3:].strip()
    elif t.startswith("N°"): t = t[2:].strip()
    m = re.match(NUM, t)
    if not m: return none
    v = tonum(m.group(0)); rest = t[m.end():]
    if rest.startswith("/"): return none  # date
    vmax = None
    r = re.match(r"\s*-\s*(" + NUM + ")", rest)
    if r:
        vmax = tonum(r.group(1)); rest = rest[r.end():]; op = "range"
    rest = rest.strip()
    scale = 1
    for k, f in (("mln", 1e6), ("milioni", 1e6), ("mila", 1e3)):
        if rest.lower().startswith(k): scale = f; rest = rest[len(k):].strip()
    for k, u in UNITS:
        if rest.lower().startswith(k): unit = u; rest = rest[len(k):].strip(); break
    if re.search(r"\d", rest): return none
    v *= scale
    if vmax is not None: vmax *= scale
    return (op, v, vmax, unit, printed)

LOWER = ["tempo medio", "tempi", "giorni", "riduzione", "costi"]
HIGHER = ["numero", "n.", "percentuale di", "% di", "incremento", "grado di", "tasso di", "realizzazione", "entro", "nei termini"]
def direction(name):
    low = name.lower(); best = None
    for words, d in ((LOWER, "lower"), (HIGHER, "higher")):
        for w in words:
            pat = r"(?<![\w])" + re.escape(w)
            m = re.search(pat, low)
            if m and (best is None or m.start() < best[0]): best = (m.start(), d)
    return best and best[1]

def met(tp, ap, name):
    top, tv, tmax, tu, printed = tp; aop, av, amax, au, _ = ap
    if tv is None or av is None or aop == "range": return None
    if tu and au and tu != au: return None
    if top == ">=": return av >= tv
    if top == ">": return av > tv
    if top == "<=": return av <= tv
    if top == "<": return av < tv
    if top == "range": return tv <= av <= tmax
    if top == "=":
        if abs(av - tv) < 1e-9: return True
        if printed: return False
        d = direction(name)
        if d == "lower": return av < tv
        if d == "higher": return av > tv
        return None

def pct(s):
    if s is None: return None
    m = re.match(r"(" + NUM + r")\s*%", s.strip())
    return tonum(m.group(1)) if m else None

def record(**kw):
    r = {f: None for f in FIELDS}
    for k, v in kw.items():
        assert k in r, k
        r[k] = v
    for k in ("area_title","objective_title","indicator","formula","unit","baseline","target","actual","notes","status_text","comment","type","data_source","indicator_code"):
        r[k] = clean(r[k])
    tp = parse(r["target"]); ap = parse(r["actual"])
    r["target_operator"], r["target_value"], r["target_value_max"], r["target_unit"] = tp[:4]
    r["actual_operator"], r["actual_value"], r["actual_value_max"], r["actual_unit"] = ap[:4]
    r["met"] = met(tp, ap, r["indicator"])
    return r

STATUS = {"raggiunto": "achieved", "parzialmente raggiunto": "partially_achieved", "non raggiunto": "not_achieved"}

def soffice(src, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-r17", "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, src], check=True, capture_output=True, timeout=240)

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def page_texts(pdf):
    with pdfplumber.open(pdf) as p:
        return [norm(pg.extract_text() or "") for pg in p.pages]

def locate(texts, phrase, start_page=1):
    """first page >= start_page whose text contains phrase (whitespace collapsed)."""
    phrase = norm(phrase)
    for i in range(start_page - 1, len(texts)):
        if phrase in texts[i]: return i + 1
    raise AssertionError(f"not found: {phrase!r} from page {start_page}")

def first_words(s, n=4): return " ".join(s.split()[:n])
def last_words(s, n=1): return " ".join(s.split()[-n:])

def write_truth(name, doc, recs, pdf):
    with open(pdf, "rb") as f: sha = hashlib.sha256(f.read()).hexdigest()
    from pypdf import PdfReader
    pages = len(PdfReader(pdf).pages)
    out = {"schema": "perfextract/records@1", "_about": f"Generated by make_r17.py from {name}.content.json (blind round r17).",
           "source": {"path": f"{name}.pdf", "sha256": sha, "pages": pages}, "document": doc,
           "indicators": recs, "warnings": []}
    json.dump(out, open(f"{name}.truth.json", "w"), ensure_ascii=False, indent=1)
    return pages

def unique_keys(names):
    """for each name, a word (len>=5) that appears in no other name: printed on one line, searchable."""
    toks = [set(re.findall(r"[\wàèéìòù'’]+", n.lower())) for n in names]
    keys = []
    for i, n in enumerate(names):
        cands = [w for w in re.findall(r"[\wàèéìòù]+", n) if len(w) >= 3 and all(w.lower() not in t for j, t in enumerate(toks) if j != i)]
        assert cands, n
        keys.append(max(cands, key=len))
    return keys

def locate_word(texts, word, start):
    for i in range(start - 1, len(texts)):
        if re.search(r"(?<![\w])" + re.escape(word) + r"(?![\w])", texts[i]): return i + 1
    raise AssertionError(f"not found {word} from {start}")
