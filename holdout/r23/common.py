import json, hashlib, re, pdfplumber
from vp import parse, met
FIELDS = ['page','page_end','area_code','area_title','objective_level','objective_code','objective_title','indicator_code','indicator','type','formula','unit','data_source','weight','baseline','year','target','target_operator','target_value','target_value_max','target_unit','actual','actual_operator','actual_value','actual_value_max','actual_unit','achievement','notes','status','status_text','comment','met']
def ws(s):
    if s is None: return None
    s = ' '.join(str(s).split()); return s or None
def record(h, ind, year=None, target=None, actual=None, achievement=None, **kw):
    r = {k: None for k in FIELDS}
    r.update({k: h.get(k) for k in ['area_code','area_title','objective_level','objective_code','objective_title']})
    for k in ['indicator_code','indicator','type','formula','unit','data_source','baseline','notes','status','status_text','comment']:
        if k in ind: r[k] = ws(ind[k])
    r.update({k: ws(v) if isinstance(v, str) else v for k, v in kw.items()})
    r['weight'] = ind.get('weight'); r['year'] = year
    r['target'] = ws(target); r['actual'] = ws(actual); r['achievement'] = achievement
    t = parse(r['target']); a = parse(r['actual'])
    r['target_operator'], r['target_value'], r['target_value_max'], r['target_unit'] = t
    r['actual_operator'], r['actual_value'], r['actual_value_max'], r['actual_unit'] = a
    r['met'] = met(r['indicator'], t, a)
    return r
def words_of(pdf):
    out = []
    with pdfplumber.open(pdf) as p:
        for i, pg in enumerate(p.pages):
            for w in pg.extract_words(keep_blank_chars=False, use_text_flow=False):
                out.append((w['text'], i + 1))
        return out, len(p.pages)
def norm(w): return re.sub(r'[^\w%€]', '', w)
def find_seq(words, probe, start, window=60):
    pw = [norm(x) for x in probe.split() if norm(x)]
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
    """groups: list of (records sharing a row, start_probe, end_probe)"""
    words, npages = words_of(pdf); cur = 0
    for recs, sp, ep in groups:
        f = find_seq(words, sp, cur, 25)
        assert f, ('start not found', sp)
        e = find_seq(words, ep, f[0], 40) if ep else f
        assert e, ('end not found', ep, sp)
        e2 = find_seq(words, ep, f[0], 400) if ep else f
        pg, pe = words[f[0]][1], words[max(e[1], f[1])][1]
        for r in recs: r['page'] = pg; r['page_end'] = pe
        cur = f[0] + 1
    return npages
def write_truth(name, doc, recs, npages, about):
    sha = hashlib.sha256(open(name + '.pdf', 'rb').read()).hexdigest()
    t = {'schema': 'perfextract/records@1', '_about': about, 'source': {'path': name + '.pdf', 'sha256': sha, 'pages': npages},
         'document': doc, 'indicators': recs, 'warnings': []}
    json.dump(t, open(name + '.truth.json', 'w'), ensure_ascii=False, indent=1)
