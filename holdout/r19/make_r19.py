"""r19: re-render earlier blind contents in other layouts. Writes NAME.pdf and NAME.truth.json.
Truth records: built from the content file (texts, hierarchy); parsed values (operator/value/unit, met)
come from the source round's truth, checked here against the content's printed text; page/page_end from a
pdfplumber read-back of the rendered PDF."""
import json, re, sys, os, subprocess, hashlib, copy, math
import pdfplumber

B = '/work/blind/'
HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
LO = 'file:///tmp/lo-r19'

def ws(s):
    return re.sub(r'\s+', ' ', s).strip() if s else s

def soffice(path):
    subprocess.run(['soffice', f'-env:UserInstallation={LO}', '--headless', '--convert-to', 'pdf',
                    '--outdir', HERE, path], check=True, capture_output=True)

# ---------------------------------------------------------------- read-back
class Reader:
    """Reads each page's words; finds an indicator name as a whole inside the text of its column
    (words whose x0 lies in the column's x-range, in reading order)."""
    def __init__(self, pdf, col):
        self.col = col            # callable(page_index, pdfplumber page) -> (x0, x1) or None
        self.cols = []
        last = None
        with pdfplumber.open(pdf) as p:
            self.n = len(p.pages)
            for i, pg in enumerate(p.pages):
                rng = col(i, pg) or last
                last = rng
                if rng is None:
                    self.cols.append(''); continue
                sub = pg.within_bbox((max(0, rng[0]), 0, min(pg.width, rng[1]), pg.height))
                self.cols.append(ws(sub.extract_text() or ''))
    def find(self, text, start=1, tail=False):
        w = ws(text).split(' ')
        key = ' '.join(w[-3:]) if tail else ws(text)
        for i in range(start - 1, self.n):
            if key in self.cols[i]:
                return i + 1
        raise AssertionError(f'read-back: {key!r} not found from page {start}')

def place(reader, recs, anchors):
    """Sets page (where the whole indicator name is read in its column) and page_end (where the
    name's last words are read), in document order."""
    cur = 1
    for r, (first, lasts) in zip(recs, anchors):
        p = reader.find(first, cur)
        pe = max([p] + [reader.find(t, p, tail=True) for t in lasts if t])
        r['page'], r['page_end'] = p, pe
        cur = p

FIELDS = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code", "objective_title",
          "indicator_code", "indicator", "type", "formula", "unit", "data_source", "weight", "baseline", "year",
          "target", "target_operator", "target_value", "target_value_max", "target_unit", "actual",
          "actual_operator", "actual_value", "actual_value_max", "actual_unit", "achievement", "notes", "status",
          "status_text", "comment", "met"]

def write_truth(name, doc, recs, about):
    pdf = name + '.pdf'
    with pdfplumber.open(pdf) as p:
        n = len(p.pages)
    out = {"schema": "perfextract/records@1", "_about": about,
           "source": {"path": pdf, "sha256": hashlib.sha256(open(pdf, 'rb').read()).hexdigest(), "pages": n},
           "document": doc, "indicators": [{k: r[k] for k in FIELDS} for r in recs], "warnings": []}
    json.dump(out, open(name + '.truth.json', 'w'), ensure_ascii=False, indent=1)
    print(name, 'pages', n, 'records', len(recs))

def src_records(c):
    return json.load(open(B + c['source']['truth']))['indicators']

def check(rec, **kw):
    for k, v in kw.items():
        assert ws(rec[k]) == ws(v), (k, rec[k], v)

# ================================================================ 1 Ravenna (Word)
def make_ravenna():
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.section import WD_SECTION
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    name = 'comune-ravenna-2023-relazione-ter'
    c = json.load(open(name + '.content.json'))
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    st = d.styles['Normal']; st.font.name = 'Liberation Sans'; st.font.size = Pt(10)
    for hs in ('Heading 1', 'Heading 2', 'Heading 3'):
        d.styles[hs].font.name = 'Liberation Sans'; d.styles[hs].font.color.rgb = RGBColor(0x1F, 0x3A, 0x60)
    d.styles['Heading 1'].font.size = Pt(14); d.styles['Heading 2'].font.size = Pt(12); d.styles['Heading 3'].font.size = Pt(10.5)
    # footer page number
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = fp.add_run('Comune di Ravenna – Relazione sulla performance 2023 – pag. '); run.font.size = Pt(8)
    r2 = fp.add_run(); r2.font.size = Pt(8)
    for t, txt in (('begin', None), (None, 'PAGE'), ('end', None)):
        if t:
            e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), t); r2._r.append(e)
        else:
            e = OxmlElement('w:instrText'); e.set(qn('xml:space'), 'preserve'); e.text = txt; r2._r.append(e)
    # cover
    sizes = [20, 11, 22, 16, 9, 9]
    for i, line in enumerate(c['cover']):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(120 if i == 0 else (60 if i == 2 else 8))
        r = p.add_run(line); r.font.size = Pt(sizes[i]); r.bold = i in (0, 2, 3)
    d.add_page_break()
    def set_cell(cell, text, bold=False, size=9, align=None, shade=None):
        cell.text = ''
        p = cell.paragraphs[0]; r = p.add_run(text); r.font.size = Pt(size); r.bold = bold
        p.paragraph_format.space_after = Pt(0)
        if align: p.alignment = align
        if shade:
            tcPr = cell._tc.get_or_add_tcPr(); shd = OxmlElement('w:shd')
            shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), shade); tcPr.append(shd)
    def row_props(row, header=False):
        trPr = row._tr.get_or_add_trPr()
        e = OxmlElement('w:cantSplit'); trPr.append(e)
        if header:
            e = OxmlElement('w:tblHeader'); trPr.append(e)
    for title, paras in c['intro']:
        d.add_heading(title, level=1)
        for t in paras:
            p = d.add_paragraph(t); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    s = c['staff']
    cap = d.add_paragraph(); r = cap.add_run(s['caption']); r.italic = True; r.font.size = Pt(9)
    t = d.add_table(rows=1, cols=4); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(s['header']):
        set_cell(t.rows[0].cells[j], h, bold=True, shade='D9E2F3', align=WD_ALIGN_PARAGRAPH.CENTER)
    for row in s['rows']:
        cells = t.add_row().cells
        for j, v in enumerate(row):
            set_cell(cells[j], v, bold=row[0] == 'Totale', align=None if j == 0 else WD_ALIGN_PARAGRAPH.RIGHT)
    for row in t.rows:
        for j, w in enumerate([Cm(8), Cm(3), Cm(3), Cm(3)]):
            row.cells[j].width = w
    d.add_page_break()
    d.add_heading(c['section'], level=1)
    p = d.add_paragraph(c['section_intro']); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    widths = [Cm(1.45), Cm(3.55), Cm(5.0), Cm(2.6), Cm(2.6), Cm(1.8)]
    src = src_records(c); k = 0; recs = []; anchors = []
    for a in c['areas']:
        d.add_heading(f"Area strategica {a['code']} – {a['title']}", level=2)
        for s_ in a['strategic']:
            h = d.add_heading(f"Obiettivo strategico {s_['code']} – {s_['title']}", level=3)
            h.paragraph_format.keep_with_next = True
            t = d.add_table(rows=1, cols=6); t.style = 'Table Grid'
            hdr = t.rows[0]; row_props(hdr, header=True)
            for j, hh in enumerate(c['header']):
                set_cell(hdr.cells[j], hh, bold=True, size=8.5, shade='D9E2F3', align=WD_ALIGN_PARAGRAPH.CENTER)
            for o in s_['rows']:
                first = None
                for i, ind in enumerate(o['ind']):
                    row = t.add_row(); row_props(row); cells = row.cells
                    if first is None: first = row
                    set_cell(cells[2], ind['name'], size=8.5)
                    set_cell(cells[3], ind['target'], size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER)
                    set_cell(cells[4], ind['actual'], size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER)
                    set_cell(cells[5], ind['stato'], size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER)
                    last = row
                    r = dict(src[k]); k += 1
                    check(r, indicator=ind['name'], target=ind['target'], actual=ind['actual'], status_text=ind['stato'],
                          objective_code=o['code'], objective_title=o['title'], area_code=a['code'], area_title=a['title'])
                    recs.append(r); anchors.append((ind['name'], [ind['name']]))
                if len(o['ind']) > 1:
                    for j in (0, 1):
                        first.cells[j].merge(last.cells[j])
                set_cell(first.cells[0], o['code'], bold=True, size=8.5)
                set_cell(first.cells[1], o['title'], size=8.5)
                for j in (0, 1):
                    first.cells[j].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
            t.autofit = False
            for j, w in enumerate(widths):
                t.columns[j].width = w
            for row in t.rows:
                for j, w in enumerate(widths):
                    row.cells[j].width = w
            p = d.add_paragraph(s_['after']); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.space_before = Pt(6)
    assert k == len(src)
    d.add_heading(c['closing'][0], level=1)
    for tx in c['closing'][1]:
        p = d.add_paragraph(tx); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    d.save(name + '.docx'); soffice(name + '.docx')
    place(Reader(name + '.pdf', lambda i, w: (196, 342)), recs, anchors)
    write_truth(name, c['document'], recs, 'Generated by make_r19.py from ' + name + '.content.json (content of r14 '
                'comune-ravenna-2023-relazione re-rendered one row per indicator). Records identical to the r14 truth '
                'except page/page_end.')

# ================================================================ reportlab helpers
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                KeepTogether, LongTable, CondPageBreak)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
F = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', F + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', F + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVI', F + 'DejaVuSans-Oblique.ttf'))
pdfmetrics.registerFont(TTFont('DVC', F + 'DejaVuSansCondensed.ttf'))
pdfmetrics.registerFont(TTFont('DVCB', F + 'DejaVuSansCondensed-Bold.ttf'))
addMapping('DV', 0, 0, 'DV'); addMapping('DV', 1, 0, 'DVB'); addMapping('DV', 0, 1, 'DVI'); addMapping('DV', 1, 1, 'DVB')
addMapping('DVC', 0, 0, 'DVC'); addMapping('DVC', 1, 0, 'DVCB'); addMapping('DVC', 0, 1, 'DVC'); addMapping('DVC', 1, 1, 'DVCB')
def esc(s):
    return (s or '').replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
def PS(name, **kw):
    base = dict(fontName='DV', fontSize=9, leading=11.5)
    base.update(kw); return ParagraphStyle(name, **base)

# ================================================================ 2 Ministero del Lavoro (schede)
def make_mlps():
    name = 'ministero-lavoro-2024-piano-ter'
    c = json.load(open(name + '.content.json'))
    BLUE = colors.HexColor('#1F4E79'); KEY = colors.HexColor('#DCE6F1'); KEY2 = colors.HexColor('#EEF3F8')
    body = PS('b', alignment=TA_JUSTIFY, fontSize=10, leading=13.5, spaceAfter=7)
    kst = PS('k', fontName='DVB', fontSize=8.3, leading=10.2, textColor=BLUE)
    vst = PS('v', fontSize=8.5, leading=10.8)
    vbold = PS('vb', fontName='DVB', fontSize=9, leading=11.3)
    cst = PS('c', fontSize=9, leading=11, alignment=TA_CENTER)
    ah = PS('ah', fontName='DVB', fontSize=12, leading=15, textColor=BLUE, spaceBefore=4, spaceAfter=8)
    def deco(cv, doc):
        cv.saveState(); cv.setFont('DV', 7.5); cv.setFillColor(colors.grey)
        cv.drawString(2 * cm, A4[1] - 1.2 * cm, 'Ministero del Lavoro e delle Politiche Sociali – Piano della performance 2024-2026')
        cv.drawRightString(A4[0] - 2 * cm, A4[1] - 1.2 * cm, 'Allegato 2')
        cv.setStrokeColor(colors.grey); cv.line(2 * cm, A4[1] - 1.35 * cm, A4[0] - 2 * cm, A4[1] - 1.35 * cm)
        cv.drawCentredString(A4[0] / 2, 1.1 * cm, f'{doc.page}'); cv.restoreState()
    story = []
    pr = c['premessa']['title']
    story += [Spacer(1, 2.5 * cm), Paragraph(esc(pr[0]), PS('t0', fontName='DVB', fontSize=16, leading=20, alignment=TA_CENTER, textColor=BLUE)),
              Spacer(1, 6), Paragraph(esc(pr[1]), PS('t1', fontSize=10, alignment=TA_CENTER)), Spacer(1, 1.5 * cm),
              Paragraph(esc(pr[2]), PS('t2', fontName='DVB', fontSize=15, leading=19, alignment=TA_CENTER)), Spacer(1, 6),
              Paragraph(esc(pr[3]), PS('t3', fontSize=11, leading=14, alignment=TA_CENTER)), Spacer(1, 1.5 * cm),
              Paragraph('Premessa', ah)]
    story += [Paragraph(esc(t), body) for t in c['premessa']['paras']]
    story.append(PageBreak())
    src = src_records(c); k = 0; recs = []; anchors = []
    W = A4[0] - 4 * cm; kw = 4.0 * cm; tw = (W - kw) / 3
    keys = c['box_keys']
    for a in c['areas']:
        first_in_area = True
        for o in a['os']:
            for ind in o['ind']:
                vals = [f"{a['code']} – {a['title']}", f"{o['code']} – {o['title']}", o['descr'], ind['indicator'],
                        ind['type'], ind['unit'], ind['formula'], ind['data_source'], ind['baseline']]
                data = [[Paragraph('SCHEDA INDICATORE', PS('h', fontName='DVB', fontSize=9, textColor=colors.white)), '', '', '']]
                for kk, v in zip(keys, vals):
                    data.append([Paragraph(esc(kk), kst), Paragraph(esc(v), vbold if kk == 'Indicatore' else vst), '', ''])
                yrs = ['2024', '2025', '2026']
                data.append([Paragraph('Target', kst)] + [Paragraph(f'Target {y}', PS('ty', fontName='DVB', fontSize=8.3, alignment=TA_CENTER, textColor=BLUE)) for y in yrs])
                data.append(['', *[Paragraph(esc(ind['targets'][y]), cst) for y in yrs]])
                n = len(data)
                sty = [('BOX', (0, 0), (-1, -1), 1.1, BLUE), ('INNERGRID', (0, 1), (-1, -1), 0.4, colors.HexColor('#8EA9C8')),
                       ('BACKGROUND', (0, 0), (-1, 0), BLUE), ('SPAN', (0, 0), (-1, 0)),
                       ('BACKGROUND', (0, 1), (0, -1), KEY), ('BACKGROUND', (1, n - 2), (-1, n - 2), KEY2),
                       ('SPAN', (0, n - 2), (0, n - 1)), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                       ('TOPPADDING', (0, 0), (-1, -1), 2), ('BOTTOMPADDING', (0, 0), (-1, -1), 2.5)]
                for i in range(1, n - 2):
                    sty.append(('SPAN', (1, i), (-1, i)))
                t = Table(data, colWidths=[kw, tw, tw, tw]); t.setStyle(TableStyle(sty))
                blk = []
                if first_in_area:
                    blk.append(Paragraph(esc(f"Area strategica {a['code']} – {a['title']}"), ah)); first_in_area = False
                blk += [t, Spacer(1, 12)]
                story.append(KeepTogether(blk))
                ind_recs = []
                for y in yrs:
                    r = dict(src[k]); k += 1
                    check(r, indicator=ind['indicator'], baseline=ind['baseline'], formula=ind['formula'],
                          data_source=ind['data_source'], objective_code=o['code'], objective_title=o['title'],
                          area_code=a['code'], area_title=a['title'])
                    assert r['year'] == int(y) and ws(r['target'] or '') == ws(ind['targets'][y]), (r['target'], ind['targets'][y])
                    recs.append(r); anchors.append((ind['indicator'], [ind['indicator']]))
    assert k == len(src)
    rs = c['resources']
    story += [CondPageBreak(9 * cm), Paragraph(esc(rs['title']), ah)]
    hs = PS('rh', fontName='DVB', fontSize=7.8, leading=9.5, alignment=TA_CENTER, textColor=colors.white)
    cs = PS('rc', fontSize=7.8, leading=9.5); cr = PS('rr', fontSize=7.3, leading=9.5, alignment=TA_RIGHT)
    data = [[Paragraph(esc(h), hs) for h in rs['header']]]
    for row in rs['rows']:
        data.append([Paragraph(esc(v), cr if j >= 3 else cs) for j, v in enumerate(row)])
    t = Table(data, colWidths=[2.0 * cm, 2.95 * cm, 3.75 * cm, 2.75 * cm, 2.75 * cm, 2.75 * cm], repeatRows=1)
    t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#8EA9C8')), ('BACKGROUND', (0, 0), (-1, 0), BLUE),
                           ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
    story.append(t)
    doc = SimpleDocTemplate(name + '.pdf', pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm,
                            bottomMargin=1.5 * cm, title='Piano della performance 2024-2026 – Allegato 2',
                            author='Ministero del Lavoro e delle Politiche Sociali')
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    place(Reader(name + '.pdf', lambda i, w: (2 * cm + 4.0 * cm + 2, 10000)), recs, anchors)
    write_truth(name, c['document'], recs, 'Generated by make_r19.py from ' + name + '.content.json (content of r15 '
                'ministero-lavoro-2024-piano re-rendered as schede indicatore). Records identical to the r15 truth except '
                'page/page_end; the objective description (key "Descrizione obiettivo") is not an indicator field (extra, unscored).')

# ================================================================ 3 Università di Cagliari (Calc)
def unica_col(i, pg):
    """Indicatore column = between the 2nd and 3rd vertical rulings of the indicator grid (pages 2+)."""
    if i == 0:
        return None
    xs = sorted({round(e['x0']) for e in pg.edges if e['orientation'] == 'v' and e['height'] > 8})
    cols = []
    for x in xs:
        if not cols or x - cols[-1] > 3: cols.append(x)
    if len(cols) < 7:
        return None
    return (cols[1] - 2.5, cols[2] + 1.5)

def make_unica():
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    from openpyxl.worksheet.properties import PageSetupProperties
    name = 'universita-cagliari-2023-relazione-ter'
    c = json.load(open(name + '.content.json'))
    wb = Workbook(); sh = wb.active; sh.title = 'Relazione 2023'
    widths = {'A': 34, 'B': 44, 'C': 13, 'D': 15, 'E': 20, 'F': 50}
    for col, w in widths.items(): sh.column_dimensions[col].width = w
    thin = Side(style='thin', color='000000'); grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical='top'); wrapc = Alignment(wrap_text=True, vertical='top', horizontal='center')
    def lines(text, width, size=10):
        if not text: return 1
        cpl = max(1, int(width * 1.15 * 10 / size))
        n = 0
        for part in text.split('\n'):
            words = part.split(' '); cur = 0; n += 1
            for wd in words:
                if cur and cur + 1 + len(wd) > cpl: n += 1; cur = len(wd)
                else: cur += (1 if cur else 0) + len(wd)
        return n
    r = 1
    def merged_text(text, size=10, bold=False, height=None, align='left', fill=None, italic=False):
        nonlocal r
        sh.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        cl = sh.cell(r, 1, text); cl.font = Font(name='Liberation Sans', size=size, bold=bold, italic=italic)
        cl.alignment = Alignment(wrap_text=True, vertical='top', horizontal=align)
        if fill: cl.fill = PatternFill('solid', fgColor=fill)
        sh.row_dimensions[r].height = height or (lines(text, sum(widths.values()), size) * size * 1.32 + 4)
        r += 1
    cov = c['cover']
    merged_text(cov[0], 16, True, align='center'); merged_text(cov[1], 11, align='center')
    merged_text('', 10, height=18)
    merged_text(cov[2], 18, True, align='center'); merged_text(cov[3], 14, True, align='center')
    merged_text(cov[4], 9, italic=True, align='center'); merged_text('', 10, height=14)
    merged_text('Presentazione', 12, True)
    for t in c['presentazione']: merged_text(t, 10)
    merged_text('', 10, height=10)
    merged_text('Tabella 1 – Sintesi degli esiti degli indicatori 2023', 10, True)
    for i, row in enumerate([c['sintesi']['header']] + c['sintesi']['rows']):
        for j, v in enumerate(row):
            cl = sh.cell(r, 2 + j, v); cl.border = grid
            cl.font = Font(name='Liberation Sans', size=10, bold=(i == 0 or row[0] == 'Totale'))
            cl.alignment = Alignment(horizontal='left' if j == 0 else 'center')
            if i == 0: cl.fill = PatternFill('solid', fgColor='D9D9D9')
        r += 1
    sh.row_breaks.append(__import__('openpyxl').worksheet.pagebreak.Break(id=r - 1))
    src = src_records(c); k = 0; recs = []; anchors = []
    for ai, a in enumerate(c['ambiti']):
        if ai in (1, 3):
            sh.row_breaks.append(__import__('openpyxl').worksheet.pagebreak.Break(id=r - 1))
        merged_text(f"Ambito strategico {a['code']} – {a['title']}", 12, True, fill='BDD7EE', height=20)
        merged_text(a['intro'], 10)
        for j, h in enumerate(c['header']):
            cl = sh.cell(r, 1 + j, h); cl.border = grid; cl.font = Font(name='Liberation Sans', size=10, bold=True)
            cl.fill = PatternFill('solid', fgColor='D9D9D9'); cl.alignment = wrapc
        sh.row_dimensions[r].height = 16; r += 1
        for o in a['obj']:
            r0 = r; otxt = f"{o['code']} – {o['title']}"
            for ind in o['ind']:
                vals = [otxt if r == r0 else None, ind['indicator'], ind['target'], ind['actual'], ind['stato'], ind['commento']]
                for j, v in enumerate(vals):
                    cl = sh.cell(r, 1 + j, v); cl.border = grid; cl.font = Font(name='Liberation Sans', size=10)
                    cl.alignment = wrapc if j in (2, 3, 4) else wrap
                nl = max(lines(ind['indicator'], widths['B']), lines(ind['commento'], widths['F']),
                         lines(ind['stato'], widths['E']), lines(ind['actual'], widths['D']), lines(ind['target'], widths['C']))
                sh.row_dimensions[r].height = nl * 13.2 + 4
                r2 = dict(src[k]); k += 1
                check(r2, indicator=ind['indicator'], target=ind['target'], actual=ind['actual'],
                      objective_code=o['code'], objective_title=o['title'], area_code=a['code'], area_title=a['title'])
                # layout change: Stato now printed as words; Commento column -> notes (CONVENTIONS)
                r2['status'] = {'Raggiunto': 'achieved', 'Parzialmente raggiunto': 'partially_achieved',
                                'Non raggiunto': 'not_achieved'}[ind['stato']]
                r2['status_text'] = ind['stato']
                r2['notes'] = ws(ind['commento']) if ind['commento'] else None
                recs.append(r2); anchors.append((ind['indicator'], [ind['indicator']]))
                r += 1
            # objective cell merged down; make sure its text fits
            need = lines(otxt, widths['A']) * 13.2 + 4
            have = sum(sh.row_dimensions[x].height for x in range(r0, r))
            if need > have: sh.row_dimensions[r - 1].height += need - have
            if r - r0 > 1: sh.merge_cells(start_row=r0, start_column=1, end_row=r - 1, end_column=1)
            sh.cell(r0, 1).alignment = wrap
        merged_text('', 10, height=10)
    assert k == len(src)
    merged_text('Considerazioni conclusive', 12, True)
    for t in c['closing']: merged_text(t, 10)
    sh.page_setup.orientation = 'landscape'; sh.page_setup.paperSize = sh.PAPERSIZE_A4
    sh.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sh.page_setup.fitToWidth = 1; sh.page_setup.fitToHeight = 0
    sh.page_margins.left = sh.page_margins.right = 0.5; sh.page_margins.top = 0.6; sh.page_margins.bottom = 0.6
    sh.oddFooter.center.text = 'Università degli Studi di Cagliari – Relazione sulla performance 2023 – pag. &P'
    sh.oddFooter.center.size = 8
    wb.save(name + '.xlsx'); soffice(name + '.xlsx')
    place(Reader(name + '.pdf', unica_col), recs, anchors)
    write_truth(name, c['document'], recs, 'Generated by make_r19.py from ' + name + '.content.json (content of r15 '
                'universita-cagliari-2023-relazione re-rendered in Calc). Same records as the r15 truth except '
                'page/page_end, status/status_text (the Stato column now prints Raggiunto / Parzialmente raggiunto / '
                'Non raggiunto instead of drawn circles) and notes (the Commento column, per CONVENTIONS "A Note, Nota '
                'or Commento column is notes"; the r15 truth had put it in extra).')

# ================================================================ 4 Fossano (borderless zebra)
def make_fossano():
    name = 'piano-indicatori-bilancio-comune-fossano-2024-2026-ter'
    c = json.load(open(name + '.content.json'))
    PG = landscape(A4)
    body = PS('b', alignment=TA_JUSTIFY, fontSize=10, leading=13.5, spaceAfter=7)
    cell = PS('c', fontSize=7.6, leading=9.2); cellr = PS('cr', fontSize=7.8, leading=9.4, alignment=TA_RIGHT)
    hst = PS('h', fontName='DVB', fontSize=7.8, leading=9.4); hstc = PS('hc', fontName='DVB', fontSize=7.8, leading=9.4, alignment=TA_CENTER)
    grp = PS('g', fontName='DVB', fontSize=8.4, leading=10.5)
    ttl = PS('tt', fontName='DVB', fontSize=11, leading=14, spaceAfter=8, textColor=colors.HexColor('#333333'))
    foot = PS('f', fontSize=6.8, leading=8.4, textColor=colors.HexColor('#333333'))
    ZEBRA = colors.HexColor('#EDEDED')
    def deco(cv, doc):
        cv.saveState(); cv.setFont('DV', 7.5); cv.setFillColor(colors.HexColor('#555555'))
        cv.drawString(1.5 * cm, PG[1] - 1.0 * cm, c['running_header'])
        cv.drawRightString(PG[0] - 1.5 * cm, PG[1] - 1.0 * cm, 'Stampato il 18/12/2023')
        cv.drawRightString(PG[0] - 1.5 * cm, 0.8 * cm, f'Pagina {doc.page}'); cv.restoreState()
    story = []
    src = src_records(c); k = 0; recs = []; anchors = []
    W = PG[0] - 3 * cm
    for b in c['blocks']:
        if b['type'] == 'cover':
            story.append(Spacer(1, 1.2 * cm))
            for ln in b['lines']:
                story += [Paragraph(esc(ln['text']), PS('cv' + str(ln['size']), fontName='DVB' if ln.get('bold') else 'DV',
                          fontSize=ln['size'], leading=ln['size'] * 1.3, alignment=TA_CENTER)), Spacer(1, 8)]
            story.append(Spacer(1, 1 * cm))
        elif b['type'] == 'heading':
            story.append(Paragraph(esc(b['text']), ttl))
        elif b['type'] == 'paragraph':
            story.append(Paragraph(esc(b['text']), body))
        elif b['type'] == 'sheet':
            if story: story.append(PageBreak())
        elif b['type'] == 'table' and b['role'] == 'indicators':
            story.append(Paragraph(esc(b['title']), ttl))
            cols = b['columns']
            cw = [1.25 * cm, 6.4 * cm, 0, 2.0 * cm, 2.0 * cm, 2.0 * cm]; cw[2] = W - sum(cw)
            data = [[Paragraph('', hst), Paragraph(esc(cols[1]['header']), hst), Paragraph(esc(cols[2]['header']), hst),
                     Paragraph(esc(b['group_header']), hstc), '', ''],
                    ['', '', '', *[Paragraph(esc(cc['header']), hstc) for cc in cols[3:]]]]
            sty = [('SPAN', (3, 0), (5, 0)), ('SPAN', (0, 0), (0, 1)), ('SPAN', (1, 0), (1, 1)), ('SPAN', (2, 0), (2, 1)),
                   ('LINEBELOW', (0, 1), (-1, 1), 0.8, colors.black), ('LINEABOVE', (0, 0), (-1, 0), 0.8, colors.black),
                   ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('VALIGN', (0, 0), (-1, 1), 'BOTTOM'),
                   ('TOPPADDING', (0, 0), (-1, -1), 2.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 2.5)]
            z = 0; grp_obj = None
            for row in b['rows']:
                i = len(data)
                if 'hier' in row:
                    h = row['hier']; grp_obj = h
                    data.append([Paragraph(esc(f"{h['code']} {h['title']}"), grp), '', '', '', '', ''])
                    sty += [('SPAN', (0, i), (-1, i)), ('TOPPADDING', (0, i), (-1, i), 6), ('NOSPLIT', (0, i), (-1, i + 1))]
                    z = 0
                    continue
                cl = row['cells']
                data.append([Paragraph(esc(cl[0]), cell), Paragraph(esc(cl[1]), cell), Paragraph(esc(cl[2]), cell),
                             *[Paragraph(esc(v), cellr) for v in cl[3:]]])
                if z % 2 == 0: sty.append(('BACKGROUND', (0, i), (-1, i), ZEBRA))
                z += 1
                for yi, y in enumerate(('2024', '2025', '2026')):
                    r = dict(src[k]); k += 1
                    check(r, indicator_code=cl[0], indicator=cl[1], formula=cl[2], objective_code=grp_obj['code'],
                          objective_title=grp_obj['title'])
                    assert r['year'] == int(y) and (r['target'] or '') == cl[3 + yi]
                    recs.append(r); anchors.append((cl[1], [cl[1]]))
            t = LongTable(data, colWidths=cw, repeatRows=2); t.setStyle(TableStyle(sty))
            story.append(t)
            story.append(Spacer(1, 8))
            story += [Paragraph(esc(fn), foot) for fn in b['footnotes']]
        elif b['type'] == 'table':
            story.append(Paragraph(esc(b['title']), ttl))
            cols = b['columns']
            data = [[Paragraph(esc(cc['header']), hst if j < 2 else hstc) for j, cc in enumerate(cols)]]
            sty = [('LINEBELOW', (0, 0), (-1, 0), 0.8, colors.black), ('LINEABOVE', (0, 0), (-1, 0), 0.8, colors.black),
                   ('VALIGN', (0, 0), (-1, -1), 'TOP')]
            for zi, row in enumerate(b['rows']):
                i = len(data)
                tit = row[0].startswith('Titolo')
                data.append([Paragraph(esc(v), (grp if tit else (cell if j < 2 else cellr))) for j, v in enumerate(row)])
                if not tit and zi % 2 == 0: sty.append(('BACKGROUND', (0, i), (-1, i), ZEBRA))
            tot = sum(cc['width'] for cc in cols)
            t = LongTable(data, colWidths=[W * cc['width'] / tot for cc in cols], repeatRows=1); t.setStyle(TableStyle(sty))
            story.append(t)
            for fn in b.get('footnotes', []) or []:
                story.append(Paragraph(esc(fn), foot))
        else:
            raise ValueError(b['type'])
    assert k == len(src)
    doc = SimpleDocTemplate(name + '.pdf', pagesize=PG, leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.5 * cm,
                            bottomMargin=1.3 * cm, title='Piano degli indicatori e dei risultati attesi di bilancio 2024-2026')
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    place(Reader(name + '.pdf', lambda i, pg: (1.5 * cm + 1.25 * cm + 1, 1.5 * cm + 7.65 * cm - 1)), recs, anchors)
    write_truth(name, c['document'], recs, 'Generated by make_r19.py from ' + name + '.content.json (content of r13 '
                'piano-indicatori-bilancio-comune-fossano-2024-2026 re-rendered borderless with zebra rows). Records '
                'identical to the r13 truth except page/page_end.')

if __name__ == '__main__':
    which = sys.argv[1:] or ['ravenna', 'mlps', 'unica', 'fossano']
    for w in which:
        globals()['make_' + w]()
