from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from common import record
GREY = colors.HexColor('#D9D9D9'); LG = colors.HexColor('#F2F2F2')
def S(name, **kw):
    d = dict(fontName='Times-Roman', fontSize=10, leading=12.5); d.update(kw); return ParagraphStyle(name, **d)
body = S('b', alignment=TA_JUSTIFY, spaceAfter=6); k = S('k', fontName='Times-Bold', fontSize=9, leading=11); v = S('v', fontSize=9, leading=11)
num = S('n', fontSize=9, leading=11, alignment=TA_RIGHT); kh = S('kh', fontName='Times-Bold', fontSize=9, leading=11, alignment=TA_CENTER)
def s4(c):
    name = c['name']
    def deco(cv, doc):
        cv.saveState(); cv.setFont('Times-Italic', 8)
        if doc.page > 1:
            cv.drawString(2 * cm, A4[1] - 1.2 * cm, 'Ministero dell\'università e della ricerca – Nota integrativa al Rendiconto 2023')
            cv.drawRightString(A4[0] - 2 * cm, A4[1] - 1.2 * cm, 'Rapporto sui risultati')
        cv.setFont('Times-Roman', 8); cv.drawRightString(A4[0] - 2 * cm, 1.1 * cm, 'Pagina %d' % doc.page)
        cv.drawString(2 * cm, 1.1 * cm, 'Elaborazione: RGS – Sistema Conoscitivo (NI_REND_2023)')
        cv.restoreState()
    doc = BaseDocTemplate(name + '.pdf', pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=1.8 * cm,
                          title='Nota integrativa al Rendiconto 2023', author="Ministero dell'università e della ricerca")
    doc.addPageTemplates([PageTemplate('p', [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id='f')], onPage=deco)])
    cv = c['cover']; st = [Spacer(1, 1 * cm)]
    st += [Paragraph(cv[0], S('c0', fontName='Times-Bold', fontSize=15, leading=19, alignment=TA_CENTER)), Spacer(1, 0.6 * cm),
           Paragraph(cv[1], S('c1', fontName='Times-Bold', fontSize=13, leading=16, alignment=TA_CENTER)),
           Paragraph(cv[2], S('c2', fontName='Times-Bold', fontSize=13, leading=16, alignment=TA_CENTER)), Spacer(1, 0.3 * cm),
           Paragraph(cv[3], S('c3', fontName='Times-Italic', fontSize=11, leading=14, alignment=TA_CENTER)),
           Paragraph(cv[4], S('c4', fontSize=9, leading=12, alignment=TA_CENTER)), Spacer(1, 0.8 * cm)]
    st += [Paragraph(p, body) for p in c['intro']]
    st += [Spacer(1, 4), Paragraph(c['cdr'], S('cdr', fontName='Times-Bold', fontSize=10.5, leading=13, spaceAfter=6, borderWidth=0.8, borderColor=colors.black, borderPadding=4, backColor=LG)), Spacer(1, 6)]
    recs = []; groups = []
    for m in c['missioni']:
        st.append(Paragraph('Missione %s – %s' % (m['code'], m['title']), S('m', fontName='Times-Bold', fontSize=11.5, leading=14, spaceBefore=8, spaceAfter=2)))
        for p in m['programmi']:
            st.append(Paragraph('Programma %s – %s' % (p['code'], p['title']), S('p', fontName='Times-Bold', fontSize=10.5, leading=13, spaceAfter=6, leftIndent=10)))
            for o in p['obiettivi']:
                st.append(Paragraph('Obiettivo %s – %s' % (o['code'], o['title']), S('o', fontName='Times-BoldItalic', fontSize=10, leading=12.5, spaceAfter=4, backColor=GREY, borderPadding=3)))
                st += [Paragraph(o['descr'], S('d', fontSize=9.5, leading=12, alignment=TA_JUSTIFY, spaceBefore=4)), Paragraph(o['azioni'], S('az', fontName='Times-Italic', fontSize=9, leading=11.5, spaceAfter=4))]
                rt = Table([[Paragraph(x, kh) for x in ['Risorse finanziarie', 'Stanziamenti definitivi di competenza', 'Impegni', 'Pagamenti c/competenza', 'Residui di stanziamento e impegni']],
                            [Paragraph('Obiettivo %s' % o['code'], v)] + [Paragraph(x, num) for x in o['risorse']]], colWidths=[3.0 * cm, 3.7 * cm, 3.5 * cm, 3.5 * cm, 3.3 * cm])
                rt.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('BACKGROUND', (0, 0), (-1, 0), LG), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
                st += [rt, Spacer(1, 8)]
                h = {'area_code': m['code'], 'area_title': m['title'], 'objective_level': 'operational', 'objective_code': o['code'], 'objective_title': o['title']}
                for n, ind in enumerate(o['indicatori']):
                    rows = [('Indicatore %d' % (n + 1), ind['indicator']), ('Tipologia indicatore', ind['type']), ('Unità di misura', ind['unit']), ('Metodo di calcolo', ind['formula']),
                            ('Fonte del dato', ind['data_source']), ('Valore di riferimento', ind['baseline']), ('Valore target 2023', ind['target']), ('Valore a consuntivo 2023', ind['actual']),
                            ('Motivazioni dello scostamento', ind['motiv'] or '–')]
                    data = [[Paragraph(a, k), Paragraph(b, S('vb', fontName='Times-Bold', fontSize=9, leading=11) if i == 0 else v)] for i, (a, b) in enumerate(rows)]
                    t = Table(data, colWidths=[4.2 * cm, 12.8 * cm])
                    t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('BACKGROUND', (0, 0), (-1, 0), GREY), ('BACKGROUND', (0, 1), (0, -1), LG), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
                    st += [t, Spacer(1, 7)]
                    extra = {}
                    stt = {}
                    if ind['actual'] == 'Obiettivo sospeso': stt = {'status': 'suspended', 'status_text': 'Obiettivo sospeso'}
                    r = record(h, dict(indicator=ind['indicator'], type=ind['type'], unit=ind['unit'], formula=ind['formula'], data_source=ind['data_source'], baseline=ind['baseline'], **stt), year=2023, target=ind['target'], actual=ind['actual'])
                    recs.append(r); groups.append(([r], ' '.join(ind['indicator'].split()[:5]), (' '.join(ind['motiv'].split()[-2:]) if ind['motiv'] else 'Motivazioni dello scostamento')))
    st += [Spacer(1, 6), Paragraph(c['closing'], body)]
    doc.build(st)
    return recs, groups, "Ministero Nota integrativa al rendiconto, Rapporto sui risultati (reportlab, RGS-export look): Missione / Programma / Obiettivo headings, objective description prose and a Risorse finanziarie table per objective, then one vertical two-column key/value table per indicator (Indicatore N, Tipologia, Unità di misura, Metodo di calcolo, Fonte, Valore di riferimento, Valore target 2023, Valore a consuntivo 2023, Motivazioni dello scostamento) that may split across pages."
