from reportlab.lib.pagesizes import A4 as _A4, landscape
A4 = landscape(_A4)
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from common import record
BLUE = colors.HexColor('#003B71')
def S(name, **kw):
    d = dict(fontName='Helvetica', fontSize=9.5, leading=12.5); d.update(kw); return ParagraphStyle(name, **d)
body = S('b', alignment=TA_JUSTIFY, spaceAfter=6); cell = S('c', fontSize=7.5, leading=9); cellb = S('cb', fontName='Helvetica-Bold', fontSize=7.5, leading=9)
hcell = S('h', fontName='Helvetica-Bold', fontSize=7.5, leading=9, textColor=colors.white); rowi = S('ri', fontName='Helvetica-Oblique', fontSize=7.5, leading=9)
def s3(c):
    name = c['name']
    def deco(cv, doc):
        cv.saveState()
        if doc.page > 1:
            cv.setFont('Helvetica', 7.5); cv.setFillColor(BLUE)
            cv.drawString(2 * cm, A4[1] - 1.2 * cm, 'Università degli Studi di Macerata – PIAO 2025-2027')
            cv.drawRightString(A4[0] - 2 * cm, A4[1] - 1.2 * cm, 'Sottosezione 2.2 – Performance')
            cv.setStrokeColor(BLUE); cv.line(2 * cm, A4[1] - 1.35 * cm, A4[0] - 2 * cm, A4[1] - 1.35 * cm)
            cv.setFillColor(colors.black); cv.drawCentredString(A4[0] / 2, 1.1 * cm, str(doc.page))
        cv.restoreState()
    doc = BaseDocTemplate(name + '.pdf', pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.8 * cm, bottomMargin=1.8 * cm,
                          title='PIAO 2025-2027 – Sottosezione 2.2 Performance', author='Università degli Studi di Macerata')
    doc.addPageTemplates([PageTemplate('p', [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id='f')], onPage=deco)])
    cv = c['cover']; st = []
    st += [Spacer(1, 1.5 * cm), Paragraph(cv[0], S('c0', fontName='Helvetica-Bold', fontSize=18, leading=22, alignment=TA_CENTER, textColor=BLUE)), Spacer(1, 2 * cm),
           Paragraph(cv[1], S('c1', fontName='Helvetica-Bold', fontSize=20, leading=26, alignment=TA_CENTER)),
           Paragraph(cv[2], S('c2', fontName='Helvetica-Bold', fontSize=18, leading=24, alignment=TA_CENTER)), Spacer(1, 1.5 * cm),
           Paragraph(cv[3], S('c3', fontSize=12, leading=16, alignment=TA_CENTER)), Paragraph(cv[4], S('c4', fontName='Helvetica-Bold', fontSize=13, leading=18, alignment=TA_CENTER, textColor=BLUE)),
           Spacer(1, 3 * cm), Paragraph(cv[5], S('c5', fontSize=9, alignment=TA_CENTER)), PageBreak()]
    h2 = S('h2', fontName='Helvetica-Bold', fontSize=11.5, leading=15, textColor=BLUE, spaceBefore=8, spaceAfter=6)
    for h, ps in c['intro']:
        st.append(Paragraph(h, h2)); st += [Paragraph(p, body) for p in ps]
    b = c['budget']
    st.append(Paragraph(b['title'], S('tt', fontName='Helvetica-Bold', fontSize=8.5, spaceAfter=3)))
    data = [[Paragraph(x, hcell) for x in b['header']]] + [[Paragraph(x, cellb if r[0] == 'Totale' else cell) for x in r] for r in b['rows']]
    t = Table(data, colWidths=[4.5 * cm, 9 * cm, 3 * cm, 3 * cm, 3 * cm])
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), BLUE), ('GRID', (0, 0), (-1, -1), 0.4, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('SPAN', (0, -1), (1, -1))]))
    st += [t, Spacer(1, 10), Paragraph(c['section'], h2)]
    st.append(Paragraph("Per ciascun obiettivo strategico la tabella riporta gli obiettivi operativi, gli indicatori, la baseline e i target del triennio.", body))
    recs = []; groups = []
    W = [1.3, 4.5, 6.5, 2.2, 2.6, 2.6, 2.6, 3.8]
    for a in c['areas']:
        st.append(Paragraph('Ambito strategico %s – %s' % (a['code'], a['title']), S('a', fontName='Helvetica-Bold', fontSize=11, leading=14, spaceBefore=10, spaceAfter=4, textColor=colors.white, backColor=BLUE, borderPadding=3)))
        for so in a['strategic']:
            st.append(Paragraph('Obiettivo strategico %s – %s' % (so['code'], so['title']), S('so', fontName='Helvetica-Bold', fontSize=9.5, leading=12, spaceBefore=6, spaceAfter=4)))
            data = [[Paragraph(x, hcell) for x in c['header']]]; sty = [('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#4A6E99')), ('GRID', (0, 0), (-1, -1), 0.4, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
            for oo in so['operational']:
                r0 = len(data)
                h = {'area_code': a['code'], 'area_title': a['title'], 'objective_level': 'operational', 'objective_code': oo['code'], 'objective_title': oo['title']}
                orecs = []
                for k, ind in enumerate(oo['indicators']):
                    data.append([Paragraph(oo['code'], cellb) if k == 0 else '', Paragraph(oo['title'], cell) if k == 0 else ''] + [Paragraph(x or '', cell) for x in ind])
                    rs = [record(h, {'indicator': ind[0], 'baseline': ind[1]}, year=y, target=ind[2 + j], actual=None) for j, y in enumerate([2025, 2026, 2027])]
                    recs += rs; orecs.append(rs)
                    groups.append((rs, ' '.join(ind[0].split()[:5]), ' '.join(ind[-1].split()[-2:])))
                if len(data) - 1 > r0: sty += [('SPAN', (0, r0), (0, len(data) - 1)), ('SPAN', (1, r0), (1, len(data) - 1))]
                if oo['row']:
                    data.append(['', Paragraph(oo['row'], rowi)] + [''] * 6); sty += [('SPAN', (1, len(data) - 1), (-1, len(data) - 1)), ('BACKGROUND', (0, len(data) - 1), (-1, len(data) - 1), colors.HexColor('#EEF2F7'))]
                    for r in orecs[-1]: r['comment'] = ' '.join(oo['row'].split())
            t = Table(data, colWidths=[w * cm for w in W], repeatRows=1); t.setStyle(TableStyle(sty)); st.append(t)
    st += [Spacer(1, 8), Paragraph(c['closing'], body)]
    doc.build(st)
    return recs, groups, "PIAO sottosezione 2.2 of a university (reportlab, report-software look): 'Ambito strategico' bands and 'Obiettivo strategico' headings over tables with Cod. + Obiettivo operativo cells merged down, Baseline 2023 and three Target year columns (one record per year), full-width 'Risorse:' rows inside the tables, tables split across pages with repeated header; a budget table before."
