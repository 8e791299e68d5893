"""r30 generator: renders every sample PDF from its content file and writes NAME.truth.json from the content.
Usage: .venv/bin/python content_r30.py && .venv/bin/python make_r30.py"""
import json, os, re, subprocess, sys, html
HERE = os.path.dirname(os.path.abspath(__file__)); os.chdir(HERE); sys.path.insert(0, HERE)
from r30lib import *
from docx.enum.text import WD_ALIGN_PARAGRAPH
import pdfplumber

def ach(s):
    if not s: return None
    m = re.match(r'^\s*(\d+(?:,\d+)?)\s*%?\s*$', s)
    return float(m.group(1).replace(',', '.')) if m else None

# ------------------------------------------------------------------ read-back
def norm(s): return re.sub(r'\s+', ' ', s or '').strip()

def page_lines(pdf):
    out = []
    with pdfplumber.open(pdf) as p:
        for i, pg in enumerate(p.pages):
            for ln in (pg.extract_text() or '').split('\n'):
                out.append((i + 1, norm(ln)))
        n = len(p.pages)
    return out, n

def locate(pdf, rows):
    """rows: [(start_prefix, [cell texts])] in document order. The row starts on the line beginning with
    start_prefix; it ends on the last line (before the next row's start) that ends one of its cells."""
    lines, n = page_lines(pdf)
    starts = []; cur = 0
    for pre, cells in rows:
        k = next((i for i in range(cur, len(lines)) if lines[i][1].startswith(pre)), None)
        assert k is not None, ('start not found', pre)
        starts.append(k); cur = k + 1
    res = []
    for j, (pre, cells) in enumerate(rows):
        a = starts[j]; b = starts[j + 1] if j + 1 < len(rows) else len(lines)
        pe = lines[a][0]
        for c in cells:
            if not c or len(c.split()) < 2: continue
            tail = re.split(r'[-\s]+', c.strip())[-1]
            hits = [i for i in range(a, b) if tail in lines[i][1]]
            assert hits, ('cell end not found', pre, tail)
            pe = max(pe, lines[hits[0]][0])
        res.append((lines[a][0], pe))
    return res, n

def pdf_pages(pdf):
    with pdfplumber.open(pdf) as p: return len(p.pages)

# ------------------------------------------------------------------ booktabs docx helpers
def tc_border(cell, **edges):
    tcPr = cell._tc.get_or_add_tcPr()
    b = tcPr.find(qn('w:tcBorders'))
    if b is None:
        b = OxmlElement('w:tcBorders'); tcPr.append(b)
    for e in ('top', 'left', 'bottom', 'right'):
        x = OxmlElement('w:' + e)
        if e in edges:
            sz, color = edges[e]; x.set(qn('w:val'), 'single'); x.set(qn('w:sz'), str(sz)); x.set(qn('w:color'), color)
        else:
            x.set(qn('w:val'), 'nil')
        b.append(x)

def no_borders(table):
    tblPr = table._tbl.tblPr; b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), 'nil'); b.append(x)
    tblPr.append(b)

def cell_margins(table, top=60, bottom=60, left=80, right=80):
    tblPr = table._tbl.tblPr; m = OxmlElement('w:tblCellMar')
    for k, v in (('top', top), ('left', left), ('bottom', bottom), ('right', right)):
        x = OxmlElement('w:' + k); x.set(qn('w:w'), str(v)); x.set(qn('w:type'), 'dxa'); m.append(x)
    tblPr.append(m)

def heading(doc, text, size, color, before=6, after=6, bold=True, keep=True):
    p = para(doc, text, size, bold=bold, align='left', color=color, before=before, after=after, font='Arial')
    p.paragraph_format.keep_with_next = keep
    return p

# ------------------------------------------------------------------ relazione records
def rel_records(c, pages, notes_col):
    recs = []; k = 0
    y = c['document']['year']
    for pg in c['pages']:
        acode, atitle, _ = pg['area']; ocode, otitle, _ = pg['obj']
        for ind, tgt, act, pct, desc in pg['rows']:
            st = stt = None
            if act and 'sospeso' in act.lower():
                st, stt = 'suspended', act
            r = record(area_code=acode, area_title=atitle, objective_level='strategic', objective_code=ocode,
                       objective_title=otitle, indicator=ind, year=y, target=tgt, actual=act, achievement=ach(pct),
                       notes=desc if notes_col else None, status=st, status_text=stt)
            r['page'], r['page_end'] = pages[k]; k += 1
            recs.append(r)
    return recs

# ------------------------------------------------------------------ 1. Università (Word booktabs)
def build_uni(c):
    name = c['name']
    doc = base_doc('Arial', 10)
    sec = doc.sections[0]
    NAVY = RGBColor(0x1F, 0x3A, 0x68)
    cv = c['cover']
    para(doc, cv[0], 22, bold=True, align='center', color=NAVY, before=120, after=6, font='Arial')
    para(doc, cv[1], 11, align='center', after=140, font='Arial')
    para(doc, cv[2], 26, bold=True, align='center', color=NAVY, after=8, font='Arial')
    para(doc, cv[3], 11, italic=True, align='center', after=160, font='Arial')
    para(doc, cv[4], 9, italic=True, align='center', font='Arial')
    doc.add_page_break()
    header_lr(sec, cv[0], 'Relazione sulla performance 2024', 8)
    page_number_footer(sec, 9)
    sec.different_first_page_header_footer = True
    sec.first_page_header.is_linked_to_previous = False; sec.first_page_footer.is_linked_to_previous = False
    for kind, v in c['intro']:
        if kind == 'h': heading(doc, v, 14, NAVY, before=12)
        elif kind == 'p': para(doc, v, 10.5, after=6, font='Arial')
        else:
            t = doc.add_table(rows=0, cols=4); set_borders(t, 4, 'A6A6A6')
            for i, rr in enumerate(v):
                row = t.add_row()
                for j, x in enumerate(rr):
                    cell_text(row.cells[j], x, 9.5, bold=(i == 0), align='left' if j == 0 else 'right')
                    if i == 0: set_cell_shading(row.cells[j], 'DCE6F2')
            col_widths(t, [7.5, 3.3, 3.3, 2.9])
            para(doc, 'Fonte: elaborazione Ufficio Pianificazione su dati ANS, PROPER e bilancio unico d\'Ateneo.', 8, italic=True, after=8, font='Arial')
    heading(doc, '3. Il grado di raggiungimento degli obiettivi strategici', 14, NAVY, before=12)
    para(doc, 'Nelle pagine seguenti, per ciascun obiettivo strategico del Piano, è riportata una tabella con gli indicatori associati e i relativi risultati.', 10.5, font='Arial')
    widths = [3.7, 2.5, 2.5, 2.3, 6.0]
    rows_loc = []
    for pg in c['pages']:
        doc.add_page_break()
        heading(doc, pg['area'][2], 12, NAVY, before=0, after=4)
        heading(doc, pg['obj'][2], 11.5, RGBColor(0x40, 0x40, 0x40), before=0, after=8)
        t = doc.add_table(rows=1, cols=5); no_borders(t); cell_margins(t, 70, 70, 90, 90)
        for j, h in enumerate(c['headers']):
            cl = t.rows[0].cells[j]
            cell_text(cl, h, 9, bold=True, align='left' if j in (0, 4) else 'center'); set_cell_valign(cl, 'center')
            tc_border(cl, top=(14, '000000'), bottom=(5, '000000'))
        repeat_header(t.rows[0])
        n = len(pg['rows'])
        for i, rr in enumerate(pg['rows']):
            row = t.add_row(); cant_split(row)
            for j, x in enumerate(rr):
                cl = row.cells[j]
                cell_text(cl, x or '', 9, align='left' if j == 0 else ('justify' if j == 4 else 'center')); set_cell_valign(cl, 'top')
                if i == n - 1: tc_border(cl, bottom=(14, '000000'))
            rows_loc.append((' '.join(rr[0].split()[:2]), [rr[0], rr[4]]))
        col_widths(t, widths)
        para(doc, 'Fonte dei dati: ANS, PROPER, U-GOV; elaborazione Ufficio Pianificazione, Qualità e Valutazione.', 8, italic=True, before=4, font='Arial')
    doc.add_page_break()
    for kind, v in c['after']:
        if kind == 'h': heading(doc, v, 14, NAVY)
        else: para(doc, v, 10.5, font='Arial')
    doc.save(name + '.docx'); docx_to_pdf(name + '.docx')
    pages, npg = locate(name + '.pdf', rows_loc)
    recs = rel_records(c, pages, notes_col=False)
    for r in recs: pass
    write_truth(name, c['document'], recs, 'r30: Word booktabs relazione, one table per page, Breve descrizione -> extra', npg)
    return recs

# ------------------------------------------------------------------ 2. INGV (reportlab)
def build_ingv(c):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, NextPageTemplate, KeepTogether)
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    name = c['name']; cv = c['cover']
    TEAL = colors.HexColor('#00586F')
    body = ParagraphStyle('b', fontName='Helvetica', fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=6)
    h1 = ParagraphStyle('h1', fontName='Helvetica-Bold', fontSize=13, leading=16, textColor=TEAL, spaceBefore=8, spaceAfter=8)
    harea = ParagraphStyle('ha', fontName='Helvetica', fontSize=10, leading=13, textColor=colors.white, backColor=TEAL,
                           borderPadding=(4, 6, 4, 6), spaceAfter=10)
    hobj = ParagraphStyle('ho', fontName='Helvetica-Bold', fontSize=11, leading=14, textColor=colors.black, spaceAfter=8, spaceBefore=4)
    cs = ParagraphStyle('c', fontName='Helvetica', fontSize=8.5, leading=10.6)
    csc = ParagraphStyle('cc', parent=cs, alignment=TA_CENTER)
    csj = ParagraphStyle('cj', parent=cs, alignment=TA_LEFT)
    hs = ParagraphStyle('h', fontName='Helvetica-Bold', fontSize=8.5, leading=10.4)
    hsc = ParagraphStyle('hc', parent=hs, alignment=TA_CENTER)

    def cover(cnv, d):
        W, H = A4
        cnv.setFillColor(TEAL); cnv.rect(0, H - 7 * cm, W, 7 * cm, stroke=0, fill=1)
        cnv.setFillColor(colors.white); cnv.setFont('Helvetica-Bold', 40); cnv.drawString(2.2 * cm, H - 3.6 * cm, cv[0])
        cnv.setFont('Helvetica', 13); cnv.drawString(2.2 * cm, H - 4.8 * cm, cv[1])
        cnv.setFillColor(TEAL); cnv.setFont('Helvetica-Bold', 30); cnv.drawString(2.2 * cm, H / 2 + 1 * cm, cv[2])
        cnv.setFont('Helvetica', 22); cnv.drawString(2.2 * cm, H / 2 - 0.4 * cm, cv[3])
        cnv.setStrokeColor(TEAL); cnv.setLineWidth(2); cnv.line(2.2 * cm, H / 2 - 1.2 * cm, 10 * cm, H / 2 - 1.2 * cm)
        cnv.setFillColor(colors.black); cnv.setFont('Helvetica', 10)
        cnv.drawString(2.2 * cm, 3.2 * cm, cv[4]); cnv.drawString(2.2 * cm, 2.5 * cm, cv[5])

    def later(cnv, d):
        W, H = A4
        cnv.setFont('Helvetica', 7.5); cnv.setFillColor(colors.grey)
        cnv.drawString(2 * cm, H - 1.2 * cm, 'INGV – Relazione sulla Performance 2023')
        cnv.setStrokeColor(colors.lightgrey); cnv.setLineWidth(0.5); cnv.line(2 * cm, H - 1.35 * cm, W - 2 * cm, H - 1.35 * cm)
        cnv.drawRightString(W - 2 * cm, 1.1 * cm, str(d.page))

    doc = BaseDocTemplate(name + '.pdf', pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=2 * cm, bottomMargin=1.8 * cm,
                          title='Relazione sulla Performance 2023', author='INGV')
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id='f')
    doc.addPageTemplates([PageTemplate('cover', [fr], onPage=cover), PageTemplate('body', [fr], onPage=later)])
    st = [NextPageTemplate('body'), PageBreak()]
    for kind, v in c['intro']:
        if kind == 'h': st.append(Paragraph(v, h1))
        elif kind == 'p': st.append(Paragraph(v, body))
        else:
            t = Table([[Paragraph(x, hs if i == 0 else cs) for x in r] for i, r in enumerate(v)], colWidths=[9 * cm, 4.5 * cm])
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#9FB7C0')),
                                   ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#DDEBEF')), ('ALIGN', (1, 0), (1, -1), 'RIGHT')]))
            st += [t, Spacer(1, 10)]
    st.append(Paragraph('I risultati per obiettivo', h1))
    st.append(Paragraph("Le tabelle che seguono, una per ciascun obiettivo specifico, riportano gli indicatori di performance organizzativa con i relativi esiti al 31 dicembre 2023.", body))
    W = [4.4 * cm, 2.8 * cm, 2.8 * cm, 2.6 * cm, 4.8 * cm]
    rows_loc = []
    for pg in c['pages']:
        st.append(PageBreak())
        st.append(Paragraph(pg['area'][2], harea)); st.append(Paragraph(pg['obj'][2], hobj))
        data = [[Paragraph(h, hsc if j in (1, 2, 3) else hs) for j, h in enumerate(c['headers'])]]
        for rr in pg['rows']:
            E = html.escape
            data.append([Paragraph(E(rr[0]), cs), Paragraph(E(rr[1]), csc), Paragraph(E(rr[2]), csc), Paragraph(E(rr[3] or ''), csc), Paragraph(E(rr[4]), csj)])
            rows_loc.append((' '.join(rr[0].split()[:2]), [rr[0], rr[4]]))
        t = Table(data, colWidths=W, repeatRows=1)
        t.setStyle(TableStyle([('LINEABOVE', (0, 0), (-1, 0), 1.4, colors.black), ('LINEBELOW', (0, 0), (-1, 0), 0.5, colors.black),
                               ('LINEBELOW', (0, -1), (-1, -1), 1.4, colors.black), ('VALIGN', (0, 0), (-1, 0), 'BOTTOM'),
                               ('VALIGN', (0, 1), (-1, -1), 'TOP'), ('TOPPADDING', (0, 1), (-1, -1), 6), ('BOTTOMPADDING', (0, 1), (-1, -1), 8)]))
        st.append(t)
    st.append(PageBreak())
    for kind, v in c['after']:
        st.append(Paragraph(v, h1 if kind == 'h' else body))
    doc.build(st)
    pages, npg = locate(name + '.pdf', rows_loc)
    recs = rel_records(c, pages, notes_col=True)
    write_truth(name, c['document'], recs, 'r30: reportlab booktabs relazione, Commento sintetico column -> notes', npg)
    return recs

# ------------------------------------------------------------------ piano records
def piano_records(c, pages, as_actual):
    recs = []; k = 0
    for code, title, inds in c['sections']:
        for icode, ind, form, vals in inds:
            for y, v in zip(c['years'], vals):
                kw = dict(area_code=code, area_title=None, objective_level='strategic', objective_code=code, objective_title=title,
                          indicator_code=icode, indicator=ind, formula=form, year=y)
                kw['actual' if as_actual else 'target'] = v
                r = record(**kw); r['page'], r['page_end'] = pages[k]
                recs.append(r)
            k += 1
    return recs

# ------------------------------------------------------------------ 3. Comune (Calc xlsx)
def build_comune(c):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    name = c['name']
    wb = Workbook()
    ws0 = wb.active; ws0.title = 'Frontespizio'
    ws0.column_dimensions['A'].width = 110
    ws0.page_setup.orientation = 'landscape'; ws0.page_setup.paperSize = 9
    ws0.page_setup.fitToWidth = 1; ws0.page_setup.fitToHeight = 1; ws0.sheet_properties.pageSetUpPr.fitToPage = True
    ws0.print_options.horizontalCentered = True
    cv = c['cover']; r = 1
    for txt, sz, b, gap in ((cv[0], 20, True, 2), (cv[1], 11, False, 4), (cv[2], 11, True, 2), (cv[3], 16, True, 1),
                            (cv[4], 10, False, 2), (cv[5], 11, True, 3)):
        ws0.cell(r, 1, txt).font = Font(name='Arial', size=sz, bold=b)
        ws0.cell(r, 1).alignment = Alignment(horizontal='center'); r += gap
    for p in c['intro']:
        ws0.cell(r, 1, p).font = Font(name='Arial', size=10)
        ws0.cell(r, 1).alignment = Alignment(wrap_text=True, vertical='top', horizontal='justify')
        ws0.row_dimensions[r].height = 15 * (len(p) // 140 + 1) + 4; r += 2
    ws = wb.create_sheet('Indicatori sintetici')
    for col, w in zip('ABCDEF', (6.5, 34, 78, 11, 11, 11)):
        ws.column_dimensions[col].width = w
    thin = Side(style='thin', color='000000'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    F = lambda sz=9, b=False: Font(name='Arial', size=sz, bold=b)
    ws['A1'] = c['cover'][0]; ws['A1'].font = F(11, True)
    ws['A2'] = 'PIANO DEGLI INDICATORI DI BILANCIO'; ws['A2'].font = F(11, True)
    ws['A3'] = 'Bilancio di previsione esercizi 2026, 2027, 2028'; ws['A3'].font = F(10)
    ws['A4'] = 'Indicatori sintetici'; ws['A4'].font = F(10, True)
    for a in ('A1', 'A2', 'A3', 'A4'): ws[a].alignment = Alignment(horizontal='left')
    h = c['headers']
    ws.merge_cells('A6:A7'); ws.merge_cells('B6:B7'); ws.merge_cells('C6:C7'); ws.merge_cells('D6:F6')
    ws['A6'] = h[0]; ws['B6'] = h[1]; ws['C6'] = h[2]; ws['D6'] = c['group_header']
    for j, y in enumerate(h[3:]): ws.cell(7, 4 + j, y)
    for rr in (6, 7):
        for cc in range(1, 7):
            x = ws.cell(rr, cc); x.border = B; x.font = F(9, True); x.fill = PatternFill('solid', fgColor='D9D9D9')
            x.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    ws.row_dimensions[6].height = 26
    ws.print_title_rows = '6:7'
    r = 8; rows_loc = []
    for code, title, inds in c['sections']:
        ws.cell(r, 1, code); ws.cell(r, 2, title)
        for cc in range(1, 7):
            x = ws.cell(r, cc); x.border = B; x.font = F(9, True); x.alignment = Alignment(vertical='center', horizontal='left' if cc > 1 else 'center')
        r += 1
        for icode, ind, form, vals in inds:
            ws.cell(r, 1, icode); ws.cell(r, 2, ind); ws.cell(r, 3, form)
            for j, v in enumerate(vals): ws.cell(r, 4 + j, v)
            for cc in range(1, 7):
                x = ws.cell(r, cc); x.border = B; x.font = F(9)
                x.alignment = Alignment(vertical='top', wrap_text=True, horizontal='right' if cc >= 4 else ('center' if cc == 1 else 'left'))
            nl = max(len(ind) / 44, len(form) / 100)
            ws.row_dimensions[r].height = 11.6 * (int(nl) + 1) + 3
            rows_loc.append((icode + ' ' + ind.split()[0], [ind, form]))
            r += 1
    r += 1
    for fn in c['footnotes']:
        ws.cell(r, 1, fn).font = Font(name='Arial', size=8, italic=True); r += 1
    ws.page_setup.orientation = 'landscape'; ws.page_setup.paperSize = 9
    ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.5; ws.page_margins.top = 0.6; ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = 'Pagina &P di &N'; ws.oddFooter.center.size = 8
    ws.oddHeader.right.text = 'Comune di Lodi – Allegato al bilancio di previsione 2026-2028'; ws.oddHeader.right.size = 7
    wb.save(name + '.xlsx'); docx_to_pdf(name + '.xlsx')
    pages, npg = locate(name + '.pdf', rows_loc)
    recs = piano_records(c, pages, as_actual=False)
    write_truth(name, c['document'], recs, 'r30: Calc ruled grid piano indicatori di previsione, one record per year', npg)
    return recs

# ------------------------------------------------------------------ 4. Provincia (Writer, light rules)
def build_provincia(c):
    name = c['name']
    doc = base_doc('Liberation Serif', 11)
    sec = doc.sections[0]
    cv = c['cover']; DARK = RGBColor(0x5A, 0x1E, 0x1E)
    para(doc, cv[0], 24, bold=True, align='center', color=DARK, before=90, after=4)
    para(doc, cv[1], 11, italic=True, align='center', after=150)
    para(doc, cv[2], 18, bold=True, align='center', after=10)
    para(doc, cv[3], 15, align='center', after=6)
    para(doc, cv[4], 10, italic=True, align='center', after=10)
    doc.add_page_break()
    header_lr(sec, 'Provincia di Rovigo', 'Rendiconto 2025 – Piano degli indicatori', 8)
    page_number_footer(sec, 9)
    sec.different_first_page_header_footer = True
    sec.first_page_header.is_linked_to_previous = False; sec.first_page_footer.is_linked_to_previous = False
    for kind, v in c['intro']:
        if kind == 'h': para(doc, v, 13, bold=True, align='left', color=DARK, before=6, after=8)
        elif kind == 'p': para(doc, v, 11)
        else:
            t = doc.add_table(rows=0, cols=2); no_borders(t)
            for i, rr in enumerate(v):
                row = t.add_row()
                for j, x in enumerate(rr):
                    cell_text(row.cells[j], x, 10, bold=(i == 0 or i == len(v) - 1), align='left' if j == 0 else 'right')
                    tc_border(row.cells[j], bottom=(4, 'BFBFBF'), **({'top': (8, '000000')} if i == 0 else {}))
            col_widths(t, [10, 4.5])
    doc.add_page_break()
    para(doc, 'INDICATORI SINTETICI – RENDICONTO ESERCIZIO 2025', 12, bold=True, align='center', after=2)
    para(doc, '(dati percentuali, salvo gli indicatori procapite espressi in euro e l\'indicatore 8.5 espresso in giorni)', 9, italic=True, align='center', after=8)
    h = c['headers']
    widths = [1.2, 5.0, 8.3, 2.5]
    t = doc.add_table(rows=1, cols=4); no_borders(t); cell_margins(t, 40, 40, 70, 70)
    GREY = 'A6A6A6'
    for j, x in enumerate(h):
        cl = t.rows[0].cells[j]; cell_text(cl, x, 8.5, bold=True, align='center' if j in (0, 3) else 'left')
        set_cell_shading(cl, 'EDEDED'); set_cell_valign(cl, 'center'); tc_border(cl, top=(6, '595959'), bottom=(6, '595959'))
    repeat_header(t.rows[0])
    rows_loc = []
    for code, title, inds in c['sections']:
        row = t.add_row(); cant_split(row)
        cell_text(row.cells[0], code, 9, bold=True, align='center')
        m = row.cells[1].merge(row.cells[3]); cell_text(m, title, 9, bold=True)
        for cl in (row.cells[0], m): tc_border(cl, bottom=(2, GREY)); set_cell_shading(cl, 'F7F3EE')
        for icode, ind, form, vals in inds:
            row = t.add_row(); cant_split(row)
            for j, x in enumerate([icode, ind, form, vals[0]]):
                cell_text(row.cells[j], x, 8.5, align='center' if j == 0 else ('right' if j == 3 else 'left'))
                set_cell_valign(row.cells[j], 'top'); tc_border(row.cells[j], bottom=(2, GREY))
            rows_loc.append((icode + ' ' + ind.split()[0], [ind, form]))
    col_widths(t, widths)
    for kind, v in c['after']:
        para(doc, v, 10, align='right', before=18)
    doc.save(name + '.docx'); docx_to_pdf(name + '.docx')
    pages, npg = locate(name + '.pdf', rows_loc)
    recs = piano_records(c, pages, as_actual=True)
    write_truth(name, c['document'], recs, 'r30: Writer light-ruled piano indicatori of a rendiconto, year column = actuals', npg)
    return recs

if __name__ == '__main__':
    B = {'uniinsubria-2024-relazione': build_uni, 'ingv-2023-relazione': build_ingv,
         'comune-lodi-2026-2028-piano-indicatori': build_comune, 'provincia-rovigo-2025-rendiconto-piano-indicatori': build_provincia}
    which = sys.argv[1:] or list(B)
    for n in which:
        B[n](json.load(open(n + '.content.json')))
