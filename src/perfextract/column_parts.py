"""A wide sheet printed in column parts: the parts of its rows joined back by their codes.

A spreadsheet too wide for the page, printed without fitting it, comes out
in parts: the left columns of its rows on one page, the next columns of the
same rows on a later page, and so on.  When the sheet repeats its code column
on each part (the print titles of Calc and Excel), each part is a table
whose codes are exactly the codes of an earlier table: :func:`join_column_parts`
appends its cells to the rows of that table with the same code (its header to
that table's header) and drops it.  Pure: rows in, rows out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from perfextract.columns import looks_like_code
from perfextract.labels import YEAR_RE, LabelMatch, is_indicator_label, match_label
from perfextract.model import Row

_NONE = LabelMatch("", 0.0)
_DIGIT_RE = re.compile(r"\d")

#: The fewest coded rows that make a table a part of another one.
MIN_CODED_ROWS = 2


def _code(row: Row) -> str | None:
    """The code a row's first cell prints: ``1.1.1``, ``PL.01`` (not a bare ordinal ``3``)."""
    first = (row.cells[0] or "").strip() if row.cells else ""
    distinct = any(not ch.isdigit() for ch in first)
    return first if first and distinct and looks_like_code(first) else None


def _names_indicators(rows: Sequence[Row]) -> bool:
    """True when a row above the codes labels a column of indicators: a table, not a part."""
    return any(is_indicator_label(c) or (match_label(c) or _NONE).field == "indicator"
               for row in rows for c in row.cells if c)  # fmt: skip


def _tables(rows: Sequence[Row]) -> dict[int, list[int]]:
    """Table number → the indices of its rows, in order."""
    found: dict[int, list[int]] = {}
    for i, row in enumerate(rows):
        if row.table is not None:
            found.setdefault(row.table, []).append(i)
    return found


def join_column_parts(rows: Sequence[Row]) -> list[Row]:
    """``rows`` with each column part of a wide table joined to the rows it continues.

    >>> left = [Row(2, 0, 9, ("Cod.", "Indicatore"), table=0),
    ...         Row(2, 10, 19, ("1.1.1", "Pratiche evase"), table=0),
    ...         Row(2, 20, 29, ("1.1.2", "Tempo medio"), table=0)]
    >>> right = [Row(3, 0, 9, ("Cod.", "Target 2023"), table=1),
    ...          Row(3, 10, 19, ("1.1.1", "≥ 90%"), table=1),
    ...          Row(3, 20, 29, ("1.1.2", "≤ 30 gg"), table=1)]
    >>> [r.cells for r in join_column_parts(left + right)]
    [('Cod.', 'Indicatore', 'Target 2023'), ('1.1.1', 'Pratiche evase', '≥ 90%'), \
('1.1.2', 'Tempo medio', '≤ 30 gg')]
    """
    out = list(rows)
    tables = _tables(out)
    coded: dict[frozenset[str], int] = {}  # the codes of a table → the table
    dropped: set[int] = set()
    for table, indices in tables.items():
        codes = [c for i in indices if (c := _code(out[i])) is not None]
        key = frozenset(codes)
        earlier = coded.get(key)
        if len(codes) < MIN_CODED_ROWS or len(key) < len(codes):
            continue
        if earlier is None or out[indices[0]].page <= out[tables[earlier][0]].page:
            coded.setdefault(key, table)
            continue
        if _names_indicators([out[i] for i in indices if _code(out[i]) is None]):
            continue  # the same indicators in a table of their own (a summary, a plan's year)
        _append(out, tables[earlier], indices)
        dropped.update(indices)
    _join_by_order(out, dropped)
    return [row for i, row in enumerate(out) if i not in dropped]


def _join_by_order(out: list[Row], dropped: set[int]) -> None:
    """Join parts without a code column to the table before them, row by row.

    A part that repeats no code column is another table on a later page,
    headed by labels that name no indicator column, with exactly as many rows
    (its group bands printed as empty rows) as the table of indicators just
    before it: its rows are that table's rows, in order.  The sheet's next
    pages repeat the pattern without headers: tables as wide as the first
    part, then tables as wide as each next part, with as many rows.
    """
    tables = {t: [i for i in rows if i not in dropped] for t, rows in _tables(out).items()}
    order = [t for t in sorted(tables, key=lambda t: tables[t][0] if tables[t] else -1)
             if tables[t]]  # fmt: skip
    widths: tuple[int, ...] = ()  # the widths of the first part and its next parts
    for at, table in enumerate(order):
        target = tables[table]
        if not target:
            continue  # a part joined already
        width = len(out[target[0]].cells)
        # the first part names the indicators but holds none of their values
        named = _names_indicators([out[target[0]]]) and not any(
            _names_values(out[i]) for i in target[:2]
        )
        if not (named or (widths and width == widths[0])):
            continue
        joined = [width]
        for part_table in order[at + 1 :]:
            part = tables[part_table]
            head = out[part[0]]
            labelled = named and _labels_row(head)
            follows = not named and len(joined) < len(widths) and (
                len(head.cells) == widths[len(joined)])  # fmt: skip
            if (
                len(part) != len(target)
                or head.page <= out[target[-1]].page
                or not (labelled or follows)
                or _names_indicators([out[i] for i in part])
            ):
                break
            extra = max(len(out[i].cells) for i in part)
            for t, p in zip(target, part, strict=True):
                cells = out[p].cells if any(c and c.strip() for c in out[p].cells) else ()
                cells = (tuple(cells) + (None,) * extra)[:extra]
                out[t] = replace(out[t], cells=out[t].cells + cells, tops=())
            dropped.update(part)
            tables[part_table] = []
            joined.append(extra)
        if named and len(joined) > 1:
            widths = tuple(joined)


def _names_values(row: Row) -> bool:
    """True when a header labels a column of targets or results (a whole table, not a part)."""
    fields = {(match_label(c) or _NONE).field for c in row.cells if c}
    years = any(c and YEAR_RE.fullmatch(c.strip()) for c in row.cells)  # "2022" over its roles
    return years or bool(fields & {"target", "actual", "value", "baseline", "achievement"})


def _labels_row(row: Row) -> bool:
    """True for a part's header: labels only, most of them known (``Fonte dati | Target 2024``).

    >>> _labels_row(Row(3, 0, 9, ("Fonte dati", "Target 2024", "Note"), table=1))
    True
    >>> _labels_row(Row(3, 0, 9, ("3 – Rimini sostenibile", "3.2 – Ciclabili"), table=1))
    False
    """
    texts = [c for c in row.cells if c and c.strip()]
    known = sum(1 for c in texts if match_label(c) is not None)
    numbered = any(_DIGIT_RE.search(YEAR_RE.sub("", c)) for c in texts)
    return bool(texts) and not numbered and known * 2 >= len(texts)


def _append(out: list[Row], target: list[int], part: list[int]) -> None:
    """Append the cells of the rows ``part`` (but their code column) to the rows ``target``."""
    by_code = {c: i for i in target if (c := _code(out[i])) is not None}
    extra = max(len(out[i].cells) for i in part) - 1
    head = [i for i in part if _code(out[i]) is None and out[i].cells and out[i].cells[0]]
    target_head = [i for i in target if _code(out[i]) is None and out[i].cells and out[i].cells[0]]
    pairs = {by_code[c]: i for i in part if (c := _code(out[i])) is not None}
    # header rows: the part's last rows of labels over the target's last ones
    for t, p in zip(reversed(_before_codes(out, target, target_head)),
                    reversed(_before_codes(out, part, head)), strict=False):  # fmt: skip
        pairs.setdefault(t, p)
    for i in target:
        row = out[i]
        cells = tuple(out[pairs[i]].cells[1:]) if i in pairs else ()
        cells = (cells + (None,) * extra)[:extra]
        out[i] = replace(row, cells=row.cells + cells, tops=())


def _before_codes(out: list[Row], indices: list[int], labelled: list[int]) -> list[int]:
    """The rows of ``labelled`` that come before the first coded row of ``indices``."""
    first = next((i for i in indices if _code(out[i]) is not None), None)
    return [i for i in labelled if first is None or i < first]
