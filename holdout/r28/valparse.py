"""Small value parser written for round r28 following RECORDS.md / CONVENTIONS.md."""
import re
NUM = r'[-−]?(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)'
OPS = [(r'>=|≥|almeno|non inferiore a|non inferiore al|min\.', '>='), (r'<=|≤|entro|non superiore a|max\.', '<='),
       (r'>', '>'), (r'<', '<'), (r'=|pari a', '=')]
UNITS = [(r'%', '%'), (r'‰|per mille', '‰'), (r'€|euro|EUR', 'EUR'), (r'gg\.?|giorni', 'days'), (r'mesi', 'months'), (r'ore', 'hours')]

def num(s):
    return float(s.replace('.', '').replace(',', '.').replace('−', '-'))

def unit_of(s):
    s = s.strip()
    for pat, u in UNITS:
        if re.match(r'(?:%s)(?![a-z])' % pat, s, re.I):
            return u
    return None

def parse(text):
    """-> (operator, value, value_max, unit)"""
    none = (None, None, None, None)
    if text is None:
        return none
    t = ' '.join(text.split())
    t_np = re.sub(r'\([^)]*\)', '', t).strip()
    if re.search(r'\d{1,2}/\d{1,2}/\d{2,4}', t_np):
        return none
    op = None
    rest = t_np
    for pat, o in OPS:
        m = re.match(r'(?:%s)\s*' % pat, rest, re.I)
        if m:
            op, rest = o, rest[m.end():]
            break
    rest = re.sub(r'^(?:il|al|a)\s+', '', rest)
    rest = re.sub(r'^N°\s*', '', rest)
    pre_unit = None
    m = re.match(r'(€|gg\.?)\s*(?=\d)', rest)
    if m:
        pre_unit = unit_of(m.group(1)); rest = rest[m.end():]
    m = re.match(r'(%s)' % NUM, rest)
    if not m:
        return none
    v = num(m.group(1)); after = rest[m.end():]
    vmax = None
    m2 = re.match(r'\s*[-–]\s*(%s)' % NUM, after)
    if m2 and op is None:
        vmax = num(m2.group(1)); after = after[m2.end():]; op = 'range'
    # any other number outside parentheses -> several quantities
    if re.search(r'\d', after):
        return none
    a = after.strip()
    scale = 1
    m3 = re.match(r'(mila|milioni|mln)\b\s*', a)
    if m3:
        scale = {'mila': 1000, 'milioni': 1e6, 'mln': 1e6}[m3.group(1)]; a = a[m3.end():]
    unit = pre_unit or unit_of(a)
    v *= scale
    if vmax is not None: vmax *= scale
    return (op or '=', v, vmax, unit)

def met(target, actual, better):
    to, tv, tvm, tu = parse(target)
    ao, av, avm, au = parse(actual)
    if tv is None or av is None or avm is not None:
        return None
    if tu and au and tu != au:
        return None
    if to == '>=': return av >= tv
    if to == '>': return av > tv
    if to == '<=': return av <= tv
    if to == '<': return av < tv
    if to == 'range': return tv <= av <= tvm
    if av == tv: return True
    if better == 'higher': return av > tv
    if better == 'lower': return av < tv
    return None
