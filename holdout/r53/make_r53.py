#!/usr/bin/env python3
"""r53: years printed in ROWS. Renders NAME.pdf from NAME.content.json and writes NAME.truth.json
FROM THE CONTENT (never from an extractor); page/page_end read back from the PDF with pdfplumber."""
import json, os, re, sys, hashlib, subprocess
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
LO = ['soffice', '-env:UserInstallation=file:///tmp/lo-r53', '--headless', '--convert-to', 'pdf', '--outdir', HERE]

def norm(s):
    return re.sub(r'\s+', ' ', s or '').strip()

def txt(s):
    s = norm(s)
    return s or None

# ------------------------------------------------------------------ value parsing (RECORDS.md rules)
NUM = r'-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?'

def num(s):
    s = s.replace('.', '').replace(',', '.')
    return float(s)

def parse(v):
    """-> (operator, value, value_max, unit); all None where the cell is no quantity."""
    nil = (None, None, None, None)
    if v is None or not norm(v):
        return nil
    s = norm(v)
    if re.search(r'\d{1,2}/\d{1,2}/\d{4}', s):
        return nil                                   # a date
    op = None
    for pat, o in ((r'^(≥|>=)\s*', '>='), (r'^(≤|<=)\s*', '<='), (r'^>\s*', '>'), (r'^<\s*', '<')):
        m = re.match(pat, s)
        if m:
            op, s = o, s[m.end():]
            break
    unit = None
    m = re.match(r'^(n\.|N°)\s*', s)
    if m:
        s = s[m.end():]
    m = re.match(r'^€\s*', s)
    if m:
        unit, s = 'EUR', s[m.end():]
    m = re.match(r'^(%s)(?:\s*-\s*(%s))?\s*(.*)$' % (NUM, NUM), s)
    if not m:
        return nil
    lo, hi, rest = m.group(1), m.group(2), m.group(3).strip()
    sfx = {'%': '%', '‰': '‰', 'gg': 'days', 'giorni': 'days', 'ore': 'hours', 'mesi': 'months', '€': 'EUR', 'minuti': None}
    if rest:
        if rest in sfx:
            unit = sfx[rest] if unit is None else unit
        else:
            raise ValueError('unexpected value form: %r' % v)
    if hi is not None:
        return ('range', num(lo), num(hi), unit)
    return (op or '=', num(lo), None, unit)

def met(t, a, direction):
    to, tv, tmax, tu = t
    ao, av, amax, au = a
    if tv is None or av is None:
        return None
    if tu and au and tu != au:
        return None
    if to == '>=': return av >= tv
    if to == '<=': return av <= tv
    if to == '>': return av > tv
    if to == '<': return av < tv
    if to == 'range': return tv <= av <= tmax
    if av == tv: return True
    if direction == 'higher': return av > tv
    if direction == 'lower': return av < tv
    return None

STATUS = {'Raggiunto': 'achieved', 'Parzialmente raggiunto': 'partially_achieved', 'Non raggiunto': 'not_achieved',
          'Sospeso': 'suspended', 'Obiettivo sospeso': 'suspended'}

def record(h, ind, y, **kw):
    t = parse(y['target']); a = parse(y.get('actual'))
    r = {'page': None, 'page_end': None,
         'area_code': h['area_code'], 'area_title': h['area_title'], 'objective_level': h['level'],
         'objective_code': h['code'], 'objective_title': h['title'],
         'indicator_code': txt(ind.get('code')), 'indicator': norm(ind['name']),
         'type': None, 'formula': txt(ind.get('formula')), 'unit': txt(ind.get('unit')),
         'data_source': txt(ind.get('source')), 'weight': None, 'baseline': txt(ind.get('baseline')),
         'year': y['year'], 'target': txt(y['target']),
         'target_operator': t[0], 'target_value': t[1], 'target_value_max': t[2], 'target_unit': t[3],
         'actual': txt(y.get('actual')),
         'actual_operator': a[0], 'actual_value': a[1], 'actual_value_max': a[2], 'actual_unit': a[3],
         'achievement': None, 'notes': None, 'status': None, 'status_text': None, 'comment': None,
         'met': met(t, a, ind.get('dir'))}
    if y.get('esito'):
        r['status'] = STATUS[y['esito']]; r['status_text'] = y['esito']
    elif y.get('actual') in STATUS:
        r['status'] = STATUS[y['actual']]; r['status_text'] = y['actual']
    r.update(kw)
    return r

# ------------------------------------------------------------------ read-back
def readback(pdf, groups):
    """groups: list of (records_of_one_indicator, first_text, last_texts). Sets page/page_end."""
    with pdfplumber.open(pdf) as p:
        pages = [norm(pg.extract_text() or '') for pg in p.pages]
    full, starts = '', []
    for t in pages:
        starts.append(len(full)); full += t + ' \f '
    def page_of(pos):
        return max(i for i, s in enumerate(starts) if s <= pos) + 1
    pos, cur = [], 0
    for recs, first, lasts in groups:
        # first = 'CODE name words': the code cell, then the name's first words near it
        code, name3 = first.split(' ', 1)
        m = re.compile(r'(?<![\w.-])' + re.escape(code) + r'(?![\w-])').search(full, cur)
        assert m, ('code not found', pdf, first)
        i = m.start()
        for k in (3, 2, 1):
            n = full.find(words(name3, k), max(cur, i - 400), i + 600)
            if n >= 0: break
        assert n >= 0, ('name not found near code', pdf, first)
        pos.append(min(i, n)); cur = i + 1
    for g, (recs, first, lasts) in enumerate(groups):
        i = pos[g]
        limit = min(pos[g + 1] if g + 1 < len(pos) else len(full), i + 600)
        end = i
        for k, last in enumerate(lasts):
            # lasts[0]: the last sub-row (year + target), searched forward from the indicator's code;
            # others: tail words of wrapped cells, which may be printed on lines above the code line:
            # their last occurrence before the next indicator's code
            pat = re.compile(r'(?<![\w-])' + re.escape(norm(last)) + r'(?![\w-])')
            if k == 0:
                m = pat.search(full, i)
                assert m and m.start() < limit + 60, ('last sub-row not found', pdf, first, last)
                m0 = m
            else:
                ms = list(pat.finditer(full, max(0, i - 400), min(limit, m0.end() + 250)))
                assert ms, ('tail not found', pdf, first, last)
                m = ms[-1]
            end = max(end, m.end() - 1)
        for r in recs:
            r['page'], r['page_end'] = page_of(i), page_of(end)
    return len(pages)

def write_truth(c, pdf, recs, npages, about):
    out = {'schema': 'perfextract/records@1', '_about': about,
           'source': {'path': os.path.basename(pdf), 'sha256': hashlib.sha256(open(pdf, 'rb').read()).hexdigest(),
                      'pages': npages},
           'document': c['document'], 'indicators': recs, 'warnings': []}
    json.dump(out, open(os.path.join(HERE, c['name'] + '.truth.json'), 'w'), ensure_ascii=False, indent=1)
    print(c['name'], len(recs), 'records', npages, 'pages',
          sorted(set((r['indicator_code'], r['page'], r['page_end']) for r in recs if r['page'] != r['page_end'])))

def words(s, n, tail=False):
    w = norm(s).split()
    return ' '.join(w[-n:] if tail else w[:n])

def load(name):
    return json.load(open(os.path.join(HERE, name + '.content.json')))

# ------------------------------------------------------------------ A: Comune di Forlì – Calc
def make_forli():
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    from openpyxl.worksheet.properties import PageSetupProperties
    c = load('comune-forli-2025-piano')
    wb = Workbook()
    thin = Side(style='thin', color='808080')
    B = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical='top')
    center = Alignment(wrap_text=True, vertical='center', horizontal='center')
    def setup(ws, landscape=True, title_rows=None):
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = 'landscape' if landscape else 'portrait'
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
        ws.page_margins.left = ws.page_margins.right = 0.5; ws.page_margins.top = 0.7; ws.page_margins.bottom = 0.7
        ws.oddHeader.left.text = 'Comune di Forlì – Piano della performance 2025-2027'
        ws.oddHeader.left.size = 8
        ws.oddFooter.right.text = 'Pag. &P di &N'; ws.oddFooter.right.size = 8
        if title_rows:
            ws.print_title_rows = title_rows
    # --- cover + intro
    ws = wb.active; ws.title = 'Copertina'
    setup(ws, landscape=False)
    ws.column_dimensions['A'].width = 72
    r = 6
    for i, line in enumerate(c['cover']):
        cell = ws.cell(r, 1, line)
        cell.font = Font(name='Liberation Sans', size=[20, 18, 13, 10][i], bold=i < 2)
        cell.alignment = Alignment(horizontal='center', wrap_text=True)
        ws.row_dimensions[r].height = [30, 28, 22, 18][i]
        r += 2 if i < 2 else 1
    r += 3
    cell = ws.cell(r, 1, 'Premessa'); cell.font = Font(name='Liberation Sans', size=12, bold=True); r += 1
    for p in c['intro']:
        cell = ws.cell(r, 1, p); cell.font = Font(name='Liberation Sans', size=10)
        cell.alignment = Alignment(wrap_text=True, vertical='top', horizontal='justify')
        ws.row_dimensions[r].height = 44
        r += 1
    # --- indicators
    ws = wb.create_sheet('Obiettivi')
    setup(ws, title_rows='3:3')
    for col, w in zip('ABCDEFG', (8, 44, 44, 11, 15, 7, 19)):
        ws.column_dimensions[col].width = w
    f9 = Font(name='Liberation Sans', size=9); f9b = Font(name='Liberation Sans', size=9, bold=True)
    ws.merge_cells('A1:G1'); ws['A1'] = c['table_title']; ws['A1'].font = Font(name='Liberation Sans', size=12, bold=True)
    ws.row_dimensions[1].height = 22
    for j, h in enumerate(c['header']):
        cell = ws.cell(3, j + 1, h); cell.font = Font(name='Liberation Sans', size=9, bold=True, color='FFFFFF')
        cell.fill = PatternFill('solid', fgColor='1F4E79'); cell.alignment = center; cell.border = B
    ws.row_dimensions[3].height = 28
    r = 4
    recs, groups = [], []
    for so in c['strategic']:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        cell = ws.cell(r, 1, f"OBIETTIVO STRATEGICO {so['code']} – {so['title'].upper()}")
        cell.font = Font(name='Liberation Sans', size=10, bold=True, color='FFFFFF')
        cell.fill = PatternFill('solid', fgColor='2E75B6'); cell.alignment = Alignment(vertical='center')
        for j in range(1, 8): ws.cell(r, j).border = B
        ws.row_dimensions[r].height = 20; r += 1
        for oo in so['operational']:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            cell = ws.cell(r, 1, f"Obiettivo operativo {oo['code']} – {oo['title']}")
            cell.font = f9b; cell.fill = PatternFill('solid', fgColor='DDEBF7'); cell.alignment = Alignment(vertical='center')
            for j in range(1, 8): ws.cell(r, j).border = B
            ws.row_dimensions[r].height = 18; r += 1
            h = {'area_code': oo['code'].split('.')[0], 'area_title': None, 'level': 'operational',
                 'code': oo['code'], 'title': oo['title']}
            for ind in oo['indicators']:
                n = len(ind['years'])
                vals = [ind['code'], ind['name'], ind['formula'], ind['unit'], ind['baseline']]
                for j, v in enumerate(vals):
                    cell = ws.cell(r, j + 1, v); cell.font = f9
                    cell.alignment = center if j in (0, 3, 4) else Alignment(wrap_text=True, vertical='center')
                    ws.merge_cells(start_row=r, start_column=j + 1, end_row=r + n - 1, end_column=j + 1)
                grp = []
                for k, y in enumerate(ind['years']):
                    ws.cell(r + k, 6, y['year']).font = f9; ws.cell(r + k, 6).alignment = center
                    ws.cell(r + k, 7, y['target'] or None).font = f9; ws.cell(r + k, 7).alignment = center
                    for j in range(1, 8): ws.cell(r + k, j).border = B
                    ws.row_dimensions[r + k].height = 17
                    grp.append(record(h, ind, y))
                recs += grp
                last = ind['years'][-1]
                lasts = [f"{last['year']} {words(last['target'], 1)}".strip(), words(ind['name'], 1, True),
                         words(ind['formula'], 1, True)]
                groups.append((grp, ind['code'] + ' ' + words(ind['name'], 3), lasts))
                r += n
    r += 1
    ws.cell(r, 1, "Nota: le celle vuote indicano annualità per le quali il target sarà definito in sede di aggiornamento del Piano.").font = Font(name='Liberation Sans', size=8, italic=True)
    # --- budget
    ws = wb.create_sheet('Risorse')
    setup(ws, title_rows=None)
    b = c['budget']
    for col, w in zip('ABCDE', (10, 60, 20, 20, 20)):
        ws.column_dimensions[col].width = w
    ws['A1'] = b['title']; ws['A1'].font = Font(name='Liberation Sans', size=11, bold=True)
    for j, hh in enumerate(b['header']):
        cell = ws.cell(3, j + 1, hh); cell.font = f9b; cell.border = B; cell.fill = PatternFill('solid', fgColor='DDEBF7')
    for i, row in enumerate(b['rows']):
        for j, v in enumerate(row):
            cell = ws.cell(4 + i, j + 1, v); cell.font = f9b if row[1] == 'Totale' else f9; cell.border = B
            if j >= 2: cell.alignment = Alignment(horizontal='right')
    xlsx = os.path.join(HERE, c['name'] + '.xlsx'); wb.save(xlsx)
    subprocess.run(LO + [xlsx], check=True, capture_output=True)
    pdf = os.path.join(HERE, c['name'] + '.pdf')
    npages = readback(pdf, groups)
    write_truth(c, pdf, recs, npages,
        'Written by make_r53.py from comune-forli-2025-piano.content.json (never from an extractor). Calc export of an XLSX: '
        'one ruled table, Cod./Indicatore/Formula/Unità di misura/Baseline 2024 merged down over the year sub-rows '
        '(Anno | Target). One record per year sub-row, year from the Anno cell; an empty target cell gives a record with '
        'null target. Objectives as merged band rows (OBIETTIVO STRATEGICO n – …, Obiettivo operativo n.n – …); no area '
        'heading, so area_code is the objective code\'s first segment and area_title null. A plan: no actuals, met null. '
        'page/page_end are those of the indicator (its first line to its last sub-row), the same for each year record. '
        'Risorse sheet is a budget table (no records).')

# ------------------------------------------------------------------ B: Parco Gran Sasso – Word
def make_gransasso():
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    c = load('parco-gran-sasso-2024-relazione')
    d = Document()
    sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(1.7); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    stl = d.styles['Normal']; stl.font.name = 'Liberation Serif'; stl.font.size = Pt(11)
    for hn in ('Heading 1', 'Heading 2', 'Heading 3'):
        d.styles[hn].font.name = 'Liberation Sans'; d.styles[hn].font.color.rgb = RGBColor(0x2F, 0x54, 0x2F)
    def shade(cell, hexc):
        tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement('w:shd')
        s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), hexc); tcPr.append(s)
    def repeat_header(row):
        trPr = row._tr.get_or_add_trPr(); e = OxmlElement('w:tblHeader'); e.set(qn('w:val'), 'true'); trPr.append(e)
    def cant_split(row):
        trPr = row._tr.get_or_add_trPr(); e = OxmlElement('w:cantSplit'); e.set(qn('w:val'), 'true'); trPr.append(e)
    def put(cell, text, size=8.5, bold=False, align=None):
        cell.text = ''
        p = cell.paragraphs[0]; run = p.add_run(text or ''); run.font.size = Pt(size); run.bold = bold
        run.font.name = 'Liberation Sans'
        p.paragraph_format.space_after = Pt(0)
        if align: p.alignment = align
    hp = sec.header.paragraphs[0]; hp.text = 'Ente Parco Nazionale del Gran Sasso e Monti della Laga – Relazione sulla performance 2024'
    hp.runs[0].font.size = Pt(8); hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    f1 = OxmlElement('w:fldSimple'); f1.set(qn('w:instr'), 'PAGE'); rr = OxmlElement('w:r'); tt = OxmlElement('w:t'); tt.text = '1'; rr.append(tt); f1.append(rr); fp._p.append(f1)
    # cover
    for i, line in enumerate(c['cover']):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if i == 0: p.paragraph_format.space_before = Pt(150)
        if i == 1: p.paragraph_format.space_before = Pt(60)
        run = p.add_run(line); run.bold = i < 3; run.font.size = Pt([18, 24, 18, 10, 10][i]); run.font.name = 'Liberation Sans'
    d.add_page_break()
    d.add_heading('1. Presentazione', level=1)
    for t in c['intro']:
        p = d.add_paragraph(t); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    d.add_heading("2. L'amministrazione in cifre", level=1)
    d.add_paragraph("Al 31 dicembre 2024 l'Ente dispone di 37 unità di personale in servizio, a fronte di una dotazione organica di 47 unità. La sorveglianza del territorio è affidata al Reparto Carabinieri Parco.").alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    def simple_table(t):
        p = d.add_paragraph(); run = p.add_run(t['title']); run.bold = True; run.font.size = Pt(9)
        tb = d.add_table(rows=1, cols=len(t['header'])); tb.style = 'Table Grid'
        for j, hh in enumerate(t['header']):
            put(tb.rows[0].cells[j], hh, 9, True); shade(tb.rows[0].cells[j], 'D9E2D0')
        for row in t['rows']:
            cells = tb.add_row().cells
            for j, v in enumerate(row): put(cells[j], v, 9, row[0] == 'Totale')
        d.add_paragraph()
    simple_table(c['staff'])
    d.add_heading('3. I risultati raggiunti', level=1)
    d.add_paragraph("Le tabelle seguenti riportano, per ciascun obiettivo strategico, gli indicatori con il target e il risultato dell'anno 2024 e, per confronto, dell'anno 2023. Lo scostamento è calcolato come differenza tra risultato e target.").alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    W = [Cm(1.5), Cm(4.2), Cm(1.5), Cm(1.2), Cm(2.3), Cm(2.3), Cm(2.3), Cm(2.3)]
    recs, groups = [], []
    tabn = 2
    for a in c['areas']:
        d.add_heading(f"Area strategica {a['code']} – {a['title']}", level=2)
        for o in a['objectives']:
            d.add_heading(f"Obiettivo strategico {o['code']} – {o['title']}", level=3)
            h = {'area_code': a['code'], 'area_title': a['title'], 'level': 'strategic', 'code': o['code'], 'title': o['title']}
            tb = d.add_table(rows=1, cols=8); tb.style = 'Table Grid'; tb.autofit = False
            for j, hh in enumerate(c['header']):
                cell = tb.rows[0].cells[j]; cell.width = W[j]
                put(cell, hh, 8, True, WD_ALIGN_PARAGRAPH.CENTER); shade(cell, 'D9E2D0')
            repeat_header(tb.rows[0])
            for j, col in enumerate(tb.columns): col.width = W[j]
            for ind in o['indicators']:
                n = len(ind['years'])
                rows = [tb.add_row() for _ in range(n)]
                for row in rows:
                    cant_split(row)
                    for j, cell in enumerate(row.cells): cell.width = W[j]
                for j, v in enumerate([ind['code'], ind['name'], ind['unit']]):
                    top = rows[0].cells[j]
                    if n > 1: top = top.merge(rows[-1].cells[j])
                    put(top, v, 8, False, None if j == 1 else WD_ALIGN_PARAGRAPH.CENTER)
                    top.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                grp = []
                for row, y in zip(rows, ind['years']):
                    for j, v in zip(range(3, 8), [str(y['year']), y['target'], y['actual'], y['scost'], y['esito']]):
                        put(row.cells[j], v, 8, j == 3, WD_ALIGN_PARAGRAPH.CENTER)
                    grp.append(record(h, ind, y))
                recs += grp
                ly = ind['years'][-1]
                groups.append((grp, ind['code'] + ' ' + words(ind['name'], 3),
                               [f"{ly['year']} {words(ly['target'], 1)}", words(ind['name'], 1, True)]))
            if o['after']:
                p = d.add_paragraph(o['after']); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.space_before = Pt(6)
            else:
                d.add_paragraph()
    d.add_heading('4. Sintesi dei risultati', level=1)
    d.add_paragraph("Con riferimento all'anno 2024, la distribuzione degli esiti degli indicatori è la seguente.")
    simple_table(c['summary'])
    d.add_paragraph("La Relazione è trasmessa all'Organismo Indipendente di Valutazione per la validazione ai sensi dell'art. 14, comma 4, lettera c), del D.Lgs. 150/2009 e pubblicata nella sezione Amministrazione trasparente del sito istituzionale dell'Ente.").alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    docx = os.path.join(HERE, c['name'] + '.docx'); d.save(docx)
    subprocess.run(LO + [docx], check=True, capture_output=True)
    pdf = os.path.join(HERE, c['name'] + '.pdf')
    npages = readback(pdf, groups)
    write_truth(c, pdf, recs, npages,
        'Written by make_r53.py from parco-gran-sasso-2024-relazione.content.json (never from an extractor). Word (DOCX -> '
        'LibreOffice) tables, one per Obiettivo strategico, Codice/Indicatore/Unità di misura merged down over the year '
        'sub-rows (Anno | Target | Risultato | Scostamento | Esito) for 2023 and 2024 (B.1.3 has only a 2024 row). One '
        'record per year sub-row, year from the Anno cell; Esito per sub-row gives status/status_text of that year; '
        'Scostamento maps to no field (extra, not scored). Prose after a table of several indicators is no comment. '
        'page/page_end are those of the indicator, the same for each year record. Staff and esiti-summary tables: no records.')

# ------------------------------------------------------------------ C: ARPAL – borderless reportlab
def make_arpal():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from xml.sax.saxutils import escape as X
    F = '/usr/share/fonts/truetype/dejavu/'
    pdfmetrics.registerFont(TTFont('DV', F + 'DejaVuSans.ttf'))
    pdfmetrics.registerFont(TTFont('DVB', F + 'DejaVuSans-Bold.ttf'))
    def st(name, font='DV', size=9, lead=None, **kw):
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.25, **kw)
    c = load('arpal-liguria-2024-relazione')
    pdf = os.path.join(HERE, c['name'] + '.pdf')
    W, H = A4
    def deco(cv, doc):
        if doc.page == 1: return
        cv.saveState(); cv.setFont('DV', 7); cv.setFillColor(colors.HexColor('#006699'))
        cv.drawString(1.5 * cm, H - 1.1 * cm, c['running'])
        cv.setStrokeColor(colors.HexColor('#006699')); cv.setLineWidth(0.5); cv.line(1.5 * cm, H - 1.25 * cm, W - 1.5 * cm, H - 1.25 * cm)
        cv.setFillColor(colors.grey); cv.drawRightString(W - 1.5 * cm, 1 * cm, str(doc.page))
        cv.restoreState()
    doc = SimpleDocTemplate(pdf, pagesize=A4, leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.8 * cm, bottomMargin=1.6 * cm,
                            title='Relazione sulla performance 2024', author='ARPAL')
    body = st('b', size=10, lead=14, alignment=4); sm = st('s', size=7.8, lead=9.6); smb = st('sb', 'DVB', 7.8, 9.6)
    smc = st('sc', size=7.8, lead=9.6, alignment=1); smbc = st('sbc', 'DVB', 7.8, 9.6, alignment=1)
    h1 = st('h1', 'DVB', 13, 17, spaceBefore=8, spaceAfter=6, textColor=colors.HexColor('#006699'))
    E = [Spacer(1, 5 * cm), Paragraph(X(c['cover'][0]), st('c0', 'DVB', 36, 42, textColor=colors.HexColor('#006699'))),
         Spacer(1, 6), Paragraph(X(c['cover'][1]), st('c1', 'DV', 14, 18)), Spacer(1, 3 * cm),
         Paragraph(X(c['cover'][2]), st('c2', 'DVB', 22, 28)), Spacer(1, 1 * cm),
         Paragraph(X(c['cover'][3]), st('c3', 'DV', 10, 13)), PageBreak()]
    for head, paras in c['intro']:
        E.append(Paragraph(X(head), h1))
        for p in paras: E += [Paragraph(X(p), body), Spacer(1, 5)]
    co = c['costs']
    E.append(Paragraph(X(co['title']), smb)); E.append(Spacer(1, 3))
    data = [[Paragraph(X(hh), smb) for hh in co['header']]] + \
           [[Paragraph(X(v), smb if row[0].startswith('Totale') else sm) for v in row] for row in co['rows']]
    tb = Table(data, colWidths=[7 * cm, 3.5 * cm, 3.5 * cm, 3 * cm], hAlign='LEFT')
    tb.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, 0), 0.5, colors.black), ('LINEABOVE', (0, -1), (-1, -1), 0.5, colors.black),
                            ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    E += [tb, Spacer(1, 4), Paragraph('Fonte: Bilancio di esercizio 2024, Nota integrativa', st('f', size=7, lead=9)), Spacer(1, 10)]
    head, intro = c['section']
    E += [Paragraph(X(head), h1), Paragraph(X(intro), body), Spacer(1, 8)]
    cw = [1.2 * cm, 5.6 * cm, 3.0 * cm, 1.1 * cm, 2.3 * cm, 2.3 * cm, 2.5 * cm]
    cw[-1] = 18 * cm - sum(cw[:-1])
    data = [[Paragraph(X(hh), smbc if j >= 3 else smb) for j, hh in enumerate(c['header'])]]
    sty = [('LINEBELOW', (0, 0), (-1, 0), 0.8, colors.HexColor('#006699')), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
           ('TOPPADDING', (0, 0), (-1, -1), 1.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 1.5),
           ('LEFTPADDING', (0, 0), (-1, -1), 3), ('RIGHTPADDING', (0, 0), (-1, -1), 3)]
    recs, groups = [], []
    band = st('band', 'DVB', 8.5, 11, textColor=colors.HexColor('#006699'))
    for a in c['areas']:
        i = len(data); data.append([Paragraph(X(f"AREA {a['code']} – {a['title']}"), band)] + [''] * 6)
        sty += [('SPAN', (0, i), (-1, i)), ('TOPPADDING', (0, i), (-1, i), 9), ('BOTTOMPADDING', (0, i), (-1, i), 3)]
        for o in a['objectives']:
            i = len(data); data.append([Paragraph(X(f"Obiettivo {o['code']} – {o['title']}"), smb)] + [''] * 6)
            sty += [('SPAN', (0, i), (-1, i)), ('TOPPADDING', (0, i), (-1, i), 5), ('BOTTOMPADDING', (0, i), (-1, i), 2)]
            h = {'area_code': a['code'], 'area_title': a['title'], 'level': 'strategic', 'code': o['code'], 'title': o['title']}
            for ind in o['indicators']:
                n = len(ind['years']); i = len(data)
                grp = []
                for k, y in enumerate(ind['years']):
                    left = [Paragraph(X(ind['code']), sm), Paragraph(X(ind['name']), sm), Paragraph(X(ind['source']), sm)] if k == 0 else ['', '', '']
                    data.append(left + [Paragraph(str(y['year']), smc), Paragraph(X(y['target']), smc),
                                        Paragraph(X(y['actual']), smc), Paragraph(X(y['scost']), smc)])
                    grp.append(record(h, ind, y))
                if n > 1:
                    sty += [('SPAN', (0, i), (0, i + n - 1)), ('SPAN', (1, i), (1, i + n - 1)), ('SPAN', (2, i), (2, i + n - 1))]
                sty += [('TOPPADDING', (0, i), (-1, i), 5)]
                recs += grp
                ly = ind['years'][-1]
                groups.append((grp, ind['code'] + ' ' + words(ind['name'], 3),
                               [f"{ly['year']} {words(ly['target'], 1)}", words(ind['name'], 1, True), words(ind['source'], 1, True)]))
    tb = Table(data, colWidths=cw, repeatRows=1)
    tb.setStyle(TableStyle(sty))
    E += [tb, Spacer(1, 4), Paragraph('Scostamento: differenza tra risultato e target; n.d. = dato non disponibile.', st('f2', size=7, lead=9)),
          Spacer(1, 10)]
    head, paras = c['closing']
    E.append(Paragraph(X(head), h1))
    for p in paras: E.append(Paragraph(X(p), body))
    doc.build(E, onFirstPage=deco, onLaterPages=deco)
    npages = readback(pdf, groups)
    write_truth(c, pdf, recs, npages,
        'Written by make_r53.py from arpal-liguria-2024-relazione.content.json (never from an extractor). reportlab, '
        'borderless table (hairline under the header only), Cod./Indicatore/Fonte dei dati printed once and spanning the '
        'year sub-rows (Anno | Target | Risultato | Scostamento) for 2023 and 2024; long names wrap beside both sub-rows. '
        'One record per year sub-row, year from the Anno cell. AREA n – TITLE band is the area; "Obiettivo n.n – …" '
        '(no level word) directly under an area is strategic. Fonte dei dati -> data_source; Scostamento -> extra. '
        'An actual "Obiettivo sospeso" sets status suspended; dates and n.d. give null values. page/page_end are those of '
        'the indicator, the same for each year record. Costs table: no records.')

if __name__ == '__main__':
    which = sys.argv[1:] or ['forli', 'gransasso', 'arpal']
    for w in which:
        globals()['make_' + w]()
