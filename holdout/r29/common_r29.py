"""Value parser, direction and truth helpers for r29 (written from RECORDS.md / CONVENTIONS.md)."""
import re, json, hashlib

def norm(s):
    return None if s is None or not str(s).strip() else " ".join(str(s).split())

NUM = r"[-−]?\d{1,3}(?:\.\d{3})+(?:,\d+)?|[-−]?\d+(?:,\d+)?"
UNITS = [(r"%", "%"), (r"‰|per mille", "‰"), (r"€|euro|EUR", "EUR"), (r"gg\.?|giorni|gg\. lavorativi", "days"),
         (r"mesi", "months"), (r"ore", "hours")]

def tonum(t):
    t = t.replace("−", "-")
    return float(t.replace(".", "").replace(",", "."))

def parse(text):
    """(operator, value, value_max, unit) of a cell, by the RECORDS.md rules (cases in these samples)."""
    t = norm(text)
    if t is None:
        return (None, None, None, None)
    if re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", t):
        return (None, None, None, None)
    op = "="
    m = re.match(r"(≥|>=|≤|<=|almeno|entro)\s*", t, re.I)
    if m:
        op = {"≥": ">=", ">=": ">=", "almeno": ">=", "≤": "<=", "<=": "<=", "entro": "<="}[m.group(1).lower()]
        t = t[m.end():]
    unit = None
    m = re.match(r"(€)\s*", t)
    if m:
        unit = "EUR"; t = t[m.end():]
    m = re.match(rf"({NUM})\s*(.*)$", t)
    if not m:
        return (None, None, None, None)
    val = tonum(m.group(1)); rest = m.group(2)
    rest_nopar = re.sub(r"\([^)]*\)", "", rest)
    if re.search(r"\d", rest_nopar):
        return (None, None, None, None)
    if unit is None:
        for pat, u in UNITS:
            if re.match(rf"(?:{pat})(?![^\W\d_])", rest.strip(), re.I) or (pat == "%" and rest.strip().startswith("%")):
                unit = u; break
    if val == int(val):
        val = int(val)
    return (op, val, None, unit)

LOWER = ("tempo medio", "tempo mediano", "tempo di", "tempo tra", "tempi", "giorni", "ritardo", "ritardi",
         "riduzione", "diminuzione", "contenimento", "costi", "costo", "tasso di abbandono", "tasso di assenza",
         "tasso di errore")
HIGHER = ("numero", "n.", "n°", "nr.", "percentuale di", "% di", "realizzazione", "miglioramento", "incremento",
          "aumento", "grado di", "tasso di", "entro", "nei tempi", "nei termini")

def direction(name):
    best = None
    for way, phrases in (("lower", LOWER), ("higher", HIGHER)):
        for ph in phrases:
            pat = r"(?<![^\W\d_])" + re.escape(ph) + (r"(?![^\W\d_])" if ph[-1].isalnum() else "")
            m = re.search(pat, name, re.I)
            if m:
                key = (m.start(), -len(ph))
                if best is None or key < best[0]:
                    best = (key, way)
    return best and best[1]

def met(name, target, actual):
    top, tv, _, tu = parse(target)
    aop, av, _, au = parse(actual)
    if tv is None or av is None:
        return None
    if tu and au and tu != au:
        return None
    assert aop == "=", actual
    if top == ">=": return av >= tv
    if top == "<=": return av <= tv
    if av == tv: return True
    d = direction(name)
    if d == "higher": return av >= tv
    if d == "lower": return av <= tv
    return None

STATUS = {"raggiunto": "achieved", "parzialmente raggiunto": "partially_achieved", "non raggiunto": "not_achieved",
          "obiettivo sospeso": "suspended"}

def pct(s):
    if norm(s) is None: return None
    v = tonum(s.replace("%", "").strip())
    return int(v) if v == int(v) else v

def record(**kw):
    r = dict(page=None, page_end=None, area_code=None, area_title=None, objective_level=None, objective_code=None,
             objective_title=None, indicator_code=None, indicator=None, type=None, formula=None, unit=None,
             data_source=None, weight=None, baseline=None, year=None, target=None, actual=None,
             achievement=None, notes=None, status=None, status_text=None, comment=None)
    r.update(kw)
    for k in ("area_title", "objective_title", "indicator", "formula", "data_source", "baseline", "target", "actual", "notes", "status_text"):
        r[k] = norm(r[k])
    out = {}
    for k in ("page", "page_end", "area_code", "area_title", "objective_level", "objective_code", "objective_title",
              "indicator_code", "indicator", "type", "formula", "unit", "data_source", "weight", "baseline", "year", "target"):
        out[k] = r[k]
    for side in ("target", "actual"):
        op, v, vm, u = parse(r[side])
        if side == "actual":
            out["actual"] = r["actual"]
        out[f"{side}_operator"], out[f"{side}_value"], out[f"{side}_value_max"], out[f"{side}_unit"] = op, v, vm, u
    for k in ("achievement", "notes", "status", "status_text", "comment"):
        out[k] = r[k]
    out["met"] = met(r["indicator"], r["target"], r["actual"])
    return out

def write_truth(name, pdf, doc, recs, about):
    import pypdf
    n = len(pypdf.PdfReader(pdf).pages)
    sha = hashlib.sha256(open(pdf, "rb").read()).hexdigest()
    t = {"schema": "perfextract/records@1", "_about": about,
         "source": {"path": pdf.split("/")[-1], "sha256": sha, "pages": n},
         "document": doc, "indicators": recs, "warnings": []}
    json.dump(t, open(pdf.replace(".pdf", ".truth.json"), "w"), ensure_ascii=False, indent=1)

def page_texts(pdf):
    import pdfplumber
    with pdfplumber.open(pdf) as p:
        return [norm(pg.extract_text() or "") or "" for pg in p.pages]

def find_pages(texts, recs_keys):
    """recs_keys: list of (first_snippet, last_snippet) in document order. Sequential search."""
    out = []; pos = (0, 0); prev = None
    for first, last in recs_keys:
        if (first, last) == prev:
            out.append(out[-1]); continue
        prev = (first, last)
        p, off = pos
        found = None
        while p < len(texts):
            i = texts[p].find(first, off)
            if i >= 0:
                found = (p, i); break
            p += 1; off = 0
        assert found, f"not found: {first!r}"
        q, j = found
        k = texts[q].find(last, j)
        q2 = q
        if k < 0:
            q2 = q + 1
            assert last in texts[q2], f"last not found: {last!r}"
        out.append((found[0] + 1, q2 + 1))
        pos = (found[0], found[1] + 1)
    return out
