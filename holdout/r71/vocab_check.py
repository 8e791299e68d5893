import json, re, sys, pdfplumber
C = open('cciaa-cremona-2020-relazione.content.json').read()
C = json.loads(C)
def allstr(o):
    if isinstance(o, str): yield o
    elif isinstance(o, dict):
        for v in o.values(): yield from allstr(v)
    elif isinstance(o, list):
        for v in o: yield from allstr(v)
norm = lambda w: re.sub(r'^\W+|\W+$', '', w.lower())
vocab = {norm(w) for s in allstr(C) for w in s.split()}
extra = set('ob operativo strategico area strategica indicatori pag pagina di rendicontazione degli obiettivi al 31 dicembre 2020 camera commercio cremona cciaa relazione sulla performance esito obiettivo – validata dall\'organismo indipendente valutazione in data 26 aprile 2021 il segretario generale cremona sintesi esiti risultati'.split())
for f in sys.argv[1:]:
    with pdfplumber.open(f) as p:
        bad = set()
        for pg in p.pages:
            for w in pg.extract_words():
                t = norm(w['text'])
                if t and t not in vocab and t not in extra and not re.fullmatch(r'[\d/]+', t): bad.add((pg.page_number, w['text']))
    print(f, sorted(bad))
