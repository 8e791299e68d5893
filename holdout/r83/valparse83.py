"""r83 value parser, written by hand from RECORDS.md / CONVENTIONS.md (no extractor code)."""
import re
NUM = r'\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?'

def num(s):
    if re.fullmatch(r'\d{1,3}(?:\.\d{3})+(?:,\d+)?', s):
        s = s.replace('.', '')
    return float(s.replace(',', '.'))

OPS = [(r'>=|≥', '>='), (r'<=|≤', '<='), (r'>', '>'), (r'<', '<'), (r'=', '='),
       (r'entro(?: il)?', '<='), (r'almeno', '>='), (r'non inferiore a', '>='), (r'non superiore a', '<='), (r'pari a', '=')]
UNITS = [(r'%', '%'), (r'‰', '‰'), (r'€|euro\b', 'EUR'), (r'gg\.?(?: lavorativi)?|giorni', 'days'), (r'mesi\b', 'months'), (r'ore\b', 'hours')]

def parse(text):
    none = (None, None, None, None)
    if text is None:
        return none
    t = ' '.join(text.split())
    if re.search(r'\d{1,2}/\d{1,2}/\d{2,4}', t):
        return none
    s = re.sub(r'\([^)]*\)', ' ', t).strip()
    op = None
    for pat, o in OPS:
        m = re.match(r'(?:' + pat + r')\s*', s, re.I)
        if m:
            op = o; s = s[m.end():]; break
    unit = None
    for pat, u in UNITS:
        m = re.match(r'(?:' + pat + r')\s*', s, re.I)
        if m:
            unit = u; s = s[m.end():]; break
    m = re.match(r'([-−]?)(' + NUM + r')', s)
    if not m:
        return none
    v = num(m.group(2)) * (-1 if m.group(1) else 1)
    rest = s[m.end():].strip()
    vmax = None
    if unit is None:
        for pat, u in UNITS:
            mm = re.match(r'(?:' + pat + r')', rest, re.I)
            if mm:
                unit = u; rest = rest[mm.end():].strip(); break
    if re.search(r'\d', rest):
        return none
    return (op or '=', v, vmax, unit)

LOWER = ['tempo medio', 'tempi', 'giorni', 'riduzione', 'costi']
HIGHER = ['numero', 'n.', 'percentuale di', '% di', 'incremento', 'grado di', 'tasso di', 'realizzazione', 'entro', 'nei termini']

def direction(name):
    n = name.lower(); best = None
    for w in LOWER + HIGHER:
        i = n.find(w)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, 'lower' if w in LOWER else 'higher')
    return best[1] if best else None

def met(name, t, a):
    to, tv, tmax, tu = t; ao, av, amax, au = a
    if tv is None or av is None:
        return None
    if tu and au and tu != au:
        return None
    if to == '>=': return av >= tv
    if to == '>': return av > tv
    if to == '<=': return av <= tv
    if to == '<': return av < tv
    if abs(av - tv) < 1e-9: return True
    d = direction(name)
    if d == 'higher': return av > tv
    if d == 'lower': return av < tv
    return None
