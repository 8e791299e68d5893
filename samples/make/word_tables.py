"""Word documents of the ``tables`` content format (python-docx printed by LibreOffice
Writer): a cover, a running header, an index whose page numbers come from a first
printing, headings, prose, objective paragraphs and indicator tables.

* ``comune-bergamo-2023-relazione``: ruled tables, headings between tables, landscape
  pages, index and prose pages, a row split over a page break;
* ``universita-2024-piano``: booktabs rules, ``Target 2024 | 2025 | 2026`` (one record a
  year), a header-less code column;
* ``comune-lecce-2021-piano``: merged shaded objective rows, ``Valore atteso 2021``, budget
  and staff tables.

The ``body`` is an ordered list of blocks: ``toc``, ``heading``, ``paragraph``,
``objective`` (``{label} {code} – {title}``), ``section`` (a new page in an orientation)
and ``table``, which names its format (``ref``) among the content's ``tables``: ``style``
(``grid`` or ``booktabs``), ``widths`` (cm), ``header``, ``fields`` (the record field of
each column, ``target:2025`` for a year's) and ``repeat_header``. A row is an indicator
(``cells`` and its hand-written ``parsed`` values), an objective merged across the table,
or a status row (``phrase``, ``comment``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from . import writer
from .office import print_pdf
from .truth import load_content as read_content
from .truth import row_records, write_truth


def add_objective_row(
    table: Table, widths: list[float], objective: writer.Block, page: writer.Page
) -> None:
    """Add an objective heading as one shaded cell merged across the table."""
    row = writer.new_row(table, widths)
    cell = row.cells[0].merge(row.cells[-1])
    writer.fill_cell(cell, writer.objective_text(objective), page, bold=True)
    writer.shade(cell, writer.OBJECTIVE_FILLS[objective["level"]])


def add_table(doc: Any, spec: writer.Block, page: writer.Page) -> None:
    """Add a table in the grid or booktabs style with its header, rows and merged rows."""
    widths: list[float] = spec["widths"]
    table = doc.add_table(rows=0, cols=len(widths))
    if spec["style"] == "grid":
        table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    writer.set_table_geometry(table, widths, page)

    header = writer.new_row(table, widths)
    for cell, text in zip(header.cells, spec["header"], strict=True):
        writer.fill_cell(cell, text, page, bold=True)
        if spec["style"] == "grid":
            writer.shade(cell, writer.HEADER_FILL)
        else:
            writer.set_cell_borders(cell, top=12, bottom=6)
    if spec.get("repeat_header"):
        writer.mark_repeating_header(header._tr)

    for item in spec["rows"]:
        if "objective" in item:
            add_objective_row(table, widths, item["objective"], page)
        elif "status" in item:
            row = writer.new_row(table, widths)
            comment = f"\n{item['comment']}" if item.get("comment") else ""
            writer.fill_cell(
                row.cells[0].merge(row.cells[-1]), f"<b>{item['phrase']}</b>{comment}", page
            )
        else:
            row = writer.new_row(table, widths)
            for cell, text in zip(row.cells, item["cells"], strict=True):
                writer.fill_cell(cell, text or "", page)
    if spec["style"] == "booktabs":
        for cell in table.rows[-1].cells:
            writer.set_cell_borders(cell, bottom=12)


def build_document(content: writer.Content, toc_pages: dict[str, int], page: writer.Page) -> Any:
    """Build the whole report; ``toc_pages`` gives the page of each index entry."""
    doc = writer.new_document(content, page)
    writer.add_cover(doc, content["cover"])

    orientation = "portrait"
    previous_was_table = False
    for block in content["body"]:
        paragraph: Paragraph | None = None
        if "section" in block:
            orientation = block["section"]
            writer.add_section(doc, orientation, page)
        elif "toc" in block:
            writer.add_toc(doc, block["toc"], toc_pages, orientation, page)
        elif "heading" in block:
            size = 14 if block["level"] == 1 else 12
            paragraph = writer.add_heading(doc, block["heading"], size, bold=True)
        elif "objective" in block:
            level = block["objective"]["level"]
            size = {"area": 12.0, "strategic": 11.0, "operational": 10.0}[level]
            paragraph = writer.add_heading(
                doc, writer.objective_text(block["objective"]), size, True, level == "operational"
            )
        elif "paragraph" in block:
            paragraph = doc.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            paragraph.paragraph_format.space_after = Pt(6)
            writer.add_runs(paragraph, block["paragraph"], page.body_size)
        elif "table" in block:
            if previous_was_table:  # Word would join two adjacent tables
                doc.add_paragraph()
            add_table(doc, block["table"], page)
        else:
            raise ValueError(f"unknown body block: {block!r:.80}")
        if paragraph is not None and block.get("new_page"):
            paragraph.paragraph_format.page_break_before = True
        previous_was_table = "table" in block
    return doc


#!/usr/bin/env python3


CHECKS = {"toc", "split_row", "long_table", "landscape", "no_vertical_rules", "tables_share_page"}

Record = dict[str, Any]


# --------------------------------------------------------------------------- content


def load_content(name: str) -> writer.Content:
    """Read ``NAME.content.json`` and complete every table block from its ``ref`` format."""
    content = writer.resolve(read_content(name))
    headings = {writer.block_text(block) for block in content["body"]}
    for block in content["body"]:
        for entry in block.get("toc", {}).get("entries", []):
            if entry["text"] not in headings:
                raise ValueError(f"index entry without a heading: {entry['text']!r}")
    return content


def tables(content: writer.Content) -> Iterator[writer.Block]:
    """Yield every table spec in document order."""
    for block in content["body"]:
        if "table" in block:
            yield block["table"]


def indicator_rows(content: writer.Content) -> Iterator[tuple[writer.Block, writer.Block]]:
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

    def enter(self, objective: writer.Block) -> None:
        """Open an area or objective heading."""
        level, code, title = objective["level"], objective["code"], writer.plain(objective["title"])
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


def build_records(content: writer.Content) -> list[list[Record]]:
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
            comment.append(writer.plain(block["paragraph"]) or "")
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
                        record.update(status=row["status"], status_text=writer.plain(row["phrase"]))
                    comment = [text] if (text := writer.plain(row.get("comment"))) else []
                else:
                    close_comment()
                    rows.append(
                        row_records(spec["fields"], row["cells"], row["parsed"], hierarchy.context)
                    )
                    comment = []
    close_comment()
    return rows


# --------------------------------------------------------------------------- pdf pages


def find_heading_pages(pages: list[writer.PdfPage], content: writer.Content) -> dict[str, int]:
    """Return the 1-based page of each index entry's heading, searching after the index."""
    toc = next((block["toc"] for block in content["body"] if "toc" in block), None)
    if toc is None:
        return {}
    first = writer.squash(toc["title"] + toc["entries"][0]["text"])
    search_from = next(i for i, page in enumerate(pages) if first in page.text) + 1
    found: dict[str, int] = {}
    for entry in toc["entries"]:
        needle = writer.squash(entry["text"])
        search_from = next(i for i in range(search_from, len(pages)) if needle in pages[i].text)
        found[entry["text"]] = search_from + 1
    return found


def locate_rows(pages: list[writer.PdfPage], content: writer.Content) -> list[tuple[int, int]]:
    """Return the 1-based (page, page_end) of every indicator row, in document order."""
    rows = [(s, s["fields"].index("indicator"), r["cells"]) for s, r in indicator_rows(content)]
    return [(page, page_end) for page, _, page_end in writer.locate_rows(pages, rows)]


# --------------------------------------------------------------------------- checks


def printed_texts(content: writer.Content) -> Iterator[str]:
    """Yield every text the content prints (cover, index, headings, prose, tables)."""
    yield from (line["text"] for line in content["cover"])
    for block in content["body"]:
        if "toc" in block:
            yield block["toc"]["title"]
            yield from (entry["text"] for entry in block["toc"]["entries"])
        yield from filter(None, [writer.block_text(block), block.get("paragraph")])
    for spec in tables(content):
        yield from spec["header"]
        for row in spec["rows"]:
            texts = [
                *row.get("cells", []),
                row.get("phrase"),
                row.get("comment"),
                writer.block_text(row),
            ]
            yield from filter(None, texts)


def check_layout(
    pages: list[writer.PdfPage],
    content: writer.Content,
    records: list[Record],
    spans: list[tuple[int, int]],
) -> list[str]:
    """Print what the PDF shows and return the failed checks (empty when all hold)."""
    problems: list[str] = []
    expect = set(content.get("expect", []))
    if expect - CHECKS:
        raise ValueError(f"unknown layout checks: {sorted(expect - CHECKS)}")
    known = {word for text in printed_texts(content) for word in (writer.plain(text) or "").split()}
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
                page = (
                    writer.find_cell_start(pages, spec, 0, spec["rows"][0]["cells"][0], (0, 0.0))[0]
                    + 1
                )
                print(f"  table '{spec['header'][0]} | …' on page {page}")
                if not any(r["page"] == page for r in records):
                    problems.append(f"table {spec['ref']} is not on a page with indicators")
    return problems


def check_long_table(
    pages: list[writer.PdfPage], content: writer.Content, spans: list[tuple[int, int]]
) -> list[str]:
    """Check that one table runs over 3+ pages, opening each later page with its header."""
    extents: dict[int, tuple[writer.Block, int, int]] = {}
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
    pdf_path = print_pdf(build_document(content, {}, writer.Page()), ".docx", out / f"{name}.pdf")
    toc_pages = find_heading_pages(writer.read_pdf(pdf_path, writer.Page()), content)
    if toc_pages:  # print again, the index now with the pages of its headings
        print_pdf(build_document(content, toc_pages, writer.Page()), ".docx", pdf_path)
    pages = writer.read_pdf(pdf_path, writer.Page())
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
