"""The indicator tables of the Calc formats: header rows (one, two where columns share a
``group`` or a year, labels turned 90°), headings merged across, indicator rows, and
hierarchy cells merged down over the rows they head."""

from __future__ import annotations

from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from .metrics import FONT_NAME, row_height, text_width
from .records import LEVELS, Content, Sheet
from .workbook import (
    BOX,
    SheetStyle,
    cell_border,
    fill,
    merged_cells_setup,
    merged_row,
    page_setup,
    portrait_setup,
    set_widths,
    title_rows,
)


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
            merged_row(ws, row, text, ncols, style)
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
                cell.border = cell_border(style)
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
    page_setup(ws, style, (header_row, header_count), area)
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
            cell.font, cell.fill, cell.border = font, fill(style.header_fill), cell_border(style)
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


def rotated_header_table(
    ws: Worksheet,
    row: int,
    sheet: Content,
    size: float,
    header_fill: str,
    borders: bool,
    heading_fills: dict[str, str],
) -> tuple[int, int]:
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


SIZE = 9.0


def merged_cells_titles(ws: Worksheet, sheet: Content, header_fill: str) -> int:
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
    header_row = merged_cells_titles(ws, sheet, sheet["header_fill"])
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


Block = tuple[int, int, int, str]  # column index, first row index, last row index, text


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


YEAR_GROUPS_FONT = 10.0
RULE = Side(style="medium", color="000000")


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


def year_groups_sheet(workbook: Workbook, sheet: Content, footer: str) -> None:
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
    portrait_setup(ws, ncols, row - 1, footer)
    ws.print_title_rows = f"{header}:{header + 1}"
