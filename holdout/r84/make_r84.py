"""Render the r84 samples from their content and write truths from the content.
Usage: .venv/bin/python make_r84.py"""
import hashlib, json, os, re, subprocess, sys
import content_r84 as C

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
LO = ["soffice", "-env:UserInstallation=file:///tmp/lo-r84", "--headless", "--convert-to", "pdf", "--outdir", HERE]

# ------------------------------------------------------------------ values
NUM = r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?"
OPS = [("≥", ">="), (">=", ">="), ("≤", "<="), ("<=", "<="), (">", ">"), ("<", "<"),
       ("almeno", ">="), ("entro", "<="), ("=", "=")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


def parse(s):
    nul = (None, None, None, None)
    if s is None:
        return nul
    t = " ".join(s.split())
    if re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", t):
        return nul
    op = None
    for a, b in OPS:
        if t.startswith(a):
            op, t = b, t[len(a):].strip()
            break
    unit = None
    if t.startswith("€"):
        unit, t = "EUR", t[1:].strip()
    m = re.match(NUM, t)
    if not m:
        return nul
    v = num(m.group(0))
    rest = t[m.end():].strip()
    rest_np = re.sub(r"\([^)]*\)", "", rest)
    if re.search(r"\d", rest_np):
        return nul
    if rest.startswith("%"):
        unit = "%"
    elif re.match(r"(gg|giorni)\b", rest):
        unit = "days"
    elif rest.startswith("€") or rest.startswith("euro"):
        unit = "EUR"
    elif re.match(r"mesi\b", rest):
        unit = "months"
    elif re.match(r"(ore|h)\b", rest):
        unit = "hours"
    return (op or "=", v, None, unit)


def met(tp, ap, direction):
    top, tv, _, tu = tp
    aop, av, _, au = ap
    if top is None or aop is None or tv is None or av is None:
        return None
    if tu and au and tu != au:
        return None
    if top == ">=": return av >= tv
    if top == ">": return av > tv
    if top == "<=": return av <= tv
    if top == "<": return av < tv
    if abs(av - tv) < 1e-9:
        return True
    if direction is None:
        return None
    return av > tv if direction > 0 else av < tv


STATUS = {"raggiunto": "achieved", "parzialmente raggiunto": "partially_achieved",
          "non raggiunto": "not_achieved", "sospeso": "suspended", "obiettivo sospeso": "suspended"}


def ws(s):
    if s is None:
        return None
    s = " ".join(str(s).split())
    return s or None


def record(**kw):
    keys = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code",
            "objective_title", "indicator_code", "indicator", "type", "formula", "unit", "data_source",
            "weight", "baseline", "year", "target", "target_operator", "target_value",
            "target_value_max", "target_unit", "actual", "actual_operator", "actual_value",
            "actual_value_max", "actual_unit", "achievement", "notes", "status", "status_text",
            "comment", "met"]
    r = {k: None for k in keys}
    r.update(kw)
    direction = r.pop("_dir", None)
    r["target"], r["actual"] = ws(r["target"]), ws(r["actual"])
    tp, ap = parse(r["target"]), parse(r["actual"])
    r["target_operator"], r["target_value"], r["target_value_max"], r["target_unit"] = tp
    r["actual_operator"], r["actual_value"], r["actual_value_max"], r["actual_unit"] = ap
    r["met"] = met(tp, ap, direction)
    drop = r.pop("_drop", [])
    for k in drop:
        r.pop(k, None)
    return r


# ------------------------------------------------------------------ docx
def make_docx(s):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm, RGBColor

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Serif"; st.font.size = Pt(11)
    for name, size in (("Heading 1", 14), ("Heading 2", 12.5), ("Heading 3", 11.5)):
        hs = d.styles[name]; hs.font.name = "Liberation Sans"; hs.font.size = Pt(size)
        hs.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]; hp.text = "Comune di Castelfranco Veneto – Relazione sulla performance 2023"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT; hp.runs[0].font.size = Pt(8); hp.runs[0].italic = True
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Pag. "); r.font.size = Pt(9)
    r = fp.add_run(); r.font.size = Pt(9)
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), tag); r._r.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r._r.append(e)

    # cover
    for _ in range(6):
        d.add_paragraph()
    for i, line in enumerate(s["cover"]):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(line)
        run.font.name = "Liberation Sans"
        run.font.size = Pt([20, 12, 11, 24, 20, 10, 10][i]); run.bold = i in (0, 3, 4)
        if i == 4:
            for _ in range(10):
                d.add_paragraph()
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def shade(cell, color):
        tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), color); tcPr.append(sh)

    def table(header, rows, widths, fontsize=9, bold_last=False):
        t = d.add_table(rows=1, cols=len(header)); t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            c = t.rows[0].cells[i]; c.text = ""; run = c.paragraphs[0].add_run(h)
            run.bold = True; run.font.size = Pt(fontsize); run.font.name = "Liberation Sans"; shade(c, "D9E2F3")
        trPr = t.rows[0]._tr.get_or_add_trPr(); e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)
        for ri, row in enumerate(rows):
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = ""; run = cells[i].paragraphs[0].add_run(v)
                run.font.size = Pt(fontsize); run.font.name = "Liberation Sans"
                if bold_last and ri == len(rows) - 1:
                    run.bold = True
                if i > 1 or (i == 0 and header[0] == "N."):
                    cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            trPr = t.rows[-1]._tr.get_or_add_trPr(); e = OxmlElement("w:cantSplit"); e.set(qn("w:val"), "true"); trPr.append(e)
        t.autofit = False
        grid = t._tbl.tblGrid
        for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(widths[i] * 567)))
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
        return t

    for head, paras in s["intro"]:
        d.add_heading(head, level=1)
        for p in paras:
            d.add_paragraph(p).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    table(s["staff"]["header"], s["staff"]["rows"], [8.5, 2.8, 2.8, 2.8], 9.5, bold_last=True)
    d.add_paragraph()
    d.add_heading(s["results_heading"], level=1)
    d.add_paragraph(s["results_intro"]).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for a in s["areas"]:
        d.add_heading(f"Settore {a['code']} – {a['title']}", level=2)
        for o in a["objectives"]:
            d.add_heading(f"Obiettivo operativo {o['code']} – {o['title']}", level=3)
            table(s["header"], [r[:5] for r in o["rows"]], [1.0, 7.6, 2.8, 3.1, 2.5])
            if o.get("after"):
                p = d.add_paragraph(o["after"]); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.space_before = Pt(6)
            else:
                d.add_paragraph()
    head, paras = s["closing"]
    d.add_heading(head, level=1)
    for p in paras:
        d.add_paragraph(p).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    d.add_paragraph()
    for line in s["signature"]:
        p = d.add_paragraph(line); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(0)
    fn = s["name"] + ".docx"; d.save(fn)
    subprocess.run(LO + [fn], check=True, capture_output=True)

    recs = []
    for a in s["areas"]:
        for o in a["objectives"]:
            for code, ind, tgt, act, esito, dr in o["rows"]:
                kw = dict(area_code=a["code"], area_title=a["title"], objective_level="operational",
                          objective_code=o["code"], objective_title=o["title"], indicator_code=code,
                          indicator=ind, year=2023, target=tgt, actual=act, _dir=dr)
                st_ = STATUS.get(esito.lower())
                if st_:
                    kw.update(status=st_, status_text=esito)
                else:  # "Non valutabile": outcome outside the four; leave unscored
                    kw["_drop"] = ["status", "status_text"]
                if len(o["rows"]) == 1 and o.get("after"):
                    kw["comment"] = o["after"]
                recs.append(record(**kw))
    return recs


# ------------------------------------------------------------------ xlsx
def make_xlsx(s):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    wb = Workbook()
    thin = Side(style="thin", color="808080"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    wrapc = Alignment(wrap_text=True, vertical="center", horizontal="center")
    fill = PatternFill("solid", fgColor="C6E0B4")

    ws0 = wb.active; ws0.title = "Premessa"
    ws0.column_dimensions["A"].width = 95
    r0 = 1
    for j, (kind, txt) in enumerate(s["premessa"]):
        c = ws0.cell(r0, 1, txt)
        if kind == "h":
            c.font = Font(name="Liberation Sans", bold=True, size=13 if j == 0 else 11)
            ws0.row_dimensions[r0].height = 22
        else:
            c.font = Font(name="Liberation Sans", size=10)
            c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="justify")
            ws0.row_dimensions[r0].height = 13.5 * (len(txt) // 105 + 1) + 6
        r0 += 1
    ws0.page_setup.orientation = "landscape"; ws0.page_setup.paperSize = 9
    ws0.sheet_properties.pageSetUpPr.fitToPage = True; ws0.page_setup.fitToWidth = 1; ws0.page_setup.fitToHeight = 0
    ws0.oddFooter.center.text = "Pagina &P di &N"
    ws_ = wb.create_sheet("Obiettivi")
    widths = [18, 24, 7, 38, 9, 10, 6, 11, 11, 11]
    for i, w in enumerate(widths):
        ws_.column_dimensions[chr(65 + i)].width = w
    ncol = len(widths)
    for i, t in enumerate(s["title_rows"]):
        r = i + 1
        ws_.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = ws_.cell(r, 1, t); c.font = Font(name="Liberation Sans", bold=i < 2, size=[14, 13, 9][i])
        c.alignment = Alignment(horizontal="center", wrap_text=True)
    ws_.row_dimensions[3].height = 26
    hr = len(s["title_rows"]) + 2
    for i, h in enumerate(s["header"]):
        c = ws_.cell(hr, i + 1, h); c.font = Font(name="Liberation Sans", bold=True, size=9)
        c.alignment = wrapc; c.border = B; c.fill = fill
    ws_.row_dimensions[hr].height = 28
    r = hr + 1
    for a in s["areas"]:
        a0 = r
        for o in a["objectives"]:
            o0 = r
            for row in o["rows"]:
                vals = [None, None] + list(row)
                for i, v in enumerate(vals):
                    c = ws_.cell(r, i + 1, v if v != "" else None)
                    c.font = Font(name="Liberation Sans", size=9); c.border = B
                    c.alignment = wrap if i in (0, 1, 3) else wrapc
                lines = max(-(-len(str(v or "")) // int(widths[i] * 1.15)) for i, v in enumerate(vals) if i >= 2)
                ws_.row_dimensions[r].height = 12.5 * max(lines, 1) + 4
                r += 1
            ws_.cell(o0, 2, f"{o['code']} – {o['title']}")
            if r - 1 > o0:
                ws_.merge_cells(start_row=o0, start_column=2, end_row=r - 1, end_column=2)
        c = ws_.cell(a0, 1, f"{a['code']} – {a['title']}"); c.font = Font(name="Liberation Sans", size=9, bold=True)
        ws_.merge_cells(start_row=a0, start_column=1, end_row=r - 1, end_column=1)
    ws_.cell(r + 1, 1, s["note"]).font = Font(name="Liberation Sans", size=8, italic=True)
    ws_.print_title_rows = f"{hr}:{hr}"
    ws_.page_setup.orientation = "landscape"; ws_.page_setup.paperSize = 9
    ws_.page_setup.fitToWidth = 1; ws_.page_setup.fitToHeight = 0
    ws_.sheet_properties.pageSetUpPr.fitToPage = True
    ws_.oddFooter.center.text = "Pagina &P di &N"
    ws_.oddHeader.right.text = "Consorzio di Bonifica Piave – Piano della performance 2024-2026"
    ws_.oddHeader.right.size = 8

    b = s["budget"]; ws2 = wb.create_sheet("Risorse")
    for i, w in enumerate([45, 20, 20, 20]):
        ws2.column_dimensions[chr(65 + i)].width = w
    ws2.cell(1, 1, b["title"]).font = Font(name="Liberation Sans", bold=True, size=11)
    for i, h in enumerate(b["header"]):
        c = ws2.cell(3, i + 1, h); c.font = Font(name="Liberation Sans", bold=True, size=9); c.border = B; c.fill = fill; c.alignment = wrapc
    for j, row in enumerate(b["rows"]):
        for i, v in enumerate(row):
            c = ws2.cell(4 + j, i + 1, v); c.border = B
            c.font = Font(name="Liberation Sans", size=9, bold=j == len(b["rows"]) - 1)
            c.alignment = Alignment(horizontal="left" if i == 0 else "right")
    ws2.page_setup.orientation = "landscape"; ws2.page_setup.paperSize = 9
    ws2.sheet_properties.pageSetUpPr.fitToPage = True; ws2.page_setup.fitToWidth = 1; ws2.page_setup.fitToHeight = 0
    ws2.oddFooter.center.text = "Pagina &P di &N"
    fn = s["name"] + ".xlsx"; wb.save(fn)
    subprocess.run(LO + [fn], check=True, capture_output=True)

    recs = []
    for a in s["areas"]:
        for o in a["objectives"]:
            for code, ind, unit, base, peso, *tg in o["rows"]:
                for y, t in zip((2024, 2025, 2026), tg):
                    recs.append(record(area_code=a["code"], area_title=a["title"], objective_level="strategic",
                                       objective_code=o["code"], objective_title=o["title"], indicator_code=code,
                                       indicator=ind, unit=unit, baseline=ws(base),
                                       weight=float(peso.rstrip("%").replace(",", ".")), year=y,
                                       target=t or None, actual=None))
    return recs


# ------------------------------------------------------------------ reportlab
def make_reportlab(s):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas as cv
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                    KeepTogether)
    F = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", F + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", F + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", F + "DejaVuSans-Oblique.ttf"))
    running = s["running"]

    class NumCanvas(cv.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k); self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__)); self._startPage()

        def save(self):
            n = len(self._saved)
            for st_ in self._saved:
                self.__dict__.update(st_)
                if self._pageNumber > 1:
                    self.setFont("DV", 7); self.setFillColor(colors.HexColor("#555555"))
                    self.drawString(2 * cm, A4[1] - 1.2 * cm, running)
                    self.line(2 * cm, A4[1] - 1.35 * cm, A4[0] - 2 * cm, A4[1] - 1.35 * cm)
                    self.drawRightString(A4[0] - 2 * cm, 1.1 * cm, f"Pag. {self._pageNumber} di {n}")
                    self.drawString(2 * cm, 1.1 * cm, "Stampato il 14/05/2025 – Sistema di gestione della performance")
                super().showPage()
            super().save()

    body = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13, alignment=TA_JUSTIFY, spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName="DVB", fontSize=13, leading=17, spaceBefore=10, spaceAfter=6,
                        textColor=colors.HexColor("#7A1F2B"))
    h2 = ParagraphStyle("h2", fontName="DVB", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4,
                        textColor=colors.white, backColor=colors.HexColor("#7A1F2B"), borderPadding=3)
    h3 = ParagraphStyle("h3", fontName="DVB", fontSize=9.5, leading=12, spaceBefore=8, spaceAfter=4)
    cell = ParagraphStyle("c", fontName="DV", fontSize=7.5, leading=9.2)
    cellc = ParagraphStyle("cc", parent=cell, alignment=TA_CENTER)
    cellh = ParagraphStyle("ch", fontName="DVB", fontSize=7.5, leading=9.2, alignment=TA_CENTER)
    esito = ParagraphStyle("e", fontName="DVB", fontSize=9, leading=12, spaceBefore=4)
    motiv = ParagraphStyle("m", fontName="DVI", fontSize=8.5, leading=11, alignment=TA_JUSTIFY, spaceAfter=4)
    cover = ParagraphStyle("cv", fontName="DVB", fontSize=22, leading=28, alignment=TA_CENTER)

    esc = lambda t: t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    story = [Spacer(1, 4 * cm)]
    cs = [(9, "DV"), (16, "DVB"), (26, "DVB"), (20, "DVB"), (10, "DVI")]
    for (sz, fn_), line in zip(cs, s["cover"]):
        story.append(Paragraph(esc(line), ParagraphStyle("x", parent=cover, fontName=fn_, fontSize=sz, leading=sz * 1.4)))
        story.append(Spacer(1, 0.6 * cm if sz < 20 else 1.4 * cm))
    story.append(PageBreak())
    for head, paras in s["intro"]:
        story.append(Paragraph(esc(head), h1))
        story += [Paragraph(esc(p), body) for p in paras]
    b = s["budget"]
    data = [[Paragraph(h, cellh) for h in b["header"]]]
    for j, row in enumerate(b["rows"]):
        stl = ParagraphStyle("bb", parent=cell, fontName="DVB") if j == len(b["rows"]) - 1 else cell
        data.append([Paragraph(esc(row[0]), stl)] + [Paragraph(esc(v), ParagraphStyle("r", parent=stl, alignment=2)) for v in row[1:]])
    t = Table(data, colWidths=[6.5 * cm, 3.7 * cm, 3.7 * cm, 2.2 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EBD5D8"))]))
    story += [t, Spacer(1, 4)]
    story.append(Paragraph("Fonte: Bilancio d'esercizio 2024, Modello CE.", ParagraphStyle("f", parent=cell, fontName="DVI")))
    story.append(PageBreak())
    story.append(Paragraph(esc(s["results_heading"]), h1))
    widths = [1.2, 4.8, 4.2, 1.3, 1.9, 1.7, 1.5]
    for a in s["areas"]:
        story.append(Paragraph(esc(f"Area strategica {a['code']} – {a['title']}"), h2))
        story.append(Spacer(1, 4))
        for o in a["objectives"]:
            block = [Paragraph(esc(f"Obiettivo strategico {o['code']} – {o['title']}"), h3)]
            data = [[Paragraph(h, cellh) for h in s["header"]]]
            for row in o["rows"]:
                data.append([Paragraph(esc(row[0]), cellc), Paragraph(esc(row[1]), cell), Paragraph(esc(row[2]), cell)]
                            + [Paragraph(esc(v), cellc) for v in row[3:7]])
            t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EBD5D8")),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            block.append(t)
            block.append(Paragraph(esc(f"Esito: {o['esito']}"), esito))
            if o.get("motivazione"):
                block.append(Paragraph(esc(o["motivazione"]), motiv))
            story.append(KeepTogether(block))
    head, paras = s["closing"]
    story.append(Paragraph(esc(head), h1))
    story += [Paragraph(esc(p), body) for p in paras]
    fn = s["name"] + ".pdf"
    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="Relazione sulla performance 2024", author="ASP Ragusa")
    doc.build(story, canvasmaker=NumCanvas)

    recs = []
    for a in s["areas"]:
        for o in a["objectives"]:
            for code, ind, formula, peso, tgt, act, ach, dr in o["rows"]:
                recs.append(record(area_code=a["code"], area_title=a["title"], objective_level="strategic",
                                   objective_code=o["code"], objective_title=o["title"], indicator_code=code,
                                   indicator=ind, formula=formula, weight=float(peso), year=2024, target=tgt,
                                   actual=act, achievement=num(ach.rstrip("%")), _dir=dr,
                                   status=STATUS[o["esito"].lower()], status_text=o["esito"],
                                   comment=o.get("motivazione")))
    return recs


# ------------------------------------------------------------------ read-back
def readback(pdf, recs):
    """Find each indicator's full text in the PDF, following it word by word along its line
    and down to the next line of the same cell; assert the target/actual printed on that row."""
    import pdfplumber
    with pdfplumber.open(pdf) as p:
        pages = [pg.extract_words(x_tolerance=1.5) for pg in p.pages]
        n = len(p.pages)

    def nxt(ws_, w, left, tx):
        same = [v for v in ws_ if abs(v["top"] - w["top"]) < 2 and 0 <= v["x0"] - w["x1"] < 8 and v["text"] == tx]
        if same:
            return same[0]
        down = [v for v in ws_ if 3 < v["top"] - w["top"] < 16 and abs(v["x0"] - left) < 3 and v["text"] == tx]
        return down[0] if down else None

    def chain(words, start):
        for pi in range(start, n):
            ws_ = pages[pi]
            for w in ws_:
                if w["text"] != words[0]:
                    continue
                cur, ok = w, True
                for tx in words[1:]:
                    cur = nxt(ws_, cur, w["x0"], tx)
                    if cur is None:
                        ok = False; break
                if ok:
                    return pi + 1, w, cur
        return None, None, None

    last = 0
    prev = None
    for r in recs:
        if prev and r["indicator"] == prev[0]:
            r["page"], r["page_end"] = prev[1]
            continue
        pg, w0, wl = chain(r["indicator"].split(), last)
        assert pg, ("indicator not found", pdf, r["indicator"])
        row_words = [v["text"] for v in pages[pg - 1] if abs(v["top"] - w0["top"]) < 40]
        for fld in ("target", "actual"):
            v = r.get(fld)
            if v:
                assert v.split()[-1] in row_words, (fld, v, r["indicator"])
        r["page"], r["page_end"] = pg, pg
        last = pg - 1
        prev = (r["indicator"], (pg, pg))
    return n


def main():
    for s in C.SAMPLES:
        json.dump(s, open(s["name"] + ".content.json", "w"), ensure_ascii=False, indent=1)
        recs = {"docx": make_docx, "xlsx": make_xlsx, "reportlab": make_reportlab}[s["renderer"]](s)
        pdf = s["name"] + ".pdf"
        n = readback(pdf, recs)
        recs = [{k: r[k] for k in ["page", "page_end"] + [k for k in r if k not in ("page", "page_end")]} for r in recs]
        truth = {"schema": "perfextract/records@1",
                 "source": {"path": pdf, "sha256": hashlib.sha256(open(pdf, "rb").read()).hexdigest(), "pages": n},
                 "document": s["document"], "indicators": recs, "warnings": []}
        json.dump(truth, open(s["name"] + ".truth.json", "w"), ensure_ascii=False, indent=1)
        print(s["name"], n, "pages", len(recs), "records")


if __name__ == "__main__":
    main()
