"""ASP Catania, Relazione sulla performance 2023 (``asp-catania-2023-relazione``), an Excel
workbook printed by LibreOffice Calc: landscape, printed gridlines, area and objective
names without codes merged down over their rows, ``Punteggio``, then a budget sheet
``Descrizione | Consuntivo`` that yields nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pdfplumber
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
    squash,
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


def check_pdf(pdf_path: Path, content: Content, spans: list[tuple[int, int]]) -> list[str]:
    """Print the layout features the PDF shows; return those that are missing."""
    sheet, budget = content["sheets"]
    pages = calc.read_pages(
        pdf_path, [float(w) for w in sheet["widths"]], calc.filled_header(STYLE)
    )
    problems: list[str] = []
    row_pages = sorted({page for span in spans for page in span})
    print(
        f"  {len(pages)} pages, landscape: {sum(p.landscape for p in pages)}; rows on {row_pages}"
    )
    if not all(p.landscape for p in pages):
        problems.append("not every page is landscape")
    if len(row_pages) < 2 or any(pages[n - 1].header_band is None for n in row_pages):
        problems.append("the indicator table does not run over 2+ pages under its header row")
    row_areas = [
        a["area"] for a in sheet["areas"] for o in a["objectives"] for _ in o["indicators"]
    ]
    with pdfplumber.open(pdf_path) as pdf:
        for number in row_pages:
            page = pdf.pages[number - 1]
            flat = [line for line in page.lines if line["height"] < 0.5 and line["width"] > 20]
            across = {round(line["top"]) for line in flat}
            rows = sum(1 for span in spans if span[0] == number)
            band = [
                r for r in page.rects if r["fill"] and r["top"] < pages[number - 1].header_band[1]
            ]
            left, right = min(r["x0"] for r in band), max(r["x1"] for r in band)
            middle = left + (right - left) * sheet["widths"][0] / 2 / sum(sheet["widths"])
            cut = {round(line["top"]) for line in flat if line["x0"] < middle < line["x1"]}
            cut = {top for top in cut if top > pages[number - 1].header_band[1] + 1}
            areas = len(
                {area for area, span in zip(row_areas, spans, strict=True) if span[0] == number}
            )
            if len(across) < rows + 1:
                problems.append(f"page {number}: {len(across)} gridlines for {rows} rows")
            elif len(cut) != areas:
                problems.append(
                    f"page {number}: {len(cut)} gridlines cross the Area column, {areas} areas"
                )
            else:
                print(
                    f"  page {number}: {rows} rows, {len(across)} printed gridlines,"
                    " none crossing the merged cells"
                )
    for column, key in ((0, "area"), (1, "objective")):
        stream = "".join(c[2] for n in row_pages for c in pages[n - 1].columns[column])
        items = sheet["areas"] if key == "area" else [
            o for a in sheet["areas"] for o in a["objectives"]
        ]  # fmt: skip
        counts = [stream.count(squash(item[key])) for item in items]
        if counts != [1] * len(items):
            problems.append(f"{key} cells not printed exactly once: {counts}")
        else:
            print(f"  {len(items)} merged {key} cells, each printed once in its column")
    after = [p for p in pages if p.number > row_pages[-1]]
    budget_text = squash("".join(p.text for p in after))
    wanted = [squash(t) for t in budget["header"] + [r[0] for r in budget["rows"]]]
    if not after or not all(t in budget_text for t in wanted):
        problems.append("the budget table is not printed after the indicator pages")
    else:
        print(f"  budget table on page(s) {[p.number for p in after]}, after the indicators")
    return problems


def make_sample(name: str, out: Path) -> list[str]:
    """Build the Excel sample; return the failed layout checks."""
    content = load_content(name)
    records = build_records(content)
    pdf_path = render(content, out / f"{name}.pdf")
    spans = locate(pdf_path, content)
    for record, (page, page_end) in zip(records, spans, strict=True):
        record.update(page=page, page_end=page_end)
    write_truth(content, records, pdf_path, page_count(pdf_path))
    return check_pdf(pdf_path, content, spans)
