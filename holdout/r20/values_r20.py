"""Small value parser written for r20 from RECORDS.md / CONVENTIONS.md (not from any extractor)."""
import re

NUM = r'-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?'
OPS = [('>=', ['≥', '>=', '> =', 'almeno', 'non inferiore a', 'non inferiore al']),
       ('<=', ['≤', '<=', '< =', 'entro', 'non superiore a', 'non superiore al']),
       ('>', ['>']), ('<', ['<']), ('=', ['=', 'pari a', 'pari al'])]
UNITS = [('%', '%'), ('‰', '‰'), ('per mille', '‰'), ('€', 'EUR'), ('euro', 'EUR'), ('eur', 'EUR'),
         ('gg', 'days'), ('giorni', 'days'), ('mesi', 'months'), ('ore', 'hours')]
NULL = {'operator': None, 'value': None, 'value_max': None, 'unit': None, 'printed_op': False}

def num(s):
    return float(s.replace('.', '').replace(',', '.'))

def parse(text):
    if text is None:
        return dict(NULL)
    t = re.sub(r'\([^)]*\)', ' ', text)
    t = ' '.join(t.split())
    low = t.lower()
    if re.search(r'\d{1,2}/\d{1,2}', low):
        return dict(NULL)
    op, printed = None, False
    for o, words in OPS:
        for w in words:
            if low.startswith(w):
                op, printed = o, True
                low = low[len(w):].strip()
                break
        if op:
            break
    unit = None
    for pre in ('n°', 'n.'):
        if low.startswith(pre):
            low = low[len(pre):].strip()
    for pre, u in (('€', 'EUR'), ('euro', 'EUR'), ('gg', 'days')):
        if low.startswith(pre):
            unit = u
            low = low[len(pre):].strip()
    m = re.match(NUM, low)
    if not m:
        return dict(NULL)
    v = num(m.group(0))
    rest = low[m.end():].strip()
    vmax = None
    m2 = re.match(r'^[-–]\s*(' + NUM + ')', rest)
    if m2:
        vmax = num(m2.group(1))
        rest = rest[m2.end():].strip()
        op = 'range'
    scale = 1
    for w, f in (('milioni', 1e6), ('mln', 1e6), ('mila', 1e3)):
        if rest.startswith(w):
            scale = f
            rest = rest[len(w):].strip()
    if re.search(r'\d', rest):
        return dict(NULL)
    for w, u in UNITS:
        if rest.startswith(w) and unit is None:
            unit = u
            break
    v *= scale
    if vmax is not None:
        vmax *= scale
    return {'operator': op or '=', 'value': v, 'value_max': vmax, 'unit': unit, 'printed_op': printed}

def met(t, a, direction):
    if t['value'] is None or a['value'] is None:
        return None
    if t['unit'] and a['unit'] and t['unit'] != a['unit']:
        return None
    x, y = a['value'], t['value']
    op = t['operator']
    if op == 'range':
        return y <= x <= t['value_max']
    if op == '>=': return x >= y
    if op == '>': return x > y
    if op == '<=': return x <= y
    if op == '<': return x < y
    if t['printed_op']:
        return x == y
    if x == y:
        return True
    if direction == 'higher': return x > y
    if direction == 'lower': return x < y
    return None
