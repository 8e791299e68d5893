"""The records of the report formats, from the content alone (hand-written values
checked against their cells), and the printed cells of each row that find its page."""

from __future__ import annotations

import re
from typing import Any

from .. import truth
from ..truth import STATUS_TEXTS, checked_met, new_record, plain, value_fields

Content = dict[str, Any]
Item = dict[str, Any]
Row = dict[str, Any]
Record = dict[str, Any]


def group_records(content: Content) -> list[Record]:
    """One record per indicator row, in document order."""
    records: list[Record] = []
    area: Record = {}
    for block in content["body"]:
        if block["kind"] == "heading":
            if block["level"] != "area":
                raise ValueError("a ruled_groups report has area headings only")
            area = {"area_code": block["code"], "area_title": block["title"]}
        if block["kind"] != "table":
            continue
        for group in block["groups"]:
            for item in group["indicators"]:
                target, actual = plain(item["target"]), plain(item["actual"])
                what = f"indicator {item['number']}"
                record = new_record(
                    area,
                    objective_level="strategic",
                    objective_title=group["objective"],
                    indicator_code=item["number"],
                    indicator=plain(item["indicator"]),
                    weight=item["weight_value"],
                    target=target,
                    actual=actual,
                    status=STATUS_TEXTS[item["status"]],
                    status_text=plain(item["status"]),
                    met=item["met"],
                )
                record.update(value_fields("target", item["target_parsed"], target, what))
                record.update(value_fields("actual", item["actual_parsed"], actual, what))
                if item["weight"] != f"{item['weight_value']}%":
                    raise ValueError(f"{what}: weight {item['weight']!r} annotated wrongly")
                checked_met(what, item["met"], record)
                records.append(record)
    if sum(r["weight"] for r in records) != 100:
        raise ValueError("the weights do not add up to 100")
    return records


def export_records(sample: Content) -> tuple[list[Record], list[list[str]]]:
    """One record per row; also the printed cells of each row (to find its page)."""
    fields = [column["field"] for column in sample["columns"]]
    records, printed = [], []
    for row in sample["rows"]:
        cells = dict(zip(fields, row["cells"], strict=True))
        code, what = cells["objective_code"], cells["indicator_code"]
        if not re.fullmatch(r"\d+\.\d+\.\d+", code) or not what.startswith(f"{code}."):
            raise ValueError(f"{what}: codes do not nest under {code}")
        record = truth.new_record(
            truth.objective_context("operational", code, truth.plain(cells["objective_title"])),
            indicator_code=truth.plain(what),
            indicator=truth.plain(cells["indicator"]),
            unit=truth.plain(cells["unit"]),
            target=truth.plain(cells["target"]),
            actual=truth.plain(cells["actual"]),
        )
        record.update(truth.annotated(cells, row, what))
        records.append(record)
        printed.append([cells["indicator"], *row["cells"]])  # the indicator finds the row
    return records, printed


def noted_records(sample: Content) -> tuple[list[Record], list[list[str]]]:
    """One record per indicator row; also the printed cells of each row (to find its page)."""
    records, printed, context = [], [], {}
    for item in sample["body"]:
        if item["kind"] == "heading":
            context = truth.objective_context(item["level"], item["code"], item["title"])
            continue
        what = item["code"]
        if not what.startswith(f"{context['objective_code']}."):
            raise ValueError(f"{what} not under {context['objective_code']}")
        if truth.percent_of(item["achievement"]) != item["achievement_value"]:
            raise ValueError(f"{what}: achievement {item['achievement_value']}")
        if not item["note"].startswith("Note: "):
            raise ValueError(f"{what}: the note row has no label")
        record = truth.new_record(
            context,
            indicator_code=what,
            indicator=truth.plain(item["indicator"]),
            year=sample["year"],
            target=truth.plain(item["target"]),
            actual=truth.plain(item["actual"]),
            achievement=item["achievement_value"],
            comment=truth.plain(item["note"]),
        )
        record.update(truth.value_fields("target", item["target_parsed"], item["target"], what))
        record.update(truth.value_fields("actual", item["actual_parsed"], item["actual"], what))
        record["met"] = truth.checked_met(what, item["met"], record)
        records.append(record)
        printed.append([item["indicator"], item["code"], item["target"], item["actual"],
                        item["note"]])  # fmt: skip
    return records, printed


def borderless_records(sample: Content) -> tuple[list[Record], list[list[str]]]:
    """One record per indicator and year (ascending); also each row's printed cells."""
    years = sample["years"]
    if sample["headers"][4:] != [f"Target {y}" for y in years]:
        raise ValueError("target headers do not match the years")
    records, printed = [], []
    for row in sample["rows"]:
        if row["area"] and row["area"] != f"{row['area_code']} – {row['area_title']}":
            raise ValueError(f"area cell annotated wrongly: {row['area']!r}")
        if row["objective"] and row["objective"] != (
            f"{row['objective_code']} – {row['objective_title']}"
        ):
            raise ValueError(f"objective cell annotated wrongly: {row['objective']!r}")
        if not row["objective_code"].startswith(f"{row['area_code']}."):
            raise ValueError(f"{row['objective_code']} not under area {row['area_code']}")
        for year, cell, parsed in zip(years, row["targets"], row["targets_parsed"], strict=True):
            what = f"{row['indicator'][:30]!r} {year}"
            area = (row["area_code"], row["area_title"])
            record = truth.new_record(
                truth.objective_context(
                    "strategic", row["objective_code"], row["objective_title"], area
                ),
                indicator=truth.plain(row["indicator"]),
                formula=truth.plain(row["formula"]),
                year=year,
                target=truth.plain(cell),
            )
            record.update(truth.value_fields("target", parsed, cell, what))
            record.update(truth.value_fields("actual", None, None, what))
            records.append(record)
        printed.append([row["indicator"], row["formula"], *[t for t in row["targets"] if t]])
    return records, printed


def abbreviated_records(sample: Content) -> tuple[list[Record], list[list[str]]]:
    """One record per indicator row; also each row's printed cells (to find its page)."""
    records, printed = [], []
    context: Record = {}
    for block in sample["body"]:
        if block["kind"] == "heading":
            context = truth.objective_context(block["level"], block["code"], block["title"])
            continue
        for item in block["rows"]:
            what = item["code"]
            if context["objective_level"] != "operational" or not what.startswith(
                f"{context['objective_code']}."
            ):
                raise ValueError(f"{what} not under an operational objective")
            if truth.percent_of(item["achievement"]) != item["achievement_value"]:
                raise ValueError(f"{what}: achievement {item['achievement_value']}")
            record = truth.new_record(
                context,
                indicator_code=what,
                indicator=truth.plain(item["indicator"]),
                type=truth.plain(item["type"]),
                unit=truth.plain(item["unit"]),
                target=truth.plain(item["target"]),
                actual=truth.plain(item["actual"]),
                achievement=item["achievement_value"],
            )
            record.update(truth.value_fields("target", item["target_parsed"], item["target"], what))
            record.update(truth.value_fields("actual", item["actual_parsed"], item["actual"], what))
            record["met"] = truth.checked_met(what, item["met"], record)
            records.append(record)
            printed.append([item["indicator"], what, item["target"], item["actual"]])
    return records, printed


def _text(cell: Any) -> str:
    """A cell's text without a superscript marker (footnote reference, not cell text)."""
    return str(cell["text"]) if isinstance(cell, dict) else str(cell)


def _printed(cell: Any) -> str:
    return f"{cell['text']}{cell['sup']}" if isinstance(cell, dict) else str(cell)


def _check_markers(objective: Content) -> None:
    """Every marker has its footnote under the table and every footnote a marker."""
    used = set()
    for row in objective["rows"]:
        for cell in [row["baseline"], *row["targets"]]:
            if isinstance(cell, dict):
                used.add(cell["sup"])
            used |= {f"({n})" for n in re.findall(r"\((\d)\)", _text(cell))}
    notes = {note.split(" ", 1)[0] for note in objective["footnotes"]}
    if used != notes:
        raise ValueError(f"{objective['code']}: markers {used} but footnotes {notes}")


def numbered_records(sample: Content) -> tuple[list[Record], list[list[str]]]:
    """One record per indicator and year (ascending); also each indicator row's cells."""
    years = sample["years"]
    if sample["headers"][2:5] != [f"Target {y}" for y in years]:
        raise ValueError("target headers do not match the years")
    records, printed, strategic = [], [], None
    for objective in sample["objectives"]:
        level, code, title = objective["level"], objective["code"], objective["title"]
        pattern = r"(\d+)\. (.+)" if level == "strategic" else r"(\d+\.\d+) (.+)"
        match = re.fullmatch(pattern, objective["text"])
        if not match or match.groups() != (code, title):
            raise ValueError(f"heading annotated wrongly: {objective['text']!r}")
        if level == "strategic":
            strategic = code
        elif strategic is None or not code.startswith(f"{strategic}."):
            raise ValueError(f"operational {code} not under strategic {strategic}")
        _check_markers(objective)
        for row in objective["rows"]:
            printed.append([_printed(c) for c in (row["indicator"], row["baseline"],
                                                   *row["targets"], row["source"])])  # fmt: skip
            for year, cell in zip(years, row["targets"], strict=True):
                parsed = row["parsed"][str(year)]
                what = f"{row['indicator'][:30]!r} {year}"
                record = truth.new_record(
                    truth.objective_context(level, code, title),
                    indicator=truth.plain(row["indicator"]),
                    data_source=truth.plain(row["source"]),
                    baseline=truth.plain(_text(row["baseline"])),
                    year=year,
                    target=truth.plain(_text(cell)),
                )
                record.update(truth.value_fields("target", parsed, _text(cell), what))
                record.update(truth.value_fields("actual", None, None, what))
                record["met"] = truth.checked_met(what, None, record)
                records.append(record)
    return records, printed
