"""Lay the Excel sample reports out as workbooks and export them to PDF with LibreOffice Calc.

``make_excel_samples.py`` reads a content file (see its docstring for the format) and
hands each sheet to :func:`build_workbook` together with a :class:`SheetStyle`: the page
setup and look its issuer would have used (orientation, fit to one page wide, header row
repeated on every page, print area, margins, printed gridlines, cell borders, fills, fonts,
wrapped text, page numbers in the footer).

LibreOffice does not recompute the height of wrapped rows when it opens an ``.xlsx``
written by openpyxl, so every row height is set here: the text of each cell is wrapped
greedily at spaces with the metrics of the font LibreOffice prints (``fc-match Arial``,
i.e. Liberation Sans), which never gives fewer lines than LibreOffice's own line breaking.

Needs openpyxl, Pillow (a dependency of pdfplumber), fontconfig's ``fc-match`` and
LibreOffice Calc (``soffice``, Debian package ``libreoffice-calc-nogui``).
"""

from __future__ import annotations

import math
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet
from PIL import ImageFont

FONT_NAME = "Arial"
#: Points per Excel column-width unit as LibreOffice prints them when the workbook's
#: Normal style is Arial 10 (measured: widths 10, 20 and 40 print 55.4, 111.0, 222.0 pt).
POINTS_PER_WIDTH_UNIT = 5.55
#: Line pitch of wrapped Liberation Sans text, per point of font size (ascent + descent).
LINE_PITCH = 1.17
#: Room left and right of the text in a cell (LibreOffice's indent, plus a safety margin).
CELL_PADDING_PT = 5.0
#: Room above and below the lines of a row.
ROW_PADDING_PT = 3.5
LEVELS = ("area", "strategic", "operational")

Sheet = dict[str, Any]
Row = dict[str, Any]


@dataclass(frozen=True)
class SheetStyle:
    """Page setup and look of one sheet, as an issuer's export would have them."""

    landscape: bool
    font_size: float
    header_fill: str  # RGB hex of the column header row
    header_font_color: str = "000000"
    heading_fills: dict[str, str] = field(default_factory=dict)  # per heading level
    row_fills: tuple[str, ...] = ()  # cycled over the indicator rows
    borders: bool = False  # thin borders around every table cell
    gridlines: bool = False  # print the sheet's gridlines
    margins_in: tuple[float, float, float, float] = (0.5, 0.5, 0.7, 0.7)  # l, r, top, bottom
    title_sizes: tuple[float, ...] = (13, 11, 9)
    page_header: str | None = None  # right part of the page header
    footer: str = "Pagina &P di &N"


# --------------------------------------------------------------------------- text metrics


@cache
def _font(bold: bool, italic: bool) -> ImageFont.FreeTypeFont:
    """Return the font LibreOffice prints for Arial in this style, at 1000 units per point."""
    style = "Bold" if bold else "Regular"
    style = ("Bold Italic" if bold else "Italic") if italic else style
    path = subprocess.run(
        ["fc-match", "-f", "%{file}", f"{FONT_NAME}:style={style}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return ImageFont.truetype(path, 1000)


def text_width(text: str, size: float, bold: bool = False, italic: bool = False) -> float:
    """Return the printed width of ``text`` in points."""
    return _font(bold, italic).getlength(text) * size / 1000


def count_lines(text: str, width_pt: float, measure: Callable[[str], float]) -> int:
    """Return how many lines ``text`` takes wrapped greedily at spaces in ``width_pt``."""
    lines = 0
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if current and measure(candidate) > width_pt:
                lines += math.ceil(measure(current) / width_pt)
                current = word
            else:
                current = candidate
        lines += max(1, math.ceil(measure(current) / width_pt))
    return lines


def row_height(cells: list[tuple[str, float]], size: float, bold: bool = False) -> float:
    """Return the height (pt) of a row of wrapped cells given as (text, width units)."""
    lines = 1
    for text, width in cells:
        if text:
            room = width * POINTS_PER_WIDTH_UNIT - CELL_PADDING_PT
            lines = max(lines, count_lines(text, room, lambda t: text_width(t, size, bold)))
    return round(lines * size * LINE_PITCH + ROW_PADDING_PT, 1)


# --------------------------------------------------------------------------- workbook


def _fill(rgb: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)


def _border(style: SheetStyle) -> Border:
    if not style.borders:
        return Border()
    thin = Side(style="thin", color="000000")
    return Border(left=thin, right=thin, top=thin, bottom=thin)


def new_workbook() -> Workbook:
    """Return an empty workbook whose Normal style is Arial 10 (the width unit above)."""
    workbook = Workbook()
    normal = next(s for s in workbook._named_styles if s.name == "Normal")
    normal.font = Font(name=FONT_NAME, size=10)
    workbook.remove(workbook.active)
    return workbook


def _merged_row(ws: Worksheet, row: int, text: str, ncols: int, style: SheetStyle) -> None:
    """Write ``text`` into a row merged across the table, with a border on every cell."""
    ws.cell(row, 1, text)
    for column in range(1, ncols + 1):
        ws.cell(row, column).border = _border(style)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)


def add_sheet(workbook: Workbook, sheet: Sheet, style: SheetStyle) -> int:
    """Lay one content sheet out as a worksheet; return the row number of its header row.

    Title rows first (issuer, report title, subtitle), a blank row, the column header
    row (repeated on every printed page), then the content rows: headings and section
    rows merged across the table and shaded by level, cell rows wrapped and top aligned.
    """
    ws = workbook.create_sheet(sheet["name"])
    columns = sheet["columns"]
    ncols = len(columns)
    widths = [float(c["width"]) for c in columns]
    total_width = sum(widths)
    size = style.font_size
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width

    row = 1
    for index, text in enumerate(sheet["title_rows"]):
        title_size = style.title_sizes[min(index, len(style.title_sizes) - 1)]
        ws.cell(row, 1, text).font = Font(name=FONT_NAME, size=title_size, bold=index < 2)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        ws.row_dimensions[row].height = row_height([(text, total_width)], title_size, True)
        row += 1
    ws.row_dimensions[row].height = size * 1.5
    row += 1

    header_row = row
    header_font = Font(name=FONT_NAME, size=size, bold=True, color=style.header_font_color)
    for index, column in enumerate(columns, start=1):
        cell = ws.cell(row, index, column["header"] or None)
        cell.font = header_font
        cell.fill = _fill(style.header_fill)
        cell.border = _border(style)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    header_cells = [(c["header"], float(c["width"])) for c in columns]
    ws.row_dimensions[row].height = row_height(header_cells, size, bold=True) + 2
    row += 1

    data_rows = 0
    for item in sheet["rows"]:
        if "heading" in item or "section" in item:
            level = item.get("heading", "section")
            text = item["text"]
            _merged_row(ws, row, text, ncols, style)
            first = ws.cell(row, 1)
            first.font = Font(name=FONT_NAME, size=size, bold=True, italic=level == "operational")
            first.alignment = Alignment(vertical="center", wrap_text=True)
            if level in style.heading_fills:
                for column in range(1, ncols + 1):
                    ws.cell(row, column).fill = _fill(style.heading_fills[level])
            ws.row_dimensions[row].height = row_height([(text, total_width)], size, True) + 1
        else:
            cells = item["cells"]
            if len(cells) != ncols:
                raise ValueError(f"row has {len(cells)} cells, not {ncols}: {cells[:2]}")
            bold = bool(item.get("total"))
            fill = style.row_fills[data_rows % len(style.row_fills)] if style.row_fills else None
            for index, (text, column) in enumerate(zip(cells, columns, strict=True), start=1):
                cell = ws.cell(row, index, text or None)
                cell.font = Font(name=FONT_NAME, size=size, bold=bold)
                cell.border = _border(style)
                horizontal = column.get("align", "left")
                cell.alignment = Alignment(horizontal=horizontal, vertical="top", wrap_text=True)
                if fill:
                    cell.fill = _fill(fill)
            ws.row_dimensions[row].height = row_height(
                [(text, float(c["width"])) for text, c in zip(cells, columns, strict=True)],
                size,
                bold,
            )
            data_rows += 1
        row += 1

    _page_setup(ws, style, header_row, f"A1:{get_column_letter(ncols)}{row - 1}")
    return header_row


def _page_setup(ws: Worksheet, style: SheetStyle, header_row: int, area: str) -> None:
    """A4, orientation, one page wide, header row on every page, margins, footer."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if style.landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.print_area = area
    ws.print_options.gridLines = style.gridlines
    ws.print_options.horizontalCentered = False
    left, right, top, bottom = style.margins_in
    ws.page_margins = PageMargins(
        left=left, right=right, top=top, bottom=bottom, header=0.3, footer=0.3
    )
    ws.oddFooter.center.text = style.footer
    ws.oddFooter.center.size = 8
    ws.oddFooter.center.font = FONT_NAME
    if style.page_header:
        ws.oddHeader.right.text = style.page_header
        ws.oddHeader.right.size = 8
        ws.oddHeader.right.font = f"{FONT_NAME},Italic"
    ws.freeze_panes = ws.cell(header_row + 1, 1)
