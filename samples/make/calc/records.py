"""The records of the Calc formats, from the content alone: the hierarchy of headings
and hierarchy cells, one record per indicator row and year, hand-written values
checked against their cells."""

from __future__ import annotations

import re
from typing import Any

from .. import truth
from ..truth import (
    STATUS_TEXTS,
    Record,
    check_met,
    check_percent,
    checked_met,
    new_record,
    percent_of,
    plain,
    value_fields,
)

LEVELS = ("area", "strategic", "operational")
Content = dict[str, Any]
Sheet = dict[str, Any]
Row = dict[str, Any]
#: Fields whose record value is the cell as printed.
TEXT_FIELDS = (
    "indicator_code", "indicator", "type", "unit", "baseline", "formula", "data_source", "notes",
    "target", "actual",
)  # fmt: skip


def heading_context(level: str, code: str, title: str, area: Record | None) -> Record:
    """Hierarchy fields under a heading; without printed areas the code's first segment."""
    if level == "area":
        return truth.objective_context(level, code, title, (code, title))
    printed = (area["area_code"], area["area_title"]) if area else None
    return truth.objective_context(level, code, title, printed)


def indicator_records(row: Row, columns: list[dict[str, Any]], context: Record) -> list[Record]:
    """One record per year named in the column headers, in ascending order (the values
    written by hand in the row's ``years``); without years one, its values in the row."""
    years: list[int | None] = sorted({c["year"] for c in columns if c.get("year")})
    records = []
    for year in years or [None]:
        annotated = row["years"][str(year)] if year else row
        label = f"{row['cells'][1][:40]!r} {year}"
        weight = annotated.get("weight", row.get("weight"))  # a weight a year, or one
        record = new_record(context, year=year, weight=weight)
        for column, cell in zip(columns, row["cells"], strict=True):
            name, column_year = column["field"], column.get("year")
            if column_year not in (None, year):
                continue
            text = plain(cell)
            what = f"{label} {name}"
            if name in TEXT_FIELDS:
                record[name] = text
            if name in ("target", "actual"):
                record.update(value_fields(name, annotated.get(name), cell, label))
            elif name == "achievement":
                record["achievement"] = annotated.get("achievement")
                if record["achievement"] != percent_of(cell):
                    raise ValueError(f"{what}: achievement {record['achievement']} vs {cell!r}")
            elif name == "weight" and weight != percent_of(text, sign=False):
                raise ValueError(f"{what}: weight annotated {weight} for {cell!r}")
            elif name == "status":
                record.update(status=row["status"], status_text=text)
                if STATUS_TEXTS.get(text or "") != row["status"]:
                    raise ValueError(f"{what}: status {row['status']!r} for {cell!r}")
        record["met"] = checked_met(label, annotated.get("met"), record)
        records.append(record)
    return records


def sheets_build_records(sheet: dict[str, Any]) -> list[tuple[Row, list[Record]]]:
    """Return every indicator row of the sheet with its records (one per year)."""
    columns = sheet["columns"]
    groups: list[tuple[Row, list[Record]]] = []
    context: Record = {}
    area: Record | None = None
    objective_column = next((i for i, c in enumerate(columns) if c["field"] == "objective"), None)
    levels = [(i, c["field"]) for i, c in enumerate(columns) if c["field"] in LEVELS]
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
        for index, level in levels:  # hierarchy columns: ``code – title`` cells
            context = heading_context(level, *split_code(row["cells"][index]), area)
            area = context if level == "area" else area
        groups.append((row, indicator_records(row, columns, context)))
    return groups


def merged_cells_records(content: Content) -> list[Record]:
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


def split_code(text: str, label: str = "") -> tuple[str, str]:
    """``label code – title`` → (code, title)."""
    match = re.fullmatch(rf"{label}(\S+) – (.+)", text)
    if not match:
        raise ValueError(f"not '{label}code – title': {text!r}")
    return match.group(1), match.group(2)
