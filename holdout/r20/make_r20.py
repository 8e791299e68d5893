"""Render the r20 samples from their content files and write truths from the content."""
import json, hashlib, re, subprocess, sys, os
from values_r20 import parse, met

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
LO = ['soffice', '-env:UserInstallation=file:///tmp/lo-r20', '--headless', '--convert-to', 'pdf', '--outdir', HERE]

LOWER = ['tempo medio', 'tempi', 'giorni', 'riduzione', 'costi']
HIGHER = ['numero', 'n.', 'percentuale di', '% di', 'incremento', 'grado di', 'tasso di', 'realizzazione', 'entro', 'nei termini']

def direction(name):
    low = name.lower()
    best = None
    for w, d in [(w, 'lower') for w in LOWER] + [(w, 'higher') for w in HIGHER]:
        i = low.find(w)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, d)
    return best[1] if best else None

STATUS = {'raggiunto': 'achieved', 'parzialmente raggiunto': 'partially_achieved', 'non raggiunto': 'not_achieved', 'sospeso': 'suspended'}

FIELDS = ['page', 'page_end', 'area_code', 'area_title', 'objective_level', 'objective_code', 'objective_title', 'indicator_code',
          'indicator', 'type', 'formula', 'unit', 'data_source', 'weight', 'baseline', 'year', 'target', 'target_operator',
          'target_value', 'target_value_max', 'target_unit', 'actual', 'actual_operator', 'actual_value', 'actual_value_max',
          'actual_unit', 'achievement', 'notes', 'status', 'status_text', 'comment', 'met']

def norm(s):
    return None if s is None or not str(s).strip() else ' '.join(str(s).split())

def indicators_of(doc):
    if doc['layout'] == 'rl_schede':
        out = []
        for s in doc['schede']:
            for (name, formula, fonte, tgt, act, note) in s['rows']:
                out.append(dict(area_code=s['area'], area_title=AREA_C[s['area']], objective_level='operational',
                                objective_code=s['oo'][0], objective_title=s['oo'][1], indicator=name, formula=formula,
                                data_source=fonte, notes=note, status_text=s['esito'], comment=s['comment'],
                                years=[{'year': 2022, 'target': tgt, 'actual': act}]))
        return out
    return doc['indicators']

def records(doc):
    recs = []
    for it in indicators_of(doc):
        for y in it['years']:
            r = {f: None for f in FIELDS}
            for f in ['area_code', 'area_title', 'objective_level', 'objective_code', 'objective_title', 'indicator_code',
                      'indicator', 'type', 'formula', 'unit', 'data_source', 'baseline', 'notes', 'status_text', 'comment']:
                r[f] = norm(it.get(f))
            r['weight'] = it.get('weight')
            r['year'] = y['year']
            r['target'], r['actual'] = norm(y.get('target')), norm(y.get('actual'))
            r['achievement'] = y.get('achievement')
            if r['status_text']:
                r['status'] = STATUS[r['status_text'].lower()]
            t, a = parse(r['target']), parse(r['actual'])
            for p, v in (('target', t), ('actual', a)):
                r[p + '_operator'], r[p + '_value'], r[p + '_value_max'], r[p + '_unit'] = v['operator'], v['value'], v['value_max'], v['unit']
            r['met'] = met(t, a, direction(r['indicator']))
            recs.append(r)
    return recs

# ---------------------------------------------------------------- read-back
def page_texts(pdf):
    import pdfplumber
    with pdfplumber.open(pdf) as p:
        return [' '.join((pg.extract_text() or '').split()) for pg in p.pages]

def toks(s):
    return [t for t in re.split(r'\s+', s) if t]

def pat(words, gap=260):
    return (r'.{0,%d}?' % gap).join(re.escape(w) for w in words)

def readback(name, items, cells_of):
    texts = page_texts(name + '.pdf')
    pg, pos = 0, 0
    res = []
    for it in items:
        words = toks(it['indicator'])[:3]
        found = None
        for p in range(pg, len(texts)):
            m = re.compile(pat(words), re.S).search(texts[p], pos if p == pg else 0)
            if m:
                found = (p, m.start(), m.end())
                break
        assert found, (name, it['indicator'])
        pg, pos = found[0], found[2]
        end = pg
        for c in cells_of(it):
            c = norm(c)
            if not c:
                continue
            tail = toks(c)[-2:]
            m = re.compile(pat(tail), re.S).search(texts[pg], found[1]) or re.compile(pat(tail[-1:]), re.S).search(texts[pg], found[1])
            if m is None:
                m2 = re.compile(pat(tail[-1:]), re.S).search(texts[pg + 1][:1500]) if pg + 1 < len(texts) else None
                print('  continues overleaf:', it['indicator'][:40], '|', c[-30:])
                assert m2, (name, it['indicator'], c)
                end = max(end, pg + 1)
        res.append((pg + 1, end + 1))
    return res, len(texts)

def write_truth(doc, recs, pages):
    pdf = doc['name'] + '.pdf'
    truth = {'schema': 'perfextract/records@1',
             '_about': ABOUT.get(doc['name'], '') + ' Written by make_r20.py from ' + doc['name'] + '.content.json.',
             'source': {'path': pdf, 'sha256': hashlib.sha256(open(pdf, 'rb').read()).hexdigest(), 'pages': pages},
             'document': doc['document'], 'indicators': recs, 'warnings': []}
    json.dump(truth, open(doc['name'] + '.truth.json', 'w'), ensure_ascii=False, indent=1)

AREA_C = {"1": "Benefici economici e diritto allo studio", "2": "Servizi agli studenti e ristorazione", "3": "Organizzazione, trasparenza e digitalizzazione"}

ABOUT = {
 'consorzio-bonifica-emilia-centrale-2025-piano': "Word table, hierarchy in merged columns (Area strategica 'A – …' = area, Obiettivo strategico 'A.1 – …' = strategic). Consuntivo 2024 beside Target 2025/2026/2027 read as baseline (plan). One record per target year; the empty 2027 cell gives null target. '48,6 mln mc': mln scales, 'mc' is no canonical unit (unit null). Prose after the table speaks of the table: no comment.",
 'adsp-mare-sicilia-occidentale-2023-relazione': "Calc export; hierarchy repeated in columns: 'Obiettivo strategico' column holds '1 – …', 'Obiettivo operativo' '1.1 – …' (deepest = operational). No area heading is printed: area_code is the objective code's first segment, area_title null. 'U.M.' column is unit as printed; 'Peso %' is weight; '% raggiung.' achievement ('n.d.' -> null). 'Media ponderata di raggiungimento' row is no record. Note paragraph after the table has no status line: no comment.",
 'ergo-emilia-romagna-2022-relazione': "Schede obiettivo: key/value rows Area strategica / Obiettivo strategico / Obiettivo operativo are headings (deepest operational). 'Esito: X' printed after each scheda's indicator table gives every indicator of that table status and status_text X (without 'Esito:'), and the paragraph after it as comment. Issuer is the full name printed under the acronym ER.GO. 'Rilasciata il 14/09/2022' and 'Entro il 30/09' hold dates: parsed fields null.",
 'aics-2024-piao': "Bold numbered headings without label words: '1. Titolo' at the top = strategic (code '1', the numbering dot dropped), '1.1 Titolo' under it = operational; no area printed, area_code = first segment. 'N.' column = indicator_code; 'Valore anno N-1' = baseline; single 'Target 2024' gives year 2024. The paragraph after the one-indicator table of 2.2 is that indicator's comment; the paragraph after the two-indicator table of 1.1 is not a comment (no status line). Issuer is the full name under the acronym AICS; PIAO title.",
}

if __name__ == '__main__':
    import render_r20
    names = sys.argv[1:] or [f[:-13] for f in sorted(os.listdir('.')) if f.endswith('.content.json')]
    for n in names:
        doc = json.load(open(n + '.content.json'))
        getattr(render_r20, 'render_' + doc['layout'])(doc)
        items = indicators_of(doc)
        cells = {
          'docx_merged': lambda it: [it['indicator'], it['formula'], it['baseline']] + [y['target'] for y in it['years']],
          'xlsx_landscape': lambda it: [it['indicator'], it['formula'], it['years'][0]['target'], it['years'][0]['actual']],
          'rl_schede': lambda it: [it['indicator'], it['formula'], it['data_source'], it['notes']],
          'rl_zebra': lambda it: [it['indicator'], it['data_source'], it['notes']],
        }[doc['layout']]
        pgs, npages = readback(n, items, cells)
        recs = records(doc)
        i = 0
        for it, (p0, p1) in zip(items, pgs):
            for _ in it['years']:
                recs[i]['page'], recs[i]['page_end'] = p0, p1
                i += 1
        write_truth(doc, recs, npages)
        print(n, npages, 'pages', len(recs), 'records', 'splits:', [(it['indicator'][:30], p) for it, p in zip(items, pgs) if p[0] != p[1]])
