"""Value parser for r72, written by hand following RECORDS.md / CONVENTIONS.md."""
import re
NUM = r'\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?'
def num(s):
    if re.fullmatch(r'\d{1,3}(?:\.\d{3})+(?:,\d+)?', s):
        s = s.replace('.', '')
    return float(s.replace(',', '.'))
OPS = [(r'(?:>=|≥)', '>='), (r'(?:<=|≤)', '<='), (r'>', '>'), (r'<', '<'), (r'=', '='),
       (r'entro(?: il| i)?', '<='), (r'almeno', '>='), (r'non inferiore a(?:l)?', '>='),
       (r'non superiore a(?:l)?', '<='), (r'pari a(?:l)?', '=')]
UNITS = [(r'%', '%'), (r'‰|per mille', '‰'), (r'€|euro\b|eur\b', 'EUR'),
         (r'gg\.?(?: lavorativi)?|giorni', 'days'), (r'mesi\b', 'months'), (r'ore\b', 'hours')]
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
        m = re.match(pat + r'\s*', s, re.I)
        if m:
            op = o; s = s[m.end():]; break
    s = re.sub(r'^(?:N°|n\.)\s*', '', s, flags=re.I)
    unit = None
    for pat, u in UNITS:
        m = re.match(r'(?:' + pat + r')\s*', s, re.I)
        if m:
            unit = u; s = s[m.end():]; break
    m = re.match(r'([-−–]?)\s?(' + NUM + r')', s)
    if not m:
        return none
    v = num(m.group(2)) * (-1 if m.group(1) else 1)
    rest = s[m.end():]
    vmax = None
    mr = re.match(r'\s*[-–]\s*(' + NUM + r')', rest)
    if mr and op is None:
        vmax = num(mr.group(1)); rest = rest[mr.end():]; op = 'range'
    rest = rest.strip()
    mu = re.match(r'(mila|milioni|mln)\b\s*', rest, re.I)
    if mu:
        f = 1000 if mu.group(1).lower() == 'mila' else 1e6
        v *= f
        if vmax is not None: vmax *= f
        rest = rest[mu.end():]
    if unit is None:
        for pat, u in UNITS:
            mm = re.match(r'(?:' + pat + r')', rest, re.I)
            if mm:
                unit = u; rest = rest[mm.end():]; break
    if re.search(r'\d', rest):
        return none
    return (op or '=', v, vmax, unit)
