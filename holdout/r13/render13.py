"""r13 renderers: Calc (xlsx -> LibreOffice), reportlab booktabs, reportlab borderless zebra,
Word (docx -> LibreOffice)."""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from r13lib import soffice_pdf

HERE = Path(__file__).resolve().parent
_FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LSr", _FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSb", _FD + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSi", _FD + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFontFamily("LSr", normal="LSr", bold="LSb", italic="LSi", boldItalic="LSb")


# ---------------------------------------------------------------------- Calc
FONT = "Arial"
THIN = Side(style="thin", color="000000")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(color):
    return PatternFill("solid", start_color=color, end_color=color)


def est_lines(text, width_units, size=10, bold=False):
    """Lines a wrapped text needs in a cell `width_units` wide (LibreOffice does not size rows
    of an imported xlsx by itself; 7.1 pt a unit, measured in blind/r4)."""
    avail = 7.1 * width_units - 7
    font = "LSb" if bold else "LSr"
    lines = 0
    for part in str(text).split("\n"):
        cur, n = "", 1
        for word in part.split():
            trial = (cur + " " + word).strip()
            if pdfmetrics.stringWidth(trial, font, size) <= avail or not cur:
                cur = trial
            else:
                n += 1
                cur = word
        lines += n
    return lines


def setup_sheet(ws, content, widths, title_rows=None):
    ws.sheet_view.showGridLines = False
    ws.page_setup.orientation = content["orientation"]
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.6
    ws.page_margins.header = 0.25
    ws.page_margins.footer = 0.25
    ws.oddHeader.left.text = content["running_header"]
    ws.oddHeader.left.size = 8
    ws.oddHeader.right.text = "Pagina &P di &N"
    ws.oddHeader.right.size = 8
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    if title_rows:
        ws.print_title_rows = title_rows


def text_row(ws, r, text, ncols, width_units, size=10, bold=False, italic=False, align="left",
             color="000000"):
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    c = ws.cell(row=r, column=1, value=text)
    c.font = Font(name=FONT, size=size, bold=bold, italic=italic, color=color)
    c.alignment = Alignment(wrap_text=True, vertical="top", horizontal=align)
    ws.row_dimensions[r].height = est_lines(text, width_units, size, bold) * size * 1.18 + 4


def render_calc_ministerial(name, content):
    wb = Workbook()
    wb.remove(wb.active)
    sheets = []
    for b in content["blocks"]:
        if b["type"] == "sheet":
            sheets.append((b["name"], []))
        else:
            sheets[-1][1].append(b)
    for sname, blocks in sheets:
        ws = wb.create_sheet(sname)
        tables = [b for b in blocks if b["type"] == "table"]
        widths = [c["width"] for c in tables[0]["columns"]] if tables else [20, 20, 20, 20, 20, 20]
        ncols, total = len(widths), sum(widths)
        title_rows = None
        r = 1
        for b in blocks:
            t = b["type"]
            if t == "cover":
                ws.row_dimensions[r].height = 60
                r += 1
                for line in b["lines"]:
                    text_row(ws, r, line["text"], ncols, total, size=line["size"],
                             bold=line.get("bold", False), align="center")
                    r += 1
                    ws.row_dimensions[r].height = 10
                    r += 1
                ws.row_dimensions[r].height = 40
                r += 1
            elif t == "heading":
                text_row(ws, r, b["text"], ncols, total, size=12, bold=True)
                r += 1
            elif t == "paragraph":
                text_row(ws, r, b["text"], ncols, total, size=10)
                r += 1
                ws.row_dimensions[r].height = 5
                r += 1
            elif t == "table" and b["role"] == "indicators":
                cols = b["columns"]
                text_row(ws, r, content["document"]["issuer"].upper() + " – BILANCIO DI PREVISIONE 2024-2026",
                         ncols, total, size=9, bold=True)
                r += 1
                text_row(ws, r, "PIANO DEGLI INDICATORI DI BILANCIO", ncols, total, size=11,
                         bold=True, align="center")
                r += 1
                text_row(ws, r, "INDICATORI SINTETICI", ncols, total, size=10, bold=True,
                         align="center")
                r += 1
                h1, h2 = r, r + 1
                for i, col in enumerate(cols, 1):
                    for rr in (h1, h2):
                        c = ws.cell(row=rr, column=i)
                        c.border = GRID
                        c.fill = fill("D9D9D9")
                        c.font = Font(name=FONT, size=9, bold=True)
                        c.alignment = Alignment(wrap_text=True, vertical="center",
                                                horizontal="center")
                    if col.get("year") is None:
                        ws.merge_cells(start_row=h1, start_column=i, end_row=h2, end_column=i)
                        ws.cell(row=h1, column=i, value=col["header"] or None)
                    else:
                        ws.cell(row=h2, column=i, value=col["header"])
                yc = [i for i, col in enumerate(cols, 1) if col.get("year") is not None]
                ws.merge_cells(start_row=h1, start_column=yc[0], end_row=h1, end_column=yc[-1])
                ws.cell(row=h1, column=yc[0], value=b["group_header"])
                ws.row_dimensions[h1].height = 26
                ws.row_dimensions[h2].height = 14
                title_rows = f"{r - 2}:{h2}"
                r = h2 + 1
                for row in b["rows"]:
                    if "hier" in row:
                        h = row["hier"]
                        c = ws.cell(row=r, column=1, value=h["code"])
                        c.font = Font(name=FONT, size=9, bold=True)
                        c.alignment = Alignment(vertical="center", horizontal="left")
                        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncols)
                        c2 = ws.cell(row=r, column=2, value=h["title"])
                        c2.font = Font(name=FONT, size=9, bold=True)
                        c2.alignment = Alignment(vertical="center")
                        for i in range(1, ncols + 1):
                            ws.cell(row=r, column=i).border = GRID
                            ws.cell(row=r, column=i).fill = fill("F2F2F2")
                        ws.row_dimensions[r].height = 15
                        r += 1
                        continue
                    lines = 1
                    for i, (col, v) in enumerate(zip(cols, row["cells"]), 1):
                        c = ws.cell(row=r, column=i, value=v or None)
                        c.font = Font(name=FONT, size=9)
                        c.border = GRID
                        num = col.get("year") is not None
                        c.alignment = Alignment(wrap_text=True, vertical="center" if num else "top",
                                                horizontal="right" if num else "left")
                        if v:
                            lines = max(lines, est_lines(v, col["width"], 9))
                    ws.row_dimensions[r].height = lines * 10.8 + 4
                    r += 1
                ws.row_dimensions[r].height = 6
                r += 1
                for fn in b.get("footnotes", []):
                    text_row(ws, r, fn, ncols, total, size=7.5, italic=False)
                    r += 1
            elif t == "table":
                cols = b["columns"]
                text_row(ws, r, b["title"], ncols, total, size=10, bold=True, align="center")
                r += 1
                ws.row_dimensions[r].height = 6
                r += 1
                lines = 1
                for i, col in enumerate(cols, 1):
                    c = ws.cell(row=r, column=i, value=col["header"])
                    c.font = Font(name=FONT, size=9, bold=True)
                    c.border = GRID
                    c.fill = fill("D9D9D9")
                    c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
                    lines = max(lines, est_lines(col["header"], col["width"], 9, True))
                ws.row_dimensions[r].height = lines * 10.8 + 4
                title_rows = f"{r}:{r}"
                r += 1
                for row in b["rows"]:
                    bold = row[0].startswith("Titolo") or row[1].startswith("TOTALE")
                    lines = 1
                    for i, (col, v) in enumerate(zip(cols, row), 1):
                        c = ws.cell(row=r, column=i, value=v or None)
                        c.font = Font(name=FONT, size=9, bold=bold)
                        c.border = GRID
                        c.alignment = Alignment(wrap_text=True, vertical="top",
                                                horizontal="right" if i > 2 else "left")
                        if v:
                            lines = max(lines, est_lines(v, col["width"], 9, bold))
                    ws.row_dimensions[r].height = lines * 10.8 + 4
                    r += 1
        setup_sheet(ws, content, widths, title_rows)
    xlsx = HERE / f"{name}.xlsx"
    wb.save(xlsx)
    return soffice_pdf(xlsx, HERE)


RENDER = {"calc-ministerial": (render_calc_ministerial, None)}


# ---------------------------------------------------------------------- reportlab common
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)


def esc(t):
    return (t or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def PS(name, size=9, font="LSr", lead=None, align=TA_LEFT, before=0, after=0, color=colors.black):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.22,
                          alignment=align, spaceBefore=before, spaceAfter=after, textColor=color)


def page_deco(header, footer_word="Pag."):
    def deco(canv, doc):
        if doc.page == 1:
            return
        w, h = doc.pagesize
        canv.saveState()
        canv.setFont("LSr", 7.5)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(doc.leftMargin, h - 1.2 * cm, header)
        canv.drawRightString(w - doc.rightMargin, 1.0 * cm, f"{footer_word} {doc.page}")
        canv.restoreState()
    return deco


# ---------------------------------------------------------------------- booktabs (Pesaro)
def render_booktabs(name, content):
    pdf = HERE / f"{name}.pdf"
    doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=2.0 * cm, rightMargin=2.0 * cm,
                            topMargin=2.0 * cm, bottomMargin=1.8 * cm, title=content["running_header"],
                            author=content["document"]["issuer"])
    body = PS("body", 10, lead=13.5, after=7)
    body.alignment = 4
    h1 = PS("h1", 13.5, "LSb", before=4, after=8, color=colors.HexColor("#1F3864"))
    h2 = PS("h2", 11, "LSb", before=6, after=8)
    cell = PS("cell", 8.3, lead=10.2)
    cellr = PS("cellr", 8.3, lead=10.2, align=TA_CENTER)
    head = PS("head", 8.3, "LSb", lead=10.2)
    headc = PS("headc", 8.3, "LSb", lead=10.2, align=TA_CENTER)
    story = []
    for b in content["blocks"]:
        t = b["type"]
        if t == "cover":
            l = b["lines"]
            story += [Spacer(1, 5 * cm), Paragraph(l[0], PS("c0", 22, "LSb", align=TA_CENTER, after=30)),
                      Paragraph(l[1], PS("c1", 18, "LSb", align=TA_CENTER, after=12,
                                         color=colors.HexColor("#1F3864"))),
                      Paragraph(l[2], PS("c2", 10, align=TA_CENTER, after=6)),
                      Paragraph(l[3], PS("c3", 10, align=TA_CENTER, after=6)), PageBreak()]
        elif t == "heading":
            story.append(Paragraph(esc(b["text"]), h1 if b["level"] == 1 else h2))
        elif t == "paragraph":
            story.append(Paragraph(esc(b["text"]), body))
        elif t == "pagebreak":
            story.append(PageBreak())
        elif t == "table" and b["role"] == "indicators":
            cols = b["columns"]
            data = [[Paragraph(esc(c["header"]), head if i == 0 or i == 4 else headc)
                     for i, c in enumerate(cols)]]
            for row in b["rows"]:
                data.append([Paragraph(esc(v), cell if i in (0, 4) else cellr)
                             for i, v in enumerate(row["cells"])])
            tb = Table(data, colWidths=[c["width"] for c in cols], repeatRows=1)
            tb.setStyle(TableStyle([
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.black),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("VALIGN", (0, 1), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 1), (-1, 1), 7),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]))
            story.append(tb)
        elif t == "table":
            story.append(Paragraph(esc(b["title"]), PS("cap", 9, "LSb", before=6, after=4)))
            data = [[Paragraph(esc(h), head) for h in b["columns"]]]
            for r in b["rows"]:
                data.append([Paragraph(esc(v), cell if i == 0 else PS("cr", 8.3, align=TA_RIGHT))
                             for i, v in enumerate(r)])
            n = len(b["columns"])
            w = [190] + [(481 - 190) / (n - 1)] * (n - 1) if n > 3 else [240, 100, 100]
            tb = Table(data, colWidths=w, hAlign="LEFT")
            tb.setStyle(TableStyle([
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.black),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
            story += [tb, Spacer(1, 10)]
    doc.build(story, onFirstPage=page_deco(content["running_header"]),
              onLaterPages=page_deco(content["running_header"]))
    return pdf


def booktabs_cells(row, content):
    return row["cells"][:4] + [" ".join(row["cells"][4].split()[:6])]


RENDER["rl-booktabs"] = (render_booktabs, None)


# ---------------------------------------------------------------------- borderless zebra (Cremona)
def render_zebra(name, content):
    pdf = HERE / f"{name}.pdf"
    doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=2.0 * cm, rightMargin=2.0 * cm,
                            topMargin=2.0 * cm, bottomMargin=1.8 * cm, title=content["running_header"])
    cell = PS("zc", 8, lead=9.8)
    cellb = PS("zcb", 8, "LSb", lead=9.8)
    story = []
    for b in content["blocks"]:
        t = b["type"]
        if t == "cover":
            l = b["lines"]
            story += [Spacer(1, 2.5 * cm),
                      Paragraph(l[0], PS("k0", 16, "LSb", align=TA_CENTER)),
                      Paragraph(l[1], PS("k1", 16, "LSb", align=TA_CENTER, after=40)),
                      Paragraph(l[2], PS("k2", 20, "LSb", align=TA_CENTER, after=14)),
                      Paragraph(l[3], PS("k3", 11, "LSi", align=TA_CENTER, after=30)),
                      Paragraph(l[4], PS("k4", 12, "LSb", align=TA_CENTER, after=16)),
                      Paragraph(l[5], PS("k5", 12, "LSb", align=TA_CENTER, after=60)),
                      Paragraph(l[6], PS("k6", 9.5, "LSb", align=TA_CENTER, after=40))]
        elif t == "paragraph":
            story += [Paragraph(esc(b["text"]), PS("zp", 9.5, lead=12.5, after=10)), PageBreak()]
        elif t == "table":
            cols = b["columns"]
            n = len(cols)
            widths = [c["width"] for c in cols]
            shade = colors.HexColor("#E9EDF2")
            base = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
            # one visual table, built as chunks (headings / header / one indicator with its
            # status and free-text rows) so that an indicator is never parted from its status
            chunks, cur = [], None
            k, started = 0, False

            def new_chunk(kind):
                c = {"kind": kind, "data": [], "style": list(base)}
                chunks.append(c)
                return c
            for row in b["rows"]:
                if "cells" in row:
                    cur = new_chunk("ind")
                    cur["data"].append([Paragraph(esc(v), cell) for v in row["cells"]])
                elif "status_row" in row:
                    sr = row["status_row"]
                    txt = f"<b>{esc(sr['status_text'])}</b>"
                    if row.get("text_after"):
                        txt += " " + esc(row["text_after"])
                    cur["data"].append([Paragraph(txt, cell)] + [""] * (n - 1))
                elif row.get("kind") == "header":
                    cur = new_chunk("header")
                    cur["data"].append([Paragraph(esc(c["header"]), cellb) for c in cols])
                    cur["style"].append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#C9D3DF")))
                    started, k = True, 0
                    continue
                elif row["kind"] == "free":
                    cur["data"].append([Paragraph(esc(row["text"]), cell)] + [""] * (n - 1))
                else:
                    if cur is None or cur["kind"] != "head":
                        cur = new_chunk("head")
                    st = PS("zh", 9, "LSb", lead=11) if row["kind"] == "h" else cellb
                    r = len(cur["data"])
                    cur["data"].append([Paragraph(esc(row["text"]), st)] + [""] * (n - 1))
                    if row["kind"] == "h" and row["text"].startswith(("Area", "Ob.")):
                        cur["style"].append(("TOPPADDING", (0, r), (-1, r), 9))
                    started = False
                    continue
                r = len(cur["data"]) - 1
                if n > 1 and r >= 0 and "cells" not in row:
                    cur["style"].append(("SPAN", (0, r), (-1, r)))
                if started:
                    if k % 2 == 0:
                        cur["style"].append(("BACKGROUND", (0, r), (-1, r), shade))
                    k += 1
            flow = []
            for c in chunks:
                tb = Table(c["data"], colWidths=widths)
                tb.setStyle(TableStyle(c["style"]))
                flow.append((c["kind"], tb))
            i = 0
            while i < len(flow):
                kind, tb = flow[i]
                if kind == "head" and i + 2 < len(flow) and flow[i + 1][0] == "header":
                    story.append(KeepTogether([tb, flow[i + 1][1], flow[i + 2][1]]))
                    i += 3
                    continue
                story.append(KeepTogether([tb]))
                i += 1
    doc.build(story, onFirstPage=page_deco(content["running_header"]),
              onLaterPages=page_deco(content["running_header"], "Pagina"))
    return pdf


RENDER["rl-zebra"] = (render_zebra, None)


# ---------------------------------------------------------------------- Word outline (Cesena)
def render_word_outline(name, content):
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm, Pt, RGBColor
    import wordutil as W
    doc = Document()
    W.setup(doc, content)
    blue = RGBColor(0x1F, 0x4E, 0x79)
    for b in content["blocks"]:
        t = b["type"]
        if t == "cover":
            l = b["lines"]
            W.para(doc, "", after=110)
            W.para(doc, l[0], size=22, bold=True, align="center", after=36, color=blue)
            W.para(doc, l[1], size=20, bold=True, align="center", after=18)
            W.para(doc, l[2], size=10.5, align="center", after=60, italic=True)
            W.para(doc, l[3], size=10, align="center", after=4)
            p = W.para(doc, l[4], size=10, align="center", after=0)
            p.add_run().add_break(WD_BREAK.PAGE)
        elif t == "heading":
            if b.get("pagebreak"):
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            lv = b["level"]
            p = W.para(doc, b["text"], size={1: 14, 2: 12.5, 3: 11}[lv], bold=True,
                       before={1: 12, 2: 12, 3: 8}[lv], after=6, color=blue if lv < 3 else None,
                       keep=True)
            p.style = doc.styles[f"Heading {lv}"]
            for r in p.runs:
                r.font.name = "Arial"
                r.font.size = Pt({1: 14, 2: 12.5, 3: 11}[lv])
                r.font.color.rgb = blue if lv < 3 else RGBColor(0, 0, 0)
                r.italic = False
        elif t == "paragraph":
            p = W.para(doc, b["text"], size=10.5, align="justify", after=6, before=4)
            sym_font(p)
        elif t == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif t == "table" and b["role"] == "indicators":
            cols = b["columns"]
            n = len(cols)
            tb = doc.add_table(rows=2 + len(b["rows"]), cols=n)
            W.set_widths(tb, [c["width"] for c in cols])
            W.borders(tb, {s: (4, "808080") for s in ("top", "left", "bottom", "right", "insideH", "insideV")})
            W.cell_margins(tb)
            top = tb.rows[0].cells[0].merge(tb.rows[0].cells[n - 1])
            W.fill_cell(top, b["caption"], 9.5, bold=True, align="center")
            W.shade(top, "BDD7EE")
            for i, c in enumerate(cols):
                W.fill_cell(tb.rows[1].cells[i], c["header"], 9, bold=True,
                            align="center" if i >= 2 else None)
                W.shade(tb.rows[1].cells[i], "DEEAF6")
            W.repeat_header(tb.rows[0])
            W.repeat_header(tb.rows[1])
            for k, row in enumerate(b["rows"]):
                tr = tb.rows[2 + k]
                W.cant_split(tr)
                for i, v in enumerate(row["cells"]):
                    if i == 0:
                        continue
                    W.fill_cell(tr.cells[i], v, 9, align="center" if i in (2, 3) else None)
                    if i == n - 1:   # the symbols in a font that has them, as Word's fallback does
                        for r in tr.cells[i].paragraphs[0].runs:
                            r.font.name = "DejaVu Sans"
                            r.font.size = Pt(8.5)
                if row["span"]:
                    m = tr.cells[0].merge(tb.rows[2 + k + row["span"] - 1].cells[0])
                    W.fill_cell(m, row["cells"][0], 9, bold=True)
            doc.add_paragraph().paragraph_format.space_after = Pt(2)
        elif t == "table":
            W.para(doc, b["caption"], size=9.5, bold=True, after=3, before=6, keep=True)
            cols = b["columns"]
            tb = doc.add_table(rows=1 + len(b["rows"]), cols=len(cols))
            w = [7.5] + [9.5 / (len(cols) - 1)] * (len(cols) - 1)
            W.set_widths(tb, w)
            W.borders(tb, {"top": (8, "000000"), "bottom": (8, "000000"), "insideH": (4, "A6A6A6")})
            W.cell_margins(tb)
            for i, h in enumerate(cols):
                W.fill_cell(tb.rows[0].cells[i], h, 9, bold=True, align="right" if i else None)
            for k, r in enumerate(b["rows"]):
                for i, v in enumerate(r):
                    W.fill_cell(tb.rows[1 + k].cells[i], v, 9, bold=(r[0] == "Totale"),
                                align="right" if i else None)
                    sym_font(tb.rows[1 + k].cells[i].paragraphs[0])
            doc.add_paragraph().paragraph_format.space_after = Pt(2)
    docx = HERE / f"{name}.docx"
    doc.save(docx)
    return soffice_pdf(docx, HERE)


def sym_font(p):
    """Put the symbols ● ◐ ○ of a paragraph in a font that has them (Word's fallback)."""
    import re as _re
    from copy import deepcopy
    for r in list(p.runs):
        parts = _re.split(r"([●◐○])", r.text)
        if len(parts) == 1:
            continue
        r.text = parts[0]
        prev = r
        for part in parts[1:]:
            if not part:
                continue
            new = deepcopy(r._r)
            prev._r.addnext(new)
            from docx.text.run import Run
            nr = Run(new, p)
            nr.text = part
            if part in "●◐○":
                nr.font.name = "DejaVu Sans"
            prev = nr


def outline_cells(row, content):
    return row["cells"][1:]


RENDER["word-outline"] = (render_word_outline, outline_cells)
