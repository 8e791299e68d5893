"""openpyxl building blocks: the :class:`SheetStyle` of a sheet, a workbook in Arial 10,
fills and borders, column widths, title rows and the print set-up (A4, one page wide,
margins, rows repeated atop every page, page header and footer)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from .metrics import FONT_NAME, row_height


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
    page_header: str | None = None  # the page header's text, on its ``header_side``
    footer: str = "Pagina &P di &N"
    header_side: str = "right"
    footer_side: str = "center"


def cell_border(style: SheetStyle) -> Border:
    """Thin black borders around a cell if the style draws them, else none."""
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


def merged_row(ws: Worksheet, row: int, text: str, ncols: int, style: SheetStyle) -> None:
    """Write ``text`` into a row merged across the table, with a border on every cell."""
    ws.cell(row, 1, text)
    for column in range(1, ncols + 1):
        ws.cell(row, column).border = cell_border(style)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)


def fill(rgb: str) -> PatternFill:
    """A solid fill of colour ``rgb`` (hex)."""
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)


def print_setup(
    ws: Worksheet,
    area: str,
    margins: tuple[float, float, float, float],
    *,
    landscape: bool = False,
    gridlines: bool = False,
    title_rows: str | None = None,
    footer: str | None = None,
    footer_font: str | None = FONT_NAME,
    edge: float | None = 0.3,
) -> None:
    """Print ``area`` on A4 one page wide: orientation, gridlines, margins (inches: left,
    right, top, bottom; ``edge`` for the header and footer, None: Calc's own), rows
    repeated atop every page, a centred 8 pt footer."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    if title_rows:
        ws.print_title_rows = title_rows
    ws.print_area = area
    ws.print_options.gridLines = gridlines
    left, right, top, bottom = margins
    edges = {} if edge is None else {"header": edge, "footer": edge}
    ws.page_margins = PageMargins(left=left, right=right, top=top, bottom=bottom, **edges)
    if footer is not None:
        ws.oddFooter.center.text = footer
        ws.oddFooter.center.size = 8
        if footer_font:
            ws.oddFooter.center.font = footer_font


def page_setup(ws: Worksheet, style: SheetStyle, header: tuple[int, int], area: str) -> None:
    """A4, orientation, one page wide, header rows (first, count) on every page, margins,
    page header and footer."""
    first, count = header
    print_setup(ws, area, style.margins_in, landscape=style.landscape, gridlines=style.gridlines,
                title_rows=f"{first}:{first + count - 1}", footer=None)  # fmt: skip
    ws.print_options.horizontalCentered = False
    footer = getattr(ws.oddFooter, style.footer_side)
    footer.text, footer.size, footer.font = style.footer, 8, FONT_NAME
    if style.page_header:
        side = getattr(ws.oddHeader, style.header_side)
        side.text, side.size, side.font = style.page_header, 8, f"{FONT_NAME},Italic"
    ws.freeze_panes = ws.cell(first + count, 1)


def set_widths(ws: Worksheet, columns: list[dict[str, Any]]) -> list[float]:
    """Give the sheet's columns their ``width`` (Calc character units); return them."""
    widths = [float(c["width"]) for c in columns]
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    return widths


def title_rows(
    ws: Worksheet, titles: list[str], ncols: int, width: float, last: float = 10.0,
    gap: float = 14.0,
) -> int:  # fmt: skip
    """Title rows merged across the table (13, 11, then ``last`` pt; the first two bold,
    or a lone one), then a blank row ``gap`` pt high; return the next row."""
    row = 1
    for index, text in enumerate(titles):
        size = (13.0, 11.0, last)[min(index, 2)]
        cell = ws.cell(row, 1, text)
        cell.font = Font(name=FONT_NAME, size=size, bold=index < 2 or len(titles) == 1)
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        ws.row_dimensions[row].height = row_height([(text, width)], size, True) + 2
        row += 1
    ws.row_dimensions[row].height = gap
    return row + 1


def style_of(options: dict[str, Any]) -> SheetStyle:
    """A :class:`SheetStyle` from a content's options (JSON lists as tuples)."""
    values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in options.items()}
    return SheetStyle(**values)


THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def sheet_setup(ws: Worksheet, landscape: bool, gridlines: bool, ncols: int, last: int,
                footer: str, header_row: int | None = None) -> None:  # fmt: skip
    """A4, orientation, one page wide, margins, footer, optionally a repeated header row."""
    rows = f"{header_row}:{header_row}" if header_row else None
    area, margins = f"A1:{get_column_letter(ncols)}{last}", (0.6, 0.6, 0.8, 0.8)
    print_setup(ws, area, margins, landscape=landscape, gridlines=gridlines, title_rows=rows,
                footer=footer)  # fmt: skip


def merged_cells_setup(ws: Worksheet, header_row: int, last_row: int, ncols: int) -> None:
    """A4 landscape, one page wide, header row on every page, gridlines, page numbers."""
    area = f"A1:{get_column_letter(ncols)}{last_row}"
    print_setup(ws, area, (0.5, 0.5, 0.7, 0.7), landscape=True, gridlines=True,
                title_rows=f"{header_row}:{header_row}", footer="Pagina &P di &N",
                footer_font=None)  # fmt: skip


YEAR_GROUPS_MARGINS = (0.7, 0.6, 0.8, 0.8)  # left, right, top, bottom (inches)


def portrait_setup(ws: Worksheet, last_column: int, last_row: int, footer: str) -> None:
    """A4 portrait, one page wide, no gridlines, footer with the page number."""
    area = f"A1:{get_column_letter(last_column)}{last_row}"
    print_setup(ws, area, YEAR_GROUPS_MARGINS, footer=footer)
