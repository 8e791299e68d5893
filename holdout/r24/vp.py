import re
NUM = r'\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?'
def num(s):
    return float(s.replace('.', '').replace(',', '.'))
UNITS = [('‰','‰'),('per mille','‰'),('%','%'),('€','EUR'),('euro','EUR'),('eur','EUR'),('gg. lavorativi','days'),('giorni','days'),('gg','days'),('mesi','months'),('ore','hours')]
def unit_of(s):
    s = s.strip().lower()
    for k, u in UNITS:
        if s.startswith(k): return u
    return None
def parse(t):
    if t is None: return (None,)*4
    s = ' '.join(t.split())
    s2 = re.sub(r'\([^)]*\)', '', s).strip()
    if s2.startswith('+'): s2 = s2[1:]
    if re.search(r'\d{1,2}/\d{1,2}/\d{2,4}', s2): return (None,)*4
    op = None
    for k, o in [('>=','>='),('≥','>='),('almeno','>='),('non inferiore a','>='),('<=','<='),('≤','<='),('entro','<='),('non superiore a','<='),('>','>'),('<','<'),('pari a','='),('=','=')]:
        if s2.lower().startswith(k): op = o; s2 = s2[len(k):].strip(); break
    pre = None
    m = re.match(r'(€|gg\.?|N°|n\.)\s*', s2)
    if m:
        pre = {'€':'EUR'}.get(m.group(1), 'days' if m.group(1).startswith('gg') else None); s2 = s2[m.end():]
    m = re.match(r'(' + NUM + r')\s*(?:-|–)\s*(' + NUM + r')\s*(.*)$', s2)
    if m:
        rest = m.group(3); u = pre or unit_of(rest)
        return ('range', num(m.group(1)), num(m.group(2)), u)
    m = re.match(r'(-?(?:' + NUM + r'))\s*(.*)$', s2)
    if not m: return (None,)*4
    v = num(m.group(1)); rest = m.group(2)
    scale = 1
    rl = rest.lower()
    for k, f in [('milioni',1e6),('mln',1e6),('mila',1e3)]:
        if rl.startswith(k): scale = f; rest = rest[len(k):].strip(); break
    u = pre or unit_of(rest)
    if u:
        for k, _ in UNITS:
            if rest.lower().startswith(k): rest = rest[len(k):]; break
    if re.search(r'\d', rest): return (None,)*4
    return (op or '=', v * scale, None, u)
LOWER = ['tempo medio','tempi','giorni','riduzione','costi']
HIGHER = ['numero','n.','percentuale di','% di','incremento','grado di','tasso di','realizzazione','entro','nei termini']
def direction(name):
    n = name.lower(); best = None
    for w, d in [(w, 'low') for w in LOWER] + [(w, 'high') for w in HIGHER]:
        i = n.find(w)
        if i >= 0 and (best is None or i < best[0]): best = (i, d)
    return best and best[1]
def met(name, t, a):
    if t[1] is None or a[1] is None: return None
    if t[3] and a[3] and t[3] != a[3]: return None
    op, tv, tmax = t[0], t[1], t[2]; av = a[1]
    if op == '>=': return av >= tv
    if op == '>': return av > tv
    if op == '<=': return av <= tv
    if op == '<': return av < tv
    if op == 'range': return tv <= av <= tmax
    if abs(av - tv) < 1e-9: return True
    d = direction(name)
    if d == 'high': return av > tv
    if d == 'low': return av < tv
    return None
