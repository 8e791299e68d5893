"""The spreadsheet renderer: a workbook as an office lays it out in openpyxl, printed by
LibreOffice Calc (:mod:`office`), and read back.

A content says ``"renderer": "calc"`` and gives its ``layout``: the ``format`` of its
table (:data:`FORMATS`) and its options, among them the fields of a ``SheetStyle``
(orientation, fonts, fills, rules, gridlines, margins, page header and footer) by name.
The ``sheets`` format is the general one: sheets of title rows, a header row (two where
columns share a ``group``), headings merged across the table and indicator rows
(:func:`add_sheet`), hierarchy columns merged down (``merge_down``), a prose sheet; its
records come from the columns' fields and years (:func:`sheets_build_records`), as do
those of ``turned`` (header labels turned 90°, a strategic objective a page) and
``year_groups`` (a header of years over their columns, ruled below). ``merged_cells``
prints area and objective names without codes merged down over their rows.

Calc does not recompute row heights, so they are set from the wrapped text (measured
with the Liberation fonts through Pillow). The printed table is read back by its columns
(:func:`readback.read_pages`, :func:`readback.locate_rows`). Here each format lays out
its workbook (a :class:`Table`); the modules: :mod:`.metrics` (text widths and row
heights), :mod:`.workbook` (openpyxl building blocks: ``SheetStyle``, fills, borders,
title rows, print set-up), :mod:`.tables` (the indicator tables), :mod:`.layouts` (the
workbooks around them: cover, prose, budget and summary sheets) and :mod:`.records`
(records from the content).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from ..office import print_pdf
from ..readback import Band, filled_header, horizontal_rules, locate_rows, read_pages, rows_apart
from ..truth import (
    Record,
    load_content,
    write_truth,
)
from .layouts import add_budget_sheet, prose_sheet, turned_workbook, year_groups_workbook
from .records import (
    LEVELS,
    Content,
    Row,
    indicator_rows,
    merged_cells_records,
    sheets_build_records,
)
from .tables import add_objectives_sheet, add_sheet, merge_down
from .workbook import new_workbook, style_of


@dataclass(frozen=True)
class Table:
    """A laid-out workbook and what finds its records in the PDF: the indicator sheet's
    columns, the rows to find (one per group of records) and its header on a page."""

    workbook: Workbook
    columns: list[dict[str, Any]]
    rows: list[Row]
    records: list[list[Record]]
    header: Callable[[Any], Band | None]


def sheets_table(content: Content, layout: Content) -> Table:
    """The ``sheets`` format: sheets of title rows, a header row (two where columns have
    a ``group``), headings merged across the table and indicator rows (:func:`add_sheet`),
    each in its named style; a ``prose`` sheet prints a cover. The first table sheet holds
    the indicators, the others print without records. With ``merge_down`` its hierarchy
    columns (``area``, ``strategic``, ``operational``: ``code – title`` cells) are merged
    down over the rows that share them."""
    styles = {name: style_of(options) for name, options in layout["styles"].items()}
    tables = [sheet for sheet in content["sheets"] if "prose" not in sheet]
    groups = sheets_build_records(tables[0])
    workbook = new_workbook()
    for sheet in content["sheets"]:
        style = styles[sheet["style"]]
        if "prose" in sheet:
            prose_sheet(workbook, sheet["prose"], style)
        elif sheet is tables[0] and layout.get("merge_down"):
            merge_down(workbook, sheet, style, add_sheet(workbook, sheet, style))
        else:
            add_sheet(workbook, sheet, style)
    rows, records = [row for row, _ in groups], [group for _, group in groups]
    if layout.get("merge_down"):  # a merged cell is found on its first row only
        merged = [i for i, c in enumerate(tables[0]["columns"]) if c["field"] in LEVELS]
        rows = [{"cells": ["" if i in merged else t for i, t in enumerate(r["cells"])]}
                for r in rows]  # fmt: skip
    header = filled_header(styles[tables[0]["style"]].header_fill)
    return Table(workbook, tables[0]["columns"], rows, records, header)


def turned_table(content: Content, layout: Content) -> Table:
    """The ``turned`` format, its records those of :func:`sheets_build_records`."""
    sheet = content["sheet"]
    groups = sheets_build_records(sheet)
    rows, records = [row for row, _ in groups], [group for _, group in groups]
    header = filled_header(layout["style"]["header_fill"])
    return Table(turned_workbook(content, layout), sheet["columns"], rows, records, header)


def merged_cells_table(content: Content, layout: Content) -> Table:
    """The ``merged_cells`` format, one record a row."""
    workbook = new_workbook()
    objectives, budget = content["sheets"]
    add_objectives_sheet(workbook, objectives)
    add_budget_sheet(workbook, budget)
    fields = zip(objectives["fields"], objectives["widths"], strict=True)
    columns = [{"field": field or "extra", "width": width} for field, width in fields]
    records = [[record] for record in merged_cells_records(content)]
    header = filled_header(objectives["header_fill"])
    return Table(workbook, columns, indicator_rows(content), records, header)


def _header_rule(raw: Any, first_labels: set[str]) -> tuple[dict[str, Any], float] | None:
    """The rule under a two-row header and the top of the header's first row, if any."""
    words = raw.extract_words(extra_attrs=["fontname"])
    for line in horizontal_rules(raw):
        above = [w for w in words if line["top"] - 45 < w["top"] < line["top"]]
        labels = [w for w in above if w["text"] in first_labels and "Bold" in w["fontname"]]
        if {w["text"] for w in labels} == first_labels:
            return line, min(w["top"] for w in labels)
    return None


def rule_header(columns: list[Content]) -> Callable[[Any], Band | None]:
    """A page's header rows as the rule under the header's first labels, in bold."""
    first_labels = {c["header"] for c in columns if c["header"]}

    def header(raw: Any) -> Band | None:
        found = _header_rule(raw, first_labels)
        if found is None:
            return None
        line, top = found
        return (top - 1.0, line["top"]), line["x0"], line["x1"]

    return header


def year_groups_table(content: Content, layout: Content) -> Table:
    """The ``year_groups`` format, its records those of :func:`sheets_build_records`."""
    groups = sheets_build_records(content["sheet"])
    rows, records = [row for row, _ in groups], [group for _, group in groups]
    columns = content["sheet"]["columns"]
    return Table(year_groups_workbook(content), columns, rows, records, rule_header(columns))


#: The table formats a content's ``layout`` may name.
FORMATS: dict[str, Callable[[Content, Content], Table]] = {
    "sheets": sheets_table,
    "turned": turned_table,
    "merged_cells": merged_cells_table,
    "year_groups": year_groups_table,
}


def make_sample(name: str, out: Path) -> list[str]:
    """Lay a sample's workbook out in its format, print it, find the page of every row,
    write the truth; return the rows that run into the next (a row height too low)."""
    content = load_content(name)
    table = FORMATS[content["layout"]["format"]](content, content["layout"])
    pdf_path = print_pdf(table.workbook, ".xlsx", out / f"{name}.pdf")
    pages = read_pages(pdf_path, [float(c["width"]) for c in table.columns], table.header)
    spans = locate_rows(pages, table.columns, table.rows)
    for group, (page, page_end, _, _) in zip(table.records, spans, strict=True):
        for record in group:
            record.update(page=page, page_end=page_end)
    write_truth(content, [r for group in table.records for r in group], pdf_path, len(pages))
    return rows_apart(spans)
