"""Provincia autonoma di Trento, Piano della performance 2024 (``provincia-trento-2024-piano``),
an Excel workbook printed by LibreOffice Calc: landscape, gridlines, year groups ``2024``
over ``Target | Peso`` with the fixed labels merged down over both header rows, objective
headings as merged rows.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from . import calc
from .office import print_pdf
from .truth import load_content, new_record, plain, squash, value_fields, write_truth

Content = dict[str, Any]
Row = dict[str, Any]

# --------------------------------------------------------------------------- Excel (Trento)

TRENTO_STYLE = calc.SheetStyle(
    landscape=True,
    font_size=8.5,
    header_fill="305496",
    header_font_color="FFFFFF",
    heading_fills={"area": "B4C6E7", "strategic": "E2EBF6"},
    gridlines=True,
    margins_in=(0.5, 0.5, 0.75, 0.75),
    title_sizes=(13, 11, 9),
    header_side="left",
    footer_side="right",
)
FIXED_COLUMNS = (
    ("code", "Codice", "indicator_code"),
    ("indicator", "Indicatore", "indicator"),
    ("unit", "Unità di misura", "unit"),
    ("baseline", "Baseline", "baseline"),
)


def trento_columns(content: Content) -> list[dict[str, Any]]:
    """The sheet's columns: ``header`` (lower header row), ``width``, ``field``, ``year``
    (its ``group`` label), ``align`` and ``percent`` (the weights)."""
    widths = content["widths"]
    columns: list[dict[str, Any]] = [
        {"header": header, "width": widths[key], "field": field, "year": None}
        for key, header, field in FIXED_COLUMNS
    ]
    for column in columns:
        column["align"] = "left" if column["field"] == "indicator" else "center"
    for year in content["years"]:
        columns.append({"header": "Target", "width": widths["target"], "field": "target"})
        columns.append({"header": "Peso", "width": widths["weight"], "field": "weight"})
        columns[-1]["percent"] = True
        for column in columns[-2:]:
            column.update(year=year, group=str(year), align="center")
    return columns


def heading_line(row: Row) -> tuple[str, str]:
    """The level and printed text of an area or strategic objective row."""
    if "area" in row:
        return "area", f"Area {row['area']} – {row['title']}"
    return "strategic", f"Obiettivo strategico {row['objective']} – {row['title']}"


def weight_text(weight: int | None) -> str:
    """A weight as Calc prints the number ``weight / 100`` in the format ``0%``."""
    return "" if weight is None else f"{weight}%"


def indicator_cells(row: Row) -> list[str]:
    """The printed text of each cell of an indicator row, in column order."""
    cells = [row["code"], row["indicator"], row["unit"] or "", row["baseline"] or ""]
    for target, weight in zip(row["targets"], row["weights"], strict=True):
        cells += [target or "", weight_text(weight)]
    return cells


def trento_workbook(content: Content) -> Workbook:
    """Return the workbook of the Trento sample (one sheet, :func:`calc.add_sheet`)."""
    rows: list[Row] = []
    for row in content["rows"]:
        if "code" in row:
            rows.append({"cells": indicator_cells(row)})
        else:
            level, text = heading_line(row)
            rows.append({"heading": level, "text": text})
    sheet = {"name": "Indicatori 2024-2026", "columns": trento_columns(content), "rows": rows}
    workbook = calc.new_workbook()
    style = replace(TRENTO_STYLE, page_header=content["page_header"])
    calc.add_sheet(workbook, {**sheet, "title_rows": content["title_rows"]}, style)
    return workbook


# --------------------------------------------------------------------------- reportlab (ATS)


Record = dict[str, Any]


# --------------------------------------------------------------------------- Trento (Excel)


def trento_records(content: Content) -> list[list[Record]]:
    """Per indicator row, its records (one per year, ascending)."""
    years: list[int] = content["years"]
    if years != sorted(years):
        raise ValueError("years must ascend")
    groups: list[list[Record]] = []
    area: tuple[str, str] | None = None
    context: Record = {}
    totals = dict.fromkeys(years, 0)
    for row in content["rows"]:
        if "area" in row:
            area = (row["area"], row["title"])
            context = {"area_code": area[0], "area_title": area[1], "objective_level": "area"}
            context.update(objective_code=area[0], objective_title=area[1])
            continue
        if "objective" in row:
            if area is None or not row["objective"].startswith(area[0] + "."):
                raise ValueError(f"objective {row['objective']} outside its area")
            context = {"area_code": area[0], "area_title": area[1]}
            context.update(objective_level="strategic", objective_code=row["objective"])
            context["objective_title"] = row["title"]
            continue
        if not row["code"].startswith(f"P{context['objective_code']}."):
            raise ValueError(f"indicator {row['code']} outside objective {context}")
        records = []
        for index, year in enumerate(years):
            target, weight = plain(row["targets"][index]), row["weights"][index]
            record = new_record(
                context,
                indicator_code=row["code"],
                indicator=plain(row["indicator"]),
                unit=plain(row["unit"]),
                baseline=plain(row["baseline"]),
                weight=weight,
                year=year,
                target=target,
            )
            what = f"{row['code']} {year}"
            record.update(value_fields("target", row["parsed"][index], target, what))
            records.append(record)
            totals[year] += weight or 0
        groups.append(records)
    if any(total != 100 for total in totals.values()):
        raise ValueError(f"the weights of a year do not add up to 100: {totals}")
    return groups


def make_sample(name: str, out: Path) -> list[str]:
    """Render the Trento sample, write its PDF and truth, return failed checks."""
    content = load_content(name)
    groups = trento_records(content)
    pdf_path = print_pdf(trento_workbook(content), ".xlsx", out / f"{name}.pdf")
    columns = trento_columns(content)
    rows = [{"cells": indicator_cells(r)} for r in content["rows"] if "code" in r]
    headings = [heading_line(r)[1] for r in content["rows"] if "code" not in r]
    widths = [float(c["width"]) for c in columns]
    pages = calc.read_pages(pdf_path, widths, calc.filled_header(TRENTO_STYLE))
    text = squash("".join(p.text for p in pages))
    missing = [h for h in headings if squash(h) not in text]
    spans = calc.locate_rows(pages, columns, rows)
    records = []
    for row_records, (page, page_end, _, _) in zip(groups, spans, strict=True):
        for record in row_records:
            record.update(page=page, page_end=page_end)
        records += row_records
    write_truth(content, records, pdf_path, len(pages))
    return [f"heading not printed: {h}" for h in missing] + calc.rows_apart(spans)
