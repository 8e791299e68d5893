import json, hashlib, re, pdfplumber
from vp import parse, met
FIELDS = ['page','page_end','area_code','area_title','objective_level','objective_code','objective_title','indicator_code','indicator','type','formula','unit','data_source','weight','baseline','year','target','target_operator','target_value','target_value_max','target_unit','actual','actual_operator','actual_value','actual_value_max','actual_unit','achievement','notes','status','status_text','comment','met']
STATUS = {'raggiunto':'achieved','obiettivo raggiunto':'achieved','parzialmente raggiunto':'partially_achieved','obiettivo parzialmente raggiunto':'partially_achieved','non raggiunto':'not_achieved','obiettivo non raggiunto':'not_achieved','obiettivo sospeso':'suspended','sospeso':'suspended'}
def ws(s):
    if s is None: return None
    s = ' '.join(str(s).split()); return s or None
def record(h, ind, year=None, target=None, actual=None, achievement=None, status_text=None, comment=None):
    r = {k: None for k in FIELDS}
    for k in ['area_code','area_title','objective_level','objective_code','objective_title']: r[k] = h.get(k)
    for k in ['indicator_code','indicator','type','formula','unit','data_source','baseline','notes']:
        r[k] = ws(ind.get(k))
    r['weight'] = ind.get('weight'); r['year'] = year
    r['target'] = ws(target); r['actual'] = ws(actual); r['achievement'] = achievement
    st = ws(status_text)
    r['status_text'] = st; r['status'] = STATUS[st.lower()] if st else None
    r['comment'] = ws(comment)
    t = parse(r['target']); a = parse(r['actual'])
    r['target_operator'], r['target_value'], r['target_value_max'], r['target_unit'] = t
    r['actual_operator'], r['actual_value'], r['actual_value_max'], r['actual_unit'] = a
    r['met'] = met(r['indicator'], t, a)
    return r
def words_of(pdf):
    out = []
    with pdfplumber.open(pdf) as p:
        for i, pg in enumerate(p.pages):
            for w in pg.extract_words():
                out.append((w['text'], i + 1))
        return out, len(p.pages)
def norm(w): return re.sub(r'[^\w%€]', '', w).lower()
def find_seq(words, probe, start, window=60):
    pw = [norm(x) for x in probe.split() if norm(x) and '-' not in x and '–' not in x] or [norm(probe.split()[0])]
    for i in range(start, len(words)):
        if norm(words[i][0]) != pw[0]: continue
        j = i; ok = True
        for p in pw[1:]:
            for k in range(j + 1, min(j + window, len(words))):
                if norm(words[k][0]) == p: j = k; break
            else: ok = False; break
        if ok: return i, j
    return None
def readback(pdf, groups):
    """groups: list of (records of one row, start_probe, end_probe)"""
    words, npages = words_of(pdf); cur = 0
    for recs, sp, ep in groups:
        f = find_seq(words, sp, cur, 25)
        assert f, ('start not found', sp)
        eps = ep if isinstance(ep, list) else [ep]
        last = f[1]
        for x in eps:
            if not x: continue
            e = find_seq(words, x, f[0], 200)
            assert e and e[0] - f[0] < 120, ('end not found', x, sp)
            last = max(last, e[1])
        pg, pe = words[f[0]][1], words[last][1]
        for r in recs: r['page'] = pg; r['page_end'] = pe
        cur = f[0] + 1
    return npages
def write_truth(name, doc, recs, npages, about):
    sha = hashlib.sha256(open(name + '.pdf', 'rb').read()).hexdigest()
    t = {'schema': 'perfextract/records@1', '_about': about, 'source': {'path': name + '.pdf', 'sha256': sha, 'pages': npages},
         'document': doc, 'indicators': recs, 'warnings': []}
    json.dump(t, open(name + '.truth.json', 'w'), ensure_ascii=False, indent=1)
