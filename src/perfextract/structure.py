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
5. :func:`to_indicator` parses the cells into an :class:`Indicator`.

Everything here is pure: rows in, records and warnings out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Literal

from perfextract.labels import (
    Heading,
    StatusMatch,
    is_indicator_label,
    match_heading,
    match_label,
    match_status,
    rejoin_type,
)
from perfextract.model import Indicator, ObjectiveLevel, ReportWarning, Row
from perfextract.values import clean_text as _clean_text
from perfextract.values import is_met, parse_number, parse_value

#: Fields whose cells are text kept as printed (after the whitespace rule).
TEXT_FIELDS = ("indicator_code", "formula", "unit", "data_source", "baseline", "notes")


_WRAPPED_COMPOUND_RE = re.compile(r"(?<=[^\W\d_])-\n(?=[^\W\d_])")


def clean_text(text: str | None) -> str | None:
    r"""The whitespace rule of ``RECORDS.md``, keeping compounds wrapped at their hyphen whole.

    >>> clean_text("Azienda socio-\nsanitaria  e\n servizi")
    'Azienda socio-sanitaria e servizi'
    >>> clean_text("provinciale -\nFonte")
    'provinciale - Fonte'
    """
    if text is None:
        return None
    return _clean_text(_WRAPPED_COMPOUND_RE.sub("-", text))


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """What each column of an indicator table holds.

    ``fields[i]`` is the record field of column ``i`` (``None``: kept in
    ``extra`` under ``headers[i]``); ``years[i]`` the year its label names.
    """

    fields: tuple[str | None, ...]
    headers: tuple[str | None, ...]
    years: tuple[int | None, ...]

    @property
    def width(self) -> int:
        return len(self.fields)

    def column(self, name: str) -> int | None:
        """The index of the first column holding ``name``."""
        return self.fields.index(name) if name in self.fields else None


def find_header_row(row: Row, threshold: float = 82.0, min_fields: int = 2) -> ColumnMap | None:
    """The column mapping a header row states, or None when ``row`` is no header row.

    A header row names at least ``min_fields`` known fields, one of them the
    indicator itself, and most of its non-empty cells are known labels.

    >>> header = Row(page=1, top=0, bottom=9, table=0,
    ...              cells=("Descrizione", "Tipo", "Valore Atteso", "Valore\\nRaggiunto", "Note"))
    >>> find_header_row(header).fields
    ('indicator', 'type', 'target', 'actual', 'notes')
    >>> find_header_row(Row(page=1, top=0, bottom=9, cells=("Indicatori",))) is None
    True
    """
    if row.table is None or len(row.cells) < 2:
        return None
    fields: list[str | None] = []
    years: list[int | None] = []
    matched = 0
    for cell in row.cells:
        match = match_label(cell, threshold)
        if match is None or match.field in fields:
            fields.append(None)
            years.append(None)
        else:
            fields.append(match.field)
            years.append(match.year)
            matched += 1
    filled = len(row.filled)
    if matched < min_fields or "indicator" not in fields or matched * 2 < filled:
        return None
    headers = tuple(clean_text(c) for c in row.cells)
    return ColumnMap(fields=tuple(fields), headers=headers, years=tuple(years))


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
        return Item("cells", row)
    text = clean_text(row.text)
    if is_indicator_label(text):
        return Item("label", row)
    heading = match_heading(text)
    if heading is not None:
        return Item("heading", row, heading=heading)
    status = match_status(text)
    if status is not None:
        return Item("status", row, status=status)
    return Item("text", row)


# --- the hierarchy -------------------------------------------------------------------

_CODE_SEP_RE = re.compile(r"[._/-]")


@dataclass(frozen=True, slots=True)
class Scope:
    """The area and the deepest objective enclosing the rows that follow."""

    area_code: str | None = None
    area_title: str | None = None
    level: ObjectiveLevel | None = None
    code: str | None = None
    title: str | None = None


def area_of(code: str, area_depth: int | None) -> str:
    """The code of the area an objective code belongs to.

    ``area_depth`` is the number of code segments of an area, learnt from an
    area heading; without one, a code that opens with a year takes two
    segments (``2020_01``), any other one.

    >>> area_of("2020_02_01_02", None), area_of("2020_02_01", 2), area_of("A.1.2", None)
    ('2020_02', '2020_02', 'A')
    """
    parts = _CODE_SEP_RE.split(code)
    depth = area_depth or (2 if re.fullmatch(r"(?:19|20)\d\d", parts[0]) else 1)
    if len(parts) <= depth:
        return code
    seps = _CODE_SEP_RE.findall(code)
    out = parts[0]
    for sep, part in zip(seps[: depth - 1], parts[1:depth], strict=True):
        out += sep + part
    return out


def enter_heading(scope: Scope, heading: Heading, areas: dict[str, str | None]) -> Scope:
    """The scope after ``heading``; ``areas`` maps area codes seen so far to their titles."""
    if heading.level == "area":
        return Scope(
            area_code=heading.code,
            area_title=heading.title,
            level="area",
            code=heading.code,
            title=heading.title,
        )
    area_code, area_title = scope.area_code, scope.area_title
    if heading.code is not None:
        depth = _depth(next(iter(areas))) if areas else None
        derived = area_of(heading.code, depth)
        if area_code is None or derived != area_code:
            area_code, area_title = derived, areas.get(derived)
    return Scope(
        area_code=area_code,
        area_title=area_title,
        level=heading.level,
        code=heading.code,
        title=heading.title,
    )


def _depth(code: str) -> int:
    return len(_CODE_SEP_RE.split(code))


def set_title(scope: Scope, title: str) -> Scope:
    """``scope`` with the title printed under its heading."""
    if scope.level == "area":
        return replace(scope, title=title, area_title=title)
    return replace(scope, title=title)


# --- records ---------------------------------------------------------------------------


@dataclass
class Draft:
    """An indicator being read: its cells so far, status and comment lines."""

    columns: ColumnMap
    scope: Scope
    page: int
    page_end: int
    cells: list[list[str]]
    status: StatusMatch | None = None
    comment: list[str] = field(default_factory=list)
    closed: bool = False  # something other than its own cells came after it


def start_draft(row: Row, columns: ColumnMap, scope: Scope) -> Draft:
    cells: list[list[str]] = [[c] if c else [] for c in _fit(row.cells, columns.width)]
    return Draft(columns=columns, scope=scope, page=row.page, page_end=row.page, cells=cells)


def _fit(cells: tuple[str | None, ...], width: int) -> tuple[str | None, ...]:
    return (cells + (None,) * width)[:width]


def is_continuation(draft: Draft | None, row: Row) -> bool:
    """True when ``row`` carries on the indicator of ``draft`` rather than starting one.

    That is the first row after a page break (or any row) whose indicator
    cell is empty, and the first row after a page break that fills fewer of
    the columns its first part filled (a split row leaves empty the cells
    that fitted on the first page).
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
    return now < before


def merge_continued_rows(draft: Draft, row: Row) -> None:
    """Append the cells of a continuation row to its draft."""
    for i, cell in enumerate(_fit(row.cells, draft.columns.width)):
        if cell:
            draft.cells[i].append(cell)
    draft.page_end = max(draft.page_end, row.page)


def attach_status(draft: Draft, status: StatusMatch, text: str) -> None:
    """A status line after an indicator: its outcome, and its text as comment."""
    if draft.status is None:
        draft.status = status
        if status.rest:
            draft.comment.append(status.rest)
    else:
        draft.comment.append(text)
    draft.closed = True


def to_indicator(draft: Draft) -> tuple[Indicator | None, list[ReportWarning]]:
    """Parse a draft's cells into an indicator (None when it has no indicator text)."""
    columns = draft.columns
    values: dict[str, str | None] = {}
    extra: dict[str, str | None] = {}
    for i, parts in enumerate(draft.cells):
        text = clean_text("\n".join(parts))
        name = columns.fields[i]
        if name is None:
            if text is not None or columns.headers[i] is not None:
                extra[columns.headers[i] or f"column {i + 1}"] = text
        else:
            values[name] = text
    indicator = values.get("indicator")
    if not indicator:
        return None, []
    target, actual = parse_value(values.get("target")), parse_value(values.get("actual"))
    status = draft.status
    for fallback in (values.get("status_column"), actual.raw):
        if status is None:
            status = match_status(fallback)
    weight = parse_value(values.get("weight"))
    achievement = parse_value(values.get("achievement"))
    met = is_met(target, actual)
    year = next((y for y in columns.years if y is not None), None)
    record = Indicator(
        page=draft.page,
        page_end=draft.page_end,
        indicator=indicator,
        area_code=draft.scope.area_code,
        area_title=draft.scope.area_title,
        objective_level=draft.scope.level,
        objective_code=draft.scope.code,
        objective_title=draft.scope.title,
        type=rejoin_type(values.get("type")),
        year=year,
        target=target,
        actual=actual,
        weight=weight.number
        if weight.number is not None
        else parse_number(values.get("weight") or ""),
        achievement=achievement.number,
        status=status.status if status else None,
        status_text=status.phrase if status else None,
        comment=clean_text(" ".join(draft.comment)),
        met=met,
        extra=extra,
        **{name: values.get(name) for name in TEXT_FIELDS},
    )
    warnings = []
    stated = record.status in ("achieved", "not_achieved")
    if met is not None and stated and met != (record.status == "achieved"):
        verb = "meets" if met else "does not meet"
        message = (
            f"{indicator[:60]!r}: the report says {record.status_text!r} but "
            f"actual {actual.raw!r} {verb} target {target.raw!r}"
        )
        warnings.append(ReportWarning(record.page, "status-contradicts-values", message))
    return record, warnings


def build_indicators(
    rows: Iterable[Row], threshold: float = 82.0, min_fields: int = 2
) -> tuple[list[Indicator], list[ReportWarning]]:
    """Read the indicators of a document from its rows in reading order."""
    indicators: list[Indicator] = []
    warnings: list[ReportWarning] = []
    scope = Scope()
    areas: dict[str, str | None] = {}
    columns: ColumnMap | None = None
    draft: Draft | None = None
    pending_title = False
    collecting = False  # free text now belongs to the last indicator's comment

    def finish() -> None:
        nonlocal draft
        if draft is not None:
            record, found = to_indicator(draft)
            if record is not None:
                indicators.append(record)
            warnings.extend(found)
        draft = None

    for row in (part for whole in rows for part in split_text_row(whole)):
        item = classify_row(row, threshold, min_fields)
        text = clean_text(row.text) or ""
        if item.kind == "header":
            if draft is not None:
                draft.closed = draft.closed or item.columns != columns
            columns, pending_title = item.columns, False
            collecting = collecting and draft is not None and not draft.closed
        elif item.kind == "label":
            finish()
            pending_title = collecting = False
        elif item.kind == "heading" and item.heading is not None:
            finish()
            scope = enter_heading(scope, item.heading, areas)
            if scope.level == "area" and scope.area_code is not None:
                areas[scope.area_code] = scope.area_title
            pending_title, collecting = scope.title is None, False
        elif item.kind == "cells" and columns is not None:
            if is_continuation(draft, row) and draft is not None:
                merge_continued_rows(draft, row)
            else:
                finish()
                draft = start_draft(row, columns, scope)
                collecting = True
            pending_title = False
        elif item.kind == "status" and item.status is not None and draft is not None and collecting:
            attach_status(draft, item.status, text)
        elif pending_title and text:
            scope = set_title(scope, text)
            if scope.level == "area" and scope.area_code is not None:
                areas[scope.area_code] = text
            pending_title = False
        elif collecting and draft is not None and text:
            if row.table is None and row.bold and match_status(text) is None:
                finish()  # a bold paragraph between tables opens a new section
                collecting = False
                continue
            draft.comment.append(text)
            draft.closed = True
    finish()
    return indicators, warnings
