import re
NUM = r'\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?'
def tonum(s): return float(s.replace('.', '').replace(',', '.'))
UNITS = [('‰','‰'),('per mille','‰'),('%','%'),('€','EUR'),('euro','EUR'),('eur','EUR'),('gg. lavorativi','days'),('giorni','days'),('gg.','days'),('gg','days'),('mesi','months'),('ore','hours')]
def parse(text):
    N = (None, None, None, None)
    if text is None: return N
    t = ' '.join(text.split())
    t = re.sub(r'\([^)]*\)', ' ', t).strip()
    t = ' '.join(t.split())
    op = None
    for pat, o in [(r'^(>=|≥)\s*', '>='), (r'^(<=|≤)\s*', '<='), (r'^>\s*', '>'), (r'^<\s*', '<'), (r'^=\s*', '='),
                   (r'^almeno\s+', '>='), (r'^non inferiore a[l]?\s+', '>='), (r'^non superiore a\s+', '<='), (r'^entro\s+', '<='), (r'^pari a[l]?\s+', '=')]:
        m = re.match(pat, t, re.I)
        if m: op = o; t = t[m.end():]; break
    unit = None; scale = 1
    m = re.match(r'^(N°|n\.)\s*', t)
    if m: t = t[m.end():]
    m = re.match(r'^(€|gg\.?|giorni)\s*', t)
    if m: unit = 'EUR' if m.group(1) == '€' else 'days'; t = t[m.end():]
    m = re.match(r'^([-–+]?)(' + NUM + r')', t)
    if not m: return N
    v = tonum(m.group(2)) * (-1 if m.group(1) in ('-', '–') else 1); rest = t[m.end():].strip(); vmax = None
    m2 = re.match(r'^(%)?\s*[-–]\s*(' + NUM + r')', rest)
    if m2:
        vmax = tonum(m2.group(2)); op = 'range'; rest = (m2.group(1) or '') + rest[m2.end():]
        rest = rest.strip()
    if re.match(r'^/\d', rest): return N  # date
    if re.match(r'^(mln|milioni)\b', rest): scale = 1e6; rest = rest.split(None,1)[1] if ' ' in rest else ''
    elif re.match(r'^mila\b', rest): scale = 1e3; rest = rest.split(None,1)[1] if ' ' in rest else ''
    if unit is None:
        low = rest.lower()
        for k, u in UNITS:
            if low.startswith(k): unit = u; rest = rest[len(k):]; break
    if re.search(r'\d', rest): return N
    if op is None: op = '='
    return (op, v*scale, vmax*scale if vmax is not None else None, unit)
DOWN = ['tempo medio','tempi','giorni','riduzione','costi','costo']
UP = ['numero','n.','percentuale di','% di','incremento','grado di','tasso di','realizzazione','entro','nei termini']
def direction(name):
    low = name.lower(); best = None
    for w, d in [(w,'down') for w in DOWN] + [(w,'up') for w in UP]:
        i = low.find(w)
        if i >= 0 and (best is None or i < best[0]): best = (i, d)
    return best[1] if best else None
def met(name, t, a):
    to, tv, tmax, tu = t; ao, av, amax, au = a
    if tv is None or av is None: return None
    if tu and au and tu != au: return None
    if to == '>=': return av >= tv
    if to == '>': return av > tv
    if to == '<=': return av <= tv
    if to == '<': return av < tv
    if to == 'range': return tv <= av <= tmax
    if av == tv: return True
    d = direction(name)
    if d == 'up': return av >= tv
    if d == 'down': return av <= tv
    return None
if __name__ == '__main__':
    for s in ['>= 95%','≤ 30 gg','2,61','€ 1.250.000,00','Obiettivo sospeso','n.d.','35,28% da consolidare','80-90%','gg 30','1,5 mln €','entro 30/06/2024','N° 40 dipendenti su 47','100%','12 (su 12)','almeno 4']:
        print(s, parse(s))
