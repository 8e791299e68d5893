"""r80: renders the three samples from NAME.content.json and writes NAME.truth.json FROM THE CONTENT.
Pages come from a pdfplumber read-back. Run: .venv/bin/python content_r80.py && .venv/bin/python make_r80.py"""
import json, os, re, subprocess, sys
import pdfplumber
from vp80 import parse, met as met_of

HERE = os.path.dirname(os.path.abspath(__file__)); os.chdir(HERE)
LO = ["soffice", "-env:UserInstallation=file:///tmp/lo-r80", "--headless", "--convert-to", "pdf", "--outdir", HERE]
ORDER = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code", "objective_title",
         "indicator_code", "indicator", "type", "formula", "unit", "data_source", "weight", "baseline", "year",
         "target", "target_operator", "target_value", "target_value_max", "target_unit",
         "actual", "actual_operator", "actual_value", "actual_value_max", "actual_unit",
         "achievement", "notes", "status", "status_text", "comment", "met"]
STATUS = [("PARZIALMENTE RAGGIUNTO", "partially_achieved"), ("NON RAGGIUNTO", "not_achieved"),
          ("SOSPESO", "suspended"), ("RAGGIUNTO", "achieved")]


def status_of(t):
    if not t: return None
    for k, v in STATUS:
        if k in t.upper(): return v
    return None


def num(s):
    if s is None or s.strip() in ("", "n.d.", "-", "–"): return None
    return float(s.replace("%", "").strip().replace(".", "").replace(",", "."))


def nz(s):
    if s is None: return None
    s = " ".join(s.split()); return s or None


def record(row_id, cells, **kw):
    r = {k: None for k in ORDER}
    r.update({k: nz(v) if isinstance(v, str) else v for k, v in kw.items()})
    for pre in ("target", "actual"):
        r[pre + "_operator"], r[pre + "_value"], r[pre + "_value_max"], r[pre + "_unit"] = parse(r[pre])
    r["met"] = met_of(r["indicator"], parse(r["target"]), parse(r["actual"]))
    out = {k: r[k] for k in ORDER}
    out["_row"] = row_id; out["_cells"] = [c for c in cells if c]
    return out


# ====================================================================== A: Word
def make_word(name, c):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0); sec.top_margin = sec.bottom_margin = Cm(2.0)
    sec.different_first_page_header_footer = True
    st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(6)
    BLUE = RGBColor(0x1F, 0x3A, 0x68)
    for hn, sz in (("Heading 1", 15), ("Heading 2", 12.5), ("Heading 3", 11)):
        h = doc.styles[hn]; h.font.name = "Liberation Sans"; h.font.size = Pt(sz); h.font.color.rgb = BLUE
        h.font.bold = True; h.font.italic = False
        h.element.rPr.rFonts.set(qn("w:asciiTheme"), "") if h.element.rPr is not None and h.element.rPr.rFonts is not None else None
        h.paragraph_format.space_before = Pt(12 if hn != "Heading 3" else 9); h.paragraph_format.space_after = Pt(4)
    # footer: page number
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Comune di Legnano \u2013 Relazione sulla performance 2024 \u2013 pag. "); r.font.size = Pt(8)
    run = fp.add_run(); run.font.size = Pt(8)
    for t, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if t:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), t); run._r.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; run._r.append(e)

    def shade(cell, color):
        tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), color); tcPr.append(s)

    def rowprops(row, header=False):
        trPr = row._tr.get_or_add_trPr()
        e = OxmlElement("w:cantSplit"); trPr.append(e)
        if header:
            e = OxmlElement("w:tblHeader"); trPr.append(e)

    def put(cell, text, bold=False, align=None, size=9.5):
        p = cell.paragraphs[0]; p.paragraph_format.space_after = Pt(1)
        if align: p.alignment = align
        r = p.add_run(text); r.bold = bold; r.font.size = Pt(size)

    def table(header, rows, widths, total_last=False):
        t = doc.add_table(rows=1, cols=len(header)); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(header):
            put(t.rows[0].cells[j], h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=9); shade(t.rows[0].cells[j], "D9E2F3")
        rowprops(t.rows[0], True)
        for i, row in enumerate(rows):
            cells = t.add_row().cells
            for j, v in enumerate(row):
                put(cells[j], v, bold=total_last and i == len(rows) - 1,
                    align=None if j == 0 else WD_ALIGN_PARAGRAPH.CENTER)
            rowprops(t.rows[-1])
        t.autofit = False
        grid = t._tbl.tblGrid
        for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(widths[j] * 567)))
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
        return t

    def blocks(bl):
        for kind, v in bl:
            if kind == "h1": doc.add_heading(v, level=1)
            elif kind == "p":
                p = doc.add_paragraph(v); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            elif kind == "table":
                p = doc.add_paragraph(); r = p.add_run(v["caption"]); r.bold = True; r.font.size = Pt(9.5)
                p.paragraph_format.keep_with_next = True
                n = len(v["header"]); table(v["header"], v["rows"], [5.6, 3.6, 3.9, 3.9] if n > 3 else [7, 3, 3], total_last=True)
                doc.add_paragraph()

    # cover
    for i, line in enumerate(c["cover"]):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if i == 0: p.paragraph_format.space_before = Pt(120)
        if i == 2: p.paragraph_format.space_before = Pt(90)
        if i == 4: p.paragraph_format.space_after = Pt(140)
        r = p.add_run(line)
        r.font.size = Pt({0: 22, 1: 12, 2: 24, 3: 20}.get(i, 10.5)); r.bold = i in (0, 2, 3)
        if i in (0, 2, 3): r.font.color.rgb = BLUE
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    blocks(c["intro"])
    recs = []; rid = 0
    for a in c["areas"]:
        doc.add_heading(a["label"], level=2)
        for o in a["objectives"]:
            h = doc.add_heading("Obiettivo operativo " + o["code"] + " \u2013 " + o["title"], level=3)
            table(c["header"], o["rows"], [6.5, 2.0, 2.8, 2.7, 3.0])
            p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(4)
            r = p.add_run("Esito: "); r.bold = True
            r = p.add_run(o["esito"]); r.bold = True
            for cm in o["comment"]:
                p = doc.add_paragraph(cm); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.runs[0].italic = True
            comment = " ".join(o["comment"]) or None
            for row in o["rows"]:
                rid += 1
                recs.append(record(rid, row, area_code=a["code"], area_title=a["title"], objective_level="operational",
                                   objective_code=o["code"], objective_title=o["title"], indicator=row[0], unit=row[1],
                                   year=c["year"], target=row[2], actual=row[3], achievement=num(row[4]),
                                   status=status_of(o["esito"]), status_text=o["esito"], comment=comment))
    blocks(c["outro"])
    doc.save(name + ".docx")
    subprocess.run(LO + [name + ".docx"], check=True, capture_output=True)
    return recs


# ====================================================================== B: Calc
def make_calc(name, c):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    from openpyxl.worksheet.pagebreak import Break
    wb = Workbook(); ws = wb.active; ws.title = "Albero della performance"
    thin = Side(style="thin", color="808080"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
    F = lambda **k: Font(name="Liberation Sans", **{"size": 9, **k})
    wrap = Alignment(wrap_text=True, vertical="top"); cen = Alignment(wrap_text=True, vertical="center", horizontal="center")
    vcen = Alignment(wrap_text=True, vertical="center")
    hdrfill = PatternFill("solid", fgColor="1F4E78"); areafill = PatternFill("solid", fgColor="DDEBF7")
    widths = [18, 24, 6, 30, 34, 20, 6, 9, 9, 9, 9]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    NC = len(widths)
    r = 1
    for i, t in enumerate(c["top"]):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=NC)
        cell = ws.cell(r, 1, t); cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.font = F(size={0: 9, 1: 13, 2: 12}.get(i, 10), bold=i in (1, 2), italic=i == 0)
        ws.row_dimensions[r].height = 18 if i in (1, 2) else 15
        r += 1
    r += 1
    hr = r
    for j, h in enumerate(c["header"]):
        cell = ws.cell(r, j + 1, h); cell.font = F(bold=True, color="FFFFFF"); cell.fill = hdrfill
        cell.alignment = cen; cell.border = box
    ws.row_dimensions[r].height = 28
    r += 1
    recs = []; rid = 0
    for a in c["areas"]:
        a0 = r
        for o in a["objectives"]:
            o0 = r
            for row in o["rows"]:
                vals = [None, None] + row
                for j, v in enumerate(vals):
                    cell = ws.cell(r, j + 1, v if v else None); cell.border = box; cell.font = F()
                    cell.alignment = wrap if j in (3, 4, 5) else cen
                    if j == 2: cell.font = F(bold=True)
                longest = max(len(row[1]) / 28, len(row[2]) / 32, len(row[3]) / 18)
                ws.row_dimensions[r].height = max(2, int(longest) + 1) * 12 + 4
                rid += 1
                for k, y in enumerate(c["years"]):
                    recs.append(record(rid, [row[1], row[2], row[5], row[6 + k]], area_code=a["code"], area_title=a["title"],
                                       objective_level="strategic", objective_code=o["code"], objective_title=o["title"],
                                       indicator_code=row[0], indicator=row[1], formula=row[2], data_source=row[3],
                                       weight=num(row[4]), baseline=row[5], year=y, target=row[6 + k] or None))
                r += 1
            ws.merge_cells(start_row=o0, start_column=2, end_row=r - 1, end_column=2)
            cell = ws.cell(o0, 2, o["code"] + " \u2013 " + o["title"]); cell.alignment = vcen; cell.font = F(bold=True)
        ws.merge_cells(start_row=a0, start_column=1, end_row=r - 1, end_column=1)
        cell = ws.cell(a0, 1, a["code"] + " \u2013 " + a["title"]); cell.alignment = vcen; cell.font = F(bold=True); cell.fill = areafill
        a["_end"] = r - 1
    r += 1
    for t in c["foot"]:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=NC)
        cell = ws.cell(r, 1, t); cell.font = F(size=8, italic=True); cell.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    ws.print_title_rows = f"{hr}:{hr}"
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5; ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddFooter.center.size = 8
    ws.oddHeader.right.text = "ASL Pescara \u2013 PIAO 2025-2027"; ws.oddHeader.right.size = 8
    for a in c["areas"][:-1]:
        if a.get("break"):
            ws.row_breaks.append(Break(id=a["_end"]))
    # budget sheet
    b = c["budget"]; ws2 = wb.create_sheet("Risorse")
    for j, w in enumerate([42, 20, 20, 16, 20]):
        ws2.column_dimensions[chr(65 + j)].width = w
    ws2.merge_cells("A1:E1"); cell = ws2.cell(1, 1, b["title"]); cell.font = F(size=11, bold=True)
    cell.alignment = Alignment(wrap_text=True, vertical="center"); ws2.row_dimensions[1].height = 32
    for j, h in enumerate(b["header"]):
        cell = ws2.cell(3, j + 1, h); cell.font = F(bold=True, color="FFFFFF"); cell.fill = hdrfill; cell.alignment = cen; cell.border = box
    for i, row in enumerate(b["rows"]):
        for j, v in enumerate(row):
            cell = ws2.cell(4 + i, j + 1, v); cell.border = box
            cell.font = F(bold=i == len(b["rows"]) - 1, size=10)
            cell.alignment = Alignment(horizontal="left" if j == 0 else "right", vertical="center")
    ws2.page_setup.orientation = "landscape"; ws2.page_setup.paperSize = ws2.PAPERSIZE_A4
    ws2.page_setup.fitToWidth = 1; ws2.page_setup.fitToHeight = 0; ws2.sheet_properties.pageSetUpPr.fitToPage = True
    ws2.oddFooter.center.text = "Pagina &P di &N"; ws2.oddFooter.center.size = 8
    wb.save(name + ".xlsx")
    subprocess.run(LO + [name + ".xlsx"], check=True, capture_output=True)
    return recs


# ====================================================================== C: reportlab export
def make_report(name, c):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle, Spacer, PageBreak, KeepTogether
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.pdfgen import canvas as cv
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    D = "/usr/share/fonts/truetype/liberation/LiberationSans-"
    for nm, f in (("LS", "Regular"), ("LS-B", "Bold"), ("LS-I", "Italic"), ("LS-BI", "BoldItalic")):
        pdfmetrics.registerFont(TTFont(nm, D + f + ".ttf"))
    addMapping("LS", 0, 0, "LS"); addMapping("LS", 1, 0, "LS-B"); addMapping("LS", 0, 1, "LS-I"); addMapping("LS", 1, 1, "LS-BI")
    W, H = A4
    base = ParagraphStyle("b", fontName="LS", fontSize=9.5, leading=12.5, spaceAfter=6, alignment=4)
    h1 = ParagraphStyle("h1", fontName="LS-B", fontSize=13, leading=16, spaceBefore=10, spaceAfter=6, textColor=colors.HexColor("#7A1E2C"))
    cellst = ParagraphStyle("c", fontName="LS", fontSize=8, leading=9.6)
    cellc = ParagraphStyle("cc", parent=cellst, alignment=1)
    hst = ParagraphStyle("h", fontName="LS-B", fontSize=8, leading=9.6, textColor=colors.white, alignment=1)
    band = ParagraphStyle("band", fontName="LS-B", fontSize=9, leading=11, textColor=colors.white)
    osst = ParagraphStyle("os", fontName="LS-B", fontSize=8.5, leading=10.5)
    oost = ParagraphStyle("oo", fontName="LS-BI", fontSize=8.3, leading=10)
    notest = ParagraphStyle("n", fontName="LS-I", fontSize=7.8, leading=9.4)
    BORD = colors.HexColor("#7A1E2C")

    class NumberedCanvas(cv.Canvas):
        def __init__(self, *a, **k):
            cv.Canvas.__init__(self, *a, **k); self._saved = []
        def showPage(self):
            self._saved.append(dict(self.__dict__)); self._startPage()
        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                if self._pageNumber > 1:
                    self.setFont("LS", 7.5); self.setFillColor(colors.grey)
                    self.drawRightString(W - 1.5 * cm, 1.0 * cm, "Pag. %d di %d" % (self._pageNumber, n))
                    self.drawString(1.5 * cm, 1.0 * cm, "Report generato da Performance Manager \u2013 stampa del 14/06/2024 10:42")
                cv.Canvas.showPage(self)
            cv.Canvas.save(self)

    def deco(canv, doc):
        canv.saveState()
        canv.setFillColor(BORD); canv.rect(1.5 * cm, H - 1.45 * cm, W - 3 * cm, 0.08 * cm, stroke=0, fill=1)
        canv.setFont("LS", 7.5); canv.setFillColor(colors.HexColor("#444444"))
        canv.drawString(1.5 * cm, H - 1.25 * cm, c["running"])
        canv.restoreState()

    def cover(canv, doc):
        canv.saveState()
        canv.setFillColor(BORD); canv.rect(0, H - 7 * cm, W, 7 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white); canv.setFont("LS", 18); canv.drawCentredString(W / 2, H - 3.6 * cm, c["cover"][0])
        canv.setFont("LS-B", 26); canv.drawCentredString(W / 2, H - 4.9 * cm, c["cover"][1])
        canv.setFillColor(colors.HexColor("#222222")); canv.setFont("LS-B", 22)
        canv.drawCentredString(W / 2, H / 2 + 1 * cm, c["cover"][2])
        canv.setFont("LS", 11); canv.drawCentredString(W / 2, H / 2 - 0.2 * cm, c["cover"][3])
        canv.setFont("LS-I", 9.5); canv.drawCentredString(W / 2, 4 * cm, c["cover"][4])
        canv.restoreState()

    doc = BaseDocTemplate(name + ".pdf", pagesize=A4, leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.9 * cm, bottomMargin=1.6 * cm,
                          title="Relazione sulla performance 2023", author="Camera di Commercio Irpinia Sannio")
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate("cover", frames=[fr], onPage=cover), PageTemplate("body", frames=[fr], onPage=deco)])
    from reportlab.platypus import NextPageTemplate
    story = [NextPageTemplate("body"), PageBreak()]

    def blocks(bl):
        for kind, v in bl:
            if kind == "h1": story.append(Paragraph(v, h1))
            elif kind == "p": story.append(Paragraph(v, base))
            elif kind == "table":
                data = [[Paragraph(h, hst) for h in v["header"]]] + [[Paragraph(x, cellst if j == 0 else ParagraphStyle("r", parent=cellst, alignment=2)) for j, x in enumerate(rw)] for rw in v["rows"]]
                t = Table(data, colWidths=[6.5 * cm, 3.6 * cm, 3.6 * cm, 2.6 * cm])
                t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), BORD), ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                                       ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
                story.extend([t, Spacer(1, 8)])

    blocks(c["intro"])
    cw = [1.5, 4.9, 4.2, 1.2, 2.1, 2.1, 2.0]
    cw = [x * cm for x in cw]
    recs = []; rid = 0
    for a in c["areas"]:
        data = [[Paragraph(h, hst) for h in c["header"]]]
        sty = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#4D4D4D")), ("GRID", (0, 0), (-1, -1), 0.35, colors.HexColor("#A0A0A0")),
               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
        for s in a["strategic"]:
            data.append([Paragraph("OBIETTIVO STRATEGICO " + s["code"] + " \u2013 " + s["title"], osst)] + [""] * 6)
            i = len(data) - 1; sty += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#E8C9CE"))]
            for o in s["operational"]:
                data.append([Paragraph("OBIETTIVO OPERATIVO " + o["code"] + " \u2013 " + o["title"], oost)] + [""] * 6)
                i = len(data) - 1; sty += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F4E6E8"))]
                for row in o["rows"]:
                    data.append([Paragraph(row[0], cellst), Paragraph(row[1], cellst), Paragraph(row[2], cellst)] +
                                [Paragraph(x, cellc) for x in row[3:7]])
                    if row[7]:
                        data.append(["", Paragraph(row[7], notest)] + [""] * 5)
                        i = len(data) - 1; sty += [("SPAN", (1, i), (-1, i)), ("LINEABOVE", (1, i), (-1, i), 0.2, colors.HexColor("#DDDDDD"))]
                    rid += 1
                    st = "Obiettivo sospeso" if row[5] == "Obiettivo sospeso" else None
                    recs.append(record(rid, row[1:8], area_code=a["code"], area_title=a["title"], objective_level="operational",
                                       objective_code=o["code"], objective_title=o["title"], indicator_code=row[0], indicator=row[1],
                                       formula=row[2], weight=num(row[3]), year=c["year"], target=row[4], actual=row[5],
                                       achievement=num(row[6]), status=status_of(st), status_text=st, comment=row[7]))
        t = Table(data, colWidths=cw, repeatRows=1); t.setStyle(TableStyle(sty))
        hdr = Table([[Paragraph("AREA STRATEGICA " + a["code"] + " \u2013 " + a["title"], band)]], colWidths=[sum(cw)])
        hdr.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), BORD)]))
        hdr.keepWithNext = True; sp = Spacer(1, 3); sp.keepWithNext = True
        story.extend([Spacer(1, 6), hdr, sp, t, Spacer(1, 8)])
    blocks(c["outro"])
    doc.build(story, canvasmaker=NumberedCanvas)
    return recs


# ====================================================================== read-back
def readback(pdf, recs):
    toks = []
    with pdfplumber.open(pdf) as p:
        npages = len(p.pages)
        for i, pg in enumerate(p.pages):
            for w in pg.extract_words():
                toks.append((w["text"], i + 1))
    words = [t for t, _ in toks]

    def find_seq(seq, start, window):
        """first position >= start where seq's words appear in order, each within `window` tokens of the previous."""
        for k in range(start, len(words)):
            if words[k] != seq[0]: continue
            pos = k; ok = True
            for w in seq[1:]:
                nxt = next((m for m in range(pos + 1, min(len(words), pos + window)) if words[m] == w), None)
                if nxt is None: ok = False; break
                pos = nxt
            if ok: return k, pos
        return None

    cur = 0; done = {}
    for r in recs:
        if r["_row"] in done:
            r["page"], r["page_end"] = done[r["_row"]]; continue
        name = r["indicator"].split()
        hit = find_seq(name, cur, 80)
        assert hit, (pdf, r["indicator"])
        s, e = hit
        assert s - cur < 700, (pdf, r["indicator"], s - cur)
        end = e
        for cell in r["_cells"]:
            cw = cell.split()
            h = find_seq(cw, s, 60) if len(cw) < 6 else find_seq(cw[-3:], s, 60)
            assert h and h[0] - s < 400, (pdf, r["indicator"], cell)
            end = max(end, h[1])
        pg = (toks[s][1], toks[end][1])
        r["page"], r["page_end"] = pg; done[r["_row"]] = pg
        cur = s + 1
    for r in recs:
        r.pop("_row"); r.pop("_cells")
    return npages


def main():
    only = sys.argv[1:]
    for name, fn in (("comune-legnano-2024-relazione", make_word), ("asl-pescara-2025-piao", make_calc),
                     ("cciaa-irpinia-sannio-2023-relazione", make_report)):
        if only and name not in only: continue
        c = json.load(open(name + ".content.json"))
        recs = fn(name, c)
        n = readback(name + ".pdf", recs)
        truth = {"schema": "perfextract/records@1", "source": {"path": name + ".pdf", "pages": n},
                 "document": c["document"], "indicators": recs, "warnings": [], "_notes": c["_notes"]}
        json.dump(truth, open(name + ".truth.json", "w"), ensure_ascii=False, indent=1)
        print(name, "pages", n, "records", len(recs), [(r["indicator"][:22], r["year"], r["page"], r["page_end"]) for r in recs])


if __name__ == "__main__":
    main()
