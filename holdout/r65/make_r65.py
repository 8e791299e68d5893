#!/usr/bin/env python3
"""r65: renders NAME.pdf from NAME.content.json and writes NAME.truth.json FROM THE CONTENT
(never from an extractor); page/page_end read back from the PDF with pdfplumber."""
import json, os, re, hashlib, subprocess, sys, math
import pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__))
LO = ['soffice', '-env:UserInstallation=file:///tmp/lo-r65', '--headless', '--convert-to', 'pdf', '--outdir', HERE]

def norm(s): return re.sub(r'\s+', ' ', s or '').strip()
def txt(s):
    s = norm(s); return s or None

NUM = r'-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?'
def num(s): return float(s.replace('.', '').replace(',', '.'))
def parse(v):
    """RECORDS.md value rules, for the forms used in this round's content."""
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
    sfx = {'%': '%', 'gg': 'days', 'giorni': 'days', 'ore': 'hours', 'mesi': 'months', 'km': None, 'ha': None, '': None}
    if rest not in sfx: raise ValueError(v)
    unit = unit or sfx[rest]
    return (op or '=', num(m.group(1)), None, unit)

def met(t, a, d):
    to, tv, _, tu = t; ao, av, _, au = a
    if tv is None or av is None: return None
    if tu and au and tu != au: return None
    if to == '>=': return av >= tv
    if to == '<=': return av <= tv
    if to == '>': return av > tv
    if to == '<': return av < tv
    if av == tv: return True
    return {'higher': av > tv, 'lower': av < tv}.get(d)

def pct(s): return parse(s)[1] if s else None

STATUS = {'OBIETTIVO RAGGIUNTO': 'achieved', 'OBIETTIVO PARZIALMENTE RAGGIUNTO': 'partially_achieved',
          'OBIETTIVO NON RAGGIUNTO': 'not_achieved', 'OBIETTIVO SOSPESO': 'suspended', 'Obiettivo sospeso': 'suspended',
          'Raggiunto': 'achieved', 'Parzialmente raggiunto': 'partially_achieved', 'Non raggiunto': 'not_achieved', 'Sospeso': 'suspended'}

def record(h, i, year, target, actual, **kw):
    t, a = parse(target), parse(actual)
    r = dict(page=None, page_end=None, area_code=h[0], area_title=h[1], objective_level=h[2], objective_code=h[3],
             objective_title=h[4], indicator_code=i['code'], indicator=norm(i['name']), type=None,
             formula=txt(i.get('formula')), unit=None, data_source=None,
             weight=pct(i.get('weight')), baseline=txt(i.get('baseline')), year=year,
             target=txt(target), target_operator=t[0], target_value=t[1], target_value_max=t[2], target_unit=t[3],
             actual=txt(actual), actual_operator=a[0], actual_value=a[1], actual_value_max=a[2], actual_unit=a[3],
             achievement=pct(i.get('ach')), notes=None, status=None, status_text=None,
             comment=None, met=met(t, a, i.get('dir')))
    if actual in STATUS:
        r['status'], r['status_text'] = STATUS[actual], actual
    r.update(kw); return r

def readback(pdf, groups):
    """groups: [(records, first_tokens, last_tokens, name)]. Walks the PDF's words in order: the row starts on the page
    where the name's first words follow the cursor, ends where its last cell's words follow that; the whole name must
    be printed on those pages."""
    with pdfplumber.open(pdf) as p:
        words = [[w['text'] for w in pg.extract_words(keep_blank_chars=False)] for pg in p.pages]
        texts = [norm(pg.extract_text()) for pg in p.pages]
    def find(toks, pg, idx):
        for k in range(pg, len(words)):
            ws = words[k]
            for j in range(idx if k == pg else 0, len(ws) - len(toks) + 1):
                if ws[j:j + len(toks)] == toks: return k, j
        raise AssertionError((pdf, toks, pg + 1))
    cur = (0, 0)
    for recs, first, last, name in groups:
        p0, j0 = find(first, *cur)
        p1, j1 = find(last, p0, j0 + len(first))
        assert p1 - p0 <= 1, (pdf, name, p0 + 1, p1 + 1)
        both = ' '.join(words[p0] + words[p1])
        for w in norm(name).split():
            assert w in both, (pdf, name, w)
        for r in recs: r['page'], r['page_end'] = p0 + 1, p1 + 1
        cur = (p0, j0 + len(first))
    return len(words)

def write_truth(c, pdf, recs, npages):
    out = {'schema': 'perfextract/records@1',
           'source': {'path': os.path.basename(pdf), 'sha256': hashlib.sha256(open(pdf, 'rb').read()).hexdigest(), 'pages': npages},
           'document': c['document'], 'indicators': recs, 'warnings': []}
    json.dump(out, open(os.path.join(HERE, c['name'] + '.truth.json'), 'w'), ensure_ascii=False, indent=1)
    print(c['name'], len(recs), 'records', npages, 'pages')

def load(n): return json.load(open(os.path.join(HERE, n + '.content.json')))
def toks(s): return norm(s).split()

# ------------------------------------------------------------------ A: Word (python-docx -> LibreOffice), ruled tables
def make_a():
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    c = load('consorzio-bonifica-veneto-orientale-2023-relazione')
    d = Document()
    sec = d.sections[0]; sec.page_height, sec.page_width = Cm(29.7), Cm(21)
    sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(2.5); sec.bottom_margin = Cm(2)
    sec.different_first_page_header_footer = True
    st = d.styles['Normal']; st.font.name = 'Liberation Sans'; st.font.size = Pt(10.5)
    for hs, sz in (('Heading 1', 15), ('Heading 2', 12.5), ('Heading 3', 11)):
        d.styles[hs].font.name = 'Liberation Sans'; d.styles[hs].font.size = Pt(sz)
        d.styles[hs].font.color.rgb = RGBColor(0x1B, 0x4F, 0x72)
    hp = sec.header.paragraphs[0]; hp.text = 'Consorzio di Bonifica Veneto Orientale'
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT; hp.runs[0].font.size = Pt(8); hp.runs[0].italic = True
    fp = sec.footer.paragraphs[0]; fp.text = 'Relazione sulla performance 2023'
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER; fp.runs[0].font.size = Pt(8)
    for _ in range(5): d.add_paragraph()
    for k, line in enumerate(c['cover']):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line); r.font.size = Pt([22, 24, 18, 10, 10][k]); r.bold = k < 3
        if k == 0: r.font.color.rgb = RGBColor(0x1B, 0x4F, 0x72); p.paragraph_format.space_after = Pt(90)
        if k == 2: p.paragraph_format.space_after = Pt(150)
    d.add_page_break()
    d.add_heading('1. Presentazione', 1)
    for t in c['intro']:
        p = d.add_paragraph(t); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    d.add_heading('2. L\u2019organizzazione', 1)
    d.add_paragraph('Il Consorzio opera attraverso l\u2019Area Amministrativa, l\u2019Area Tecnica e l\u2019Area Agraria-Ambientale. '
                    'La tabella seguente riporta la consistenza del personale dipendente alla fine dell\u2019esercizio.').alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    d.add_paragraph(c['staff_title']).runs[0].bold = True
    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement('w:shd')
        s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), fill); tcPr.append(s)
    def rowprops(row, header=False):
        trPr = row._tr.get_or_add_trPr()
        trPr.append(OxmlElement('w:cantSplit'))
        if header: trPr.append(OxmlElement('w:tblHeader'))
    def table(head, rows, widths, size=9, center_from=2, bold_last=False):
        t = d.add_table(rows=1, cols=len(head)); t.style = 'Table Grid'
        for j, h in enumerate(head):
            cell = t.rows[0].cells[j]; cell.text = ''; r = cell.paragraphs[0].add_run(h); r.bold = True; r.font.size = Pt(size)
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER; shade(cell, 'D6E4EC')
        rowprops(t.rows[0], True)
        for n, row in enumerate(rows):
            cells = t.add_row().cells
            for j, v in enumerate(row):
                cells[j].text = ''; r = cells[j].paragraphs[0].add_run(v or ''); r.font.size = Pt(size)
                r.bold = bold_last and n == len(rows) - 1
                if j >= center_from or j == 0 and len(head) > 4: cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            rowprops(t.rows[-1])
        t.autofit = False
        for j, gc in enumerate(t._tbl.tblGrid.findall(qn('w:gridCol'))): gc.set(qn('w:w'), str(int(widths[j] * 567)))
        for row in t.rows:
            for j, w in enumerate(widths): row.cells[j].width = Cm(w)
        return t
    table(c['staff_head'], c['staff'], [7.6, 3.2, 3.2, 2.6], 9.5, 1, True)
    d.add_paragraph()
    d.add_heading('3. Obiettivi e risultati 2023', 1)
    d.add_paragraph('Di seguito, per ciascuna area strategica, sono riportati gli obiettivi operativi assegnati alle strutture e gli esiti dei relativi indicatori.').alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    recs, groups = [], []
    for a in c['areas']:
        d.add_heading('Area strategica %s \u2013 %s' % (a['code'], a['title']), 2)
        p = d.add_paragraph(a['text']); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        for o in a['objs']:
            d.add_heading('Obiettivo operativo %s \u2013 %s' % (o['code'], o['title']), 3)
            rows = [[i['code'], i['name'], i['unit'], i['target'], i['actual'], i['esito']] for i in o['inds']]
            table(c['head'], rows, [1.0, 5.4, 1.8, 2.8, 2.6, 2.9], 9)
            d.add_paragraph()
            h = (a['code'], a['title'], 'operational', o['code'], o['title'])
            for i in o['inds']:
                r = record(h, i, c['year'], i['target'], i['actual'], unit=i['unit'], status=STATUS[i['esito']], status_text=i['esito'])
                recs.append(r); groups.append(([r], toks(i['name'])[:3], toks(i['esito'])[-1:], i['name']))
    d.add_heading('4. Conclusioni', 1)
    for t in c['closing']:
        p = d.add_paragraph(t); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    docx = os.path.join(HERE, c['name'] + '.docx'); d.save(docx)
    subprocess.run(LO + [docx], check=True, capture_output=True)
    pdf = os.path.join(HERE, c['name'] + '.pdf')
    write_truth(c, pdf, recs, readback(pdf, groups))

# ------------------------------------------------------------------ B: Calc (openpyxl -> LibreOffice), landscape, merged hierarchy
def make_b():
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    from openpyxl.worksheet.properties import PageSetupProperties
    c = load('ente-parco-appennino-tosco-emiliano-2025-piano')
    wb = Workbook()
    thin = Side(style='thin', color='7F7F7F'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    F = 'Liberation Sans'
    def setup(ws, land=True, fit=True):
        ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.orientation = 'landscape' if land else 'portrait'
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=fit)
        if fit: ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
        ws.page_margins.left = ws.page_margins.right = 0.45; ws.page_margins.top = ws.page_margins.bottom = 0.7
        ws.oddFooter.left.text = 'Ente Parco Nazionale dell\u2019Appennino Tosco-Emiliano'; ws.oddFooter.left.size = 8
        ws.oddFooter.right.text = 'Piano della performance 2025-2027 \u2013 pag. &P di &N'; ws.oddFooter.right.size = 8
    ws = wb.active; ws.title = 'Frontespizio'; setup(ws, True, False)
    ws.column_dimensions['A'].width = 100
    r = 4
    for k, line in enumerate(c['cover']):
        cell = ws.cell(r, 1, line); cell.font = Font(name=F, size=[20, 12, 24, 10][k], bold=k in (0, 2), color='2E5E2B' if k < 2 else '000000')
        cell.alignment = Alignment(horizontal='center', wrap_text=True); ws.row_dimensions[r].height = 36; r += 2
    r += 2
    ws.cell(r, 1, 'Premessa').font = Font(name=F, size=12, bold=True); r += 1
    for t in c['intro']:
        cell = ws.cell(r, 1, t); cell.font = Font(name=F, size=10)
        cell.alignment = Alignment(wrap_text=True, vertical='top', horizontal='justify'); ws.row_dimensions[r].height = 52; r += 1
    ws2 = wb.create_sheet('Bilancio'); setup(ws2, True, False)
    ws2.cell(1, 1, c['budget_title']).font = Font(name=F, size=12, bold=True)
    for j, w in enumerate([50, 20, 20, 20]): ws2.column_dimensions['ABCD'[j]].width = w
    for j, h in enumerate(c['budget_head']):
        cell = ws2.cell(3, j + 1, h); cell.font = Font(name=F, size=10, bold=True, color='FFFFFF'); cell.border = B
        cell.fill = PatternFill('solid', fgColor='2E5E2B'); cell.alignment = Alignment(horizontal='center', vertical='center')
    for i, row in enumerate(c['budget']):
        for j, v in enumerate(row):
            cell = ws2.cell(4 + i, j + 1, v); cell.border = B
            cell.font = Font(name=F, size=10, bold=row[0].startswith('Totale'))
            cell.alignment = Alignment(horizontal='left' if j == 0 else 'right')
    ws3 = wb.create_sheet('Obiettivi e indicatori'); setup(ws3, True); ws3.print_title_rows = '3:3'
    ws3.cell(1, 1, 'Obiettivi strategici, indicatori e target 2025-2027').font = Font(name=F, size=13, bold=True)
    widths = [22, 26, 7, 34, 26, 6.5, 10, 10, 10, 10]
    for j, w in enumerate(widths): ws3.column_dimensions[chr(65 + j)].width = w
    for j, h in enumerate(c['head']):
        cell = ws3.cell(3, j + 1, h); cell.font = Font(name=F, size=10, bold=True, color='FFFFFF'); cell.border = B
        cell.fill = PatternFill('solid', fgColor='2E5E2B'); cell.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
    ws3.row_dimensions[3].height = 30
    fills = ['E2EFDA', 'FFF2CC', 'DDEBF7']
    recs, groups, r = [], [], 4
    for ai, a in enumerate(c['areas']):
        fill = PatternFill('solid', fgColor=fills[ai % 3]); ar0 = r
        for o in a['objs']:
            or0 = r
            for i in o['inds']:
                row = [None, None, i['code'], i['name'], i['formula'], i['weight'], i['baseline']] + i['targets']
                for j, v in enumerate(row):
                    cell = ws3.cell(r, j + 1, v); cell.border = B; cell.fill = fill; cell.font = Font(name=F, size=9)
                    cell.alignment = Alignment(wrap_text=True, vertical='top', horizontal='left' if j in (3, 4) else 'center')
                ws3.row_dimensions[r].height = 12.5 * max(math.ceil(len(v or '') / (widths[j] * 1.2)) for j, v in enumerate(row)) + 4
                h = (a['code'], a['title'], 'strategic', o['code'], o['title'])
                rs = [record(h, i, y, t, None) for y, t in zip(c['years'], i['targets'])]
                last = [t for t in i['targets'] if t][-1]
                recs += rs; groups.append((rs, [i['code']] + toks(i['name'])[:2], toks(last), i['name'])); r += 1
            cell = ws3.cell(or0, 2, '%s \u2013 %s' % (o['code'], o['title']))
            cell.font = Font(name=F, size=9, bold=True); cell.alignment = Alignment(wrap_text=True, vertical='top', horizontal='left')
            for rr in range(or0, r): ws3.cell(rr, 2).border = B; ws3.cell(rr, 2).fill = fill
            ws3.merge_cells(start_row=or0, end_row=r - 1, start_column=2, end_column=2)
        cell = ws3.cell(ar0, 1, '%s \u2013 %s' % (a['code'], a['title']))
        cell.font = Font(name=F, size=9, bold=True); cell.alignment = Alignment(wrap_text=True, vertical='top', horizontal='left')
        for rr in range(ar0, r): ws3.cell(rr, 1).border = B; ws3.cell(rr, 1).fill = fill
        ws3.merge_cells(start_row=ar0, end_row=r - 1, start_column=1, end_column=1)
    ws3.cell(r, 5, 'Totale pesi').font = Font(name=F, size=9, bold=True)
    ws3.cell(r, 6, '%d%%' % sum(int(i['weight'][:-1]) for a in c['areas'] for o in a['objs'] for i in o['inds'])).font = Font(name=F, size=9, bold=True)
    for j in range(1, 11): ws3.cell(r, j).border = B
    ws3.cell(r, 6).alignment = Alignment(horizontal='center')
    ws3.cell(r + 2, 1, c['footer_note']).font = Font(name=F, size=8, italic=True)
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
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak, KeepTogether
    from xml.sax.saxutils import escape as E
    c = load('adsp-mar-tirreno-centro-settentrionale-2024-relazione')
    pdf = os.path.join(HERE, c['name'] + '.pdf')
    NAVY = colors.HexColor('#0B3C5D'); LIGHT = colors.HexColor('#D9E6F2'); HAIR = colors.HexColor('#9AA5B1')
    base = ParagraphStyle('b', fontName='Helvetica', fontSize=10, leading=13.5, alignment=4, spaceAfter=6)
    cell = ParagraphStyle('c', fontName='Helvetica', fontSize=8.5, leading=10.5)
    cellc = ParagraphStyle('cc', parent=cell, alignment=1)
    cellr = ParagraphStyle('cr', parent=cell, alignment=2)
    hd = ParagraphStyle('h', fontName='Helvetica-Bold', fontSize=8, leading=10, textColor=NAVY)
    hdc = ParagraphStyle('hc', parent=hd, alignment=1)
    h1 = ParagraphStyle('h1', fontName='Helvetica-Bold', fontSize=13, leading=17, spaceBefore=10, spaceAfter=8, textColor=NAVY)
    stat = ParagraphStyle('s', fontName='Helvetica', fontSize=7.8, leading=9.8, textColor=colors.HexColor('#333333'))
    def deco(cv, doc):
        cv.saveState(); cv.setFont('Helvetica', 7.5); cv.setFillColor(colors.grey)
        if doc.page > 1:
            cv.drawString(2 * cm, A4[1] - 1.2 * cm, 'AdSP del Mar Tirreno Centro Settentrionale \u2013 Relazione sulla performance 2024')
            cv.setStrokeColor(HAIR); cv.setLineWidth(0.3); cv.line(2 * cm, A4[1] - 1.35 * cm, A4[0] - 2 * cm, A4[1] - 1.35 * cm)
            cv.drawRightString(A4[0] - 2 * cm, 1.1 * cm, '%d' % doc.page)
            cv.drawString(2 * cm, 1.1 * cm, 'Report generato dal sistema di pianificazione e controllo \u2013 24/06/2025 10:42')
        cv.restoreState()
    st = [Spacer(1, 5 * cm)]
    sizes = [30, 15, 11, 22, 9]
    for k, line in enumerate(c['cover']):
        st.append(Paragraph(E(line), ParagraphStyle('cv%d' % k, fontName='Helvetica-Bold' if k in (0, 3) else 'Helvetica',
                            fontSize=sizes[k], leading=sizes[k] * 1.3, alignment=1, spaceAfter={2: 3 * cm, 3: 5 * cm}.get(k, 10),
                            textColor=NAVY if k == 0 else colors.black)))
    st.append(PageBreak())
    st.append(Paragraph('1. Premessa', h1))
    for t in c['intro']: st.append(Paragraph(E(t), base))
    st.append(Paragraph('2. Le risorse finanziarie', h1))
    st.append(Paragraph(E(c['budget_title']), ParagraphStyle('t', parent=base, fontName='Helvetica-Bold', fontSize=9)))
    bt = [[Paragraph(E(h), hd if j == 0 else hdc) for j, h in enumerate(c['budget_head'])]] + \
         [[Paragraph(E(row[0]), cell)] + [Paragraph(E(x), cellr) for x in row[1:]] for row in c['budget']]
    t = Table(bt, colWidths=[7.5 * cm, 3.2 * cm, 3.4 * cm, 2.9 * cm])
    t.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, 0), 0.8, NAVY), ('LINEBELOW', (0, 1), (-1, -1), 0.25, HAIR),
                           ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    st += [t, Spacer(1, 10)]
    st.append(Paragraph('3. Gli obiettivi e i risultati conseguiti', h1))
    st.append(Paragraph('Le schede che seguono riportano, per ciascun obiettivo strategico e operativo, gli indicatori con il peso, il target atteso, '
                        'il risultato conseguito e la percentuale di raggiungimento. Sotto ciascun indicatore \u00e8 riportato l\u2019esito e, ove presente, la motivazione dello scostamento.', base))
    recs, groups = [], []
    widths = [1.4 * cm, 7.0 * cm, 1.2 * cm, 2.9 * cm, 2.9 * cm, 1.6 * cm]
    for a in c['areas']:
        data = [[Paragraph(E(h), hd if j in (0, 1) else hdc) for j, h in enumerate(c['head'])]]
        sty = [('LINEBELOW', (0, 0), (-1, 0), 0.8, NAVY), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
               ('TOPPADDING', (0, 0), (-1, -1), 3), ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]
        data.append([Paragraph('<font color="white"><b>OBIETTIVO STRATEGICO %s \u2013 %s</b></font>' % (a['code'], E(a['title'].upper())), cell)] + [''] * 5)
        sty += [('SPAN', (0, 1), (-1, 1)), ('BACKGROUND', (0, 1), (-1, 1), NAVY)]
        for o in a['objs']:
            k = len(data)
            data.append([Paragraph('<b>Obiettivo operativo %s \u2013 %s</b>' % (o['code'], E(o['title'])), cell)] + [''] * 5)
            sty += [('SPAN', (0, k), (-1, k)), ('BACKGROUND', (0, k), (-1, k), LIGHT)]
            h = (a['code'], None, 'operational', o['code'], o['title'])
            for i in o['inds']:
                k = len(data)
                data.append([Paragraph(E(i['code']), cell), Paragraph(E(i['name']), cell), Paragraph(E(i['weight']), cellc),
                             Paragraph(E(i['target']), cellc), Paragraph(E(i['actual'] or ''), cellc), Paragraph(E(i['ach'] or ''), cellc)])
                s = i['status']
                text = '<b>%s</b>' % s + ('<br/>%s' % E(i['comment']) if i['comment'] else '')
                data.append(['', Paragraph(text, stat)] + [''] * 4)
                sty += [('SPAN', (1, k + 1), (-1, k + 1)), ('LINEBELOW', (0, k + 1), (-1, k + 1), 0.25, HAIR),
                        ('TOPPADDING', (0, k + 1), (-1, k + 1), 0)]
                r = record(h, i, c['year'], i['target'], i['actual'], status=STATUS[s], status_text=s, comment=i['comment'])
                last = toks(i['comment'])[-2:] if i['comment'] else toks(s)
                recs.append(r); groups.append(([r], [i['code']] + toks(i['name'])[:2], last, i['name']))
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle(sty)); st += [t, Spacer(1, 14)]
    summ = [Paragraph('4. ' + E(c['summary_title']), h1),
            Paragraph('La tabella riepiloga gli esiti dei 16 indicatori monitorati nel 2024.', base)]
    sd = [[Paragraph(E(h), hd if j == 0 else hdc) for j, h in enumerate(c['summary_head'])]] + \
         [[Paragraph(('<b>%s</b>' if row[0] == 'Totale' else '%s') % E(v), cell if j == 0 else cellc) for j, v in enumerate(row)] for row in c['summary']]
    t = Table(sd, colWidths=[6 * cm, 3 * cm, 3 * cm])
    t.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, 0), 0.8, NAVY), ('LINEBELOW', (0, 1), (-1, -1), 0.25, HAIR)]))
    st.append(KeepTogether(summ + [t, Spacer(1, 12), Paragraph('Il dettaglio delle schede obiettivo assegnate ai dirigenti e la valutazione della performance individuale sono riportati nella Relazione del Segretario generale, disponibile nella sezione Amministrazione trasparente.', base)]))
    doc = SimpleDocTemplate(pdf, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title='Relazione sulla performance 2024', author='AdSP MTCS')
    doc.build(st, onFirstPage=deco, onLaterPages=deco)
    write_truth(c, pdf, recs, readback(pdf, groups))

if __name__ == '__main__':
    which = sys.argv[1:] or ['a', 'b', 'c']
    for w in which: globals()['make_' + w]()
