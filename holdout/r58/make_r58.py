# Round r58: renders NAME.pdf from NAME.content.json and writes NAME.truth.json from the content.
import json, re, os, subprocess, hashlib, sys, shutil
import pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__))
SOFFICE_PROFILE = "file:///tmp/lo-r58"

# ------------------------------------------------------------ value parser (RECORDS.md rules)
NUM = r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?"
def num(t):
    t = t.replace(".", "").replace(",", ".")
    v = float(t)
    return int(v) if v == int(v) and "." not in t else v
UNITS = [(r"%", "%"), (r"‰", "‰"), (r"€|euro", "EUR"), (r"gg\.?|giorni", "days"), (r"mesi", "months"), (r"ore", "hours")]
def unit_of(t):
    t = t.strip()
    for pat, u in UNITS:
        if re.fullmatch(pat, t): return u
    return None
def parse(cell):
    if cell is None: return (None, None, None, None)
    s = re.sub(r"\s+", " ", cell).strip()
    s = re.sub(r"\([^)]*\)", "", s).strip()
    if re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", s): return (None, None, None, None)
    op = "="
    m = re.match(r"(≥|>=|≤|<=|<|>|entro|almeno|pari a)\s*", s)
    if m:
        op = {"≥": ">=", ">=": ">=", "≤": "<=", "<=": "<=", "<": "<", ">": ">", "entro": "<=", "almeno": ">=", "pari a": "="}[m.group(1)]
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
        first = rest.split(" ")[0]
        u2 = unit_of(first)
        if u2: u = u2
    return (op, v, None, u)

LOWER = ["tempo medio", "tempi", "giorni", "riduzione", "costi", "durata"]
HIGHER = ["numero", "n.", "percentuale di", "% di", "incremento", "grado di", "tasso di", "realizzazione", "entro", "nei termini"]
def direction(name):
    n = name.lower(); best = None
    for w in LOWER + HIGHER:
        i = n.find(w)
        if i >= 0 and (best is None or i < best[0]): best = (i, "lower" if w in LOWER else "higher")
    return best[1] if best else None
def met(name, t, a, dir_override=None):
    to, tv, tmax, tu = t; ao, av, amax, au = a
    if tv is None or av is None: return None
    if tu and au and tu != au: return None
    if to == ">=": return av >= tv
    if to == "<=": return av <= tv
    if to == ">": return av > tv
    if to == "<": return av < tv
    if av == tv: return True
    d = dir_override or direction(name)
    if d is None: return None
    return av > tv if d == "higher" else av < tv

STATUS = {"raggiunto": "achieved", "parzialmente raggiunto": "partially_achieved", "non raggiunto": "not_achieved", "sospeso": "suspended"}
def pct(s):
    if s is None: return None
    m = re.match(r"(" + NUM + r")\s*%", s)
    return num(m.group(1)) if m else None

def rec(**kw):
    keys = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code", "objective_title",
            "indicator_code", "indicator", "type", "formula", "unit", "data_source", "weight", "baseline", "year",
            "target", "target_operator", "target_value", "target_value_max", "target_unit",
            "actual", "actual_operator", "actual_value", "actual_value_max", "actual_unit",
            "achievement", "notes", "status", "status_text", "comment", "met"]
    r = {k: None for k in keys}
    t = parse(kw.get("target")); a = parse(kw.get("actual"))
    r.update(kw)
    r["target_operator"], r["target_value"], r["target_value_max"], r["target_unit"] = t
    r["actual_operator"], r["actual_value"], r["actual_value_max"], r["actual_unit"] = a
    r["met"] = met(r["indicator"], t, a)
    return r

# ------------------------------------------------------------ truth builders
def truth_forli(c):
    out = []
    for ar in c["areas"]:
        for ob in ar["objectives"]:
            for row in ob["rows"]:
                st = row["esito"]
                out.append(rec(area_code=ar["code"], area_title=ar["title"], objective_level=ob["level"],
                    objective_code=ob["code"], objective_title=ob["title"], indicator_code=row["code"],
                    indicator=row["name"], year=2024, target=row["target"], actual=row["actual"],
                    achievement=pct(row["grado"]), notes=row["note"], status=STATUS[st.lower()], status_text=st,
                    _anchor=row["code"]))
    return out
def truth_pu(c):
    out = []
    for ar in c["areas"]:
        for ob in ar["objectives"]:
            for row in ob["rows"]:
                for y, t in zip(c["years"], row["targets"]):
                    out.append(rec(area_code=ar["code"], area_title=ar["title"], objective_level=ob["level"],
                        objective_code=ob["code"], objective_title=ob["title"], indicator_code=row["code"],
                        indicator=row["name"], data_source=row["source"], baseline=row["baseline"], year=y,
                        target=t, _anchor=row["code"]))
    return out
def truth_cciaa(c):
    out = []
    for ar in c["areas"]:
        for ob in ar["objectives"]:
            for row in ob["rows"]:
                for y, (t, a, s) in zip(c["years"], row["y"]):
                    out.append(rec(area_code=ar["code"], area_title=ar["title"], objective_level=ob["level"],
                        objective_code=ob["code"], objective_title=ob["title"], indicator_code=row["code"],
                        indicator=row["name"], unit=row["unit"], year=y, target=t, actual=a,
                        notes=row["note"], _anchor=row["code"]))
    return out

# ------------------------------------------------------------ renderers
def soffice(src):
    subprocess.run(["soffice", f"-env:UserInstallation={SOFFICE_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, src], check=True, capture_output=True)

def render_docx(name, c):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.6); sec.top_margin = Cm(2); sec.bottom_margin = Cm(1.8)
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    # footer with page number
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Comune di Forlì – Relazione sulla performance 2024 – pag. "); r.font.size = Pt(8)
    r2 = fp.add_run(); r2.font.size = Pt(8)
    for t, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if t:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), t); r2._r.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r2._r.append(e)
    def shade(cell, color):
        tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), color); tcPr.append(sh)
    def para(text, size=10, bold=False, align=None, space_after=6, color=None):
        p = d.add_paragraph(); run = p.add_run(text); run.font.size = Pt(size); run.bold = bold
        if color: run.font.color.rgb = RGBColor.from_string(color)
        if align: p.alignment = align
        p.paragraph_format.space_after = Pt(space_after)
        return p
    def blocks(bl):
        for kind, text in bl:
            if kind == "h1":
                hp = para(text, 13, True, space_after=6, color="1F3864")
                hp.paragraph_format.space_before = Pt(10); hp.paragraph_format.keep_with_next = True
            else: para(text, 10, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    def settext(cell, text, size=8, bold=False, align=None):
        cell.text = ""
        p = cell.paragraphs[0]; run = p.add_run(text or ""); run.font.size = Pt(size); run.bold = bold
        p.paragraph_format.space_after = Pt(0)
        if align is not None: p.alignment = align
    def cantsplit(row, header=False):
        trPr = row._tr.get_or_add_trPr()
        e = OxmlElement("w:cantSplit"); trPr.append(e)
        if header:
            h = OxmlElement("w:tblHeader"); trPr.append(h)
    def simple_table(spec, widths):
        para(spec["caption"], 9, True, space_after=3)
        t = d.add_table(rows=1 + len(spec["rows"]), cols=len(spec["header"])); t.style = "Table Grid"
        for j, h in enumerate(spec["header"]):
            settext(t.rows[0].cells[j], h, 8.5, True); shade(t.rows[0].cells[j], "D9E2F3")
        for i, row in enumerate(spec["rows"]):
            for j, v in enumerate(row):
                settext(t.rows[i + 1].cells[j], v, 8.5, row[0] == "Totale" or row[0].startswith("Totale"),
                        WD_ALIGN_PARAGRAPH.RIGHT if j else None)
        t.autofit = False
        for j, w in enumerate(widths): t.columns[j].width = Cm(w)
        for row in t.rows:
            for j, w in enumerate(widths): row.cells[j].width = Cm(w)
        d.add_paragraph().paragraph_format.space_after = Pt(4)
    # cover
    for _ in range(6): d.add_paragraph()
    cv = c["cover"]
    para(cv[0], 22, True, WD_ALIGN_PARAGRAPH.CENTER, 30, "1F3864")
    para(cv[1], 26, True, WD_ALIGN_PARAGRAPH.CENTER, 8)
    para(cv[2], 18, False, WD_ALIGN_PARAGRAPH.CENTER, 40)
    para(cv[3], 10, False, WD_ALIGN_PARAGRAPH.CENTER, 6)
    para(cv[4], 10, False, WD_ALIGN_PARAGRAPH.CENTER, 6)
    d.add_page_break()
    blocks(c["intro"])
    simple_table(c["staff"], [7.1, 2, 2.2, 2, 2, 2.3])
    blocks(c["results_intro"])
    W = [1.1, 4.35, 2.2, 2.2, 2.2, 1.35, 1.9, 2.5]
    C_ = WD_ALIGN_PARAGRAPH.CENTER
    for ar in c["areas"]:
        ap = para(ar["label"], 12, True, space_after=4, color="1F3864")
        ap.paragraph_format.space_before = Pt(8); ap.paragraph_format.keep_with_next = True
        for ob in ar["objectives"]:
            p = para(ob["heading"], 10, True, space_after=4); p.paragraph_format.keep_with_next = True
            t = d.add_table(rows=2 + len(ob["rows"]), cols=8); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
            h1, h2 = c["header"]["row1"], c["header"]["row2"]
            for j in range(8):
                if h1[j] is not None and h2[j] is None:
                    a = t.cell(0, j).merge(t.cell(1, j)); settext(a, h1[j], 8, True, C_)
                    a.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            for j in (3, 5):
                a = t.cell(0, j).merge(t.cell(0, j + 1)); settext(a, h1[j], 8, True, C_)
                settext(t.cell(1, j), h2[j], 8, True, C_); settext(t.cell(1, j + 1), h2[j + 1], 8, True, C_)
            for i in range(2):
                cantsplit(t.rows[i], header=True)
                for cell in t.rows[i].cells: shade(cell, "D9E2F3")
            for i, row in enumerate(ob["rows"]):
                vals = [row["code"], row["name"], row["target"], row["mid"], row["actual"], row["grado"], row["esito"], row["note"]]
                for j, v in enumerate(vals):
                    settext(t.cell(i + 2, j), v, 8, False, C_ if 2 <= j <= 6 else None)
                cantsplit(t.rows[i + 2])
            t.autofit = False
            for j, w in enumerate(W): t.columns[j].width = Cm(w)
            for row in t.rows:
                for j, w in enumerate(W): row.cells[j].width = Cm(w)
            d.add_paragraph().paragraph_format.space_after = Pt(2)
    blocks(c["closing"])
    simple_table(c["summary"], [6.1, 2.2, 2.8, 2.2, 2, 2.3])
    src = os.path.join(HERE, name + ".docx"); d.save(src); soffice(src)

def render_reportlab(name, c):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    body = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13, alignment=TA_JUSTIFY, spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName="DVB", fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=6, textColor=colors.HexColor("#7A1F1F"))
    ha = ParagraphStyle("ha", fontName="DVB", fontSize=10.5, leading=14, spaceBefore=10, spaceAfter=4, textColor=colors.HexColor("#7A1F1F"))
    ho = ParagraphStyle("ho", fontName="DVB", fontSize=9, leading=12, spaceBefore=6, spaceAfter=3)
    cell = ParagraphStyle("c", fontName="DV", fontSize=7.8, leading=9.6)
    cellc = ParagraphStyle("cc", parent=cell, alignment=TA_CENTER)
    cellr = ParagraphStyle("cr", parent=cell, alignment=TA_RIGHT)
    hdr = ParagraphStyle("h", fontName="DVB", fontSize=7.8, leading=9.6)
    hdrc = ParagraphStyle("hc", parent=hdr, alignment=TA_CENTER)
    cap = ParagraphStyle("cap", fontName="DVB", fontSize=8.5, leading=11, spaceAfter=3)
    cov = lambda s, sz, sp: ParagraphStyle("cv", fontName="DVB" if sz > 12 else "DV", fontSize=sz, leading=sz * 1.3, alignment=TA_CENTER, spaceAfter=sp)
    def P(t, s=cell): return Paragraph("" if t is None else t.replace("&", "&amp;"), s)
    def foot(canv, doc):
        canv.saveState(); canv.setFont("DV", 7.5)
        if doc.page > 1:
            canv.drawString(1.6 * cm, 28.6 * cm, "Provincia di Pesaro e Urbino – Piano della performance 2025-2027")
            canv.setLineWidth(0.3); canv.line(1.6 * cm, 28.45 * cm, 19.4 * cm, 28.45 * cm)
        canv.drawCentredString(10.5 * cm, 1.0 * cm, str(doc.page)); canv.restoreState()
    story = [Spacer(1, 6 * cm)]
    cv = c["cover"]
    story += [Paragraph(cv[0], cov(cv[0], 20, 24)), Paragraph(cv[1], cov(cv[1], 24, 18)), Paragraph(cv[2], cov(cv[2], 11, 8)), Paragraph(cv[3], cov(cv[3], 10, 6)), PageBreak()]
    def blocks(bl):
        for kind, text in bl: story.append(Paragraph(text, h1 if kind == "h1" else body))
    blocks(c["intro"])
    b = c["budget"]
    data = [[P(h, hdr if j == 0 else ParagraphStyle("x", parent=hdr, alignment=TA_RIGHT)) for j, h in enumerate(b["header"])]]
    for row in b["rows"]:
        bold = row[0] == "Totale"
        data.append([P(v, (hdr if bold else cell) if j == 0 else ParagraphStyle("y", parent=hdr if bold else cell, alignment=TA_RIGHT)) for j, v in enumerate(row)])
    bt = Table(data, colWidths=[8.4 * cm, 3.2 * cm, 3.2 * cm, 3.2 * cm])
    bt.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.black),
                            ("LINEABOVE", (0, -1), (-1, -1), 0.4, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [Paragraph(b["caption"], cap), bt, Spacer(1, 8)]
    blocks(c["results_intro"])
    W = [1.2 * cm, 4.5 * cm, 2.6 * cm, 2.45 * cm, 2.35 * cm, 2.35 * cm, 2.35 * cm]
    h1r, h2r = c["header"]["row1"], c["header"]["row2"]
    for ar in c["areas"]:
        pending = [Paragraph(ar["label"], ha)]
        for ob in ar["objectives"]:
            data = [[P(h1r[0], hdr), P(h1r[1], hdr), P(h1r[2], hdr), P(h1r[3], hdrc), P(h1r[4], hdrc), "", ""],
                    ["", "", "", "", P(h2r[0], hdrc), P(h2r[1], hdrc), P(h2r[2], hdrc)]]
            for row in ob["rows"]:
                data.append([P(row["code"]), P(row["name"]), P(row["source"]), P(row["baseline"], cellc)] + [P(t, cellc) for t in row["targets"]])
            t = Table(data, colWidths=W, repeatRows=2)
            t.setStyle(TableStyle([
                ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)), ("SPAN", (3, 0), (3, 1)),
                ("SPAN", (4, 0), (6, 0)),
                ("VALIGN", (0, 0), (3, 1), "BOTTOM"), ("VALIGN", (0, 2), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.9, colors.black),
                ("LINEBELOW", (4, 0), (6, 0), 0.25, colors.black),   # hairline under the group label
                ("LINEBELOW", (0, 1), (-1, 1), 0.6, colors.black),
                ("LINEBELOW", (0, -1), (-1, -1), 0.9, colors.black),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (4, 0), (6, 0), 8), ("RIGHTPADDING", (4, 0), (6, 0), 8),
            ]))
            story.append(KeepTogether(pending + [Paragraph(ob["heading"], ho), t])); pending = []
            story.append(Spacer(1, 6))
    blocks(c["closing"])
    doc = SimpleDocTemplate(os.path.join(HERE, name + ".pdf"), pagesize=A4, leftMargin=1.6 * cm, rightMargin=1.6 * cm,
                            topMargin=1.9 * cm, bottomMargin=1.8 * cm, title="Piano della performance 2025-2027", author="Provincia di Pesaro e Urbino")
    doc.build(story, onFirstPage=foot, onLaterPages=foot)

def render_xlsx(name, c):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    wb = Workbook(); ws = wb.active; ws.title = "Indicatori"
    thin = Side(style="thin", color="000000"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    fill = PatternFill("solid", fgColor="DDEBF7"); fill2 = PatternFill("solid", fgColor="F2F2F2")
    wrap = Alignment(wrap_text=True, vertical="top"); cen = Alignment(wrap_text=True, vertical="center", horizontal="center")
    widths = [14, 18, 6, 28, 8, 9, 10, 7, 9, 10, 7, 20]
    for j, w in enumerate(widths): ws.column_dimensions[chr(65 + j)].width = w
    ws["A1"] = c["title_rows"][0]; ws["A1"].font = Font(name="Liberation Sans", bold=True, size=12)
    ws["A2"] = c["title_rows"][1]; ws["A2"].font = Font(name="Liberation Sans", bold=True, size=10)
    H = c["header"]; hr0 = 4
    rows3 = [H["row1"], H["row2"], H["row3"]]
    for i, r in enumerate(rows3):
        for j, v in enumerate(r):
            ce = ws.cell(hr0 + i, j + 1, v); ce.font = Font(name="Liberation Sans", bold=True, size=9); ce.alignment = cen; ce.border = B; ce.fill = fill
    for j in [0, 1, 2, 3, 4, 11]: ws.merge_cells(start_row=hr0, end_row=hr0 + 2, start_column=j + 1, end_column=j + 1)
    ws.merge_cells(start_row=hr0, end_row=hr0, start_column=6, end_column=11)
    ws.merge_cells(start_row=hr0 + 1, end_row=hr0 + 1, start_column=6, end_column=8)
    ws.merge_cells(start_row=hr0 + 1, end_row=hr0 + 1, start_column=9, end_column=11)
    r = hr0 + 3
    f = Font(name="Liberation Sans", size=9)
    for ar in c["areas"]:
        ar_start = r
        for ob in ar["objectives"]:
            ob_start = r
            for row in ob["rows"]:
                vals = [ar["cell"], ob["cell"], row["code"], row["name"], row["unit"]]
                for (t, a, s) in row["y"]: vals += [t, a, s]
                vals.append(row["note"])
                for j, v in enumerate(vals):
                    ce = ws.cell(r, j + 1, v); ce.font = f; ce.border = B
                    ce.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if 4 <= j <= 10 else "left")
                    if j in (0, 1): ce.fill = fill2
                ws.row_dimensions[r].height = 46
                r += 1
            ws.merge_cells(start_row=ob_start, end_row=r - 1, start_column=2, end_column=2)
        ws.merge_cells(start_row=ar_start, end_row=r - 1, start_column=1, end_column=1)
    r += 1
    for n in c["note_rows"]:
        ws.cell(r, 1, n).font = Font(name="Liberation Sans", size=8, italic=True); r += 1
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{hr0}:{hr0 + 2}"
    ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddHeader.right.text = "&A"
    ws.page_margins.left = ws.page_margins.right = 0.5; ws.page_margins.top = ws.page_margins.bottom = 0.7
    # second sheet: budget
    b = c["budget"]; w2 = wb.create_sheet(b["sheet"])
    w2["A1"] = c["title_rows"][0]; w2["A1"].font = Font(name="Liberation Sans", bold=True, size=12)
    w2["A2"] = b["title"]; w2["A2"].font = Font(name="Liberation Sans", bold=True, size=10)
    for j, w in enumerate([36, 22, 18, 16]): w2.column_dimensions[chr(65 + j)].width = w
    for j, h in enumerate(b["header"]):
        ce = w2.cell(4, j + 1, h); ce.font = Font(name="Liberation Sans", bold=True, size=9); ce.border = B; ce.fill = fill; ce.alignment = cen
    for i, row in enumerate(b["rows"]):
        for j, v in enumerate(row):
            ce = w2.cell(5 + i, j + 1, v); ce.font = f; ce.border = B
            ce.alignment = Alignment(horizontal="right" if j else "left")
    w2.page_setup.orientation = "portrait"; w2.page_setup.paperSize = w2.PAPERSIZE_A4
    w2.page_setup.fitToWidth = 1; w2.page_setup.fitToHeight = 0; w2.sheet_properties.pageSetUpPr.fitToPage = True
    # first sheet: premessa (prose)
    w0 = wb.create_sheet("Premessa", 0); w0.column_dimensions["A"].width = 72
    w0["A1"] = c["title_rows"][0]; w0["A1"].font = Font(name="Liberation Sans", bold=True, size=13)
    w0["A2"] = "Relazione sulla performance 2024"; w0["A2"].font = Font(name="Liberation Sans", bold=True, size=12)
    rr = 4
    for kind, text in c["premessa"]:
        ce = w0.cell(rr, 1, text)
        if kind == "h":
            ce.font = Font(name="Liberation Sans", bold=True, size=10)
        else:
            ce.font = Font(name="Liberation Sans", size=10); ce.alignment = Alignment(wrap_text=True, vertical="top")
            w0.row_dimensions[rr].height = 14 * (len(text) // 72 + 1)
        rr += 1
    w0.page_setup.orientation = "portrait"; w0.page_setup.paperSize = w0.PAPERSIZE_A4
    w0.page_setup.fitToWidth = 1; w0.page_setup.fitToHeight = 0; w0.sheet_properties.pageSetUpPr.fitToPage = True
    w0.oddFooter.center.text = "Pagina &P di &N"; w0.oddHeader.right.text = "&A"
    w2.oddFooter.center.text = "Pagina &P di &N"; w2.oddHeader.right.text = "&A"
    src = os.path.join(HERE, name + ".xlsx"); wb.save(src); soffice(src)

# ------------------------------------------------------------ read-back of pages
def norm(s): return re.sub(r"\s+", " ", s).strip()
def readback(pdf, recs):
    with pdfplumber.open(pdf) as p:
        pages = [[w["text"] for w in pg.extract_words()] for pg in p.pages]
        texts = [norm(pg.extract_text() or "") for pg in p.pages]
    cur = 0; last_anchor = None; last_page = None
    for r in recs:
        a = r.pop("_anchor")
        if a == last_anchor:
            r["page"] = r["page_end"] = last_page; continue
        found = None
        for pi in range(cur, len(pages)):
            if a in pages[pi]: found = pi; break
        assert found is not None, (pdf, a)
        name = r["indicator"].split(); txt = texts[found]
        for w in name: assert w in pages[found], (pdf, a, w)
        if r.get("notes"): assert r["notes"].split()[-1] in pages[found], (pdf, a, "notes")
        if r.get("target"): assert r["target"].split()[-1] in pages[found], (pdf, a, "target")
        r["page"] = r["page_end"] = found + 1
        cur = found; last_anchor = a; last_page = found + 1
    return len(pages)

JOBS = {"comune-forli-2024-relazione": (render_docx, truth_forli),
        "provincia-pesaro-urbino-2025-piano": (render_reportlab, truth_pu),
        "cciaa-romagna-2024-relazione": (render_xlsx, truth_cciaa)}
if __name__ == "__main__":
    for name, (render, truth) in JOBS.items():
        if len(sys.argv) > 1 and name not in sys.argv[1:]: continue
        c = json.load(open(os.path.join(HERE, name + ".content.json")))
        render(name, c)
        pdf = os.path.join(HERE, name + ".pdf")
        recs = truth(c)
        npages = readback(pdf, recs)
        doc = {"schema": "perfextract/records@1",
               "_about": f"Generated by blind/r58/make_r58.py from {name}.content.json; pages read back from the PDF.",
               "source": {"path": name + ".pdf", "sha256": hashlib.sha256(open(pdf, "rb").read()).hexdigest(), "pages": npages},
               "document": c["document"], "indicators": recs, "warnings": []}
        json.dump(doc, open(os.path.join(HERE, name + ".truth.json"), "w"), ensure_ascii=False, indent=1)
        print(name, npages, "pages", len(recs), "records")
