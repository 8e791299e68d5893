"""Two workbooks (Excel printed by LibreOffice Calc) with the hierarchy in columns.

* ``comune-vicenza-2023-peg``: ``Area strategica | Obiettivo strategico | Obiettivo
  operativo`` cells merged down over their indicators, across a page break;
* ``universita-ferrara-2022-relazione``: a cover sheet of prose, a borderless indicator
  sheet with white labels on a filled header centred in a tall row and an ``Esito``
  column, a budget sheet.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from . import calc, truth
from .office import print_pdf

Content = dict[str, Any]
Block = tuple[int, int, int, str]  # column index, first row index, last row index, text

VICENZA_STYLE = calc.SheetStyle(
    landscape=True,
    font_size=9,
    header_fill="D9E1F2",
    gridlines=True,
    margins_in=(0.4, 0.4, 0.75, 0.7),
    title_sizes=(13, 11, 9),
    page_header="Comune di Vicenza – Relazione sulla performance 2023",
)
FERRARA_STYLE = calc.SheetStyle(
    landscape=False,
    font_size=10,
    header_fill="00457C",
    header_font_color="FFFFFF",
    margins_in=(0.6, 0.6, 0.8, 0.8),
    title_sizes=(12,),
    footer="Università degli Studi di Ferrara – Relazione sulla performance 2022 – pag. &P",
)
COVER_WIDTH = 95.0  # Excel width units of the cover sheet's single column


def hierarchy_blocks(sheet: Content) -> list[Block]:
    """Runs of rows sharing a hierarchy cell (and all cells to its left), per column."""
    rows = [row["cells"] for row in sheet["rows"]]
    blocks = []
    for column, spec in enumerate(sheet["columns"]):
        if spec["field"] not in calc.LEVELS:
            continue
        first = 0
        for index in range(1, len(rows) + 1):
            if index == len(rows) or rows[index][: column + 1] != rows[first][: column + 1]:
                blocks.append((column, first, index - 1, rows[first][column]))
                first = index
    return blocks


def vicenza_workbook(sheet: Content) -> Workbook:
    """The flat PEG table with its hierarchy columns merged vertically."""
    workbook = calc.new_workbook()
    header_row = calc.add_sheet(workbook, sheet, VICENZA_STYLE)
    ws = workbook[sheet["name"]]
    columns, size = sheet["columns"], VICENZA_STYLE.font_size
    hierarchy = {i for i, c in enumerate(columns) if c["field"] in calc.LEVELS}
    widths = [float(c["width"]) for c in columns]
    heights = [
        calc.row_height(
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
        cell.font = Font(name=calc.FONT_NAME, size=size, bold=bold)
        cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        for row in range(top + 1, header_row + 2 + last):
            ws.cell(row, column + 1).value = None
        if last > first:
            ws.merge_cells(start_row=top, start_column=column + 1, end_row=top + last - first,
                           end_column=column + 1)  # fmt: skip
        needed = calc.row_height([(text, float(columns[column]["width"]))], size, bold)
        heights[last] += max(0.0, needed - sum(heights[first : last + 1]))
    for index, height in enumerate(heights):
        ws.row_dimensions[header_row + 1 + index].height = height
    return workbook


def _cover_sheet(workbook: Workbook, cover: Content, style: calc.SheetStyle) -> None:
    """Title lines, a bold heading and wrapped prose paragraphs in one wide column."""
    ws = workbook.create_sheet(cover["name"])
    ws.column_dimensions["A"].width = COVER_WIDTH
    lines = [(text, size, True) for text, size in zip(cover["lines"][:2], (18, 15), strict=True)]
    lines += [(text, 10.0, False) for text in cover["lines"][2:]]
    items = [*lines, ("", 10.0, False), (cover["heading"], 12.0, True)]
    items += [(text, 10.0, False) for text in cover["paragraphs"]]
    for row, (text, size, bold) in enumerate(items, start=1):
        cell = ws.cell(row, 1, text or None)
        cell.font = Font(name=calc.FONT_NAME, size=size, bold=bold, italic=row == 3)
        cell.alignment = Alignment(vertical="top", wrap_text=True, horizontal="justify")
        height = calc.row_height([(text, COVER_WIDTH)], size, bold) if text else 24.0
        ws.row_dimensions[row].height = height + (8.0 if row > 3 else 14.0)
    left, right, top, bottom = style.margins_in
    margins = (left, right, top + 1.2, bottom)
    calc.print_setup(ws, f"A1:A{len(items)}", margins, footer=style.footer, edge=None)


def ferrara_workbook(content: Content) -> Workbook:
    """Cover sheet, borderless indicator sheet, budget sheet."""
    workbook = calc.new_workbook()
    _cover_sheet(workbook, content["cover"], FERRARA_STYLE)
    calc.add_sheet(workbook, content["sheet"], FERRARA_STYLE)
    calc.add_sheet(workbook, content["budget"], FERRARA_STYLE)
    return workbook


STATUSES = {
    "Raggiunto": "achieved",
    "Parzialmente raggiunto": "partially_achieved",
    "Non raggiunto": "not_achieved",
}

Record = dict[str, Any]


# --------------------------------------------------------------------------- values


def split_code(text: str, label: str = "") -> tuple[str, str]:
    """``label code – title`` → (code, title)."""
    match = re.fullmatch(rf"{label}(\S+) – (.+)", text)
    if not match:
        raise ValueError(f"not '{label}code – title': {text!r}")
    return match.group(1), match.group(2)


# --------------------------------------------------------------------------- records


def vicenza_records(content: Content) -> list[Record]:
    """One record per indicator row; hierarchy from the area and operational columns."""
    sheet, records = content["sheet"], []
    fields = [column["field"] for column in sheet["columns"]]
    for row in sheet["rows"]:
        cells = dict(zip(fields, row["cells"], strict=True))
        area_code, area_title = split_code(cells["area"])
        strategic_code, _ = split_code(cells["strategic"])
        code, title = split_code(cells["operational"])
        if not code.startswith(f"{strategic_code}.") or not code.startswith(f"{area_code}."):
            raise ValueError(f"objective {code} outside {strategic_code} / {area_code}")
        record: Record = dict.fromkeys(truth.RECORD_KEYS)
        record.update(area_code=area_code, area_title=area_title, objective_level="operational")
        record.update(objective_code=code, objective_title=title, year=content["year"])
        for name in ("indicator", "unit", "target", "actual", "notes"):
            record[name] = truth.plain(cells[name])
        what = f"{cells['indicator'][:40]!r}"
        record.update(truth.value_fields("target", row["target_parsed"], cells["target"], what))
        record.update(truth.value_fields("actual", row["actual_parsed"], cells["actual"], what))
        if row["achievement"] != truth.percent_of(cells["achievement"]):
            raise ValueError(f"{what}: achievement {row['achievement']} vs {cells['achievement']}")
        record["achievement"] = row["achievement"]
        record["met"] = truth.checked_met(record["indicator"][:50], row["met"], record)
        records.append(record)
    return records


def ferrara_records(content: Content) -> list[Record]:
    """One record per indicator row under its area and strategic objective rows."""
    sheet, records = content["sheet"], []
    fields = [column["field"] for column in sheet["columns"]]
    context: Record = {}
    labels = {"area": "AREA STRATEGICA ", "strategic": "Obiettivo strategico "}
    for row in sheet["rows"]:
        if "heading" in row:
            level = row["heading"]
            if split_code(row["text"], labels[level]) != (row["code"], row["title"]):
                raise ValueError(f"heading annotated wrongly: {row}")
            if level == "area":
                context = {"area_code": row["code"], "area_title": row["title"]}
            elif not row["code"].startswith(context["area_code"] + "."):
                raise ValueError(f"objective {row['code']} outside area {context}")
            context.update(objective_level=level, objective_code=row["code"])
            context["objective_title"] = row["title"]
            continue
        cells = dict(zip(fields, row["cells"], strict=True))
        if context["objective_level"] != "strategic" or not cells["indicator_code"].startswith(
            context["objective_code"] + "."
        ):
            raise ValueError(f"indicator {cells['indicator_code']} outside {context}")
        record: Record = dict.fromkeys(truth.RECORD_KEYS)
        record.update(context, year=content["year"])
        for name in ("indicator_code", "indicator", "baseline", "target", "actual"):
            record[name] = truth.plain(cells[name])
        what = cells["indicator_code"]
        record.update(truth.value_fields("target", row["target_parsed"], cells["target"], what))
        record.update(truth.value_fields("actual", row["actual_parsed"], cells["actual"], what))
        if STATUSES[cells["status"]] != row["status"]:
            raise ValueError(f"{what}: status {row['status']} for {cells['status']!r}")
        record.update(status=row["status"], status_text=truth.plain(cells["status"]))
        record["met"] = truth.checked_met(record["indicator"][:50], row["met"], record)
        records.append(record)
    return records


# --------------------------------------------------------------------------- samples


def make_sample(name: str, out: Path) -> list[str]:
    """Render one sample, write its content, PDF and truth; return the failed checks."""
    content = truth.load_content(name)
    vicenza = name.startswith("comune-vicenza")
    sheet = content["sheet"]
    style: calc.SheetStyle = VICENZA_STYLE if vicenza else FERRARA_STYLE
    records = vicenza_records(content) if vicenza else ferrara_records(content)
    pdf_path = print_pdf(
        vicenza_workbook(sheet) if vicenza else ferrara_workbook(content),
        ".xlsx",
        out / f"{name}.pdf",
    )
    pages = calc.read_pages(
        pdf_path, [float(c["width"]) for c in sheet["columns"]], calc.filled_header(style)
    )
    hierarchy = [i for i, c in enumerate(sheet["columns"]) if c["field"] in calc.LEVELS]
    rows = [
        {"cells": ["" if i in hierarchy else t for i, t in enumerate(row["cells"])]}
        for row in sheet["rows"]
        if "cells" in row
    ]
    spans = calc.locate_rows(pages, sheet["columns"], rows)
    for record, (page, page_end, _, _) in zip(records, spans, strict=True):
        record.update(page=page, page_end=page_end)
    truth.write_truth(content, records, pdf_path, len(pages))
    return calc.rows_apart(spans)
