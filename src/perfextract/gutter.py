"""Pages printed in two columns: tables side by side, each under its own headings.

A report may set two tables side by side (area A on the left, area B on the
right), each under its own heading lines.  Read across, the two headings make
one line and the tables' rows interleave; read by column, each heading stands
over its table.  :func:`page_gutters` finds the gap between such tables,
:func:`split_lines_at` parts the text lines that run over it only by their
alignment, and :func:`column_order` puts the rows of each column together.
All pure: dicts of text lines and rows in, the same out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from perfextract.model import BBox, Row

#: The least blank (points) at the gutter that parts a line into two columns' lines.
GUTTER_GAP = 12.0


@dataclass(frozen=True, slots=True)
class Gutter:
    """The gap at ``x`` between tables side by side, in the band from ``top`` to ``bottom``.

    The band starts under the last thing above it printed across the page (a
    full-width table), so the headings over each column's tables are in it.
    """

    x: float
    top: float
    bottom: float

    def holds(self, top: float) -> bool:
        """True for something starting at ``top`` within the band."""
        return self.top <= top < self.bottom


def _crosses(box: BBox, x: float) -> bool:
    return box[0] < x < box[2]


def page_gutters(boxes: Sequence[BBox]) -> list[Gutter]:
    """The gaps between tables printed side by side, one per band of the page, top down.

    Two tables are side by side when one ends left of where the other starts
    and their heights overlap; the gutter is midway, and every table of the
    page within their band lies wholly on one side of it.  A band starts where
    the one above it ends, or under a table across the page.

    >>> page_gutters([(40, 100, 290, 300), (310, 100, 560, 250)])
    [Gutter(x=300.0, top=0.0, bottom=300)]
    >>> page_gutters([(40, 100, 290, 300), (310, 320, 560, 400)])  # one under the other
    []
    >>> page_gutters([(40, 10, 560, 90), (40, 100, 290, 300), (310, 100, 560, 250),
    ...               (40, 320, 560, 400)])
    [Gutter(x=300.0, top=90, bottom=300)]
    >>> [(g.top, g.bottom) for g in page_gutters(
    ...     [(40, 100, 290, 200), (310, 100, 560, 200), (40, 240, 290, 300), (310, 240, 560, 330)])]
    [(0.0, 200), (200, 330)]
    """
    bands: dict[tuple[float, float], float] = {}
    for a in boxes:
        for b in boxes:
            if not (a[2] < b[0] and a[1] < b[3] and b[1] < a[3]):
                continue
            x = (a[2] + b[0]) / 2
            top, bottom = min(a[1], b[1]), max(a[3], b[3])
            beside = [t for t in boxes if t[1] < bottom and top < t[3]]
            if not any(_crosses(t, x) for t in beside):
                bands.setdefault((min(t[1] for t in beside), max(t[3] for t in beside)), x)
    gutters: list[Gutter] = []
    for (top, bottom), x in sorted(bands.items()):
        if gutters and top < gutters[-1].bottom:
            continue  # the same band, seen from another pair
        upper = max((t[3] for t in boxes if t[3] <= top and _crosses(t, x)), default=0.0)
        if gutters:
            upper = max(upper, gutters[-1].bottom)
        gutters.append(Gutter(x, upper, bottom))
    return gutters


def gutter_at(gutters: Sequence[Gutter], top: float) -> Gutter | None:
    """The gutter whose band holds something starting at ``top``, or None."""
    return next((g for g in gutters if g.holds(top)), None)


def parts_at(line: dict[str, Any], gutter: float) -> bool:
    """True when a text line runs over the gutter only by its alignment: a blank parts it there.

    >>> chars = [{"x0": 40, "x1": 200}, {"x0": 330, "x1": 500}]
    >>> parts_at({"x0": 40, "x1": 500, "chars": chars}, 300)
    True
    >>> parts_at({"x0": 40, "x1": 500, "chars": [{"x0": 40, "x1": 296}, {"x0": 299, "x1": 500}]},
    ...          300)
    False
    """
    if not line["x0"] < gutter < line["x1"]:
        return False
    chars = line["chars"]
    if any(c["x0"] < gutter < c["x1"] for c in chars):
        return False
    left = max((c["x1"] for c in chars if c["x1"] <= gutter), default=None)
    right = min((c["x0"] for c in chars if c["x0"] >= gutter), default=None)
    return left is not None and right is not None and right - left >= GUTTER_GAP


def split_lines_at(
    lines: Sequence[dict[str, Any]],
    gutters: Sequence[Gutter],
    read_side: Callable[[Gutter, bool], Sequence[dict[str, Any]]],
) -> list[list[dict[str, Any]]]:
    """The text lines of a page as three runs: full width, left column, right column.

    A line that parts at its band's gutter is replaced by the lines
    ``read_side(gutter, left)`` reads on that side of the gutter.
    """
    whole: list[dict[str, Any]] = []
    sides: list[list[dict[str, Any]]] = [[], []]
    parted: dict[Gutter, list[tuple[float, float]]] = {}
    for line in lines:
        gutter = gutter_at(gutters, line["top"])
        if gutter is None:
            whole.append(line)
        elif parts_at(line, gutter.x):
            parted.setdefault(gutter, []).append((line["top"], line["bottom"]))
        elif line["x1"] <= gutter.x:
            sides[0].append(line)
        elif line["x0"] >= gutter.x:
            sides[1].append(line)
        else:
            whole.append(line)
    for gutter, spans in parted.items():
        for index, left in enumerate((True, False)):
            sides[index].extend(
                part
                for part in read_side(gutter, left)
                if any(top - 1 <= part["top"] and part["bottom"] <= bottom + 1
                       for top, bottom in spans)
            )  # fmt: skip
    for side in sides:
        side.sort(key=lambda part: float(part["top"]))
    return [whole, *sides]


def side_of(row: Row, gutters: Sequence[Gutter]) -> tuple[int, int]:
    """The band of ``row`` (0 for none, then 1, 2 … top down) and its side of the band's gutter
    (0 across it, 1 left, 2 right).

    >>> gutters = [Gutter(300, 0, 500)]
    >>> side_of(Row(1, 0, 9, ("Area A",), x0=40, x1=200), gutters)
    (1, 1)
    >>> side_of(Row(1, 0, 9, ("Titolo",), x0=40, x1=560), gutters)
    (0, 0)
    >>> side_of(Row(1, 600, 609, ("Area C",), x0=40, x1=200), gutters)
    (0, 0)
    """
    gutter = gutter_at(gutters, row.top)
    if row.x0 is None or row.x1 is None or gutter is None:
        return 0, 0
    band = gutters.index(gutter) + 1
    if row.x1 <= gutter.x:
        return band, 1
    return (band, 2) if row.x0 >= gutter.x else (0, 0)


def column_order(rows: Sequence[Row], gutters: Sequence[Gutter]) -> list[Row]:
    """Rows in reading order by column: in each run of rows beside a gutter, left first.

    ``rows`` are in order top to bottom; a row across the gutter or in another
    band ends a run.

    >>> rows = [Row(1, 0, 9, ("Titolo",), x0=40, x1=560),
    ...         Row(1, 10, 19, ("Area A",), x0=40, x1=200),
    ...         Row(1, 10, 19, ("Area B",), x0=320, x1=500),
    ...         Row(1, 20, 29, ("a1",), x0=40, x1=200),
    ...         Row(1, 20, 29, ("b1",), x0=320, x1=500)]
    >>> [r.text for r in column_order(rows, [Gutter(300, 0, 100)])]
    ['Titolo', 'Area A', 'a1', 'Area B', 'b1']
    """
    out: list[Row] = []
    run: list[Row] = []
    band = 0
    for row in rows:
        at, side = side_of(row, gutters)
        if at != band or side == 0:
            out.extend(sorted(run, key=lambda r: side_of(r, gutters)))
            run = []
            band = at
        if side == 0:
            out.append(row)
        else:
            run.append(row)
    out.extend(sorted(run, key=lambda r: side_of(r, gutters)))
    return out
