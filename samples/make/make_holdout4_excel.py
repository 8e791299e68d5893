#!/usr/bin/env python3
"""Build the two holdout4 Excel samples (PDF), their content files and their ground truths.

* ``provincia-cuneo-2023-relazione``: Provincia di Cuneo, Relazione sulla performance
  2023. Landscape, thin borders on every cell; narrow ``Tipo``, ``Peso``, ``Esito`` columns
  with header labels rotated 90°; ``Valore 2021 | Valore 2022 | Target 2023 | Valore 2023``
  give one record per indicator and year (2021 and 2022: actual only; 2023: target and
  actual); bold ``Obiettivo strategico`` / ``Obiettivo operativo`` rows merged across.
* ``comune-trieste-2022-peg``: Comune di Trieste, PEG 2022 – Relazione sui risultati.
  Portrait, printed gridlines; a title page; ``Obiettivo`` holds the indicator; shaded
  merged objective rows; bulleted expected results; a budget table with no record.

Content and hand-written parsed annotations are in ``holdout4_excel_cuneo.py`` and
``holdout4_excel_trieste.py`` (written out as ``NAME.content.json``); the truth is built
from them alone. Only ``page``/``page_end`` are read back from the PDF (pdfplumber). The
layout features are then checked in the PDF (exit status 1 if one is missing).

usage: .venv/bin/python samples/make_holdout4_excel.py [NAME ...] [--out DIR]
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .excel_layouts import SheetStyle
from .excel_pages import locate_rows, read_pages
from .holdout4_excel_checks import check_cuneo, check_trieste
from .holdout4_excel_layouts import CUNEO_HEADER, TRIESTE_HEADER, cuneo_workbook, trieste_workbook
from .office import print_pdf
from .truth import (
    RECORD_KEYS,
    checked_met,
    load_content,
    percent_of,
    plain,
    value_fields,
    write_truth,
)

HERE = Path(__file__).resolve().parents[1]
DEFAULT_OUT = HERE
LABELS = {"strategic": "Obiettivo strategico", "operational": "Obiettivo operativo"}

Content = dict[str, Any]
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
            context = {"area_code": code.split(".")[0], "area_title": None,
                       "objective_level": level, "objective_code": code,
                       "objective_title": title}  # fmt: skip
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
            record["met"] = checked_met(what, note["met"], note["target"], note["actual"])
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
        record["met"] = checked_met(what, row["met"], row["target_parsed"], row["actual_parsed"])
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
    fill = CUNEO_HEADER if is_cuneo else TRIESTE_HEADER
    style = SheetStyle(landscape=is_cuneo, font_size=9, header_fill=fill)
    pages = read_pages(pdf_path, [float(c["width"]) for c in sheet["columns"]], style)
    rows = [row for row in sheet["rows"] if "cells" in row]
    try:
        spans = locate_rows(pages, sheet["columns"], rows)
    except ValueError as error:
        (out / f"{name}.truth.json").unlink(missing_ok=True)
        return [f"no truth written: {error}"]
    records = []
    for span, group in zip(spans, grouped, strict=True):
        for record in group:
            record.update(page=span[0], page_end=span[1])
            records.append(record)
    write_truth(content, records, pdf_path, len(pages))
    used = sorted({r["page"] for r in records})
    problems = [] if len(used) >= 2 else ["the records do not run over two pages"]
    check = check_cuneo if is_cuneo else check_trieste
    return problems + check(pdf_path, content, spans)


SAMPLES = dict.fromkeys(("provincia-cuneo-2023-relazione", "comune-trieste-2022-peg"), make_sample)
