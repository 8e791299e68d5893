"""The rules that decide a header's columns beyond their labels.

:func:`perfextract.columns.map_header` reads labels first; these steps then
type the columns a label does not settle by what their cells hold (see
:mod:`perfextract.profiles`), give a role to value columns whose label says
neither expected nor achieved, find the indicator column a table does not
name, tell an objective's code column from an indicator's, and say why a table
is not one of indicators.  All are pure functions of labels and cells.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from perfextract.labels import fold, match_label
from perfextract.profiles import (
    ColumnProfile,
    column_cells,
    content_kind,
    fits,
    indicator_likeness,
)

#: Columns whose cells are short values: a row split by a page break seldom
#: carries more than one of them over.
SHORT_FIELDS = frozenset({"type", "target", "actual", "status_column", "weight", "achievement"})

#: Fields that a table may repeat once per year.
YEARLY_FIELDS = frozenset({"target", "actual", "achievement", "weight"})

#: Fields of a row of their own per year, where a table prints an indicator's years as rows
#: under it (``Anno | Target | Risultato``); the other columns are the indicator's.
YEAR_ROW_FIELDS = frozenset(
    {"year", "target", "actual", "achievement", "status_column", "deviation", "notes", "weight",
     "value"}
)  # fmt: skip

#: Columns that hold the hierarchy, a level each.
HIERARCHY_FIELDS = frozenset({"area_column", "objective_column"})


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

    >>> from perfextract.profiles import column_cells, profile_column
    >>> cells = ("Tipologia indicatore", None, "Definizione", "Valore indicatore 2025")
    >>> body = [("01.1", "Incidenza spese rigide su entrate correnti", "Spese/Entrate", "27,69"),
    ...         ("01.2", "Incidenza del debito sulle entrate proprie", "Debito/Entrate", "3,10")]
    >>> fields = ["type", None, "formula", "value"]
    >>> profiles = [profile_column(column_cells(body, i)) for i in range(4)]
    >>> type_by_content(cells, fields, [100.0, 0.0, 100.0, 100.0], profiles)
    ['indicator_code', None, 'formula', 'value']

    An achievement column whose cells state outcomes in words holds the status:

    >>> type_by_content(("Indicatore", "Stato di avanzamento"), ["indicator", "achievement"],
    ...                 [100.0, 100.0], [profile_column(["Tempo medio", "Accessi"]),
    ...                                  profile_column(["Raggiunto", "Non raggiunto"])])
    ['indicator', 'status_column']
    """
    out = list(fields)
    kinds = [content_kind(p) for p in profiles]
    spanning: str | None = None  # the label of a span whose columns did not fit it yet
    for i, field in enumerate(fields):
        if cells[i] is None and spanning is not None and fits(spanning, kinds[i]):
            out[i], spanning = spanning, None
            continue
        spans = i + 1 < len(cells) and cells[i + 1] is None
        if field == "achievement" and kinds[i] == "status" and "status_column" not in out:
            out[i], spanning = "status_column", None  # "Stato di avanzamento": Concluso
            continue
        if field is not None and (fits(field, kinds[i]) or (scores[i] >= 90 and not spans)):
            spanning = None
            continue
        spanning = field if spans else None
        out[i] = None
        if field is None and describes_in_prose(cells[i]):
            continue  # "Breve descrizione del risultato": prose, for ``extra``
        taken = set(out)
        other = names_other_table((cells[i],))  # "Missione/Programma": a budget's code
        if kinds[i] == "code" and "indicator_code" not in taken and "indicator" not in out[:i]:
            out[i] = None if other else "indicator_code"
        elif kinds[i] == "status" and "status_column" not in taken:
            out[i] = "status_column"
        elif kinds[i] == "quantity" and field not in HIERARCHY_FIELDS | {"type"}:
            out[i] = field if field in YEARLY_FIELDS | {"value"} else "value"
        elif kinds[i] == "prose" and profiles[i].formula >= 0.5 and "formula" not in taken:
            out[i] = "formula"
    return out


def describes_in_prose(label: str | None) -> bool:
    """True for a label no field knows that names a description (``Breve descrizione …``).

    Such a column tells the result in prose: whatever its cells begin with
    (``Obiettivo raggiunto. Il rispetto dei tempi…``), it is no status,
    formula or value column.

    >>> describes_in_prose("Breve descrizione del risultato raggiunto")
    True
    >>> describes_in_prose("Esito"), describes_in_prose(None)
    (False, False)
    """
    return "descrizione" in fold(label or "").split()


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
    named = [p for r, p in zip(body, pairs, strict=True) if name is None or cell(r, name)]
    merged = all(bool(c) == bool(o) for c, o in named) and any(under)
    codes_of: dict[str, set[str]] = {}
    for c, o in pairs:
        if c and o:
            codes_of.setdefault(o, set()).add(c)
    repeated = len(codes_of) < sum(1 for c, o in pairs if c and o)
    if merged or (repeated and all(len(v) == 1 for v in codes_of.values())):
        out[code] = "objective_code_column"
    return out


#: A cell that only refers to an objective by its code: ``Ob. 2.1``, ``Obiettivo 3``.
_REFERENCE_RE = re.compile(r"(?:ob(?:iettivo)?\.?|o\.?[so]\.?)\s*\d+(?:[._]\d+)*", re.IGNORECASE)


def objective_references(
    cells: Sequence[str | None], fields: Sequence[str | None], body: Sequence[Sequence[str | None]]
) -> list[str | None]:
    """A code column whose cells refer to objectives (``Ob. 2.1``) is the objective column.

    An indicator table may name each indicator's objective by its code, the
    objectives being listed in a table of their own; the indicators' own codes
    are then in the next column labelled as a code.

    >>> body = [("Ob. 1.1", "1.1.1", "Corsi attivati"), ("Ob. 2.1", "2.1.1", "Mobilità")]
    >>> objective_references(("Rif.", "Cod.", "Indicatore"), ["indicator_code", None, "indicator"],
    ...                      body)
    ['objective_column', 'indicator_code', 'indicator']
    """
    out = list(fields)
    if "indicator_code" not in out or not body:
        return out
    at = out.index("indicator_code")
    texts = [cell(r, at) for r in body if cell(r, at)]
    if not texts or not all(_REFERENCE_RE.fullmatch(t or "") for t in texts):
        return out
    out[at] = "objective_column"
    for i, field in enumerate(out):
        label = match_label(cells[i]) if field is None else None
        if label is not None and label.field == "indicator_code":
            out[i] = "indicator_code"
            break
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
      | previsioni                                   # "Titolo | Previsioni 2025": a budget's
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


def names_under_labels(
    cells: Sequence[str | None],
    fields: Sequence[str | None],
    body: Sequence[Sequence[str | None]],
    threshold: float,
) -> list[str | None]:
    """``fields`` with the indicator column moved under the label that has names below it.

    Two labels may name the indicators (``Indicatori`` in a box's key column,
    ``Indicatore`` over the names): the one with nothing under it gives way.

    >>> names_under_labels(("Indicatori", "", "Indicatore", "Target"),
    ...     ["indicator", None, None, "target"], [(None, None, "Visite", "12")], 82.0)
    [None, None, 'indicator', 'target']
    """
    out = list(fields)
    if "indicator" not in out:
        return out
    at = out.index("indicator")
    if any(c and c.strip() for c in column_cells(body, at)):
        return out
    for j, cell in enumerate(cells):
        match = match_label(cell, threshold) if out[j] is None else None
        if (
            match
            and match.field == "indicator"
            and any(c and c.strip() for c in column_cells(body, j))
        ):
            out[at], out[j] = None, "indicator"
            break
    return out
