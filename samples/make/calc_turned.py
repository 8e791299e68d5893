"""Two workbooks (Excel printed by LibreOffice Calc).

* ``provincia-cuneo-2023-relazione``: landscape, header labels turned 90° in narrow
  columns, ``Valore 2021 | Valore 2022 | Target 2023 | Valore 2023``, heading rows filled
  by level;
* ``comune-trieste-2022-peg``: portrait, the indicator column headed ``Obiettivo``,
  bulleted text targets, then a ``Centro di costo | Stanziamento`` budget table.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from . import calc
from .office import print_pdf
from .truth import (
    RECORD_KEYS,
    checked_met,
    load_content,
    objective_context,
    percent_of,
    plain,
    value_fields,
    write_truth,
)

Content = dict[str, Any]

CUNEO_HEADER = "C6D9F1"
TRIESTE_HEADER = "FCE4D6"
BUDGET_HEADER = "E2EFDA"
CUNEO_SIZE = 10.0
TRIESTE_SIZE = 10.0
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _setup(ws: Worksheet, landscape: bool, gridlines: bool, ncols: int, last: int,
           footer: str, header_row: int | None = None) -> None:  # fmt: skip
    """A4, orientation, one page wide, margins, footer, optionally a repeated header row."""
    rows = f"{header_row}:{header_row}" if header_row else None
    area, margins = f"A1:{get_column_letter(ncols)}{last}", (0.6, 0.6, 0.8, 0.8)
    calc.print_setup(ws, area, margins, landscape=landscape, gridlines=gridlines, title_rows=rows,
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
        cell.font = Font(name=calc.FONT_NAME, size=size, bold=True)
        cell.fill = calc.fill(header_fill)
        cell.border = border
        rotation = 90 if column.get("rotated") else 0
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=not rotation,
                                   text_rotation=rotation)  # fmt: skip
        if rotation:
            tallest = max(tallest, calc.text_width(column["header"], size, bold=True) + 10)
    plain_headers = [(c["header"], w) for c, w in zip(columns, widths, strict=True)
                     if not c.get("rotated")]  # fmt: skip
    ws.row_dimensions[row].height = max(tallest, calc.row_height(plain_headers, size, True) + 2)
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
                    ws.cell(row, column).fill = calc.fill(heading_fills[level])
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
            first = ws.cell(row, 1)
            first.font = Font(name=calc.FONT_NAME, size=size, bold=True)
            first.alignment = Alignment(vertical="center", wrap_text=True)
            ws.row_dimensions[row].height = calc.row_height([(item["text"], total)], size, True) + 3
            continue
        for index, (text, column) in enumerate(zip(item["cells"], columns, strict=True), 1):
            cell = ws.cell(row, index, text or None)
            cell.font = Font(name=calc.FONT_NAME, size=size)
            cell.border = border
            horizontal = "left" if column["field"] in ("indicator", "target", "actual") else (
                "center")  # fmt: skip
            if column.get("year"):
                horizontal = "center"
            cell.alignment = Alignment(horizontal=horizontal, vertical="top", wrap_text=True)
        cells = list(zip(item["cells"], widths, strict=True))
        ws.row_dimensions[row].height = calc.row_height(cells, size) + 6
    return header_row, row


def cuneo_workbook(content: Content) -> Workbook:
    """The ruled landscape results table."""
    sheet = content["sheet"]
    workbook = calc.new_workbook()
    ws = workbook.create_sheet(sheet["name"])
    widths = calc.set_widths(ws, sheet["columns"])
    ncols = len(widths)
    start = calc.title_rows(ws, sheet["title_rows"], ncols, sum(widths), 9.0, 12.0)
    fills = {"strategic": "DCE6F1"}
    header_row, last = _table(ws, start, sheet, CUNEO_SIZE, CUNEO_HEADER, True, fills)
    _setup(ws, True, False, ncols, last,
           "Provincia di Cuneo – Relazione sulla performance 2023 – Pagina &P di &N",
           header_row)  # fmt: skip
    return workbook


def trieste_workbook(content: Content) -> Workbook:
    """Title sheet, gridded results sheet, budget sheet."""
    workbook = calc.new_workbook()
    footer = "Comune di Trieste – PEG 2022 – Relazione sui risultati – pag. &P"
    cover = workbook.create_sheet("Frontespizio")
    cover.column_dimensions["A"].width = 90
    sizes = (22.0, 18.0, 12.0, 10.0)
    for index, text in enumerate(content["cover"], start=1):
        cell = cover.cell(index * 2, 1, text)
        cell.font = Font(name=calc.FONT_NAME, size=sizes[index - 1], bold=index <= 2)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cover.row_dimensions[index * 2].height = sizes[index - 1] * 2.2
        cover.row_dimensions[index * 2 - 1].height = 90.0 if index == 1 else 30.0
    _setup(cover, False, False, 1, len(content["cover"]) * 2, footer)

    sheet = content["sheet"]
    ws = workbook.create_sheet(sheet["name"])
    widths = calc.set_widths(ws, sheet["columns"])
    ncols = len(widths)
    start = calc.title_rows(ws, sheet["title_rows"], ncols, sum(widths), 9.0, 12.0)
    fills = {"strategic": "BFBFBF", "operational": "E7E6E6"}
    header_row, last = _table(ws, start, sheet, TRIESTE_SIZE, TRIESTE_HEADER, False, fills)
    _setup(ws, False, True, ncols, last, footer, header_row)

    budget = content["budget"]
    wb = workbook.create_sheet(budget["name"])
    widths = calc.set_widths(wb, budget["columns"])
    row = calc.title_rows(wb, budget["title_rows"], len(widths), sum(widths), 9.0, 12.0)
    for index, column in enumerate(budget["columns"], start=1):
        cell = wb.cell(row, index, column["header"])
        cell.font = Font(name=calc.FONT_NAME, size=TRIESTE_SIZE, bold=True)
        cell.fill = calc.fill(BUDGET_HEADER)
        cell.alignment = Alignment(horizontal="left" if index == 1 else "center")
    wb.row_dimensions[row].height = 16.0
    for cells in budget["rows"]:
        row += 1
        for index, text in enumerate(cells, start=1):
            cell = wb.cell(row, index, text)
            cell.font = Font(name=calc.FONT_NAME, size=TRIESTE_SIZE, bold=cells[0] == "Totale")
            cell.alignment = Alignment(horizontal="left" if index == 1 else "right")
        wb.row_dimensions[row].height = 15.0
    _setup(wb, False, True, len(widths), row, footer)
    return workbook


LABELS = {"strategic": "Obiettivo strategico", "operational": "Obiettivo operativo"}

Record = dict[str, Any]


def walk(sheet: Content) -> list[tuple[Record, Content]]:
    """Each indicator row with its hierarchy context (no area heading: area = first segment)."""
    out, context, strategic = [], {}, ""
    for row in sheet["rows"]:
        if "heading" in row:
            level, code, title = row["heading"], row["code"], row["title"]
            if row["text"] != f"{LABELS[level]} {code} – {title}":
                raise ValueError(f"heading annotated wrongly: {row}")
            if level == "strategic":
                strategic = code
            elif not code.startswith(f"{strategic}."):
                raise ValueError(f"{code} outside {strategic}")
            context = objective_context(level, code, title)
            continue
        out.append((dict(context), row))
    return out


def cuneo_records(content: Content) -> list[list[Record]]:
    """Per indicator row, one record per year 2021–2023."""
    columns = content["sheet"]["columns"]
    result = []
    for context, row in walk(content["sheet"]):
        cells = {(c["field"], c["year"]): t for c, t in zip(columns, row["cells"], strict=True)}
        code = cells[("indicator_code", None)]
        if row["weight"] != percent_of(cells[("weight", None)], sign=False):
            raise ValueError(f"{code}: weight {row['weight']}")
        per_year = []
        for year in (2021, 2022, 2023):
            note = row["years"][str(year)]
            what = f"{code} {year}"
            target, actual = cells.get(("target", year)), cells[("actual", year)]
            record: Record = dict.fromkeys(RECORD_KEYS)
            record.update(context, indicator_code=code, year=year)
            record.update(indicator=plain(cells[("indicator", None)]))
            record.update(type=plain(cells[("type", None)]), weight=row["weight"])
            record.update(target=plain(target), actual=plain(actual))
            if (target is None) and note["target"] is not None:
                raise ValueError(f"{what}: no target column")
            record.update(value_fields("target", note["target"], target, what))
            record.update(value_fields("actual", note["actual"], actual, what))
            record["met"] = checked_met(what, note["met"], record)
            record.update(status=row["status"], status_text=plain(cells[("status", None)]))
            per_year.append(record)
        result.append(per_year)
    return result


def trieste_records(content: Content) -> list[list[Record]]:
    """One record per indicator row, year null (no year in the headers)."""
    result = []
    for context, row in walk(content["sheet"]):
        text, target, actual, peso, _score = row["cells"]
        what = repr(text[:40])
        if row["weight"] != percent_of(peso, sign=False):
            raise ValueError(f"{what}: weight {row['weight']} vs {peso!r}")
        record: Record = dict.fromkeys(RECORD_KEYS)
        record.update(context, indicator=plain(text), weight=row["weight"])
        record.update(target=plain(target), actual=plain(actual))
        record.update(value_fields("target", row["target_parsed"], target, what))
        record.update(value_fields("actual", row["actual_parsed"], actual, what))
        record["met"] = checked_met(what, row["met"], record)
        result.append([record])
    return result


def make_sample(name: str, out: Path) -> list[str]:
    """Render one sample, write its content, PDF and truth; return the failed checks."""
    content = load_content(name)
    sheet = content["sheet"]
    is_cuneo = name.startswith("provincia-cuneo")
    grouped = cuneo_records(content) if is_cuneo else trieste_records(content)
    workbook = cuneo_workbook(content) if is_cuneo else trieste_workbook(content)
    pdf_path = print_pdf(workbook, ".xlsx", out / f"{name}.pdf")
    header_fill = CUNEO_HEADER if is_cuneo else TRIESTE_HEADER
    style = calc.SheetStyle(landscape=is_cuneo, font_size=9, header_fill=header_fill)
    pages = calc.read_pages(
        pdf_path, [float(c["width"]) for c in sheet["columns"]], calc.filled_header(style)
    )
    rows = [row for row in sheet["rows"] if "cells" in row]
    try:
        spans = calc.locate_rows(pages, sheet["columns"], rows)
    except ValueError as error:
        (out / f"{name}.truth.json").unlink(missing_ok=True)
        return [f"no truth written: {error}"]
    records = []
    for span, group in zip(spans, grouped, strict=True):
        for record in group:
            record.update(page=span[0], page_end=span[1])
            records.append(record)
    write_truth(content, records, pdf_path, len(pages))
    return calc.rows_apart(spans)
