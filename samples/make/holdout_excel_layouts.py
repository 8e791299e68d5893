"""Lay the two holdout samples out as workbooks (openpyxl), as their issuers would export them.

* :func:`vicenza_workbook`: one flat sheet, landscape A4, one page wide, printed
  gridlines (no cell borders), a light header row repeated on every page; the
  ``Area strategica | Obiettivo strategico | Obiettivo operativo`` cells are merged
  vertically over the rows of their indicators, top aligned, so a block that runs over a
  page break prints its text on its first page only.
* :func:`ferrara_workbook`: portrait, no gridlines and no borders anywhere. A first sheet
  with the title and a prose paragraph; the indicator sheet, where only the header row is
  filled (white bold text, repeated on every page) and areas and strategic objectives are
  bold rows merged across the table; a last sheet with a budget table.

Built on ``excel_layouts`` (``add_sheet`` lays out title rows, header, merged heading rows
and wrapped cell rows; ``row_height`` measures wrapped text as LibreOffice prints it).
"""

from __future__ import annotations

from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.page import PageMargins

from .excel_layouts import (
    FONT_NAME,
    LEVELS,
    SheetStyle,
    add_sheet,
    new_workbook,
    row_height,
)

Content = dict[str, Any]
Block = tuple[int, int, int, str]  # column index, first row index, last row index, text

VICENZA_STYLE = SheetStyle(
    landscape=True,
    font_size=9,
    header_fill="D9E1F2",
    gridlines=True,
    margins_in=(0.4, 0.4, 0.75, 0.7),
    title_sizes=(13, 11, 9),
    page_header="Comune di Vicenza – Relazione sulla performance 2023",
)
FERRARA_STYLE = SheetStyle(
    landscape=False,
    font_size=10,
    header_fill="00457C",
    header_font_color="FFFFFF",
    margins_in=(0.6, 0.6, 0.8, 0.8),
    title_sizes=(12,),
    footer="Università degli Studi di Ferrara – Relazione sulla performance 2022 – pag. &P",
)
COVER_WIDTH = 95.0  # Excel width units of the cover sheet's single column


def hierarchy_blocks(sheet: Content) -> list[Block]:
    """Runs of rows sharing a hierarchy cell (and all cells to its left), per column."""
    rows = [row["cells"] for row in sheet["rows"]]
    blocks = []
    for column, spec in enumerate(sheet["columns"]):
        if spec["field"] not in LEVELS:
            continue
        first = 0
        for index in range(1, len(rows) + 1):
            if index == len(rows) or rows[index][: column + 1] != rows[first][: column + 1]:
                blocks.append((column, first, index - 1, rows[first][column]))
                first = index
    return blocks


def vicenza_workbook(sheet: Content) -> Workbook:
    """The flat PEG table with its hierarchy columns merged vertically."""
    workbook = new_workbook()
    header_row = add_sheet(workbook, sheet, VICENZA_STYLE)
    ws = workbook[sheet["name"]]
    columns, size = sheet["columns"], VICENZA_STYLE.font_size
    hierarchy = {i for i, c in enumerate(columns) if c["field"] in LEVELS}
    widths = [float(c["width"]) for c in columns]
    heights = [
        row_height(
            [
                (t, w)
                for i, (t, w) in enumerate(zip(row["cells"], widths, strict=True))
                if i not in hierarchy
            ],
            size,
        )
        for row in sheet["rows"]
    ]
    for column, first, last, text in hierarchy_blocks(sheet):
        bold = columns[column]["field"] == "area"
        top = header_row + 1 + first
        cell = ws.cell(top, column + 1)
        cell.font = Font(name=FONT_NAME, size=size, bold=bold)
        cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        for row in range(top + 1, header_row + 2 + last):
            ws.cell(row, column + 1).value = None
        if last > first:
            ws.merge_cells(start_row=top, start_column=column + 1, end_row=top + last - first,
                           end_column=column + 1)  # fmt: skip
        needed = row_height([(text, float(columns[column]["width"]))], size, bold)
        heights[last] += max(0.0, needed - sum(heights[first : last + 1]))
    for index, height in enumerate(heights):
        ws.row_dimensions[header_row + 1 + index].height = height
    return workbook


def _cover_sheet(workbook: Workbook, cover: Content, style: SheetStyle) -> None:
    """Title lines, a bold heading and wrapped prose paragraphs in one wide column."""
    ws = workbook.create_sheet(cover["name"])
    ws.column_dimensions["A"].width = COVER_WIDTH
    lines = [(text, size, True) for text, size in zip(cover["lines"][:2], (18, 15), strict=True)]
    lines += [(text, 10.0, False) for text in cover["lines"][2:]]
    items = [*lines, ("", 10.0, False), (cover["heading"], 12.0, True)]
    items += [(text, 10.0, False) for text in cover["paragraphs"]]
    for row, (text, size, bold) in enumerate(items, start=1):
        cell = ws.cell(row, 1, text or None)
        cell.font = Font(name=FONT_NAME, size=size, bold=bold, italic=row == 3)
        cell.alignment = Alignment(vertical="top", wrap_text=True, horizontal="justify")
        height = row_height([(text, COVER_WIDTH)], size, bold) if text else 24.0
        ws.row_dimensions[row].height = height + (8.0 if row > 3 else 14.0)
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.gridLines = False
    ws.print_area = f"A1:A{len(items)}"
    left, right, top, bottom = style.margins_in
    ws.page_margins = PageMargins(left=left, right=right, top=top + 1.2, bottom=bottom)
    ws.oddFooter.center.text = style.footer
    ws.oddFooter.center.size = 8
    ws.oddFooter.center.font = FONT_NAME


def ferrara_workbook(content: Content) -> Workbook:
    """Cover sheet, borderless indicator sheet, budget sheet."""
    workbook = new_workbook()
    _cover_sheet(workbook, content["cover"], FERRARA_STYLE)
    add_sheet(workbook, content["sheet"], FERRARA_STYLE)
    add_sheet(workbook, content["budget"], FERRARA_STYLE)
    return workbook
