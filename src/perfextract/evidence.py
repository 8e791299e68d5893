"""What the stages decided and why, kept so a person can check a reading.

:class:`Trace` collects, while a document's rows are read, each header row
with its :class:`ColumnDecision` per column, each hierarchy heading met, and
each table refused with its reason (:class:`RefusedTable`).  The pipeline
records into it; :mod:`perfextract.explanation` shows it.  The column mapping
may bring richer evidence later (a content profile per column): it fills the
same :class:`ColumnDecision`, with ``source="content"``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from perfextract.column_rules import refusal_reason
from perfextract.columns import (
    ColumnMap,
    label_columns,
    looks_like_code,
    map_header,
)
from perfextract.labels import Heading, match_label
from perfextract.model import BBox, ObjectiveLevel, Row, json_bbox
from perfextract.values import parse_value

#: Who named a column's field: the user's label map, the built-in vocabulary,
#: the column's content (its profile: quantities, codes, status words, prose),
#: or the header's rules on the labels alone (an ``Obiettivo`` column that holds
#: the indicators where no column is headed so; the first unknown label left of
#: the targets; a year-only label read as a target or a result by the document's kind).
DecisionSource = Literal["user", "vocabulary", "content", "inferred"]


@dataclass(frozen=True, slots=True)
class ContentProfile:
    """What a column's body cells hold: how many are filled, quantities, codes; their length.

    Evidence shown beside the label's: a ``target`` column of quantities, an
    ``indicator`` column of long text.
    """

    cells: int
    filled: int
    quantities: int
    codes: int
    mean_length: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "cells": self.cells,
            "filled": self.filled,
            "quantities": self.quantities,
            "codes": self.codes,
            "mean_length": round(self.mean_length, 1),
        }

    def describe(self) -> str:
        """One phrase, e.g. ``3 of 4 filled, 3 quantities``.

        >>> profile_cells(["≥ 80%", "12 giorni", None, "A.1"]).describe()
        '3 of 4 filled, 2 quantities, 1 codes, 6 characters on average'
        """
        parts = [f"{self.filled} of {self.cells} filled"]
        if self.quantities:
            parts.append(f"{self.quantities} quantities")
        if self.codes:
            parts.append(f"{self.codes} codes")
        if self.filled:
            parts.append(f"{self.mean_length:.0f} characters on average")
        return ", ".join(parts)


def profile_cells(cells: Sequence[str | None]) -> ContentProfile:
    """The content profile of a column's body cells."""
    texts = [" ".join(c.split()) for c in cells if c and c.strip()]
    return ContentProfile(
        cells=len(cells),
        filled=len(texts),
        quantities=sum(1 for t in texts if parse_value(t).is_quantity),
        codes=sum(1 for t in texts if looks_like_code(t)),
        mean_length=sum(len(t) for t in texts) / len(texts) if texts else 0.0,
    )


@dataclass(frozen=True, slots=True)
class ColumnDecision:
    """Which field one column of a header was given, and on what evidence.

    ``label`` is the header as printed (None for a column without one),
    ``field`` the field (None: the column goes to ``extra``), ``score`` the
    label's match score (0-100, None without a match), ``source`` who
    named the field (None when none did) and ``profile`` what the column's
    body holds (None where the body was not seen).
    """

    column: int
    label: str | None
    field: str | None
    score: float | None
    source: DecisionSource | None
    year: int | None = None
    profile: ContentProfile | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "column": self.column + 1,
            "label": self.label,
            "field": self.field,
            "score": self.score,
            "source": self.source,
            "year": self.year,
            "profile": self.profile.to_dict() if self.profile is not None else None,
        }


@dataclass(frozen=True, slots=True)
class HeaderRead:
    """A header row taken for a table's header, with the decision for each column."""

    page: int
    table: int | None
    bbox: BBox | None
    columns: tuple[ColumnDecision, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "page": self.page,
            "table": self.table,
            "bbox": json_bbox(self.bbox),
            "columns": [c.to_dict() for c in self.columns],
        }


@dataclass(frozen=True, slots=True)
class HeadingRead:
    """A hierarchy heading met (an area or an objective), wherever it was printed."""

    page: int
    bbox: BBox | None
    level: ObjectiveLevel | None
    code: str | None
    title: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "page": self.page,
            "bbox": json_bbox(self.bbox),
            "level": self.level,
            "code": self.code,
            "title": self.title,
        }


@dataclass(frozen=True, slots=True)
class RefusedTable:
    """A table (or a part of one) whose rows gave no records, and why."""

    page: int
    table: int | None
    bbox: BBox | None
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "page": self.page,
            "table": self.table,
            "bbox": json_bbox(self.bbox),
            "reason": self.reason,
        }


def column_decisions(
    columns: ColumnMap,
    threshold: float = 82.0,
    min_fields: int = 2,
    looks_back: bool | None = None,
) -> tuple[ColumnDecision, ...]:
    """The decision for each column of a header mapping, with its label's evidence.

    A field the column's label names came from the ``vocabulary`` or the
    ``user``'s map; one the labels alone give by the header's rules (see
    :func:`~perfextract.columns.map_header` without a body) is ``inferred``;
    any other came from the column's ``content``.

    >>> from perfextract.columns import map_header
    >>> cols = map_header(("Zorblax", "Valore atteso", "Peso", "Quorp"))
    >>> for d in column_decisions(cols):
    ...     print(d.label, d.field, d.source)
    Zorblax indicator inferred
    Valore atteso target vocabulary
    Peso weight vocabulary
    Quorp None None
    """
    by_labels = map_header(columns.headers, threshold, min_fields, looks_back=looks_back)
    decisions = []
    for i, (label, name) in enumerate(zip(columns.headers, columns.fields, strict=True)):
        match = match_label(label, threshold)
        source: DecisionSource | None = None
        if name is not None and match is not None and match.field == name:
            source = match.source
        elif name is not None:
            same = by_labels is not None and by_labels.fields[i] == name
            source = "inferred" if same else "content"
        year = columns.years[i] if i < len(columns.years) else None
        score = match.score if match is not None else None
        decisions.append(ColumnDecision(i, label, name, score, source, year))
    return tuple(decisions)


def first_row_labels(cells: Sequence[str | None], threshold: float = 82.0) -> str:
    """What the labels of a table's first row name, for a refusal's reason.

    >>> first_row_labels(("Programma", "Stanziamento", "Descrizione"))  # doctest: +ELLIPSIS
    "'Programma | ...; known labels: Programma → objective_column, Descrizione → indicator; ..."
    """
    shown = " | ".join(" ".join((c or "").split()) for c in cells)
    if len(shown) > 120:
        shown = shown[:120].rstrip() + " …"
    known = []
    for cell in cells:
        match = match_label(cell, threshold)
        if match is not None:
            known.append(f"{' '.join((cell or '').split())} → {match.field}")
    fields, _, _, scores = label_columns(cells, threshold)
    strong = {f for f, s in zip(fields, scores, strict=True) if f is not None and s >= 90}
    refused = refusal_reason(cells, fields, strong)
    why = f"; {refused}" if refused else ""
    return f"{shown!r}; known labels: {', '.join(known) or 'none'}{why}"


@dataclass(slots=True)
class Trace:
    """The decisions met while a document's rows are read (a recorder, filled in order)."""

    threshold: float = 82.0
    min_fields: int = 2
    looks_back: bool | None = None
    headers: list[HeaderRead] = field(default_factory=list)
    headings: list[HeadingRead] = field(default_factory=list)
    refused: list[RefusedTable] = field(default_factory=list)

    def header(self, row: Row, columns: ColumnMap, upper: Row | None = None) -> None:
        """``row`` (with ``upper``, a header printed on two rows) was taken for a header."""
        box = row.bbox
        if upper is not None and upper.bbox is not None and box is not None:
            box = (min(box[0], upper.bbox[0]), upper.top, max(box[2], upper.bbox[2]), box[3])
        decisions = column_decisions(columns, self.threshold, self.min_fields, self.looks_back)
        self.headers.append(HeaderRead(row.page, row.table, box, decisions))

    def heading(self, row: Row, heading: Heading) -> None:
        """``row`` opened an area or objective (told once while it stays the same)."""
        read = HeadingRead(row.page, row.bbox, heading.level, heading.code, heading.title)
        last = self.headings[-1] if self.headings else None
        if last is None or (last.level, last.code, last.title) != (read.level, read.code,
                                                                   read.title):  # fmt: skip
            self.headings.append(read)

    def refuse(self, row: Row, reason: str) -> None:
        """The rows of ``row``'s table give no records, for ``reason`` (the first one told)."""
        if row.table is not None and any(
            r.table == row.table and r.page == row.page for r in self.refused
        ):
            return
        self.refused.append(RefusedTable(row.page, row.table, row.bbox, reason))
