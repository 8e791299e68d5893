# Università degli Studi di Bergamo – Piano integrato 2021-2023: merged strategic/operational cells, targets per year
import json, glob
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import *
NAME = 'universita-bergamo-2021-piano'
HDR = ['Obiettivo strategico', 'Obiettivo operativo', 'Indicatore', 'Baseline 2020', 'Target 2021', 'Target 2022', 'Target 2023', 'Struttura responsabile']
C = {'document': {'issuer': 'Università degli Studi di Bergamo', 'title': 'Piano integrato', 'year': 2021, 'kind': 'piano'},
 'cover': ['UNIVERSITÀ DEGLI STUDI DI BERGAMO', 'PIANO INTEGRATO 2021-2023', 'Performance, trasparenza e prevenzione della corruzione', 'Approvato dal Consiglio di Amministrazione nella seduta del 26 gennaio 2021'],
 'intro': [('h', '1. Inquadramento strategico'),
   ('p', 'Il Piano integrato 2021-2023 è redatto secondo le Linee guida ANVUR per la gestione integrata del ciclo della performance delle università statali italiane e sviluppa, sul versante amministrativo-gestionale, gli obiettivi del Piano strategico di Ateneo 2020-2022. Gli obiettivi operativi sono assegnati alle strutture dell’Amministrazione centrale e ai Dipartimenti e sono misurati attraverso indicatori con target annuali per il triennio.'),
   ('p', 'La tabella seguente riporta, per ciascun ambito di missione, gli obiettivi strategici, gli obiettivi operativi collegati, gli indicatori con il valore di partenza (baseline 2020) e i target attesi per ciascun anno del triennio.'),
   ('p', 'Il Piano integrato è coordinato con il bilancio unico di previsione 2021: a ciascun ambito sono attribuite le risorse riportate nella sezione 3, al netto delle spese di personale a tempo indeterminato. Il monitoraggio intermedio degli obiettivi è effettuato al 30 giugno di ciascun anno dal Nucleo di Valutazione, nella funzione di OIV, sulla base delle schede di rendicontazione predisposte dalle strutture responsabili; eventuali rimodulazioni dei target sono approvate dal Consiglio di Amministrazione.'),
   ('h', '2. Obiettivi, indicatori e target 2021-2023')],
 'closing': [
   ('h', '3. Risorse per ambito'),
   ('budget', [['Ambito', 'Budget 2021 (€)', 'Incidenza %'], ['Didattica', '€ 6.842.000,00', '41,2%'], ['Ricerca', '€ 5.118.500,00', '30,8%'],
               ['Amministrazione e servizi', '€ 4.640.300,00', '28,0%'], ['Totale', '€ 16.600.800,00', '100,0%']]),
 ],
 'ambiti': [
  {'title': 'AMBITO 1 – DIDATTICA', 'strat': [
    {'os': 'D.1 – Migliorare la regolarità delle carriere degli studenti', 'oo': [
      {'oo': 'D.1.1 – Potenziare il tutorato disciplinare nei corsi del primo anno', 'rows': [
        ['Percentuale di studenti che proseguono al II anno avendo acquisito almeno 40 CFU', '52,3%', '≥ 54%', '≥ 56%', '≥ 58%', 'Servizio Orientamento e Tutorato'],
        ['Numero di ore di tutorato disciplinare erogate', '2.150', '2.400', '2.600', '2.800', 'Dipartimenti']]},
      {'oo': 'D.1.2 – Rafforzare l’orientamento in ingresso', 'rows': [
        ['Numero di studenti partecipanti alle giornate di Open Day', '3.480', '≥ 3.500', '≥ 3.800', '≥ 4.000', 'Servizio Orientamento e Tutorato']]}]},
    {'os': 'D.2 – Rafforzare la dimensione internazionale della didattica', 'oo': [
      {'oo': 'D.2.1 – Incrementare l’offerta di corsi in lingua inglese e la mobilità', 'rows': [
        ['Numero di corsi di studio erogati interamente in lingua inglese', '6', '7', '8', '9', 'Presidio della Qualità'],
        ['Percentuale di CFU conseguiti all’estero sul totale dei CFU conseguiti', '1,8%', '≥ 2%', '≥ 2,3%', '≥ 2,5%', 'Servizio Relazioni internazionali']]}]}]},
  {'title': 'AMBITO 2 – RICERCA', 'split_after': 3, 'strat': [
    {'os': 'R.1 – Accrescere la capacità di attrazione di fondi competitivi', 'oo': [
      {'oo': 'R.1.1 – Supporto alla progettazione europea', 'rows': [
        ['Numero di proposte presentate su bandi Horizon Europe', '41', '≥ 45', '≥ 50', '≥ 55', 'Servizio Ricerca e Terza missione'],
        ['Importo dei finanziamenti competitivi acquisiti', '€ 4,2 mln', '≥ € 4.500.000', '≥ € 5.000.000', '≥ € 5.500.000', 'Servizio Ricerca e Terza missione']]},
      {'oo': 'R.1.2 – Valorizzazione dei risultati della ricerca', 'rows': [
        ['Numero di brevetti depositati', '3', '4', '4', '5', 'Ufficio Trasferimento tecnologico'],
        ['Numero di spin-off accademici accreditati', '2', '≥ 2', '≥ 3', '≥ 3', 'Ufficio Trasferimento tecnologico']]}]}]},
  {'title': 'AMBITO 3 – AMMINISTRAZIONE E SERVIZI', 'strat': [
    {'os': 'A.1 – Semplificare e digitalizzare i processi amministrativi', 'oo': [
      {'oo': 'A.1.1 – Dematerializzazione dei processi e dei flussi documentali', 'rows': [
        ['Percentuale di procedure concorsuali gestite con piattaforma telematica', '60%', '100%', '100%', '100%', 'Direzione Personale'],
        ['Adozione del nuovo sistema di gestione documentale', 'n.d.', 'Avvio', 'Messa a regime', None, 'Servizio Archivio e Protocollo'],
        ['Tempo medio di pagamento delle fatture passive', '22 gg', '≤ 20 gg', '≤ 18 gg', '≤ 18 gg', 'Direzione Bilancio e Contabilità']]}]},
    {'os': 'A.2 – Promuovere il benessere organizzativo', 'oo': [
      {'oo': 'A.2.1 – Indagine sul benessere organizzativo del personale TA', 'rows': [
        ['Tasso di risposta all’indagine sul benessere organizzativo', '38%', '≥ 45%', '≥ 50%', '≥ 50%', 'Direzione Personale'],
        ['Realizzazione di azioni di miglioramento sulla base degli esiti dell’indagine', '1', '≥ 2', '≥ 3', '≥ 3', 'Direzione Generale']]}]}]}],
 'footnote': 'I target degli anni 2022 e 2023 saranno aggiornati in sede di scorrimento annuale del Piano integrato.'}
def fonts():
    for n, f in (('DV', 'DejaVuSans.ttf'), ('DVB', 'DejaVuSans-Bold.ttf'), ('DVI', 'DejaVuSans-Oblique.ttf')):
        pdfmetrics.registerFont(TTFont(n, glob.glob('/usr/share/fonts/**/' + f, recursive=True)[0]))
def render(C):
    fonts()
    P = ParagraphStyle('p', fontName='DV', fontSize=10, leading=14, alignment=4, spaceAfter=8)
    Hs = ParagraphStyle('h', fontName='DVB', fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=8, textColor=colors.HexColor('#003366'))
    T = ParagraphStyle('t', fontName='DV', fontSize=7.5, leading=9.2); TB = ParagraphStyle('tb', fontName='DVB', fontSize=7.5, leading=9.2, textColor=colors.white, alignment=1)
    TC = ParagraphStyle('tc', parent=T, alignment=1); TO = ParagraphStyle('to', fontName='DVB', fontSize=7.5, leading=9.2)
    story = [Spacer(1, 5 * cm)]
    for i, l in enumerate(C['cover']):
        story.append(Paragraph(l, ParagraphStyle('c', fontName='DVB' if i < 2 else 'DV', fontSize=[18, 24, 13, 10][i], leading=[24, 30, 18, 14][i], alignment=1, spaceAfter=[60, 14, 160, 0][i], textColor=colors.HexColor('#003366'))))
    story.append(PageBreak())
    for k, x in C['intro']:
        if k == 'h': story.append(Paragraph(x, Hs))
        elif k == 'p': story.append(Paragraph(x, P))
        else:
            t = Table([[Paragraph(v, TB if i == 0 else (TO if r[0] == 'Totale' else T)) for v in r] for i, r in enumerate(x)], colWidths=[7 * cm, 4 * cm, 3 * cm], hAlign='LEFT')
            t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#003366')), ('GRID', (0, 0), (-1, -1), 0.4, colors.grey)]))
            story += [t, Spacer(1, 8)]
    cw = [2.7 * cm, 3.1 * cm, 3.7 * cm, 1.75 * cm, 1.85 * cm, 1.85 * cm, 1.85 * cm, 2.2 * cm]
    for amb in C['ambiti']:
        story.append(Paragraph(amb['title'], ParagraphStyle('a', parent=Hs, fontSize=11, textColor=colors.HexColor('#8B0000'))))
        data = [[Paragraph(h, TB) for h in HDR]]; st = [('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#003366')), ('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#7F7F7F')),
              ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'), ('LEFTPADDING', (0, 0), (-1, -1), 3), ('RIGHTPADDING', (0, 0), (-1, -1), 3), ('VALIGN', (0, 1), (1, -1), 'TOP')]
        for s in amb['strat']:
            s0 = len(data)
            for o in s['oo']:
                o0 = len(data)
                for r in o['rows']:
                    data.append([Paragraph(s['os'], TO) if len(data) == s0 else '', Paragraph(o['oo'], T) if len(data) == o0 else '', Paragraph(r[0], T)]
                                + [Paragraph(v or '', TC) for v in r[1:5]] + [Paragraph(r[5], T)])
                st.append(('SPAN', (1, o0), (1, len(data) - 1)))
            st.append(('SPAN', (0, s0), (0, len(data) - 1))); st.append(('BACKGROUND', (0, s0), (0, len(data) - 1), colors.HexColor('#DCE6F1')))
        k = amb.get('split_after')
        if not k:
            t = Table(data, colWidths=cw, repeatRows=1, splitInRow=0); t.setStyle(TableStyle(st)); story += [t, Spacer(1, 6)]
        else:  # Word-like: merged cells continue (empty) on the next page, header repeated
            k += 1
            def part(lo, hi):
                sub = [data[0]] + data[lo:hi]; sst = []
                for cmd in st:
                    if cmd[0] in ('SPAN', 'BACKGROUND') and cmd[1][1] >= 1:
                        a, b = max(cmd[1][1], lo), min(cmd[2][1], hi - 1)
                        if a > b: continue
                        sst.append((cmd[0], (cmd[1][0], a - lo + 1), (cmd[2][0], b - lo + 1)) + tuple(cmd[3:]))
                    else: sst.append(cmd)
                t = Table(sub, colWidths=cw, splitInRow=0); t.setStyle(TableStyle(sst)); return t
            story += [part(1, k), PageBreak(), part(k, len(data)), Spacer(1, 6)]
    story.append(Paragraph('(*) ' + C['footnote'], ParagraphStyle('fn', fontName='DVI', fontSize=7.5, leading=9)))
    for k, x in C['closing']:
        if k == 'h': story.append(Paragraph(x, Hs))
        elif k == 'p': story.append(Paragraph(x, P))
        else:
            t = Table([[Paragraph(v, TB if i == 0 else (TO if r[0] == 'Totale' else T)) for v in r] for i, r in enumerate(x)], colWidths=[7 * cm, 4 * cm, 3 * cm], hAlign='LEFT')
            t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#003366')), ('GRID', (0, 0), (-1, -1), 0.4, colors.grey)]))
            story += [t, Spacer(1, 8)]
    if 0: story.append(Paragraph('(*) ' + C['footnote'], ParagraphStyle('fn', fontName='DVI', fontSize=7.5, leading=9)))
    def foot(c, d):
        c.saveState(); c.setFont('DV', 7.5); c.setFillColor(colors.grey)
        if d.page > 1:
            c.drawString(2 * cm, 1.2 * cm, 'Università degli Studi di Bergamo – Piano integrato 2021-2023'); c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, str(d.page))
        c.restoreState()
    SimpleDocTemplate(NAME + '.pdf', pagesize=A4, leftMargin=1.2 * cm, rightMargin=1.2 * cm, topMargin=1.8 * cm, bottomMargin=2 * cm).build(story, onFirstPage=foot, onLaterPages=foot)
def truth(C):
    recs = []
    for amb in C['ambiti']:
        ac, at = amb['title'].replace('AMBITO ', '').split(' – ', 1)
        for s in amb['strat']:
            for o in s['oo']:
                oc, ot = o['oo'].split(' – ', 1)
                for r in o['rows']:
                    for y, tg in zip((2021, 2022, 2023), r[2:5]):
                        recs.append(record(area_code=ac, area_title=at, objective_level='operational', objective_code=oc, objective_title=ot,
                                           indicator=r[0], baseline=r[1], year=y, target=tg))
    return recs
if __name__ == '__main__':
    json.dump(C, open(NAME + '.content.json', 'w'), ensure_ascii=False, indent=1)
    C = json.load(open(NAME + '.content.json'))
    render(C); recs = truth(C)
    n, probs = readback(NAME + '.pdf', recs); print('pages', n, 'records', len(recs), 'problems', probs)
    write_truth(NAME, C['document'], recs, 'Written by make_r25.py (s4.py) from the content, never from an extractor. Readings: AMBITO n – TITOLO headings are areas (code n, title as printed in capitals); the merged Obiettivo strategico and Obiettivo operativo cells are headings of their column\'s level, the operational one being the deepest; one record per Target year 2021-2023 (the empty 2023 cell of the gestione documentale indicator gives a record with null target); Baseline 2020 is baseline as printed (n.d. kept as text); Struttura responsabile goes to extra; title Piano integrato (university pre-PIAO integrated plan) with kind piano and year 2021 (first year of 2021-2023); the Risorse per ambito table gives no records; the (*) footnote is not a comment.', n)
