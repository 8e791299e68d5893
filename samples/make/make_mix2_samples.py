#!/usr/bin/env python3
"""Build two sample reports (PDF) and their ground truths from their content files.

* ``provincia-trento-2024-piano``: Provincia autonoma di Trento, Piano della performance
  2024-2026. An Excel sheet (openpyxl) printed by LibreOffice Calc: landscape, printed
  gridlines, a two-row header (year groups ``2024`` over ``Target | Peso``) repeated on
  both pages, areas and strategic objectives as merged shaded rows, ``P1.2.3`` codes.
  One record per indicator per year, with that year's target and that year's weight.
* ``atsinsubria-2023-relazione``: ATS dell'Insubria, Relazione sulla performance 2023.
  reportlab, portrait: 7.5 pt tables ruled between rows only, zebra shading, an objective
  cell printed on its group's first row only (no code), a ``Stato`` column, a table of
  contents, a table running across a page break under its repeated header, and a budget
  table (``Costi della produzione``) that must yield nothing.

Every truth field comes from ``NAME.content.json`` (parsed values are hand-written
annotations there, re-checked here); only ``page``/``page_end`` are read back from the
rendered PDF with pdfplumber. Layout features are then checked in the PDF; the exit
status is 1 if one is missing.

usage: .venv/bin/python samples/make_mix2_samples.py [NAME ...]

Needs openpyxl, reportlab, pdfplumber (with Pillow), fontconfig and LibreOffice Calc.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

import pdfplumber

from .excel_pages import PageText, locate_rows, read_pages
from .mix2_layouts import (
    TRENTO_STYLE,
    ZEBRA,
    ats_rows,
    heading_line,
    indicator_cells,
    render_ats,
    trento_columns,
    trento_workbook,
)
from .office import print_pdf
from .readback import page_streams
from .truth import (
    RECORD_KEYS,
    expected_met,
    load_content,
    plain,
    squash,
    value_fields,
    write_truth,
)

HERE = Path(__file__).resolve().parents[1]
#: The words of the Trento sheet's two header rows.
HEADER_WORDS = (
    "Codice Indicatore Unità di misura Baseline 2024 2025 2026" + " Target Peso" * 3
).split()
ZEBRA_RGB = tuple(round(c, 6) for c in ZEBRA.rgb())
STATUSES = {
    "Raggiunto": "achieved",
    "Parzialmente raggiunto": "partially_achieved",
    "Non raggiunto": "not_achieved",
    "Sospeso": "suspended",
}

Content = dict[str, Any]
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
            record: Record = dict.fromkeys(RECORD_KEYS)
            record.update(context)
            record.update(
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


def check_trento(pdf_path: Path, pages: list[PageText], records: list[Record]) -> list[str]:
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


def make_trento(name: str, out: Path) -> list[str]:
    """Render the Trento sample, write its PDF and truth, return failed checks."""
    content = load_content(name)
    groups = trento_records(content)
    pdf_path = print_pdf(trento_workbook(content), ".xlsx", out / f"{name}.pdf")
    columns = trento_columns(content)
    rows = [{"cells": indicator_cells(r)} for r in content["rows"] if "code" in r]
    headings = [heading_line(r)[1] for r in content["rows"] if "code" not in r]
    widths = [float(c["width"]) for c in columns]
    pages = read_pages(pdf_path, widths, TRENTO_STYLE)
    text = squash("".join(p.text for p in pages))
    missing = [h for h in headings if squash(h) not in text]
    spans = locate_rows(pages, columns, rows)
    records = []
    for row_records, (page, page_end, _, _) in zip(groups, spans, strict=True):
        for record in row_records:
            record.update(page=page, page_end=page_end)
        records += row_records
    write_truth(content, records, pdf_path, len(pages))
    return [f"heading not printed: {h}" for h in missing] + check_trento(pdf_path, pages, records)


# --------------------------------------------------------------------------- ATS (reportlab)


def ats_records(content: Content) -> list[Record]:
    """One record per indicator row, in document order."""
    records: list[Record] = []
    area: Record = {}
    for block in content["body"]:
        if block["kind"] == "heading":
            if block["level"] != "area":
                raise ValueError("the ATS report has area headings only")
            area = {"area_code": block["code"], "area_title": block["title"]}
        if block["kind"] != "table":
            continue
        for group in block["groups"]:
            for item in group["indicators"]:
                record: Record = dict.fromkeys(RECORD_KEYS)
                record.update(area, objective_level="strategic", objective_title=group["objective"])
                target, actual = plain(item["target"]), plain(item["actual"])
                what = f"indicator {item['number']}"
                record.update(
                    indicator_code=item["number"],
                    indicator=plain(item["indicator"]),
                    weight=item["weight_value"],
                    target=target,
                    actual=actual,
                    status=STATUSES[item["status"]],
                    status_text=plain(item["status"]),
                    met=item["met"],
                )
                record.update(value_fields("target", item["target_parsed"], target, what))
                record.update(value_fields("actual", item["actual_parsed"], actual, what))
                if item["weight"] != f"{item['weight_value']}%":
                    raise ValueError(f"{what}: weight {item['weight']!r} annotated wrongly")
                if item["met"] != expected_met(item["target_parsed"], item["actual_parsed"]):
                    raise ValueError(f"{what}: met {item['met']} but the values say otherwise")
                records.append(record)
    if sum(r["weight"] for r in records) != 100:
        raise ValueError("the weights do not add up to 100")
    return records


def ats_spans(streams: list[str], content: Content) -> list[tuple[int, int]]:
    """(page, page_end) of every indicator row: the page holding the row's cells in order.

    reportlab draws a table row by row, cell by cell, so a row's cells follow each other
    in the page's character stream; a row split over two pages would not be found whole.
    """
    rows = [row for block in content["body"] if block["kind"] == "table" for row in ats_rows(block)]
    spans, page, offset = [], 0, 0
    for cells in rows:
        needle = squash("".join(cells))
        while (found := streams[page].find(needle, offset)) < 0:
            page, offset = page + 1, 0
            if page == len(streams):
                raise ValueError(f"row not found whole on one page: {cells[2][:60]!r}")
        offset = found + len(needle)
        spans.append((page + 1, page + 1))
    return spans


def same_table(first: Record, second: Record) -> bool:
    """Whether two records come from the same table (one table per area)."""
    return first["area_code"] == second["area_code"]


def check_ats(pdf_path: Path, content: Content, records: list[Record]) -> list[str]:
    """TOC and budget pages silent, only horizontal rules, zebra, 7.5 pt, a continued table."""
    streams = page_streams(pdf_path)
    problems: list[str] = []
    busy = {r["page"] for r in records}
    for marker in ("Indice", "Costi della produzione"):
        found = [n + 1 for n, s in enumerate(streams) if squash(marker) in s]
        print(f"  {marker!r} on pages {found}")
        if not found or any(n in busy for n in found):
            problems.append(f"{marker!r} missing or on a page with records")
    header = squash("".join(c["header"] for c in content["columns"]))
    with pdfplumber.open(pdf_path) as pdf:
        for number in sorted(busy):
            page = pdf.pages[number - 1]
            vertical = [e for e in page.lines if abs(e["x0"] - e["x1"]) < 0.1]
            vertical += [r for r in page.rects if r["stroke"]]
            zebra = [r for r in page.rects if r["fill"] and r["non_stroking_color"] == ZEBRA_RGB]
            sizes = {round(c["size"], 1) for c in page.chars if c["text"] == "%"}
            if vertical or not zebra or sizes != {7.5}:
                problems.append(f"page {number}: vertical rules, no zebra or sizes {sizes}")
    continued = []
    for previous, current in pairwise(records):
        if current["page"] == previous["page"] + 1 and same_table(previous, current):
            stream = streams[current["page"] - 1]
            if -1 < stream.find(header) < stream.find(squash(current["indicator"])[:30]):
                continued.append(current["page"])
    print(f"  records on pages {sorted(busy)}; table continued under its header on {continued}")
    if not continued:
        problems.append("no table runs across a page break with its header repeated")
    return problems


def make_ats(name: str, out: Path) -> list[str]:
    """Render the ATS sample, write its PDF and truth, return failed checks."""
    content = load_content(name)
    records = ats_records(content)
    pdf_path = out / f"{name}.pdf"
    render_ats(content, pdf_path)
    streams = page_streams(pdf_path)
    for record, (page, page_end) in zip(records, ats_spans(streams, content), strict=True):
        record.update(page=page, page_end=page_end)
    write_truth(content, records, pdf_path, len(streams))
    return check_ats(pdf_path, content, records)


# --------------------------------------------------------------------------- main

SAMPLES: dict[str, Callable[[str, Path], list[str]]] = {
    "provincia-trento-2024-piano": make_trento,
    "atsinsubria-2023-relazione": make_ats,
}
