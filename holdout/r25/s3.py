# Azienda Ospedaliera Regionale San Carlo – Relazione sulla performance 2023: slide-like 16:9 pages, one table per page
import json
from reportlab.lib.pagesizes import landscape
from reportlab.pdfgen import canvas
from reportlab.platypus import Table, TableStyle, Paragraph
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import *
import glob
NAME = 'ao-san-carlo-2023-relazione'
HDR = ['Cod.', 'Indicatore', 'Target 2023', 'Risultato 2023', '% raggiungimento', 'Esito']
C = {'document': {'issuer': 'Azienda Ospedaliera Regionale San Carlo', 'title': 'Relazione sulla performance', 'year': 2023, 'kind': 'relazione'},
 'cover': ['Regione Basilicata', 'Azienda Ospedaliera Regionale San Carlo', 'Relazione sulla Performance 2023', 'Art. 10, comma 1, lett. b) D.Lgs. 150/2009', 'Potenza, giugno 2024'],
 'slides': [
  {'kind': 'budget', 'title': 'Premessa e contesto economico', 'bullets': [
    'La Relazione illustra i risultati organizzativi raggiunti nel 2023 rispetto agli obiettivi del Piano della Performance 2023-2025, confluito nella sezione 2.2 del PIAO.',
    'Gli obiettivi sono articolati in tre aree strategiche coerenti con gli obiettivi assegnati dalla Regione Basilicata al Direttore Generale (DGR n. 224/2023).',
    'Per ciascun indicatore si riportano target, risultato al 31/12/2023, percentuale di raggiungimento ed esito validato dall’OIV.',
    'I dati di esito derivano dal Programma Nazionale Esiti (PNE) e dai flussi SDO, EMUR e specialistica ambulatoriale.'],
   'caption': 'Conto economico sintetico (importi in €/000)',
   'table': [['Voce', 'Consuntivo 2022', 'Consuntivo 2023', 'Variazione'],
             ['Valore della produzione', '312.540', '326.118', '+4,3%'], ['Acquisti di beni sanitari', '88.912', '93.407', '+5,1%'],
             ['Acquisti di servizi', '61.330', '63.015', '+2,7%'], ['Costo del personale', '141.208', '145.962', '+3,4%'],
             ['Altri costi operativi', '19.774', '20.103', '+1,7%'], ['Risultato d’esercizio', '1.316', '3.631', '–']]},
  {'kind': 'ind', 'area': 'Area strategica 1 – Efficienza e appropriatezza', 'obj': 'Obiettivo strategico 1.1 – Appropriatezza dei ricoveri ordinari',
   'rows': [['1.1.a', 'Degenza media dei ricoveri ordinari per acuti', '≤ 7,8 gg', '7,6 gg', '100%', 'Raggiunto'],
            ['1.1.b', 'Percentuale di DRG ad alto rischio di inappropriatezza (Patto per la Salute)', '≤ 18%', '19,4%', '85%', 'Parzialmente raggiunto'],
            ['1.1.c', 'Tasso di occupazione dei posti letto di degenza ordinaria', '85-90%', '88,2%', '100%', 'Raggiunto']],
   'box': 'Commento: il lieve scostamento sui DRG a rischio di inappropriatezza è concentrato nelle UU.OO. di Medicina interna e Geriatria; è stato avviato un audit con la Direzione Medica di Presidio.'},
  {'kind': 'ind', 'area': 'Area strategica 1 – Efficienza e appropriatezza', 'obj': 'Obiettivo strategico 1.2 – Governo dei tempi di attesa',
   'rows': [['1.2.a', 'Percentuale di prestazioni ambulatoriali di classe B erogate entro 10 giorni', '≥ 90%', '86,7%', '96%', 'Parzialmente raggiunto'],
            ['1.2.b', 'Percentuale di interventi per tumore maligno della mammella eseguiti entro 30 giorni dalla prescrizione', '≥ 90%', '92,3%', '100%', 'Raggiunto'],
            ['1.2.c', 'Tempo medio di permanenza in Pronto Soccorso dei pazienti non ricoverati', '≤ 240 min', '263 min', '0%', 'Non raggiunto']],
   'box': None},
  {'kind': 'ind', 'area': 'Area strategica 2 – Qualità ed esiti delle cure', 'obj': 'Obiettivo strategico 2.1 – Migliorare gli esiti delle cure (PNE)',
   'rows': [['2.1.a', 'Percentuale di pazienti over 65 con frattura del femore operati entro 2 giorni', '≥ 70%', '74,5%', '100%', 'Raggiunto'],
            ['2.1.b', 'Proporzione di parti con taglio cesareo primario', '≤ 20%', '22,1%', '70%', 'Parzialmente raggiunto'],
            ['2.1.c', 'Mortalità a 30 giorni dopo intervento di bypass aortocoronarico isolato', '≤ 3%', 'n.d.', 'n.d.', 'Sospeso']],
   'box': 'Nota: il dato PNE 2023 sulla mortalità post-bypass non è ancora pubblicato da AGENAS; l’indicatore sarà valutato nella Relazione 2024.'},
  {'kind': 'ind', 'area': 'Area strategica 2 – Qualità ed esiti delle cure', 'obj': 'Obiettivo strategico 2.2 – Sicurezza del paziente e rischio clinico',
   'rows': [['2.2.a', 'Tasso di infezioni del sito chirurgico (per 100 interventi)', '≤ 2,5', '1,9', '100%', 'Raggiunto']],
   'box': 'Il risultato conferma l’efficacia del bundle di prevenzione adottato nel 2022 in tutte le sale operatorie; la sorveglianza è stata estesa alla chirurgia ortopedica protesica.'},
  {'kind': 'ind', 'area': 'Area strategica 3 – Sostenibilità economica e trasformazione digitale', 'obj': 'Obiettivo strategico 3.1 – Equilibrio economico e digitalizzazione',
   'rows': [['3.1.a', 'Rispetto del tetto di spesa per dispositivi medici', '≤ € 38,5 mln', '€ 39.120.400,00', '90%', 'Parzialmente raggiunto'],
            ['3.1.b', 'Indicatore annuale di tempestività dei pagamenti', '≤ 0 gg', '-12 gg', '100%', 'Raggiunto'],
            ['3.1.c', 'Percentuale di referti di laboratorio pubblicati sul Fascicolo Sanitario Elettronico', '≥ 95%', '97,8%', '100%', 'Raggiunto']],
   'box': None},
  {'kind': 'summary', 'title': 'Sintesi degli esiti 2023',
   'table': [['Esito', 'N. indicatori', '%'], ['Raggiunto', '8', '61,5%'], ['Parzialmente raggiunto', '4', '30,8%'], ['Non raggiunto', '1', '7,7%'], ['Sospeso', '1', '–'], ['Totale', '14', '100,0%']]}]}
# fix: summary counts must match 13 indicators
C['slides'][-1]['table'] = [['Esito', 'N. indicatori', '%'], ['Raggiunto', '7', '53,8%'], ['Parzialmente raggiunto', '4', '30,8%'], ['Non raggiunto', '1', '7,7%'], ['Sospeso', '1', '7,7%'], ['Totale', '13', '100,0%']]
W, H = 960, 540
def fonts():
    for n, f in (('DV', 'DejaVuSans.ttf'), ('DVB', 'DejaVuSans-Bold.ttf')):
        pdfmetrics.registerFont(TTFont(n, glob.glob('/usr/share/fonts/**/' + f, recursive=True)[0]))
BLUE = colors.HexColor('#0B4F8A'); TEAL = colors.HexColor('#1C8C8C')
def frame(c, n, title, sub=None):
    c.setFillColor(BLUE); c.rect(0, H - 70, W, 70, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont('DVB', 20); c.drawString(36, H - 42, title)
    if sub:
        c.setFillColor(TEAL); c.setFont('DVB', 14); c.drawString(36, H - 100, sub)
    c.setFillColor(colors.HexColor('#777777')); c.setFont('DV', 8)
    c.drawString(36, 18, 'AOR San Carlo – Relazione sulla Performance 2023'); c.drawRightString(W - 36, 18, str(n))
    c.setStrokeColor(TEAL); c.setLineWidth(2); c.line(36, 32, W - 36, 32)
def render(C):
    fonts(); c = canvas.Canvas(NAME + '.pdf', pagesize=(W, H))
    c.setFillColor(BLUE); c.rect(0, 0, W, H, stroke=0, fill=1); c.setFillColor(colors.white)
    cv = C['cover']; c.setFont('DV', 14); c.drawString(60, 430, cv[0]); c.setFont('DVB', 26); c.drawString(60, 390, cv[1])
    c.setFont('DVB', 34); c.drawString(60, 290, cv[2]); c.setFont('DV', 13); c.drawString(60, 255, cv[3]); c.drawString(60, 90, cv[4]); c.showPage()
    ps = ParagraphStyle('p', fontName='DV', fontSize=11, leading=13.5); psb = ParagraphStyle('b', fontName='DVB', fontSize=11, leading=13.5, textColor=colors.white, alignment=1)
    n = 2
    for s in C['slides']:
        if s['kind'] == 'text':
            frame(c, n, s['title']); y = H - 120
            for b in s['bullets']:
                p = Paragraph('• ' + b, ParagraphStyle('x', fontName='DV', fontSize=15, leading=20)); w, h = p.wrap(W - 100, H); p.drawOn(c, 50, y - h); y -= h + 18
        elif s['kind'] in ('budget', 'summary'):
            frame(c, n, s['title']); y = H - 90
            for b in s.get('bullets', []):
                p = Paragraph('• ' + b, ParagraphStyle('x', fontName='DV', fontSize=11, leading=14)); w, h = p.wrap(W - 100, H); p.drawOn(c, 50, y - h); y -= h + 6
            if s.get('caption'):
                c.setFillColor(TEAL); c.setFont('DVB', 12); c.drawString(36, y - 20, s['caption']); y -= 28
            data = [[Paragraph(x, psb if i == 0 else ps) for x in r] for i, r in enumerate(s['table'])]
            t = Table(data, colWidths=[320] + [150] * (len(s['table'][0]) - 1))
            pad = 3 if s.get('bullets') else 6
            t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), BLUE), ('GRID', (0, 0), (-1, -1), 0.5, colors.HexColor('#9FB6CD')),
                                   ('ROWBACKGROUNDS', (0, 1), (-1, -1), [colors.white, colors.HexColor('#EAF1F8')]), ('TOPPADDING', (0, 0), (-1, -1), pad), ('BOTTOMPADDING', (0, 0), (-1, -1), pad)]))
            w, h = t.wrap(W, H); t.drawOn(c, (W - w) / 2, min(y, H - 110) - h - 6)
        else:
            frame(c, n, s['area'], s['obj'])
            data = [[Paragraph(x, psb) for x in HDR]] + [[Paragraph(x, ps) for x in r] for r in s['rows']]
            t = Table(data, colWidths=[50, 360, 95, 110, 130, 143])
            st = [('BACKGROUND', (0, 0), (-1, 0), BLUE), ('GRID', (0, 0), (-1, -1), 0.5, colors.HexColor('#9FB6CD')), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                  ('TOPPADDING', (0, 0), (-1, -1), 7), ('BOTTOMPADDING', (0, 0), (-1, -1), 7)]
            for i, r in enumerate(s['rows'], 1):
                col = {'Raggiunto': '#C6EFCE', 'Parzialmente raggiunto': '#FFEB9C', 'Non raggiunto': '#FFC7CE', 'Sospeso': '#D9D9D9'}[r[5]]
                st.append(('BACKGROUND', (5, i), (5, i), colors.HexColor(col)))
            t.setStyle(TableStyle(st)); w, h = t.wrap(W, H); t.drawOn(c, 36, H - 118 - h)
            if s['box']:
                p = Paragraph(s['box'], ParagraphStyle('bx', fontName='DV', fontSize=11, leading=14)); pw, ph = p.wrap(W - 100, H)
                y = H - 118 - h - 30 - ph; c.setFillColor(colors.HexColor('#F2F2F2')); c.setStrokeColor(TEAL); c.rect(36, y - 10, W - 72, ph + 20, fill=1)
                p.drawOn(c, 50, y)
        c.showPage(); n += 1
    c.save()
def truth(C):
    recs = []
    for s in C['slides']:
        if s['kind'] != 'ind': continue
        a = s['area'].replace('Area strategica ', '').split(' – ', 1); o = s['obj'].replace('Obiettivo strategico ', '').split(' – ', 1)
        single = len(s['rows']) == 1
        for code, ind, tg, act, pct, es in s['rows']:
            recs.append(record(area_code=a[0], area_title=a[1], objective_level='strategic', objective_code=o[0], objective_title=o[1],
                indicator_code=code, indicator=ind, year=2023, target=tg, actual=act, achievement=None if pct == 'n.d.' else float(pct.rstrip('%').replace(',', '.')),
                status_text=es, comment=s['box'] if single else None))
    return recs
if __name__ == '__main__':
    json.dump(C, open(NAME + '.content.json', 'w'), ensure_ascii=False, indent=1)
    C = json.load(open(NAME + '.content.json'))
    render(C); recs = truth(C)
    n, probs = readback(NAME + '.pdf', recs); print('pages', n, 'records', len(recs), 'problems', probs)
    write_truth(NAME, C['document'], recs, 'Written by make_r25.py (s3.py) from the content, never from an extractor. Readings: each slide-like page prints the area in its title bar and the strategic objective as subtitle; Esito column gives status/status_text, % raggiungimento gives achievement (n.d. -> null); the boxed text under a table of several indicators (Commento/Nota) is not a comment (no status line), under the one-indicator table (2.2) it is that indicator\'s comment; min is not a canonical unit (unit null); Sospeso maps to suspended; conto economico and Sintesi degli esiti tables give no records.', n)
