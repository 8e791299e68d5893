import hashlib, json, re, subprocess, sys, html
import pdfplumber
from content_data import S1, S2, S3
OUT = '/work/blind/r46'
E = html.escape

# ---------------- value parsing (RECORDS.md rules, own code) ----------------
def num(s):
    s = s.strip()
    if re.fullmatch(r'[+-]?\d{1,3}(\.\d{3})+(,\d+)?', s):
        s = s.replace('.', '')
    return float(s.replace(',', '.'))

def parse(v):
    if v is None: return (None, None, None, None)
    s = re.sub(r'\([^)]*\)', ' ', v).strip()
    if re.search(r'\d{1,2}/\d{1,2}/\d{2,4}', v): return (None, None, None, None)
    op = '='
    m = re.match(r'(>=|<=|≥|≤|>|<|entro|almeno)\s*', s)
    if m:
        op = {'≥': '>=', '≤': '<=', 'entro': '<=', 'almeno': '>='}.get(m.group(1), m.group(1)); s = s[m.end():]
    unit = None
    if s.startswith('€'):
        unit = 'EUR'; s = s[1:].strip()
    m = re.match(r'([+-]?\d[\d.]*(?:,\d+)?)\s*(.*)$', s)
    if not m: return (None, None, None, None)
    val = num(m.group(1)); rest = m.group(2).strip()
    if re.search(r'\d', rest): return (None, None, None, None)
    if rest.startswith('%'): unit = '%'
    elif rest.startswith('‰'): unit = '‰'
    elif re.match(r'(gg|giorni)\b', rest): unit = 'days'
    elif rest.startswith('€'): unit = 'EUR'
    return (op, val, None, unit)

def met(tp, ap, direction):
    top, tv, _, tu = tp; aop, av, _, au = ap
    if tv is None or av is None: return None
    if tu and au and tu != au: return None
    if top == '>=': return av >= tv
    if top == '<=': return av <= tv
    if top == '>': return av > tv
    if top == '<': return av < tv
    if av == tv: return True
    if direction == 'up': return av > tv
    if direction == 'down': return av < tv
    return None

FIELDS = ["page","page_end","area_code","area_title","objective_level","objective_code","objective_title","indicator_code","indicator","type","formula","unit","data_source","weight","baseline","year","target","target_operator","target_value","target_value_max","target_unit","actual","actual_operator","actual_value","actual_value_max","actual_unit","achievement","notes","status","status_text","comment","met"]

def rec(**kw):
    r = {f: None for f in FIELDS}
    r.update(kw)
    t = parse(r['target']); a = parse(r['actual'])
    r['target_operator'], r['target_value'], r['target_value_max'], r['target_unit'] = t
    r['actual_operator'], r['actual_value'], r['actual_value_max'], r['actual_unit'] = a
    r['met'] = met(t, a, kw.get('_dir'))
    r.pop('_dir', None); r.pop('_probe', None)
    return r

STATUS = {'Raggiunto': 'achieved', 'Parzialmente raggiunto': 'partially_achieved', 'Non raggiunto': 'not_achieved',
          'Obiettivo sospeso': 'suspended', 'OBIETTIVO RAGGIUNTO': 'achieved', 'OBIETTIVO PARZIALMENTE RAGGIUNTO': 'partially_achieved',
          'OBIETTIVO NON RAGGIUNTO': 'not_achieved'}

def c(x): return '' if x is None else E(x)

# ---------------- S1: AReSS Puglia, landscape Relazione, one big table ----------------
def build_s1(S):
    recs = []
    css = """
@page { size: A4 landscape; margin: 16mm 12mm 16mm 12mm;
  @top-right { content: "AReSS Puglia – Relazione sulla performance 2023"; font: 8pt 'Liberation Sans'; color:#555 }
  @bottom-center { content: "Pag. " counter(page) " di " counter(pages); font: 8pt 'Liberation Sans'; color:#555 } }
@page cover { @top-right { content: none } @bottom-center { content: none } }
body { font-family: 'Liberation Sans'; font-size: 9.5pt; color:#222 }
.cover { page: cover; height: 140mm; text-align:center; padding-top: 20mm; break-after: page }
.cover .reg { font-size: 11pt; letter-spacing: 1px; color:#1b4f8a }
.cover h1 { font-size: 26pt; color:#1b4f8a; margin: 30mm 0 4mm }
.cover h2 { font-size: 16pt; font-weight: normal; margin: 0 }
.cover .foot { margin-top: 40mm; font-size: 9pt; color: #444 }
h2.s { color:#1b4f8a; border-bottom: 2px solid #1b4f8a; font-size: 13pt; padding-bottom:2px }
p { text-align: justify; line-height: 1.35 }
table { border-collapse: collapse; width: 100% }
th, td { border: 0.6pt solid #7a8ca3; padding: 3px 4px; vertical-align: top }
th { background: #1b4f8a; color: white; font-size: 8pt }
table.ind td { font-size: 8pt }
tr.area td { background: #d9e4f2; font-weight: bold; font-size: 8.5pt }
tr.obj td { background: #f0f4fa; font-style: italic; font-size: 8.5pt }
td.ok { background: #d8efd3 } td.pa { background: #fff1c2 } td.ko { background: #f7d4d0 } td.su { background: #e4e4e4 }
.small th { background:#e8edf4; color:#222 } .small td { font-size: 8.5pt }
tr { break-inside: auto } td { break-inside: auto } .num { text-align:right }
"""
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append("""<div class='cover'><div class='reg'>REGIONE PUGLIA</div>
<div style='font-size:13pt;margin-top:6mm;font-weight:bold'>AReSS</div>
<div style='font-size:12pt'>Agenzia Regionale per la Salute ed il Sociale</div>
<h1>RELAZIONE SULLA PERFORMANCE</h1><h2>Anno 2023</h2>
<div style='margin-top:6mm;font-size:10pt'>(art. 10, comma 1, lett. b), D.Lgs. 27 ottobre 2009, n. 150)</div>
<div class='foot'>Adottata con Deliberazione del Direttore Generale n. 142 del 27 giugno 2024<br>Validata dall'Organismo Indipendente di Valutazione in data 12 luglio 2024</div></div>""")
    h.append("""<h2 class='s'>1. Presentazione</h2>
<p>La presente Relazione evidenzia, a consuntivo, i risultati organizzativi e individuali raggiunti nell'anno 2023 rispetto agli obiettivi programmati nel Piano Integrato di Attività e Organizzazione 2023-2025, adottato con Deliberazione del Direttore Generale n. 31 del 31 gennaio 2023. L'Agenzia, istituita con L.R. 24 luglio 2017, n. 29, opera quale organismo tecnico-operativo e strumentale della Regione Puglia a supporto della definizione e gestione delle politiche in materia sociale e sanitaria.</p>
<p>Il grado di raggiungimento degli obiettivi è stato misurato dalla Struttura tecnica permanente sulla base delle evidenze documentali trasmesse dai Dirigenti responsabili e verificato dall'OIV. Per ciascun indicatore sono riportati la formula di calcolo, il peso, il target, il valore di consuntivo, il grado di raggiungimento e l'esito, con le eventuali note esplicative degli scostamenti.</p>
<h2 class='s'>2. Il contesto organizzativo e le risorse</h2>
<p>Al 31 dicembre 2023 l'Agenzia contava 118 unità di personale, di cui 21 dirigenti. Le risorse economiche assegnate e impiegate nell'esercizio sono riepilogate nella tabella seguente.</p>
<table class='small' style='width:70%'><tr><th>Voce</th><th>Previsione definitiva 2023</th><th>Impegnato 2023</th><th>% di utilizzo</th></tr>
<tr><td>Contributo regionale di funzionamento</td><td class='num'>€ 9.450.000,00</td><td class='num'>€ 9.112.386,40</td><td class='num'>96,4%</td></tr>
<tr><td>Finanziamenti vincolati (progetti nazionali e PNRR)</td><td class='num'>€ 6.820.500,00</td><td class='num'>€ 5.487.210,18</td><td class='num'>80,5%</td></tr>
<tr><td>Fondi europei (Interreg, Horizon Europe)</td><td class='num'>€ 1.204.300,00</td><td class='num'>€ 833.915,62</td><td class='num'>69,2%</td></tr>
<tr><td><b>Totale</b></td><td class='num'><b>€ 17.474.800,00</b></td><td class='num'><b>€ 15.433.512,20</b></td><td class='num'><b>88,3%</b></td></tr></table>
<h2 class='s' style='break-before:page'>3. Risultati degli obiettivi operativi 2023</h2>
<p>La tabella riporta gli obiettivi operativi dell'Agenzia, articolati per area strategica, con gli indicatori e i relativi valori di consuntivo al 31/12/2023.</p>""")
    h.append("<table class='ind'><colgroup><col style='width:5%'><col style='width:19%'><col style='width:17%'><col style='width:4.5%'><col style='width:8%'><col style='width:9%'><col style='width:7.5%'><col style='width:8%'><col style='width:22%'></colgroup><thead><tr>" + ''.join(f"<th>{E(x)}</th>" for x in S['header']) + "</tr></thead><tbody>")
    cls = {'Raggiunto': 'ok', 'Parzialmente raggiunto': 'pa', 'Non raggiunto': 'ko', 'Obiettivo sospeso': 'su'}
    for A in S['areas']:
        h.append(f"<tr class='area'><td colspan='9'>AREA STRATEGICA {A['code']} – {E(A['title'])}</td></tr>")
        for O in A['objectives']:
            h.append(f"<tr class='obj'><td colspan='9'>Obiettivo operativo {O['code']} – {E(O['title'])}</td></tr>")
            for r in O['rows']:
                h.append(f"<tr><td><div>{r['c']}</div></td><td><div>{E(r['i'])}</div></td><td><div>{E(r['f'])}</div></td><td class='num'><div>{r['w']}</div></td><td><div>{c(r['t'])}</div></td><td><div>{c(r['a'])}</div></td><td class='num'><div>{c(r['g'])}</div></td><td class='{cls[r['s']]}'><div>{E(r['s'])}</div></td><td><div>{c(r['n'])}</div></td></tr>")
                R = rec(area_code=A['code'], area_title=A['title'], objective_level='operational', objective_code=O['code'], objective_title=O['title'],
                        indicator_code=r['c'], indicator=r['i'], formula=r['f'], weight=float(r['w'].rstrip('%')), year=2023, target=r['t'], actual=r['a'],
                        achievement=None if r['g'] is None else num(r['g'].rstrip('%')), notes=r['n'], status=STATUS[r['s']], status_text=r['s'], _dir=r['dir'])
                recs.append((R, [r['i'], r['f'], r['n'] or r['s']]))
    h.append("</tbody></table>")
    h.append("""<p style='font-size:7.5pt;margin-top:4px'>Fonte: elaborazione della Struttura tecnica permanente su dati dei Servizi dell'Agenzia.</p>
<h2 class='s'>4. Sintesi dei risultati</h2>
<table class='small' style='width:50%'><tr><th>Esito</th><th>N. indicatori</th><th>%</th></tr>
<tr><td>Raggiunto</td><td class='num'>7</td><td class='num'>63,6%</td></tr><tr><td>Parzialmente raggiunto</td><td class='num'>2</td><td class='num'>18,2%</td></tr>
<tr><td>Non raggiunto</td><td class='num'>1</td><td class='num'>9,1%</td></tr><tr><td>Obiettivo sospeso</td><td class='num'>1</td><td class='num'>9,1%</td></tr>
<tr><td><b>Totale</b></td><td class='num'><b>11</b></td><td class='num'><b>100%</b></td></tr></table>
<p>Il grado medio di raggiungimento degli obiettivi operativi dell'Agenzia, ponderato per i pesi assegnati, è pari all'88,6%. L'obiettivo 2.1.c è stato neutralizzato ai fini della valutazione della performance organizzativa, come da verbale dell'OIV n. 4/2024.</p>
<p style='margin-top:10mm'>Il Direttore Generale<br><i>(firmato digitalmente)</i></p></body></html>""")
    return '\n'.join(h), recs

# ---------------- S2: ISPRA PIAO, portrait, schede per obiettivo with per-year targets ----------------
def build_s2(S):
    recs = []
    css = """
@page { size: A4; margin: 20mm 16mm 18mm 16mm;
  @top-left { content: "ISPRA – PIAO 2024-2026"; font: 7.5pt 'DejaVu Sans'; color:#0b6e4f }
  @top-right { content: "Piano integrato di attività e organizzazione"; font: 7.5pt 'DejaVu Sans'; color:#0b6e4f }
  @bottom-right { content: counter(page); font: 8pt 'DejaVu Sans' } }
@page :first { @top-left { content: none } @top-right { content: none } @bottom-right { content: none } }
body { font-family: 'DejaVu Sans'; font-size: 9pt; color:#111 }
.cover { text-align:center; break-after: page; padding-top: 35mm }
.cover .logo { font-size: 30pt; font-weight: bold; color:#0b6e4f; letter-spacing: 3px }
.cover h1 { font-size: 19pt; margin-top: 45mm; color:#0b6e4f }
h2 { font-size: 12pt; color:#0b6e4f; margin: 14px 0 6px } h3 { font-size: 10pt; margin: 12px 0 4px; color:#333 }
p { text-align: justify; line-height: 1.4 }
table { border-collapse: collapse; width: 100% }
td, th { border: 0.5pt solid #999; padding: 2.5px 3px; vertical-align: top; font-size: 7.6pt }
th { background: #0b6e4f; color: #fff; font-weight: bold }
table.kv { margin-top: 10px } table.kv td.k { background:#e3f1ea; font-weight:bold; width: 28% }
table.kv td { font-size: 8.3pt }
.areabar { background:#0b6e4f; color:#fff; font-weight:bold; padding:4px 6px; margin-top:14px; font-size:9.5pt }
.c { text-align:center }
"""
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append("""<div class='cover'><div class='logo'>ISPRA</div><div style='font-size:10.5pt;margin-top:4mm'>Istituto Superiore per la Protezione<br>e la Ricerca Ambientale</div>
<h1>PIANO INTEGRATO DI ATTIVITÀ<br>E ORGANIZZAZIONE<br>2024 – 2026</h1>
<div style='margin-top:10mm;font-size:9.5pt'>ai sensi dell'art. 6 del D.L. 9 giugno 2021, n. 80, convertito con modificazioni dalla L. 6 agosto 2021, n. 113</div>
<div style='margin-top:45mm;font-size:8.5pt;color:#555'>Approvato dal Consiglio di Amministrazione con delibera n. 18/CA del 30 gennaio 2024</div></div>""")
    h.append("""<h2>SEZIONE 2. VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE</h2>
<h3>2.1 Valore pubblico</h3>
<p>L'Istituto, insieme alle Agenzie regionali e delle Province autonome per la protezione dell'ambiente, costituisce il Sistema nazionale a rete per la protezione dell'ambiente (SNPA) istituito dalla L. 28 giugno 2016, n. 132. Il valore pubblico generato dall'ISPRA consiste nella produzione di conoscenza ambientale affidabile, tempestiva e accessibile a cittadini, imprese e decisori pubblici, e nel supporto tecnico-scientifico al Ministero dell'ambiente e della sicurezza energetica.</p>
<h3>2.2 Performance</h3>
<p>Gli obiettivi strategici triennali sono declinati in obiettivi operativi assegnati ai Centri di responsabilità. Per ciascun obiettivo operativo è riportata la scheda con gli indicatori, la relativa baseline (valore consuntivo 2022) e i target attesi per ciascun anno del triennio. I target 2025 e 2026 potranno essere aggiornati in sede di scorrimento annuale del Piano.</p>""")
    hdr = "<thead><tr>" + ''.join(f"<th>{E(x)}</th>" for x in S['header']) + "</tr></thead>"
    area_titles = ["Conoscenza, monitoraggio e informazione ambientale", "Funzionamento, efficienza e sviluppo organizzativo"]
    for k, OS in enumerate(S['strategic']):
        acode, atitle = str(k + 1), area_titles[k]
        h.append(f"<div class='areabar'>Area strategica {acode} – {E(atitle)}</div>")
        for OO in OS['operational']:
            h.append(f"<table class='kv'><tr><td class='k'>Obiettivo strategico</td><td>{OS['code']} – {E(OS['title'])}</td></tr><tr><td class='k'>Obiettivo operativo</td><td>{OO['code']} – {E(OO['title'])}</td></tr><tr><td class='k'>Struttura responsabile</td><td>{E(OO['struttura'])}</td></tr></table>")
            h.append("<table style='margin-top:4px'><colgroup><col style='width:6%'><col style='width:26%'><col style='width:9%'><col style='width:8%'><col style='width:17%'><col style='width:8.5%'><col style='width:8.5%'><col style='width:8.5%'><col style='width:8.5%'></colgroup>" + hdr + "<tbody>")
            for r in OO['rows']:
                h.append(f"<tr><td>{r['c']}</td><td>{E(r['i'])}</td><td>{r['ty']}</td><td class='c'>{E(r['u'])}</td><td>{E(r['src'])}</td><td class='c'>{E(r['b'])}</td>" + ''.join(f"<td class='c'>{c(t)}</td>" for t in r['t']) + "</tr>")
                for y, t in zip(S['years'], r['t']):
                    R = rec(area_code=acode, area_title=atitle, objective_level='operational', objective_code=OO['code'], objective_title=OO['title'],
                            indicator_code=r['c'], indicator=r['i'], type=r['ty'], unit=r['u'], data_source=r['src'], baseline=r['b'], year=y, target=t)
                    recs.append((R, [r['i'], r['src']]))
            h.append("</tbody></table>")
    h.append("""<h3>2.3 Rischi corruttivi e trasparenza</h3>
<p>La mappatura dei processi, aggiornata nel 2023, ha individuato 74 processi, di cui 12 valutati a rischio alto. Le misure specifiche sono riportate nell'Allegato 3; si riportano di seguito i processi a più elevata esposizione.</p>
<table><thead><tr><th>Processo</th><th>Area di rischio</th><th>Livello di rischio</th><th>Misura di prevenzione</th><th>Responsabile</th></tr></thead><tbody>
<tr><td>Affidamento di servizi di campionamento e analisi</td><td>Contratti pubblici</td><td class='c'>Alto</td><td>Rotazione degli affidatari; verifica a campione dei requisiti</td><td>Servizio acquisti</td></tr>
<tr><td>Rilascio di pareri tecnici su VIA/VAS</td><td>Provvedimenti ampliativi</td><td class='c'>Medio</td><td>Assegnazione delle istruttorie con criteri predeterminati</td><td>Dipartimento valutazioni ambientali</td></tr>
<tr><td>Conferimento di incarichi di ricerca e collaborazione</td><td>Incarichi e nomine</td><td class='c'>Medio</td><td>Pubblicazione degli avvisi e commissioni con componenti esterni</td><td>Servizio personale</td></tr></tbody></table>
<h2>SEZIONE 3. ORGANIZZAZIONE E CAPITALE UMANO</h2>
<h3>3.3 Piano triennale dei fabbisogni di personale</h3>
<table><thead><tr><th>Profilo</th><th>Dotazione organica</th><th>In servizio al 31/12/2023</th><th>Assunzioni 2024</th><th>Assunzioni 2025</th><th>Assunzioni 2026</th></tr></thead><tbody>
<tr><td>Dirigenti di ricerca / tecnologi (I livello)</td><td class='c'>62</td><td class='c'>48</td><td class='c'>4</td><td class='c'>3</td><td class='c'>3</td></tr>
<tr><td>Primi ricercatori / tecnologi (II livello)</td><td class='c'>180</td><td class='c'>151</td><td class='c'>10</td><td class='c'>8</td><td class='c'>6</td></tr>
<tr><td>Ricercatori / tecnologi (III livello)</td><td class='c'>390</td><td class='c'>342</td><td class='c'>25</td><td class='c'>18</td><td class='c'>12</td></tr>
<tr><td>Collaboratori tecnici e amministrativi</td><td class='c'>610</td><td class='c'>566</td><td class='c'>20</td><td class='c'>15</td><td class='c'>15</td></tr>
<tr><td><b>Totale</b></td><td class='c'><b>1.242</b></td><td class='c'><b>1.107</b></td><td class='c'><b>59</b></td><td class='c'><b>44</b></td><td class='c'><b>36</b></td></tr></tbody></table>
<p style='font-size:7pt'>Fonte: Servizio per la gestione del personale, dati al 31/12/2023.</p></body></html>""")
    return '\n'.join(h), recs

# ---------------- S3: Comune di Ancona, Word-like portrait Relazione, status line + prose after tables ----------------
def build_s3(S):
    recs = []
    css = """
@page { size: A4; margin: 22mm 20mm 20mm 20mm;
  @bottom-center { content: counter(page); font: 9pt 'Carlito','Liberation Sans' }
  @top-center { content: "Comune di Ancona – Relazione sulla performance 2023"; font: italic 8pt 'Carlito','Liberation Sans'; color:#666 } }
@page :first { @top-center { content: none } @bottom-center { content: none } }
body { font-family: 'Carlito','Liberation Sans'; font-size: 10.5pt }
.cover { text-align:center; break-after: page; padding-top: 25mm }
h1 { font-size: 15pt; color:#7a1f1f; margin: 16px 0 6px } h2 { font-size: 12.5pt; color:#7a1f1f; margin: 14px 0 4px }
h3 { font-size: 11pt; margin: 10px 0 3px } h4 { font-size: 10.5pt; margin: 10px 0 3px; font-weight: bold }
p { text-align: justify; line-height: 1.3; margin: 4px 0 }
table { border-collapse: collapse; width: 100%; margin: 4px 0 }
td, th { border: 0.75pt solid #000; padding: 2px 5px; vertical-align: top; font-size: 9.5pt }
th { background: #d9d9d9 }
.st { font-weight: bold; margin-top: 5px; font-size: 10pt }
.r { text-align: right; white-space: nowrap } .c { text-align:center }
.resp { font-size: 9.5pt; color:#333 }
"""
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append("""<div class='cover'><div style='font-size:22pt;color:#7a1f1f;font-weight:bold'>COMUNE DI ANCONA</div>
<div style='font-size:11pt;margin-top:3mm'>Segreteria Generale – Servizio Controllo di gestione e Performance</div>
<div style='font-size:24pt;margin-top:55mm;font-weight:bold'>RELAZIONE SULLA PERFORMANCE</div><div style='font-size:18pt;margin-top:4mm'>ANNO 2023</div>
<div style='margin-top:60mm;font-size:10pt'>Approvata con deliberazione della Giunta comunale n. 248 del 25 giugno 2024</div></div>""")
    h.append("""<h1>1. Premessa</h1>
<p>La Relazione sulla performance è il documento con il quale l'Amministrazione rendiconta ai cittadini e agli altri portatori di interesse i risultati conseguiti nell'anno precedente rispetto agli obiettivi definiti nella sottosezione Performance del PIAO 2023-2025 e nel Piano esecutivo di gestione. Gli obiettivi sono articolati in aree strategiche, derivanti dalle linee programmatiche di mandato, obiettivi strategici della Sezione strategica del DUP e obiettivi operativi assegnati alle Direzioni.</p>
<p>Per ciascun obiettivo operativo sono riportati gli indicatori con il valore atteso e il valore conseguito, l'esito complessivo dell'obiettivo e una breve relazione del Dirigente responsabile.</p>
<h1>2. Le risorse finanziarie</h1>
<table style='width:85%'><tr><th>Missione</th><th>Stanziamento definitivo</th><th>Impegnato</th><th>% impegnato</th></tr>
<tr><td>01 – Servizi istituzionali, generali e di gestione</td><td class='r'>€ 38.412.650,00</td><td class='r'>€ 35.981.204,33</td><td class='r'>93,7%</td></tr>
<tr><td>10 – Trasporti e diritto alla mobilità</td><td class='r'>€ 21.705.300,00</td><td class='r'>€ 17.236.558,10</td><td class='r'>79,4%</td></tr>
<tr><td>12 – Diritti sociali, politiche sociali e famiglia</td><td class='r'>€ 29.118.900,00</td><td class='r'>€ 27.664.012,85</td><td class='r'>95,0%</td></tr>
<tr><td><b>Totale missioni considerate</b></td><td class='r'><b>€ 89.236.850,00</b></td><td class='r'><b>€ 80.881.775,28</b></td><td class='r'><b>90,6%</b></td></tr></table>
<h1>3. I risultati degli obiettivi</h1>""")
    for A in S['areas']:
        h.append(f"<h2>Area strategica {A['code']} – {E(A['title'])}</h2>")
        for SO in A['strategic']:
            h.append(f"<h3>Obiettivo strategico {SO['code']} – {E(SO['title'])}</h3>")
            for OO in SO['operational']:
                h.append(f"<h4>Obiettivo operativo {OO['code']} – {E(OO['title'])}</h4><div class='resp'>Struttura responsabile: {E(OO['settore'])}</div>")
                h.append("<table><colgroup><col style='width:52%'><col style='width:16%'><col style='width:17%'><col style='width:15%'></colgroup><tr>" + ''.join(f"<th>{E(x)}</th>" for x in S['header']) + "</tr>")
                for r in OO['rows']:
                    h.append(f"<tr><td>{E(r['i'])}</td><td class='c'>{E(r['t'])}</td><td class='c'>{E(r['a'])}</td><td class='c'>{E(r['sc'])}</td></tr>")
                h.append("</table>")
                if OO['status']:
                    h.append(f"<div class='st'>{OO['status']}</div><p>{E(OO['comment'])}</p>")
                else:
                    h.append("<p>Le attività relative all'obiettivo proseguono nel 2024 secondo il cronoprogramma approvato con il Piano urbano della mobilità sostenibile; il dettaglio delle opere è riportato nell'Allegato B.</p>")
                for r in OO['rows']:
                    if OO['status']:
                        st, stt, cm = STATUS[OO['status']], OO['status'], OO['comment']
                    elif r['a'] == 'Obiettivo sospeso':
                        st, stt, cm = 'suspended', 'Obiettivo sospeso', None
                    else:
                        st, stt, cm = None, None, None
                    R = rec(area_code=A['code'], area_title=A['title'], objective_level='operational', objective_code=OO['code'], objective_title=OO['title'],
                            indicator=r['i'], year=2023, target=r['t'], actual=r['a'], status=st, status_text=stt, comment=cm, _dir=r['dir'])
                    recs.append((R, [r['i'], r['sc']]))
    h.append("""<h1>4. Conclusioni</h1><p>Nel complesso, dei quattro obiettivi operativi monitorati nel 2023 uno è stato pienamente raggiunto, uno parzialmente raggiunto e uno non raggiunto; l'obiettivo 2.1.2 prosegue nel 2024. L'Organismo Indipendente di Valutazione ha validato la presente Relazione con verbale n. 3 del 28 giugno 2024.</p>
<p style='margin-top:8mm'>Il Segretario Generale</p></body></html>""")
    return '\n'.join(h), recs

# ---------------- render, read back, truth ----------------
def nospace(s): return re.sub(r'\s+', '', s)

def render(name, htmltext):
    hp = f'{OUT}/{name}.html'; open(hp, 'w').write(htmltext)
    subprocess.run(['chromium', '--headless=new', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    f'--print-to-pdf={OUT}/{name}.pdf', f'file://{hp}'], check=True, capture_output=True)

def readback(name, recs):
    with pdfplumber.open(f'{OUT}/{name}.pdf') as pdf:
        cells = []; texts = []
        for pg in pdf.pages:
            cc = []
            for t in pg.extract_tables():
                for row in t:
                    cc += [nospace(x) for x in row if x]
            cells.append(cc)
            texts.append([nospace(l) for l in (pg.extract_text() or '').split('\n')])
    n = len(cells)
    cur = 0
    out = []
    prev_key = None
    for R, probes in recs:
        key = R['indicator']
        if key == prev_key:  # same row, next year
            R['page'], R['page_end'] = out[-1]['page'], out[-1]['page_end']; out.append(R); continue
        prev_key = key
        full = nospace(R['indicator'])
        p0 = next((p for p in range(cur, n) if any(full.startswith(x) and len(x) >= min(12, len(full)) or x == full for x in cells[p])), None)
        if p0 is None:  # row cut at the page foot: its cells have no closing rule; look in the page's lines
            head = nospace(' '.join(R['indicator'].split()[:3]))
            p0 = next((p for p in range(cur, n) if any(head in l for l in texts[p])), None)
        assert p0 is not None, (name, 'start not found', R['indicator'])
        pe = p0
        for pr in [R['indicator']] + [x for x in probes[1:] if x]:
            f = nospace(pr)
            if any(x.endswith(f[-15:]) and f.startswith(x[:10]) for x in cells[p0]) or any(x == f for x in cells[p0]):
                continue
            if p0 + 1 < n and not any(f.endswith(x) for x in cells[p0 + 1] if len(x) >= 3) and any(f[-12:] in l for l in texts[p0]):
                continue
            assert p0 + 1 < n and any(f.endswith(x) for x in cells[p0 + 1] if len(x) >= 3), (name, 'probe not found', pr)
            pe = p0 + 1
        cur = p0
        R['page'], R['page_end'] = p0 + 1, pe + 1
        out.append(R)
    return out, n

def main():
    for S, fn in [(S1, build_s1), (S2, build_s2), (S3, build_s3)]:
        json.dump(S, open(f"{OUT}/{S['name']}.content.json", 'w'), ensure_ascii=False, indent=1)
        ht, recs = fn(S)
        render(S['name'], ht)
        out, n = readback(S['name'], recs)
        truth = {"schema": "perfextract/records@1", "source": {"path": S['name'] + '.pdf', "sha256": hashlib.sha256(open(f"{OUT}/{S['name']}.pdf", 'rb').read()).hexdigest(), "pages": n},
                 "document": S['document'], "indicators": out, "warnings": []}
        json.dump(truth, open(f"{OUT}/{S['name']}.truth.json", 'w'), ensure_ascii=False, indent=1)
        print(S['name'], n, 'pages', len(out), 'records', [(r['page'], r['page_end']) for r in out if r['page'] != r['page_end']])

if __name__ == '__main__':
    main()
