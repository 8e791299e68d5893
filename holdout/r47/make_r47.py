import json, os, re, subprocess, sys
import pdfplumber
from common import *
D = os.path.dirname(os.path.abspath(__file__))
LO = ['soffice', '-env:UserInstallation=file:///tmp/lo-r47', '--headless', '--convert-to', 'pdf', '--outdir', D]

# ---------------- content ----------------
UNI = dict(name='unisa-2025-piao', doc=dict(issuer='Università degli Studi di Salerno', title='Piano integrato di attività e organizzazione', year=2025, kind='piao'),
 header=['Area strategica', 'Obiettivo strategico', 'Cod.', 'Indicatore', 'Baseline 2023', 'Target 2025', 'Target 2026', 'Target 2027', 'Struttura responsabile'],
 areas=[('D', 'DIDATTICA', [
   ('D.1', 'Migliorare la regolarità delle carriere e ridurre gli abbandoni', [
     ('D.1.1', 'Percentuale di studenti che proseguono al II anno nello stesso corso avendo acquisito almeno 40 CFU', '58,4%', '>= 60%', '>= 62%', '>= 64%', 'Area Didattica'),
     ('D.1.2', 'Percentuale di laureati entro la durata normale del corso', '52,1%', '>= 54%', '>= 55%', '>= 56%', 'Area Didattica'),
     ('D.1.3', 'Tasso di abbandono dopo il primo anno (lauree triennali)', '14,8%', '<= 14%', '<= 13%', '<= 12%', 'Area Didattica / Dipartimenti'),
   ]),
   ('D.2', 'Potenziare l\'offerta formativa internazionale', [
     ('D.2.1', 'Numero di corsi di studio erogati interamente in lingua inglese', '9', '10', '11', '12', 'Ufficio Offerta Formativa'),
     ('D.2.2', 'Percentuale di CFU conseguiti all\'estero sul totale dei CFU conseguiti dagli studenti regolari', '1,9%', '>= 2,2%', '>= 2,5%', '>= 3%', 'Ufficio Relazioni Internazionali'),
   ])]),
  ('R', 'RICERCA E TERZA MISSIONE', [
   ('R.1', 'Accrescere la capacità di attrarre finanziamenti competitivi', [
     ('R.1.1', 'Proventi da ricerche con finanziamenti competitivi per docente (media triennale)', '€ 21.430,00', '>= € 22.000,00', '>= € 23.000,00', '>= € 24.000,00', 'Area Ricerca'),
     ('R.1.2', 'Numero di progetti presentati su bandi Horizon Europe e programmi UE', '46', '>= 50', '>= 55', '>= 60', 'Area Ricerca / Dipartimenti'),
   ]),
   ('R.2', 'Valorizzare i risultati della ricerca e il trasferimento tecnologico', [
     ('R.2.1', 'Numero di brevetti depositati e spin-off accreditati nell\'anno', '7', '>= 8', '>= 9', '>= 10', 'Ufficio Trasferimento Tecnologico'),
     ('R.2.2', 'Numero di accordi conto terzi e convenzioni con imprese del territorio', '112', '>= 115', '>= 120', None, 'Ufficio Trasferimento Tecnologico'),
   ])]),
  ('G', 'GESTIONE, SEMPLIFICAZIONE E VALORE PUBBLICO', [
   ('G.1', 'Semplificare e digitalizzare i processi amministrativi', [
     ('G.1.1', 'Tempo medio di pagamento delle fatture commerciali', '18 gg', '<= 20 gg', '<= 20 gg', '<= 20 gg', 'Area Risorse Finanziarie'),
     ('G.1.2', 'Percentuale di procedimenti studenti gestiti interamente on line', '71%', '>= 80%', '>= 90%', '100%', 'Area Sistemi Informativi'),
     ('G.1.3', 'Grado di soddisfazione degli utenti sui servizi tecnico-amministrativi (scala 1-6)', '4,12', '>= 4,20', '>= 4,30', '>= 4,40', 'Direzione Generale - Ufficio Qualità'),
   ]),
   ('G.2', 'Promuovere pari opportunità, benessere organizzativo e sostenibilità', [
     ('G.2.1', 'Ore medie di formazione per unità di personale tecnico-amministrativo', '21 ore', '>= 24 ore', '>= 24 ore', '>= 24 ore', 'Ufficio Formazione'),
     ('G.2.2', 'Riduzione dei consumi di energia elettrica rispetto al 2023', 'n.d.', '-3%', '-5%', '-8%', 'Ufficio Energy Manager'),
   ])]),
 ])

ASP = dict(name='asp-crotone-2023-relazione', doc=dict(issuer='Azienda Sanitaria Provinciale di Crotone', title='Relazione sulla performance', year=2023, kind='relazione'),
 header=['Cod.', 'Indicatore', 'Peso', 'Target 2023', 'Valore 2023', '% ragg.', 'Esito'],
 areas=[('1', 'Area strategica 1 – Appropriatezza e qualità dell\'assistenza', [
   ('1.1', 'Garantire i Livelli Essenziali di Assistenza (NSG)', [
     ('1.1.1', 'Percentuale di parti cesarei primari in strutture con meno di 1.000 parti annui', 20, '<= 20%', '24,3%', 82, 'Parzialmente raggiunto', 'Nota: il dato risente del P.O. di Crotone, dove nel II semestre è stato avviato un audit clinico sulle indicazioni al taglio cesareo.'),
     ('1.1.2', 'Percentuale di interventi per frattura del collo del femore operati entro 2 giornate in pazienti over 65', 20, '>= 60%', '63,7%', 100, 'Raggiunto', None),
     ('1.1.3', 'Tasso di ospedalizzazione standardizzato per 1.000 residenti', 15, '<= 125', '128,4', 97, 'Parzialmente raggiunto', None),
     ('1.1.4', 'Copertura vaccinale a 24 mesi ciclo base (esavalente)', 15, '>= 95%', '93,1%', 98, 'Parzialmente raggiunto', 'Nota: recupero dei non vaccinati avviato con chiamata attiva nei Distretti di Crotone e Cirò Marina.'),
     ('1.1.5', 'Percentuale di adesione allo screening mammografico della popolazione target', 15, '>= 45%', '31,2%', 69, 'Non raggiunto', 'Nota: carenza di tecnici sanitari di radiologia nel primo semestre; il mammografo mobile è entrato in funzione solo a ottobre 2023.'),
     ('1.1.6', 'Numero di prese in carico in ADI di pazienti over 65 per 100 residenti della stessa fascia', 15, '>= 4', '4,6', 100, 'Raggiunto', None),
   ]),
   ('1.2', 'Ridurre i tempi di attesa per le prestazioni ambulatoriali', [
     ('1.2.1', 'Percentuale di prime visite in classe di priorità B erogate entro 10 giorni', 40, '>= 90%', '84,5%', 94, 'Parzialmente raggiunto', None),
     ('1.2.2', 'Tempo medio di attesa per le prestazioni di diagnostica per immagini in classe D', 30, '<= 60 gg', '57 gg', 100, 'Raggiunto', None),
     ('1.2.3', 'Percentuale di agende di specialistica ambulatoriale visibili al CUP regionale', 30, '100%', '100%', 100, 'Raggiunto', None),
   ])]),
  ('2', 'Area strategica 2 – Sostenibilità economica e trasparenza', [
   ('2.1', 'Garantire l\'equilibrio economico-finanziario', [
     ('2.1.1', 'Indicatore di tempestività dei pagamenti (ITP)', 25, '<= 0 gg', '-4 gg', 100, 'Raggiunto', None),
     ('2.1.2', 'Riduzione della spesa farmaceutica convenzionata pro capite rispetto al 2022', 25, '<= € 165,00', '€ 171,80', 80, 'Parzialmente raggiunto', 'Nota: incremento dei consumi di farmaci per il diabete (analoghi GLP-1) in linea con il dato regionale.'),
     ('2.1.3', 'Percentuale di beni e servizi acquistati tramite convenzioni Consip e soggetto aggregatore', 25, '>= 80%', '86,2%', 100, 'Raggiunto', None),
     ('2.1.4', 'Completamento della ricognizione inventariale dei beni mobili dei presidi ospedalieri', 25, 'entro 31/12/2023', 'Obiettivo sospeso', None, None, 'Nota: attività rinviata al 2024 per l\'avvio del nuovo sistema amministrativo-contabile regionale.'),
   ]),
   ('2.2', 'Prevenire la corruzione e assicurare la trasparenza', [
     ('2.2.1', 'Percentuale di obblighi di pubblicazione assolti nella sezione Amministrazione Trasparente', 50, '>= 95%', '96,4%', 100, 'Raggiunto', None),
     ('2.2.2', 'Numero di dipendenti formati in materia di anticorruzione e codice di comportamento', 50, '>= 400', '452', 100, 'Raggiunto', None),
   ])]),
 ])

COM = dict(name='comune-sant-agata-de-goti-2024-relazione', doc=dict(issuer="Comune di Sant'Agata de' Goti", title='Relazione sulla performance', year=2024, kind='relazione'),
 header=['Indicatore', 'Target 2024', 'Valore rilevato', 'Grado di raggiungimento', 'Note'],
 areas=[('1', 'Settore 1 – Affari generali, Servizi demografici e Personale', [
   ('1.1', 'Digitalizzazione dei servizi demografici e avvio dell\'ANPR evoluta', 'Raggiunto',
    'Il Nucleo rileva che le attività sono state concluse nei tempi; la documentazione prodotta dal Responsabile è completa e verificabile.', [
     ('Percentuale di certificati anagrafici rilasciati on line sul totale', '>= 30%', '36,5%', '100%', None, None),
     ('Tempo medio di rilascio della carta d\'identità elettronica su prenotazione', '<= 10 gg', '7 gg', '100%', None, None),
     ('Numero di postazioni di sportello dotate di firma grafometrica', '3', '3', '100%', 'Postazioni installate presso l\'Ufficio anagrafe e la Delegazione di Bagnoli.', None),
   ]),
   ('1.2', 'Aggiornamento del regolamento sull\'ordinamento degli uffici e dei servizi', 'Parzialmente raggiunto',
    'Lo schema di regolamento è stato predisposto ma l\'approvazione da parte della Giunta è slittata a febbraio 2025. Il Nucleo riconosce un grado di raggiungimento parziale.', [
     ('Predisposizione dello schema di regolamento e trasmissione alla Giunta', 'entro 30/09/2024', 'Trasmesso il 28/11/2024', '60%', 'Ritardo dovuto al pensionamento del funzionario istruttore.', None),
     ('Percentuale di dipendenti coinvolti negli incontri di presentazione del nuovo sistema', '>= 80%', '85%', '100%', None, None),
   ])]),
  ('2', 'Settore 2 – Economico-finanziario e Tributi', [
   ('2.1', 'Recupero dell\'evasione tributaria IMU e TARI', 'Raggiunto',
    'Le somme accertate superano il valore atteso. Il Nucleo raccomanda di monitorare nel 2025 la percentuale di riscossione effettiva degli avvisi emessi, che resta contenuta.', [
     ('Importo degli avvisi di accertamento IMU e TARI emessi nell\'anno', '>= € 250.000,00', '€ 312.480,55', '100%', None, None),
     ('Numero di avvisi di accertamento notificati', '>= 600', '742', '100%', None, None),
     ('Percentuale di riscossione degli avvisi notificati entro l\'esercizio', '>= 35%', '35,28% da consolidare', '100%', 'Dato provvisorio al 31/12/2024, in attesa delle rendicontazioni del concessionario.', None),
   ]),
   ('2.2', 'Rispetto dei tempi di pagamento', 'Raggiunto', None, [
     ('Tempo medio di pagamento delle fatture commerciali', '<= 30 gg', '22 gg', '100%', None, None),
     ('Indicatore annuale di tempestività dei pagamenti', '<= 0', '-6,4', '100%', None, None),
   ])]),
  ('3', 'Settore 3 – Tecnico, Lavori pubblici e Ambiente', [
   ('3.1', 'Attuazione degli interventi finanziati dal PNRR (M2C4 – messa in sicurezza del territorio)', 'Non raggiunto',
    'Il mancato rispetto del cronoprogramma è imputabile in parte a fattori esterni (ritardi del soggetto aggiudicatore), ma il Nucleo rileva carenze nel monitoraggio infrasettoriale e chiede un piano di recupero entro il primo trimestre 2025.', [
     ('Percentuale di avanzamento della spesa sul quadro economico finanziato', '>= 50%', '31,4%', '63%', 'Lavori di consolidamento del versante di via Roma sospesi per 70 giorni per variante in corso d\'opera.', None),
     ('Rendicontazione su ReGiS degli stati di avanzamento nei termini', '100%', '75%', '75%', None, None),
   ]),
   ('3.2', 'Miglioramento della raccolta differenziata', 'Raggiunto', None, [
     ('Percentuale di raccolta differenziata', '>= 65%', '68,9%', '100%', None, None),
     ('Numero di controlli sul corretto conferimento dei rifiuti', '>= 120', '134', '100%', None, None),
     ('Riduzione dei rifiuti indifferenziati conferiti in discarica rispetto al 2023', '>= 5%', '7,2%', '100%', None, None),
   ]),
   ('3.3', 'Manutenzione del patrimonio scolastico', 'Obiettivo sospeso',
    'Obiettivo sospeso con deliberazione di Giunta n. 142 del 18/10/2024 per l\'intervenuta chiusura temporanea del plesso di San Tommaso.', [
     ('Numero di interventi di manutenzione ordinaria eseguiti negli edifici scolastici', '>= 25', 'n.d.', None, None, None),
   ])]),
 ])

def flat(s): return re.sub(r'\s+', '', s or '')
def best(pages, toks, start, suffix=False):
    bk, bp = 0, None
    for i in range(start, len(pages)):
        k = 0
        for n in range(1, len(toks) + 1):
            frag = flat(' '.join(toks[-n:] if suffix else toks[:n]))
            if frag in pages[i]: k = n
            else: break
        if k > bk: bk, bp = k, i
    return bk, bp

def readback(pdf, recs, ends, nosplit=False):
    pages = [flat(p.extract_text() or '') for p in pdfplumber.open(pdf).pages]
    prev = 0
    for r, endtxt in zip(recs, ends):
        toks = r['indicator'].split()
        k, p = best(pages, toks, prev)
        assert p is not None and k >= min(2, len(toks)), (pdf, r['indicator'], k)
        et = endtxt.split()
        if nosplit: et = toks[:3]
        k2, pe = best(pages, et, p, suffix=True)
        assert pe is not None and k2 >= 1, (pdf, endtxt, k2)
        r['page'] = p + 1; r['page_end'] = pe + 1; prev = p
        if pe != p: print('  split:', r['indicator'][:50], p + 1, pe + 1, 'first-words', k, 'last-words', k2)

def write(C, recs, ends, nosplit=False):
    pdf = os.path.join(D, C['name'] + '.pdf')
    readback(pdf, recs, ends, nosplit)
    json.dump(dict(schema='perfextract/records@1', source=dict(path=C['name'] + '.pdf', pages=len(pdfplumber.open(pdf).pages)),
                   document=C['doc'], indicators=recs, warnings=[]), open(os.path.join(D, C['name'] + '.truth.json'), 'w'), ensure_ascii=False, indent=1)
    json.dump(C, open(os.path.join(D, C['name'] + '.content.json'), 'w'), ensure_ascii=False, indent=1)
    print(C['name'], len(recs))

# ---------- UNI: Calc ----------
def make_uni(C):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    wb = Workbook(); ws0 = wb.active; ws0.title = 'Sezione 2.2'
    thin = Side(style='thin', color='808080'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical='top')
    ws0['A1'] = 'UNIVERSITÀ DEGLI STUDI DI SALERNO'; ws0['A1'].font = Font(bold=True, size=13, color='1F3864')
    ws0['A2'] = 'Piano Integrato di Attività e Organizzazione 2025-2027 – Allegato 1'; ws0['A2'].font = Font(bold=True, size=11)
    ws0['A3'] = 'Sezione 2 – Valore pubblico, Performance e Anticorruzione · Sottosezione 2.2 Performance: obiettivi strategici, indicatori e target'
    ws0['A3'].font = Font(italic=True, size=9)
    widths = [16, 26, 7, 42, 11, 11, 11, 11, 20]
    for i, w in enumerate(widths): ws0.column_dimensions[chr(65 + i)].width = w
    hr = 5
    for j, h in enumerate(C['header']):
        c = ws0.cell(hr, j + 1, h); c.font = Font(bold=True, color='FFFFFF', size=9); c.fill = PatternFill('solid', fgColor='1F3864')
        c.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center'); c.border = B
    r = hr + 1; recs = []; ends = []
    for ac, at, objs in C['areas']:
        ar0 = r
        for oc, ot, inds in objs:
            or0 = r
            for code, name, base, t1, t2, t3, resp in inds:
                vals = [None, None, code, name, base, t1, t2, t3, resp]
                for j, v in enumerate(vals):
                    c = ws0.cell(r, j + 1, v); c.border = B; c.font = Font(size=9); c.alignment = wrap
                    if 4 <= j <= 7: c.alignment = Alignment(wrap_text=True, horizontal='center', vertical='top')
                ws0.row_dimensions[r].height = 38
                for y, t in zip((2025, 2026, 2027), (t1, t2, t3)):
                    recs.append(rec(area_code=ac, area_title=at, objective_level='strategic', objective_code=oc, objective_title=ot,
                                    indicator_code=code, indicator=name, baseline=base, year=y, target=t)); ends.append(name)
                r += 1
            ws0.merge_cells(start_row=or0, start_column=2, end_row=r - 1, end_column=2)
            c = ws0.cell(or0, 2, f'{oc} – {ot}'); c.alignment = wrap; c.font = Font(size=9, bold=True)
        ws0.merge_cells(start_row=ar0, start_column=1, end_row=r - 1, end_column=1)
        c = ws0.cell(ar0, 1, f'{ac} – {at}'); c.alignment = Alignment(wrap_text=True, vertical='center', horizontal='center'); c.font = Font(size=9, bold=True)
        c.fill = PatternFill('solid', fgColor='D9E2F3')
    r += 1
    ws0.cell(r, 1, 'Fonte: elaborazioni Ufficio Pianificazione Strategica e Valutazione su dati ANVUR-AVA, PROPER, CINECA U-GOV (dati 2023 consolidati).').font = Font(size=8, italic=True)
    ws0.print_title_rows = f'{hr}:{hr}'
    ws0.page_setup.orientation = 'landscape'; ws0.page_setup.paperSize = 9
    ws0.page_setup.fitToWidth = 1; ws0.page_setup.fitToHeight = 0; ws0.sheet_properties.pageSetUpPr.fitToPage = True
    ws0.oddFooter.center.text = 'PIAO 2025-2027 – Pag. &P di &N'
    # non-indicator sheet: staff
    ws1 = wb.create_sheet('Sezione 3.3')
    ws1['A1'] = 'Sottosezione 3.3 – Piano triennale dei fabbisogni di personale: consistenza al 31/12/2024'; ws1['A1'].font = Font(bold=True, size=11)
    rows = [['Categoria', 'Personale in servizio', 'Cessazioni previste 2025', 'Assunzioni programmate 2025', 'Punti organico'],
            ['Professori ordinari', 298, 14, 10, '10,00'], ['Professori associati', 412, 9, 22, '15,40'], ['Ricercatori a t.d. (tipo B / RTT)', 187, 0, 35, '17,50'],
            ['Dirigenti', 6, 1, 1, '0,65'], ['Personale tecnico-amministrativo (EP/D)', 268, 7, 12, '3,60'], ['Personale tecnico-amministrativo (C/B)', 541, 18, 20, '5,00'],
            ['Totale', 1712, 49, 100, '52,15']]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = ws1.cell(3 + i, 1 + j, v); c.border = B; c.font = Font(size=10, bold=(i == 0 or i == len(rows) - 1))
    for col, w in zip('ABCDE', [40, 18, 22, 28, 14]): ws1.column_dimensions[col].width = w
    ws1.page_setup.orientation = 'landscape'; ws1.page_setup.fitToWidth = 1; ws1.page_setup.fitToHeight = 0; ws1.sheet_properties.pageSetUpPr.fitToPage = True
    x = os.path.join(D, C['name'] + '.xlsx'); wb.save(x)
    subprocess.run(LO + [x], check=True, capture_output=True)
    write(C, recs, ends, nosplit=True)  # Calc never splits a row over pages

# ---------- ASP: reportlab ----------
def make_asp(C):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    ss = getSampleStyleSheet(); P = ParagraphStyle('p', parent=ss['Normal'], fontSize=9.5, leading=12.5, alignment=4)
    c8 = ParagraphStyle('c', parent=ss['Normal'], fontSize=8, leading=9.6)
    H1 = ParagraphStyle('h1', parent=ss['Heading2'], textColor=colors.HexColor('#0B5394'))
    H2 = ParagraphStyle('h2', parent=ss['Heading4'], fontSize=9.5)
    st = []
    st += [Spacer(1, 140), Paragraph('REGIONE CALABRIA', ParagraphStyle('x', parent=ss['Normal'], alignment=1, fontSize=10)),
           Paragraph('Azienda Sanitaria Provinciale di Crotone', ParagraphStyle('t', parent=ss['Title'], fontSize=20)), Spacer(1, 30),
           Paragraph('RELAZIONE SULLA PERFORMANCE<br/>ANNO 2023', ParagraphStyle('t2', parent=ss['Title'], fontSize=16, leading=22)), Spacer(1, 20),
           Paragraph('(art. 10, comma 1, lett. b, D.Lgs. 150/2009)', ParagraphStyle('x2', parent=ss['Normal'], alignment=1)),
           Spacer(1, 200), Paragraph('Adottata con deliberazione del Commissario Straordinario n. 611 del 27/06/2024', ParagraphStyle('x3', parent=ss['Normal'], alignment=1, fontSize=9)), PageBreak()]
    st += [Paragraph('1. Presentazione', H1), Paragraph("La Relazione sulla performance evidenzia, a consuntivo, i risultati organizzativi raggiunti nell'anno 2023 rispetto agli obiettivi programmati nel PIAO 2023-2025. L'ASP di Crotone serve una popolazione di 163.800 residenti distribuiti in 27 Comuni, articolata in due Distretti sanitari (Crotone e Cirò Marina - Mesoraca), un Presidio ospedaliero spoke e il Dipartimento di Prevenzione.", P), Spacer(1, 6),
           Paragraph("Il grado di raggiungimento di ciascun indicatore è calcolato come rapporto tra valore conseguito e target, con un massimo del 100%; l'esito è attribuito secondo le fasce del Sistema di misurazione e valutazione della performance (SMVP): raggiunto (100%), parzialmente raggiunto (60-99%), non raggiunto (sotto il 60%).", P), Spacer(1, 6),
           Paragraph("Il ciclo della performance 2023 si è svolto in un contesto ancora condizionato dalla carenza di personale sanitario, in particolare nelle discipline dell'area dell'emergenza-urgenza e della radiologia, e dal progressivo avvio degli interventi finanziati dalla Missione 6 del PNRR (Case della Comunità di Crotone, Cutro e Isola di Capo Rizzuto; Centrale Operativa Territoriale). Gli obiettivi sono stati assegnati alle strutture con le schede di budget negoziate a marzo 2023 e monitorati con due verifiche infrannuali (30 giugno e 30 settembre). La validazione della presente Relazione compete all'Organismo Indipendente di Valutazione.", P), Spacer(1, 8)]
    bud = [['Voce di costo (€/000)', 'Preventivo 2023', 'Consuntivo 2023', 'Scostamento'],
           ['Personale dipendente', '118.420', '116.905', '-1.515'], ['Acquisti di beni sanitari', '54.300', '57.812', '3.512'],
           ['Assistenza farmaceutica convenzionata', '31.900', '33.140', '1.240'], ['Prestazioni da privato accreditato', '62.750', '61.980', '-770'],
           ['Totale costi della produzione', '358.610', '361.247', '2.637']]
    t = Table(bud, colWidths=[200, 90, 90, 80]); t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.grey), ('FONTSIZE', (0, 0), (-1, -1), 8.5),
        ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#D9E2F3')), ('FONTNAME', (0, 0), (-1, 0), 'Helvetica-Bold'), ('FONTNAME', (0, -1), (-1, -1), 'Helvetica-Bold'), ('ALIGN', (1, 0), (-1, -1), 'RIGHT')]))
    st += [Paragraph('Tabella 1 – Quadro economico di sintesi', H2), t, Spacer(1, 12), Paragraph('2. Risultati per obiettivo', H1)]
    recs = []; ends = []
    W = [34, 190, 36, 62, 62, 38, 74]
    for ac, at, objs in C['areas']:
        st.append(Paragraph(at, ParagraphStyle('a', parent=H2, fontSize=10.5, textColor=colors.HexColor('#0B5394'))))
        for oc, ot, inds in objs:
            st.append(Paragraph(f'Obiettivo operativo {oc} – {ot}', H2))
            data = [[Paragraph(f'<b>{h}</b>', c8) for h in C['header']]]; sty = []
            for code, name, w, tg, ac_, pct, esito, nota in inds:
                data.append([code, Paragraph(name, c8), f'{w}%', Paragraph(tg, c8), Paragraph(ac_, c8), f'{pct}%' if pct is not None else '–', Paragraph(esito or '', c8)])
                comment = None
                if nota:
                    data.append(['', Paragraph('<i>' + nota + '</i>', c8), '', '', '', '', '']); sty.append(('SPAN', (1, len(data) - 1), (-1, len(data) - 1)))
                    comment = nota
                st_ = status_of(esito) if esito else status_of(ac_)
                stt = esito if esito else (ac_ if status_of(ac_) else None)
                recs.append(rec(area_code=ac, area_title=at.split(' – ', 1)[1], objective_level='operational', objective_code=oc, objective_title=ot, indicator_code=code,
                                indicator=name, weight=w, year=2023, target=tg, actual=ac_, achievement=pct, status=st_, status_text=stt, comment=comment))
                ends.append(nota or name)
            t = Table(data, colWidths=W, repeatRows=1)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.grey), ('FONTSIZE', (0, 0), (-1, -1), 8), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                   ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#D9E2F3'))] + sty))
            st += [t, Spacer(1, 8)]
    st += [Paragraph('3. Conclusioni', H1), Paragraph("Nel complesso, dei 15 indicatori monitorati 9 risultano raggiunti, 4 parzialmente raggiunti, 1 non raggiunto e 1 sospeso. Le criticità riguardano principalmente gli screening oncologici e la spesa farmaceutica, su cui sono state impostate azioni correttive nel PIAO 2024-2026.", P)]
    def foot(cv, doc):
        cv.saveState(); cv.setFont('Helvetica', 7.5); cv.drawString(50, 28, 'ASP Crotone – Relazione sulla performance 2023'); cv.drawRightString(545, 28, f'pag. {doc.page}'); cv.restoreState()
    SimpleDocTemplate(os.path.join(D, C['name'] + '.pdf'), pagesize=A4, leftMargin=48, rightMargin=48, topMargin=50, bottomMargin=50).build(st, onLaterPages=foot)
    write(C, recs, ends)

# ---------- COM: Writer ----------
def make_com(C):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document(); sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(2)
    d.styles['Normal'].font.name = 'Liberation Serif'; d.styles['Normal'].font.size = Pt(11)
    def para(t, b=False, size=None, al=None, it=False):
        p = d.add_paragraph(); r = p.add_run(t); r.bold = b; r.italic = it
        if size: r.font.size = Pt(size)
        if al: p.alignment = al
        return p
    para("COMUNE DI SANT'AGATA DE' GOTI", True, 16, WD_ALIGN_PARAGRAPH.CENTER); para('Provincia di Benevento', False, 11, WD_ALIGN_PARAGRAPH.CENTER)
    para('NUCLEO DI VALUTAZIONE', True, 12, WD_ALIGN_PARAGRAPH.CENTER)
    para('RELAZIONE SULLA PERFORMANCE – ANNO 2024', True, 14, WD_ALIGN_PARAGRAPH.CENTER)
    para('Premessa', True, 12)
    para("Il Nucleo di valutazione, in composizione monocratica, ha esaminato i report di chiusura predisposti dai Responsabili di Settore titolari di incarico di Elevata Qualificazione, verificando la coerenza tra quanto dichiarato e la documentazione agli atti. Il Comune conta 10.842 abitanti al 31/12/2024 e 58 dipendenti a tempo indeterminato. Gli obiettivi esecutivi sono quelli assegnati con il PIAO 2024-2026, sottosezione Performance, approvato con deliberazione di Giunta n. 31 del 29/02/2024.")
    para("Per ciascun obiettivo si riportano gli indicatori, il valore rilevato e la valutazione del Nucleo. L'esito dell'obiettivo è espresso secondo la scala del vigente Sistema di misurazione: raggiunto, parzialmente raggiunto, non raggiunto, sospeso.")
    t = d.add_table(rows=1, cols=3); t.style = 'Table Grid'
    for c, h in zip(t.rows[0].cells, ['Settore', 'Responsabile EQ', 'Dipendenti assegnati']): c.text = h
    for row in [['Settore 1 – Affari generali', 'Dott.ssa M. Iannotta', '14'], ['Settore 2 – Economico-finanziario', 'Rag. P. Caporaso', '9'], ['Settore 3 – Tecnico', 'Ing. L. Di Nuzzo', '16'], ['Settore 4 – Polizia locale', 'Magg. A. Viscusi', '11']]:
        cs = t.add_row().cells
        for c, v in zip(cs, row): c.text = v
    recs = []; ends = []
    for ac, at, objs in C['areas']:
        para(at.upper(), True, 12)
        for oc, ot, esito, comm, inds in objs:
            para(f'Obiettivo {oc} – {ot}', True, 11)
            t = d.add_table(rows=1, cols=5); t.style = 'Table Grid'
            for c, h in zip(t.rows[0].cells, C['header']):
                c.text = ''; r = c.paragraphs[0].add_run(h); r.bold = True; r.font.size = Pt(9.5)
            ws_ = [Cm(5.9), Cm(2.4), Cm(2.6), Cm(2.9), Cm(3.4)]
            start = len(recs)
            for name, tg, val, gr, note, _ in inds:
                cs = t.add_row().cells
                for c, v in zip(cs, [name, tg, val, gr, note]):
                    c.text = ''; r = c.paragraphs[0].add_run(v or ''); r.font.size = Pt(9.5)
                g = None if gr is None else float(gr.rstrip('%').replace(',', '.'))
                recs.append(rec(area_code=ac, area_title=at.split(' – ', 1)[1].upper(), objective_level='strategic', objective_code=oc, objective_title=ot, indicator=name, year=2024,
                                target=tg, actual=val, achievement=g, notes=note, status=status_of(esito), status_text=esito, comment=comm))
                ends.append(note or name)
            t.autofit = False
            for i, w in enumerate(ws_): t.columns[i].width = w
            for row in t.rows:
                for c, w in zip(row.cells, ws_): c.width = w
            from docx.oxml.ns import qn
            from docx.oxml import OxmlElement
            trPr = t.rows[0]._tr.get_or_add_trPr(); e = OxmlElement('w:tblHeader'); e.set(qn('w:val'), 'true'); trPr.append(e)
            p = d.add_paragraph(); r = p.add_run('Esito: '); r.bold = True; r2 = p.add_run(esito); r2.bold = True
            if comm: para(comm)
    para('Conclusioni', True, 12)
    para("Il Nucleo attesta che la presente Relazione è redatta in forma sintetica ai sensi dell'art. 10 del D.Lgs. 150/2009 e ne propone la validazione. I risultati costituiscono presupposto per l'erogazione della retribuzione di risultato ai Responsabili di Settore.")
    para("Sant'Agata de' Goti, 14 maggio 2025", it=True); para('Il Nucleo di valutazione – Dott. Gennaro Marotta', it=True, al=WD_ALIGN_PARAGRAPH.RIGHT)
    x = os.path.join(D, C['name'] + '.docx'); d.save(x)
    subprocess.run(LO + [x], check=True, capture_output=True)
    write(C, recs, ends)

if __name__ == '__main__':
    def load(C):  # render from NAME.content.json once it exists (the dicts above seeded it)
        f = os.path.join(D, C['name'] + '.content.json')
        return json.load(open(f)) if os.path.exists(f) else C
    make_asp(load(ASP)); make_com(load(COM)); make_uni(load(UNI))
