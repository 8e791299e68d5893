"""Round r11 blind samples: renders NAME.pdf from NAME.content.json and writes NAME.truth.json
from the content (pages read back from the rendered PDF with pdfplumber)."""
import json, os, re, subprocess, sys, hashlib, shutil
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import pdfplumber
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from valparse import parse, met, status_of, pnum

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, "build")
os.makedirs(BUILD, exist_ok=True)

def load(name):
    return json.load(open(os.path.join(HERE, name + ".content.json")))

def soffice(src):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-r11", "--headless", "--convert-to", "pdf",
                    "--outdir", BUILD, src], check=True, capture_output=True, timeout=300)
    pdf = os.path.join(BUILD, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    return pdf

# ------------------------------------------------------------------ docx helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), fill)
    tcPr.append(shd)

def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement('w:tblHeader'); el.set(qn('w:val'), 'true'); trPr.append(el)

def widths(table, cms):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn('w:gridCol')), cms):
        gc.set(qn('w:w'), str(int(w * 567)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(cms):
                c.width = Cm(cms[i])

def cell_text(cell, text, bold=False, size=9, align=None, italic=False, sup=None):
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0); p.paragraph_format.space_before = Pt(0)
    if align: p.alignment = align
    r = p.add_run(text or ""); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
    if sup:
        s = p.add_run(sup); s.font.superscript = True; s.font.size = Pt(size)
    return p

def para(doc, text, size=11, bold=False, align=None, after=6, before=0, italic=False, color=None, keep=False):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(after); p.paragraph_format.space_before = Pt(before)
    if keep: p.paragraph_format.keep_with_next = True
    if align is not None: p.alignment = align
    r = p.add_run(text); r.font.size = Pt(size); r.bold = bold; r.italic = italic
    if color: r.font.color.rgb = RGBColor.from_string(color)
    return p

def page_footer(section, text):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text + " – pag. "); r.font.size = Pt(8)
    r2 = p.add_run(); r2.font.size = Pt(8)
    for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            f = OxmlElement('w:fldChar'); f.set(qn('w:fldCharType'), kind); r2._r.append(f)
        else:
            it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = txt; r2._r.append(it)

def base_doc(font="Liberation Serif", size=11):
    doc = Document()
    st = doc.styles['Normal']; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.left_margin = s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return doc

def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ------------------------------------------------------------------ record skeleton
FIELDS = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code", "objective_title",
          "indicator_code", "indicator", "type", "formula", "unit", "data_source", "weight", "baseline", "year",
          "target", "target_operator", "target_value", "target_value_max", "target_unit",
          "actual", "actual_operator", "actual_value", "actual_value_max", "actual_unit",
          "achievement", "notes", "status", "status_text", "comment", "met"]

def clean(s):
    if s is None: return None
    s = " ".join(str(s).split())
    return s or None

def record(**kw):
    r = {f: None for f in FIELDS}
    r.update(kw)
    for f in ("indicator", "target", "actual", "notes", "baseline", "formula", "data_source", "unit", "comment",
              "status_text", "objective_title", "area_title", "indicator_code"):
        r[f] = clean(r[f])
    t, a = parse(r["target"]), parse(r["actual"])
    for side, p in (("target", t), ("actual", a)):
        r[side + "_operator"] = p["operator"]; r[side + "_value"] = p["value"]
        r[side + "_value_max"] = p["value_max"]; r[side + "_unit"] = p["unit"]
    r["met"] = met(r["indicator"], t, a)
    return r

# ================================================================== 1. Regione (Word)
def build_regione(c):
    doc = base_doc("Liberation Serif", 11)
    page_footer(doc.sections[0], "Regione Abruzzo – Relazione sulla Performance 2023")
    cv = c["cover"]
    para(doc, "", after=60)
    para(doc, cv[0], 22, True, WD_ALIGN_PARAGRAPH.CENTER, after=4, color="1F3864")
    para(doc, cv[1], 14, False, WD_ALIGN_PARAGRAPH.CENTER, after=4)
    para(doc, cv[2], 11, False, WD_ALIGN_PARAGRAPH.CENTER, after=120, italic=True)
    para(doc, cv[3], 26, True, WD_ALIGN_PARAGRAPH.CENTER, after=6, color="1F3864")
    para(doc, cv[4], 18, True, WD_ALIGN_PARAGRAPH.CENTER, after=10)
    para(doc, cv[5], 10, False, WD_ALIGN_PARAGRAPH.CENTER, after=160, italic=True)
    para(doc, cv[6], 10, False, WD_ALIGN_PARAGRAPH.CENTER)
    page_break(doc)

    def blocks(items):
        for kind, val in items:
            if kind == "h1":
                para(doc, val, 14, True, after=6, before=12, color="1F3864", keep=True)
            elif kind == "p":
                p = para(doc, val, 11, after=6); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            elif kind == "budget":
                para(doc, val["caption"], 10, True, after=3, keep=True)
                t = doc.add_table(rows=1 + len(val["rows"]), cols=4); t.style = 'Table Grid'
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                for j, h in enumerate(val["header"]):
                    cell_text(t.cell(0, j), h, True, 9, WD_ALIGN_PARAGRAPH.CENTER); shade(t.cell(0, j), "D9E2F3")
                for i, row in enumerate(val["rows"], 1):
                    last = i == len(val["rows"])
                    for j, v in enumerate(row):
                        cell_text(t.cell(i, j), v, last, 9, WD_ALIGN_PARAGRAPH.RIGHT if j else None)
                widths(t, [6.5, 4, 4, 2.5])
                para(doc, "", after=4)
    blocks(c["intro"])
    recs = []
    for area in c["areas"]:
        para(doc, f"Area strategica {area['code']} – {area['title']}", 13, True, after=6, before=12, color="1F3864", keep=True)
        for so in area["strategic"]:
            para(doc, f"Obiettivo strategico {so['code']} – {so['title']}", 12, True, after=4, before=8, keep=True)
            for oo in so["operational"]:
                para(doc, f"Obiettivo operativo {oo['code']} – {oo['title']}", 11, True, after=4, before=6, italic=True, keep=True)
                rows = oo["rows"]
                t = doc.add_table(rows=2 + len(rows), cols=5); t.style = 'Table Grid'
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                for j, h in enumerate(c["header_top"]):
                    if h: cell_text(t.cell(0, j), h, True, 9, WD_ALIGN_PARAGRAPH.CENTER)
                for j, h in enumerate(c["header_sub"]):
                    if h: cell_text(t.cell(1, j), h, True, 9, WD_ALIGN_PARAGRAPH.CENTER)
                for i, row in enumerate(rows, 2):
                    cell_text(t.cell(i, 0), row["indicator"], size=9)
                    cell_text(t.cell(i, 1), row["target"], size=9, align=WD_ALIGN_PARAGRAPH.CENTER, sup=row.get("target_fn"))
                    cell_text(t.cell(i, 2), row["actual"], size=9, align=WD_ALIGN_PARAGRAPH.CENTER, sup=row.get("actual_fn"))
                    cell_text(t.cell(i, 3), row["scost"], size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
                    cell_text(t.cell(i, 4), row["notes"], size=8)
                widths(t, [5.9, 2.7, 2.7, 2.1, 3.6])
                for r_ in (0, 1):
                    for j in range(5):
                        shade(t.cell(r_, j), "D9E2F3")
                        t.cell(r_, j).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                    repeat_header(t.rows[r_])
                t.cell(0, 1).merge(t.cell(0, 2))
                for j in (0, 3, 4):
                    t.cell(0, j).merge(t.cell(1, j))
                for fn, txt in oo.get("footnotes", []):
                    p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(0); p.paragraph_format.space_before = Pt(2)
                    r = p.add_run(fn); r.font.superscript = True; r.font.size = Pt(8)
                    r = p.add_run(" " + txt); r.font.size = Pt(8)
                lab, pct, phrase = oo["status_line"]
                p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(6); p.paragraph_format.space_after = Pt(6)
                r = p.add_run(lab + " "); r.bold = True; r.font.size = Pt(11)
                r = p.add_run(f"{pct} – {phrase}"); r.font.size = Pt(11)
                for a in oo["after"]:
                    p = para(doc, a, 11, after=6); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                comment = " ".join(oo["after"]) or None
                for row in rows:
                    recs.append(record(area_code=area["code"], area_title=area["title"], objective_level="operational",
                                       objective_code=oo["code"], objective_title=oo["title"], indicator=row["indicator"],
                                       target=row["target"], actual=row["actual"], notes=row["notes"],
                                       status=status_of(phrase), status_text=phrase, comment=comment))
    blocks(c["closing"])
    path = os.path.join(BUILD, c["name"] + ".docx"); doc.save(path)
    return soffice(path), recs, "Indicatore", ["Atteso"]

# ================================================================== 4. Provincia (Word schede)
def build_provincia(c):
    doc = base_doc("Liberation Sans", 10)
    page_footer(doc.sections[0], "Provincia di Ravenna – Relazione sulla performance 2023")
    cv = c["cover"]
    para(doc, "", after=80)
    para(doc, cv[0], 24, True, WD_ALIGN_PARAGRAPH.CENTER, after=4, color="7B2C2C")
    para(doc, cv[1], 11, False, WD_ALIGN_PARAGRAPH.CENTER, after=140)
    para(doc, cv[2], 22, True, WD_ALIGN_PARAGRAPH.CENTER, after=8)
    para(doc, cv[3], 13, False, WD_ALIGN_PARAGRAPH.CENTER, after=180)
    para(doc, cv[4], 10, False, WD_ALIGN_PARAGRAPH.CENTER, italic=True)
    page_break(doc)
    para(doc, "Premessa", 14, True, after=6, color="7B2C2C")
    for ptxt in c["intro"]:
        p = para(doc, ptxt, 10, after=6); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    s = c["summary"]
    para(doc, s["caption"], 10, True, after=3, before=6)
    t = doc.add_table(rows=1 + len(s["rows"]), cols=3); t.style = 'Table Grid'
    for j, h in enumerate(s["header"]):
        cell_text(t.cell(0, j), h, True, 9.5, WD_ALIGN_PARAGRAPH.CENTER); shade(t.cell(0, j), "E7E6E6")
    for i, row in enumerate(s["rows"], 1):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, i == len(s["rows"]), 9, WD_ALIGN_PARAGRAPH.CENTER if j else None)
    widths(t, [6, 3, 3])
    recs = []
    for n, sc in enumerate(c["schede"], 1):
        para(doc, "", after=8)
        para(doc, f"SCHEDA N. {n} – {sc['settore'].upper()}", 12, True, after=6, color="7B2C2C", keep=True)
        kv = [("Obiettivo operativo", sc["obj"]), ("Responsabile", sc["resp"]), ("Centro di costo", sc["cdc"]), ("Descrizione", sc["descr"])]
        t = doc.add_table(rows=4, cols=2); t.style = 'Table Grid'
        for i, (kk, vv) in enumerate(kv):
            cell_text(t.cell(i, 0), kk, True, 9.5); shade(t.cell(i, 0), "F2DCDB")
            cell_text(t.cell(i, 1), vv, i == 0, 9.5)
        widths(t, [4, 13])
        para(doc, "Indicatori di risultato", 10, True, after=3, before=10, keep=True)
        t = doc.add_table(rows=1 + len(sc["rows"]), cols=5); t.style = 'Table Grid'
        for j, h in enumerate(c["ind_header"]):
            cell_text(t.cell(0, j), h, True, 9.5, WD_ALIGN_PARAGRAPH.CENTER); shade(t.cell(0, j), "E7E6E6")
        repeat_header(t.rows[0])
        for i, row in enumerate(sc["rows"], 1):
            cell_text(t.cell(i, 0), row["n"], size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(t.cell(i, 1), row["indicator"], size=9.5)
            cell_text(t.cell(i, 2), row["target"], size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(t.cell(i, 3), row["actual"], size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(t.cell(i, 4), row["esito"], size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER)
            recs.append(record(area_code=sc["code"].split(".")[0], area_title=None, objective_level="operational",
                               objective_code=sc["code"], objective_title=sc["title"], indicator_code=row["n"],
                               indicator=row["indicator"], target=row["target"], actual=row["actual"],
                               status=status_of(row["esito"]), status_text=row["esito"]))
        widths(t, [1, 7.4, 3, 3, 2.6])
        para(doc, "Risorse umane", 10, True, after=3, before=10, keep=True)
        t = doc.add_table(rows=1 + len(sc["staff"]), cols=3); t.style = 'Table Grid'
        for j, h in enumerate(c["staff_header"]):
            cell_text(t.cell(0, j), h, True, 9.5, WD_ALIGN_PARAGRAPH.CENTER); shade(t.cell(0, j), "E7E6E6")
        for i, row in enumerate(sc["staff"], 1):
            for j, v in enumerate(row):
                cell_text(t.cell(i, j), v, size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER if j else None)
        widths(t, [8, 2.5, 3])
        if sc.get("note"):
            p = para(doc, sc["note"], 9, after=4, before=8, italic=True); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    path = os.path.join(BUILD, c["name"] + ".docx"); doc.save(path)
    return soffice(path), recs, "Descrizione", ["Valore"]

# ================================================================== 2. ASL (Calc)
def build_asl(c):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    from openpyxl.worksheet.pagebreak import Break
    wb = Workbook(); ws = wb.active; ws.title = "Obiettivi 2024-2026"
    thin = Side(style="thin", color="000000"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    ncol = len(c["header"])
    for i, t in enumerate(c["title_rows"], 1):
        ws.cell(i, 1, t).font = Font(name="Liberation Sans", size=12 if i < 3 else 11, bold=i < 3)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=ncol)
        ws.cell(i, 1).alignment = Alignment(horizontal="center")
    hr = 5
    for j, h in enumerate(c["header"], 1):
        cl = ws.cell(hr, j, h); cl.font = Font(name="Liberation Sans", size=10, bold=True); cl.border = B
        cl.fill = PatternFill("solid", fgColor="D9D9D9"); cl.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    widths_ = [14, 19, 8, 27, 27, 15, 9, 9, 9, 9, 6]
    for j, w in enumerate(widths_, 1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.row_dimensions[hr].height = 30
    r = hr + 1
    recs = []
    f9 = Font(name="Liberation Sans", size=10)
    for area in c["areas"]:
        a0 = r
        for ob in area["objectives"]:
            o0 = r
            for row in ob["rows"]:
                vals = [None, None, row["code"], row["indicator"], row["formula"], row["source"], row["baseline"],
                        row["targets"]["2024"] or None, row["targets"]["2025"] or None, row["targets"]["2026"] or None, row["weight"]]
                for j, v in enumerate(vals, 1):
                    cl = ws.cell(r, j, v); cl.font = f9; cl.border = B
                    cl.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if j >= 7 or j == 3 else "left")
                # estimate the row height from the longest wrapped cell (as a user would after 'optimal height')
                lines = max(len(row["indicator"]) / 31 + 0.999, len(row["formula"]) / 31 + 0.999, len(row["source"]) / 16 + 0.999)
                ws.row_dimensions[r].height = max(2, int(lines)) * 13.0 + 3
                for y in ("2024", "2025", "2026"):
                    recs.append(record(area_code=area["code"], area_title=area["title"], objective_level="strategic",
                                       objective_code=ob["code"], objective_title=ob["title"], indicator_code=row["code"],
                                       indicator=row["indicator"], formula=row["formula"], data_source=row["source"],
                                       weight=pnum(row["weight"]), baseline=row["baseline"], year=int(y),
                                       target=row["targets"][y] or None, actual=None))
                r += 1
            ws.cell(o0, 2, ob["cell"])
            if r - 1 > o0: ws.merge_cells(start_row=o0, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(o0, 2).font = f9; ws.cell(o0, 2).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(a0, 1, area["cell"])
        ws.merge_cells(start_row=a0, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(a0, 1).font = Font(name="Liberation Sans", size=10, bold=True); ws.cell(a0, 1).alignment = Alignment(wrap_text=True, vertical="top")
        for rr in range(a0, r):
            for j in (1, 2):
                ws.cell(rr, j).border = B
    ws.cell(r + 1, 1, "Legenda: i target sono riferiti al 31 dicembre di ciascun anno; il peso è espresso in percentuale sul totale della performance organizzativa aziendale.").font = Font(name="Liberation Sans", size=8, italic=True)
    ws.print_title_rows = f"{hr}:{hr}"
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5; ws.page_margins.top = 0.9; ws.page_margins.bottom = 0.8; ws.page_margins.header = 0.35; ws.page_margins.footer = 0.35
    ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddFooter.center.size = 8
    ws.oddHeader.right.text = "ASL Taranto – Piano della Performance 2024-2026"; ws.oddHeader.right.size = 8
    # summary sheet (not indicators)
    s = c["summary"]; ws2 = wb.create_sheet(s["sheet"])
    ws2.cell(1, 1, s["title"]).font = Font(name="Liberation Sans", size=11, bold=True)
    for j, h in enumerate(s["header"], 1):
        cl = ws2.cell(3, j, h); cl.font = Font(name="Liberation Sans", size=9, bold=True); cl.border = B
        cl.fill = PatternFill("solid", fgColor="D9D9D9"); cl.alignment = Alignment(horizontal="center", wrap_text=True)
    for i, row in enumerate(s["rows"], 4):
        for j, v in enumerate(row, 1):
            cl = ws2.cell(i, j, v); cl.font = Font(name="Liberation Sans", size=9, bold=(i == 3 + len(s["rows"]))); cl.border = B
            cl.alignment = Alignment(horizontal="left" if j == 1 else "center")
    for j, w in enumerate([55, 12, 12, 18], 1):
        ws2.column_dimensions[chr(64 + j)].width = w
    ws2.page_setup.orientation = "landscape"; ws2.page_setup.paperSize = ws2.PAPERSIZE_A4
    ws2.oddFooter.center.text = "Pagina &P di &N"; ws2.oddFooter.center.size = 8
    ws2.oddHeader.right.text = "ASL Taranto – Piano della Performance 2024-2026"; ws2.oddHeader.right.size = 8
    path = os.path.join(BUILD, c["name"] + ".xlsx"); wb.save(path)
    return soffice(path), recs, "Indicatore", ["Formula"]

# ================================================================== 3. Università (reportlab)
def build_univ(c):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.enums import TA_JUSTIFY, TA_RIGHT, TA_CENTER
    fd = "/usr/share/fonts/truetype/liberation/"
    for n, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"), ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf")):
        pdfmetrics.registerFont(TTFont(n, fd + f))
    from reportlab.lib.fonts import addMapping
    addMapping("LS", 0, 0, "LS"); addMapping("LS", 1, 0, "LSB"); addMapping("LS", 0, 1, "LSI"); addMapping("LS", 1, 1, "LSBI")
    body = ParagraphStyle("b", fontName="LS", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName="LSB", fontSize=13, leading=16, spaceBefore=10, spaceAfter=6, textColor=colors.HexColor("#003366"))
    cap = ParagraphStyle("cap", fontName="LSB", fontSize=9, leading=11, spaceAfter=4, spaceBefore=4)
    cellst = ParagraphStyle("c", fontName="LS", fontSize=8.5, leading=10.5)
    hdr = ParagraphStyle("h", fontName="LSB", fontSize=8.5, leading=10.5)
    hdrR = ParagraphStyle("hr", parent=hdr, alignment=TA_RIGHT)
    objst = ParagraphStyle("o", fontName="LSBI", fontSize=8.5, leading=10.5)
    path = os.path.join(BUILD, c["name"] + ".pdf")

    def deco(canv, doc):
        canv.saveState(); canv.setFont("LS", 7.5); canv.setFillColor(colors.HexColor("#555555"))
        if doc.page > 1:
            canv.drawString(50, A4[1] - 30, "Università degli Studi di Catania – Relazione sulla Performance 2023")
        canv.drawRightString(A4[0] - 50, 25, f"Pagina {doc.page}")
        canv.drawString(50, 25, "Documento generato da U-GOV Pianificazione e Controllo – stampa del 27/06/2024")
        canv.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50,
                            title="Relazione sulla Performance 2023", author="Università degli Studi di Catania")
    st = []
    st.append(Spacer(1, 150))
    for txt, sz, b in (("UNIVERSITÀ DEGLI STUDI DI CATANIA", 20, True), ("Area della Pianificazione, Programmazione e Controllo", 11, False),
                       ("", 10, False), ("RELAZIONE SULLA PERFORMANCE 2023", 22, True),
                       ("ai sensi dell'art. 10, comma 1, lett. b) del D.Lgs. 150/2009", 10, False), ("", 10, False),
                       ("Approvata dal Consiglio di Amministrazione nella seduta del 27 giugno 2024", 10, False)):
        st.append(Paragraph(txt or "&nbsp;", ParagraphStyle("cv", fontName="LSB" if b else "LS", fontSize=sz, leading=sz * 1.4, alignment=TA_CENTER, spaceAfter=14, textColor=colors.HexColor("#003366") if b else colors.black)))
    st.append(PageBreak())
    st.append(Paragraph("1. Premessa", h1))
    st.append(Paragraph("La Relazione sulla Performance 2023 dell'Università degli Studi di Catania rendiconta i risultati raggiunti rispetto agli obiettivi strategici del Piano Strategico di Ateneo 2023-2025 e agli indicatori del PIAO 2023-2025, approvato dal Consiglio di Amministrazione il 31 gennaio 2023. I dati sono estratti dal sistema di pianificazione e controllo di Ateneo e, per gli indicatori ANVUR, dalle schede di monitoraggio annuale aggiornate al 30 marzo 2024.", body))
    st.append(Paragraph("La percentuale di raggiungimento di ciascun indicatore è calcolata come rapporto tra risultato e target, con un valore massimo del 100%; per gli indicatori con polarità negativa il rapporto è invertito. Gli indicatori per i quali il dato non è disponibile (n.d.) non concorrono alla valutazione dell'obiettivo.", body))
    st.append(Paragraph("2. Il contesto: il personale", h1))
    s = c["staff"]
    st.append(Paragraph(s["caption"], cap))
    data = [[Paragraph(h, hdr if i == 0 else hdrR) for i, h in enumerate(s["header"])]] + s["rows"]
    t = Table(data, colWidths=[215, 70, 70, 70, 70])
    t.setStyle(TableStyle([("FONT", (0, 1), (-1, -1), "LS", 8.5), ("FONT", (0, -1), (-1, -1), "LSB", 8.5),
                           ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    st.append(t)
    st.append(Spacer(1, 8))
    st.append(Paragraph("3. I risultati degli obiettivi strategici", h1))
    st.append(Paragraph("La tabella seguente riporta, per ciascuna area strategica e obiettivo, gli indicatori del Piano con il target 2023, il risultato conseguito e la percentuale di raggiungimento.", body))
    st.append(Paragraph("Tabella 3 – Indicatori strategici: target e risultati 2023", cap))
    data = [[Paragraph(h, hdr if i < 3 else hdrR) for i, h in enumerate(c["header"])]]
    style = [("FONT", (0, 1), (-1, -1), "LS", 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("ALIGN", (3, 1), (-1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
             ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    recs = []
    for area in c["areas"]:
        i = len(data)
        data.append([area["print"], "", "", "", "", ""])
        style += [("SPAN", (0, i), (-1, i)), ("FONT", (0, i), (-1, i), "LSB", 9), ("TOPPADDING", (0, i), (-1, i), 8)]
        for ob in area["objectives"]:
            i = len(data)
            data.append([ob["code"], Paragraph(ob["title"], objst), "", "", "", ""])
            style += [("SPAN", (1, i), (-1, i)), ("FONT", (0, i), (0, i), "LSBI", 8.5), ("TOPPADDING", (0, i), (-1, i), 5)]
            for row in ob["rows"]:
                data.append([row["code"], Paragraph(row["indicator"], cellst), row["unit"], row["target"], row["actual"], row["achievement"]])
                recs.append(record(area_code=area["code"], area_title=area["print"].split("–", 1)[1].strip(), objective_level="strategic",
                                   objective_code=ob["code"], objective_title=ob["title"], indicator_code=row["code"],
                                   indicator=row["indicator"], unit=row["unit"], target=row["target"], actual=row["actual"],
                                   achievement=pnum(row["achievement"])))
    t = Table(data, colWidths=[36, 195, 58, 58, 58, 90], repeatRows=0, splitByRow=1)
    t.setStyle(TableStyle(style))
    st.append(t)
    st.append(Spacer(1, 8))
    st.append(Paragraph("4. Considerazioni conclusive", h1))
    st.append(Paragraph("Dei 22 indicatori monitorati, 12 hanno raggiunto pienamente il target e 8 lo hanno raggiunto parzialmente; per 2 indicatori il dato non è ancora disponibile. Le aree che presentano i maggiori margini di miglioramento sono l'internazionalizzazione e la sostenibilità ambientale, per le quali il Piano 2024-2026 prevede specifiche azioni correttive.", body))
    doc.build(st, onFirstPage=deco, onLaterPages=deco)
    return path, recs, "Indicatore", ["Unità"]

# ================================================================== read-back
def norm(w):
    return re.sub(r'[^\wàèéìòùÀÈÉÌÒÙ%‰€]', '', w.lower())

def readback(pdf, recs, head_word, next_words, prev_word=None):
    """Page of each indicator's first and last word, found in the indicator column stream."""
    stream = []
    rng = None
    with pdfplumber.open(pdf) as P:
        texts = []
        for pno, page in enumerate(P.pages, 1):
            words = page.extract_words(keep_blank_chars=False)
            texts.append(re.sub(r'\s+', '', page.extract_text() or ""))
            hw = [w for w in words if w["text"] == head_word]
            for h in hw:
                nx = [w for w in words if w["text"] in next_words and abs(w["top"] - h["top"]) < 14 and w["x0"] > h["x0"]]
                if nx:
                    left = 0
                    if prev_word:
                        pv = [w for w in words if w["text"] == prev_word and abs(w["top"] - h["top"]) < 14 and w["x1"] < h["x0"]]
                        left = max(w["x1"] for w in pv) + 1 if pv else 0
                    right = min(w["x0"] for w in nx) - 1
                    vx = sorted({round(e["x0"], 1) for e in page.edges if e["orientation"] == "v"
                                 and e["top"] - 3 <= h["top"] <= e["bottom"] + 3})
                    lv = [x for x in vx if x <= h["x0"]]
                    rv = [x for x in vx if h["x1"] < x < right]
                    if lv: left = max(lv)
                    if rv: right = max(rv)
                    rng = (left, right)
                    break
            if rng is None:
                continue
            col = page.within_bbox((rng[0], 0, rng[1] + 0.5, page.height)).extract_words()
            col.sort(key=lambda w: (round(w["top"]), w["x0"]))
            stream += [(norm(w["text"]), pno) for w in col]
        npages = len(P.pages)
    pos = 0
    for r in recs:
        if r.get("page"):   # per-year records share the row
            continue
        toks = [norm(x) for x in r["indicator"].split()]
        toks = [t for t in toks if t]
        found = None
        for i in range(pos, len(stream)):
            if stream[i][0] != toks[0]:
                continue
            j, ok = i, True
            for t_ in toks[1:]:
                nxt = [q for q in range(j + 1, min(j + 6, len(stream))) if stream[q][0] == t_]
                if not nxt:
                    ok = False; break
                j = nxt[0]
            if ok:
                found, last = i, j; break
        assert found is not None, ("not found", r["indicator"])
        p0, p1 = stream[found][1], stream[last][1]
        pos = last + 1
        for rr in recs:
            if rr["indicator"] == r["indicator"] and rr["indicator_code"] == r["indicator_code"]:
                rr["page"], rr["page_end"] = p0, p1
        # values must be printed on the row's pages
        pages_txt = "".join(texts[p0 - 1:p1])
        for f in ("target", "actual"):
            if r[f]:
                for tok in r[f].split():
                    assert tok in pages_txt, (f, r[f], r["indicator"], p0)
    return npages

def finish(name, c, pdf, recs, hw, nw):
    out = os.path.join(HERE, name + ".pdf")
    if os.path.abspath(pdf) != out:
        shutil.copy(pdf, out)
    # ASL: per-year target cells must be on the row's page
    npages = readback(out, recs, hw, nw, PREV.get(name))
    for r in recs:
        if r["target"]:
            pass
    truth = {"schema": "perfextract/records@1",
             "_about": f"Generated by blind/r11/make_r11.py from {name}.content.json (pages read back from the PDF).",
             "source": {"path": name + ".pdf", "sha256": hashlib.sha256(open(out, "rb").read()).hexdigest(), "pages": npages},
             "document": c["document"], "indicators": recs, "warnings": []}
    json.dump(truth, open(os.path.join(HERE, name + ".truth.json"), "w"), ensure_ascii=False, indent=1)
    print(f"{name}: {npages} pages, {len(recs)} records")

PREV = {"asl-taranto-2024-piano": "ind.", "universita-catania-2023-relazione": "Cod.", "provincia-ravenna-2023-relazione": "N."}
BUILDERS = {"regione-abruzzo-2023-relazione": build_regione, "asl-taranto-2024-piano": build_asl,
            "universita-catania-2023-relazione": build_univ, "provincia-ravenna-2023-relazione": build_provincia}

if __name__ == "__main__":
    names = sys.argv[1:] or list(BUILDERS)
    for n in names:
        c = load(n)
        pdf, recs, hw, nw = BUILDERS[n](c)
        finish(n, c, pdf, recs, hw, nw)
