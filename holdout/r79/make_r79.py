# Round r79: renders NAME.pdf from NAME.content.json and writes NAME.truth.json from the content.
import json, os, sys, re, hashlib
from lib79 import record, soffice, page_words, locate, ws
HERE = os.path.dirname(os.path.abspath(__file__))
PROFILE = "file:///tmp/lo-r79"
LEG = {"R": "achieved", "PR": "partially_achieved", "NR": "not_achieved"}

def load(name):
    with open(os.path.join(HERE, name + ".content.json")) as f: return json.load(f)

def split_code(s):
    code, title = s.split(" – ", 1); return code, title

# ============================================================ Word (python-docx -> LibreOffice)
def make_docx(c):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0); sec.top_margin = Cm(2.0); sec.bottom_margin = Cm(2.0)
    st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10.5)
    for hn, sz in (("Heading 1", 15), ("Heading 2", 13), ("Heading 3", 11)):
        h = d.styles[hn]; h.font.name = "Liberation Sans"; h.font.size = Pt(sz); h.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill); tcPr.append(s)
    def repeat_header(row):
        trPr = row._tr.get_or_add_trPr(); e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)
    def set_widths(t, widths):
        t.autofit = False
        grid = t._tbl.tblGrid
        for gc, w in zip(grid.findall(qn("w:gridCol")), widths): gc.set(qn("w:w"), str(int(w * 567)))
        for row in t.rows:
            for i, w in enumerate(widths): row.cells[i].width = Cm(w)
    def cell_text(cell, text, bold=False, size=8.5, align=None):
        cell.text = ""
        p = cell.paragraphs[0]; r = p.add_run(text or ""); r.bold = bold; r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(0)
        if align: p.alignment = align
    # footer page numbers
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Relazione sulla performance 2024 – pag. "); r.font.size = Pt(8)
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), kind); r2 = fp.add_run(); r2._r.append(e); r2.font.size = Pt(8)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r2 = fp.add_run(); r2._r.append(e); r2.font.size = Pt(8)
    # cover
    cov = c["cover"]
    for i, line in enumerate(cov):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if i == 0: p.paragraph_format.space_before = Pt(120)
        if i == 2: p.paragraph_format.space_before = Pt(90)
        if i == 4: p.paragraph_format.space_before = Pt(150)
        run = p.add_run(line); run.bold = i in (0, 2)
        run.font.size = Pt({0: 18, 1: 11, 2: 22, 3: 13, 4: 10}[i])
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for head, paras in c["intro"]:
        d.add_heading(head, level=1)
        for t in paras:
            p = d.add_paragraph(t); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    b = c["budget"]
    p = d.add_paragraph(); rr = p.add_run(b["caption"]); rr.bold = True; rr.font.size = Pt(9)
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(b["header"]):
        cell_text(t.rows[0].cells[i], h, bold=True, size=9); shade(t.rows[0].cells[i], "D9E2F3")
    for row in b["rows"]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, bold=(row[0] == "Totale"), size=9, align=None if i == 0 else WD_ALIGN_PARAGRAPH.RIGHT)
    set_widths(t, (7.5, 3.5, 3.5, 2.5))
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_heading(c["results_heading"], level=1)
    p = d.add_paragraph(c["results_intro"]); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    widths = (1.2, 5.6, 1.6, 1.6, 1.6, 1.6, 1.6, 1.6)
    for a in c["areas"]:
        d.add_heading(f"Area strategica {a['code']} – {a['title']}", level=2)
        for o in a["objectives"]:
            d.add_heading(f"Obiettivo strategico {o['code']} – {o['title']}", level=3)
            p = d.add_paragraph(o["text"]); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            t = d.add_table(rows=1, cols=8); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
            repeat_header(t.rows[0])
            for i, h in enumerate(c["header"]):
                cell_text(t.rows[0].cells[i], h, bold=True, size=8, align=WD_ALIGN_PARAGRAPH.CENTER); shade(t.rows[0].cells[i], "1F3A68")
                t.rows[0].cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            for r in o["rows"]:
                v = r["v"]
                vals = [r["code"], r["name"], r["baseline"], v["2023"][0], v["2023"][1], v["2024"][0], v["2024"][1], v["2025"][0]]
                cells = t.add_row().cells
                for i, x in enumerate(vals):
                    cell_text(cells[i], x, size=8.5, align=None if i < 2 else WD_ALIGN_PARAGRAPH.CENTER)
                for i in (3, 5, 7): shade(cells[i], "EEF2F8")
            set_widths(t, widths)
            d.add_paragraph()
    head, paras = c["closing"]
    d.add_heading(head, level=1)
    for tx in paras:
        p = d.add_paragraph(tx); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    src = os.path.join(HERE, c["name"] + ".docx"); d.save(src); soffice(src, PROFILE)

def truth_docx(c):
    recs = []
    for a in c["areas"]:
        for o in a["objectives"]:
            h = dict(area_code=a["code"], area_title=a["title"], objective_level="strategic",
                     objective_code=o["code"], objective_title=o["title"])
            for r in o["rows"]:
                for y in c["years"]:
                    tg, ac = r["v"][str(y)]
                    kw = {}
                    if r.get("status_year") == y:
                        kw = dict(status=r["status"], status_text=r["status_text"])
                    recs.append((r["code"], r["name"], record(h, r, y, tg, ac, **kw)))
    return recs

# ============================================================ Calc (openpyxl -> LibreOffice, landscape)
def make_xlsx(c):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    wb = Workbook(); ws_ = wb.active; ws_.title = "Indicatori"
    thin = Side(style="thin", color="808080"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    widths = [22, 6.5, 36, 18, 15, 8.5, 10, 8.5, 10, 8, 8, 8]
    for i, w in enumerate(widths): ws_.column_dimensions[chr(65 + i)].width = w
    ncol = 12; row = 1
    for i, t in enumerate(c["title_rows"]):
        ws_.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        cl = ws_.cell(row, 1, t); cl.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cl.font = Font(name="Liberation Sans", bold=i in (0, 1, 3), size={0: 14, 1: 13, 2: 10, 3: 11}[i])
        ws_.row_dimensions[row].height = 20; row += 1
    row += 1
    ws_.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
    cl = ws_.cell(row, 1, c["intro"]); cl.alignment = Alignment(wrap_text=True, vertical="top", horizontal="justify")
    cl.font = Font(name="Liberation Sans", size=10); ws_.row_dimensions[row].height = 44; row += 2
    hdr_fill = PatternFill("solid", fgColor="003366"); hf = Font(name="Liberation Sans", bold=True, size=9, color="FFFFFF")
    h1 = row
    for j, v in enumerate(c["header_top"]):
        cl = ws_.cell(h1, j + 1, v); cl.fill = hdr_fill; cl.font = hf; cl.border = B
        cl.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cl2 = ws_.cell(h1 + 1, j + 1, c["header_sub"][j]); cl2.fill = hdr_fill; cl2.font = hf; cl2.border = B
        cl2.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for j in range(5): ws_.merge_cells(start_row=h1, start_column=j + 1, end_row=h1 + 1, end_column=j + 1)
    ws_.merge_cells(start_row=h1, start_column=6, end_row=h1, end_column=7)
    ws_.merge_cells(start_row=h1, start_column=8, end_row=h1, end_column=9)
    ws_.merge_cells(start_row=h1, start_column=10, end_row=h1, end_column=12)
    ws_.row_dimensions[h1].height = 18; ws_.row_dimensions[h1 + 1].height = 18
    ws_.print_title_rows = f"{h1}:{h1 + 1}"
    row = h1 + 2
    bf = Font(name="Liberation Sans", size=10); band_fill = PatternFill("solid", fgColor="C9D7EA")
    tfill = PatternFill("solid", fgColor="F2F2F2")
    for a in c["areas"]:
        ws_.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        cl = ws_.cell(row, 1, a["band"]); cl.font = Font(name="Liberation Sans", bold=True, size=10); cl.fill = band_fill
        for j in range(1, ncol + 1): ws_.cell(row, j).border = B
        ws_.row_dimensions[row].height = 18; row += 1
        for o in a["objectives"]:
            r0 = row
            for r in o["rows"]:
                v = r["v"]
                vals = [f"{o['code']} – {o['title']}" if row == r0 else None, r["code"], r["name"], r["source"], r["resp"],
                        v["2023"][0], v["2023"][1], v["2024"][0], v["2024"][1], v["2025"][0], v["2026"][0], v["2027"][0]]
                for j, x in enumerate(vals):
                    cl = ws_.cell(row, j + 1, x); cl.font = bf; cl.border = B
                    cl.alignment = Alignment(wrap_text=True, vertical="center" if j == 0 else "top",
                                             horizontal="center" if j >= 5 or j == 1 else "left")
                    if j in (5, 7, 9, 10, 11): cl.fill = tfill
                ws_.row_dimensions[row].height = 44 if len(r["name"]) > 55 or len(r["source"]) > 22 else 30
                row += 1
            if row - 1 > r0: ws_.merge_cells(start_row=r0, start_column=1, end_row=row - 1, end_column=1)
            ws_.cell(r0, 1).font = Font(name="Liberation Sans", size=10, bold=True)
    row += 1
    for fn in c["footnotes"]:
        ws_.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        cl = ws_.cell(row, 1, fn); cl.font = Font(name="Liberation Sans", size=8, italic=True); row += 1
    ps = ws_.page_setup; ps.orientation = "landscape"; ps.paperSize = ws_.PAPERSIZE_A4; ps.fitToWidth = 1; ps.fitToHeight = 0
    ws_.sheet_properties.pageSetUpPr.fitToPage = True
    ws_.page_margins.left = ws_.page_margins.right = 0.5; ws_.page_margins.top = ws_.page_margins.bottom = 0.6
    ws_.oddFooter.center.text = "PIAO 2025-2027 – Allegato 2.2 – Pag. &P di &N"; ws_.oddFooter.center.size = 8
    # budget sheet
    w2 = wb.create_sheet("Budget")
    for i, w in enumerate((38, 22, 22, 18, 22)): w2.column_dimensions[chr(65 + i)].width = w
    w2.merge_cells("A1:E1"); w2["A1"] = "UNIVERSITÀ DEGLI STUDI DI PERUGIA – PIAO 2025-2027"; w2["A1"].font = Font(name="Liberation Sans", bold=True, size=12)
    w2.merge_cells("A2:E2"); w2["A2"] = c["budget_title"]; w2["A2"].font = Font(name="Liberation Sans", bold=True, size=10)
    for j, h in enumerate(c["budget_header"]):
        cl = w2.cell(4, j + 1, h); cl.font = hf; cl.fill = hdr_fill; cl.border = B; cl.alignment = Alignment(horizontal="center", wrap_text=True)
    for i, r in enumerate(c["budget_rows"]):
        for j, x in enumerate(r):
            cl = w2.cell(5 + i, j + 1, x); cl.border = B
            cl.font = Font(name="Liberation Sans", size=9, bold=r[0] == "Totale"); cl.alignment = Alignment(horizontal="left" if j == 0 else "right")
    w2.page_setup.orientation = "landscape"; w2.page_setup.paperSize = w2.PAPERSIZE_A4
    w2.page_setup.fitToWidth = 1; w2.page_setup.fitToHeight = 0; w2.sheet_properties.pageSetUpPr.fitToPage = True
    w2.oddFooter.center.text = "PIAO 2025-2027 – Allegato 2.2 – Pag. &P di &N"; w2.oddFooter.center.size = 8
    src = os.path.join(HERE, c["name"] + ".xlsx"); wb.save(src); soffice(src, PROFILE)

def truth_xlsx(c):
    recs = []
    for a in c["areas"]:
        acode_title = a["band"].split(" – ", 1)[1]
        for o in a["objectives"]:
            h = dict(area_code=a["code"], area_title=acode_title, objective_level="strategic",
                     objective_code=o["code"], objective_title=o["title"])
            for r in o["rows"]:
                for y in c["years"]:
                    tg, ac = r["v"][str(y)]
                    recs.append((r["code"], r["name"], record(h, r, y, tg, ac)))
    return recs

# ============================================================ reportlab
def make_rl(c):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether, CondPageBreak
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    import glob
    fdir = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", fdir + "DejaVuSans.ttf")); pdfmetrics.registerFont(TTFont("DVB", fdir + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", fdir + "DejaVuSans-Oblique.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")
    GREEN = colors.HexColor("#2E6B3A")
    body = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13, alignment=TA_JUSTIFY, spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName="DVB", fontSize=13, leading=16, textColor=GREEN, spaceBefore=10, spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName="DVB", fontSize=10.5, leading=13, textColor=colors.white, backColor=GREEN, borderPadding=(4, 4, 4, 4), spaceBefore=12, spaceAfter=10)
    h3 = ParagraphStyle("h3", fontName="DVB", fontSize=9.5, leading=12, textColor=GREEN, spaceBefore=8, spaceAfter=4)
    cellst = ParagraphStyle("c", fontName="DV", fontSize=7.8, leading=9.5)
    cellc = ParagraphStyle("cc", parent=cellst, alignment=TA_CENTER)
    hdr = ParagraphStyle("h", fontName="DVB", fontSize=7.5, leading=9, alignment=TA_CENTER, textColor=colors.white)
    notest = ParagraphStyle("n", fontName="DVI", fontSize=7.5, leading=9.2)
    small = ParagraphStyle("s", fontName="DV", fontSize=7.5, leading=9.5, textColor=colors.HexColor("#444444"))
    def on_page(cv, doc):
        if doc.page == 1: return
        cv.saveState(); cv.setFont("DV", 7.5); cv.setFillColor(colors.HexColor("#555555"))
        cv.drawString(2 * cm, A4[1] - 1.2 * cm, c["running"]); cv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Pag. {doc.page}")
        cv.setStrokeColor(GREEN); cv.line(2 * cm, A4[1] - 1.35 * cm, A4[0] - 2 * cm, A4[1] - 1.35 * cm); cv.restoreState()
    story = []
    cov = c["cover"]
    story += [Spacer(1, 3 * cm), Paragraph(cov[0], ParagraphStyle("c0", fontName="DVB", fontSize=26, leading=30, alignment=TA_CENTER, textColor=GREEN)),
              Spacer(1, 0.3 * cm), Paragraph(cov[1], ParagraphStyle("c1", fontName="DV", fontSize=11, leading=14, alignment=TA_CENTER)),
              Spacer(1, 5 * cm), Paragraph(cov[2], ParagraphStyle("c2", fontName="DVB", fontSize=22, leading=26, alignment=TA_CENTER)),
              Spacer(1, 0.4 * cm), Paragraph(cov[3], ParagraphStyle("c3", fontName="DVB", fontSize=16, leading=20, alignment=TA_CENTER, textColor=GREEN)),
              Spacer(1, 7 * cm), Paragraph(cov[4], ParagraphStyle("c4", fontName="DV", fontSize=9, leading=12, alignment=TA_CENTER)), PageBreak()]
    for head, paras in c["intro"]:
        story.append(Paragraph(head, h1)); story += [Paragraph(t, body) for t in paras]
    s = c["staff"]
    def simple_table(tb, widths):
        data = [[Paragraph(x, hdr) for x in tb["header"]]] + [[Paragraph(("<b>%s</b>" % x) if r[0] == "Totale" else x, cellst if j == 0 else cellc) for j, x in enumerate(r)] for r in tb["rows"]]
        t = Table(data, colWidths=widths)
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), GREEN), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        return [Paragraph("<b>%s</b>" % tb["caption"], small), Spacer(1, 3), t, Spacer(1, 8)]
    story += simple_table(s, [7 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm])
    story.append(Paragraph(c["results_heading"], h1)); story.append(Paragraph(c["results_intro"], body))
    story.append(Paragraph("<i>%s</i>" % c["legend"], body))
    widths = [1.4 * cm, 6.2 * cm, 1.3 * cm, 1.6 * cm, 1.6 * cm, 1.6 * cm, 1.6 * cm, 1.2 * cm]
    for a in c["areas"]:
        story.append(CondPageBreak(5 * cm))
        story.append(Paragraph(f"AREA STRATEGICA {a['code']} – {a['title']}", h2))
        for o in a["objectives"]:
            story.append(CondPageBreak(4 * cm))
            story.append(Paragraph(f"Obiettivo operativo {o['code']} – {o['title']}", h3))
            story.append(Paragraph(o["text"], body))
            data = [[Paragraph(x, hdr) for x in c["header"]]]
            sty = [("BACKGROUND", (0, 0), (-1, 0), GREEN), ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7A7A7A")),
                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("VALIGN", (1, 1), (1, -1), "TOP"),
                   ("BACKGROUND", (5, 1), (5, -1), colors.HexColor("#EAF2EC"))]
            for r in o["rows"]:
                data.append([Paragraph(r["code"], cellc), Paragraph(r["name"], cellst), Paragraph(f"{r['weight']}%", cellc),
                             Paragraph(r["y2022"], cellc), Paragraph(r["y2023"], cellc), Paragraph(r["target"], cellc),
                             Paragraph(r["actual"], cellc), Paragraph("<b>%s</b>" % r["esito"], cellc)])
                if r.get("nota"):
                    data.append(["", Paragraph(r["nota"], notest)] + [""] * 6)
                    i = len(data) - 1
                    sty += [("SPAN", (1, i), (7, i)), ("BACKGROUND", (1, i), (7, i), colors.HexColor("#FAFAF2"))]
            t = Table(data, colWidths=widths, repeatRows=1); t.setStyle(TableStyle(sty))
            story += [t, Spacer(1, 3), Paragraph(c["footnote"], small), Spacer(1, 6)]
    sm = c["summary"]
    story.append(CondPageBreak(6 * cm))
    story.append(Paragraph(sm["heading"], h1)); story.append(Paragraph(sm["text"], body))
    story += simple_table(sm, [6 * cm, 3 * cm, 3 * cm])
    out = os.path.join(HERE, c["name"] + ".pdf")
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title=f"{c['document']['title']} {c['document']['year']}", author=c["document"]["issuer"])
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)

def truth_rl(c):
    recs = []
    for a in c["areas"]:
        for o in a["objectives"]:
            h = dict(area_code=a["code"], area_title=a["title"], objective_level="operational",
                     objective_code=o["code"], objective_title=o["title"])
            for r in o["rows"]:
                recs.append((r["code"], r["name"], record(h, r, 2022, None, r["y2022"])))
                recs.append((r["code"], r["name"], record(h, r, 2023, None, r["y2023"])))
                recs.append((r["code"], r["name"], record(h, r, 2024, r["target"], r["actual"],
                        status=LEG[r["esito"]], status_text=r["esito"], comment=ws(r.get("nota")))))
    return recs

# ============================================================ main
def build(name):
    c = load(name)
    fmt = c["format"]
    if fmt == "docx": make_docx(c); recs = truth_docx(c)
    elif fmt == "xlsx": make_xlsx(c); recs = truth_xlsx(c)
    else: make_rl(c); recs = truth_rl(c)
    pdf = os.path.join(HERE, name + ".pdf")
    pages = page_words(pdf)
    pos = (0, 0); seen = {}
    for code, nm, r in recs:
        if code not in seen:
            p, pe, pos = locate(pages, code, nm, start=pos)
            seen[code] = (p, pe)
        r["page"], r["page_end"] = seen[code]
    sha = hashlib.sha256(open(pdf, "rb").read()).hexdigest()
    truth = {"schema": "perfextract/records@1", "source": {"path": name + ".pdf", "sha256": sha, "pages": len(pages)},
             "document": c["document"], "indicators": [r for _, _, r in recs], "warnings": []}
    with open(os.path.join(HERE, name + ".truth.json"), "w") as f: json.dump(truth, f, ensure_ascii=False, indent=1)
    print(name, "pages", len(pages), "records", len(recs), "indicators", len(seen),
          "split rows", [k for k, v in seen.items() if v[0] != v[1]])

def check_values(name):
    """Read-back of the values: every word of each target/actual/baseline cell is on the record's page(s)."""
    t = json.load(open(os.path.join(HERE, name + ".truth.json")))
    pages = page_words(os.path.join(HERE, name + ".pdf"))
    bad = 0
    for r in t["indicators"]:
        words = set()
        for p in range(r["page"], r["page_end"] + 1): words |= {w["text"] for w in pages[p - 1]}
        for k in ("target", "actual", "baseline"):
            if r[k]:
                for w in r[k].split():
                    if w not in words: bad += 1; print("MISSING", name, r["indicator_code"], r["year"], k, w)
    assert bad == 0
    print(name, "values read back ok")

if __name__ == "__main__":
    names = sys.argv[1:] or ["regione-friuli-venezia-giulia-2024-relazione", "universita-perugia-2025-piao", "arpa-umbria-2024-relazione"]
    for n in names: build(n); check_values(n)
