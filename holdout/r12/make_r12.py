"""Round r12 blind samples: render NAME.pdf from NAME.content.json and write NAME.truth.json from the content.
Usage: .venv/bin/python make_r12.py [mit|pesaro|ingv|careggi|all]"""
import json, subprocess, shutil, sys, tempfile
from pathlib import Path
from r12lib import record, write_truth, Locator, ws

HERE = Path(__file__).resolve().parent
PROFILE = "file:///tmp/lo-r12"

def load(name):
    return json.loads((HERE / f"{name}.content.json").read_text())

def lo_convert(src: Path, pdf: Path):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation={PROFILE}", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=300)
        shutil.copyfile(Path(tmp) / (src.stem + ".pdf"), pdf)

# ---------------------------------------------------------------- docx helpers
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

def set_cell_shading(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)

def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true"); trPr.append(el)

def set_table_borders(table, val="single", sz=4, color="000000"):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}"); e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "0"); e.set(qn("w:color"), color)
        b.append(e)
    tblPr.append(b)

def set_col_widths(table, widths_cm):
    table.autofit = False
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))

def cell_text(cell, text, size, bold=False, align=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0); p.paragraph_format.space_before = Pt(0)
    if align: p.alignment = align
    r = p.add_run(text); r.font.size = Pt(size); r.bold = bold
    if color: r.font.color.rgb = RGBColor.from_string(color)

def add_page_field(paragraph, size):
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("end", None)):
        r = paragraph.add_run(); r.font.size = Pt(size)
        if kind == "instr":
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = txt; r._r.append(it)
        else:
            fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), kind); r._r.append(fc)

def para(doc, text, size=10, bold=False, align=None, after=6, before=0, italic=False):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(after); p.paragraph_format.space_before = Pt(before)
    if align is not None: p.alignment = align
    r = p.add_run(text); r.font.size = Pt(size); r.bold = bold; r.italic = italic
    return p

def base_doc(landscape, header_text, font="Calibri"):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = Cm(1.6); sec.bottom_margin = Cm(1.5)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run(header_text); r.font.size = Pt(8); r.italic = True
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Pag. "); r.font.size = Pt(8)
    add_page_field(fp, 8)
    return doc

# ---------------------------------------------------------------- sample 1: ministry, landscape wide ruled table
def make_mit():
    C = load("ministero-infrastrutture-2023-relazione"); name = C["name"]
    doc = base_doc(True, "Ministero delle infrastrutture e dei trasporti – Relazione sulla performance 2023")
    cv = C["cover"]
    para(doc, cv[0], 18, True, WD_ALIGN_PARAGRAPH.CENTER, before=60, after=4)
    para(doc, cv[1], 10, False, WD_ALIGN_PARAGRAPH.CENTER, after=80, italic=True)
    para(doc, cv[2], 24, True, WD_ALIGN_PARAGRAPH.CENTER, after=6)
    para(doc, cv[3], 18, True, WD_ALIGN_PARAGRAPH.CENTER, after=6)
    para(doc, cv[4], 10, False, WD_ALIGN_PARAGRAPH.CENTER, after=80)
    para(doc, cv[5], 9, False, WD_ALIGN_PARAGRAPH.RIGHT, italic=True)
    doc.add_page_break()
    for kind, text in C["intro"]:
        if kind == "h": para(doc, text, 12, True, before=8, after=4)
        else: para(doc, text, 10, after=6).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    bt = doc.add_table(rows=1 + len(C["budget_rows"]), cols=5); set_table_borders(bt)
    set_col_widths(bt, [9.7, 4.6, 4.6, 4.6, 3.2])
    for i, h in enumerate(C["budget_header"]):
        cell_text(bt.rows[0].cells[i], h, 9, True, WD_ALIGN_PARAGRAPH.CENTER); set_cell_shading(bt.rows[0].cells[i], "D9D9D9")
    for ri, row in enumerate(C["budget_rows"], 1):
        for i, v in enumerate(row):
            cell_text(bt.rows[ri].cells[i], v, 9, ri == len(C["budget_rows"]), None if i == 0 else WD_ALIGN_PARAGRAPH.RIGHT)
    doc.add_page_break()
    para(doc, C["table_heading"], 12, True, after=4)
    para(doc, C["table_intro"], 9, after=4, italic=True)
    flat = []
    for pr in C["priorities"]:
        for sp in pr["specifici"]:
            for an in sp["annuali"]:
                for ind in an["ind"]:
                    flat.append((pr, sp, an, ind))
    t = doc.add_table(rows=1 + len(flat), cols=10); set_table_borders(t, sz=4)
    widths = [2.6, 2.8, 2.8, 3.4, 2.0, 3.9, 1.8, 1.9, 1.5, 4.0]
    set_col_widths(t, widths)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(C["header"]):
        c = t.rows[0].cells[i]; cell_text(c, h, 7.5, True, WD_ALIGN_PARAGRAPH.CENTER); set_cell_shading(c, "BDD7EE")
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    set_repeat_header(t.rows[0])
    fs = 7.5
    for ri, (pr, sp, an, ind) in enumerate(flat, 1):
        cells = t.rows[ri].cells
        vals = [ind["indicator"], ind["type"], ind["formula"], ind["target"], ind["actual"], ind["scost"], ind["motiv"]]
        for i, v in enumerate(vals):
            cell_text(cells[3 + i], v, fs, False, WD_ALIGN_PARAGRAPH.CENTER if 6 <= 3 + i <= 8 else None)
    # vertical merges
    def merge_runs(col, key):
        ri = 1
        while ri <= len(flat):
            k = key(flat[ri - 1]); rj = ri
            while rj + 1 <= len(flat) and key(flat[rj]) == k:
                rj += 1
            text = k[1]
            top = t.rows[ri].cells[col]
            if rj > ri:
                top = top.merge(t.rows[rj].cells[col])
            cell_text(top, text, fs, col == 0)
            top.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
            ri = rj + 1
    merge_runs(0, lambda f: (f[0]["code"], f"{f[0]['code']} – {f[0]['title']}"))
    merge_runs(1, lambda f: (f[1]["code"], f"{f[1]['code']} – {f[1]['title']}"))
    merge_runs(2, lambda f: (f[2]["code"], f"{f[2]['code']} – {f[2]['title']}"))
    for kind, text in C["closing"]:
        if kind == "h": para(doc, text, 12, True, before=12, after=4)
        else: para(doc, text, 10, after=6).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    docx = HERE / f"{name}.docx"; doc.save(docx)
    pdf = HERE / f"{name}.pdf"; lo_convert(docx, pdf)
    loc = Locator(pdf); loc.pos = loc.find(C["header"][9])  # start at the indicators table
    recs = []
    for pr, sp, an, ind in flat:
        page, page_end = loc.row(ind["indicator"], [ind["indicator"], ind["type"], ind["formula"], ind["motiv"]])
        recs.append(record(page=page, page_end=page_end, area_code=pr["code"], area_title=pr["title"],
                           objective_level="operational", objective_code=an["code"], objective_title=an["title"],
                           indicator=ind["indicator"], type=ind["type"], formula=ind["formula"], year=2023,
                           target=ind["target"], actual=ind["actual"]))
    return name, C["document"], recs

# ---------------------------------------------------------------- sample 2: Comune PIAO 2.2, borderless tables
def make_pesaro():
    C = load("comune-pesaro-2025-piano"); name = C["name"]
    doc = base_doc(False, "Comune di Pesaro – PIAO 2025-2027 – Sottosezione 2.2 Performance")
    cv = C["cover"]
    para(doc, cv[0], 22, True, WD_ALIGN_PARAGRAPH.CENTER, before=90, after=40)
    para(doc, cv[1], 20, True, WD_ALIGN_PARAGRAPH.CENTER, after=6)
    para(doc, cv[2], 18, False, WD_ALIGN_PARAGRAPH.CENTER, after=60)
    para(doc, cv[3], 12, False, WD_ALIGN_PARAGRAPH.CENTER, after=4)
    para(doc, cv[4], 12, True, WD_ALIGN_PARAGRAPH.CENTER, after=120)
    para(doc, cv[5], 9, False, WD_ALIGN_PARAGRAPH.CENTER, italic=True)
    doc.add_page_break()
    for kind, text in C["intro"]:
        if kind == "h": para(doc, text, 12, True, before=10, after=4)
        else: para(doc, text, 10, after=6).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    bt = doc.add_table(rows=1 + len(C["budget_rows"]), cols=5); set_table_borders(bt)
    set_col_widths(bt, [4.2, 5.0, 2.9, 2.9, 3.0])
    for i, h in enumerate(C["budget_header"]):
        cell_text(bt.rows[0].cells[i], h, 8.5, True, WD_ALIGN_PARAGRAPH.CENTER); set_cell_shading(bt.rows[0].cells[i], "E2EFDA")
    for ri, row in enumerate(C["budget_rows"], 1):
        for i, v in enumerate(row):
            cell_text(bt.rows[ri].cells[i], v, 8.5, ri == len(C["budget_rows"]), WD_ALIGN_PARAGRAPH.RIGHT if i >= 2 else None)
    doc.add_page_break()
    para(doc, C["section_heading"], 12, True, after=6)
    widths = [4.0, 5.0, 1.3, 2.4, 1.7, 1.7, 1.9]
    order = []
    for g in C["groups"]:
        mc, mt = g["missione"]
        para(doc, f"Missione {mc} – {mt}", 11, True, before=10, after=3).paragraph_format.keep_with_next = True
        for pg in g["programmi"]:
            para(doc, f"Programma {pg['code']} – {pg['title']}", 10, True, before=4, after=4).paragraph_format.keep_with_next = True
            rows = [(o, i) for o in pg["obiettivi"] for i in o["ind"]]
            t = doc.add_table(rows=1 + len(rows), cols=7); set_table_borders(t, val="nil")
            set_col_widths(t, widths)
            for i, h in enumerate(C["header"]):
                cell_text(t.rows[0].cells[i], h, 8.5, True, WD_ALIGN_PARAGRAPH.LEFT if i < 2 else WD_ALIGN_PARAGRAPH.CENTER)
            set_repeat_header(t.rows[0])
            prev = None
            for ri, (o, i) in enumerate(rows, 1):
                c = t.rows[ri].cells
                cell_text(c[0], f"{o['code']} – {o['title']}" if o is not prev else "", 8.5)
                prev = o
                vals = [i["indicator"], i["weight"], i["baseline"]] + i["targets"]
                for k, v in enumerate(vals):
                    cell_text(c[1 + k], v, 8.5, False, None if k == 0 else WD_ALIGN_PARAGRAPH.CENTER)
                for cc in c:
                    cc.paragraphs[0].paragraph_format.space_after = Pt(3)
                order.append((g, pg, o, i))
            if pg["code"] in C["after_tables"]:
                para(doc, C["after_tables"][pg["code"]], 9.5, before=4, after=4).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for kind, text in C["closing"]:
        if kind == "h": para(doc, text, 12, True, before=12, after=4)
        else: para(doc, text, 10, after=6).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    docx = HERE / f"{name}.docx"; doc.save(docx)
    pdf = HERE / f"{name}.pdf"; lo_convert(docx, pdf)
    loc = Locator(pdf); loc.pos = loc.find(C["section_heading"])
    recs = []
    for g, pg, o, i in order:
        page, page_end = loc.row(i["indicator"], [i["indicator"]])
        for y, t in zip((2025, 2026, 2027), i["targets"]):
            recs.append(record(page=page, page_end=page_end, area_code=g["missione"][0], area_title=g["missione"][1],
                               objective_level="operational", objective_code=o["code"], objective_title=o["title"],
                               indicator=i["indicator"], weight=float(i["weight"].rstrip("%")), baseline=i["baseline"],
                               year=y, target=t or None))
    for r in recs:
        if r["weight"] is not None and float(r["weight"]).is_integer(): r["weight"] = int(r["weight"])
    return name, C["document"], recs

# ---------------------------------------------------------------- sample 3: research body, Calc per-year groups
def make_ingv():
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    from openpyxl.worksheet.properties import PageSetupProperties
    C = load("ingv-2024-relazione"); name = C["name"]
    wb = Workbook(); ws_ = wb.active; ws_.title = "Indicatori"
    thin = Side(style="thin", color="808080"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
    hfill = PatternFill("solid", fgColor="1F4E79"); hfont = Font(name="Arial", size=9, bold=True, color="FFFFFF")
    afill = PatternFill("solid", fgColor="DDEBF7")
    ws_.row_dimensions[5].height = 16; ws_.row_dimensions[6].height = 16
    ws_["A1"] = C["title_rows"][0]; ws_["A1"].font = Font(name="Arial", size=13, bold=True, color="1F4E79")
    ws_["A2"] = C["title_rows"][1]; ws_["A2"].font = Font(name="Arial", size=11, bold=True)
    ws_["A3"] = C["title_rows"][2]; ws_["A3"].font = Font(name="Arial", size=10, italic=True)
    h1 = C["header1"]
    for col, txt in zip("ABCD", h1[:4]):
        ws_[f"{col}5"] = txt; ws_.merge_cells(f"{col}5:{col}6")
    for k, y in enumerate(h1[4:]):
        c1 = 5 + 2 * k
        ws_.cell(5, c1, y); ws_.merge_cells(start_row=5, start_column=c1, end_row=5, end_column=c1 + 1)
        ws_.cell(6, c1, C["header2"][0]); ws_.cell(6, c1 + 1, C["header2"][1])
    for r in (5, 6):
        for c in range(1, 11):
            cell = ws_.cell(r, c); cell.fill = hfill; cell.font = hfont; cell.border = box
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    row = 7; order = []
    body = Font(name="Arial", size=9)
    for a in C["areas"]:
        start = row
        for ind in a["ind"]:
            ws_.cell(row, 2, ind["code"]); ws_.cell(row, 3, ind["indicator"]); ws_.cell(row, 4, ind["unit"])
            for k, y in enumerate(("2022", "2023", "2024")):
                ws_.cell(row, 5 + 2 * k, ind["years"][y]["target"]); ws_.cell(row, 6 + 2 * k, ind["years"][y]["actual"])
            for c in range(1, 11):
                cell = ws_.cell(row, c); cell.font = body; cell.border = box
                cell.alignment = Alignment(horizontal="left" if c in (1, 3) else ("center" if c in (2, 4) else "right"),
                                           vertical="center" if c > 1 else "top", wrap_text=True)
            import math
            lines = max(math.ceil(len(ind["indicator"]) / 30), math.ceil(len(ind["unit"]) / 9), 1)
            ws_.row_dimensions[row].height = 11.5 * lines + 5
            order.append((a, ind)); row += 1
        ws_.cell(start, 1, f"{a['code']} – {a['title']}")
        ws_.cell(start, 1).font = Font(name="Arial", size=9, bold=True)
        for r in range(start, row):
            ws_.cell(r, 1).fill = afill
        ws_.merge_cells(start_row=start, start_column=1, end_row=row - 1, end_column=1)
    sr = C["summary_row"]
    ws_.cell(row, 1, sr["label"]); ws_.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
    for k, y in enumerate(("2022", "2023", "2024")):
        ws_.cell(row, 6 + 2 * k, sr["values"][y])
    for c in range(1, 11):
        cell = ws_.cell(row, c); cell.font = Font(name="Arial", size=9, bold=True); cell.border = box
        cell.fill = PatternFill("solid", fgColor="F2F2F2")
        cell.alignment = Alignment(horizontal="right" if c > 4 else "left", vertical="center")
    row += 2
    for fn in C["footnotes"]:
        ws_.cell(row, 1, fn).font = Font(name="Arial", size=7, italic=True); row += 1
    for col, w in zip("ABCDEFGHIJ", [15, 5.5, 31, 9.5, 9.5, 8.5, 9.5, 8.5, 9.5, 8.5]):
        ws_.column_dimensions[col].width = w
    ws_.page_setup.orientation = "portrait"; ws_.page_setup.paperSize = ws_.PAPERSIZE_A4
    ws_.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws_.page_setup.fitToWidth = 1; ws_.page_setup.fitToHeight = 0
    ws_.print_title_rows = "5:6"
    ws_.page_margins.left = ws_.page_margins.right = 0.5; ws_.page_margins.top = 0.7; ws_.page_margins.bottom = 0.7
    ws_.oddHeader.right.text = "INGV – Relazione sulla performance 2024"; ws_.oddHeader.right.size = 8
    ws_.oddFooter.center.text = "Pagina &P di &N"; ws_.oddFooter.center.size = 8
    # sheet 2: a financing table (not indicators)
    s2 = wb.create_sheet("Entrate"); T = C["sheet2"]
    s2["A1"] = C["title_rows"][0]; s2["A1"].font = Font(name="Arial", size=13, bold=True, color="1F4E79")
    s2["A3"] = T["title"]; s2["A3"].font = Font(name="Arial", size=10, bold=True)
    for c, h in enumerate(T["header"], 1):
        cell = s2.cell(5, c, h); cell.fill = hfill; cell.font = hfont; cell.border = box
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for r, vals in enumerate(T["rows"], 6):
        for c, v in enumerate(vals, 1):
            cell = s2.cell(r, c, v); cell.border = box
            cell.font = Font(name="Arial", size=9, bold=(r == 5 + len(T["rows"])))
            cell.alignment = Alignment(horizontal="left" if c == 1 else "right", wrap_text=True)
    for col, w in zip("ABCDE", [52, 13, 13, 13, 14]):
        s2.column_dimensions[col].width = w
    s2.page_setup.orientation = "portrait"; s2.page_setup.paperSize = s2.PAPERSIZE_A4
    s2.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    s2.page_setup.fitToWidth = 1; s2.page_setup.fitToHeight = 0
    s2.oddHeader.right.text = "INGV – Relazione sulla performance 2024"; s2.oddHeader.right.size = 8
    s2.oddFooter.center.text = "Pagina &P di &N"; s2.oddFooter.center.size = 8
    xlsx = HERE / f"{name}.xlsx"; wb.save(xlsx)
    pdf = HERE / f"{name}.pdf"; lo_convert(xlsx, pdf)
    loc = Locator(pdf)
    recs = []
    for a, ind in order:
        page, page_end = loc.anywhere(ind["indicator"])
        for y in ("2022", "2023", "2024"):
            v = ind["years"][y]
            recs.append(record(page=page, page_end=page_end, area_code=a["code"], area_title=a["title"],
                               objective_level="area", objective_code=a["code"], objective_title=a["title"],
                               indicator_code=ind["code"], indicator=ind["indicator"], unit=ind["unit"],
                               year=int(y), target=v["target"], actual=v["actual"]))
    return name, C["document"], recs

# ---------------------------------------------------------------- sample 4: hospital, reportlab indicator blocks
def make_careggi():
    from xml.sax.saxutils import escape as X
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, PageBreak,
                                    Table, TableStyle, KeepTogether, NextPageTemplate)
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas as rl_canvas
    F = "/usr/share/fonts/truetype/liberation/"
    pdfmetrics.registerFont(TTFont("LSans", F + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSans-B", F + "LiberationSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LSans-I", F + "LiberationSans-Italic.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("LSans", 0, 0, "LSans"); addMapping("LSans", 1, 0, "LSans-B"); addMapping("LSans", 0, 1, "LSans-I"); addMapping("LSans", 1, 1, "LSans-B")
    C = load("aou-careggi-2023-relazione"); name = C["name"]
    pdf = HERE / f"{name}.pdf"
    body = ParagraphStyle("b", fontName="LSans", fontSize=9.5, leading=12.5, alignment=TA_JUSTIFY, spaceAfter=5)
    h1 = ParagraphStyle("h1", fontName="LSans-B", fontSize=13, leading=16, spaceBefore=10, spaceAfter=6, textColor=colors.HexColor("#7A1E2C"))
    area = ParagraphStyle("ar", fontName="LSans-B", fontSize=12, leading=15, spaceBefore=12, spaceAfter=4, textColor=colors.white,
                          backColor=colors.HexColor("#7A1E2C"), borderPadding=(3, 4, 3, 4))
    obj = ParagraphStyle("ob", fontName="LSans-B", fontSize=10.5, leading=13.5, spaceBefore=8, spaceAfter=4, textColor=colors.HexColor("#7A1E2C"))
    ititle = ParagraphStyle("it", fontName="LSans-B", fontSize=9.5, leading=12, spaceBefore=7, spaceAfter=2)
    line = ParagraphStyle("ln", fontName="LSans", fontSize=9, leading=11.5, leftIndent=12, spaceAfter=1)
    note = ParagraphStyle("nt", parent=line, alignment=TA_JUSTIFY)

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k); self._saved = []
        def showPage(self):
            self._saved.append(dict(self.__dict__)); self._startPage()
        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                if self._pageNumber > 1:
                    self.setFont("LSans-I", 7.5); self.setFillColor(colors.HexColor("#555555"))
                    self.drawString(2 * cm, A4[1] - 1.2 * cm, C["running_header"])
                    self.setStrokeColor(colors.HexColor("#7A1E2C")); self.setLineWidth(0.6)
                    self.line(2 * cm, A4[1] - 1.35 * cm, A4[0] - 2 * cm, A4[1] - 1.35 * cm)
                    self.line(2 * cm, 1.5 * cm, A4[0] - 2 * cm, 1.5 * cm)
                    self.setFont("LSans", 7.5)
                    self.drawString(2 * cm, 1.05 * cm, "S.O.D. Controllo di gestione – Sistema di reporting direzionale")
                    self.drawRightString(A4[0] - 2 * cm, 1.05 * cm, f"Pagina {self._pageNumber} di {n}")
                super().showPage()
            super().save()

    doc = BaseDocTemplate(str(pdf), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                          title=f"{C['cover'][2]} {C['cover'][3]}", author=C["cover"][1])
    doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(2 * cm, 2 * cm, A4[0] - 4 * cm, A4[1] - 4 * cm, id="f")])])
    cv = C["cover"]; st = []
    st += [Spacer(1, 3 * cm), Paragraph(X(cv[0]), ParagraphStyle("c0", fontName="LSans", fontSize=10, alignment=TA_CENTER, textColor=colors.grey)),
           Spacer(1, 0.4 * cm), Paragraph(X(cv[1]), ParagraphStyle("c1", fontName="LSans-B", fontSize=18, leading=22, alignment=TA_CENTER, textColor=colors.HexColor("#7A1E2C"))),
           Spacer(1, 4 * cm), Paragraph(X(cv[2]), ParagraphStyle("c2", fontName="LSans-B", fontSize=24, leading=28, alignment=TA_CENTER)),
           Spacer(1, 0.3 * cm), Paragraph(X(cv[3]), ParagraphStyle("c3", fontName="LSans", fontSize=18, leading=22, alignment=TA_CENTER)),
           Spacer(1, 7 * cm), Paragraph(X(cv[4]), ParagraphStyle("c4", fontName="LSans-I", fontSize=8, alignment=TA_CENTER, textColor=colors.grey)),
           Spacer(1, 0.2 * cm), Paragraph(X(cv[5]), ParagraphStyle("c5", fontName="LSans", fontSize=9, alignment=TA_CENTER)), PageBreak()]
    for kind, text in C["intro"]:
        st.append(Paragraph(X(text), h1 if kind == "h" else body))
    tb = Table([C["summary_header"]] + C["summary_rows"], colWidths=[6 * cm, 3 * cm, 2.5 * cm], hAlign="LEFT")
    tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSans", 9), ("FONT", (0, 0), (-1, 0), "LSans-B", 9),
                            ("FONT", (0, -1), (-1, -1), "LSans-B", 9), ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#7A1E2C")),
                            ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black), ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    st += [tb, Spacer(1, 0.3 * cm), Paragraph(X(C["results_heading"]), h1)]
    order = []
    for a in C["areas"]:
        st.append(Paragraph(X(f"Area strategica {a['code']} – {a['title']}"), area))
        for o in a["obiettivi"]:
            st.append(Paragraph(X(f"Obiettivo strategico {o['code']} – {o['title']}"), obj))
            for i in o["ind"]:
                first = Paragraph(X(f"Indicatore {i['code']} – {i['indicator']}"), ititle)
                lines = [Paragraph(f"<b>Formula:</b> {X(i['formula'])}", line),
                         Paragraph(f"<b>Target:</b> {X(i['target'])}", line),
                         Paragraph(f"<b>Valore raggiunto:</b> {X(i['actual'])}", line),
                         Paragraph(f"<b>Esito:</b> {X(i['esito'])}", line)]
                if i["note"]:
                    lines.append(Paragraph(f"<b>Note:</b> {X(i['note'])}", note))
                st.append(KeepTogether([first, lines[0]]))
                st += lines[1:]
                order.append((a, o, i))
    for kind, text in C["closing"]:
        st.append(Paragraph(X(text), h1 if kind == "h" else body))
    doc.build(st, canvasmaker=NumberedCanvas)
    loc = Locator(pdf); loc.pos = loc.find(C["results_heading"])
    recs = []
    for a, o, i in order:
        last = "Esito: " + i["esito"] + (" Note: " + i["note"] if i["note"] else "")
        page, page_end = loc.row(f"Indicatore {i['code']} – {i['indicator']}", [i["indicator"], i["formula"], last])
        recs.append(record(page=page, page_end=page_end, area_code=a["code"], area_title=a["title"],
                           objective_level="strategic", objective_code=o["code"], objective_title=o["title"],
                           indicator_code=i["code"], indicator=i["indicator"], formula=i["formula"],
                           target=i["target"], actual=i["actual"], notes=i["note"],
                           status={"Raggiunto": "achieved", "Parzialmente raggiunto": "partially_achieved",
                                   "Non raggiunto": "not_achieved", "Sospeso": "suspended"}[i["esito"]],
                           status_text=i["esito"]))
    return name, C["document"], recs

SAMPLES = {"mit": make_mit, "pesaro": make_pesaro, "ingv": make_ingv, "careggi": make_careggi}

if __name__ == "__main__":
    which = sys.argv[1:] or ["all"]
    for key, fn in SAMPLES.items():
        if "all" in which or key in which:
            name, document, recs = fn()
            n = write_truth(name, HERE, document, recs)
            print(name, "pages", n, "records", len(recs))
            for r in recs:
                print(f"  p{r['page']}-{r['page_end']} y{r['year']} {r['objective_code']} {r['indicator'][:50]!r} T={r['target']!r}({r['target_operator']},{r['target_value']},{r['target_unit']}) A={r['actual']!r}({r['actual_operator']},{r['actual_value']},{r['actual_unit']}) met={r['met']} st={r['status']}")
