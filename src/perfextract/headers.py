"""Rows that may head a table, and the rows under them.

A header row is recognised by its labels and, near the top of a table, by
what the columns under it hold (see :func:`perfextract.columns.map_header`):
:func:`table_body` gives a row of labels the rows its columns are typed by,
and :func:`next_cells_row` the row of cells that follows a row (past a page
break and a repeated header).  Everything here is pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from perfextract.columns import ColumnMap, looks_like_code, map_header
from perfextract.labels import match_label
from perfextract.model import Row
from perfextract.values import parse_value


def find_header_row(row: Row, threshold: float = 82.0, min_fields: int = 2) -> ColumnMap | None:
    """The column mapping a header row of a table states, or None.

    >>> header = Row(page=1, top=0, bottom=9, table=0,
    ...              cells=("Descrizione", "Tipo", "Valore Atteso", "Valore\\nRaggiunto", "Note"))
    >>> find_header_row(header).fields
    ('indicator', 'type', 'target', 'actual', 'notes')
    >>> find_header_row(Row(page=1, top=0, bottom=9, cells=("Indicatori",))) is None
    True
    """
    if row.table is None:
        return None
    return map_header(row.cells, threshold, min_fields)


def is_merged(row: Row) -> bool:
    """True for a row whose text spans the whole width (one cell, or one non-None cell)."""
    return sum(c is not None for c in row.cells) <= 1


_YEAR_ONLY_RE = re.compile(
    r"^\s*(?:anno\s+)?(?:19|20)\d\d(?:\s*\([^\W\d_][^()]*\))?\s*$", re.IGNORECASE
)  # "2025", "Anno 2025", "2025 (Percentuale)"


def labels_only(row: Row) -> bool:
    """True when no cell of ``row`` states a quantity (a year alone is a label).

    >>> labels_only(Row(1, 0, 9, ("Anno 2023", "2024", "Valore atteso"), table=0))
    True
    >>> labels_only(Row(1, 0, 9, ("", "2025\\n(Percentuale)"), table=0))
    True
    >>> labels_only(Row(1, 0, 9, ("Raccolta differenziata", "≥ 65%"), table=0))
    False
    """
    return not any(
        parse_value(c).is_quantity for c in row.cells if c and not _YEAR_ONLY_RE.match(c)
    )


#: How many rows from the top of a table its header may start, and how many rows
#: under it show what its columns hold.
HEADER_DEPTH, BODY_SAMPLE = 4, 30


def next_cells_row(rows: Sequence[Row], at: int, reach: int = 8) -> Row | None:
    """The next row of cells after ``rows[at]`` in a table as wide, past a page's header.

    >>> rows = [Row(1, 0, 9, ("06", "Interessi", None), table=0),
    ...         Row(2, 0, 9, ("Codice", "Indicatore", "Valore"), table=1),
    ...         Row(2, 9, 18, ("06.1", "Incidenza", "2,37"), table=1)]
    >>> next_cells_row(rows, 0).cells
    ('06.1', 'Incidenza', '2,37')
    """
    row = rows[at]
    if row.table is None:
        return None
    for later in rows[at + 1 : at + 1 + reach]:
        if later.table is None or is_merged(later):
            continue
        if len(later.cells) != len(row.cells):
            return None
        if not (labels_only(later) and label_like(later) and match_label_row(later)):
            return later
    return None


def table_body(rows: Sequence[Row], at: int) -> list[Row]:
    """The rows of cells under ``rows[at]`` in its table, when it is a row of labels near the top.

    >>> rows = [Row(1, 0, 9, ("Indicatore", "2025"), table=0), Row(1, 9, 18, ("Visite", "120"),
    ...         table=0)]
    >>> [r.cells for r in table_body(rows, 0)], table_body(rows, 1)
    ([('Visite', '120')], [])
    """
    row = rows[at]
    if row.table is None or is_merged(row):
        return []
    above = 0
    for earlier in reversed(rows[:at]):
        if earlier.table != row.table or above >= HEADER_DEPTH:
            break
        # a box's title and key rows (one or two cells filled) over the header do not count
        above += sum(1 for c in earlier.cells if c and c.strip()) > 2
    if above >= HEADER_DEPTH or not label_like(row) or not labels_only(row):
        return []
    body: list[Row] = []
    for later in rows[at + 1 :]:
        if later.table != row.table or len(body) >= BODY_SAMPLE:
            break
        if not is_merged(later):
            body.append(later)
    if not body:  # a heading parts the header from its rows: the tables as wide below it
        body = _rows_below(rows, at)
    if body and labels_only(body[0]) and match_label_row(body[0]):
        return []  # a header printed on two rows: its second row reads it with the body
    return body


def header_pair(rows: Sequence[Row], at: int) -> tuple[Row, list[Row]] | None:
    """The next row and the body under it, when it and ``rows[at]`` are labels of one table.

    Such rows may be the two rows of one header: the second reads it with the
    body (see :func:`table_body`).

    >>> rows = [Row(1, 0, 9, ("Indicatore", "Valore"), table=0),
    ...         Row(1, 9, 18, ("", "2025"), table=0), Row(1, 18, 27, ("Visite", "120"), table=0)]
    >>> lower, body = header_pair(rows, 0)
    >>> lower.cells, [r.cells for r in body]
    (('', '2025'), [('Visite', '120')])
    >>> header_pair(rows, 1) is None, header_pair(rows, 2) is None
    (True, True)
    """
    if at + 1 >= len(rows):
        return None
    row, lower = rows[at], rows[at + 1]
    if row.table is None or lower.table != row.table:
        return None
    if not (labels_only(row) and labels_only(lower)):
        return None
    return lower, table_body(rows, at + 1)


def _rows_below(rows: Sequence[Row], at: int) -> list[Row]:
    """The rows of the tables as wide as ``rows[at]`` below it on its page, past text rows."""
    width, found = len(rows[at].cells), list[Row]()
    for later in rows[at + 1 :]:
        if later.page != rows[at].page:
            break
        if later.table is None:
            continue
        if len(later.cells) != width or len(found) >= BODY_SAMPLE:
            break
        if label_like(later) and labels_only(later) and match_label_row(later):
            break  # the next header
        if not is_merged(later):
            found.append(later)
    return found


def label_like(row: Row) -> bool:
    """True when every cell of ``row`` is short enough to be a column label, none a code.

    >>> label_like(Row(1, 0, 9, ("Indicatore strategico", "Target 2020", "Actual"), table=0))
    True
    >>> label_like(Row(1, 0, 9, ("C.1.2", "Apertura dello sportello", "Raggiunto"), table=0))
    False
    """
    texts = [" ".join(c.split()) for c in row.cells if c and c.strip()]
    return bool(texts) and all(
        len(t) <= 60
        and len(t.split()) <= 8
        and (_YEAR_ONLY_RE.match(t) is not None or not looks_like_code(t))
        for t in texts
    )


def match_label_row(row: Row) -> bool:
    """True when a cell of ``row`` is a known column label, or every filled one a year.

    >>> match_label_row(Row(4, 0, 9, (None, "Anno 2024", "Anno 2025"), table=2))
    True
    """
    filled = [c for c in row.cells if c and c.strip()]
    return any(match_label(c) is not None for c in filled) or (
        bool(filled) and all(_YEAR_ONLY_RE.match(c) for c in filled)
    )


#: Fields a "scheda indicatore" names in its first column, at least one of them a value.
_SCHEDA_VALUES = frozenset({"target", "actual", "achievement", "status_column", "value"})


def transpose_schede(rows: Sequence[Row]) -> list[Row]:
    """Tables of key/value rows about one indicator, read as a header and one row.

    A "scheda indicatore" prints an indicator as a two-column table
    (``Indicatore | …``, ``Formula | …``, ``Target 2022 | ≥ 95%``, ``Esito |
    Raggiunto``): its keys are the labels of a header, its values one row of
    cells.  A table is one when its first column's cells are column labels,
    one naming the indicator and one a value; other tables pass unchanged.
    A box may open with a title row across it (its code, ``IND 1.2.1``, or
    ``SCHEDA INDICATORE``) and close with a grid of labels over values
    (``Target 2024 | Target 2025`` over ``≥ 35% | ≥ 40%``).

    >>> rows = [Row(1, 0, 9, ("Indicatore", "Copertura vaccinale"), table=3),
    ...         Row(1, 9, 18, ("Target 2022", "≥ 95%"), table=3),
    ...         Row(1, 18, 27, ("Esito", "Raggiunto"), table=3)]
    >>> [r.cells for r in transpose_schede(rows)]
    [('Indicatore', 'Target 2022', 'Esito'), ('Copertura vaccinale', '≥ 95%', 'Raggiunto')]
    """
    out: list[Row] = []
    i = 0
    while i < len(rows):
        j = _table_end(rows, i)
        table = rows[i:j] if j > i else []
        k = j  # a scheda's last keys overleaf: the next table past the running lines
        while k < len(rows) and rows[k].table is None and rows[k].margin:
            k += 1
        after = rows[k : _table_end(rows, k)] if table and k < len(rows) else []
        overleaf = bool(after) and after[0].page > table[-1].page and _rest_of_scheda(after)
        pairs = scheda_pairs([*table, *after]) if overleaf else scheda_pairs(table)
        if pairs is None:
            out.append(rows[i])
            i += 1
            continue
        first, last = table[0], table[-1]
        keys = tuple(k for k, _ in pairs)
        values = tuple(v for _, v in pairs)
        cut = len(pairs) - len(after) if overleaf else len(pairs)
        out += [replace(first, cells=keys, bottom=first.bottom, tops=()),
                replace(first, cells=(*values[:cut], *(None,) * (len(pairs) - cut)),
                        top=first.bottom, bottom=last.bottom, tops=())]  # fmt: skip
        if overleaf:  # its values go on overleaf, as the rest of a row split by the page break
            out += rows[j:k]
            out.append(replace(after[0], cells=(*(None,) * cut, *values[cut:]), table=first.table,
                               bottom=after[-1].bottom, tops=()))  # fmt: skip
        i = _table_end(rows, k) if overleaf else j
    return out


def _table_end(rows: Sequence[Row], i: int) -> int:
    """The index past the rows of the table ``rows[i]`` opens (``i`` for a text row)."""
    j = i
    while j < len(rows) and rows[j].table is not None and rows[j].table == rows[i].table:
        j += 1
    return j


def _rest_of_scheda(table: Sequence[Row]) -> list[tuple[str, str | None]] | None:
    """The keys and values of a scheda's last rows printed overleaf, or None.

    Two rows or more of key | value whose keys are column labels (most of
    them) and none the indicator's: ``Valore target 2023 | ≤ 45 gg``.
    """
    if len(table) < 2 or any(len(r.cells) < 2 or any(r.cells[2:]) for r in table):
        return None
    pairs = [((r.cells[0] or "").strip(), (r.cells[1] or "").strip() or None) for r in table]
    fields = [match_label(key) for key, _ in pairs if key]
    if len(fields) < len(pairs) or any(m is not None and m.field == "indicator" for m in fields):
        return None
    known = [m for m in fields if m is not None]
    return (
        pairs
        if len(known) * 3 >= len(pairs) * 2 and _SCHEDA_VALUES & {m.field for m in known}
        else None
    )


def scheda_pairs(table: Sequence[Row]) -> list[tuple[str, str | None]] | None:
    """The keys and values of a scheda indicatore, or None when ``table`` is none.

    >>> box = [Row(2, 0, 9, ("SCHEDA INDICATORE", None, None), table=0),
    ...        Row(2, 9, 18, ("Indicatore", "Beneficiari presi in carico", None), table=0),
    ...        Row(2, 18, 27, ("Formula", "Somma dei beneficiari", None), table=0),
    ...        Row(2, 27, 36, ("Baseline", "2,48 mln", None), table=0),
    ...        Row(2, 36, 45, ("Target", "Target 2024", "Target 2025"), table=0),
    ...        Row(2, 45, 54, (None, "≥ 2,7 mln", "≥ 3,0 mln"), table=0)]
    >>> [key for key, _ in scheda_pairs(box)]
    ['Indicatore', 'Formula', 'Baseline', 'Target 2024', 'Target 2025']
    """
    if len(table) < 3:
        return None
    cells = [[(c or "").strip() for c in r.cells] for r in table]
    pairs: list[tuple[str, str | None]] = []
    if len(cells[0]) >= 2 and not any(cells[0][1:]):  # a title across the box
        title = cells[0][0]
        if title and len(title.split()) <= 3 and any(ch.isdigit() for ch in title):
            pairs.append(("Codice", title))
        cells = cells[1:]
    keyed = valued = 0
    for k, row in enumerate(cells):
        if len(row) >= 2 and row[0] and not any(row[2:]):  # key | value
            pairs.append((row[0], row[1] or None))
            keyed, valued = keyed + 1, valued + bool(row[1])
        elif k == len(cells) - 2 and keyed >= 3 and sum(1 for c in row[1:] if c) >= 2:
            grid = zip(row[1:], cells[k + 1][1:], strict=False)  # labels over values, last
            pairs += [(label, value or None) for label, value in grid if label]
            break
        else:
            return None
    if valued * 3 < keyed * 2:
        return None  # lines alone in a first column (headings, outcomes), not keys and values
    fields = [match_label(key) for key, _ in pairs]
    named = {m.field for m in fields if m is not None}
    known = sum(m is not None for m in fields)
    if "indicator" in named and bool(_SCHEDA_VALUES & named) and known * 3 >= len(pairs) * 2:
        return pairs
    return None
