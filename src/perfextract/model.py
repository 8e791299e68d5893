"""Immutable records that every stage of perfextract speaks.

Conventions, fixed once for the whole package:

* pages are 1-based;
* a bbox is ``(x0, top, x1, bottom)`` in PDF points with a top-left origin
  (pdfplumber's convention); backends convert other conventions at their edge;
* numbers are :class:`~decimal.Decimal`, never float, until they are written out;
* every parsed value keeps the raw text it came from.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from decimal import Decimal, InvalidOperation
from types import MappingProxyType
from typing import IO, Any, Literal

from perfextract.errors import RecordsError

BBox = tuple[float, float, float, float]
Operator = Literal[">=", ">", "<=", "<", "=", "range"]
Unit = Literal["%", "‰", "EUR", "days", "months", "hours"]
ObjectiveLevel = Literal["area", "strategic", "operational"]
Status = Literal["achieved", "partially_achieved", "not_achieved", "suspended"]
DocumentKind = Literal["relazione", "piano", "piao"]

SCHEMA = "perfextract/records@1"


@dataclass(frozen=True, slots=True)
class Value:
    """A target or achieved value: the text as printed and what it states.

    ``operator`` is the comparison the text states (a bare number is ``"="``),
    ``number`` its quantity (the lower bound of a range), ``number_max`` the
    upper bound of a range, ``unit`` the canonical unit.  Text that states no
    single quantity has all four ``None`` and keeps ``raw``.
    """

    raw: str | None
    operator: Operator | None = None
    number: Decimal | None = None
    number_max: Decimal | None = None
    unit: Unit | None = None

    @property
    def is_quantity(self) -> bool:
        """True when the text states one comparable quantity."""
        return self.operator is not None and self.number is not None


EMPTY_VALUE = Value(raw=None)


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell of a row as extracted, with the box it was read from."""

    text: str | None
    bbox: BBox | None = None


@dataclass(frozen=True, slots=True)
class Row:
    """A horizontal band of a page in reading order.

    A row of a table has one entry per table column (``None`` for an empty or
    merged-away cell); a paragraph of text between tables is a row of one cell
    with ``table`` set to ``None``.  ``table`` numbers the tables of the whole
    document in reading order; ``margin`` marks text in the page's top or
    bottom margin band, where running headers and page numbers sit.  ``x0``
    and ``x1`` are the row's left and right edges (None where unknown).
    """

    page: int
    top: float
    bottom: float
    cells: tuple[str | None, ...]
    table: int | None = None
    bold: bool = False
    margin: bool = False
    note: bool = False  # a footnote: smaller text opening with its mark, "(1) Calcolato …"
    x0: float | None = None
    x1: float | None = None
    tops: tuple[tuple[float, ...], ...] = ()  # the top of each line of each cell, if known

    @property
    def bbox(self) -> BBox | None:
        """The row's region on its page, or None where its edges are unknown."""
        if self.x0 is None or self.x1 is None:
            return None
        return (self.x0, self.top, self.x1, self.bottom)

    @property
    def filled(self) -> tuple[str, ...]:
        """The non-empty cells, in order."""
        return tuple(c for c in self.cells if c)

    @property
    def text(self) -> str:
        """All non-empty cells joined by one space."""
        return " ".join(self.filled)


@dataclass(frozen=True, slots=True)
class RawTable:
    """A table as a backend found it: a grid of cell texts on one page.

    ``row_boxes[i]`` is the region of row ``i``; ``columns[j]`` the left and
    right edges of column ``j`` (empty where the backend does not tell);
    ``line_tops[i][j]`` the top of each text line of cell ``j`` of row ``i``
    (empty where the backend does not tell).
    """

    page: int
    bbox: BBox
    rows: tuple[tuple[str | None, ...], ...]
    row_boxes: tuple[BBox, ...]
    backend: str
    columns: tuple[tuple[float, float], ...] = ()
    line_tops: tuple[tuple[tuple[float, ...], ...], ...] = ()


@dataclass(frozen=True, slots=True)
class Source:
    """Where a report came from."""

    path: str | None
    sha256: str
    pages: int


@dataclass(frozen=True, slots=True)
class Document:
    """What the report says about itself; ``None`` where it does not say it."""

    issuer: str | None = None
    title: str | None = None
    year: int | None = None
    kind: DocumentKind | None = None

    def to_dict(self) -> dict[str, Any]:
        """The ``document`` object of ``RECORDS.md``."""
        return {"issuer": self.issuer, "title": self.title, "year": self.year, "kind": self.kind}


@dataclass(frozen=True, slots=True)
class ReportWarning:
    """Something a person should check, and the page it is on."""

    page: int | None
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class Indicator:
    """One indicator in one year: a record of ``RECORDS.md``."""

    page: int
    page_end: int
    indicator: str
    area_code: str | None = None
    area_title: str | None = None
    objective_level: ObjectiveLevel | None = None
    objective_code: str | None = None
    objective_title: str | None = None
    indicator_code: str | None = None
    type: str | None = None
    formula: str | None = None
    unit: str | None = None
    data_source: str | None = None
    weight: Decimal | None = None
    baseline: str | None = None
    year: int | None = None
    target: Value = EMPTY_VALUE
    actual: Value = EMPTY_VALUE
    achievement: Decimal | None = None
    notes: str | None = None
    status: Status | None = None
    status_text: str | None = None
    comment: str | None = None
    met: bool | None = None
    extra: Mapping[str, str | None] = field(default_factory=dict)
    bbox: BBox | None = None  # the row's region on ``page``; JSON only, not a CSV column

    def to_dict(self) -> dict[str, Any]:
        """The record as ``RECORDS.md`` spells it, JSON-serialisable."""
        out: dict[str, Any] = {}
        for name in RECORD_FIELDS:
            if name.startswith(("target", "actual")):
                value = self.target if name.startswith("target") else self.actual
                out[name] = _value_field(value, name.partition("_")[2])
            elif name == "extra":
                out[name] = dict(self.extra)
            else:
                out[name] = _json_number(getattr(self, name))
        out["bbox"] = json_bbox(self.bbox)
        return out

    @classmethod
    def from_dict(cls, record: Mapping[str, Any]) -> Indicator:
        """The indicator that :meth:`to_dict` wrote (keys it does not know are ignored).

        Numbers come back as written: a ``bbox`` rounded to a hundredth of a point.

        >>> ind = Indicator(page=3, page_end=3, indicator="N. eventi", weight=Decimal("20"),
        ...                 target=Value(">= 5", ">=", Decimal("5")))
        >>> Indicator.from_dict(ind.to_dict()) == ind
        True
        """
        plain = {f.name for f in fields(cls)} - {"target", "actual", "extra"}
        values: dict[str, Any] = {}
        for name in plain & set(record):
            value = record[name]
            if name in _DECIMAL_FIELDS:
                value = _decimal(value, name)
            values[name] = tuple(value) if isinstance(value, list) else value
        for side in ("target", "actual"):
            values[side] = Value(
                raw=record.get(side),
                operator=record.get(f"{side}_operator"),
                number=_decimal(record.get(f"{side}_value"), f"{side}_value"),
                number_max=_decimal(record.get(f"{side}_value_max"), f"{side}_value_max"),
                unit=record.get(f"{side}_unit"),
            )
        values["extra"] = dict(record.get("extra") or {})
        return cls(**values)


#: The record's fields in ``RECORDS.md`` order (also the CSV column order).
RECORD_FIELDS: tuple[str, ...] = (
    "page", "page_end", "area_code", "area_title", "objective_level", "objective_code",
    "objective_title", "indicator_code", "indicator", "type", "formula", "unit",
    "data_source", "weight", "baseline", "year",
    "target", "target_operator", "target_value", "target_value_max", "target_unit",
    "actual", "actual_operator", "actual_value", "actual_value_max", "actual_unit",
    "achievement", "notes", "status", "status_text", "comment", "met", "extra",
)  # fmt: skip


#: Where a record was read, in JSON and JSON Lines after the ``RECORD_FIELDS``; not in CSV.
LOCATION_FIELDS: tuple[str, ...] = ("bbox",)


def json_bbox(bbox: BBox | None) -> list[float] | None:
    """A bbox as JSON writes it: four numbers rounded to a hundredth of a point.

    >>> json_bbox((56.6929, 100.0, 538.58268, 131.25)), json_bbox(None)
    ([56.69, 100.0, 538.58, 131.25], None)
    """
    return None if bbox is None else [round(float(v), 2) for v in bbox]


def union_bbox(boxes: Iterable[BBox]) -> BBox | None:
    """The smallest box holding every one of ``boxes`` (None for none).

    >>> union_bbox([(10, 20, 30, 40), (5, 35, 25, 60)])
    (5, 20, 30, 60)
    """
    found = list(boxes)
    if not found:
        return None
    return (
        min(b[0] for b in found),
        min(b[1] for b in found),
        max(b[2] for b in found),
        max(b[3] for b in found),
    )


def _value_field(value: Value, part: str) -> Any:
    if part == "":
        return value.raw
    if part == "value":
        return _json_number(value.number)
    if part == "value_max":
        return _json_number(value.number_max)
    return getattr(value, part)


_DECIMAL_FIELDS = frozenset({"weight", "achievement"})


def _decimal(value: Any, name: str) -> Decimal | None:
    """A JSON number as the Decimal it was written from (its shortest repr)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise RecordsError(f"{name}: expected a number, not {value!r}")
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise RecordsError(f"{name}: expected a number, not {value!r}") from None


def _json_number(value: Any) -> Any:
    """Decimals become int when integral, else float; other values pass through.

    >>> _json_number(Decimal("20")), _json_number(Decimal("2.61")), _json_number("x")
    (20, 2.61, 'x')
    """
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


@dataclass(frozen=True, slots=True)
class Report:
    """Everything perfextract read from one PDF."""

    source: Source
    document: Document
    indicators: tuple[Indicator, ...]
    warnings: tuple[ReportWarning, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The ``RECORDS.md`` document object, JSON-serialisable."""
        return {
            "schema": SCHEMA,
            "source": {
                "path": self.source.path,
                "sha256": self.source.sha256,
                "pages": self.source.pages,
            },
            "document": self.document.to_dict(),
            "indicators": [ind.to_dict() for ind in self.indicators],
            "warnings": [
                {"page": w.page, "code": w.code, "message": w.message} for w in self.warnings
            ],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:
        """The report that :meth:`to_dict` wrote; RecordsError when ``data`` is not one.

        >>> report = Report(Source("r.pdf", "ab", 2), Document(year=2020), ())
        >>> Report.from_dict(report.to_dict()) == report
        True
        """
        if not isinstance(data, Mapping) or data.get("schema") != SCHEMA:
            found = data.get("schema") if isinstance(data, Mapping) else type(data).__name__
            raise RecordsError(f"not a {SCHEMA} document (schema: {found!r})")
        try:
            source, document = data["source"], data.get("document") or {}
            return cls(
                source=Source(source.get("path"), source["sha256"], source["pages"]),
                document=Document(
                    document.get("issuer"),
                    document.get("title"),
                    document.get("year"),
                    document.get("kind"),
                ),
                indicators=tuple(Indicator.from_dict(r) for r in data["indicators"]),
                warnings=tuple(
                    ReportWarning(w.get("page"), w["code"], w["message"])
                    for w in data.get("warnings", [])
                ),
            )
        except (KeyError, TypeError, AttributeError) as exc:
            raise RecordsError(f"a {SCHEMA} document without {exc}") from exc

    def to_dataframe(self) -> Any:
        """The records as a :class:`pandas.DataFrame`, one row per record (:func:`to_dataframe`)."""
        return to_dataframe(self.indicators)


#: The pandas dtype of each record field in :func:`to_dataframe` that is not text:
#: nullable integers, floats and booleans, and ``extra`` as its dicts.
DATAFRAME_DTYPES: Mapping[str, str] = MappingProxyType(
    {
        "page": "Int64",
        "page_end": "Int64",
        "weight": "Float64",
        "year": "Int64",
        "target_value": "Float64",
        "target_value_max": "Float64",
        "actual_value": "Float64",
        "actual_value_max": "Float64",
        "achievement": "Float64",
        "met": "boolean",
        "extra": "object",
    }
)


def to_dataframe(indicators: Iterable[Indicator]) -> Any:
    """The records as a pandas DataFrame with the ``RECORD_FIELDS`` columns.

    The dtypes are fixed, whatever the records hold (:data:`DATAFRAME_DTYPES`;
    text is ``string``), so the frames of several reports concatenate
    without falling back to ``object``.  The one place that imports pandas.
    """
    import pandas as pd

    frame = pd.DataFrame([i.to_dict() for i in indicators], columns=list(RECORD_FIELDS))
    return frame.astype({name: DATAFRAME_DTYPES.get(name, "string") for name in RECORD_FIELDS})


def load(source: str | os.PathLike[str] | IO[str] | IO[bytes]) -> Report:
    """Read back a report written as JSON (``perfextract extract``, ``batch``'s ``NAME.json``).

    ``source`` is a path or a file object; a file that is not such a document
    raises :class:`~perfextract.errors.RecordsError` (one that cannot be
    opened, OSError).
    """
    name = os.fspath(source) if isinstance(source, (str, os.PathLike)) else "<stream>"
    try:
        if isinstance(source, (str, os.PathLike)):
            with open(source, encoding="utf-8") as fp:
                data = json.load(fp)
        else:
            data = json.load(source)
    except (ValueError, UnicodeDecodeError) as exc:
        raise RecordsError(f"{name}: not JSON ({exc})") from exc
    try:
        return Report.from_dict(data)
    except RecordsError as exc:
        raise RecordsError(f"{name}: {exc}") from exc
