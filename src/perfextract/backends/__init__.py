"""Table backends: each finds the tables of one page and returns RawTables.

A backend is anything with ``find_tables(page) -> list[RawTable]`` where
``page`` is a pdfplumber page.  :data:`BACKENDS` maps each
:class:`~perfextract.settings.Backend` to its class; camelot is imported only
when one of its backends is used, so ``import perfextract`` stays fast.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import pairwise
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


def band_tables(page: Any, tables: Sequence[RawTable]) -> set[int]:
    """The indices of ``tables`` that are shaded bands of a bigger table, to read as lines.

    A table ruled only between its rows, whose header and group rows are
    shaded, gives the table finder a small "table" for each shaded band and
    none for the rows between them: two or more tables of at most two rows,
    lined up at both edges, with text between them, are such bands.
    """
    small = [i for i, t in enumerate(tables) if len(t.rows) <= 2]
    found: set[int] = set()
    for i in small:
        x0, _, x1, _ = tables[i].bbox
        group = sorted(
            (j for j in small
             if abs(tables[j].bbox[0] - x0) <= 2 and abs(tables[j].bbox[2] - x1) <= 2),
            key=lambda j: tables[j].bbox[1],
        )  # fmt: skip
        if len(group) < 2 or i in found:
            continue
        below = min((t.bbox[1] for t in tables if t.bbox[1] > tables[group[-1]].bbox[3]),
                    default=float(page.height))  # fmt: skip
        gaps = [(tables[a].bbox[3], tables[b].bbox[1]) for a, b in pairwise(group)]
        gaps.append((tables[group[-1]].bbox[3], below))  # the rows after the last band
        gaps = [
            (top, bottom) for top, bottom in gaps
            if not any(top <= t.bbox[1] < bottom for t in tables)  # no other table between
        ]  # fmt: skip
        if any(_ruled_lines_between(page, x0, x1, top, bottom) for top, bottom in gaps):
            found.update(group)
    return found


def _ruled_lines_between(page: Any, x0: float, x1: float, top: float, bottom: float) -> bool:
    """True when text lies between ``top`` and ``bottom`` under rules across ``x0``–``x1``."""
    text = any(
        top <= float(c["top"]) < bottom and x0 <= float(c["x0"]) < x1 and c["text"].strip()
        for c in page.chars
    )
    rules = [
        e for e in getattr(page, "edges", ())
        if e.get("orientation") == "h" and top + 1 < float(e["top"]) < bottom - 1
        and float(e["x0"]) <= x0 + 3 and float(e["x1"]) >= x1 - 3
    ]  # fmt: skip
    return text and bool(rules)


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
         and c["text"].strip()),
        key=lambda c: c["top"],
    )  # fmt: skip
    block: list[Any] = []
    for char in below:  # the lines right under the table, until a gap of a line or more
        reach = block[-1]["bottom"] if block else bottom
        if char["top"] - reach > 1.2 * float(char["size"]):
            break  # (a line in the margin band at line pitch is the cell's last one still)
        if not block and in_margin(char["top"], char["bottom"], page):
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
    if sum(c is not None for c in cells) < 2 and cells[0] is not None:
        return table  # a note under the table's first column, not the rest of a tall cell
    end = max(c["bottom"] for c in block)
    return replace(
        table,
        bbox=(x0, table.bbox[1], x1, end),
        rows=(*table.rows, cells),
        row_boxes=(*table.row_boxes, (x0, bottom, x1, end)),
    )
