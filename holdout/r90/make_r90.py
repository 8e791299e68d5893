"""Round r90: render three browser-printed performance reports (HTML+CSS -> chromium PDF)
from NAME.content.json and write NAME.truth.json from the content (never from an extractor)."""
import hashlib, json, re, subprocess, html, os, sys
import pdfplumber
OUT = '/work/blind/r90'
E = html.escape
MM = 72 / 25.4

# ---------------- value parsing (own code, RECORDS.md / CONVENTIONS rules) ----------------
def num(s):
    s = s.strip()
    if re.fullmatch(r'[+-]?\d{1,3}(\.\d{3})+(,\d+)?', s):
        s = s.replace('.', '')
    return float(s.replace(',', '.'))

UNITS = [(r'%', '%'), (r'‰', '‰'), (r'€', 'EUR'), (r'euro\b', 'EUR'), (r'(gg|giorni)\b', 'days'),
         (r'(mesi)\b', 'months'), (r'(ore|h)\b', 'hours')]
def unit_of(rest):
    for pat, u in UNITS:
        if re.match(pat, rest): return u
    return None

def parse(v):
    N = (None, None, None, None)
    if v is None: return N
    if re.search(r'\d{1,2}/\d{1,2}/\d{2,4}', v): return N
    s = re.sub(r'\([^)]*\)', ' ', v).strip()
    op = '='
    m = re.match(r'(≥|≤|>=|<=|>|<|entro|almeno)\s*', s)
    if m:
        op = {'≥': '>=', '≤': '<=', 'entro': '<=', 'almeno': '>='}.get(m.group(1), m.group(1)); s = s[m.end():]
    unit = None
    if s.startswith('€'):
        unit = 'EUR'; s = s[1:].strip()
    m = re.match(r'([+-]?\d[\d.]*(?:,\d+)?)\s*(?:-\s*(\d[\d.]*(?:,\d+)?))?\s*(.*)$', s)
    if not m: return N
    val = num(m.group(1)); vmax = num(m.group(2)) if m.group(2) else None
    rest = m.group(3).strip()
    if re.search(r'\d', rest): return N
    if vmax is not None: op = 'range'
    u = unit_of(rest)
    if u: unit = u
    return (op, val, vmax, unit)

def met(tp, ap, direction):
    top, tv, tmax, tu = tp; aop, av, _, au = ap
    if tv is None or av is None: return None
    if tu and au and tu != au: return None
    if top == '>=': return av >= tv
    if top == '<=': return av <= tv
    if top == '>': return av > tv
    if top == '<': return av < tv
    if top == 'range': return tv <= av <= tmax
    if av == tv: return True
    if direction == 'up': return av > tv
    if direction == 'down': return av < tv
    return None

FIELDS = ["page","page_end","area_code","area_title","objective_level","objective_code","objective_title","indicator_code","indicator","type","formula","unit","data_source","weight","baseline","year","target","target_operator","target_value","target_value_max","target_unit","actual","actual_operator","actual_value","actual_value_max","actual_unit","achievement","notes","status","status_text","comment","met"]

def rec(direction=None, **kw):
    r = {f: None for f in FIELDS}
    r.update(kw)
    t = parse(r['target']); a = parse(r['actual'])
    r['target_operator'], r['target_value'], r['target_value_max'], r['target_unit'] = t
    r['actual_operator'], r['actual_value'], r['actual_value_max'], r['actual_unit'] = a
    r['met'] = met(t, a, direction)
    return r

def pnum(s):
    return None if s is None else num(s.replace('%', '').strip())

def c(x): return '' if x is None else E(x)

STATUS = {'raggiunto': 'achieved', 'parzialmente raggiunto': 'partially_achieved', 'non raggiunto': 'not_achieved',
          'sospeso': 'suspended', 'obiettivo raggiunto': 'achieved', 'obiettivo parzialmente raggiunto': 'partially_achieved',
          'obiettivo non raggiunto': 'not_achieved', 'obiettivo sospeso': 'suspended'}

BASE_CSS = """
* { box-sizing: border-box }
body { font-family: 'Liberation Sans', Arial, sans-serif; color:#222; margin:0 }
table { border-collapse: collapse; table-layout: fixed }
thead { display: table-header-group }
td, th { vertical-align: top; overflow-wrap: break-word }
"""

# probes: list of (column index, text) per row for the read-back
# ---------------- S1: Comune di Albenga, portrait, zebra table with band rows ----------------
def build_s1(S, pad=0):
    W = [14, 66, 11, 24, 26, 15, 30]   # mm, total 186 (A4 portrait 210 - 2*12)
    css = BASE_CSS + """
@page { size: A4; margin: 14mm 12mm 16mm 12mm }
body { font-size: 9pt }
.top { background:#0b5560; color:#fff; padding: 4mm 5mm; display:flex; justify-content:space-between; align-items:center }
.top .nm { font-size: 15pt; font-weight:bold; letter-spacing:.5px }
.top .sub { font-size: 8pt; opacity:.85 }
.crumbs { font-size: 7.5pt; color:#555; padding: 2mm 0; border-bottom:1px solid #ccc }
.crumbs a { color:#0b5560; text-decoration:none }
h1 { font-size: 18pt; color:#0b5560; margin: 5mm 0 1mm; font-weight: normal }
.meta { font-size: 7.5pt; color:#666; margin-bottom: 4mm }
h2 { font-size: 12pt; color:#0b5560; margin: 6mm 0 2mm; border-left: 4px solid #e39b1b; padding-left: 2mm }
p { line-height: 1.4; text-align: justify; margin: 0 0 2.5mm }
table.small { width: 130mm; margin: 2mm 0 4mm; table-layout: auto }
table.small th { background:#e6eff0; text-align:left; font-size:8pt; padding:1.5mm; border-bottom:1.5px solid #0b5560 }
table.small td { padding:1.2mm 1.5mm; border-bottom: 1px solid #ddd }
table.small td.n { text-align:right }
table.small tr.tot td { font-weight:bold; border-top:1.5px solid #0b5560 }
table.ind { width: 186mm; font-size: 8.3pt }
table.ind th { background:#0b5560; color:#fff; text-align:left; padding: 1.8mm 1.5mm; font-size: 8pt }
table.ind td { padding: 1.6mm 1.5mm; line-height: 1.3 }
table.ind tr.set td { background:#3c7d86; color:#fff; font-weight:bold; font-size: 9pt; padding: 2mm 1.5mm }
table.ind tr.obj td { background:#d5e7e9; color:#0b3b42; font-weight:bold; padding: 1.6mm 1.5mm }
table.ind tr.r:nth-of-type(even) td { background:#f4f7f7 }
table.ind tr.r td { border-bottom: 1px solid #e2e2e2 }
table.ind tr.nota td { font-style: italic; color:#555; font-size: 7.8pt; border-bottom: 1px solid #e2e2e2; padding-top:0 }
td.c { text-align:center }
.pill { display:inline-block; padding: .3mm 1.5mm; border-radius: 2mm; font-size: 7.5pt; font-weight:bold }
.ok { background:#d8f0d8; color:#1e6b1e } .pa { background:#fdeccc; color:#8a5a00 } .ko { background:#f8d4d4; color:#9b1c1c } .so { background:#e4e4e4; color:#444 }
.foot { font-size: 7.3pt; color:#666; margin-top: 2mm }
.printed { font-size: 7pt; color:#888; margin-top: 6mm; border-top:1px solid #ccc; padding-top:1.5mm }
"""
    cls = {'Raggiunto': 'ok', 'Parzialmente raggiunto': 'pa', 'Non raggiunto': 'ko', 'Sospeso': 'so'}
    h = [f"<!DOCTYPE html><html lang='it'><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append("<div class='top'><div><div class='nm'>Città di Albenga</div><div class='sub'>Comune di Albenga – Provincia di Savona</div></div><div class='sub'>Portale Amministrazione trasparente</div></div>")
    h.append("<div class='crumbs'><a>Home</a> › <a>Amministrazione trasparente</a> › <a>Performance</a> › Relazione sulla Performance</div>")
    h.append("<h1>Relazione sulla performance 2024</h1><div class='meta'>Comune di Albenga · Pubblicato il 26/06/2025 · Ultimo aggiornamento 30/06/2025 · Ufficio Controllo di gestione</div>")
    h.append("<h2>1. Presentazione</h2>")
    h.append("<p>La Relazione sulla performance, prevista dall'art. 10, comma 1, lettera b), del D.Lgs. 150/2009, illustra ai cittadini e agli stakeholder i risultati organizzativi raggiunti nel 2024 rispetto agli obiettivi programmati nella sezione Performance del PIAO 2024-2026, approvato con deliberazione della Giunta comunale n. 28 del 6 febbraio 2024 e aggiornato con deliberazione n. 211 del 24 settembre 2024.</p>")
    h.append("<p>I risultati sono stati rilevati dal Servizio Controllo di gestione sulla base delle schede di rendicontazione compilate dai Dirigenti di Settore e verificati dal Nucleo di valutazione nella seduta del 12 giugno 2025. Per ciascun indicatore sono riportati il target atteso, il valore rilevato al 31 dicembre e la percentuale di raggiungimento, calcolata in proporzione al target e limitata al 100%.</p>")
    h.append("<h2>2. Le risorse umane</h2><p>Il personale in servizio a tempo indeterminato al 31 dicembre 2024 è pari a 164 unità, in lieve diminuzione rispetto all'anno precedente per effetto delle cessazioni non ancora compensate dalle nuove assunzioni.</p>")
    st = S['staff']
    h.append("<table class='small'><thead><tr>" + ''.join(f"<th>{E(x)}</th>" for x in st['header']) + "</tr></thead><tbody>")
    for r in st['rows']:
        h.append(f"<tr{' class=tot' if r[0]=='Totale' else ''}><td>{E(r[0])}</td>" + ''.join(f"<td class=n>{E(x)}</td>" for x in r[1:]) + "</tr>")
    h.append("</tbody></table>")
    h.append(f"<h2 style='margin-top:{6+pad}mm'>3. I risultati degli obiettivi di performance organizzativa</h2>")
    h.append("<p>Nella tabella seguente sono riportati, per ciascun Settore, gli obiettivi operativi assegnati e i relativi indicatori, con lo stato di raggiungimento al 31/12/2024.</p>")
    h.append("<table class='ind'><colgroup>" + ''.join(f"<col style='width:{w}mm'>" for w in W) + "</colgroup><thead><tr>" +
             ''.join(f"<th>{E(x)}</th>" for x in S['header']) + "</tr></thead><tbody>")
    recs = []
    for st_ in S['settori']:
        h.append(f"<tr class='set'><td colspan=7>Settore {st_['code']} – {E(st_['title'])}</td></tr>")
        for ob in st_['objectives']:
            h.append(f"<tr class='obj'><td colspan=7>Ob. operativo {ob['code']} – {E(ob['title'])}</td></tr>")
            for r in ob['rows']:
                h.append(f"<tr class='r'><td>{E(r['code'])}</td><td>{E(r['indicator'])}</td><td class=c>{E(r['weight'])}</td><td>{E(r['target'])}</td><td>{E(r['actual'])}</td><td class=c>{c(r['ach'])}</td><td><span class='pill {cls[r['status']]}'>{E(r['status'])}</span></td></tr>")
                if r.get('nota'):
                    h.append(f"<tr class='nota'><td></td><td colspan=6>{E(r['nota'])}</td></tr>")
                R = rec(direction=r.get('dir'), area_code=st_['code'], area_title=st_['title'], objective_level='operational',
                        objective_code=ob['code'], objective_title=ob['title'], indicator_code=r['code'], indicator=r['indicator'],
                        weight=pnum(r['weight']), year=S['year'], target=r['target'], actual=r['actual'], achievement=pnum(r['ach']),
                        status=STATUS[r['status'].lower()], status_text=r['status'], comment=r.get('nota'))
                probes = [(0, r['code']), (1, r['indicator']), (3, r['target']), (4, r['actual']), (6, r['status'])]
                recs.append((R, probes))
    h.append("</tbody></table>")
    h.append("<div class='foot'>Fonte: schede di rendicontazione dei Settori; elaborazione Servizio Controllo di gestione. La percentuale di raggiungimento non è calcolata per gli obiettivi sospesi.</div>")
    h.append("<h2>4. Sintesi dei risultati</h2>")
    sm = S['summary']
    h.append("<table class='small' style='width:100mm'><thead><tr>" + ''.join(f"<th>{E(x)}</th>" for x in sm['header']) + "</tr></thead><tbody>")
    for r in sm['rows']:
        h.append(f"<tr{' class=tot' if r[0]=='Totale' else ''}><td>{E(r[0])}</td>" + ''.join(f"<td class=n>{E(x)}</td>" for x in r[1:]) + "</tr>")
    h.append("</tbody></table>")
    h.append("<p>Il grado medio di raggiungimento degli obiettivi dell'Ente, calcolato come media ponderata delle percentuali di raggiungimento degli indicatori valutabili, è pari al 94,2%. La Relazione è stata validata dal Nucleo di valutazione con verbale n. 4 del 19 giugno 2025.</p>")
    h.append("<div class='printed'>Documento stampato dal portale istituzionale www.comune.albenga.sv.it – sezione Amministrazione trasparente</div>")
    h.append("</body></html>")
    return '\n'.join(h), recs, W, 12

# ---------------- S2: ASL Frosinone, landscape, ruled tables per objective + status rows ----------------
def build_s2(S, pad=0):
    W = [16, 56, 52, 32, 12, 25, 25, 25, 30]  # total 273
    css = BASE_CSS + """
@page { size: A4 landscape; margin: 12mm 12mm 14mm 12mm }
body { font-size: 8.6pt }
.brand { display:flex; align-items:center; border-bottom: 3px solid #00695c; padding-bottom: 2mm }
.logo { width: 14mm; height: 14mm; border-radius: 50%; background:#00695c; color:#fff; font-weight:bold; font-size: 9pt; display:flex; align-items:center; justify-content:center; margin-right: 4mm }
.reg { font-size: 7.5pt; color:#555; letter-spacing: 1px }
.full { font-size: 14pt; font-weight:bold; color:#00695c }
.nav { font-size: 7.5pt; color:#00695c; margin: 1.5mm 0 4mm }
h1 { font-size: 17pt; margin: 2mm 0 1mm; color:#1d3b36 }
.sub { font-size: 9pt; color:#555; margin-bottom: 4mm }
h2 { font-size: 11.5pt; background:#00695c; color:#fff; padding: 1.8mm 3mm; margin: 5mm 0 2mm }
h3 { font-size: 9.8pt; color:#00695c; margin: 3mm 0 1.5mm; border-bottom: 1px solid #9cc; padding-bottom: .8mm }
p { line-height: 1.4; margin: 0 0 2mm; text-align: justify }
table.t { width: 273mm; font-size: 8pt; margin-bottom: 2mm }
table.t th { background:#e0efed; border: .6pt solid #7a9e99; padding: 1.3mm; text-align:center; font-size: 7.6pt }
table.t td { border: .6pt solid #7a9e99; padding: 1.3mm 1.4mm; line-height: 1.28 }
table.t td.v { text-align:center }
table.t tr.es td { font-size: 7.8pt; padding: 1.2mm 2mm }
tr.es.ok td { background:#e3f4e1 } tr.es.pa td { background:#fff3d6 } tr.es.ko td { background:#fbe1e1 } tr.es.so td { background:#ececec }
tr.es b { letter-spacing: .3px }
table.b { width: 190mm; font-size: 8.2pt; margin: 2mm 0 3mm }
table.b th { border-bottom: 1.5pt solid #00695c; text-align:left; padding: 1.3mm }
table.b td { border-bottom: .5pt solid #bbb; padding: 1.2mm 1.3mm }
table.b td.n { text-align:right } table.b tr.tot td { font-weight:bold }
.src { font-size: 7.2pt; color:#666 }
"""
    cls = {'OBIETTIVO RAGGIUNTO': 'ok', 'OBIETTIVO PARZIALMENTE RAGGIUNTO': 'pa', 'OBIETTIVO NON RAGGIUNTO': 'ko', 'OBIETTIVO SOSPESO': 'so'}
    h = [f"<!DOCTYPE html><html lang='it'><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append("<div class='brand'><div class='logo'>ASL</div><div><div class='reg'>REGIONE LAZIO – SERVIZIO SANITARIO REGIONALE</div><div class='full'>Azienda Sanitaria Locale di Frosinone</div></div></div>")
    h.append("<div class='nav'>Home / Amministrazione Trasparente / Performance / Relazione sulla Performance</div>")
    h.append("<h1>Relazione sulla performance – anno 2023</h1><div class='sub'>Adottata con deliberazione del Direttore Generale n. 612 del 28 giugno 2024 · UOC Controllo di gestione e Performance</div>")
    h.append("<p>La presente Relazione rendiconta i risultati di performance organizzativa conseguiti dalla ASL Frosinone nell'anno 2023, con riferimento agli obiettivi strategici definiti nel Piano integrato di attività e organizzazione 2023-2025 e declinati nelle schede di budget delle strutture. L'Azienda serve una popolazione di circa 466.000 residenti distribuiti in 91 comuni, articolati in quattro Distretti sanitari, e opera attraverso quattro presidi ospedalieri (Frosinone, Alatri, Sora e Cassino).</p>")
    h.append("<p>Per ciascun indicatore sono riportati la formula di calcolo, la fonte informativa, il peso attribuito, il valore di partenza (baseline 2022), il target e il risultato conseguito. L'esito è indicato nella riga che segue ciascun indicatore, con l'eventuale motivazione dello scostamento fornita dal responsabile.</p>")
    h.append("<h2>1. Le risorse economiche</h2><p>I costi della produzione del 2023 registrano un incremento contenuto rispetto all'esercizio precedente, principalmente riconducibile ai rinnovi contrattuali e all'incremento dei prezzi dell'energia.</p>")
    b = S['budget']
    h.append("<table class='b'><thead><tr>" + ''.join(f"<th>{E(x)}</th>" for x in b['header']) + "</tr></thead><tbody>")
    for r in b['rows']:
        h.append(f"<tr{' class=tot' if r[0].startswith('Totale') else ''}><td>{E(r[0])}</td>" + ''.join(f"<td class=n>{E(x)}</td>" for x in r[1:]) + "</tr>")
    h.append("</tbody></table><div class='src'>Fonte: Modelli CE consuntivi 2022 e 2023.</div>")
    h.append(f"<h2 style='margin-top:{5+pad}mm'>2. I risultati degli obiettivi strategici</h2>")
    recs = []
    for a in S['areas']:
        h.append(f"<h2 style='background:#2e8b7e'>Area strategica {a['code']} – {E(a['title'])}</h2>")
        for ob in a['objectives']:
            h.append(f"<h3>Obiettivo strategico {ob['code']} – {E(ob['title'])}</h3>")
            h.append("<table class='t'><colgroup>" + ''.join(f"<col style='width:{w}mm'>" for w in W) + "</colgroup><thead><tr>" +
                     ''.join(f"<th>{E(x)}</th>" for x in S['header']) + "</tr></thead><tbody>")
            for r in ob['rows']:
                h.append(f"<tr><td>{E(r['code'])}</td><td>{E(r['indicator'])}</td><td>{E(r['formula'])}</td><td>{E(r['source'])}</td><td class=v>{E(r['weight'])}</td><td class=v>{c(r['baseline'])}</td><td class=v>{E(r['target'])}</td><td class=v>{E(r['actual'])}</td><td>{c(r['notes'])}</td></tr>")
                cm = f" – {E(r['comment'])}" if r['comment'] else ''
                h.append(f"<tr class='es {cls[r['esito']]}'><td colspan=9><b>{E(r['esito'])}</b>{cm}</td></tr>")
                R = rec(direction=r.get('dir'), area_code=a['code'], area_title=a['title'], objective_level='strategic',
                        objective_code=ob['code'], objective_title=ob['title'], indicator_code=r['code'], indicator=r['indicator'],
                        formula=r['formula'], data_source=r['source'], weight=pnum(r['weight']), baseline=r['baseline'], year=S['year'],
                        target=r['target'], actual=r['actual'], notes=r['notes'], status=STATUS[r['esito'].lower()],
                        status_text=r['esito'], comment=r['comment'])
                probes = [(0, r['code']), (1, r['indicator']), (2, r['formula']), (3, r['source']), (6, r['target']), (7, r['actual']), (8, r['notes'])]
                recs.append((R, probes))
            h.append("</tbody></table>")
    h.append("<h2>3. Sintesi degli esiti</h2>")
    sm = S['summary']
    h.append("<table class='b' style='width:110mm'><thead><tr>" + ''.join(f"<th>{E(x)}</th>" for x in sm['header']) + "</tr></thead><tbody>")
    for r in sm['rows']:
        h.append(f"<tr><td>{E(r[0])}</td>" + ''.join(f"<td class=n>{E(x)}</td>" for x in r[1:]) + "</tr>")
    h.append("</tbody></table>")
    h.append("<p>Il grado complessivo di raggiungimento della performance organizzativa aziendale, calcolato come media ponderata per i pesi assegnati, è pari all'81,6%. La Relazione è stata validata dall'Organismo Indipendente di Valutazione in data 15 luglio 2024.</p>")
    h.append("</body></html>")
    return '\n'.join(h), recs, W, 12

# ---------------- S3: Università del Salento PIAO, landscape, rowspan objectives, 3 target years ----------------
def build_s3(S, pad=0):
    W = [56, 14, 60, 40, 24, 26, 26, 27]  # total 273
    css = BASE_CSS + """
@page { size: A4 landscape; margin: 12mm 12mm 14mm 12mm }
body { font-size: 8.8pt }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom: 1px solid #1a3d6d; padding-bottom: 2mm }
.hd .u { font-family: 'Liberation Serif', serif; font-size: 17pt; color:#1a3d6d }
.hd .r { font-size: 7.5pt; color:#555; text-align:right }
.tabs { font-size: 7.5pt; margin: 2mm 0 4mm; color:#1a3d6d }
.tabs span { border:1px solid #c5d1e3; padding: .8mm 2mm; margin-right: 1mm; background:#f1f4f9 }
.tabs span.on { background:#1a3d6d; color:#fff }
h1 { font-family: 'Liberation Serif', serif; font-size: 18pt; color:#1a3d6d; margin: 2mm 0 1mm; font-weight: normal }
.st { color:#555; margin-bottom: 4mm }
h2 { font-size: 11.5pt; color:#1a3d6d; margin: 5mm 0 2mm }
p { line-height: 1.42; margin: 0 0 2mm; text-align: justify }
table.b { width: 200mm; font-size: 8.2pt; margin: 2mm 0 3mm }
table.b th { background:#1a3d6d; color:#fff; padding: 1.3mm; text-align:left }
table.b td { border-bottom: .5pt solid #bbb; padding: 1.2mm 1.3mm } table.b td.n { text-align:right }
table.b tr.tot td { font-weight:bold; border-top: 1pt solid #1a3d6d }
table.p { width: 273mm; font-size: 8.5pt }
table.p th { background:#1a3d6d; color:#fff; border: .5pt solid #1a3d6d; padding: 1.5mm 1.2mm; font-size: 7.7pt }
table.p td { border: .5pt solid #9fb1cc; padding: 1.3mm 1.3mm; line-height: 1.3 }
table.p tr.area td { background:#c9d6ea; color:#1a3d6d; font-weight:bold; font-size: 8.8pt; padding: 1.8mm 2mm; letter-spacing: .4px }
table.p td.ob { background:#f1f4f9; font-weight:bold; color:#1a3d6d }
table.p td.v { text-align:center }
.fn { font-size: 7.2pt; color:#555; margin-top: 1.5mm }
"""
    h = [f"<!DOCTYPE html><html lang='it'><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append("<div class='hd'><div class='u'>Università del Salento</div><div class='r'>Portale PIAO – Ateneo<br>Versione approvata dal Consiglio di Amministrazione il 29/01/2025</div></div>")
    h.append("<div class='tabs'><span>Sezione 1 – Scheda anagrafica</span><span class='on'>Sezione 2 – Valore pubblico, performance e anticorruzione</span><span>Sezione 3 – Organizzazione e capitale umano</span><span>Sezione 4 – Monitoraggio</span></div>")
    h.append("<h1>Piano integrato di attività e organizzazione 2025-2027</h1><div class='st'>Sottosezione 2.2 – Performance: obiettivi strategici e indicatori</div>")
    h.append("<p>La sottosezione Performance declina le linee del Piano strategico di Ateneo 2023-2028 in obiettivi strategici triennali, ciascuno misurato da uno o più indicatori con un valore di partenza (baseline 2023, ultimo dato consolidato disponibile) e un target per ciascuna annualità del triennio di programmazione. Gli indicatori sono in larga parte allineati a quelli del sistema AVA 3 e della programmazione triennale ministeriale (PRO3), in modo da garantire la confrontabilità dei risultati con gli altri Atenei.</p>")
    h.append("<p>Gli obiettivi strategici sono assegnati al Direttore generale e, attraverso questi, alle Aree dirigenziali e ai Dipartimenti, dove vengono tradotti in obiettivi operativi annuali nel Piano esecutivo. Il monitoraggio intermedio è svolto al 30 giugno di ciascun anno e i risultati sono rendicontati nella Relazione sulla performance.</p>")
    h.append("<h2>2.2.1 Risorse finanziarie a supporto degli obiettivi</h2>")
    b = S['budget']
    h.append("<table class='b'><thead><tr>" + ''.join(f"<th>{E(x)}</th>" for x in b['header']) + "</tr></thead><tbody>")
    for r in b['rows']:
        h.append(f"<tr{' class=tot' if r[0]=='Totale' else ''}><td>{E(r[0])}</td>" + ''.join(f"<td class=n>{E(x)}</td>" for x in r[1:]) + "</tr>")
    h.append("</tbody></table>")
    h.append(f"<h2 style='margin-top:{5+pad}mm'>2.2.2 Obiettivi strategici, indicatori e target</h2>")
    h.append("<table class='p'><colgroup>" + ''.join(f"<col style='width:{w}mm'>" for w in W) + "</colgroup><thead><tr>" +
             ''.join(f"<th>{E(x)}</th>" for x in S['header']) + "</tr></thead><tbody>")
    recs = []
    for a in S['areas']:
        h.append(f"<tr class='area'><td colspan=8>AREA STRATEGICA {a['code']} – {E(a['title'])}</td></tr>")
        for ob in a['objectives']:
            for i, r in enumerate(ob['rows']):
                obcell = f"<td class='ob' rowspan={len(ob['rows'])}>{ob['code']} – {E(ob['title'])}</td>" if i == 0 else ''
                h.append(f"<tr>{obcell}<td>{E(r['code'])}</td><td>{E(r['indicator'])}</td><td>{E(r['source'])}</td><td class=v>{E(r['baseline'])}</td>" +
                         ''.join(f"<td class=v>{c(t)}</td>" for t in r['targets']) + "</tr>")
                probes = [(1, r['code']), (2, r['indicator']), (3, r['source']), (4, r['baseline'])] + [(5 + k, t) for k, t in enumerate(r['targets']) if t]
                for y, t in zip(S['years'], r['targets']):
                    R = rec(area_code=a['code'], area_title=a['title'], objective_level='strategic', objective_code=ob['code'],
                            objective_title=ob['title'], indicator_code=r['code'], indicator=r['indicator'], data_source=r['source'],
                            baseline=r['baseline'], year=y, target=t)
                    recs.append((R, probes))
    h.append("</tbody></table>")
    h.append("<div class='fn'>Le celle senza valore indicano target non ancora definiti, che saranno fissati in sede di aggiornamento annuale del Piano. Fonte dei dati di baseline: cruscotto indicatori ANVUR aggiornato al 31/12/2024 e sistemi informativi di Ateneo.</div>")
    h.append("<h2>2.2.3 Collegamento con la valutazione individuale</h2><p>Il grado di raggiungimento degli obiettivi strategici concorre, con peso pari al 60%, alla valutazione della performance individuale del Direttore generale, secondo quanto previsto dal Sistema di misurazione e valutazione della performance aggiornato per il 2025.</p>")
    h.append("</body></html>")
    return '\n'.join(h), recs, W, 12

# ---------------- render + read-back ----------------
def render(name, ht):
    hp = f"{OUT}/{name}.html"; open(hp, 'w').write(ht)
    subprocess.run(['chromium', '--headless', '--disable-gpu', '--no-sandbox', '--no-pdf-header-footer',
                    f'--print-to-pdf={OUT}/{name}.pdf', f'file://{hp}'], check=True, capture_output=True)

def ns(s): return re.sub(r'\s+', '', s)

def readback(name, recs, W, margin, header):
    """Per column strip (x from the fixed column widths), collect the text of every page in reading
    order; find each probed cell in its column after the previous row's, note the pages of its first and
    last character."""
    pdf = pdfplumber.open(f"{OUT}/{name}.pdf")
    n = len(pdf.pages)
    xs = [margin]
    for w in W: xs.append(xs[-1] + w)
    streams = []
    for j in range(len(W)):
        txt, pg = [], []
        x0, x1 = xs[j] * MM - 1.0, xs[j + 1] * MM + 1.0
        for p, page in enumerate(pdf.pages):
            t = page.within_bbox((x0, 0, x1, page.height)).extract_text() or ''
            t = ns(t)
            txt.append(t); pg += [p] * len(t)
        streams.append((''.join(txt), pg))
    header = header
    cur = [0] * len(W)
    out = []
    prev = None
    for R, probes in recs:
        if prev is not None and probes is prev[1]:
            R['page'], R['page_end'] = prev[0]['page'], prev[0]['page_end']; out.append(R); prev = (R, probes); continue
        p0, pe = None, None
        for j, t in probes:
            if not t: continue
            s, pg = streams[j]
            f = ns(t)
            # allow the repeated header (masked as NULs) between the parts of a split cell
            pat = ('(?:' + re.escape(ns(header[j])) + ')?').join(re.escape(ch) for ch in f)
            m = re.compile(pat).search(s, cur[j])
            assert m, (name, 'not found', j, t)
            assert cur[j] == 0 or m.start() - cur[j] < 400, (name, 'far jump', j, t, m.start() - cur[j])
            cur[j] = m.end()
            a, b = pg[m.start()], pg[m.end() - 1]
            p0 = a if p0 is None else min(p0, a); pe = b if pe is None else max(pe, b)
        R['page'], R['page_end'] = p0 + 1, pe + 1
        out.append(R); prev = (R, probes)
    return out, n

def main():
    for fn, nm in [(build_s1, 'comune-albenga-2024-relazione'), (build_s2, 'asl-frosinone-2023-relazione'), (build_s3, 'universita-salento-2025-piao')]:
        S = json.load(open(f"{OUT}/{nm}.content.json"))
        best = None
        for pad in range(0, 26):
            ht, recs, W, margin = fn(S, pad)
            render(nm, ht)
            out, n = readback(nm, recs, W, margin, S['header'])
            k = len({r['indicator_code'] for r in out if r['page'] != r['page_end']})
            if best is None or k > best[1]: best = (pad, k)
            if k >= 2: break
        if best[0] != pad:
            ht, recs, W, margin = fn(S, best[0]); render(nm, ht); out, n = readback(nm, recs, W, margin, S['header'])
        print('pad', best)
        truth = {"schema": "perfextract/records@1",
                 "source": {"path": nm + '.pdf', "sha256": hashlib.sha256(open(f"{OUT}/{nm}.pdf", 'rb').read()).hexdigest(), "pages": n},
                 "document": S['document'], "indicators": out, "warnings": []}
        json.dump(truth, open(f"{OUT}/{nm}.truth.json", 'w'), ensure_ascii=False, indent=1)
        print(nm, n, 'pages', len(out), 'records; split rows:', [(r['indicator_code'], r['page'], r['page_end']) for r in out if r['page'] != r['page_end']],
              'pages of rows:', sorted({r['page'] for r in out}))

if __name__ == '__main__':
    main()
