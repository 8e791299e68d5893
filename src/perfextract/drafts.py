"""Drafts of records: a row of cells begun as an indicator, and the rows that go on with it.

A draft gathers an indicator's cells from its first row, the rows that
continue it (a name wrapped onto a row of its own, the rest of a row
overleaf) and the outcome printed after it, until the structure reader
turns it into records (:func:`perfextract.records.to_indicators`).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace

from perfextract.columns import HIERARCHY_FIELDS, SHORT_FIELDS, ColumnMap, fit_cells
from perfextract.hierarchy import Scope
from perfextract.model import Row
from perfextract.records import Draft, clean_text
from perfextract.statuses import StatusMatch, match_status


def is_title_draft(draft: Draft) -> bool:
    """True for a draft of one short line in its first cell and nothing else: a title."""
    first, *rest = draft.cells
    text = " ".join(first)
    return bool(text) and len(text) <= 60 and not any(rest) and not draft.comment


def start_draft(row: Row, columns: ColumnMap, scope: Scope) -> Draft:
    cells: list[list[str]] = [[c] if c else [] for c in fit_cells(row.cells, columns.width)]
    boxes = [row.bbox] if row.bbox is not None else []
    draft = Draft(columns=columns, scope=scope, page=row.page, page_end=row.page, cells=cells,
                  boxes=boxes)  # fmt: skip
    if year_of_row(columns, row) is not None:
        draft.year_rows.append([list(parts) for parts in cells])
    return draft


_YEAR_RE = re.compile(r"\s*((?:19|20)\d\d)\s*")


def year_of_row(columns: ColumnMap, row: Row) -> str | None:
    """The year a row prints in its table's ``Anno`` column, or None.

    >>> from perfextract.columns import map_header
    >>> cols = map_header(("Indicatore", "Anno", "Target"))
    >>> year_of_row(cols, Row(1, 10, 19, (None, "2026", "≥ 12"), table=0))
    '2026'
    >>> year_of_row(cols, Row(1, 10, 19, ("Visite", "", "≥ 12"), table=0)) is None
    True
    """
    at = columns.column("year")
    if at is None:
        return None
    m = _YEAR_RE.fullmatch(fit_cells(row.cells, columns.width)[at] or "")
    return m[1] if m else None


def split_year_lines(row: Row, columns: ColumnMap) -> list[Row]:
    r"""A row whose ``Anno`` cell prints several years, a line each, as one row per year.

    A table without borders may set an indicator's year rows so close that
    they read as one row: ``2023\n2024`` in the year cell, a line per year in
    each value cell.  Each line of a year row's cells (``Target``,
    ``Risultato`` …) goes with the year line at its height (or, where heights
    are not known, the n-th line with the n-th year); the indicator's own
    cells stay on the first row.

    >>> from perfextract.columns import map_header
    >>> cols = map_header(("Indicatore", "Anno", "Target", "Risultato"))
    >>> [r.cells for r in split_year_lines(
    ...     Row(1, 0, 9, ("Esercitazioni", "2023\n2024", "2\n3", "2\n3"), table=0), cols)]
    [('Esercitazioni', '2023', '2', '2'), ('', '2024', '3', '3')]
    """
    at = columns.column("year")
    if at is None or at >= len(row.cells):
        return [row]
    years = (row.cells[at] or "").split("\n")
    if len(years) < 2 or not all(_YEAR_RE.fullmatch(y) for y in years):
        return [row]
    own = columns.year_row_columns()
    year_tops = row.tops[at] if len(row.tops) == len(row.cells) else ()
    parts: list[list[list[str]]] = [[[] for _ in row.cells] for _ in years]
    for i, cell in enumerate(row.cells):
        lines = (cell or "").split("\n") if cell else []
        tops = row.tops[i] if len(row.tops) == len(row.cells) else ()
        for n, line in enumerate(lines):
            if i not in own:
                k = 0
            elif len(tops) == len(lines) and len(year_tops) == len(years):
                k = min(range(len(years)), key=lambda y: abs(year_tops[y] - tops[n]))
            else:
                k = n if len(lines) == len(years) else 0
            parts[k][i].append(line)
    return [replace(row, cells=tuple("\n".join(p) for p in part), tops=()) for part in parts]


def split_status_line(row: Row, columns: ColumnMap) -> list[Row]:
    r"""A row whose indicator cell ends on an outcome line in capitals, as two rows.

    In a table without borders an outcome row printed close under its
    indicator (``OBIETTIVO RAGGIUNTO``) may be read as the name's last line.

    >>> from perfextract.columns import map_header
    >>> cols = map_header(("Cod.", "Indicatore", "Target"))
    >>> row = Row(1, 0, 9, ("2.2.1", "Km di sentieri\nOBIETTIVO RAGGIUNTO", "≥ 60"), table=0)
    >>> [r.cells for r in split_status_line(row, cols)]
    [('2.2.1', 'Km di sentieri', '≥ 60'), ('', 'OBIETTIVO RAGGIUNTO', '')]
    """
    at = columns.column("indicator")
    if at is None or at >= len(row.cells) or not row.cells[at]:
        return [row]
    *name, last = (row.cells[at] or "").split("\n")
    status = match_status(last) if last.isupper() else None
    if not name or status is None or status.phrase != last.strip():
        return [row]
    first = replace(row, cells=(*row.cells[:at], "\n".join(name), *row.cells[at + 1 :]), tops=())
    band = tuple(
        last if i == at else ("" if c is not None else None) for i, c in enumerate(row.cells)
    )
    return [first, replace(row, cells=band, tops=())]


def _next_year_row(draft: Draft, row: Row) -> bool:
    """True when ``row`` opens another of the draft's year rows (``2026`` under ``2025``)."""
    year = year_of_row(draft.columns, row)
    at = draft.columns.column("year")
    if year is None or at is None or not draft.year_rows:
        return False
    return all(year != "".join(r[at]).strip() for r in draft.year_rows)


def is_continuation(draft: Draft | None, row: Row) -> bool:
    """True when ``row`` carries on the indicator of ``draft`` rather than starting one.

    That is the first row after a page break (or any row) whose indicator
    cell is empty, and the first row after a page break that fills fewer of
    the columns its first part filled (a split row leaves empty the cells
    that fitted on the first page) and at most one of the short value
    columns (a new row states its own target, actual, type…), unless it
    prints a code other than the draft's (the next indicator overleaf).
    """
    if draft is None or draft.closed:
        return False
    name = draft.columns.column("indicator")
    cells = fit_cells(row.cells, draft.columns.width)
    if name is not None and not cells[name]:
        return True
    code = draft.columns.column("indicator_code")
    if _next_year_row(draft, row) and (code is None or not cells[code]):
        # a year row beside the last lines of the indicator's name (a table without borders)
        return name is None or (cells[name] or "")[:1].islower()
    outline = {i for i, f in enumerate(draft.columns.fields) if f in HIERARCHY_FIELDS}
    if name is not None and wrapped_name(cells, name, outline):
        return True
    if row.page <= draft.page_end:
        return False
    if code is not None and cells[code] and cells[code] != "\n".join(draft.cells[code]):
        return False  # a code of its own: the next indicator, whatever it leaves empty
    # the hierarchy columns of a row were taken out as headings: they do not count
    outline = {i for i, f in enumerate(draft.columns.fields) if f in HIERARCHY_FIELDS}
    before = {i for i, parts in enumerate(draft.cells) if parts} - outline
    now = {i for i, c in enumerate(cells) if c} - outline
    short = {i for i, f in enumerate(draft.columns.fields) if f in SHORT_FIELDS}
    return now < before and len(now & short) < 2


def wrapped_name(cells: tuple[str | None, ...], name: int, outline: Collection[int] = ()) -> bool:
    """True when the indicator cell alone is filled, with text that goes on a name.

    The hierarchy columns (``outline``) may go on too, their cells wrapped
    with the name's.

    A line of a wrapped name read as a row of its own (a table without cell
    borders whose rows are not spaced apart) starts in lower case; a new
    indicator starts with a capital, a digit or a code.

    >>> wrapped_name(("mercati esteri (progetto SEI)", "", ""), 0)
    True
    >>> wrapped_name(("Mercati esteri raggiunti", "", ""), 0)
    False
    >>> wrapped_name(("e agili", "contribuenti", ""), 1, outline={0})
    True
    """
    text = (cells[name] or "").strip()
    others = any(c and c.strip() for i, c in enumerate(cells) if i != name and i not in outline)
    return bool(text) and not others and text[0].islower()


def merge_continued_rows(draft: Draft, row: Row) -> None:
    """Append the cells of a continuation row to its draft (not its hierarchy cells).

    In a table that prints an indicator's years as rows under it, a row with
    another year opens a year row of its own; a cell merged down from the year
    row above (``None``) is that row's.
    """
    cells = fit_cells(row.cells, draft.columns.width)
    own = draft.columns.year_row_columns()
    if _next_year_row(draft, row):
        above = draft.year_rows[-1]
        draft.year_rows.append(
            [[c] if c else list(above[i]) if c is None and i in own else []
             for i, c in enumerate(cells)]
        )  # fmt: skip
    elif draft.year_rows:
        for i in own:
            if text := cells[i]:
                draft.year_rows[-1][i].append(text)
    for i, cell in enumerate(cells):
        if cell and draft.columns.fields[i] not in HIERARCHY_FIELDS:
            draft.cells[i].append(cell)
    draft.page_end = max(draft.page_end, row.page)
    if row.page == draft.page and row.bbox is not None:
        draft.boxes.append(row.bbox)


def states_own_status(draft: Draft) -> bool:
    """True when the draft's row states its outcome in a status column of its own."""
    at = draft.columns.column("status_column")
    return at is not None and bool(draft.cells[at])


def attach_status(draft: Draft, status: StatusMatch, text: str) -> None:
    """A status line after an indicator: its outcome, and its text as comment."""
    if draft.status is None:
        draft.status = status
        if status.rest:
            draft.comment.append(status.rest)
    else:
        draft.comment.append(text)
    draft.closed = True


#: A line that says it is a note on the row above it: ``Nota: …``, ``Commento: …``.
_NOTE_LINE_RE = re.compile(
    r"^(?:nota|note|commento|motivazion[ei]|osservazion[ei])\b[^:\n]{0,40}:\s*\S", re.IGNORECASE
)


def _is_sentence(text: str) -> bool:
    """True for prose: a full stop at the end, or a dozen words and more.

    >>> _is_sentence("L'apertura del sabato ha ridotto i tempi."), _is_sentence("Anagrafe")
    (True, False)
    """
    return text.rstrip().endswith(".") or len(text.split()) >= 12


def read_band(draft: Draft, text: str, collecting: bool) -> bool:
    """Give ``draft`` a line merged across the value columns under its row, if it is its own.

    An outcome line (``OBIETTIVO CONSEGUITO`` and a comment under it) is its
    status; a line of text after its outcome, while ``collecting``, goes on
    with its comment.  False for any other line.

    >>> from perfextract.columns import map_header
    >>> draft = start_draft(Row(1, 0, 9, ("Visite", "120"), table=0),
    ...                     map_header(("Indicatore", "Target")), Scope())
    >>> read_band(draft, "Visite guidate", True)
    False
    >>> read_band(draft, "OBIETTIVO CONSEGUITO", True), read_band(draft, "Svolte 12 visite.", True)
    (True, True)
    >>> draft.status.status, draft.comment
    ('achieved', ['Svolte 12 visite.'])

    A labelled note (``Nota: …``) under a row is its comment, with an outcome or without.
    """
    # "Nota: …" under its row, or a sentence of prose spanning the table: a comment
    noted = collecting and (_NOTE_LINE_RE.match(text) is not None or _is_sentence(text))
    if draft.closed and draft.status is None and not noted:
        return False
    status = match_status(text) if text[:1].isupper() else None
    if status is None and (draft.status is None or not collecting) and not noted:
        return False
    if status is not None:
        attach_status(draft, status, text)
    else:
        draft.comment.append(text)
    return True


#: A line opening with a label of its own: ``Motivazione dello scostamento: …``.
_LABELLED_RE = re.compile(r"^[A-ZÀ-Ý][\w' ]{2,40}:\s")
#: A line that explains the row above: ``Motivazione: …`` (of its shortfall).
_EXPLAINS_RE = re.compile(
    r"^\W*(?:motivazion[ei]|giustificazion[ei])\b[^:\n]{0,40}:\s*\S", re.IGNORECASE
)


def opens_with_label(text: str) -> bool:
    """True for a line opening with a label of its own (``Motivazione dello scostamento: …``).

    >>> opens_with_label("Motivazione dello scostamento: nessuno"), opens_with_label("Il dato")
    (True, False)
    """
    return _LABELLED_RE.match(text) is not None


def explains_row(text: str) -> bool:
    """True for a line that explains the row above it (``Motivazione: …``).

    >>> explains_row("Motivazione: il dato risente del ritardo"), explains_row("Commento: ok")
    (True, False)
    """
    return _EXPLAINS_RE.match(text) is not None


def note_row_text(row: Row, columns: ColumnMap) -> str | None:
    """The text of a labelled note printed as a row under its indicator's, or None.

    A ``Nota: …`` merged over the columns after the code reads into several
    cells when its text runs past the merged cell; its parts, in order, are
    one comment.

    >>> from perfextract.columns import map_header
    >>> cols = map_header(("N.", "Indicatore", "Target", "Valore", "Esito"))
    >>> note_row_text(Row(1, 0, 9, ("", "Nota: il ritardo è dovuto", None, "a due", ""),
    ...                   table=0), cols)
    'Nota: il ritardo è dovuto a due'
    >>> note_row_text(Row(1, 0, 9, ("1.2", "Nota: spese", "≥ 3", "4", "R"), table=0), cols)
    """
    name = columns.column("indicator")
    if name is None or row.table is None:
        return None
    cells = fit_cells(row.cells, columns.width)
    text = clean_text(cells[name])
    code = columns.column("indicator_code")
    if not text or _NOTE_LINE_RE.match(text) is None or (code is not None and cells[code]):
        return None
    if any(c is None for c in cells[name + 1 :]) or not any(cells[name + 1 :]):
        return " ".join(clean_text(c) or "" for c in cells[name:] if c and c.strip())
    return None
