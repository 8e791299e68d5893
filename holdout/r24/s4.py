# Azienda Zero (Veneto) – Relazione sulla performance 2023, schede obiettivo in Word
import json, subprocess
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from common import *
NAME = 'azienda-zero-veneto-2023-relazione'
C = {
 'document': {'issuer': 'Azienda Zero', 'title': 'Relazione sulla performance', 'year': 2023, 'kind': 'relazione'},
 'header': ['N.', 'Indicatore', 'Valore atteso 2023', 'Valore rilevato al 31/12/2023', 'Note'],
 'areas': [
  {'code': '1', 'title': 'SUPPORTO ALLA PROGRAMMAZIONE E AL GOVERNO DEL SSR', 'schede': [
   {'os': ('1.1', 'Garantire il governo dei flussi informativi sanitari regionali'), 'oo': ('1.1.1', 'Assicurare la completezza e la qualità dei flussi verso il Ministero della Salute (NSIS)'), 'resp': 'UOC Sistema informativo socio-sanitario', 'peso': '15%',
    'inds': [('1', 'Percentuale di flussi NSIS trasmessi nei termini', '>= 98%', '99,2%', None), ('2', 'Tasso di scarto dei record del flusso SDO', '≤ 1%', '0,7%', 'Dato medio delle 12 trasmissioni mensili'), ('3', 'Numero di report di monitoraggio trasmessi all\'Area Sanità e Sociale', '12', '12', None)],
    'esito': 'Raggiunto', 'after': 'Tutti i flussi sono stati trasmessi nel rispetto delle scadenze ministeriali; la qualità del flusso SDO è migliorata rispetto al 2022 (1,3%).'},
   {'os': ('1.2', 'Supportare la Regione nella gestione delle liste d\'attesa'), 'oo': ('1.2.1', 'Monitorare i tempi di attesa delle prestazioni ambulatoriali'), 'resp': 'UOC Governo clinico e liste d\'attesa', 'peso': '20%',
    'inds': [('1', 'Percentuale di prestazioni di classe B erogate entro 10 giorni', '>= 90%', '84,6%', 'Media regionale; dato Aziende ULSS'), ('2', 'Numero di pubblicazioni mensili del cruscotto delle liste d\'attesa sul portale regionale', '12 pubblicazioni', '11 pubblicazioni', 'Aggiornamento di agosto non pubblicato'), ('3', 'Tempo medio di validazione dei dati trasmessi dalle Aziende', '≤ 15 gg', '13 gg', None)],
    'esito': 'Parzialmente raggiunto', 'after': 'Il valore regionale delle prestazioni di classe B risente della carenza di specialisti ambulatoriali in alcune Aziende ULSS; il cruscotto di agosto è stato pubblicato insieme a quello di settembre per l\'aggiornamento del sistema di rilevazione.'},
  ]},
  {'code': '2', 'title': 'ACQUISTI CENTRALIZZATI E LOGISTICA', 'schede': [
   {'os': ('2.1', 'Centralizzare gli acquisti di beni e servizi del SSR'), 'oo': ('2.1.1', 'Aggiudicare le gare previste dalla programmazione biennale degli acquisti'), 'resp': 'UOC CRAV – Centrale regionale acquisti', 'peso': '25%',
    'inds': [('1', 'Percentuale di gare aggiudicate sul totale programmato nel 2023', '>= 85%', '88,9%', '32 gare su 36'), ('2', 'Tempo medio di aggiudicazione delle gare sopra soglia', '≤ 180 gg', '196 gg', None), ('3', 'Risparmio conseguito sulle gare aggiudicate rispetto alla base d\'asta', '>= € 25.000.000,00', '€ 31.480.215,66', None), ('4', 'Percentuale di ricorsi respinti sul totale dei ricorsi definiti', '>= 80%', 'n.d.', 'Contenziosi ancora pendenti')],
    'esito': None, 'after': 'Nel 2023 la CRAV ha gestito procedure per un valore complessivo a base d\'asta di € 1.248.600.000,00. Il tempo medio di aggiudicazione è stato influenzato dalle tre gare per dispositivi medici con oltre 400 lotti ciascuna.'},
   {'os': ('2.2', 'Razionalizzare la logistica del farmaco'), 'oo': ('2.2.1', 'Avviare il magazzino unico regionale dei farmaci'), 'resp': 'UOC Logistica e farmaceutica', 'peso': '10%',
    'inds': [('1', 'Numero di Aziende sanitarie servite dal magazzino unico', '>= 3', '4', None)],
    'esito': None, 'after': 'Dal 1° ottobre 2023 il magazzino di Padova serve le Aziende ULSS 5 Polesana, 6 Euganea, l\'Azienda Ospedale-Università di Padova e l\'Istituto Oncologico Veneto.'},
  ]},
  {'code': '3', 'title': 'GESTIONE ACCENTRATA DEL PERSONALE E FUNZIONAMENTO', 'schede': [
   {'os': ('3.1', 'Gestire i concorsi unici regionali'), 'oo': ('3.1.1', 'Ridurre i tempi delle procedure concorsuali aggregate'), 'resp': 'UOC Gestione risorse umane – concorsi', 'peso': '20%',
    'inds': [('1', 'Tempo medio tra pubblicazione del bando e approvazione della graduatoria', '≤ 150 gg', '142 gg', None), ('2', 'Numero di procedure concorsuali aggregate concluse', '>= 40', '47', 'di cui 9 per il comparto'), ('3', 'Percentuale di candidature presentate tramite piattaforma on line', '100%', '100%', None)],
    'esito': 'Raggiunto', 'after': None},
   {'os': ('3.2', 'Assicurare la trasparenza e la prevenzione della corruzione'), 'oo': ('3.2.1', 'Attuare le misure del PTPCT'), 'resp': 'Responsabile della prevenzione della corruzione e della trasparenza', 'peso': '10%',
    'inds': [('1', 'Grado di attuazione delle misure programmate', '100%', '92%', None), ('2', 'Tempo medio di risposta alle istanze di accesso civico generalizzato', '≤ 30 gg', '21 gg', None)],
    'esito': 'Parzialmente raggiunto', 'after': 'Due misure di rotazione del personale nell\'area acquisti sono state rinviate al 2024 per l\'assenza di figure professionali fungibili.'},
  ]},
 ],
}
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), hexcol); tcPr.append(s)
def rep_header(row):
    trPr = row._tr.get_or_add_trPr(); e = OxmlElement('w:tblHeader'); e.set(qn('w:val'), 'true'); trPr.append(e)
def para(doc, text, bold=False, size=10, align=None, italic=False, space=6):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(space)
    if align is not None: p.alignment = align
    return p
def set_widths(t, widths):
    t.autofit = False
    for i, gc in enumerate(t._tbl.tblGrid.findall(qn('w:gridCol'))): gc.set(qn('w:w'), str(int(widths[i].twips)))
    for row in t.rows:
        for i, w in enumerate(widths): row.cells[i].width = w
def cellset(c, text, bold=False, size=9):
    c.text = text or ''; p = c.paragraphs[0]
    if p.runs: p.runs[0].bold = bold; p.runs[0].font.size = Pt(size)
def build():
    doc = Document()
    st = doc.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(10)
    sec = doc.sections[0]; sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(2.2); sec.bottom_margin = Cm(2)
    hp = sec.header.paragraphs[0]; hp.text = 'Azienda Zero – Relazione sulla performance anno 2023'; hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run(); f1 = OxmlElement('w:fldSimple'); f1.set(qn('w:instr'), 'PAGE'); r._r.append(f1)
    para(doc, 'REGIONE DEL VENETO', bold=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER, space=2)
    para(doc, '', space=2)
    para(doc, 'Azienda Zero', bold=True, size=24, align=WD_ALIGN_PARAGRAPH.CENTER, space=2)
    para(doc, 'Passaggio L. Gaudenzio, 1 – 35131 Padova', size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, '')
    para(doc, 'RELAZIONE SULLA PERFORMANCE – ANNO 2023', bold=True, size=15, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, 'Adottata con deliberazione del Direttore Generale n. 402 del 26/06/2024', italic=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, '')
    doc.add_heading('1. Introduzione', level=1)
    para(doc, "Azienda Zero è l'ente di governance della sanità regionale veneta istituito con L.R. n. 19/2016. La presente Relazione rendiconta i risultati degli obiettivi assegnati alle strutture con il Piano della performance 2023-2025, in forma di schede obiettivo. Per ciascuna scheda è riportato l'esito complessivo dell'obiettivo operativo, come validato dall'Organismo Indipendente di Valutazione nella seduta del 19 giugno 2024.")
    doc.add_heading('2. Risorse umane', level=1)
    t = doc.add_table(rows=1, cols=3); t.style = 'Table Grid'
    for i, h in enumerate(['Ruolo', 'Dipendenti al 31/12/2022', 'Dipendenti al 31/12/2023']): cellset(t.rows[0].cells[i], h, True); shade(t.rows[0].cells[i], 'D9D9D9')
    for row in [['Dirigenza sanitaria', '38', '41'], ['Dirigenza PTA', '27', '29'], ['Comparto sanitario', '46', '52'], ['Comparto amministrativo e tecnico', '312', '338'], ['Totale', '423', '460']]:
        cs = t.add_row().cells
        for i, v in enumerate(row): cellset(cs[i], v, row[0] == 'Totale')
    set_widths(t, [Cm(8), Cm(4), Cm(4)])
    para(doc, '')
    doc.add_heading('3. Schede obiettivo', level=1)
    recs, groups = [], []
    iw = [Cm(0.9), Cm(6.4), Cm(2.8), Cm(2.9), Cm(3.6)]
    for a in C['areas']:
        doc.add_heading(f"AREA {a['code']} – {a['title']}", level=2)
        for s in a['schede']:
            kv = doc.add_table(rows=0, cols=2); kv.style = 'Table Grid'
            for k, v in [('Obiettivo strategico', f"{s['os'][0]} – {s['os'][1]}"), ('Obiettivo operativo', f"{s['oo'][0]} – {s['oo'][1]}"), ('Struttura responsabile', s['resp']), ("Peso dell'obiettivo", s['peso'])]:
                cs = kv.add_row().cells; cellset(cs[0], k, True); shade(cs[0], 'DEEAF6'); cellset(cs[1], v)
            set_widths(kv, [Cm(4.2), Cm(12.4)])
            para(doc, 'Indicatori', bold=True, size=9, space=2)
            t = doc.add_table(rows=1, cols=5); t.style = 'Table Grid'; rep_header(t.rows[0])
            for i, hd in enumerate(C['header']): cellset(t.rows[0].cells[i], hd, True, 8.5); shade(t.rows[0].cells[i], 'DEEAF6')
            h = {'area_code': a['code'], 'area_title': a['title'], 'objective_level': 'operational', 'objective_code': s['oo'][0], 'objective_title': s['oo'][1]}
            for n, name, tgt, act, note in s['inds']:
                cs = t.add_row().cells
                for i, v in enumerate([n, name, tgt, act, note]): cellset(cs[i], v)
                if s['esito']: comment = s['after']
                elif len(s['inds']) == 1: comment = s['after']
                else: comment = None
                r = record(h, {'indicator_code': n, 'indicator': name, 'notes': note}, 2023, tgt, act, None, s['esito'], comment)
                recs.append(r); groups.append(([r], ' '.join(name.split()[:4]), [' '.join(name.split()[-2:]), ' '.join((note or act).split()[-1:])]))
            set_widths(t, iw)
            para(doc, '', space=2)
            if s['esito']:
                p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(4)
                r1 = p.add_run('Esito: '); r1.bold = True; r2 = p.add_run(s['esito']); r2.bold = True
            if s['after']: para(doc, s['after'], size=9.5)
            para(doc, '', space=4)
    doc.add_heading('4. Quadro di sintesi', level=1)
    t = doc.add_table(rows=1, cols=3); t.style = 'Table Grid'
    for i, h in enumerate(['Esito obiettivo operativo', 'N. obiettivi', '% sul totale']): cellset(t.rows[0].cells[i], h, True); shade(t.rows[0].cells[i], 'D9D9D9')
    for row in [['Raggiunto', '2', '33,3%'], ['Parzialmente raggiunto', '2', '33,3%'], ['Non valutato (senza esito in scheda)', '2', '33,3%'], ['Totale', '6', '100,0%']]:
        cs = t.add_row().cells
        for i, v in enumerate(row): cellset(cs[i], v, row[0] == 'Totale')
    set_widths(t, [Cm(8), Cm(4), Cm(4)])
    doc.save(NAME + '.docx')
    return recs, groups
if __name__ == '__main__':
    json.dump(C, open(NAME + '.content.json', 'w'), ensure_ascii=False, indent=1)
    recs, groups = build()
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-r24', '--headless', '--convert-to', 'pdf', NAME + '.docx'], check=True, capture_output=True)
    n = readback(NAME + '.pdf', groups)
    write_truth(NAME, C['document'], recs, n, "Written by make_r24.py (s4.py) from the content file. 'Scheda obiettivo' layout: key/value table (Obiettivo strategico / Obiettivo operativo keys are headings; Struttura responsabile and Peso dell'obiettivo are not record fields), indicator table with an 'N.' column (indicator_code) and a 'Note' column (notes), then an 'Esito: ...' line after the table giving status/status_text (without 'Esito:') and the following paragraph as comment to every indicator of the scheda. Where no Esito line is printed, prose after a multi-indicator table is no comment; after the one-indicator table (2.2.1) it is that indicator's comment. Issuer: 'Azienda Zero' as the cover prints it (Regione del Veneto above it is not the issuer). Reading: the target '12 pubblicazioni' parses as = 12 with no unit.")
    print(NAME, n, 'pages', len(recs), 'records')
