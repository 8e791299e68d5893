# Round r60: renders NAME.pdf from NAME.content.json and writes NAME.truth.json from the content.
import json, re, os, subprocess, hashlib, sys
import pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__))
SOFFICE_PROFILE = "file:///tmp/lo-r60"

# ------------------------------------------------------------ value parser (RECORDS.md rules)
NUM = r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?"
def num(t):
    t = t.replace(".", "").replace(",", ".")
    v = float(t)
    return int(v) if v == int(v) and "." not in t else v
UNITS = [(r"%", "%"), (r"‰", "‰"), (r"€|euro", "EUR"), (r"gg\.?|giorni", "days"), (r"mesi", "months"), (r"ore", "hours")]
def unit_of(t):
    for pat, u in UNITS:
        if re.fullmatch(pat, t.strip()): return u
    return None
def parse(cell):
    if cell is None: return (None, None, None, None)
    s = re.sub(r"\s+", " ", cell).strip()
    s = re.sub(r"\([^)]*\)", "", s).strip()
    if re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", s): return (None, None, None, None)
    op = "="
    m = re.match(r"(≥|>=|≤|<=|<|>|entro|almeno|pari a)\s*", s, re.I)
    if m:
        op = {"≥": ">=", ">=": ">=", "≤": "<=", "<=": "<=", "<": "<", ">": ">", "entro": "<=", "almeno": ">=", "pari a": "="}[m.group(1).lower()]
        s = s[m.end():]
    pre = None
    m = re.match(r"(€|gg)\s*", s)
    if m: pre = unit_of(m.group(1)); s = s[m.end():]
    m = re.match(r"(" + NUM + r")\s*(.*)$", s)
    if not m: return (None, None, None, None)
    v = num(m.group(1)); rest = m.group(2).strip()
    if re.search(r"\d", rest): return (None, None, None, None)
    u = pre
    if rest:
        u2 = unit_of(rest.split(" ")[0])
        if u2: u = u2
    return (op, v, None, u)

LOWER = ["tempo medio", "tempi", "giorni", "riduzione", "costi"]
HIGHER = ["numero", "n.", "percentuale di", "% di", "incremento", "grado di", "tasso di", "realizzazione", "entro", "nei termini"]
def direction(name):
    n = name.lower(); best = None
    for w in LOWER + HIGHER:
        i = n.find(w)
        if i >= 0 and (best is None or i < best[0]): best = (i, "lower" if w in LOWER else "higher")
    return best[1] if best else None
def met(name, t, a):
    to, tv, tmax, tu = t; ao, av, amax, au = a
    if tv is None or av is None: return None
    if tu and au and tu != au: return None
    if to == ">=": return av >= tv
    if to == "<=": return av <= tv
    if to == ">": return av > tv
    if to == "<": return av < tv
    if av == tv: return True
    d = direction(name)
    if d is None: return None
    return av > tv if d == "higher" else av < tv

STATUS = {"raggiunto": "achieved", "parzialmente raggiunto": "partially_achieved", "non raggiunto": "not_achieved",
          "obiettivo sospeso": "suspended"}
def pct(s):
    if s is None: return None
    m = re.match(r"(" + NUM + r")\s*%", s)
    return num(m.group(1)) if m else None
def wnum(s):
    if not s: return None
    return num(s.replace("%", "").strip())
def nz(s): return s if s not in ("", None) else None

KEYS = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code", "objective_title",
        "indicator_code", "indicator", "type", "formula", "unit", "data_source", "weight", "baseline", "year",
        "target", "target_operator", "target_value", "target_value_max", "target_unit",
        "actual", "actual_operator", "actual_value", "actual_value_max", "actual_unit",
        "achievement", "notes", "status", "status_text", "comment", "met"]
def rec(**kw):
    r = {k: None for k in KEYS}
    r.update(kw)
    t = parse(r["target"]); a = parse(r["actual"])
    r["target_operator"], r["target_value"], r["target_value_max"], r["target_unit"] = t
    r["actual_operator"], r["actual_value"], r["actual_value_max"], r["actual_unit"] = a
    r["met"] = met(r["indicator"], t, a)
    return r
def split_code(cell):  # "1.1.1 – Titolo" -> ("1.1.1", "Titolo")
    code, title = cell.split(" – ", 1)
    return code.strip(), title.strip()

# ------------------------------------------------------------ truth builders
def truth_peg(c):
    out = []
    for ar in c["areas"]:
        for ob in ar["objectives"]:
            for row in ob["rows"]:
                for y, t in zip(c["years"], row["targets"]):
                    out.append(rec(area_code=ar["code"], area_title=ar["title"], objective_level="operational",
                        objective_code=ob["code"], objective_title=ob["title"], indicator_code=row["code"],
                        indicator=row["name"], formula=row["formula"], weight=wnum(row["weight"]),
                        baseline=row["baseline"], year=y, target=nz(t), _anchor=row["code"]))
    return out
def truth_piao(c):
    out = []
    for row in c["rows"]:
        ac, at = split_code(row[0]); oc, ot = split_code(row[2])
        for y, t in zip(c["years"], row[8:11]):
            out.append(rec(area_code=ac, area_title=at, objective_level="operational", objective_code=oc,
                objective_title=ot, indicator_code=row[3], indicator=row[4], unit=row[5], data_source=row[6],
                baseline=row[7], year=y, target=nz(t), _anchor=row[3]))
    return out
def truth_rel(c):
    out = []
    for ar in c["areas"]:
        for ob in ar["objectives"]:
            for row in ob["rows"]:
                out.append(rec(area_code=ar["code"], area_title=ar["title"], objective_level="operational",
                    objective_code=ob["code"], objective_title=ob["title"], indicator_code=row["code"],
                    indicator=row["name"], weight=wnum(row["weight"]), year=2024, target=row["target"],
                    actual=row["actual"], achievement=pct(row["ach"]), status=STATUS[row["status"].lower()],
                    status_text=row["status"], comment=row["comment"], _anchor=row["code"]))
    return out

# ------------------------------------------------------------ renderers
def soffice(src):
    subprocess.run(["soffice", f"-env:UserInstallation={SOFFICE_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, src], check=True, capture_output=True)

def render_docx(name, c):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    for hs in ("Heading 1", "Heading 2", "Heading 3"):
        d.styles[hs].font.name = "Liberation Sans"; d.styles[hs].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    for m in ("left_margin", "right_margin"): setattr(sec, m, Cm(2))
    sec.top_margin = Cm(1.8); sec.bottom_margin = Cm(1.6)
    # footer with page number
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Comune di Carpi – PEG 2025-2027 – pag. "); r.font.size = Pt(8)
    r = fp.add_run(); r.font.size = Pt(8)
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), tag)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt
        r._r.append(e)
    sec.different_first_page_header_footer = True

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill); tcPr.append(s)
    def cant_split(row):
        trPr = row._tr.get_or_add_trPr(); e = OxmlElement("w:cantSplit"); trPr.append(e)
    def repeat_header(row):
        trPr = row._tr.get_or_add_trPr(); e = OxmlElement("w:tblHeader"); trPr.append(e)
    def cell_text(cell, text, bold=False, size=9, align=None):
        p = cell.paragraphs[0]; p.paragraph_format.space_after = Pt(0)
        if align: p.alignment = align
        r = p.add_run(text); r.bold = bold; r.font.size = Pt(size)
    def widths(t, cms):
        t.autofit = False
        for i, w in enumerate(cms): t.columns[i].width = Cm(w)
        for row in t.rows:
            for i, w in enumerate(cms): row.cells[i].width = Cm(w)

    # cover
    for txt, size, bold, before in [("COMUNE DI CARPI", 26, True, 60), ("Provincia di Modena", 13, False, 4),
                                    ("PIANO ESECUTIVO DI GESTIONE 2025-2027", 20, True, 70),
                                    ("Piano dettagliato degli obiettivi e degli indicatori", 14, False, 6),
                                    ("Approvato con deliberazione della Giunta comunale n. 7 del 21/01/2025", 10, False, 90)]:
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_before = Pt(before)
        r = p.add_run(txt); r.font.size = Pt(size); r.bold = bold; r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    d.add_page_break()
    d.add_heading("1. Premessa", level=1)
    for t in c["intro"]:
        p = d.add_paragraph(t); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    b = c["budget"]
    p = d.add_paragraph(); r = p.add_run(b["title"]); r.bold = True; r.font.size = Pt(9)
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(b["header"]):
        cell_text(t.rows[0].cells[i], h, bold=True); shade(t.rows[0].cells[i], "D9E2F3")
    for row in b["rows"]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, bold=(row[0] == "Totale"), align=WD_ALIGN_PARAGRAPH.RIGHT if i else None)
    widths(t, [10, 4.5, 4.5, 4.5])
    d.add_page_break()
    d.add_heading("2. Obiettivi e indicatori per Centro di responsabilità", level=1)
    for ai, ar in enumerate(c["areas"]):
        if ai: d.add_page_break()
        d.add_heading(f"Centro di responsabilità {ar['code']} – {ar['title']}", level=2)
        p = d.add_paragraph(f"Dirigente responsabile: {ar['dirigente']}")
        for ob in ar["objectives"]:
            kv = d.add_table(rows=2, cols=2); kv.style = "Table Grid"
            cell_text(kv.rows[0].cells[0], "Obiettivo operativo", bold=True); shade(kv.rows[0].cells[0], "D9E2F3")
            cell_text(kv.rows[0].cells[1], f"{ob['code']} – {ob['title']}", bold=True)
            cell_text(kv.rows[1].cells[0], "Peso dell'obiettivo", bold=True); shade(kv.rows[1].cells[0], "D9E2F3")
            cell_text(kv.rows[1].cells[1], ob["weight"])
            widths(kv, [4.5, 21.2])
            d.add_paragraph().paragraph_format.space_after = Pt(0)
            t = d.add_table(rows=1, cols=8); t.style = "Table Grid"
            hr = t.rows[0]; repeat_header(hr); cant_split(hr)
            for i, h in enumerate(c["header"]):
                cell_text(hr.cells[i], h, bold=True, size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER); shade(hr.cells[i], "D9E2F3")
            for row in ob["rows"]:
                rr = t.add_row(); cant_split(rr)
                vals = [row["code"], row["name"], row["formula"], row["weight"], row["baseline"]] + row["targets"]
                for i, v in enumerate(vals):
                    cell_text(rr.cells[i], v, size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER if i >= 3 else None)
            widths(t, [1.5, 6.6, 6.4, 1.5, 2.4, 2.6, 2.4, 2.3])
            d.add_paragraph().paragraph_format.space_after = Pt(2)
    d.add_heading("3. Monitoraggio e verifica", level=1)
    d.add_paragraph("Il monitoraggio intermedio degli obiettivi è effettuato al 31 luglio di ciascun anno, in occasione della "
                    "verifica della salvaguardia degli equilibri di bilancio. Le eventuali proposte di variazione degli obiettivi "
                    "sono presentate dai Dirigenti entro il 15 settembre e approvate dalla Giunta con variazione del PEG.").alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    src = os.path.join(HERE, name + ".docx"); d.save(src); soffice(src)

def render_xlsx(name, c):
    import math
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    from openpyxl.worksheet.page import PageMargins
    wb = Workbook()
    thin = Side(style="thin", color="9E9E9E")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    # cover sheet
    w0 = wb.active; w0.title = "Frontespizio"
    w0.column_dimensions["A"].width = 120
    sizes = [22, 12, 18, 13, 13, 10]
    for i, (txt, sz) in enumerate(zip(c["cover"], sizes)):
        r = 4 + i * 3
        w0.cell(r, 1, txt).font = Font(name="Liberation Sans", size=sz, bold=(i in (0, 2)), color="1F4E3D")
        w0.cell(r, 1).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        w0.row_dimensions[r].height = sz * 2
    w0.page_setup.orientation = "landscape"; w0.page_setup.paperSize = 9
    w0.page_setup.fitToWidth = 1; w0.page_setup.fitToHeight = 1; w0.sheet_properties.pageSetUpPr.fitToPage = True
    # performance sheet
    ws = wb.create_sheet("2.2 Performance")
    widths = [20, 20, 26, 7, 34, 9, 15, 10, 12, 12, 12]
    for i, w in enumerate(widths): ws.column_dimensions[chr(65 + i)].width = w
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=11)
    ws.cell(1, 1, "PIAO 2025-2027 – Sottosezione 2.2 Performance – Obiettivi operativi e indicatori").font = Font(name="Liberation Sans", size=13, bold=True, color="1F4E3D")
    ws.row_dimensions[1].height = 22
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=11)
    ws.cell(2, 1, c["note_top"]).font = Font(name="Liberation Sans", size=9, italic=True)
    ws.cell(2, 1).alignment = Alignment(wrap_text=True, vertical="top"); ws.row_dimensions[2].height = 28
    hfill = PatternFill("solid", fgColor="1F4E3D"); zfill = PatternFill("solid", fgColor="E8F1EC")
    for i, h in enumerate(c["header"]):
        cl = ws.cell(4, i + 1, h); cl.font = Font(name="Liberation Sans", size=9, bold=True, color="FFFFFF")
        cl.fill = hfill; cl.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True); cl.border = border
    ws.row_dimensions[4].height = 28
    for ri, row in enumerate(c["rows"]):
        r = 5 + ri; lines = 1
        for i, v in enumerate(row):
            cl = ws.cell(r, i + 1, v); cl.font = Font(name="Liberation Sans", size=9)
            cl.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if i >= 5 or i == 3 else "left")
            cl.border = border
            if ri % 2: cl.fill = zfill
            lines = max(lines, math.ceil(len(v) * 1.02 / widths[i]))
        ws.row_dimensions[r].height = 11.5 * lines + 3
    last = 5 + len(c["rows"])
    ws.cell(last + 1, 1, "Legenda: n. = numero; ore = ore/uomo; la fonte dati indica il sistema da cui è estratto il valore a consuntivo.").font = Font(name="Liberation Sans", size=8, italic=True)
    ws.print_title_rows = "4:4"
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.7, bottom=0.7)
    ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddHeader.right.text = "Unione Terre di Castelli – PIAO 2025-2027"
    # staff sheet
    w2 = wb.create_sheet("3.3 Fabbisogni")
    s2 = c["sheet2"]; wd2 = [46, 18, 14, 14, 14, 18]
    for i, w in enumerate(wd2): w2.column_dimensions[chr(65 + i)].width = w
    w2.merge_cells("A1:F1"); w2.cell(1, 1, s2["title"]).font = Font(name="Liberation Sans", size=12, bold=True, color="1F4E3D")
    w2.cell(1, 1).alignment = Alignment(wrap_text=True); w2.row_dimensions[1].height = 34
    for i, h in enumerate(s2["header"]):
        cl = w2.cell(3, i + 1, h); cl.font = Font(name="Liberation Sans", size=9, bold=True, color="FFFFFF"); cl.fill = hfill
        cl.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True); cl.border = border
    w2.row_dimensions[3].height = 28
    for ri, row in enumerate(s2["rows"]):
        for i, v in enumerate(row):
            cl = w2.cell(4 + ri, i + 1, v); cl.border = border
            cl.font = Font(name="Liberation Sans", size=9, bold=(row[0] == "Totale"))
            cl.alignment = Alignment(horizontal="left" if i == 0 else "right")
    w2.page_setup.orientation = "landscape"; w2.page_setup.paperSize = 9
    w2.page_setup.fitToWidth = 1; w2.page_setup.fitToHeight = 0; w2.sheet_properties.pageSetUpPr.fitToPage = True
    w2.oddFooter.center.text = "Pagina &P di &N"; w2.oddHeader.right.text = "Unione Terre di Castelli – PIAO 2025-2027"
    src = os.path.join(HERE, name + ".xlsx"); wb.save(src); soffice(src)

def render_reportlab(name, c):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether)
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    FD = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf")); pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSans-Oblique.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")
    BLUE = colors.HexColor("#8B1E2D"); LIGHT = colors.HexColor("#F3E6E8"); GREY = colors.HexColor("#9A9A9A")
    body = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName="DVB", fontSize=13, leading=17, textColor=BLUE, spaceBefore=8, spaceAfter=8)
    cellp = ParagraphStyle("c", fontName="DV", fontSize=8, leading=10)
    cellr = ParagraphStyle("cr", parent=cellp, alignment=TA_RIGHT)
    cellc = ParagraphStyle("cc", parent=cellp, alignment=TA_CENTER)
    headp = ParagraphStyle("h", fontName="DVB", fontSize=7.5, leading=9, textColor=colors.HexColor("#444444"))
    headc = ParagraphStyle("hc", parent=headp, alignment=TA_CENTER)
    band1 = ParagraphStyle("a", fontName="DVB", fontSize=10, leading=13, textColor=colors.white)
    band2 = ParagraphStyle("o", fontName="DVB", fontSize=9, leading=12, textColor=BLUE)
    statp = ParagraphStyle("s", fontName="DV", fontSize=7.8, leading=10, textColor=colors.HexColor("#333333"))
    SCOL = {"RAGGIUNTO": "#2E7D32", "PARZIALMENTE RAGGIUNTO": "#B26A00", "NON RAGGIUNTO": "#C62828", "OBIETTIVO SOSPESO": "#555555"}
    W = A4[0] - 3.6 * cm
    def deco(cv, doc):
        if doc.page == 1: return
        cv.saveState(); cv.setFont("DV", 7.5); cv.setFillColor(GREY)
        cv.drawString(1.8 * cm, A4[1] - 1.2 * cm, "Comune di Imola – Relazione sulla performance 2024")
        cv.drawRightString(A4[0] - 1.8 * cm, 1.1 * cm, f"Pag. {doc.page}")
        cv.setStrokeColor(GREY); cv.setLineWidth(0.3); cv.line(1.8 * cm, A4[1] - 1.35 * cm, A4[0] - 1.8 * cm, A4[1] - 1.35 * cm)
        cv.restoreState()
    doc = SimpleDocTemplate(os.path.join(HERE, name + ".pdf"), pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm,
                            topMargin=1.9 * cm, bottomMargin=1.8 * cm, title="Relazione sulla performance 2024", author="Comune di Imola")
    S = []
    cv = c["cover"]
    S += [Spacer(1, 5 * cm), Paragraph(cv[0], ParagraphStyle("x", fontName="DVB", fontSize=26, leading=32, alignment=TA_CENTER, textColor=BLUE)),
          Paragraph(cv[1], ParagraphStyle("x", fontName="DV", fontSize=12, leading=16, alignment=TA_CENTER)), Spacer(1, 3 * cm),
          Paragraph(cv[2], ParagraphStyle("x", fontName="DVB", fontSize=20, leading=26, alignment=TA_CENTER)),
          Paragraph(cv[3], ParagraphStyle("x", fontName="DVB", fontSize=16, leading=22, alignment=TA_CENTER, textColor=BLUE)), Spacer(1, 6 * cm)]
    for t in cv[4:]: S.append(Paragraph(t, ParagraphStyle("x", fontName="DV", fontSize=9, leading=13, alignment=TA_CENTER)))
    S.append(PageBreak())
    S.append(Paragraph(c["intro_title"], h1)); S += [Paragraph(t, body) for t in c["intro"]]
    S.append(Paragraph(c["summary_title"], h1))
    S.append(Paragraph("Il quadro seguente riepiloga l'esito degli indicatori di performance organizzativa monitorati nel 2024.", body))
    def simple(tb, colw, right_from=1):
        data = [[Paragraph(h, headp if i == 0 else headc) for i, h in enumerate(tb["header"])]]
        for row in tb["rows"]:
            data.append([Paragraph(("<b>%s</b>" % v) if row[0] == "Totale" else v, cellp if i < right_from else cellr) for i, v in enumerate(row)])
        t = Table(data, colWidths=colw, hAlign="LEFT")
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, BLUE), ("LINEBELOW", (0, 1), (-1, -1), 0.25, GREY),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        return t
    S.append(simple(c["summary"], [6 * cm, 3 * cm, 3 * cm]))
    S.append(Paragraph(c["budget_title"], h1)); S.append(Paragraph(c["budget_intro"], body))
    S.append(simple(c["budget"], [8 * cm, 3.4 * cm, 3.4 * cm, 2.6 * cm]))
    S.append(PageBreak()); S.append(Paragraph(c["results_title"], h1))
    S.append(Paragraph("Per ciascun obiettivo operativo sono riportati gli indicatori con il relativo peso, il valore atteso e il valore "
                       "rilevato a consuntivo. Sotto ciascun indicatore è indicato l'esito, con la motivazione dell'eventuale scostamento.", body))
    colw = [1.4 * cm, 6.6 * cm, 1.3 * cm, 3.2 * cm, 2.9 * cm, W - 15.4 * cm]
    for ar in c["areas"]:
        bt = Table([[Paragraph(f"AREA STRATEGICA {ar['code']} – {ar['title'].upper() if False else ar['title']}", band1)]], colWidths=[W])
        bt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), BLUE), ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        first = True
        for ob in ar["objectives"]:
            ot = Table([[Paragraph(f"Obiettivo operativo {ob['code']} – {ob['title']}", band2)]], colWidths=[W])
            ot.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), LIGHT), ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
            data = [[Paragraph(h, headp if i < 2 else headc) for i, h in enumerate(c["header"])]]
            sty = [("LINEBELOW", (0, 0), (-1, 0), 0.6, BLUE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                   ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
            for row in ob["rows"]:
                i = len(data)
                data.append([Paragraph(row["code"], cellp), Paragraph(row["name"], cellp), Paragraph(row["weight"], cellc),
                             Paragraph(row["target"], cellc), Paragraph(row["actual"], cellc), Paragraph(row["ach"], cellc)])
                txt = f"<font color='{SCOL[row['status']]}'><b>{row['status']}</b></font>"
                if row["comment"]: txt += f" <i>{row['comment']}</i>"
                data.append(["", Paragraph(txt, statp), "", "", "", ""])
                sty += [("SPAN", (1, i + 1), (-1, i + 1)), ("LINEBELOW", (0, i + 1), (-1, i + 1), 0.25, GREY),
                        ("NOSPLIT", (0, i), (-1, i + 1)), ("TOPPADDING", (0, i + 1), (-1, i + 1), 0)]
            t = Table(data, colWidths=colw, repeatRows=1, hAlign="LEFT"); t.setStyle(TableStyle(sty))
            head = [bt, Spacer(1, 3)] if first else []
            S.append(KeepTogether(head + [ot, Spacer(1, 2), t])); S.append(Spacer(1, 10)); first = False
    S.append(Paragraph(c["closing_title"], h1)); S.append(Paragraph(c["closing"], body))
    doc.build(S, onFirstPage=deco, onLaterPages=deco)

# ------------------------------------------------------------ read-back of pages
def readback(pdf, recs):
    with pdfplumber.open(pdf) as p:
        pages = [[w["text"] for w in pg.extract_words()] for pg in p.pages]
    cur = 0; last_anchor = None; last = None
    for r in recs:
        a = r.pop("_anchor")
        if a == last_anchor:
            r["page"], r["page_end"] = last; continue
        found = next((pi for pi in range(cur, len(pages)) if a in pages[pi]), None)
        assert found is not None, (pdf, a)
        words = r["indicator"].split()
        assert words[0] in pages[found], (pdf, a, words[0])
        end = next(pi for pi in range(found, len(pages)) if all(w in pages[pi] for w in words[-2:]))
        for w in words: assert w in pages[found] or w in pages[end], (pdf, a, w)
        for fld in ("target", "actual", "formula", "baseline"):
            if r.get(fld): assert r[fld].split()[-1] in pages[found] + pages[end], (pdf, a, fld, r[fld])
        if r.get("comment"):
            assert r["comment"].split()[-1] in sum(pages[found:end + 2], []), (pdf, a, "comment")
        r["page"], r["page_end"] = found + 1, end + 1
        cur = found; last_anchor = a; last = (found + 1, end + 1)
    return len(pages)

JOBS = {"comune-carpi-2025-peg": (render_docx, truth_peg),
        "unione-terre-castelli-2025-piao": (render_xlsx, truth_piao),
        "comune-imola-2024-relazione": (render_reportlab, truth_rel)}
if __name__ == "__main__":
    for name, (render, truth) in JOBS.items():
        if len(sys.argv) > 1 and name not in sys.argv[1:]: continue
        c = json.load(open(os.path.join(HERE, name + ".content.json")))
        render(name, c)
        pdf = os.path.join(HERE, name + ".pdf")
        recs = truth(c)
        npages = readback(pdf, recs)
        doc = {"schema": "perfextract/records@1",
               "_about": f"Generated by blind/r60/make_r60.py from {name}.content.json; pages read back from the PDF.",
               "source": {"path": name + ".pdf", "sha256": hashlib.sha256(open(pdf, "rb").read()).hexdigest(), "pages": npages},
               "document": c["document"], "indicators": recs, "warnings": []}
        json.dump(doc, open(os.path.join(HERE, name + ".truth.json"), "w"), ensure_ascii=False, indent=1)
        print(name, npages, "pages", len(recs), "records", "splits:", sum(r["page"] != r["page_end"] for r in recs))
