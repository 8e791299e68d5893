"""r76: renders the three samples from their content files and writes truths FROM THE CONTENT.
Run: .venv/bin/python content_r76.py && .venv/bin/python make_r76.py"""
import json, os, re, subprocess, sys
import pdfplumber
from valparse import parse, met as met_of

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
LO = ["soffice", "-env:UserInstallation=file:///tmp/lo-r76", "--headless", "--convert-to", "pdf", "--outdir", HERE]

STATUS = [("PARZIALMENTE RAGGIUNTO", "partially_achieved"), ("NON RAGGIUNTO", "not_achieved"),
          ("SOSPESO", "suspended"), ("RAGGIUNTO", "achieved")]


def status_of(text):
    for k, v in STATUS:
        if k in text.upper():
            return v
    return None


def pct(s):
    if s is None or not re.search(r"\d", s):
        return None
    return float(s.replace('%', '').strip().replace('.', '').replace(',', '.'))


def valfields(prefix, text, rec):
    op, v, vmax, u = parse(text)
    rec[prefix] = text
    rec[prefix + "_operator"] = op
    rec[prefix + "_value"] = v
    rec[prefix + "_value_max"] = vmax
    rec[prefix + "_unit"] = u
    return (op, v, vmax, u)


ORDER = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code", "objective_title",
         "indicator_code", "indicator", "type", "formula", "unit", "data_source", "weight", "baseline", "year",
         "target", "target_operator", "target_value", "target_value_max", "target_unit",
         "actual", "actual_operator", "actual_value", "actual_value_max", "actual_unit",
         "achievement", "notes", "status", "status_text", "comment", "met"]


def record(cells, **kw):
    r = dict(page=None, page_end=None, area_code=None, area_title=None, objective_level=None,
             objective_code=None, objective_title=None, indicator_code=None, indicator=None, type=None,
             formula=None, unit=None, data_source=None, weight=None, baseline=None, year=None)
    r.update({k: (v if v != "" else None) for k, v in kw.items() if k in r})
    t = valfields("target", kw.get("target") or None, r)
    a = valfields("actual", kw.get("actual") or None, r)
    r["achievement"] = kw.get("achievement")
    r["notes"] = kw.get("notes")
    r["status"] = kw.get("status")
    r["status_text"] = kw.get("status_text")
    r["comment"] = kw.get("comment")
    r["met"] = met_of(r["indicator"], t, a)
    out = {k: r[k] for k in ORDER}
    out["_cells"] = [x for x in cells if x]
    return out


def split_code(s):
    code, title = s.split(" – ", 1)
    return code, title


# =========================================================================== A: Word (Comune di Pavia)
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
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif"; st.font.size = Pt(11)
    for hn, sz in (("Heading 1", 14), ("Heading 2", 12), ("Heading 3", 11)):
        h = doc.styles[hn]; h.font.name = "Liberation Sans"; h.font.size = Pt(sz)
        h.font.color.rgb = RGBColor(0x7A, 0x1F, 0x2B)

    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Comune di Pavia – Relazione sulla performance 2024"); r.font.size = Pt(8); r.italic = True
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r2 = fp.add_run(); r2.font.size = Pt(9)
    for t, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if t:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), t); r2._r.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r2._r.append(e)
    sec.different_first_page_header_footer = True

    cov = c["cover"]
    sizes = {0: 24, 1: 11, 2: 22, 3: 20, 4: 10, 5: 10}
    before = {0: 100, 2: 140, 4: 20, 5: 230}
    for k, line in enumerate(cov):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(before.get(k, 4))
        r = p.add_run(line); r.bold = k in (0, 2, 3); r.font.size = Pt(sizes[k]); r.font.name = "Liberation Sans"
        if k in (0, 2, 3):
            r.font.color.rgb = RGBColor(0x7A, 0x1F, 0x2B)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def set_repeat(row):
        trPr = row._tr.get_or_add_trPr()
        e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)

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

    def table(header, rows, ws, size=9, center=(), total_bold=True):
        t = doc.add_table(rows=1, cols=len(header)); t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(header):
            cell = t.rows[0].cells[j]; cell.text = ""
            p = cell.paragraphs[0]
            if j in center:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(h); r.bold = True; r.font.size = Pt(size); r.font.name = "Liberation Sans"
            shade(cell, "EAD1D4")
        set_repeat(t.rows[0])
        for row in rows:
            cells = t.add_row().cells
            for j, v in enumerate(row):
                cells[j].text = ""
                p = cells[j].paragraphs[0]
                if j in center:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(v or ""); r.font.size = Pt(size); r.font.name = "Liberation Sans"
                if total_bold and row[0] == "Totale":
                    r.bold = True
        widths(t, ws)
        return t

    def blocks(bl):
        for b in bl:
            if "h" in b:
                doc.add_heading(b["h"], level=1)
            elif "p" in b:
                p = doc.add_paragraph(b["p"]); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            elif "table" in b:
                n = len(b["table"]["header"])
                w = [16.6 - 3.4 * (n - 1)] + [3.4] * (n - 1)
                table(b["table"]["header"], b["table"]["rows"], w, 9.5, center=range(1, n))
                doc.add_paragraph().paragraph_format.space_after = Pt(2)

    blocks(c["front"])
    hdr = c["table_header"]
    recs = []
    for a in c["areas"]:
        hh = doc.add_heading(f"Area strategica {a['code']} – {a['title']}", level=2)
        hh.paragraph_format.keep_with_next = True
        for o in a["objectives"]:
            kv = [("Obiettivo strategico", f"{o['s_code']} – {o['s_title']}"),
                  ("Obiettivo operativo", f"{o['code']} – {o['title']}"),
                  ("Settore responsabile", o["settore"]), ("Peso dell'obiettivo", o["peso"])]
            t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for k, v in kv:
                cells = t.add_row().cells
                r = cells[0].paragraphs[0].add_run(k); r.bold = True; r.font.size = Pt(9.5); r.font.name = "Liberation Sans"
                shade(cells[0], "F2E6E8")
                r = cells[1].paragraphs[0].add_run(v); r.font.size = Pt(9.5); r.font.name = "Liberation Sans"
                r.bold = k == "Obiettivo operativo"
            widths(t, [4.2, 12.4])
            for row in t.rows:
                for cell in row.cells:
                    for pp in cell.paragraphs:
                        pp.paragraph_format.keep_with_next = True
            sp = doc.add_paragraph(); sp.paragraph_format.space_after = Pt(0)
            sp.paragraph_format.space_before = Pt(0); sp.paragraph_format.keep_with_next = True
            sp.paragraph_format.line_spacing = Pt(8)
            rows = [[x["indicator"], x["unit"], x["target"], x["actual"], x["achievement_printed"] or "–"]
                    for x in o["indicators"]]
            it = table(hdr, rows, [5.8, 1.8, 3.0, 3.0, 3.0], 9, center=(1, 2, 3, 4), total_bold=False)
            for row in it.rows[:2]:
                for cell in row.cells:
                    for pp in cell.paragraphs:
                        pp.paragraph_format.keep_with_next = True
            p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(6)
            lab, phrase = o["status"].split(": ", 1)
            r = p.add_run(lab + ": "); r.bold = True
            r = p.add_run(phrase.upper() if False else phrase); r.bold = True
            if o["comment"]:
                p = doc.add_paragraph(o["comment"]); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(4)
            for x in o["indicators"]:
                recs.append(record([x["indicator"], x["actual"]],
                                   area_code=a["code"], area_title=a["title"], objective_level="operational",
                                   objective_code=o["code"], objective_title=o["title"], indicator=x["indicator"],
                                   unit=x["unit"], year=2024, target=x["target"], actual=x["actual"],
                                   achievement=pct(x["achievement_printed"]), status=status_of(phrase),
                                   status_text=phrase, comment=o["comment"]))
    blocks(c["back"])
    docx = c["name"] + ".docx"
    doc.save(docx)
    subprocess.run(LO + [docx], check=True, capture_output=True)
    return recs, "4. I risultati degli obiettivi"


# =========================================================================== B: Calc (Comune della Spezia)
def make_calc(c):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    F = "Liberation Sans"
    wb = Workbook()
    thin = Side(style="thin", color="7F7F7F")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    center = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ctop = Alignment(wrap_text=True, vertical="top", horizontal="center")

    ws = wb.active; ws.title = "Frontespizio"
    for col, w in zip("ABCD", (44, 17, 17, 17)):
        ws.column_dimensions[col].width = w
    r = 3
    fs = {0: 22, 1: 10, 2: 18, 3: 13, 4: 9}
    hs = {0: 34, 1: 18, 2: 60, 3: 36, 4: 30}
    for k, line in enumerate(c["cover"]):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        cell = ws.cell(r, 1, line)
        cell.font = Font(name=F, bold=k in (0, 2, 3), italic=k in (1, 4), size=fs[k], color="1F4E78" if k in (0, 2) else "000000")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.row_dimensions[r].height = hs[k]
        r += 1
    r += 2
    for k, para in enumerate(c["premessa"]):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        cell = ws.cell(r, 1, para)
        cell.font = Font(name=F, bold=(k == 0), size=12 if k == 0 else 10)
        cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="justify" if k else "left")
        ws.row_dimensions[r].height = 20 if k == 0 else 13.5 * (len(para) // 115 + 1) + 4
        r += 1
    r += 1
    for j, h in enumerate(c["budget_header"], 1):
        cell = ws.cell(r, j, h); cell.font = Font(name=F, bold=True, size=9, color="FFFFFF"); cell.border = box
        cell.alignment = center; cell.fill = PatternFill("solid", fgColor="1F4E78")
    ws.row_dimensions[r].height = 28
    r += 1
    for row in c["budget_rows"]:
        for j, v in enumerate(row, 1):
            cell = ws.cell(r, j, v); cell.border = box
            cell.font = Font(name=F, size=9, bold=row[0] == "Totale")
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="left" if j == 1 else "right")
        ws.row_dimensions[r].height = 26 if len(row[0]) > 46 else 16
        r += 1
    ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "Pag. &P"

    ws = wb.create_sheet("PDO 2025")
    widths = [19, 21, 25, 32, 28, 6, 11, 14, 15]
    cols = "ABCDEFGHI"
    for j, w in enumerate(widths):
        ws.column_dimensions[cols[j]].width = w
    ws.merge_cells("A1:I1")
    ws["A1"] = "PIANO DETTAGLIATO DEGLI OBIETTIVI 2025 – Obiettivi operativi, indicatori e valori attesi"
    ws["A1"].font = Font(name=F, bold=True, size=13, color="1F4E78"); ws.row_dimensions[1].height = 24
    r = 3
    for j, h in enumerate(c["header"], 1):
        cell = ws.cell(r, j, h); cell.font = Font(name=F, bold=True, size=9)
        cell.fill = PatternFill("solid", fgColor="BDD7EE"); cell.alignment = center; cell.border = box
    ws.row_dimensions[r].height = 30
    ws.print_title_rows = "3:3"
    r += 1

    def lines(text, width):
        if not text:
            return 1
        words = str(text).split(); n = 1; cur = 0; cap = width * 1.4
        for w in words:
            if cur and cur + 1 + len(w) > cap:
                n += 1; cur = len(w)
            else:
                cur += (1 if cur else 0) + len(w)
        return n

    recs = []
    for x in c["rows"]:
        vals = [x["area"], x["so"], x["oo"], x["indicator"], x["formula"], x["weight_printed"], x["baseline"],
                x["target"], x["dirigente"]]
        h = max(lines(v, widths[j]) for j, v in enumerate(vals))
        for j, v in enumerate(vals, 1):
            cell = ws.cell(r, j, v)
            cell.font = Font(name=F, size=9, bold=(j == 4)); cell.border = box
            cell.alignment = ctop if j in (6, 7, 8) else wrap
        ws.row_dimensions[r].height = 12 * h + 4
        r += 1
        ac, at = split_code(x["area"]); oc, ot = split_code(x["oo"])
        recs.append(record([x["indicator"], x["formula"]], area_code=ac, area_title=at, objective_level="operational",
                           objective_code=oc, objective_title=ot, indicator=x["indicator"], formula=x["formula"],
                           weight=float(x["weight_printed"]), baseline=x["baseline"], year=2025, target=x["target"]))
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(r, 1, c["footnote"]).font = Font(name=F, italic=True, size=8)
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = 0.75; ws.page_margins.bottom = 0.7; ws.page_margins.footer = 0.3; ws.page_margins.header = 0.3
    ws.oddHeader.right.text = "Comune della Spezia – PEG/PDO 2025"
    ws.oddFooter.center.text = "Pag. &P"
    xlsx = c["name"] + ".xlsx"
    wb.save(xlsx)
    subprocess.run(LO + [xlsx], check=True, capture_output=True)
    return recs, "Formula di calcolo"


# =========================================================================== C: reportlab (Provincia di Arezzo)
def make_report(c):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
    from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, NextPageTemplate, CondPageBreak)
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    D = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", D + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", D + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVC", D + "DejaVuSansCondensed.ttf"))
    pdfmetrics.registerFont(TTFont("DVCB", D + "DejaVuSansCondensed-Bold.ttf"))
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DVC", 0, 0, "DVC"); addMapping("DVC", 1, 0, "DVCB")

    W, H = A4
    green = colors.HexColor("#2E5E3E")
    zebra = colors.HexColor("#EEF3EF")
    body = ParagraphStyle("b", fontName="DV", fontSize=9.2, leading=12.8, alignment=TA_JUSTIFY, spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName="DVB", fontSize=12, leading=15, textColor=green, spaceBefore=6, spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName="DVB", fontSize=10.5, leading=13, textColor=green, spaceBefore=8, spaceAfter=6)
    h3 = ParagraphStyle("h3", fontName="DVB", fontSize=9.5, leading=12, spaceBefore=8, spaceAfter=3)
    h4 = ParagraphStyle("h4", fontName="DV", fontSize=9, leading=11.5, spaceBefore=2, spaceAfter=5, textColor=colors.HexColor("#333333"))
    cellst = ParagraphStyle("c", fontName="DVC", fontSize=7.6, leading=9.2)
    cellb = ParagraphStyle("cb", fontName="DVCB", fontSize=7.6, leading=9.2)
    cellc = ParagraphStyle("cc", parent=cellst, alignment=TA_CENTER)
    cellh = ParagraphStyle("ch", fontName="DVCB", fontSize=7.4, leading=9, alignment=TA_CENTER, textColor=colors.white)
    cellhl = ParagraphStyle("chl", parent=cellh, alignment=0)

    def deco(canv, doc):
        canv.saveState()
        canv.setFont("DV", 7); canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(1.8 * cm, H - 1.1 * cm, c["running"])
        canv.setStrokeColor(green); canv.setLineWidth(0.6)
        canv.line(1.8 * cm, H - 1.25 * cm, W - 1.8 * cm, H - 1.25 * cm)
        canv.drawRightString(W - 1.8 * cm, 1.0 * cm, "%d" % doc.page)
        canv.drawString(1.8 * cm, 1.0 * cm, "Documento generato da SISPER – Sistema di pianificazione e controllo")
        canv.restoreState()

    def cover(canv, doc):
        canv.saveState()
        canv.setFillColor(green); canv.rect(0, 0, 1.4 * cm, H, fill=1, stroke=0)
        canv.setStrokeColor(green); canv.setLineWidth(2); canv.line(3 * cm, H - 7.2 * cm, W - 3 * cm, H - 7.2 * cm)
        canv.restoreState()

    pdf = c["name"] + ".pdf"
    doc = BaseDocTemplate(pdf, pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.8 * cm,
                          bottomMargin=1.8 * cm, title="PIAO 2025-2027", author=c["document"]["issuer"])
    fr = Frame(1.8 * cm, 1.8 * cm, W - 3.6 * cm, H - 3.6 * cm, id="f")
    doc.addPageTemplates([PageTemplate("cover", [fr], onPage=cover), PageTemplate("body", [fr], onPage=deco)])
    st = []
    cv = c["cover"]
    st.append(Spacer(1, 3.2 * cm))
    st.append(Paragraph(cv[0], ParagraphStyle("c0", fontName="DVB", fontSize=20, leading=24, alignment=TA_CENTER, textColor=green)))
    st.append(Spacer(1, 5.5 * cm))
    st.append(Paragraph(cv[1], ParagraphStyle("c1", fontName="DVB", fontSize=17, leading=23, alignment=TA_CENTER)))
    st.append(Spacer(1, 0.4 * cm))
    st.append(Paragraph(cv[2], ParagraphStyle("c2", fontName="DVB", fontSize=22, leading=28, alignment=TA_CENTER, textColor=green)))
    st.append(Spacer(1, 0.8 * cm))
    st.append(Paragraph(cv[3], ParagraphStyle("c3", fontName="DV", fontSize=9, leading=12, alignment=TA_CENTER)))
    st.append(Spacer(1, 8 * cm))
    st.append(Paragraph(cv[4], ParagraphStyle("c4", fontName="DV", fontSize=9, leading=12, alignment=TA_CENTER)))
    st.append(NextPageTemplate("body")); st.append(PageBreak())
    fw = W - 3.6 * cm

    def other_table(t):
        n = len(t["header"])
        if n == 5 and t["header"][0] == "Processo":
            ws_ = [0.2, 0.22, 0.11, 0.33, 0.14]
        else:
            ws_ = [0.36] + [0.64 / (n - 1)] * (n - 1)
        ws_ = [fw * x for x in ws_]
        data = [[Paragraph(h, cellh) for h in t["header"]]]
        for row in t["rows"]:
            data.append([Paragraph(("<b>%s</b>" % v) if row[0] == "Totale" else v,
                                   cellst if j == 0 or (n == 5 and j in (1, 3)) else cellc)
                         for j, v in enumerate(row)])
        tb = Table(data, colWidths=ws_, repeatRows=1)
        sty = [("BACKGROUND", (0, 0), (-1, 0), green), ("VALIGN", (0, 0), (-1, -1), "TOP"),
               ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#9DB5A3"))]
        for k in range(1, len(data)):
            if k % 2 == 0:
                sty.append(("BACKGROUND", (0, k), (-1, k), zebra))
        tb.setStyle(TableStyle(sty))
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
    cw = [3.2, 4.2, 1.6, 1.1, 1.85, 1.85, 1.85, 1.85]
    s = sum(cw); cw = [fw * x / s for x in cw]
    recs = []
    for a in c["areas"]:
        st.append(CondPageBreak(5 * cm))
        st.append(Paragraph(f"AMBITO STRATEGICO {a['code']} – {a['title'].upper()}", h3))
        for so in a["strategic"]:
            st.append(Paragraph(f"<b>Obiettivo strategico {so['code']}</b> – {so['title']}", h4))
            data = [[Paragraph(h, cellhl if k < 2 else cellh) for k, h in enumerate(hdr)]]
            sty = [("BACKGROUND", (0, 0), (-1, 0), green), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                   ("LINEBELOW", (0, 0), (-1, 0), 0.8, green), ("LINEBELOW", (0, -1), (-1, -1), 0.8, green),
                   ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
            for o in so["operational"]:
                for n_, x in enumerate(o["indicators"]):
                    k = len(data)
                    first = n_ == 0
                    t = x["targets"]
                    data.append([Paragraph(f"{o['code']} – {o['title']}", cellb) if first else "",
                                 Paragraph(x["indicator"], cellst), Paragraph(x["unit"], cellc),
                                 Paragraph(x["weight_printed"], cellc), Paragraph(x["baseline"], cellc)] +
                                [Paragraph(t[y], cellc) if t[y] else "" for y in ("2025", "2026", "2027")])
                    if k % 2 == 0:
                        sty.append(("BACKGROUND", (0, k), (-1, k), zebra))
                    if first and k > 1:
                        sty.append(("LINEABOVE", (0, k), (-1, k), 0.5, colors.HexColor("#9DB5A3")))
                    for y in ("2025", "2026", "2027"):
                        recs.append(record([x["indicator"]] + [v for v in t.values() if v],
                                           area_code=a["code"], area_title=a["title"].upper(),
                                           objective_level="operational", objective_code=o["code"],
                                           objective_title=o["title"], indicator=x["indicator"], unit=x["unit"],
                                           weight=pct(x["weight_printed"]), baseline=x["baseline"], year=int(y),
                                           target=t[y]))
            tb = Table(data, colWidths=cw, repeatRows=1)
            tb.setStyle(TableStyle(sty))
            st.append(tb); st.append(Spacer(1, 4))
    st.append(Paragraph(c["source_note"], ParagraphStyle("f", fontName="DV", fontSize=7, leading=9, textColor=colors.grey)))
    st.append(Spacer(1, 6))
    blocks(c["back"])
    doc.build(st)
    return recs, "2.2 Sottosezione Performance"


# =========================================================================== read-back of pages
def norm(s):
    return " ".join(s.split())


def readback(pdf, recs, marker):
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
        pos = frm; first = None
        for w in words:
            j = full.find(w, pos)
            assert j >= 0 and (first is None or j - pos < 250), (pdf, words, w)
            if first is None:
                first = j
            pos = j + len(w)
        return first, pos

    cur = full.find(marker); assert cur >= 0, (pdf, marker)
    rows = []
    for r in recs:
        if rows and rows[-1][0] == r["indicator"]:
            continue
        st, _ = find_words(r["indicator"].split()[:4], cur)
        assert st - cur < 3500, (pdf, r["indicator"], st - cur)
        rows.append((r["indicator"], st, r["_cells"])); cur = st + 1
    info = {}
    for k, (name, st, cells) in enumerate(rows):
        lim = rows[k + 1][1] if k + 1 < len(rows) else len(full)
        end = st
        for cell in cells:
            cw = [w for w in re.split(r"[\s-]+", cell) if w][-2:]
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
        r.pop("_cells", None)
    return npages


def main():
    only = sys.argv[1:]
    for name, fn in (("comune-pavia-2024-relazione", make_word),
                     ("comune-la-spezia-2025-peg", make_calc),
                     ("provincia-arezzo-2025-piao", make_report)):
        if only and name not in only:
            continue
        c = json.load(open(name + ".content.json"))
        recs, marker = fn(c)
        npages = readback(name + ".pdf", recs, marker)
        truth = {"schema": "perfextract/records@1", "source": {"path": name + ".pdf", "pages": npages},
                 "document": c["document"], "indicators": recs, "warnings": []}
        json.dump(truth, open(name + ".truth.json", "w"), ensure_ascii=False, indent=1)
        print(name, "pages", npages, "records", len(recs),
              "splits:", [(r["indicator"][:30], r["page"], r["page_end"]) for r in recs if r["page"] != r["page_end"]] or "none")


if __name__ == "__main__":
    main()
