"""Lay the two holdout4 samples out as workbooks (openpyxl), as their issuers would export them.

* :func:`cuneo_workbook`: landscape A4, one page wide, thin borders on every table cell,
  no printed gridlines; a light blue header row (repeated on every page) whose narrow
  ``Tipo``, ``Peso`` and ``Esito`` labels are rotated 90°; bold objective rows merged
  across the table.
* :func:`trieste_workbook`: portrait A4, printed gridlines and no borders. A title sheet;
  the results sheet with a peach header row (repeated) and grey shaded objective rows
  merged across the table; a budget sheet (green header) that yields no record.

Row heights are set from the wrapped text (``excel_layouts.row_height``), since Calc does
not recompute them for a workbook written by openpyxl.
"""

from __future__ import annotations

from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from .excel_layouts import FONT_NAME, new_workbook, row_height, text_width

Content = dict[str, Any]

CUNEO_HEADER = "C6D9F1"
TRIESTE_HEADER = "FCE4D6"
BUDGET_HEADER = "E2EFDA"
CUNEO_SIZE = 10.0
TRIESTE_SIZE = 10.0
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _fill(rgb: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)


def _setup(ws: Worksheet, landscape: bool, gridlines: bool, ncols: int, last: int,
           footer: str, header_row: int | None = None) -> None:  # fmt: skip
    """A4, orientation, one page wide, margins, footer, optionally a repeated header row."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.gridLines = gridlines
    ws.print_area = f"A1:{get_column_letter(ncols)}{last}"
    ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8,
                                  header=0.3, footer=0.3)  # fmt: skip
    ws.oddFooter.center.text = footer
    ws.oddFooter.center.size = 8
    ws.oddFooter.center.font = FONT_NAME
    if header_row:
        ws.print_title_rows = f"{header_row}:{header_row}"


def _widths(ws: Worksheet, columns: list[Content]) -> list[float]:
    widths = [float(c["width"]) for c in columns]
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    return widths


def _titles(ws: Worksheet, titles: list[str], ncols: int, width: float) -> int:
    """Bold title rows merged across the table, then a blank row; return the next row."""
    row = 1
    for index, text in enumerate(titles):
        size = (13.0, 11.0, 9.0)[min(index, 2)]
        cell = ws.cell(row, 1, text)
        cell.font = Font(name=FONT_NAME, size=size, bold=index < 2 or len(titles) == 1)
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        ws.row_dimensions[row].height = row_height([(text, width)], size, True) + 2
        row += 1
    ws.row_dimensions[row].height = 12.0
    return row + 1


def _table(ws: Worksheet, row: int, sheet: Content, size: float, header_fill: str,
           borders: bool, heading_fills: dict[str, str]) -> tuple[int, int]:  # fmt: skip
    """Header row (labels rotated where asked), merged heading rows, cell rows.

    Returns the header row's number and the last row's.
    """
    columns = sheet["columns"]
    ncols, widths = len(columns), [float(c["width"]) for c in columns]
    border = BOX if borders else Border()
    tallest = 0.0
    for index, column in enumerate(columns, start=1):
        cell = ws.cell(row, index, column["header"])
        cell.font = Font(name=FONT_NAME, size=size, bold=True)
        cell.fill = _fill(header_fill)
        cell.border = border
        rotation = 90 if column.get("rotated") else 0
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=not rotation,
                                   text_rotation=rotation)  # fmt: skip
        if rotation:
            tallest = max(tallest, text_width(column["header"], size, bold=True) + 10)
    plain_headers = [(c["header"], w) for c, w in zip(columns, widths, strict=True)
                     if not c.get("rotated")]  # fmt: skip
    ws.row_dimensions[row].height = max(tallest, row_height(plain_headers, size, True) + 2)
    header_row = row
    total = sum(widths)
    for item in sheet["rows"]:
        row += 1
        if "heading" in item:
            level = item["heading"]
            if level == "strategic" and row > header_row + 1:  # each on a new page
                ws.row_breaks.append(Break(id=row - 1))
            ws.cell(row, 1, item["text"])
            for column in range(1, ncols + 1):
                ws.cell(row, column).border = border
                if level in heading_fills:
                    ws.cell(row, column).fill = _fill(heading_fills[level])
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
            first = ws.cell(row, 1)
            first.font = Font(name=FONT_NAME, size=size, bold=True)
            first.alignment = Alignment(vertical="center", wrap_text=True)
            ws.row_dimensions[row].height = row_height([(item["text"], total)], size, True) + 3
            continue
        for index, (text, column) in enumerate(zip(item["cells"], columns, strict=True), 1):
            cell = ws.cell(row, index, text or None)
            cell.font = Font(name=FONT_NAME, size=size)
            cell.border = border
            horizontal = "left" if column["field"] in ("indicator", "target", "actual") else (
                "center")  # fmt: skip
            if column.get("year"):
                horizontal = "center"
            cell.alignment = Alignment(horizontal=horizontal, vertical="top", wrap_text=True)
        cells = list(zip(item["cells"], widths, strict=True))
        ws.row_dimensions[row].height = row_height(cells, size) + 6
    return header_row, row


def cuneo_workbook(content: Content) -> Workbook:
    """The ruled landscape results table."""
    sheet = content["sheet"]
    workbook = new_workbook()
    ws = workbook.create_sheet(sheet["name"])
    widths = _widths(ws, sheet["columns"])
    ncols = len(widths)
    start = _titles(ws, sheet["title_rows"], ncols, sum(widths))
    fills = {"strategic": "DCE6F1"}
    header_row, last = _table(ws, start, sheet, CUNEO_SIZE, CUNEO_HEADER, True, fills)
    _setup(ws, True, False, ncols, last,
           "Provincia di Cuneo – Relazione sulla performance 2023 – Pagina &P di &N",
           header_row)  # fmt: skip
    return workbook


def trieste_workbook(content: Content) -> Workbook:
    """Title sheet, gridded results sheet, budget sheet."""
    workbook = new_workbook()
    footer = "Comune di Trieste – PEG 2022 – Relazione sui risultati – pag. &P"
    cover = workbook.create_sheet("Frontespizio")
    cover.column_dimensions["A"].width = 90
    sizes = (22.0, 18.0, 12.0, 10.0)
    for index, text in enumerate(content["cover"], start=1):
        cell = cover.cell(index * 2, 1, text)
        cell.font = Font(name=FONT_NAME, size=sizes[index - 1], bold=index <= 2)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cover.row_dimensions[index * 2].height = sizes[index - 1] * 2.2
        cover.row_dimensions[index * 2 - 1].height = 90.0 if index == 1 else 30.0
    _setup(cover, False, False, 1, len(content["cover"]) * 2, footer)

    sheet = content["sheet"]
    ws = workbook.create_sheet(sheet["name"])
    widths = _widths(ws, sheet["columns"])
    ncols = len(widths)
    start = _titles(ws, sheet["title_rows"], ncols, sum(widths))
    fills = {"strategic": "BFBFBF", "operational": "E7E6E6"}
    header_row, last = _table(ws, start, sheet, TRIESTE_SIZE, TRIESTE_HEADER, False, fills)
    _setup(ws, False, True, ncols, last, footer, header_row)

    budget = content["budget"]
    wb = workbook.create_sheet(budget["name"])
    widths = _widths(wb, budget["columns"])
    row = _titles(wb, budget["title_rows"], len(widths), sum(widths))
    for index, column in enumerate(budget["columns"], start=1):
        cell = wb.cell(row, index, column["header"])
        cell.font = Font(name=FONT_NAME, size=TRIESTE_SIZE, bold=True)
        cell.fill = _fill(BUDGET_HEADER)
        cell.alignment = Alignment(horizontal="left" if index == 1 else "center")
    wb.row_dimensions[row].height = 16.0
    for cells in budget["rows"]:
        row += 1
        for index, text in enumerate(cells, start=1):
            cell = wb.cell(row, index, text)
            cell.font = Font(name=FONT_NAME, size=TRIESTE_SIZE, bold=cells[0] == "Totale")
            cell.alignment = Alignment(horizontal="left" if index == 1 else "right")
        wb.row_dimensions[row].height = 15.0
    _setup(wb, False, True, len(widths), row, footer)
    return workbook
