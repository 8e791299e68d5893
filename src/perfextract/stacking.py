"""Rows that stack several indicators in their cells, one above the other.

Many offices print one table row per objective and stack its indicators in
the row's cells: the ``Indicatori`` cell holds two to four names (each may
wrap), and the ``Target``, ``Risultato`` and ``Stato`` cells hold the
matching values, each on the line where its indicator starts.
:func:`unstack_row` cuts such a row into one row per indicator, where the
lines of the value columns start level with a line of the indicator cell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from perfextract.columns import HIERARCHY_FIELDS, ColumnMap
from perfextract.labels import match_label
from perfextract.model import Row
from perfextract.statuses import match_status
from perfextract.text_schede import key_line
from perfextract.values import bullet_mark, parse_value

#: Columns whose lines start level with their indicator's first line.
_VALUE_FIELDS = frozenset({"target", "actual", "status_column", "achievement", "baseline",
                           "weight", "value"})  # fmt: skip
#: How far apart (in points) two lines' tops may be and still stand level.
_LEVEL = 2.0


def unstack_row(row: Row, columns: ColumnMap) -> list[Row]:
    """One row per indicator of ``row``, or ``[row]`` when it holds one.

    An indicator starts at a line of the indicator cell (past the first)
    that opens with a capital, a digit or a bullet and stands level with a line that
    starts in two value columns or more; each cell's lines go to the
    indicator they stand beside.  The hierarchy cells stay with the first.

    >>> from perfextract.columns import map_header
    >>> cols = map_header(("Obiettivo", "Indicatori", "Target", "Risultato"))
    >>> row = Row(3, 0, 60, ("Ridurre i tempi", "Tempo medio di\\nrisposta\\nPratiche evase",
    ...           "≤ 20 gg\\n≥ 85%", "23 gg\\n88,4%"), table=0,
    ...           tops=((10.0,), (10.0, 20.0, 30.0), (10.0, 30.0), (10.0, 30.0)))
    >>> [r.cells[1:] for r in unstack_row(row, cols)]
    [('Tempo medio di\\nrisposta', '≤ 20 gg', '23 gg'), ('Pratiche evase', '≥ 85%', '88,4%')]

    A code printed once beside the stack is the objective's, not the first
    indicator's.
    """
    name = columns.column("indicator")
    if name is None or len(row.tops) != len(row.cells) or not row.cells[name]:
        return [row]
    lines = [_lines(row, i) for i in range(len(row.cells))]
    names = lines[name]
    values = [
        i
        for i, field in enumerate(columns.fields[: len(row.cells)])
        if field in _VALUE_FIELDS and lines[i]
    ]
    if names is None or len(names) < 2 or len(values) < 2:
        return [row]
    starts = [names[0][0]]
    for top, text in names[1:]:
        level = sum(1 for i in values if any(abs(top - t) <= _LEVEL for t, _ in lines[i] or ()))
        if level >= 2 and (text[:1].isupper() or text[:1].isdigit() or bullet_mark(text)):
            starts.append(top)
    if len(starts) < 2:
        return [row]
    # a value column that leaves a line blank before a start stacks for sure
    pitch = min(b[0] - a[0] for a, b in pairwise(names))
    spaced = [
        any(t0 < top - _LEVEL and top - t0 > 1.5 * pitch and abs(t1 - top) <= _LEVEL
            for i in values for (t0, _), (t1, _) in pairwise(lines[i] or ()))
        for top in starts
    ]  # fmt: skip
    original, row = row, _code_to_objective(row, columns)
    lines = [_lines(row, i) for i in range(len(row.cells))]
    bounds = [*starts, float("inf")]
    parts: list[Row] = []
    for k in range(len(starts)):
        low, high = bounds[k] - _LEVEL, bounds[k + 1] - _LEVEL
        cells: list[str | None] = []
        for i, cell in enumerate(row.cells):
            field = columns.fields[i] if i < columns.width else None
            if field in HIERARCHY_FIELDS or field == "objective_code_column" or lines[i] is None:
                cells.append(cell if k == 0 else ("" if cell is not None else None))
            else:
                cells.append("\n".join(t for top, t in lines[i] or () if low <= top < high))
        parts.append(replace(row, cells=tuple(cells), tops=()))
    whole = [_whole_values([p.cells[i] for i in values]) for p in parts]
    for k, part in enumerate(parts):
        cells = [part.cells[i] for i in values]
        if not part.cells[name] or not any(cells):
            return [original]
        if k and any(c and c.lstrip()[:1].islower() and not _whole_values([c]) for c in cells):
            return [original]  # a value's wrapped line, not a value of its own
        if k and not spaced[k] and not (whole[k - 1] and whole[k]):
            return [original]  # lines of values that wrap with the name: one indicator
    return parts


#: A value that is whole on its own: a date target, or a mark of no value.
_WHOLE_TEXT_RE = re.compile(
    r"^(?:(?:entro\s+(?:il\s+)?)?\d{1,2}/\d{1,2}/\d{2,4}|n\.?\s?[dav]\.?|[-–—])$", re.IGNORECASE
)


def _whole_values(cells: Sequence[str | None]) -> bool:
    """True when each filled cell holds one whole value: a quantity, a date, an outcome.

    >>> _whole_values(["≥ 85%", "88,4%", "Raggiunto"]), _whole_values(["entro il\\n30/06/2023", ""])
    (True, True)
    >>> _whole_values(["• entro il 30/06/2022 avvio\\ngara", "• gara avviata"])
    False
    """
    texts = [" ".join(c.split()) for c in cells if c and c.strip()]
    return bool(texts) and all(
        parse_value(t).is_quantity or _WHOLE_TEXT_RE.match(t) or match_status(t) is not None
        for t in texts
    )


def _code_to_objective(row: Row, columns: ColumnMap) -> Row:
    """``row`` with a lone code of its indicator-code column put before its objective."""
    code = columns.column("indicator_code")
    objectives = [i for i, level in columns.hierarchy() if columns.fields[i] == "objective_column"]
    if code is None or not objectives or code >= len(row.cells):
        return row
    text, objective = row.cells[code], objectives[-1]
    if not text or "\n" in text.strip() or not row.cells[objective]:
        return row
    cells = list(row.cells)
    cells[objective], cells[code] = f"{text.strip()} – {row.cells[objective]}", ""
    return replace(row, cells=tuple(cells))


def _lines(row: Row, column: int) -> list[tuple[float, str]] | None:
    """The lines of a cell with their tops, or None when they are not known."""
    cell, tops = row.cells[column], row.tops[column]
    if not cell:
        return []
    texts = cell.split("\n")
    return list(zip(tops, texts, strict=True)) if len(texts) == len(tops) else None


def split_paired_columns(rows: Sequence[Row]) -> list[Row]:
    """``rows`` with each column that pairs two labels (``Target / Risultato``) split in two.

    Some tables print target and result in one cell, on two labelled lines
    (``Target: ≥ 95%`` over ``Risultato: 97,1%``) under a header naming both.
    The column becomes two, under each label, and each cell's labelled lines
    go to the column their label names.

    >>> rows = [Row(2, 0, 9, ("Indicatore", "Target / Risultato 2023"), table=0),
    ...         Row(2, 9, 18, ("Pratiche evase", "Target: ≥ 95%\\nRisultato: 97,1%"), table=0)]
    >>> [r.cells for r in split_paired_columns(rows)]
    [('Indicatore', 'Target 2023', 'Risultato 2023'), ('Pratiche evase', '≥ 95%', '97,1%')]
    """
    out: list[Row] = []
    paired: dict[int | None, tuple[int, str, str]] = {}  # table → column, left and right label
    last: tuple[Row, tuple[int, str, str]] | None = None  # the last header that paired labels
    for row in rows:
        if row.table is None:
            out.append(row)
            continue
        found = next(((i, *p) for i, c in enumerate(row.cells) if (p := _pair(c))), None)
        if found is not None:
            paired[row.table], last = found, (row, found)
            i, left, right = found
            out.append(replace(row, cells=(*row.cells[:i], left, right, *row.cells[i + 1 :]),
                               tops=()))  # fmt: skip
            continue
        if row.table not in paired and last is not None and _goes_on(last[0], row):
            paired[row.table] = last[1]  # the table goes on overleaf without its header
        last = last if row.table in paired else None
        if row.table not in paired or len(row.cells) <= paired[row.table][0]:
            out.append(row)
            continue
        i, left, right = paired[row.table]
        values = _split_labelled(row.cells[i], left, right)
        out.append(replace(row, cells=(*row.cells[:i], *values, *row.cells[i + 1 :]), tops=()))
    return out


def _goes_on(header: Row, row: Row) -> bool:
    """True when ``row`` opens a table on a later page as wide as ``header``'s."""
    return (
        row.page > header.page and row.table != header.table and len(row.cells) == len(header.cells)
    )


def _pair(label: str | None) -> tuple[str, str] | None:
    """The two labels of a header cell naming a target and a result (``Target / Risultato``)."""
    parts = [p.strip() for p in re.split(r"\s+/\s+|\s*/\s*(?=[A-ZÀ-Ý])", label or "")]
    if len(parts) != 2 or not all(parts):
        return None
    year = re.search(r"\b(?:19|20)\d\d\b", parts[1])
    left = parts[0] if year is None or year.group(0) in parts[0] else f"{parts[0]} {year.group(0)}"
    fields = [match_label(left), match_label(parts[1])]
    if any(f is None for f in fields) or {f.field for f in fields if f} != {"target", "actual"}:
        return None
    return left, parts[1]


#: A line opening with a label's short form: ``T: ≥ 90%``, ``R: 93%``.
_SHORT_KEY_RE = re.compile(r"^\s*([A-Za-z]{1,3})\s*[:.=]\s+")


def _short_keys(label: str) -> set[str]:
    """The short forms a label's lines may take: its abbreviation in brackets, else its initial.

    >>> sorted(_short_keys("Target (T) 2023")), sorted(_short_keys("Risultato 2023"))
    (['T'], ['R'])
    """
    found = re.findall(r"\(([A-Za-z]{1,3})\)", label)
    return {f.upper() for f in found} if found else {label.strip()[:1].upper()}


def _split_labelled(cell: str | None, left: str, right: str) -> tuple[str | None, str | None]:
    """A paired cell's two values, by the labels of its lines (unlabelled: the first).

    >>> _split_labelled("T: ≥ 90%\\nR: 93%", "Target (T) 2023", "Risultato (R) 2023")
    ('≥ 90%', '93%')
    """
    if not cell:
        return cell, None
    values: dict[str, list[str]] = {"left": [], "right": []}
    keys = {
        **dict.fromkeys(_short_keys(left), "left"),
        **dict.fromkeys(_short_keys(right), "right"),
    }
    side = "left"
    for line in cell.split("\n"):
        found = key_line(line)
        short = _SHORT_KEY_RE.match(line)
        if found is not None:
            side = "right" if found[1] == "actual" else "left"
            line = found[2]
        elif short is not None and short.group(1).upper() in keys:
            side, line = keys[short.group(1).upper()], line[short.end() :]
        values[side].append(line)
    return "\n".join(values["left"]) or None, "\n".join(values["right"]) or None


#: A cell that reads a quantity, then words: ``86,7% Parzialmente raggiunto``.
_QUANTITY_THEN_WORDS_RE = re.compile(
    r"^\s*([-+]?\d[\d.,]*\s?%?|[—–-]|n\.\s?[dac]\.)\s+([^\W\d].*?)\s*$", re.DOTALL
)


def split_joined_columns(rows: Sequence[Row]) -> list[Row]:
    """``rows`` with each column whose header names two fields side by side split in two.

    A narrow layout may print two columns as one: the header cell reads two
    labels (``% ragg. Stato``) that no label is as a whole, and every cell of
    the table's column a quantity then words (``86,7% Parzialmente raggiunto``).
    The column becomes two, the quantity under the first label, the words under
    the second.

    >>> rows = [Row(3, 0, 9, ("Indicatore", "% ragg. Stato"), table=4),
    ...         Row(3, 9, 18, ("Accessi", "86,7% Parzialmente\\nraggiunto"), table=4),
    ...         Row(3, 18, 27, ("Pratiche", "100% Raggiunto"), table=4)]
    >>> [r.cells for r in split_joined_columns(rows)]
    [('Indicatore', '% ragg.', 'Stato'), ('Accessi', '86,7%', 'Parzialmente\\nraggiunto'), \
('Pratiche', '100%', 'Raggiunto')]
    >>> split_joined_columns([rows[0], Row(3, 9, 18, ("Accessi", "— Sospeso"), table=4)])[1].cells
    ('Accessi', '—', 'Sospeso')
    >>> rows[2] = Row(3, 18, 27, ("Pratiche", "In corso"), table=4)  # not a quantity: one column
    >>> [r.cells for r in split_joined_columns(rows)] == [r.cells for r in rows]
    True
    """
    splits: dict[int, tuple[int, str, str]] = {}  # table → column, its two labels
    for i, row in enumerate(rows):
        if row.table is None or row.table in splits:
            continue
        for col, cell in enumerate(row.cells):
            labels = _two_labels(cell)
            if labels is None:
                continue
            body = [r.cells[col] for r in rows[i + 1 :] if r.table == row.table
                    and len(r.cells) == len(row.cells) and r.cells[col]]  # fmt: skip
            if body and all(_QUANTITY_THEN_WORDS_RE.match(c or "") for c in body):
                splits[row.table] = (col, *labels)
                break
    out: list[Row] = []
    seen: set[int] = set()  # the tables whose header row is behind
    for row in rows:
        split = splits.get(row.table) if row.table is not None else None
        if split is None or len(row.cells) <= split[0]:
            out.append(row)
            continue
        col, left, right = split
        cell = row.cells[col]
        if row.table not in seen and _two_labels(cell) == (left, right):
            seen.add(row.table or 0)
            pair: tuple[str | None, str | None] = (left, right)
        elif cell and (m := _QUANTITY_THEN_WORDS_RE.match(cell)):
            pair = (m.group(1), m.group(2))
        else:
            pair = (cell, None)
        out.append(replace(row, cells=(*row.cells[:col], *pair, *row.cells[col + 1 :]), tops=()))
    return out


def _two_labels(label: str | None) -> tuple[str, str] | None:
    """The two labels a header cell prints side by side, where no label names it whole.

    >>> _two_labels("% ragg. Stato"), _two_labels("Valore atteso"), _two_labels("Stato")
    (('% ragg.', 'Stato'), None, None)
    """
    words = (label or "").split()
    if len(words) < 2 or len(words) > 6 or match_label(label) is not None:
        return None
    for k in range(1, len(words)):
        left, right = " ".join(words[:k]), " ".join(words[k:])
        first, second = match_label(left), match_label(right)
        if (
            first
            and second
            and first.field != second.field
            and min(first.score, second.score) >= 90
        ):
            return left, right
    return None
