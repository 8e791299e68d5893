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
from dataclasses import dataclass

from perfextract.labels import LabelMatch, fold, match_label, user_label
from perfextract.model import ObjectiveLevel
from perfextract.profiles import (
    ColumnProfile,
    column_cells,
    content_kind,
    fits,
    indicator_likeness,
    profile_column,
)

#: Columns whose cells are short values: a row split by a page break seldom
#: carries more than one of them over.
SHORT_FIELDS = frozenset({"type", "target", "actual", "status_column", "weight", "achievement"})

#: Fields that a table may repeat once per year.
YEARLY_FIELDS = frozenset({"target", "actual", "achievement", "weight"})

#: Columns that hold the hierarchy, a level each.
HIERARCHY_FIELDS = frozenset({"area_column", "objective_column"})
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
    named = bool({"indicator", "target", "actual", "value"} & strong)
    if body and named:
        profiles = [profile_column(column_cells(body, i)) for i in range(len(cells))]
        fields = keep_taught(type_by_content(cells, fields, scores, profiles), taught)
    fields, years = resolve_values(fields, years, looks_back)
    if body:
        fields = code_of_objective(fields, body)
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
    if refusal_reason(cells, fields, strong) is not None:
        return None
    if body and named and not indicator_evidence(cells, strong):
        return None  # "Macrostruttura | Consuntivo 2022 | Variazione %": costs, not indicators
    if body and "indicator" in fields:
        name_kind = content_kind(profile_column(column_cells(body, fields.index("indicator"))))
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


def indicator_evidence(cells: Sequence[str | None], strong: set[str]) -> bool:
    """True when the labels say the table is one of indicators.

    A label names the indicator column or a target outright, or a label
    speaks of indicators (``Tipologia indicatore``, ``Valore indicatore``);
    results alone (``Consuntivo 2023``) may be costs.

    >>> indicator_evidence(("Macrostruttura", "Consuntivo 2023"), {"actual"})
    False
    >>> indicator_evidence(("Tipologia indicatore", "Definizione"), {"type", "formula"})
    True
    """
    if {"indicator", "target"} & strong:
        return True
    return any(re.search(r"\b(?:indicator[ei]|kpi)\b", fold(c or "")) for c in cells)


#: Fields whose cells state how the indicator fares: a table of indicators has one.
VALUE_FIELDS = frozenset({"target", "actual", "achievement", "status_column"})
_YEAR_LABEL_RE = re.compile(r"^\s*(?:anno\s+)?((?:19|20)\d\d)\s*$", re.IGNORECASE)


def label_columns(
    cells: Sequence[str | None], threshold: float
) -> tuple[list[str | None], list[int | None], list[ObjectiveLevel | None], list[float]]:
    """Each column's field, year, hierarchy level and label score, by its label alone.

    A field is taken once (once a year for yearly fields, once a level for the
    hierarchy); a label naming only a year (``2025``, ``Anno 2025``) is a
    ``value`` column of that year.

    >>> label_columns(("Indicatore", "2025", "Target"), 82.0)[:2]
    (['indicator', 'value', 'target'], [None, 2025, None])
    """
    fields: list[str | None] = []
    years: list[int | None] = []
    levels: list[ObjectiveLevel | None] = []
    scores: list[float] = []
    seen: set[tuple[str, object]] = set()
    for cell in cells:
        match = match_label(cell, threshold)
        year_only = _YEAR_LABEL_RE.match(cell or "")
        if match is None and year_only is not None:
            match = LabelMatch("value", 50.0, int(year_only.group(1)))  # a year names no role
        level = column_level(match.field, cell) if match else None
        key: tuple[str, object] | None = None
        if match is not None:
            key = (match.field, level if match.field in HIERARCHY_FIELDS else
                   match.year if match.field in YEARLY_FIELDS | {"value"} else None)  # fmt: skip
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


def type_by_content(
    cells: Sequence[str | None],
    fields: Sequence[str | None],
    scores: Sequence[float],
    profiles: Sequence[ColumnProfile],
) -> list[str | None]:
    """The fields with unlabelled and weakly labelled columns typed by what they hold.

    A strong label stands; a weak one (a fuzzy match) stands when the cells
    fit it.  A label spanning several columns (the cells after it ``None``)
    goes to the first of them whose cells fit it.  Other columns get a field
    from their content: codes → ``indicator_code``, outcome phrases →
    ``status_column``, quantities → ``value`` (see :func:`resolve_values`),
    ratios of named terms → ``formula``; anything else stays unmapped.

    >>> cells = ("Tipologia indicatore", None, "Definizione", "Valore indicatore 2025")
    >>> body = [("01.1", "Incidenza spese rigide su entrate correnti", "Spese/Entrate", "27,69"),
    ...         ("01.2", "Incidenza del debito sulle entrate proprie", "Debito/Entrate", "3,10")]
    >>> fields = ["type", None, "formula", "value"]
    >>> profiles = [profile_column(column_cells(body, i)) for i in range(4)]
    >>> type_by_content(cells, fields, [100.0, 0.0, 100.0, 100.0], profiles)
    ['indicator_code', None, 'formula', 'value']
    """
    out = list(fields)
    kinds = [content_kind(p) for p in profiles]
    spanning: str | None = None  # the label of a span whose columns did not fit it yet
    for i, field in enumerate(fields):
        if cells[i] is None and spanning is not None and fits(spanning, kinds[i]):
            out[i], spanning = spanning, None
            continue
        spans = i + 1 < len(cells) and cells[i + 1] is None
        if field is not None and (fits(field, kinds[i]) or (scores[i] >= 90 and not spans)):
            spanning = None
            continue
        spanning = field if spans else None
        out[i] = None
        taken = set(out)
        if kinds[i] == "code" and "indicator_code" not in taken and "indicator" not in out[:i]:
            out[i] = "indicator_code"
        elif kinds[i] == "status" and "status_column" not in taken:
            out[i] = "status_column"
        elif kinds[i] == "quantity" and field not in HIERARCHY_FIELDS | {"type"}:
            out[i] = field if field in YEARLY_FIELDS | {"value"} else "value"
        elif kinds[i] == "prose" and profiles[i].formula >= 0.5 and "formula" not in taken:
            out[i] = "formula"
    return out


def code_of_objective(
    fields: Sequence[str | None], body: Sequence[Sequence[str | None]]
) -> list[str | None]:
    """A code column that goes with the objective column beside it, not with indicators.

    The code is the objective's when it is merged down with it (filled on
    the same rows only) or repeats with it (one code per objective text).

    >>> body = [("A.1", "Ridurre i tempi", "Tempo medio"), (None, None, "Pratiche evase"),
    ...         ("A.2", "Digitalizzare", "Servizi online")]
    >>> code_of_objective(["indicator_code", "objective_column", "indicator"], body)
    ['objective_code_column', 'objective_column', 'indicator']
    """
    out = list(fields)
    if "indicator_code" not in out or "objective_column" not in out:
        return out
    code, objective = out.index("indicator_code"), out.index("objective_column")
    if abs(code - objective) != 1:
        return out
    pairs = [(cell(r, code), cell(r, objective)) for r in body]
    name = out.index("indicator") if "indicator" in out else None
    # merged down together: blank on the same rows, rows that name an indicator among them
    under = [
        name is not None and bool(cell(r, name)) and not c
        for r, (c, _) in zip(body, pairs, strict=True)
    ]
    merged = all(bool(c) == bool(o) for c, o in pairs) and any(under)
    codes_of: dict[str, set[str]] = {}
    for c, o in pairs:
        if c and o:
            codes_of.setdefault(o, set()).add(c)
    repeated = len(codes_of) < sum(1 for c, o in pairs if c and o)
    if merged or (repeated and all(len(v) == 1 for v in codes_of.values())):
        out[code] = "objective_code_column"
    return out


def cell(row: Sequence[str | None], index: int) -> str | None:
    """The text of ``row[index]``, stripped; None where empty or missing."""
    text = row[index] if index < len(row) else None
    return text.strip() or None if text else None


def resolve_values(
    fields: Sequence[str | None], years: Sequence[int | None], looks_back: bool | None
) -> tuple[list[str | None], list[int | None]]:
    """Value columns whose label says neither expected nor achieved, given a role.

    A year column (``2025``) is a target in a plan and an actual in a report
    (``looks_back``); of two unnamed value columns the first is the target and
    the second the actual; one is whichever the table lacks.  In a table of
    targets by year, a column of results of an earlier year than every target
    (``Consuntivo 2022`` beside ``Target 2024``) is the ``baseline``.

    >>> resolve_values(["indicator", "value", "value"], [None, 2025, 2026], True)[0]
    ['indicator', 'actual', 'actual']
    >>> resolve_values(["indicator", "value", "value"], [None, None, None], None)[0]
    ['indicator', 'target', 'actual']
    >>> resolve_values(["indicator", "target", "value"], [None, None, None], True)[0]
    ['indicator', 'target', 'actual']
    """
    out, when = list(fields), list(years)
    dated_role = "actual" if looks_back else "target"
    unnamed = [i for i, f in enumerate(out) if f == "value" and when[i] is None]
    for i, f in enumerate(out):
        if f == "value" and when[i] is not None:
            taken = any(g == dated_role and y == when[i] for g, y in zip(out, when, strict=True))
            out[i] = None if taken else dated_role
    for n, i in enumerate(unnamed):
        if len(unnamed) >= 2 and not {"target", "actual"} & set(out):
            out[i] = "target" if n == 0 else "actual" if n == 1 else None
        elif "target" not in out and not (looks_back and "actual" not in out):
            out[i] = "target"
        elif "actual" not in out:
            out[i] = "actual"
        else:
            out[i] = None
    target_years = {y for f, y in zip(out, when, strict=True) if f == "target" and y}
    actual_years = {y for f, y in zip(out, when, strict=True) if f == "actual" and y}
    if target_years and actual_years and not target_years & actual_years:
        earlier = [
            i for i, f in enumerate(out) if f == "actual" and (when[i] or 0) < min(target_years)
        ]
        if earlier and "baseline" not in out:
            latest = max(earlier, key=lambda i: (when[i] or 0, i))
            for i in earlier:
                out[i], when[i] = ("baseline" if i == latest else None), None
    return out, when


def name_indicator_column(
    fields: Sequence[str | None], profiles: Sequence[ColumnProfile]
) -> list[str | None]:
    """The fields with the column most like indicator names made the indicator column.

    Only a column that no label or content claimed, or one labelled as a type
    whose cells are names rather than types, may become it.
    """
    out = list(fields)
    candidates = [
        (indicator_likeness(p), -i)
        for i, (f, p) in enumerate(zip(out, profiles, strict=True))
        if f is None or (f == "type" and p.long_text)
    ]
    best = max(candidates, default=(0.0, 0))
    if best[0] >= 0.25:
        out[-best[1]] = "indicator"
    return out


#: Header words of tables that are not indicator tables, whatever else they print.
_REFUSED_RE = re.compile(
    r"""\b(?:
        budget | stanziament[oi] | impegnat[oi] | capitolo | conto | bilancio    # money
      | missione | programma | macroaggregato | riscossione | accertament[oi]
      | rischi[oi]? | probabilita | misur[ae]\s+di\s+prevenzione               # risks
      | dipendenti | cessazioni | assunzioni | qualifica | profilo\s+professionale  # staff
      | pagina | pag                                                          # contents
      | fase | fasi | cronoprogramma                                          # phases
    )\b""",
    re.VERBOSE,
)


def names_other_table(cells: Sequence[str | None]) -> bool:
    """True when a label names a table of another kind (budget, risks, staff, phases …).

    >>> names_other_table(("Fase", "Inizio", "Fine")), names_other_table(("Indicatore", "Target"))
    (True, False)
    """
    return any(_REFUSED_RE.search(fold(c or "")) for c in cells)


def refusal_reason(
    cells: Sequence[str | None], fields: Sequence[str | None], strong: set[str]
) -> str | None:
    """Why a row of labels heads a table that is not one of indicators, or None.

    A table is refused for what it is (budget, composition by Titolo or
    Missione, staff, risk register, contents), named by its header words,
    unless its labels name a target outright (money tables print results too).

    >>> refusal_reason(("Processo", "Rischio", "Probabilità", "Misura"), [None] * 4, set())
    'its header names another kind of table (rischio)'
    >>> refusal_reason(("Indicatore", "Target 2024"), ["indicator", "target"], {"target"}) is None
    True
    """
    if "target" in strong:
        return None
    for cell in cells:
        found = _REFUSED_RE.search(fold(cell or ""))
        if found is not None:
            return f"its header names another kind of table ({found.group(0)})"
    if "indicator" in fields and not VALUE_FIELDS & set(fields):
        return "no column holds a target, a result or an outcome"
    return None


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
    if any(w in folded for w in ("operativ", "specific", "esecutiv", "gestional")):
        return "operational"
    if "strateg" in folded or "general" in folded:
        return "strategic"
    return None


def merge_header_rows(
    upper: Sequence[str | None], lower: Sequence[str | None]
) -> tuple[str | None, ...]:
    """One header from a header printed on two rows.

    A cell of ``upper`` that is ``None`` lies under a label spanning from the
    left, whose text it takes before its own lower part.

    >>> merge_header_rows(("Indicatore", "Valore", None, "Note"), ("", "Atteso", "Raggiunto", ""))
    ('Indicatore', 'Valore Atteso', 'Valore Raggiunto', 'Note')
    """
    merged: list[str | None] = []
    spanning: str | None = None
    for i in range(max(len(upper), len(lower))):
        top = upper[i] if i < len(upper) else None
        bottom = lower[i] if i < len(lower) else None
        if top is None:
            top = spanning
        else:
            spanning = top
        text = " ".join(t.strip() for t in (top, bottom) if t and t.strip())
        merged.append(text or None)
    return tuple(merged)


def fit_cells(cells: tuple[str | None, ...], width: int) -> tuple[str | None, ...]:
    """``cells`` padded with None or cut to ``width``.

    >>> fit_cells(("a",), 2), fit_cells(("a", "b", "c"), 2)
    (('a', None), ('a', 'b'))
    """
    return (cells + (None,) * width)[:width]
