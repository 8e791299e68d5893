"""ASP Catania, Relazione sulla performance 2023 (``asp-catania-2023-relazione``), an Excel
workbook printed by LibreOffice Calc: landscape, printed gridlines, area and objective
names without codes merged down over their rows, ``Punteggio``, then a budget sheet
``Descrizione | Consuntivo`` that yields nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from . import calc
from .office import print_pdf
from .readback import page_count
from .truth import (
    Record,
    check_met,
    check_percent,
    load_content,
    new_record,
    plain,
    value_fields,
    write_truth,
)

SIZE = 9.0
STYLE = calc.SheetStyle(landscape=True, font_size=SIZE, header_fill="BDD7EE", gridlines=True)
BUDGET_FILL = "D9D9D9"
Content = dict[str, Any]


def _titles(ws: Worksheet, sheet: Content, header_fill: str) -> int:
    """Write the title rows, a gap and the shaded header row; return the header row."""
    ncols = len(sheet["widths"])
    for index, width in enumerate(sheet["widths"], start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    row = 1
    for index, text in enumerate(sheet["title_rows"]):
        ws.cell(row, 1, text).font = Font(
            name=calc.FONT_NAME, size=12 if index < 2 else 10, bold=index < 2
        )
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        ws.row_dimensions[row].height = 18
        row += 1
    ws.row_dimensions[row].height = 10
    row += 1
    for index, label in enumerate(sheet["header"], start=1):
        cell = ws.cell(row, index, label)
        cell.font = Font(name=calc.FONT_NAME, size=SIZE, bold=True)
        cell.fill = calc.fill(header_fill)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[row].height = 20
    return row


def _page_setup(ws: Worksheet, header_row: int, last_row: int, ncols: int) -> None:
    """A4 landscape, one page wide, header row on every page, gridlines, page numbers."""
    area = f"A1:{get_column_letter(ncols)}{last_row}"
    calc.print_setup(ws, area, (0.5, 0.5, 0.7, 0.7), landscape=True, gridlines=True,
                title_rows=f"{header_row}:{header_row}", footer="Pagina &P di &N",
                footer_font=None)  # fmt: skip


def _write_merged(ws: Worksheet, column: int, first: int, last: int, text: str) -> None:
    """Write ``text`` in a cell merged down from ``first`` to ``last`` (one row: no merge)."""
    cell = ws.cell(first, column, text)
    cell.font = Font(name=calc.FONT_NAME, size=SIZE, bold=column == 1)
    cell.alignment = Alignment(vertical="center", wrap_text=True)
    if last > first:
        ws.merge_cells(start_row=first, start_column=column, end_row=last, end_column=column)


def add_objectives_sheet(workbook: Any, sheet: Content) -> None:
    """Lay the indicator table out with Area and Obiettivo merged down over their rows."""
    ws = workbook.create_sheet(sheet["name"])
    widths = sheet["widths"]
    header_row = _titles(ws, sheet, STYLE.header_fill)
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
                    cell.font = Font(name=calc.FONT_NAME, size=SIZE)
                    horizontal = "left" if offset == 0 else "center"
                    cell.alignment = Alignment(
                        horizontal=horizontal, vertical="top", wrap_text=True
                    )
                cells = list(zip(item["cells"], widths[2:], strict=True))
                ws.row_dimensions[row].height = calc.row_height(cells, SIZE)
                row += 1
            _write_merged(ws, 2, first, row - 1, objective["objective"])
            _fit(ws, first, row - 1, calc.row_height([(objective["objective"], widths[1])], SIZE))
        _write_merged(ws, 1, area_first, row - 1, area["area"])
        _fit(ws, area_first, row - 1, calc.row_height([(area["area"], widths[0])], SIZE, bold=True))
    _page_setup(ws, header_row, row - 1, len(widths))


def _fit(ws: Worksheet, first: int, last: int, needed: float) -> None:
    """Make rows ``first``..``last`` together at least ``needed`` points high."""
    total = sum(ws.row_dimensions[r].height for r in range(first, last + 1))
    if total < needed:
        ws.row_dimensions[last].height += round(needed - total + 2, 1)


def add_budget_sheet(workbook: Any, sheet: Content) -> None:
    """Lay the budget table out: account, description and two amounts per row."""
    ws = workbook.create_sheet(sheet["name"])
    header_row = _titles(ws, sheet, BUDGET_FILL)
    row = header_row + 1
    for cells in sheet["rows"]:
        for index, text in enumerate(cells, start=1):
            cell = ws.cell(row, index, text)
            cell.font = Font(name=calc.FONT_NAME, size=SIZE)
            cell.alignment = Alignment(horizontal="right" if index > 2 else "left")
        ws.row_dimensions[row].height = 15
        row += 1
    _page_setup(ws, header_row, row - 1, len(sheet["widths"]))


def render(content: Content, pdf_path: Path) -> Path:
    """Build the workbook and print it to ``pdf_path``."""
    workbook = calc.new_workbook()
    objectives, budget = content["sheets"]
    add_objectives_sheet(workbook, objectives)
    add_budget_sheet(workbook, budget)
    return print_pdf(workbook, ".xlsx", pdf_path)


# --------------------------------------------------------------------------- records


def build_records(content: Content) -> list[Record]:
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


def locate(pdf_path: Path, content: Content) -> list[tuple[int, int]]:
    """Return the 1-based (page, page_end) of every indicator row."""
    sheet = content["sheets"][0]
    pages = calc.read_pages(
        pdf_path, [float(w) for w in sheet["widths"]], calc.filled_header(STYLE)
    )
    columns = [{"field": field or "extra"} for field in sheet["fields"]]
    spans = calc.locate_rows(pages, columns, indicator_rows(content))
    return [(page, page_end) for page, page_end, _, _ in spans]


# --------------------------------------------------------------------------- checks


def make_sample(name: str, out: Path) -> list[str]:
    """Build the Excel sample; return the failed layout checks."""
    content = load_content(name)
    records = build_records(content)
    pdf_path = render(content, out / f"{name}.pdf")
    spans = locate(pdf_path, content)
    for record, (page, page_end) in zip(records, spans, strict=True):
        record.update(page=page, page_end=page_end)
    write_truth(content, records, pdf_path, page_count(pdf_path))
    return []
