# Comune di Sassuolo – Relazione sulla performance 2023: Word schede obiettivo with shaded label cells
import json, subprocess
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from common import *
NAME = 'comune-sassuolo-2023-relazione'
C = {
 'document': {'issuer': 'Comune di Sassuolo', 'title': 'Relazione sulla performance', 'year': 2023, 'kind': 'relazione'},
 'cover': ['COMUNE DI SASSUOLO', 'Provincia di Modena', 'RELAZIONE SULLA PERFORMANCE', 'ANNO 2023',
           'Art. 10, comma 1, lett. b) del D.Lgs. 27 ottobre 2009, n. 150', 'Approvata con deliberazione di Giunta comunale n. 112 del 27/06/2024 – Validata dal Nucleo di Valutazione in data 14/06/2024'],
 'intro': [('h', '1. Presentazione'),
   ('p', 'La Relazione sulla performance costituisce lo strumento mediante il quale l’Amministrazione illustra ai cittadini e a tutti gli stakeholder, interni ed esterni, i risultati ottenuti nel corso dell’anno 2023, concludendo in tal modo il ciclo di gestione della performance avviato con l’approvazione del Piano Integrato di Attività e Organizzazione 2023-2025 (deliberazione di Giunta comunale n. 41 del 28/03/2023).'),
   ('p', 'Il documento evidenzia, a consuntivo, i risultati organizzativi raggiunti rispetto ai singoli obiettivi programmati e alle risorse assegnate, con rilevazione degli eventuali scostamenti. Per ciascun obiettivo operativo è riportata una scheda che contiene il collegamento con le linee di mandato, il settore responsabile, gli indicatori con il valore atteso e il valore raggiunto al 31 dicembre 2023, nonché l’esito della valutazione.'),
   ('h', '2. Le risorse umane'),
   ('p', 'Al 31 dicembre 2023 il personale a tempo indeterminato in servizio presso l’Ente risulta così distribuito per area di inquadramento (CCNL Funzioni Locali 16/11/2022):'),
   ('staff', [['Area di inquadramento', 'Dotazione organica', 'In servizio al 31/12/2023', 'di cui part-time'],
              ['Area dei Funzionari e dell’Elevata Qualificazione', '52', '47', '3'],
              ['Area degli Istruttori', '88', '81', '9'],
              ['Area degli Operatori esperti', '39', '34', '4'],
              ['Area degli Operatori', '6', '5', '1'],
              ['Totale', '185', '167', '17']]),
   ('h', '3. Le schede obiettivo'),
   ('p', 'Di seguito si riportano le schede degli obiettivi operativi di performance organizzativa assegnati ai Settori per l’anno 2023. L’esito è attribuito dal Nucleo di Valutazione sulla base della documentazione prodotta dai Dirigenti.')],
 'schede': [
  {'kv': [['Area strategica', '1 – Sassuolo sicura e vivibile'], ['Obiettivo strategico', '1.2 – Rafforzare il presidio del territorio'],
          ['Obiettivo operativo', '1.2.1 – Potenziamento del controllo del territorio da parte della Polizia Locale'],
          ['Settore responsabile', 'Corpo di Polizia Locale – Comandante dott. M. Ferrari'], ['Peso dell’obiettivo', '25%']],
   'rows': [['Numero di ore di pattugliamento serale e festivo', 'n. ore', '≥ 2.500', '2.684', None],
            ['Percentuale di verbali notificati entro 90 giorni dall’accertamento', '%', '≥ 95%', '97,3%', None],
            ['Tempo medio di rilascio delle autorizzazioni per occupazione di suolo pubblico', 'giorni', '≤ 20 gg', '18 gg', 'Media calcolata su 412 istanze']],
   'esito': 'Raggiunto', 'comment': 'Il servizio serale è stato garantito anche nei mesi estivi grazie all’assunzione di due agenti a tempo determinato nell’ambito del progetto “Estate sicura”.'},
  {'kv': [['Area strategica', '2 – Sassuolo che cresce'], ['Obiettivo strategico', '2.1 – Semplificare il rapporto con imprese e cittadini'],
          ['Obiettivo operativo', '2.1.3 – Digitalizzazione dei procedimenti SUAP e SUE'],
          ['Settore responsabile', 'Settore Sviluppo economico ed Edilizia privata'], ['Peso dell’obiettivo', '30%']],
   'rows': [['Percentuale di pratiche SUAP presentate esclusivamente in via telematica', '%', '100%', '100%', None],
            ['Tempo medio di conclusione dei procedimenti di permesso di costruire', 'giorni', '≤ 60 gg', '67 gg', 'Forte incremento delle istanze'],
            ['Numero di fascicoli edilizi storici digitalizzati e consultabili on line', 'n.', '≥ 1.200', 'n.d.', 'Dato in corso di rilevazione da parte del fornitore'],
            ['Attivazione del pagamento PagoPA per i diritti di segreteria SUE', 'data', 'entro 30/06/2023', 'attivato dal 15/05/2023', None]],
   'esito': 'Parzialmente raggiunto', 'comment': 'Lo scostamento sui tempi dei permessi di costruire è dovuto al forte incremento delle istanze collegate ai bonus edilizi (+38% rispetto al 2022) a fronte di un organico invariato. La digitalizzazione dell’archivio proseguirà nel 2024.'},
  {'kv': [['Area strategica', '3 – Sassuolo solidale'], ['Obiettivo strategico', '3.1 – Sostenere le famiglie e le persone fragili'],
          ['Obiettivo operativo', '3.1.2 – Potenziamento del servizio di assistenza domiciliare'],
          ['Settore responsabile', 'Settore Servizi sociali e Politiche abitative'], ['Peso dell’obiettivo', '25%']],
   'rows': [['Numero di utenti in carico al Servizio di Assistenza Domiciliare (SAD)', 'n.', '≥ 180', '196', None],
            ['Tempo medio di attivazione del servizio dalla presentazione della domanda', 'giorni', 'entro 15 gg', '12 gg', None],
            ['Grado di soddisfazione degli utenti rilevato con questionario', 'scala 1-5', '≥ 4,0', '4,3', 'Questionari restituiti: 143']],
   'esito': 'Raggiunto', 'comment': None},
  {'kv': [['Area strategica', '4 – Comune efficiente e trasparente'], ['Obiettivo strategico', '4.2 – Migliorare la gestione delle risorse finanziarie'],
          ['Obiettivo operativo', '4.2.1 – Riduzione dei tempi di pagamento e miglioramento della capacità di riscossione'],
          ['Settore responsabile', 'Settore Finanziario e Tributi'], ['Peso dell’obiettivo', '20%']],
   'rows': [['Indicatore annuale di tempestività dei pagamenti (DPCM 22/09/2014)', 'giorni', '≤ 0', '-4,21', None],
            ['Percentuale di fatture commerciali pagate entro 30 giorni dal ricevimento', '%', '≥ 90%', '88,6%', None],
            ['Riduzione dello stock di debito commerciale scaduto al 31/12', '€', '< € 50.000,00', '€ 31.420,18', 'Fonte: Piattaforma crediti commerciali'],
            ['Percentuale di riscossione in conto competenza delle entrate tributarie', '%', '≥ 75%', '78,15%', None]],
   'esito': 'Parzialmente raggiunto', 'comment': 'Il mancato raggiungimento del valore atteso sulle fatture pagate entro 30 giorni è imputabile ai ritardi nella liquidazione da parte dei Settori tecnici nel primo trimestre, dovuti all’avvio del nuovo gestionale contabile.'}],
 'closing': [('h', '4. Sintesi dei risultati'),
   ('p', 'Complessivamente, dei 14 indicatori monitorati, 11 hanno raggiunto o superato il valore atteso, 2 presentano uno scostamento e per 1 indicatore il dato non è ancora disponibile. Il grado medio di raggiungimento degli obiettivi operativi si attesta all’87,5%.')]}
HDR = ['Indicatore', 'Unità di misura', 'Valore atteso 2023', 'Valore raggiunto 2023', 'Note']
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr(); shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), fill); tcPr.append(shd)
def put(cell, text, bold=False, size=9, align=None):
    cell.text = ''; p = cell.paragraphs[0]; r = p.add_run(text or ''); r.bold = bold; r.font.size = Pt(size)
    if align: p.alignment = align
def render(C):
    d = Document(); st = d.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(10)
    sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    fp = sec.footer.paragraphs[0]; fp.text = 'Comune di Sassuolo – Relazione sulla performance 2023'; fp.runs[0].font.size = Pt(8)
    for i, line in enumerate(C['cover']):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line); r.bold = i in (0, 2, 3); r.font.size = Pt([22, 12, 20, 18, 10, 10][i])
        p.paragraph_format.space_before = Pt([120, 6, 90, 12, 60, 12][i])
    d.add_page_break()
    def block(items):
        for kind, x in items:
            if kind == 'h':
                p = d.add_paragraph(); r = p.add_run(x); r.bold = True; r.font.size = Pt(13); r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
            elif kind == 'p':
                p = d.add_paragraph(x); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            elif kind == 'staff':
                t = d.add_table(rows=len(x), cols=4); t.style = 'Table Grid'
                for i, row in enumerate(x):
                    for j, v in enumerate(row):
                        put(t.cell(i, j), v, bold=(i == 0 or i == len(x) - 1), align=None if j == 0 else WD_ALIGN_PARAGRAPH.CENTER)
                        if i == 0: shade(t.cell(i, j), 'D9E2F3')
                d.add_paragraph()
    block(C['intro'])
    for n, s in enumerate(C['schede'], 1):
        p = d.add_paragraph(); r = p.add_run(f'SCHEDA OBIETTIVO N. {n}'); r.bold = True; r.font.size = Pt(11)
        t = d.add_table(rows=len(s['kv']), cols=2); t.style = 'Table Grid'
        for i, (k, v) in enumerate(s['kv']):
            put(t.cell(i, 0), k, bold=True); shade(t.cell(i, 0), 'D9D9D9'); put(t.cell(i, 1), v)
            t.cell(i, 0).width = Cm(4.5); t.cell(i, 1).width = Cm(12.5)
        t.autofit = False; t.columns[0].width = Cm(4.5); t.columns[1].width = Cm(12.5)
        p = d.add_paragraph(); p.paragraph_format.space_after = Pt(2); r = p.add_run('Indicatori di risultato'); r.italic = True; r.font.size = Pt(9)
        t = d.add_table(rows=1 + len(s['rows']), cols=5); t.style = 'Table Grid'
        widths = [Cm(6), Cm(2.2), Cm(2.6), Cm(2.6), Cm(3.6)]
        for j, h in enumerate(HDR):
            put(t.cell(0, j), h, bold=True, size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER); shade(t.cell(0, j), 'BFBFBF')
        for i, row in enumerate(s['rows'], 1):
            for j, v in enumerate(row):
                put(t.cell(i, j), v, size=9, align=None if j in (0, 4) else WD_ALIGN_PARAGRAPH.CENTER)
        t.autofit = False
        for j, col in enumerate(t.columns): col.width = widths[j]
        for row in t.rows:
            for j, c in enumerate(row.cells): c.width = widths[j]
        p = d.add_paragraph(); p.paragraph_format.space_before = Pt(6)
        r = p.add_run('Esito: '); r.bold = True; r = p.add_run(s['esito']); r.bold = True
        if s['comment']:
            p = d.add_paragraph(s['comment']); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        d.add_paragraph()
    block(C['closing'])
    d.save(NAME + '.docx')
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-r25', '--headless', '--convert-to', 'pdf', NAME + '.docx'], check=True, capture_output=True)
def truth(C):
    recs = []
    for s in C['schede']:
        kv = dict(s['kv']); ac, at = kv['Area strategica'].split(' – ', 1); oc, ot = kv['Obiettivo operativo'].split(' – ', 1)
        for ind, unit, tg, ac_, note in s['rows']:
            recs.append(record(area_code=ac, area_title=at, objective_level='operational', objective_code=oc, objective_title=ot,
                               indicator=ind, unit=unit, year=2023, target=tg, actual=ac_, notes=note,
                               status_text=s['esito'], comment=s['comment']))
    return recs
if __name__ == '__main__':
    json.dump(C, open(NAME + '.content.json', 'w'), ensure_ascii=False, indent=1)
    C = json.load(open(NAME + '.content.json'))
    render(C); recs = truth(C)
    n, probs = readback(NAME + '.pdf', recs); print('pages', n, 'records', len(recs), 'problems', probs)
    write_truth(NAME, C['document'], recs, 'Written by make_r25.py (s1.py) from the content, never from an extractor. Readings: the Esito line printed under each scheda\'s indicator table (outside it) gives every indicator of the scheda status/status_text and the paragraph after it as comment (CONVENTIONS); the key/value rows Area strategica/Obiettivo strategico/Obiettivo operativo are headings, Settore responsabile and Peso dell\'obiettivo are not record fields; the Unità di misura column is unit and does not give target_unit (units parsed only from the value cells); a negative actual (-4,21) is a number; a cell with a date (entro 30/06/2023) has no value.', n)
