"""Small value parser written for r21 following RECORDS.md / CONVENTIONS.md (hand-checked)."""
import re
NUM = r'\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?'
def num(s):
    s = s.strip()
    if re.fullmatch(r'\d{1,3}(?:\.\d{3})+(?:,\d+)?', s):
        s = s.replace('.', '')
    return float(s.replace(',', '.'))

OPS = [(r'(?:>=|≥|> =)', '>='), (r'(?:<=|≤|< =)', '<='), (r'>', '>'), (r'<', '<'), (r'=', '='),
       (r'entro(?: il| i)?', '<='), (r'almeno', '>='), (r'non inferiore a(?:l)?', '>='), (r'non superiore a(?:l)?', '<='),
       (r'pari a(?:l)?', '=')]
UNITS = [(r'%', '%'), (r'‰|per mille', '‰'), (r'€|euro|eur\b', 'EUR'), (r'gg\.?(?: lavorativi)?|giorni', 'days'),
         (r'mesi', 'months'), (r'ore', 'hours')]

def parse(text):
    """-> (operator, value, value_max, unit)"""
    none = (None, None, None, None)
    if text is None:
        return none
    t = ' '.join(text.split())
    if re.search(r'\d{1,2}/\d{1,2}/\d{2,4}', t):
        return none
    t_np = re.sub(r'\([^)]*\)', ' ', t)  # parenthesised parts ignored
    s = t_np.strip()
    op = None
    for pat, o in OPS:
        m = re.match(pat + r'\s*', s, re.I)
        if m:
            op = o; s = s[m.end():]; break
    unit = None
    s = re.sub(r'^(?:N°|n\.)\s*', '', s, flags=re.I)
    for pat, u in UNITS:
        m = re.match(r'(?:' + pat + r')\s*', s, re.I)
        if m:
            unit = u; s = s[m.end():]; break
    m = re.match(r'([-−]?)(' + NUM + r')', s)
    if not m:
        return none
    v = num(m.group(2)) * (-1 if m.group(1) else 1); rest = s[m.end():]
    vmax = None
    mr = re.match(r'\s*[-–]\s*(' + NUM + r')', rest)
    if mr and op is None:
        vmax = num(mr.group(1)); rest = rest[mr.end():]; op = 'range'
    rest = rest.strip()
    mu = re.match(r'(mila|milioni|mln)\b\s*', rest, re.I)
    if mu:
        v *= 1000 if mu.group(1).lower() == 'mila' else 1e6
        if vmax: vmax *= 1000 if mu.group(1).lower() == 'mila' else 1e6
        rest = rest[mu.end():]
    if unit is None:
        for pat, u in UNITS:
            mm = re.match(r'(?:' + pat + r')(?:\b|\s|$)', rest, re.I) if pat not in ('%', '‰|per mille', '€|euro|eur\\b') else re.match(r'(?:' + pat + r')', rest, re.I)
            if mm:
                unit = u; rest = rest[mm.end():]; break
    if re.search(r'\d', rest):
        return none
    if op is None:
        op = '='
    return (op, v, vmax, unit)

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
    if to == 'range': return tv <= av <= tmax
    # '=' (bare or printed)
    if abs(av - tv) < 1e-9: return True
    d = direction(name)
    if d == 'higher': return av > tv
    if d == 'lower': return av < tv
    return None
