"""Lay the two holdout2 samples out as workbooks (openpyxl), as their issuers would export them.

* :func:`molise_workbook`: one sheet, landscape A4, one page wide, thin borders on every
  table cell and no printed gridlines, a light grey header row repeated on every page;
  areas, strategic and operational objectives are bold rows merged across the table
  (``excel_layouts.add_sheet``).
* :func:`marche_workbook`: portrait A4, no gridlines and no borders but a rule under the
  header. A prose sheet; the indicator sheet with a two-row header (``Codice |
  Indicatore`` merged down, each year merged over ``Target | Consuntivo``) repeated on
  every page and bold ``Obiettivo strategico`` rows merged across the table without fill;
  a summary sheet with a small ``Obiettivi | Numero | %`` table.

Row heights are set from the wrapped text (``excel_layouts.row_height``), since Calc does
not recompute them for a workbook written by openpyxl.
"""

from __future__ import annotations

from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from .excel_layouts import FONT_NAME, SheetStyle, add_sheet, new_workbook, row_height

Content = dict[str, Any]

MOLISE_STYLE = SheetStyle(
    landscape=True,
    font_size=9,
    header_fill="D9D9D9",
    borders=True,
    gridlines=False,
    margins_in=(0.5, 0.5, 0.8, 0.7),
    title_sizes=(13, 11, 9),
    page_header="Camera di Commercio del Molise – Relazione sulla performance 2023",
    footer="Pagina &P di &N",
)
MARCHE_FONT = 10.0
MARCHE_MARGINS = (0.7, 0.6, 0.8, 0.8)  # left, right, top, bottom (inches)
MARCHE_FOOTER = "Regione Marche – Relazione sulla performance 2022 – pag. &P"
COVER_WIDTH = 92.0
RULE = Side(style="medium", color="000000")


def molise_workbook(sheet: Content) -> Workbook:
    """The ruled results table with merged heading rows."""
    workbook = new_workbook()
    add_sheet(workbook, sheet, MOLISE_STYLE)
    return workbook


# --------------------------------------------------------------------------- Marche


def _portrait_setup(ws: Worksheet, last_column: int, last_row: int) -> None:
    """A4 portrait, one page wide, no gridlines, footer with the page number."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.gridLines = False
    ws.print_area = f"A1:{get_column_letter(last_column)}{last_row}"
    left, right, top, bottom = MARCHE_MARGINS
    ws.page_margins = PageMargins(left=left, right=right, top=top, bottom=bottom,
                                  header=0.3, footer=0.3)  # fmt: skip
    ws.oddFooter.center.text = MARCHE_FOOTER
    ws.oddFooter.center.size = 8
    ws.oddFooter.center.font = FONT_NAME


def _title_rows(ws: Worksheet, titles: list[str], ncols: int, width: float) -> int:
    """Bold title rows merged across the table, then a blank row; return the next row."""
    row = 1
    for index, text in enumerate(titles):
        size = (13.0, 11.0, 10.0)[min(index, 2)]
        cell = ws.cell(row, 1, text)
        cell.font = Font(name=FONT_NAME, size=size, bold=index < 2)
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        ws.row_dimensions[row].height = row_height([(text, width)], size, True) + 2
        row += 1
    ws.row_dimensions[row].height = 14.0
    return row + 1


def _cover_sheet(workbook: Workbook, cover: Content) -> None:
    """Title lines and numbered sections of justified prose in one wide column."""
    ws = workbook.create_sheet(cover["name"])
    ws.column_dimensions["A"].width = COVER_WIDTH
    items = [(cover["lines"][0], 16.0, True, 10.0), (cover["lines"][1], 14.0, True, 6.0)]
    items += [(text, 10.0, False, 30.0) for text in cover["lines"][2:]]
    for section in cover["sections"]:
        items.append((section["heading"], 12.0, True, 6.0))
        items += [(text, 10.0, False, 6.0) for text in section["paragraphs"]]
    for row, (text, size, bold, after) in enumerate(items, start=1):
        cell = ws.cell(row, 1, text)
        italic = not bold and row <= len(cover["lines"])
        cell.font = Font(name=FONT_NAME, size=size, bold=bold, italic=italic)
        cell.alignment = Alignment(vertical="top", wrap_text=True, horizontal="justify")
        ws.row_dimensions[row].height = row_height([(text, COVER_WIDTH)], size, bold) + after
    _portrait_setup(ws, 1, len(items))


def _header_rows(ws: Worksheet, row: int, columns: list[Content]) -> None:
    """Two header rows: top labels (years merged over two columns), sub-labels, rule below."""
    font = Font(name=FONT_NAME, size=MARCHE_FONT, bold=True)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for index, column in enumerate(columns, start=1):
        for offset, key in ((0, "header"), (1, "subheader")):
            cell = ws.cell(row + offset, index, column[key] or None)
            cell.font = font
            cell.alignment = center
    index = 1
    while index <= len(columns):
        column = columns[index - 1]
        if not column["subheader"]:  # label over both header rows
            ws.merge_cells(start_row=row, start_column=index, end_row=row + 1, end_column=index)
        elif column["header"]:  # a year over its columns
            span = 1
            while index + span <= len(columns) and not columns[index + span - 1]["header"]:
                span += 1
            ws.merge_cells(start_row=row, start_column=index, end_row=row,
                           end_column=index + span - 1)  # fmt: skip
        index += 1
    for index, column in enumerate(columns, start=1):  # after merging, which drops styles
        ws.cell(row + 1, index).border = Border(bottom=RULE)
        if not column["subheader"]:
            ws.cell(row, index).border = Border(bottom=RULE)
    for offset in (0, 1):
        ws.row_dimensions[row + offset].height = MARCHE_FONT * 1.17 + 6


def _indicator_sheet(workbook: Workbook, sheet: Content) -> None:
    """Titles, the two-row header (repeated), bold objective rows, borderless cell rows."""
    ws = workbook.create_sheet(sheet["name"])
    columns = sheet["columns"]
    widths = [float(c["width"]) for c in columns]
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ncols, total = len(columns), sum(widths)
    header = _title_rows(ws, sheet["title_rows"], ncols, total)
    _header_rows(ws, header, columns)
    row = header + 2
    for item in sheet["rows"]:
        if "heading" in item:
            cell = ws.cell(row, 1, item["text"])
            cell.font = Font(name=FONT_NAME, size=MARCHE_FONT, bold=True)
            cell.alignment = Alignment(vertical="bottom", wrap_text=True)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
            height = row_height([(item["text"], total)], MARCHE_FONT, True)
            ws.row_dimensions[row].height = height + 8  # room above, as a paragraph
        else:
            for index, text in enumerate(item["cells"], start=1):
                cell = ws.cell(row, index, text or None)
                cell.font = Font(name=FONT_NAME, size=MARCHE_FONT)
                horizontal = "left" if index <= 2 else "center"
                cell.alignment = Alignment(horizontal=horizontal, vertical="top", wrap_text=True)
            cells = list(zip(item["cells"], widths, strict=True))
            ws.row_dimensions[row].height = row_height(cells, MARCHE_FONT) + 3
        row += 1
    _portrait_setup(ws, ncols, row - 1)
    ws.print_title_rows = f"{header}:{header + 1}"


def _summary_sheet(workbook: Workbook, summary: Content) -> None:
    """A short title and the counts table, header ruled below, total row bold."""
    ws = workbook.create_sheet(summary["name"])
    columns = summary["columns"]
    widths = [float(c["width"]) for c in columns]
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    row = _title_rows(ws, summary["title_rows"], len(columns), sum(widths))
    for index, column in enumerate(columns, start=1):
        cell = ws.cell(row, index, column["header"])
        cell.font = Font(name=FONT_NAME, size=MARCHE_FONT, bold=True)
        cell.alignment = Alignment(horizontal="left" if index == 1 else "center")
        cell.border = Border(bottom=RULE)
    ws.row_dimensions[row].height = 18.0
    for item in summary["rows"]:
        row += 1
        for index, text in enumerate(item["cells"], start=1):
            cell = ws.cell(row, index, text)
            cell.font = Font(name=FONT_NAME, size=MARCHE_FONT, bold=bool(item.get("total")))
            cell.alignment = Alignment(horizontal="left" if index == 1 else "center")
        ws.row_dimensions[row].height = 16.0
    _portrait_setup(ws, len(columns), row)


def marche_workbook(content: Content) -> Workbook:
    """Prose sheet, borderless two-row-header indicator sheet, summary sheet."""
    workbook = new_workbook()
    _cover_sheet(workbook, content["cover"])
    _indicator_sheet(workbook, content["sheet"])
    _summary_sheet(workbook, content["summary"])
    return workbook
