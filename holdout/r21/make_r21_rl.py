"""reportlab builders for r21 (imported by make_r21.py)."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak, KeepTogether, Image as RLImage
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from xml.sax.saxutils import escape
pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
import glob
def _f(pat):
    g = glob.glob('/usr/share/fonts/truetype/liberation*/' + pat); return g[0]
pdfmetrics.registerFont(TTFont('LS', _f('LiberationSerif-Regular.ttf')))
pdfmetrics.registerFont(TTFont('LSB', _f('LiberationSerif-Bold.ttf')))
pdfmetrics.registerFont(TTFont('LSI', _f('LiberationSerif-Italic.ttf')))
pdfmetrics.registerFont(TTFont('LSBI', _f('LiberationSerif-BoldItalic.ttf')))
from reportlab.lib.fonts import addMapping
addMapping('LS', 0, 0, 'LS'); addMapping('LS', 1, 0, 'LSB'); addMapping('LS', 0, 1, 'LSI'); addMapping('LS', 1, 1, 'LSBI')
addMapping('DV', 0, 0, 'DV'); addMapping('DV', 1, 0, 'DVB'); addMapping('DV', 0, 1, 'DV'); addMapping('DV', 1, 1, 'DVB')

def P(text, size=6.5, bold=False, align=0, font='DV', leading=None, color=colors.black):
    st = ParagraphStyle('x', fontName=('DVB' if bold else 'DV') if font == 'DV' else font, fontSize=size,
                        leading=leading or size * 1.22, alignment=align, textColor=color)
    return Paragraph(escape(text).replace('\n', '<br/>'), st)

def build_indicators_pdf(c, out, logo):
    W, H = landscape(A4)
    total = [0]
    def on_page(canv, doc):
        canv.saveState()
        canv.drawImage(logo, 1.3 * cm, H - 1.75 * cm, width=0.75 * cm, height=0.9 * cm, mask='auto')
        canv.setFont('DVB', 8.5); canv.drawString(2.3 * cm, H - 1.2 * cm, c['ente'])
        canv.drawCentredString(W / 2, H - 1.2 * cm, c['center'])
        canv.setFont('DV', 8); canv.drawRightString(W - 1.3 * cm, H - 1.2 * cm, 'Pagina %d di %d' % (doc.page, total[0] or 99))
        canv.restoreState()
    def story():
        s = []
        blue = colors.HexColor('#1F5C99')
        s.append(P(c['title'], 9, True, 1, color=blue)); s.append(P(c['subtitle'], 9, True, 1, color=blue)); s.append(Spacer(1, 6))
        hdr = [P(c['header'][0], 6.5, False, 1), '', P(c['header'][1], 6.5, False, 1), P(c['header'][2], 6, False, 1)]
        data = [hdr]; style = [('SPAN', (0, 0), (1, 0)), ('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                               ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'), ('TOPPADDING', (0, 0), (-1, -1), 2), ('BOTTOMPADDING', (0, 0), (-1, -1), 2)]
        for gcode, gtitle, rows in c['groups']:
            data.append([P(gcode, 7, True), P(gtitle, 7, True), '', '']); r = len(data) - 1
            style += [('SPAN', (1, r), (3, r))]
            for code, name, defin, val in rows:
                data.append([P(code, 6), P(name, 6.3), P(defin, 6.3), P(val, 6.5, False, 2)])
        t = Table(data, colWidths=[1.1 * cm, 8.2 * cm, 14.0 * cm, 3.2 * cm], repeatRows=1)
        t.setStyle(TableStyle(style)); s.append(t); s.append(Spacer(1, 8))
        for fn in c['footnotes']:
            s.append(P(fn, 5.8, leading=7.5))
        s.append(PageBreak())
        # analytic: entrate
        s.append(P('Piano degli indicatori di bilancio', 9, True, 1, color=blue)); s.append(P(c['entrate_title'], 9, True, 1)); s.append(Spacer(1, 6))
        eh = c['entrate_header']
        data = [[P(eh[0], 6, True, 1), P(eh[1], 6.5, True, 1), P(c['entrate_groups'][0], 6.5, True, 1), '', '', P(c['entrate_groups'][1], 6.5, True, 1), '', '', '', ''],
                ['', ''] + [P(x, 5.6, True, 1) for x in eh[2:]]]
        style = [('SPAN', (2, 0), (4, 0)), ('SPAN', (5, 0), (9, 0)), ('SPAN', (0, 0), (0, 1)), ('SPAN', (1, 0), (1, 1)),
                 ('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                 ('TOPPADDING', (0, 0), (-1, -1), 1.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 1.5)]
        for row in c['entrate_rows']:
            if len(row) == 2:
                data.append([P(row[0], 6.5, True), P(row[1], 6.5, True)] + [''] * 8); r = len(data) - 1
                style.append(('SPAN', (1, r), (9, r)))
            else:
                tot = row[0].endswith('0000')
                data.append([P(row[0], 6.3, tot, 1), P(row[1], 6.3, tot)] + [P(x, 6.3, tot, 2) for x in row[2:]])
        t = Table(data, colWidths=[1.75 * cm, 6.95 * cm] + [2.2 * cm] * 8, repeatRows=2)
        t.setStyle(TableStyle(style)); s.append(t)
        s.append(PageBreak())
        s.append(P('Piano degli indicatori di bilancio', 9, True, 1, color=blue)); s.append(P(c['spese_title'], 9, True, 1)); s.append(Spacer(1, 6))
        data = [[P(x, 6.3, True, 1) for x in c['spese_header']]]
        style = [('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]
        for row in c['spese_rows']:
            if len(row) == 1:
                data.append([P(row[0], 6.8, True), '', '', '', '']); r = len(data) - 1; style.append(('SPAN', (0, r), (4, r)))
                style.append(('BACKGROUND', (0, r), (4, r), colors.HexColor('#EDEDED')))
            else:
                tot = row[0].startswith('Totale')
                data.append([P(row[0], 6.5, tot)] + [P(x, 6.5, tot, 2) for x in row[1:]])
        t = Table(data, colWidths=[10.5 * cm, 4 * cm, 4 * cm, 4 * cm, 4 * cm], repeatRows=1)
        t.setStyle(TableStyle(style)); s.append(t)
        return s
    for _ in range(2):
        doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=1.3 * cm, rightMargin=1.3 * cm, topMargin=2.0 * cm, bottomMargin=1.2 * cm)
        doc.build(story(), onFirstPage=on_page, onLaterPages=on_page)
        total[0] = doc.page

def build_izs_pdf(c, out):
    from reportlab.lib.pagesizes import letter
    W, H = letter
    def on_page(canv, doc):
        canv.saveState(); canv.setFont('LS', 10)
        canv.drawCentredString(W / 2, 1.3 * cm, str(c['first_page_no'] + doc.page - 1))
        canv.setFont('LSI', 8); canv.drawString(2.2 * cm, H - 1.3 * cm, c['document']['issuer'])
        canv.drawRightString(W - 2.2 * cm, H - 1.3 * cm, c['running'])
        canv.restoreState()
    body = ParagraphStyle('b', fontName='LS', fontSize=11.5, leading=19, alignment=4, spaceAfter=8)
    s = []
    for k, t in c['intro']:
        if k == 'h': s.append(Paragraph('<b>' + escape(t) + '</b>', ParagraphStyle('h', parent=body, fontSize=12.5, spaceBefore=6)))
        elif k == 'c': s.append(Spacer(1, 6)); s.append(Paragraph('<b>' + escape(t) + '</b>', ParagraphStyle('c', parent=body, alignment=1, fontSize=12))); s.append(Spacer(1, 6))
        else: s.append(Paragraph(escape(t), body))
    hs = ParagraphStyle('th', fontName='LSB', fontSize=6.8, leading=8.2, alignment=1)
    cs = ParagraphStyle('td', fontName='LS', fontSize=6.8, leading=8.4)
    ds = ParagraphStyle('tj', parent=cs, alignment=4)
    ns = ParagraphStyle('tn', parent=cs, alignment=1)
    for oi, o in enumerate(c['objectives']):
        if oi: s.append(PageBreak())
        s.append(Paragraph('<b>Obiettivo strategico %s: %s</b> %s' % (o['code'], escape(o['title']), escape(o['decl'])), body))
        for a in o['actions']:
            s.append(Paragraph('-%s %s' % (a['code'].split('.')[1], escape(a['title'])), body))
        data = [[Paragraph(escape(h).replace('\n', '<br/>'), hs) for h in c['header']]]
        style = [('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#7F7F7F')), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#D9D9D9')),
                 ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'), ('TOPPADDING', (0, 0), (-1, -1), 3), ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]
        for a in o['actions']:
            first = len(data)
            for i, (ind, tg, ac, pc, ds_) in enumerate(a['inds']):
                data.append([Paragraph(escape(a['code'] + ' ' + a['title']), cs) if i == 0 else '', Paragraph(escape(ind), cs),
                             Paragraph(escape(tg), ns), Paragraph(escape(ac), ns), Paragraph(escape(pc), ns), Paragraph(escape(ds_), ds)])
            if len(data) - 1 > first: style.append(('SPAN', (0, first), (0, len(data) - 1)))
        t = Table(data, colWidths=[2.5 * cm, 4.5 * cm, 1.75 * cm, 1.75 * cm, 1.9 * cm, 5.3 * cm], repeatRows=1)
        t.setStyle(TableStyle(style))
        s.append(Spacer(1, 10)); s.append(t); s.append(Spacer(1, 14))
    s.append(Paragraph('<b>' + escape(c['outro_h']) + '</b>', ParagraphStyle('h2', parent=body, fontSize=12.5, spaceBefore=10)))
    s.append(Paragraph(escape(c['outro_p']), body))
    data = [[Paragraph(h, hs) for h in c['count_header']]] + [[Paragraph(escape(x), ns if j else cs) for j, x in enumerate(r)] for r in c['count_rows']]
    t = Table(data, colWidths=[6 * cm, 3 * cm, 3 * cm])
    t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#7F7F7F')), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#D9D9D9'))]))
    s.append(t); s.append(Spacer(1, 10)); s.append(Paragraph(escape(c['outro_p2']), body))
    doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2.2 * cm, bottomMargin=2.2 * cm)
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)
