"""Round r42: renders the three samples from their content files and writes truths from the content."""
import json, re, subprocess, os, sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

# ---------------------------------------------------------------- value parsing
NUM = r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?"
def tonum(s):
    return float(s.replace(".", "").replace(",", "."))
UNITS = [(r"%", "%"), (r"‰", "‰"), (r"€|euro\b", "EUR"), (r"gg\.?|giorni|giorno", "days"), (r"ore\b|ora\b", "hours"), (r"mesi\b|mese\b", "months")]
def unit_of(s):
    s = s.strip()
    for pat, u in UNITS:
        if re.match(pat, s, re.I):
            return u
    return None
def parse(text):
    """(operator, value, value_max, unit, explicit_op) following RECORDS.md/CONVENTIONS.md"""
    nul = (None, None, None, None, False)
    if text is None:
        return nul
    s = " ".join(text.split())
    if re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", s):
        return nul
    op, explicit = "=", False
    for pat, o in [(r"^(≥|>=|almeno|non inferiore a)\s*", ">="), (r"^(≤|<=|entro|non superiore a)\s*", "<="),
                   (r"^>\s*", ">"), (r"^<\s*", "<"), (r"^(=|pari a)\s*", "=")]:
        m = re.match(pat, s, re.I)
        if m:
            op, explicit = o, True
            s = s[m.end():]
            break
    unit = None
    m = re.match(r"^(€|N°|n\.)\s*", s)
    if m:
        if m.group(1) == "€":
            unit = "EUR"
        s = s[m.end():]
    m = re.match(r"^(" + NUM + r")", s)
    if not m:
        return nul
    val = tonum(m.group(1))
    rest = s[m.end():]
    rest_np = re.sub(r"\([^)]*\)", "", rest)
    if re.search(r"\d", rest_np):
        return nul
    u2 = unit_of(rest)
    unit = unit or u2
    return (op, val, None, unit, explicit)

LOWER = ["tempo medio", "tempi", "giorni", "riduzione", "costi"]
HIGHER = ["numero", "n.", "percentuale di", "% di", "incremento", "grado di", "tasso di", "realizzazione", "entro", "nei termini"]
def direction(name):
    low = name.lower()
    best = None
    for w in LOWER + HIGHER:
        m = re.search(r"(?<![a-zà-ù])" + re.escape(w), low)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), "lower" if w in LOWER else "higher")
    return best[1] if best else None
def met(name, t, a):
    if t[1] is None or a[1] is None:
        return None
    if t[3] and a[3] and t[3] != a[3]:
        return None
    op, tv, av = t[0], t[1], a[1]
    if op == ">=": return av >= tv
    if op == "<=": return av <= tv
    if op == ">": return av > tv
    if op == "<": return av < tv
    if op == "=":
        if av == tv: return True
        if t[4]: return False
        d = direction(name)
        if d is None: return None
        return av >= tv if d == "higher" else av <= tv
    return None

STATUS = {"RAGGIUNTO": "achieved", "PARZIALMENTE RAGGIUNTO": "partially_achieved", "NON RAGGIUNTO": "not_achieved", "Obiettivo sospeso": "suspended"}
def ws(s):
    return None if s is None or not " ".join(str(s).split()) else " ".join(str(s).split())
def pct(s):
    if s is None: return None
    m = re.match(r"^(" + NUM + r")\s*%", s.strip())
    return tonum(m.group(1)) if m else None

def record(**kw):
    r = {k: None for k in ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code", "objective_title",
         "indicator_code", "indicator", "type", "formula", "unit", "data_source", "weight", "baseline", "year",
         "target", "target_operator", "target_value", "target_value_max", "target_unit",
         "actual", "actual_operator", "actual_value", "actual_value_max", "actual_unit", "achievement", "notes",
         "status", "status_text", "comment", "met"]}
    for k, v in kw.items():
        r[k] = ws(v) if isinstance(v, str) else v
    t = parse(r["target"]); a = parse(r["actual"])
    r["target_operator"], r["target_value"], r["target_value_max"], r["target_unit"] = t[:4]
    r["actual_operator"], r["actual_value"], r["actual_value_max"], r["actual_unit"] = a[:4]
    r["met"] = met(r["indicator"], t, a)
    if r["status"] is None and r["actual"] in STATUS:
        r["status"] = STATUS[r["actual"]]; r["status_text"] = r["actual"]
    return r

# ---------------------------------------------------------------- docx helpers
def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)
def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)
def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:cantSplit"); e.set(qn("w:val"), "true"); trPr.append(e)
def cell_text(cell, text, size=9, bold=False, align=None, font=None, italic=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0); p.paragraph_format.space_before = Pt(0)
        if align: p.alignment = align
        r = p.add_run(ln); r.font.size = Pt(size); r.bold = bold; r.italic = italic
        if font: r.font.name = font
def para(doc, text, size=11, bold=False, align=None, space_after=6, italic=False, keep=False):
    p = doc.add_paragraph()
    r = p.add_run(text); r.font.size = Pt(size); r.bold = bold; r.italic = italic
    if align is not None: p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    if keep: p.paragraph_format.keep_with_next = True
    return p
def page_number_footer(section, prefix=""):
    p = section.footer.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if prefix:
        r = p.add_run(prefix); r.font.size = Pt(8)
    fld = OxmlElement("w:fldSimple"); fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r"); rpr = OxmlElement("w:rPr"); sz = OxmlElement("w:sz"); sz.set(qn("w:val"), "16"); rpr.append(sz); r.append(rpr)
    t = OxmlElement("w:t"); t.text = "1"; r.append(t); fld.append(r); p._p.append(fld)
def col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)

def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-r42", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

# ---------------------------------------------------------------- 1. PIAO Word
def make_piao(c):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    hp = sec.header.paragraphs[0]; hp.text = "Comune di Borgo San Lorenzo – PIAO 2025-2027 – Sottosezione 2.2 Performance"
    hp.runs[0].font.size = Pt(8); hp.runs[0].italic = True; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_number_footer(sec, "Pag. ")
    cv = c["cover"]
    for _ in range(4): para(doc, "")
    para(doc, cv[0], 20, True, WD_ALIGN_PARAGRAPH.CENTER, 2)
    para(doc, cv[1], 12, False, WD_ALIGN_PARAGRAPH.CENTER, 60)
    para(doc, cv[2], 16, True, WD_ALIGN_PARAGRAPH.CENTER, 4)
    para(doc, cv[3], 11, False, WD_ALIGN_PARAGRAPH.CENTER, 40, italic=True)
    para(doc, cv[4], 13, True, WD_ALIGN_PARAGRAPH.CENTER, 6)
    para(doc, cv[5], 14, True, WD_ALIGN_PARAGRAPH.CENTER, 120)
    para(doc, cv[6], 10, False, WD_ALIGN_PARAGRAPH.CENTER, 0, italic=True)
    doc.add_page_break()
    para(doc, "2.2 PERFORMANCE", 13, True, None, 8)
    para(doc, "2.2.1 Premessa", 12, True, None, 6)
    for t in c["intro"]:
        p = para(doc, t, 11, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, c["staff_title"], 10, True, None, 4, keep=True)
    tb = doc.add_table(rows=1, cols=5); tb.style = "Table Grid"; tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(c["staff_header"]):
        cell_text(tb.rows[0].cells[i], h, 9, True, WD_ALIGN_PARAGRAPH.CENTER); set_cell_bg(tb.rows[0].cells[i], "D9D9D9")
    for row in c["staff_rows"]:
        cells = tb.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, 9, row[0] == "Totale", WD_ALIGN_PARAGRAPH.CENTER if i >= 2 else None)
    col_widths(tb, [6.5, 4.2, 2.2, 1.8, 2.3])
    para(doc, "")
    para(doc, "2.2.2 Obiettivi operativi assegnati alle Aree per l'anno 2025", 12, True, None, 6)
    para(doc, "Per ciascuna Area sono riportati gli obiettivi strategici del DUP di riferimento, gli obiettivi operativi, gli indicatori con il relativo valore atteso (target) per l'anno 2025 e il peso.", 11, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    widths = [3.0, 3.4, 4.9, 1.9, 1.1, 2.7]
    recs = []
    for a in c["areas"]:
        para(doc, a["heading"], 11, True, None, 2, keep=True)
        para(doc, "Responsabile: " + a["resp"], 10, False, None, 4, italic=True, keep=True)
        tb = doc.add_table(rows=1, cols=6); tb.style = "Table Grid"; tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        hr = tb.rows[0]; repeat_header(hr)
        for i, h in enumerate(c["header"]):
            cell_text(hr.cells[i], h, 9, True, WD_ALIGN_PARAGRAPH.CENTER); set_cell_bg(hr.cells[i], "DCE6F1")
        # rows
        start_s = None; prev_s = None
        spans_s, spans_o = [], []
        for gi, grp in enumerate(a["groups"]):
            first = len(tb.rows)
            for ii, (name, target, w) in enumerate(grp["ind"]):
                row = tb.add_row(); cant_split(row)
                cells = row.cells
                if ii == 0:
                    cell_text(cells[1], grp["o"][0] + " – " + grp["o"][1], 9)
                    cell_text(cells[5], grp["resp"], 8.5)
                    if grp["s"] != prev_s:
                        cell_text(cells[0], grp["s"][0] + " – " + grp["s"][1], 9)
                cell_text(cells[2], name, 9)
                cell_text(cells[3], target, 9, align=WD_ALIGN_PARAGRAPH.CENTER)
                cell_text(cells[4], str(w), 9, align=WD_ALIGN_PARAGRAPH.CENTER)
                recs.append(record(area_code=a["code"], area_title=a["title_printed"], objective_level="operational",
                                   objective_code=grp["o"][0], objective_title=grp["o"][1], indicator=name, weight=float(w),
                                   year=2025, target=target))
            last = len(tb.rows) - 1
            spans_o.append((first, last))
            if grp["s"] != prev_s:
                spans_s.append([first, last]); prev_s = grp["s"]
            else:
                spans_s[-1][1] = last
        for f, l in spans_o:
            if l > f:
                for col in (1, 5):
                    top = tb.cell(f, col); txt = top.text
                    m = top.merge(tb.cell(l, col))
        for f, l in spans_s:
            if l > f:
                tb.cell(f, 0).merge(tb.cell(l, 0))
        # merged cells keep extra empty paragraphs: clean
        for row in tb.rows:
            for cell in row.cells:
                ps = cell.paragraphs
                while len(ps) > 1 and not ps[-1].text:
                    ps[-1]._p.getparent().remove(ps[-1]._p); ps = cell.paragraphs
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
        col_widths(tb, widths)
        para(doc, "", 6, space_after=4)
    para(doc, "2.2.3 Monitoraggio e valutazione", 12, True, None, 6, keep=True)
    for t in c["closing"]:
        para(doc, t, 11, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, "")
    para(doc, c["signature"][0], 11, False, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    para(doc, c["signature"][1], 11, False, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    out = c["name"] + ".docx"; doc.save(out); to_pdf(out)
    return recs

# ---------------------------------------------------------------- 2. Relazione NdV Word
def make_rel(c):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(2.2); sec.bottom_margin = Cm(2)
    page_number_footer(sec, "Relazione sulla performance 2024 – pag. ")
    cv = c["cover"]
    for _ in range(3): para(doc, "")
    para(doc, cv[0], 22, True, WD_ALIGN_PARAGRAPH.CENTER, 2)
    para(doc, cv[1], 12, False, WD_ALIGN_PARAGRAPH.CENTER, 90)
    para(doc, cv[2], 20, True, WD_ALIGN_PARAGRAPH.CENTER, 4)
    para(doc, cv[3], 18, True, WD_ALIGN_PARAGRAPH.CENTER, 10)
    para(doc, cv[4], 10, False, WD_ALIGN_PARAGRAPH.CENTER, 120, italic=True)
    para(doc, cv[5], 11, False, WD_ALIGN_PARAGRAPH.CENTER, 2)
    para(doc, cv[6], 11, False, WD_ALIGN_PARAGRAPH.CENTER, 0)
    doc.add_page_break()
    para(doc, c["intro_title"], 14, True, None, 6)
    for t in c["intro"]:
        para(doc, t, 11, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    recs = []
    for s in c["settori"]:
        para(doc, s["heading"], 14, True, None, 2, keep=True)
        para(doc, s["resp_line"], 11, False, None, 6, italic=True, keep=True)
        para(doc, "Quadro di sintesi degli obiettivi del Settore", 11, True, None, 3, keep=True)
        tb = doc.add_table(rows=1, cols=4); tb.style = "Table Grid"
        for i, h in enumerate(c["summary_header"]):
            cell_text(tb.rows[0].cells[i], h, 10, True, WD_ALIGN_PARAGRAPH.CENTER); set_cell_bg(tb.rows[0].cells[i], "BDD7EE")
        for o in s["objs"]:
            cells = tb.add_row().cells
            cell_text(cells[0], o["code"] + " – " + o["title"], 10)
            cell_text(cells[1], o["peso"], 10, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(cells[2], o["perc"], 10, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(cells[3], o["val"], 10, align=WD_ALIGN_PARAGRAPH.CENTER)
        col_widths(tb, [8.8, 1.4, 2.6, 3.8])
        para(doc, "", 6, space_after=2)
        for o in s["objs"]:
            para(doc, "Obiettivo operativo " + o["code"] + " – " + o["title"], 12, True, None, 3, keep=True)
            para(doc, o["desc"], 11, align=WD_ALIGN_PARAGRAPH.JUSTIFY, space_after=4, keep=True)
            tb = doc.add_table(rows=1, cols=4); tb.style = "Table Grid"
            for i, h in enumerate(["Indicatore", "Atteso", "Raggiunto", "Scostamento"]):
                cell_text(tb.rows[0].cells[i], h, 9.5, True, WD_ALIGN_PARAGRAPH.CENTER); set_cell_bg(tb.rows[0].cells[i], "F2F2F2")
            repeat_header(tb.rows[0])
            for name, att, rag, sc in o["ind"]:
                row = tb.add_row(); cant_split(row); cells = row.cells
                cell_text(cells[0], name, 9.5)
                for i, v in ((1, att), (2, rag), (3, sc)):
                    cell_text(cells[i], v, 9.5, align=WD_ALIGN_PARAGRAPH.CENTER)
                recs.append(record(area_code=s["code"], area_title=s["title"], objective_level="operational", objective_code=o["code"],
                                   objective_title=o["title"], indicator=name, target=att, actual=rag,
                                   status=STATUS[o["status"]], status_text=o["status"], comment=o["comment"]))
            col_widths(tb, [8.0, 2.7, 2.8, 3.1])
            p = para(doc, "", 11, space_after=3); p.paragraph_format.space_before = Pt(4)
            r = p.add_run("Esito: "); r.bold = True; r.font.size = Pt(11)
            r = p.add_run(o["status"]); r.bold = True; r.font.size = Pt(11)
            if o["comment"]:
                para(doc, o["comment"], 11, align=WD_ALIGN_PARAGRAPH.JUSTIFY, space_after=10)
            else:
                para(doc, "", 4, space_after=4)
    para(doc, c["summary_count_title"], 14, True, None, 6, keep=True)
    para(doc, c["summary_count_text"], 11, keep=True)
    tb = doc.add_table(rows=1, cols=3); tb.style = "Table Grid"
    for i, h in enumerate(c["summary_count_header"]):
        cell_text(tb.rows[0].cells[i], h, 10, True, WD_ALIGN_PARAGRAPH.CENTER); set_cell_bg(tb.rows[0].cells[i], "BDD7EE")
    for row in c["summary_count_rows"]:
        cells = tb.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, 10, row[0] == "Totale", WD_ALIGN_PARAGRAPH.CENTER if i else None)
    col_widths(tb, [7, 3, 3])
    para(doc, "")
    para(doc, "7. Validazione", 14, True, None, 6, keep=True)
    para(doc, c["closing"][0], 11, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, "Scandiano, 14 maggio 2025", 11)
    para(doc, c["closing"][1], 11, False, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    para(doc, c["closing"][2], 10, False, WD_ALIGN_PARAGRAPH.RIGHT, 0, italic=True)
    out = c["name"] + ".docx"; doc.save(out); to_pdf(out)
    return recs

# ---------------------------------------------------------------- 3. PEG/PDO Calc
from PIL import ImageFont
_F7 = ImageFont.truetype("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", 70)
def autofit_lines(text, width):
    """what Calc's optimal row height gives for Arial 7 pt in a column `width` wide (word wrap, measured)"""
    avail = width * 7.0 - 4.5
    lines, cur = 1, ""
    for w in text.split():
        trial = (cur + " " + w) if cur else w
        if not cur or _F7.getlength(trial) / 10 <= avail:
            cur = trial
        else:
            lines += 1; cur = w
    return lines

def make_peg(c):
    wb = openpyxl.Workbook(); ws_ = wb.active; ws_.title = "PDO 2024"
    thin = Side(style="thin", color="000000"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    f7 = Font(name="Arial", size=7); f7b = Font(name="Arial", size=7, bold=True)
    wrap = Alignment(wrap_text=True, vertical="top"); wrapc = Alignment(wrap_text=True, vertical="top", horizontal="center")
    widths = [4.5, 20, 23, 4, 9, 10, 5.5, 4.2, 5.2]
    for i, w in enumerate(widths):
        ws_.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    ws_.merge_cells("A1:I1"); ws_["A1"] = c["sheet_title"]; ws_["A1"].font = Font(name="Arial", size=9, bold=True)
    ws_["A1"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True); ws_.row_dimensions[1].height = 24
    ws_.merge_cells("A2:I2"); ws_["A2"] = "Approvato con deliberazione G.C. n. 34 del 15/02/2024 – Consuntivo validato dal Nucleo di valutazione il 28/04/2025"
    ws_["A2"].font = Font(name="Arial", size=7, italic=True); ws_["A2"].alignment = Alignment(horizontal="center")
    r = 3
    for i, h in enumerate(c["header"]):
        cell = ws_.cell(r, i + 1, h); cell.font = f7b; cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        cell.border = B; cell.fill = PatternFill("solid", fgColor="C0C0C0")
    ws_.print_title_rows = "3:3"
    r = 4; recs = []; layout = []
    for s in c["settori"]:
        ws_.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws_.cell(r, 1, "SETTORE " + s["code"] + " – " + s["title"]).font = Font(name="Arial", size=7.5, bold=True)
        ws_.merge_cells(start_row=r, start_column=7, end_row=r, end_column=9)
        ws_.cell(r, 7, "Resp.: " + s["row"].split("Resp. ")[1]).font = Font(name="Arial", size=6.5, italic=True)
        for col in range(1, 10):
            ws_.cell(r, col).fill = PatternFill("solid", fgColor="FFF2CC"); ws_.cell(r, col).border = B
        ws_.row_dimensions[r].height = 12
        r += 1
        for grp in s["groups"]:
            first = r
            for (name, um, tgt, cons, pc, peso, punti) in grp["ind"]:
                vals = [grp["cod"] if r == first else None, grp["ob"] if r == first else None, name, um, tgt, cons, pc, peso, punti]
                for i, v in enumerate(vals):
                    cell = ws_.cell(r, i + 1, v); cell.font = f7; cell.border = B
                    cell.alignment = wrap if i in (1, 2) else wrapc
                    cell.number_format = "@"
                lines = 1
                for i, v in enumerate(vals):
                    if v and i not in (1,):
                        lines = max(lines, autofit_lines(str(v), widths[i]))
                ws_.row_dimensions[r].height = 8.6 * lines + 2.5
                recs.append(record(area_code=s["code"], area_title=s["title"], objective_level="strategic", objective_code=grp["cod"],
                                   objective_title=grp["ob"], indicator=name, unit=um, weight=float(peso.replace(",", ".")), year=2024,
                                   target=tgt, actual=cons, achievement=pct(pc)))
                r += 1
            if r - 1 > first:
                ws_.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws_.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        tot = c["totals"][s["code"]]
        ws_.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws_.cell(r, 1, "Totale Settore " + s["code"]).font = f7b
        ws_.cell(r, 1).alignment = Alignment(horizontal="right")
        ws_.cell(r, 8, tot[0]).font = f7b; ws_.cell(r, 9, tot[1]).font = f7b
        for col in range(1, 10):
            ws_.cell(r, col).border = B; ws_.cell(r, col).alignment = Alignment(horizontal="right" if col == 1 else "center")
        r += 2
    ws_.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws_.cell(r, 1, "Note: " + c["footer_note"]).font = Font(name="Arial", size=6.5, italic=True)
    ws_.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top"); ws_.row_dimensions[r].height = 20
    r += 2
    ws_.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws_.cell(r, 1, c["recap_title"]).font = Font(name="Arial", size=8, bold=True)
    r += 1
    # recap: Settore spans A:C
    spans = [(1, 3), (4, 5), (6, 6), (7, 7), (8, 8), (9, 9)]
    for row_vals, hdr in [(c["recap_header"], True)] + [(x, False) for x in c["recap_rows"]]:
        for (a, b), v in zip(spans, row_vals):
            if b > a: ws_.merge_cells(start_row=r, start_column=a, end_row=r, end_column=b)
            cell = ws_.cell(r, a, v); cell.font = f7b if hdr else f7
            cell.alignment = Alignment(wrap_text=True, horizontal="left" if a == 1 else "center", vertical="center")
            for col in range(a, b + 1):
                ws_.cell(r, col).border = B
                if hdr: ws_.cell(r, col).fill = PatternFill("solid", fgColor="C0C0C0")
        ws_.row_dimensions[r].height = 20 if hdr else 11.5
        r += 1
    ws_.page_setup.orientation = "landscape"; ws_.page_setup.paperSize = ws_.PAPERSIZE_A4
    ws_.page_setup.fitToWidth = 1; ws_.page_setup.fitToHeight = 0; ws_.sheet_properties.pageSetUpPr.fitToPage = True
    ws_.page_margins.left = ws_.page_margins.right = 0.4; ws_.page_margins.top = 0.5; ws_.page_margins.bottom = 0.6
    ws_.oddFooter.center.text = "Pagina &P di &N"; ws_.oddFooter.center.size = 7
    ws_.oddHeader.right.text = "Comune di Fabriano – PEG/PDO 2024"; ws_.oddHeader.right.size = 7
    out = c["name"] + ".xlsx"; wb.save(out); to_pdf(out)
    return recs

# ---------------------------------------------------------------- read-back
def norm(s):
    return " ".join(s.replace("\u00ad", "").split())
COLS = {"comune-borgo-san-lorenzo-2025-piao": ("Indicatore", "Target"), "comune-scandiano-2024-relazione": ("Indicatore", "Atteso"),
        "comune-fabriano-2024-peg-pdo": ("Indicatore", "U.M.")}
def readback(name, recs):
    with pdfplumber.open(name + ".pdf") as pdf:
        a, b = COLS[name]; x0 = x1 = None
        for p in pdf.pages:
            ws_ = p.extract_words()
            ha = [w for w in ws_ if w["text"] == a]; hb = [w for w in ws_ if w["text"] == b and ha and abs(w["top"] - ha[0]["top"]) < 3]
            if ha and hb:
                x0, x1 = ha[0]["x0"], hb[0]["x0"]
                vx = sorted(set(round(e["x0"], 1) for e in p.edges if e["orientation"] == "v"))
                cx0 = max([v for v in vx if v < x0] or [0]); cx1 = max(v for v in vx if v < x1)
                break
        if name == "comune-scandiano-2024-relazione":
            cx0 = 0
        pages = []
        for p in pdf.pages:
            ws_ = [w for w in p.extract_words() if w["x0"] >= cx0 - 1 and w["x1"] <= cx1 + 1]
            pages.append(norm(" ".join(w["text"] for w in ws_)))
        full = [norm(p.extract_text() or "") for p in pdf.pages]
        words = [[w["text"] for w in p.extract_words()] for p in pdf.pages]
        npages = len(pdf.pages)
    cur_page, cur_off = 0, 0
    for r in recs:
        key = " ".join(r["indicator"].split()[:2])
        found = None
        for p in range(cur_page, npages):
            off = pages[p].find(key, cur_off if p == cur_page else 0)
            if off >= 0:
                found = (p, off); break
        assert found, (name, "indicator start not found", r["indicator"])
        cur_page, cur_off = found[0], found[1] + 1
        r["page"] = found[0] + 1
        # last words of the name: on the same or the following page
        tail = r["indicator"].split()[-1]
        endp = None
        for p in range(found[0], min(found[0] + 2, npages)):
            if tail in pages[p]:
                endp = p; break
        assert endp is not None, (name, "tail", r["indicator"])
        r["page_end"] = endp + 1
        # target/actual cell printed on the row's page
        for f in ("target", "actual"):
            if r[f]:
                first = r[f].split()[0]
                assert any(first in full[p] for p in range(found[0], endp + 1)), (name, f, r[f], r["page"])
    return npages

NOTES = {
 "comune-borgo-san-lorenzo-2025-piao": "Word PIAO 2.2 by the Segretario. Area headings above each table are the area (code = Area number, title as printed in capitals); the DUP strategic objective and the operational objective are merged cells down their rows (objective = operational, code 1.1.1). One Target 2025 column -> year 2025. Peso is per indicator row. Responsabile column -> extra (not scored). Staff table gives no records.",
 "comune-scandiano-2024-relazione": "NdV relazione. Settore headings (2. Settore I - ...) are areas with their own roman code. The per-Settore summary table (Obiettivo | Peso | % raggiungimento | Valutazione NdV) lists objectives, not indicators: no records (their peso/% are objective values). Each 'Obiettivo operativo n.n' heading is an operational objective; the prose under it before the table is a description, not a comment. 'Esito: X' after each indicator table is every indicator's status (status_text without 'Esito:'), the paragraph after it their comment (3.3's Esito line is the last line of page 4 and its comment paragraph is printed at the top of page 5). Atteso/Raggiunto carry no year -> year null. Scostamento -> extra. The 'Esito | N. obiettivi | %' table gives no records.",
 "comune-fabriano-2024-peg-pdo": "Calc PEG/PDO consuntivo exported landscape at 7 pt. SETTORE rows are areas (like a PEG Centro di responsabilita'); Cod. + Descrizione obiettivo are the objective (merged down its rows), no level word under an area -> strategic. Target 2024 / Consuntivo 2024 -> year 2024; U.M. -> unit; % -> achievement; Peso -> weight; Punti -> extra. Target/actual units come from the cell only (U.M. 'gg' does not make '<= 60' days). 'Obiettivo sospeso' in Consuntivo sets status suspended. 'Totale Settore' rows and the RIEPILOGO table give no records.",
}

def main():
    makers = {"comune-borgo-san-lorenzo-2025-piao": make_piao, "comune-scandiano-2024-relazione": make_rel,
              "comune-fabriano-2024-peg-pdo": make_peg}
    only = sys.argv[1:]
    for name, fn in makers.items():
        if only and name not in only: continue
        c = json.load(open(name + ".content.json"))
        recs = fn(c)
        npages = readback(name, recs)
        import hashlib
        sha = hashlib.sha256(open(name + ".pdf", "rb").read()).hexdigest()
        truth = {"schema": "perfextract/records@1", "source": {"path": name + ".pdf", "sha256": sha, "pages": npages},
                 "document": c["document"], "indicators": recs, "warnings": [], "_notes": NOTES[name]}
        json.dump(truth, open(name + ".truth.json", "w"), ensure_ascii=False, indent=1)
        print(name, npages, "pages", len(recs), "records")

if __name__ == "__main__":
    main()
