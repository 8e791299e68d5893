"""The workbooks of the Calc formats around their indicator table: cover, prose,
budget and summary sheets."""

from __future__ import annotations

from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font

from .metrics import FONT_NAME, row_height
from .records import Content
from .tables import (
    RULE,
    SIZE,
    YEAR_GROUPS_FONT,
    merged_cells_titles,
    rotated_header_table,
    year_groups_sheet,
)
from .workbook import (
    SheetStyle,
    fill,
    merged_cells_setup,
    new_workbook,
    portrait_setup,
    print_setup,
    set_widths,
    sheet_setup,
    style_of,
    title_rows,
)


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
        sheet_setup(cover, False, False, 1, len(content["cover"]) * 2, footer)

    sheet = content["sheet"]
    ws = workbook.create_sheet(sheet["name"])
    widths = set_widths(ws, sheet["columns"])
    ncols = len(widths)
    start = title_rows(ws, sheet["title_rows"], ncols, sum(widths), 9.0, 12.0)
    fills = style.heading_fills
    header_row, last = rotated_header_table(
        ws, start, sheet, size, style.header_fill, style.borders, fills
    )
    sheet_setup(ws, style.landscape, style.gridlines, ncols, last, footer, header_row)
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
    sheet_setup(wb, False, True, len(widths), row, footer)
    return workbook


def add_budget_sheet(workbook: Any, sheet: Content) -> None:
    """Lay the budget table out: account, description and two amounts per row."""
    ws = workbook.create_sheet(sheet["name"])
    header_row = merged_cells_titles(ws, sheet, sheet["header_fill"])
    row = header_row + 1
    for cells in sheet["rows"]:
        for index, text in enumerate(cells, start=1):
            cell = ws.cell(row, index, text)
            cell.font = Font(name=FONT_NAME, size=SIZE)
            cell.alignment = Alignment(horizontal="right" if index > 2 else "left")
        ws.row_dimensions[row].height = 15
        row += 1
    merged_cells_setup(ws, header_row, row - 1, len(sheet["widths"]))


COVER_WIDTH = 95.0  # Excel width units of the cover sheet's single column


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


SECTIONS_WIDTH = 92.0


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
    portrait_setup(ws, 1, len(items), footer)


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
    portrait_setup(ws, len(columns), row, footer)


def year_groups_workbook(content: Content) -> Workbook:
    """Prose sheet, borderless two-row-header indicator sheet, summary sheet."""
    workbook, footer = new_workbook(), content["layout"]["footer"]
    sections_sheet(workbook, content["cover"], footer)
    year_groups_sheet(workbook, content["sheet"], footer)
    _summary_sheet(workbook, content["summary"], footer)
    return workbook
