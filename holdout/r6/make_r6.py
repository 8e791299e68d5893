"""Render every r6 sample from its content file and write its truth from the content.

    .venv/bin/python content_r6.py && .venv/bin/python make_r6.py [NAME ...]

Never uses perfextract. page/page_end come from a pdfplumber read-back of the PDF."""
from __future__ import annotations

import json
import subprocess
import shutil
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import PageSetupProperties
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

import wordutil as W
from r6lib import FIELDS, ReadBack, clean, sha256

HERE = Path(__file__).parent
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
    subprocess.run([exe, "-env:UserInstallation=file:///tmp/lo-r6blind", "--headless",
                    "--convert-to", "pdf", "--outdir", str(src.parent), str(src)],
                   check=True, capture_output=True, timeout=300)
    return src.with_suffix(".pdf")


def est_lines(text, width_units, size=10, bold=False, unit_pt=7.1):
    avail = unit_pt * width_units - 5
    font = "LSb" if bold else "LSr"
    lines = 0
    for part in str(text or "").split("\n"):
        cur, n = "", 1
        for word in part.replace("-", "-\u0000").replace("\u0000", " ").split():
            trial = (cur + " " + word).strip()
            if pdfmetrics.stringWidth(trial, font, size) <= avail or not cur:
                cur = trial
            else:
                n += 1
                cur = word
        lines += n
    return lines


def ind_rows(content):
    for b in content["blocks"]:
        if b.get("role") != "indicators":
            continue
        for g in b.get("groups", [{"rows": b.get("rows", [])}]):
            for r in g["rows"]:
                if "base" in r:
                    yield r


# =========================================================================== Word
NAVY = RGBColor(0x1F, 0x38, 0x64)


def word_doc(content, margins=2.0):
    doc = Document()
    sec = W.setup(doc, content)
    sec.left_margin = sec.right_margin = Cm(margins)
    return doc


def word_cover(doc, lines, first_before=110):
    for i, (text, size, bold) in enumerate(lines):
        W.para(doc, text, size=size, bold=bold, align="center",
               before=first_before if i == 0 else (30 if i == len(lines) - 1 else 10), after=6,
               color=NAVY if bold else None)


def word_other_table(doc, b, size=9.5):
    if b.get("caption"):
        W.para(doc, b["caption"], size=9, italic=True, before=4, after=3, keep=True)
    t = doc.add_table(rows=1, cols=len(b["header"]))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    W.borders(t, {s: (4, "808080") for s in ("top", "left", "bottom", "right", "insideH",
                                               "insideV")})
    W.cell_margins(t, 30, 30, 70, 70)
    for c, h in zip(t.rows[0].cells, b["header"]):
        W.fill_cell(c, h, size, bold=True, align="center")
        W.shade(c, "D9E2F3")
    for row in b["rows"]:
        cells = t.add_row().cells
        for i, (c, v) in enumerate(zip(cells, row)):
            W.fill_cell(c, v, size, bold=row[0] == "Totale", align="right" if i else None)
    W.set_widths(t, b["widths"])
    W.para(doc, "", size=6, after=2)


def render_inail(content, out):
    doc = word_doc(content, margins=1.5)
    for b in content["blocks"]:
        t = b["type"]
        if t == "cover":
            word_cover(doc, b["lines"], 70)
        elif t == "page_break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif t == "heading":
            W.para(doc, b["text"], size=14, bold=True, color=NAVY, before=10, after=6, keep=True)
        elif t == "paragraph":
            W.para(doc, b["text"], align="justify", after=6)
        elif t == "spacer":
            W.para(doc, "", size=8, after=4)
        elif t == "table" and b["role"] == "other":
            word_other_table(doc, b)
        elif t == "table":
            size = 8.5
            n = len(b["header"])
            tb = doc.add_table(rows=2, cols=n)
            tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            W.borders(tb, {s: (4, "404040") for s in ("top", "left", "bottom", "right",
                                                        "insideH", "insideV")})
            W.cell_margins(tb, 35, 35, 60, 60)
            title = tb.rows[0].cells[0].merge(tb.rows[0].cells[n - 1])
            W.fill_cell(title, b["title"], 10, bold=True)
            title.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            W.shade(title, "1F3864")
            for c, h in zip(tb.rows[1].cells, b["header"]):
                W.fill_cell(c, h, size, bold=True, align="center")
                W.shade(c, "D9E2F3")
            W.repeat_header(tb.rows[0])
            W.repeat_header(tb.rows[1])
            W.cant_split(tb.rows[0])
            for g in b["groups"]:
                start = None
                for k, r in enumerate(g["rows"]):
                    cells = tb.add_row().cells
                    W.fill_cell(cells[0], g["text"] if k == 0 else None, size, bold=True)
                    for i, v in enumerate(r["cells"], 1):
                        W.fill_cell(cells[i], v, size, align="center" if i >= 4 else None)
                    start = cells[0] if k == 0 else start.merge(cells[0])
            W.set_widths(tb, b["widths"])
    doc.save(out)
    return soffice(out)


def render_paradiso(content, out):
    doc = word_doc(content, margins=2.0)
    for b in content["blocks"]:
        t = b["type"]
        if t == "cover":
            word_cover(doc, b["lines"], 150)
        elif t == "page_break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif t == "heading":
            W.para(doc, b["text"], size=13, bold=True, color=NAVY, before=12, after=6, keep=True)
        elif t == "subheading":
            W.para(doc, b["text"], size=11, bold=True, before=8, after=4, keep=True)
        elif t == "paragraph":
            W.para(doc, b["text"], align="justify", after=6)
        elif t == "table" and b["role"] == "other":
            word_other_table(doc, b, size=10)
        elif t == "table":
            size = 9.5
            n = len(b["header"])
            tb = doc.add_table(rows=1, cols=n)
            tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            W.borders(tb, {s: (4, "000000") for s in ("top", "left", "bottom", "right",
                                                        "insideH", "insideV")})
            W.cell_margins(tb, 40, 40, 70, 70)
            for c, h in zip(tb.rows[0].cells, b["header"]):
                W.fill_cell(c, h, size, bold=True, align="center")
                W.shade(c, "E2EFDA")
            W.repeat_header(tb.rows[0])
            for r in b["rows"]:
                cells = tb.add_row().cells
                for i, (c, v) in enumerate(zip(cells, r["cells"])):
                    W.fill_cell(c, v, size, align=None if i == 1 else "center")
                full = tb.add_row().cells
                m = full[0].merge(full[n - 1])
                p = m.paragraphs[0]
                p.paragraph_format.space_after = Pt(0)
                lab, _, rest = r["after"].partition(": ")
                run = p.add_run(lab + ": ")
                run.bold = True
                run.font.size = Pt(size)
                run = p.add_run(rest)
                run.italic = True
                run.font.size = Pt(size)
            W.set_widths(tb, b["widths"])
            W.para(doc, "", size=6, after=2)
    doc.save(out)
    return soffice(out)


# =========================================================================== Calc
FONT = "Arial"


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def calc_setup(ws, content, widths, title_rows=None, margins=0.55):
    ws.sheet_view.showGridLines = False
    ws.page_setup.orientation = content["orientation"]
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = margins
    ws.page_margins.top = 0.75
    ws.page_margins.bottom = 0.7
    ws.page_margins.header = 0.3
    ws.page_margins.footer = 0.3
    ws.oddHeader.left.text = content["running_header"]
    ws.oddHeader.left.size = 8
    ws.oddFooter.right.text = "Pagina &P di &N"
    ws.oddFooter.right.size = 8
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    if title_rows:
        ws.print_title_rows = title_rows


def text_row(ws, r, text, ncols, total, size=10, bold=False, align="left", color="000000",
             italic=False):
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    c = ws.cell(row=r, column=1, value=text)
    c.font = Font(name=FONT, size=size, bold=bold, color=color, italic=italic)
    c.alignment = Alignment(wrap_text=True, vertical="top", horizontal=align)
    ws.row_dimensions[r].height = est_lines(text, total, size, bold) * size * 1.2 + 4
    return r + 1


def calc_prose(ws, r, b, ncols, total):
    t = b["type"]
    if t == "cover":
        for i, (text, size, bold) in enumerate(b["lines"]):
            r = text_row(ws, r, text, ncols, total, size, bold, "center",
                         "1F3864" if bold else "000000")
            ws.row_dimensions[r].height = 10
            r += 1
        r += 1
    elif t == "heading":
        r = text_row(ws, r, b["text"], ncols, total, 12, True, color="1F3864")
        ws.row_dimensions[r].height = 5
        r += 1
    elif t == "paragraph":
        r = text_row(ws, r, b["text"], ncols, total, 10)
        ws.row_dimensions[r].height = 6
        r += 1
    return r


def calc_other_table(ws, r, b, widths, size=10, borders=True, span=1):
    if span > 1:
        widths = [sum(widths[:span])] + widths[span:]
        r0 = r
        for rr in range(r, r + len(b["rows"]) + 1):
            ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=span)
    thin = Side(style="thin", color="808080")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin) if borders else Border()
    col = (lambda i: i if i == 1 else i + span - 1)
    for i, h in enumerate(b["header"], 1):
        c = ws.cell(row=r, column=col(i), value=h)
        c.font = Font(name=FONT, size=size, bold=True)
        c.fill = fill("E7E6E6")
        c.border = grid
        c.alignment = Alignment(wrap_text=True, vertical="center",
                                horizontal="left" if i == 1 else "center")
    ws.row_dimensions[r].height = max(est_lines(h, widths[i], size, True)
                                      for i, h in enumerate(b["header"])) * 12 + 6
    r += 1
    for row in b["rows"]:
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=col(i), value=v)
            c.data_type = "s"
            c.font = Font(name=FONT, size=size, bold=row[0] == "Totale")
            c.border = grid
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="left" if i == 1 else "right")
        ws.row_dimensions[r].height = max(est_lines(v, widths[i], size)
                                          for i, v in enumerate(row)) * 12 + 4
        r += 1
    return r + 1


def render_ausl(content, out):
    wb = Workbook()
    ws = wb.active
    ws.title = "Relazione"
    tb = next(b for b in content["blocks"] if b.get("role") == "indicators")
    widths = tb["widths"]
    n, total = len(widths), sum(widths)
    r = 1
    title_rows = None
    size = 10
    for b in content["blocks"]:
        if b["type"] in ("cover", "heading", "paragraph"):
            r = calc_prose(ws, r, b, n, total)
        elif b["type"] == "table" and b["role"] == "other":
            # the small tables: label over the first two columns of the sheet
            r = calc_other_table(ws, r, b, widths, size, borders=False, span=2)
        elif b["type"] == "table":
            head = r
            for i, h in enumerate(b["header"], 1):
                c = ws.cell(row=r, column=i, value=h)
                c.font = Font(name=FONT, size=size, bold=True)
                c.fill = fill("EDEDED")
                c.alignment = Alignment(wrap_text=True, vertical="center",
                                        horizontal="left" if i <= 3 or i == n else "center")
            ws.row_dimensions[r].height = max(est_lines(h, w, size, True)
                                              for h, w in zip(b["header"], widths)) * 12 + 6
            title_rows = f"{head}:{head}"
            r += 1
            for row in b["rows"]:
                for i, v in enumerate(row["cells"], 1):
                    c = ws.cell(row=r, column=i, value=v)
                    c.data_type = "s"
                    c.font = Font(name=FONT, size=size)
                    c.alignment = Alignment(wrap_text=True, vertical="top",
                                            horizontal="left" if i <= 3 or i == n
                                            else "center")
                lines = max(est_lines(v, w, size) for v, w in zip(row["cells"], widths))
                ws.row_dimensions[r].height = lines * 12 + 7
                r += 1
            r += 1
    calc_setup(ws, content, widths, title_rows)
    xlsx = out.with_suffix(".xlsx")
    wb.save(xlsx)
    return soffice(xlsx)


def render_treviso(content, out):
    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="7F7F7F")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    sheets = []
    for b in content["blocks"]:
        if b["type"] == "sheet":
            sheets.append((b["name"], []))
        else:
            sheets[-1][1].append(b)
    for name, blocks in sheets:
        ws = wb.create_sheet(name)
        tb = next((b for b in blocks if b["type"] == "table"), None)
        widths = tb["widths"]
        n, total = len(widths), sum(widths)
        r, title_rows = 1, None
        for b in blocks:
            if b["type"] in ("cover", "heading", "paragraph"):
                if b["type"] == "heading" and b["text"].startswith("2."):
                    ws.row_breaks.append(Break(id=r - 1))
                r = calc_prose(ws, r, b, n, total)
            elif b["role"] == "other":
                r = calc_other_table(ws, r, b, widths, 10)
            else:
                size = 10
                head = r
                for j, hdr in enumerate((b["header_top"], b["header_sub"])):
                    for i, h in enumerate(hdr, 1):
                        c = ws.cell(row=r + j, column=i, value=h or None)
                        c.font = Font(name=FONT, size=size, bold=True, color="FFFFFF")
                        c.fill = fill("385723")
                        c.border = grid
                        c.alignment = Alignment(wrap_text=True, vertical="center",
                                                horizontal="center")
                for i in range(1, 6):
                    ws.merge_cells(start_row=r, start_column=i, end_row=r + 1, end_column=i)
                for i in (6, 8, 10):
                    ws.merge_cells(start_row=r, start_column=i, end_row=r, end_column=i + 1)
                ws.row_dimensions[r].height = 16
                ws.row_dimensions[r + 1].height = 16
                title_rows = f"{r}:{r + 1}"
                r += 2
                obj_start = None
                for row in b["rows"]:
                    if "area" in row:
                        if obj_start and obj_start < r - 1:
                            ws.merge_cells(start_row=obj_start, start_column=2, end_row=r - 1,
                                           end_column=2)
                        obj_start = None
                        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
                        c = ws.cell(row=r, column=1, value=row["area"])
                        c.font = Font(name=FONT, size=11, bold=True)
                        c.fill = fill("E2EFDA")
                        c.alignment = Alignment(vertical="center")
                        for i in range(1, n + 1):
                            ws.cell(row=r, column=i).border = grid
                        ws.row_dimensions[r].height = 19
                        r += 1
                        continue
                    if row["objective_first"]:
                        if obj_start and obj_start < r - 1:
                            ws.merge_cells(start_row=obj_start, start_column=2, end_row=r - 1,
                                           end_column=2)
                        obj_start = r
                    for i, v in enumerate(row["cells"], 1):
                        c = ws.cell(row=r, column=i, value=v)
                        c.data_type = "s"
                        c.font = Font(name=FONT, size=size, bold=i == 2)
                        c.border = grid
                        c.alignment = Alignment(wrap_text=True, vertical="top",
                                                horizontal="left" if i in (2, 3) else "center")
                    lines = max(est_lines(v, w, size, i == 1)
                                for i, (v, w) in enumerate(zip(row["cells"], widths)) if i != 1)
                    ws.row_dimensions[r].height = lines * 12 + 6
                    r += 1
                if obj_start and obj_start < r - 1:
                    ws.merge_cells(start_row=obj_start, start_column=2, end_row=r - 1,
                                   end_column=2)
                r += 1
        calc_setup(ws, content, widths, title_rows)
    xlsx = out.with_suffix(".xlsx")
    wb.save(xlsx)
    return soffice(xlsx)


# =========================================================================== reportlab
def render_napoli(content, out):
    red = colors.HexColor("#1B4F8A")
    st = {
        "body": ParagraphStyle("b", fontName="LSr", fontSize=10, leading=13.5,
                               alignment=TA_JUSTIFY, spaceAfter=6),
        "h1": ParagraphStyle("h1", fontName="LSb", fontSize=14, leading=18, textColor=red,
                             spaceBefore=10, spaceAfter=8),
        "h2": ParagraphStyle("h2", fontName="LSb", fontSize=12, leading=15, textColor=red,
                             spaceBefore=8, spaceAfter=6),
        "ovp": ParagraphStyle("o", fontName="LSb", fontSize=10.5, leading=13, spaceBefore=10,
                              spaceAfter=5),
        "cell": ParagraphStyle("c", fontName="LSr", fontSize=9, leading=11),
        "cellc": ParagraphStyle("cc", fontName="LSr", fontSize=9, leading=11,
                                alignment=TA_CENTER),
        "head": ParagraphStyle("h", fontName="LSb", fontSize=9, leading=11,
                               alignment=TA_CENTER, textColor=colors.white),
        "lab": ParagraphStyle("l", fontName="LSr", fontSize=9.5, leading=12.5, spaceAfter=3,
                              alignment=TA_JUSTIFY),
    }
    story = []
    blocks = content["blocks"]
    k = 0
    while k < len(blocks):
        b = blocks[k]
        t = b["type"]
        if t == "cover":
            story.append(Spacer(1, 6 * cm))
            for text, size, bold in b["lines"]:
                story.append(Paragraph(text, ParagraphStyle(
                    "cv", fontName="LSb" if bold else "LSr", fontSize=size, leading=size * 1.3,
                    alignment=TA_CENTER, textColor=red if bold else colors.black,
                    spaceAfter=14)))
        elif t == "page_break":
            story.append(PageBreak())
        elif t == "heading":
            story.append(Paragraph(b["text"], st["h1" if b["level"] == 1 else "h2"]))
        elif t == "paragraph":
            story.append(Paragraph(b["text"], st["body"]))
        elif t == "ovp":
            head = Paragraph(b["text"], st["ovp"])
            tb = blocks[k + 1]
            data = [[Paragraph(h, st["head"]) for h in tb["header"]]]
            for r in tb["rows"]:
                data.append([Paragraph(v or "", st["cell"] if i == 0 else st["cellc"])
                             for i, v in enumerate(r["cells"])])
            table = Table(data, colWidths=tb["widths"], repeatRows=1)
            table.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, 0), red),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#9DB3CF")),
                ("BOX", (0, 0), (-1, -1), 0.6, red),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#EEF3F9")]),
                ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
            labs = []
            for lb in blocks[k + 2:k + 4]:
                labs.append(Paragraph(f"<b>{lb['label']}</b> {lb['text']}", st["lab"]))
            story.append(KeepTogether([head, table, Spacer(1, 5)] + labs))
            k += 4
            continue
        elif t == "table":
            data = [[Paragraph(h, st["head"]) for h in b["header"]]]
            for row in b["rows"]:
                data.append([Paragraph(v, st["cell"] if i == 0 or not v[0].isdigit()
                                       else st["cellc"]) for i, v in enumerate(row)])
            table = Table(data, colWidths=b["widths"], repeatRows=1)
            table.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#5B6F86")),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [table, Spacer(1, 8)]
        k += 1

    def deco(canv, doc):
        if doc.page == 1:
            return
        canv.saveState()
        canv.setFont("LSr", 8)
        canv.setFillColor(colors.grey)
        canv.drawString(2 * cm, A4[1] - 1.2 * cm, content["running_header"])
        canv.drawRightString(A4[0] - 2 * cm, 1.1 * cm, f"{doc.page}")
        canv.setStrokeColor(red)
        canv.line(2 * cm, A4[1] - 1.35 * cm, A4[0] - 2 * cm, A4[1] - 1.35 * cm)
        canv.restoreState()

    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=content["running_header"])
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    return out


RENDER = {"word-inail": render_inail, "word-paradiso": render_paradiso,
          "calc-plain": render_ausl, "calc-treviso": render_treviso, "rl-napoli": render_napoli}


# =========================================================================== truth
def make(name):
    content = json.loads((HERE / f"{name}.content.json").read_text())
    ext = ".docx" if content["layout"].startswith("word") else ".pdf"
    pdf = RENDER[content["layout"]](content, HERE / f"{name}{ext}")
    pdf = HERE / f"{name}.pdf"
    rb = ReadBack(pdf)
    records = []
    for row in ind_rows(content):
        printed = [c for c in row["cells"] if clean(c)]
        page, page_end = rb.find_row(printed, row["base"]["indicator"])
        if row.get("after"):
            assert rb._contig(__import__("r6lib").tokens(row["after"])[:6], 0) is not None, \
                row["after"]
        for e in row["per_year"]:
            rec = {k: None for k in FIELDS}
            rec.update({k: v for k, v in row["base"].items() if k in FIELDS})
            rec["page"], rec["page_end"] = page, page_end
            rec["year"] = e["year"]
            rec["weight"] = e.get("weight", rec["weight"])
            rec["achievement"] = e.get("achievement")
            for side in ("target", "actual"):
                rec[side] = clean(e[side])
                (rec[f"{side}_operator"], rec[f"{side}_value"], rec[f"{side}_value_max"],
                 rec[f"{side}_unit"]) = e[f"{side}_p"] if rec[side] else [None] * 4
            rec["met"] = e["met"] if rec["target"] and rec["actual"] else None
            for f in ("indicator", "indicator_code", "type", "data_source", "baseline", "unit",
                      "notes", "comment", "status_text", "objective_title", "area_title"):
                rec[f] = clean(rec[f])
            records.append(rec)
    truth = {
        "schema": "perfextract/records@1",
        "_about": f"Written by blind/r6/make_r6.py from {name}.content.json; pages from a "
                  "pdfplumber read-back of the rendered PDF.",
        "source": {"path": pdf.name, "sha256": sha256(pdf), "pages": rb.pages},
        "document": content["document"],
        "indicators": records,
        "warnings": [],
    }
    (HERE / f"{name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1))
    multi = sum(1 for r in records if r["page_end"] != r["page"])
    print(f"{name}: {rb.pages} pages, {len(records)} records, "
          f"pages used {sorted({r['page'] for r in records})}, split rows {multi}")


if __name__ == "__main__":
    names = sys.argv[1:] or [p.name[:-len(".content.json")]
                             for p in sorted(HERE.glob("*.content.json"))]
    for nm in names:
        make(nm)
