#!/usr/bin/env python3
"""Build the two Word-made holdout reports (PDF) and their ground truths, independently.

For each sample NAME (``asl-salerno-2023-relazione``, ``ministero-cultura-2024-piano``) it
takes the hand-written content of ``holdout_word_content.py``, lays the report out with
python-docx (``holdout_word_layouts.py``), exports it to PDF with LibreOffice headless
(private profile ``/tmp/lo-holdout-word``) and writes into the output folder:

* ``NAME.pdf``           the sample report;
* ``NAME.content.json``  the content rendered, with the hand-written parsed values;
* ``NAME.truth.json``    the ground truth in the shape of ``docs/RECORDS.md``. Every field
  comes from the content (parsed values are hand-written there and only re-checked here
  where the rule is mechanical); only ``page``/``page_end`` are read back from the PDF
  with pdfplumber, by finding each indicator row's cell texts column by column.

An ``Esito: …`` paragraph after a table gives status and status text (the phrase after
``Esito:``) to every indicator of that table, and the commentary paragraph after it their
comment. It then checks that the PDF shows the layout features the content's ``expect``
list names (orientation, ruling, white header text on a dark fill, a header repeated on
the page a table runs onto, a two-row header, the index, the risk table with no record)
and that no word is broken across lines; it exits with status 1 if a check fails.

usage: .venv/bin/python samples/make_holdout_word.py [NAME ...] [--out DIR]

Needs python-docx, pdfplumber and LibreOffice (``soffice``) on PATH; never perfextract.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .holdout_word_layouts import (
    PAGE,
    Block,
    Content,
    build_document,
    check_layout,
    column_labels,
    table_spec_for_locating,
)
from .make_word_samples import Hierarchy, find_heading_pages
from .office import print_pdf
from .render_docx import plain
from .truth import load_content, row_records, write_truth
from .word_layouts import find_cell_start, find_row_end, read_pdf

STATUSES = {
    "Raggiunto": "achieved",
    "Parzialmente raggiunto": "partially_achieved",
    "Non raggiunto": "not_achieved",
    "Obiettivo sospeso": "suspended",
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


def tables(content: Content) -> Iterator[Block]:
    """Yield every (resolved) table spec in document order."""
    for block in content["body"]:
        if "table" in block:
            yield block["table"]


def indicator_rows(content: Content) -> Iterator[tuple[Block, Block]]:
    """Yield ``(table spec, row)`` for every indicator row, in document order."""
    for spec in tables(content):
        if spec["fields"] is not None:
            for row in spec["rows"]:
                yield spec, row


# --------------------------------------------------------------------------- mechanical re-checks


# --------------------------------------------------------------------------- records


def build_records(content: Content) -> list[list[Record]]:
    """Make the records of every indicator row (pages unset), row by row.

    An ``esito`` paragraph right after a table sets status and status_text on every record
    of that table; the paragraphs after it, up to the next heading or table, are their
    comment. Prose right after a table without an esito would be ambiguous: refused.
    """
    hierarchy = Hierarchy()
    rows: list[list[Record]] = []
    last_table: list[list[Record]] | None = None
    commented: list[list[Record]] = []
    comment: list[str] | None = None

    def close_comment() -> None:
        nonlocal comment
        if comment is not None:
            for record in (r for row in commented for r in row):
                record["comment"] = " ".join(comment) or None
        comment = None

    for block in content["body"]:
        if "table" in block or not ("esito" in block or "paragraph" in block):
            close_comment()
            last_table = None
        if "objective" in block:
            hierarchy.enter(block["objective"])
        elif "table" in block and block["table"]["fields"] is not None:
            spec = block["table"]
            last_table = [
                row_records(spec["fields"], row["cells"], row["parsed"], hierarchy.context)
                for row in spec["rows"]
            ]
            weights = [row[0]["weight"] for row in last_table]
            if "weight" in spec["fields"] and sum(w or 0 for w in weights) != 100:
                raise ValueError(f"weights of a table do not add up to 100: {weights}")
            rows.extend(last_table)
        elif "esito" in block:
            phrase, status = block["esito"]["phrase"], block["esito"]["status"]
            if last_table is None or STATUSES.get(phrase) != status:
                raise ValueError(f"esito {phrase!r} not right after a table, or not {status}")
            for record in (r for row in last_table for r in row):
                record.update(status=status, status_text=plain(phrase))
            commented, comment, last_table = last_table, [], None
        elif "paragraph" in block:
            if last_table is not None:
                raise ValueError(f"prose right after an indicator table: {block!r:.60}")
            if comment is not None:
                comment.append(plain(block["paragraph"]) or "")
    close_comment()
    return rows


# --------------------------------------------------------------------------- pdf


def locate_rows(pages: list[Any], content: Content) -> list[tuple[int, float, int]]:
    """Return the (page, top, page_end) of every indicator row (pages 1-based)."""
    spans = []
    at = (0, 0.0)
    for spec, row in indicator_rows(content):
        view = table_spec_for_locating(spec)
        column = spec["fields"].index("indicator")
        at = find_cell_start(pages, view, column, row["cells"][column], at)
        spans.append((at[0] + 1, at[1], find_row_end(pages, view, row["cells"], at) + 1))
        at = (at[0], at[1] + 1)
    return spans


def printed_texts(content: Content) -> Iterator[str]:
    """Yield every text the content prints (cover, header, index, headings, prose, tables)."""
    yield from (line["text"] for line in content["cover"])
    yield content["running_header"]
    for block in content["body"]:
        if "toc" in block:
            yield block["toc"]["title"]
            yield from (entry["text"] for entry in block["toc"]["entries"])
        elif "objective" in block:
            objective = block["objective"]
            yield f"{objective['label']} {objective['code']}{objective['sep']}{objective['title']}"
        elif "esito" in block:
            yield f"Esito: {block['esito']['phrase']}"
        elif "table" in block:
            yield from [*block["table"]["header"], *column_labels(block["table"])]
            yield from (cell for row in block["table"]["rows"] for cell in row["cells"] if cell)
        yield from filter(None, [block.get("heading"), block.get("paragraph")])


# --------------------------------------------------------------------------- main


def make_sample(name: str, out: Path) -> list[str]:
    """Render one sample and write its PDF and truth; return the failed checks."""
    content = resolve(load_content(name))
    rows = build_records(content)
    pdf_path = print_pdf(build_document(content, {}), ".docx", out / f"{name}.pdf")
    toc_pages = find_heading_pages(read_pdf(pdf_path, PAGE), content)
    if toc_pages:  # print again, the index now with the pages of its headings
        print_pdf(build_document(content, toc_pages), ".docx", pdf_path)
    pages = read_pdf(pdf_path, PAGE)
    problems = []
    if toc_pages and find_heading_pages(pages, content) != toc_pages:
        problems.append("the index's page numbers moved in the second rendering")

    spans = locate_rows(pages, content)
    for row_recs, (page, _, page_end) in zip(rows, spans, strict=True):
        for record in row_recs:
            record.update(page=page, page_end=page_end)
    records = [record for row_recs in rows for record in row_recs]
    write_truth(content, records, pdf_path, len(pages))
    if toc_pages:
        print(f"  index pages: {toc_pages}")
    known = {word for text in printed_texts(content) for word in (plain(text) or "").split()}
    known |= {part + "-" for word in known for part in word.split("-")[:-1]}  # line breaks
    known |= {word.split("-")[-1] for word in known}
    return problems + check_layout(pdf_path, content, spans, toc_pages, known)


SAMPLES = dict.fromkeys(("asl-salerno-2023-relazione", "ministero-cultura-2024-piano"), make_sample)
