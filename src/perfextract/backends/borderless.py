"""Tables without rules: columns derived from the header row, rows from the text.

Tables aligned by whitespace alone (or ruled only under the header, or drawn
with cell shading and no rules) give line-based finders nothing to hold on
to.  Here the header row is found by its labels, its cells give the columns,
and the boundaries between columns are moved into the whitespace the body
leaves free.  Lines below are cut at those boundaries; a line whose text
spans a boundary is a full-width row (a heading, a status line, prose).
Lines are grouped into rows by the vertical gaps between them, so the
continuation lines of a wrapped cell stay in their row.

The column boundaries of a table that runs to the foot of a page are carried
to the next page, where the table goes on without its header.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from perfextract.columns import ColumnMap, map_header
from perfextract.model import BBox, RawTable

#: Share of the page height at top and bottom where single-run lines are
#: left to the layout (page numbers, running headers).
MARGIN_BAND = 0.08
#: A table that ends below this share of the page height may go on overleaf.
FOOT_OF_PAGE = 0.78
#: Lines from the top of the next page within which the table must go on.
HEAD_OF_PAGE = 0.3
_PAGE_NUMBER_RE = re.compile(
    r"^\W*(?:pag(?:ina)?\.?\s*)?\d{1,4}(?:\s*(?:di|/)\s*\d{1,4})?\W*$", re.I
)


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of words on one line, separated from the next run by a column-wide gap."""

    text: str
    x0: float
    x1: float


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text: its runs, and its vertical extent."""

    top: float
    bottom: float
    size: float
    segments: tuple[Segment, ...]


@dataclass(frozen=True, slots=True)
class Columns:
    """The geometry of a borderless table: ``edges[i]``..``edges[i+1]`` is column ``i``."""

    edges: tuple[float, ...]
    columns: ColumnMap

    @property
    def width(self) -> int:
        return len(self.edges) - 1

    def column_of(self, x: float) -> int:
        return min(max(bisect.bisect_right(self.edges, x) - 1, 0), self.width - 1)

    def spans(self, segment: Segment) -> bool:
        """True when ``segment`` runs across a column boundary."""
        return any(segment.x0 < e - 2 and segment.x1 > e + 2 for e in self.edges[1:-1])


def _inside(word: dict[str, Any], boxes: Sequence[BBox]) -> bool:
    cx, cy = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)


def read_lines(page: Any, exclude: Sequence[BBox] = ()) -> list[Line]:
    """The text lines of ``page`` outside ``exclude``, each cut into runs at wide gaps."""
    words = [
        w
        for w in page.extract_words(x_tolerance=1.5, y_tolerance=2, extra_attrs=["size"])
        if not _inside(w, exclude)
    ]
    words.sort(key=lambda w: (round(w["top"]), w["x0"]))
    lines: list[list[dict[str, Any]]] = []
    for word in words:
        if lines and abs(word["top"] - lines[-1][0]["top"]) <= 0.5 * word["size"]:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [_line(sorted(ws, key=lambda w: w["x0"])) for ws in lines]


def _line(words: list[dict[str, Any]]) -> Line:
    size = max(w["size"] for w in words)
    gap = max(4.0, 0.9 * size)
    runs: list[list[dict[str, Any]]] = [[words[0]]]
    for word in words[1:]:
        if word["x0"] - runs[-1][-1]["x1"] > gap:
            runs.append([])
        runs[-1].append(word)
    segments = tuple(
        Segment(" ".join(w["text"] for w in run), run[0]["x0"], run[-1]["x1"]) for run in runs
    )
    top = min(w["top"] for w in words)
    return Line(top=top, bottom=max(w["bottom"] for w in words), size=size, segments=segments)


def _header_cells(band: Sequence[Line]) -> list[Segment]:
    """The header cells of a band of lines: runs that overlap in x are one cell, top to bottom."""
    cells: list[Segment] = []
    for segment in sorted((s for line in band for s in line.segments), key=lambda s: s.x0):
        if cells and segment.x0 < cells[-1].x1 - 1:
            last = cells[-1]
            cells[-1] = Segment(f"{last.text}\n{segment.text}", min(last.x0, segment.x0),
                                max(last.x1, segment.x1))  # fmt: skip
        else:
            cells.append(segment)
    return cells


def find_header(
    lines: Sequence[Line], threshold: float, min_fields: int
) -> tuple[int, int, list[Segment], ColumnMap] | None:
    """The first header: (first line, line after it, its cells, its mapping), or None.

    A header may take up to three lines (``Valore`` over ``atteso``).
    """
    for i in range(len(lines)):
        best = None
        for size in (1, 2, 3):
            band = lines[i : i + size]
            if len(band) < size or any(b.top - a.bottom > a.size for a, b in pairwise(band)):
                break
            cells = _header_cells(band)
            columns = map_header([c.text for c in cells], threshold, min_fields)
            if columns is not None and (best is None or columns.matched > best[3].matched):
                best = (i, i + size, cells, columns)
        if best is not None:
            return best
    return None


def _edges(cells: Sequence[Segment], body: Sequence[Line], right: float) -> tuple[float, ...]:
    """Column boundaries: in the whitespace between header cells that body runs cross least."""
    runs = [s for line in body for s in line.segments]
    edges = [min(c.x0 for c in cells) - 2]
    for left, nxt in pairwise(cells):
        lo, hi = left.x1, max(nxt.x0, left.x1 + 1)
        best_x, best_cost = (lo + hi) / 2, None
        x = lo
        while x <= hi:
            cost = sum(1 for s in runs if s.x0 < x < s.x1)
            if best_cost is None or cost < best_cost:
                best_x, best_cost = x, cost
            x += 1.0
        edges.append(best_x)
    edges.append(max(right, max(c.x1 for c in cells) + 2))
    return tuple(edges)


def row_gap_of(lines: Sequence[Line], size: float) -> float | None:
    """The least vertical gap that separates two rows, or None when rows are not spaced.

    Lines of one cell are closer than the last line of a row and the first of
    the next (cell padding): the threshold lies between the tightest gap and
    the next cluster of gaps.
    """
    gaps = sorted(b.top - a.bottom for a, b in pairwise(lines))
    if not gaps:
        return None
    low = gaps[0]
    wider = [g for g in gaps if g > low + 0.3 * size]
    if not wider or len(wider) == len(gaps):
        return None
    return (low + wider[0]) / 2


def _rows(
    lines: Sequence[Line], geometry: Columns
) -> Iterator[tuple[tuple[str | None, ...], BBox]]:
    """Group lines into table rows: full-width lines alone, the others by vertical gaps."""
    width = geometry.width
    size = max((line.size for line in lines), default=10.0)
    row_gap = row_gap_of(lines, size)
    parts: list[list[str]] = []
    box: list[float] = []
    previous: Line | None = None

    def flush() -> Iterator[tuple[tuple[str | None, ...], BBox]]:
        if parts:
            yield tuple("\n".join(p) for p in parts), (box[0], box[1], box[2], box[3])

    for line in lines:
        spanning = any(geometry.spans(s) for s in line.segments)
        if row_gap is None:  # rows as tight as lines: a row starts where most columns do
            filled = {geometry.column_of(seg.x0 + 1) for seg in line.segments}
            new_row = previous is None or spanning or len(filled) >= min(3, width)
        else:
            new_row = previous is None or line.top - previous.bottom > row_gap or spanning
        if new_row or not parts:
            yield from flush()
            parts, box = [[] for _ in range(width)], [geometry.edges[0], line.top,
                                                      geometry.edges[-1], line.bottom]  # fmt: skip
        if spanning:
            text = " ".join(s.text for s in line.segments)
            yield (text,) + (None,) * (width - 1), (box[0], line.top, box[2], line.bottom)
            parts, previous = [], None
            continue
        for segment in line.segments:
            parts[geometry.column_of(segment.x0 + 1)].append(segment.text)
        box[3] = line.bottom
        previous = line
    yield from flush()


def find_borderless_tables(
    page: Any,
    exclude: Sequence[BBox] = (),
    carry: Columns | None = None,
    threshold: float = 82.0,
    min_fields: int = 2,
) -> tuple[list[RawTable], Columns | None]:
    """The borderless indicator tables of ``page``, and the columns to carry overleaf.

    ``exclude`` are the boxes of tables already found with rules; ``carry``
    the columns of a table that ran to the foot of the previous page.
    """
    height, width = float(page.height), float(page.width)
    lines = [
        line
        for line in read_lines(page, exclude)
        if not (_in_margin(line, height) and len(line.segments) == 1)
    ]
    tables: list[RawTable] = []
    start = 0
    geometry: Columns | None = None
    if carry is not None and lines and lines[0].top < height * HEAD_OF_PAGE:
        geometry = carry
    while True:
        header = find_header(lines[start:], threshold, min_fields)
        if geometry is None and header is None:
            break
        if geometry is None and header is not None:
            first, after, cells, columns = header
            begin, body_from = start + first, start + after
            body_end = _body_end(lines, body_from, threshold, min_fields)
            edges = _edges(cells, lines[body_from:body_end], width - 10)
            geometry = Columns(edges, columns)
            header_row = tuple(_cut(lines[begin:body_from], geometry))
        else:
            begin = body_from = start
            body_end = _body_end(lines, body_from, threshold, min_fields)
            header_row = None
        assert geometry is not None
        body = lines[body_from:body_end]
        rows = list(_rows(body, geometry))
        if header_row is not None:
            top = lines[begin].top
            rows.insert(0, (header_row, (geometry.edges[0], top, geometry.edges[-1],
                                         lines[body_from - 1].bottom)))  # fmt: skip
        if rows:
            tables.append(_raw_table(page, rows, geometry))
        start = body_end
        last = body[-1] if body else None
        carry = geometry if last is not None and last.bottom > height * FOOT_OF_PAGE else None
        geometry = None
        if start >= len(lines):
            break
    return tables, carry


def _in_margin(line: Line, height: float) -> bool:
    return line.bottom < height * MARGIN_BAND or line.top > height * (1 - MARGIN_BAND)


def _body_end(lines: Sequence[Line], start: int, threshold: float, min_fields: int) -> int:
    """Where the body starting at ``start`` ends: at the next header, or the page's end."""
    found = find_header(lines[start:], threshold, min_fields)
    return start + found[0] if found is not None else len(lines)


def _cut(band: Sequence[Line], geometry: Columns) -> Iterator[str | None]:
    """The header band's text per column."""
    parts: list[list[str]] = [[] for _ in range(geometry.width)]
    for line in band:
        for segment in line.segments:
            parts[geometry.column_of(segment.x0 + 1)].append(segment.text)
    for p in parts:
        yield "\n".join(p) if p else ""


def _raw_table(
    page: Any, rows: list[tuple[tuple[str | None, ...], BBox]], geometry: Columns
) -> RawTable:
    boxes = tuple(box for _, box in rows)
    bbox = (geometry.edges[0], boxes[0][1], geometry.edges[-1], boxes[-1][3])
    return RawTable(page=int(page.page_number), bbox=bbox, rows=tuple(r for r, _ in rows),
                    row_boxes=boxes, backend="borderless")  # fmt: skip
