# ISTAT – Relazione sulla performance 2023, stampa da applicativo di gestione della performance (reportlab)
import json
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import *
D = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D + 'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D + 'DejaVuSans-Bold.ttf')); pdfmetrics.registerFont(TTFont('DVI', D + 'DejaVuSans-Oblique.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('DV', 0, 0, 'DV'); addMapping('DV', 1, 0, 'DVB'); addMapping('DV', 0, 1, 'DVI'); addMapping('DV', 1, 1, 'DVB')
NAME = 'istat-2023-relazione'
C = {
 'document': {'issuer': 'Istituto Nazionale di Statistica', 'title': 'Relazione sulla performance', 'year': 2023, 'kind': 'relazione'},
 'header': ['Codice', 'Descrizione', 'Peso %', 'Target 2023', 'Consuntivo 2023', '% ragg.'],
 'tree': [
  ('area', 'A', 'PRODUZIONE E DIFFUSIONE DELL\'INFORMAZIONE STATISTICA UFFICIALE'),
  ('strategic', 'A.1', 'Garantire la qualità e la tempestività della produzione statistica'),
  ('operational', 'A.1.1', 'Rispettare il calendario di diffusione dei comunicati stampa'),
  ('ind', 'A.1.1.1', 'Percentuale di comunicati stampa diffusi nella data prevista dal calendario annuale', '40', '>= 98%', '99,6%', '100', 'RAGGIUNTO', 'Su 247 comunicati programmati, uno solo è stato posticipato di un giorno per un guasto della piattaforma di diffusione.'),
  ('ind', 'A.1.1.2', 'Tempo medio di rettifica degli errori segnalati nei dati pubblicati', '20', '≤ 3 gg', '2,4 gg', '100', 'RAGGIUNTO', None),
  ('ind', 'A.1.1.3', 'Numero di nuove tavole pubblicate sulla piattaforma IstatData', '40', '>= 150', '171', '100', 'RAGGIUNTO', 'Il risultato comprende le 38 tavole del Censimento permanente delle istituzioni pubbliche.'),
  ('operational', 'A.1.2', 'Completare il Censimento permanente della popolazione e delle abitazioni 2023', ),
  ('ind', 'A.1.2.1', 'Tasso di risposta alla componente areale del Censimento', '50', '>= 85%', '82,3%', '96,8', 'PARZIALMENTE RAGGIUNTO', 'Il tasso è inferiore al target nei comuni metropolitani di Napoli, Roma e Milano, dove si è registrata una maggiore difficoltà di contatto delle famiglie. Sono state attivate azioni di recupero con i Centri comunali di rilevazione.'),
  ('ind', 'A.1.2.2', 'Rilascio dei dati definitivi della popolazione legale', '50', 'entro il 15/12/2023', '14/12/2023', '100', 'RAGGIUNTO', None),
  ('strategic', 'A.2', 'Ampliare l\'accesso ai dati e ai microdati per la ricerca'),
  ('operational', 'A.2.1', 'Potenziare il Laboratorio per l\'analisi dei dati elementari (ADELE)'),
  ('ind', 'A.2.1.1', 'Numero di progetti di ricerca autorizzati all\'accesso ai microdati', '60', '>= 120', '134', '100', 'RAGGIUNTO', None),
  ('ind', 'A.2.1.2', 'Tempo medio di evasione delle richieste di file standard', '40', '≤ 30 gg', '34 gg', '88,2', 'PARZIALMENTE RAGGIUNTO', 'Lo scostamento è dovuto al picco di richieste del secondo semestre, legato ai bandi PRIN 2022 PNRR.'),
  ('area', 'B', 'RAFFORZAMENTO DEL SISTEMA STATISTICO NAZIONALE'),
  ('strategic', 'B.1', 'Coordinare gli enti del Sistan nella produzione del Programma statistico nazionale'),
  ('operational', 'B.1.1', 'Monitorare l\'attuazione del PSN 2023-2025'),
  ('ind', 'B.1.1.1', 'Percentuale di lavori del PSN monitorati', '50', '100%', '100%', '100', 'RAGGIUNTO', None),
  ('ind', 'B.1.1.2', 'Numero di enti Sistan coinvolti in iniziative di formazione', '50', '>= 200', '186', '93,0', 'PARZIALMENTE RAGGIUNTO', None),
  ('operational', 'B.1.2', 'Integrare gli archivi amministrativi nel Registro di base degli individui'),
  ('ind', 'B.1.2.1', 'Numero di nuovi archivi amministrativi acquisiti e integrati nel registro RBI', '100', '>= 4', 'Obiettivo sospeso', None, None, None),
  ('area', 'C', 'EFFICIENZA, TRASPARENZA E VALORIZZAZIONE DELLE RISORSE'),
  ('strategic', 'C.1', 'Migliorare l\'efficienza della gestione amministrativa e contabile'),
  ('ind', 'C.1.0.1', 'Indicatore di tempestività dei pagamenti', '30', '≤ 0 gg', '-11,5 gg', '100', 'RAGGIUNTO', None),
  ('ind', 'C.1.0.2', 'Percentuale di spesa per beni e servizi gestita tramite strumenti Consip e MePA', '30', '>= 75%', '79,4%', '100', 'RAGGIUNTO', None),
  ('ind', 'C.1.0.3', 'Riduzione dei costi di locazione passiva delle sedi territoriali', '40', '>= 10%', '4,2%', '42,0', 'NON RAGGIUNTO', 'Il trasferimento della sede di Bologna nel complesso demaniale di via Castiglione è slittato al 2024 per ritardi nei lavori di adeguamento a carico dell\'Agenzia del Demanio. Il risparmio atteso a regime è di € 412.000,00 annui.'),
  ('strategic', 'C.2', 'Valorizzare il capitale umano'),
  ('operational', 'C.2.1', 'Attuare il Piano triennale della formazione'),
  ('ind', 'C.2.1.1', 'Percentuale di dipendenti che hanno partecipato ad almeno un corso di formazione', '50', '>= 80%', '86,1%', '100', 'RAGGIUNTO', None),
  ('ind', 'C.2.1.2', 'Ore medie di formazione per dipendente', '50', '>= 24', 'n.d.', None, None, 'Il dato definitivo sarà disponibile a seguito della chiusura della rilevazione sulla piattaforma Syllabus.'),
 ],
 'budget': [['01 Organi istituzionali', '€ 2.315.400,00'], ['02 Produzione statistica', '€ 142.870.900,00'], ['03 Censimenti permanenti', '€ 61.204.300,00'], ['04 Servizi istituzionali e generali', '€ 38.117.650,00'], ['Totale', '€ 244.508.250,00']],
}
sty = ParagraphStyle('n', fontName='DV', fontSize=8, leading=10)
stb = ParagraphStyle('b', parent=sty, fontName='DVB')
sti = ParagraphStyle('i', parent=sty, fontName='DVI', textColor=colors.HexColor('#333333'))
body = ParagraphStyle('body', fontName='DV', fontSize=10, leading=14, spaceAfter=8)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=13, leading=17, spaceAfter=8, spaceBefore=6, textColor=colors.HexColor('#7A1F2B'))
def P(t, s=sty): return Paragraph(t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;') if t else '', s)
def onpage(c, d):
    c.saveState(); c.setFont('DV', 7.5); c.setFillColor(colors.grey)
    c.drawString(1.5 * cm, 28.6 * cm, 'Istat – Relazione sulla performance 2023')
    c.drawRightString(19.5 * cm, 28.6 * cm, 'Allegato 1 – Risultati degli obiettivi')
    c.drawString(1.5 * cm, 1.0 * cm, 'SIGEP – Sistema integrato di gestione della performance – stampa del 27/06/2024 ore 11:42')
    c.drawRightString(19.5 * cm, 1.0 * cm, f'Pag. {d.page}'); c.restoreState()
def build():
    doc = SimpleDocTemplate(NAME + '.pdf', pagesize=A4, leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.8 * cm, bottomMargin=1.6 * cm)
    S = []
    S += [Spacer(1, 4 * cm), Paragraph('Istituto Nazionale di Statistica', ParagraphStyle('t', fontName='DVB', fontSize=20, leading=26, textColor=colors.HexColor('#7A1F2B'))), Spacer(1, 1 * cm),
          Paragraph('Relazione sulla performance', ParagraphStyle('t2', fontName='DVB', fontSize=16, leading=20)), Paragraph('Anno 2023', ParagraphStyle('t3', fontName='DV', fontSize=14, leading=20)), Spacer(1, 1 * cm),
          Paragraph('Adottata con deliberazione del Consiglio n. CDXLVII del 27 giugno 2024', body)]
    S.append(Spacer(1, 1 * cm))
    S.append(Paragraph('Premessa', h1))
    S.append(Paragraph("La Relazione sulla performance 2023 dà conto dei risultati organizzativi raggiunti dall'Istituto rispetto agli obiettivi del Piano integrato di attività e organizzazione 2023-2025. Il grado di raggiungimento di ciascun indicatore è calcolato dal sistema SIGEP come rapporto tra consuntivo e target, con un massimo del 100%; l'esito dell'indicatore è riportato nella riga successiva, seguito dalle eventuali note dei responsabili delle strutture.", body))
    S.append(Paragraph('Risorse finanziarie per programma (impegni 2023)', h1))
    bt = Table([[P('Programma', stb), P('Impegni 2023', stb)]] + [[P(a, stb if a == 'Totale' else sty), P(b, stb if a == 'Totale' else sty)] for a, b in C['budget']], colWidths=[9 * cm, 5 * cm])
    bt.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.grey), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#E6D5D8')), ('ALIGN', (1, 0), (1, -1), 'RIGHT')]))
    S += [bt, PageBreak(), Paragraph('Risultati degli obiettivi e degli indicatori', h1)]
    data = [[P(h, stb) for h in C['header']]]; ts = [('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#999999')), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#E6D5D8')), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
    recs, groups = [], []; h = {}
    labels = {'area': 'AREA STRATEGICA', 'strategic': 'Obiettivo strategico', 'operational': 'Obiettivo operativo'}
    fills = {'area': '#7A1F2B', 'strategic': '#C9A3AA', 'operational': '#EFE3E5'}
    for it in C['tree']:
        r = len(data)
        if it[0] != 'ind':
            lvl, code, title = it
            data.append([P(f'{labels[lvl]} {code} – {title}', ParagraphStyle('x', parent=stb, textColor=colors.white if lvl == 'area' else colors.black)), '', '', '', '', ''])
            ts += [('SPAN', (0, r), (-1, r)), ('BACKGROUND', (0, r), (-1, r), colors.HexColor(fills[lvl]))]
            if lvl == 'area': h = {'area_code': code, 'area_title': title, 'objective_level': 'area', 'objective_code': code, 'objective_title': title}
            else: h = dict(h, objective_level=lvl, objective_code=code, objective_title=title)
            continue
        _, code, name, w, t, a, ach, st, com = it
        data.append([P(code), P(name), P(w), P(t), P(a), P(ach or '')])
        ts += [('ALIGN', (2, r), (-1, r), 'CENTER')]
        last = a
        if st:
            data.append([P(st, stb), '', '', '', '', '']); ts += [('SPAN', (0, len(data) - 1), (-1, len(data) - 1))]; last = st
        if com:
            data.append([P(com, sti), '', '', '', '', '']); ts += [('SPAN', (0, len(data) - 1), (-1, len(data) - 1))]; last = com
        rec = record(h, {'indicator_code': code, 'indicator': name, 'weight': float(w)}, 2023, t, a, float(ach.replace(',', '.')) if ach else None, st or ('Obiettivo sospeso' if a == 'Obiettivo sospeso' else None), com)
        recs.append(rec); groups.append(([rec], code + ' ' + ' '.join(name.split()[:2]), [' '.join(name.split()[-2:]), ' '.join(last.split()[-3:])]))
    for i, row in enumerate(data):
        for j, c in enumerate(row):
            if c == '': data[i][j] = None
    tb = Table(data, colWidths=[1.8 * cm, 8.2 * cm, 1.4 * cm, 2.5 * cm, 2.4 * cm, 1.7 * cm], repeatRows=1)
    tb.setStyle(TableStyle(ts)); S.append(tb)
    S.append(Spacer(1, 0.5 * cm))
    S.append(Paragraph("Nel complesso, dei 15 indicatori rendicontati 9 risultano raggiunti, 3 parzialmente raggiunti e 1 non raggiunto; un indicatore è stato sospeso con deliberazione del Consiglio del 12 ottobre 2023 a seguito del rinvio dell'accordo di fornitura con l'INPS, e per un indicatore il dato non è ancora disponibile.", body))
    doc.build(S, onFirstPage=onpage, onLaterPages=onpage)
    return recs, groups
if __name__ == '__main__':
    json.dump(C, open(NAME + '.content.json', 'w'), ensure_ascii=False, indent=1)
    recs, groups = build()
    n = readback(NAME + '.pdf', groups)
    write_truth(NAME, C['document'], recs, n, "Written by make_r24.py (s3.py) from the content file. Hierarchy as spanning shaded rows inside the table with level words (AREA STRATEGICA / Obiettivo strategico / Obiettivo operativo); status as a spanning row after the indicator, followed by an italic comment row. C.1 indicators sit directly under a strategic objective. B.1.2.1 has 'Obiettivo sospeso' in the actual cell and no status row -> status suspended. C.2.1.2 has no status row but a comment row -> comment set, status null.")
    print(NAME, n, 'pages', len(recs), 'records')
