"""Value parser for truth files, written from RECORDS.md / CONVENTIONS.md (never from the extractor)."""
import re

NONE4 = (None, None, None, None)
NUM = r"[+-]?(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
OPS = [("≥", ">="), (">=", ">="), ("≤", "<="), ("<=", "<="), (">", ">"), ("<", "<"), ("=", "="),
       ("almeno", ">="), ("non inferiore a", ">="), ("non superiore a", "<="), ("entro", "<=")]
UNITS = [("gg. lavorativi", "days"), ("giorni lavorativi", "days"), ("giorni", "days"), ("gg.", "days"),
         ("gg", "days"), ("mesi", "months"), ("ore", "hours"), ("%", "%"), ("‰", "‰"),
         ("per mille", "‰"), ("€", "EUR"), ("euro", "EUR")]
SCALES = [("milioni", 1e6), ("mln", 1e6), ("mila", 1e3)]


def num(s):
    v = float(s.replace(".", "").replace(",", "."))
    return int(v) if v.is_integer() else v


def _unit(rest):
    r = rest.lstrip()
    for word, u in UNITS:
        if r.lower().startswith(word):
            after = r[len(word):]
            if word[-1].isalpha() and after[:1].isalpha():
                continue
            return u, after
    return None, rest


def parse(cell):
    if cell is None:
        return NONE4
    t = re.sub(r"\([^)]*\)", " ", cell)
    t = re.sub(r"\s+", " ", t).strip()
    if not t or re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", t):
        return NONE4
    op = None
    for w, o in OPS:
        if t.lower().startswith(w):
            op, t = o, t[len(w):].strip()
            break
    pre = None
    m = re.match(r"(N°|n\.)\s*", t)
    if m:
        t = t[m.end():]
    m = re.match(r"(€|gg)\s*(?=[+-]?\d)", t)
    if m:
        pre = "EUR" if m.group(1) == "€" else "days"
        t = t[m.end():]
    m = re.match(NUM, t)
    if not m:
        return NONE4
    v = num(m.group(0))
    rest = t[m.end():]
    for w, f in SCALES:
        sm = re.match(rf"\s*{w}\b", rest)
        if sm:
            v = v * f
            v = int(v) if float(v).is_integer() else v
            rest = rest[sm.end():]
            break
    u, rest = _unit(rest)
    u = u or pre
    if re.search(r"\d", rest):
        return NONE4
    return (op or "=", v, None, u)


def met(tp, ap):
    top, tv, tmax, tu = tp
    aop, av, _, au = ap
    if tv is None or av is None or aop != "=":
        return None
    if tu and au and tu != au:
        return None
    return {"=": av == tv, ">=": av >= tv, "<=": av <= tv, ">": av > tv, "<": av < tv,
            "range": tmax is not None and tv <= av <= tmax}[top]


def pct(cell):
    if cell is None:
        return None
    m = re.match(rf"\s*({NUM})\s*%?\s*$", cell)
    return num(m.group(1)) if m else None


if __name__ == "__main__":
    for s in ["≥ 95%", "97,3%", "≤ 7 gg", "5,8 gg", "-6,3 gg", "Riduzione ≥ 10%", "-14,2%", "Entro il 30/06/2022",
              "n.d.", "≤ 250", "238,4", "€ 1.250.000,00", "1,5 mln €", "Avvio", "N° 40 dipendenti su 47", "3.127",
              "≥ 80% (1)", "12 mesi", "≥ 1.200 ore", "100%"]:
        print(f"{s!r:28} {parse(s)}")
