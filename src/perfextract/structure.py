"""From rows in reading order to indicator records.

The steps, in the order :func:`build_indicators` runs them:

1. :func:`classify_row` says what each row is: a header row, an
   ``Indicatori`` label, a hierarchy heading, a status line, an indicator row
   or free text;
2. :func:`find_header_row` maps a header row's cells to record fields, and
   the mapping is carried across pages until the next header;
3. :func:`merge_continued_rows` joins a row split by a page break to its
   first part;
4. :func:`attach_status` and free text after an indicator give its status and
   comment;
5. :func:`~perfextract.records.to_indicators` parses the cells into records.

Everything here is pure: rows in, records and warnings out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

from perfextract.columns import (
    HIERARCHY_FIELDS,
    ColumnMap,
    column_level,
    map_header,
    merge_header_rows,
)
from perfextract.evidence import Trace, first_row_labels
from perfextract.hierarchy import (
    Scope,
    enter_heading,
    numbered_heading,
    objective_in_cell,
    set_title,
)
from perfextract.labels import (
    Heading,
    StatusMatch,
    is_indicator_label,
    match_heading,
    match_label,
    match_status,
)
from perfextract.model import Indicator, ReportWarning, Row
from perfextract.records import Draft, check_record, clean_text, to_indicators
from perfextract.values import parse_value

#: Columns whose cells are short values: a row split by a page break seldom
#: carries more than one of them over.
SHORT_FIELDS = frozenset({"type", "target", "actual", "status_column", "weight", "achievement"})


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


RowKind = Literal["header", "label", "heading", "status", "cells", "text"]


@dataclass(frozen=True, slots=True)
class Item:
    """A row and what it was found to be."""

    kind: RowKind
    row: Row
    columns: ColumnMap | None = None
    heading: Heading | None = None
    status: StatusMatch | None = None


def is_merged(row: Row) -> bool:
    """True for a row whose text spans the whole width (one cell, or one non-None cell)."""
    return sum(c is not None for c in row.cells) <= 1


def split_text_row(row: Row) -> list[Row]:
    r"""Split a full-width text row where one of its lines opens a heading, label or status.

    Paragraphs printed close together between tables come out of the layout
    as one block; a line that is a heading, an ``Indicatori`` label or a
    status line (capitalised) starts a new row, and a heading without its
    title, or a label, ends its row.

    >>> [r.text for r in split_text_row(Row(page=1, top=0, bottom=9, cells=(
    ...     "Ob. Operativo 2020_02_01_02\nImplementare la\ntrasparenza\nIndicatori",)))]
    ['Ob. Operativo 2020_02_01_02', 'Implementare la\ntrasparenza', 'Indicatori']
    """
    if not is_merged(row) or "\n" not in row.text:
        return [row]
    chunks: list[list[str]] = [[]]
    for line in row.text.split("\n"):
        heading = match_heading(line)
        label = is_indicator_label(line)
        status = line[:1].isupper() and match_status(line) is not None
        if (heading or label or status) and chunks[-1]:
            chunks.append([])
        chunks[-1].append(line)
        if label or (heading is not None and heading.title is None):
            chunks.append([])
    width = len(row.cells)
    return [
        replace(row, cells=("\n".join(lines),) + (None,) * (width - 1)) for lines in chunks if lines
    ]


def classify_row(row: Row, threshold: float = 82.0, min_fields: int = 2) -> Item:
    """Say what ``row`` is."""
    if not is_merged(row):
        columns = find_header_row(row, threshold, min_fields)
        if columns is not None:
            return Item("header", row, columns=columns)
        heading = key_value_heading(row, threshold)
        if heading is not None:
            return Item("heading", row, heading=heading)
        return Item("cells", row)
    text = clean_text(row.text)
    if is_indicator_label(text):
        return Item("label", row)
    heading = match_heading(text)
    if heading is None and row.table is None and row.bold and text:
        heading = numbered_heading(text)  # "2.3 Potenziare …" in bold, no label word
    if heading is not None:
        return Item("heading", row, heading=heading)
    status = match_status(text)
    if status is not None:
        return Item("status", row, status=status)
    return Item("text", row)


# --- records ---------------------------------------------------------------------------


_YEAR_ONLY_RE = re.compile(r"^\s*(?:19|20)\d\d\s*$")


def labels_only(row: Row) -> bool:
    """True when no cell of ``row`` states a quantity (a year alone is a label).

    >>> labels_only(Row(1, 0, 9, ("Anno 2023", "2024", "Valore atteso"), table=0))
    True
    >>> labels_only(Row(1, 0, 9, ("Raccolta differenziata", "≥ 65%"), table=0))
    False
    """
    return not any(
        parse_value(c).is_quantity for c in row.cells if c and not _YEAR_ONLY_RE.match(c)
    )


def is_other_table(row: Row, columns: ColumnMap) -> bool:
    """True when the first row of a table without indicator header opens another kind of table.

    That is a table of another width, or one headed by a row of labels that
    name no indicator columns (``Programma | Stanziamento 2021 | …``): every
    cell filled, short, and no quantity.

    >>> cols = map_header(("Indicatore", "Target", "Risultato"))
    >>> is_other_table(Row(1, 0, 9, ("Programma", "Stanziamento", "Impegni"), table=2), cols)
    True
    >>> is_other_table(Row(1, 0, 9, ("Visite", ">= 120", ""), table=2), cols)
    False
    """
    if len(row.cells) != columns.width:
        return True
    return all(c and len(c) <= 40 and not parse_value(c).is_quantity for c in row.cells)


def with_objective_code(
    cells: tuple[str | None, ...], columns: ColumnMap
) -> tuple[str | None, ...]:
    """The cells with an objective's code column (``Cod. Ob.``) joined to its title column.

    >>> cols = map_header(("Cod. Ob.", "Obiettivo operativo", "Indicatore", "Target"))
    >>> with_objective_code(("3.2.1", "Ridurre i tempi", "Permessi", "≤ 60"), cols)
    ('', '3.2.1 – Ridurre i tempi', 'Permessi', '≤ 60')
    """
    at = columns.column("objective_code_column")
    if at is None or at >= len(cells) or not cells[at]:
        return cells
    titles = [i for i, f in enumerate(columns.fields) if f == "objective_column"]
    if not titles:
        return cells
    partner = min(titles, key=lambda i: (i < at, abs(i - at)))  # the nearest, right first
    out = list(cells)
    code = clean_text(out[at]) or ""
    title = clean_text(out[partner]) if partner < len(out) else None
    out[partner], out[at] = (f"{code} – {title}" if title else code), ""
    return tuple(out)


def key_value_heading(row: Row, threshold: float = 82.0) -> Heading | None:
    """The objective a key/value row of a "scheda obiettivo" names, or None.

    >>> key_value_heading(Row(1, 0, 9, ("Obiettivo operativo", "2.4 – Nidi"), table=0))
    Heading(level='operational', code='2.4', title='Nidi', label='Obiettivo operativo')
    >>> key_value_heading(Row(1, 0, 9, ("Settore", "Servizi educativi"), table=0)) is None
    True
    """
    filled = [c for c in row.cells if c and c.strip()]
    if len(filled) != 2 or filled[0] != row.cells[0] or match_label(filled[1], threshold):
        return None
    key = match_label(filled[0], threshold)
    if key is None or key.field not in HIERARCHY_FIELDS:
        return None
    value = clean_text(filled[1]) or ""
    joined = match_heading(f"{clean_text(filled[0])} {value}")  # "AREA STRATEGICA" | "B – Titolo"
    if joined is not None and joined.code is not None:
        return joined
    return objective_in_cell(value, column_level(key.field, filled[0]))


def heading_in_cells(row: Row, columns: ColumnMap) -> Heading | None:
    """A heading printed across the first columns of a table without spanning them.

    Rows of borderless tables are cut at column boundaries, so a heading line
    can come apart (``OS 1 –`` | ``Competitività del territorio``); it is a
    heading when its joined text reads as one and no value column is filled.
    """
    values = [c for i, c in enumerate(row.cells) if c and columns.fields[i] in SHORT_FIELDS]
    if values:
        return None
    heading = match_heading(clean_text(row.text))
    return heading if heading is not None and heading.code is not None else None


def start_draft(row: Row, columns: ColumnMap, scope: Scope) -> Draft:
    cells: list[list[str]] = [[c] if c else [] for c in _fit(row.cells, columns.width)]
    boxes = [row.bbox] if row.bbox is not None else []
    return Draft(columns=columns, scope=scope, page=row.page, page_end=row.page, cells=cells,
                 boxes=boxes)  # fmt: skip


def _fit(cells: tuple[str | None, ...], width: int) -> tuple[str | None, ...]:
    return (cells + (None,) * width)[:width]


def is_continuation(draft: Draft | None, row: Row) -> bool:
    """True when ``row`` carries on the indicator of ``draft`` rather than starting one.

    That is the first row after a page break (or any row) whose indicator
    cell is empty, and the first row after a page break that fills fewer of
    the columns its first part filled (a split row leaves empty the cells
    that fitted on the first page) and at most one of the short value
    columns (a new row states its own target, actual, type…).
    """
    if draft is None or draft.closed:
        return False
    name = draft.columns.column("indicator")
    cells = _fit(row.cells, draft.columns.width)
    if name is not None and not cells[name]:
        return True
    if row.page <= draft.page_end:
        return False
    before = {i for i, parts in enumerate(draft.cells) if parts}
    now = {i for i, c in enumerate(cells) if c}
    short = {i for i, f in enumerate(draft.columns.fields) if f in SHORT_FIELDS}
    return now < before and len(now & short) < 2


def merge_continued_rows(draft: Draft, row: Row) -> None:
    """Append the cells of a continuation row to its draft."""
    for i, cell in enumerate(_fit(row.cells, draft.columns.width)):
        if cell:
            draft.cells[i].append(cell)
    draft.page_end = max(draft.page_end, row.page)
    if row.page == draft.page and row.bbox is not None:
        draft.boxes.append(row.bbox)


def attach_status(draft: Draft, status: StatusMatch, text: str) -> None:
    """A status line after an indicator: its outcome, and its text as comment."""
    if draft.status is None:
        draft.status = status
        if status.rest:
            draft.comment.append(status.rest)
    else:
        draft.comment.append(text)
    draft.closed = True


class _Reader:
    """The state of one pass over a document's rows (see :func:`build_indicators`)."""

    def __init__(self, threshold: float, min_fields: int, trace: Trace | None = None) -> None:
        self.threshold, self.min_fields = threshold, min_fields
        self.trace = trace if trace is not None else Trace(threshold)
        self.indicators: list[Indicator] = []
        self.warnings: list[ReportWarning] = []
        self.scope = Scope()
        self.areas: dict[str, str | None] = {}
        self.columns: ColumnMap | None = None
        self.header_row: Row | None = None  # the header just read, for a second header row
        self.previous: Row | None = None  # the row just read, if a row of cells
        self.table: int | None = None  # the table the column mapping was last used in
        self.draft: Draft | None = None
        self.pending_title = False
        self.collecting = False  # free text now belongs to the last indicator's comment
        self.group_start = 0  # the first record of the indicators read since the last heading
        self.rows_in_table = 0  # indicator rows read under the current header

    def finish(self) -> None:
        if self.draft is not None:
            records, found = to_indicators(self.draft)
            if self.draft.for_group and records:
                found += self.share_outcome(records[0])
            self.indicators.extend(records)
            self.warnings.extend(found)
            if self.draft.for_group:
                self.group_start = len(self.indicators)
        self.draft = None

    def share_outcome(self, last: Indicator) -> list[ReportWarning]:
        """Give ``last``'s status and comment to the records of its group that state none.

        A status line printed after a table (``Esito: Raggiunto`` under the
        indicators of one objective) is the outcome of every indicator in it,
        unless an indicator has a status or a comment of its own.
        """
        found: list[ReportWarning] = []
        for i in range(self.group_start, len(self.indicators)):
            other = self.indicators[i]
            same_objective = (other.objective_code, other.objective_title) == (
                last.objective_code,
                last.objective_title,
            )
            if other.status is None and other.comment is None and same_objective:
                other = replace(other, status=last.status, status_text=last.status_text,
                                comment=last.comment)  # fmt: skip
                self.indicators[i] = other
                found += [w for w in check_record(other) if w.code == "status-contradicts-values"]
        return found

    def enter(self, heading: Heading, row: Row) -> None:
        self.group_start, self.rows_in_table = len(self.indicators), 0
        self.trace.heading(row, heading)
        self.scope = enter_heading(self.scope, heading, self.areas)
        if self.scope.level == "area" and self.scope.area_code is not None:
            self.areas[self.scope.area_code] = self.scope.area_title

    def second_header_row(self, upper: Row, row: Row) -> ColumnMap | None:
        """The mapping of header row ``upper`` completed by ``row``, if ``row`` completes it."""
        if self.columns is None or row.table != upper.table or not labels_only(row):
            return None
        merged = merge_header_rows(upper.cells, row.cells)
        columns = map_header(merged, self.threshold, self.min_fields)
        return columns if columns is not None and columns.matched > self.columns.matched else None

    def header(self, columns: ColumnMap, row: Row, upper: Row | None = None) -> None:
        self.trace.header(row, columns, upper)
        if self.draft is not None:
            self.draft.closed = self.draft.closed or columns != self.columns
        self.collecting = self.collecting and self.draft is not None and not self.draft.closed
        if columns != self.columns:
            self.rows_in_table = 0
        self.columns, self.header_row, self.pending_title = columns, row, False
        self.table = row.table

    def cells(self, row: Row) -> None:
        columns = self.columns
        if columns is not None and row.table != self.table and is_other_table(row, columns):
            self.finish()
            kind = (
                f"{len(row.cells)} columns, not {columns.width}"
                if len(row.cells) != columns.width
                else "a first row of labels that name no indicator columns"
            )
            self.trace.refuse(row, f"another kind of table after an indicator table ({kind}): "
                              f"{first_row_labels(row.cells, self.threshold)}")  # fmt: skip
            columns = self.columns = None
        if columns is None:
            reason = "no header row maps its columns to indicator fields; first row "
            self.trace.refuse(row, reason + first_row_labels(row.cells, self.threshold))
            return
        self.table = row.table
        if is_continuation(self.draft, row) and self.draft is not None:
            merge_continued_rows(self.draft, row)
            return
        heading = heading_in_cells(row, columns)
        if heading is not None:
            self.finish()
            self.enter(heading, row)
            self.pending_title, self.collecting = self.scope.title is None, False
            return
        self.finish()
        cells = with_objective_code(row.cells, columns)
        for index, level in columns.hierarchy():  # area, then objectives, outermost first
            if index < len(cells) and cells[index]:
                self.enter(objective_in_cell(clean_text(cells[index]) or "", level), row)
                cells = (*cells[:index], "", *cells[index + 1 :])
        self.draft = start_draft(replace(row, cells=cells), columns, self.scope)
        self.rows_in_table += 1
        self.collecting, self.pending_title = True, False

    def text(self, row: Row, text: str) -> None:
        if row.note:  # a footnote under a table speaks of no one indicator
            self.collecting = False
            return
        if self.pending_title and text:
            self.scope = set_title(self.scope, text)
            if self.scope.level == "area" and self.scope.area_code is not None:
                self.areas[self.scope.area_code] = text
            self.pending_title = False
        elif self.collecting and self.draft is not None and text:
            if row.table is None and row.bold and match_status(text) is None:
                self.finish()  # a bold paragraph between tables opens a new section
                self.collecting = False
                return
            # prose after a table of several indicators, with no outcome line: not a comment
            several = self.rows_in_table > 1
            if (
                row.table is None
                and self.draft.status is None
                and not self.draft.comment
                and several
            ):
                self.collecting = False
                return
            elsewhere = row.table is not None and row.table != self.table
            if elsewhere and row.page > self.draft.page_end and not self.draft.comment:
                self.collecting = False  # a comment goes on overleaf, but starts by its indicator
                return
            self.draft.comment.append(text)
            self.draft.closed = True

    def read(self, row: Row) -> None:
        item = classify_row(row, self.threshold, self.min_fields)
        upper, self.header_row = self.header_row, None
        previous, self.previous = self.previous, row if item.kind == "cells" else None
        if item.kind == "cells" and upper is not None:
            completed = self.second_header_row(upper, row)
            if completed is not None:
                self.header(completed, row, upper)
                self.header_row = self.previous = None  # a header has at most two rows
                return
        if (
            item.kind == "cells"
            and previous is not None
            and previous.table == row.table
            and labels_only(previous)
            and labels_only(row)
        ):
            # a header whose two rows name no table alone ("Anno 2023" over "Valore atteso")
            merged = map_header(merge_header_rows(previous.cells, row.cells), self.threshold,
                                self.min_fields)  # fmt: skip
            if merged is not None:
                self.finish()
                self.header(merged, row, previous)
                self.header_row = self.previous = None
                return
        if item.kind == "header" and item.columns is not None:
            self.header(item.columns, row)
        elif item.kind == "label":
            self.finish()
            self.pending_title = self.collecting = False
        elif item.kind == "heading" and item.heading is not None:
            self.finish()
            self.enter(item.heading, row)
            self.pending_title, self.collecting = self.scope.title is None, False
        elif item.kind == "cells":
            self.cells(row)
        elif item.kind == "status" and item.status is not None:
            if self.draft is not None and self.collecting:
                first = self.draft.status is None
                attach_status(self.draft, item.status, clean_text(row.text) or "")
                self.draft.for_group |= first and row.table is None
        else:
            self.text(row, clean_text(row.text) or "")


def build_indicators(
    rows: Iterable[Row], threshold: float = 82.0, min_fields: int = 2, trace: Trace | None = None
) -> tuple[list[Indicator], list[ReportWarning]]:
    """Read the indicators of a document from its rows in reading order.

    ``trace`` receives the headers, headings and refused tables met.
    """
    reader = _Reader(threshold, min_fields, trace)
    for row in rows:
        for part in split_text_row(row):
            reader.read(part)
    reader.finish()
    return reader.indicators, reader.warnings
