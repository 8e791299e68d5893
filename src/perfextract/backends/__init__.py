"""Table backends: each finds the tables of one page and returns RawTables.

A backend is anything with ``find_tables(page) -> list[RawTable]`` where
``page`` is a pdfplumber page.  :data:`BACKENDS` maps each
:class:`~perfextract.settings.Backend` to its class; camelot is imported only
when one of its backends is used, so ``import perfextract`` stays fast.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, Protocol

from perfextract.column_rules import HIERARCHY_FIELDS
from perfextract.columns import map_header
from perfextract.labels import match_label
from perfextract.layout import in_margin
from perfextract.model import BBox, RawTable
from perfextract.settings import Backend


class TableBackend(Protocol):
    """Finds the tables of a page."""

    name: str

    def find_tables(self, page: Any) -> list[RawTable]:
        """The tables on ``page`` (a pdfplumber page), top to bottom."""
        ...


def _plumber() -> TableBackend:
    from perfextract.backends.plumber import PlumberBackend

    return PlumberBackend()


def _camelot_lattice() -> TableBackend:
    from perfextract.backends.camelot import CamelotBackend

    return CamelotBackend(flavor="lattice")


def _camelot_stream() -> TableBackend:
    from perfextract.backends.camelot import CamelotBackend

    return CamelotBackend(flavor="stream")


BACKENDS: dict[Backend, Callable[[], TableBackend]] = {
    Backend.PLUMBER: _plumber,
    Backend.CAMELOT_LATTICE: _camelot_lattice,
    Backend.CAMELOT_STREAM: _camelot_stream,
}


def is_grid(table: RawTable) -> bool:
    """True for a ruled table with real columns.

    Some row other than a header row must be divided into two or more cells:
    a frame around a paragraph, or rules drawn by cell shading alone, make a
    one-column "table" (or one where only the header row is divided) whose
    text is better read as lines.  A row of sub-labels under a spanning label
    (``Valore | Grado %`` under ``Risultato``) is a header row too.
    """
    return any(
        sum(c is not None for c in row) >= 2 and map_header(row) is None and not _labels(row)
        for row in table.rows
    )


def key_box(page: Any, table: RawTable) -> BBox | None:
    """The whole box of a scheda's key/value frame that only its keys' column rules, or None.

    A scheda box (``Area strategica | 1 – Competitività…``) drawn with shaded
    key cells and rules across the box has no rule between key and value: the
    table finder sees the column of keys only.  When one of the keys names a
    level of the hierarchy, the box reaches as far as its rules do, so that
    its rows are read as lines of text, never as rows of another table.
    """
    if len(table.rows) < 2 or any(len(row) != 1 for row in table.rows):
        return None
    keys = [(row[0] or "").strip() for row in table.rows]
    if not any(
        (found := match_label(k)) is not None and found.field in HIERARCHY_FIELDS for k in keys
    ):
        return None
    x0, top, x1, bottom = table.bbox
    reach = [
        float(e["x1"])
        for e in getattr(page, "edges", ())
        if e.get("orientation") == "h"
        and abs(float(e["x0"]) - x0) <= 3
        and top - 1 <= float(e["top"]) <= bottom + 1
    ]
    return (x0, top, max([x1, *reach]), bottom)


def is_banded(table: RawTable) -> bool:
    """True for a "grid" drawn by shading columns: its few rows each hold a table's worth of lines.

    A spreadsheet printed with coloured column bands and no row rules gives the
    table finder one tall row for the whole body: its cells hold many lines
    level with each other across three columns or more (a row of the real
    table each), which no ruled row does.  Such a table is read as lines.
    """
    if len(table.rows) > 3 or not table.line_tops:
        return False
    for tops in table.line_tops:
        counts: dict[float, int] = {}
        for cell in tops:
            for top in cell:
                key = round(top)
                counts[key] = counts.get(key, 0) + 1
        if sum(1 for n in counts.values() if n >= 3) >= 5:
            return True
    return False


def _labels(row: Sequence[str | None]) -> bool:
    """True when every filled cell of ``row`` is a known column label."""
    filled = [c for c in row if c and c.strip()]
    return bool(filled) and all(match_label(c) is not None for c in filled)


def get_backend(backend: Backend) -> TableBackend:
    """A ready instance of ``backend``."""
    return BACKENDS[backend]()


#: A ruled table that ends below this share of the page height may have a row cut open.
OPEN_ROW_FROM = 0.6


def _runs_to_foot(page: Any, bottom: float) -> bool:
    """True when text ending at ``bottom`` reaches the page's bottom margin band (within a line)."""
    return in_margin(bottom + 14, bottom + 14, page)


def close_open_row(page: Any, table: RawTable) -> RawTable:
    """``table`` with the text of its last row cut open by the foot of the page.

    Report software breaks a row over a page without drawing the rule under
    its first part: its lines lie just below the last rule, above the page's
    margin band.  They are read into the table's columns as one more row.
    """
    if not table.columns or table.bbox[3] < OPEN_ROW_FROM * float(page.height):
        return table
    x0, _, x1, bottom = table.bbox
    below = sorted(
        (c for c in page.chars
         if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and c["top"] >= bottom - 1
         and not in_margin(c["top"], c["bottom"], page) and c["text"].strip()),
        key=lambda c: c["top"],
    )  # fmt: skip
    block: list[Any] = []
    for char in below:  # the lines right under the table, until a gap of a line or more
        reach = block[-1]["bottom"] if block else bottom
        if char["top"] - reach > 1.2 * float(char["size"]):
            break
        block.append(char)
    if not block or not _runs_to_foot(page, max(c["bottom"] for c in block)):
        return table  # a footnote or a paragraph under the table, not a row cut open
    from pdfplumber.utils.text import extract_words

    words = extract_words(block, x_tolerance=1.5, y_tolerance=3)
    edges = [column[0] for column in table.columns[1:]]
    if any(w["x0"] < e - 2 and w["x1"] > e + 2 for w in words for e in edges):
        return table  # words across the columns: prose
    parts: list[list[str]] = [[] for _ in table.columns]
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        middle = (word["x0"] + word["x1"]) / 2
        at = min(range(len(table.columns)),
                 key=lambda j: 0 if table.columns[j][0] <= middle <= table.columns[j][1]
                 else min(abs(middle - e) for e in table.columns[j]))  # fmt: skip
        parts[at].append(word["text"])
    cells = tuple(" ".join(p) or None for p in parts)
    if sum(c is not None for c in cells) < 2:
        return table
    end = max(c["bottom"] for c in block)
    return replace(
        table,
        bbox=(x0, table.bbox[1], x1, end),
        rows=(*table.rows, cells),
        row_boxes=(*table.row_boxes, (x0, bottom, x1, end)),
    )
