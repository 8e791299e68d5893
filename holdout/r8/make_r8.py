"""Renders the r8 samples from *.content.json and writes *.truth.json from the content.
Pages come from a pdfplumber read-back (r8lib.ReadBack). Never uses perfextract."""
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

import wordutil as W
from r8lib import FIELDS, ReadBack, clean, sha256

HERE = Path(__file__).resolve().parent
FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LSr", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSb", FD + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSi", FD + "LiberationSans-Italic.ttf"))
from reportlab.lib.fonts import addMapping  # noqa: E402
addMapping("LSr", 0, 0, "LSr")
addMapping("LSr", 1, 0, "LSb")
addMapping("LSr", 0, 1, "LSi")
addMapping("LSr", 1, 1, "LSb")


def soffice(src: Path):
    exe = shutil.which("soffice")
    subprocess.run([exe, "-env:UserInstallation=file:///tmp/lo-r8blind", "--headless",
                    "--convert-to", "pdf", "--outdir", str(src.parent), str(src)],
                   check=True, capture_output=True, timeout=300)
    return src.with_suffix(".pdf")


def esc(t):
    return (t or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ============================================================== 1. reportlab (Bolzano)
def render_bolzano(content, out, spacer=0.0):
    fs = content["font_size"]
    body = ParagraphStyle("b", fontName="LSr", fontSize=9.5, leading=13, spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName="LSb", fontSize=13, leading=16, spaceBefore=6,
                        spaceAfter=6, textColor=colors.HexColor("#8B1A1A"))
    h2 = ParagraphStyle("h2", fontName="LSb", fontSize=10.5, leading=13, spaceBefore=8,
                        spaceAfter=5, textColor=colors.HexColor("#333333"))
    cell = ParagraphStyle("c", fontName="LSr", fontSize=fs, leading=fs + 1.6)
    cellb = ParagraphStyle("cb", parent=cell, fontName="LSb")
    hdr = ParagraphStyle("h", parent=cell, fontName="LSb", textColor=colors.white)
    cov = ParagraphStyle("cov", fontName="LSr", fontSize=11, leading=15, alignment=TA_CENTER,
                         spaceAfter=8)
    covb = ParagraphStyle("covb", parent=cov, fontName="LSb", fontSize=20, leading=26,
                          spaceBefore=40, spaceAfter=18, textColor=colors.HexColor("#8B1A1A"))
    story = []
    c = content["cover"]
    story += [Spacer(1, 2.2 * cm), Paragraph(c[0], ParagraphStyle("x", parent=cov, fontName="LSb")),
              Paragraph(c[1], ParagraphStyle("y", parent=cov, fontName="LSb")),
              Spacer(1, 0.3 * cm), Paragraph(c[2], cov), Paragraph(c[3], covb),
              Paragraph(c[4], cov), Spacer(1, 2.5 * cm), Paragraph(c[5], cov), PageBreak()]
    W_IND = [4.3 * cm, 6.2 * cm, 1.5 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm, 6.2 * cm]
    first_ind = True
    for b in content["blocks"]:
        t = b["type"]
        if t == "heading":
            story.append(Paragraph(esc(b["text"]), h2 if "hier" in b else h1))
        elif t == "para":
            story.append(Paragraph(esc(b["text"]), body))
        elif t == "pagebreak":
            story.append(PageBreak())
        elif t == "table" and b["role"] == "other":
            data = [[Paragraph(h, ParagraphStyle("oh", parent=cellb, fontSize=9, leading=11))
                     for h in b["header"]]]
            for r in b["rows"]:
                st = ParagraphStyle("o", parent=cellb if r[0] == "Totale" else cell,
                                    fontSize=9, leading=11)
                data.append([Paragraph(esc(v), st) for v in r])
            tb = Table(data, colWidths=[9 * cm, 4.5 * cm, 4.5 * cm, 2.6 * cm], hAlign="LEFT")
            tb.setStyle(TableStyle([
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
            story.append(Spacer(1, 10 + spacer))
        elif t == "table" and b["role"] == "indicators":
            data = [[Paragraph(h, hdr) for h in b["header"]]]
            for r in b["rows"]:
                row = []
                for i, v in enumerate(r["cells"]):
                    row.append(Paragraph(esc(v), cellb if i == 0 else cell) if v else "")
                data.append(row)
            tb = Table(data, colWidths=W_IND, repeatRows=0, splitInRow=1)
            style = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#8B1A1A")),
                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.HexColor("#8B1A1A")),
                     ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
            for i in range(1, len(data)):
                if i % 2 == 0:
                    style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F2E6E6")))
            tb.setStyle(TableStyle(style))
            story.append(tb)
            story.append(Spacer(1, 6))

    def deco(canv, doc):
        if doc.page == 1:
            return
        canv.saveState()
        canv.setFont("LSr", 7.5)
        w, h = landscape(A4)
        canv.drawString(1.6 * cm, h - 1.0 * cm,
                        "Provincia autonoma di Bolzano – Relazione sulla performance 2023")
        canv.setStrokeColor(colors.HexColor("#8B1A1A"))
        canv.line(1.6 * cm, h - 1.15 * cm, w - 1.6 * cm, h - 1.15 * cm)
        canv.drawRightString(w - 1.6 * cm, 0.9 * cm, f"{doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(str(out), pagesize=landscape(A4), leftMargin=1.6 * cm,
                            rightMargin=1.6 * cm, topMargin=1.6 * cm, bottomMargin=1.5 * cm,
                            title="Relazione sulla performance 2023",
                            author="Provincia autonoma di Bolzano")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    return out


# ============================================================== Word helpers
NAVY = RGBColor(0x1F, 0x38, 0x64)


def booktabs(t, header_rows=1):
    W.borders(t, {"top": (12, "000000"), "bottom": (12, "000000")})
    for c in t.rows[header_rows - 1].cells:
        W.cell_border(c, "bottom", 6)


def word_cover(doc, lines, sizes):
    for i, (text, (size, bold)) in enumerate(zip(lines, sizes)):
        W.para(doc, text, size=size, bold=bold, align="center",
               before=120 if i == 0 else 12, after=6, color=NAVY if bold else None)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def heading(doc, text, level):
    size = {1: 14, 2: 12, 3: 10.5}[level]
    color = NAVY if level < 3 else RGBColor(0x2E, 0x54, 0x8C)
    return W.para(doc, text, size=size, bold=True, before=12 if level < 3 else 9, after=4,
                  color=color, keep=True)


# ============================================================== 2. Word (Bologna)
def render_bologna(content, out):
    doc = Document()
    W.setup(doc, content)
    word_cover(doc, content["cover"], [(18, True), (11, False), (20, True), (10, False)])
    for b in content["blocks"]:
        t = b["type"]
        if t == "heading":
            heading(doc, b["text"], b["level"])
        elif t == "para":
            if b.get("label"):
                W.para(doc, b["text"], size=9, bold=True, before=2, after=2, keep=True)
            elif b.get("small"):
                W.para(doc, b["text"], size=9, italic=True, after=4, keep=True)
            else:
                W.para(doc, b["text"], align="justify")
        elif t == "table":
            ind = b["role"] == "indicators"
            phases = b.get("kind") == "phases"
            size = 8.5 if not phases else 8.5
            tb = doc.add_table(rows=1, cols=len(b["header"]))
            tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            booktabs(tb)
            W.cell_margins(tb, 35, 35, 70, 70)
            for i, (c, h) in enumerate(zip(tb.rows[0].cells, b["header"])):
                W.fill_cell(c, h, size, bold=True, align="center" if i else None)
            W.repeat_header(tb.rows[0])
            for r in b["rows"]:
                cells = tb.add_row().cells
                vals = r["cells"] if ind else r
                for i, (c, v) in enumerate(zip(cells, vals)):
                    W.fill_cell(c, v, size, align="center" if i else None)
                W.cant_split(tb.rows[-1])
            if ind:
                W.set_widths(tb, [5.8, 1.8, 2.4, 2.35, 2.35, 2.3])
            elif phases:
                W.set_widths(tb, [9.0, 2.6, 2.6])
            else:
                W.set_widths(tb, [8.4, 2.0, 2.2, 2.2, 1.8])
            W.para(doc, "", size=4, after=4)
    doc.save(out.with_suffix(".docx"))
    return soffice(out.with_suffix(".docx"))


# ============================================================== 4. Word (ATS Brianza)
def render_ats(content, out):
    doc = Document()
    W.setup(doc, content)
    word_cover(doc, content["cover"], [(9, False), (22, True), (12, False), (18, True), (10, False)])
    grid = {s: (4, "7F7F7F") for s in ("top", "left", "bottom", "right", "insideH", "insideV")}
    n = 0
    for b in content["blocks"]:
        t = b["type"]
        if t == "heading":
            heading(doc, b["text"], b["level"])
        elif t == "para":
            W.para(doc, b["text"], align="justify")
        elif t == "kv":
            n += 1
            W.para(doc, f"Scheda obiettivo n. {n}", size=10.5, bold=True, before=14, after=4,
                   color=RGBColor(0x00, 0x5C, 0x3C), keep=True)
            tb = doc.add_table(rows=0, cols=2)
            W.borders(tb, grid)
            W.cell_margins(tb, 30, 30, 70, 70)
            for k, v in b["rows"]:
                cells = tb.add_row().cells
                W.fill_cell(cells[0], k, 9, bold=True)
                W.shade(cells[0], "E2EFDA")
                W.fill_cell(cells[1], v, 9, bold=k.startswith("Obiettivo"))
                W.cant_split(tb.rows[-1])
            for r in tb.rows:
                r._tr.get_or_add_trPr()
            W.set_widths(tb, [4.2, 12.8])
            for r in tb.rows:
                for p in r.cells[0].paragraphs + r.cells[1].paragraphs:
                    p.paragraph_format.keep_with_next = True
            W.para(doc, "", size=4, after=2, keep=True)
        elif t == "table":
            ind = b["role"] == "indicators"
            tb = doc.add_table(rows=1, cols=len(b["header"]))
            W.borders(tb, grid)
            W.cell_margins(tb, 30, 30, 70, 70)
            for i, (c, h) in enumerate(zip(tb.rows[0].cells, b["header"])):
                W.fill_cell(c, h, 9, bold=True, align="center" if i else None)
                W.shade(c, "A9D08E" if ind else "D9D9D9")
            W.repeat_header(tb.rows[0])
            for r in b["rows"]:
                cells = tb.add_row().cells
                vals = r["cells"] if ind else r
                for i, (c, v) in enumerate(zip(cells, vals)):
                    W.fill_cell(c, v, 9, align="center" if i else None,
                                bold=(not ind and vals[0] == "Totale"))
                W.cant_split(tb.rows[-1])
            W.set_widths(tb, [8.6, 2.6, 2.8, 3.0] if ind else [7.0, 3.0, 2.5])
            if not ind:
                tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            W.para(doc, "", size=4, after=2)
        elif t == "status":
            p = doc.add_paragraph()
            label, rest = b["text"].split(" – ", 1)
            r = p.add_run(label + " – ")
            r.bold = True
            r.font.size = Pt(9.5)
            r = p.add_run(rest)
            r.font.size = Pt(9.5)
            p.paragraph_format.space_after = Pt(10)
            p.alignment = 3
    doc.save(out.with_suffix(".docx"))
    return soffice(out.with_suffix(".docx"))


# ============================================================== 3. Calc (Agenzia Entrate)
FONT = "Arial"


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def est_lines(text, width_chars, size):
    # width in Excel char units ~ 7 px at 10pt; scale by size
    cap = width_chars * 1.15 * 10.0 / size - 2
    lines = 0
    for part in str(text or "").split("\n"):
        cur, n = 0, 1
        for w in part.split():
            if cur and cur + 1 + len(w) > cap:
                n += 1
                cur = len(w)
            else:
                cur = cur + 1 + len(w) if cur else len(w)
        lines += n
    return lines


def wrap_lines(text, width_chars, size, bold=False):
    avail = width_chars * 7.1 - 10
    font = "LSb" if bold else "LSr"
    n, cur = 1, ""
    for w in str(text or "").split():
        trial = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(trial, font, size) <= avail or not cur:
            cur = trial
        else:
            n += 1
            cur = w
    return n


def page_setup(ws, orientation, title_rows=None):
    ws.sheet_view.showGridLines = False
    ws.print_options.gridLines = False
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.8
    ws.page_margins.bottom = 0.7
    ws.page_margins.header = 0.3
    ws.page_margins.footer = 0.3
    ws.oddHeader.left.text = "Agenzia delle Entrate – Relazione sulla performance 2022"
    ws.oddHeader.left.size = 8
    ws.oddFooter.right.text = "Pag. &P"
    ws.oddFooter.right.size = 8
    if title_rows:
        ws.print_title_rows = title_rows


def render_entrate(content, out):
    wb = Workbook()
    ws = wb.active
    ws.title = "Risultati 2022"
    widths = [19, 27, 40, 17, 17, 14]
    total = sum(widths)
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    r = 1

    def text(r, s, size=10, bold=False, align="left", color="000000", italic=False, gap=4):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        c = ws.cell(row=r, column=1, value=s)
        c.font = Font(name=FONT, size=size, bold=bold, color=color, italic=italic)
        c.alignment = Alignment(wrap_text=True, vertical="top", horizontal=align)
        ws.row_dimensions[r].height = est_lines(s, total, size) * size * 1.3 + gap
        return r + 1

    cv = content["cover"]
    r = text(r, cv[0], 16, True, "center", "003366", gap=6)
    r = text(r, cv[1], 10, False, "center")
    r = text(r, cv[2], 14, True, "center", "003366", gap=8)
    r = text(r, cv[3], 11, True, "center", gap=14)
    for p in content["intro"]:
        r = text(r, p, 10, gap=6)
    r += 1
    hdr_row = r
    tbl = content["table"]
    thin = Side(style="thin", color="7F7F7F")
    for i, h in enumerate(tbl["header"], 1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = Font(name=FONT, size=11, bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
        c.alignment = Alignment(wrap_text=True, vertical="center",
                                horizontal="left" if i <= 3 else "center")
    ws.row_dimensions[r].height = 32
    r += 1
    rows = tbl["rows"]
    start = {}
    for k, row in enumerate(rows):
        hs = []
        for i, v in enumerate(row["cells"], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.data_type = "s"
            c.font = Font(name=FONT, size=11, bold=i <= 2)
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="left" if i <= 3 else "center")
            if i >= 3:
                hs.append(wrap_lines(v, widths[i - 1], 11))
        ws.row_dimensions[r].height = max(hs) * 13.2 + 7
        for col, key in ((1, "area"), (2, "objective")):
            code = row[key]["code"]
            if k == 0 or rows[k - 1][key]["code"] != code:
                start[col] = r
            if k == len(rows) - 1 or rows[k + 1][key]["code"] != code:
                if r > start[col]:
                    ws.merge_cells(start_row=start[col], start_column=col, end_row=r,
                                   end_column=col)
                # thin line under each objective / area block
                for cc in range(col, 7):
                    ws.cell(row=r, column=cc).border = Border(bottom=thin)
        r += 1
    page_setup(ws, "landscape", f"{hdr_row}:{hdr_row}")
    # staff sheet
    ws2 = wb.create_sheet("Personale")
    st = content["staff"]
    for i, w in enumerate([30, 14, 14, 14, 20], 1):
        ws2.column_dimensions[get_column_letter(i)].width = w
    ws2.merge_cells("A1:E1")
    c = ws2["A1"]
    c.value = st["title"]
    c.font = Font(name=FONT, size=12, bold=True, color="003366")
    ws2.row_dimensions[1].height = 24
    for i, h in enumerate(st["header"], 1):
        c = ws2.cell(row=3, column=i, value=h)
        c.font = Font(name=FONT, size=10, bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
        c.alignment = Alignment(horizontal="left" if i == 1 else "center", vertical="center",
                                wrap_text=True)
    ws2.row_dimensions[3].height = 28
    for k, row in enumerate(st["rows"]):
        for i, v in enumerate(row, 1):
            c = ws2.cell(row=4 + k, column=i, value=v)
            c.data_type = "s"
            c.font = Font(name=FONT, size=10, bold=row[0] == "Totale")
            c.alignment = Alignment(horizontal="left" if i == 1 else "right")
            if row[0] == "Totale":
                c.border = Border(top=thin)
        ws2.row_dimensions[4 + k].height = 18
    ws2.cell(row=10, column=1, value="Fonte: Direzione Centrale Risorse umane – dati al 31/12/2022").font = \
        Font(name=FONT, size=8, italic=True)
    page_setup(ws2, "portrait")
    wb.save(out.with_suffix(".xlsx"))
    return soffice(out.with_suffix(".xlsx"))


# ============================================================== truth
def records_of(content):
    """(records, rows) in document order, from the content (CONVENTIONS.md)."""
    st = {"area": None, "strategic": None, "operational": None}

    def enter(h):
        lv = h["level"]
        if lv == "area":
            st.update(area=h, strategic=None, operational=None)
        elif lv == "strategic":
            st.update(strategic=h, operational=None)
        else:
            st["operational"] = h

    blocks = list(content["blocks"])
    if "table" in content:
        blocks.append({"type": "table", "role": "indicators", **content["table"]})
    out = []
    last_table = None
    for b in blocks:
        if "hier" in b:
            for h in (b["hier"] if isinstance(b["hier"], list) else [b["hier"]]):
                enter(h)
        if b["type"] == "status" and last_table:
            # status line after the table: only for indicators with no status/comment
            for rec, _ in last_table:
                if rec["status"] is None and rec["comment"] is None:
                    rec["status"], rec["status_text"] = b["status"], b["phrase"]
                    rec["comment"] = b["comment"]
        if b["type"] != "table" or b["role"] != "indicators":
            continue
        this = []
        for row in b["rows"]:
            if "area" in row:
                enter(row["area"])
            if "objective" in row:
                enter(row["objective"])
            deep = st["operational"] or st["strategic"] or st["area"]
            base = {k: None for k in FIELDS}
            if st["area"]:
                base["area_code"], base["area_title"] = st["area"]["code"], st["area"]["title"]
            else:
                base["area_code"] = re.split(r"[._]", deep["code"])[0]
            base["objective_level"] = deep["level"]
            base["objective_code"] = deep["code"]
            base["objective_title"] = deep["title"]
            fields = b["fields"]
            cells = row["cells"]
            for f, v in zip(fields, cells):
                if f in ("indicator", "unit", "notes", "type", "baseline"):
                    base[f] = clean(v)
                if f == "status":
                    base["status_text"] = clean(v)
                    base["status"] = row["status"]
            if "achievement" in row:
                base["achievement"] = row["achievement"]
            if "years" in row:
                years = [(int(y), v) for y, v in sorted(row["years"].items())]
            else:
                years = [(b.get("year"), row)]
            for y, yv in years:
                rec = dict(base)
                rec["year"] = y
                for f, v in zip(fields, cells):
                    if f in ("target", "actual") or f == f"target:{y}":
                        rec[f.split(":")[0]] = clean(v)
                for side in ("target", "actual"):
                    p = yv.get(f"{side}_p") if rec[side] else None
                    p = p or [None] * 4
                    (rec[f"{side}_operator"], rec[f"{side}_value"], rec[f"{side}_value_max"],
                     rec[f"{side}_unit"]) = p
                rec["met"] = yv.get("met") if rec["target"] and rec["actual"] else None
                this.append((rec, row))
        out += this
        last_table = this
    return out


def make(name):
    content = json.loads((HERE / f"{name}.content.json").read_text())
    pdf = HERE / f"{name}.pdf"
    if content["renderer"] == "reportlab":
        # choose the spacer so that a long-comment row straddles a page break
        target = content.get("split_row")
        for sp in range(0, 300, 3):
            render_bolzano(content, pdf, spacer=sp)
            pairs = records_of(content)
            rb = ReadBack(pdf)
            pages = {}
            for rec, row in pairs:
                printed = [c for c in row["cells"] if clean(c)]
                pages[rec["indicator"]] = rb.find_row(printed, rec["indicator"])
            split = [k for k, (a, z) in pages.items() if z != a]
            if split and all(k.startswith(target) for k in split):
                print(f"  spacer {sp}: split {split}")
                break
        else:
            raise SystemExit("no spacer gives the split")
    else:
        {"word": render_bologna if "bologna" in name else render_ats,
         "calc": render_entrate}[content["renderer"]](content, pdf)
    pairs = records_of(content)
    rb = ReadBack(pdf)
    records = []
    for rec, row in pairs:
        printed = [c for c in row["cells"] if clean(c)]
        if content["renderer"] == "calc":   # area/objective merged: printed once
            printed = printed[2:]
        if rec["year"] is None or "years" not in row or rec["year"] == min(
                int(y) for y in row["years"]):
            page, page_end = rb.find_row(printed, rec["indicator"])
        rec["page"], rec["page_end"] = page, page_end
        records.append(rec)
    # other text must be present too
    full = " ".join(rb.page_text)
    for b in content["blocks"]:
        if b["type"] == "status":
            assert clean(b["text"])[:60] in clean(full), b["text"][:60]
    truth = {
        "schema": "perfextract/records@1",
        "_about": f"Written by blind/r8/make_r8.py from {name}.content.json; pages from a "
                  "pdfplumber read-back of the rendered PDF.",
        "source": {"path": pdf.name, "sha256": sha256(pdf), "pages": rb.pages},
        "document": content["document"],
        "indicators": records,
        "warnings": [],
    }
    (HERE / f"{name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1))
    multi = [r["indicator"][:40] for r in records if r["page_end"] != r["page"]]
    print(f"{name}: {rb.pages} pages, {len(records)} records, "
          f"pages used {sorted({r['page'] for r in records})}, split rows {multi}")


if __name__ == "__main__":
    names = sys.argv[1:] or [p.name[:-len(".content.json")]
                             for p in sorted(HERE.glob("*.content.json"))]
    for nm in names:
        make(nm)
