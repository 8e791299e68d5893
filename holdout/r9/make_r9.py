"""Renders the r9 samples from *.content.json and writes *.truth.json from the content.
Pages come from a pdfplumber read-back (r9lib.ReadBack). Never uses perfextract."""
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)
from reportlab.lib.fonts import addMapping

import wordutil as W
from r9lib import FIELDS, ReadBack, clean, sha256, parse_value

HERE = Path(__file__).resolve().parent
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DCr", FD + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DCb", FD + "DejaVuSansCondensed-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DCi", FD + "DejaVuSansCondensed-Oblique.ttf"))
addMapping("DCr", 0, 0, "DCr")
addMapping("DCr", 1, 0, "DCb")
addMapping("DCr", 0, 1, "DCi")
addMapping("DCr", 1, 1, "DCb")


def soffice(src: Path):
    exe = shutil.which("soffice")
    subprocess.run([exe, "-env:UserInstallation=file:///tmp/lo-r9blind", "--headless",
                    "--convert-to", "pdf", "--outdir", str(src.parent), str(src)],
                   check=True, capture_output=True, timeout=300)
    return src.with_suffix(".pdf")


def esc(t):
    return (t or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pct(s):
    m = re.match(r"^\s*(\d+(?:,\d+)?)\s*%", s or "")
    return float(m.group(1).replace(",", ".")) if m else None


def set_font(doc, name, size):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(W.qn("w:eastAsia"), name)
    st.element.rPr.rFonts.set(W.qn("w:cs"), name)


# ====================================================================== 1. Genova (Word)
def render_genova(c, out):
    doc = Document()
    sec = W.setup(doc, {"orientation": "portrait", "footer": "Relazione sulla performance 2023",
                        "running_header": "Comune di Genova – Relazione sulla performance 2023"})
    set_font(doc, "Liberation Serif", 11)
    sec.left_margin = sec.right_margin = Cm(1.8)
    cv = c["cover"]
    W.para(doc, "", after=90)
    W.para(doc, cv[0], 24, True, align="center", after=4, color=RGBColor(0x8B, 0x00, 0x00))
    W.para(doc, cv[1], 12, align="center", after=110)
    W.para(doc, cv[2], 20, True, align="center", after=8)
    W.para(doc, cv[3], 11, italic=True, align="center", after=160)
    W.para(doc, cv[4], 10, align="center")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def head(text, size=14):
        W.para(doc, text, size, True, before=10, after=6, color=RGBColor(0x8B, 0x00, 0x00), keep=True)

    head(c["intro_heading"])
    for p in c["intro"]:
        W.para(doc, p, align="justify", after=6)
    head(c["budget_heading"])
    W.para(doc, c["budget_intro"], align="justify")
    b = c["budget"]
    t = doc.add_table(rows=1 + len(b["rows"]), cols=4)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    W.borders(t, {s: (4, "808080") for s in ("top", "bottom", "left", "right", "insideH", "insideV")})
    W.set_widths(t, [6.5, 3.8, 3.8, 2.4])
    for i, h in enumerate(b["header"]):
        W.fill_cell(t.cell(0, i), h, 10, True, align="center" if i else None)
        W.shade(t.cell(0, i), "D9D9D9")
    for r, row in enumerate(b["rows"], 1):
        for i, v in enumerate(row):
            W.fill_cell(t.cell(r, i), v, 10, bold=row[0] == "Totale", align="right" if i else None)
    W.para(doc, "Fonte: Rendiconto della gestione 2023, dati di preconsuntivo.", 8, italic=True, before=2)
    head(c["results_heading"])
    widths = [1.7, 4.3, 5.0, 2.2, 2.3, 2.1]
    for ai, a in enumerate(c["areas"]):
        W.para(doc, a["heading"], 12, True, before=8, after=4, keep=True)
        n = sum(len(o["indicators"]) for o in a["objectives"])
        t = doc.add_table(rows=1 + n, cols=6)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        W.borders(t, {s: (6, "000000") for s in ("top", "bottom", "left", "right", "insideH", "insideV")})
        W.cell_margins(t, 30, 30, 60, 60)
        W.set_widths(t, widths)
        for i, h in enumerate(c["header"]):
            W.fill_cell(t.cell(0, i), h, 9, True, align="center")
            W.shade(t.cell(0, i), "F2DCDB")
        W.repeat_header(t.rows[0])
        r = 1
        for o in a["objectives"]:
            r0 = r
            for ind in o["indicators"]:
                W.fill_cell(t.cell(r, 2), ind["indicator"], 9)
                W.fill_cell(t.cell(r, 3), ind["target"], 9, align="center")
                W.fill_cell(t.cell(r, 4), ind["actual"], 9, align="center")
                W.fill_cell(t.cell(r, 5), ind["achievement_printed"], 9, align="center")
                W.cant_split(t.rows[r])
                r += 1
            for col, txt in ((0, o["code"]), (1, o["title"])):
                m = t.cell(r0, col).merge(t.cell(r - 1, col)) if r - 1 > r0 else t.cell(r0, col)
                W.fill_cell(m, txt, 9, bold=True, align="center" if col == 0 else None)
                m.vertical_alignment = 1  # center
    head(c["closing_heading"])
    W.para(doc, c["closing"], align="justify")
    path = out.with_suffix(".docx")
    doc.save(path)
    soffice(path)


def truth_genova(c, rb):
    recs = []
    for a in c["areas"]:
        for o in a["objectives"]:
            for k, ind in enumerate(o["indicators"]):
                cells = [ind["indicator"], ind["target"], ind["actual"], ind["achievement_printed"]]
                if k == 0:
                    cells = [o["code"], o["title"]] + cells
                pg, pe = rb.find_row(cells[-4:], ind["indicator"])
                p = ind["parsed"]
                recs.append(rec(pg, pe, a["code"], a["title"], "strategic", o["code"], o["title"],
                                ind["indicator"], year=2023, target=ind["target"], tp=p["target"],
                                actual=ind["actual"], ap=p["actual"], met=p["met"],
                                achievement=pct(ind["achievement_printed"])))
    return recs


def rec(pg, pe, acode, atitle, level, ocode, otitle, indicator, **kw):
    r = {k: None for k in FIELDS}
    r.update(page=pg, page_end=pe, area_code=acode, area_title=atitle, objective_level=level,
             objective_code=ocode, objective_title=otitle, indicator=clean(indicator))
    for side, key in (("target", "tp"), ("actual", "ap")):
        txt = clean(kw.pop(side, None))
        p = kw.pop(key, None) or [None] * 4
        r[side] = txt
        if txt is None:
            p = [None] * 4
        (r[f"{side}_operator"], r[f"{side}_value"], r[f"{side}_value_max"], r[f"{side}_unit"]) = p
    for k, v in kw.items():
        assert k in r, k
        r[k] = clean(v) if isinstance(v, str) else v
    if r["target"] is None or r["actual"] is None:
        r["met"] = None
    return r


# ====================================================================== 2. Toscana (Calc)
FONT_T = "DejaVu Sans"


def render_toscana(c, out):
    wb = Workbook()
    thin = Side(style="thin", color="BFBFBF")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)

    def setup(ws, orient, rows=None):
        ws.print_options.gridLines = False
        ws.page_setup.orientation = orient
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.page_margins.left = ws.page_margins.right = 0.5
        ws.page_margins.top = 0.7
        ws.page_margins.bottom = 0.7
        ws.oddFooter.right.text = "Pagina &P di &N"
        ws.oddFooter.right.size = 8
        ws.oddFooter.left.text = "Regione Toscana – Piano della performance 2024-2026"
        ws.oddFooter.left.size = 8
        if rows:
            ws.print_title_rows = rows

    # cover sheet
    ws = wb.active
    ws.title = "Copertina"
    ws.column_dimensions["A"].width = 72
    cv = c["cover"]
    spec = [(cv[0], 22, True, "1F3864", 60), (cv[1], 11, False, "404040", 40),
            (cv[2], 18, True, "1F3864", 90), (cv[3], 12, False, "000000", 50),
            (cv[4], 10, False, "404040", 60)]
    r = 4
    for txt, size, bold, color, h in spec:
        cell = ws.cell(row=r, column=1, value=txt)
        cell.font = Font(name=FONT_T, size=size, bold=bold, color=color)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.row_dimensions[r].height = h
        r += 1
    r += 2
    for p in c["cover_notes"]:
        cell = ws.cell(row=r, column=1, value=p)
        cell.font = Font(name=FONT_T, size=10)
        cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
        ws.row_dimensions[r].height = 58
        r += 1
    setup(ws, "portrait")

    # indicators sheet
    ws = wb.create_sheet("Obiettivi e indicatori")
    widths = [30, 38, 11, 14, 13, 13, 13, 24]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=8)
    cell = ws.cell(row=1, column=1, value=c["sheet_title"])
    cell.font = Font(name=FONT_T, size=13, bold=True, color="1F3864")
    ws.row_dimensions[1].height = 24
    for i, h in enumerate(c["header"], 1):
        cell = ws.cell(row=3, column=i, value=h)
        cell.font = Font(name=FONT_T, size=9, bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.border = grid
        cell.alignment = Alignment(wrap_text=True, vertical="center",
                                   horizontal="left" if i in (1, 2, 8) else "center")
    ws.row_dimensions[3].height = 26
    r = 4
    for a in c["areas"]:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        cell = ws.cell(row=r, column=1, value=a["band"])
        cell.font = Font(name=FONT_T, size=10, bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="2F5597")
        for i in range(1, 9):
            ws.cell(row=r, column=i).border = grid
        ws.row_dimensions[r].height = 18
        r += 1
        for o in a["objectives"]:
            r0 = r
            for ind in o["indicators"]:
                vals = [None, ind["indicator"], ind["unit"], ind["baseline"] or None,
                        ind["targets"]["2024"] or None, ind["targets"]["2025"] or None,
                        ind["targets"]["2026"] or None, ind["struttura"]]
                for i, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=i, value=v)
                    if v is not None:
                        cell.data_type = "s"
                    cell.font = Font(name=FONT_T, size=9)
                    cell.border = grid
                    cell.alignment = Alignment(wrap_text=True, vertical="top",
                                               horizontal="left" if i in (1, 2, 8) else "center")
                lines = max(est(ind["indicator"], 38), est(ind["struttura"], 24),
                            est(ind["baseline"], 14), 1)
                ws.row_dimensions[r].height = lines * 11.5 + 3
                r += 1
            cell = ws.cell(row=r0, column=1, value=o["cell"])
            cell.font = Font(name=FONT_T, size=9, bold=True)
            need = est(o["cell"], 30) * 11.5 + 3
            have = sum(ws.row_dimensions[k].height for k in range(r0, r))
            if need > have:
                ws.row_dimensions[r - 1].height += need - have
            if r - 1 > r0:
                ws.merge_cells(start_row=r0, start_column=1, end_row=r - 1, end_column=1)
    cell = ws.cell(row=r + 1, column=1, value="Legenda: il valore iniziale è riferito al 31/12/2022 salvo diversa indicazione.")
    cell.font = Font(name=FONT_T, size=8, italic=True)
    setup(ws, "landscape", "3:3")

    # budget sheet
    ws = wb.create_sheet("Risorse finanziarie")
    b = c["budget"]
    for i, w in enumerate([48, 20, 20, 20], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells("A1:D1")
    cell = ws["A1"]
    cell.value = b["title"]
    cell.font = Font(name=FONT_T, size=11, bold=True, color="1F3864")
    cell.alignment = Alignment(wrap_text=True)
    ws.row_dimensions[1].height = 32
    for i, h in enumerate(b["header"], 1):
        cell = ws.cell(row=3, column=i, value=h)
        cell.font = Font(name=FONT_T, size=9, bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.border = grid
        cell.alignment = Alignment(horizontal="left" if i == 1 else "right")
    for k, row in enumerate(b["rows"]):
        for i, v in enumerate(row, 1):
            cell = ws.cell(row=4 + k, column=i, value=v)
            cell.data_type = "s"
            cell.font = Font(name=FONT_T, size=9, bold=row[0] == "Totale")
            cell.border = grid
            cell.alignment = Alignment(horizontal="left" if i == 1 else "right")
    ws.cell(row=9, column=1, value=b["source"]).font = Font(name=FONT_T, size=8, italic=True)
    setup(ws, "landscape")
    path = out.with_suffix(".xlsx")
    wb.save(path)
    soffice(path)


def est(text, width):
    cap = width * 1.15 - 2
    n, cur = 1, 0
    for w in str(text or "").split():
        if cur and cur + 1 + len(w) > cap:
            n += 1
            cur = len(w)
        else:
            cur = cur + 1 + len(w) if cur else len(w)
    return n


def truth_toscana(c, rb):
    recs = []
    for a in c["areas"]:
        for o in a["objectives"]:
            for ind in o["indicators"]:
                cells = [ind["indicator"], ind["unit"], ind["baseline"]] + \
                    [ind["targets"][y] for y in ("2024", "2025", "2026")] + [ind["struttura"]]
                pg, pe = rb.find_row([x for x in cells if x], ind["indicator"])
                for y in ("2024", "2025", "2026"):
                    recs.append(rec(pg, pe, a["code"], a["title"], "strategic", o["code"],
                                    o["title"], ind["indicator"], unit=ind["unit"],
                                    baseline=ind["baseline"] or None, year=int(y),
                                    target=ind["targets"][y] or None,
                                    tp=ind["parsed"][y]["target"]))
    return recs


# ====================================================================== 3. INPS (reportlab)
def render_inps(c, out):
    base = ParagraphStyle("b", fontName="DCr", fontSize=9.5, leading=12.5, spaceAfter=5,
                          alignment=4)
    h1 = ParagraphStyle("h1", fontName="DCb", fontSize=13, leading=16, spaceBefore=10,
                        spaceAfter=6, textColor=colors.HexColor("#0B5394"))
    h2 = ParagraphStyle("h2", fontName="DCb", fontSize=10.5, leading=13, spaceBefore=8,
                        spaceAfter=3, textColor=colors.HexColor("#0B5394"))
    h3 = ParagraphStyle("h3", fontName="DCb", fontSize=9, leading=11.5, spaceBefore=6,
                        spaceAfter=3, keepWithNext=1)
    h2.keepWithNext = 1
    cellst = ParagraphStyle("c", fontName="DCr", fontSize=8.5, leading=10.3)
    cellc = ParagraphStyle("cc", parent=cellst, alignment=1)
    headst = ParagraphStyle("hh", parent=cellst, fontName="DCb")
    headc = ParagraphStyle("hc", parent=headst, alignment=1)
    motst = ParagraphStyle("m", parent=cellst, fontName="DCi", textColor=colors.HexColor("#333333"))
    story = []
    cv = c["cover"]
    story += [Spacer(1, 5 * cm),
              Paragraph(cv[0], ParagraphStyle("t0", fontName="DCb", fontSize=40, leading=46,
                                              textColor=colors.HexColor("#0B5394"), alignment=1)),
              Paragraph(cv[1], ParagraphStyle("t1", fontName="DCr", fontSize=13, leading=16, alignment=1)),
              Spacer(1, 4 * cm),
              Paragraph(cv[2], ParagraphStyle("t2", fontName="DCb", fontSize=22, leading=26, alignment=1)),
              Spacer(1, 8 * cm),
              Paragraph(cv[3], ParagraphStyle("t3", fontName="DCi", fontSize=9, leading=11, alignment=1)),
              PageBreak()]
    for kind, txt in c["intro"]:
        story.append(Paragraph(esc(txt), h1 if kind == "h" else base))
    s = c["staff"]
    story.append(Paragraph(s["title"], h3))
    t = Table([[Paragraph(h, headst if i == 0 else headc) for i, h in enumerate(s["header"])]] +
              [[Paragraph(v, ParagraphStyle("x", parent=cellst, fontName="DCb" if row[0] == "Totale" else "DCr",
                                            alignment=0 if i == 0 else 2))
                for i, v in enumerate(row)] for row in s["rows"]],
              colWidths=[6 * cm, 2.3 * cm, 2.3 * cm, 2.3 * cm, 2.5 * cm])
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.black),
                           ("LINEABOVE", (0, -1), (-1, -1), 0.4, colors.black),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    story += [t, Paragraph("Fonte: Direzione centrale Risorse umane.",
                           ParagraphStyle("f", fontName="DCi", fontSize=7.5, leading=9, spaceBefore=2)),
              Paragraph(c["results_heading"], h1)]
    widths = [7.6 * cm, 2.2 * cm, 2.3 * cm, 2.8 * cm, 2.4 * cm]
    for a in c["areas"]:
        story.append(Paragraph(esc(a["heading"]), h2))
        for o in a["objectives"]:
            data = [[Paragraph(h, headst if i == 0 else headc) for i, h in enumerate(c["header"])]]
            st = [("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.HexColor("#0B5394")),
                  ("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                  ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
            for ind in o["indicators"]:
                data.append([Paragraph(esc(ind["indicator"]), cellst),
                             Paragraph(esc(ind["target"]), cellc),
                             Paragraph(esc(ind["actual"]), cellc),
                             Paragraph(esc(ind["scostamento"]), cellc),
                             Paragraph(esc(ind["valutazione"]), cellc)])
                if ind["motivazione"]:
                    data.append([Paragraph(esc(ind["motivazione"]), motst), "", "", "", ""])
                    n = len(data) - 1
                    st.append(("SPAN", (0, n), (-1, n)))
                    st.append(("BOTTOMPADDING", (0, n), (-1, n), 4))
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle(st))
            story += [Paragraph(esc(o["heading"]), h3), t, Spacer(1, 4)]
    sm = c["summary"]
    summary = [Paragraph(sm["heading"], h1), Paragraph(sm["text"], base)]
    t = Table([[Paragraph(h, headst if i == 0 else headc) for i, h in enumerate(sm["header"])]] +
              [[Paragraph(v, cellst if i == 0 else cellc) for i, v in enumerate(row)] for row in sm["rows"]],
              colWidths=[5 * cm, 3 * cm, 3 * cm], hAlign="LEFT")
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.HexColor("#0B5394")),
                           ("LINEABOVE", (0, -1), (-1, -1), 0.4, colors.grey)]))
    story.append(KeepTogether(summary + [t]))

    def deco(canv, doc):
        if doc.page == 1:
            return
        canv.setFont("DCr", 7.5)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(2 * cm, A4[1] - 1.2 * cm, "INPS – Relazione sulla performance 2022")
        canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"{doc.page}")
        canv.setStrokeColor(colors.HexColor("#0B5394"))
        canv.setLineWidth(0.6)
        canv.line(2 * cm, A4[1] - 1.35 * cm, A4[0] - 2 * cm, A4[1] - 1.35 * cm)

    SimpleDocTemplate(str(out), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                      topMargin=2 * cm, bottomMargin=1.8 * cm,
                      title="Relazione sulla performance 2022").build(story, onFirstPage=deco,
                                                                       onLaterPages=deco)


STATUS = {"Raggiunto": "achieved", "Non raggiunto": "not_achieved"}


def truth_inps(c, rb):
    recs = []
    for a in c["areas"]:
        for o in a["objectives"]:
            for ind in o["indicators"]:
                cells = [ind["indicator"], ind["target"], ind["actual"], ind["scostamento"],
                         ind["valutazione"]] + ([ind["motivazione"]] if ind["motivazione"] else [])
                pg, pe = rb.find_row(cells, ind["indicator"])
                p = ind["parsed"]
                recs.append(rec(pg, pe, a["code"], a["title"], "strategic", o["code"], o["title"],
                                ind["indicator"], target=ind["target"], tp=p["target"],
                                actual=ind["actual"], ap=p["actual"], met=p["met"],
                                status=STATUS[ind["valutazione"]], status_text=ind["valutazione"],
                                comment=ind["motivazione"]))
    return recs


# ====================================================================== 4. Torino (Word booktabs)
def render_torino(c, out):
    doc = Document()
    sec = W.setup(doc, {"orientation": "landscape", "footer": "PIAO 2023-2025",
                        "running_header": "Università degli Studi di Torino – PIAO 2023-2025"})
    set_font(doc, "Liberation Sans Narrow", 11)
    sec.left_margin = sec.right_margin = Cm(1.6)
    sec.top_margin = Cm(1.9)
    cv = c["cover"]
    blue = RGBColor(0x80, 0x1F, 0x23)
    W.para(doc, "", after=40)
    W.para(doc, cv[0], 22, True, align="center", after=2, color=blue)
    W.para(doc, cv[1], 12, align="center", after=70)
    W.para(doc, cv[2], 20, True, align="center", after=6)
    W.para(doc, cv[3], 10.5, italic=True, align="center", after=90)
    W.para(doc, cv[4], 10.5, align="center")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def block(items):
        for kind, txt in items:
            if kind == "h1":
                W.para(doc, txt, 14, True, before=6, after=6, color=blue, keep=True)
            elif kind == "h2":
                W.para(doc, txt, 12, True, before=6, after=4, keep=True)
            else:
                W.para(doc, txt, align="justify", after=6)

    block(c["intro"])
    W.para(doc, "Tabella 3 – Obiettivi operativi, indicatori e target 2023-2025", 9.5, True, after=3,
           keep=True)
    widths = [3.0, 5.6, 7.6, 2.9, 2.3, 2.3, 2.3]
    n = sum(len(o["indicators"]) for g in c["groups"] for o in g["objectives"])
    t = doc.add_table(rows=1 + n, cols=7)
    W.borders(t, {"top": (12, "000000"), "bottom": (12, "000000")})
    W.cell_margins(t, 35, 35, 60, 60)
    W.set_widths(t, widths)
    for i, h in enumerate(c["header"]):
        W.fill_cell(t.cell(0, i), h, 9.5, True, align="center" if i >= 3 else None)
        W.cell_border(t.cell(0, i), "bottom", 6)
    W.repeat_header(t.rows[0])
    r = 1
    for g in c["groups"]:
        for oi, o in enumerate(g["objectives"]):
            for k, ind in enumerate(o["indicators"]):
                if oi == 0 and k == 0:
                    W.fill_cell(t.cell(r, 0), g["cell"], 9.5, True)
                    if r > 1:
                        for i in range(7):
                            W.cell_border(t.cell(r, i), "top", 4, "7F7F7F")
                if not (oi == 0 and k == 0):
                    W.fill_cell(t.cell(r, 0), "", 9.5)
                W.fill_cell(t.cell(r, 1), o["cell"] if k == 0 else "", 9.5)
                W.fill_cell(t.cell(r, 2), ind["indicator"], 9.5)
                W.fill_cell(t.cell(r, 3), ind["baseline"], 9.5, align="center")
                for i, y in enumerate(("2023", "2024", "2025"), 4):
                    W.fill_cell(t.cell(r, i), ind["targets"][y], 9.5, align="center")
                W.cant_split(t.rows[r])
                r += 1
    W.para(doc, c["footnote"], 8, italic=True, before=3)
    rk = c["risk"]
    W.para(doc, rk["heading"], 12, True, before=6, after=4, keep=True)
    W.para(doc, rk["intro"], align="justify")
    W.para(doc, rk["title"], 9.5, True, after=3, keep=True)
    t = doc.add_table(rows=1 + len(rk["rows"]), cols=6)
    W.borders(t, {"top": (12, "000000"), "bottom": (12, "000000"), "insideH": (2, "A6A6A6")})
    W.cell_margins(t, 35, 35, 60, 60)
    W.set_widths(t, [3.4, 4.6, 5.6, 2.4, 7.6, 2.4])
    for i, h in enumerate(rk["header"]):
        W.fill_cell(t.cell(0, i), h, 9.5, True)
        W.cell_border(t.cell(0, i), "bottom", 6)
    for r, row in enumerate(rk["rows"], 1):
        for i, v in enumerate(row):
            W.fill_cell(t.cell(r, i), v, 9.5)
    block(c["closing"])
    path = out.with_suffix(".docx")
    doc.save(path)
    soffice(path)


def truth_torino(c, rb):
    recs = []
    for g in c["groups"]:
        for o in g["objectives"]:
            for ind in o["indicators"]:
                cells = [ind["indicator"], ind["baseline"]] + \
                    [ind["targets"][y] for y in ("2023", "2024", "2025")]
                pg, pe = rb.find_row(cells, ind["indicator"])
                for y in ("2023", "2024", "2025"):
                    recs.append(rec(pg, pe, g["code"], g["title"], "operational", o["code"],
                                    o["title"], ind["indicator"], baseline=ind["baseline"],
                                    year=int(y), target=ind["targets"][y] or None,
                                    tp=ind["parsed"][y]["target"]))
    return recs


SAMPLES = {
    "comune-genova-2023-relazione": (render_genova, truth_genova),
    "regione-toscana-2024-piano": (render_toscana, truth_toscana),
    "inps-2022-relazione": (render_inps, truth_inps),
    "universita-torino-2023-piao": (render_torino, truth_torino),
}


def make(name):
    c = json.loads((HERE / f"{name}.content.json").read_text())
    out = HERE / f"{name}.pdf"
    render, truth = SAMPLES[name]
    render(c, out)
    rb = ReadBack(out)
    recs = truth(c, rb)
    doc = {"schema": "perfextract/records@1",
           "_about": f"Written by blind/r9/make_r9.py from {name}.content.json; pages from a "
                     "pdfplumber read-back of the rendered PDF.",
           "source": {"path": out.name, "sha256": sha256(out), "pages": rb.pages},
           "document": c["document"], "indicators": recs, "warnings": []}
    (HERE / f"{name}.truth.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1))
    print(f"{name}: {rb.pages} pages, {len(recs)} records, pages "
          f"{sorted({(r['page'], r['page_end']) for r in recs})}")


if __name__ == "__main__":
    for n in sys.argv[1:] or SAMPLES:
        make(n)
