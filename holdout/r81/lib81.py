# Helpers for round r81: value parser (written from RECORDS.md / CONVENTIONS.md), record builder,
# LibreOffice conversion and the pdfplumber read-back that sets page/page_end.
import re, subprocess, os

def ws(s):
    if s is None: return None
    s = re.sub(r"\s+", " ", str(s)).strip()
    return s or None

NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"

def num(s):
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        s = s.replace(".", "")
    return float(s.replace(",", "."))

OPS = [(r"(>=|≥|non inferiore a|almeno)", ">="), (r"(<=|≤|non superiore a|entro)", "<="),
       (r">", ">"), (r"<", "<"), (r"(=|pari a)", "=")]

def parse(text):
    """-> (operator, value, value_max, unit) following the RECORDS.md rules."""
    t = ws(text)
    if t is None: return (None, None, None, None)
    t = re.sub(r"\([^)]*\)", " ", t); t = ws(t) or ""
    if re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", t): return (None, None, None, None)
    op = None; rest = t
    for pat, o in OPS:
        m = re.match(r"\s*" + pat + r"\s*", rest, re.I)
        if m: op = o; rest = rest[m.end():]; break
    rest = re.sub(r"^(N°|n\.)\s*", "", rest)
    pre_unit = None
    m = re.match(r"(€|gg\.?|giorni)\s*", rest)
    if m: pre_unit = m.group(1); rest = rest[m.end():]
    m = re.match(r"(" + NUM + r")\s*(?:-\s*(" + NUM + r"))?", rest)
    if not m: return (None, None, None, None)
    v = num(m.group(1)); vmax = num(m.group(2)) if m.group(2) else None
    tail = rest[m.end():].strip()
    if re.search(r"\d", tail): return (None, None, None, None)
    unit = None; u = (pre_unit or "") + " " + tail
    scale = 1
    if re.match(r"mila\b", tail): scale = 1000
    if re.match(r"(milioni|mln)\b", tail): scale = 1_000_000
    if "%" in u: unit = "%"
    elif "‰" in u or "per mille" in u: unit = "‰"
    elif "€" in u or re.search(r"\beuro\b", u): unit = "EUR"
    elif re.search(r"\b(gg|giorni|giorno)\b", u): unit = "days"
    elif re.search(r"\bmesi\b", u): unit = "months"
    elif re.search(r"\bore\b", u): unit = "hours"
    v *= scale
    if vmax is not None: vmax *= scale
    if vmax is not None: op = "range"
    elif op is None: op = "="
    return (op, v, vmax, unit)

LOWER = ["tempo medio", "tempi", "giorni", "riduzione", "costi"]
HIGHER = ["numero", "n.", "percentuale di", "% di", "incremento", "grado di", "tasso di",
          "realizzazione", "entro", "nei termini"]

def direction(name):
    n = name.lower(); best = None
    for w in LOWER + HIGHER:
        i = n.find(w)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, "lower" if w in LOWER else "higher")
    return best[1] if best else None

def met(name, t, a):
    top, tv, tmax, tu = t; aop, av, amax, au = a
    if tv is None or av is None: return None
    if tu and au and tu != au: return None
    if top == "range": return tmax is not None and tv <= av <= tmax
    if top == ">=": return av >= tv
    if top == "<=": return av <= tv
    if top == ">": return av > tv
    if top == "<": return av < tv
    if av == tv: return True
    d = direction(name)
    if d is None: return None
    return av > tv if d == "higher" else av < tv

FIELDS = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code",
          "objective_title", "indicator_code", "indicator", "type", "formula", "unit", "data_source",
          "weight", "baseline", "year", "target", "target_operator", "target_value", "target_value_max",
          "target_unit", "actual", "actual_operator", "actual_value", "actual_value_max", "actual_unit",
          "achievement", "notes", "status", "status_text", "comment", "met"]

STATUS = {"raggiunto": "achieved", "obiettivo raggiunto": "achieved", "parzialmente raggiunto": "partially_achieved",
          "non raggiunto": "not_achieved", "sospeso": "suspended", "obiettivo sospeso": "suspended",
          "in corso": "partially_achieved"}

def status_of(text):
    if text is None: return None
    return STATUS[ws(text).lower()]

def record(**kw):
    r = {k: None for k in FIELDS}
    for k, v in kw.items():
        assert k in r, k
        r[k] = ws(v) if isinstance(v, str) else v
    t = parse(r["target"]); a = parse(r["actual"])
    r["target_operator"], r["target_value"], r["target_value_max"], r["target_unit"] = t
    r["actual_operator"], r["actual_value"], r["actual_value_max"], r["actual_unit"] = a
    r["met"] = met(r["indicator"], t, a)
    return r

def soffice(path, outdir, profile):
    subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, path], check=True, capture_output=True, timeout=240)

def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip().lower()

def page_texts(pdf):
    import pdfplumber
    with pdfplumber.open(pdf) as p:
        return [norm(" ".join(w["text"] for w in pg.extract_words())) for pg in p.pages]

def locate(pages, start_probe, end_probes, cursor):
    """first page >= cursor holding start_probe; page_end = max first page >= start holding each end probe."""
    sp = norm(start_probe)
    start = next((i for i in range(cursor, len(pages)) if sp in pages[i]), None)
    assert start is not None, ("start not found", start_probe, cursor)
    end = start
    for e in end_probes:
        e = norm(e)
        if not e: continue
        pg = next((i for i in range(start, len(pages)) if e in pages[i]), None)
        assert pg is not None, ("end probe not found", e, start)
        end = max(end, pg)
    return start, end

def tail_words(s, n=3):
    w = ws(s).split(" "); return " ".join(w[-n:])

def head_words(s, n=5):
    w = ws(s).split(" "); return " ".join(w[:n])
