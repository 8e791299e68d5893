"""Render the r36 samples from NAME.content.json and write NAME.truth.json from the content."""
import json, os, re, subprocess, sys, hashlib
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
LO = ["soffice", "-env:UserInstallation=file:///tmp/lo-r36", "--headless", "--convert-to", "pdf", "--outdir", HERE]

# ------------------------------------------------------------------ Writer (docx)
def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), color)
    tcPr.append(s)

def row_flags(row, header=False):
    trPr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit"); trPr.append(c)
    if header:
        h = OxmlElement("w:tblHeader"); trPr.append(h)

def docx_table(doc, t, accent):
    if t.get("caption"):
        p = doc.add_paragraph(); r = p.add_run(t["caption"]); r.bold = True; r.font.size = Pt(9.5)
        p.paragraph_format.keep_with_next = True; p.paragraph_format.space_before = Pt(6)
    ncol = len(t["header"][0])
    tab = doc.add_table(rows=0, cols=ncol); tab.style = "Table Grid"
    widths = t.get("widths") or [16.0 / ncol] * ncol
    tot = sum(widths); widths = [w * 16.5 / tot for w in widths]
    swot = t["caption"] and "SWOT" in t["caption"]
    def add(cells, head=False, bold=False, fill=None):
        row = tab.add_row(); row_flags(row, head)
        for j, txt in enumerate(cells):
            c = row.cells[j]; c.width = Cm(widths[j])
            p = c.paragraphs[0]; r = p.add_run(txt); r.font.size = Pt(8.5 if not head else 8.5)
            r.bold = head or bold
            if head and not swot: r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            if j > 0 and not head and re.match(r"^[€≥≤+\-\d]", txt or "") and len(txt) < 20 and "–" not in txt:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if "€" in txt else WD_ALIGN_PARAGRAPH.CENTER
            if fill: shade(c, fill)
    add(t["header"][0], head=True, fill=("D9E2F3" if swot else accent))
    for i, r in enumerate(t["rows"]):
        if swot and i == 1:
            add(r, head=True, fill="D9E2F3")
        else:
            add(r, bold=(r[0] == "Totale"), fill=("F2F2F2" if r[0] == "Totale" else None))
    if swot:
        for row in tab.rows:
            for c in row.cells:
                for run in c.paragraphs[0].runs:
                    run.font.color.rgb = RGBColor(0, 0, 0)
    tab.autofit = False
    grid = tab._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j] * 567)))
    for row in tab.rows:
        for j, c in enumerate(row.cells):
            c.width = Cm(widths[j])
    if t.get("note"):
        p = doc.add_paragraph(); r = p.add_run(t["note"]); r.italic = True; r.font.size = Pt(7.5)
    else:
        doc.add_paragraph().paragraph_format.space_after = Pt(2)

def render_writer(c):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
    sec = doc.sections[0]; sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(2.2); sec.bottom_margin = Cm(2.0)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]; hr = hp.add_run(c["running_header"]); hr.font.size = Pt(8); hr.italic = True
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = fp.add_run(); run.font.size = Pt(8)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), kind); run._r.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = text; run._r.append(e)
    accent = "1F4E79" if "lucca" in c["name"] else "7B2C3A"
    # cover
    for k, line in enumerate(c["cover"]):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(110 if k == 0 else 14)
        r = p.add_run(line); r.font.size = Pt([20, 12, 22, 18, 11, 10][min(k, 5)]); r.bold = k in (0, 2, 3)
        if k in (0, 2): r.font.color.rgb = RGBColor.from_string(accent)
    doc.add_page_break()
    for b in c["blocks"]:
        if b["kind"] == "h1":
            p = doc.add_paragraph(); r = p.add_run(b["text"]); r.bold = True; r.font.size = Pt(14)
            r.font.color.rgb = RGBColor.from_string(accent); p.paragraph_format.keep_with_next = True
            p.paragraph_format.space_before = Pt(12)
        elif b["kind"] == "h2":
            p = doc.add_paragraph(); r = p.add_run(b["text"]); r.bold = True; r.font.size = Pt(11.5)
            p.paragraph_format.keep_with_next = True; p.paragraph_format.space_before = Pt(8)
        elif b["kind"] == "area":
            p = doc.add_paragraph(); r = p.add_run(b["text"]); r.bold = True; r.font.size = Pt(11.5)
            r.font.color.rgb = RGBColor.from_string(accent); p.paragraph_format.keep_with_next = True
            p.paragraph_format.space_before = Pt(10)
        elif b["kind"] == "objective":
            p = doc.add_paragraph(); r = p.add_run(b["text"]); r.bold = True; r.italic = True; r.font.size = Pt(10.5)
            p.paragraph_format.keep_with_next = True
        elif b["kind"] == "p":
            p = doc.add_paragraph(b["text"]); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.space_after = Pt(6)
        elif b["kind"] == "table":
            docx_table(doc, b, accent)
    path = os.path.join(HERE, c["name"] + ".docx"); doc.save(path)
    subprocess.run(LO + [path], check=True, capture_output=True)

# ------------------------------------------------------------------ reportlab
def render_reportlab(c):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, NextPageTemplate, KeepTogether
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    D = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", D + "DejaVuSansCondensed.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", D + "DejaVuSansCondensed-Bold.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB")
    green = colors.HexColor("#2E6B3F")
    body = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5, alignment=4, spaceAfter=6)
    cell = ParagraphStyle("c", fontName="DV", fontSize=7.6, leading=9.2)
    cellh = ParagraphStyle("ch", parent=cell, fontName="DVB", textColor=colors.white)
    h1 = ParagraphStyle("h1", fontName="DVB", fontSize=13.5, leading=17, textColor=green, spaceBefore=10, spaceAfter=6, keepWithNext=1)
    h2 = ParagraphStyle("h2", fontName="DVB", fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=4, keepWithNext=1)
    cap = ParagraphStyle("cap", fontName="DVB", fontSize=8.5, leading=11, spaceBefore=4, spaceAfter=3, keepWithNext=1)
    pw, ph = landscape(A4)
    def deco(canv, doc):
        canv.saveState(); canv.setFont("DV", 7.5); canv.setFillColor(colors.grey)
        w = canv._pagesize[0]; h = canv._pagesize[1]
        canv.drawString(1.8 * cm, h - 1.2 * cm, c["running_header"])
        canv.drawRightString(w - 1.8 * cm, 1.0 * cm, "Pag. %d" % doc.page)
        canv.setStrokeColor(green); canv.line(1.8 * cm, h - 1.35 * cm, w - 1.8 * cm, h - 1.35 * cm); canv.restoreState()
    path = os.path.join(HERE, c["name"] + ".pdf")
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=2 * cm, bottomMargin=1.7 * cm,
                          title=c["document"]["title"], author=c["document"]["issuer"])
    fp = Frame(1.8 * cm, 1.7 * cm, A4[0] - 3.6 * cm, A4[1] - 3.7 * cm, id="p")
    fl = Frame(1.8 * cm, 1.7 * cm, pw - 3.6 * cm, ph - 3.7 * cm, id="l")
    doc.addPageTemplates([PageTemplate("por", [fp], onPage=deco, pagesize=A4),
                          PageTemplate("land", [fl], onPage=deco, pagesize=landscape(A4))])
    st = []
    cs = [ParagraphStyle("cv%d" % k, fontName="DVB" if k in (0, 1, 2) else "DV", fontSize=[20, 17, 16, 11, 9.5, 9.5][k],
                         leading=[26, 22, 21, 15, 13, 13][k], alignment=1, textColor=green if k < 3 else colors.black,
                         spaceBefore=[150, 30, 10, 30, 8, 40][k]) for k in range(6)]
    for k, line in enumerate(c["cover"]):
        st.append(Paragraph(line, cs[k]))
    st.append(PageBreak())
    land = False
    for b in c["blocks"]:
        k = b["kind"]
        if k == "h1": st.append(Paragraph(b["text"], h1))
        elif k == "h2": st.append(Paragraph(b["text"], h2))
        elif k == "p": st.append(Paragraph(b["text"], body))
        elif k == "table":
            wide = len(b["header"][0]) >= 8
            if wide and not land:
                st.append(NextPageTemplate("land")); st.append(PageBreak()); land = True
            elif not wide and land and b.get("role") == "indicators":
                pass
            avail = (pw if land else A4[0]) - 3.6 * cm
            ws = b["widths"]; ws = [w * avail / sum(ws) for w in ws]
            data = [[Paragraph(h, cellh) for h in b["header"][0]]] + [[Paragraph(x, cell) for x in r] for r in b["rows"]]
            t = Table(data, colWidths=ws, repeatRows=1)
            sty = [("BACKGROUND", (0, 0), (-1, 0), green), ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9BB5A2")),
                   ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
            for i, r in enumerate(b["rows"], 1):
                if r[0] == "Totale": sty.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#E4EEE6")))
            if b.get("role") == "indicators":  # merge the Misura cells over their rows
                i = 1
                while i <= len(b["rows"]):
                    j = i
                    while j + 1 <= len(b["rows"]) and b["rows"][j][0] == b["rows"][i - 1][0]: j += 1
                    if j > i:
                        sty.append(("SPAN", (0, i), (0, j)))
                        for q in range(i + 1, j + 1): data[q][0] = ""
                    i = j + 1
                t = Table(data, colWidths=ws, repeatRows=1)
            t.setStyle(TableStyle(sty))
            st.append(KeepTogether([Paragraph(b["caption"], cap), Spacer(1, 1)]) if False else Paragraph(b["caption"], cap))
            st.append(t); st.append(Spacer(1, 6))
            if wide:
                st.append(NextPageTemplate("por")); land = "pending"
        if land == "pending" and k == "p":
            st.append(PageBreak()); land = False
    doc.build(st)

# ------------------------------------------------------------------ Calc (xlsx)
def render_calc(c):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.page import PageMargins
    thin = Side(style="thin", color="7F7F7F"); grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    F = "Liberation Sans"; W = [44, 15, 15, 15]
    wb = Workbook()
    def setup(ws):
        ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.orientation = "portrait"
        ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
        ws.page_margins = PageMargins(left=0.7, right=0.7, top=0.9, bottom=0.8, header=0.35, footer=0.35)
        ws.oddHeader.center.text = c["running_header"]; ws.oddHeader.center.size = 8
        ws.oddFooter.right.text = "Pagina &P di &N"; ws.oddFooter.right.size = 8
        ws.sheet_view.showGridLines = False
        for j, w in enumerate(W): ws.column_dimensions["ABCD"[j]].width = w
    ws = wb.active; ws.title = "Copertina"; setup(ws)
    row = 8
    for k, line in enumerate(c["cover"]):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
        x = ws.cell(row=row, column=1, value=line)
        x.font = Font(name=F, size=[20, 16, 13, 9, 10][k], bold=k < 3, color="1F3864" if k < 2 else "000000")
        x.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.row_dimensions[row].height = [36, 30, 36, 30, 20][k]; row += 3
    def lines(text, chars):
        n, used = 1, 0
        for w in text.split():
            if used + len(w) + 1 > chars and used: n += 1; used = len(w)
            else: used += len(w) + 1
        return n
    for sh in c["sheets"]:
        ws = wb.create_sheet(sh["title"]); setup(ws); row = 1
        for b in sh["blocks"]:
            if b["kind"] == "h1":
                row += 1; x = ws.cell(row=row, column=1, value=b["text"]); x.font = Font(name=F, size=13, bold=True, color="1F3864")
                ws.row_dimensions[row].height = 22; row += 1
            elif b["kind"] == "p":
                ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
                x = ws.cell(row=row, column=1, value=b["text"]); x.font = Font(name=F, size=10)
                x.alignment = Alignment(wrap_text=True, vertical="top", horizontal="justify")
                ws.row_dimensions[row].height = lines(b["text"], 92) * 13.2 + 5; row += 2
            elif b["kind"] == "table":
                x = ws.cell(row=row, column=1, value=b["caption"]); x.font = Font(name=F, size=10, bold=True, italic=True); row += 1
                ws_ = b["widths"]
                for j, h in enumerate(b["header"][0], 1):
                    x = ws.cell(row=row, column=j, value=h); x.font = Font(name=F, size=9.5, bold=True, color="FFFFFF")
                    x.fill = PatternFill("solid", fgColor="2F5496"); x.border = grid
                    x.alignment = Alignment(wrap_text=True, vertical="center", horizontal="left" if j == 1 else "center")
                ws.row_dimensions[row].height = 26; row += 1
                for r in b["rows"]:
                    tot = r[0] in ("Totale", "Risultato di amministrazione")
                    for j, v in enumerate(r, 1):
                        x = ws.cell(row=row, column=j, value=v if v else None)
                        x.font = Font(name=F, size=9.5, bold=tot); x.border = grid
                        x.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left" if j == 1 else "right")
                        if tot: x.fill = PatternFill("solid", fgColor="D9E1F2")
                    ws.row_dimensions[row].height = lines(r[0], 50) * 12.5 + 4; row += 1
                row += 1
    path = os.path.join(HERE, c["name"] + ".xlsx"); wb.save(path)
    subprocess.run(LO + [path], check=True, capture_output=True)

# ------------------------------------------------------------------ truth
FIELDS = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code", "objective_title", "indicator_code",
          "indicator", "type", "formula", "unit", "data_source", "weight", "baseline", "year", "target", "target_operator",
          "target_value", "target_value_max", "target_unit", "actual", "actual_operator", "actual_value", "actual_value_max",
          "actual_unit", "achievement", "notes", "status", "status_text", "comment", "met"]
STATUS = {"Raggiunto": "achieved", "Parzialmente raggiunto": "partially_achieved", "Non raggiunto": "not_achieved"}

def blank():
    return {k: None for k in FIELDS}

def fnum(x):
    return None if x is None else float(x)

def truth_records(c):
    recs = []
    if c["name"].endswith("piao"):
        for m, name, tgt, resp, tempi, p in c["monitor"]:
            r = blank(); r.update(indicator=name, target=tgt, target_operator=p[0], target_value=fnum(p[1]),
                                  target_value_max=fnum(p[2]), target_unit=p[3])
            recs.append(r)
    elif c["name"].endswith("relazione"):
        for a, o, code, name, peso, tgt, act, ach, esito, pt, pa, met in c["indicators"]:
            r = blank(); r.update(area_code=a, area_title=c["areas"][a], objective_level="operational", objective_code=o,
                                  objective_title=c["objectives"][o], indicator_code=code, indicator=name, weight=float(peso),
                                  year=2024, target=tgt, target_operator=pt[0], target_value=fnum(pt[1]), target_value_max=fnum(pt[2]),
                                  target_unit=pt[3], actual=act, actual_operator=pa[0], actual_value=fnum(pa[1]),
                                  actual_value_max=fnum(pa[2]), actual_unit=pa[3], achievement=float(ach.replace(",", ".")),
                                  status=STATUS[esito], status_text=esito, met=met)
            recs.append(r)
    elif c["name"].endswith("rendiconto"):
        for (name, vals), parsed in zip(c["ratios"], c["ratio_parsed"]):
            for y, v, p in zip((2022, 2023, 2024), vals, parsed):
                r = blank(); r.update(indicator=name, year=y, actual=v, actual_operator=p[0], actual_value=fnum(p[1]),
                                      actual_value_max=fnum(p[2]), actual_unit=p[3])
                recs.append(r)
    return recs

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def readback(pdf, recs, c):
    with pdfplumber.open(pdf) as d:
        pages = [norm(p.extract_text() or "") for p in d.pages]
        nump = len(d.pages)
    pos = 0
    last = {}
    for r in recs:
        name = r["indicator"]
        if name in last:
            r["page"], r["page_end"] = last[name]; continue
        words = name.split()
        head, tail = words[0], words[-1]
        found = None
        for i in range(pos, nump):
            if head in pages[i] and all(w in pages[i] for w in words):
                found = i; break
        assert found is not None, (c["name"], name)
        # last line: the value cells / the tail of the name
        end = found
        probe = [tail] + ([r["actual"]] if r["actual"] else []) + ([r["target"]] if r["target"] else [])
        for q in probe:
            if q not in pages[end]:
                assert end + 1 < nump and q in pages[end + 1], (c["name"], name, q)
                end = end + 1
        r["page"], r["page_end"] = found + 1, end + 1
        last[name] = (found + 1, end + 1); pos = found
    return nump

def main(names=None):
    for f in sorted(os.listdir(HERE)):
        if not f.endswith(".content.json"): continue
        c = json.load(open(os.path.join(HERE, f)))
        if names and c["name"] not in names: continue
        {"writer": render_writer, "reportlab": render_reportlab, "calc": render_calc}[c["renderer"]](c)
        pdf = os.path.join(HERE, c["name"] + ".pdf")
        recs = truth_records(c)
        nump = readback(pdf, recs, c)
        truth = {"schema": "perfextract/records@1",
                 "source": {"path": c["name"] + ".pdf", "sha256": hashlib.sha256(open(pdf, "rb").read()).hexdigest(), "pages": nump},
                 "document": c["document"], "indicators": recs, "warnings": [], "_notes": c["_notes"]}
        json.dump(truth, open(os.path.join(HERE, c["name"] + ".truth.json"), "w"), ensure_ascii=False, indent=1)
        print(c["name"], nump, "pages", len(recs), "records", sorted({(r["page"], r["page_end"]) for r in recs}))

if __name__ == "__main__":
    main(sys.argv[1:])
