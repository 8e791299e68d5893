"""Build the r19 content files: each reuses one earlier blind round's content (copied verbatim)
and describes the new layout. Parsed values (operator/value/unit/met) are taken from the source
truth (hand-checked there) and re-checked against the printed text by make_r19.py."""
import json, copy
B = '/work/blind/'
def load(p): return json.load(open(B + p))
def dump(name, d):
    json.dump(d, open(f'{name}.content.json', 'w'), ensure_ascii=False, indent=1)

# 1 Ravenna
src = 'r14/comune-ravenna-2023-relazione'
c = load(src + '.content.json'); c['name'] = 'comune-ravenna-2023-relazione-ter'
c['source'] = {'content': src + '.content.json', 'truth': src + '.truth.json'}
c['layout'] = ('Word (python-docx) -> LibreOffice PDF, portrait. One ruled table per obiettivo strategico, '
               'ONE ROW PER INDICATOR; the Codice and Obiettivo operativo cells are merged down (vMerge) over '
               'the indicators of their objective; header row repeated on each page; rows cannot split.')
c['header'] = ['Codice', 'Obiettivo operativo', 'Indicatore', 'Target 2023', 'Risultato 2023', 'Stato']
c['section_intro'] = ("Gli obiettivi sono raggruppati per area strategica e obiettivo strategico del Documento Unico di "
    "Programmazione 2023-2025. Ciascun indicatore occupa una riga della tabella, con il rispettivo target e il "
    "risultato rilevato; il codice e la descrizione dell'obiettivo operativo sono riportati una sola volta, "
    "in corrispondenza del primo dei suoi indicatori.")
dump(c['name'], c)

# 2 Ministero del Lavoro
src = 'r15/ministero-lavoro-2024-piano'
c = load(src + '.content.json'); c['name'] = 'ministero-lavoro-2024-piano-ter'
c['source'] = {'content': src + '.content.json', 'truth': src + '.truth.json'}
c['layout'] = ('reportlab, portrait A4. "Schede indicatore": one bordered key/value box per indicator '
               '(keys in a shaded left column: Area strategica, Obiettivo specifico, Descrizione obiettivo, '
               'Indicatore, Tipologia indicatore, Unità di misura, Metodo di calcolo, Fonte del dato, Baseline; '
               'then a 3-column sub-grid Target 2024 | Target 2025 | Target 2026), kept whole, 2-3 boxes per page.')
c['box_keys'] = ['Area strategica', 'Obiettivo specifico', 'Descrizione obiettivo', 'Indicatore',
                 'Tipologia indicatore', 'Unità di misura', 'Metodo di calcolo', 'Fonte del dato', 'Baseline']
c['premessa']['title'][3] = 'Allegato 2 – Schede degli indicatori degli obiettivi specifici triennali'
dump(c['name'], c)

# 3 Università di Cagliari
src = 'r15/universita-cagliari-2023-relazione'
c = load(src + '.content.json'); c['name'] = 'universita-cagliari-2023-relazione-ter'
c['source'] = {'content': src + '.content.json', 'truth': src + '.truth.json'}
c['layout'] = ('Calc (openpyxl xlsx) -> LibreOffice PDF, landscape, ruled grid. One sheet; ambito band rows, '
               'the ambito intro in a merged wrapped row, then a header row and the indicators; the Obiettivo '
               'cell ("D.1 – Titolo") is merged down over its indicators. The Stato column holds WORDS mapped '
               'from the original semaforo colours (g/y/r).')
stato = dict(c['legend'])   # g -> Raggiunto, y -> Parzialmente raggiunto, r -> Non raggiunto
for a in c['ambiti']:
    for o in a['obj']:
        for i in o['ind']:
            i['stato'] = stato[i['semaforo']]
c['presentazione'][1] = ("Lo stato di avanzamento di ciascun indicatore è riportato nella colonna «Stato» con una delle "
    "diciture Raggiunto, Parzialmente raggiunto o Non raggiunto; nella colonna «Commento» la struttura responsabile "
    "illustra sinteticamente le cause degli scostamenti e le azioni correttive intraprese.")
dump(c['name'], c)

# 4 Fossano
src = 'r13/piano-indicatori-bilancio-comune-fossano-2024-2026'
c = load(src + '.content.json'); c['name'] = 'piano-indicatori-bilancio-comune-fossano-2024-2026-ter'
c['source'] = {'content': src + '.content.json', 'truth': src + '.truth.json'}
c['layout'] = ('reportlab, landscape A4, borderless "export" look: no grid lines, zebra (alternate grey) '
               'indicator rows, only a thin rule under the two header rows (repeated on every page); group rows '
               '("1 Rigidità strutturale di bilancio") are bold rows spanning the full width. Footnotes and the '
               'composition table follow in the same style.')
dump(c['name'], c)
