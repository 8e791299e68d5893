import re, json
def ws(s):
    if s is None: return None
    s = re.sub(r'\s+', ' ', str(s)).strip()
    return s or None
NUM = r'-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?'
def num(s): return float(s.replace('.', '').replace(',', '.'))
DW = [('tempo medio','lower'),('tempi','lower'),('giorni','lower'),('riduzione','lower'),('costi','lower'),('numero','higher'),('n.','higher'),('percentuale di','higher'),('% di','higher'),('incremento','higher'),('grado di','higher'),('tasso di','higher'),('realizzazione','higher'),('entro','higher'),('nei termini','higher')]
def direction(name):
    n = name.lower(); best = None
    for w, d in DW:
        i = n.find(w)
        if i >= 0 and (best is None or i < best[0]): best = (i, d)
    return best[1] if best else None
def parse(v):
    N = (None, None, None, None)
    if v is None: return N
    s = ws(v); core = re.sub(r'\([^)]*\)', '', s).strip()
    if re.search(r'\d{1,2}/\d{1,2}/\d{2,4}', core): return N
    op = None
    for pat, o in [(r'^(>=|≥|almeno|non inferiore a)\s*', '>='), (r'^(<=|≤|entro|non superiore a)\s*', '<='),
                   (r'^>\s*', '>'), (r'^<\s*', '<'), (r'^(=|pari a)\s*', '=')]:
        m = re.match(pat, core, re.I)
        if m: op = o; core = core[m.end():]; break
    pre = None
    m = re.match(r'^(N°|n\.|€|gg\.?)\s*', core, re.I)
    if m: pre = m.group(1).lower(); core = core[m.end():]
    m = re.match(r'^(' + NUM + r')\s*(?:-\s*(' + NUM + r'))?\s*(.*)$', core)
    if not m: return N
    rest = m.group(3)
    if re.search(r'\d', rest): return N
    val = num(m.group(1)); vmax = num(m.group(2)) if m.group(2) else None
    unit = None; r = rest.lower()
    if r.startswith('%'): unit = '%'
    elif r.startswith('‰'): unit = '‰'
    elif re.match(r'^(gg|giorni)', r) or (pre and pre.startswith('gg')): unit = 'days'
    elif re.match(r'^mesi', r): unit = 'months'
    elif re.match(r'^ore', r): unit = 'hours'
    elif r.startswith('€') or r.startswith('euro') or pre == '€': unit = 'EUR'
    if vmax is not None: op = 'range'
    elif op is None: op = '='
    return op, val, vmax, unit
def met(t, a, direction):
    to, tv, tm, tu = parse(t); ao, av, am, au = parse(a)
    if tv is None or av is None: return None
    if tu and au and tu != au: return None
    if to == '>=': return av >= tv
    if to == '<=': return av <= tv
    if to == '>': return av > tv
    if to == '<': return av < tv
    if to == 'range': return tv <= av <= tm
    if av == tv: return True
    if direction == 'higher': return av >= tv
    if direction == 'lower': return av <= tv
    return None
STATUS = {'raggiunto': 'achieved', 'obiettivo raggiunto': 'achieved', 'parzialmente raggiunto': 'partially_achieved',
          'non raggiunto': 'not_achieved', 'obiettivo sospeso': 'suspended', 'in corso': 'partially_achieved',
          'sospeso': 'suspended', 'raggiunto parzialmente': 'partially_achieved'}
def status_of(t):
    return STATUS.get(ws(t).lower()) if t else None
def rec(**k):
    pass
    r = dict(page=None, page_end=None, area_code=None, area_title=None, objective_level=None, objective_code=None,
             objective_title=None, indicator_code=None, indicator=None, type=None, formula=None, unit=None,
             data_source=None, weight=None, baseline=None, year=None, target=None, actual=None, achievement=None,
             notes=None, status=None, status_text=None, comment=None)
    direction = globals()['direction'](k['indicator'])
    r.update(k)
    for f in r:
        if isinstance(r[f], str): r[f] = ws(r[f])
    for side in ('target', 'actual'):
        o, v, m, u = parse(r[side])
        r[side + '_operator'], r[side + '_value'], r[side + '_value_max'], r[side + '_unit'] = o, v, m, u
    r['met'] = met(r['target'], r['actual'], direction)
    order = ['page','page_end','area_code','area_title','objective_level','objective_code','objective_title','indicator_code','indicator','type','formula','unit','data_source','weight','baseline','year','target','target_operator','target_value','target_value_max','target_unit','actual','actual_operator','actual_value','actual_value_max','actual_unit','achievement','notes','status','status_text','comment','met']
    return {f: r[f] for f in order}
