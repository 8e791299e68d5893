"""The spreadsheet renderer: a workbook as an office lays it out in openpyxl, printed by
LibreOffice Calc (:mod:`office`), and read back.

A content says ``"renderer": "calc"`` and gives its ``layout``: the ``format`` of its
table (:data:`FORMATS`) and its options, among them the fields of a :class:`SheetStyle`
(orientation, fonts, fills, rules, gridlines, margins, page header and footer) by name.
The ``sheets`` format is the general one: sheets of title rows, a header row (two where
columns share a ``group``), headings merged across the table and indicator rows
(:func:`add_sheet`), hierarchy columns merged down (``merge_down``), a prose sheet; its
records come from the columns' fields and years (:func:`sheets_build_records`), as do
those of ``turned`` (header labels turned 90°, a strategic objective a page) and
``year_groups`` (a header of years over their columns, ruled below). ``merged_cells``
prints area and objective names without codes merged down over their rows.

Calc does not recompute row heights, so they are set here from the wrapped text
(measured with the Liberation fonts through Pillow). The printed table is read back by
its columns (:func:`readback.read_pages`, :func:`readback.locate_rows`).
"""

from __future__ import annotations

import math
import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet
from PIL import ImageFont

from . import truth
from .office import print_pdf
from .readback import Band, filled_header, horizontal_rules, locate_rows, read_pages, rows_apart
from .truth import (
    RECORD_KEYS,
    Record,
    check_met,
    check_parsed,
    check_percent,
    checked_met,
    load_content,
    new_record,
    percent_of,
    plain,
    value_fields,
    write_truth,
)

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
Content = dict[str, Any]

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


# --------------------------------------------------------------------------- layouts
#
# A content's ``layout`` names its ``format`` (a function of :data:`FORMATS`, which lays
# the workbook out and builds the records) and holds the options: ``styles`` (the
# :class:`SheetStyle` fields of each sheet style by name) or ``style``, fills, footers.


def style_of(options: dict[str, Any]) -> SheetStyle:
    """A :class:`SheetStyle` from a content's options (JSON lists as tuples)."""
    values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in options.items()}
    return SheetStyle(**values)


@dataclass(frozen=True)
class Table:
    """A laid-out workbook and what finds its records in the PDF: the indicator sheet's
    columns, the rows to find (one per group of records) and its header on a page."""

    workbook: Workbook
    columns: list[dict[str, Any]]
    rows: list[Row]
    records: list[list[Record]]
    header: Callable[[Any], Band | None]


STATUS_TEXTS = {
    "Raggiunto": "achieved",
    "Parzialmente raggiunto": "partially_achieved",
    "Non raggiunto": "not_achieved",
    "Sospeso": "suspended",
}
#: Fields whose record value is the cell as printed.
TEXT_FIELDS = (
    "indicator_code", "indicator", "type", "unit", "baseline", "formula", "data_source", "notes",
    "target", "actual",
)  # fmt: skip

# =============================================================================== format: sheets


def heading_context(level: str, code: str, title: str, area: Record | None) -> Record:
    """Hierarchy fields under a heading; without printed areas the code's first segment."""
    if level == "area":
        return truth.objective_context(level, code, title, (code, title))
    printed = (area["area_code"], area["area_title"]) if area else None
    return truth.objective_context(level, code, title, printed)


def indicator_records(row: Row, columns: list[dict[str, Any]], context: Record) -> list[Record]:
    """One record per year named in the column headers, in ascending order (the values
    written by hand in the row's ``years``); without years one, its values in the row."""
    years: list[int | None] = sorted({c["year"] for c in columns if c.get("year")})
    records = []
    for year in years or [None]:
        annotated = row["years"][str(year)] if year else row
        label = f"{row['cells'][1][:40]!r} {year}"
        record: Record = dict.fromkeys(RECORD_KEYS)
        weight = annotated.get("weight", row.get("weight"))  # a weight a year, or one
        record.update(context, year=year, weight=weight)
        for column, cell in zip(columns, row["cells"], strict=True):
            name, column_year = column["field"], column.get("year")
            if column_year not in (None, year):
                continue
            text = plain(cell)
            what = f"{label} {name}"
            if name in TEXT_FIELDS:
                record[name] = text
            if name in ("target", "actual"):
                check_parsed(annotated.get(name), cell, what)
                parsed = annotated.get(name) or [None] * 4
                for key, value in zip(
                    ("operator", "value", "value_max", "unit"), parsed, strict=True
                ):
                    record[f"{name}_{key}"] = value
            elif name == "achievement":
                record["achievement"] = annotated.get("achievement")
                if record["achievement"] != percent_of(cell):
                    raise ValueError(f"{what}: achievement {record['achievement']} vs {cell!r}")
            elif name == "weight" and weight != percent_of(text, sign=False):
                raise ValueError(f"{what}: weight annotated {weight} for {cell!r}")
            elif name == "status":
                record.update(status=row["status"], status_text=text)
                if STATUS_TEXTS.get(text or "") != row["status"]:
                    raise ValueError(f"{what}: status {row['status']!r} for {cell!r}")
        record["met"] = checked_met(label, annotated.get("met"), record)
        records.append(record)
    return records


def sheets_build_records(sheet: dict[str, Any]) -> list[tuple[Row, list[Record]]]:
    """Return every indicator row of the sheet with its records (one per year)."""
    columns = sheet["columns"]
    groups: list[tuple[Row, list[Record]]] = []
    context: Record = {}
    area: Record | None = None
    objective_column = next((i for i, c in enumerate(columns) if c["field"] == "objective"), None)
    levels = [(i, c["field"]) for i, c in enumerate(columns) if c["field"] in LEVELS]
    for row in sheet["rows"]:
        if "heading" in row:
            level, code, title = row["heading"], row["code"], row["title"]
            if level not in LEVELS or code not in row["text"] or title not in row["text"]:
                raise ValueError(f"bad heading {row}")
            context = heading_context(level, code, title, area)
            area = context if level == "area" else area
            continue
        if objective_column is not None and row["cells"][objective_column]:
            level, code, title = row["objective"]
            printed = row["cells"][objective_column]
            if level not in LEVELS or code not in printed or title not in printed:
                raise ValueError(f"objective cell does not print {row['objective']}")
            context = heading_context(level, code, title, area)
        for index, level in levels:  # hierarchy columns: ``code – title`` cells
            context = heading_context(level, *split_code(row["cells"][index]), area)
            area = context if level == "area" else area
        groups.append((row, indicator_records(row, columns, context)))
    return groups


def sheets_table(content: Content, layout: Content) -> Table:
    """The ``sheets`` format: sheets of title rows, a header row (two where columns have
    a ``group``), headings merged across the table and indicator rows (:func:`add_sheet`),
    each in its named style; a ``prose`` sheet prints a cover. The first table sheet holds
    the indicators, the others print without records. With ``merge_down`` its hierarchy
    columns (``area``, ``strategic``, ``operational``: ``code – title`` cells) are merged
    down over the rows that share them."""
    styles = {name: style_of(options) for name, options in layout["styles"].items()}
    tables = [sheet for sheet in content["sheets"] if "prose" not in sheet]
    groups = sheets_build_records(tables[0])
    workbook = new_workbook()
    for sheet in content["sheets"]:
        style = styles[sheet["style"]]
        if "prose" in sheet:
            prose_sheet(workbook, sheet["prose"], style)
        elif sheet is tables[0] and layout.get("merge_down"):
            merge_down(workbook, sheet, style, add_sheet(workbook, sheet, style))
        else:
            add_sheet(workbook, sheet, style)
    rows, records = [row for row, _ in groups], [group for _, group in groups]
    if layout.get("merge_down"):  # a merged cell is found on its first row only
        merged = [i for i, c in enumerate(tables[0]["columns"]) if c["field"] in LEVELS]
        rows = [{"cells": ["" if i in merged else t for i, t in enumerate(r["cells"])]}
                for r in rows]  # fmt: skip
    header = filled_header(styles[tables[0]["style"]].header_fill)
    return Table(workbook, tables[0]["columns"], rows, records, header)


# =============================================================================== format: turned
# The ``turned`` format: a header row whose labels may be turned 90° (``rotated``
# columns), heading rows merged across and filled by level (``heading_fills``), each
# strategic objective on a new page; optionally a cover sheet and a budget sheet.

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _setup(ws: Worksheet, landscape: bool, gridlines: bool, ncols: int, last: int,
           footer: str, header_row: int | None = None) -> None:  # fmt: skip
    """A4, orientation, one page wide, margins, footer, optionally a repeated header row."""
    rows = f"{header_row}:{header_row}" if header_row else None
    area, margins = f"A1:{get_column_letter(ncols)}{last}", (0.6, 0.6, 0.8, 0.8)
    print_setup(ws, area, margins, landscape=landscape, gridlines=gridlines, title_rows=rows,
                footer=footer)  # fmt: skip


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
        cell.fill = fill(header_fill)
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
                    ws.cell(row, column).fill = fill(heading_fills[level])
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


def turned_workbook(content: Content, layout: Content) -> Workbook:
    """The optional cover sheet, the indicator sheet, the optional budget sheet."""
    workbook = new_workbook()
    size, footer, style = 10.0, layout["footer"], style_of(layout["style"])
    if "cover" in content:
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
    widths = set_widths(ws, sheet["columns"])
    ncols = len(widths)
    start = title_rows(ws, sheet["title_rows"], ncols, sum(widths), 9.0, 12.0)
    fills = style.heading_fills
    header_row, last = _table(ws, start, sheet, size, style.header_fill, style.borders, fills)
    _setup(ws, style.landscape, style.gridlines, ncols, last, footer, header_row)
    if "budget" not in content:
        return workbook
    budget = content["budget"]
    wb = workbook.create_sheet(budget["name"])
    widths = set_widths(wb, budget["columns"])
    row = title_rows(wb, budget["title_rows"], len(widths), sum(widths), 9.0, 12.0)
    for index, column in enumerate(budget["columns"], start=1):
        cell = wb.cell(row, index, column["header"])
        cell.font = Font(name=FONT_NAME, size=size, bold=True)
        cell.fill = fill(layout["budget_fill"])
        cell.alignment = Alignment(horizontal="left" if index == 1 else "center")
    wb.row_dimensions[row].height = 16.0
    for cells in budget["rows"]:
        row += 1
        for index, text in enumerate(cells, start=1):
            cell = wb.cell(row, index, text)
            cell.font = Font(name=FONT_NAME, size=size, bold=cells[0] == "Totale")
            cell.alignment = Alignment(horizontal="left" if index == 1 else "right")
        wb.row_dimensions[row].height = 15.0
    _setup(wb, False, True, len(widths), row, footer)
    return workbook


def turned_table(content: Content, layout: Content) -> Table:
    """The ``turned`` format, its records those of :func:`sheets_build_records`."""
    sheet = content["sheet"]
    groups = sheets_build_records(sheet)
    rows, records = [row for row, _ in groups], [group for _, group in groups]
    header = filled_header(layout["style"]["header_fill"])
    return Table(turned_workbook(content, layout), sheet["columns"], rows, records, header)


# ========================================================================= format: merged cells
# The ``merged_cells`` format: area and objective names without codes merged down over
# their indicator rows, printed gridlines, then a budget sheet.

SIZE = 9.0


def _titles(ws: Worksheet, sheet: Content, header_fill: str) -> int:
    """Write the title rows, a gap and the shaded header row; return the header row."""
    ncols = len(sheet["widths"])
    for index, width in enumerate(sheet["widths"], start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    row = 1
    for index, text in enumerate(sheet["title_rows"]):
        ws.cell(row, 1, text).font = Font(
            name=FONT_NAME, size=12 if index < 2 else 10, bold=index < 2
        )
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        ws.row_dimensions[row].height = 18
        row += 1
    ws.row_dimensions[row].height = 10
    row += 1
    for index, label in enumerate(sheet["header"], start=1):
        cell = ws.cell(row, index, label)
        cell.font = Font(name=FONT_NAME, size=SIZE, bold=True)
        cell.fill = fill(header_fill)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[row].height = 20
    return row


def merged_cells_setup(ws: Worksheet, header_row: int, last_row: int, ncols: int) -> None:
    """A4 landscape, one page wide, header row on every page, gridlines, page numbers."""
    area = f"A1:{get_column_letter(ncols)}{last_row}"
    print_setup(ws, area, (0.5, 0.5, 0.7, 0.7), landscape=True, gridlines=True,
                title_rows=f"{header_row}:{header_row}", footer="Pagina &P di &N",
                footer_font=None)  # fmt: skip


def _write_merged(ws: Worksheet, column: int, first: int, last: int, text: str) -> None:
    """Write ``text`` in a cell merged down from ``first`` to ``last`` (one row: no merge)."""
    cell = ws.cell(first, column, text)
    cell.font = Font(name=FONT_NAME, size=SIZE, bold=column == 1)
    cell.alignment = Alignment(vertical="center", wrap_text=True)
    if last > first:
        ws.merge_cells(start_row=first, start_column=column, end_row=last, end_column=column)


def add_objectives_sheet(workbook: Any, sheet: Content) -> None:
    """Lay the indicator table out with Area and Obiettivo merged down over their rows."""
    ws = workbook.create_sheet(sheet["name"])
    widths = sheet["widths"]
    header_row = _titles(ws, sheet, sheet["header_fill"])
    row = header_row + 1
    for area in sheet["areas"]:
        if area.get("page_break_before"):
            ws.row_breaks.append(Break(id=row - 1))
        area_first = row
        for objective in area["objectives"]:
            first = row
            for item in objective["indicators"]:
                for offset, text in enumerate(item["cells"]):
                    cell = ws.cell(row, 3 + offset, text)
                    cell.font = Font(name=FONT_NAME, size=SIZE)
                    horizontal = "left" if offset == 0 else "center"
                    cell.alignment = Alignment(
                        horizontal=horizontal, vertical="top", wrap_text=True
                    )
                cells = list(zip(item["cells"], widths[2:], strict=True))
                ws.row_dimensions[row].height = row_height(cells, SIZE)
                row += 1
            _write_merged(ws, 2, first, row - 1, objective["objective"])
            _fit(ws, first, row - 1, row_height([(objective["objective"], widths[1])], SIZE))
        _write_merged(ws, 1, area_first, row - 1, area["area"])
        _fit(ws, area_first, row - 1, row_height([(area["area"], widths[0])], SIZE, bold=True))
    merged_cells_setup(ws, header_row, row - 1, len(widths))


def _fit(ws: Worksheet, first: int, last: int, needed: float) -> None:
    """Make rows ``first``..``last`` together at least ``needed`` points high."""
    total = sum(ws.row_dimensions[r].height for r in range(first, last + 1))
    if total < needed:
        ws.row_dimensions[last].height += round(needed - total + 2, 1)


def add_budget_sheet(workbook: Any, sheet: Content) -> None:
    """Lay the budget table out: account, description and two amounts per row."""
    ws = workbook.create_sheet(sheet["name"])
    header_row = _titles(ws, sheet, sheet["header_fill"])
    row = header_row + 1
    for cells in sheet["rows"]:
        for index, text in enumerate(cells, start=1):
            cell = ws.cell(row, index, text)
            cell.font = Font(name=FONT_NAME, size=SIZE)
            cell.alignment = Alignment(horizontal="right" if index > 2 else "left")
        ws.row_dimensions[row].height = 15
        row += 1
    merged_cells_setup(ws, header_row, row - 1, len(sheet["widths"]))


def merged_cells_records(content: Content) -> list[Record]:
    """Make one record per indicator row (pages unset), hand-written values re-checked."""
    records = []
    for area in content["sheets"][0]["areas"]:
        for objective in area["objectives"]:
            context = {
                "area_code": None,  # the area is printed by name only
                "area_title": plain(area["area"]),
                "objective_level": "strategic",  # no level word, under an area
                "objective_code": None,
                "objective_title": plain(objective["objective"]),
            }
            for item in objective["indicators"]:
                indicator, peso, atteso, raggiunto, _score = item["cells"]
                parsed = item["parsed"]
                where = f"{indicator:.40}"
                check_percent(peso, parsed["weight"], f"{where} weight")
                record = new_record(context, indicator=plain(indicator), weight=parsed["weight"])
                record.update(target=plain(atteso), actual=plain(raggiunto), met=parsed["met"])
                record.update(value_fields("target", parsed["target"], atteso, where))
                record.update(value_fields("actual", parsed["actual"], raggiunto, where))
                records.append(check_met(record))
    weights = sum(record["weight"] for record in records)
    if weights != 100:
        raise ValueError(f"indicator weights add up to {weights}, not 100")
    return records


def indicator_rows(content: Content) -> list[dict[str, Any]]:
    """Return every indicator row as the seven cells of its printed table row."""
    return [
        {"cells": [None, None, *item["cells"]]}
        for area in content["sheets"][0]["areas"]
        for objective in area["objectives"]
        for item in objective["indicators"]
    ]


def merged_cells_table(content: Content, layout: Content) -> Table:
    """The ``merged_cells`` format, one record a row."""
    workbook = new_workbook()
    objectives, budget = content["sheets"]
    add_objectives_sheet(workbook, objectives)
    add_budget_sheet(workbook, budget)
    fields = zip(objectives["fields"], objectives["widths"], strict=True)
    columns = [{"field": field or "extra", "width": width} for field, width in fields]
    records = [[record] for record in merged_cells_records(content)]
    header = filled_header(objectives["header_fill"])
    return Table(workbook, columns, indicator_rows(content), records, header)


# --------------------------------------------------------------------------- merged down, prose

Block = tuple[int, int, int, str]  # column index, first row index, last row index, text
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


def merge_down(workbook: Workbook, sheet: Content, style: SheetStyle, header_row: int) -> None:
    """Merge the sheet's hierarchy cells down over the rows that share them, the rows made
    high enough for the merged text."""
    ws = workbook[sheet["name"]]
    columns, size = sheet["columns"], style.font_size
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


def prose_sheet(workbook: Workbook, cover: Content, style: SheetStyle) -> None:
    """Title lines, a bold heading and wrapped prose paragraphs in one wide column."""
    ws = workbook.create_sheet(cover["name"])
    ws.column_dimensions["A"].width = COVER_WIDTH
    lines = [
        (text, size, True) for text, size in zip(cover["lines"][:2], (18.0, 15.0), strict=True)
    ]
    lines += [(text, 10.0, False) for text in cover["lines"][2:]]
    items = [*lines, ("", 10.0, False), (cover["heading"], 12.0, True)]
    items += [(text, 10.0, False) for text in cover["paragraphs"]]
    for row, (text, size, bold) in enumerate(items, start=1):
        cell = ws.cell(row, 1, text or None)
        cell.font = Font(name=FONT_NAME, size=size, bold=bold, italic=row == 3)
        cell.alignment = Alignment(vertical="top", wrap_text=True, horizontal="justify")
        height = row_height([(text, COVER_WIDTH)], size, bold) if text else 24.0
        ws.row_dimensions[row].height = height + (8.0 if row > 3 else 14.0)
    left, right, top, bottom = style.margins_in
    margins = (left, right, top + 1.2, bottom)
    print_setup(ws, f"A1:A{len(items)}", margins, footer=style.footer, edge=None)


def split_code(text: str, label: str = "") -> tuple[str, str]:
    """``label code – title`` → (code, title)."""
    match = re.fullmatch(rf"{label}(\S+) – (.+)", text)
    if not match:
        raise ValueError(f"not '{label}code – title': {text!r}")
    return match.group(1), match.group(2)


# ========================================================================== format: year groups
# The ``year_groups`` format: a prose sheet, the indicator sheet borderless but for a
# rule under its two header rows (each year merged over its columns above their labels,
# the other labels merged down), bold objective rows, then a summary sheet.

YEAR_GROUPS_FONT = 10.0
YEAR_GROUPS_MARGINS = (0.7, 0.6, 0.8, 0.8)  # left, right, top, bottom (inches)
SECTIONS_WIDTH = 92.0
RULE = Side(style="medium", color="000000")


def _portrait_setup(ws: Worksheet, last_column: int, last_row: int, footer: str) -> None:
    """A4 portrait, one page wide, no gridlines, footer with the page number."""
    area = f"A1:{get_column_letter(last_column)}{last_row}"
    print_setup(ws, area, YEAR_GROUPS_MARGINS, footer=footer)


def sections_sheet(workbook: Workbook, cover: Content, footer: str) -> None:
    """Title lines and numbered sections of justified prose in one wide column."""
    ws = workbook.create_sheet(cover["name"])
    ws.column_dimensions["A"].width = SECTIONS_WIDTH
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
        ws.row_dimensions[row].height = row_height([(text, SECTIONS_WIDTH)], size, bold) + after
    _portrait_setup(ws, 1, len(items), footer)


def year_group_header(ws: Worksheet, row: int, columns: list[Content]) -> None:
    """Two header rows: top labels (years merged over two columns), sub-labels, rule below."""
    font = Font(name=FONT_NAME, size=YEAR_GROUPS_FONT, bold=True)
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
        ws.row_dimensions[row + offset].height = YEAR_GROUPS_FONT * 1.17 + 6


def _year_groups_sheet(workbook: Workbook, sheet: Content, footer: str) -> None:
    """Titles, the two-row header (repeated), bold objective rows, borderless cell rows."""
    ws = workbook.create_sheet(sheet["name"])
    columns = sheet["columns"]
    widths = set_widths(ws, columns)
    ncols, total = len(columns), sum(widths)
    header = title_rows(ws, sheet["title_rows"], ncols, total)
    year_group_header(ws, header, columns)
    row = header + 2
    for item in sheet["rows"]:
        if "heading" in item:
            cell = ws.cell(row, 1, item["text"])
            cell.font = Font(name=FONT_NAME, size=YEAR_GROUPS_FONT, bold=True)
            cell.alignment = Alignment(vertical="bottom", wrap_text=True)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
            height = row_height([(item["text"], total)], YEAR_GROUPS_FONT, True)
            ws.row_dimensions[row].height = height + 8  # room above, as a paragraph
        else:
            for index, text in enumerate(item["cells"], start=1):
                cell = ws.cell(row, index, text or None)
                cell.font = Font(name=FONT_NAME, size=YEAR_GROUPS_FONT)
                horizontal = "left" if index <= 2 else "center"
                cell.alignment = Alignment(horizontal=horizontal, vertical="top", wrap_text=True)
            cells = list(zip(item["cells"], widths, strict=True))
            ws.row_dimensions[row].height = row_height(cells, YEAR_GROUPS_FONT) + 3
        row += 1
    _portrait_setup(ws, ncols, row - 1, footer)
    ws.print_title_rows = f"{header}:{header + 1}"


def _summary_sheet(workbook: Workbook, summary: Content, footer: str) -> None:
    """A short title and the counts table, header ruled below, total row bold."""
    ws = workbook.create_sheet(summary["name"])
    columns = summary["columns"]
    widths = set_widths(ws, columns)
    row = title_rows(ws, summary["title_rows"], len(columns), sum(widths))
    for index, column in enumerate(columns, start=1):
        cell = ws.cell(row, index, column["header"])
        cell.font = Font(name=FONT_NAME, size=YEAR_GROUPS_FONT, bold=True)
        cell.alignment = Alignment(horizontal="left" if index == 1 else "center")
        cell.border = Border(bottom=RULE)
    ws.row_dimensions[row].height = 18.0
    for item in summary["rows"]:
        row += 1
        for index, text in enumerate(item["cells"], start=1):
            cell = ws.cell(row, index, text)
            cell.font = Font(name=FONT_NAME, size=YEAR_GROUPS_FONT, bold=bool(item.get("total")))
            cell.alignment = Alignment(horizontal="left" if index == 1 else "center")
        ws.row_dimensions[row].height = 16.0
    _portrait_setup(ws, len(columns), row, footer)


def year_groups_workbook(content: Content) -> Workbook:
    """Prose sheet, borderless two-row-header indicator sheet, summary sheet."""
    workbook, footer = new_workbook(), content["layout"]["footer"]
    sections_sheet(workbook, content["cover"], footer)
    _year_groups_sheet(workbook, content["sheet"], footer)
    _summary_sheet(workbook, content["summary"], footer)
    return workbook


def _header_rule(raw: Any, first_labels: set[str]) -> tuple[dict[str, Any], float] | None:
    """The rule under a two-row header and the top of the header's first row, if any."""
    words = raw.extract_words(extra_attrs=["fontname"])
    for line in horizontal_rules(raw):
        above = [w for w in words if line["top"] - 45 < w["top"] < line["top"]]
        labels = [w for w in above if w["text"] in first_labels and "Bold" in w["fontname"]]
        if {w["text"] for w in labels} == first_labels:
            return line, min(w["top"] for w in labels)
    return None


def rule_header(columns: list[Content]) -> Callable[[Any], Band | None]:
    """A page's header rows as the rule under the header's first labels, in bold."""
    first_labels = {c["header"] for c in columns if c["header"]}

    def header(raw: Any) -> Band | None:
        found = _header_rule(raw, first_labels)
        if found is None:
            return None
        line, top = found
        return (top - 1.0, line["top"]), line["x0"], line["x1"]

    return header


def year_groups_table(content: Content, layout: Content) -> Table:
    """The ``year_groups`` format, its records those of :func:`sheets_build_records`."""
    groups = sheets_build_records(content["sheet"])
    rows, records = [row for row, _ in groups], [group for _, group in groups]
    columns = content["sheet"]["columns"]
    return Table(year_groups_workbook(content), columns, rows, records, rule_header(columns))


#: The table formats a content's ``layout`` may name.
FORMATS: dict[str, Callable[[Content, Content], Table]] = {
    "sheets": sheets_table,
    "turned": turned_table,
    "merged_cells": merged_cells_table,
    "year_groups": year_groups_table,
}


def make_sample(name: str, out: Path) -> list[str]:
    """Lay a sample's workbook out in its format, print it, find the page of every row,
    write the truth; return the rows that run into the next (a row height too low)."""
    content = load_content(name)
    table = FORMATS[content["layout"]["format"]](content, content["layout"])
    pdf_path = print_pdf(table.workbook, ".xlsx", out / f"{name}.pdf")
    pages = read_pages(pdf_path, [float(c["width"]) for c in table.columns], table.header)
    spans = locate_rows(pages, table.columns, table.rows)
    for group, (page, page_end, _, _) in zip(table.records, spans, strict=True):
        for record in group:
            record.update(page=page, page_end=page_end)
    write_truth(content, [r for group in table.records for r in group], pdf_path, len(pages))
    return rows_apart(spans)
