#!/usr/bin/env python3
"""Build two more Word-made sample reports (PDF) and their ground truths from content files.

For each sample NAME (``comune-padova-2023-peg``, ``unibo-2022-relazione``) it reads
``NAME.content.json``, lays the report out with python-docx (``word2_layouts.py``), exports
it to PDF with LibreOffice headless (private profile ``/tmp/lo-profile-word2``) and writes:

* ``NAME.pdf``        the sample report;
* ``NAME.truth.json`` the ground truth in the shape of ``docs/RECORDS.md``. Every field
  comes from the content file (parsed values, achievement and ``met`` are hand-written
  there; the year is read from the table's column labels); only ``page``/``page_end`` are
  read back from the rendered PDF, by finding each indicator row's cell texts with
  pdfplumber, column by column.

It then checks the layout features the content's ``expect`` list names and that no word
is broken across lines, and exits with status 1 if a check fails:

* ``table_over_page_break``: a table's rows run from one page on to the next;
* ``header_not_repeated``: the header is printed once per table, on the page of its first
  row (never alone at the foot of a page, nor on the page a table runs on to);
* ``borderless``: no line or rectangle is drawn on any page with indicators;
* ``same_pitch``: on indicator pages, consecutive table lines (rows included) are one line
  pitch apart — no extra space between rows;
* ``landscape``: every page with indicators is landscape;
* ``nothing_page``: the page with the figure and the staff table has no indicator.

usage: .venv/bin/python samples/make_word2_samples.py [NAME ...] [--keep-docx DIR]

Needs python-docx, pdfplumber, Pillow and LibreOffice (``soffice``) on PATH.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber

from .make_word_samples import Hierarchy
from .office import print_pdf
from .render_docx import plain, squash
from .truth import RECORD_KEYS, check_met, value_fields, write_truth
from .truth import load_content as read_content
from .word2_layouts import Block, Content, build_document, objective_text
from .word_layouts import Page, PdfPage, find_cell_start, find_row_end, read_pdf

NAMES = ("comune-padova-2023-peg", "unibo-2022-relazione")
CHECKS = {
    "table_over_page_break",
    "header_not_repeated",
    "borderless",
    "same_pitch",
    "landscape",
    "nothing_page",
}
YEAR = re.compile(r"\b(20\d\d)\b")

Record = dict[str, Any]


# --------------------------------------------------------------------------- content


def load_content(name: str) -> Content:
    """Read ``NAME.content.json`` and check its blocks and layout checks."""
    content: Content = read_content(name)
    lengths = {len(content["fields"]), len(content["widths"]), len(column_labels(content))}
    if len(lengths) != 1:
        raise ValueError(f"{name}: fields, widths and header differ in length")
    unknown = set(content.get("expect", [])) - CHECKS
    if unknown:
        raise ValueError(f"{name}: unknown layout checks {sorted(unknown)}")
    return content


def column_labels(content: Content) -> list[str]:
    """Return each column's full header label (a spanning label, then its own one).

    >>> column_labels({"header_rows": [["A", "Anno 2023", None], [None, "x", "y"]]})
    ['A', 'Anno 2023 x', 'Anno 2023 y']
    """
    if "header" in content:
        return list(content["header"])
    first, second = content["header_rows"]
    labels = []
    above = ""
    for top, bottom in zip(first, second, strict=True):
        above = top if top is not None else above
        labels.append(" ".join(filter(None, [above, bottom])))
    return labels


def field_year(content: Content) -> int | None:
    """Return the one year that the target/actual column labels name (None if none)."""
    years = {
        int(year)
        for field, label in zip(content["fields"], column_labels(content), strict=True)
        if field in ("target", "actual")
        for year in YEAR.findall(label)
    }
    if len(years) > 1:
        raise ValueError(f"target/actual columns name several years: {sorted(years)}")
    return years.pop() if years else None


def table_rows(content: Content) -> Iterator[Block]:
    """Yield every indicator row (with ``cells``) in document order."""
    for block in content["body"]:
        for row in block.get("table", {}).get("rows", []):
            if "cells" in row:
                yield row


# --------------------------------------------------------------------------- records


def indicator_record(content: Content, row: Block, context: Record) -> Record:
    """Make the record of one indicator row (page numbers unset)."""
    parsed: dict[str, Any] = row["parsed"]
    record: Record = dict.fromkeys(RECORD_KEYS)
    record.update(context)
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


def build_records(content: Content) -> list[Record]:
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


# --------------------------------------------------------------------------- pdf


def locate_rows(pages: list[PdfPage], content: Content) -> list[tuple[int, int]]:
    """Return the 1-based (page, page_end) of every indicator row, in document order."""
    spec = {"widths": content["widths"], "header": column_labels(content)}
    column = content["fields"].index("indicator")
    spans = []
    at = (0, 0.0)
    for row in table_rows(content):
        at = find_cell_start(pages, spec, column, row["cells"][column], at)
        spans.append((at[0] + 1, find_row_end(pages, spec, row["cells"], at) + 1))
        at = (at[0], at[1] + 1)
    return spans


def printed_texts(content: Content) -> Iterator[str]:
    """Yield every text the content prints."""
    yield from (line["text"] for line in content["cover"])
    yield from column_labels(content)
    for block in content["body"]:
        if "objective" in block:
            yield objective_text(content, block["objective"])
        yield from filter(None, [block.get("heading"), block.get("paragraph")])
        for row in block.get("table", {}).get("rows", []):
            yield from filter(None, row.get("cells", []))
            if "phrase" in row:  # printed "phrase: comment"
                yield ": ".join(filter(None, [row["phrase"], row.get("comment")]))
        plain_table = block.get("plain_table", {})
        for cells in [plain_table.get("header", []), *plain_table.get("rows", [])]:
            yield from cells
        yield block.get("figure", {}).get("caption", "")


def broken_words(pages: list[PdfPage], content: Content) -> list[str]:
    """Return the PDF words that are no printed word (words broken across lines)."""
    known = {word for text in printed_texts(content) for word in (plain(text) or "").split()}
    known |= {part for word in known for part in re.findall(r"[^-]+-?", word)}  # line ends
    found = {word["text"] for page in pages for word in page.words}
    return sorted(word for word in found - known if not word.isdigit())


def drawn_pages(pdf_path: Path) -> list[int]:
    """Return the 1-based pages on which a line, rectangle or curve is drawn."""
    with pdfplumber.open(pdf_path) as pdf:
        return [
            number
            for number, page in enumerate(pdf.pages, 1)
            if page.lines or page.rects or page.curves
        ]


def pitch_gaps(pdf_path: Path, page_numbers: set[int], content: Content, page: Page) -> list[str]:
    """Return the gaps between table lines that are neither one pitch nor a table break.

    Table lines are the lines of words in the table type size; within a table each is one
    line pitch below the one before (the most common gap); a gap of twice the pitch or more
    lies between two tables (an objective heading in between).
    """
    size = content["table_size"]
    odd = []
    with pdfplumber.open(pdf_path) as pdf:
        for number in sorted(page_numbers):
            pdf_page = pdf.pages[number - 1]
            bottom = pdf_page.height - page.margin_bottom * 72 / 2.54
            words = pdf_page.extract_words(extra_attrs=["size"])
            tops = sorted(
                {
                    round(w["top"], 1)
                    for w in words
                    if abs(w["size"] - size) < 0.2 and w["bottom"] < bottom
                }
            )
            gaps = [round(b - a, 1) for a, b in itertools.pairwise(tops)]
            if not gaps:
                continue
            pitch = Counter(gaps).most_common(1)[0][0]
            odd += [
                f"page {number}: {gap} pt (pitch {pitch})"
                for gap in gaps
                if abs(gap - pitch) > 0.3 and gap < 2 * pitch
            ]
    return odd


def check_layout(
    pdf_path: Path, pages: list[PdfPage], content: Content, records: list[Record]
) -> list[str]:
    """Print what the PDF shows and return the failed checks (empty when all hold)."""
    problems: list[str] = []
    expect = set(content.get("expect", []))
    broken = broken_words(pages, content)
    if broken:
        problems.append(f"words broken across lines (or unknown): {broken[:12]}")
    row_pages = {n for r in records for n in range(r["page"], r["page_end"] + 1)}
    split = [(r["page"], r["page_end"]) for r in records if r["page_end"] > r["page"]]
    print(f"  {len(pages)} pages; indicators on pages {sorted(row_pages)}; split rows: {split}")

    per_table: list[tuple[int, int]] = []
    index = 0
    for block in content["body"]:
        count = sum("cells" in row for row in block.get("table", {}).get("rows", []))
        if count:
            chunk = records[index : index + count]
            per_table.append((chunk[0]["page"], chunk[-1]["page_end"]))
            index += count
    crossing = [span for span in per_table if span[1] > span[0]]
    print(f"  tables over a page break: {crossing}")
    if "table_over_page_break" in expect and not crossing:
        problems.append("no table runs from one page on to the next")
    if "header_not_repeated" in expect:
        label = squash(next(text for text in content["header_rows"][1] if text))
        printed = [n for n, page in enumerate(pages, 1) for _ in range(page.text.count(label))]
        if printed != [first for first, _ in per_table]:
            problems.append(f"headers on pages {printed}, tables start on {per_table}")
    if "borderless" in expect:
        ruled = sorted(row_pages & set(drawn_pages(pdf_path)))
        if ruled:
            problems.append(f"lines drawn on indicator pages {ruled}")
    if "same_pitch" in expect:
        odd = pitch_gaps(pdf_path, row_pages, content, Page())
        if odd:
            problems.append(f"table lines off the line pitch: {odd[:6]}")
    if "landscape" in expect:
        portrait = sorted(n for n in row_pages if pages[n - 1].width < pages[n - 1].height)
        if portrait:
            problems.append(f"portrait pages with indicators: {portrait}")
    if "nothing_page" in expect:
        figure = next(b["figure"] for b in content["body"] if "figure" in b)
        needle = squash(figure["caption"])[:30]
        where = [n for n, page in enumerate(pages, 1) if needle in page.text]
        print(f"  figure and staff table on page(s) {where}")
        if not where or set(where) & row_pages:
            problems.append(f"the figure page {where} is missing or has indicators")
    return problems


# --------------------------------------------------------------------------- main


def make_sample(name: str, out: Path) -> list[str]:
    """Render one sample and write its PDF and truth; return the failed layout checks."""
    content = load_content(name)
    records = build_records(content)
    document = build_document(content, Page(table_size=content["table_size"]))
    pdf_path = print_pdf(document, ".docx", out / f"{name}.pdf")
    pages = read_pdf(pdf_path, Page())
    for record, (page, page_end) in zip(records, locate_rows(pages, content), strict=True):
        record.update(page=page, page_end=page_end)
    write_truth(content, records, pdf_path, len(pages))
    return check_layout(pdf_path, pages, content, records)


SAMPLES = dict.fromkeys(NAMES, make_sample)
