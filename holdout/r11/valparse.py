"""Small value parser written from RECORDS.md / CONVENTIONS.md (not from any extractor)."""
import re

NUM = r'(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)'
OPS = [('non inferiore a', '>='), ('non superiore a', '<='), ('almeno', '>='), ('pari a', '='), ('entro', '<='),
       ('≥', '>='), ('>=', '>='), ('≤', '<='), ('<=', '<='), ('>', '>'), ('<', '<'), ('=', '=')]
UNITS = [('%', '%'), ('‰', '‰'), ('per mille', '‰'), ('€', 'EUR'), ('euro', 'EUR'), ('gg.', 'days'), ('gg', 'days'),
         ('giorni', 'days'), ('mesi', 'months'), ('ore', 'hours')]

def num(s):
    if re.fullmatch(r'\d{1,3}(?:\.\d{3})+(?:,\d+)?', s):
        s = s.replace('.', '')
    return float(s.replace(',', '.'))

def parse(text):
    """-> dict(operator, value, value_max, unit, printed_op)"""
    none = {"operator": None, "value": None, "value_max": None, "unit": None, "printed_op": False}
    if text is None:
        return none
    t = re.sub(r'\([^)]*\)', ' ', text)
    t = ' '.join(t.split()).strip()
    if re.search(r'\d{1,2}/\d{1,2}/\d{2,4}', t):
        return none
    low = t.lower()
    op, printed = None, False
    for w, o in OPS:
        if low.startswith(w):
            op, printed = o, True
            low = low[len(w):].strip()
            break
    unit = None
    # prefixes: N°, currency, unit before number
    for pre in ('n°', 'n.'):
        if low.startswith(pre):
            low = low[len(pre):].strip()
    for w, un in UNITS:
        if low.startswith(w) and w not in ('%', '‰'):
            unit = un
            low = low[len(w):].strip()
            break
    m = re.match(NUM, low)
    if not m:
        return none
    v = num(m.group(1))
    rest = low[m.end():].strip()
    vmax = None
    m2 = re.match(r'^\s*-\s*' + NUM, rest)
    if m2:
        vmax = num(m2.group(1)); rest = rest[m2.end():].strip(); op = 'range'
    if re.search(r'\d', rest):
        return none
    scale = 1
    for w, f in (('milioni', 1e6), ('mln', 1e6), ('mila', 1e3)):
        if rest.startswith(w):
            scale = f; rest = rest[len(w):].strip()
    if unit is None:
        for w, un in UNITS:
            if rest.startswith(w):
                # word units must be whole words
                if w.isalpha() and len(rest) > len(w) and rest[len(w)].isalpha():
                    continue
                unit = un
                break
    if op is None:
        op = '='
    return {"operator": op, "value": v * scale, "value_max": vmax * scale if vmax is not None else None,
            "unit": unit, "printed_op": printed}

LOWER = ['tempo medio', 'tempi', 'giorni', 'riduzione', 'costi']
HIGHER = ['numero', 'n.', 'percentuale di', '% di', 'incremento', 'grado di', 'tasso di', 'realizzazione', 'entro', 'nei termini']

def direction(name):
    low = name.lower()
    best = None
    for words, d in ((LOWER, 'lower'), (HIGHER, 'higher')):
        for w in words:
            pat = r'(?<![a-zà-ù])' + re.escape(w) + (r'(?![a-zà-ù])' if w[-1].isalpha() else '')
            m = re.search(pat, low)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), d, w)
    return best

def met(name, t, a):
    if t["value"] is None or a["value"] is None:
        return None
    if t["unit"] and a["unit"] and t["unit"] != a["unit"]:
        return None
    x, op = a["value"], t["operator"]
    if op == '>=': return x >= t["value"]
    if op == '>': return x > t["value"]
    if op == '<=': return x <= t["value"]
    if op == '<': return x < t["value"]
    if op == 'range': return t["value"] <= x <= t["value_max"]
    if op == '=':
        if x == t["value"]:
            return True
        if t["printed_op"]:
            return False
        d = direction(name)
        if d is None:
            return None
        return x > t["value"] if d[1] == 'higher' else x < t["value"]
    return None

def status_of(text):
    if not text:
        return None
    low = text.lower()
    if 'sospes' in low: return 'suspended'
    if 'non raggiunt' in low or 'non realizzat' in low or 'non conseguit' in low: return 'not_achieved'
    if 'parzial' in low: return 'partially_achieved'
    if 'raggiunt' in low or 'realizzat' in low or 'conseguit' in low: return 'achieved'
    return None

def pnum(s):
    """achievement / weight number from a cell"""
    if s is None: return None
    m = re.match(r'\s*' + NUM, s)
    return num(m.group(1)) if m else None
