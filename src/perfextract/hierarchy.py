"""The hierarchy: strategic area → strategic objective → operational objective.

A :class:`Scope` says which area and which deepest objective enclose the rows
that follow; :func:`enter_heading` moves it on at each heading, however the
report printed the heading (merged row, paragraph, or a cell of an
objective column).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from perfextract.columns import (
    HIERARCHY_FIELDS,
    SHORT_FIELDS,
    ColumnMap,
    column_level,
    fit_cells,
    looks_like_code,
)
from perfextract.labels import Heading, fold, is_level_label, match_heading, match_label
from perfextract.model import Indicator, ObjectiveLevel, Row
from perfextract.values import clean_text

_CODE_SEP_RE = re.compile(r"[._/-]")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
#: A number of a year (``68/1999``): an act's reference, no code.
_NUMBER_OF_YEAR_RE = re.compile(r"\d/(?:19|20)\d\d$")
_CODED_TITLE_RE = re.compile(
    r"""^\W*
    (?P<code> [A-Z]{0,3}\s?\d+(?:[._]\d+)*[a-z]? | [A-Z](?:[._]\d+)+     # 1.1.2, OS 1, A.1
            | [A-Z]{1,4}(?:\.[A-Z]{1,4})*(?:\.\d+)+                         # OB.R.1
            | [A-Z]{1,4}-\d+(?:[._-]\d+)*                                    # OS-01
            | (?:[IVX]{1,5}|[A-Z])(?=\s*[-–:]\s) )                          # A – Titolo
    (?:\s*[-–:.)]\s*|\s+)
    (?P<title> \S.*)$""",
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True, slots=True)
class Scope:
    """The area and the deepest objective enclosing the rows that follow.

    ``strategic_depth`` is the number of code segments of the last strategic
    objective, to place an objective printed without a level word;
    ``codes_nest`` whether objective codes extend their area's code.
    """

    area_code: str | None = None
    area_title: str | None = None
    level: ObjectiveLevel | None = None
    code: str | None = None
    title: str | None = None
    strategic_depth: int | None = None
    codes_nest: bool | None = None


def depth(code: str) -> int:
    """The number of segments of a code: ``2020_01_01`` → 3."""
    return len(_CODE_SEP_RE.split(code))


def area_of(code: str, area_depth: int | None) -> str:
    """The code of the area an objective code belongs to.

    ``area_depth`` is the number of code segments of an area, learnt from an
    area heading; without one, a code that opens with a year takes two
    segments (``2020_01``), any other one.

    >>> area_of("2020_02_01_02", None), area_of("2020_02_01", 2), area_of("A.1.2", None)
    ('2020_02', '2020_02', 'A')
    """
    parts = _CODE_SEP_RE.split(code)
    wanted = area_depth or (2 if _YEAR_RE.fullmatch(parts[0]) else 1)
    if len(parts) <= wanted:
        return code
    seps = _CODE_SEP_RE.findall(code)
    out = parts[0]
    for sep, part in zip(seps[: wanted - 1], parts[1:wanted], strict=True):
        out += sep + part
    return out


def _nests(code: str, area_code: str) -> bool:
    """True when ``code`` extends ``area_code`` (``2020_01_02`` under ``2020_01``)."""
    return code.startswith(area_code) and _CODE_SEP_RE.match(code, len(area_code)) is not None


def enter_heading(scope: Scope, heading: Heading, areas: dict[str, str | None]) -> Scope:
    """The scope after ``heading``; ``areas`` maps the area codes printed so far to titles.

    Where no area heading is printed, the area is read from the objective's
    code.  Where objective codes extend their area's code (``2020_01_02``
    under ``2020_01``), an objective whose code shows another area
    (``2020_02_01``) moves to that area.  A heading without a level word is
    strategic at the top or under an area, operational below a strategic
    objective of shorter code.
    """
    if heading.level == "area":
        code, title = heading.code, heading.title
        return Scope(code, title, "area", code, title, codes_nest=scope.codes_nest)
    area_code, area_title, codes_nest = scope.area_code, scope.area_title, scope.codes_nest
    code = heading.code
    # an area printed with a code, or printed by its title alone ("Area strategica: Ricerca")
    printed = (area_code is not None and area_code in areas) or (
        area_code is None and scope.area_title is not None
    )
    budget_level = fold(heading.label).startswith("programma")  # a Programma nests by law
    if code is not None and printed and scope.level == "area" and not budget_level:
        # the first objective under a printed area tells whether codes extend area codes
        codes_nest = _nests(code, area_code or "")
    elsewhere = not printed or (codes_nest and not _nests(code or "", area_code or ""))
    if code is not None and (depth(code) > 1 or not printed) and elsewhere:
        area_depth = depth(next(iter(areas))) if areas else None
        area_code = area_of(code, area_depth)
        area_title = areas.get(area_code)
    level = heading.level
    if level is None:
        below = scope.strategic_depth is not None and code is not None
        deeper = below and depth(code or "") > (scope.strategic_depth or 0)
        level = "operational" if deeper else "strategic"
    strategic_depth = scope.strategic_depth
    if level == "strategic":
        strategic_depth = depth(code) if code else None
    return Scope(area_code, area_title, level, code, heading.title, strategic_depth, codes_nest)


def join_level_labels(rows: Sequence[Row]) -> list[Row]:
    """``rows`` with a level's label printed alone joined to the coded title on the next line.

    A card may print its level over its objective (``OBIETTIVO STRATEGICO`` over
    ``D.1 – Title``): the two lines make one heading.

    >>> rows = [Row(3, 0, 9, ("OBIETTIVO STRATEGICO",), bold=True),
    ...         Row(3, 9, 18, ("D.1 – Migliorare le carriere",), bold=True),
    ...         Row(3, 18, 27, ("Struttura responsabile: Area Didattica",))]
    >>> [r.cells for r in join_level_labels(rows)]
    [('OBIETTIVO STRATEGICO D.1 – Migliorare le carriere',), \
('Struttura responsabile: Area Didattica',)]
    >>> len(join_level_labels([rows[0], rows[2]]))
    2
    """
    out: list[Row] = []
    for row in rows:
        last = out[-1] if out else None
        if (
            last
            and last.table is None
            and row.table is None
            and len(last.cells) == len(row.cells) == 1
        ):
            label, line = last.text.strip(), row.text.strip()
            heading = match_heading(f"{label} {line}") if is_level_label(label) else None
            if heading is not None and heading.code and line.startswith(heading.code):
                out[-1] = replace(last, cells=(f"{label} {line}",), bottom=row.bottom, tops=())
                continue
        out.append(row)
    return out


@dataclass(frozen=True, slots=True)
class ListedObjective:
    """An objective as a table of objectives lists it, apart from its indicators."""

    level: ObjectiveLevel | None
    title: str
    area_code: str | None
    area_title: str | None


def listed_objectives(rows: Sequence[Row]) -> dict[str, ListedObjective]:
    """The objectives tables of objectives list (code, area, title), by code.

    Such a table has a code column and an objective column, and names no
    indicator nor value; its area cells print the area's code and title.

    >>> rows = [Row(2, 0, 9, ("Cod.", "Area strategica", "Obiettivo operativo", "Peso"), table=1),
    ...         Row(2, 9, 18, ("1.1", "1 – Didattica", "Ampliare l'offerta", "20%"), table=1)]
    >>> listed_objectives(rows)["1.1"]
    ListedObjective(level='operational', title="Ampliare l'offerta", area_code='1', \
area_title='Didattica')
    """
    out: dict[str, ListedObjective] = {}
    columns: tuple[int, int, int, int | None, ObjectiveLevel | None] | None = None
    for row in rows:
        if row.table is None:
            continue
        if columns is not None and row.table == columns[0]:
            _, at, title_at, area_at, level = columns
            code, title = (clean_text(row.cells[i]) if i < len(row.cells) else None
                           for i in (at, title_at))  # fmt: skip
            area_text = clean_text(row.cells[area_at]) if area_at is not None else None
            area = objective_in_cell(area_text, "area") if area_text else None
            if code and title and looks_like_code(code):
                area_code, area_title = (area.code, area.title) if area else (None, None)
                out[code] = ListedObjective(level, title, area_code, area_title)
            continue
        found = [match_label(c) for c in row.cells]
        fields = [f.field if f is not None and f.score >= 90 else None for f in found]
        code_at = next((i for i, f in enumerate(fields) if f in _CODE_FIELDS), None)
        if code_at is None or "objective_column" not in fields or _VALUE_FIELDS & set(fields):
            continue
        title_at = fields.index("objective_column")
        area_at = fields.index("area_column") if "area_column" in fields else None
        columns = (row.table, code_at, title_at, area_at,
                   column_level("objective_column", row.cells[title_at]))  # fmt: skip
    return out


_CODE_FIELDS = frozenset({"indicator_code", "objective_code_column"})
_VALUE_FIELDS = frozenset({"indicator", "target", "actual", "value", "achievement"})


def with_listed(indicator: Indicator, listed: dict[str, ListedObjective]) -> Indicator:
    """``indicator`` whose objective is printed by its code alone, completed from its list.

    See :func:`listed_objectives`; an objective printed with its title stays as printed.
    """
    entry = listed.get(indicator.objective_code or "")
    if entry is None or indicator.objective_title is not None:
        return indicator
    return replace(
        indicator,
        objective_level=entry.level or indicator.objective_level,
        objective_title=entry.title,
        area_code=entry.area_code or indicator.area_code,
        area_title=entry.area_title or indicator.area_title,
    )


def set_title(scope: Scope, title: str) -> Scope:
    """``scope`` with the title printed under its heading."""
    if scope.level == "area":
        return replace(scope, title=title, area_title=title)
    return replace(scope, title=title)


_NUMBERED_RE = re.compile(
    r"^(?P<code>(?:[A-Z]\.)?\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?P<title>[A-ZÀ-Ý][^\n]{2,150})$"
)
#: First words of a document's own numbered sections, which are no objectives.
_SECTION_WORDS = frozenset({
    "presentazione", "introduzione", "premessa", "obiettivi", "indicatori", "risultati",
    "sintesi", "allegato", "allegati", "conclusioni", "indice", "risorse", "analisi",
    "contesto", "quadro", "schede", "elenco", "tabella", "nota", "note", "appendice",
    "glossario", "metodologia", "piano", "relazione", "performance", "valore", "sezione",
    "sottosezione", "processo", "esiti", "esito", "budget", "ciclo", "struttura",
    "organizzazione", "personale", "dati", "andamento", "monitoraggio", "misurazione",
    "considerazioni", "riepilogo", "documento", "normativa", "riferimenti",
})  # fmt: skip
#: Articles a section title may open with ("Le risorse assegnate").
_ARTICLES = frozenset({"il", "lo", "la", "i", "gli", "le", "l'", "un", "una"})


def _first_word(title: str) -> str:
    words = [w.lower().strip(",.:") for w in title.replace("'", "' ").split()]
    while len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return words[0] if words else ""


def is_section_title(text: str) -> bool:
    """True for a document's own numbered section title (``3. Nota sui dati``).

    >>> is_section_title("3. Nota sui dati"), is_section_title("2.3 Potenziare i servizi")
    (True, False)
    >>> is_section_title("2. Le risorse assegnate")
    True
    """
    m = _NUMBERED_RE.match(text.strip())
    return m is not None and _first_word(m.group("title")) in _SECTION_WORDS


#: First words of sections that are about the document, never a level of its hierarchy.
_DOCUMENT_WORDS = frozenset({
    "presentazione", "introduzione", "premessa", "indicatori", "sintesi", "allegato",
    "allegati", "conclusioni", "indice", "appendice", "glossario", "metodologia", "nota",
    "note", "considerazioni", "riepilogo", "normativa", "riferimenti",
})  # fmt: skip


def is_document_section(text: str) -> bool:
    """True for a numbered section about the document itself, which ends the objectives above.

    >>> is_document_section("6. Indicatori di bilancio"), is_document_section("7. Conclusioni")
    (True, True)
    >>> is_document_section("3. Organizzazione, digitalizzazione e trasparenza")
    False
    """
    m = _NUMBERED_RE.match(text.strip())
    return m is not None and _first_word(m.group("title")) in _DOCUMENT_WORDS


def numbered_heading(text: str) -> Heading | None:
    """An objective printed as a bold numbered title without a label word, or None.

    ``2. Controlli ambientali efficaci`` opens an objective whose level comes
    from where it stands (``2.3 …`` under ``2.`` is operational); a document's
    own sections (``3. Obiettivi e indicatori``, ``1. Presentazione``) are not.

    >>> numbered_heading("2.3 Potenziare il monitoraggio dell'aria")
    Heading(level=None, code='2.3', title="Potenziare il monitoraggio dell'aria", label='')
    >>> numbered_heading("B.1 Incrementare i finanziamenti competitivi").code
    'B.1'
    >>> numbered_heading("3. Obiettivi, indicatori e target 2024") is None
    True
    """
    m = _NUMBERED_RE.match(text.strip())
    if m is None or _first_word(m.group("title")) in _SECTION_WORDS:
        return None
    return Heading(level=None, code=m.group("code"), title=m.group("title").strip(), label="")


def split_coded_title(text: str) -> tuple[str, str] | None:
    """The code and the title of a cell that prints both, or None.

    >>> split_coded_title("2 Entrate correnti"), split_coded_title("Entrate correnti")
    (('2', 'Entrate correnti'), None)
    """
    m = _CODED_TITLE_RE.match(text)
    return None if m is None else (m.group("code"), m.group("title").strip())


def objective_in_cell(text: str, level: ObjectiveLevel | None) -> Heading:
    """The objective an objective column's cell names, as a heading.

    >>> h = objective_in_cell("1.1.2 Potenziare gli screening oncologici", "operational")
    >>> h.level, h.code, h.title
    ('operational', '1.1.2', 'Potenziare gli screening oncologici')
    >>> objective_in_cell("Obiettivo 2 – Tutela della biodiversità", None).code
    '2'
    >>> objective_in_cell("A – Contrasto agli illeciti", "area").code
    'A'
    >>> objective_in_cell("2020_02", "area")  # a code alone: the title is printed elsewhere
    Heading(level='area', code='2020_02', title=None, label='')
    """
    heading = match_heading(text)
    if heading is not None:
        return (
            heading if level is None or heading.level != "area" else replace(heading, level=level)
        )
    coded = split_coded_title(text)
    if coded is not None:
        return Heading(level=level, code=coded[0], title=coded[1], label="")
    if looks_like_code(text) and not _NUMBER_OF_YEAR_RE.search(text):  # not "68/1999" (a law's)
        return Heading(level=level, code=text.strip(), title=None, label="")
    return Heading(level=level, code=None, title=text, label="")


#: Keys of a scheda that name the office in charge, not a level (a sheet's ``Settore``
#: column is its rows' area; a scheda's ``Settore: Servizi educativi`` key is no heading).
_OFFICE_KEYS = frozenset({"settore"})


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
    if key is None or key.field not in HIERARCHY_FIELDS or fold(filled[0]) in _OFFICE_KEYS:
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


def code_heading(row: Row, columns: ColumnMap, below: Row | None) -> Heading | None:
    """An objective printed as a row of the table: a code and a title, no values.

    It is a heading when the next row's code extends its code (``01`` above
    ``01.1``); its level comes from where it stands.

    >>> from perfextract.columns import map_header
    >>> cols = map_header(("Codice", "Indicatore", "Target"))
    >>> code_heading(Row(1, 0, 9, ("01", "Entrate correnti", ""), table=0), cols,
    ...              Row(1, 9, 18, ("01.1", "Incidenza", "90%"), table=0))
    Heading(level=None, code='01', title='Entrate correnti', label='')
    >>> code_heading(Row(1, 0, 9, ("01", "Entrate correnti", ""), table=0), cols,
    ...              Row(1, 9, 18, ("02", "Incidenza", "90%"), table=0)) is None
    True
    >>> code_heading(Row(1, 0, 9, ("2 Entrate correnti", None, None), table=0), cols,
    ...              Row(1, 9, 18, ("2.1", "Incidenza", "90%"), table=0)).title
    'Entrate correnti'
    """
    code_at, name_at = columns.column("indicator_code"), columns.column("indicator")
    if code_at is None or name_at is None or below is None:
        return None
    cells, next_cells = fit_cells(row.cells, columns.width), fit_cells(below.cells, columns.width)
    code, title = clean_text(cells[code_at]), clean_text(cells[name_at])
    if code and not title and (coded := split_coded_title(code)) is not None:
        code, title = coded  # one cell merged over both
    if not code or not title or not looks_like_code(code):
        return None
    if any(c and c.strip() for i, c in enumerate(cells) if i not in (code_at, name_at)):
        return None
    under = clean_text(next_cells[code_at]) or ""
    if not (under.startswith(code) and under[len(code) : len(code) + 1] in {".", "_", "-", "/"}):
        return None
    return Heading(level=None, code=code.rstrip("."), title=title, label="")


def code_line_alone(text: str) -> bool:
    r"""True when a hierarchy cell prints its code on a line of its own, its title below.

    A cell merged down over several rows prints the lines that do not fit its
    first row beside the rows below: under a code alone on the first line,
    text without a code in the same column goes on with its title.

    >>> code_line_alone("OO1.1.1\nDiffusione dei servizi"), code_line_alone("1.2\nNidi")
    (True, True)
    >>> code_line_alone("1.1 – Semplificare\ni servizi"), code_line_alone("Tempo medio")
    (False, False)
    """
    first = text.strip().split("\n", 1)[0].strip()
    heading = match_heading(first)
    if heading is not None:
        return heading.code is not None and heading.title is None
    return looks_like_code(first) and any(ch.isdigit() for ch in first)
