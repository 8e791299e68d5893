"""Text lines cut into runs of words, and the header band of a table found among them.

A borderless table has no rules to say where its cells are: its header row
is found by its labels.  A header may take several lines — a label broken
over two, labels centred in a tall row, a spanning label (``Target``) over a
line of sub-labels (``2024 | 2025 | 2026``) — and each reading is mapped to
record fields; the one that names most wins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import combinations, pairwise
from typing import Any

from perfextract.columns import ColumnMap, looks_like_code, map_header
from perfextract.labels import match_label
from perfextract.layout import without_chars_in
from perfextract.model import BBox
from perfextract.statuses import match_status
from perfextract.values import parse_value


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of words on one line, separated from the next run by a column-wide gap."""

    text: str
    x0: float
    x1: float


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text: its words, its runs of words, and its vertical extent."""

    top: float
    bottom: float
    size: float
    words: tuple[Segment, ...]
    segments: tuple[Segment, ...]


#: Single glyphs that stand alone only as specks of an OCR layer.
_SPECKS = frozenset("°º'`´.,;:|¦~^")


def read_lines(page: Any, exclude: Sequence[BBox] = ()) -> list[Line]:
    """The text lines of ``page`` outside ``exclude``, each cut into runs at wide gaps."""
    page = without_chars_in(page, exclude)
    words = page.extract_words(x_tolerance=1.5, y_tolerance=2, extra_attrs=["size"])
    # a glyph without width, or a lone speck of punctuation, is what an OCR text layer read
    # off the paper, not a word printed
    words = [
        w
        for w in words
        if (w["x1"] - w["x0"] >= 0.5 or w["text"].isalnum()) and w["text"] not in _SPECKS
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
    runs = [part for run in runs for part in _split_labels(run)]
    segments = tuple(
        Segment(" ".join(w["text"] for w in run), run[0]["x0"], run[-1]["x1"]) for run in runs
    )
    return Line(
        top=min(w["top"] for w in words),
        bottom=max(w["bottom"] for w in words),
        size=size,
        words=tuple(Segment(w["text"], w["x0"], w["x1"]) for w in words),
        segments=segments,
    )


def _split_labels(run: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """A short run of words that reads as column labels side by side, split into them.

    Narrow columns leave labels a space apart (``Consuntivo Scostamento
    Note``): the run splits into the fewest parts that are each a label on
    its own, when the whole is none.
    """
    texts = [w["text"] for w in run]
    if not 2 <= len(run) <= 6 or not all(t == "%" or t.replace("%", "").isalpha() for t in texts):
        return [run]
    if match_label(" ".join(texts)) is not None or match_status(" ".join(texts)) is not None:
        return [run]
    strong: dict[tuple[int, int], bool] = {}  # a span of words → a label on its own
    for cuts in (c for k in range(1, min(3, len(run) - 1) + 1)
                 for c in combinations(range(1, len(run)), k)):  # fmt: skip
        spans = list(pairwise([0, *cuts, len(run)]))
        for span in spans:
            if span not in strong:
                m = match_label(" ".join(texts[span[0] : span[1]]))
                strong[span] = m is not None and m.score >= 90
        if all(strong[span] for span in spans):
            return [run[a:b] for a, b in spans]
    return [run]


def _header_cells(band: Sequence[Line]) -> list[Segment]:
    """The header cells of a band of lines: runs that overlap in x are one cell, top to bottom."""
    groups: list[list[tuple[int, Segment]]] = []
    runs = sorted(((n, s) for n, line in enumerate(band) for s in line.segments),
                  key=lambda ns: ns[1].x0)  # fmt: skip
    for n, segment in runs:
        if groups and segment.x0 < max(s.x1 for _, s in groups[-1]) - 1:
            groups[-1].append((n, segment))
        else:
            groups.append([(n, segment)])
    cells = []
    for group in groups:
        texts = [s.text for _, s in sorted(group, key=lambda ns: (ns[0], ns[1].x0))]
        x0, x1 = min(s.x0 for _, s in group), max(s.x1 for _, s in group)
        cells.append(Segment("\n".join(texts), x0, x1))
    return cells


def find_header(
    lines: Sequence[Line], threshold: float, min_fields: int
) -> tuple[int, int, list[Segment], ColumnMap] | None:
    """The first header: (first line, line after it, its cells, its mapping), or None.

    A header may take up to three lines (``Valore`` over ``atteso``); a line
    just below with fewer runs, all under header cells, completes its labels
    (``Risultato`` over ``2023``).
    """
    for i in range(len(lines)):
        best = None
        for size in (1, 2, 3):
            band = lines[i : i + size]
            # a label's next line follows at the line pitch, with fewer runs than the first;
            # labels centred in a tall header row make lines half a pitch apart, any width
            apart = any(
                b.top - a.top > (1.4 if _stacked(a, b) else 1.25) * a.size
                for a, b in pairwise(band)
            )
            tight = all(b.top - a.top < a.size for a, b in pairwise(band))
            wider = any(len(line.segments) >= len(band[0].segments) for line in band[1:])
            if len(band) < size or apart or (wider and not tight and not _labels_only(band[1:])):
                break
            found = _read_band(band, threshold, min_fields, lines[i + size : i + size + 12])
            if found is None:
                continue
            cells, columns = found
            # the band's next line completes the labels it stands under ("Valore di" over
            # "partenza"): no column loses its field, though a label may name another
            completes = (
                best is not None
                and len(cells) == len(best[2])
                and all(
                    f is None or f == g or (g is not None and _labels_only(band[1:]))
                    for f, g in zip(best[3].fields, columns.fields, strict=True)
                )
            )
            if best is None or columns.matched > best[3].matched or completes:
                best = (i, i + size, cells, columns)
        if best is not None:
            return best
    return None


def next_header_at(lines: Sequence[Line], start: int, threshold: float, min_fields: int) -> int:
    """Where the table body starting at ``lines[start]`` ends: at the next header, or the end.

    A line that goes on at the line pitch of the line above, most of its runs
    no labels, is no header but a body line whose words a justified cell
    spread apart (``supera   il   target   di   oltre``).
    """
    at = start
    while at < len(lines):
        found = find_header(lines[at:], threshold, min_fields)
        if found is None:
            return len(lines)
        k = at + found[0]
        if k == start or not _goes_on_in_body(lines[k - 1], lines[k]):
            return k
        at = k + 1
    return len(lines)


def _goes_on_in_body(above: Line, line: Line) -> bool:
    """True when ``line`` follows ``above`` at line pitch with runs that are mostly no labels,
    or mostly go on in lower case (``degli obiettivi | realizzato``: wrapped cells' words).
    """
    close = line.top - above.bottom < 0.6 * line.size
    labels = sum(1 for s in line.segments if match_label(s.text) is not None)
    lower = sum(1 for s in line.segments if s.text[:1].islower())
    return close and (labels * 2 < len(line.segments) or lower * 2 > len(line.segments))


_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")


def _stacked(upper: Line, lower: Line) -> bool:
    """True when each run of ``lower`` stands under a run of ``upper`` of its own.

    Labels wrapped in their cells (``Target`` over ``2024`` in each of three
    columns) are one label each, whatever the line pitch; sub-labels under
    one spanning label (``Target`` over ``2024 | 2025 | 2026``) are not.
    """
    owners = []
    for run in lower.segments:
        over = [i for i, u in enumerate(upper.segments) if u.x0 - 2 < run.x1 and run.x0 < u.x1 + 2]
        if len(over) != 1:
            return False
        owners.append(over[0])
    return len(set(owners)) == len(owners)


def _labels_only(band: Sequence[Line]) -> bool:
    """True when no run of ``band`` states a quantity: the rest of labels, not a body row.

    Labels printed at the foot of their cells leave the short ones on the last
    line (``Cod. | Obiettivo`` over ``Ob. | operativo | Indicatore | Peso``).
    """
    return not any(
        parse_value(s.text).is_quantity or looks_like_code(s.text)
        for line in band
        for s in line.segments
        if not _YEAR_RE.match(s.text)
    )


def _read_band(
    band: Sequence[Line], threshold: float, min_fields: int, below: Sequence[Line] = ()
) -> tuple[list[Segment], ColumnMap] | None:
    """The cells and mapping of a header band: its runs stacked, or its last line as sub-labels.

    Years over ``Target | Consuntivo`` pairs, printed on the line above
    ``Codice | Indicatore`` (merged down over both rows), read best as
    spanning labels over the last line; a label broken over lines, stacked.
    Labels that name no indicator column alone are read with the lines
    ``below`` them, cut under the labels, as a table is typed by its content.
    """
    band = [split_at_body_columns(line, below) for line in band]
    cells = _header_cells(band)
    texts = [c.text for c in cells]
    columns = map_header(texts, threshold, min_fields)
    if columns is None and below and _labels_only(band):
        columns = map_header(texts, threshold, min_fields, _under(cells, below))
    if len(band) > 1:
        upper = _header_cells(band[:-1])
        over = map_header([c.text for c in upper], threshold, min_fields)
        split = split_by_sub_header(upper, over, band[-2], band[-1], threshold, min_fields)
        if split is not None and (columns is None or split[1].matched >= columns.matched):
            return split
    return (cells, columns) if columns is not None else None


def split_at_body_columns(line: Line, below: Sequence[Line]) -> Line:
    """``line`` with a run of labels split where the body under it starts a column.

    The labels of two columns a narrow gap apart (``% realizzazione``
    aligned right beside ``Breve descrizione``) make one run.  The cells
    below, farther apart, say where the second column starts: a run of the
    body lines (of two runs or more, the header printed again left out)
    starts at one of the run's words and none runs across the gap before it,
    a gap wider than the line's spaces.

    >>> def seg(text, x0):
    ...     return Segment(text, x0, x0 + 5 * len(text))
    >>> def line(top, *words):
    ...     return Line(top, top + 8, 8.0, words, words)
    >>> head = Line(0, 8, 8.0, (seg("Target", 0), seg("%", 100), seg("realizzazione", 107),
    ...             seg("Breve", 179), seg("descrizione", 206)),
    ...             (seg("Target", 0), Segment("% realizzazione Breve descrizione", 100, 261)))
    >>> body = [line(20, seg(">= 90%", 0), seg("100%", 150), seg("Obiettivo raggiunto.", 179)),
    ...         line(30, seg("dedicate di garanzia", 179))]
    >>> [s.text for s in split_at_body_columns(head, body).segments]
    ['Target', '% realizzazione', 'Breve descrizione']
    >>> body = [line(20, seg(">= 90%", 0), seg("100% Obiettivo raggiunto.", 150))]
    >>> [s.text for s in split_at_body_columns(head, body).segments]
    ['Target', '% realizzazione Breve descrizione']
    """
    own = [s.text for s in line.segments]
    # the lines of body rows: of two runs or more, and not the header printed again
    rows = [o for o in below if len(o.segments) > 1 and [s.text for s in o.segments] != own]
    inner = [
        b.x0 - a.x1
        for run in line.segments
        for a, b in pairwise(w for w in line.words if run.x0 <= w.x0 and w.x1 <= run.x1)
    ]
    if not rows or not inner:
        return line
    space = sorted(inner)[len(inner) // 2]
    segments: list[Segment] = []
    for run in line.segments:
        words = [w for w in line.words if run.x0 <= w.x0 and w.x1 <= run.x1]
        part = words[:1]
        for a, b in pairwise(words):
            starts = any(abs(s.x0 - b.x0) <= 1.5 for other in rows for s in other.segments)
            crossed = any(s.x0 < a.x1 and s.x1 > b.x0 for other in rows for s in other.segments)
            if b.x0 - a.x1 > 1.5 * space + 0.5 and starts and not crossed:
                segments.append(Segment(" ".join(w.text for w in part), part[0].x0, part[-1].x1))
                part = []
            part.append(b)
        segments.append(Segment(" ".join(w.text for w in part), part[0].x0, part[-1].x1)
                        if part else run)  # fmt: skip
    return replace(line, segments=tuple(segments))


def _under(cells: Sequence[Segment], lines: Sequence[Line]) -> list[tuple[str | None, ...]]:
    """``lines`` cut into the columns of header ``cells``: each run under the cell it overlaps most.

    Lines of one run (headings, prose) are left out: they are no rows.
    """
    rows: list[tuple[str | None, ...]] = []
    for line in lines:
        if len(line.segments) < 2:
            continue
        parts: list[list[str]] = [[] for _ in cells]
        for run in line.segments:
            if run.x1 < cells[0].x0 - 2:
                continue  # a column without a label (codes), left of the first
            parts[_column_under(cells, run)].append(run.text)
        rows.append(tuple(" ".join(p) or None for p in parts))
    return rows


def _column_under(cells: Sequence[Segment], run: Segment) -> int:
    """The header cell ``run`` overlaps most, or the nearest."""
    return max(
        range(len(cells)),
        key=lambda i: (min(run.x1, cells[i].x1) - max(run.x0, cells[i].x0),
                       -_distance(cells[i], run)),
    )  # fmt: skip


def split_by_sub_header(
    cells: Sequence[Segment],
    columns: ColumnMap | None,
    last: Line,
    below: Line | None,
    threshold: float,
    min_fields: int,
) -> tuple[list[Segment], ColumnMap] | None:
    """The header cells split by a second header line of sub-labels, or None.

    A label spanning several columns (``Target`` over ``2024 | 2025 | 2026``,
    ``Valore`` over ``Atteso | Raggiunto``) is printed above sub-labels on a
    line of its own.  Each sub-label goes under the header cell over it, or
    the nearest; a cell over several sub-labels becomes one cell each
    (``Target 2024`` …).  Taken only when the line holds nothing but years
    and labels, lies just below the header and the mapping gains by it.
    """
    if below is None or len(below.segments) < 2 or below.top - last.bottom > 1.5 * last.size:
        return None
    subs = below.segments
    if not all(_YEAR_RE.match(s.text) or match_label(s.text, threshold) for s in subs):
        return None
    under: dict[int, list[Segment]] = {}
    for sub in subs:
        overlap = [i for i, c in enumerate(cells) if c.x0 < sub.x1 and sub.x0 < c.x1]
        nearest = overlap or [min(range(len(cells)), key=lambda i: _distance(cells[i], sub))]
        under.setdefault(nearest[0], []).append(sub)
    split: list[Segment] = []
    for i, cell in enumerate(cells):
        parts = under.get(i, [])
        if len(parts) == 1:
            (sub,) = parts
            split.append(Segment(f"{cell.text}\n{sub.text}", min(cell.x0, sub.x0),
                                 max(cell.x1, sub.x1)))  # fmt: skip
        else:
            split.extend(Segment(f"{cell.text}\n{s.text}", s.x0, s.x1) for s in parts)
            if not parts:
                split.append(cell)
    if all(len(parts) < 2 for parts in under.values()):
        return None
    mapped = map_header([c.text for c in split], threshold, min_fields)
    if mapped is None or (columns is not None and mapped.matched <= columns.matched):
        return None
    return split, mapped


def _distance(a: Segment, b: Segment) -> float:
    return max(a.x0 - b.x1, b.x0 - a.x1, 0.0)
