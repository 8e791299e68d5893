#!/usr/bin/env python3
"""r63: renders NAME.pdf from NAME.content.json and writes NAME.truth.json FROM THE CONTENT
(never from an extractor); page/page_end read back from the PDF with pdfplumber."""
import json, os, re, hashlib, subprocess, sys
import pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__))
LO = ['soffice', '-env:UserInstallation=file:///tmp/lo-r63', '--headless', '--convert-to', 'pdf', '--outdir', HERE]

def norm(s): return re.sub(r'\s+', ' ', s or '').strip()
def txt(s):
    s = norm(s); return s or None

NUM = r'-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?'
def num(s): return float(s.replace('.', '').replace(',', '.'))
def parse(v):
    nil = (None, None, None, None)
    s = norm(v)
    if not s or re.search(r'\d{1,2}/\d{1,2}/\d{4}', s): return nil
    op = None
    for pat, o in ((r'^(≥|>=)\s*', '>='), (r'^(≤|<=)\s*', '<='), (r'^>\s*', '>'), (r'^<\s*', '<')):
        m = re.match(pat, s)
        if m: op, s = o, s[m.end():]; break
    unit = None
    m = re.match(r'^€\s*', s)
    if m: unit, s = 'EUR', s[m.end():]
    m = re.match(r'^(%s)\s*(.*)$' % NUM, s)
    if not m: return nil
    rest = m.group(2).strip()
    sfx = {'%': '%', 'gg': 'days', 'giorni': 'days', 'ore': 'hours', '': None}
    if rest not in sfx: raise ValueError(v)
    unit = unit or sfx[rest]
    return (op or '=', num(m.group(1)), None, unit)

def met(t, a, d):
    to, tv, _, tu = t; ao, av, _, au = a
    if tv is None or av is None: return None
    if tu and au and tu != au: return None
    if to == '>=': return av >= tv
    if to == '<=': return av <= tv
    if av == tv: return True
    return {'higher': av > tv, 'lower': av < tv}.get(d)

def pct(s):
    p = parse(s); return p[1]

STATUS = {'OBIETTIVO RAGGIUNTO': 'achieved', 'OBIETTIVO PARZIALMENTE RAGGIUNTO': 'partially_achieved',
          'OBIETTIVO NON RAGGIUNTO': 'not_achieved', 'OBIETTIVO SOSPESO': 'suspended', 'Obiettivo sospeso': 'suspended'}

def record(h, i, year, target, actual, **kw):
    t, a = parse(target), parse(actual)
    r = dict(page=None, page_end=None, area_code=h[0], area_title=h[1], objective_level=h[2], objective_code=h[3],
             objective_title=h[4], indicator_code=i['code'], indicator=norm(i['name']), type=None,
             formula=txt(i.get('formula')), unit=txt(i.get('unit')), data_source=None,
             weight=pct(i['weight']) if i.get('weight') else None, baseline=txt(i.get('baseline')), year=year,
             target=txt(target), target_operator=t[0], target_value=t[1], target_value_max=t[2], target_unit=t[3],
             actual=txt(actual), actual_operator=a[0], actual_value=a[1], actual_value_max=a[2], actual_unit=a[3],
             achievement=pct(i['ach']) if i.get('ach') else None, notes=None, status=None, status_text=None,
             comment=None, met=met(t, a, i.get('dir')))
    if actual in STATUS:
        r['status'], r['status_text'] = STATUS[actual], actual
    r.update(kw); return r

def readback(pdf, groups):
    """groups: [(records, code, name)]; finds the page holding the code (in order) and checks the name is there."""
    with pdfplumber.open(pdf) as p:
        pages = [[w['text'] for w in pg.extract_words()] for pg in p.pages]
        texts = [re.sub(r'(?<=\d)-\s+', '-', norm(pg.extract_text())) for pg in p.pages]
    cur = 0
    for recs, code, name, extra in groups:
        pg = next(k for k in range(cur, len(pages)) if code in pages[k])
        w = norm(name).split()
        for probe in (w[0], w[1], w[-1] if '-' not in w[-1] else w[-2]) + tuple(extra):
            if probe.startswith('>>'):   # must follow the code on the same page (a status row kept with its indicator)
                assert texts[pg].find(probe[2:], texts[pg].find(code)) >= 0, (pdf, code, probe, pg + 1)
            else:
                assert probe in texts[pg], (pdf, code, probe, pg + 1)
        for r in recs: r['page'] = r['page_end'] = pg + 1
        cur = pg
    return len(pages)

def write_truth(c, pdf, recs, npages):
    out = {'schema': 'perfextract/records@1',
           'source': {'path': os.path.basename(pdf), 'sha256': hashlib.sha256(open(pdf, 'rb').read()).hexdigest(), 'pages': npages},
           'document': c['document'], 'indicators': recs, 'warnings': []}
    json.dump(out, open(os.path.join(HERE, c['name'] + '.truth.json'), 'w'), ensure_ascii=False, indent=1)
    print(c['name'], len(recs), 'records', npages, 'pages')

def load(n): return json.load(open(os.path.join(HERE, n + '.content.json')))

# ------------------------------------------------------------------ A: Word (python-docx -> LibreOffice), ruled tables
def make_a():
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_SECTION
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    c = load('agenzia-demanio-2023-relazione')
    d = Document()
    sec = d.sections[0]; sec.page_height, sec.page_width = Cm(29.7), Cm(21)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = sec.bottom_margin = Cm(2)
    st = d.styles['Normal']; st.font.name = 'Liberation Serif'; st.font.size = Pt(11)
    for hs in ('Heading 1', 'Heading 2', 'Heading 3'):
        d.styles[hs].font.name = 'Liberation Sans'; d.styles[hs].font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    # footer
    fp = sec.footer.paragraphs[0]; fp.text = 'Agenzia del Demanio \u2013 Relazione sulla performance 2023'
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER; fp.runs[0].font.size = Pt(8)
    # cover
    for _ in range(6): d.add_paragraph()
    for k, line in enumerate(c['cover']):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line); r.font.size = Pt([26, 20, 11, 11][k]); r.bold = k < 2
        r.font.name = 'Liberation Sans'
        if k == 1: p.paragraph_format.space_after = Pt(120)
    d.add_page_break()
    d.add_heading('1. Premessa', 1)
    for t in c['intro']:
        p = d.add_paragraph(t); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    d.add_heading('2. Le risorse', 1)
    d.add_paragraph(c['budget_title']).runs[0].bold = True
    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement('w:shd')
        s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), fill); tcPr.append(s)
    def rowprops(row, header=False):
        trPr = row._tr.get_or_add_trPr()
        e = OxmlElement('w:cantSplit'); trPr.append(e)
        if header:
            e = OxmlElement('w:tblHeader'); trPr.append(e)
    def table(head, rows, widths, size=9):
        t = d.add_table(rows=1, cols=len(head)); t.style = 'Table Grid'
        for j, h in enumerate(head):
            cell = t.rows[0].cells[j]; cell.text = ''; r = cell.paragraphs[0].add_run(h); r.bold = True; r.font.size = Pt(size)
            shade(cell, 'D9E2F3')
        rowprops(t.rows[0], True)
        for row in rows:
            cells = t.add_row().cells
            for j, v in enumerate(row):
                cells[j].text = ''; r = cells[j].paragraphs[0].add_run(v or ''); r.font.size = Pt(size)
                if j >= 3 or (j > 0 and len(head) == 4): cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            rowprops(t.rows[-1])
        t.autofit = False
        for j, gc in enumerate(t._tbl.tblGrid.findall(qn('w:gridCol'))): gc.set(qn('w:w'), str(int(widths[j] * 567)))
        for row in t.rows:
            for j, w in enumerate(widths): row.cells[j].width = Cm(w)
        return t
    table(c['budget_head'], c['budget'], [7.5, 3.2, 3.2, 3.1])
    d.add_paragraph()
    d.add_heading('3. I risultati per area strategica', 1)
    recs, groups = [], []
    for a in c['areas']:
        d.add_heading('Area strategica %s \u2013 %s' % (a['code'], a['title']), 2)
        p = d.add_paragraph(a['text']); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        for o in a['objs']:
            d.add_heading('Obiettivo strategico %s \u2013 %s' % (o['code'], o['title']), 3)
            rows = [[i['code'], i['name'], i['formula'], i['target'], i['actual'], i['ach']] for i in o['inds']]
            table(c['head'], rows, [1.3, 4.5, 3.6, 2.6, 2.3, 2.7], 8.5)
            d.add_paragraph()
            h = (a['code'], a['title'], 'strategic', o['code'], o['title'])
            for i in o['inds']:
                r = record(h, i, c['year'], i['target'], i['actual'])
                recs.append(r); groups.append(([r], i['code'], i['name'], [i['target'].split()[-1]]))
    d.add_heading('4. Considerazioni conclusive', 1)
    for t in c['closing']:
        p = d.add_paragraph(t); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    docx = os.path.join(HERE, c['name'] + '.docx'); d.save(docx)
    subprocess.run(LO + [docx], check=True, capture_output=True)
    pdf = os.path.join(HERE, c['name'] + '.pdf')
    write_truth(c, pdf, recs, readback(pdf, groups))

# ------------------------------------------------------------------ B: Calc (openpyxl -> LibreOffice), landscape, zebra
def make_b():
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    from openpyxl.worksheet.properties import PageSetupProperties
    c = load('arpa-marche-2025-piano')
    wb = Workbook()
    thin = Side(style='thin', color='A6A6A6'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    F = 'Liberation Sans'
    def setup(ws, land=True):
        ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.orientation = 'landscape' if land else 'portrait'
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
        ws.page_margins.left = ws.page_margins.right = 0.5; ws.page_margins.top = ws.page_margins.bottom = 0.75
        ws.oddFooter.center.text = 'ARPA Marche \u2013 Piano della performance 2025-2027 \u2013 pag. &P'; ws.oddFooter.center.size = 8
    ws = wb.active; ws.title = 'Copertina'; setup(ws, False)
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=False)
    ws.column_dimensions['A'].width = 66
    r = 5
    for k, line in enumerate(c['cover']):
        cell = ws.cell(r, 1, line); cell.font = Font(name=F, size=[22, 13, 18, 10][k], bold=k in (0, 2))
        cell.alignment = Alignment(horizontal='center', wrap_text=True); ws.row_dimensions[r].height = 34; r += 2
    r += 4
    ws.cell(r, 1, 'Premessa').font = Font(name=F, size=12, bold=True); r += 1
    for t in c['intro']:
        cell = ws.cell(r, 1, t); cell.font = Font(name=F, size=10)
        cell.alignment = Alignment(wrap_text=True, vertical='top', horizontal='justify'); ws.row_dimensions[r].height = 58; r += 1
    # staff on its own small block, columns B-E would break the width: put it on a second sheet
    ws2 = wb.create_sheet('Risorse umane'); setup(ws2, False)
    ws2.cell(1, 1, c['staff_title']).font = Font(name=F, size=12, bold=True)
    for j, w in enumerate([40, 18, 14, 22]): ws2.column_dimensions['ABCD'[j]].width = w
    for j, h in enumerate(c['staff_head']):
        cell = ws2.cell(3, j + 1, h); cell.font = Font(name=F, size=10, bold=True); cell.border = B
        cell.fill = PatternFill('solid', fgColor='DDEBF7'); cell.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
    for i, row in enumerate(c['staff']):
        for j, v in enumerate(row):
            cell = ws2.cell(4 + i, j + 1, v); cell.border = B
            cell.font = Font(name=F, size=10, bold=row[0] == 'Totale')
            cell.alignment = Alignment(horizontal='left' if j == 0 else 'center')
    # indicators
    ws3 = wb.create_sheet('Obiettivi e indicatori'); setup(ws3, True); ws3.print_title_rows = '3:3'
    ws3.cell(1, 1, 'Albero della performance 2025-2027 \u2013 obiettivi, indicatori e target').font = Font(name=F, size=13, bold=True)
    widths = [20, 26, 26, 8, 36, 8, 9.5, 9, 9, 9]
    for j, w in enumerate(widths): ws3.column_dimensions[chr(65 + j)].width = w
    for j, h in enumerate(c['head']):
        cell = ws3.cell(3, j + 1, h); cell.font = Font(name=F, size=10, bold=True, color='FFFFFF'); cell.border = B
        cell.fill = PatternFill('solid', fgColor='2E75B6'); cell.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
    ws3.row_dimensions[3].height = 30
    recs, groups, r, n = [], [], 4, 0
    for a in c['areas']:
        for o in a['objs']:
            for op in o['ops']:
                for i in op['inds']:
                    row = ['%s \u2013 %s' % (a['code'], a['title']), '%s \u2013 %s' % (o['code'], o['title']),
                           '%s \u2013 %s' % (op['code'], op['title']), i['code'], i['name'], i['unit'], i['baseline']] + i['target']
                    fill = PatternFill('solid', fgColor='F2F2F2' if n % 2 else 'FFFFFF')
                    for j, v in enumerate(row):
                        cell = ws3.cell(r, j + 1, v); cell.border = B; cell.fill = fill; cell.font = Font(name=F, size=9)
                        cell.alignment = Alignment(wrap_text=True, vertical='top', horizontal='left' if j in (0, 1, 2, 4) else 'center')
                    import math
                    ws3.row_dimensions[r].height = 12.5 * max(math.ceil(len(v or '') / (widths[j] * 1.3)) for j, v in enumerate(row)) + 3
                    h = (a['code'], a['title'], 'operational', op['code'], op['title'])
                    rs = [record(h, i, y, t, None) for y, t in zip(c['years'], i['target'])]
                    recs += rs; groups.append((rs, i['code'], i['name'], [])); r += 1; n += 1
    ws3.cell(r + 1, 1, 'Fonte: Sistema di controllo di gestione ARPAM; baseline al 31/12/2023.').font = Font(name=F, size=8, italic=True)
    xlsx = os.path.join(HERE, c['name'] + '.xlsx'); wb.save(xlsx)
    subprocess.run(LO + [xlsx], check=True, capture_output=True)
    pdf = os.path.join(HERE, c['name'] + '.pdf')
    write_truth(c, pdf, recs, readback(pdf, groups))

# ------------------------------------------------------------------ C: report software export (reportlab)
def make_c():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
    from xml.sax.saxutils import escape as E
    c = load('agea-2023-relazione')
    pdf = os.path.join(HERE, c['name'] + '.pdf')
    base = ParagraphStyle('b', fontName='Helvetica', fontSize=10, leading=13.5, alignment=4, spaceAfter=6)
    cell = ParagraphStyle('c', fontName='Helvetica', fontSize=8.5, leading=10.5)
    cellc = ParagraphStyle('cc', parent=cell, alignment=1)
    hd = ParagraphStyle('h', fontName='Helvetica-Bold', fontSize=8, leading=10, textColor=colors.HexColor('#333333'))
    hdc = ParagraphStyle('hc', parent=hd, alignment=1)
    h1 = ParagraphStyle('h1', fontName='Helvetica-Bold', fontSize=14, leading=18, spaceBefore=8, spaceAfter=8, textColor=colors.HexColor('#2F5233'))
    stat = ParagraphStyle('s', fontName='Helvetica-Oblique', fontSize=8, leading=10, textColor=colors.HexColor('#444444'))
    def deco(cv, doc):
        cv.saveState(); cv.setFont('Helvetica', 7.5); cv.setFillColor(colors.grey)
        if doc.page > 1:
            cv.drawString(2 * cm, A4[1] - 1.2 * cm, 'AGEA \u2013 Relazione sulla performance 2023')
            cv.drawRightString(A4[0] - 2 * cm, 1.1 * cm, 'Pagina %d' % doc.page)
            cv.drawString(2 * cm, 1.1 * cm, 'Estrazione dal sistema di controllo di gestione \u2013 28/06/2024')
        cv.restoreState()
    st = []
    st.append(Spacer(1, 6 * cm))
    sizes = [34, 16, 22, 16, 9]
    for k, line in enumerate(c['cover']):
        st.append(Paragraph(E(line), ParagraphStyle('cv%d' % k, fontName='Helvetica-Bold' if k in (0, 2) else 'Helvetica',
                            fontSize=sizes[k], leading=sizes[k] * 1.3, alignment=1, spaceAfter=14 if k != 3 else 5 * cm,
                            textColor=colors.HexColor('#2F5233') if k == 0 else colors.black)))
    st.append(PageBreak())
    st.append(Paragraph('1. Introduzione', h1))
    for t in c['intro']: st.append(Paragraph(E(t), base))
    st.append(Paragraph('2. Risorse finanziarie', h1))
    st.append(Paragraph(E(c['budget_title']), ParagraphStyle('t', parent=base, fontName='Helvetica-Bold', fontSize=9)))
    bt = [[Paragraph(E(h), hd if j == 0 else hdc) for j, h in enumerate(c['budget_head'])]] + \
         [[Paragraph(E(v), cell)] + [Paragraph(E(x), ParagraphStyle('r', parent=cell, alignment=2)) for x in row[1:]] for row in c['budget'] for v in [row[0]]]
    t = Table(bt, colWidths=[8 * cm, 3 * cm, 3 * cm, 3 * cm])
    t.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, 0), 0.8, colors.black), ('LINEBELOW', (0, 1), (-1, -1), 0.25, colors.HexColor('#BBBBBB')),
                           ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    st += [t, Spacer(1, 10)]
    st.append(Paragraph('3. Risultati degli obiettivi e degli indicatori', h1))
    for t in c['results_intro']: st.append(Paragraph(E(t), base))
    recs, groups = [], []
    widths = [1.3 * cm, 6.9 * cm, 1.2 * cm, 3.0 * cm, 3.0 * cm, 1.6 * cm]
    for a in c['areas']:
        data = [[Paragraph(E(h), hd if j in (0, 1) else hdc) for j, h in enumerate(c['head'])]]
        sty = [('LINEBELOW', (0, 0), (-1, 0), 0.8, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
               ('TOPPADDING', (0, 0), (-1, -1), 3), ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]
        data.append([Paragraph('<font color="white"><b>AREA STRATEGICA %s \u2013 %s</b></font>' % (a['code'], E(a['title'].upper())), cell)] + [''] * 5)
        sty += [('SPAN', (0, 1), (-1, 1)), ('BACKGROUND', (0, 1), (-1, 1), colors.HexColor('#2F5233'))]
        for o in a['objs']:
            k = len(data)
            data.append([Paragraph('<b>Obiettivo strategico %s \u2013 %s</b>' % (o['code'], E(o['title'])), cell)] + [''] * 5)
            sty += [('SPAN', (0, k), (-1, k)), ('BACKGROUND', (0, k), (-1, k), colors.HexColor('#E2EFDA'))]
            h = (a['code'], a['title'].upper(), 'strategic', o['code'], o['title'])   # the band prints the area title in capitals
            for i in o['inds']:
                k = len(data)
                data.append([Paragraph(E(i['code']), cell), Paragraph(E(i['name']), cell), Paragraph(E(i['weight']), cellc),
                             Paragraph(E(i['target']), cellc), Paragraph(E(i['actual'] or ''), cellc), Paragraph(E(i['ach'] or ''), cellc)])
                s = i['status']
                text = '<b>%s</b>' % s + (' &nbsp; %s' % E(i['comment']) if i['comment'] else '')
                data.append(['', Paragraph(text, stat)] + [''] * 4)
                sty += [('SPAN', (1, k + 1), (-1, k + 1)), ('LINEBELOW', (0, k + 1), (-1, k + 1), 0.25, colors.HexColor('#BBBBBB')),
                        ('TOPPADDING', (0, k + 1), (-1, k + 1), 0)]
                r = record(h, i, c['year'], i['target'], i['actual'], status=STATUS[s], status_text=s, comment=i['comment'])
                recs.append(r); groups.append(([r], i['code'], i['name'], ['>>' + s]))
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle(sty)); st += [t, Spacer(1, 14)]
    st.append(Paragraph('4. ' + E(c['summary_title']), h1))
    sd = [[Paragraph(E(h), hd if j == 0 else hdc) for j, h in enumerate(c['summary_head'])]] + \
         [[Paragraph(('<b>%s</b>' if row[0] == 'Totale' else '%s') % E(v), cell if j == 0 else cellc) for j, v in enumerate(row)] for row in c['summary']]
    t = Table(sd, colWidths=[6 * cm, 3 * cm, 3 * cm])
    t.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, 0), 0.8, colors.black), ('LINEBELOW', (0, 1), (-1, -1), 0.25, colors.HexColor('#BBBBBB'))]))
    st.append(t)
    doc = SimpleDocTemplate(pdf, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title='Relazione sulla performance 2023', author='AGEA')
    doc.build(st, onFirstPage=deco, onLaterPages=deco)
    write_truth(c, pdf, recs, readback(pdf, groups))

if __name__ == '__main__':
    which = sys.argv[1:] or ['a', 'b', 'c']
    for w in which: globals()['make_' + w]()
