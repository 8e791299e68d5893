"""r21 generator: renders every sample PDF from its content file and writes NAME.truth.json from the content.
Usage: .venv/bin/python make_r21.py"""
import json, os, re, subprocess, sys, hashlib, shutil
from docx import Document
from docx.shared import Pt, Cm, RGBColor, Emu
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import pdfplumber
from valparse import parse, met as calc_met

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
BLUE = RGBColor(0x2E, 0x74, 0xB5)

FIELDS = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code", "objective_title",
          "indicator_code", "indicator", "type", "formula", "unit", "data_source", "weight", "baseline", "year",
          "target", "target_operator", "target_value", "target_value_max", "target_unit",
          "actual", "actual_operator", "actual_value", "actual_value_max", "actual_unit",
          "achievement", "notes", "status", "status_text", "comment", "met"]

def clean(s):
    if s is None: return None
    s = ' '.join(str(s).split())
    return s or None

STATUS = [("PARZIALMENTE", "partially_achieved"), ("NON CONSEGUITO", "not_achieved"), ("NON RAGGIUNTO", "not_achieved"),
          ("SOSPESO", "suspended"), ("CONSEGUITO", "achieved"), ("RAGGIUNTO", "achieved")]
def status_of(text):
    if not text: return None
    u = text.upper()
    for k, v in STATUS:
        if k in u: return v
    return None

def record(**kw):
    r = {f: None for f in FIELDS}
    for k, v in kw.items():
        assert k in r or k.startswith('_'), k
        r[k] = v
    for f in ("indicator", "target", "actual", "baseline", "notes", "comment", "status_text", "type", "formula",
              "objective_title", "area_title", "data_source", "unit"):
        r[f] = clean(r[f])
    t = parse(r["target"]); a = parse(r["actual"])
    r["target_operator"], r["target_value"], r["target_value_max"], r["target_unit"] = t
    r["actual_operator"], r["actual_value"], r["actual_value_max"], r["actual_unit"] = a
    r["met"] = calc_met(r["indicator"], t, a)
    return r

# ------------------------------------------------------------------ docx helpers
def set_cell_shading(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexcolor)
    tcPr.append(shd)

def set_cell_valign(cell, v='center'):
    cell.vertical_alignment = {'center': WD_CELL_VERTICAL_ALIGNMENT.CENTER, 'top': WD_CELL_VERTICAL_ALIGNMENT.TOP}[v]

def repeat_header(row):
    trPr = row._tr.get_or_add_trPr(); el = OxmlElement('w:tblHeader'); el.set(qn('w:val'), 'true'); trPr.append(el)

def cant_split(row):
    trPr = row._tr.get_or_add_trPr(); el = OxmlElement('w:cantSplit'); el.set(qn('w:val'), 'true'); trPr.append(el)

def set_borders(table, sz=4, color='000000'):
    tblPr = table._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), 'single'); x.set(qn('w:sz'), str(sz)); x.set(qn('w:color'), color); b.append(x)
    tblPr.append(b)

def cell_text(cell, text, size=9, bold=False, italic=False, align='left', color=None, font=None):
    cell.text = ''
    lines = text.split('\n') if text else ['']
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0); p.paragraph_format.space_before = Pt(0)
    p.alignment = {'left': WD_ALIGN_PARAGRAPH.LEFT, 'center': WD_ALIGN_PARAGRAPH.CENTER, 'right': WD_ALIGN_PARAGRAPH.RIGHT, 'justify': WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    for i, ln in enumerate(lines):
        r = p.add_run(ln); r.font.size = Pt(size); r.bold = bold; r.italic = italic
        if font: r.font.name = font
        if color: r.font.color.rgb = color
        if i < len(lines) - 1: r.add_break()
    return p

def add_runs(cell_or_doc, parts, size=9, align='left', first=True):
    """parts: list of (text, bold, italic)"""
    p = cell_or_doc.paragraphs[0] if first else cell_or_doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    p.alignment = {'left': WD_ALIGN_PARAGRAPH.LEFT, 'justify': WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    for t, b, i in parts:
        r = p.add_run(t); r.font.size = Pt(size); r.bold = b; r.italic = i
    return p

def para(doc, text, size=11, bold=False, italic=False, align='justify', color=None, before=0, after=6, font=None):
    p = doc.add_paragraph()
    p.alignment = {'left': WD_ALIGN_PARAGRAPH.LEFT, 'center': WD_ALIGN_PARAGRAPH.CENTER, 'justify': WD_ALIGN_PARAGRAPH.JUSTIFY, 'right': WD_ALIGN_PARAGRAPH.RIGHT}[align]
    p.paragraph_format.space_before = Pt(before); p.paragraph_format.space_after = Pt(after)
    lines = text.split('\n')
    for i, ln in enumerate(lines):
        r = p.add_run(ln); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
        if font: r.font.name = font
        if color: r.font.color.rgb = color
        if i < len(lines) - 1: r.add_break()
    return p

def base_doc(font='Times New Roman', size=11):
    doc = Document()
    st = doc.styles['Normal']; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.left_margin = s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return doc

def header_lr(section, left, right, size=8):
    section.header.is_linked_to_previous = False
    section.different_first_page_header_footer = False
    p = section.header.paragraphs[0]; p.text = ''
    from docx.enum.text import WD_TAB_ALIGNMENT
    for pos in (Emu(4680 * 635), Emu(9360 * 635), Emu(4513 * 635), Emu(9026 * 635)):
        p.paragraph_format.tab_stops.add_tab_stop(pos, alignment=WD_TAB_ALIGNMENT.CLEAR)
    p.paragraph_format.tab_stops.add_tab_stop(section.page_width - section.left_margin - section.right_margin, alignment=WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(left + '\t' + right); r.font.size = Pt(size)

def page_number_footer(section, size=9):
    section.footer.is_linked_to_previous = False
    p = section.footer.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(); r.font.size = Pt(size)
    for t, txt in (('begin', None), (None, 'PAGE'), ('end', None)):
        if t:
            e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), t); r._r.append(e)
        else:
            e = OxmlElement('w:instrText'); e.set(qn('xml:space'), 'preserve'); e.text = txt; r._r.append(e)

def col_widths(table, widths_cm):
    table.autofit = False
    for i, w in enumerate(widths_cm):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)

def docx_to_pdf(docx, outdir='.'):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-r21', '--headless', '--convert-to', 'pdf', '--outdir', outdir, docx],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

# ------------------------------------------------------------------ read-back
def nows(s):
    return re.sub(r'\s+', '', s or '')

def page_cells(pdf):
    """per page: list of whitespace-free cell texts (ruled tables) + whole page text."""
    out = []
    with pdfplumber.open(pdf) as p:
        for pg in p.pages:
            cells = []
            for tb in pg.find_tables():
                for row in tb.extract():
                    cells += [nows(x) for x in row if x]
            out.append((cells, nows(pg.extract_text() or '')))
    return out

def first_words(s, n=4):
    return ' '.join(s.split()[:n])
def last_words(s, n=3):
    return ' '.join(s.split()[-n:])

def locate(pages, rows, use_cells=True):
    """rows: list of (indicator text, [all own cell texts of the row]) in document order -> [(page, page_end)]."""
    res = []; cur = 0
    for ind, cells in rows:
        key = nows(ind)[:30]
        pg = None
        for i in range(cur, len(pages)):
            hay = pages[i][0] if use_cells else [pages[i][1]]
            if any(key in x or (len(x) >= 12 and nows(ind).startswith(x)) for x in hay):
                pg = i; break
        assert pg is not None, ('start not found', ind)
        cur = pg; pe = pg
        for X in cells:
            X = nows(X)
            if len(X) < 8: continue
            if any(X in y for y in (pages[pg][0] if use_cells else [pages[pg][1]])):
                continue
            nxt = pages[pg + 1][0] if pg + 1 < len(pages) else []
            assert any(len(y) >= 4 and X.endswith(y) for y in nxt), ('end not found', ind, X)
            pe = pg + 1
        res.append((pg + 1, pe + 1))
    return res

def write_truth(name, doc, recs, about, npages):
    pdf = name + '.pdf'
    sha = hashlib.sha256(open(pdf, 'rb').read()).hexdigest()
    inds = [{k: r[k] for k in FIELDS} for r in recs]
    t = {"schema": "perfextract/records@1", "_about": about,
         "source": {"path": pdf, "sha256": sha, "pages": npages}, "document": doc, "indicators": inds, "warnings": []}
    json.dump(t, open(name + '.truth.json', 'w'), ensure_ascii=False, indent=1)
    print(name, 'pages', npages, 'records', len(inds))

# ------------------------------------------------------------------ stemma (drawn coat of arms for covers)
def make_stemma(path, c1=(30, 90, 160), c2=(200, 40, 40)):
    from PIL import Image, ImageDraw
    im = Image.new('RGB', (300, 360), 'white'); d = ImageDraw.Draw(im)
    d.rectangle([80, 20, 220, 60], fill=(150, 150, 150)); 
    for x in range(85, 220, 27): d.rectangle([x, 5, x + 14, 25], fill=(150, 150, 150))
    d.polygon([(60, 70), (240, 70), (240, 220), (150, 330), (60, 220)], fill=c1, outline=(40, 40, 40))
    d.polygon([(60, 70), (150, 70), (150, 330), (60, 220)], fill=c2)
    d.ellipse([115, 140, 185, 210], fill=(240, 200, 60))
    im.save(path)

# ------------------------------------------------------------------ 1. PIAO
def build_piao(c):
    name = c['name']
    doc = base_doc('Times New Roman', 11)
    sec = doc.sections[0]
    make_stemma('stemma_solofra.png', (40, 120, 60), (200, 200, 200))
    # cover
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_before = Pt(40)
    p.add_run().add_picture('stemma_solofra.png', width=Cm(4.5))
    cv = c['cover']
    para(doc, cv[0], 20, bold=True, align='center', before=18, after=2)
    para(doc, cv[1], 13, bold=True, align='center', after=2)
    para(doc, cv[2], 10, italic=True, align='center', after=30)
    para(doc, '_' * 38, 11, align='center', after=20)
    para(doc, cv[3], 15, bold=True, align='center', color=BLUE, after=20)
    para(doc, '_' * 26, 11, align='center', after=24)
    para(doc, cv[4], 8, italic=True, align='center')
    doc.add_page_break()
    para(doc, 'INDICE', 12, bold=True, align='center', color=BLUE, after=10)
    for t, pg in c['toc']:
        para(doc, t + ' ' + '.' * max(4, 95 - int(len(t) * 1.25)) + ' ' + pg, 10, align='left', after=4)
    header_lr(sec, c['header_left'], c['header_right'])
    sec.different_first_page_header_footer = True
    sec.first_page_header.is_linked_to_previous = False
    # Sezione 1
    para(doc, 'SEZIONE 1 - SCHEDA ANAGRAFICA DELL’ENTE', 12, bold=True, color=BLUE, before=18, after=8, align='left')
    t = doc.add_table(rows=0, cols=2); set_borders(t, 8)
    for k, v in c['anagrafica']:
        row = t.add_row()
        if k.startswith('#'):
            m = row.cells[0].merge(row.cells[1]); cell_text(m, k[1:], 10, bold=True, color=RGBColor(255, 255, 255)); set_cell_shading(m, '2E74B5')
        else:
            cell_text(row.cells[0], k, 10, bold=k.isupper()); cell_text(row.cells[1], v, 10)
    col_widths(t, [5.5, 11.5])
    para(doc, 'SEZIONE 2 - VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE', 12, bold=True, color=BLUE, before=16, after=8, align='left')
    para(doc, '2.1 SOTTOSEZIONE VALORE PUBBLICO', 11, bold=True, color=BLUE, after=6, align='left')
    for x in c['vp_text']: para(doc, x, 11)
    para(doc, '2.2 SOTTOSEZIONE PERFORMANCE', 11, bold=True, color=BLUE, before=8, after=6, align='left')
    for x in c['perf_text']: para(doc, x, 11)
    # landscape section with the performance table
    ls = doc.add_section(WD_SECTION.NEW_PAGE)
    ls.orientation = WD_ORIENT.LANDSCAPE; ls.page_width, ls.page_height = Cm(29.7), Cm(21)
    ls.left_margin = ls.right_margin = Cm(1.5); ls.top_margin = Cm(1.8); ls.bottom_margin = Cm(1.5)
    header_lr(ls, c['header_left'], c['header_right'])
    para(doc, 'Obiettivi di Performance 2026/2028', 11, bold=True, color=BLUE, align='left', after=4)
    para(doc, c['perf_after'], 10, italic=True, after=6)
    hdr = c['perf_header']
    widths = [3.0, 3.0, 4.2, 4.4, 2.2, 2.2, 2.2, 2.2, 3.0]
    t = doc.add_table(rows=1, cols=len(hdr)); set_borders(t, 4, '808080')
    fills = ['DA9694', 'D8E4BC', 'E4DFEC', 'FFFFFF', 'FFFFFF', 'FFFFFF', 'FFFFFF', 'FFFFFF', 'FFFFFF']
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, 8.5, bold=True, align='center'); set_cell_shading(t.rows[0].cells[i], fills[i]); set_cell_valign(t.rows[0].cells[i])
    repeat_header(t.rows[0])
    recs = []; snips = []
    for mis, prog, obj, tip, inds in c['perf_rows']:
        first = len(t.rows)
        for (ind, base, t26, t27, t28) in inds:
            row = t.add_row()
            for i, v in enumerate([None, None, None, ind, base, t26, t27, t28, None]):
                if v is not None:
                    pp = cell_text(row.cells[i], v, 10 if i == 3 else 9.5, align='left' if i == 3 else 'center'); set_cell_valign(row.cells[i])
                    pp.paragraph_format.space_before = Pt(9); pp.paragraph_format.space_after = Pt(9)
            mcode, mtitle = mis.split('\n')
            pcode = prog.split(' - ')[0]
            for y, tv in ((2026, t26), (2027, t27), (2028, t28)):
                recs.append(record(area_code=mcode, area_title=mtitle, objective_level='operational', objective_code=None,
                                   objective_title=obj, indicator=ind, type=tip, baseline=base, year=y, target=tv or None))
            own = [ind, base, t26, t27, t28] + ([mis, prog, obj, tip] if len(inds) == 1 else [])  # a one-row group owns its merged cells
            snips += [(ind, own)] * 3
        last = len(t.rows) - 1
        for i, v in enumerate([mis, prog, obj, tip]):
            ci = i if i < 3 else 8
            cell = t.cell(first, ci).merge(t.cell(last, ci)) if last > first else t.cell(first, ci)
            cell_text(cell, v, 8.5 if i < 2 else (10 if i == 2 else 9), bold=(i in (2, 3)), align='center'); set_cell_valign(cell)
            set_cell_shading(cell, fills[ci])
    col_widths(t, widths)
    # back to portrait
    ps = doc.add_section(WD_SECTION.NEW_PAGE)
    ps.orientation = WD_ORIENT.PORTRAIT; ps.page_width, ps.page_height = Cm(21), Cm(29.7)
    ps.left_margin = ps.right_margin = Cm(2); ps.top_margin = Cm(2); ps.bottom_margin = Cm(2)
    header_lr(ps, c['header_left'], c['header_right'])
    para(doc, '2.3 SOTTOSEZIONE RISCHI CORRUTTIVI E TRASPARENZA', 11, bold=True, color=BLUE, after=6, align='left')
    for x in c['risk_text']: para(doc, x, 11)
    t = doc.add_table(rows=1, cols=3); set_borders(t, 4)
    for i, h in enumerate(c['risk_check_header']):
        cell_text(t.rows[0].cells[i], h, 9, bold=True, align='center', color=BLUE); set_cell_shading(t.rows[0].cells[i], 'DEEAF6')
    for lab, yes in c['risk_check']:
        r = t.add_row(); cell_text(r.cells[0], lab, 9, align='center')
        cell_text(r.cells[1], '☒' if yes else '☐', 9, align='center'); cell_text(r.cells[2], '☐' if yes else '☒', 9, align='center')
    col_widths(t, [11.5, 1.5, 1.5])
    para(doc, '', 6, after=2)
    para(doc, c['risk_intro2'], 11)
    t = doc.add_table(rows=1, cols=len(c['risk_header'])); set_borders(t, 4)
    for i, h in enumerate(c['risk_header']):
        cell_text(t.rows[0].cells[i], h, 7.5, bold=True, align='center', color=RGBColor(255, 255, 255)); set_cell_shading(t.rows[0].cells[i], '2E74B5')
    repeat_header(t.rows[0])
    for rr in c['risk_rows']:
        r = t.add_row()
        for i, v in enumerate(rr):
            cell_text(r.cells[i], v, 7.5, align='center' if i == 3 else 'left', bold=(i == 3))
    col_widths(t, [2.6, 2.6, 2.8, 1.6, 3.6, 2.2, 1.6])
    para(doc, 'SEZIONE 3 - ORGANIZZAZIONE E CAPITALE UMANO', 12, bold=True, color=BLUE, before=14, after=8, align='left')
    para(doc, '3.1 STRUTTURA ORGANIZZATIVA', 11, bold=True, color=BLUE, after=6, align='left')
    for x in c['org_text']: para(doc, x, 11)
    para(doc, c['staff_title'], 10, bold=True, color=BLUE, align='center', after=4)
    t = doc.add_table(rows=1, cols=4); set_borders(t, 8)
    for i, h in enumerate(c['staff_header']): cell_text(t.rows[0].cells[i], h, 9, bold=True, align='center')
    for rr in c['staff_rows']:
        r = t.add_row()
        for i, v in enumerate(rr): cell_text(r.cells[i], v, 9, bold=(i == 0 or rr[0] == 'TOTALE'), align='center')
    col_widths(t, [7, 3, 2.5, 2.5])
    para(doc, '*Dato dell’ente – Dipendenti in servizio ad oggi', 8, italic=True, align='right')
    para(doc, '3.3.1 PIANO TRIENNALE DEL FABBISOGNO DEL PERSONALE', 11, bold=True, color=BLUE, before=10, after=6, align='left')
    para(doc, c['fabb_text'], 11)
    t = doc.add_table(rows=1, cols=4); set_borders(t, 4)
    for i, h in enumerate(c['fabb_header']):
        cell_text(t.rows[0].cells[i], h, 9, bold=True, align='center', color=RGBColor(255, 255, 255)); set_cell_shading(t.rows[0].cells[i], '1F6E8C')
    for rr in c['fabb_rows']:
        r = t.add_row()
        for i, v in enumerate(rr): cell_text(r.cells[i], v, 9, bold=(i == 0), align='center')
    col_widths(t, [1.8, 7.2, 4.5, 3])
    para(doc, 'SEZIONE 4 - MONITORAGGIO', 12, bold=True, color=BLUE, before=14, after=8, align='left')
    para(doc, c['monit_text'], 11)
    doc.save(name + '.docx'); docx_to_pdf(name + '.docx')
    pages = page_cells(name + '.pdf')
    locs = locate(pages, snips)
    for r, (a, b) in zip(recs, locs): r['page'], r['page_end'] = a, b
    about = ("r21 blind sample (Word -> LibreOffice) imitating the Avella PIAO 2026-2028 style; content invented. "
             "Performance table MISSIONE | PROGRAMMA | OBIETTIVI DI PERFORMANCE | INDICATORE | BASELINE 2025 | TARGET 2026-2028 | TIPOLOGIA: "
             "one record per indicator per target year (2028 cell empty for one indicator -> target null). Missione cell '01 / TITLE' = area "
             "(code, title); Programma = level below the area; the objective in the OBIETTIVI DI PERFORMANCE column under a Programma = operational, "
             "printed without a code -> objective_code null. TIPOLOGIA DI OBIETTIVO (TRASVERSALE/SETTORIALE, merged per objective) read as `type` by its label. "
             "BASELINE 2025 -> baseline. The one-indicator row of '06 - Ufficio Tecnico' breaks across pages 3-4 (its objective cell goes on overleaf) -> page 3, page_end 4. Italic prose above the table speaks of the table -> no comment. "
             "Risk checklist ('Indicatori per la valutazione dell’esposizione al rischio'), risk register, staff and fabbisogno tables, TOC: no records. "
             "Parsed values by the r21 parser (valparse.py), checked by eye; met null everywhere (no actuals).")
    write_truth(name, c['document'], recs, about, len(pages))
    return name

# ------------------------------------------------------------------ 4. Camera di commercio (Cremona style)
def build_cc(c):
    name = c['name']
    doc = base_doc('Arial', 10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    cv = c['cover']
    para(doc, cv[0], 13, bold=True, align='center', before=120, after=60)
    para(doc, cv[1], 22, bold=True, align='center', color=RGBColor(0x1F, 0x4E, 0x79), after=8)
    para(doc, cv[2], 18, bold=True, align='center', color=RGBColor(0x1F, 0x4E, 0x79), after=30)
    para(doc, cv[3], 10, italic=True, align='center', after=120)
    para(doc, cv[4], 9, align='center')
    doc.add_page_break()
    sec.different_first_page_header_footer = True
    sec.header.is_linked_to_previous = False
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run('Camera di Commercio di Lecce – Relazione sulla performance 2024'); r.font.size = Pt(8); r.italic = True
    page_number_footer(sec)
    for x in c['intro']:
        if re.match(r'^\d\. ', x): para(doc, x, 12, bold=True, color=RGBColor(0x1F, 0x4E, 0x79), align='left', before=8, after=6)
        else: para(doc, x, 10)
    W = [5.4, 2.4, 3.0, 2.9, 3.7]
    recs = []; snips = []
    area = (None, None); obj = (None, None, None); table = None
    def new_table():
        para(doc, 'Indicatori', 10, bold=True, align='left', before=2, after=2)
        t = doc.add_table(rows=1, cols=5); set_borders(t, 4, '7F7F7F')
        for i, h in enumerate(c['header_cols']):
            cell_text(t.rows[0].cells[i], h, 9, bold=True, align='center'); set_cell_shading(t.rows[0].cells[i], 'D9E2F3')
        repeat_header(t.rows[0])
        return t
    for b in c['blocks']:
        k = b['k']
        if k == 'h1':
            para(doc, b['text'], 12, bold=True, color=RGBColor(0x1F, 0x4E, 0x79), align='left', before=10, after=6)
        elif k == 'p':
            para(doc, b['text'], 10)
        elif k == 'area':
            para(doc, 'Area Strategica ' + b['code'], 11, bold=True, align='left', before=10, after=2)
            para(doc, b['title'], 10, align='left', after=4)
            area = (b['code'], b['title']); obj = ('area', b['code'], b['title'])
        elif k == 'obs':
            para(doc, 'Ob. Strategico ' + b['code'], 10, bold=True, align='left', before=8, after=1)
            para(doc, b['title'], 10, align='left', after=4)
            obj = ('strategic', b['code'], b['title'])
        elif k == 'obo':
            p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(8); p.paragraph_format.space_after = Pt(4)
            r1 = p.add_run('Ob. Operativo ' + b['code'] + ' '); r1.bold = True; r1.font.size = Pt(10)
            r2 = p.add_run(b['title']); r2.bold = True; r2.font.size = Pt(10)
            obj = ('operational', b['code'], b['title'])
        elif k == 'ind':
            t = new_table()
            for rw in b['rows']:
                row = t.add_row()
                for i, key in enumerate(['d', 't', 'va', 'vr', 'n']):
                    cell_text(row.cells[i], rw[key], 8.5, align='left' if i in (0, 4) else 'center')
                st, cm = rw['st'], rw['c']
                if st:
                    srow = t.add_row(); m = srow.cells[0].merge(srow.cells[4])
                    parts = [(st, True, False)] + ([(' ' + cm, False, False)] if cm else [])
                    add_runs(m, parts, 9)
                    status, stext, comment = status_of(st), st, cm
                else:
                    status = status_of(rw['vr']); stext = rw['vr'] if status else None; comment = None
                recs.append(record(area_code=area[0], area_title=area[1], objective_level=obj[0], objective_code=obj[1],
                                   objective_title=obj[2], indicator=rw['d'], type=rw['t'], target=rw['va'], actual=rw['vr'],
                                   notes=rw['n'], status=status, status_text=stext, comment=comment, year=None))
                snips.append((rw['d'], [rw['d'], rw['va'], rw['vr'], rw['n']]))
            col_widths(t, W)
            para(doc, '', 4, after=0)
        elif k == 'budget':
            t = doc.add_table(rows=1, cols=len(b['header'])); set_borders(t, 4)
            for i, h in enumerate(b['header']):
                cell_text(t.rows[0].cells[i], h, 9, bold=True, align='center'); set_cell_shading(t.rows[0].cells[i], 'D9D9D9')
            for rr in b['rows']:
                r = t.add_row()
                for i, v in enumerate(rr): cell_text(r.cells[i], v, 9, align='left' if i == 0 else 'right', bold=rr[0].startswith('Risultato'))
            col_widths(t, [6, 3.6, 3.6, 3.6])
    doc.save(name + '.docx'); docx_to_pdf(name + '.docx')
    pages = page_cells(name + '.pdf')
    locs = locate(pages, snips)
    for r, (a, b_) in zip(recs, locs): r['page'], r['page_end'] = a, b_
    about = ("r21 blind sample (Word -> LibreOffice) in the style of the Cremona relazione: 'Area Strategica 2024_0N' + MISSIONE title line, "
             "'Ob. Strategico' code line + title line, 'Ob. Operativo <code> <title>' on one bold line, an 'Indicatori' label over each table "
             "Descrizione | Tipo | Valore Atteso | Valore Raggiunto | Note; a merged status row after an indicator (OBIETTIVO CONSEGUITO / "
             "PARZIALMENTE CONSEGUITO / NON CONSEGUITO + commentary) gives status, status_text (the phrase) and comment (the text after it). "
             "Rows may break across pages (Word default). Indicators directly under an Area: objective_level 'area' with the area's code and title. "
             "'Obiettivo sospeso' as Valore Raggiunto without a status row -> status suspended, status_text 'Obiettivo sospeso'. "
             "No year printed in the headers -> year null. Budget table in section 4: no records. 'entro il 31/12/2024' target and "
             "'Ruolo emesso il 18/11/2024' actual are dates -> values null. Parsed values by r21 valparse.py, checked by eye.")
    write_truth(name, c['document'], recs, about, len(pages))
    return name

def build_ind(c):
    from make_r21_rl import build_indicators_pdf
    name = c['name']
    make_stemma('stemma_mercogliano.png', (30, 80, 170), (230, 230, 230))
    build_indicators_pdf(c, name + '.pdf', 'stemma_mercogliano.png')
    recs = []; snips = []
    for gcode, gtitle, rows in c['groups']:
        for code, nm, defin, val in rows:
            recs.append(record(area_code=gcode, area_title=None, objective_level='strategic', objective_code=gcode, objective_title=gtitle,
                               indicator_code=code, indicator=nm, formula=defin, year=2024, actual=val))
            snips.append((nm, [nm, defin]))
    pages = page_cells(name + '.pdf')
    locs = locate(pages, snips)
    for r, (a, b_) in zip(recs, locs): r['page'], r['page_end'] = a, b_
    about = ("r21 blind sample (reportlab, imitating the DevExpress export of Avella's 'Piano degli indicatori di bilancio' for the conto del bilancio): "
             "landscape ruled grid, TIPOLOGIA INDICATORE (code + name) | DEFINIZIONE | VALORE INDICATORE 2024 (Percentuale). "
             "Read as a report (rendiconto 2024): the year column holds results -> `actual`, year 2024, target null, met null; document kind set to "
             "'relazione' (a rendiconto is a report, though titled 'Piano'). The cell prints no unit -> actual_unit null (the header's "
             "'(Percentuale)' is not applied: per-capita and day values share the column). DEFINIZIONE -> formula. Group rows "
             "('01 Rigidità strutturale di bilancio') are objective headings at the top -> objective_level strategic, area_code = the group "
             "code (no area printed), area_title null; inline footnote marks in cells kept as printed ('(4)', '(2)'). Footnotes under the "
             "table are not comments. Pages with analytic composition tables (entrate by Titolo/Tipologia, spese by Missione/Programma): no records.")
    write_truth(name, c['document'], recs, about, len(pages))

def build_izs(c):
    from make_r21_rl import build_izs_pdf
    name = c['name']
    build_izs_pdf(c, name + '.pdf')
    recs = []; snips = []
    for o in c['objectives']:
        for a in o['actions']:
            for ind, tg, ac, pc, dsc in a['inds']:
                recs.append(record(area_code=o['code'], area_title=None, objective_level='operational', objective_code=a['code'],
                                   objective_title=a['title'], indicator=ind, year=2024, target=tg, actual=ac,
                                   achievement=float(pc.rstrip('%').replace(',', '.'))))
                snips.append((ind, [ind, tg, ac, dsc]))
    pages = page_cells(name + '.pdf')
    locs = locate(pages, snips)
    for r, (a_, b_) in zip(recs, locs): r['page'], r['page_end'] = a_, b_
    about = ("r21 blind sample (reportlab, text table) imitating IZSLER's 'Cruscotto dell'ente' pages: per strategic objective a bold heading "
             "'Obiettivo strategico N: title' + its actions as '-1 …' lines, then a table Azioni | Indicatore strategico | Target 2024 | Actual | "
             "% realizzazione | Breve descrizione del risultato raggiunto, the Azioni cell ('1.1 title') spanning its indicators. "
             "Reading: the action cell is an objective heading without a level word under a strategic objective -> operational, code '1.1', "
             "title without the code; no area printed -> area_code = first segment of the objective code ('1'), area_title null. "
             "Target 2024 -> year 2024; '% realizzazione' -> achievement; the 'Breve descrizione' column -> extra (not in the truth). "
             "No status lines -> status/status_text/comment null. 'Entro il 31/12/2024' / 'Rilasciato il 16/12/2024' are dates -> values null. "
             "'N° eventi … anno N / N° eventi … media ultimo triennio' ratio: target '≥ 1' parsed, met by name direction ('n.' -> higher). "
             "Page numbers printed from 38 (excerpt of a longer report); page fields are PDF pages. The closing 'Esito | N. indicatori | %' table: no records.")
    write_truth(name, c['document'], recs, about, len(pages))

if __name__ == '__main__':
    which = sys.argv[1:] or ['piao', 'cc', 'ind', 'izs']
    for w in which:
        globals()['build_' + w](json.load(open({'piao': 'comune-solofra-2026-piao', 'cc': 'camera-commercio-lecce-2024-relazione',
                                                 'ind': 'comune-mercogliano-2024-piano-indicatori', 'izs': 'izs-abruzzo-molise-2024-relazione'}[w] + '.content.json')))



