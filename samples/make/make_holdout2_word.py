#!/usr/bin/env python3
"""Build the second pair of Word-made holdout reports (PDF) and their truths, independently.

For each sample NAME (``comune-modena-2024-piao``, ``cciaa-venezia-2021-relazione``) it
takes the hand-written content of ``holdout2_word_content.py``, lays the report out with
python-docx (``holdout2_word_layouts.py``), exports it to PDF with LibreOffice Writer
headless (private profile ``/tmp/lo-holdout2-word``) and writes into the output folder:

* ``NAME.pdf``           the sample report;
* ``NAME.content.json``  the content rendered, with the hand-written parsed values;
* ``NAME.truth.json``    the ground truth in the shape of ``docs/RECORDS.md``. Every field
  comes from the content (parsed values and objectives are hand-written there and only
  re-checked here where the rule is mechanical); only ``page``/``page_end`` are read back
  from the PDF with pdfplumber, by finding each indicator row's cell texts column by column.

Modena (``schede``): each scheda's key/value table gives the objective of the indicator
table below it (operational level; area code = first segment of the objective code, area
title null, CONVENTIONS.md); the objective's weight is no indicator weight; one record per
indicator and year (Target 2024 | 2025 | 2026). Venezia (``long_tables``): objective rows
inside the table set the hierarchy under the area heading printed before it; a status row
after an indicator gives that indicator status, status_text (the phrase) and comment (the
text after `` – ``). It then checks the layout features the content's ``expect`` list names
(``holdout2_word_checks.py``) and exits with status 1 if one is missing.

usage: .venv/bin/python samples/make_holdout2_word.py [NAME ...] [--out DIR]

Needs python-docx, pdfplumber and LibreOffice (``soffice``) on PATH; never perfextract.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .holdout2_word_checks import TablePlace, check_layout, known_words
from .holdout2_word_layouts import PAGE, Block, Content, build_document, objective_text
from .make_word_samples import Hierarchy
from .office import print_pdf
from .render_docx import plain
from .truth import load_content, row_records, write_truth
from .word_layouts import find_cell_start, find_row_end, read_pdf

STATUSES = {
    "OBIETTIVO RAGGIUNTO": "achieved",
    "OBIETTIVO PARZIALMENTE RAGGIUNTO": "partially_achieved",
    "OBIETTIVO NON RAGGIUNTO": "not_achieved",
}

Record = dict[str, Any]


# --------------------------------------------------------------------------- content


def resolve(content: Content) -> Content:
    """Return a copy of the content whose table blocks carry their format's keys."""
    resolved = copy.deepcopy(content)
    for block in resolved["body"]:
        if "table" in block:
            block["table"] = {**resolved["tables"][block["table"]["ref"]], **block["table"]}
    return resolved


def indicator_tables(content: Content) -> Iterator[tuple[Block, list[Block]]]:
    """Yield ``(table format, indicator rows)`` for every indicator table, in order."""
    for block in content["body"]:
        if "scheda" in block:
            yield content["indicator_table"], block["scheda"]["rows"]
        elif "table" in block and block["table"]["fields"] is not None:
            yield block["table"], [row for row in block["table"]["rows"] if "cells" in row]


# --------------------------------------------------------------------------- mechanical re-checks


# --------------------------------------------------------------------------- records


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


def schede_records(content: Content) -> list[list[Record]]:
    """Make the records of every scheda's indicator rows (pages unset), row by row."""
    rows: list[list[Record]] = []
    previous: Block = {}
    for block in content["body"]:
        if "scheda" in block:
            context = scheda_context(block["scheda"])
            spec = content["indicator_table"]
            rows.extend(
                row_records(spec["fields"], row["cells"], row["parsed"], context)
                for row in block["scheda"]["rows"]
            )
        elif "scheda" in previous and "paragraph" in block:
            raise ValueError("prose right after a scheda would be a comment: not intended")
        previous = block
    return rows


def long_table_records(content: Content) -> list[list[Record]]:
    """Make the records of every long table's indicator rows (pages unset), row by row.

    Area headings and objective rows set the hierarchy; a status row right after an
    indicator sets its status, status_text (the phrase) and comment (the text after it).
    """
    hierarchy = Hierarchy()
    rows: list[list[Record]] = []
    weights: dict[str, float] = {}
    for block in content["body"]:
        if "objective" in block:
            hierarchy.enter(block["objective"])
        if "table" not in block or block["table"]["fields"] is None:
            continue
        last: list[Record] | None = None
        for row in block["table"]["rows"]:
            if "objective" in row:
                hierarchy.enter(row["objective"])
                last = None
            elif "status" in row:
                if last is None or STATUSES.get(row["phrase"]) != row["status"]:
                    raise ValueError(f"status row not after an indicator, or wrong: {row}")
                for record in last:
                    record.update(status=row["status"], status_text=plain(row["phrase"]))
                    record["comment"] = plain(row["comment"])
                last = None
            else:
                spec = block["table"]
                last = row_records(spec["fields"], row["cells"], row["parsed"], hierarchy.context)
                rows.append(last)
                code = hierarchy.context["objective_code"]
                weights[code] = weights.get(code, 0) + (last[0]["weight"] or 0)
    if any(total != 100 for total in weights.values()):
        raise ValueError(f"indicator weights of an objective do not add up to 100: {weights}")
    return rows


def build_records(content: Content) -> list[list[Record]]:
    """Make the records of every indicator row for the content's layout."""
    if content["layout"] == "schede":
        return schede_records(content)
    return long_table_records(content)


# --------------------------------------------------------------------------- pdf


def locate_rows(pdf_path: Path, content: Content) -> tuple[list[tuple[int, int]], list[TablePlace]]:
    """Return the 1-based (page, page_end) of every indicator row, and where each table is."""
    pages = read_pdf(pdf_path, PAGE)
    spans = []
    places = []
    at = (0, 0.0)
    for spec, rows in indicator_tables(content):
        view = {"widths": spec["widths"], "header": spec["header"]}
        column = spec["fields"].index("indicator")
        firsts: dict[int, float] = {}
        for row in rows:
            at = find_cell_start(pages, view, column, row["cells"][column], at)
            end = find_row_end(pages, view, row["cells"], at)
            spans.append((at[0] + 1, end + 1))
            firsts.setdefault(at[0] + 1, at[1])
            at = (at[0], at[1] + 1)
        places.append(TablePlace(spec["widths"], spec["header"], firsts))
    return spans, places


def printed_texts(content: Content) -> Iterator[str]:
    """Yield every text the content prints (cover, header, prose, headings, tables)."""
    yield from (line["text"] for line in content["cover"])
    yield content["running_header"]
    for block in content["body"]:
        yield from filter(None, [block.get("heading"), block.get("paragraph")])
        yield from block.get("bullets", [])
        if "objective" in block:
            yield objective_text(block["objective"])
        if "scheda" in block:
            yield from (text for pair in block["scheda"]["pairs"] for text in pair)
            yield from content["indicator_table"]["header"]
            yield from (cell for row in block["scheda"]["rows"] for cell in row["cells"] if cell)
        if "table" in block:
            yield from block["table"]["header"]
            for row in block["table"]["rows"]:
                yield from (cell for cell in row.get("cells", []) if cell)
                if "objective" in row:
                    yield objective_text(row["objective"])
                yield from filter(None, [row.get("phrase"), row.get("comment"), "–"])


# --------------------------------------------------------------------------- main


def make_sample(name: str, out: Path) -> list[str]:
    """Render one sample and write its PDF and truth; return the failed checks."""
    content = resolve(load_content(name))
    rows = build_records(content)
    pdf_path = print_pdf(build_document(content), ".docx", out / f"{name}.pdf")
    spans, places = locate_rows(pdf_path, content)
    for row_recs, (page, page_end) in zip(rows, spans, strict=True):
        for record in row_recs:
            record.update(page=page, page_end=page_end)
    records = [record for row_recs in rows for record in row_recs]
    pages = len(read_pdf(pdf_path, PAGE))
    write_truth(content, records, pdf_path, pages)
    return check_layout(pdf_path, content, places, known_words(list(printed_texts(content))))


SAMPLES = dict.fromkeys(("comune-modena-2024-piao", "cciaa-venezia-2021-relazione"), make_sample)
