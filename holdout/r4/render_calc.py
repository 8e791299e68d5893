"""Render an r4 content (layouts calc-zebra, calc-hiercols) to an .xlsx workbook that
LibreOffice Calc prints to PDF."""
from __future__ import annotations

import math
import re

from openpyxl import Workbook
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

FONT = "Arial"
THIN = Side(style="thin", color="7F7F7F")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(color):
    return PatternFill("solid", start_color=color, end_color=color)


_FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LSr", _FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSb", _FD + "LiberationSans-Bold.ttf"))


def col_pt(width_units):
    """Printed width (pt, before fit-to-width scaling) of a column of `width_units` Excel
    character units, as LibreOffice prints it here (measured: 7.1 pt a unit)."""
    return 7.1 * width_units


def est_lines(text, width_units, size=10, bold=False):
    """Lines a wrapped text needs in a cell `width_units` wide (word wrap simulated with the
    font's metrics: LibreOffice does not size rows of an imported xlsx by itself)."""
    avail = col_pt(width_units) - 5
    font = "LSb" if bold else "LSr"
    lines = 0
    for part in str(text).split("\n"):
        cur = ""
        n = 1
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
    ws.print_options.gridLines = False
    ws.page_setup.orientation = content["orientation"]
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.55
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


def text_row(ws, r, text, ncols, width_units, size=10, bold=False, italic=False, height=None,
             align="left", color="000000"):
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    c = ws.cell(row=r, column=1, value=text)
    c.font = Font(name=FONT, size=size, bold=bold, italic=italic, color=color)
    c.alignment = Alignment(wrap_text=True, vertical="top", horizontal=align)
    lines = est_lines(text, width_units, size)
    ws.row_dimensions[r].height = height or (lines * size * 1.17 + 4)


def render_calc(content, xlsx_path):
    wb = Workbook()
    wb.remove(wb.active)
    blocks = content["blocks"]
    # split blocks into sheets
    sheets = []
    for b in blocks:
        if b["type"] == "sheet":
            sheets.append((b["name"], []))
        else:
            sheets[-1][1].append(b)
    for name, sblocks in sheets:
        table = next((b for b in sblocks if b["type"] == "table" and b["role"] == "indicators"),
                     None)
        ws = wb.create_sheet(name)
        if table is not None:
            widths = [c["width"] for c in table["columns"]]
        else:
            widths = [22, 22, 22, 22, 22, 22]
            others = [b for b in sblocks if b["type"] == "table"]
            if others:
                widths = [c["width"] for c in others[0]["columns"]]
                widths = widths + [16] * (6 - len(widths)) if len(widths) < 6 else widths
        ncols = len(widths)
        total = sum(widths)
        r = 1
        title_rows = None
        for b in sblocks:
            t = b["type"]
            if t == "cover":
                for i, line in enumerate(b["lines"]):
                    text_row(ws, r, line["text"], ncols, total, size=line["size"],
                             bold=line.get("bold", False), align="center",
                             color="1F3864" if line.get("bold") else "000000")
                    r += 1
                    if i == 1 or i == len(b["lines"]) - 2:
                        ws.row_dimensions[r].height = 14
                        r += 1
                r += 1
            elif t == "heading":
                text_row(ws, r, b["text"], ncols, total, size=12 if b.get("level", 1) == 1
                         else 10.5, bold=True, color="1F3864")
                r += 1
                ws.row_dimensions[r].height = 6
                r += 1
            elif t == "paragraph":
                text_row(ws, r, b["text"], ncols, total, size=10)
                r += 1
                ws.row_dimensions[r].height = 6
                r += 1
            elif t == "list":
                for k, item in enumerate(b["items"], 1):
                    c = ws.cell(row=r, column=1, value=f"{k}.")
                    c.font = Font(name=FONT, size=10)
                    c.alignment = Alignment(horizontal="right", vertical="top")
                    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncols)
                    c = ws.cell(row=r, column=2, value=item)
                    c.font = Font(name=FONT, size=10)
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    ws.row_dimensions[r].height = est_lines(item, total - widths[0]) * 11.7 + 3
                    r += 1
                ws.row_dimensions[r].height = 6
                r += 1
            elif t == "table":
                if content["layout"] == "calc-zebra":
                    r, tr = zebra_table(ws, r, b, content)
                elif b["role"] == "indicators":
                    r, tr = hiercols_table(ws, r, b)
                else:
                    r, tr = zebra_table(ws, r, b, content)
                if b["role"] == "indicators":
                    title_rows = tr
                r += 1
        setup_sheet(ws, content, widths, title_rows)
    wb.save(xlsx_path)


HEAD_FILL = "1F4E79"
AREA_FILL = "2E75B6"
STRAT_FILL = "BDD7EE"
OPER_FILL = "DDEBF7"
ZEBRA = "F2F2F2"


def zebra_table(ws, r, table, content):
    """No gridlines or borders: a dark header, zebra data rows, hierarchy as merged rows."""
    cols = table["columns"]
    n = len(cols)
    head = r
    other = table["role"] != "indicators"

    def halign(i, col, sample):
        if other:
            return "right" if i > 1 and re.fullmatch(r"[\d.,%\s]+", sample or "") else "left"
        return "left" if i <= 2 or i == n else "center"

    samples = [next((rw["cells"][i] for rw in table["rows"] if "cells" in rw and rw["cells"][i]),
                    "") for i in range(n)]
    for i, col in enumerate(cols, 1):
        c = ws.cell(row=r, column=i, value=col["header"])
        c.font = Font(name=FONT, size=9.5, bold=True, color="FFFFFF")
        c.fill = fill(HEAD_FILL)
        c.alignment = Alignment(wrap_text=True, vertical="center",
                                horizontal=halign(i, col, samples[i - 1]))
    ws.row_dimensions[r].height = 27
    r += 1
    k = 0
    for row in table["rows"]:
        if "hier" in row:
            h = row["hier"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
            c = ws.cell(row=r, column=1, value=h["text"])
            if h["level"] == "area":
                c.font = Font(name=FONT, size=10.5, bold=True, color="FFFFFF")
                c.fill = fill(AREA_FILL)
                ws.row_dimensions[r].height = 20
            elif h["level"] == "strategic":
                c.font = Font(name=FONT, size=9.5, bold=True)
                c.fill = fill(STRAT_FILL)
                ws.row_dimensions[r].height = 17
            else:
                c.font = Font(name=FONT, size=9.5, bold=True, italic=True)
                c.fill = fill(OPER_FILL)
                ws.row_dimensions[r].height = 16
            c.alignment = Alignment(vertical="center", indent=0 if h["level"] == "area" else
                                    (1 if h["level"] == "strategic" else 2))
            r += 1
            k = 0
            continue
        zebra = k % 2 == 1
        for i, (col, val) in enumerate(zip(cols, row["cells"]), 1):
            c = ws.cell(row=r, column=i, value=val if val not in (None, "") else None)
            c.data_type = "s"
            c.font = Font(name=FONT, size=10, bold=bool(row.get("total")))
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal=halign(i, col, val))
            if zebra:
                c.fill = fill(ZEBRA)
        lines = max(est_lines(v or "", col["width"], 10) for col, v in zip(cols, row["cells"]))
        ws.row_dimensions[r].height = lines * 11.6 + 4
        r += 1
        k += 1
    return r, f"{head}:{head}"


def hiercols_table(ws, r, table):
    """Thin borders; two header rows ('Target' merged over the years); the hierarchy columns
    merged down over their indicators, text at the top."""
    cols = table["columns"]
    n = len(cols)
    hr = table["header_rows"]
    head = r
    for i in range(n):
        for j in range(2):
            c = ws.cell(row=r + j, column=i + 1, value=hr[j][i] or None)
            c.font = Font(name=FONT, size=9, bold=True)
            c.fill = fill("D9D9D9")
            c.border = GRID
            c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for i in range(n):
        if hr[1][i] == "":
            ws.merge_cells(start_row=r, start_column=i + 1, end_row=r + 1, end_column=i + 1)
    ty = [i for i in range(n) if hr[0][i] == "Target"][0]
    ws.merge_cells(start_row=r, start_column=ty + 1, end_row=r, end_column=n)
    ws.row_dimensions[r].height = 16
    ws.row_dimensions[r + 1].height = 16
    r += 2
    first = r
    spans = {0: [], 1: []}
    for row in table["rows"]:
        for i, (col, val) in enumerate(zip(cols, row["cells"]), 1):
            c = ws.cell(row=r, column=i, value=val if val not in (None, "") else None)
            c.data_type = "s"
            c.font = Font(name=FONT, size=10.5, bold=i <= 2)
            c.border = GRID
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if i >= 6 else "left")
        for k in (0, 1):
            if spans[k] and spans[k][-1][2] == row["cells"][k]:
                spans[k][-1][1] = r
            else:
                spans[k].append([r, r, row["cells"][k]])
        lines = max(est_lines(v or "", col["width"], 10.5)
                    for i, (col, v) in enumerate(zip(cols, row["cells"])) if i >= 2)
        ws.row_dimensions[r].height = lines * 12.2 + 8
        r += 1
    for k in (0, 1):
        for a, b, _ in spans[k]:
            if b > a:
                ws.merge_cells(start_row=a, start_column=k + 1, end_row=b, end_column=k + 1)
    return r, f"{head}:{head + 1}"
