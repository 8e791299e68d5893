"""r70 generator: renders every sample PDF from its content file and writes NAME.truth.json from the content.
Usage: .venv/bin/python content_r70.py && .venv/bin/python make_r70.py"""
import json, os, re, subprocess, sys, html
HERE = os.path.dirname(os.path.abspath(__file__)); os.chdir(HERE); sys.path.insert(0, HERE)
from r70lib import *
import pdfplumber

def ach(s):
    if not s: return None
    m = re.match(r'^\s*(\d+(?:,\d+)?)\s*%?\s*$', s)
    return float(m.group(1).replace(',', '.')) if m else None

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
    """rows: [(start_prefix, [cell texts])] in document order. The row starts on the first line (after the previous
    row's start) beginning with start_prefix; it ends on the last page holding the last word of one of its cells."""
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

def cell_margins(table, top=60, bottom=60, left=80, right=80):
    tblPr = table._tbl.tblPr; m = OxmlElement('w:tblCellMar')
    for k, v in (('top', top), ('left', left), ('bottom', bottom), ('right', right)):
        x = OxmlElement('w:' + k); x.set(qn('w:w'), str(v)); x.set(qn('w:type'), 'dxa'); m.append(x)
    tblPr.append(m)

def heading(doc, text, size, color, before=6, after=6, bold=True, keep=True, font='Liberation Sans'):
    p = para(doc, text, size, bold=bold, align='left', color=color, before=before, after=after, font=font)
    p.paragraph_format.keep_with_next = keep
    return p

# ------------------------------------------------------------------ 1. Regione (Calc xlsx, landscape)
def build_rer(c):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    name = c['name']
    wb = Workbook()
    ws0 = wb.active; ws0.title = 'Frontespizio'
    ws0.column_dimensions['A'].width = 120
    ws0.page_setup.orientation = 'landscape'; ws0.page_setup.paperSize = 9
    ws0.page_setup.fitToWidth = 1; ws0.page_setup.fitToHeight = 1; ws0.sheet_properties.pageSetUpPr.fitToPage = True
    ws0.print_options.horizontalCentered = True
    cv = c['cover']; r = 3
    for txt, sz, b, gap in ((cv[0], 22, True, 2), (cv[1], 11, False, 5), (cv[2], 12, False, 2), (cv[3], 18, True, 2),
                            (cv[4], 11, False, 4), (cv[5], 11, True, 3)):
        ws0.cell(r, 1, txt).font = Font(name='Arial', size=sz, bold=b, color='1F4E79' if b else '000000')
        ws0.cell(r, 1).alignment = Alignment(horizontal='center'); ws0.row_dimensions[r].height = sz * 1.6; r += gap
    # budget sheet (no indicators)
    wsb = wb.create_sheet('Quadro stanziamenti')
    thin = Side(style='thin', color='000000'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    F = lambda sz=9, b=False, col='000000': Font(name='Arial', size=sz, bold=b, color=col)
    for col, w in zip('ABCDE', (10, 62, 22, 22, 22)): wsb.column_dimensions[col].width = w
    wsb['A1'] = 'QUADRO RIASSUNTIVO DEGLI STANZIAMENTI DI SPESA PER MISSIONE (competenza, in euro)'; wsb['A1'].font = F(11, True)
    wsb['A2'] = 'Missioni interessate dagli indicatori del presente Piano'; wsb['A2'].font = F(9)
    for i, rr in enumerate(c['budget']):
        for j, x in enumerate(rr):
            cl = wsb.cell(4 + i, 1 + j, x); cl.border = B
            cl.font = F(9, i == 0 or i == len(c['budget']) - 1)
            cl.alignment = Alignment(horizontal='center' if j == 0 or i == 0 else ('right' if j >= 2 else 'left'), vertical='center', wrap_text=True)
            if i == 0: cl.fill = PatternFill('solid', fgColor='DDEBF7')
    wsb.page_setup.orientation = 'landscape'; wsb.page_setup.paperSize = 9
    wsb.sheet_properties.pageSetUpPr.fitToPage = True; wsb.page_setup.fitToWidth = 1; wsb.page_setup.fitToHeight = 0
    wsb.oddFooter.center.text = 'Pagina &P'; wsb.oddFooter.center.size = 8
    # indicators
    ws = wb.create_sheet('Indicatori')
    for col, w in zip('ABCDEFGH', (5, 17, 46, 25, 10, 10, 10, 10)):
        ws.column_dimensions[col].width = w
    ws['A1'] = 'REGIONE EMILIA-ROMAGNA – PIANO DEGLI INDICATORI E DEI RISULTATI ATTESI DI BILANCIO 2025-2027'; ws['A1'].font = F(11, True, '1F4E79')
    ws['A2'] = 'Indicatori di risultato per Missioni e Programmi'; ws['A2'].font = F(10, True)
    h = c['headers']
    for j in range(5):
        ws.merge_cells(start_row=4, start_column=1 + j, end_row=5, end_column=1 + j); ws.cell(4, 1 + j, h[j])
    ws.merge_cells('F4:H4'); ws['F4'] = c['group_header']
    for j, y in enumerate(c['years']): ws.cell(5, 6 + j, str(y))
    for rr in (4, 5):
        for cc in range(1, 9):
            x = ws.cell(rr, cc); x.border = B; x.font = F(8.5, True); x.fill = PatternFill('solid', fgColor='BDD7EE')
            x.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    ws.row_dimensions[4].height = 22
    ws.print_title_rows = '4:5'
    r = 6; rows_loc = []
    for mcode, mtitle, progs in c['missioni']:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1, f'MISSIONE {mcode} – {mtitle}')
        for cc in range(1, 9):
            x = ws.cell(r, cc); x.border = B; x.font = F(9, True); x.fill = PatternFill('solid', fgColor='DDEBF7')
            x.alignment = Alignment(vertical='center', horizontal='left')
        ws.row_dimensions[r].height = 16; r += 1
        for pcode, ptitle, inds in progs:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1, f'Programma {pcode} – {ptitle}')
            for cc in range(1, 9):
                x = ws.cell(r, cc); x.border = B; x.font = Font(name='Arial', size=9, bold=True, italic=True)
                x.alignment = Alignment(vertical='center', horizontal='left')
            r += 1
            for n, tip, defi, fonte, um, vals in inds:
                for j, v in enumerate([n, tip, defi, fonte, um] + vals):
                    x = ws.cell(r, 1 + j, v if v != '' else None); x.border = B; x.font = F(9)
                    x.alignment = Alignment(vertical='top', wrap_text=True,
                                            horizontal='center' if j in (0, 4) else ('right' if j >= 5 else 'left'))
                nl = max(len(defi) / 47, len(fonte) / 25, len(tip) / 17)
                ws.row_dimensions[r].height = 11.8 * (int(nl) + 1) + 3
                rows_loc.append((f'{n} {tip.split()[0]}', [defi, fonte]))
                r += 1
    r += 1
    for fn in c['footnotes']:
        ws.cell(r, 1, fn).font = Font(name='Arial', size=8, italic=True); r += 1
    ws.page_setup.orientation = 'landscape'; ws.page_setup.paperSize = 9
    ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.5; ws.page_margins.top = 0.7; ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = 'Pagina &P'; ws.oddFooter.center.size = 8
    ws.oddHeader.right.text = 'Bilancio di previsione 2025-2027 – Allegato n. 14'; ws.oddHeader.right.size = 7
    wb.save(name + '.xlsx'); docx_to_pdf(name + '.xlsx')
    pages, npg = locate(name + '.pdf', rows_loc)
    recs = []; k = 0
    for mcode, mtitle, progs in c['missioni']:
        for pcode, ptitle, inds in progs:
            for n, tip, defi, fonte, um, vals in inds:
                for y, v in zip(c['years'], vals):
                    rec = record(area_code=mcode, area_title=mtitle, objective_level='strategic', objective_code=pcode,
                                 objective_title=ptitle, indicator_code=n, indicator=defi, type=tip, unit=um, data_source=fonte,
                                 year=y, target=v or None)
                    rec['page'], rec['page_end'] = pages[k]; recs.append(rec)
                k += 1
    write_truth(name, c['document'], recs, 'r70: Calc ruled landscape piano indicatori di bilancio (previsione), Missione/Programma title rows, one record per year', npg)
    return recs

# ------------------------------------------------------------------ 2. ENAC (reportlab booktabs, one table per page)
def build_enac(c):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, NextPageTemplate)
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    name = c['name']; cv = c['cover']
    BLU = colors.HexColor('#003A70')
    body = ParagraphStyle('b', fontName='Times-Roman', fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=7)
    h1 = ParagraphStyle('h1', fontName='Helvetica-Bold', fontSize=13, leading=16, textColor=BLU, spaceBefore=8, spaceAfter=8)
    harea = ParagraphStyle('ha', fontName='Helvetica-Bold', fontSize=11, leading=14, textColor=BLU, spaceAfter=4)
    hobj = ParagraphStyle('ho', fontName='Helvetica', fontSize=10.5, leading=13.5, textColor=colors.black, spaceAfter=10)
    cs = ParagraphStyle('c', fontName='Times-Roman', fontSize=9, leading=11)
    csc = ParagraphStyle('cc', parent=cs, alignment=TA_CENTER)
    csj = ParagraphStyle('cj', parent=cs, alignment=TA_JUSTIFY)
    hs = ParagraphStyle('h', fontName='Times-Bold', fontSize=9, leading=11)
    hsc = ParagraphStyle('hc', parent=hs, alignment=TA_CENTER)

    def cover(cnv, d):
        W, H = A4
        cnv.setFillColor(BLU); cnv.setFont('Helvetica-Bold', 44); cnv.drawCentredString(W / 2, H - 6 * cm, cv[0])
        cnv.setFont('Helvetica', 14); cnv.drawCentredString(W / 2, H - 7 * cm, cv[1])
        cnv.setStrokeColor(BLU); cnv.setLineWidth(1.5); cnv.line(4 * cm, H - 7.6 * cm, W - 4 * cm, H - 7.6 * cm)
        cnv.setFont('Helvetica-Bold', 28); cnv.drawCentredString(W / 2, H / 2 + 0.5 * cm, cv[2])
        cnv.setFont('Helvetica', 20); cnv.drawCentredString(W / 2, H / 2 - 0.8 * cm, cv[3])
        cnv.setFillColor(colors.black); cnv.setFont('Helvetica-Oblique', 9.5)
        cnv.drawCentredString(W / 2, 3.4 * cm, cv[4]); cnv.drawCentredString(W / 2, 2.8 * cm, cv[5])

    def later(cnv, d):
        W, H = A4
        cnv.setFont('Helvetica', 8); cnv.setFillColor(colors.grey)
        cnv.drawRightString(W - 2 * cm, H - 1.2 * cm, 'ENAC – Relazione sulla Performance 2024')
        cnv.drawCentredString(W / 2, 1.1 * cm, str(d.page))

    doc = BaseDocTemplate(name + '.pdf', pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=1.8 * cm,
                          title='Relazione sulla Performance 2024', author='ENAC')
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id='f')
    doc.addPageTemplates([PageTemplate('cover', [fr], onPage=cover), PageTemplate('body', [fr], onPage=later)])
    st = [NextPageTemplate('body'), PageBreak()]
    for kind, v in c['intro']:
        if kind == 'h': st.append(Paragraph(v, h1))
        elif kind == 'p': st.append(Paragraph(v, body))
        else:
            t = Table([[Paragraph(x, hs if i == 0 or i == len(v) - 1 and x.startswith('Totale') else cs) for x in r] for i, r in enumerate(v)],
                      colWidths=[7.5 * cm, 4.5 * cm, 4.5 * cm])
            t.setStyle(TableStyle([('LINEABOVE', (0, 0), (-1, 0), 1, colors.black), ('LINEBELOW', (0, 0), (-1, 0), 0.5, colors.black),
                                   ('LINEBELOW', (0, -1), (-1, -1), 1, colors.black), ('ALIGN', (1, 0), (-1, -1), 'RIGHT')]))
            st += [t, Spacer(1, 12)]
    st.append(Paragraph('3. I risultati degli obiettivi strategici', h1))
    st.append(Paragraph("Nelle pagine che seguono, per ciascun obiettivo strategico, sono riportati gli indicatori con il target programmato per il 2024, il valore a consuntivo, la percentuale di realizzazione e una breve descrizione del risultato conseguito.", body))
    W = [4.2 * cm, 2.2 * cm, 2.4 * cm, 2.4 * cm, 5.8 * cm]
    rows_loc = []
    E = html.escape
    for pg in c['pages']:
        st.append(PageBreak())
        st.append(Paragraph(pg['area'][2], harea)); st.append(Paragraph(E(pg['obj'][2]), hobj))
        data = [[Paragraph(h, hsc if j in (1, 2, 3) else hs) for j, h in enumerate(c['headers'])]]
        for rr in pg['rows']:
            data.append([Paragraph(E(rr[0]), cs), Paragraph(E(rr[1]), csc), Paragraph(E(rr[2]), csc), Paragraph(E(rr[3] or '–'), csc), Paragraph(E(rr[4]), csj)])
            rows_loc.append((' '.join(rr[0].split()[:2]), [rr[0], rr[4]]))
        t = Table(data, colWidths=W, repeatRows=1)
        t.setStyle(TableStyle([('LINEABOVE', (0, 0), (-1, 0), 1.2, colors.black), ('LINEBELOW', (0, 0), (-1, 0), 0.6, colors.black),
                               ('LINEBELOW', (0, -1), (-1, -1), 1.2, colors.black), ('VALIGN', (0, 0), (-1, 0), 'BOTTOM'),
                               ('VALIGN', (0, 1), (-1, -1), 'TOP'), ('TOPPADDING', (0, 1), (-1, -1), 7), ('BOTTOMPADDING', (0, 1), (-1, -1), 9)]))
        st.append(t)
        st.append(Spacer(1, 6))
        st.append(Paragraph('Fonte: sistemi informativi ENAC; elaborazione Direzione Pianificazione e Controllo di gestione.',
                            ParagraphStyle('f', fontName='Times-Italic', fontSize=8, leading=10)))
    st.append(PageBreak())
    for kind, v in c['after']:
        st.append(Paragraph(v, h1 if kind == 'h' else body))
    doc.build(st)
    pages, npg = locate(name + '.pdf', rows_loc)
    recs = []; k = 0; y = c['document']['year']
    for pg in c['pages']:
        acode, atitle, _ = pg['area']; ocode, otitle, _ = pg['obj']
        for ind, tgt, act, pct, desc in pg['rows']:
            s = stt = None
            if act and 'sospeso' in act.lower(): s, stt = 'suspended', act
            rec = record(area_code=acode, area_title=atitle, objective_level='strategic', objective_code=ocode, objective_title=otitle,
                         indicator=ind, year=y, target=tgt, actual=act, achievement=ach(pct), status=s, status_text=stt)
            rec['page'], rec['page_end'] = pages[k]; k += 1; recs.append(rec)
    write_truth(name, c['document'], recs, 'r70: reportlab booktabs relazione, one table per objective per page; Breve descrizione -> extra', npg)
    return recs

# ------------------------------------------------------------------ 3. Ministero (Word, ruled tables, op. objectives as title rows)
def build_mit(c):
    name = c['name']
    doc = base_doc('Liberation Sans', 10.5)
    sec = doc.sections[0]
    VERDE = RGBColor(0x00, 0x5C, 0x3C)
    cv = c['cover']
    para(doc, cv[0], 22, bold=True, align='center', color=VERDE, before=110, after=4, font='Liberation Sans')
    para(doc, cv[1], 11, italic=True, align='center', after=150, font='Liberation Sans')
    para(doc, cv[2], 26, bold=True, align='center', after=6, font='Liberation Sans')
    para(doc, cv[3], 18, align='center', after=14, font='Liberation Sans')
    para(doc, cv[4], 10, italic=True, align='center', font='Liberation Sans')
    doc.add_page_break()
    header_lr(sec, 'Ministero del Turismo', 'Relazione sulla performance 2024', 8)
    page_number_footer(sec, 9)
    sec.different_first_page_header_footer = True
    sec.first_page_header.is_linked_to_previous = False; sec.first_page_footer.is_linked_to_previous = False
    for kind, v in c['intro']:
        if kind == 'h': heading(doc, v, 14, VERDE, before=12)
        elif kind == 'p': para(doc, v, 11, font='Liberation Sans')
        else:
            t = doc.add_table(rows=0, cols=4); set_borders(t, 4, '808080')
            for i, rr in enumerate(v):
                row = t.add_row()
                for j, x in enumerate(rr):
                    cell_text(row.cells[j], x, 9, bold=(i == 0 or i == len(v) - 1), align='left' if j == 0 else 'right')
                    if i == 0: set_cell_shading(row.cells[j], 'D9EAD3')
            col_widths(t, [7.4, 3.7, 3.7, 2.2])
            para(doc, 'Fonte: Rendiconto generale dello Stato 2024 – SICOGE.', 8, italic=True, before=2, after=8, font='Liberation Sans')
    widths = [1.2, 4.0, 2.6, 2.8, 1.9, 2.0, 2.5]
    rows_loc = []
    h = c['headers']
    for so in c['strategic']:
        heading(doc, f"Obiettivo strategico {so['code']} – {so['title']}", 12, VERDE, before=14, after=6)
        t = doc.add_table(rows=1, cols=7); set_borders(t, 4, '000000'); cell_margins(t, 30, 30, 60, 60)
        for j, x in enumerate(h):
            cl = t.rows[0].cells[j]; cell_text(cl, x, 8.5, bold=True, align='center'); set_cell_shading(cl, 'D9EAD3'); set_cell_valign(cl, 'center')
        repeat_header(t.rows[0])
        for op in so['ops']:
            row = t.add_row(); cant_split(row)
            m = row.cells[0].merge(row.cells[6])
            cell_text(m, f"Obiettivo operativo {op['code']} – {op['title']}", 9, bold=True); set_cell_shading(m, 'F2F2F2')
            for code, ind, tip, fonte, tgt, act, esito, com in op['rows']:
                row = t.add_row(); cant_split(row)
                for j, x in enumerate([code, ind, tip, fonte, tgt, act, esito]):
                    cell_text(row.cells[j], x, 8.5, align='left' if j in (1, 2, 3) else 'center'); set_cell_valign(row.cells[j], 'top')
                rows_loc.append((code, [ind, fonte]))
                if com:
                    row = t.add_row(); cant_split(row)
                    m = row.cells[1].merge(row.cells[6])
                    cell_text(m, com, 8.5, italic=True, align='justify')
        col_widths(t, widths)
        para(doc, c['after_tables'][so['code']], 11, before=8, font='Liberation Sans')
    for kind, v in c['after']:
        if kind == 'h': heading(doc, v, 14, VERDE, before=12)
        else: para(doc, v, 11, font='Liberation Sans')
    doc.save(name + '.docx'); docx_to_pdf(name + '.docx')
    pages, npg = locate(name + '.pdf', rows_loc)
    recs = []; k = 0; y = c['document']['year']
    for so in c['strategic']:
        for op in so['ops']:
            for code, ind, tip, fonte, tgt, act, esito, com in op['rows']:
                rec = record(area_code=so['code'], area_title=None, objective_level='operational', objective_code=op['code'],
                             objective_title=op['title'], indicator_code=code, indicator=ind, type=tip, data_source=fonte, year=y,
                             target=tgt, actual=act, status=status_of(esito), status_text=esito, comment=com)
                rec['page'], rec['page_end'] = pages[k]; k += 1; recs.append(rec)
    write_truth(name, c['document'], recs, 'r70: Word ruled tables, strategic objectives as headings, operational objectives as title rows, Esito column, merged prose rows = comment', npg)
    return recs

if __name__ == '__main__':
    B = {'regione-emilia-romagna-2025-piano-indicatori': build_rer, 'enac-2024-relazione': build_enac,
         'ministero-turismo-2024-relazione': build_mit}
    which = sys.argv[1:] or list(B)
    for n in which:
        recs = B[n](json.load(open(n + '.content.json')))
        print(n, len(recs), 'records')
