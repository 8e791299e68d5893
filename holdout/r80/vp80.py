"""r80 value parser (own, written from RECORDS.md / CONVENTIONS.md). Results are hand-checked."""
import re
NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
OPS = [(r"^(?:>=|≥|> =)\s*", ">="), (r"^(?:<=|≤|< =)\s*", "<="), (r"^>\s*", ">"), (r"^<\s*", "<"),
       (r"^=\s*", "="), (r"^almeno\s+", ">="), (r"^non inferiore a[l]?\s+", ">="), (r"^non superiore a[l]?\s+", "<="),
       (r"^entro\s+(?:i\s+|il\s+)?", "<="), (r"^pari a[l]?\s+", "=")]
UNITS = [(r"^%", "%"), (r"^‰", "‰"), (r"^per mille\b", "‰"), (r"^(?:gg\.?(?: lavorativi)?|giorni(?: lavorativi)?)\b", "days"),
         (r"^(?:€|euro\b)", "EUR"), (r"^mesi\b", "months"), (r"^ore\b", "hours")]


def num(s):
    return float(s.replace(".", "").replace(",", ".")) if s.count(".") != 1 or re.fullmatch(r"\d{1,3}\.\d{3}(,\d+)?", s) else float(s)


def parse(text):
    nul = (None, None, None, None)
    if text is None:
        return nul
    t = " ".join(text.split())
    if re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", t):
        return nul
    op = None
    for rx, o in OPS:
        m = re.match(rx, t, re.I)
        if m:
            op = o; t = t[m.end():]; break
    unit = None
    t = re.sub(r"^(?:N°|n\.)\s*", "", t)
    for rx, u in UNITS:  # unit before the number
        m = re.match(rx, t, re.I)
        if m:
            unit = u; t = t[m.end():].lstrip(); break
    m = re.match(r"([-–−]\s?)?(" + NUM + ")", t)
    if not m:
        return nul
    v = num(m.group(2)) * (-1 if m.group(1) else 1); t = t[m.end():].lstrip()
    vmax = None
    scale = re.match(r"^(mila|milioni|mln)\b\s*", t)
    if scale:
        v *= 1000 if scale.group(1) == "mila" else 1e6; t = t[scale.end():]
    for rx, u in UNITS:
        m = re.match(rx, t, re.I)
        if m:
            unit = u; t = t[m.end():].lstrip(); break
    m = re.match(r"^[-–]\s*(" + NUM + r")\s*", t)
    if m:
        vmax = num(m.group(1)); t = t[m.end():]; op = "range"
        for rx, u in UNITS:
            m = re.match(rx, t, re.I)
            if m:
                unit = u; t = t[m.end():].lstrip(); break
    rest = re.sub(r"\([^)]*\)", "", t)
    if re.search(r"\d", rest):
        return nul
    return (op or "=", v, vmax, unit)


LOWER = ["tempo medio", "tempi", "giorni", "riduzione", "costi"]
HIGHER = ["numero", "n.", "percentuale di", "% di", "incremento", "grado di", "tasso di", "realizzazione", "entro", "nei termini"]


def direction(name):
    n = name.lower(); best = None
    for w, d in [(w, "low") for w in LOWER] + [(w, "high") for w in HIGHER]:
        i = n.find(w)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, d)
    return best and best[1]


def met(name, tp, ap):
    top, tv, tmax, tu = tp; aop, av, amax, au = ap
    if tv is None or av is None or amax is not None:
        return None
    if tu and au and tu != au:
        return None
    if top == ">=": return av >= tv
    if top == ">": return av > tv
    if top == "<=": return av <= tv
    if top == "<": return av < tv
    if top == "range": return tv <= av <= tmax
    if av == tv: return True
    d = direction(name)
    if d == "high": return av >= tv
    if d == "low": return av <= tv
    return None
