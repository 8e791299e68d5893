"""r75: renders the three samples from their content files and writes truths FROM THE CONTENT.
Run: .venv/bin/python make_r75.py"""
import json, os, re, subprocess, sys
import pdfplumber
from valparse import parse, met as met_of

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
LO = ["soffice", "-env:UserInstallation=file:///tmp/lo-r75", "--headless", "--convert-to", "pdf", "--outdir", HERE]

STATUS = [("PARZIALMENTE RAGGIUNTO", "partially_achieved"), ("NON RAGGIUNTO", "not_achieved"),
          ("SOSPESO", "suspended"), ("RAGGIUNTO", "achieved")]


def status_of(text):
    for k, v in STATUS:
        if k in text.upper():
            return v
    return None


def pct(s):
    if s is None:
        return None
    return float(s.replace('%', '').strip().replace(',', '.'))


def valfields(prefix, text, rec):
    op, v, vmax, u = parse(text)
    rec[prefix] = text
    rec[prefix + "_operator"] = op
    rec[prefix + "_value"] = v
    rec[prefix + "_value_max"] = vmax
    rec[prefix + "_unit"] = u
    return (op, v, vmax, u)


def record(**kw):
    r = dict(page=None, page_end=None, area_code=None, area_title=None, objective_level=None,
             objective_code=None, objective_title=None, indicator_code=None, indicator=None, type=None,
             formula=None, unit=None, data_source=None, weight=None, baseline=None, year=None)
    r.update({k: v for k, v in kw.items() if k in r})
    t = valfields("target", kw.get("target"), r)
    a = valfields("actual", kw.get("actual"), r)
    r["achievement"] = kw.get("achievement")
    r["notes"] = kw.get("notes")
    r["status"] = kw.get("status")
    r["status_text"] = kw.get("status_text")
    r["comment"] = kw.get("comment")
    r["met"] = met_of(r["indicator"], t, a)
    # order keys as RECORDS.md
    order = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code", "objective_title",
             "indicator_code", "indicator", "type", "formula", "unit", "data_source", "weight", "baseline", "year",
             "target", "target_operator", "target_value", "target_value_max", "target_unit",
             "actual", "actual_operator", "actual_value", "actual_value_max", "actual_unit",
             "achievement", "notes", "status", "status_text", "comment", "met"]
    return {k: r[k] for k in order}


# =========================================================================== A: Word
def make_word(c):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"; st.font.size = Pt(10.5)
    for hn, sz in (("Heading 1", 14), ("Heading 2", 12), ("Heading 3", 11)):
        h = doc.styles[hn]; h.font.name = "Liberation Sans"; h.font.size = Pt(sz)
        h.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

    # footer page number
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = fp.add_run("Relazione sulla performance 2024 – pag. "); run.font.size = Pt(8)
    r2 = fp.add_run(); r2.font.size = Pt(8)
    for t, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if t:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), t); r2._r.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r2._r.append(e)
    sec.different_first_page_header_footer = True

    cov = c["cover"]
    for i, line in enumerate(cov):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if i == 0:
            p.paragraph_format.space_before = Pt(120)
        if i == 2:
            p.paragraph_format.space_before = Pt(90)
        if i == 4:
            p.paragraph_format.space_before = Pt(30)
        if i == 5:
            p.paragraph_format.space_before = Pt(200)
        r = p.add_run(line)
        r.bold = i in (0, 2, 3)
        r.font.size = Pt({0: 26, 1: 13, 2: 22, 3: 18}.get(i, 10))
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def set_repeat(row):
        trPr = row._tr.get_or_add_trPr()
        e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)

    def shade(cell, color):
        tcPr = cell._tc.get_or_add_tcPr()
        e = OxmlElement("w:shd"); e.set(qn("w:val"), "clear"); e.set(qn("w:color"), "auto"); e.set(qn("w:fill"), color)
        tcPr.append(e)

    def table(header, rows, widths, size=9, align_num=()):
        t = doc.add_table(rows=1, cols=len(header)); t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(header):
            cell = t.rows[0].cells[j]; cell.text = ""
            r = cell.paragraphs[0].add_run(h); r.bold = True; r.font.size = Pt(size)
            shade(cell, "D9E2F3")
        set_repeat(t.rows[0])
        for row in rows:
            cells = t.add_row().cells
            for j, v in enumerate(row):
                cells[j].text = ""
                p = cells[j].paragraphs[0]
                if j in align_num:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(v or ""); r.font.size = Pt(size)
                if row[0] == "Totale":
                    r.bold = True
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
        sp = doc.add_paragraph(); sp.paragraph_format.space_before = Pt(4)
        return t

    def blocks(bl):
        for b in bl:
            if "h" in b:
                doc.add_heading(b["h"], level=1)
            elif "p" in b:
                p = doc.add_paragraph(b["p"]); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            elif "table" in b:
                n = len(b["table"]["header"])
                w = [17.0 - 3.2 * (n - 1)] + [3.2] * (n - 1)
                table(b["table"]["header"], b["table"]["rows"], w, 9.5, align_num=range(1, n))

    blocks(c["front"])
    hdr = c["table_header"]
    for a in c["areas"]:
        doc.add_heading(f"Area strategica {a['code']} – {a['title']}", level=2)
        for s in a["strategic"]:
            doc.add_heading(f"Obiettivo strategico {s['code']} – {s['title']}", level=3)
            for o in s["operational"]:
                p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(6)
                r = p.add_run(f"Obiettivo operativo {o['code']} – {o['title']}"); r.bold = True; r.italic = True
                rows = [[i["indicator"], i["formula"], i["weight_printed"], i["target"], i["actual"],
                         i["achievement_printed"] or "–"] for i in o["indicators"]]
                t = table(hdr, rows, [4.4, 4.2, 1.2, 2.0, 2.2, 2.8], 8.5, align_num=(2, 3, 4, 5))
                # status line replaces the blank paragraph after the table
                last = doc.paragraphs[-1]
                r = last.add_run(o["status"]); r.bold = True
                if o["comment"]:
                    p = doc.add_paragraph(o["comment"]); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    blocks(c["back"])
    docx = c["name"] + ".docx"
    doc.save(docx)
    subprocess.run(LO + [docx], check=True, capture_output=True)

    recs = []
    for a in c["areas"]:
        for s in a["strategic"]:
            for o in s["operational"]:
                for i in o["indicators"]:
                    ach = i["achievement_printed"]
                    recs.append(record(area_code=a["code"], area_title=a["title"], objective_level="operational",
                                       objective_code=o["code"], objective_title=o["title"], indicator=i["indicator"],
                                       formula=i["formula"], weight=pct(i["weight_printed"]), year=2024,
                                       target=i["target"], actual=i["actual"], achievement=pct(ach),
                                       status=status_of(o["status"]), status_text=o["status"], comment=o["comment"],
                                       _probe=None))
                    recs[-1]["_cells"] = [i["indicator"], i["formula"], i["actual"]]
    return recs


# =========================================================================== B: Calc
def make_calc(c):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    center = Alignment(wrap_text=True, vertical="center", horizontal="center")

    # sheet 1: cover + premessa + summary
    ws = wb.active; ws.title = "Premessa"
    for col, w in zip("ABCDEF", (36, 8, 8, 8, 8, 9)):
        ws.column_dimensions[col].width = w
    r = 2
    for i, line in enumerate(c["cover"]):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        cell = ws.cell(r, 1, line)
        cell.font = Font(name="Liberation Sans", bold=i != 1, size={0: 20, 1: 12, 2: 14, 3: 12}[i])
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.row_dimensions[r].height = {0: 34, 1: 22, 2: 44, 3: 22}[i]
        r += 1
    r += 2
    for i, para in enumerate(c["premessa"]):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        cell = ws.cell(r, 1, para)
        cell.font = Font(name="Liberation Sans", bold=(i == 0), size=12 if i == 0 else 10)
        cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="justify" if i else "left")
        ws.row_dimensions[r].height = 20 if i == 0 else 14 * (len(para) // 80 + 1) + 6
        r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(r, 1, "Sintesi dello stato di avanzamento degli indicatori al 30/06/2025").font = Font(name="Liberation Sans", bold=True, size=11)
    r += 1
    hdr = ["Area", "R", "IC", "NR", "S", "Totale"]
    for j, h in enumerate(hdr, 1):
        cell = ws.cell(r, j, h); cell.font = Font(name="Liberation Sans", bold=True, size=10); cell.border = box
        cell.alignment = center; cell.fill = PatternFill("solid", fgColor="DDEBF7")
    r += 1
    tot = [0] * 5
    for a in c["areas"]:
        cnt = {k: 0 for k in ("R", "IC", "NR", "S")}
        for o in a["objectives"]:
            for i in o["indicators"]:
                cnt[i["status_text"]] += 1
        vals = [f"Area {a['code']} – {a['title'].capitalize()}"] + [cnt[k] for k in ("R", "IC", "NR", "S")] + [sum(cnt.values())]
        for j, v in enumerate(vals):
            tot[j - 1] += v if j else 0
        for j, v in enumerate(vals, 1):
            cell = ws.cell(r, j, v); cell.border = box; cell.font = Font(name="Liberation Sans", size=10)
            cell.alignment = wrap if j == 1 else center
        ws.row_dimensions[r].height = 28
        r += 1
    for j, v in enumerate(["Totale"] + tot, 1):
        cell = ws.cell(r, j, v); cell.border = box; cell.font = Font(name="Liberation Sans", bold=True, size=10)
        cell.alignment = wrap if j == 1 else center
    r += 2
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(r, 1, c["legend"]).font = Font(name="Liberation Sans", italic=True, size=9)
    ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.print_options.horizontalCentered = True
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.page_margins.bottom = 0.8; ws.page_margins.footer = 0.3
    ws.oddFooter.center.text = "Pagina &P di &N"

    # sheet 2: monitoring table
    ws = wb.create_sheet("Monitoraggio 30.06")
    widths = [6, 24, 36, 6, 11, 12, 6, 24]
    for j, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[j]].width = w
    ws.merge_cells("A1:H1")
    ws["A1"] = "ASP Golgi-Redaelli – Monitoraggio intermedio degli obiettivi di performance 2025 (situazione al 30/06/2025)"
    ws["A1"].font = Font(name="Liberation Sans", bold=True, size=12); ws.row_dimensions[1].height = 22
    r = 3
    for j, h in enumerate(c["header"], 1):
        cell = ws.cell(r, j, h); cell.font = Font(name="Liberation Sans", bold=True, size=9, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="305496"); cell.alignment = center; cell.border = box
    ws.row_dimensions[r].height = 30
    ws.print_title_rows = "3:3"
    r += 1
    fnt = Font(name="Liberation Sans", size=10)

    def lines(text, width):
        if not text:
            return 1
        return max(1, -(-len(text) * 1.08 // width))

    from openpyxl.worksheet.pagebreak import Break
    for a in c["areas"]:
        if a.get("page_break_before"):
            ws.row_breaks.append(Break(id=r - 1))
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        cell = ws.cell(r, 1, f"AREA {a['code']} – {a['title']}")
        cell.font = Font(name="Liberation Sans", bold=True, size=10); cell.fill = PatternFill("solid", fgColor="D9E1F2")
        for j in range(1, 9):
            ws.cell(r, j).border = box
        ws.row_dimensions[r].height = 18
        r += 1
        for o in a["objectives"]:
            n = len(o["indicators"])
            first = r
            for i in o["indicators"]:
                vals = [None, None, i["indicator"], i["weight_printed"], i["target"], i["actual"], i["status_text"], i["notes"]]
                h = 1
                for j, v in enumerate(vals):
                    if v:
                        h = max(h, lines(v, widths[j]))
                for j, v in enumerate(vals, 1):
                    cell = ws.cell(r, j, v if v is None else (int(v) if j == 4 else v))
                    cell.font = fnt; cell.border = box
                    cell.alignment = wrap if j in (2, 3, 8) else center
                ws.row_dimensions[r].height = 13.5 * h + 5
                r += 1
            need = lines(o["title"], widths[1])
            have = sum((ws.row_dimensions[k].height - 5) / 13.5 for k in range(first, r))
            if need > have:
                ws.row_dimensions[r - 1].height += 13.5 * (need - have)
            ws.cell(first, 1, o["code"]).font = Font(name="Liberation Sans", size=10, bold=True)
            ws.cell(first, 1).alignment = Alignment(vertical="top", horizontal="center")
            ws.cell(first, 2, o["title"]).font = Font(name="Liberation Sans", size=10, bold=True)
            ws.cell(first, 2).alignment = wrap
            if n > 1:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(r, 1, c["legend"]).font = Font(name="Liberation Sans", italic=True, size=9)
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.6; ws.page_margins.bottom = 0.8; ws.page_margins.footer = 0.3
    ws.oddFooter.center.text = "Pagina &P di &N"
    xlsx = c["name"] + ".xlsx"
    wb.save(xlsx)
    subprocess.run(LO + [xlsx], check=True, capture_output=True)

    recs = []
    for a in c["areas"]:
        for o in a["objectives"]:
            for i in o["indicators"]:
                recs.append(record(area_code=a["code"], area_title=a["title"], objective_level="operational",
                                   objective_code=o["code"], objective_title=o["title"], indicator=i["indicator"],
                                   weight=float(i["weight_printed"]), year=2025, target=i["target"], actual=i["actual"],
                                   notes=i["notes"], status=c["legend_map"][i["status_text"]],
                                   status_text=i["status_text"]))
                recs[-1]["_cells"] = [i["indicator"], i["actual"]]
    return recs


# =========================================================================== C: reportlab
def make_report(c):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, KeepTogether, NextPageTemplate)
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    D = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", D + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", D + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVC", D + "DejaVuSansCondensed.ttf"))
    pdfmetrics.registerFont(TTFont("DVCB", D + "DejaVuSansCondensed-Bold.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DVC", 1, 0, "DVCB"); addMapping("DVC", 0, 0, "DVC")

    W, H = A4
    blue = colors.HexColor("#1B4F72")
    body = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13, alignment=TA_JUSTIFY, spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName="DVB", fontSize=12, leading=15, textColor=blue, spaceBefore=10, spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName="DVB", fontSize=10.5, leading=13, textColor=blue, spaceBefore=8, spaceAfter=6)
    h3 = ParagraphStyle("h3", fontName="DVB", fontSize=9.5, leading=12, spaceBefore=6, spaceAfter=5)
    cellst = ParagraphStyle("c", fontName="DVC", fontSize=7.5, leading=9)
    cellc = ParagraphStyle("cc", parent=cellst, alignment=TA_CENTER)
    cellh = ParagraphStyle("ch", fontName="DVCB", fontSize=7, leading=8.5, alignment=TA_CENTER, textColor=colors.white)
    band = ParagraphStyle("band", fontName="DVCB", fontSize=8, leading=10)

    def deco(canv, doc):
        canv.saveState()
        canv.setFont("DV", 7.5); canv.setFillColor(colors.grey)
        canv.drawString(2 * cm, H - 1.2 * cm, c["running"])
        canv.line(2 * cm, H - 1.35 * cm, W - 2 * cm, H - 1.35 * cm)
        canv.drawRightString(W - 2 * cm, 1.1 * cm, "Pag. %d" % doc.page)
        canv.restoreState()

    def cover(canv, doc):
        canv.saveState()
        canv.setFillColor(blue); canv.rect(0, H - 5 * cm, W, 5 * cm, fill=1, stroke=0)
        canv.restoreState()

    pdf = c["name"] + ".pdf"
    doc = BaseDocTemplate(pdf, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                          title="PIAO 2025-2027", author=c["document"]["issuer"])
    fr = Frame(2 * cm, 2 * cm, W - 4 * cm, H - 4 * cm, id="f")
    doc.addPageTemplates([PageTemplate("cover", [fr], onPage=cover), PageTemplate("body", [fr], onPage=deco)])
    st = []
    cv = c["cover"]
    st.append(Spacer(1, 4.2 * cm))
    st.append(Paragraph(cv[0], ParagraphStyle("c0", fontName="DVB", fontSize=17, leading=22, alignment=TA_CENTER, textColor=blue)))
    st.append(Spacer(1, 4 * cm))
    st.append(Paragraph(cv[1], ParagraphStyle("c1", fontName="DVB", fontSize=20, leading=26, alignment=TA_CENTER)))
    st.append(Spacer(1, 0.5 * cm))
    st.append(Paragraph(cv[2], ParagraphStyle("c2", fontName="DVB", fontSize=18, leading=24, alignment=TA_CENTER, textColor=blue)))
    st.append(Spacer(1, 1 * cm))
    st.append(Paragraph(cv[3], ParagraphStyle("c3", fontName="DV", fontSize=9.5, leading=12, alignment=TA_CENTER)))
    st.append(Spacer(1, 7 * cm))
    st.append(Paragraph(cv[4], ParagraphStyle("c4", fontName="DV", fontSize=9, leading=12, alignment=TA_CENTER)))
    st.append(NextPageTemplate("body")); st.append(PageBreak())

    grid = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F8C8D")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), blue)]

    def other_table(t):
        n = len(t["header"])
        fw = W - 4 * cm
        ws = [fw * 0.3] + [fw * 0.7 / (n - 1)] * (n - 1) if n > 2 else [fw * 0.35, fw * 0.65]
        data = [[Paragraph(h, cellh) for h in t["header"]]]
        for row in t["rows"]:
            data.append([Paragraph(("<b>%s</b>" % v) if row[0] == "Totale" else v, cellst if j == 0 or n <= 4 else cellc)
                         for j, v in enumerate(row)])
        tb = Table(data, colWidths=ws, repeatRows=1)
        tb.setStyle(TableStyle(grid + [("FONTSIZE", (0, 0), (-1, -1), 8)]))
        st.append(tb); st.append(Spacer(1, 8))

    def blocks(bl):
        for b in bl:
            if "h" in b:
                st.append(Paragraph(b["h"], h1))
            elif "h2" in b:
                st.append(Paragraph(b["h2"], h2))
            elif "p" in b:
                st.append(Paragraph(b["p"], body))
            elif "table" in b:
                other_table(b["table"])

    blocks(c["front"])
    hdr = c["header"]
    fw = W - 4 * cm
    cw = [1.35, 4.0, 1.8, 2.55, 1.15, 1.55, 1.45, 1.45, 1.45]
    s = sum(cw); cw = [fw * x / s for x in cw]
    for a in c["areas"]:
        st.append(Paragraph(f"AREA STRATEGICA {a['code']} – {a['title']}", h2))
        for so in a["strategic"]:
            st.append(Paragraph(f"Obiettivo strategico {so['code']} – {so['title']}", h3))
            data = [[Paragraph(h, cellh) for h in hdr]]
            style = list(grid)
            for o in so["operational"]:
                k = len(data)
                data.append([Paragraph(f"Obiettivo operativo {o['code']} – {o['title']}", band)] + [""] * 8)
                style += [("SPAN", (0, k), (-1, k)), ("BACKGROUND", (0, k), (-1, k), colors.HexColor("#D6EAF8"))]
                for i in o["indicators"]:
                    t = i["targets"]
                    data.append([Paragraph(i["indicator_code"], cellst), Paragraph(i["indicator"], cellst),
                                 Paragraph(i["type"], cellc), Paragraph(i["data_source"], cellst),
                                 Paragraph(i["weight_printed"], cellc), Paragraph(i["baseline"], cellc)] +
                                [Paragraph(t[y] or "", cellc) for y in ("2025", "2026", "2027")])
            tb = Table(data, colWidths=cw, repeatRows=1)
            tb.setStyle(TableStyle(style))
            st.append(tb); st.append(Spacer(1, 10))
    st.append(Paragraph("Fonte: elaborazione della Segreteria tecnica su dati dei Settori.",
                        ParagraphStyle("f", fontName="DV", fontSize=7.5, leading=9, textColor=colors.grey)))
    blocks(c["back"])
    doc.build(st)

    recs = []
    for a in c["areas"]:
        for so in a["strategic"]:
            for o in so["operational"]:
                for i in o["indicators"]:
                    for y in ("2025", "2026", "2027"):
                        recs.append(record(area_code=a["code"], area_title=a["title"], objective_level="operational",
                                           objective_code=o["code"], objective_title=o["title"],
                                           indicator_code=i["indicator_code"], indicator=i["indicator"], type=i["type"],
                                           data_source=i["data_source"], weight=pct(i["weight_printed"]),
                                           baseline=i["baseline"], year=int(y), target=i["targets"][y]))
                        recs[-1]["_cells"] = [i["indicator"], i["data_source"]]
    return recs


# =========================================================================== read-back of pages
def norm(s):
    return " ".join(s.split())


def readback(pdf, recs):
    with pdfplumber.open(pdf) as p:
        pages = [re.sub(r"(\d)- (\d)", r"\1-\2", norm(pg.extract_text() or "")) for pg in p.pages]
        npages = len(p.pages)
    full = ""; starts = []
    for t in pages:
        starts.append(len(full)); full += t + " "

    def page_at(pos):
        k = 0
        for i, s in enumerate(starts):
            if s <= pos:
                k = i
        return k + 1

    def find_words(words, frm):
        # words in order, anything between (cells interleave); must be reasonably close
        pos = frm; first = None
        for w in words:
            j = full.find(w, pos)
            assert j >= 0, (pdf, words, w)
            if first is None:
                first = j
            pos = j + len(w)
        return first, pos

    # starts of every distinct row, in order
    cur = 0; rows = []
    for r in recs:
        if rows and rows[-1][0] == r["indicator"]:
            continue
        st, _ = find_words(r["indicator"].split()[:3], cur)
        assert st - cur < 3000, (pdf, r["indicator"], st - cur)
        rows.append((r["indicator"], st, r["_cells"])); cur = st + 1
    info = {}
    for k, (name, st, cells) in enumerate(rows):
        lim = rows[k + 1][1] if k + 1 < len(rows) else len(full)
        end = st
        for cell in cells:
            if not cell:
                continue
            cw = [w for w in re.split(r"[\s-]+", cell) if w][-2:]
            # last occurrence of the pair (in order, close together) inside [st, lim)
            best = None; pos = st
            while True:
                j = full.find(cw[0], pos)
                if j < 0 or j >= lim:
                    break
                if len(cw) == 1:
                    best = j + len(cw[0])
                else:
                    j2 = full.find(cw[1], j + len(cw[0]))
                    if 0 <= j2 < min(lim, j + 250):
                        best = j2 + len(cw[1])
                pos = j + 1
            assert best is not None, (pdf, name, cell)
            end = max(end, best - 1)
        info[name] = (page_at(st), page_at(end))
    for r in recs:
        r["page"], r["page_end"] = info[r["indicator"]]
    for r in recs:
        r.pop("_cells", None); r.pop("_probe", None)
    return npages


def main():
    only = sys.argv[1:]
    for name, fn in (("ersu-cagliari-2024-relazione", make_word),
                     ("asp-golgi-redaelli-2025-monitoraggio", make_calc),
                     ("autorita-bacino-alpi-orientali-2025-piao", make_report)):
        if only and name not in only:
            continue
        c = json.load(open(name + ".content.json"))
        recs = fn(c)
        npages = readback(name + ".pdf", recs)
        truth = {"schema": "perfextract/records@1", "source": {"path": name + ".pdf", "pages": npages},
                 "document": c["document"], "indicators": recs, "warnings": []}
        json.dump(truth, open(name + ".truth.json", "w"), ensure_ascii=False, indent=1)
        print(name, "pages", npages, "records", len(recs),
              "pages:", [(r["page"], r["page_end"]) for r in recs if r["page"] != r["page_end"]] or "no splits")


if __name__ == "__main__":
    main()
