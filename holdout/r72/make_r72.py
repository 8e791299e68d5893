"""Renders the r72 samples from their content files and writes truths from the content.
Usage: .venv/bin/python make_r72.py"""
import json, os, re, subprocess, sys
from valparse import parse

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
LO = ['soffice', '-env:UserInstallation=file:///tmp/lo-r72', '--headless', '--convert-to', 'pdf', '--outdir', HERE]

def ws(s):
    return None if s is None or not ' '.join(str(s).split()) else ' '.join(str(s).split())

def rec(**kw):
    r = dict(page=None, page_end=None, area_code=None, area_title=None, objective_level=None,
             objective_code=None, objective_title=None, indicator_code=None, indicator=None, type=None,
             formula=None, unit=None, data_source=None, weight=None, baseline=None, year=None,
             target=None, target_operator=None, target_value=None, target_value_max=None, target_unit=None,
             actual=None, actual_operator=None, actual_value=None, actual_value_max=None, actual_unit=None,
             achievement=None, notes=None, status=None, status_text=None, comment=None, met=None)
    for k, v in kw.items():
        assert k in r or k.startswith('_'), k
        r[k] = ws(v) if isinstance(v, str) else v
    t = r['target']
    if t is not None:
        t = ws(t); r['target'] = t
        if t.lower() == 'n.d.':
            pass
        op, v, vm, u = parse(t)
        r.update(target_operator=op, target_value=v, target_value_max=vm, target_unit=u)
    return r

# ------------------------------------------------------------------ sample 1: DOCX
def make1(c):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = Document()
    st = d.styles['Normal']; st.font.name = 'Liberation Sans'; st.font.size = Pt(10)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ('left_margin', 'right_margin'): setattr(sec, side, Cm(1.8))
    sec.top_margin = Cm(1.6); sec.bottom_margin = Cm(1.6)
    # footer: "Comune di Vignola – Bilancio di previsione 2025-2027 ... Pag. N"
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run('Comune di Vignola – Bilancio di previsione 2025-2027 – Piano degli indicatori        Pag. '); r.font.size = Pt(8)
    r2 = fp.add_run(); r2.font.size = Pt(8)
    for typ, txt in (('begin', None), (None, 'PAGE'), ('end', None)):
        if typ:
            e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), typ); r2._r.append(e)
        else:
            e = OxmlElement('w:instrText'); e.set(qn('xml:space'), 'preserve'); e.text = txt; r2._r.append(e)

    def shade(cell, color):
        tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement('w:shd')
        s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), color); tcPr.append(s)
    def put(cell, text, size=8, bold=False, align=None):
        cell.text = ''
        p = cell.paragraphs[0]; p.paragraph_format.space_after = Pt(0)
        if align: p.alignment = align
        lines = text.split('\n')
        for i, ln in enumerate(lines):
            rr = p.add_run(ln); rr.font.size = Pt(size); rr.bold = bold
            if i < len(lines) - 1: rr.add_break()
    def rep_header(row):
        trPr = row._tr.get_or_add_trPr(); e = OxmlElement('w:tblHeader'); e.set(qn('w:val'), 'true'); trPr.append(e)
    def widths(t, ws_):
        t.autofit = False
        grid = t._tbl.tblGrid
        for i, gc in enumerate(grid.findall(qn('w:gridCol'))):
            gc.set(qn('w:w'), str(int(ws_[i] * 567)))
        for row in t.rows:
            for i, w in enumerate(ws_):
                row.cells[i].width = Cm(w)

    cov = c['cover']
    for i, ln in enumerate(cov):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt([40, 0, 40, 30, 12, 6, 60][i])
        rr = p.add_run(ln); rr.font.size = Pt([22, 12, 16, 11, 18, 10, 10][i]); rr.bold = i in (0, 2, 4)
        if i == 6: rr.italic = True
    d.add_page_break()
    h = d.add_paragraph(); rr = h.add_run(c['intro_heading']); rr.bold = True; rr.font.size = Pt(13)
    for ptxt in c['intro']:
        p = d.add_paragraph(ptxt); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p = d.add_paragraph(); rr = p.add_run(c['budget_title']); rr.bold = True; rr.font.size = Pt(10)
    bt = d.add_table(rows=1, cols=5); bt.style = 'Table Grid'; bt.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, hh in enumerate(c['budget_header']):
        put(bt.rows[0].cells[i], hh, 8, True, WD_ALIGN_PARAGRAPH.CENTER); shade(bt.rows[0].cells[i], 'D9D9D9')
    for row in c['budget_rows']:
        cells = bt.add_row().cells
        tot = row[1].startswith('TOTALE')
        for i, v in enumerate(row):
            put(cells[i], v, 8, tot, WD_ALIGN_PARAGRAPH.RIGHT if i >= 2 else (WD_ALIGN_PARAGRAPH.CENTER if i == 0 else None))
    widths(bt, [1.6, 11.5, 3.6, 3.6, 3.6])
    d.add_page_break()
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = p.add_run(c['table_title']); rr.bold = True; rr.font.size = Pt(12)
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = p.add_run(c['table_sub']); rr.font.size = Pt(9)
    t = d.add_table(rows=2, cols=6); t.style = 'Table Grid'
    hdr0, hdr1 = t.rows[0], t.rows[1]
    a = hdr0.cells[0].merge(hdr1.cells[0]); put(a, '', 8, True)
    a = hdr0.cells[1].merge(hdr1.cells[1]); put(a, c['header_top'][1], 8, True, WD_ALIGN_PARAGRAPH.CENTER)
    a = hdr0.cells[2].merge(hdr1.cells[2]); put(a, c['header_top'][2], 8, True, WD_ALIGN_PARAGRAPH.CENTER)
    a = hdr0.cells[3].merge(hdr0.cells[5]); put(a, c['header_top'][3], 8, True, WD_ALIGN_PARAGRAPH.CENTER)
    for i, y in enumerate(c['years']):
        put(hdr1.cells[3 + i], str(y), 8, True, WD_ALIGN_PARAGRAPH.CENTER)
    for rw in (hdr0, hdr1):
        rep_header(rw)
        for cc in rw.cells: shade(cc, 'D9D9D9')
    for g in c['groups']:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5]); put(m, f"{g['code']}   {g['title']}", 8.5, True); shade(m, 'F2F2F2')
        for code, name, defi, vals in g['rows']:
            cells = t.add_row().cells
            put(cells[0], code, 8, False, WD_ALIGN_PARAGRAPH.CENTER)
            put(cells[1], name, 8); put(cells[2], defi, 7.5)
            for i, v in enumerate(vals):
                put(cells[3 + i], v, 8, False, WD_ALIGN_PARAGRAPH.RIGHT)
    widths(t, [1.2, 6.4, 12.0, 1.9, 1.9, 1.9])
    for ptxt in c['after']:
        p = d.add_paragraph(); p.paragraph_format.space_before = Pt(10)
        rr = p.add_run(ptxt); rr.font.size = Pt(9)
    d.save(c['name'] + '.docx')
    subprocess.run(LO + [c['name'] + '.docx'], check=True, capture_output=True)
    recs = []
    for g in c['groups']:
        for code, name, defi, vals in g['rows']:
            for y, v in zip(c['years'], vals):
                recs.append(rec(area_code=g['code'], objective_level='strategic', objective_code=g['code'],
                                objective_title=g['title'], indicator_code=code, indicator=name, formula=defi,
                                year=y, target=v, _start=name, _end=[defi, name]))
    return recs

# ------------------------------------------------------------------ sample 2: reportlab
def make2(c):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, KeepTogether)
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    import glob
    fdir = '/usr/share/fonts/truetype/dejavu/'
    pdfmetrics.registerFont(TTFont('DV', fdir + 'DejaVuSans.ttf'))
    pdfmetrics.registerFont(TTFont('DVB', fdir + 'DejaVuSans-Bold.ttf'))
    W, H = landscape(A4)
    body = ParagraphStyle('b', fontName='DV', fontSize=9.5, leading=13, alignment=4, spaceAfter=6)
    hst = ParagraphStyle('h', fontName='DVB', fontSize=12, leading=15, spaceBefore=8, spaceAfter=6, textColor=colors.HexColor('#1F3864'))
    mst = ParagraphStyle('m', fontName='DVB', fontSize=10, leading=13, spaceBefore=10, spaceAfter=2, textColor=colors.white, backColor=colors.HexColor('#2E5597'), borderPadding=(3, 4, 3, 4))
    pst = ParagraphStyle('p', fontName='DVB', fontSize=9, leading=12, spaceBefore=4, spaceAfter=4, textColor=colors.HexColor('#1F3864'))
    cell = ParagraphStyle('c', fontName='DV', fontSize=7.3, leading=8.8)
    cellc = ParagraphStyle('cc', parent=cell, alignment=1)
    hcell = ParagraphStyle('hc', fontName='DVB', fontSize=7.3, leading=8.8, alignment=1, textColor=colors.white)
    note = ParagraphStyle('n', parent=cell, fontName='DV', fontSize=7, textColor=colors.HexColor('#333333'))
    def deco(cv, doc):
        cv.saveState()
        if doc.page > 1:
            cv.setFont('DV', 7.5); cv.setFillColor(colors.HexColor('#555555'))
            cv.drawString(1.5 * cm, H - 1.0 * cm, c['running'])
            cv.drawRightString(W - 1.5 * cm, 0.8 * cm, f'pag. {doc.page}')
            cv.setStrokeColor(colors.HexColor('#2E5597')); cv.line(1.5 * cm, H - 1.15 * cm, W - 1.5 * cm, H - 1.15 * cm)
        cv.restoreState()
    doc = BaseDocTemplate(c['name'] + '.pdf', pagesize=(W, H), leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                          topMargin=1.5 * cm, bottomMargin=1.3 * cm, title=c['document']['title'], author='INDIRE')
    doc.addPageTemplates([PageTemplate('p', [Frame(1.5 * cm, 1.3 * cm, W - 3 * cm, H - 2.8 * cm, id='f')], onPage=deco)])
    S = []
    cv = c['cover']
    S += [Spacer(1, 2.2 * cm), Paragraph(cv[0], ParagraphStyle('c0', fontName='DVB', fontSize=30, leading=36, alignment=1, textColor=colors.HexColor('#2E5597'))),
          Paragraph(cv[1], ParagraphStyle('c1', fontName='DV', fontSize=13, leading=17, alignment=1)), Spacer(1, 2 * cm),
          Paragraph(cv[2], ParagraphStyle('c2', fontName='DVB', fontSize=14, leading=18, alignment=1)), Spacer(1, 0.6 * cm),
          Paragraph(cv[3], ParagraphStyle('c3', fontName='DVB', fontSize=18, leading=23, alignment=1, textColor=colors.HexColor('#1F3864'))),
          Paragraph(cv[4], ParagraphStyle('c4', fontName='DV', fontSize=10, leading=14, alignment=1)), Spacer(1, 2.5 * cm),
          Paragraph(cv[5], ParagraphStyle('c5', fontName='DV', fontSize=9, leading=12, alignment=1, textColor=colors.HexColor('#555555'))), PageBreak()]
    for k, txt in c['intro']:
        S.append(Paragraph(txt, hst if k == 'h' else body))
    bsty = ParagraphStyle('bs', parent=cell, fontSize=8, leading=10)
    bR = ParagraphStyle('bR', parent=bsty, alignment=2)
    bh = ParagraphStyle('bh', parent=hcell, fontSize=8, leading=10)
    data = [[Paragraph(x, bh) for x in c['budget_header']]]
    for r in c['budget_rows']:
        data.append([Paragraph(r[0], bsty), Paragraph(r[1], bsty)] + [Paragraph(x, bR) for x in r[2:]])
    bt = Table(data, colWidths=[6.5 * cm, 9 * cm, 3.6 * cm, 3.6 * cm, 3.6 * cm])
    bt.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#7F7F7F')), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#2E5597')),
                            ('BACKGROUND', (0, -1), (-1, -1), colors.HexColor('#D9E2F3')), ('SPAN', (0, -1), (1, -1)), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
    S += [Paragraph(c['budget_title'], pst), bt, PageBreak(), Paragraph(c['table_heading'], hst)]
    Y = c['years']
    cw = [3.9, 4.7, 2.1, 1.9, 4.9, 2.9, 2.1, 2.1, 2.1]
    recs = []
    for m in c['missioni']:
        mc, mt = m['missione']
        S.append(Paragraph(f'MISSIONE {mc} – {mt}', mst))
        for pg in m['programmi']:
            S.append(Paragraph(f"Programma {pg['code']} – {pg['title']}", pst))
            h0 = [Paragraph(x, hcell) for x in c['header'][:6]] + [Paragraph(c['header'][6], hcell), '', '']
            h1 = ['', '', '', '', '', ''] + [Paragraph(str(y), hcell) for y in Y]
            data = [h0, h1]
            sty = [('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#7F7F7F')), ('BACKGROUND', (0, 0), (-1, 1), colors.HexColor('#2E5597')),
                   ('SPAN', (6, 0), (8, 0))] + [('SPAN', (i, 0), (i, 1)) for i in range(6)] + \
                  [('VALIGN', (0, 0), (-1, -1), 'MIDDLE'), ('TOPPADDING', (0, 0), (-1, -1), 2.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 2.5), ('LEFTPADDING', (0, 0), (-1, -1), 3), ('RIGHTPADDING', (0, 0), (-1, -1), 3)]
            for ob in pg['obiettivi']:
                first = len(data)
                for ind in ob['ind']:
                    name, typ, unit, meth, src, tg, nt = ind
                    data.append([Paragraph(f"{ob['code']} – {ob['title']}", cell) if len(data) == first else '',
                                 Paragraph(name, cell), Paragraph(typ, cell), Paragraph(unit, cellc), Paragraph(meth, cell),
                                 Paragraph(src, cell)] + [Paragraph(v, cellc) for v in tg])
                    for y, v in zip(Y, tg):
                        recs.append(rec(area_code=mc, area_title=mt, objective_level='operational', objective_code=ob['code'],
                                        objective_title=ob['title'], indicator=name, type=typ, unit=unit, formula=meth,
                                        data_source=src, year=y, target=v, comment=nt, _start=name,
                                        _end=[nt or max([name, meth, src], key=len)]))
                    if nt:
                        data.append(['', Paragraph(nt, note), '', '', '', '', '', '', ''])
                        sty.append(('SPAN', (1, len(data) - 1), (8, len(data) - 1)))
                        sty.append(('BACKGROUND', (1, len(data) - 1), (8, len(data) - 1), colors.HexColor('#F2F2F2')))
                sty.append(('SPAN', (0, first), (0, len(data) - 1)))
                sty.append(('VALIGN', (0, first), (0, len(data) - 1), 'TOP'))
            tb = Table(data, colWidths=[x * cm for x in cw], repeatRows=2)
            tb.setStyle(TableStyle(sty))
            S.append(tb)
    for k, txt in c['closing']:
        S.append(Paragraph(txt, hst if k == 'h' else body))
    doc.build(S)
    return recs

# ------------------------------------------------------------------ sample 3: XLSX
def make3(c):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    from openpyxl.worksheet.page import PageMargins
    wb = Workbook()
    thin = Side(style='thin', color='808080'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical='top'); wrapc = Alignment(wrap_text=True, vertical='center', horizontal='center')
    # sheet 1: cover + premessa + budget
    s1 = wb.active; s1.title = 'Premessa'
    for col, w in zip('ABCDE', [34, 52, 17, 15, 17]): s1.column_dimensions[col].width = w
    r = 2
    for i, ln in enumerate(c['cover']):
        s1.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        ce = s1.cell(r, 1, ln); ce.font = Font(name='Arial', bold=i < 3, size=[16, 13, 13, 9][i]); ce.alignment = Alignment(horizontal='center', wrap_text=True)
        s1.row_dimensions[r].height = [26, 20, 34, 14][i]
        r += 1 if i != 1 else 2
    r += 1
    s1.cell(r, 1, 'Premessa').font = Font(name='Arial', bold=True, size=11); r += 1
    for ptxt in c['intro']:
        s1.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        ce = s1.cell(r, 1, ptxt); ce.alignment = Alignment(wrap_text=True, vertical='top', horizontal='justify'); ce.font = Font(name='Arial', size=10)
        s1.row_dimensions[r].height = 56; r += 1
    r += 1
    s1.cell(r, 1, c['budget_title']).font = Font(name='Arial', bold=True, size=10); r += 1
    for i, hh in enumerate(c['budget_header']):
        ce = s1.cell(r, i + 1, hh); ce.font = Font(name='Arial', bold=True, size=9); ce.alignment = wrapc; ce.border = B
        ce.fill = PatternFill('solid', fgColor='D9D9D9')
    r += 1
    for row in c['budget_rows']:
        for i, v in enumerate(row):
            ce = s1.cell(r, i + 1, v); ce.border = B; ce.font = Font(name='Arial', size=9, bold=row[0] == 'TOTALE')
            ce.alignment = Alignment(horizontal='right' if i >= 2 else 'left', wrap_text=True, vertical='center')
        r += 1
    s1.page_setup.orientation = 'landscape'; s1.page_setup.paperSize = 9
    s1.page_setup.fitToWidth = 1; s1.page_setup.fitToHeight = 0; s1.sheet_properties.pageSetUpPr.fitToPage = True
    s1.print_options.horizontalCentered = True
    # sheet 2: the PIRA table
    s2 = wb.create_sheet('PIRA 2025-2027')
    widths = [5, 20, 24, 28, 10, 14, 9, 9, 9, 9]
    for i, w in enumerate(widths): s2.column_dimensions[chr(65 + i)].width = w
    s2.merge_cells('A1:J1'); ce = s2.cell(1, 1, 'CAMERA DI COMMERCIO IRPINIA SANNIO – PIANO DEGLI INDICATORI E DEI RISULTATI ATTESI DI BILANCIO 2025-2027')
    ce.font = Font(name='Arial', bold=True, size=12); ce.alignment = Alignment(horizontal='center')
    s2.merge_cells('A2:J2'); ce = s2.cell(2, 1, 'Allegato al Preventivo economico 2025 – art. 19 D.Lgs. 91/2011'); ce.font = Font(name='Arial', italic=True, size=9); ce.alignment = Alignment(horizontal='center')
    hr = 4
    for i, hh in enumerate(c['header']):
        ce = s2.cell(hr, i + 1, hh); ce.font = Font(name='Arial', bold=True, size=9, color='FFFFFF'); ce.alignment = wrapc; ce.border = B
        ce.fill = PatternFill('solid', fgColor='1F4E79' if i < 6 else ('7F7F7F' if i == 6 else '2E75B6'))
    s2.row_dimensions[hr].height = 30
    r = hr + 1
    recs = []
    for m in c['missioni']:
        s2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ce = s2.cell(r, 1, m['missione']); ce.font = Font(name='Arial', bold=True, size=9.5); ce.fill = PatternFill('solid', fgColor='DDEBF7')
        for k in range(1, 11): s2.cell(r, k).border = B
        r += 1
        for ob in m['obiettivi']:
            first = r
            for code, name, alg, typ, src, base, tg in ob['ind']:
                vals = [code, f"{ob['code']} – {ob['title']}" if r == first else None, name, alg, typ, src, base] + tg
                for i, v in enumerate(vals):
                    ce = s2.cell(r, i + 1, v); ce.border = B; ce.font = Font(name='Arial', size=9.5, bold=(i == 1))
                    ce.alignment = wrapc if i in (0, 4) or i >= 6 else wrap
                    if i == 6: ce.fill = PatternFill('solid', fgColor='F2F2F2')
                for y, v in zip(c['years'], tg):
                    recs.append(rec(area_code=m['code'], area_title=m['title'], objective_level='strategic', objective_code=ob['code'],
                                    objective_title=ob['title'], indicator_code=code, indicator=name, formula=alg, type=typ,
                                    data_source=src, baseline=base, year=y, target=v, _start=name, _end=[max([name, alg, src], key=len)]))
                # row height as Excel's autofit stores it (LibreOffice keeps stored heights)
                def nlines(txt, w, f=1.1):
                    import math
                    return max(1, sum(math.ceil(max(1, len(part)) / (w * f)) for part in str(txt).split('\n')))
                n = max(nlines(v, widths[i]) for i, v in enumerate(vals) if v is not None and i != 1)
                s2.row_dimensions[r].height = 12.5 * n + 4
                r += 1
            need = nlines(f"{ob['code']} – {ob['title']}", widths[1], 0.95) * 12.5 + 6
            have = sum(s2.row_dimensions[k].height for k in range(first, r))
            if have < need:
                s2.row_dimensions[r - 1].height += need - have
            if r - 1 > first:
                s2.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                s2.cell(first, 2).alignment = Alignment(wrap_text=True, vertical='center')
    s2.cell(r + 1, 1, c['foot']).font = Font(name='Arial', italic=True, size=8)
    s2.page_setup.orientation = 'landscape'; s2.page_setup.paperSize = 9
    s2.page_setup.scale = 78; s2.print_options.horizontalCentered = True
    s2.print_title_rows = '4:4'
    s2.page_margins = PageMargins(left=0.4, right=0.4, top=0.95, bottom=0.85, header=0.35, footer=0.35)
    s2.oddFooter.center.text = 'Pagina &P di &N'; s2.oddHeader.left.text = 'Camera di Commercio Irpinia Sannio – PIRA 2025-2027'
    wb.save(c['name'] + '.xlsx')
    subprocess.run(LO + [c['name'] + '.xlsx'], check=True, capture_output=True)
    return recs

# ------------------------------------------------------------------ read-back
def readback(pdf, recs, split_rows):
    import pdfplumber
    with pdfplumber.open(pdf) as p:
        texts = [pg.extract_text() or '' for pg in p.pages]
        npages = len(p.pages)
    flat, offs = '', []
    for i, t in enumerate(texts):
        offs.append(len(flat)); flat += re.sub(r'\s+', '', t)
    def page_of(pos):
        k = 0
        for i, o in enumerate(offs):
            if o <= pos: k = i
        return k + 1
    def key(s):
        return re.sub(r'\s+', '', s)
    cur = 0; prev_name = None; prev = None
    for r in recs:
        name = r['_start']
        if name == prev_name and prev is not None:
            r['page'], r['page_end'] = prev; continue
        for nw in (3, 2, 1):
            k = key(' '.join(name.split()[:nw]))[:18]
            pos = flat.find(k, cur)
            if pos >= 0: break
        assert pos >= 0, (pdf, 'start', k)
        endpos = None
        for tail in (r['_end'] if split_rows else []):
            for n in (14, 9, 6):
                tk = key(tail)[-n:]
                e = flat.find(tk, pos)
                if e >= 0:
                    endpos = e + len(tk) - 1; break
            if endpos is not None: break
        if not split_rows: endpos = pos  # reportlab / Calc never split a row over two pages
        assert endpos is not None, (pdf, 'end', r['_end'])
        r['page'], r['page_end'] = page_of(pos), page_of(endpos)
        # the year values must be printed on the pages of the row
        cur = pos + len(k); prev_name = name; prev = (r['page'], r['page_end'])
    return npages

def main():
    names = ['comune-vignola-2025-piano-indicatori', 'indire-2025-piano-indicatori', 'cciaa-irpinia-sannio-2025-piano-indicatori']
    for n, fn in zip(names, (make1, make2, make3)):
        c = json.load(open(n + '.content.json'))
        recs = fn(c)
        npages = readback(n + '.pdf', recs, n.startswith('comune'))
        for r in recs:
            for k in [k for k in r if k.startswith('_')]: del r[k]
        truth = {"schema": "perfextract/records@1", "source": {"path": n + '.pdf', "pages": npages},
                 "document": c['document'], "indicators": recs, "warnings": []}
        json.dump(truth, open(n + '.truth.json', 'w'), ensure_ascii=False, indent=1)
        split = sorted({(r['indicator'][:50], r['page'], r['page_end']) for r in recs if r['page'] != r['page_end']})
        print(n, 'pages', npages, 'records', len(recs), 'indicators', len({r['indicator'] for r in recs}), 'split rows', split)

if __name__ == '__main__':
    main()
