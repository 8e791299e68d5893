"""The records of the Word formats, from the content alone: the hierarchy of headings,
indicator rows, and the status and comment of the rows and paragraphs after them."""

from __future__ import annotations

from typing import Any

from ..truth import (
    STATUS_TEXTS,
    check_met,
    checked_met,
    new_record,
    objective_context,
    row_records,
    value_fields,
)
from .content import Block, Content, Item, Record, all_items, field_year, plain

#: The status phrases of ``Esito:`` paragraphs and status columns.
STATUSES = {
    **STATUS_TEXTS,
    "Obiettivo sospeso": "suspended",
    "✔ Raggiunto": "achieved",
    "◐ Parzialmente raggiunto": "partially_achieved",
    "✘ Non raggiunto": "not_achieved",
    "OBIETTIVO RAGGIUNTO": "achieved",
    "OBIETTIVO PARZIALMENTE RAGGIUNTO": "partially_achieved",
    "OBIETTIVO NON RAGGIUNTO": "not_achieved",
}


class Hierarchy:
    """The area and deepest objective that enclose what follows (CONVENTIONS.md)."""

    def __init__(self) -> None:
        self.area: tuple[str, str | None] | None = None
        self.context: Record = {}

    def enter(self, objective: Block) -> None:
        """Open an area or objective heading."""
        level, code, title = objective["level"], objective["code"], plain(objective["title"])
        if level == "area":
            self.area = (code, title)
        area = self.area or (code.replace("_", ".").split(".")[0], None)
        self.context = objective_context(level, code, title or "", area)
        self.context["objective_title"] = title


def tables_build_records(content: Content) -> list[list[Record]]:
    """Make the records of every indicator row (page numbers unset), row by row.

    A status row after an indicator gives its status, phrase and the start of its comment;
    paragraphs after an indicator, up to the next heading, table or header row, add to the
    comment. An ``esito`` paragraph right after a table gives the status of all its
    indicators, and the paragraphs after it are their comment. A status column is checked
    against the hand-written status, a status row's phrase against its status, and the
    weights of an objective add up to 100 in ``weights_add_up`` tables. A scheda's
    key/value table gives the hierarchy of its indicator rows.
    """
    hierarchy = Hierarchy()
    rows: list[list[Record]] = []
    commented: list[list[Record]] = []
    comment: list[str] | None = None
    last_table: list[list[Record]] | None = None
    weights: dict[str, float] = {}

    def close_comment() -> None:
        nonlocal comment
        if comment is not None:
            for record in (r for row in commented for r in row):
                record["comment"] = " ".join(comment) or None
        comment = None

    for block in content["body"]:
        if "esito" in block:
            phrase, status = block["esito"]["phrase"], block["esito"]["status"]
            if not last_table or STATUSES.get(phrase) != status:
                raise ValueError(f"esito {phrase!r} not right after a table, or not {status}")
            for record in (r for row in last_table for r in row):
                record.update(status=status, status_text=plain(phrase))
            commented, comment = last_table, []
        elif "paragraph" in block and comment is not None:
            comment.append(plain(block["paragraph"]) or "")
        elif "paragraph" not in block:
            close_comment()
        if "objective" in block:
            hierarchy.enter(block["objective"])
        if "scheda" in block:
            hierarchy.context = scheda_context(block["scheda"])
        last_table = None
        spec = block.get("table") or block.get("scheda", {}).get("table") or {"fields": None}
        for row in spec["rows"] if spec["fields"] is not None else []:
            if "objective" in row:
                close_comment()
                hierarchy.enter(row["objective"])
            elif "status" in row:
                wrong = STATUSES.get(row["phrase"], row["status"]) != row["status"]
                if wrong or comment != [] or rows[-1][0]["status"] is not None:
                    raise ValueError(f"status row not right after an indicator, or wrong: {row}")
                for record in rows[-1]:
                    record.update(status=row["status"], status_text=plain(row["phrase"]))
                comment = [text] if (text := plain(row.get("comment"))) else []
            else:
                close_comment()
                rows.append(
                    row_records(spec["fields"], row["cells"], row["parsed"], hierarchy.context)
                )
                last_table = [*(last_table or []), rows[-1]]
                commented, comment = [rows[-1]], []
                if spec.get("weights_add_up"):
                    code = rows[-1][0]["objective_code"]
                    weights[code] = weights.get(code, 0) + (rows[-1][0]["weight"] or 0)
        check_status_column(spec, last_table or [])
    close_comment()
    if any(total != 100 for total in weights.values()):
        raise ValueError(f"indicator weights of an objective do not add up to 100: {weights}")
    return rows


def check_status_column(spec: Block, rows: list[list[Record]]) -> None:
    """Refuse a status column that is not its hand-written status."""
    for row in rows:
        if "status_text" in spec["fields"] and STATUSES[row[0]["status_text"]] != row[0]["status"]:
            raise ValueError(f"{row[0]['status_text']}: not the status {row[0]['status']}")


def scheda_context(scheda: Block) -> Record:
    """Return the hierarchy fields a scheda gives, re-checking the hand-read objective."""
    pairs = dict(scheda["pairs"])
    code, title = scheda["objective"]["objective_code"], scheda["objective"]["objective_title"]
    if pairs["Obiettivo operativo"] != f"{code} – {title}":
        raise ValueError(f"objective {code} {title!r} is not what the scheda prints")
    hierarchy = Hierarchy()  # no area heading printed: area code from the objective code
    hierarchy.enter({"level": "operational", "code": code, "title": title})
    strategic = pairs["Obiettivo strategico"].split(" – ")[0]
    if scheda["objective"]["area_code"] != hierarchy.context["area_code"] or not code.startswith(
        strategic + "."
    ):
        raise ValueError(f"objective {code}: area code or strategic objective does not match")
    return hierarchy.context


def indicator_record(content: Content, row: Block, context: Record) -> Record:
    """Make the record of one indicator row (page numbers unset)."""
    parsed: dict[str, Any] = row["parsed"]
    record = new_record(context)
    for field, cell in zip(content["fields"], row["cells"], strict=True):
        text = plain(cell)
        if field in ("target", "actual"):
            what = f"{row['cells'][:2]}"
            record.update({field: text, **value_fields(field, parsed[field], text, what)})
        elif field == "achievement":
            record[field] = parsed[field]
            if parsed[field] is not None and not isinstance(parsed[field], (int, float)):
                raise ValueError(f"achievement of {row['cells'][:2]} is not a number")
        elif field != "extra":
            record[field] = text
    record.update(year=field_year(content), met=parsed["met"])
    return check_met(record)


def grid_build_records(content: Content) -> list[Record]:
    """Make every indicator's record in document order; a status row sets the one before."""
    hierarchy = Hierarchy()
    records: list[Record] = []
    for block in content["body"]:
        if "objective" in block:
            hierarchy.enter(block["objective"])
        for row in block.get("table", {}).get("rows", []):
            if "cells" in row:
                records.append(indicator_record(content, row, hierarchy.context))
            elif records[-1]["status"] is not None:
                raise ValueError(f"a second status row for {records[-1]['indicator']!r}")
            else:
                records[-1].update(
                    status=row["status"],
                    status_text=plain(row["phrase"]),
                    comment=plain(row.get("comment")),
                )
    return records


YEARS = (2024, 2025, 2026)


# One located row: the cells to find (table column order), the indicator column, records.
Located = tuple[list[str | None], int, list[Record]]


def record(context: Record, **fields: Any) -> Record:
    """Return a record with every key, the context and the fields set, ``met`` checked."""
    return check_met(new_record(context, **fields))


def area_tables(content: Any) -> list[list[Located]]:
    """Return, per table, the ``areas`` indicator rows and records (pages unset)."""
    tables = []
    for area in content["areas"]:
        located: list[Located] = []
        for objective in area["objectives"]:
            context = {
                "area_code": None,
                "area_title": area["title"],
                "objective_level": "strategic",
                "objective_code": objective["code"],
                "objective_title": objective["title"],
            }
            for row in objective["rows"]:
                name, unit, baseline, target, actual, stato = (plain(c) for c in row["cells"])
                if content["status_words"].get(stato) is None or row["status"] != stato:
                    raise ValueError(f"status of {name!r} is not what the row prints")
                fields = {
                    "indicator": name, "unit": unit, "baseline": baseline,
                    "target": target, **value_fields("target", row["target"], target, name),
                    "actual": actual, **value_fields("actual", row["actual"], actual, name),
                    "status": content["status_words"][stato], "status_text": stato,
                    "met": row["met"],
                }  # fmt: skip
                located.append(([None, *row["cells"]], 1, [record(context, **fields)]))
        tables.append(located)
    return tables


def objective_tables(content: Any) -> list[list[Located]]:
    """Return, per table, the ``objectives`` indicator rows and records (pages unset)."""
    tables = []
    for strategic in content["strategic"]:
        for operational in strategic["operational"]:
            code = operational["code"]
            if not code.startswith(strategic["code"] + "."):
                raise ValueError(f"objective {code} is not under {strategic['code']}")
            context = objective_context("operational", code, operational["title"])
            located: list[Located] = []
            for row in operational["rows"]:
                name, formula, source, baseline, *targets = (plain(c) for c in row["cells"])
                records = []
                for year, target, parsed in zip(YEARS, targets, row["targets"], strict=True):
                    fields = {
                        "indicator": name, "formula": formula, "data_source": source,
                        "baseline": baseline, "year": year, "target": target,
                        **value_fields("target", parsed, target, name),
                        **value_fields("actual", None, None, name),
                    }  # fmt: skip
                    records.append(record(context, **fields))
                located.append((row["cells"], 0, records))
            tables.append(located)
    return tables


HEADING_KINDS = ("area", "strategic", "operational")


STATUS_PHRASES = {
    "OBIETTIVO PARZIALMENTE CONSEGUITO": "partially_achieved",
    "OBIETTIVO NON CONSEGUITO": "not_achieved",
    "OBIETTIVO CONSEGUITO": "achieved",
}


SUSPENDED_TEXT = "Obiettivo sospeso"


def parsed_fields(item: Item, side: str) -> dict[str, Any]:
    """Return the hand-written parsed target or actual value as record fields."""
    value = item[f"{side}_parsed"]
    return {
        f"{side}_operator": value["operator"],
        f"{side}_value": value["value"],
        f"{side}_value_max": value["value_max"],
        f"{side}_unit": value["unit"],
    }


def split_status(item: Item) -> tuple[str, str, str | None]:
    """Return (status, phrase as printed, text after the phrase) of a status row."""
    text = plain(item["text"]) or ""
    for phrase, status in STATUS_PHRASES.items():
        if text.startswith(phrase):
            if status != item["status"]:
                raise ValueError(f"status row says {phrase!r}, annotated {item['status']!r}")
            return status, phrase, plain(text[len(phrase) :])
    raise ValueError(f"status row does not start with a status phrase: {text[:60]!r}")


def status_rows_record(item: Item, context: dict[str, Any]) -> Record:
    """Make the record of one indicator row (page numbers and comment still unset)."""
    description, kind, target, actual, notes = (plain(cell) for cell in item["cells"])
    record = new_record(
        context, indicator=description, type=kind, target=target, actual=actual, notes=notes
    )
    record.update(parsed_fields(item, "target"))
    record.update(parsed_fields(item, "actual"))
    record["met"] = checked_met(description or "", item["met"], record)
    if actual == SUSPENDED_TEXT:
        record.update(status="suspended", status_text=SUSPENDED_TEXT)
    return record


def status_rows_records(content: Content) -> list[Record]:
    """Make one record per indicator, with hierarchy, status and comment from nearby rows.

    The hierarchy comes from the latest heading (area, strategic or operational objective)
    and its title; the area is the first two segments of the objective code, titled only
    where an "Area Strategica" heading printed it. A status row and free-text rows after
    an indicator, up to the next indicator, heading, label or header, make its comment.
    """
    area_titles: dict[str, str | None] = {}
    context: dict[str, Any] = {}
    untitled: Item | None = None  # the last heading, while its title row may still follow
    records: list[Record] = []
    comment: list[str] | None = None  # comment parts of the record still collecting them

    def close_comment() -> None:
        nonlocal comment
        if comment is not None:
            records[-1]["comment"] = " ".join(comment) or None
        comment = None

    for item in all_items(content):
        kind = item["kind"]
        if kind in HEADING_KINDS:
            close_comment()
            code, title = item["code"], plain(item.get("title"))
            area_code = "_".join(code.split("_")[:2])
            if kind == "area":
                area_titles[code] = title
            context = {
                "area_code": area_code,
                "area_title": area_titles.get(area_code),
                "objective_level": kind,
                "objective_code": code,
                "objective_title": title,
            }
            untitled = None if title else item
        elif kind == "title":
            close_comment()
            if untitled is None:
                raise ValueError(f"title row without a heading: {item['text'][:60]!r}")
            context["objective_title"] = plain(item["text"])
            if untitled["kind"] == "area":
                area_titles[untitled["code"]] = context["area_title"] = plain(item["text"])
            untitled = None
        elif kind in ("label", "header"):
            close_comment()
        elif kind == "indicator":
            close_comment()
            records.append(status_rows_record(item, context))
            comment = []
        elif kind == "status":
            if comment is None or records[-1]["status"] is not None:
                raise ValueError(f"status row not right after an indicator: {item['text'][:60]!r}")
            status, phrase, rest = split_status(item)
            records[-1].update(status=status, status_text=phrase)
            comment.extend([rest] if rest else [])
        elif kind == "text":
            if comment is not None:
                comment.append(plain(item["text"]) or "")
        else:
            raise ValueError(f"unknown item kind {kind!r}")
    close_comment()
    return records
