"""Layouts for r20."""
import os, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
LO = ['soffice', '-env:UserInstallation=file:///tmp/lo-r20', '--headless', '--convert-to', 'pdf', '--outdir', HERE]

# ------------------------------------------------------------------ A: DOCX
def render_docx_merged(doc):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.3)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.6)
    st = d.styles['Normal']; st.font.name = 'Liberation Sans'; st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Liberation Sans')
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run('Consorzio di Bonifica dell\'Emilia Centrale – Piano della performance 2025-2027 – pag. '); r.font.size = Pt(7.5)
    for kind, txt in (('begin', None), ('instr', 'PAGE'), ('end', None)):
        rr = fp.add_run(); rr.font.size = Pt(7.5)
        if kind == 'instr':
            e = OxmlElement('w:instrText'); e.set(qn('xml:space'), 'preserve'); e.text = txt
        else:
            e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), kind)
        rr._r.append(e)

    def shade(cell, color):
        tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement('w:shd')
        s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), color); tcPr.append(s)

    def put(cell, text, size=8, bold=False, color=None, align=None):
        cell.text = ''
        p = cell.paragraphs[0]
        p.paragraph_format.space_after = Pt(0)
        if align: p.alignment = align
        run = p.add_run(text or '')
        run.font.size = Pt(size); run.bold = bold
        if color: run.font.color.rgb = RGBColor.from_string(color)

    c = doc['cover']
    for _ in range(5): d.add_paragraph()
    for i, (t, sz, b) in enumerate([(c[0], 18, True), (c[1], 10, False), ('', 10, False), ('', 10, False), (c[2], 22, True), (c[3], 10, False), ('', 10, False), (c[4], 10, False)]):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = p.add_run(t); rr.font.size = Pt(sz); rr.bold = b
        if b: rr.font.color.rgb = RGBColor.from_string('1F4E79')
    d.add_page_break()

    def budget():
        b = doc['budget']
        t = d.add_table(rows=1 + len(b['rows']), cols=4); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(b['header']):
            put(t.cell(0, j), h, 9, True); shade(t.cell(0, j), 'D9E2F3')
        for i, row in enumerate(b['rows'], 1):
            for j, v in enumerate(row):
                put(t.cell(i, j), v, 9, row[0] == 'Totale', align=WD_ALIGN_PARAGRAPH.RIGHT if j else None)
        t.autofit = False
        for j, gc in enumerate(t._tbl.tblGrid.findall(qn('w:gridCol'))):
            gc.set(qn('w:w'), str(int([7.5, 3.5, 3.8, 3.5][j] * 567)))
        for row in t.rows:
            for j, w in enumerate([7.5, 3.5, 3.8, 3.5]):
                row.cells[j].width = Cm(w)
        d.add_paragraph()

    for kind, txt in doc['intro']:
        if kind == 'h':
            p = d.add_paragraph(); rr = p.add_run(txt); rr.bold = True; rr.font.size = Pt(12); rr.font.color.rgb = RGBColor.from_string('1F4E79')
        elif kind == 'p':
            p = d.add_paragraph(txt); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        else:
            budget()

    inds = doc['indicators']
    t = d.add_table(rows=1 + len(inds), cols=8); t.style = 'Table Grid'
    widths = [2.4, 2.6, 3.05, 2.9, 1.85, 1.85, 1.85, 1.85]
    for j, h in enumerate(doc['header']):
        put(t.cell(0, j), h, 7.5, True, 'FFFFFF', WD_ALIGN_PARAGRAPH.CENTER); shade(t.cell(0, j), '1F4E79')
    trPr = t.rows[0]._tr.get_or_add_trPr(); e = OxmlElement('w:tblHeader'); e.set(qn('w:val'), 'true'); trPr.append(e)
    for i, it in enumerate(inds, 1):
        put(t.cell(i, 2), it['indicator'], 7.5); put(t.cell(i, 3), it['formula'], 7.5)
        put(t.cell(i, 4), it['baseline'], 7.5, align=WD_ALIGN_PARAGRAPH.CENTER)
        for k, y in enumerate(it['years']):
            put(t.cell(i, 5 + k), y['target'], 7.5, align=WD_ALIGN_PARAGRAPH.CENTER)
    # merged hierarchy columns
    def spans(key):
        out, start = [], 0
        for i in range(1, len(inds) + 1):
            if i == len(inds) or inds[i][key] != inds[start][key]:
                out.append((start, i - 1)); start = i
        return out
    for col, key, title, fill in ((0, 'area_code', 'area_title', 'DEEAF6'), (1, 'objective_code', 'objective_title', 'F2F2F2')):
        for a, b in spans(key):
            cell = t.cell(a + 1, col)
            if b > a:
                cell = cell.merge(t.cell(b + 1, col))
            put(cell, inds[a][key] + ' – ' + inds[a][title], 7.5, False)
            shade(cell, fill); cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
    t.autofit = False
    for j, gc in enumerate(t._tbl.tblGrid.findall(qn('w:gridCol'))):
        gc.set(qn('w:w'), str(int(widths[j] * 567)))
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    d.add_paragraph()
    for txt in doc['after']:
        p = d.add_paragraph(txt); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        for rr in p.runs: rr.font.size = Pt(9); rr.italic = True
    fn = doc['name'] + '.docx'
    d.save(fn)
    subprocess.run(LO + [fn], check=True, capture_output=True)

# ------------------------------------------------------------------ B: XLSX landscape
def render_xlsx_landscape(doc):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    from openpyxl.worksheet.page import PageMargins
    wb = Workbook()
    thin = Side(style='thin', color='808080')
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical='top')
    def setup(ws, land=True):
        ws.page_setup.orientation = 'landscape' if land else 'portrait'
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_margins = PageMargins(left=0.3, right=0.3, top=0.6, bottom=0.6, header=0.3, footer=0.3)
        ws.oddFooter.center.text = 'Pagina &P di &N'; ws.oddFooter.center.size = 7
        ws.oddHeader.right.text = 'AdSP Mare di Sicilia Occidentale – Relazione sulla performance 2023'; ws.oddHeader.right.size = 7
        ws.sheet_view.showGridLines = False
        ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    # cover
    ws = wb.active; ws.title = 'Frontespizio'; setup(ws)
    for col in 'ABCDEFGHIJ': ws.column_dimensions[col].width = 14
    c = doc['cover']
    rows = [(4, c[0], 28, True, '003366'), (6, c[1], 18, True, '003366'), (7, c[2], 11, False, '404040'),
            (13, c[3], 26, True, '000000'), (15, c[4], 20, True, '000000'), (22, c[5], 10, False, '404040'), (24, c[6], 10, False, '404040')]
    for r, t, sz, b, col in rows:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        cell = ws.cell(r, 1, t); cell.font = Font(name='Liberation Sans', size=sz, bold=b, color=col)
        cell.alignment = Alignment(horizontal='center', vertical='center')
        ws.row_dimensions[r].height = sz * 1.6
    ws.print_area = 'A1:J30'
    # premessa + staff
    ws = wb.create_sheet('Premessa'); setup(ws)
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    for col in 'ABCDEFGH': ws.column_dimensions[col].width = 13
    ws.merge_cells('A1:H1'); ws['A1'] = '1. Premessa'; ws['A1'].font = Font(name='Liberation Sans', size=13, bold=True, color='003366')
    r = 3
    for txt in doc['intro']:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        cell = ws.cell(r, 1, txt); cell.font = Font(name='Liberation Sans', size=10); cell.alignment = Alignment(wrap_text=True, vertical='top', horizontal='justify')
        ws.row_dimensions[r].height = 13.5 * (len(txt) // 125 + 1) + 4
        r += 2
    s = doc['staff']
    ws.cell(r, 1, '2. ' + s['title']).font = Font(name='Liberation Sans', size=12, bold=True, color='003366'); r += 2
    for j, h in enumerate(s['header']):
        cell = ws.cell(r, 1 + j, h); cell.font = Font(name='Liberation Sans', size=9, bold=True, color='FFFFFF')
        cell.fill = PatternFill('solid', fgColor='003366'); cell.border = box; cell.alignment = Alignment(horizontal='center')
    for row in s['rows']:
        r += 1
        for j, v in enumerate(row):
            cell = ws.cell(r, 1 + j, v); cell.font = Font(name='Liberation Sans', size=9, bold=row[0] == 'Totale'); cell.border = box
            cell.alignment = Alignment(horizontal='left' if j == 0 else 'right')
    r += 3
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    cell = ws.cell(r, 1, 'Nel corso del 2023 sono state completate 9 procedure di reclutamento, con l\'ingresso di 14 nuove unità di personale, a fronte di 6 cessazioni per quiescenza.')
    cell.font = Font(name='Liberation Sans', size=10); cell.alignment = Alignment(wrap_text=True, vertical='top')
    ws.row_dimensions[r].height = 30
    # obiettivi
    ws = wb.create_sheet('Obiettivi 2023'); setup(ws)
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.page_setup.scale = 100
    widths = [5, 11, 12, 18, 16, 5, 5, 9.5, 9.5, 6.5, 8.5]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.merge_cells('A1:K1'); ws['A1'] = '3. Risultati degli obiettivi operativi – anno 2023'
    ws['A1'].font = Font(name='Liberation Sans', size=11, bold=True, color='003366')
    f7 = Font(name='Liberation Sans', size=7); f7b = Font(name='Liberation Sans', size=7, bold=True)
    for j, h in enumerate(doc['header']):
        cell = ws.cell(3, 1 + j, h); cell.font = Font(name='Liberation Sans', size=7, bold=True)
        cell.fill = PatternFill('solid', fgColor='BDD7EE'); cell.border = box; cell.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
    ws.row_dimensions[3].height = 22
    ws.print_title_rows = '3:3'
    r = 3
    for it in doc['indicators']:
        r += 1
        y = it['years'][0]
        vals = [it['indicator_code'], it['os_code'] + ' – ' + it['os_title'], it['objective_code'] + ' – ' + it['objective_title'], it['indicator'],
                it['formula'], it['unit'], it['weight_printed'], y['target'], y['actual'], y['achievement_printed'], it['status_text']]
        for j, v in enumerate(vals):
            cell = ws.cell(r, 1 + j, v); cell.font = f7b if j == 10 else f7; cell.border = box
            cell.alignment = Alignment(wrap_text=True, vertical='top', horizontal='center' if j in (0, 5, 6, 7, 8, 9) else 'left')
            if j == 10:
                cell.fill = PatternFill('solid', fgColor={'Raggiunto': 'E2EFDA', 'Parzialmente raggiunto': 'FFF2CC', 'Non raggiunto': 'F8CBAD', 'Sospeso': 'EDEDED'}[v])
        import math
        lines = max(math.ceil(len(str(v or '')) / (widths[j] * 1.75)) for j, v in enumerate(vals))
        ws.row_dimensions[r].height = 9.5 * lines + 3
    r += 1
    for j, v in enumerate(doc['total']):
        cell = ws.cell(r, 1 + j, v or None); cell.font = f7b; cell.border = box; cell.fill = PatternFill('solid', fgColor='F2F2F2')
        cell.alignment = Alignment(horizontal='center' if j else 'left')
    r += 2
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
    cell = ws.cell(r, 1, doc['after'][0]); cell.font = Font(name='Liberation Sans', size=8, italic=True); cell.alignment = Alignment(wrap_text=True, vertical='top')
    ws.row_dimensions[r].height = 26
    fn = doc['name'] + '.xlsx'
    wb.save(fn)
    subprocess.run(LO + [fn], check=True, capture_output=True)

# ------------------------------------------------------------------ reportlab helpers
def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base = '/usr/share/fonts/truetype/'
    for n, f in [('LSerif', 'liberation/LiberationSerif-Regular.ttf'), ('LSerif-B', 'liberation/LiberationSerif-Bold.ttf'),
                 ('LSerif-I', 'liberation/LiberationSerif-Italic.ttf'),
                 ('DVC', 'dejavu/DejaVuSansCondensed.ttf'), ('DVC-B', 'dejavu/DejaVuSansCondensed-Bold.ttf')]:
        try:
            pdfmetrics.registerFont(TTFont(n, base + f))
        except Exception:
            pass

# ------------------------------------------------------------------ C: schede, thin rules
def render_rl_schede(doc):
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether
    P = lambda **k: ParagraphStyle('x', **{**dict(fontName='LSerif', fontSize=9, leading=11), **k})
    body = P(alignment=TA_JUSTIFY, spaceAfter=6, fontSize=10, leading=13)
    cell = P(); cellb = P(fontName='LSerif-B')
    h1 = P(fontName='LSerif-B', fontSize=13, leading=16, spaceBefore=10, spaceAfter=6, textColor=colors.HexColor('#7a1f1f'))
    h2 = P(fontName='LSerif-B', fontSize=10.5, leading=13, spaceBefore=12, spaceAfter=4)
    story = []
    c = doc['cover']
    story += [Spacer(1, 4 * cm), Paragraph(c[0], P(fontName='LSerif-B', fontSize=34, leading=40, alignment=TA_CENTER, textColor=colors.HexColor('#7a1f1f'))),
              Paragraph(c[1], P(fontSize=13, leading=16, alignment=TA_CENTER)), Spacer(1, 5 * cm),
              Paragraph(c[2], P(fontName='LSerif-B', fontSize=24, leading=28, alignment=TA_CENTER)),
              Paragraph(c[3], P(fontSize=18, leading=24, alignment=TA_CENTER)), Spacer(1, 5 * cm),
              Paragraph(c[4], P(fontSize=10, alignment=TA_CENTER)), Paragraph(c[5], P(fontSize=10, alignment=TA_CENTER)), PageBreak()]
    rule = colors.HexColor('#555555')
    for kind, txt in doc['intro']:
        if kind == 'h': story.append(Paragraph(txt, h1))
        elif kind == 'p': story.append(Paragraph(txt, body))
        else:
            a = doc['activity']
            data = [[Paragraph(h, cellb) for h in a['header']]] + [[Paragraph(v, cell) for v in row] for row in a['rows']]
            t = Table(data, colWidths=[6.5 * cm, 3.2 * cm, 3.2 * cm, 2.5 * cm])
            t.setStyle(TableStyle([('LINEABOVE', (0, 0), (-1, 0), 0.8, rule), ('LINEBELOW', (0, 0), (-1, 0), 0.4, rule),
                                   ('LINEBELOW', (0, -1), (-1, -1), 0.8, rule), ('ALIGN', (1, 0), (-1, -1), 'RIGHT'), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
            story += [Paragraph('Tabella 1 – Principali dati di attività', P(fontName='LSerif-I', spaceAfter=3)), t, Spacer(1, 8)]
    for n, s in enumerate(doc['schede'], 1):
        story.append(Paragraph('Scheda obiettivo n. %d' % n, h2))
        kv = [['Area strategica', s['area'] + ' – ' + AREA[s['area']]], ['Obiettivo strategico', s['os'][0] + ' – ' + s['os'][1]],
              ['Obiettivo operativo', s['oo'][0] + ' – ' + s['oo'][1]], ['Servizio responsabile', s['servizio']], ['Peso dell\'obiettivo', s['peso']]]
        t = Table([[Paragraph(k, cellb), Paragraph(v, cell)] for k, v in kv], colWidths=[4 * cm, 12 * cm])
        t.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, -1), 0.25, colors.HexColor('#999999')), ('LINEABOVE', (0, 0), (-1, 0), 0.8, rule),
                               ('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#f3ecec')), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
        story += [t, Spacer(1, 6)]
        data = [[Paragraph(h, cellb) for h in doc['header']]]
        for row in s['rows']:
            data.append([Paragraph(v or '', cell) for v in row])
        t = Table(data, colWidths=[4.4 * cm, 3.6 * cm, 2.5 * cm, 1.7 * cm, 1.8 * cm, 2.0 * cm], repeatRows=1)
        t.setStyle(TableStyle([('LINEABOVE', (0, 0), (-1, 0), 0.8, rule), ('LINEBELOW', (0, 0), (-1, 0), 0.5, rule),
                               ('LINEBELOW', (0, 1), (-1, -1), 0.25, colors.HexColor('#aaaaaa')), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                               ('LEFTPADDING', (0, 0), (-1, -1), 3), ('RIGHTPADDING', (0, 0), (-1, -1), 3)]))
        story += [t, Spacer(1, 5), Paragraph('<b>Esito:</b> ' + s['esito'], P(fontSize=10, leading=12, spaceAfter=3)),
                  Paragraph(s['comment'], body)]
    def deco(canv, d):
        if d.page == 1: return
        canv.saveState(); canv.setFont('LSerif-I', 8)
        canv.drawString(2.5 * cm, A4[1] - 1.4 * cm, 'ER.GO – Relazione sulla performance 2022')
        canv.setLineWidth(0.4); canv.line(2.5 * cm, A4[1] - 1.55 * cm, A4[0] - 2.5 * cm, A4[1] - 1.55 * cm)
        canv.drawRightString(A4[0] - 2.5 * cm, 1.2 * cm, str(d.page)); canv.restoreState()
    SimpleDocTemplate(doc['name'] + '.pdf', pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=2.2 * cm, bottomMargin=2 * cm,
                      title='Relazione sulla performance 2022').build(story, onFirstPage=deco, onLaterPages=deco)

AREA = {"1": "Benefici economici e diritto allo studio", "2": "Servizi agli studenti e ristorazione", "3": "Organizzazione, trasparenza e digitalizzazione"}

# ------------------------------------------------------------------ D: zebra
def render_rl_zebra(doc):
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    P = lambda **k: ParagraphStyle('x', **{**dict(fontName='DVC', fontSize=8, leading=10), **k})
    body = P(fontSize=9.5, leading=12.5, alignment=TA_JUSTIFY, spaceAfter=6)
    cell, cellc = P(), P(alignment=TA_CENTER)
    hd = P(fontName='DVC-B', textColor=colors.white, alignment=TA_CENTER)
    blue = colors.HexColor('#00587a')
    story = []
    c = doc['cover']
    story += [Spacer(1, 3 * cm), Paragraph(c[0], P(fontName='DVC-B', fontSize=40, leading=46, textColor=blue)),
              Paragraph(c[1], P(fontSize=14, leading=18, textColor=blue)), Spacer(1, 6 * cm),
              Paragraph(c[2], P(fontName='DVC-B', fontSize=20, leading=24)), Paragraph(c[3], P(fontName='DVC-B', fontSize=20, leading=28)),
              Spacer(1, 1 * cm), Paragraph(c[5], P(fontSize=12, leading=15)), Spacer(1, 6 * cm), Paragraph(c[4], P(fontSize=9)), PageBreak()]
    H = P(fontName='DVC-B', fontSize=12, leading=15, textColor=blue, spaceBefore=8, spaceAfter=5)
    for kind, txt in doc['intro']:
        if kind == 'h': story.append(Paragraph(txt, H))
        elif kind == 'p': story.append(Paragraph(txt, body))
        else:
            s = doc['staff']
            data = [[Paragraph(h, hd) for h in s['header']]] + [[Paragraph(v, cell if j == 0 else cellc) for j, v in enumerate(r)] for r in s['rows']]
            t = Table(data, colWidths=[6 * cm, 2.8 * cm, 2.8 * cm, 2.8 * cm, 2.4 * cm])
            t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), blue), ('ROWBACKGROUNDS', (0, 1), (-1, -1), [colors.white, colors.HexColor('#e6f0f4')]),
                                   ('LINEBELOW', (0, -1), (-1, -1), 0.6, blue), ('FONTNAME', (0, -1), (-1, -1), 'DVC-B')]))
            story += [t, Spacer(1, 8)]
    story.append(Paragraph(doc['value_text'], body))
    story.append(Paragraph('Gli obiettivi sono articolati in obiettivi strategici, numerati con una cifra, e obiettivi operativi. Per gli obiettivi operativi di durata pluriennale il target 2024 costituisce il risultato intermedio atteso.', body))
    inds = doc['indicators']; titles = doc['obj_titles']
    S1 = P(fontName='DVC-B', fontSize=11, leading=14, spaceBefore=10, spaceAfter=4)
    S2 = P(fontName='DVC-B', fontSize=9, leading=12, spaceBefore=6, spaceAfter=3, textColor=blue)
    seen = set()
    groups = []
    for it in inds:
        if not groups or groups[-1][0] != it['objective_code']:
            groups.append((it['objective_code'], []))
        groups[-1][1].append(it)
    for oc, its in groups:
        sc = oc.split('.')[0]
        if sc not in seen:
            seen.add(sc); story.append(Paragraph('%s. %s' % (sc, titles[sc]), S1))
        story.append(Paragraph('%s %s' % (oc, titles[oc]), S2))
        data = [[Paragraph(h, hd) for h in doc['header']]]
        for it in its:
            y = it['years'][0]
            data.append([Paragraph(it['indicator_code'], cellc), Paragraph(it['indicator'], cell), Paragraph(it['type'], cell),
                         Paragraph(it['data_source'], cell), Paragraph(it['weight_printed'], cellc), Paragraph(it['baseline'], cellc),
                         Paragraph(y['target'], P(fontName='DVC-B', alignment=TA_CENTER)), Paragraph(it['notes'] or '', cell)])
        t = Table(data, colWidths=[0.8 * cm, 5.0 * cm, 2.0 * cm, 2.6 * cm, 1.3 * cm, 1.7 * cm, 1.8 * cm, 2.8 * cm], repeatRows=1)
        t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), blue), ('ROWBACKGROUNDS', (0, 1), (-1, -1), [colors.HexColor('#e6f0f4'), colors.white]),
                               ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'), ('LINEBELOW', (0, -1), (-1, -1), 0.6, blue),
                               ('TOPPADDING', (0, 0), (-1, -1), 3), ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]))
        story += [t, Spacer(1, 4)]
        if oc in doc['after_table']:
            story.append(Paragraph(doc['after_table'][oc], body))
    def deco(canv, d):
        if d.page == 1: return
        canv.saveState(); canv.setFont('DVC', 7); canv.setFillColor(blue)
        canv.drawString(1.6 * cm, 1.0 * cm, 'AICS – PIAO 2024-2026 – Sottosezione Performance')
        canv.drawRightString(A4[0] - 1.6 * cm, 1.0 * cm, 'Pag. %d' % d.page); canv.restoreState()
    SimpleDocTemplate(doc['name'] + '.pdf', pagesize=A4, leftMargin=1.6 * cm, rightMargin=1.6 * cm, topMargin=1.8 * cm, bottomMargin=1.8 * cm,
                      title='PIAO 2024-2026').build(story, onFirstPage=deco, onLaterPages=deco)
