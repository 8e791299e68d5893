"""Builds cciaa-cremona-2020-relazione.content.json: the indicator content of the
Relazione sulla Performance 2020 of CCIAA Cremona (transcribed from
/work/shared/reference/cremona-2020-relazione.txt; cell line breaks and hand-parsed values
cross-checked against the existing transcription in /work/main/samples/cremona-2020.*)."""
import json, re
REF = re.sub(r'</?[bi]>|\\', '', open('/work/shared/reference/cremona-2020-relazione.txt').read()).replace('&lt;', '<')
src = json.load(open('/work/main/samples/cremona-2020.content.json'))
tru = json.load(open('/work/main/samples/cremona-2020.truth.json'))
strip = lambda s: re.sub(r'</?[bi]>', '', s) if s else s
cells = []
def walk(o):
    if isinstance(o, dict):
        if o.get('kind') == 'indicator': cells.append([strip(c) for c in o['cells']]); return
        for v in o.values(): walk(v)
    elif isinstance(o, list):
        for v in o: walk(v)
walk(src['body'])
recs = tru['indicators']
assert len(cells) == len(recs) == 45, (len(cells), len(recs))
norm = lambda s: re.sub(r'\W+', '', s or '').lower()
nref = norm(REF.replace('H o C a r e', 'HoCare').replace('ORGANIZZATI VO', 'ORGANIZZATIVO'))
groups = []
_p = REF.split('Premessa istituzionale', 1)[1].split('Area Strategica 2020_01', 1)[0]
_p = _p.replace('In data 16 febbraio\n\n2018', 'In data 16 febbraio 2018')
premessa = [' '.join(x.split()) for x in _p.split('\n\n') if x.strip()]
for c, r in zip(cells, recs):
    assert ' '.join(c[0].split()) == r['indicator']
    # read-back of the transcription against the reference text
    for t in (r['indicator'], r['target'], r['notes'], r['objective_title']):
        if t: assert norm(t)[:60] in nref, t
    key = (r['objective_level'], r['objective_code'])
    if not groups or groups[-1]['key'] != list(key):
        groups.append({'key': list(key), 'area_code': r['area_code'], 'area_title': r['area_title'],
                       'level': r['objective_level'], 'code': r['objective_code'],
                       'title': r['objective_title'], 'indicators': []})
    groups[-1]['indicators'].append({
        'cells': c,  # Descrizione, Tipo, Valore Atteso, Valore Raggiunto, Note (\n = line break)
        'status': r['status'], 'status_text': r['status_text'],
        'status_printed_as': 'actual_cell' if r['status_text'] == 'Obiettivo sospeso' else 'status_line',
        'comment': r['comment'],
        'target_parsed': {k: r['target_' + k] for k in ('operator', 'value', 'value_max', 'unit')},
        'actual_parsed': {k: r['actual_' + k] for k in ('operator', 'value', 'value_max', 'unit')},
        'met': r['met']})
for g in groups: del g['key']
out = {'schema': 'r71-content@1',
       'document': tru['document'],
       'cover': {'issuer_lines': ['Camera di Commercio', 'Cremona'],
                 'title': 'RELAZIONE SULLA PERFORMANCE',
                 'subtitle': 'Rendicontazione stato di avanzamento al 31 dicembre 2020',
                 'scope': 'Aree strategiche/Missioni, obiettivi strategici e obiettivi operativi e relativi indicatori di outcome e di output',
                 'period': '2020-2022',
                 'validation': 'VALIDATA DA ORGANISMO INDIPENDENTE DI VALUTAZIONE IN DATA 26 aprile 2021'},
       'header': ['Descrizione', 'Tipo', 'Valore Atteso', 'Valore Raggiunto', 'Note'],
       'premessa': {'title': 'Premessa istituzionale', 'paragraphs': premessa},
       'summary_table': {'title': 'Sintesi degli esiti degli indicatori 2020',
                         'header': ['Esito', 'N. indicatori', '%'],
                         'rows': [['Obiettivo conseguito', '43', '95,6%'], ['Obiettivo sospeso', '2', '4,4%'], ['Totale', '45', '100,0%']]},
       'groups': groups}
json.dump(out, open('cciaa-cremona-2020-relazione.content.json', 'w'), ensure_ascii=False, indent=1)
print(len(groups), sum(len(g['indicators']) for g in groups))
