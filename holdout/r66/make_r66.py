#!/usr/bin/env python3
"""r66: renders NAME.pdf from NAME.content.json and writes NAME.truth.json FROM THE CONTENT
(never from an extractor); page/page_end read back from the rendered PDF with pdfplumber."""
import json, os, re, hashlib, subprocess, sys, math
import pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__))
LO = ['soffice', '-env:UserInstallation=file:///tmp/lo-r66', '--headless', '--convert-to', 'pdf', '--outdir', HERE]

def norm(s): return re.sub(r'\s+', ' ', s or '').strip()
def txt(s):
    s = norm(s); return s or None

NUM = r'-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?'
def num(s): return float(s.replace('.', '').replace(',', '.'))
def parse(v):
    """(operator, value, value_max, unit) by RECORDS.md; only the forms used in these samples."""
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

def weight(s): return parse(s)[1] if s else None

def record(h, i, year, target, actual, **kw):
    t, a = parse(target), parse(actual)
    r = dict(page=None, page_end=None, area_code=h[0], area_title=h[1], objective_level=h[2], objective_code=h[3],
             objective_title=h[4], indicator_code=i['code'], indicator=norm(i['name']), type=None,
             formula=txt(i.get('formula')), unit=None, data_source=None,
             weight=weight(i.get('weight')), baseline=txt(i.get('baseline')), year=year,
             target=txt(target), target_operator=t[0], target_value=t[1], target_value_max=t[2], target_unit=t[3],
             actual=txt(actual), actual_operator=a[0], actual_value=a[1], actual_value_max=a[2], actual_unit=a[3],
             achievement=None, notes=None, status=None, status_text=None, comment=None, met=met(t, a, i.get('dir')))
    r.update(kw); return r

def readback(pdf, groups):
    """groups: [(records, code, name, probes)]: the page holding the code (in document order) must hold the
    name's first/last words and the probes ('>>x': x must follow the code on that page)."""
    with pdfplumber.open(pdf) as p:
        words = [[w['text'] for w in pg.extract_words()] for pg in p.pages]
        texts = [norm(pg.extract_text()) for pg in p.pages]
    cur = 0
    for recs, code, name, probes in groups:
        pg = next(k for k in range(cur, len(words)) if code in words[k])
        w = norm(name).split()
        for probe in [w[0], w[1], w[-1]] + list(probes):
            if probe.startswith('>>'):
                assert texts[pg].find(probe[2:], texts[pg].find(code)) >= 0, (pdf, code, probe, pg + 1)
            else:
                assert probe in texts[pg], (pdf, code, probe, pg + 1)
        for r in recs: r['page'] = r['page_end'] = pg + 1
        cur = pg
    return len(words)

def write_truth(c, pdf, recs, npages):
    out = {'schema': 'perfextract/records@1',
           'source': {'path': os.path.basename(pdf), 'sha256': hashlib.sha256(open(pdf, 'rb').read()).hexdigest(), 'pages': npages},
           'document': c['document'], 'indicators': recs, 'warnings': []}
    json.dump(out, open(os.path.join(HERE, c['name'] + '.truth.json'), 'w'), ensure_ascii=False, indent=1)
    print(c['name'], len(recs), 'records', npages, 'pages')

def load(n): return json.load(open(os.path.join(HERE, n + '.content.json')))

# ------------------------------------------------------------------ A: Word (python-docx -> LibreOffice), ruled tables
ESITO = {'Raggiunto': 'achieved', 'Parzialmente raggiunto': 'partially_achieved', 'Non raggiunto': 'not_achieved', 'Sospeso': 'suspended'}
def make_a():
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_ALIGN_VERTICAL
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    c = load('ats-val-padana-2023-relazione')
    d = Document()
    sec = d.sections[0]; sec.page_height, sec.page_width = Cm(29.7), Cm(21)
    sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(2.2); sec.bottom_margin = Cm(2)
    st = d.styles['Normal']; st.font.name = 'Liberation Sans'; st.font.size = Pt(10.5)
    for hs, sz in (('Heading 1', 14), ('Heading 2', 12), ('Heading 3', 11)):
        d.styles[hs].font.name = 'Liberation Sans'; d.styles[hs].font.size = Pt(sz)
        d.styles[hs].font.color.rgb = RGBColor(0x00, 0x5A, 0x8C)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]; hp.text = 'ATS Val Padana – Relazione sulla performance 2023'
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT; hp.runs[0].font.size = Pt(8); hp.runs[0].italic = True
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(); r.font.size = Pt(8)
    for kind, t in (('begin', None), (None, 'PAGE'), ('end', None)):
        if kind:
            e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), kind); r._r.append(e)
        else:
            e = OxmlElement('w:instrText'); e.set(qn('xml:space'), 'preserve'); e.text = t; r._r.append(e)
    # cover
    sizes = [11, 30, 15, 20, 10, 10]
    for k, line in enumerate(c['cover']):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if k == 1: p.paragraph_format.space_before = Pt(110)
        if k == 3: p.paragraph_format.space_before = Pt(90)
        if k == 5: p.paragraph_format.space_before = Pt(200)
        r = p.add_run(line); r.font.size = Pt(sizes[k]); r.bold = k in (1, 3)
        if k == 1: r.font.color.rgb = RGBColor(0x00, 0x5A, 0x8C)
    d.add_page_break()
    d.add_heading('1. Presentazione', 1)
    for t in c['intro']:
        p = d.add_paragraph(t); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement('w:shd')
        s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), fill); tcPr.append(s)
    def rowprops(row, header=False):
        trPr = row._tr.get_or_add_trPr(); trPr.append(OxmlElement('w:cantSplit'))
        if header: trPr.append(OxmlElement('w:tblHeader'))
    def table(head, rows, widths, size=9, align=None, bold_last=False):
        t = d.add_table(rows=1, cols=len(head)); t.style = 'Table Grid'
        for j, h in enumerate(head):
            cell = t.rows[0].cells[j]; cell.text = ''; r = cell.paragraphs[0].add_run(h); r.bold = True; r.font.size = Pt(size)
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER; shade(cell, 'BDD7EE'); cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
        rowprops(t.rows[0], True)
        for n, row in enumerate(rows):
            if isinstance(row, dict):   # a note merged across the columns after the code
                cells = t.add_row().cells; m = cells[1].merge(cells[-1]); m.text = ''
                r = m.paragraphs[0].add_run(row['nota']); r.italic = True; r.font.size = Pt(size - 0.5)
                rowprops(t.rows[-1]); continue
            cells = t.add_row().cells
            for j, v in enumerate(row):
                cells[j].text = ''; r = cells[j].paragraphs[0].add_run(v or ''); r.font.size = Pt(size)
                if bold_last and n == len(rows) - 1: r.bold = True
                if align and align[j] != 'l': cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER if align[j] == 'c' else WD_ALIGN_PARAGRAPH.RIGHT
            rowprops(t.rows[-1])
        t.autofit = False
        for j, gc in enumerate(t._tbl.tblGrid.findall(qn('w:gridCol'))): gc.set(qn('w:w'), str(int(widths[j] * 567)))
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells): row.cells[j].width = Cm(w)
        return t
    d.add_heading('2. Le risorse dell’Agenzia', 1)
    d.add_paragraph(c['staff_title']).runs[0].bold = True
    table(c['staff_head'], c['staff'], [7.6, 3.2, 3.2, 2.6], 9, 'lccc', True)
    d.add_paragraph()
    d.add_paragraph(c['budget_title']).runs[0].bold = True
    table(c['budget_head'], c['budget'], [6.2, 3.5, 3.5, 3.4], 9, 'lrrr', True)
    d.add_page_break()
    d.add_heading('3. Gli obiettivi di performance organizzativa e i risultati raggiunti', 1)
    p = d.add_paragraph('Per ciascuna area strategica si riportano gli obiettivi strategici, gli indicatori con il relativo peso, il target atteso, il risultato conseguito e l’esito della valutazione.')
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p = d.add_paragraph(c['legend']); p.runs[0].font.size = Pt(9); p.runs[0].italic = True
    recs, groups = [], []
    for a in c['areas']:
        d.add_heading('Area strategica %s – %s' % (a['code'], a['title']), 2)
        p = d.add_paragraph(a['text']); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        for o in a['objs']:
            d.add_heading('Obiettivo strategico %s – %s' % (o['code'], o['title']), 3)
            rows = []
            h = (a['code'], a['title'], 'strategic', o['code'], o['title'])
            for i in o['inds']:
                rows.append([i['code'], i['name'], i['weight'], i['target'], i['actual'], i['esito']])
                if i['nota']: rows.append({'nota': i['nota']})
                rc = record(h, i, c['year'], i['target'], i['actual'], status=ESITO[i['esito']], status_text=i['esito'], comment=i['nota'])
                recs.append(rc)
                groups.append(([rc], i['code'], i['name'], ['>>' + i['esito'].split()[0]] + (['>>' + i['nota'].split()[-1]] if i['nota'] else [])))
            table(c['head'], rows, [1.3, 6.6, 1.3, 2.4, 2.4, 2.6], 9, 'llcccc')
            d.add_paragraph()
    d.add_heading('4. Conclusioni', 1)
    for t in c['closing']:
        p = d.add_paragraph(t); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    docx = os.path.join(HERE, c['name'] + '.docx'); d.save(docx)
    subprocess.run(LO + [docx], check=True, capture_output=True)
    pdf = os.path.join(HERE, c['name'] + '.pdf')
    write_truth(c, pdf, recs, readback(pdf, groups))

# ------------------------------------------------------------------ B: Calc (openpyxl -> LibreOffice), landscape, merged hierarchy, shaded groups
def make_b():
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    from openpyxl.worksheet.properties import PageSetupProperties
    c = load('ao-ordine-mauriziano-2024-piao')
    wb = Workbook()
    thin = Side(style='thin', color='808080'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    F = 'Liberation Sans'
    def setup(ws, land=True):
        ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.orientation = 'landscape' if land else 'portrait'
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
        ws.page_margins.left = ws.page_margins.right = 0.4; ws.page_margins.top = ws.page_margins.bottom = 0.6
        ws.oddHeader.right.text = 'PIAO 2024-2026 – Allegato 2.2'; ws.oddHeader.right.size = 8
        ws.oddFooter.center.text = 'A.O. Ordine Mauriziano di Torino – Pagina &P di &N'; ws.oddFooter.center.size = 8
    def grid(ws, r0, head, rows, widths_col0, hfill='D9D9D9'):
        for j, h in enumerate(head):
            cell = ws.cell(r0, j + 1, h); cell.font = Font(name=F, size=10, bold=True); cell.border = B
            cell.fill = PatternFill('solid', fgColor=hfill); cell.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
        ws.row_dimensions[r0].height = 28
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                cell = ws.cell(r0 + 1 + i, j + 1, v); cell.border = B
                cell.font = Font(name=F, size=10, bold=row[0] == 'Totale')
                cell.alignment = Alignment(wrap_text=True, vertical='top', horizontal='left' if j == 0 or len(head) == 6 and j in (1, 5) else 'center')
    # cover + intro
    ws = wb.active; ws.title = 'Premessa'; setup(ws, False)
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=False)
    ws.column_dimensions['A'].width = 68
    r = 3
    for k, line in enumerate(c['cover']):
        cell = ws.cell(r, 1, line); cell.font = Font(name=F, size=[12, 18, 16, 12, 12, 9][k], bold=k in (1, 2))
        cell.alignment = Alignment(horizontal='center', wrap_text=True, vertical='center'); ws.row_dimensions[r].height = [20, 30, 44, 22, 22, 18][k]; r += 1
        if k in (1, 4): r += 1
    r += 2
    ws.cell(r, 1, 'Premessa').font = Font(name=F, size=12, bold=True); r += 1
    for t in c['intro']:
        cell = ws.cell(r, 1, t); cell.font = Font(name=F, size=10)
        cell.alignment = Alignment(wrap_text=True, vertical='top', horizontal='justify'); ws.row_dimensions[r].height = 14 * math.ceil(len(t) / 68) + 8; r += 1
    # indicators
    ws3 = wb.create_sheet('Obiettivi e indicatori'); setup(ws3, True); ws3.print_title_rows = '3:3'
    ws3.cell(1, 1, 'Obiettivi operativi, indicatori e target 2024-2026').font = Font(name=F, size=13, bold=True)
    widths = [18, 22, 22, 8.5, 30, 30, 6.5, 9.5, 9.5, 9.5, 9.5]
    for j, w in enumerate(widths): ws3.column_dimensions[chr(65 + j)].width = w
    for j, h in enumerate(c['head']):
        cell = ws3.cell(3, j + 1, h); cell.font = Font(name=F, size=9, bold=True, color='FFFFFF'); cell.border = B
        cell.fill = PatternFill('solid', fgColor='7B2C3B'); cell.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
    ws3.row_dimensions[3].height = 26
    fills = ['FBE9EC', 'FFFFFF']
    recs, groups, r = [], [], 4
    for na, a in enumerate(c['areas']):
        fill = PatternFill('solid', fgColor=fills[na % 2]); ra = r
        for o in a['objs']:
            ro = r
            for op in o['ops']:
                rop = r
                for i in op['inds']:
                    row = [None, None, None, i['code'], i['name'], i['formula'], i['weight'], i['baseline']] + i['target']
                    for j, v in enumerate(row):
                        cell = ws3.cell(r, j + 1, v); cell.border = B; cell.fill = fill; cell.font = Font(name=F, size=9)
                        cell.alignment = Alignment(wrap_text=True, vertical='top', horizontal='left' if j in (3, 4, 5) else 'center')
                    ws3.row_dimensions[r].height = 12 * max(math.ceil(len(v or '') / (widths[j] * 1.15)) for j, v in enumerate(row) if j > 2) + 4
                    h = (a['code'], a['title'], 'operational', op['code'], op['title'])
                    rs = [record(h, i, y, t, None) for y, t in zip(c['years'], i['target'])]
                    recs += rs; groups.append((rs, i['code'], i['name'], [])); r += 1
                ws3.cell(rop, 3, '%s – %s' % (op['code'], op['title']))
                if r - 1 > rop: ws3.merge_cells(start_row=rop, start_column=3, end_row=r - 1, end_column=3)
            ws3.cell(ro, 2, '%s – %s' % (o['code'], o['title']))
            if r - 1 > ro: ws3.merge_cells(start_row=ro, start_column=2, end_row=r - 1, end_column=2)
        ws3.cell(ra, 1, '%s – %s' % (a['code'], a['title']))
        ws3.merge_cells(start_row=ra, start_column=1, end_row=r - 1, end_column=1)
        for rr in range(ra, r):
            for j in (1, 2, 3):
                cell = ws3.cell(rr, j); cell.fill = fill; cell.border = B
                cell.font = Font(name=F, size=9, bold=j == 1); cell.alignment = Alignment(wrap_text=True, vertical='top', horizontal='left')
    ws3.cell(r + 1, 1, 'Baseline: valore consuntivo al 31/12/2023 (n.d. = dato non disponibile). Fonte: flussi SDO, C/A, PS e controllo di gestione aziendale.').font = Font(name=F, size=8, italic=True)
    # risks and staff
    ws4 = wb.create_sheet('Rischi corruttivi'); setup(ws4, True)
    ws4.cell(1, 1, c['risk_title']).font = Font(name=F, size=12, bold=True)
    for j, w in enumerate([24, 34, 12, 12, 14, 50]): ws4.column_dimensions[chr(65 + j)].width = w
    grid(ws4, 3, c['risk_head'], c['risk'], 24)
    ws5 = wb.create_sheet('Fabbisogni di personale'); setup(ws5, True)
    ws5.cell(1, 1, c['staff_title']).font = Font(name=F, size=12, bold=True)
    for j, w in enumerate([34, 20, 16, 16, 16]): ws5.column_dimensions[chr(65 + j)].width = w
    grid(ws5, 3, c['staff_head'], c['staff'], 34)
    xlsx = os.path.join(HERE, c['name'] + '.xlsx'); wb.save(xlsx)
    subprocess.run(LO + [xlsx], check=True, capture_output=True)
    pdf = os.path.join(HERE, c['name'] + '.pdf')
    write_truth(c, pdf, recs, readback(pdf, groups))

# ------------------------------------------------------------------ C: report software export (reportlab), borderless, hairlines, bands, status rows
STATUS = {'OBIETTIVO RAGGIUNTO': 'achieved', 'OBIETTIVO PARZIALMENTE RAGGIUNTO': 'partially_achieved',
          'OBIETTIVO NON RAGGIUNTO': 'not_achieved', 'OBIETTIVO SOSPESO': 'suspended'}
def make_c():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
    from xml.sax.saxutils import escape as E
    c = load('arpa-toscana-2023-relazione')
    pdf = os.path.join(HERE, c['name'] + '.pdf')
    GREEN = colors.HexColor('#00594F')
    base = ParagraphStyle('b', fontName='Helvetica', fontSize=10, leading=14, alignment=4, spaceAfter=6)
    cell = ParagraphStyle('c', fontName='Helvetica', fontSize=8.5, leading=10.5)
    cellc = ParagraphStyle('cc', parent=cell, alignment=2)
    hd = ParagraphStyle('h', fontName='Helvetica-Bold', fontSize=8, leading=10, textColor=colors.HexColor('#555555'))
    hdc = ParagraphStyle('hc', parent=hd, alignment=2)
    h1 = ParagraphStyle('h1', fontName='Helvetica-Bold', fontSize=13, leading=17, spaceBefore=10, spaceAfter=8, textColor=GREEN)
    stat = ParagraphStyle('s', fontName='Helvetica', fontSize=8, leading=10, textColor=colors.HexColor('#333333'))
    def deco(cv, doc):
        cv.saveState(); cv.setFont('Helvetica', 7.5); cv.setFillColor(colors.grey)
        if doc.page > 1:
            cv.drawString(2 * cm, A4[1] - 1.2 * cm, 'ARPAT – Relazione sulla performance 2023')
            cv.setStrokeColor(colors.HexColor('#BBBBBB')); cv.setLineWidth(0.3); cv.line(2 * cm, A4[1] - 1.35 * cm, A4[0] - 2 * cm, A4[1] - 1.35 * cm)
            cv.drawRightString(A4[0] - 2 * cm, 1.1 * cm, 'pag. %d' % doc.page)
            cv.drawString(2 * cm, 1.1 * cm, 'Report generato il 20/06/2024 – Sistema SPC ARPAT')
        cv.restoreState()
    st = [Spacer(1, 5 * cm)]
    sizes = [40, 14, 24, 18, 8.5]
    for k, line in enumerate(c['cover']):
        st.append(Paragraph(E(line), ParagraphStyle('cv%d' % k, fontName='Helvetica-Bold' if k in (0, 2) else 'Helvetica',
                            fontSize=sizes[k], leading=sizes[k] * 1.3, alignment=1, spaceAfter=[10, 70, 8, 200, 0][k],
                            textColor=GREEN if k == 0 else colors.black)))
    st.append(PageBreak())
    st.append(Paragraph('1. Introduzione', h1))
    for t in c['intro']: st.append(Paragraph(E(t), base))
    st.append(Paragraph('2. ' + E(c['activity_title']), h1))
    bt = [[Paragraph(E(h), hd if j == 0 else hdc) for j, h in enumerate(c['activity_head'])]] + \
         [[Paragraph(E(row[0]), cell)] + [Paragraph(E(x), cellc) for x in row[1:]] for row in c['activity']]
    t = Table(bt, colWidths=[8 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm], hAlign='LEFT')
    t.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, 0), 0.8, GREEN), ('LINEBELOW', (0, 1), (-1, -1), 0.25, colors.HexColor('#CCCCCC'))]))
    st += [t, Spacer(1, 8)]
    st.append(Paragraph('3. Risultati per area strategica', h1))
    st.append(Paragraph('Le tabelle riportano per ogni indicatore i valori consuntivi 2021 e 2022, il target e il risultato 2023; la riga sottostante riporta l’esito e l’eventuale motivazione dello scostamento.', base))
    recs, groups = [], []
    widths = [1.2 * cm, 6.6 * cm, 2.2 * cm, 2.2 * cm, 2.5 * cm, 2.3 * cm]
    for a in c['areas']:
        data = [[Paragraph(E(h), hd if j < 2 else hdc) for j, h in enumerate(c['head'])]]
        sty = [('LINEBELOW', (0, 0), (-1, 0), 0.8, GREEN), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
               ('TOPPADDING', (0, 0), (-1, -1), 2.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 2.5)]
        data.append([Paragraph('<font color="white"><b>AREA %s – %s</b></font>' % (a['code'], E(a['title'])), cell)] + [''] * 5)
        sty += [('SPAN', (0, 1), (-1, 1)), ('BACKGROUND', (0, 1), (-1, 1), GREEN)]
        for o in a['objs']:
            k = len(data)
            data.append([Paragraph('<b>%s %s</b>' % (o['code'], E(o['title'])), cell)] + [''] * 5)
            sty += [('SPAN', (0, k), (-1, k)), ('BACKGROUND', (0, k), (-1, k), colors.HexColor('#DCEBE8'))]
            h = (a['code'], a['title'], 'strategic', o['code'], o['title'])
            for i in o['inds']:
                k = len(data)
                data.append([Paragraph(E(i['code']), cell), Paragraph(E(i['name']), cell)] +
                            [Paragraph(E(v), cellc) for v in (i['r2021'], i['r2022'], i['target'], i['actual'])])
                s = i['status']
                text = '<b>%s</b>' % s + (' – %s' % E(i['comment']) if i['comment'] else '')
                data.append(['', Paragraph(text, stat)] + [''] * 4)
                sty += [('SPAN', (1, k + 1), (-1, k + 1)), ('LINEBELOW', (0, k + 1), (-1, k + 1), 0.25, colors.HexColor('#BBBBBB')),
                        ('TOPPADDING', (0, k + 1), (-1, k + 1), 0), ('NOSPLIT', (0, k), (-1, k + 1))]
                rs = [record(h, i, y, None, i['r%d' % y]) for y in c['hist_years']]
                rs.append(record(h, i, c['year'], i['target'], i['actual'], status=STATUS[s], status_text=s, comment=i['comment']))
                recs += rs; groups.append((rs, i['code'], i['name'], ['>>' + s]))
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle(sty)); st += [t, Spacer(1, 12)]
    st.append(Paragraph('4. ' + E(c['summary_title']), h1))
    sd = [[Paragraph(E(h), hd if j == 0 else hdc) for j, h in enumerate(c['summary_head'])]] + \
         [[Paragraph(('<b>%s</b>' if row[0] == 'Totale' else '%s') % E(v), cell if j == 0 else cellc) for j, v in enumerate(row)] for row in c['summary']]
    t = Table(sd, colWidths=[7 * cm, 3 * cm, 2.5 * cm], hAlign='LEFT')
    t.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, 0), 0.8, GREEN), ('LINEABOVE', (0, -1), (-1, -1), 0.5, colors.black)]))
    st += [t, Spacer(1, 8), Paragraph(E(c['closing']), base)]
    doc = SimpleDocTemplate(pdf, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title='Relazione sulla performance 2023', author='ARPAT')
    doc.build(st, onFirstPage=deco, onLaterPages=deco)
    write_truth(c, pdf, recs, readback(pdf, groups))

if __name__ == '__main__':
    for w in sys.argv[1:] or ['a', 'b', 'c']: globals()['make_' + w]()
