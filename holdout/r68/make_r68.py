#!/usr/bin/env python3
"""r68: three ordinary reports (reportlab export, Calc sheet, Word document). Renders NAME.pdf from NAME.content.json
and writes NAME.truth.json FROM THE CONTENT (never from an extractor); page/page_end read back with pdfplumber."""
import json, os, re, sys, hashlib, subprocess
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
LO = ['soffice', '-env:UserInstallation=file:///tmp/lo-r68', '--headless', '--convert-to', 'pdf', '--outdir', HERE]

def norm(s): return re.sub(r'\s+', ' ', s or '').strip()
def txt(s):
    s = norm(s); return s or None

NUM = r'-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?'
def num(s): return float(s.replace('.', '').replace(',', '.'))

def parse(v):
    nil = (None, None, None, None)
    if v is None or not norm(v): return nil
    s = norm(v)
    if re.search(r'\d{1,2}/\d{1,2}/\d{4}', s): return nil          # a date
    op = None
    for pat, o in ((r'^(≥|>=)\s*', '>='), (r'^(≤|<=)\s*', '<='), (r'^>\s*', '>'), (r'^<\s*', '<')):
        m = re.match(pat, s)
        if m: op, s = o, s[m.end():]; break
    unit = None
    m = re.match(r'^€\s*', s)
    if m: unit, s = 'EUR', s[m.end():]
    m = re.match(r'^(%s)\s*(.*)$' % NUM, s)
    if not m: return nil
    n, rest = m.group(1), m.group(2).strip()
    sfx = {'%': '%', 'gg': 'days', 'giorni': 'days', 'ore': 'hours'}
    if rest:
        if rest in sfx: unit = sfx[rest]
        else: raise ValueError('unexpected value form: %r' % v)
    return (op or '=', num(n), None, unit)

def met(t, a, direction):
    to, tv, _, tu = t; ao, av, _, au = a
    if tv is None or av is None: return None
    if tu and au and tu != au: return None
    if to == '>=': return av >= tv
    if to == '<=': return av <= tv
    if av == tv: return True
    if direction == 'higher': return av > tv
    if direction == 'lower': return av < tv
    return None

def pct(s):
    if s is None: return None
    m = re.match(r'^(\d+(?:,\d+)?)\s*%$', norm(s))
    return num(m.group(1)) if m else None

def record(h, name, year, target, actual=None, direction=None, **kw):
    t = parse(target); a = parse(actual)
    r = {'page': None, 'page_end': None,
         'area_code': h['area_code'], 'area_title': h['area_title'], 'objective_level': h['level'],
         'objective_code': h['code'], 'objective_title': h['title'],
         'indicator_code': None, 'indicator': norm(name), 'type': None, 'formula': None, 'unit': None,
         'data_source': None, 'weight': None, 'baseline': None, 'year': year, 'target': txt(target),
         'target_operator': t[0], 'target_value': t[1], 'target_value_max': t[2], 'target_unit': t[3],
         'actual': txt(actual), 'actual_operator': a[0], 'actual_value': a[1], 'actual_value_max': a[2], 'actual_unit': a[3],
         'achievement': None, 'notes': None, 'status': None, 'status_text': None, 'comment': None,
         'met': met(t, a, direction)}
    r.update(kw)
    return r

def words(s, n, tail=False):
    w = norm(s).split(); return ' '.join(w[-n:] if tail else w[:n])

def readback(pdf, groups):
    """groups: list of (records, name, [tail texts]). page = page of the name's first words, page_end = page of
    the last of the tail texts found between the start and the next indicator's start."""
    with pdfplumber.open(pdf) as p:
        pages = [norm(pg.extract_text() or '') for pg in p.pages]
    full, starts = '', []
    for t in pages: starts.append(len(full)); full += t + ' \f '
    page_of = lambda pos: max(i for i, s in enumerate(starts) if s <= pos) + 1
    pos, cur = [], 0
    for recs, name, lasts in groups:
        i = -1
        for k in (4, 3, 2):
            i = full.find(words(name, k), cur)
            if i >= 0: break
        assert i >= 0, ('name not found', pdf, name)
        pos.append(i); cur = i + 1
    for g, (recs, name, lasts) in enumerate(groups):
        i = pos[g]; limit = pos[g + 1] if g + 1 < len(pos) else len(full)
        end = i
        for last in lasts:
            pat = re.compile(r'(?<![\w-])' + re.escape(norm(last)) + r'(?![\w-])')
            ms = [m for m in pat.finditer(full, i, limit + 40)]
            assert ms, ('tail not found', pdf, name, last)
            end = max(end, ms[0].end() - 1)
        for r in recs: r['page'], r['page_end'] = page_of(i), page_of(end)
    return len(pages)

def write_truth(c, pdf, recs, npages, about):
    out = {'schema': 'perfextract/records@1', '_about': about,
           'source': {'path': os.path.basename(pdf), 'sha256': hashlib.sha256(open(pdf, 'rb').read()).hexdigest(), 'pages': npages},
           'document': c['document'], 'indicators': recs, 'warnings': []}
    json.dump(out, open(os.path.join(HERE, c['name'] + '.truth.json'), 'w'), ensure_ascii=False, indent=1)
    print(c['name'], len(recs), 'records', npages, 'pages', 'split:',
          sorted(set((r['indicator'][:30], r['page'], r['page_end']) for r in recs if r['page'] != r['page_end'])))

def load(name): return json.load(open(os.path.join(HERE, name + '.content.json')))

STATUS = {'RAGGIUNTO': 'achieved', 'PARZIALMENTE RAGGIUNTO': 'partially_achieved', 'NON RAGGIUNTO': 'not_achieved',
          'OBIETTIVO SOSPESO': 'suspended'}

# ------------------------------------------------------------------ A: Palermo – reportlab export
def make_palermo():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from xml.sax.saxutils import escape as X
    F = '/usr/share/fonts/truetype/dejavu/'
    pdfmetrics.registerFont(TTFont('DV', F + 'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', F + 'DejaVuSans-Bold.ttf'))
    pdfmetrics.registerFont(TTFont('DVI', F + 'DejaVuSans-Oblique.ttf'))
    def st(n, font='DV', size=9, lead=None, **kw): return ParagraphStyle(n, fontName=font, fontSize=size, leading=lead or size * 1.25, **kw)
    c = load('comune-palermo-2024-relazione')
    pdf = os.path.join(HERE, c['name'] + '.pdf'); W, H = A4
    BLUE = colors.HexColor('#7A1F2B')
    def deco(cv, doc):
        if doc.page == 1: return
        cv.saveState(); cv.setFont('DV', 7); cv.setFillColor(colors.grey)
        cv.drawString(1.6 * cm, H - 1.1 * cm, c['running']); cv.drawRightString(W - 1.6 * cm, 1 * cm, 'Pagina %d' % doc.page)
        cv.setStrokeColor(colors.grey); cv.setLineWidth(0.3); cv.line(1.6 * cm, H - 1.25 * cm, W - 1.6 * cm, H - 1.25 * cm)
        cv.drawString(1.6 * cm, 1 * cm, 'Report generato da Sistema di gestione della performance – 12/06/2025'); cv.restoreState()
    doc = SimpleDocTemplate(pdf, pagesize=A4, leftMargin=1.6 * cm, rightMargin=1.6 * cm, topMargin=1.8 * cm, bottomMargin=1.6 * cm,
                            title='Relazione sulla performance 2024', author='Comune di Palermo')
    body = st('b', size=9.5, lead=13.5, alignment=4)
    sm = st('s', size=7.8, lead=9.6); smb = st('sb', 'DVB', 7.8, 9.6); smc = st('sc', size=7.8, lead=9.6, alignment=1)
    smbc = st('sbc', 'DVB', 7.6, 9.4, alignment=1); smi = st('si', 'DVI', 7.5, 9.3, textColor=colors.HexColor('#333333'))
    h1 = st('h1', 'DVB', 12.5, 16, spaceBefore=8, spaceAfter=6, textColor=BLUE)
    E = [Spacer(1, 4.5 * cm), Paragraph(X(c['cover'][0]), st('c0', 'DVB', 26, 32, alignment=1, textColor=BLUE)), Spacer(1, 2.5 * cm),
         Paragraph(X(c['cover'][1]), st('c1', 'DVB', 22, 28, alignment=1)), Spacer(1, 0.4 * cm),
         Paragraph(X(c['cover'][2]), st('c2', 'DV', 16, 20, alignment=1)), Spacer(1, 6 * cm),
         Paragraph(X(c['cover'][3]), st('c3', 'DV', 9, 12, alignment=1)), PageBreak()]
    for head, paras in c['intro']:
        E.append(Paragraph(X(head), h1))
        for p in paras: E += [Paragraph(X(p), body), Spacer(1, 5)]
    b = c['budget']
    E += [Paragraph(X(b['title']), smb), Spacer(1, 3)]
    data = [[Paragraph(X(h), smb) for h in b['header']]] + [[Paragraph(X(v), smb if row[0] == 'Totale' else sm) for v in row] for row in b['rows']]
    tb = Table(data, colWidths=[8 * cm, 3.3 * cm, 3.3 * cm, 2.2 * cm], hAlign='LEFT')
    tb.setStyle(TableStyle([('LINEABOVE', (0, 0), (-1, 0), 0.6, colors.black), ('LINEBELOW', (0, 0), (-1, 0), 0.3, colors.black),
                            ('LINEABOVE', (0, -1), (-1, -1), 0.3, colors.black), ('LINEBELOW', (0, -1), (-1, -1), 0.6, colors.black),
                            ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('ALIGN', (1, 0), (-1, -1), 'RIGHT')]))
    E += [tb, Spacer(1, 3), Paragraph('Fonte: Rendiconto della gestione 2024', st('f', size=7, lead=9)), Spacer(1, 8)]
    head, intro = c['section']
    E += [Paragraph(X(head), h1), Paragraph(X(intro), body), Spacer(1, 8)]
    cw = [1.2 * cm, 7.4 * cm, 2.0 * cm, 2.5 * cm, 2.5 * cm]; cw.append(17.8 * cm - sum(cw))
    data = [[Paragraph(X(h), smb if j < 2 else smbc) for j, h in enumerate(c['header'])]]
    sty = [('LINEBELOW', (0, 0), (-1, 0), 0.8, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
           ('TOPPADDING', (0, 0), (-1, -1), 1.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 1.5),
           ('LEFTPADDING', (0, 0), (-1, -1), 3), ('RIGHTPADDING', (0, 0), (-1, -1), 3)]
    recs, groups = [], []
    band = st('band', 'DVB', 8.5, 11, textColor=colors.white); oband = st('oband', 'DVB', 8, 10.5, textColor=BLUE)
    stat = st('stat', 'DVB', 7.6, 9.4)
    for a in c['areas']:
        i = len(data); data.append([Paragraph(X(f"AREA STRATEGICA {a['code']} – {a['title']}"), band)] + [''] * 5)
        sty += [('SPAN', (0, i), (-1, i)), ('BACKGROUND', (0, i), (-1, i), BLUE), ('TOPPADDING', (0, i), (-1, i), 4), ('BOTTOMPADDING', (0, i), (-1, i), 4)]
        for o in a['objectives']:
            i = len(data); data.append([Paragraph(X(f"Obiettivo strategico {o['code']} – {o['title']}"), oband)] + [''] * 5)
            sty += [('SPAN', (0, i), (-1, i)), ('TOPPADDING', (0, i), (-1, i), 6), ('LINEBELOW', (0, i), (-1, i), 0.3, BLUE)]
            h = {'area_code': a['code'], 'area_title': a['title'], 'level': 'strategic', 'code': o['code'], 'title': o['title']}
            for ind in o['indicators']:
                i = len(data)
                data.append([Paragraph(X(ind['code']), sm), Paragraph(X(ind['name']), sm), Paragraph(X(ind['unit']), smc),
                             Paragraph(X(ind['target']), smc), Paragraph(X(ind['actual']), smc), Paragraph(X(ind['ach']), smc)])
                sty += [('TOPPADDING', (0, i), (-1, i), 4)]
                es = ind['esito']
                i = len(data); col = {'achieved': '#1E7B34', 'partially_achieved': '#B7791F', 'not_achieved': '#B02A2A', 'suspended': '#555555'}[STATUS[es]]
                data.append(['', Paragraph('<font color="%s">%s</font>' % (col, X(es)), stat)] + [''] * 4)
                sty += [('SPAN', (1, i), (-1, i))]
                if ind['comment']:
                    i = len(data); data.append(['', Paragraph(X(ind['comment']), smi)] + [''] * 4)
                    sty += [('SPAN', (1, i), (-1, i))]
                sty += [('LINEBELOW', (0, i), (-1, i), 0.25, colors.HexColor('#BBBBBB'))]
                r = record(h, ind['name'], 2024, ind['target'], ind['actual'], ind['dir'], indicator_code=ind['code'],
                           unit=ind['unit'], achievement=pct(ind['ach']), status=STATUS[es], status_text=es, comment=txt(ind['comment']))
                recs.append(r)
                groups.append(([r], ind['name'], [words(ind['name'], 1, True), ind['ach']]))
    tb = Table(data, colWidths=cw, repeatRows=1); tb.setStyle(TableStyle(sty))
    E += [tb, Spacer(1, 10)]
    s = c['summary']
    E += [Paragraph(X(s['title']), smb), Spacer(1, 3)]
    data = [[Paragraph(X(h), smb) for h in s['header']]] + [[Paragraph(X(v), smb if row[0] == 'Totale' else sm) for v in row] for row in s['rows']]
    tb = Table(data, colWidths=[6 * cm, 3 * cm, 2.5 * cm], hAlign='LEFT')
    tb.setStyle(TableStyle([('LINEABOVE', (0, 0), (-1, 0), 0.6, colors.black), ('LINEBELOW', (0, 0), (-1, 0), 0.3, colors.black),
                            ('LINEABOVE', (0, -1), (-1, -1), 0.3, colors.black), ('LINEBELOW', (0, -1), (-1, -1), 0.6, colors.black)]))
    E += [tb, Spacer(1, 10)]
    head, paras = c['closing']
    E.append(Paragraph(X(head), h1))
    for p in paras: E += [Paragraph(X(p), body), Spacer(1, 5)]
    doc.build(E, onFirstPage=deco, onLaterPages=deco)
    npages = readback(pdf, groups)
    write_truth(c, pdf, recs, npages,
        'Written by make_r68.py from comune-palermo-2024-relazione.content.json (never from an extractor). reportlab export, '
        'borderless table with hairlines, AREA STRATEGICA bands (filled) and Obiettivo strategico sub-bands; each indicator row '
        'is followed by a status row (RAGGIUNTO, PARZIALMENTE RAGGIUNTO, NON RAGGIUNTO, OBIETTIVO SOSPESO) and, for some, an '
        'italic comment row. status_text is the phrase, comment the italic row. year 2024 from Valore atteso 2024. '
        'Budget table and esiti summary: no records.')

# ------------------------------------------------------------------ B: Fiesole – Calc
def make_fiesole():
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    from openpyxl.worksheet.properties import PageSetupProperties
    c = load('comune-fiesole-2025-piao')
    wb = Workbook()
    thin = Side(style='thin', color='A6A6A6'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    FN = 'Liberation Sans'
    def setup(ws, landscape=True, title_rows=None):
        ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.orientation = 'landscape' if landscape else 'portrait'
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True); ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
        ws.page_margins.left = ws.page_margins.right = 0.4; ws.page_margins.top = 0.75; ws.page_margins.bottom = 0.7
        ws.oddHeader.right.text = 'PIAO 2025-2027 – Sottosezione 2.2 Performance'; ws.oddHeader.right.size = 8
        ws.oddFooter.center.text = 'Pagina &P'; ws.oddFooter.center.size = 8
        if title_rows: ws.print_title_rows = title_rows
    ws = wb.active; ws.title = 'Frontespizio'; setup(ws, landscape=False)
    ws.column_dimensions['A'].width = 80
    r = 5
    for i, line in enumerate(c['cover']):
        cell = ws.cell(r, 1, line); cell.font = Font(name=FN, size=[22, 12, 16, 12, 12][i], bold=i in (0, 2, 4))
        cell.alignment = Alignment(horizontal='center', wrap_text=True); ws.row_dimensions[r].height = [30, 18, 44, 20, 20][i]
        r += 3 if i in (1, 2) else 1
    r += 3
    ws.cell(r, 1, 'Premessa').font = Font(name=FN, size=12, bold=True); r += 1
    for p in c['intro']:
        cell = ws.cell(r, 1, p); cell.font = Font(name=FN, size=10)
        cell.alignment = Alignment(wrap_text=True, vertical='top', horizontal='justify'); ws.row_dimensions[r].height = 58; r += 1
    r += 1
    s = c['staff']
    ws.cell(r, 1, s['title']).font = Font(name=FN, size=10, bold=True); r += 1
    # staff table on the cover sheet, in columns A (label with counts appended would be odd) -> separate small sheet instead
    ws = wb.create_sheet('Obiettivi'); setup(ws, title_rows='3:3')
    widths = (26, 26, 42, 18, 7, 13, 13, 13, 13)
    for j, w in enumerate(widths): ws.column_dimensions[chr(65 + j)].width = w
    ws.merge_cells('A1:I1'); ws['A1'] = c['table_title']; ws['A1'].font = Font(name=FN, size=12, bold=True); ws.row_dimensions[1].height = 22
    hdr_fill = PatternFill('solid', fgColor='385723')
    for j, h in enumerate(c['header']):
        cell = ws.cell(3, j + 1, h); cell.font = Font(name=FN, size=9, bold=True, color='FFFFFF'); cell.fill = hdr_fill
        cell.alignment = Alignment(wrap_text=True, vertical='center', horizontal='center'); cell.border = B
    ws.row_dimensions[3].height = 30
    zebra = PatternFill('solid', fgColor='E2EFDA')
    f9 = Font(name=FN, size=9)
    recs, groups = [], []
    r = 4
    for k, row in enumerate(c['rows']):
        so, oo = row['so'], row['oo']
        vals = [f'{so[0]} – {so[1]}', f'{oo[0]} – {oo[1]}', row['name'], row['resp'], row['weight'], row['baseline']] + [t for t in row['targets']]
        for j, v in enumerate(vals):
            cell = ws.cell(r, j + 1, v); cell.font = f9; cell.border = B
            cell.alignment = Alignment(wrap_text=True, vertical='center', horizontal='left' if j < 4 else 'center')
            if k % 2: cell.fill = zebra
        ws.row_dimensions[r].height = 40 if len(row['name']) > 60 or len(oo[1]) > 40 else 30
        h = {'area_code': oo[0].split('.')[0], 'area_title': None, 'level': 'operational', 'code': oo[0], 'title': oo[1]}
        grp = [record(h, row['name'], 2025 + y, t, weight=pct(row['weight']), baseline=row['baseline']) for y, t in enumerate(row['targets'])]
        recs += grp
        lasts = [words(row['name'], 1, True)] + [words(t, 1, True) for t in row['targets'] if t][-1:]
        groups.append((grp, row['name'], lasts)); r += 1
    r += 1
    ws.cell(r, 1, 'Le celle vuote indicano annualità per le quali l\'obiettivo è già concluso.').font = Font(name=FN, size=8, italic=True)
    ws2 = wb.create_sheet('Personale'); setup(ws2, landscape=False)
    for j, w in enumerate((40, 14, 16)): ws2.column_dimensions[chr(65 + j)].width = w
    ws2['A1'] = s['title']; ws2['A1'].font = Font(name=FN, size=11, bold=True)
    for j, h in enumerate(s['header']):
        cell = ws2.cell(3, j + 1, h); cell.font = Font(name=FN, size=9, bold=True); cell.fill = zebra; cell.border = B
    for i, row in enumerate(s['rows']):
        for j, v in enumerate(row):
            cell = ws2.cell(4 + i, j + 1, v); cell.font = Font(name=FN, size=9, bold=row[0] == 'Totale'); cell.border = B
            if j: cell.alignment = Alignment(horizontal='right')
    # remove the dangling staff title from the cover
    wb['Frontespizio'].cell(r if False else wb['Frontespizio'].max_row, 1).value = None
    xlsx = os.path.join(HERE, c['name'] + '.xlsx'); wb.save(xlsx)
    subprocess.run(LO + [xlsx], check=True, capture_output=True)
    pdf = os.path.join(HERE, c['name'] + '.pdf')
    npages = readback(pdf, groups)
    write_truth(c, pdf, recs, npages,
        'Written by make_r68.py from comune-fiesole-2025-piao.content.json (never from an extractor). Calc (XLSX -> LibreOffice) '
        'landscape sheet, one ruled zebra table with the hierarchy repeated on every row (Obiettivo strategico DUP "n – titolo", '
        'Obiettivo operativo "n.n – titolo"), Peso, Valore di partenza 2024 (baseline) and Target 2025/2026/2027: one record per '
        'target year, empty cells giving null targets. No area heading: area_code is the operational code\'s first segment, '
        'area_title null. Area responsabile -> extra. A plan: no actuals, met null. Staff sheet: no records.')

# ------------------------------------------------------------------ C: Unione Reno Lavino Samoggia – Word
def make_unione():
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    c = load('unione-reno-lavino-samoggia-2024-peg')
    d = Document()
    sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(1.8); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    stl = d.styles['Normal']; stl.font.name = 'Liberation Sans'; stl.font.size = Pt(10)
    for hn, col in (('Heading 1', (0x1F, 0x3A, 0x68)), ('Heading 2', (0x1F, 0x3A, 0x68))):
        d.styles[hn].font.name = 'Liberation Sans'; d.styles[hn].font.color.rgb = RGBColor(*col)
    d.styles['Heading 1'].font.size = Pt(13); d.styles['Heading 2'].font.size = Pt(11)
    def shade(cell, hexc):
        tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), hexc); tcPr.append(s)
    def row_flag(row, tag):
        trPr = row._tr.get_or_add_trPr(); e = OxmlElement(tag); e.set(qn('w:val'), 'true'); trPr.append(e)
    def put(cell, text, size=9, bold=False, align=None):
        cell.text = ''; p = cell.paragraphs[0]; run = p.add_run(text or ''); run.font.size = Pt(size); run.bold = bold
        p.paragraph_format.space_after = Pt(0)
        if align is not None: p.alignment = align
    hp = sec.header.paragraphs[0]; hp.text = c['running']; hp.runs[0].font.size = Pt(7.5); hp.runs[0].font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    f1 = OxmlElement('w:fldSimple'); f1.set(qn('w:instr'), 'PAGE'); rr = OxmlElement('w:r'); tt = OxmlElement('w:t'); tt.text = '1'; rr.append(tt); f1.append(rr); fp._p.append(f1)
    sizes = [20, 20, 9, 18, 14, 9]
    for i, line in enumerate(c['cover']):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if i == 0: p.paragraph_format.space_before = Pt(120)
        if i == 3: p.paragraph_format.space_before = Pt(90)
        if i == 5: p.paragraph_format.space_before = Pt(150)
        run = p.add_run(line); run.bold = i in (0, 1, 3); run.font.size = Pt(sizes[i])
    d.add_page_break()
    d.add_heading('Premessa', level=1)
    for t in c['intro']:
        p = d.add_paragraph(t); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    b = c['budget']
    p = d.add_paragraph(); run = p.add_run(b['title']); run.bold = True; run.font.size = Pt(9)
    tb = d.add_table(rows=1, cols=4); tb.style = 'Table Grid'
    for j, hh in enumerate(b['header']): put(tb.rows[0].cells[j], hh, 8.5, True); shade(tb.rows[0].cells[j], 'D9E2F3')
    for row in b['rows']:
        cells = tb.add_row().cells
        for j, v in enumerate(row): put(cells[j], v, 8.5, row[0] == 'Totale', WD_ALIGN_PARAGRAPH.RIGHT if j else None)
    d.add_paragraph()
    d.add_heading('Gli obiettivi di PEG per Centro di responsabilità', level=1)
    W = [Cm(5.3), Cm(1.9), Cm(2.55), Cm(2.55), Cm(2.55), Cm(2.55)]
    recs, groups = [], []
    for cdr in c['cdr']:
        d.add_heading(f"Centro di responsabilità {cdr['code']} – {cdr['title']}", level=1)
        d.add_paragraph(f"Responsabile: {cdr['resp']}")
        for o in cdr['objectives']:
            d.add_heading(f"Obiettivo di PEG n. {o['code']} – {o['title']}", level=2)
            d.add_paragraph(f"Peso dell'obiettivo: {o['peso']}").paragraph_format.space_after = Pt(4)
            h = {'area_code': cdr['code'], 'area_title': cdr['title'], 'level': 'strategic', 'code': o['code'], 'title': o['title']}
            tb = d.add_table(rows=1, cols=6); tb.style = 'Table Grid'; tb.autofit = False
            for j, hh in enumerate(c['header']):
                cell = tb.rows[0].cells[j]; cell.width = W[j]; put(cell, hh, 8.5, True, WD_ALIGN_PARAGRAPH.CENTER); shade(cell, 'D9E2F3')
            row_flag(tb.rows[0], 'w:tblHeader')
            for ind in o['indicators']:
                row = tb.add_row(); row_flag(row, 'w:cantSplit')
                vals = [ind['name'], ind['unit'], ind['prev']] + ind['targets']
                for j, v in enumerate(vals):
                    cell = row.cells[j]; cell.width = W[j]; put(cell, v, 8.5, False, None if j == 0 else WD_ALIGN_PARAGRAPH.CENTER)
                    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                grp = [record(h, ind['name'], 2024 + y, t, unit=ind['unit'], baseline=txt(ind['prev'])) for y, t in enumerate(ind['targets'])]
                recs += grp
                groups.append((grp, ind['name'], [words(ind['name'], 1, True)]))
            for j, col in enumerate(tb.columns): col.width = W[j]
            d.add_paragraph()
    d.add_heading('Monitoraggio', level=1)
    p = d.add_paragraph(c['closing']); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    docx = os.path.join(HERE, c['name'] + '.docx'); d.save(docx)
    subprocess.run(LO + [docx], check=True, capture_output=True)
    pdf = os.path.join(HERE, c['name'] + '.pdf')
    npages = readback(pdf, groups)
    write_truth(c, pdf, recs, npages,
        'Written by make_r68.py from unione-reno-lavino-samoggia-2024-peg.content.json (never from an extractor). Word (DOCX -> '
        'LibreOffice), ruled tables one per Obiettivo di PEG under Heading "Centro di responsabilità N – …" (area), with '
        'Responsabile/Peso dell\'obiettivo lines above (no record fields). Columns Indicatore | Unità di misura | Valore 2023 | '
        'Target 2024 | Target 2025 | Target 2026: one record per target year; Valore 2023 (a result of a year before every '
        'target year, no baseline column) is the baseline. "—" target cells are kept as printed with null values. '
        '"Obiettivo di PEG n. X" (no level word) directly under the CdR area is strategic. Budget table: no records.')

if __name__ == '__main__':
    for w in sys.argv[1:] or ['palermo', 'fiesole', 'unione']:
        globals()['make_' + w]()
