#!/usr/bin/env python3
"""Build three Word-made sample reports (PDF) and their ground truths from content files.

For each sample NAME (``comune-bergamo-2023-relazione``, ``universita-2024-piano``,
``comune-lecce-2021-piano``) it reads ``NAME.content.json``, lays the report out with
python-docx (``word_layouts.py``), exports it to PDF with LibreOffice headless and writes:

* ``NAME.pdf``        the sample report;
* ``NAME.truth.json`` the ground truth in the shape of ``docs/RECORDS.md``. Every field
  comes from the content file (parsed values are hand-written there); only
  ``page``/``page_end`` are read back from the rendered PDF, by finding each indicator
  row's cell texts with pdfplumber, column by column.

A report with an index is rendered twice: the first PDF tells on which page each index
entry's heading landed, the second prints those numbers. The generator then checks the
layout features the content's ``expect`` list names (a row split across pages, a table
running over three pages with its header repeated, landscape pages, tables without
vertical rules, budget/staff tables sharing a page with indicators), that no word is
broken across lines, and that each hand-written ``met`` agrees with the parsed values; it
exits with status 1 if a check fails.

usage: .venv/bin/python samples/make_word_samples.py [NAME ...] [--keep-docx DIR]

Needs python-docx, pdfplumber and LibreOffice (``soffice``) on PATH.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .office import print_pdf
from .render_docx import plain, squash
from .truth import load_content as read_content
from .truth import row_records, write_truth
from .word_layouts import (
    Block,
    Content,
    Page,
    PdfPage,
    block_text,
    build_document,
    find_cell_start,
    find_row_end,
    read_pdf,
)

NAMES = ("comune-bergamo-2023-relazione", "universita-2024-piano", "comune-lecce-2021-piano")
CHECKS = {"toc", "split_row", "long_table", "landscape", "no_vertical_rules", "tables_share_page"}

Record = dict[str, Any]


# --------------------------------------------------------------------------- content


def load_content(name: str) -> Content:
    """Read ``NAME.content.json`` and complete every table block from its ``ref`` format."""
    content: Content = read_content(name)
    for block in content["body"]:
        if "table" in block:
            spec = block["table"]
            spec.update({**content["tables"][spec["ref"]], **spec})
    headings = {block_text(block) for block in content["body"]}
    for block in content["body"]:
        for entry in block.get("toc", {}).get("entries", []):
            if entry["text"] not in headings:
                raise ValueError(f"index entry without a heading: {entry['text']!r}")
    return content


def tables(content: Content) -> Iterator[Block]:
    """Yield every table spec in document order."""
    for block in content["body"]:
        if "table" in block:
            yield block["table"]


def indicator_rows(content: Content) -> Iterator[tuple[Block, Block]]:
    """Yield ``(table spec, row)`` for every indicator row, in document order."""
    for spec in tables(content):
        if spec["fields"] is not None:
            for row in spec["rows"]:
                if "cells" in row:
                    yield spec, row


# --------------------------------------------------------------------------- records


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
        area_code, area_title = self.area or (re.split(r"[._]", code)[0], None)
        self.context = {
            "area_code": area_code,
            "area_title": area_title,
            "objective_level": level,
            "objective_code": code,
            "objective_title": title,
        }


def build_records(content: Content) -> list[list[Record]]:
    """Make the records of every indicator row (page numbers unset), row by row.

    A status row after an indicator gives its status, phrase and the start of its comment;
    paragraphs after an indicator, up to the next indicator, heading or header row, add to
    the comment.
    """
    hierarchy = Hierarchy()
    rows: list[list[Record]] = []
    comment: list[str] | None = None

    def close_comment() -> None:
        nonlocal comment
        if comment is not None:
            for record in rows[-1]:
                record["comment"] = " ".join(comment) or None
        comment = None

    for block in content["body"]:
        if "objective" in block or "heading" in block:
            close_comment()
            if "objective" in block:
                hierarchy.enter(block["objective"])
        elif "paragraph" in block and comment is not None:
            comment.append(plain(block["paragraph"]) or "")
        elif "table" in block:
            close_comment()  # its header row
            spec = block["table"]
            for row in spec["rows"] if spec["fields"] is not None else []:
                if "objective" in row:
                    close_comment()
                    hierarchy.enter(row["objective"])
                elif "status" in row:
                    if comment != [] or rows[-1][0]["status"] is not None:
                        raise ValueError(f"status row not right after an indicator: {row}")
                    for record in rows[-1]:
                        record.update(status=row["status"], status_text=plain(row["phrase"]))
                    comment = [text] if (text := plain(row.get("comment"))) else []
                else:
                    close_comment()
                    rows.append(
                        row_records(spec["fields"], row["cells"], row["parsed"], hierarchy.context)
                    )
                    comment = []
    close_comment()
    return rows


# --------------------------------------------------------------------------- pdf pages


def find_heading_pages(pages: list[PdfPage], content: Content) -> dict[str, int]:
    """Return the 1-based page of each index entry's heading, searching after the index."""
    toc = next((block["toc"] for block in content["body"] if "toc" in block), None)
    if toc is None:
        return {}
    first = squash(toc["title"] + toc["entries"][0]["text"])
    search_from = next(i for i, page in enumerate(pages) if first in page.text) + 1
    found: dict[str, int] = {}
    for entry in toc["entries"]:
        needle = squash(entry["text"])
        search_from = next(i for i in range(search_from, len(pages)) if needle in pages[i].text)
        found[entry["text"]] = search_from + 1
    return found


def locate_rows(pages: list[PdfPage], content: Content) -> list[tuple[int, int]]:
    """Return the 1-based (page, page_end) of every indicator row, in document order."""
    spans = []
    at = (0, 0.0)
    for spec, row in indicator_rows(content):
        column = spec["fields"].index("indicator")
        at = find_cell_start(pages, spec, column, row["cells"][column], at)
        spans.append((at[0] + 1, find_row_end(pages, spec, row["cells"], at) + 1))
        at = (at[0], at[1] + 1)
    return spans


# --------------------------------------------------------------------------- checks


def printed_texts(content: Content) -> Iterator[str]:
    """Yield every text the content prints (cover, index, headings, prose, tables)."""
    yield from (line["text"] for line in content["cover"])
    for block in content["body"]:
        if "toc" in block:
            yield block["toc"]["title"]
            yield from (entry["text"] for entry in block["toc"]["entries"])
        yield from filter(None, [block_text(block), block.get("paragraph")])
    for spec in tables(content):
        yield from spec["header"]
        for row in spec["rows"]:
            texts = [*row.get("cells", []), row.get("phrase"), row.get("comment"), block_text(row)]
            yield from filter(None, texts)


def check_layout(
    pages: list[PdfPage], content: Content, records: list[Record], spans: list[tuple[int, int]]
) -> list[str]:
    """Print what the PDF shows and return the failed checks (empty when all hold)."""
    problems: list[str] = []
    expect = set(content.get("expect", []))
    if expect - CHECKS:
        raise ValueError(f"unknown layout checks: {sorted(expect - CHECKS)}")
    known = {word for text in printed_texts(content) for word in (plain(text) or "").split()}
    broken = sorted(
        {
            part
            for page in pages
            for word in page.words
            for part in re.split(r"\.{4,}", word["text"])
        }
        - known
        - {""}
    )
    broken = [word for word in broken if not word.isdigit()]
    if broken:
        problems.append(f"words broken across lines (or unknown): {broken[:12]}")

    split = [r for r in records if r["page_end"] > r["page"]]
    split_spans = [(r["page"], r["page_end"]) for r in split]
    print(f"  {len(pages)} pages; rows split across pages: {split_spans}")
    if "split_row" in expect and not split:
        problems.append("no indicator row is split across a page break")

    row_pages = {page for r in records for page in range(r["page"], r["page_end"] + 1)}
    landscape = sorted(n for n in row_pages if pages[n - 1].width > pages[n - 1].height)
    print(f"  landscape pages with indicators: {landscape}")
    if "landscape" in expect and (not landscape or len(landscape) == len(row_pages)):
        problems.append("indicators are not on both landscape and portrait pages")

    if "long_table" in expect:
        problems.extend(check_long_table(pages, content, spans))
    if "no_vertical_rules" in expect:
        ruled = sorted(n for n in row_pages if pages[n - 1].vertical_rules)
        if ruled:
            problems.append(f"vertical rules on indicator pages {ruled}")
    if "tables_share_page" in expect:
        for spec in tables(content):
            if spec["fields"] is None:
                page = find_cell_start(pages, spec, 0, spec["rows"][0]["cells"][0], (0, 0.0))[0] + 1
                print(f"  table '{spec['header'][0]} | …' on page {page}")
                if not any(r["page"] == page for r in records):
                    problems.append(f"table {spec['ref']} is not on a page with indicators")
    return problems


def check_long_table(
    pages: list[PdfPage], content: Content, spans: list[tuple[int, int]]
) -> list[str]:
    """Check that one table runs over 3+ pages, opening each later page with its header."""
    extents: dict[int, tuple[Block, int, int]] = {}
    for (spec, _), (page, page_end) in zip(indicator_rows(content), spans, strict=True):
        _, first, _ = extents.get(id(spec), (spec, page, 0))
        extents[id(spec)] = (spec, first, page_end)
    for spec, first, last in extents.values():
        if last - first >= 2:
            header = sorted(" ".join(spec["header"]).split())
            missing = [
                n
                for n in range(first + 1, last + 1)
                if sorted(w["text"] for w in pages[n - 1].words[: len(header)]) != header
            ]
            print(
                f"  table over pages {first}-{last}; header repeated on later pages: {not missing}"
            )
            return [f"header row not repeated on pages {missing}"] if missing else []
    return ["no table runs over three or more pages"]


# --------------------------------------------------------------------------- main


def make_sample(name: str, out: Path) -> list[str]:
    """Render one sample and write its PDF and truth; return the failed layout checks."""
    content = load_content(name)
    rows = build_records(content)
    pdf_path = print_pdf(build_document(content, {}, Page()), ".docx", out / f"{name}.pdf")
    toc_pages = find_heading_pages(read_pdf(pdf_path, Page()), content)
    if toc_pages:  # print again, the index now with the pages of its headings
        print_pdf(build_document(content, toc_pages, Page()), ".docx", pdf_path)
    pages = read_pdf(pdf_path, Page())
    problems = [] if toc_pages or "toc" not in content.get("expect", []) else ["no index"]
    if find_heading_pages(pages, content) != toc_pages:
        problems.append("the index's page numbers moved in the second rendering")
    spans = locate_rows(pages, content)
    for row_recs, (page, page_end) in zip(rows, spans, strict=True):
        for record in row_recs:
            record.update(page=page, page_end=page_end)
    records = [record for row_recs in rows for record in row_recs]
    write_truth(content, records, pdf_path, len(pages))
    return problems + check_layout(pages, content, records, spans)


SAMPLES = dict.fromkeys(NAMES, make_sample)
