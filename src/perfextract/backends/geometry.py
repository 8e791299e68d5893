"""The columns of a table without rules: edges learnt from its header and body.

A borderless table's columns are the boundaries between its header cells,
moved into the whitespace its body's words leave free; carried overleaf, they
are refitted to the new page's cells.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from perfextract.backends.header_lines import Line, Segment
from perfextract.columns import ColumnMap, looks_like_code

#: A run of words that is a key and its value: ``Peso nell'ambito: 20%``.
_KEY_VALUE_RE = re.compile(r"^[A-ZÀ-Ý][^:]{1,40}:\s*\S")


@dataclass(frozen=True, slots=True)
class Columns:
    """The geometry of a borderless table: ``edges[i]``..``edges[i+1]`` is column ``i``."""

    edges: tuple[float, ...]
    columns: ColumnMap
    row_gap: float | None = None

    @property
    def width(self) -> int:
        return len(self.edges) - 1

    def column_of(self, x: float) -> int:
        return min(max(bisect.bisect_right(self.edges, x) - 1, 0), self.width - 1)

    def spans(self, line: Line) -> bool:
        """True when ``line`` is full-width text rather than cells.

        That is a line with a word across a column boundary, or prose: one run
        of evenly spaced words whose gap over a boundary is an ordinary space
        (cells a narrow gap apart make one run too, but their gap is wider).
        """
        inner = self.edges[1:-1]
        if any(w.x0 < e - 1 and w.x1 > e + 1 for w in line.words for e in inner):
            return True
        if len(line.words) < 3:
            return False
        if len(line.segments) == 1:
            return _over_a_boundary(line.words, inner, lambda a, b: True)
        # a title whose words run on over a boundary in lower case (a band in the cells:
        # "D.1 | Aumentare la mobilità … di studenti e docenti")
        return any(
            _over_a_boundary(
                run, inner, lambda a, b: a.text[-1:].isalpha() and b.text[:1].islower()
            )
            for run in _runs_of_words(line)
        )

    def wraps_into(self, above: Line, line: Line) -> bool:
        """True when ``line`` goes on with the paragraph of the full-width line ``above``.

        A paragraph's line runs to the right edge of the table and the next
        follows at line spacing, from the same left margin.
        """
        if not above.words or not line.words or not self.spans(above):
            return False
        full = above.words[-1].x1 >= self.edges[-1] - 0.15 * (self.edges[-1] - self.edges[0])
        close = line.top - above.bottom < 0.6 * line.size
        aligned = abs(line.words[0].x0 - above.words[0].x0) < 2
        return full and close and aligned

    def goes_on(self, above: Line, line: Line) -> bool:
        """True when ``line`` carries on, at line pitch, a column ``above`` has text in."""
        cells = [i for i, text in enumerate(self.cut(line)) if text]
        return (
            line.top - above.bottom < 0.6 * line.size
            and len(cells) == 1
            and bool(self.cut(above)[cells[0]])
        )

    def cut(self, line: Line) -> list[str]:
        """The text of ``line`` in each column ("" where it has none)."""
        parts: list[list[str]] = [[] for _ in range(self.width)]
        for word in line.words:
            parts[self.column_of(word.x0 + 1)].append(word.text)
        return [" ".join(p) for p in parts]

    def fits(self, line: Line) -> bool:
        """True when ``line`` reads as a table row: within the table, in two columns or more.

        A line of keys and their values (``Struttura: Area Ricerca   Peso: 30%``),
        under an objective's heading, is no row.
        """
        if self.spans(line) or min(w.x0 for w in line.words) < self.edges[0] - 3:
            return False
        if len(line.segments) >= 2 and all(_KEY_VALUE_RE.match(s.text) for s in line.segments):
            return False
        return sum(1 for text in self.cut(line) if text) >= 2


def _runs_of_words(line: Line) -> list[list[Segment]]:
    """The words of ``line`` in its runs (segments), each run of four words or more."""
    runs = [
        [w for w in line.words if s.x0 - 0.5 <= w.x0 and w.x1 <= s.x1 + 0.5] for s in line.segments
    ]
    return [run for run in runs if len(run) >= 4]


def _over_a_boundary(
    words: Sequence[Segment], inner: Sequence[float], joined: Callable[[Segment, Segment], bool]
) -> bool:
    """True when ``words`` go on over a column boundary with an ordinary space (``joined``)."""
    gaps = sorted(b.x0 - a.x1 for a, b in pairwise(words))
    if not gaps:
        return False
    space = gaps[len(gaps) // 2]
    for a, b in pairwise(words):  # the gap over a boundary is a cell's, or a space
        over = any(a.x1 <= e + 1 and b.x0 >= e - 1 for e in inner)
        if over and b.x0 - a.x1 <= 1.3 * space + 0.5 and joined(a, b):
            return True
    return False


def _least_crossed(
    words: Sequence[Segment], lo: float, hi: float, runs: Sequence[Segment] = ()
) -> tuple[float, int]:
    """The rightmost x in [lo, hi] that the fewest words run across, and how many do.

    Among those, an x that splits no run of words (``≥ 450.000``, a value
    centred under its label) is preferred.  The counts only change at word
    edges, so only those (and the ends) are tried.
    """
    inside = {x for w in words for x in (w.x0, w.x1) if lo < x < hi}
    best_x, best_cost = (lo + hi) / 2, (len(words) + 1, 0)
    for x in sorted({lo, hi, *inside}):
        cost = (
            sum(1 for w in words if w.x0 < x < w.x1),
            sum(1 for r in runs if r.x0 < x < r.x1),
        )
        if cost <= best_cost:
            best_x, best_cost = x, cost
    return best_x, best_cost[0]


def _leading_edges(first: Segment, body: Sequence[Line]) -> list[float]:
    """The left edge of the table, and of a column of codes printed without a header.

    A first column's cells may start left of its label (a centred header); a
    column of codes left of it, apart by whitespace, is a column of its own.
    """
    words = [w for line in body for w in line.words]
    outside = [w for w in words if w.x0 < first.x0 - 1]
    if not outside:
        return [first.x0 - 2]
    left = min(w.x0 for w in outside) - 2
    split, cost = _least_crossed(words, left + 4, first.x0 - 1)
    codes = [
        line.words[0]
        for line in body
        if line.words and line.words[0].x1 <= split and looks_like_code(line.words[0].text)
    ]
    lines_with_words = sum(1 for line in body if line.words)
    if len(codes) >= 2 and cost <= max(1, lines_with_words // 5):
        return [left, split]
    return [left]


def column_edges(cells: Sequence[Segment], body: Sequence[Line], right: float) -> tuple[float, ...]:
    """Column boundaries: in the whitespace between header cells that body words cross least.

    Of the least crossed positions the rightmost is taken: a column's cells
    start under its label or to its left, never to its right.  Lines of one
    run (headings, prose, a lone continuation) have no say, but where one
    starts between two labels and runs on under the second (a name's lines
    beside a row's values centred on them) the boundary stays left of it.
    """
    lone = [r for line in body if len(line.segments) == 1 for r in line.segments]
    body = [line for line in body if len(line.segments) > 1]
    words = [w for line in body for w in line.words]
    runs = [r for line in body for r in line.segments]
    edges = _leading_edges(cells[0], body)
    for left, nxt in pairwise(cells):
        hi = max(nxt.x0, left.x1 + 1)
        starts = [r.x0 for r in lone if left.x1 + 1 < r.x0 < hi < r.x1]
        hi = max(min([hi, *(x - 1 for x in starts)]), left.x1 + 1)
        edges.append(_least_crossed(words, left.x1, hi, runs)[0])
    edges.append(max(right, max(c.x1 for c in cells) + 2))
    return tuple(edges)


def refit(geometry: Columns, body: Sequence[Line]) -> Columns:
    """``geometry`` carried overleaf, its crossed edges moved into this page's whitespace.

    The edges of a table carried from the previous page were learnt on that
    page's cells: a wider cell here (``Parzialmente raggiunto`` centred in a
    narrow column, ``≥ € 25.000`` aligned right under a short label) may run
    across one.  Such an edge moves, within half its narrower neighbour
    column, to where no run of words of this page's rows (lines of three
    cells or more) goes across it; where there is no such place it stays (a heading
    across the columns is no row).
    """
    rows = [line for line in body if len(line.segments) >= 3]
    words = [w for line in rows for w in line.words]
    runs = [r for line in rows for r in line.segments]
    edges = list(geometry.edges)
    for i in range(1, len(edges) - 1):
        edge = edges[i]
        if any(r.x0 < edge - 1 and r.x1 > edge + 1 for r in runs):
            reach = 0.5 * min(edge - edges[i - 1], edges[i + 1] - edge)
            x, _ = _least_crossed(words, edge - reach, edge + reach, runs)
            if not any(r.x0 < x < r.x1 for r in runs):
                edges[i] = x
    return replace(geometry, edges=tuple(edges))
