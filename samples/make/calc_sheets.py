"""Workbooks of the ``sheets`` content format (Excel printed by LibreOffice Calc), one
:class:`~calc.SheetStyle` per issuer.

* ``regione-2024-relazione``: gridlines, shaded headings, per-year column groups
  (``Risultato 2024 | Target 2024 | % 2024 | …``), three pages with the header repeated;
* ``cciaa-bari-2025-piano``: shading only, no rules, a code column without header;
* ``parco-dolomiti-2022-relazione``: the objective as a column, an ``Esito`` status
  column, a budget sheet.

A content file holds ``sheets``: the first the indicators (``columns`` with field, label
and width; ``rows`` of headings and indicators with their hand-written ``parsed``
values), the others printed without records.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import calc, truth
from .calc import (
    LEVELS,
    SheetStyle,
    add_sheet,
    filled_header,
    locate_rows,
    new_workbook,
    read_pages,
)
from .office import print_pdf
from .truth import (
    RECORD_KEYS,
    check_parsed,
    checked_met,
    load_content,
    percent_of,
    plain,
    write_truth,
)

STYLES: dict[str, SheetStyle] = {
    "regione": SheetStyle(
        landscape=True,
        font_size=8,
        header_fill="1F3864",
        header_font_color="FFFFFF",
        heading_fills={"area": "9DC3E6", "strategic": "DDEBF7"},
        borders=True,
        gridlines=True,
        margins_in=(0.4, 0.4, 0.7, 0.7),
        page_header="Regione Marche – Relazione sulla performance 2024",
    ),
    "cciaa": SheetStyle(
        landscape=False,
        font_size=8.5,
        header_fill="1F4E78",
        header_font_color="FFFFFF",
        heading_fills={"strategic": "9BC2E6", "operational": "D6E4F2"},
        row_fills=("F2F2F2", "FFFFFF"),
        margins_in=(0.6, 0.6, 0.8, 0.8),
    ),
    "parco": SheetStyle(
        landscape=True,
        font_size=9,
        header_fill="D9D9D9",
        gridlines=True,
        margins_in=(0.5, 0.5, 0.75, 0.75),
    ),
    "parco-bilancio": SheetStyle(
        landscape=False,
        font_size=9,
        header_fill="E2EFDA",
        heading_fills={"section": "F2F2F2"},
        borders=True,
        margins_in=(0.7, 0.7, 0.75, 0.75),
    ),
}

STATUS_TEXTS = {
    "Raggiunto": "achieved",
    "Parzialmente raggiunto": "partially_achieved",
    "Non raggiunto": "not_achieved",
    "Sospeso": "suspended",
}
TEXT_FIELDS = ("indicator_code", "indicator", "formula", "data_source", "notes", "target", "actual")

Record = dict[str, Any]
Row = dict[str, Any]


# --------------------------------------------------------------------------- records


def heading_context(level: str, code: str, title: str, area: Record | None) -> Record:
    """Hierarchy fields under a heading; without printed areas the code's first segment."""
    if level == "area":
        return truth.objective_context(level, code, title, (code, title))
    printed = (area["area_code"], area["area_title"]) if area else None
    return truth.objective_context(level, code, title, printed)


def indicator_records(row: Row, columns: list[dict[str, Any]], context: Record) -> list[Record]:
    """One record per year named in the column headers, in ascending order."""
    years = sorted({c["year"] for c in columns if c.get("year")})
    if not years:
        raise ValueError("the indicator sheet names no year in its headers")
    records = []
    for year in years:
        annotated = row["years"][str(year)]
        label = f"{row['cells'][1][:40]!r} {year}"
        record: Record = dict.fromkeys(RECORD_KEYS)
        record.update(context, year=year, weight=row.get("weight"))
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
            elif name == "weight" and row.get("weight") != percent_of(text, sign=False):
                raise ValueError(f"{what}: weight annotated {row.get('weight')} for {cell!r}")
            elif name == "status":
                record.update(status=row["status"], status_text=text)
                if STATUS_TEXTS.get(text or "") != row["status"]:
                    raise ValueError(f"{what}: status {row['status']!r} for {cell!r}")
        record["met"] = checked_met(label, annotated.get("met"), record)
        records.append(record)
    return records


def build_records(sheet: dict[str, Any]) -> list[tuple[Row, list[Record]]]:
    """Return every indicator row of the sheet with its records (one per year)."""
    columns = sheet["columns"]
    groups: list[tuple[Row, list[Record]]] = []
    context: Record = {}
    area: Record | None = None
    objective_column = next((i for i, c in enumerate(columns) if c["field"] == "objective"), None)
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
        groups.append((row, indicator_records(row, columns, context)))
    return groups


# --------------------------------------------------------------------------- checks


# --------------------------------------------------------------------------- main


def make_sample(name: str, out: Path) -> list[str]:
    """Render one sample, write its PDF and truth; return the failed layout checks."""
    content = load_content(name)
    sheets = content["sheets"]
    groups = build_records(sheets[0])
    workbook = new_workbook()
    for sheet in sheets:
        add_sheet(workbook, sheet, STYLES[sheet["style"]])
    pdf_path = print_pdf(workbook, ".xlsx", out / f"{name}.pdf")
    main_sheet = sheets[0]
    style = STYLES[main_sheet["style"]]
    pages = read_pages(
        pdf_path, [float(c["width"]) for c in main_sheet["columns"]], filled_header(style)
    )
    spans = locate_rows(pages, main_sheet["columns"], [row for row, _ in groups])
    records = []
    for (_, row_records), (page, page_end, _, _) in zip(groups, spans, strict=True):
        for record in row_records:
            record.update(page=page, page_end=page_end)
        records.extend(row_records)
    write_truth(content, records, pdf_path, len(pages))
    return calc.rows_apart(spans)
