"""r71: renders the CCIAA Cremona Relazione sulla Performance 2020 content three ways and
writes each NAME.truth.json from the content, with page fields from a pdfplumber read-back."""
import json, os, re, subprocess, sys, html
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
C = json.load(open(os.path.join(HERE, 'cciaa-cremona-2020-relazione.content.json')))
LEVEL_LABEL = {'strategic': 'Ob. Strategico', 'operational': 'Ob. Operativo'}
ws = lambda s: ' '.join(s.split()) if s and s.strip() else None

def soffice(path):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-r71', '--headless',
                    '--convert-to', 'pdf', '--outdir', HERE, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def iter_ind():
    for g in C['groups']:
        for ind in g['indicators']:
            yield g, ind

# ---------------------------------------------------------------- truth
def records():
    out = []
    for g, ind in iter_ind():
        c = ind['cells']
        r = {'page': None, 'page_end': None,
             'area_code': g['area_code'], 'area_title': g['area_title'],
             'objective_level': g['level'], 'objective_code': g['code'], 'objective_title': g['title'],
             'indicator_code': None, 'indicator': ws(c[0]), 'type': ws(c[1]), 'formula': None,
             'unit': None, 'data_source': None, 'weight': None, 'baseline': None, 'year': None,
             'target': ws(c[2])}
        for k in ('operator', 'value', 'value_max', 'unit'): r['target_' + k] = ind['target_parsed'][k]
        r['actual'] = ws(c[3])
        for k in ('operator', 'value', 'value_max', 'unit'): r['actual_' + k] = ind['actual_parsed'][k]
        r.update({'achievement': None, 'notes': ws(c[4]), 'status': ind['status'],
                  'status_text': ind['status_text'], 'comment': ind['comment'], 'met': ind['met']})
        out.append(r)
    return out

# ---------------------------------------------------------------- read-back
def toks(s):
    return [t for t in (re.sub(r'^\W+|\W+$', '', w.lower()) for w in s.split()) if t]

def readback(pdf_path, recs):
    stream = []
    with pdfplumber.open(pdf_path) as pdf:
        npages = len(pdf.pages)
        for pno, page in enumerate(pdf.pages, 1):
            words = page.extract_words(keep_blank_chars=False, x_tolerance=1.5)
            words.sort(key=lambda w: (round(w['top'] / 3), w['x0']))
            dx = [w['x0'] for w in words if w['text'] == 'Descrizione']
            for w in words:
                for t in toks(w['text']):
                    stream.append((t, pno, any(abs(w['x0'] - x) < 4 for x in dx)))
    words_only = [t for t, _, _ in stream]
    def find(seq, start, stop, window, left=False):
        for i in range(start, stop):
            if words_only[i] != seq[0]: continue
            if left and not stream[i][2]: continue
            j, ok = i, True
            for t in seq[1:]:
                try: j = words_only.index(t, j + 1, min(j + 1 + window, stop))
                except ValueError: ok = False; break
            if ok: return i, j
        return None
    cur, starts = 0, []
    for r in recs:
        seq = toks(r['indicator'])[:6]
        hit = find(seq, cur, len(stream), 30, left=True)
        assert hit, ('start not found', pdf_path, r['indicator'])
        starts.append(hit[0]); cur = hit[0] + 1
    for k, r in enumerate(recs):
        s = starts[k]; stop = starts[k + 1] if k + 1 < len(recs) else len(stream)
        pages = [stream[s][1]]
        for f in ('indicator', 'type', 'target', 'actual', 'notes'):
            if not r[f]: continue
            seq = toks(r[f])[-2:]
            hit = find(seq, s, stop, 45)
            assert hit, ('end not found', pdf_path, f, r['indicator'][:40], seq)
            pages.append(stream[hit[1]][1])
        r['page'], r['page_end'] = pages[0], max(pages)
        assert r['page_end'] - r['page'] <= 1
    return npages

def write_truth(name, recs):
    doc = {'schema': 'perfextract/records@1', 'document': C['document'], 'indicators': recs}
    json.dump(doc, open(os.path.join(HERE, name + '.truth.json'), 'w'), ensure_ascii=False, indent=1)

# ---------------------------------------------------------------- A: Word
def make_a(name):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8); sec.top_margin = Cm(1.8); sec.bottom_margin = Cm(1.6)
    st = d.styles['Normal']; st.font.name = 'Liberation Serif'; st.font.size = Pt(10)
    for hn, sz in (('Heading 1', 13), ('Heading 2', 11)):
        h = d.styles[hn]; h.font.name = 'Liberation Sans'; h.font.size = Pt(sz)
        h.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    # running header/footer
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]; hp.text = 'Camera di Commercio di Cremona – Relazione sulla Performance 2020'
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT; hp.runs[0].font.size = Pt(8); hp.runs[0].italic = True
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run('Pag. '); r.font.size = Pt(8)
    for kind, txt in (('begin', None), (None, 'PAGE'), ('end', None)):
        if kind:
            e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), kind)
        else:
            e = OxmlElement('w:instrText'); e.set(qn('xml:space'), 'preserve'); e.text = txt
        rr = fp.add_run(); rr.font.size = Pt(8); rr._r.append(e)
    # cover
    cv = C['cover']
    for _ in range(5): d.add_paragraph()
    for i, l in enumerate(cv['issuer_lines']):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = p.add_run(l); rr.font.size = Pt(20 if i == 0 else 26); rr.bold = True
    for _ in range(3): d.add_paragraph()
    for txt, sz, b, it in ((cv['title'], 22, True, False), (cv['subtitle'], 13, False, True),
                           (cv['scope'], 12, True, False), (cv['period'], 14, True, False)):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = p.add_run(txt); rr.font.size = Pt(sz); rr.bold = b; rr.italic = it
    for _ in range(4): d.add_paragraph()
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = p.add_run(cv['validation']); rr.bold = True; rr.font.size = Pt(10)
    d.add_page_break()
    d.add_heading(C['premessa']['title'], 1)
    for para in C['premessa']['paragraphs']:
        p = d.add_paragraph(para); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.space_after = Pt(4)
    d.add_page_break()
    d.add_heading('Rendicontazione degli obiettivi al 31 dicembre 2020', 1)

    def borders(cell, top=None, bottom=None):
        tcPr = cell._tc.get_or_add_tcPr(); b = OxmlElement('w:tcBorders')
        for side, spec in (('top', top), ('bottom', bottom), ('left', None), ('right', None)):
            e = OxmlElement('w:' + side)
            if spec: e.set(qn('w:val'), 'single'); e.set(qn('w:sz'), str(spec[0])); e.set(qn('w:color'), spec[1])
            else: e.set(qn('w:val'), 'nil')
            b.append(e)
        tcPr.append(b)
    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement('w:shd')
        s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), fill); tcPr.append(s)
    def put(cell, text, size=8, bold=False, italic=False):
        cell.paragraphs[0].text = ''
        lines = text.split('\n') if text else ['']
        p = cell.paragraphs[0]
        for i, l in enumerate(lines):
            if i: p = cell.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            rr = p.add_run(l); rr.font.size = Pt(size); rr.bold = bold; rr.italic = italic
            rr.font.name = 'Liberation Sans'
    widths = [Cm(4.6), Cm(3.1), Cm(2.7), Cm(3.3), Cm(3.7)]
    prev_area = None
    for g in C['groups']:
        if g['area_title'] and g['area_code'] != prev_area:
            d.add_heading('Area Strategica ' + g['area_code'], 1)
            p = d.add_paragraph(); rr = p.add_run(g['area_title']); rr.bold = True; rr.font.size = Pt(10)
        prev_area = g['area_code']
        if g['level'] != 'area':
            d.add_heading(LEVEL_LABEL[g['level']] + ' ' + g['code'], 2)
            p = d.add_paragraph(); rr = p.add_run(g['title']); rr.bold = True; rr.italic = True
        p = d.add_paragraph(); rr = p.add_run('Indicatori'); rr.font.size = Pt(9); rr.underline = True
        p.paragraph_format.space_after = Pt(2)
        t = d.add_table(rows=1, cols=5); t.autofit = False
        hdr = t.rows[0]
        trPr = hdr._tr.get_or_add_trPr(); th = OxmlElement('w:tblHeader'); th.set(qn('w:val'), 'true'); trPr.append(th)
        for i, h in enumerate(C['header']):
            c = hdr.cells[i]; put(c, h, 8, bold=True); shade(c, 'D5DCE4')
            borders(c, top=(12, '1F3A5F'), bottom=(8, '1F3A5F'))
        for ind in g['indicators']:
            row = t.add_row()
            for i, v in enumerate(ind['cells']):
                c = row.cells[i]; put(c, v, 8); borders(c, bottom=(4, '999999'))
            sr = t.add_row(); m = sr.cells[0].merge(sr.cells[4])
            m.paragraphs[0].text = ''; p = m.paragraphs[0]
            if ind['status_printed_as'] == 'status_line':
                rr = p.add_run(ind['status_text']); rr.bold = True; rr.font.size = Pt(8); rr.font.name = 'Liberation Sans'
                rr.font.color.rgb = RGBColor(0x1E, 0x6B, 0x2E)
                if ind['comment']:
                    rr = p.add_run(' ' + ind['comment']); rr.font.size = Pt(8); rr.font.name = 'Liberation Sans'
            else:
                rr = p.add_run(ind['comment']); rr.font.size = Pt(8); rr.italic = True; rr.font.name = 'Liberation Sans'
            borders(m, bottom=(8, '1F3A5F'))
        for i, w in enumerate(widths): t.columns[i].width = w
        for row in t.rows:
            for i, w in enumerate(widths):
                if i < len(row.cells): row.cells[i].width = w
        d.add_paragraph().paragraph_format.space_after = Pt(2)
    # non-indicator summary table
    st_ = C['summary_table']
    d.add_heading(st_['title'], 1)
    t = d.add_table(rows=0, cols=3)
    for k, rowv in enumerate([st_['header']] + st_['rows']):
        row = t.add_row()
        for i, v in enumerate(rowv):
            c = row.cells[i]; put(c, v, 9, bold=(k == 0 or rowv[0] == 'Totale'))
            if k == 0: shade(c, 'D5DCE4')
            borders(c, top=(8, '1F3A5F') if k in (0, len(st_['rows'])) else None, bottom=(4, '999999'))
    p = d.add_paragraph('Cremona, aprile 2021'); p.paragraph_format.space_before = Pt(12)
    p = d.add_paragraph('Il Segretario Generale'); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    path = os.path.join(HERE, name + '.docx'); d.save(path); soffice(path)

# ---------------------------------------------------------------- B: Calc
def make_b(name):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    wb = Workbook(); sh = wb.active; sh.title = 'Rendicontazione 2020'
    thin = Side(style='thin', color='808080')
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical='top')
    cols = ['Area strategica', 'Obiettivo'] + C['header'] + ['Esito']
    widths = [20, 30, 33, 17, 20, 26, 35, 16]
    for i, w in enumerate(widths): sh.column_dimensions[chr(65 + i)].width = w
    sh['A1'] = 'CAMERA DI COMMERCIO DI CREMONA'; sh['A1'].font = Font(bold=True, size=13)
    sh['A2'] = 'Relazione sulla Performance 2020 – Rendicontazione stato di avanzamento al 31 dicembre 2020'
    sh['A2'].font = Font(bold=True, size=11)
    sh['A3'] = 'Validata dall\'Organismo Indipendente di Valutazione in data 26 aprile 2021'; sh['A3'].font = Font(italic=True, size=9)
    r = 5
    for i, h in enumerate(cols):
        c = sh.cell(r, i + 1, h); c.font = Font(bold=True, color='FFFFFF', size=9)
        sh.row_dimensions[r].height = 24
        c.fill = PatternFill('solid', fgColor='385D8A'); c.alignment = Alignment(wrap_text=True, vertical='center', horizontal='left'); c.border = box
    sh.print_title_rows = '5:5'
    for g in C['groups']:
        area = g['area_code'] + (' – ' + g['area_title'] if g['area_title'] else '')
        obj = '' if g['level'] == 'area' else LEVEL_LABEL[g['level']] + ' ' + g['code'] + ' – ' + g['title']
        for ind in g['indicators']:
            r += 1
            status = ind['status_text']
            vals = [area, obj] + ind['cells'] + [status]
            nl = 1
            for i, v in enumerate(vals):
                per = max(1, int(widths[i] * 1.3))
                nl = max(nl, sum(max(1, -(-len(x) // per)) for x in (v or '').split('\n')))
            sh.row_dimensions[r].height = 10.5 * nl + 3
            for i, v in enumerate(vals):
                c = sh.cell(r, i + 1, v if v else None); c.alignment = wrap; c.border = box
                c.font = Font(size=8, bold=(i == 7))
                if i == 7:
                    c.fill = PatternFill('solid', fgColor='E2EFDA' if ind['status'] == 'achieved' else 'FFF2CC')
            if ind['comment']:
                r += 1
                sh.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
                c = sh.cell(r, 1, ind['comment']); c.alignment = wrap
                c.font = Font(size=8, italic=True, color='404040')
                c.fill = PatternFill('solid', fgColor='F2F2F2')
                for i in range(8): sh.cell(r, i + 1).border = box
                # merged rows get no automatic height: size it from the text length
                lines = max(1, -(-len(ind['comment']) // 200))
                sh.row_dimensions[r].height = 10.5 * lines + 3
    ps = sh.page_setup; ps.orientation = 'landscape'; ps.paperSize = sh.PAPERSIZE_A4
    ps.fitToWidth = 1; ps.fitToHeight = 0; sh.sheet_properties.pageSetUpPr.fitToPage = True
    sh.page_margins.left = sh.page_margins.right = 0.4; sh.page_margins.top = sh.page_margins.bottom = 0.5
    sh.oddFooter.center.text = 'Pagina &P di &N'; sh.oddHeader.right.text = 'CCIAA Cremona'
    s2 = wb.create_sheet('Sintesi'); st_ = C['summary_table']
    s2['A1'] = st_['title']; s2['A1'].font = Font(bold=True, size=12)
    for k, rowv in enumerate([st_['header']] + st_['rows']):
        for i, v in enumerate(rowv):
            c = s2.cell(3 + k, i + 1, v); c.border = box; c.font = Font(bold=(k == 0 or rowv[0] == 'Totale'))
    s2.column_dimensions['A'].width = 28; s2.column_dimensions['B'].width = 14
    s2.page_setup.orientation = 'landscape'
    path = os.path.join(HERE, name + '.xlsx'); wb.save(path); soffice(path)

# ---------------------------------------------------------------- C: reportlab
def make_c(name):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    F = '/usr/share/fonts/truetype/dejavu/'
    pdfmetrics.registerFont(TTFont('DV', F + 'DejaVuSansCondensed.ttf'))
    pdfmetrics.registerFont(TTFont('DVB', F + 'DejaVuSansCondensed-Bold.ttf'))
    pdfmetrics.registerFont(TTFont('DVI', F + 'DejaVuSansCondensed-Oblique.ttf'))
    from reportlab.lib.fonts import addMapping
    addMapping('DV', 0, 0, 'DV'); addMapping('DV', 1, 0, 'DVB'); addMapping('DV', 0, 1, 'DVI'); addMapping('DV', 1, 1, 'DVB')
    e = lambda s: html.escape(s or '').replace('\n', '<br/>')
    cell = ParagraphStyle('c', fontName='DV', fontSize=7.5, leading=9)
    hdr = ParagraphStyle('h', parent=cell, fontName='DVB', textColor=colors.white)
    band = ParagraphStyle('b', parent=cell, fontName='DVB', fontSize=9, leading=11, textColor=colors.white)
    oband = ParagraphStyle('o', parent=cell, fontName='DVB', fontSize=8.5, leading=10.5, textColor=colors.HexColor('#123B5C'))
    stl = ParagraphStyle('s', parent=cell, fontName='DVB', textColor=colors.HexColor('#1E6B2E'))
    com = ParagraphStyle('m', parent=cell, leftIndent=8)
    body = ParagraphStyle('p', fontName='DV', fontSize=9, leading=12, spaceAfter=5, alignment=4)
    h1 = ParagraphStyle('h1', fontName='DVB', fontSize=14, leading=18, spaceAfter=8, textColor=colors.HexColor('#123B5C'))
    story = []
    cv = C['cover']
    story += [Paragraph('Camera di Commercio di Cremona', ParagraphStyle('t0', fontName='DVB', fontSize=18, leading=22)),
              Spacer(1, 4 * mm),
              Paragraph(cv['title'].title().replace('Sulla', 'sulla') + ' ' + '2020', ParagraphStyle('t1', fontName='DVB', fontSize=15, leading=19, textColor=colors.HexColor('#123B5C'))),
              Paragraph(cv['subtitle'] + ' – Piano ' + cv['period'], ParagraphStyle('t2', fontName='DVI', fontSize=10, leading=13)),
              Paragraph(cv['validation'].capitalize().replace('organismo indipendente di valutazione', 'Organismo Indipendente di Valutazione'), ParagraphStyle('t3', fontName='DV', fontSize=8.5, leading=11)),
              Spacer(1, 8 * mm), Paragraph(C['premessa']['title'], h1)]
    story += [Paragraph(e(p), body) for p in C['premessa']['paragraphs']]
    story += [PageBreak(), Paragraph('Risultati degli indicatori – ' + cv['scope'].lower(), h1)]
    W = [55 * mm, 26 * mm, 27 * mm, 37 * mm, 39 * mm]
    rows = [[Paragraph(h, hdr) for h in C['header']]]
    style = [('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#123B5C')),
             ('VALIGN', (0, 0), (-1, -1), 'TOP'),
             ('LEFTPADDING', (0, 0), (-1, -1), 3), ('RIGHTPADDING', (0, 0), (-1, -1), 3),
             ('TOPPADDING', (0, 0), (-1, -1), 2), ('BOTTOMPADDING', (0, 0), (-1, -1), 2)]
    prev_area = None
    def span(par, bg=None, after=False):
        rows.append([par, '', '', '', '']); i = len(rows) - 1
        style.append(('SPAN', (0, i), (-1, i)))
        if bg: style.append(('BACKGROUND', (0, i), (-1, i), bg))
        return i
    for g in C['groups']:
        if g['area_title'] and g['area_code'] != prev_area:
            span(Paragraph(e('AREA STRATEGICA ' + g['area_code'] + ' – ' + g['area_title']), band), colors.HexColor('#2F6690'))
        prev_area = g['area_code']
        if g['level'] != 'area':
            span(Paragraph(e(LEVEL_LABEL[g['level']] + ' ' + g['code'] + ' – ' + g['title']), oband), colors.HexColor('#D6E4F0'))
        for ind in g['indicators']:
            rows.append([Paragraph(e(v), cell) for v in ind['cells']])
            if ind['status_printed_as'] == 'status_line':
                span(Paragraph(e(ind['status_text']), stl))
            if ind['comment']:
                span(Paragraph(e(ind['comment']), com))
        style.append(('LINEBELOW', (0, len(rows) - 1), (-1, len(rows) - 1), 0.4, colors.HexColor('#B0B0B0')))
    t = Table(rows, colWidths=W, repeatRows=1, style=TableStyle(style))
    story.append(t)
    st_ = C['summary_table']
    story += [Spacer(1, 8 * mm), Paragraph(st_['title'], h1)]
    srows = [[Paragraph(h, hdr) for h in st_['header']]] + [[Paragraph(v, cell) for v in rw] for rw in st_['rows']]
    story.append(Table(srows, colWidths=[60 * mm, 30 * mm, 25 * mm], hAlign='LEFT',
                       style=TableStyle([('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#123B5C')),
                                         ('LINEABOVE', (0, -1), (-1, -1), 0.6, colors.black)])))
    def deco(canv, doc):
        canv.saveState(); canv.setFont('DV', 7)
        canv.drawString(16 * mm, 10 * mm, 'CCIAA Cremona – Relazione sulla Performance 2020')
        canv.drawRightString(194 * mm, 10 * mm, 'pag. %d' % doc.page); canv.restoreState()
    doc = SimpleDocTemplate(os.path.join(HERE, name + '.pdf'), pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm,
                            topMargin=15 * mm, bottomMargin=17 * mm, title='Relazione sulla Performance 2020',
                            author='Camera di Commercio di Cremona')
    doc.build(story, onFirstPage=deco, onLaterPages=deco)

MAKERS = {'cciaa-cremona-2020-relazione-a': make_a, 'cciaa-cremona-2020-relazione-b': make_b,
          'cciaa-cremona-2020-relazione-c': make_c}
if __name__ == '__main__':
    for name in (sys.argv[1:] or MAKERS):
        MAKERS[name](name)
        recs = records()
        n = readback(os.path.join(HERE, name + '.pdf'), recs)
        write_truth(name, recs)
        print(name, 'pages', n, 'records', len(recs), 'record pages', sorted({r['page'] for r in recs}),
              'split', [(r['indicator'][:30], r['page'], r['page_end']) for r in recs if r['page_end'] != r['page']])
