"""r78: renders the three 'scheda obiettivo' samples from their content files and writes truths FROM THE CONTENT.
Run: .venv/bin/python content_r78.py && .venv/bin/python make_r78.py"""
import json, os, re, subprocess, sys
import pdfplumber
from valparse import parse, met as met_of

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
LO = ["soffice", "-env:UserInstallation=file:///tmp/lo-r78", "--headless", "--convert-to", "pdf", "--outdir", HERE]

STATUS = [("PARZIALMENTE RAGGIUNTO", "partially_achieved"), ("NON RAGGIUNTO", "not_achieved"),
          ("SOSPESO", "suspended"), ("RAGGIUNTO", "achieved")]
ORDER = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code", "objective_title",
         "indicator_code", "indicator", "type", "formula", "unit", "data_source", "weight", "baseline", "year",
         "target", "target_operator", "target_value", "target_value_max", "target_unit",
         "actual", "actual_operator", "actual_value", "actual_value_max", "actual_unit",
         "achievement", "notes", "status", "status_text", "comment", "met"]


def status_of(text):
    for k, v in STATUS:
        if k in text.upper():
            return v
    return None


def pct(s):
    if s is None or s.strip() in ("–", "-", ""):
        return None
    return float(s.replace('%', '').strip().replace('.', '').replace(',', '.'))


def record(**kw):
    r = {k: None for k in ORDER}
    r.update({k: v for k, v in kw.items() if k in r})
    for pre in ("target", "actual"):
        op, v, vmax, u = parse(r[pre])
        r[pre + "_operator"], r[pre + "_value"], r[pre + "_value_max"], r[pre + "_unit"] = op, v, vmax, u
    r["met"] = met_of(r["indicator"], parse(r["target"]), parse(r["actual"]))
    out = {k: r[k] for k in ORDER}
    out["_cells"] = kw["_cells"]
    return out


# =========================================================================== A: Word -> LibreOffice
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
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    st = doc.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11)
    for hn, sz in (("Heading 1", 14), ("Heading 2", 12)):
        h = doc.styles[hn]; h.font.name = "Liberation Sans"; h.font.size = Pt(sz)
        h.font.color.rgb = RGBColor(0x7B, 0x1E, 0x1E)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Unione Reno Galliera – Relazione sulla performance 2023"); r.font.size = Pt(8); r.italic = True
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r2 = fp.add_run(); r2.font.size = Pt(9)
    for t, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if t:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), t); r2._r.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r2._r.append(e)

    cov = c["cover"]
    sizes = [24, 9, 20, 13, 10, 10]
    before = [110, 6, 120, 10, 160, 4]
    for i, line in enumerate(cov):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(before[i])
        r = p.add_run(line); r.bold = i in (0, 2); r.font.size = Pt(sizes[i]); r.font.name = "Liberation Sans"
        if i in (0, 2):
            r.font.color.rgb = RGBColor(0x7B, 0x1E, 0x1E)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def shade(cell, color):
        tcPr = cell._tc.get_or_add_tcPr()
        e = OxmlElement("w:shd"); e.set(qn("w:val"), "clear"); e.set(qn("w:color"), "auto"); e.set(qn("w:fill"), color)
        tcPr.append(e)

    def widths(t, ws):
        t.autofit = False
        for j, w in enumerate(ws):
            t.columns[j].width = Cm(w)
        for row in t.rows:
            for j, w in enumerate(ws):
                row.cells[j].width = Cm(w)

    def cant_split(row):
        trPr = row._tr.get_or_add_trPr()
        e = OxmlElement("w:cantSplit"); e.set(qn("w:val"), "true"); trPr.append(e)

    def keep_next(p):
        p.paragraph_format.keep_with_next = True

    def put(cell, text, size=9.5, bold=False, center=False, italic=False):
        cell.text = ""
        p = cell.paragraphs[0]
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text or ""); r.font.size = Pt(size); r.bold = bold; r.italic = italic; r.font.name = "Liberation Sans"
        keep_next(p)
        return p

    def blocks(bl):
        for b in bl:
            if "h" in b:
                doc.add_heading(b["h"], level=1)
            elif "p" in b:
                p = doc.add_paragraph(b["p"]); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            elif "table" in b:
                hd, rows = b["table"]["header"], b["table"]["rows"]
                t = doc.add_table(rows=1 + len(rows), cols=len(hd)); t.style = "Table Grid"
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                for j, h in enumerate(hd):
                    put(t.rows[0].cells[j], h, 9, True, j > 0); shade(t.rows[0].cells[j], "EAD1D1")
                for i, row in enumerate(rows):
                    for j, v in enumerate(row):
                        put(t.rows[i + 1].cells[j], v, 9.5, row[0] == "Totale", j > 0)
                widths(t, [5.6] + [2.3] * (len(hd) - 1))
                doc.add_paragraph()

    blocks(c["front"])
    for k, s in enumerate(c["schede"]):
        p = doc.add_heading(f"Scheda obiettivo {s['code']}", level=2); keep_next(p)
        # key/value box: 2 columns, keys shaded
        vals = [s["settore"], s["resp"], s["code"], s["title"], s["peso"], s["tipo"]]
        kv = doc.add_table(rows=6, cols=2); kv.style = "Table Grid"; kv.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, (key, v) in enumerate(zip(c["kv_keys"], vals)):
            put(kv.rows[i].cells[0], key, 9.5, True); shade(kv.rows[i].cells[0], "F2E6E6")
            put(kv.rows[i].cells[1], v, 9.5, i == 3)
            cant_split(kv.rows[i])
        widths(kv, [4.0, 12.6])
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(2); p.paragraph_format.space_before = Pt(8); keep_next(p)
        r = p.add_run("Indicatori di risultato"); r.bold = True; r.font.size = Pt(10); r.font.name = "Liberation Sans"
        t = doc.add_table(rows=1 + len(s["ind"]), cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(c["ind_header"]):
            put(t.rows[0].cells[j], h, 9, True, True); shade(t.rows[0].cells[j], "7B1E1E")
            t.rows[0].cells[j].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for i, row in enumerate(s["ind"]):
            for j, v in enumerate(row):
                put(t.rows[i + 1].cells[j], v, 9.5, False, j > 0)
            cant_split(t.rows[i + 1])
        widths(t, [7.6, 2.9, 3.0, 3.1])
        p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(6); p.paragraph_format.space_after = Pt(0); keep_next(p)
        r = p.add_run("Grado di raggiungimento dell'obiettivo: "); r.font.size = Pt(10.5)
        r = p.add_run(s["grado"]); r.bold = True; r.font.size = Pt(10.5)
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(4)
        r = p.add_run("Esito: "); r.font.size = Pt(10.5)
        r = p.add_run(s["esito"]); r.bold = True; r.font.size = Pt(10.5)
        if s["note"]:
            keep_next(p)
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            r = p.add_run(s["note"]); r.italic = True; r.font.size = Pt(10)
        doc.add_paragraph()
    blocks(c["back"])
    docx = c["name"] + ".docx"
    doc.save(docx)
    subprocess.run(LO + [docx], check=True, capture_output=True)

    recs = []
    for s in c["schede"]:
        for row in s["ind"]:
            recs.append(record(area_code=s["code"].split(".")[0], objective_level="strategic",
                               objective_code=s["code"], objective_title=s["title"], indicator=row[0], year=2023,
                               target=row[1], actual=row[2], achievement=pct(row[3]),
                               status=status_of(s["esito"]), status_text=s["esito"], comment=s["note"],
                               _cells=[row[0], row[2], row[3]]))
    return recs


# =========================================================================== B: Calc -> LibreOffice
def make_calc(c):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    from openpyxl.worksheet.pagebreak import Break
    wb = Workbook()
    thin = Side(style="thin", color="000000"); med = Side(style="medium", color="1F4E79")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    F = lambda **k: Font(name="Liberation Sans", **{"size": 10, **k})
    wrap = Alignment(wrap_text=True, vertical="top")
    center = Alignment(wrap_text=True, vertical="center", horizontal="center")
    grey = PatternFill("solid", fgColor="D9D9D9"); blue = PatternFill("solid", fgColor="DDEBF7")
    ws = wb.active; ws.title = "Schede 2024"
    colw = [32, 12, 13, 13, 12]   # A..E
    for j, w in enumerate(colw):
        ws.column_dimensions["ABCDE"[j]].width = w
    NC = 5

    def lines(text, width):
        return max(1, -(-int(len(text) * 1.1) // width))

    def merged(r, text, font, height=None, fill=None, align=wrap, c1=1, c2=NC, border=True):
        ws.merge_cells(start_row=r, start_column=c1, end_row=r, end_column=c2)
        cell = ws.cell(r, c1, text); cell.font = font; cell.alignment = align
        if fill:
            cell.fill = fill
        if border:
            for j in range(c1, c2 + 1):
                ws.cell(r, j).border = box
        if height:
            ws.row_dimensions[r].height = height

    r = 1
    for i, line in enumerate(c["cover"]):
        merged(r, line, F(bold=i in (1, 2), size=[10, 16, 13, 10][i]), [16, 26, 22, 30][i], border=False,
               align=Alignment(horizontal="center", vertical="center", wrap_text=True))
        r += 1
    r += 1
    for para in c["intro"]:
        merged(r, para, F(), 13 * lines(para, sum(colw)) + 4, border=False,
               align=Alignment(wrap_text=True, vertical="top", horizontal="justify"))
        r += 1
    r += 1
    merged(r, c["budget_title"], F(bold=True, size=11), 18, border=False); r += 1
    for j, h in enumerate(c["budget_header"], 1):
        cell = ws.cell(r, j, h); cell.font = F(bold=True, size=9); cell.fill = grey; cell.border = box; cell.alignment = center
    ws.row_dimensions[r].height = 16; r += 1
    # budget: Struttura in A, the four amounts in B..E (B narrow: merge not needed, shrink font)
    for row in c["budget_rows"]:
        for j, v in enumerate(row, 1):
            cell = ws.cell(r, j, v); cell.font = F(size=8.5, bold=row[0] == "Totale"); cell.border = box
            cell.alignment = wrap if j == 1 else Alignment(horizontal="right", vertical="center", wrap_text=True)
        ws.row_dimensions[r].height = 26
        r += 1
    ws.row_breaks.append(Break(id=r)); r += 1

    pass
    keys = ["Area strategica", "Struttura", "Responsabile", "Obiettivo n.", "Descrizione obiettivo", "Peso obiettivo", "Tipologia"]
    for k, s in enumerate(c["schede"]):
        if k:
            ws.row_breaks.append(Break(id=r - 1))
        merged(r, f"SCHEDA OBIETTIVO DI BUDGET 2024 – {s['struttura']}", F(bold=True, size=11, color="FFFFFF"), 20,
               PatternFill("solid", fgColor="1F4E79"), Alignment(vertical="center", wrap_text=True))
        r += 1
        vals = [f"{s['area'][0]} – {s['area'][1]}", s["struttura"], s["resp"], s["code"], s["title"], s["peso"], s["tipo"]]
        for key, v in zip(keys, vals):
            cell = ws.cell(r, 1, key); cell.font = F(bold=True, size=9.5); cell.fill = grey; cell.border = box
            cell.alignment = Alignment(vertical="center", wrap_text=True)
            merged(r, v, F(size=9.5, bold=key == "Descrizione obiettivo"), 13 * lines(v, 40) + 4, c1=2,
                   align=Alignment(vertical="center", wrap_text=True))
            r += 1
        for j, h in enumerate(c["ind_header"], 1):
            cell = ws.cell(r, j, h); cell.font = F(bold=True, size=9); cell.fill = blue; cell.border = box; cell.alignment = center
        ws.row_dimensions[r].height = 16; r += 1
        for row in s["ind"]:
            for j, v in enumerate(row, 1):
                cell = ws.cell(r, j, v); cell.font = F(size=9.5); cell.border = box
                cell.alignment = wrap if j == 1 else center
            ws.row_dimensions[r].height = 13 * max(lines(row[0], colw[0]), lines(row[3], colw[3])) + 4
            r += 1
        # outcome box
        cell = ws.cell(r, 1, "Grado di raggiungimento dell'obiettivo"); cell.font = F(bold=True, size=9.5); cell.border = box; cell.fill = grey
        cell.alignment = wrap
        merged(r, s["grado"], F(bold=True, size=10), 28, c1=2, align=Alignment(vertical="center", horizontal="left"))
        r += 1
        cell = ws.cell(r, 1, "Esito"); cell.font = F(bold=True, size=9.5); cell.border = box; cell.fill = grey
        merged(r, s["esito"], F(bold=True, size=10), 16, c1=2, align=Alignment(vertical="center", horizontal="left"))
        r += 1
        cell = ws.cell(r, 1, "Osservazioni della Struttura"); cell.font = F(bold=True, size=9.5); cell.border = box; cell.fill = grey
        cell.alignment = wrap
        o = s["oss"] or ""
        merged(r, o, F(size=9.5, italic=True), max(28, 13 * lines(o, 40) + 4), c1=2, align=Alignment(vertical="top", wrap_text=True))
        r += 2
    merged(r, "Legenda: % ragg. = grado di raggiungimento del singolo indicatore rispetto al valore atteso (max 100%).",
           F(size=8, italic=True), 14, border=False)
    ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = 0.7; ws.page_margins.bottom = 0.8; ws.page_margins.footer = 0.3
    ws.oddHeader.right.text = "ASL VC – Relazione sulla performance 2024 – Allegato B"
    ws.oddFooter.center.text = "Pagina &P di &N"
    ws.print_options.horizontalCentered = True
    xlsx = c["name"] + ".xlsx"
    wb.save(xlsx)
    subprocess.run(LO + [xlsx], check=True, capture_output=True)

    recs = []
    for s in c["schede"]:
        for row in s["ind"]:
            recs.append(record(area_code=s["area"][0], area_title=s["area"][1], objective_level="strategic",
                               objective_code=s["code"], objective_title=s["title"], indicator=row[0],
                               weight=float(row[1]), year=2024, target=row[2], actual=row[3], achievement=pct(row[4]),
                               status=status_of(s["esito"]), status_text=s["esito"], comment=s["oss"],
                               _cells=[row[0], row[3], row[4]]))
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
    pdfmetrics.registerFont(TTFont("DVI", D + "DejaVuSans-Oblique.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")
    W, H = A4
    green = colors.HexColor("#1E5631")
    body = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName="DVB", fontSize=13, leading=16, textColor=green, spaceBefore=10, spaceAfter=8)
    sett = ParagraphStyle("s", fontName="DVB", fontSize=11, leading=14, textColor=colors.white)
    kvs = ParagraphStyle("kv", fontName="DV", fontSize=9, leading=12)
    obj = ParagraphStyle("ob", fontName="DVB", fontSize=10, leading=13, spaceBefore=2, spaceAfter=2)
    cellst = ParagraphStyle("c", fontName="DV", fontSize=8.5, leading=10.5)
    cellc = ParagraphStyle("cc", parent=cellst, alignment=TA_CENTER)
    cellh = ParagraphStyle("ch", fontName="DVB", fontSize=8, leading=10, alignment=TA_CENTER)
    boxs = ParagraphStyle("bx", fontName="DVB", fontSize=9.5, leading=12.5)
    boxc = ParagraphStyle("bxc", fontName="DVI", fontSize=8.8, leading=11.5, alignment=TA_JUSTIFY)

    def deco(canv, doc):
        canv.saveState(); canv.setFont("DV", 7.5); canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(2 * cm, H - 1.2 * cm, c["running"])
        canv.setStrokeColor(green); canv.line(2 * cm, H - 1.35 * cm, W - 2 * cm, H - 1.35 * cm)
        canv.drawCentredString(W / 2, 1.1 * cm, "– %d –" % doc.page); canv.restoreState()

    def cover(canv, doc):
        canv.saveState(); canv.setFillColor(green); canv.rect(0, 0, 1.2 * cm, H, fill=1, stroke=0); canv.restoreState()

    pdf = c["name"] + ".pdf"
    doc = BaseDocTemplate(pdf, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=1.8 * cm,
                          title="Relazione sulla performance 2024", author=c["document"]["issuer"])
    fr = Frame(2 * cm, 1.8 * cm, W - 4 * cm, H - 3.8 * cm, id="f")
    doc.addPageTemplates([PageTemplate("cover", [fr], onPage=cover), PageTemplate("body", [fr], onPage=deco)])
    st = []
    cv = c["cover"]
    cs = lambda sz, b=True, col=colors.black: ParagraphStyle("x", fontName="DVB" if b else "DV", fontSize=sz, leading=sz * 1.3,
                                                             alignment=TA_CENTER, textColor=col)
    st += [Spacer(1, 3 * cm), Paragraph(cv[0], cs(24, True, green)), Paragraph(cv[1], cs(11, False)), Spacer(1, 5 * cm),
           Paragraph(cv[2], cs(22)), Paragraph(cv[3], cs(18, True, green)), Spacer(1, 0.8 * cm),
           Paragraph(cv[4], cs(10, False)), Spacer(1, 7.5 * cm), Paragraph(cv[5], cs(9, False)),
           NextPageTemplate("body"), PageBreak()]
    fw = W - 4 * cm

    def blocks(bl):
        for b in bl:
            if "h" in b:
                st.append(Paragraph(b["h"], h1))
            elif "p" in b:
                st.append(Paragraph(b["p"], body))
            elif "table" in b:
                hd, rows = b["table"]["header"], b["table"]["rows"]
                data = [[Paragraph(h, cellh) for h in hd]] + [[Paragraph(("<b>%s</b>" % v) if row[0] == "Totale" else v,
                                                                         cellst if j == 0 else cellc) for j, v in enumerate(row)] for row in rows]
                tb = Table(data, colWidths=[6 * cm, 3 * cm, 3 * cm], hAlign="LEFT")
                tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D5E8D4"))]))
                st.append(tb); st.append(Spacer(1, 8))

    blocks(c["front"])
    for a in c["settori"]:
        band = Table([[Paragraph(f"SETTORE {a['code']} – {a['title']}", sett)]], colWidths=[fw])
        band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), green), ("TOPPADDING", (0, 0), (-1, -1), 4),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        st.append(Spacer(1, 6)); st.append(band); st.append(Spacer(1, 8))
        for s in a["schede"]:
            head = [Paragraph(f"<b>Servizio:</b> {s['servizio']}", kvs),
                    Paragraph(f"<b>Responsabile:</b> {s['resp']}", kvs),
                    Paragraph(f"Obiettivo n. {s['code']} – {s['title']}", obj),
                    Paragraph(f"<b>Descrizione:</b> {s['desc']}", kvs),
                    Paragraph(f"<b>Peso:</b> {s['peso']} &nbsp;&nbsp;&nbsp;&nbsp; <b>Tipologia:</b> {s['tipo']}", kvs),
                    Spacer(1, 5)]
            data = [[Paragraph(h, cellh) for h in c["ind_header"]]]
            for row in s["ind"]:
                data.append([Paragraph(row[0], cellc), Paragraph(row[1], cellst)] + [Paragraph(v, cellc) for v in row[2:]])
            tb = Table(data, colWidths=[0.9 * cm, fw - 0.9 * cm - 9.0 * cm, 3.2 * cm, 3.3 * cm, 2.5 * cm], repeatRows=1)
            tb.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1, green), ("LINEBELOW", (0, 0), (-1, 0), 0.8, green),
                                    ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#9E9E9E")),
                                    ("LINEBELOW", (0, -1), (-1, -1), 1, green), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            boxrows = [[Paragraph(f"GRADO DI RAGGIUNGIMENTO DELL'OBIETTIVO: {s['grado']}", boxs)],
                       [Paragraph(s["esito"], boxs)]]
            if s["rel"]:
                boxrows.append([Paragraph(s["rel"], boxc)])
            bx = Table(boxrows, colWidths=[fw])
            bx.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, green), ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EEF5EC")),
                                    ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
            if s["code"] == "2.2":   # this scheda is let run over the page break, as long documents do
                st.extend(head + [tb, Spacer(1, 5), bx])
            else:
                st.append(KeepTogether(head + [tb, Spacer(1, 5), bx]))
            st.append(Spacer(1, 14))
    blocks(c["back"])
    doc.build(st)

    recs = []
    for a in c["settori"]:
        for s in a["schede"]:
            for row in s["ind"]:
                recs.append(record(area_code=a["code"], area_title=a["title"], objective_level="strategic",
                                   objective_code=s["code"], objective_title=s["title"], indicator_code=row[0],
                                   indicator=row[1], year=None, target=row[2], actual=row[3], achievement=pct(row[4]),
                                   status=status_of(s["esito"]), status_text=s["esito"], comment=s["rel"],
                                   _cells=[row[1], row[3], row[4]]))
    return recs


# =========================================================================== read-back of pages
def norm(s):
    return " ".join(s.split())


def readback(pdf, recs):
    with pdfplumber.open(pdf) as p:
        pages = [norm(pg.extract_text() or "") for pg in p.pages]
    full = ""; starts = []
    for t in pages:
        starts.append(len(full)); full += t + " "

    def page_at(pos):
        return max(i for i, s in enumerate(starts) if s <= pos) + 1

    cur = 0
    for r in recs:
        words = r["indicator"].split()
        j = full.find(" ".join(words[:4]), cur)
        if j < 0:  # the name may wrap: look for the first words one by one, close together
            pos = cur; j = None
            for w in words[:4]:
                k = full.find(w, pos); assert k >= 0 and (j is None or k - pos < 400), (pdf, r["indicator"], w)
                j = k if j is None else j; pos = k + len(w)
        assert j - cur < 2500, (pdf, r["indicator"], j - cur)
        # end: every listed cell's last word must be found after the start and before the next indicator
        end = j
        for cell in r["_cells"]:
            lw = cell.split()[-1]
            k = full.find(lw, j)
            assert k >= 0 and k - j < 600, (pdf, r["indicator"], cell, k - j)
            end = max(end, k)
        r["page"], r["page_end"] = page_at(j), page_at(end)
        # the actual and the achievement must be on the row's page(s)
        cur = j + 1
    for r in recs:
        r.pop("_cells")
    return len(pages)


def main():
    only = sys.argv[1:]
    for name, fn in (("unione-reno-galliera-2023-relazione", make_word),
                     ("asl-vercelli-2024-relazione", make_calc),
                     ("comune-jesi-2024-relazione", make_report)):
        if only and name not in only:
            continue
        c = json.load(open(name + ".content.json"))
        recs = fn(c)
        npages = readback(name + ".pdf", recs)
        truth = {"schema": "perfextract/records@1", "source": {"path": name + ".pdf", "pages": npages},
                 "document": c["document"], "indicators": recs, "warnings": [], "_notes": c.get("_notes")}
        json.dump(truth, open(name + ".truth.json", "w"), ensure_ascii=False, indent=1)
        print(name, "pages", npages, "records", len(recs),
              [(r["indicator"][:30], r["page"], r["page_end"]) for r in recs])


if __name__ == "__main__":
    main()
