"""From a finished indicator draft to its records: cells parsed, values checked.

:func:`to_indicators` turns the cells, status and comment gathered for one
indicator row (a :class:`Draft`) into one :class:`~perfextract.model.Indicator`
(or one per year of a yearly table); :func:`check_record` says what a person
should look at in each.  Pure: a draft in, records and warnings out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from perfextract.columns import ColumnMap, looks_like_code
from perfextract.direction import better_direction
from perfextract.hierarchy import Scope
from perfextract.labels import rejoin_type
from perfextract.model import BBox, Indicator, ReportWarning, union_bbox
from perfextract.statuses import StatusMatch, match_status
from perfextract.values import clean_text as _clean_text
from perfextract.values import is_met, parse_value, without_bullet

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
    #: its status came from a line after its table: the outcome of the whole group
    for_group: bool = False
    #: the regions of its rows on its first page
    boxes: list[BBox] = field(default_factory=list)
    #: the cells of each of its year rows, where the table prints its years as rows under it
    year_rows: list[list[list[str]]] = field(default_factory=list)


def _code_column(columns: ColumnMap, texts: list[str | None]) -> int | None:
    """A column without header that holds a code, when no column is labelled a code."""
    if "indicator_code" in columns.fields:
        return None
    for i, text in enumerate(texts):
        if columns.fields[i] is None and columns.headers[i] is None and looks_like_code(text):
            return i
    return None


def _cell_values(draft: Draft) -> tuple[list[str | None], int | None, dict[str, str | None]]:
    """Each column's cleaned text, the header-less code column, and the ``extra`` mapping."""
    columns = draft.columns
    texts = [clean_text("\n".join(parts)) for parts in draft.cells]
    code = _code_column(columns, texts)
    extra: dict[str, str | None] = {}
    for i, text in enumerate(texts):
        header = columns.headers[i]
        if columns.fields[i] is None and i != code and (text is not None or header is not None):
            extra[header or f"column {i + 1}"] = text
    return texts, code, extra


def to_indicators(draft: Draft) -> tuple[list[Indicator], list[ReportWarning]]:
    """Parse a draft's cells into its records: one, or one per year of a yearly table
    (per year column, or per year row under the indicator)."""
    columns = draft.columns
    texts, code, extra = _cell_values(draft)
    shared = columns.columns_for(None)
    indicator = texts[shared["indicator"]] if "indicator" in shared else None
    if not indicator:
        return [], []
    records: list[Indicator] = []
    warnings: list[ReportWarning] = []
    targeted = {y for y in columns.record_years() if "target" in columns.columns_for(y)}
    for year, row_texts in _year_rows(draft, texts):
        chosen = columns.columns_for(year)
        values = {name: row_texts[i] for name, i in chosen.items()}
        if code is not None:
            values["indicator_code"] = texts[code]
        row_year = _YEAR_CELL_RE.fullmatch(values.get("year") or "")
        record = _record(draft, values, extra, int(row_year[0]) if row_year else year)
        if targeted and year not in targeted:
            record = earlier_result(record, columns, year)
        records.append(record)
        warnings.extend(check_record(record))
    return records, warnings


def earlier_result(record: Indicator, columns: ColumnMap, year: int | None) -> Indicator:
    """The record of a year a table gives a result for but no target (``Valore 2022``
    beside ``Target 2023 | Valore 2023 | Stato``): the outcome, its comment and the shared
    columns judging the target belong to the target's year, not to this one.

    >>> from perfextract.columns import map_header
    >>> cols = map_header(("Indicatore", "Valore 2022", "Target 2023", "Valore 2023", "Stato"))
    >>> [r.status for r in to_indicators(Draft(cols, Scope(), 1, 1,
    ...     [["Visite"], ["80"], [">= 90"], ["95"], ["Raggiunto"]]))[0]]
    [None, 'achieved']
    """
    own = columns.columns_for(year)
    shared = {n for n in ("achievement", "notes") if n in own and columns.years[own[n]] is None}
    return replace(
        record,
        status=None,
        status_text=None,
        comment=None,
        achievement=None if "achievement" in shared else record.achievement,
        notes=None if "notes" in shared else record.notes,
    )


_YEAR_CELL_RE = re.compile(r"(?:19|20)\d\d")


def _year_rows(draft: Draft, texts: list[str | None]) -> list[tuple[int | None, list[str | None]]]:
    """Each record's year column (None for none) and the cell texts it is read from."""
    if not draft.year_rows:
        return [(year, texts) for year in draft.columns.record_years()]
    own = draft.columns.year_row_columns()
    return [
        (None, [clean_text("\n".join(parts)) if i in own else texts[i]
                for i, parts in enumerate(row)])
        for row in draft.year_rows
    ]  # fmt: skip


def _record(
    draft: Draft, values: dict[str, str | None], extra: dict[str, str | None], year: int | None
) -> Indicator:
    target, actual = parse_value(values.get("target")), parse_value(values.get("actual"))
    status = draft.status
    for fallback in (values.get("status_column"), actual.raw):
        if status is None and fallback:
            status = match_status(fallback)
            if status is not None and fallback == values.get("status_column"):
                status = replace(status, phrase=fallback, rest=None)
    weight = parse_value(values.get("weight"))
    return Indicator(
        page=draft.page,
        page_end=draft.page_end,
        indicator=without_bullet(values["indicator"]) or "",
        area_code=draft.scope.area_code,
        area_title=draft.scope.area_title,
        objective_level=draft.scope.level,
        objective_code=draft.scope.code,
        objective_title=draft.scope.title,
        type=rejoin_type(values.get("type")),
        year=year if year is not None else _single_year(draft.columns),
        target=target,
        actual=actual,
        weight=weight.number if weight.number is not None else None,
        achievement=parse_value(values.get("achievement")).number,
        status=status.status if status else None,
        # a status column's cell is its statement as printed, even one no outcome word reads
        status_text=status.phrase if status else clean_text(values.get("status_column")),
        comment=clean_text(" ".join(draft.comment)),
        met=is_met(target, actual, better_direction(values["indicator"])),
        extra=extra,
        bbox=union_bbox(draft.boxes),
        **{name: values.get(name) for name in TEXT_FIELDS},
    )


def _single_year(columns: ColumnMap) -> int | None:
    years = {y for f, y in zip(columns.fields, columns.years, strict=True) if y and f}
    return years.pop() if len(years) == 1 else None


_LOOKS_NUMERIC_RE = re.compile(r"^\W{0,2}(?:[<>≤≥=]|n\.?\s?°?\s?\d|\d)", re.IGNORECASE)


def check_record(record: Indicator) -> list[ReportWarning]:
    """What a person should check in one record.

    ``status-contradicts-values``: the stated outcome and the values disagree;
    ``unparsed-value``: a target or actual that opens like a quantity but
    states none, or several (``N° 40 dipendenti su 47``).
    """
    found = []
    stated = record.status in ("achieved", "not_achieved")
    if record.met is not None and stated and record.met != (record.status == "achieved"):
        verb = "meets" if record.met else "does not meet"
        message = (
            f"{record.indicator[:60]!r}: the report says {record.status_text!r} but actual "
            f"{record.actual.raw!r} {verb} target {record.target.raw!r}"
        )
        found.append(ReportWarning(record.page, "status-contradicts-values", message))
    for side, value in (("target", record.target), ("actual", record.actual)):
        if value.raw and not value.is_quantity and _LOOKS_NUMERIC_RE.match(value.raw):
            message = (
                f"{record.indicator[:60]!r}: {side} {value.raw[:60]!r} states no single quantity"
            )
            found.append(ReportWarning(record.page, "unparsed-value", message))
    return found
