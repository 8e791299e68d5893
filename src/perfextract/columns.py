"""Header rows: which record field each column of an indicator table holds.

A header row is recognised by its labels (see :mod:`perfextract.labels`),
never by its position.  Labels that name a year (``Target 2025``,
``Risultato 2024``) keep it, so a table with one group of columns per year
gives one record per year.  A header printed on two rows (``Valore`` spanning
``Atteso | Raggiunto``) is merged into one, and a column whose label usually
names the objective holds the indicator when no other column does.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from perfextract.column_rules import (
    HIERARCHY_FIELDS,
    SHORT_FIELDS,
    VALUE_FIELDS,
    YEAR_ROW_FIELDS,
    YEARLY_FIELDS,
    code_of_objective,
    indicator_evidence,
    name_indicator_column,
    names_other_table,
    names_under_labels,
    objective_references,
    refusal_reason,
    resolve_values,
    type_by_content,
)
from perfextract.labels import (
    YEAR_RE,
    LabelMatch,
    fold,
    label_in_two_languages,
    match_label,
    user_label,
)
from perfextract.model import ObjectiveLevel
from perfextract.profiles import (
    ColumnProfile,
    column_cells,
    content_kind,
    profile_column,
)
from perfextract.vocabulary import WEAK_LABELS

_LEVEL_RANK: dict[ObjectiveLevel | None, int] = {
    "area": 0, "strategic": 1, None: 2, "operational": 3
}  # fmt: skip

_DIGIT_RE = re.compile(r"\d")
_CODE_RE = re.compile(
    r"^[A-Z]{0,4}\s?\d{1,4}(?:[._/-]?(?:\d{1,4}|[A-Za-z]))*\.?$|^[A-Z](?:[._]\d+)+$"
)


def looks_like_code(text: str | None) -> bool:
    """True for a short code such as ``1.2.3``, ``A.1.2``, ``OS1.2``, ``3.1.a``.

    >>> [looks_like_code(t) for t in ("1.2.3", "A.1.2", "IND 4", "3.1.a", "Tempo medio", "2,61")]
    [True, True, True, True, False, False]
    """
    return text is not None and len(text) <= 16 and bool(_CODE_RE.match(text.strip()))


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """What each column of an indicator table holds.

    ``fields[i]`` is the record field of column ``i`` (``None``: kept in
    ``extra`` under ``headers[i]``), ``years[i]`` the year its label names;
    ``levels[i]`` the hierarchy level of an area or objective column
    (``area_column``, ``objective_column``: the hierarchy printed in
    columns, one cell per row or one merged down over its indicators).
    """

    fields: tuple[str | None, ...]
    headers: tuple[str | None, ...]
    years: tuple[int | None, ...]
    levels: tuple[ObjectiveLevel | None, ...] = ()

    @property
    def width(self) -> int:
        return len(self.fields)

    @property
    def matched(self) -> int:
        return sum(f is not None for f in self.fields)

    def hierarchy(self) -> list[tuple[int, ObjectiveLevel | None]]:
        """The area and objective columns with their levels, outermost first.

        >>> cols = map_header(("Obiettivo operativo", "Area strategica", "Indicatore", "Target"))
        >>> cols.hierarchy()
        [(1, 'area'), (0, 'operational')]
        """
        found = [
            (i, self.levels[i] if i < len(self.levels) else None)
            for i, name in enumerate(self.fields)
            if name in HIERARCHY_FIELDS
        ]
        return sorted(found, key=lambda il: (_LEVEL_RANK[il[1]], il[0]))

    def in_year(self, year: int) -> ColumnMap:
        """The mapping of a table whose title names its ``year``: value columns without one get it.

        >>> map_header(("Indicatore", "Target", "Valore al 31/12")).in_year(2023).record_years()
        [2023]
        """
        if any(self.years):
            return self
        years = tuple(year if f in YEARLY_FIELDS else None for f in self.fields)
        return replace(self, years=years)

    def column(self, name: str) -> int | None:
        """The index of the first column holding ``name``."""
        return self.fields.index(name) if name in self.fields else None

    def record_years(self) -> list[int | None]:
        """The years one table row gives a record for (``[None]`` without yearly columns).

        >>> cols = map_header(("Indicatore", "Target 2025", "Target 2026", "Note"))
        >>> cols.record_years()
        [2025, 2026]
        """
        years = sorted(
            {y for f, y in zip(self.fields, self.years, strict=True) if y and f in YEARLY_FIELDS}
        )
        return list(years) if years else [None]

    def year_row_columns(self) -> set[int]:
        """The columns a year row under an indicator fills for itself (``Anno | Target …``).

        >>> map_header(("Indicatore", "Unità di misura", "Anno", "Target")).year_row_columns()
        {2, 3}
        """
        if "year" not in self.fields:
            return set()
        return {i for i, f in enumerate(self.fields) if f in YEAR_ROW_FIELDS}

    def columns_for(self, year: int | None) -> dict[str, int]:
        """Field → column index for the record of ``year``: that year's columns and the shared ones.

        >>> cols = map_header(("Indicatore", "Risultato 2024", "Target 2024", "Target 2025"))
        >>> cols.columns_for(2025)
        {'indicator': 0, 'target': 3}
        """
        chosen: dict[str, int] = {}
        for i, (name, y) in enumerate(zip(self.fields, self.years, strict=True)):
            if name is None:
                continue
            yearly = name in YEARLY_FIELDS and y is not None
            if (yearly and y == year) or (not yearly and name not in chosen):
                chosen[name] = i
        return chosen


def map_header(
    cells: Sequence[str | None],
    threshold: float = 82.0,
    min_fields: int = 2,
    body: Sequence[Sequence[str | None]] = (),
    looks_back: bool | None = None,
) -> ColumnMap | None:
    """The column mapping a header row states, or None when the cells are no header.

    A header names at least ``min_fields`` known fields, one of them the
    indicator itself, and most of its non-empty cells are known labels.
    Given the table's ``body`` (the rows under the header), columns are typed
    by what they hold as well (see :func:`type_by_content`): then a header of
    labels outside the vocabulary is one when its columns hold an indicator's
    name and values.  ``looks_back`` says whether the document reports results
    (a relazione, a rendiconto: True) or plans them (False); it decides what a
    value column whose label says neither (``2025``, ``Valore indicatore``) holds.

    >>> map_header(("Descrizione", "Tipo", "Valore Atteso", "Valore\\nRaggiunto", "Note")).fields
    ('indicator', 'type', 'target', 'actual', 'notes')
    >>> map_header(("Obiettivo", "Tipo", "Atteso", "Raggiunto")).fields[0]
    'indicator'
    >>> map_header(("Missione", "Programma", "Stanziamento 2021", "Impegnato")) is None
    True
    >>> map_header(("Obiettivi", "Numero", "%")) is None  # a summary of outcomes
    True
    >>> map_header(("Conto", "Descrizione", "Budget 2023", "Consuntivo 2023")) is None
    True
    >>> map_header(("Parametro", "Target 2025", "Peso")).fields
    ('indicator', 'target', 'weight')
    >>> map_header(("N.", "Indicatore", "2025", "2026"), looks_back=False).fields
    ('indicator_code', 'indicator', 'target', 'target')
    >>> map_header(("KPI", "Consuntivo 2022", "Target 2024", "Target 2025")).fields
    ('indicator', 'baseline', 'target', 'target')
    """
    if len(cells) < 2:
        return None
    fields, years, levels, scores = label_columns(cells, threshold)
    # columns the user's label map names: neither content nor a header rule retypes them
    taught = {i: f for i, f in enumerate(fields) if f is not None and user_label(cells[i])}
    strong = {f for f, s in zip(fields, scores, strict=True) if f is not None and s >= 90}
    # a table is read by content only when a label names its indicators or its values
    # (a run of year labels, "2024 | 2025 | 2026", names value columns too)
    years_named = sum(1 for f, y in zip(fields, years, strict=True) if f == "value" and y) >= 2
    named = bool({"indicator", "target", "actual", "value"} & strong) or years_named
    profiles: list[ColumnProfile] = []
    if body and named:
        profiles = [profile_column(column_cells(body, i)) for i in range(len(cells))]
        fields = keep_taught(type_by_content(cells, fields, scores, profiles), taught)
    fields, years = resolve_values(fields, years, looks_back)
    if body:
        fields = names_under_labels(cells, fields, body, threshold)
    if body:
        fields = objective_references(cells, code_of_objective(fields, body), body)
    objectives = [i for i, f in enumerate(fields) if f == "objective_column" and i not in taught]
    if objectives and "indicator" not in fields:
        # the header misnames the indicator column: the innermost objective column holds it,
        # in a table of targets or results ("Obiettivi | Numero | %" counts objectives)
        if not {"target", "actual", "status_column"} & strong:  # by a label, not a bare year
            return None
        inner = max(objectives, key=lambda i: (_LEVEL_RANK[levels[i]], i))
        fields[inner], levels[inner] = "indicator", None
    known = sum(f is not None for f in fields)
    if "indicator" not in fields and "target" in strong and known >= max(2, min_fields):
        # an indicator column under a label of its own: the first labelled column the
        # vocabulary does not know, left of the targets
        first_value = min(i for i, f in enumerate(fields) if f in YEARLY_FIELDS)
        for i in range(first_value):
            label = cells[i] or ""
            if fields[i] is None and label.strip() and not _DIGIT_RE.search(label):
                fields[i] = "indicator"
                break
    if body and named and "indicator" not in fields:
        fields = keep_taught(name_indicator_column(fields, profiles), taught)
    if body and named and "indicator" not in fields and "formula" in fields:
        # the definition is the only text naming what is measured (a piano degli indicatori
        # di bilancio: "(n) | Tipologia | Definizione | 2025 | 2026")
        at = fields.index("formula")
        if at not in taught and content_kind(profiles[at]) == "prose":
            fields[at] = "indicator"
    if refusal_reason(cells, fields, strong) is not None:
        return None
    if body and named and not indicator_evidence(cells, strong):
        return None  # "Macrostruttura | Consuntivo 2022 | Variazione %": costs, not indicators
    if body and "indicator" in fields:
        at = fields.index("indicator")
        name_kind = content_kind(
            profiles[at] if profiles else profile_column(column_cells(body, at))
        )
        if name_kind in ("quantity", "code"):
            return None  # "Esito | N. indicatori | %": a count of outcomes
    matched = sum(f is not None for f in fields)
    filled = sum(1 for c in cells if c and c.strip())
    confirmed = bool(body) and bool(VALUE_FIELDS & set(fields)) and named
    if (
        matched < min_fields
        or "indicator" not in fields
        or (matched * 2 < filled and not confirmed)
    ):
        return None
    headers = tuple(" ".join(c.split()) or None if c else None for c in cells)
    return ColumnMap(tuple(fields), headers, tuple(years), tuple(levels))


def keep_taught(fields: Sequence[str | None], taught: Mapping[int, str]) -> list[str | None]:
    """``fields`` with the columns the user's label map named (``taught``) as it named them.

    A field the user gave a column is taken from any other column given it
    (but for the yearly fields, which a table may repeat).

    >>> keep_taught(["indicator", "indicator", None], {0: "notes", 2: "indicator"})
    ['notes', None, 'indicator']
    """
    once = set(taught.values()) - YEARLY_FIELDS
    out = [None if f in once and i not in taught else f for i, f in enumerate(fields)]
    for i, field in taught.items():
        out[i] = field
    return out


#: A label naming the year's end, the date a report's results are read at.
_YEAR_END_RE = re.compile(r"\b31\s*[/.]\s*12\b|\b31\s+dicembre\b", re.IGNORECASE)

_YEAR_LABEL_RE = re.compile(r"^\s*(?:anno\s+)?((?:19|20)\d\d)\s*$", re.IGNORECASE)


def _weak(label: str | None) -> bool:
    return fold(label or "") in WEAK_LABELS


def label_columns(
    cells: Sequence[str | None], threshold: float
) -> tuple[list[str | None], list[int | None], list[ObjectiveLevel | None], list[float]]:
    """Each column's field, year, hierarchy level and label score, by its label alone.

    A field is taken once (once a year for yearly fields, once a level for the
    hierarchy); a label naming only a year (``2025``, ``Anno 2025``) is a
    ``value`` column of that year.

    >>> label_columns(("Indicatore", "2025", "Target"), 82.0)[:2]
    (['indicator', 'value', 'target'], [None, 2025, None])
    >>> label_columns(("Descrizione", "Indicatore", "Target"), 82.0)[0]
    [None, 'indicator', 'target']
    >>> label_columns(("Indicateur", "Indicatore", "Target"), 82.0)[0]
    [None, 'indicator', 'target']
    >>> label_columns(("Indicatore", "Monitoraggio al 30/06", "Monitoraggio al 31/12"), 82.0)[0]
    ['indicator', None, 'actual']
    >>> label_columns(("Obiettivo specifico", "Obiettivo annuale", "Indicatore"), 82.0)[2]
    ['strategic', 'operational', None]
    """
    fields: list[str | None] = []
    years: list[int | None] = []
    levels: list[ObjectiveLevel | None] = []
    scores: list[float] = []
    seen: set[tuple[str, object]] = set()
    matches = [match_label(cell, threshold) for cell in cells]
    apart = [
        None if m else label_in_two_languages(c, threshold)
        for m, c in zip(matches, cells, strict=True)
    ]
    if sum(a is not None for a in apart) >= 2:  # a header printed in two languages
        matches = [m or a for m, a in zip(matches, apart, strict=True)]
    for cell, match in zip(cells, matches, strict=True):
        year_only = _YEAR_LABEL_RE.match(cell or "")
        if match is None and _YEAR_END_RE.search(cell or ""):
            match = LabelMatch("actual", 85.0)  # "Monitoraggio al 31/12": the year-end reading
        if (match is None or match.field == "year") and year_only is not None:
            match = LabelMatch("value", 50.0, int(year_only.group(1)))  # a year names no role
        level = column_level(match.field, cell) if match else None
        key: tuple[str, object] | None = None
        if match is not None:
            key = (match.field, level if match.field in HIERARCHY_FIELDS else
                   match.year if match.field in YEARLY_FIELDS | {"value"} else None)  # fmt: skip
        if key in seen and key in (("objective_column", "operational"), ("objective_column", None)):
            # two objective columns of one level ("Obiettivo specifico | Obiettivo annuale"):
            # the one on the left encloses the other
            outer = max(j for j, f in enumerate(fields) if f == "objective_column")
            if levels[outer] == level and ("objective_column", "strategic") not in seen:
                levels[outer] = "strategic"
                seen.add(("objective_column", "strategic"))
                seen.discard(key)
        if key is not None and key in seen and key[0] not in HIERARCHY_FIELDS:
            # a generic label ("Descrizione") gives way to a specific one ("Indicatore")
            earlier = next(
                j
                for j, f in enumerate(fields)
                if f == key[0]
                and (years[j] if key[0] in YEARLY_FIELDS | {"value"} else None) == key[1]
            )
            # and a label read by resemblance ("Indicateur") to one read exactly ("Indicatore")
            exact = match is not None and scores[earlier] < 90 <= match.score
            if (_weak(cells[earlier]) and not _weak(cell)) or exact:
                fields[earlier], years[earlier], levels[earlier], scores[earlier] = (
                    None,
                    None,
                    None,
                    0.0,
                )
                seen.discard(key)
        if (
            match is None
            or key in seen
            or (match.field in {f for f, _ in seen} and not match.year
                and match.field not in HIERARCHY_FIELDS)
        ):  # fmt: skip
            fields.append(None)
            years.append(None)
            levels.append(None)
            scores.append(0.0)
        else:
            seen.add(key)  # type: ignore[arg-type]
            fields.append(match.field)
            years.append(match.year)
            levels.append(level)
            scores.append(match.score)
    return fields, years, levels, scores


def column_level(name: str, label: str | None) -> ObjectiveLevel | None:
    """The hierarchy level an area or objective column's label names.

    >>> column_level("objective_column", "Obiettivo specifico")
    'operational'
    >>> column_level("area_column", "Ambito")
    'area'
    """
    if name == "area_column":
        return "area"
    if name != "objective_column":
        return None
    folded = fold(label or "")
    if any(w in folded for w in ("operativ", "specific", "esecutiv", "gestional", "annual")):
        return "operational"
    if "strateg" in folded or "general" in folded:
        return "strategic"
    return None


def merge_header_rows(
    upper: Sequence[str | None], lower: Sequence[str | None]
) -> tuple[str | None, ...]:
    """One header from a header printed on two rows.

    A cell of ``upper`` that is ``None`` lies under a label spanning from the
    left, whose text it takes before its own lower part; so does a cell of
    ``lower`` that is ``None`` under such a label (a group label of the middle
    row of three, ``Anno 2023`` over ``Target | Consuntivo``).

    >>> merge_header_rows(("Indicatore", "Valore", None, "Note"), ("", "Atteso", "Raggiunto", ""))
    ('Indicatore', 'Valore Atteso', 'Valore Raggiunto', 'Note')
    >>> merge_header_rows(("Indicatore", "Valori", None, None), (None, "2023", None, "2024"))
    ('Indicatore', 'Valori 2023', 'Valori 2023', 'Valori 2024')
    """
    merged: list[str | None] = []
    spanning: str | None = None
    below: str | None = None
    for i in range(max(len(upper), len(lower))):
        top = upper[i] if i < len(upper) else None
        bottom = lower[i] if i < len(lower) else None
        if top is None:
            top = spanning
            bottom = below if bottom is None else bottom
        else:
            spanning = top
        below = bottom
        if top and bottom and _names_the_role(top, bottom):
            # "Valori degli indicatori Anno 2023" over "Target": the target of 2023
            years = YEAR_RE.findall(top)
            merged.append(" ".join([bottom.strip(), *years]))
            continue
        text = " ".join(t.strip() for t in (top, bottom) if t and t.strip())
        merged.append(text or None)
    return tuple(merged)


#: Fields a column under a group label has whatever the group: ``Grado %`` under ``Risultato``.
_SUB_COLUMN_FIELDS = frozenset({"achievement", "status_column", "deviation", "notes", "weight"})


def _names_the_role(top: str, bottom: str) -> bool:
    """True when a lower header label names its column's role by itself, whatever the group
    label above it says (``Target`` under ``Anno 2023``, ``Grado %`` under ``Risultato``).

    >>> _names_the_role("Valori degli indicatori Anno 2023", "Target")
    True
    >>> _names_the_role("Risultato", "Grado %"), _names_the_role("Risultato", "Valore")
    (True, False)
    >>> _names_the_role("Peso", "%")
    False
    """
    upper, lower = match_label(top), match_label(bottom)
    if lower is None or lower.score < 90 or lower.field in ("value", "year"):
        return False
    if sum(ch.isalpha() for ch in bottom) < 3 or re.search(r"\d", bottom):
        return False  # "%" under "Peso": a unit, the label above says the role; or a value
    # under a group label that says no role, or a sub-column never the group's value
    if upper is None:
        return YEAR_RE.search(top) is not None  # "Anno 2023" over "Target"
    return upper.field == "value" or lower.field in _SUB_COLUMN_FIELDS


def fit_cells(cells: tuple[str | None, ...], width: int) -> tuple[str | None, ...]:
    """``cells`` padded with None or cut to ``width``.

    >>> fit_cells(("a",), 2), fit_cells(("a", "b", "c"), 2)
    (('a', None), ('a', 'b'))
    """
    return (cells + (None,) * width)[:width]


__all__ = [
    "HIERARCHY_FIELDS",
    "SHORT_FIELDS",
    "VALUE_FIELDS",
    "YEARLY_FIELDS",
    "YEAR_ROW_FIELDS",
    "ColumnMap",
    "column_level",
    "fit_cells",
    "label_columns",
    "looks_like_code",
    "map_header",
    "merge_header_rows",
    "names_other_table",
]
