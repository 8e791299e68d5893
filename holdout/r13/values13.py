"""My own value parser and `met` rule (from RECORDS.md / CONVENTIONS.md only)."""
import re
from r13lib import parse_value, clean

LOWER = ["tempo medio", "tempi", "giorni", "riduzione", "costi"]
HIGHER = ["numero", "n.", "percentuale di", "% di", "incremento", "grado di", "tasso di",
          "realizzazione", "entro", "nei termini"]


def direction(name):
    n = name.lower()
    best = None
    for w in LOWER + HIGHER:
        i = n.find(w)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, "lower" if w in LOWER else "higher")
    return best[1] if best else None


def met(tp, ap, name):
    top, tv, tmax, tu = tp
    aop, av, amax, au = ap
    if tv is None or av is None or top is None or aop is None:
        return None
    if tu and au and tu != au:
        return None
    if aop != "=":
        return None
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
    if av == tv:
        return True
    d = direction(name)
    if d == "lower":
        return av <= tv
    if d == "higher":
        return av >= tv
    return None
