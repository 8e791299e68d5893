#!/usr/bin/env python3
"""Build the two holdout2 Excel samples (PDF), their content files and their ground truths.

* ``cciaa-molise-2023-relazione``: Camera di Commercio del Molise, Relazione sulla
  performance 2023. Landscape, thin borders on every table cell and no printed gridlines,
  grey header row repeated on every page, hierarchy as bold rows merged across the table
  (area, strategic objective, operational objective), columns ``KPI | Algoritmo di
  calcolo | Peso % | Target 2023 | Risultato 2023 | Grado di raggiungimento``. Calc never
  splits a row over a page break, so an objective's rows continue on the next page under
  the repeated header, its heading not repeated.
* ``regione-marche-2022-relazione``: Regione Marche – Giunta regionale, Relazione sulla
  performance 2022. Portrait and borderless but for a rule under the header; a prose page;
  a two-row header with the years 2021 and 2022 each merged over ``Target | Consuntivo``
  (one record per indicator and year); bold ``Obiettivo strategico`` rows; a last summary
  table ``Obiettivi | Numero | %`` that yields no record.

The content and its hand-written parsed annotations are in ``holdout2_excel_molise.py``
and ``holdout2_excel_marche.py`` (written out as ``NAME.content.json``); the truth is
built from them alone, mechanical rules re-checked here. Only ``page``/``page_end`` are
read back from the PDF that LibreOffice Calc prints, by locating each indicator's text
with pdfplumber. The layout features are then checked in the PDF (exit status 1 if one
is missing).

usage: .venv/bin/python samples/make_holdout2_excel.py [NAME ...] [--out DIR]

Needs openpyxl, pdfplumber (with Pillow), fontconfig and LibreOffice Calc.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .excel_pages import locate_rows, read_pages
from .holdout2_excel_checks import check_marche, check_molise, read_rule_pages
from .holdout2_excel_layouts import MOLISE_STYLE, marche_workbook, molise_workbook
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

Content = dict[str, Any]
Record = dict[str, Any]


# --------------------------------------------------------------------------- values


def split_heading(text: str, label: str, dash: str) -> tuple[str, str]:
    """``LABEL code - title`` → (code, title)."""
    match = re.fullmatch(rf"{label} (\S+) {dash} (.+)", text)
    if not match:
        raise ValueError(f"not '{label} code {dash} title': {text!r}")
    return match.group(1), match.group(2)


# --------------------------------------------------------------------------- records

MOLISE_LABELS = {
    "area": "AREA STRATEGICA",
    "strategic": "OBIETTIVO STRATEGICO",
    "operational": "Obiettivo operativo",
}


def molise_records(content: Content) -> tuple[list[Record], list[str]]:
    """One record per KPI row under its deepest heading; also each row's objective code."""
    sheet, records, owners = content["sheet"], [], []
    fields = [column["field"] for column in sheet["columns"]]
    context: Record = {}
    for row in sheet["rows"]:
        if "heading" in row:
            level, code = row["heading"], row["code"]
            if split_heading(row["text"], MOLISE_LABELS[level], "-") != (code, row["title"]):
                raise ValueError(f"heading annotated wrongly: {row}")
            if level == "area":
                context = {"area_code": code, "area_title": row["title"]}
            else:
                parent = context["area_code"] if level == "strategic" else context.get("strategic")
                if not code.startswith(f"{parent}.") or (
                    level == "operational" and context["objective_level"] == "area"
                ):
                    raise ValueError(f"objective {code} outside {parent}")
                if level == "strategic":
                    context["strategic"] = code
            context.update(objective_level=level, objective_code=code)
            context["objective_title"] = row["title"]
            continue
        cells = dict(zip(fields, row["cells"], strict=True))
        what = f"{cells['indicator'][:40]!r}"
        record: Record = dict.fromkeys(RECORD_KEYS)
        record.update({k: v for k, v in context.items() if k in RECORD_KEYS})
        record.update(indicator=plain(cells["indicator"]), formula=plain(cells["formula"]))
        record.update(year=content["year"], target=plain(cells["target"]))
        record["actual"] = plain(cells["actual"])
        if row["weight"] != percent_of(cells["weight"], sign=False):
            raise ValueError(f"{what}: weight {row['weight']} vs {cells['weight']!r}")
        if row["achievement"] != percent_of(cells["achievement"]):
            raise ValueError(f"{what}: achievement {row['achievement']} vs {cells['achievement']}")
        record.update(weight=row["weight"], achievement=row["achievement"])
        record.update(value_fields("target", row["target_parsed"], cells["target"], what))
        record.update(value_fields("actual", row["actual_parsed"], cells["actual"], what))
        record["met"] = checked_met(what, row["met"], row["target_parsed"], row["actual_parsed"])
        records.append(record)
        owners.append(context["objective_code"])
    return records, owners


def marche_records(content: Content) -> tuple[list[Record], list[Record]]:
    """Per indicator row, one record per year (ascending); returns (records, indicator rows)."""
    sheet, records, rows = content["sheet"], [], []
    columns = sheet["columns"]
    years = sorted({c["year"] for c in columns if c["year"]})
    context: Record = {}
    for row in sheet["rows"]:
        if "heading" in row:
            code, title = split_heading(row["text"], "Obiettivo strategico", "–")
            if (code, title) != (row["code"], row["title"]) or row["heading"] != "strategic":
                raise ValueError(f"heading annotated wrongly: {row}")
            context = {"area_code": code.split(".")[0], "area_title": None}
            context.update(objective_level="strategic", objective_code=code)
            context["objective_title"] = title
            continue
        cells = {(c["field"], c["year"]): t for c, t in zip(columns, row["cells"], strict=True)}
        code = cells[("indicator_code", None)]
        if not code.startswith(f"{context['objective_code']}."):
            raise ValueError(f"indicator {code} outside {context}")
        if sorted(int(y) for y in row["years"]) != years:
            raise ValueError(f"{code}: annotated years {sorted(row['years'])}, not {years}")
        rows.append(row)
        for year in years:
            parsed = row["years"][str(year)]
            what = f"{code} {year}"
            target, actual = cells[("target", year)], cells[("actual", year)]
            record: Record = dict.fromkeys(RECORD_KEYS)
            record.update(context, indicator_code=code, year=year)
            record.update(indicator=plain(cells[("indicator", None)]))
            record.update(target=plain(target), actual=plain(actual))
            record.update(value_fields("target", parsed["target"], target, what))
            record.update(value_fields("actual", parsed["actual"], actual, what))
            record["met"] = checked_met(what, parsed["met"], parsed["target"], parsed["actual"])
            records.append(record)
    return records, rows


# --------------------------------------------------------------------------- samples


def make_sample(name: str, out: Path) -> list[str]:
    """Render one sample, write its content, PDF and truth; return the failed checks."""
    content = load_content(name)
    sheet = content["sheet"]
    if name.startswith("cciaa-molise"):
        records, owners = molise_records(content)
        pdf_path = print_pdf(molise_workbook(sheet), ".xlsx", out / f"{name}.pdf")
        widths = [float(c["width"]) for c in sheet["columns"]]
        pages = read_pages(pdf_path, widths, MOLISE_STYLE)
        rows = [row for row in sheet["rows"] if "cells" in row]
        per_row = 1
    else:
        records, rows = marche_records(content)
        pdf_path = print_pdf(marche_workbook(content), ".xlsx", out / f"{name}.pdf")
        pages = read_rule_pages(pdf_path, sheet["columns"])
        per_row = len({c["year"] for c in sheet["columns"] if c["year"]})
    try:
        spans = locate_rows(pages, sheet["columns"], rows)
    except ValueError as error:  # a page without the table header, a row not printed
        (out / f"{name}.truth.json").unlink(missing_ok=True)
        return [f"no truth written: {error}"]
    for index, record in enumerate(records):
        record.update(page=spans[index // per_row][0], page_end=spans[index // per_row][1])
    write_truth(content, records, pdf_path, len(pages))
    used = sorted({r["page"] for r in records})
    problems = [] if len(used) >= 2 else ["the records do not run over two pages"]
    if name.startswith("cciaa-molise"):
        return problems + check_molise(pdf_path, pages, sheet, spans, owners)
    return problems + check_marche(pdf_path, pages, content, spans)


SAMPLES = dict.fromkeys(
    ("cciaa-molise-2023-relazione", "regione-marche-2022-relazione"), make_sample
)
