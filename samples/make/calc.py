"""The spreadsheet renderer's common parts: a workbook as an office lays it out in openpyxl,
printed by LibreOffice Calc, and read back.

A :class:`SheetStyle` is a set of layout options (orientation, fonts, fills, rules,
gridlines, repeated header rows); :func:`add_sheet` writes a sheet of headings and
indicator rows in its style. Calc does not recompute row heights, so they are set here from
the wrapped text (measured with the Liberation fonts through Pillow). Reading back,
:func:`read_pages` gives each page's characters by column and :func:`locate_rows` the pages
of each row.
"""

from __future__ import annotations

import math
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate, pairwise
from pathlib import Path
from typing import Any

import pdfplumber
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet
from PIL import ImageFont

from .truth import squash

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
    page_header: str | None = None  # the page header's text, on its ``header_side``
    footer: str = "Pagina &P di &N"
    header_side: str = "right"
    footer_side: str = "center"


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
    row (repeated on every printed page; two rows where columns have a ``group`` label
    over them), then the content rows: headings and section rows merged across the table
    and shaded by level, cell rows wrapped and top aligned (``align`` of a column; a
    ``percent`` column holds its printed ``20%`` as the number 0.2 in the format ``0%``).
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
    header_count = _header_rows(ws, row, columns, style)
    row += header_count

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
                    ws.cell(row, column).fill = fill(style.heading_fills[level])
            ws.row_dimensions[row].height = row_height([(text, total_width)], size, True) + 1
        else:
            cells = item["cells"]
            if len(cells) != ncols:
                raise ValueError(f"row has {len(cells)} cells, not {ncols}: {cells[:2]}")
            bold = bool(item.get("total"))
            zebra = style.row_fills[data_rows % len(style.row_fills)] if style.row_fills else None
            for index, (text, column) in enumerate(zip(cells, columns, strict=True), start=1):
                cell = ws.cell(row, index, text or None)
                cell.font = Font(name=FONT_NAME, size=size, bold=bold)
                cell.border = _border(style)
                horizontal = column.get("align", "left")
                cell.alignment = Alignment(horizontal=horizontal, vertical="top", wrap_text=True)
                if column.get("percent"):
                    cell.value = int(text.rstrip("%")) / 100 if text else None
                    cell.number_format = "0%"
                    cell.alignment = Alignment(horizontal=horizontal, vertical="top")
                if zebra:
                    cell.fill = fill(zebra)
            ws.row_dimensions[row].height = row_height(
                [(text, float(c["width"])) for text, c in zip(cells, columns, strict=True)],
                size,
                bold,
            )
            data_rows += 1
        row += 1

    area = f"A1:{get_column_letter(ncols)}{row - 1}"
    _page_setup(ws, style, (header_row, header_count), area)
    return header_row


def _header_rows(ws: Worksheet, row: int, columns: list[dict[str, Any]], style: SheetStyle) -> int:
    """Write the column header: one row, or two where columns have a ``group`` (its label
    merged across them above their own, the other labels merged down); return the rows."""
    size = style.font_size
    font = Font(name=FONT_NAME, size=size, bold=True, color=style.header_font_color)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    if not any(c.get("group") for c in columns):
        for index, column in enumerate(columns, start=1):
            cell = ws.cell(row, index, column["header"] or None)
            cell.font, cell.fill, cell.border = font, fill(style.header_fill), _border(style)
            cell.alignment = centre
        header_cells = [(c["header"], float(c["width"])) for c in columns]
        ws.row_dimensions[row].height = row_height(header_cells, size, bold=True) + 2
        return 1
    for index in range(1, len(columns) + 1):
        for offset in (0, 1):
            cell = ws.cell(row + offset, index)
            cell.font, cell.fill, cell.alignment = font, fill(style.header_fill), centre
    index = 1
    while index <= len(columns):
        group = columns[index - 1].get("group")
        if group is None:  # a label over both rows
            ws.cell(row, index, columns[index - 1]["header"])
            ws.merge_cells(start_row=row, start_column=index, end_row=row + 1, end_column=index)
            index += 1
            continue
        span = 1
        while index + span <= len(columns) and columns[index + span - 1].get("group") == group:
            span += 1
        ws.cell(row, index, group)
        ws.merge_cells(start_row=row, start_column=index, end_row=row, end_column=index + span - 1)
        for offset in range(span):
            ws.cell(row + 1, index + offset, columns[index - 1 + offset]["header"])
        index += span
    grouped = [c for c in columns if c.get("group")]
    lower = row_height([(c["header"], float(c["width"])) for c in grouped[:1]], size, bold=True)
    merged_down = [(c["header"], float(c["width"])) for c in columns if not c.get("group")]
    upper = max(row_height([(grouped[0]["group"], 10.0)], size, True),
                row_height(merged_down, size, True))  # fmt: skip
    ws.row_dimensions[row].height = max(upper - lower, lower) + 1
    ws.row_dimensions[row + 1].height = lower + 1
    return 2


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


def _page_setup(ws: Worksheet, style: SheetStyle, header: tuple[int, int], area: str) -> None:
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


Span = tuple[int, int, float, float]  # page, page_end (1-based), top, bottom
Char = tuple[float, float, str, float]  # top, bottom, text, x0


@dataclass(frozen=True)
class PageText:
    """What one printed page shows, as far as locating rows needs it."""

    number: int  # 1-based
    header_band: tuple[float, float] | None  # top and bottom of the printed header row
    columns: list[list[Char]]  # per sheet column, its characters in reading order
    ruled: bool  # the page draws lines (borders or gridlines)
    landscape: bool
    text: str  # the page's text


def _rgb(hex_color: str) -> tuple[float, float, float]:
    return tuple(int(hex_color[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def _is_color(color: Any, wanted: tuple[float, float, float]) -> bool:
    if not isinstance(color, tuple | list) or len(color) != 3:
        return False
    return all(abs(float(a) - b) < 0.01 for a, b in zip(color, wanted, strict=True))


def reading_order(chars: list[Char]) -> list[Char]:
    """Sort characters into lines (tops within 1.5 pt), top to bottom, left to right."""
    lines: list[list[Char]] = []
    for char in sorted(chars):
        if lines and abs(lines[-1][0][0] - char[0]) < 1.5:
            lines[-1].append(char)
        else:
            lines.append([char])
    return [char for line in lines for char in sorted(line, key=lambda c: c[3])]


Band = tuple[tuple[float, float], float, float]  # header top and bottom, table left, right


def filled_header(style: SheetStyle) -> Callable[[Any], Band | None]:
    """A page's header row as the rectangles filled in the style's header colour."""
    colour = _rgb(style.header_fill)

    def find(page: Any) -> Band | None:
        header = [r for r in page.rects if r["fill"] and _is_color(r["non_stroking_color"], colour)]
        if not header:
            return None
        top = min(r["top"] for r in header)
        header = [r for r in header if r["top"] < top + 2]
        band = (top, max(r["bottom"] for r in header))
        return band, min(r["x0"] for r in header), max(r["x1"] for r in header)

    return find


def read_pages(
    pdf_path: Path, widths: list[float], header: Callable[[Any], Band | None]
) -> list[PageText]:
    """Read every page, its characters by column where ``header`` finds the table's header
    row; pages without it (other sheets) get no columns."""
    edges_fraction = [w / sum(widths) for w in accumulate(widths)][:-1]
    pages = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            columns: list[list[Char]] = [[] for _ in widths]
            found = header(page)
            band = None
            if found:
                band, left, right = found
                edges = [left + f * (right - left) for f in edges_fraction]
                for char in page.chars:
                    if char["text"].strip():
                        column = sum(1 for edge in edges if char["x0"] >= edge - 0.5)
                        columns[column].append(
                            (char["top"], char["bottom"], char["text"], char["x0"])
                        )
                columns = [reading_order(chars) for chars in columns]
            pages.append(
                PageText(
                    number=page.page_number,
                    header_band=band,
                    columns=columns,
                    ruled=bool(page.lines) or any(r["stroke"] for r in page.rects),
                    landscape=page.width > page.height,
                    text=page.extract_text() or "",
                )
            )
    return pages


def _stream(page: PageText, column: int, from_top: float) -> tuple[str, list[Char]]:
    chars = [c for c in page.columns[column] if c[0] >= from_top]
    return "".join(c[2] for c in chars), chars


def _find_start(
    pages: list[PageText], column: int, text: str, page_index: int, from_top: float
) -> tuple[int, float]:
    """Return (page index, top) where ``text`` starts in ``column``, searching forward."""
    needle = squash(text)[:30]
    for index in range(page_index, len(pages)):
        stream, chars = _stream(pages[index], column, from_top if index == page_index else 0)
        found = stream.find(needle)
        if found >= 0:
            return index, chars[found][0]
    raise ValueError(f"row not found in the PDF: {text[:60]!r}")


def _find_end(
    pages: list[PageText], column: int, cell: str, page_index: int, top: float
) -> tuple[int, float]:
    """Return (page index, bottom) where a cell that starts at ``top`` ends.

    A cell continues on the next page when its column, from the row's top to the end of
    the page, holds only the beginning of its text; the rest then opens the column below
    the repeated header row.
    """
    wanted, index, from_top = squash(cell), page_index, top - 2
    while True:
        stream, chars = _stream(pages[index], column, from_top)
        if stream.startswith(wanted):
            return index, chars[len(wanted) - 1][1]
        band = pages[index + 1].header_band if index + 1 < len(pages) else None
        if not stream or not wanted.startswith(stream) or band is None:
            raise ValueError(f"cell not found in column {column} on page {index + 1}: {cell!r:.60}")
        wanted, index, from_top = wanted[len(stream) :], index + 1, band[1]


def locate_rows(
    pages: list[PageText], columns: list[dict[str, Any]], rows: list[dict[str, Any]]
) -> list[tuple[int, int, float, float]]:
    """Return (page, page_end, top, bottom) of every indicator row (pages 1-based)."""
    indicator = next(i for i, c in enumerate(columns) if c["field"] == "indicator")
    spans = []
    page_index, top = 0, 0.0
    for row in rows:
        page_index, top = _find_start(pages, indicator, row["cells"][indicator], page_index, top)
        end_index, bottom = page_index, top
        for column, cell in enumerate(row["cells"]):
            if cell and cell.strip():
                index, cell_bottom = _find_end(pages, column, cell, page_index, top)
                if (index, cell_bottom) > (end_index, bottom):
                    end_index, bottom = index, cell_bottom
        spans.append((page_index + 1, end_index + 1, top, bottom))
        top += 1
    return spans


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


def rows_apart(spans: list[Span]) -> list[str]:
    """Rows on one page must not run into the next one (a row height set too low)."""
    return [
        f"a row on page {page} runs into the next row"
        for (page, end, _, bottom), (next_page, _, next_top, _) in pairwise(spans)
        if page == end == next_page and bottom > next_top + 0.5
    ]
