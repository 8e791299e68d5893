"""Render an r1 content dict to an .xlsx workbook (openpyxl); LibreOffice Calc makes the PDF."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.page import PageMargins

THIN = Side(style="thin", color="808080")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
TOP_WRAP = Alignment(wrap_text=True, vertical="top")
FONT = "Arial"


def n_lines(text, width, size=9.0):
    """Lines a wrapped cell needs (greedy word wrap, conservative character width)."""
    if not text:
        return 1
    per_line = max(4, int(width * 1.5 * 9.0 / size))
    lines, used = 1, 0
    for word in str(text).split():
        need = len(word) + (1 if used else 0)
        if used + need > per_line and used:
            lines, used = lines + 1, len(word)
        else:
            used += need
    return lines


def fit_height(ws, row, texts, widths, size=9.0):
    lines = max(n_lines(t, w, size) for t, w in zip(texts, widths))
    ws.row_dimensions[row].height = lines * size * 1.32 + 4


def page_setup(ws, header_text, landscape=True):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.9, bottom=0.8, header=0.35, footer=0.35)
    ws.oddHeader.left.text = header_text
    ws.oddHeader.left.size = 8
    ws.oddHeader.left.font = "Arial,Italic"
    ws.oddFooter.right.text = "Pagina &P di &N"
    ws.oddFooter.right.size = 8
    ws.print_options.horizontalCentered = True


def cover_sheet(wb, content, header_text):
    ws = wb.active
    ws.title = "Copertina"
    ws.column_dimensions["A"].width = 4
    ws.column_dimensions["B"].width = 125
    row = 4
    for line in content["cover"]:
        cell = ws.cell(row=row, column=2, value=line["text"])
        cell.font = Font(name=FONT, size=line["size"], bold=line.get("bold", False),
                         color="1F4E78" if line.get("bold") else "000000")
        cell.alignment = Alignment(horizontal="center" if not line.get("wrap") else "justify",
                                   vertical="center", wrap_text=True)
        if line.get("wrap"):
            ws.row_dimensions[row].height = 15 * (len(line["text"]) // 150 + 2)
        else:
            ws.row_dimensions[row].height = line["size"] * 1.7
        row += 2
    page_setup(ws, header_text)
    return ws


def plain_table(ws, row, block, widths, widths_from=1):
    header = block["header"][0]
    fit_height(ws, row, header, widths)
    for j, label in enumerate(header):
        c = ws.cell(row=row, column=widths_from + j, value=label)
        c.font = Font(name=FONT, size=9, bold=True)
        c.fill = PatternFill("solid", fgColor="E7E6E6")
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = GRID
    row += 1
    for r in block["rows"]:
        bold = r[0] == "Totale"
        for j, text in enumerate(r):
            c = ws.cell(row=row, column=widths_from + j, value=text)
            c.font = Font(name=FONT, size=9, bold=bold)
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="left" if j == 0 else "right")
            c.border = GRID
        fit_height(ws, row, r, widths)
        row += 1
    return row


# ----------------------------------------------------------------------------- Parco Sila


def render_parco(content, path):
    wb = Workbook()
    head = "Ente Parco Nazionale della Sila – Piano della performance 2024-2026 – Allegato 1"
    cover_sheet(wb, content, head)
    ws = wb.create_sheet("Indicatori")
    widths = [7, 50, 15, 13, 11, 11, 11, 34]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.cell(row=1, column=1, value=content["sheet_title"]).font = Font(name=FONT, size=13, bold=True,
                                                                      color="385723")
    table = content["table"]
    row = 3
    for j, label in enumerate(table["header"][0], 1):
        c = ws.cell(row=row, column=j, value=label)
        c.font = Font(name=FONT, size=9, bold=True)
        c.fill = PatternFill("solid", fgColor="C6E0B4")
        c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
        c.border = GRID
    fit_height(ws, row, table["header"][0], widths)
    ws.print_title_rows = "3:3"
    row += 1
    for r in table["rows"]:
        if r["kind"] == "area":
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
            c = ws.cell(row=row, column=1, value=r["text"])
            c.font = Font(name=FONT, size=10, bold=True, color="FFFFFF")
            for j in range(1, 9):
                ws.cell(row=row, column=j).fill = PatternFill("solid", fgColor="548235")
                ws.cell(row=row, column=j).border = GRID
            c.alignment = Alignment(vertical="center")
            ws.row_dimensions[row].height = 18
        else:
            for j, text in enumerate(r["cells"], 1):
                c = ws.cell(row=row, column=j, value=text if text else None)
                c.font = Font(name=FONT, size=9)
                c.alignment = Alignment(wrap_text=True, vertical="top",
                                        horizontal="center" if 3 <= j <= 7 else "left")
                c.border = GRID
            fit_height(ws, row, r["cells"], widths)
        row += 1
    row += 1
    ws.cell(row=row, column=1, value="Legenda: Baseline = valore rilevato nell'anno 2023; Consuntivo 2022 = valore a consuntivo della Relazione sulla performance 2022; n.d. = dato non disponibile.").font = Font(name=FONT, size=8, italic=True)
    page_setup(ws, head)

    wb2 = wb.create_sheet("Risorse")
    for col, w in zip("ABCD", (62, 20, 20, 20)):
        wb2.column_dimensions[col].width = w
    wb2.cell(row=1, column=1, value=content["budget_title"]).font = Font(name=FONT, size=13, bold=True,
                                                                         color="385723")
    end = plain_table(wb2, 3, content["budget"], (62, 20, 20, 20))
    wb2.cell(row=end + 1, column=1, value=content["budget_note"]).font = Font(name=FONT, size=8, italic=True)
    page_setup(wb2, head)
    wb.save(path)


# ----------------------------------------------------------------------------- Regione Umbria


def render_umbria(content, path):
    wb = Workbook()
    head = "Regione Umbria – Relazione sulla performance 2022 – Allegato B"
    cover_sheet(wb, content, head)
    layouts = {"Schede obiettivi": [52, 22, 22, 12, 46], "Cruscotto KPI": [64, 18, 18, 14],
               "Risorse": [50, 24, 24, 24, 24]}
    for sheet in content["sheets"]:
        ws = wb.create_sheet(sheet["title"])
        for j, w in enumerate(layouts[sheet["title"]], 1):
            ws.column_dimensions[chr(64 + j)].width = w
        ws.cell(row=1, column=1, value=sheet["caption"]).font = Font(name=FONT, size=13, bold=True,
                                                                     color="1F4E78")
        row = 3
        for block in sheet["blocks"]:
            if block["kind"] == "heading":
                if block["level"] == "area" and row > 3:
                    row += 1  # a blank row before each area
                c = ws.cell(row=row, column=1, value=block["text"])
                if block["level"] == "area":
                    c.font = Font(name=FONT, size=11, bold=True, color="1F4E78")
                else:
                    c.font = Font(name=FONT, size=10, bold=True, italic=True)
                row += 1
            elif block["role"] == "other":
                row = plain_table(ws, row, block, layouts[sheet["title"]]) + 1
            else:
                for j, label in enumerate(block["header"][0], 1):
                    c = ws.cell(row=row, column=j, value=label)
                    c.font = Font(name=FONT, size=9, bold=True, color="FFFFFF")
                    c.fill = PatternFill("solid", fgColor="2F5597")
                    c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
                fit_height(ws, row, block["header"][0], layouts[sheet["title"]])
                row += 1
                for n, r in enumerate(block["rows"]):
                    fill = PatternFill("solid", fgColor="DDEBF7" if n % 2 == 0 else "FFFFFF")
                    for j, text in enumerate(r["cells"], 1):
                        c = ws.cell(row=row, column=j, value=text)
                        c.font = Font(name=FONT, size=9)
                        c.fill = fill
                        c.alignment = Alignment(wrap_text=True, vertical="top",
                                                horizontal="left" if j in (1, 5) else "center")
                        c.border = Border(bottom=Side(style="hair", color="9DC3E6"))
                    fit_height(ws, row, r["cells"], layouts[sheet["title"]])
                    row += 1
                row += 1
        if sheet["title"] == "Cruscotto KPI":
            ws.cell(row=row, column=1, value="Delta = Actual – Target (valori in punti percentuali, giorni o unità secondo il KPI). n.d. = dato non disponibile alla data di chiusura della Relazione.").font = Font(name=FONT, size=8, italic=True)
        page_setup(ws, head)
    wb.save(path)


def render(content, path):
    if content["name"].startswith("ente-parco"):
        render_parco(content, path)
    else:
        render_umbria(content, path)
