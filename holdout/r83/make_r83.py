"""r83 generator: renders NAME.pdf from NAME.content.json and writes NAME.truth.json FROM THE CONTENT.
page/page_end come from a pdfplumber read-back of each indicator row (asserted)."""
import json, os, re, sys, math, hashlib, subprocess
import pdfplumber
from valparse83 import parse, met as calc_met

HERE = os.path.dirname(os.path.abspath(__file__))
PROFILE = "file:///tmp/lo-r83"
FIELDS = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code", "objective_title",
          "indicator_code", "indicator", "type", "formula", "unit", "data_source", "weight", "baseline", "year",
          "target", "target_operator", "target_value", "target_value_max", "target_unit",
          "actual", "actual_operator", "actual_value", "actual_value_max", "actual_unit",
          "achievement", "notes", "status", "status_text", "comment", "met"]

def clean(s):
    if s is None: return None
    s = ' '.join(str(s).split())
    return s or None

def pnum(s):
    """'30' -> 30.0, '92,0%' -> 92.0; None/'–' -> None"""
    if s is None: return None
    m = re.match(r'\s*(\d+(?:,\d+)?)\s*%?\s*$', s)
    return float(m.group(1).replace(',', '.')) if m else None

def record(row_cells, **kw):
    r = {f: None for f in FIELDS}
    r.update(kw)
    for f in ("indicator", "target", "actual", "notes", "comment", "status_text", "formula", "unit",
              "objective_title", "area_title", "indicator_code"):
        r[f] = clean(r[f])
    t = parse(r["target"]); a = parse(r["actual"])
    r["target_operator"], r["target_value"], r["target_value_max"], r["target_unit"] = t
    r["actual_operator"], r["actual_value"], r["actual_value_max"], r["actual_unit"] = a
    r["met"] = calc_met(r["indicator"], t, a)
    r["_cells"] = [c for c in row_cells if c]
    return r

def soffice(src):
    subprocess.run(["soffice", f"-env:UserInstallation={PROFILE}", "--headless", "--convert-to", "pdf", "--outdir", HERE, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

# ------------------------------------------------------------------ read-back
def norm(w):
    return w.replace('’', "'").replace('“', '"').replace('”', '"').strip('.,;:()"\'')

def tokens_of(pdf):
    toks = []
    with pdfplumber.open(pdf) as p:
        n = len(p.pages)
        for i, pg in enumerate(p.pages, 1):
            for w in pg.extract_words(keep_blank_chars=False, x_tolerance=1.5):
                t = norm(w["text"])
                if t: toks.append((i, t))
    return toks, n

def find_seq(toks, seq, start, end):
    seq = [norm(x) for x in seq]; seq = [x for x in seq if x]
    for i in range(start, min(end, len(toks)) - len(seq) + 1):
        if all(toks[i + k][1] == seq[k] for k in range(len(seq))):
            return i
    return None

def readback(pdf, recs):
    toks, n = tokens_of(pdf)
    cur = 0
    for r in recs:
        words = r["indicator"].split()
        i = None
        for k in (4, 3, 2):
            i = find_seq(toks, words[:k], cur, len(toks))
            if i is not None: break
        assert i is not None, ("start not found", pdf, r["indicator"])
        # subsequence check: every word of every cell appears in order after the start (within the row's window)
        lo = max(cur, i - 20)
        window = toks[lo:i + 400]
        for cell in r["_cells"]:
            cw = [norm(x) for x in cell.split()]; cw = [x for x in cw if x]
            j = 0
            for (_, t) in window:
                if j < len(cw) and t == cw[j]: j += 1
            assert j == len(cw), ("cell text not found after row start", pdf, r["indicator"], cell)
        pend = toks[i][0]
        for cell in r["_cells"]:
            cw = cell.split()
            e = None
            for k in (3, 2, 1):
                e = find_seq(toks, cw[-k:], i, i + 250)
                if e is not None: break
            assert e is not None, ("end not found", pdf, r["indicator"], cell)
            pend = max(pend, toks[e][0])
        r["page"], r["page_end"] = toks[i][0], pend
        cur = i + 1
    return n

def write_truth(c, recs, about):
    name = c["name"]; pdf = os.path.join(HERE, name + ".pdf")
    n = readback(pdf, recs)
    sha = hashlib.sha256(open(pdf, 'rb').read()).hexdigest()
    out = {"schema": "perfextract/records@1", "_about": about,
           "source": {"path": name + ".pdf", "sha256": sha, "pages": n},
           "document": c["document"],
           "indicators": [{k: r[k] for k in FIELDS} for r in recs], "warnings": []}
    json.dump(out, open(os.path.join(HERE, name + ".truth.json"), "w"), ensure_ascii=False, indent=1)
    print(name, "pages", n, "records", len(recs))

# ================================================================== S1: Word
def make_word(c):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    GREEN = RGBColor(0x1F, 0x5C, 0x3A)

    def shade(cell, hexc):
        tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement('w:shd')
        s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), hexc); tcPr.append(s)
    def borders(t):
        b = OxmlElement('w:tblBorders')
        for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
            x = OxmlElement('w:' + e); x.set(qn('w:val'), 'single'); x.set(qn('w:sz'), '4'); x.set(qn('w:color'), '7F7F7F'); b.append(x)
        t._tbl.tblPr.append(b)
    def rep_header(row):
        trPr = row._tr.get_or_add_trPr(); e = OxmlElement('w:tblHeader'); e.set(qn('w:val'), 'true'); trPr.append(e)
    def ctext(cell, text, size=9, bold=False, align='left', color=None):
        cell.text = ''
        p = cell.paragraphs[0]; p.paragraph_format.space_after = Pt(1); p.paragraph_format.space_before = Pt(1)
        p.alignment = {'left': WD_ALIGN_PARAGRAPH.LEFT, 'center': WD_ALIGN_PARAGRAPH.CENTER}[align]
        r = p.add_run(text or ''); r.font.size = Pt(size); r.bold = bold
        if color: r.font.color.rgb = color
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    def widths(t, ws):
        t.autofit = False
        for i, w in enumerate(ws): t.columns[i].width = Cm(w)
        for row in t.rows:
            for i, w in enumerate(ws): row.cells[i].width = Cm(w)
    def para(text, size=11, bold=False, align='justify', before=0, after=6, color=None, italic=False):
        p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(before); p.paragraph_format.space_after = Pt(after)
        p.alignment = {'left': WD_ALIGN_PARAGRAPH.LEFT, 'center': WD_ALIGN_PARAGRAPH.CENTER, 'justify': WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
        r = p.add_run(text); r.font.size = Pt(size); r.bold = bold; r.italic = italic
        if color: r.font.color.rgb = color
        return p
    def heading(text):
        p = para(text, size=14, bold=True, align='left', before=12, after=6, color=GREEN)
        p.paragraph_format.keep_with_next = True
    def simple_table(h, rows, ws):
        t = doc.add_table(rows=1 + len(rows), cols=len(h)); borders(t); t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, x in enumerate(h): ctext(t.rows[0].cells[i], x, 9, True, 'center'); shade(t.rows[0].cells[i], 'D9E7DD')
        for ri, row in enumerate(rows, 1):
            last = ri == len(rows)
            for i, x in enumerate(row): ctext(t.rows[ri].cells[i], x, 9, last, 'left' if i == 0 else 'center')
        widths(t, ws); para('', after=2)

    doc = Document()
    st = doc.styles['Normal']; st.font.name = 'Liberation Sans'; st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Liberation Sans')
    sec = doc.sections[0]; sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(2.2); sec.bottom_margin = Cm(2)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]; hr = hp.add_run(c["running_header"][0] + " – " + c["running_header"][1]); hr.font.size = Pt(8); hr.italic = True
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run(); fr.font.size = Pt(9)
    for t, txt in (('begin', None), (None, 'PAGE'), ('end', None)):
        if t: e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), t); fr._r.append(e)
        else: e = OxmlElement('w:instrText'); e.set(qn('xml:space'), 'preserve'); e.text = txt; fr._r.append(e)
    # cover
    cv = c["cover"]
    para('', after=60)
    para(cv[0], 26, True, 'center', after=6, color=GREEN)
    para(cv[1], 10, False, 'center', after=4)
    para(cv[2], 11, False, 'center', after=120)
    para(cv[3], 22, True, 'center', after=10)
    para(cv[4], 14, False, 'center', after=160)
    para(cv[5], 10, False, 'center', after=2, italic=True)
    p = para(cv[6], 10, False, 'center', after=0, italic=True)
    p.add_run().add_break(WD_BREAK.PAGE)
    for kind, val in c["intro"]:
        if kind == 'h': heading(val)
        elif kind == 'p': para(val, 11)
        elif kind == 'table_staff': simple_table(c["staff"]["header"], c["staff"]["rows"], [6.5, 2.8, 2.4, 2.8, 2.0])
        elif kind == 'table_summary': simple_table(c["summary"]["header"], c["summary"]["rows"], [6.0, 3.0, 3.0])
        elif kind == 'pagebreak': doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    recs = []
    for ob in c["objectives"]:
        para('', after=4)
        keys = [["Obiettivo strategico (DUP)", ob["strategic"][0] + " – " + ob["strategic"][1]],
                ["Obiettivo operativo", ob["operational"][0] + " – " + ob["operational"][1]]] + ob["keys"]
        t = doc.add_table(rows=1 + len(keys), cols=2); borders(t)
        a, b = t.rows[0].cells; m = a.merge(b); ctext(m, c["keys_title"], 10, True, 'center', RGBColor(0xFF, 0xFF, 0xFF)); shade(m, '1F5C3A')
        for i, (k, v) in enumerate(keys, 1):
            ctext(t.rows[i].cells[0], k, 9, True); shade(t.rows[i].cells[0], 'E8F0EA')
            ctext(t.rows[i].cells[1], v, 9, i <= 2)
        widths(t, [4.6, 12.4])
        for row in t.rows:
            trPr = row._tr.get_or_add_trPr(); e = OxmlElement('w:cantSplit'); e.set(qn('w:val'), 'true'); trPr.append(e)
        para('', after=2, size=6)
        h = c["ind_header"]
        t = doc.add_table(rows=1 + len(ob["indicators"]), cols=4); borders(t)
        for i, x in enumerate(h): ctext(t.rows[0].cells[i], x, 9, True, 'center'); shade(t.rows[0].cells[i], 'D9E7DD')
        rep_header(t.rows[0])
        for ri, (ind, tg, ac, nt) in enumerate(ob["indicators"], 1):
            ctext(t.rows[ri].cells[0], ind, 9); ctext(t.rows[ri].cells[1], tg, 9, align='center')
            ctext(t.rows[ri].cells[2], ac, 9, align='center'); ctext(t.rows[ri].cells[3], nt or '', 8)
            recs.append(record([ind, tg, ac, nt], area_code=ob["operational"][0].split('.')[0], area_title=None,
                               objective_level="operational", objective_code=ob["operational"][0], objective_title=ob["operational"][1],
                               indicator=ind, year=c["year"], target=tg, actual=ac, notes=nt,
                               status=ob["status"], status_text=ob["esito"], comment=ob["comment"]))
        widths(t, [7.0, 3.0, 3.2, 3.8])
        p = para(ob["score"], 10, True, 'left', before=6, after=2); p.paragraph_format.keep_with_next = True
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(4)
        r = p.add_run("Esito: "); r.bold = True; r.font.size = Pt(10)
        r = p.add_run(ob["esito"]); r.bold = True; r.font.size = Pt(10); r.font.color.rgb = GREEN
        if ob["comment"]:
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY; p.paragraph_format.space_after = Pt(8)
            txt = ob["comment"]
            if txt.startswith("Relazione del Responsabile:"):
                r = p.add_run("Relazione del Responsabile:"); r.bold = True; r.italic = True; r.font.size = Pt(10)
                txt = txt[len("Relazione del Responsabile:"):]
            r = p.add_run(txt); r.font.size = Pt(10)
    for kind, val in c["closing"]:
        if kind == 'h': heading(val)
        else: para(val, 11)
    src = os.path.join(HERE, c["name"] + ".docx"); doc.save(src); soffice(src)
    about = ("Word document converted by LibreOffice; one 'scheda obiettivo' per operational objective: a key/value table "
             "(Obiettivo strategico (DUP) / Obiettivo operativo rows are headings, deepest = operational; Settore responsabile, "
             "Responsabile, Peso dell'obiettivo are not record fields), then the indicator table (Valore atteso 2024 -> year 2024), "
             "then 'Grado di raggiungimento dell'obiettivo: N%' (objective-level score, not an indicator's achievement: achievement null), "
             "'Esito: X' (status line after the table: every indicator of the scheda gets status/status_text X) and the "
             "'Relazione del Responsabile: ...' paragraph after it as comment (label kept as printed). No area heading: area_code = "
             "first segment of the operational code, area_title null. Dates ('entro il 31/03/2024') and 'n.d.' give null parsed fields.")
    write_truth(c, recs, about)

# ================================================================== S2: Calc
def make_calc(c):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    wb = Workbook(); ws = wb.active; ws.title = "Schede obiettivo"
    thin = Side(style='thin', color='808080'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    F_KEY = PatternFill('solid', fgColor='DDEBF7'); F_HEAD = PatternFill('solid', fgColor='BDD7EE'); F_BAR = PatternFill('solid', fgColor='1F4E78')
    F_TOT = PatternFill('solid', fgColor='F2F2F2'); F_ESITO = PatternFill('solid', fgColor='FFF2CC')
    widths = [6, 44, 38, 8, 13, 15, 13, 9]
    for i, w in enumerate(widths): ws.column_dimensions[chr(65 + i)].width = w
    CPL = [w * 1.15 for w in widths]  # approx chars per line at 9 pt
    r = 1
    def put(row, col, val, bold=False, size=9, fill=None, align='left', border=True, wrap=True, color=None, italic=False):
        cl = ws.cell(row, col, val)
        cl.font = Font(name='Liberation Sans', bold=bold, size=size, color=color, italic=italic)
        cl.alignment = Alignment(horizontal=align, vertical='center', wrap_text=wrap)
        if fill: cl.fill = fill
        if border: cl.border = B
        return cl
    def merge_row(row, c1, c2, val, **kw):
        put(row, c1, val, **kw)
        for cc in range(c1 + 1, c2 + 1):
            cl = ws.cell(row, cc)
            if kw.get('border', True): cl.border = B
            if kw.get('fill'): cl.fill = kw['fill']
        ws.merge_cells(start_row=row, start_column=c1, end_row=row, end_column=c2)
    def height(row, texts_cols, size=9):
        lines = 1
        for text, cols in texts_cols:
            w = sum(CPL[cc - 1] for cc in cols)
            L = sum(max(1, math.ceil(len(part) / (w * 9 / size))) for part in str(text or '').split('\n'))
            lines = max(lines, L)
        ws.row_dimensions[row].height = size * 1.35 * lines + 4
    tr = c["title_rows"]
    merge_row(r, 1, 8, tr[0], bold=True, size=14, border=False, color='1F4E78'); ws.row_dimensions[r].height = 22; r += 1
    merge_row(r, 1, 8, tr[1], size=10, border=False); ws.row_dimensions[r].height = 15; r += 1
    merge_row(r, 1, 8, tr[2], bold=True, size=12, border=False); ws.row_dimensions[r].height = 19; r += 1
    merge_row(r, 1, 8, tr[3], size=10, border=False, italic=True); ws.row_dimensions[r].height = 15; r += 2
    merge_row(r, 1, 8, c["intro"], size=9, border=False); height(r, [(c["intro"], range(1, 9))]); r += 2
    # costs table (no records)
    co = c["costs"]
    merge_row(r, 1, 4, co["title"], bold=True, size=10, border=False); r += 1
    spans = [(1, 2), (3, 3), (4, 5), (6, 6)]
    for i, h in enumerate(co["header"]):
        a, b = spans[i]; merge_row(r, a, b, h, bold=True, fill=F_HEAD, align='center')
    r += 1
    for row in co["rows"]:
        for i, v in enumerate(row):
            a, b = spans[i]; merge_row(r, a, b, v, bold=row[0] == 'Totale', align='left' if i == 0 else 'right')
        ws.row_dimensions[r].height = 15; r += 1
    r += 1
    recs = []
    H = c["ind_header"]
    for n, ob in enumerate(c["objectives"], 1):
        ws.row_breaks  # page breaks left to LibreOffice
        merge_row(r, 1, 8, f"SCHEDA OBIETTIVO N. {n}", bold=True, size=10, fill=F_BAR, color='FFFFFF', align='center'); ws.row_dimensions[r].height = 16; r += 1
        keys = [["Area strategica", c["areas"][ob["area"]]], ["Obiettivo n.", ob["code"]], ["Titolo obiettivo", ob["title"]]] + ob["keys"]
        for k, v in keys:
            merge_row(r, 1, 2, k, bold=True, fill=F_KEY); merge_row(r, 3, 8, v, bold=k in ("Obiettivo n.", "Titolo obiettivo"))
            height(r, [(v, range(3, 9))]); r += 1
        for i, h in enumerate(H): put(r, i + 1, h, bold=True, fill=F_HEAD, align='center')
        height(r, [(h, [i + 1]) for i, h in enumerate(H)]); r += 1
        for row in ob["indicators"]:
            for i, v in enumerate(row):
                put(r, i + 1, v, align='left' if i in (1, 2) else 'center')
            height(r, [(v, [i + 1]) for i, v in enumerate(row)]); 
            num_, ind, frm, peso, tg, ac, pct, pt = row
            recs.append(record([ind, frm, tg, ac, pt], area_code=ob["area"], area_title=c["areas"][ob["area"]].split(" – ", 1)[1],
                               objective_level="strategic", objective_code=ob["code"], objective_title=ob["title"],
                               indicator_code=num_, indicator=ind, formula=frm, weight=pnum(peso), year=c["year"],
                               target=tg, actual=ac, achievement=pnum(pct),
                               status=ob["status"], status_text=ob["esito"], comment=ob["note"]))
            r += 1
        tot = ob["total"]
        merge_row(r, 1, 3, tot[0], bold=True, fill=F_TOT, align='right'); put(r, 4, tot[1], bold=True, fill=F_TOT, align='center')
        merge_row(r, 5, 7, "", fill=F_TOT); put(r, 8, tot[2], bold=True, fill=F_TOT, align='center'); ws.row_dimensions[r].height = 14; r += 2
        merge_row(r, 1, 2, "Punteggio obiettivo", bold=True, fill=F_ESITO); merge_row(r, 3, 4, ob["score"], bold=True, align='center'); ws.row_dimensions[r].height = 14; r += 1
        merge_row(r, 1, 2, "Esito", bold=True, fill=F_ESITO); merge_row(r, 3, 4, ob["esito"], bold=True, align='center'); ws.row_dimensions[r].height = 14; r += 1
        if ob["note"]:
            merge_row(r, 1, 2, "Note", bold=True, fill=F_ESITO); merge_row(r, 3, 8, ob["note"]); height(r, [(ob["note"], range(3, 9))]); r += 1
        r += 2
    sm = c["summary"]
    merge_row(r, 1, 2, sm["title"], bold=True, size=10, border=False); r += 1
    for i, h in enumerate(sm["header"]):
        a, b = [(1, 2), (3, 3), (4, 4)][i]; merge_row(r, a, b, h, bold=True, fill=F_HEAD, align='center')
    r += 1
    for row in sm["rows"]:
        for i, v in enumerate(row):
            a, b = [(1, 2), (3, 3), (4, 4)][i]; merge_row(r, a, b, v, bold=row[0] == 'Totale', align='left' if i == 0 else 'center')
        r += 1
    r += 1
    merge_row(r, 1, 8, c["footer_note"], size=8, border=False, italic=True)
    ws.page_setup.orientation = 'landscape'; ws.page_setup.paperSize = 9
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5; ws.page_margins.top = 0.6; ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddFooter.center.size = 8
    ws.oddHeader.right.text = "Relazione sulla performance 2023 – Allegato A"; ws.oddHeader.right.size = 8
    src = os.path.join(HERE, c["name"] + ".xlsx"); wb.save(src); soffice(src)
    about = ("Calc sheet exported by LibreOffice (landscape, fit to width). Each 'SCHEDA OBIETTIVO N. k' block: key rows "
             "'Area strategica | A – Servizi per anziani' (area A), 'Obiettivo n. | A.1' and 'Titolo obiettivo | ...' (one objective, "
             "code and title on separate key rows; no level word directly under an area -> strategic); Servizio responsabile, "
             "Responsabile, Peso obiettivo are not record fields. Indicator table: N. -> indicator_code, Formula di calcolo -> formula, "
             "Peso % -> weight, Target 2023/Risultato 2023 -> year 2023, % raggiungimento -> achievement, Punti -> extra; the "
             "'Totale' row is no record. Below the table, after a blank row, 'Punteggio obiettivo', 'Esito | X' (outcome of every "
             "indicator of the scheda: status_text X) and 'Note | text' (comment = the note text; the label is its own cell). "
             "'SCHEDA OBIETTIVO N. k' is a title bar, not an objective code. Cost table and 'Riepilogo degli esiti' give no records.")
    write_truth(c, recs, about)

# ================================================================== S3: reportlab
def make_rl(c):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether, CondPageBreak
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    base = "/usr/share/fonts/truetype/liberation/LiberationSans-"
    for nm, f in (("LS", "Regular"), ("LS-B", "Bold"), ("LS-I", "Italic"), ("LS-BI", "BoldItalic")):
        pdfmetrics.registerFont(TTFont(nm, base + f + ".ttf"))
    addMapping('LS', 0, 0, 'LS'); addMapping('LS', 1, 0, 'LS-B'); addMapping('LS', 0, 1, 'LS-I'); addMapping('LS', 1, 1, 'LS-BI')
    RED = colors.HexColor('#8B1A1A'); LIGHT = colors.HexColor('#F3E6E6'); GREY = colors.HexColor('#EFEFEF')
    P = ParagraphStyle('p', fontName='LS', fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=6)
    H1 = ParagraphStyle('h1', fontName='LS-B', fontSize=13, leading=16, textColor=RED, spaceBefore=10, spaceAfter=6)
    H2 = ParagraphStyle('h2', fontName='LS-B', fontSize=11, leading=14, textColor=colors.white, alignment=TA_LEFT)
    C = ParagraphStyle('c', fontName='LS', fontSize=8.5, leading=10.5)
    CB = ParagraphStyle('cb', parent=C, fontName='LS-B')
    CC = ParagraphStyle('cc', parent=C, alignment=TA_CENTER)
    CBC = ParagraphStyle('cbc', parent=CB, alignment=TA_CENTER)
    NOTE = ParagraphStyle('note', fontName='LS-I', fontSize=9, leading=12, alignment=TA_JUSTIFY, spaceAfter=4)
    ESITO = ParagraphStyle('es', fontName='LS-B', fontSize=10, leading=13, textColor=RED)
    cover = ParagraphStyle('cv', fontName='LS-B', fontSize=22, leading=28, alignment=TA_CENTER)
    def X(s): return (s or '').replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    S = []
    cv = c["cover"]
    S += [Spacer(1, 3 * cm), Paragraph(cv[0], ParagraphStyle('a', parent=cover, textColor=RED)),
          Paragraph(cv[1], ParagraphStyle('b', fontName='LS', fontSize=12, alignment=TA_CENTER, leading=16)), Spacer(1, 5 * cm),
          Paragraph(cv[2], cover), Paragraph(cv[3], cover), Spacer(1, 0.6 * cm),
          Paragraph(cv[4], ParagraphStyle('d', fontName='LS', fontSize=13, alignment=TA_CENTER, leading=17)), Spacer(1, 6 * cm),
          Paragraph(cv[5], ParagraphStyle('e', fontName='LS-I', fontSize=9, alignment=TA_CENTER)),
          Paragraph(cv[6], ParagraphStyle('f', fontName='LS-I', fontSize=9, alignment=TA_CENTER)), PageBreak()]
    for kind, val in c["intro"]:
        if kind == 'h': S.append(Paragraph(X(val), H1))
        elif kind == 'p': S.append(Paragraph(X(val), P))
        elif kind == 'table_staff':
            st = c["staff"]; data = [[Paragraph(X(h), CBC) for h in st["header"]]]
            for row in st["rows"]:
                sty = CB if row[0] == 'Totale' else C
                data.append([Paragraph(X(row[0]), sty), Paragraph(X(row[1]), sty), Paragraph(X(row[2]), CC), Paragraph(X(row[3]), CC)])
            t = Table(data, colWidths=[6.5 * cm, 4.5 * cm, 2.5 * cm, 2.5 * cm])
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.grey), ('BACKGROUND', (0, 0), (-1, 0), LIGHT),
                                   ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            S += [Spacer(1, 4), t, Spacer(1, 8)]
    recs = []
    H = c["ind_header"]; cw = [1.3 * cm, 7.3 * cm, 1.5 * cm, 2.8 * cm, 2.8 * cm, 1.6 * cm]
    for cdr in c["cdr"]:
        S.append(CondPageBreak(5 * cm))
        S.append(Paragraph(X(f"Centro di responsabilità {cdr['code']} – {cdr['title']}"), H1))
        for ob in cdr["objectives"]:
            band = Table([[Paragraph(X(f"OBIETTIVO DI PEG N. {ob['code']}"), H2), Paragraph(X(f"Peso: {ob['peso']}"), ParagraphStyle('pw', parent=H2, alignment=2))]],
                         colWidths=[13.3 * cm, 4 * cm])
            band.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), RED), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            keys = Table([[Paragraph("Descrizione", CB), Paragraph(X(ob["title"]), CB), '', ''],
                          [Paragraph("Responsabile", CB), Paragraph(X(cdr["resp"]), C), Paragraph("Collegamento DUP", CB), Paragraph(X(ob["dup"]), C)],
                          [Paragraph("Tipologia", CB), Paragraph(X(ob["tipo"]), C), Paragraph("Durata", CB), Paragraph("Annuale", C)]],
                         colWidths=[2.8 * cm, 6.5 * cm, 3.2 * cm, 4.8 * cm])
            keys.setStyle(TableStyle([('SPAN', (1, 0), (3, 0)), ('GRID', (0, 0), (-1, -1), 0.4, colors.grey),
                                      ('BACKGROUND', (0, 0), (0, -1), GREY), ('BACKGROUND', (2, 1), (2, -1), GREY),
                                      ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            data = [[Paragraph(X(h), CBC) for h in H]]
            for row in ob["indicators"]:
                code, ind, um, tg, ac, pct = row
                data.append([Paragraph(X(code), CC), Paragraph(X(ind), C), Paragraph(X(um), CC), Paragraph(X(tg), CC), Paragraph(X(ac), CC), Paragraph(X(pct), CC)])
                recs.append(record([ind, tg, ac, pct], area_code=cdr["code"], area_title=cdr["title"], objective_level="strategic",
                                   objective_code=ob["code"], objective_title=ob["title"], indicator_code=code, indicator=ind,
                                   unit=um, year=c["year"], target=tg, actual=ac, achievement=pnum(pct),
                                   status=ob["status"], status_text=ob["esito"], comment=ob["note"]))
            data.append([Paragraph("Grado di raggiungimento dell’obiettivo", ParagraphStyle('g', parent=CB, alignment=2)), '', '', '', '', Paragraph(X(ob["grado"]), CBC)])
            t = Table(data, colWidths=cw, repeatRows=1)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.grey), ('BACKGROUND', (0, 0), (-1, 0), LIGHT),
                                   ('SPAN', (0, -1), (4, -1)), ('BACKGROUND', (0, -1), (-1, -1), GREY),
                                   ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            blk = [band, keys, Spacer(1, 4), t, Spacer(1, 5), Paragraph(X(ob["esito"]), ESITO)]
            if ob["note"]:
                blk.append(Paragraph(X(ob["note"]), NOTE))
            S.append(KeepTogether(blk[:4])); S += blk[4:]; S.append(Spacer(1, 12))
    for kind, val in c["closing"]:
        S.append(Paragraph(X(val), H1 if kind == 'h' else P))
    def deco(canv, doc):
        if doc.page == 1: return
        canv.saveState(); canv.setFont('LS-I', 8); canv.setFillColor(colors.grey)
        canv.drawString(2 * cm, A4[1] - 1.2 * cm, c["running"])
        canv.drawRightString(A4[0] - 2 * cm, 1.1 * cm, f"pag. {doc.page}")
        canv.setStrokeColor(RED); canv.line(2 * cm, A4[1] - 1.35 * cm, A4[0] - 2 * cm, A4[1] - 1.35 * cm); canv.restoreState()
    pdf = os.path.join(HERE, c["name"] + ".pdf")
    SimpleDocTemplate(pdf, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=1.8 * cm,
                      title=c["cover"][2] + " " + c["cover"][3], author=c["cover"][0]).build(S, onFirstPage=deco, onLaterPages=deco)
    about = ("reportlab. 'Centro di responsabilità N – Titolo' headings are areas; each 'OBIETTIVO DI PEG N. x.y' band (no level word, "
             "under an area -> strategic) with its 'Descrizione' key cell as title; Responsabile/Collegamento DUP (Missione – Programma "
             "as a key's value, not a heading)/Tipologia/Durata/Peso are objective keys, no record fields. Indicator table: Cod. -> "
             "indicator_code, U.M. -> unit (as printed; target/actual units only from the value cells), Valore atteso 2024 / Valore "
             "rilevato 2024 -> year 2024, % realizz. -> achievement. The last row 'Grado di raggiungimento dell'obiettivo' is a totals "
             "row (no record). The status line after the table (OBIETTIVO RAGGIUNTO / PARZIALMENTE RAGGIUNTO / NON RAGGIUNTO) gives "
             "every indicator of the scheda status and status_text (the whole phrase), and the 'Note: ...' paragraph after it is "
             "their comment (label kept). Dates ('entro il 30/04/2024', '18/04/2024') and 'Non approvato' give null parsed fields.")
    write_truth(c, recs, about)

if __name__ == '__main__':
    os.chdir(HERE)
    names = sys.argv[1:] or ["unione-reno-galliera-2024-relazione", "asp-comuni-modenesi-area-nord-2023-relazione", "comune-montebelluna-2024-relazione"]
    for nm in names:
        c = json.load(open(nm + ".content.json"))
        {"word": make_word, "calc": make_calc, "reportlab": make_rl}[c["renderer"]](c)
