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

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import pairwise
from typing import Any

from perfextract.backends.geometry import Columns, column_edges, refit
from perfextract.backends.header_lines import (
    Line,
    Segment,
    find_header,
    next_header_at,
    read_lines,
    split_by_sub_header,
)
from perfextract.columns import map_header
from perfextract.layout import in_margin
from perfextract.model import BBox, RawTable
from perfextract.values import parse_value

#: A table that ends below this share of the page height may go on overleaf.
FOOT_OF_PAGE = 0.78
#: Lines from the top of the next page within which the table must go on.
HEAD_OF_PAGE = 0.3
_PAGE_NUMBER_RE = re.compile(
    r"^\W*(?:pag(?:ina)?\.?\s*)?\d{1,4}(?:\s*(?:di|/)\s*\d{1,4})?\W*$", re.I
)


def row_gap_of(lines: Sequence[Line]) -> float | None:
    """The least vertical gap that separates two rows, or None when rows are not spaced.

    Lines of one cell are closer than the last line of a row and the first of
    the next (cell padding): the threshold lies between the tightest gap and
    the next cluster of gaps.  Gaps wider than two and a half lines (around
    headings) are no row gaps.
    """
    if not lines:
        return None
    size = max(line.size for line in lines)
    gaps = sorted(g for a, b in pairwise(lines) if (g := b.top - a.bottom) < 2.5 * size)
    if not gaps:
        return None
    # among many gaps, the tightest but lines overlapping once (a merged cell's last line
    # beside the next row's first), which say nothing of the spacing
    kept = (g for g in gaps if g > -0.5 or sum(1 for h in gaps if g <= h <= g + 0.5) >= 2)
    low = next(kept, gaps[0]) if len(gaps) >= 5 else gaps[0]
    wider = [g for g in gaps if g > low + max(1.0, 0.15 * size)]
    if not wider or len(wider) == len(gaps):
        return None
    return (low + wider[0]) / 2


Cells = tuple[str | None, ...]


def _rules_across(page: Any, geometry: Columns, lines: Sequence[Line], filled: bool) -> list[float]:
    """The heights of the horizontal edges across the table between ``lines``."""
    if len(lines) < 2:
        return []
    width = geometry.edges[-1] - geometry.edges[0]
    # (a rule drawn at a line's top edge may cut its box by a point: the row under it is apart)
    top, bottom = lines[0].bottom, lines[-1].top + 2
    return sorted(
        {
            round(float(e["top"]), 1)
            for e in getattr(page, "edges", ())
            if e.get("orientation") == "h"
            and bool(e.get("fill")) == filled
            and float(e["x1"]) - float(e["x0"]) >= 0.7 * width
            and top <= float(e["top"]) <= bottom
        }
    )


def row_rules(page: Any, geometry: Columns, lines: Sequence[Line]) -> list[float]:
    """The heights of the shading edges across the table between ``lines``.

    Zebra rows (each shaded row a filled band across the table) say where
    each row ends, whatever the spacing of the lines in it.
    """
    rules: list[float] = []
    for edge in _rules_across(page, geometry, lines, filled=True):
        if not rules or edge - rules[-1] > 0.3:  # two bands meeting draw one edge twice
            rules.append(edge)
    # a border printed as a thin filled rectangle has its two edges a point apart: a rule
    # that parts groups, not a shaded band
    # (booktabs rules and a rule above a total, printed as thin rectangles, go with them);
    # a shaded band's edges part rows, were there only two rows
    return [r for r in rules if not any(0.3 < abs(r - o) < 2.0 for o in rules)]


def stroked_rules(page: Any, geometry: Columns, lines: Sequence[Line]) -> list[float]:
    """The heights of the stroked rules across the table between ``lines``.

    A rule drawn across a table ends the row above it, whether rules part
    every row (a table ruled without column rules) or groups of rows only;
    rows between two rules are still told apart by their gaps.
    """
    return _rules_across(page, geometry, lines, filled=False)


def above_closing_rule(lines: Sequence[Line], strokes: Sequence[float]) -> int:
    """How many of ``lines`` lie above the rule that closes their table.

    The rule under a table's last row hugs that row; text a blank line or more
    below it is no longer the table's (a caption, the next box of a scheda).
    """
    for i, (above, line) in enumerate(pairwise(lines), 1):
        reach = above.bottom + 0.5 * line.size
        if any(above.bottom - 1 <= r <= reach and line.top - r > 1.5 * line.size for r in strokes):
            return i
    return len(lines)


def _rows(
    lines: Sequence[Line],
    geometry: Columns,
    row_gap: float | None,
    rules: Sequence[float] = (),
    strokes: Sequence[float] = (),
) -> list[tuple[Cells, BBox]]:
    """Group the lines of a run into table rows by the rules or the gaps between them.

    Zebra bands across the table (``rules``) alone end rows; stroked rules
    across it (``strokes``) end a row wherever they are, and the gaps the
    rows between them.
    Where rows are not spaced apart (``row_gap`` None), a row starts at a line
    with a code in a first column of codes, or else at a line that fills
    three columns or more (continuation lines seldom do) with an indicator
    name that does not go on in lower case.
    """
    codes_first = geometry.columns.fields[0] in (None, "indicator_code")
    indicator = geometry.columns.column("indicator")
    rows: list[tuple[Cells, BBox]] = []
    parts: list[list[str]] = []
    box = [0.0, 0.0, 0.0, 0.0]
    previous: Line | None = None
    for line in lines:
        texts = geometry.cut(line)
        if rules:
            new_row = previous is None or any(
                previous.bottom - 1 <= r <= line.top + 1 for r in rules
            )
        elif row_gap is None and codes_first:  # rows as tight as lines: a row starts at its code
            new_row = previous is None or bool(texts[0])
        elif row_gap is None:  # ... or where most columns do, the indicator's name beginning
            new_row = previous is None or (
                sum(1 for t in texts if t) >= min(3, geometry.width)
                and (
                    indicator is None
                    or (bool(texts[indicator]) and not texts[indicator][0].islower())
                )
                and not _cells_go_on(texts, indicator)
            )
        else:
            new_row = previous is None or line.top - previous.bottom > row_gap
        if previous is not None and any(previous.bottom - 1 <= r <= line.top + 1 for r in strokes):
            new_row = True
        if not new_row and parts and _second_values(geometry, texts, parts, indicator):
            new_row = True  # a new name with values of its own, in columns the row has filled
        if new_row:
            if parts:
                rows.append((tuple("\n".join(p) for p in parts), (box[0], box[1], box[2], box[3])))
            parts = [[] for _ in range(geometry.width)]
            box = [geometry.edges[0], line.top, geometry.edges[-1], line.bottom]
        for column, text in enumerate(texts):
            if text:
                parts[column].append(text)
        box[3] = line.bottom
        previous = line
    if parts:
        rows.append((tuple("\n".join(p) for p in parts), (box[0], box[1], box[2], box[3])))
    return rows


def _cells_go_on(texts: Sequence[str], indicator: int | None) -> bool:
    """True when most of a line's cells beside the name go on in lower case (wrapped text).

    >>> _cells_go_on(["Formazione lavoro", "", "rendicontazione", "attuato e"], 0)
    True
    >>> _cells_go_on(["Tempo medio", "OPERATIVO", "≤ 30 gg", "24 gg"], 0)
    False
    """
    others = [t for j, t in enumerate(texts) if t and j != indicator]
    return bool(others) and sum(t[0].islower() for t in others) * 2 > len(others)


#: Columns of which a row holds one value.
_ONE_VALUE_FIELDS = frozenset({"target", "actual", "baseline", "value", "weight", "achievement"})


def _second_values(
    geometry: Columns, texts: Sequence[str], parts: Sequence[Sequence[str]], indicator: int | None
) -> bool:
    """True when a line opens another row: a name in capitals beside values in two columns
    or more of one value a row that the row has filled already (rows printed without space
    between them).
    """
    if indicator is None or not texts[indicator] or not texts[indicator][:1].isupper():
        return False
    fields = geometry.columns.fields
    again = [
        i for i, text in enumerate(texts)
        if text and i < len(fields) and fields[i] in _ONE_VALUE_FIELDS and parts[i]
        and parse_value(text).is_quantity  # a whole value, not a wrapped phrase's next line
    ]  # fmt: skip
    return len(again) >= 2


def _running(lines: Sequence[Line], at: int, page: Any) -> bool:
    """True for a running header or footer: one run of text in the page's margin band.

    A line of a block that goes on at line pitch into the body (a cell's
    text carried to the top of a page) is no running line; a line in smaller
    print than the body line it touches still is (a running header printed
    close above a table that goes on from the page before).
    """
    line = lines[at]
    if len(line.segments) != 1 or not in_margin(line.top, line.bottom, page):
        return False
    near = [
        other
        for other in (lines[at - 1] if at else None, lines[at + 1] if at + 1 < len(lines) else None)
        if other is not None
        and min(abs(other.top - line.bottom), abs(line.top - other.bottom)) < 0.6 * line.size
        and other.size < line.size + 0.5
    ]
    return not near


def runs_of_rows(
    lines: Sequence[Line], geometry: Columns, page: Any, open_first: bool
) -> Iterator[tuple[int, int]]:
    """The runs of ``lines`` that are table rows, as (start, end) index pairs.

    A run starts at a line that fits the columns (or at the first line when
    ``open_first``) and goes on until a line spans a column boundary, lies in
    the page's margin band (running headers and footers), or does not fit
    after a wide gap.
    """
    i = 0
    while i < len(lines):
        # the line under the header opens the body, unless it is a heading across the columns
        starts = geometry.fits(lines[i]) or (open_first and i == 0 and not geometry.spans(lines[i]))
        if i > 0 and geometry.wraps_into(lines[i - 1], lines[i]):
            starts = False  # the last line of a paragraph, its words spread over the columns
        opened = open_first and i == 0  # the caller has looked past the running lines
        if not starts or (in_margin(lines[i].top, lines[i].bottom, page) and not opened):
            i += 1
            continue
        start = i
        i += 1
        while i < len(lines):
            line, previous = lines[i], lines[i - 1]
            wide_gap = line.top - previous.bottom > 2.5 * line.size
            near = line.top - previous.bottom < 2.5 * line.size
            footer = in_margin(line.top, line.bottom, page) and not (
                (near and geometry.fits(line)) or geometry.goes_on(previous, line)
            )
            if geometry.spans(line) or footer:  # a row near the foot goes on with its table
                break
            if wide_gap and not geometry.fits(line):
                break
            i += 1
        yield start, i


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
    read = read_lines(page, exclude)
    lines = [line for i, line in enumerate(read) if not _running(read, i, page)]
    tables: list[RawTable] = []
    start = 0
    if carry is not None and not (lines and lines[0].top < height * HEAD_OF_PAGE):
        carry = None
    last_bottom = 0.0
    while start < len(lines):
        header = find_header(lines[start:], threshold, min_fields)
        end = start + header[0] if header is not None else len(lines)
        if carry is not None and end > start:  # the table goes on from the previous page
            # a cell's last lines overleaf fill one column only (not the first: that
            # would be a heading or prose at the head of the page)
            lead = start  # past the running header in the margin band
            while lead < end and in_margin(lines[lead].top, lines[lead].bottom, page):
                on = lines[lead + 1] if lead + 1 < end else None
                if on is not None and on.top - lines[lead].bottom < 0.6 * on.size:
                    break  # a line that goes on at line pitch into the body is the body's
                lead += 1
            carry = refit(carry, lines[lead:end])
            top = lines[min(lead, end - 1)]
            spilled = not carry.spans(top) and (
                carry.column_of(top.words[0].x0 + 1) > 0 or top.words[0].text[:1].islower()
            )
            # a row in the margin band that the body goes on from at line pitch opens it
            opens = spilled or carry.fits(top)
            for a, b in runs_of_rows(lines[lead:end], carry, page, open_first=opens):
                run = lines[lead + a : lead + b]
                strokes = stroked_rules(page, carry, run)
                kept = above_closing_rule(run, strokes)
                run = run[:kept]
                carry = replace(carry, row_gap=row_gap_of(run) or carry.row_gap)
                rows = _rows(run, carry, carry.row_gap, row_rules(page, carry, run), strokes)
                tables.append(_raw_table(page, rows, carry))
                last_bottom = run[-1].bottom
                if kept < b - a:  # what follows the table's closing rule is not its body
                    break
        if header is None:
            break
        first, after, cells, columns = header
        below = lines[start + after] if start + after < len(lines) else None
        grouped = split_by_sub_header(cells, columns, lines[start + after - 1], below,
                                      threshold, min_fields)  # fmt: skip
        if grouped is not None:  # "Target" over "2024 | 2025 | 2026"
            cells, columns = grouped
            after += 1
        begin, body_from = start + first, start + after
        body_end = _body_end(lines, body_from, threshold, min_fields)
        # the columns are learnt on the table's own lines: above its closing rule, if drawn
        span = Columns((cells[0].x0, max(c.x1 for c in cells)), columns)
        own = lines[body_from:body_end]
        own = own[: above_closing_rule(own, stroked_rules(page, span, own))]
        # a footer beside its page number ("Report generato … | Pagina 2") has no say in the
        # columns
        own = [line for line in own if not _footer(line, page)]
        edges = column_edges(cells, own, width - 10)
        if len(edges) == len(cells) + 2:  # a column of codes without header, on the left
            labels = ["", *(c.text for c in cells)]
            columns = map_header(labels, threshold, min_fields) or columns
        geometry = Columns(edges, columns)
        head: tuple[Cells, BBox] = (
            tuple(_cell_labels(cells, geometry)),
            (geometry.edges[0], lines[begin].top, geometry.edges[-1], lines[body_from - 1].bottom),
        )
        body = lines[body_from:body_end]
        opened = False
        # the row gap learnt on a table goes on with it overleaf, not to another table
        same = carry is not None and carry.columns.fields == geometry.columns.fields
        geometry = replace(geometry, row_gap=carry.row_gap if same and carry else None)
        for a, b in runs_of_rows(body, geometry, page, open_first=True):
            strokes = stroked_rules(page, geometry, body[a:b])
            kept = above_closing_rule(body[a:b], strokes)
            closed, b = kept < b - a, a + kept
            run = body[a:b]
            # rows are told apart by the gap between them, learnt run by run and kept
            geometry = replace(geometry, row_gap=row_gap_of(run) or geometry.row_gap)
            rows = _rows(run, geometry, geometry.row_gap, row_rules(page, geometry, run), strokes)
            if not opened and a > 0:  # a heading between header and body: a table of its own
                tables.append(_raw_table(page, [head], geometry))
            elif not opened:
                rows.insert(0, head)
            opened = True
            tables.append(_raw_table(page, rows, geometry))
            last_bottom = body[b - 1].bottom
            if closed:  # what follows the table's closing rule is not its body
                break
        if not opened:
            tables.append(_raw_table(page, [head], geometry))
        carry, start = geometry, body_end
    if last_bottom < height * FOOT_OF_PAGE:
        carry = None
    return tables, carry


def _cell_labels(cells: Sequence[Segment], geometry: Columns) -> list[str]:
    """The header labels by column: each cell's text in the column holding its centre."""
    parts: list[list[str]] = [[] for _ in range(geometry.width)]
    for cell in cells:
        parts[geometry.column_of((cell.x0 + cell.x1) / 2)].append(cell.text)
    return ["\n".join(p) for p in parts]


def _body_end(lines: Sequence[Line], start: int, threshold: float, min_fields: int) -> int:
    """Where the body starting at ``start`` ends: at the next header, or the page's end."""
    return next_header_at(lines, start, threshold, min_fields)


def _footer(line: Line, page: Any) -> bool:
    """True for a running line of the page's margin band with a page number among its runs."""
    return (
        len(line.segments) > 1
        and in_margin(line.top, line.bottom, page)
        and any(_PAGE_NUMBER_RE.match(run.text) for run in line.segments)
    )


def _raw_table(page: Any, rows: list[tuple[Cells, BBox]], geometry: Columns) -> RawTable:
    boxes = tuple(box for _, box in rows)
    bbox = (geometry.edges[0], boxes[0][1], geometry.edges[-1], boxes[-1][3])
    return RawTable(page=int(page.page_number), bbox=bbox, rows=tuple(r for r, _ in rows),
                    row_boxes=boxes, backend="borderless",
                    columns=tuple(pairwise(geometry.edges)))  # fmt: skip
