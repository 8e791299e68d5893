"""Small value parser written from RECORDS.md / CONVENTIONS.md (not from any extractor)."""

from __future__ import annotations

import re

NULL4 = (None, None, None, None)

OPERATORS = [
    ("≥", ">="), (">=", ">="), ("≤", "<="), ("<=", "<="), (">", ">"), ("<", "<"), ("=", "="),
    ("almeno il", ">="), ("almeno", ">="), ("non inferiore al", ">="), ("non inferiore a", ">="),
    ("non superiore al", "<="), ("non superiore a", "<="), ("non oltre", "<="), ("entro", "<="),
]
NUM = r"[+-]?(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
UNITS = [  # longest first
    (r"gg\.? lavorativi", "days"), (r"giorni lavorativi", "days"), (r"giorni", "days"), (r"gg\.?", "days"),
    (r"mesi", "months"), (r"ore", "hours"), (r"%", "%"), (r"‰", "‰"), (r"per mille", "‰"),
    (r"€", "EUR"), (r"euro", "EUR"),
]
SCALES = [(r"milioni", 1e6), (r"mln", 1e6), (r"mila", 1e3)]


def number(text: str) -> float:
    t = text.replace(".", "").replace(",", ".")
    v = float(t)
    return int(v) if v == int(v) and "," not in text else v


def unit_at(rest: str):
    for pattern, unit in UNITS:
        m = re.match(rf"\s*{pattern}(?![A-Za-zà-ù])", rest, re.I) if pattern not in ("%", "‰", "€") else \
            re.match(rf"\s*{re.escape(pattern)}", rest)
        if m:
            return unit, rest[m.end():]
    return None, rest


def parse(cell: str | None):
    """(operator, value, value_max, unit) of a target/actual cell, or all None."""
    if cell is None:
        return NULL4
    t = re.sub(r"\([^)]*\)", " ", cell)
    t = re.sub(r"\s+", " ", t).strip()
    if not t or re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", t):
        return NULL4
    op = None
    low = t.lower()
    m = re.match(rf"tra ({NUM}) e ({NUM})(.*)$", low)
    if m:
        unit, rest = unit_at(m.group(3))
        if re.search(r"\d", rest):
            return NULL4
        return ("range", number(m.group(1)), number(m.group(2)), unit)
    for word, sym in OPERATORS:
        if low.startswith(word):
            op, t = sym, t[len(word):].strip()
            break
    pre_unit = None
    m = re.match(r"(N°|n\.)\s*", t)
    if m:
        t = t[m.end():]
    m = re.match(r"(€|gg)\s*(?=[+-]?\d)", t)
    if m:
        pre_unit = "EUR" if m.group(1) == "€" else "days"
        t = t[m.end():]
    m = re.match(NUM, t)
    if not m:
        return NULL4
    value = number(m.group(0))
    rest = t[m.end():]
    for pattern, factor in SCALES:
        sm = re.match(rf"\s*{pattern}\b", rest, re.I)
        if sm:
            value = value * factor
            rest = rest[sm.end():]
            break
    unit, rest = unit_at(rest)
    unit = unit or pre_unit
    if re.search(r"\d", rest):
        return NULL4
    return (op or "=", value, None, unit)


def achievement(cell: str | None):
    if cell is None:
        return None
    m = re.match(rf"\s*({NUM})\s*%", cell)
    return number(m.group(1)) if m else None


def met(target, actual):
    top, tv, tmax, tu = target
    aop, av, _amax, au = actual
    if tv is None or av is None or aop != "=":
        return None
    if tu and au and tu != au:
        return None
    if top == "=":
        return av == tv
    if top == ">=":
        return av >= tv
    if top == "<=":
        return av <= tv
    if top == ">":
        return av > tv
    if top == "<":
        return av < tv
    if top == "range":
        return tv <= av <= tmax
    return None


if __name__ == "__main__":
    for s in ["≥ 80%", "86,4%", "≤ 1,5", "-4,2 gg", "≤ 0 gg", "almeno 6.000 ore", "5.420 ore", "n.d.",
              "≥ € 1.250.000,00", "€ 1.312.480,55", "Entro il 30/04/2021", "N° 9 interventi su 12 programmati",
              "≤ 15 minuti", "entro 30 giorni", "12.400", "–", "-3,5", "4,3", "≥ 99,5%", "99,82%", "1,5 mln €",
              "tra 10 e 15 gg", "gg 4", "≥ 6,5%"]:
        print(f"{s!r:45} {parse(s)}")
