"""Provincia autonoma di Trento, Piano della performance 2024 (``provincia-trento-2024-piano``),
an Excel workbook printed by LibreOffice Calc: landscape, gridlines, year groups ``2024``
over ``Target | Peso`` with the fixed labels merged down over both header rows, objective
headings as merged rows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pdfplumber
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

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
)
FIXED_COLUMNS = (
    ("code", "Codice", "indicator_code"),
    ("indicator", "Indicatore", "indicator"),
    ("unit", "Unità di misura", "unit"),
    ("baseline", "Baseline", "baseline"),
)


def trento_columns(content: Content) -> list[dict[str, Any]]:
    """The sheet's columns: ``header`` (lower header row), ``width``, ``field``, ``year``."""
    widths = content["widths"]
    columns: list[dict[str, Any]] = [
        {"header": header, "width": widths[key], "field": field, "year": None}
        for key, header, field in FIXED_COLUMNS
    ]
    for year in content["years"]:
        columns.append({"header": "Target", "width": widths["target"], "field": "target"})
        columns.append({"header": "Peso", "width": widths["weight"], "field": "weight"})
        columns[-2]["year"] = columns[-1]["year"] = year
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


def _header_rows(ws: Worksheet, top: int, content: Content, style: calc.SheetStyle) -> None:
    """Write the two header rows: fixed labels merged down, years merged across."""
    columns = trento_columns(content)
    font = Font(name=calc.FONT_NAME, size=style.font_size, bold=True, color=style.header_font_color)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for index in range(1, len(columns) + 1):
        for row in (top, top + 1):
            cell = ws.cell(row, index)
            cell.font, cell.fill, cell.alignment = font, calc.fill(style.header_fill), centre
    for index, (_, header, _) in enumerate(FIXED_COLUMNS, start=1):
        ws.cell(top, index, header)
        ws.merge_cells(start_row=top, start_column=index, end_row=top + 1, end_column=index)
    first = len(FIXED_COLUMNS) + 1
    for offset, year in enumerate(content["years"]):
        column = first + 2 * offset
        ws.cell(top, column, str(year))
        ws.merge_cells(start_row=top, start_column=column, end_row=top, end_column=column + 1)
        ws.cell(top + 1, column, "Target")
        ws.cell(top + 1, column + 1, "Peso")
    size = style.font_size
    merged_down = [(header, float(c["width"])) for header, c in zip(
        (h for _, h, _ in FIXED_COLUMNS), columns, strict=False)]  # fmt: skip
    lower = calc.row_height([("Target", float(content["widths"]["target"]))], size, bold=True)
    upper = max(
        calc.row_height([("2024", 10.0)], size, True), calc.row_height(merged_down, size, True)
    )
    ws.row_dimensions[top].height = max(upper - lower, lower) + 1
    ws.row_dimensions[top + 1].height = lower + 1


def trento_workbook(content: Content, style: calc.SheetStyle = TRENTO_STYLE) -> Workbook:
    """Return the workbook of the Trento sample (one sheet)."""
    workbook = calc.new_workbook()
    ws = workbook.create_sheet("Indicatori 2024-2026")
    columns = trento_columns(content)
    ncols, size = len(columns), style.font_size
    total_width = sum(float(c["width"]) for c in columns)
    for index, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column["width"]

    row = 1
    for index, text in enumerate(content["title_rows"]):
        title_size = style.title_sizes[min(index, len(style.title_sizes) - 1)]
        ws.cell(row, 1, text).font = Font(name=calc.FONT_NAME, size=title_size, bold=index < 2)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        ws.row_dimensions[row].height = calc.row_height([(text, total_width)], title_size, True)
        row += 1
    ws.row_dimensions[row].height = size * 1.5
    header_row = row + 1
    _header_rows(ws, header_row, content, style)
    row = header_row + 2

    for item in content["rows"]:
        if "code" not in item:
            level, text = heading_line(item)
            ws.cell(row, 1, text).font = Font(name=calc.FONT_NAME, size=size, bold=True)
            ws.cell(row, 1).alignment = Alignment(vertical="center", wrap_text=True)
            for column in range(1, ncols + 1):
                ws.cell(row, column).fill = calc.fill(style.heading_fills[level])
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
            ws.row_dimensions[row].height = calc.row_height([(text, total_width)], size, True) + 1
            row += 1
            continue
        cells = indicator_cells(item)
        for index, (text, column) in enumerate(zip(cells, columns, strict=True), start=1):
            cell = ws.cell(row, index)
            cell.font = Font(name=calc.FONT_NAME, size=size)
            if column["field"] == "weight":
                weight = item["weights"][content["years"].index(column["year"])]
                cell.value = None if weight is None else weight / 100
                cell.number_format = "0%"
                cell.alignment = Alignment(horizontal="center", vertical="top")
            else:
                cell.value = text or None
                horizontal = "left" if column["field"] == "indicator" else "center"
                cell.alignment = Alignment(horizontal=horizontal, vertical="top", wrap_text=True)
        widths = [float(c["width"]) for c in columns]
        ws.row_dimensions[row].height = calc.row_height(list(zip(cells, widths, strict=True)), size)
        row += 1
    _page_setup(ws, style, header_row, f"A1:{get_column_letter(ncols)}{row - 1}", content)
    return workbook


def _page_setup(
    ws: Worksheet, style: calc.SheetStyle, header: int, area: str, content: Content
) -> None:
    """A4 landscape, one page wide, both header rows on every page, gridlines, footer."""
    calc.print_setup(
        ws, area, style.margins_in, landscape=style.landscape, gridlines=style.gridlines,
        title_rows=f"{header}:{header + 1}",
    )  # fmt: skip
    ws.oddHeader.left.text = content["page_header"]
    ws.oddHeader.left.size = 8
    ws.oddHeader.left.font = f"{calc.FONT_NAME},Italic"
    ws.oddFooter.right.text = style.footer
    ws.oddFooter.right.size = 8
    ws.oddFooter.right.font = calc.FONT_NAME


# --------------------------------------------------------------------------- reportlab (ATS)


Record = dict[str, Any]

#: The words of the Trento sheet's two header rows.
HEADER_WORDS = (
    "Codice Indicatore Unità di misura Baseline 2024 2025 2026" + " Target Peso" * 3
).split()


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


def check_trento(pdf_path: Path, pages: list[calc.PageText], records: list[Record]) -> list[str]:
    """Landscape pages with gridlines, both header rows on every page, rows on 2+ pages."""
    problems = []
    with pdfplumber.open(pdf_path) as pdf:
        for page, text in zip(pages, pdf.pages, strict=True):
            if page.header_band is None:
                problems.append(f"page {page.number}: no header row")
                continue
            top, bottom = page.header_band
            band = text.crop((0, top - 1, text.width, bottom + 1)).extract_words()
            words = sorted(w["text"] for w in band)
            if words != sorted(HEADER_WORDS):
                problems.append(f"page {page.number}: header rows not repeated: {words}")
            if not page.landscape or not page.ruled:
                problems.append(f"page {page.number}: not landscape or without gridlines")
    used = sorted({r["page"] for r in records})
    print(f"  {len(pages)} pages; records on pages {used}")
    if len(used) < 2:
        problems.append("the indicator rows do not run over two pages")
    return problems


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
    return [f"heading not printed: {h}" for h in missing] + check_trento(pdf_path, pages, records)
