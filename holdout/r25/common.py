import re, json, hashlib
OPS = [(r'^(>=|≥|maggiore o uguale a)\s*', '>='), (r'^(<=|≤|minore o uguale a)\s*', '<='),
       (r'^>\s*', '>'), (r'^<\s*', '<'), (r'^(entro( il)?|non superiore a)\s+', '<='),
       (r'^(almeno|non inferiore a)\s+', '>='), (r'^(=|pari a)\s*', '=')]
UNITS = [(r'^%', '%'), (r'^‰', '‰'), (r'^(€|euro\b|EUR\b)', 'EUR'), (r'^(gg\.?|giorni)', 'days'),
         (r'^mesi\b', 'months'), (r'^ore\b', 'hours')]
def parse(s):
    N = {'operator': None, 'value': None, 'value_max': None, 'unit': None}
    if s is None: return N
    t = s.strip()
    if re.search(r'\d{1,2}/\d{1,2}/\d{2,4}', t): return N
    op = None
    for pat, o in OPS:
        m = re.match(pat, t, re.I)
        if m: op = o; t = t[m.end():]; break
    unit = None
    for pat, u in UNITS:
        m = re.match(pat, t, re.I)
        if m: unit = u; t = t[m.end():].strip(); break
    m = re.match(r'^(N°\s*)', t)
    if m: t = t[m.end():]
    m = re.match(r'^(-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?)', t)
    if not m: return N
    num = lambda x: float(x.replace('.', '').replace(',', '.'))
    v = num(m.group(1)); rest = t[m.end():].strip(); vmax = None
    m2 = re.match(r'^-\s*(\d+(?:,\d+)?)', rest)
    if m2: vmax = num(m2.group(1)); rest = rest[m2.end():].strip(); op = 'range'
    m3 = re.match(r'^(mila|milioni|mln)\b\.?', rest)
    if m3:
        v *= 1000 if m3.group(1) == 'mila' else 1e6; rest = rest[m3.end():].strip()
    if unit is None:
        for pat, u in UNITS:
            m = re.match(pat, rest, re.I)
            if m: unit = u; rest = rest[m.end():].strip(); break
    if re.search(r'\d', re.sub(r'\([^)]*\)', '', rest)): return N
    return {'operator': op or '=', 'value': v, 'value_max': vmax, 'unit': unit}

LOWER = ['tempo medio', 'tempi', 'giorni', 'riduzione', 'costi']
HIGHER = ['numero', 'n.', 'percentuale di', '% di', 'incremento', 'grado di', 'tasso di', 'realizzazione', 'entro', 'nei termini']
def direction(name):
    n = name.lower(); best = None
    for w, d in [(w, 'low') for w in LOWER] + [(w, 'high') for w in HIGHER]:
        i = n.find(w)
        if i >= 0 and (best is None or i < best[0]): best = (i, d)
    return best and best[1]

def met(name, t, a):
    if t['value'] is None or a['value'] is None: return None
    if t['unit'] and a['unit'] and t['unit'] != a['unit']: return None
    x, o, v = a['value'], t['operator'], t['value']
    if o == '>=': return x >= v
    if o == '<=': return x <= v
    if o == '>': return x > v
    if o == '<': return x < v
    if o == 'range': return v <= x <= t['value_max']
    if x == v: return True
    d = direction(name)
    if d == 'low': return x <= v
    if d == 'high': return x >= v
    return None

STATUS = {'raggiunto': 'achieved', 'obiettivo raggiunto': 'achieved', 'parzialmente raggiunto': 'partially_achieved',
          'non raggiunto': 'not_achieved', 'sospeso': 'suspended', 'obiettivo sospeso': 'suspended'}
def ws(s):
    if s is None: return None
    s = re.sub(r'\s+', ' ', str(s)).strip()
    return s or None

FIELDS = ['page','page_end','area_code','area_title','objective_level','objective_code','objective_title','indicator_code',
          'indicator','type','formula','unit','data_source','weight','baseline','year','target','target_operator','target_value',
          'target_value_max','target_unit','actual','actual_operator','actual_value','actual_value_max','actual_unit',
          'achievement','notes','status','status_text','comment','met']
def record(**kw):
    r = {f: None for f in FIELDS}
    for k, v in kw.items():
        assert k in r, k
        r[k] = ws(v) if isinstance(v, str) else v
    t, a = parse(r['target']), parse(r['actual'])
    for p, d in (('target', t), ('actual', a)):
        r[p+'_operator'], r[p+'_value'], r[p+'_value_max'], r[p+'_unit'] = d['operator'], d['value'], d['value_max'], d['unit']
    if r['status_text']: r['status'] = STATUS[r['status_text'].lower()]
    r['met'] = met(r['indicator'], t, a)
    return r

def readback(pdf, recs, start_words=3, end_words=2):
    import pdfplumber
    with pdfplumber.open(pdf) as p:
        texts = [re.sub(r'\s+', ' ', pg.extract_text() or '') for pg in p.pages]
        n = len(p.pages)
    cur = 1; probs = []
    for r in recs:
        w = r['indicator'].split()
        def find(words, frm):
            for k in range(len(words), 0, -1):
                s = ' '.join(words[:k]) if words is w0 else ' '.join(words[-k:])
                for i in range(frm - 1, n):
                    if s in texts[i]: return i + 1, k
            return None, 0
        w0 = w[:start_words]
        pg, k = find(w0, cur)
        w0 = None
        pe, k2 = find(w[-end_words:], pg or cur)
        if pg is None or pe is None or k < min(start_words, len(w)) or k2 < min(end_words, len(w)): probs.append((r['indicator'], pg, pe, k, k2))
        r['page'], r['page_end'] = pg, pe
        cur = pg or cur
    return n, probs

def write_truth(name, doc, recs, about, npages):
    d = {'schema': 'perfextract/records@1', '_about': about,
         'source': {'path': name + '.pdf', 'sha256': hashlib.sha256(open(name + '.pdf', 'rb').read()).hexdigest(), 'pages': npages},
         'document': doc, 'indicators': recs, 'warnings': []}
    json.dump(d, open(name + '.truth.json', 'w'), ensure_ascii=False, indent=1)
