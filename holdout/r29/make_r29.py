"""r29: renders the three samples from their content files and writes their truths."""
import json, os, subprocess, sys, copy
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common_r29 import *

HERE = os.path.dirname(os.path.abspath(__file__))
LO = "-env:UserInstallation=file:///tmp/lo-r29"

def soffice(path):
    subprocess.run(["soffice", LO, "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, capture_output=True)

# ======================= 1. Regione Abruzzo =======================
def make_abruzzo():
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                    KeepTogether, CondPageBreak)
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    import pypdf
    from pypdf import Transformation, PageObject

    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    c = json.load(open(f"{HERE}/regione-abruzzo-2023-relazione.content.json"))
    name = c["name"]
    body = ParagraphStyle("b", fontName="DV", fontSize=10, leading=14, alignment=4, spaceAfter=7)
    h1 = ParagraphStyle("h", fontName="DVB", fontSize=13, leading=17, spaceBefore=10, spaceAfter=8,
                        textColor=colors.HexColor("#123b6d"))
    cell = ParagraphStyle("c", fontName="DV", fontSize=7, leading=8.6)
    cellb = ParagraphStyle("cb", parent=cell, fontName="DVB", textColor=colors.white)
    cap = ParagraphStyle("cap", fontName="DVB", fontSize=9, leading=12, spaceAfter=4)
    green = colors.HexColor("#123b6d")

    def footer(offset):
        def f(canv, doc):
            w, h = canv._pagesize
            canv.saveState()
            canv.setFont("DV", 7.5); canv.setFillColor(colors.grey)
            canv.drawString(1.8 * cm, 1.0 * cm, "Regione Abruzzo – Relazione sulla performance 2023")
            canv.drawRightString(w - 1.8 * cm, 1.0 * cm, f"{doc.page + offset}")
            canv.setStrokeColor(green); canv.setLineWidth(0.6)
            canv.line(1.8 * cm, h - 1.3 * cm, w - 1.8 * cm, h - 1.3 * cm)
            canv.restoreState()
        return f

    def cover(canv, doc):
        w, h = A4
        canv.saveState()
        canv.setFillColor(green); canv.rect(0, h - 6 * cm, w, 6 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white); canv.setFont("DVB", 24); canv.drawCentredString(w / 2, h - 3.2 * cm, c["cover"][0])
        canv.setFont("DV", 13); canv.drawCentredString(w / 2, h - 4.3 * cm, c["cover"][1])
        canv.setFillColor(green); canv.setFont("DVB", 26); canv.drawCentredString(w / 2, h / 2 + 2 * cm, c["cover"][2])
        canv.setFont("DVB", 20); canv.drawCentredString(w / 2, h / 2 + 0.5 * cm, c["cover"][3])
        canv.setFillColor(colors.black); canv.setFont("DV", 10); canv.drawCentredString(w / 2, h / 2 - 1 * cm, c["cover"][4])
        canv.setFont("DV", 9); canv.drawCentredString(w / 2, 3 * cm, c["cover"][5])
        canv.restoreState()

    def prose(items, story):
        for kind, txt in items:
            if kind == "h": story.append(Paragraph(txt, h1))
            elif kind == "p": story.append(Paragraph(txt, body))
            elif kind == "budget":
                b = c["budget"]
                story.append(Paragraph(b["title"], cap))
                data = [[Paragraph(x, cellb) for x in b["header"]]] + [[Paragraph(x, cell) for x in r] for r in b["rows"]]
                t = Table(data, colWidths=[5.2 * cm, 3.9 * cm, 3.9 * cm, 3.9 * cm])
                t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), green), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#dde6f0")),
                                       ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
                story.append(t); story.append(Spacer(1, 8))

    # front (portrait)
    f1 = f"{HERE}/_a1.pdf"
    story = [PageBreak()]
    prose(c["intro"], story)
    SimpleDocTemplate(f1, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm, bottomMargin=2 * cm
                      ).build(story, onFirstPage=cover, onLaterPages=footer(0))
    n1 = len(pypdf.PdfReader(f1).pages)

    # landscape tables
    f2 = f"{HERE}/_a2.pdf"
    ah = ParagraphStyle("ah", fontName="DVB", fontSize=11.5, leading=15, spaceBefore=4, spaceAfter=5, textColor=green)
    oh = ParagraphStyle("oh", fontName="DVB", fontSize=9.5, leading=12, spaceBefore=4, spaceAfter=4)
    story = []
    widths = [1.1, 5.0, 3.4, 2.8, 1.3, 2.4, 2.4, 2.4, 2.6, 2.6]
    hdr = [Paragraph(x, cellb) for x in c["table_header"]]
    for ai, (acode, atitle, objs) in enumerate(c["areas"]):
        if ai: story.append(PageBreak())
        story.append(Paragraph(f"Area strategica {acode} – {atitle}", ah))
        for ocode, otitle, inds in objs:
            rows = [hdr] + [[Paragraph(x or "", cell) for x in ind] for ind in inds]
            t = Table(rows, colWidths=[w * cm for w in widths], repeatRows=1)
            st = [("BACKGROUND", (0, 0), (-1, 0), green), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                  ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
            for i in range(1, len(rows)):
                if i % 2 == 0: st.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f0f4f8")))
            t.setStyle(TableStyle(st))
            story.append(KeepTogether([Paragraph(f"Obiettivo strategico {ocode} – {otitle}", oh), t, Spacer(1, 10)]))
    SimpleDocTemplate(f2, pagesize=landscape(A4), leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.8 * cm,
                      bottomMargin=1.8 * cm).build(story, onFirstPage=footer(n1), onLaterPages=footer(n1))
    n2 = len(pypdf.PdfReader(f2).pages)

    # closing (portrait)
    f3 = f"{HERE}/_a3.pdf"
    story = []; prose(c["closing"], story)
    SimpleDocTemplate(f3, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm, bottomMargin=2 * cm
                      ).build(story, onFirstPage=footer(n1 + n2), onLaterPages=footer(n1 + n2))

    # merge: landscape pages stored as portrait mediabox + /Rotate 90
    W, H = A4
    w = pypdf.PdfWriter()
    for p in pypdf.PdfReader(f1).pages: w.add_page(p)
    for p in pypdf.PdfReader(f2).pages:
        new = PageObject.create_blank_page(width=W, height=H)
        # landscape (x, y) -> portrait (W - y, x): content drawn turned a quarter counter-clockwise
        new.merge_transformed_page(p, Transformation().rotate(90).translate(W, 0))
        new[pypdf.generic.NameObject("/Rotate")] = pypdf.generic.NumberObject(90)
        w.add_page(new)
    for p in pypdf.PdfReader(f3).pages: w.add_page(p)
    w.add_metadata({"/Title": "Relazione sulla performance 2023", "/Author": "Regione Abruzzo"})
    pdf = f"{HERE}/{name}.pdf"
    w.write(pdf)
    for f in (f1, f2, f3): os.remove(f)

    # truth
    recs, keys = [], []
    for acode, atitle, objs in c["areas"]:
        for ocode, otitle, inds in objs:
            for code, ind, formula, src, peso, base, tgt, act, grado, esito in inds:
                recs.append(record(area_code=acode, area_title=atitle, objective_level="strategic", objective_code=ocode,
                                   objective_title=otitle, indicator_code=code, indicator=ind, formula=formula,
                                   data_source=src, weight=pct(peso), baseline=base, year=2023, target=tgt, actual=act,
                                   achievement=pct(grado), status=STATUS[esito.lower()], status_text=esito))
                keys.append((code + " " + " ".join(ind.split()[:2]), esito.split()[-1]))
    return pdf, c, recs, keys

# ======================= 2. Università di Macerata (Calc) =======================
def make_uni():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, Border, Side, PatternFill
    from openpyxl.worksheet.properties import PageSetupProperties
    c = json.load(open(f"{HERE}/unimc-2024-relazione.content.json"))
    name = c["name"]
    wb = Workbook()
    thin = Side(style="thin", color="808080"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
    blue = PatternFill("solid", fgColor="8B1A2B"); light = PatternFill("solid", fgColor="F3E6E8")
    wrap = Alignment(wrap_text=True, vertical="top")

    # sheet 1: cover + intro + staff table (portrait)
    s = wb.active; s.title = "Introduzione"
    for col, wd in zip("ABCD", (34, 11, 11, 11)): s.column_dimensions[col].width = wd
    s["A2"] = c["cover"][0]; s["A2"].font = Font(name="Liberation Sans", bold=True, size=16, color="8B1A2B")
    s["A4"] = c["cover"][1]; s["A4"].font = Font(name="Liberation Sans", bold=True, size=14)
    s["A5"] = c["cover"][2]; s["A5"].font = Font(name="Liberation Sans", size=11, italic=True)
    s["A6"] = c["cover"][3]; s["A6"].font = Font(name="Liberation Sans", size=9)
    s.merge_cells("A8:D8"); s["A8"] = c["cover"][4]; s["A8"].alignment = Alignment(wrap_text=True, vertical="top", horizontal="justify")
    s["A8"].font = Font(name="Liberation Sans", size=10); s.row_dimensions[8].height = 100
    s["A10"] = "Tabella 1 – " + c["staff"]["title"]; s["A10"].font = Font(name="Liberation Sans", bold=True, size=10)
    for j, h in enumerate(c["staff"]["header"]):
        x = s.cell(11, j + 1, h); x.font = Font(name="Liberation Sans", bold=True, color="FFFFFF", size=10); x.fill = blue; x.border = box
        x.alignment = Alignment(horizontal="center" if j else "left")
    for i, r in enumerate(c["staff"]["rows"]):
        for j, v in enumerate(r):
            x = s.cell(12 + i, j + 1, int(v) if j else v); x.border = box
            x.font = Font(name="Liberation Sans", size=10, bold=(r[0] == "Totale"))
    s.page_setup.orientation = "portrait"; s.page_setup.paperSize = 9
    s.print_options.horizontalCentered = True
    s.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    s.page_setup.fitToWidth = 1; s.page_setup.fitToHeight = 1
    s.oddFooter.center.text = "Università degli Studi di Macerata – Relazione sulla performance 2024"

    # sheet 2: indicators with rotated header labels
    ws = wb.create_sheet("Indicatori")
    hdr = c["header"]
    widths = {"Area strategica": 11, "Obiettivo strategico": 20, "Cod.": 6, "Indicatore": 34, "Fonte": 15, "Peso %": 5,
              "Baseline 2023": 9.5, "Target 2024": 10, "Valore consuntivo": 10, "Grado di raggiungimento": 6,
              "Esito": 11, "Note": 18}
    for j, h in enumerate(hdr):
        ws.column_dimensions[chr(65 + j)].width = widths[h]
    ws["A1"] = "Tabella 2 – Indicatori di performance organizzativa – consuntivo 2024"
    ws["A1"].font = Font(name="Liberation Sans", bold=True, size=12, color="8B1A2B")
    ws.row_dimensions[2].height = 6
    HR = 3
    for j, h in enumerate(hdr):
        x = ws.cell(HR, j + 1, h); x.fill = blue; x.border = box
        x.font = Font(name="Liberation Sans", bold=True, color="FFFFFF", size=10)
        if h in c["rotated"]:
            x.alignment = Alignment(text_rotation=90, horizontal="center", vertical="bottom", wrap_text=True)
        else:
            x.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[HR].height = 104
    r = HR + 1
    prev_area, area_start = None, None
    merges = []
    recs = []; keys = []
    fnt = Font(name="Liberation Sans", size=10)
    def lines(text, width):
        import math
        if not text: return 1
        cpl = max(1, int(width * 0.95))
        return sum(max(1, math.ceil(len(part) / cpl)) for part in text.split("\n"))
    groups = c["groups"]
    for gi, (area, obj, inds) in enumerate(groups):
        ostart = r
        if area != prev_area:
            if prev_area is not None: merges.append((1, area_start, r - 1))
            area_start = r; prev_area = area
            ws.cell(r, 1, area)
        ws.cell(r, 2, obj)
        for k, ind in enumerate(inds):
            code, text, src, peso, base, tgt, act, grado, esito, note = ind
            vals = [None, None, code, text, src, peso, base, tgt, act, grado, esito, note]
            for j, v in enumerate(vals):
                x = ws.cell(r, j + 1)
                if v is not None: x.value = v
                x.font = fnt; x.border = box
                x.alignment = Alignment(wrap_text=True, vertical="top",
                                        horizontal="center" if 5 <= j <= 9 else None)
            ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(r, 2).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(r, 1).font = Font(name="Liberation Sans", size=10, bold=True)
            ws.cell(r, 2).font = Font(name="Liberation Sans", size=10, bold=True)
            if esito != "Raggiunto":
                ws.cell(r, 11).fill = light
            n = max(lines(text, 34), lines(src, 15), lines(note, 18), lines(base, 9), lines(tgt, 9), lines(act, 9), lines(esito, 11))
            if k == 0:
                n = max(n, (lines(obj, 20) + 1) // max(1, len(inds)) + 1)
            ws.row_dimensions[r].height = 13.5 * n + 4
            acode, atitle = area.split(" – ", 1); ocode, otitle = obj.split(" – ", 1)
            recs.append(record(area_code=acode, area_title=atitle, objective_level="strategic", objective_code=ocode,
                               objective_title=otitle, indicator_code=code, indicator=text, data_source=src,
                               weight=pct(peso), baseline=base, year=2024, target=tgt, actual=act,
                               achievement=pct(grado), notes=note, status=STATUS[esito.lower()], status_text=esito))
            keys.append((code, esito.split()[-1]))
            r += 1
        # objective text needs room over its rows
        need = lines(obj, 20) * 13 + 3
        have = sum(ws.row_dimensions[i].height for i in range(ostart, r))
        if have < need:
            ws.row_dimensions[r - 1].height += need - have
        merges.append((2, ostart, r - 1))
    merges.append((1, area_start, r - 1))
    for col, a, b in merges:
        if b > a: ws.merge_cells(start_row=a, start_column=col, end_row=b, end_column=col)
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 20
    ws.print_title_rows = f"{HR}:{HR}"
    ws.page_margins.left = ws.page_margins.right = 0.5; ws.page_margins.top = ws.page_margins.bottom = 0.9
    ws.page_margins.header = ws.page_margins.footer = 0.35
    ws.oddFooter.center.text = "Pagina &P di &N"
    ws.oddHeader.right.text = "Relazione sulla performance 2024 – Allegato 1"
    xlsx = f"{HERE}/{name}.xlsx"
    wb.save(xlsx)
    soffice(xlsx)
    return f"{HERE}/{name}.pdf", c, recs, keys

# ======================= 3. Comune di Pesaro (Word) =======================
def make_pesaro():
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    c = json.load(open(f"{HERE}/comune-pesaro-2024-relazione.content.json"))
    name = c["name"]
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.5); sec.top_margin = Cm(2); sec.bottom_margin = Cm(1.8)
    st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10.5)
    RED = RGBColor(0x8a, 0x1c, 0x24)

    def shade(cell, color):
        tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), color); tcPr.append(sh)
    def vmerge(cell, val):
        tcPr = cell._tc.get_or_add_tcPr(); v = OxmlElement("w:vMerge")
        if val: v.set(qn("w:val"), val)
        tcPr.append(v)
    def btlr(cell):
        tcPr = cell._tc.get_or_add_tcPr(); t = OxmlElement("w:textDirection"); t.set(qn("w:val"), "btLr"); tcPr.append(t)
    def rowprop(row, tag):
        trPr = row._tr.get_or_add_trPr(); e = OxmlElement(tag); trPr.append(e)
    def put(cell, text, size=8, bold=False, color=None, align=None):
        p = cell.paragraphs[0]; p.paragraph_format.space_after = Pt(0); p.paragraph_format.space_before = Pt(0)
        if align: p.alignment = align
        run = p.add_run(text or ""); run.font.size = Pt(size); run.bold = bold
        if color: run.font.color.rgb = color
    def widths(table, ws):
        table.autofit = False
        grid = table._tbl.tblGrid
        for gc, w in zip(grid.findall(qn("w:gridCol")), ws):
            gc.set(qn("w:w"), str(int(Cm(w).twips)))
        tblPr = table._tbl.tblPr
        tw = tblPr.find(qn("w:tblW"))
        tw.set(qn("w:w"), str(int(Cm(sum(ws)).twips))); tw.set(qn("w:type"), "dxa")
        for row in table.rows:
            for tc in row._tr.tc_lst:
                span = tc.grid_span
                idx = sum(t.grid_span for t in row._tr.tc_lst[:row._tr.tc_lst.index(tc)])
                tcPr = tc.get_or_add_tcPr()
                for e in tcPr.findall(qn("w:tcW")): tcPr.remove(e)
                w = OxmlElement("w:tcW"); w.set(qn("w:w"), str(int(Cm(sum(ws[idx:idx + span])).twips))); w.set(qn("w:type"), "dxa")
                tcPr.insert(0, w)

    # cover
    for _ in range(5): d.add_paragraph()
    for i, line in enumerate(c["cover"]):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line); r.bold = i in (0, 2, 3); r.font.size = Pt([24, 12, 22, 18, 10][i])
        if i in (0, 2): r.font.color.rgb = RED
        p.paragraph_format.space_after = Pt([6, 60, 10, 80, 0][i])
    d.add_page_break()
    ft = sec.footer.paragraphs[0]; ft.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = ft.add_run("Comune di Pesaro – Relazione sulla performance 2024"); fr.font.size = Pt(8)
    sec.different_first_page_header_footer = True

    def prose(items):
        for kind, txt in items:
            if kind == "h":
                h = d.add_heading(txt, level=1)
                for r in h.runs: r.font.color.rgb = RED; r.font.size = Pt(14)
            elif kind == "p":
                p = d.add_paragraph(txt); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            elif kind == "pagebreak":
                d.add_page_break()
            elif kind == "budget":
                b = c["budget"]
                t = d.add_table(rows=1 + len(b["rows"]), cols=4); t.style = "Table Grid"
                for j, h in enumerate(b["header"]):
                    put(t.cell(0, j), h, 9, True, RGBColor(255, 255, 255)); shade(t.cell(0, j), "8A1C24")
                for i, row in enumerate(b["rows"]):
                    for j, v in enumerate(row):
                        put(t.cell(i + 1, j), v, 9, row[0] == "Totale", align=WD_ALIGN_PARAGRAPH.RIGHT if j else None)
                widths(t, [7.4, 3.3, 3.3, 3.3])
                d.add_paragraph()
    prose(c["intro"])

    # indicator table: 2 header rows + data
    ws = [1.3, 2.8, 3.7, 1.2, 1.7, 1.7, 1.7, 1.7, 2.0]
    nrows = sum(len(inds) for _, _, objs in c["groups"] for _, _, inds in objs)
    t = d.add_table(rows=2 + nrows, cols=9); t.style = "Table Grid"
    top = c["header_top"]; yrs = [str(y) for y in c["years"]]
    # header row 0/1
    for j, h in ((0, top[0]), (1, top[1]), (2, top[2]), (3, top[3]), (8, top[6])):
        cl = t.cell(0, j); put(cl, h, 8, True, RGBColor(255, 255, 255), WD_ALIGN_PARAGRAPH.CENTER)
        cl.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        if j == 0: btlr(cl)
        vmerge(cl, "restart"); vmerge(t.cell(1, j), None)
    a = t.cell(0, 4).merge(t.cell(0, 5)); put(a, top[4], 8, True, RGBColor(255, 255, 255), WD_ALIGN_PARAGRAPH.CENTER)
    b = t.cell(0, 6).merge(t.cell(0, 7)); put(b, top[5], 8, True, RGBColor(255, 255, 255), WD_ALIGN_PARAGRAPH.CENTER)
    for j, y in zip((4, 5, 6, 7), yrs * 2):
        put(t.cell(1, j), y, 8, True, RGBColor(255, 255, 255), WD_ALIGN_PARAGRAPH.CENTER)
    for i in (0, 1):
        for cl in t.rows[i].cells: shade(cl, "8A1C24")
        rowprop(t.rows[i], "w:tblHeader"); rowprop(t.rows[i], "w:cantSplit")
    t.rows[0].height = Cm(1.6)
    r = 2
    recs, keys = [], []
    for acode, atitle, objs in c["groups"]:
        astart = r
        for ocode, otitle, inds in objs:
            ostart = r
            for k, (text, peso, t23, t24, r23, r24, note) in enumerate(inds):
                row = t.rows[r]; rowprop(row, "w:cantSplit")
                put(row.cells[2], text); put(row.cells[3], peso, align=WD_ALIGN_PARAGRAPH.CENTER)
                for j, v in zip((4, 5, 6, 7), (t23, t24, r23, r24)): put(row.cells[j], v, align=WD_ALIGN_PARAGRAPH.CENTER)
                put(row.cells[8], note, 7.5)
                for year, tg, ac in ((2023, t23, r23), (2024, t24, r24)):
                    recs.append(record(area_code=acode, area_title=atitle, objective_level="operational",
                                       objective_code=ocode, objective_title=otitle, indicator=text,
                                       weight=pct(peso), year=year, target=tg, actual=ac, notes=note))
                    keys.append((" ".join(text.split()[:3]), text.split()[-1]))
                r += 1
            oc = t.cell(ostart, 1)
            put(oc, f"{ocode} – {otitle}", 8, True)
            vmerge(oc, "restart")
            for i in range(ostart + 1, r): vmerge(t.cell(i, 1), None)
        ac_ = t.cell(astart, 0)
        put(ac_, f"{acode} – {atitle}", 8, True, align=WD_ALIGN_PARAGRAPH.CENTER); btlr(ac_)
        ac_.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        shade(ac_, "F2DCDD")
        vmerge(ac_, "restart")
        for i in range(astart + 1, r): vmerge(t.cell(i, 0), None); shade(t.cell(i, 0), "F2DCDD")
    widths(t, ws)
    d.add_paragraph()
    prose(c["closing"])
    docx = f"{HERE}/{name}.docx"
    d.save(docx)
    soffice(docx)
    return f"{HERE}/{name}.pdf", c, recs, keys

if __name__ == "__main__":
    which = sys.argv[1:] or ["abruzzo", "uni", "pesaro"]
    for w in which:
        pdf, c, recs, keys = {"abruzzo": make_abruzzo, "uni": make_uni, "pesaro": make_pesaro}[w]()
        texts = page_texts(pdf)
        pages = find_pages(texts, keys)
        for rec, (p, q) in zip(recs, pages):
            rec["page"], rec["page_end"] = p, q
        write_truth(c["name"], pdf, c["document"], recs,
                    f"Generated by blind/r29/make_r29.py from {c['name']}.content.json; pages read back from the PDF.")
        print(w, len(recs), "records, pages", sorted(set(pages)))
