"""What each row of a document is: a header, a heading, a status line, cells or text.

:func:`classify_row` says it, with the help of the splits that come first: a
block of paragraphs cut where a line opens a heading, a label or a status
(:func:`split_text_row`), and a heading that fell into a table's last cell cut
off (:func:`split_heading_off`).  Everything here is pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from perfextract.columns import (
    ColumnMap,
    map_header,
    names_other_table,
)
from perfextract.headers import (
    find_header_row,
    is_merged,
    label_like,
    labels_only,
)
from perfextract.hierarchy import (
    code_line_alone,
    is_document_section,
    is_section_title,
    key_value_heading,
    numbered_heading,
)
from perfextract.labels import Heading, is_indicator_label, match_heading, match_label
from perfextract.model import Row
from perfextract.records import clean_text
from perfextract.statuses import StatusMatch, match_status
from perfextract.values import parse_value

RowKind = Literal[
    "header",
    "label",
    "caption",
    "heading",
    "section",
    "status",
    "cells",
    "text",
    "summary",
    "goes-on",
]


@dataclass(frozen=True, slots=True)
class Item:
    """A row and what it was found to be."""

    kind: RowKind
    row: Row
    columns: ColumnMap | None = None
    heading: Heading | None = None
    status: StatusMatch | None = None


def split_text_row(row: Row) -> list[Row]:
    r"""Split a full-width text row where one of its lines opens a heading, label or status.

    Paragraphs printed close together between tables come out of the layout
    as one block; a line that is a heading, an ``Indicatori`` label or a
    status line (capitalised) starts a new row, and a heading without its
    title, or a label, ends its row.

    >>> [r.text for r in split_text_row(Row(page=1, top=0, bottom=9, cells=(
    ...     "Ob. Operativo 2020_02_01_02\nImplementare la\ntrasparenza\nIndicatori",)))]
    ['Ob. Operativo 2020_02_01_02', 'Implementare la\ntrasparenza', 'Indicatori']
    >>> [r.text for r in split_text_row(Row(page=1, top=0, bottom=9, cells=(
    ...     "Il piano mira a ridurre i tempi.\nTabella 4 – Obiettivo operativo 1.2.1: Entrate",)))]
    ['Il piano mira a ridurre i tempi.', 'Tabella 4 – Obiettivo operativo 1.2.1: Entrate']
    """
    if not is_merged(row):
        return split_heading_off(row)
    if "\n" not in row.text:
        return [row]
    chunks: list[list[str]] = [[]]
    for line in row.text.split("\n"):
        heading = match_heading(line)
        label = is_indicator_label(line)
        status = line[:1].isupper() and match_status(line) is not None
        caption = _CAPTION_LINE_RE.match(line.strip()) is not None  # "Tabella 4 – Obiettivo …"
        if (heading or label or status or caption) and chunks[-1]:
            chunks.append([])
        chunks[-1].append(line)
        if label or (heading is not None and heading.title is None):
            chunks.append([])
    width = len(row.cells)
    return [
        replace(row, cells=("\n".join(lines),) + (None,) * (width - 1)) for lines in chunks if lines
    ]


_CAPTION_RE = re.compile(r"^(?:tabella|tab\.|figura|fig\.|grafico|prospetto)\s*n?\.?\s*\d+\b", re.I)
#: A caption on a line of its own: its number, then a dash, colon or bracket (not prose).
_CAPTION_LINE_RE = re.compile(_CAPTION_RE.pattern + r"(?:\.\d+)*\s*(?:[–—:(]|-\s|\.\s)", re.I)


#: A mark that a table goes on from the page before or on the next: ``(segue)``, ``continua``.
_GOES_ON_RE = re.compile(
    r"""^\W*(?:segue|continua|continuazione|cont\.)
        (?:\s+(?:dalla|da|alla|a|nella)\s+pagina\s+(?:precedente|successiva|seguente))?\W*$""",
    re.IGNORECASE | re.VERBOSE,
)


def caption_rest(text: str) -> str:
    """What a caption says after its number (``Tabella 7 – Obiettivo …`` → ``Obiettivo …``).

    >>> caption_rest("Tabella 7 – Obiettivo operativo 2.1.3: Digitalizzazione")
    'Obiettivo operativo 2.1.3: Digitalizzazione'
    >>> caption_rest("Tab. n. 4 (continua)")
    '(continua)'
    """
    m = _CAPTION_RE.match(text.strip())
    rest = text.strip()[m.end() :] if m else text
    return rest.lstrip(" .:;–—-").strip()


def marks_table_going_on(text: str | None) -> bool:
    """True for a line that only says a table goes on: ``(segue)``, ``Tabella 4 (continua)``.

    >>> [marks_table_going_on(t) for t in ("(segue)", "segue ►", "Tabella 4 (continua)",
    ...  "- segue dalla pagina precedente -", "Tabella 4 – Indicatori", "Segue la tabella")]
    [True, True, True, True, False, False]
    """
    if not text:
        return False
    return _GOES_ON_RE.match(caption_rest(text)) is not None


def caption_heading(row: Row) -> Heading | None:
    """The objective or area a table's caption names (``Tabella 7 – Obiettivo operativo 2.1.3: …``).

    >>> caption_heading(Row(1, 0, 9, ("Tabella 7 – Obiettivo operativo 2.1.3: Archivi",)))
    Heading(level='operational', code='2.1.3', title='Archivi', label='Obiettivo operativo')
    >>> caption_heading(Row(1, 0, 9, ("Tabella 3 – Sintesi degli esiti",))) is None
    True
    """
    heading = match_heading(caption_rest(clean_text(row.text) or ""))
    if heading is None or (heading.code is None and heading.level is None):
        return None
    return heading


def is_caption(row: Row) -> bool:
    """True for a table's or a figure's caption (``Tabella 3 – Sintesi``), in or out of a table.

    >>> is_caption(Row(1, 0, 9, ("Tabella 3", "- Sintesi degli esiti", ""), table=4))
    True
    >>> is_caption(Row(1, 0, 9, ("Tabelle di sintesi dei risultati",)))
    False
    """
    first = next((c for c in row.cells if c and c.strip()), None)
    return first is not None and _CAPTION_RE.match(first.strip()) is not None


_SUMMARY_RE = re.compile(
    r"""^\W*(?:totale|totali|media|valore\s+medio|media\s+ponderata
        |punteggio\s+(?:totale|complessivo|finale)
        |totale\s+(?:punteggio|generale|complessivo|pesi|peso|ponderato)
        |(?:media(?:\s+ponderata)?|grado\s+medio)\s+(?:di|del|dei)\s+raggiungimento(?:\s+\w+){0,3}
        |performance\s+(?:complessiva|media))\W*$""",
    re.IGNORECASE | re.VERBOSE,
)


def is_summary_row(row: Row) -> bool:
    """True for a table's totals or average row (``Totale``, ``Media di raggiungimento``).

    >>> is_summary_row(Row(1, 0, 9, ("Media di raggiungimento", None, "", "99,6%"), table=0))
    True
    >>> is_summary_row(Row(1, 0, 9, ("TOTALE PESI", None, "100"), table=0))
    True
    >>> is_summary_row(Row(1, 0, 9, ("Totale entrate accertate", "≥ 90%", "93%"), table=0))
    False
    """
    first = next((c for c in row.cells if c and c.strip()), None)
    return row.table is not None and first is not None and bool(_SUMMARY_RE.match(first))


def heads_other_table(row: Row) -> bool:
    """True for a row of labels that no indicator table's header reads (a refused table's).

    >>> heads_other_table(Row(1, 0, 9, ("Obiettivi", "Numero", "%", ""), table=5))
    True
    >>> heads_other_table(Row(1, 0, 9, ("Visite ispettive", "Numero", "120"), table=5))
    False
    """
    if not (labels_only(row) and label_like(row)):
        return False
    filled = [c for c in row.cells if c and c.strip()]
    if len(filled) >= 2 and names_other_table(filled[:1]):
        return True  # "Fase | Inizio | Fine" under an indicator table without rules between
    labels = [c for c in filled if match_label(c) is not None]
    return len(filled) >= 2 and len(labels) >= 2 and labels[0] == filled[0]


def lone_first_cell(row: Row) -> str | None:
    """The text of a table row whose first cell alone is filled, or None.

    >>> lone_first_cell(Row(1, 0, 9, ("OBIETTIVO CONSEGUITO", "", "", ""), table=0))
    'OBIETTIVO CONSEGUITO'
    >>> lone_first_cell(Row(1, 0, 9, ("Visite", "120", ""), table=0)) is None
    True
    """
    if row.table is None or len(row.cells) < 2 or not row.cells[0]:
        return None
    if any(c and c.strip() for c in row.cells[1:]):
        return None
    return clean_text(row.cells[0])


def split_heading_off(row: Row) -> list[Row]:
    r"""A table row whose first cell ends in a heading, split into the row and the heading.

    A heading printed between two tables can fall inside the last cell of the
    first one (shading or rules drawn past it); a line of the first cell that
    opens an objective with its level word and code starts a full-width row.

    >>> [r.cells for r in split_heading_off(Row(1, 0, 9, (
    ...     "Bandi pubblicati\nObiettivo strategico 2.2 – Tutelare\nil territorio", "≥ 3"),
    ...     table=0))]
    [('Bandi pubblicati', '≥ 3'), ('Obiettivo strategico 2.2 – Tutelare\nil territorio', None)]
    >>> len(split_heading_off(Row(1, 0, 9, ("AS3\nMISSIONE 016: Commercio", "≥ 3"), table=0)))
    1
    """
    first = row.cells[0] if row.cells else None
    if row.table is None or not first or "\n" not in first:
        return [row]
    lines = first.split("\n")
    if code_line_alone(first):
        return [row]  # "AS3" over "MISSIONE 016: Commercio": a code and the title below it
    for k in range(1, len(lines)):
        heading = match_heading(lines[k])
        if heading is not None and heading.code is not None and heading.level is not None:
            kept = replace(row, cells=("\n".join(lines[:k]), *row.cells[1:]))
            rest = ("\n".join(lines[k:]),) + (None,) * (len(row.cells) - 1)
            return [kept, *split_text_row(replace(row, cells=rest))]
    return [row]


def classify_row(
    row: Row,
    threshold: float = 82.0,
    min_fields: int = 2,
    body: Sequence[Row] = (),
    looks_back: bool | None = None,
) -> Item:
    """Say what ``row`` is.

    ``body`` are the rows under ``row`` in its table when ``row`` may be its
    header (a row of labels at the top of a table): the columns are then
    typed by what they hold as well as by their labels.
    """
    if marks_table_going_on(clean_text(row.text)):
        return Item("goes-on", row)  # "Tabella 4 (continua)", "(segue)": the same table goes on
    if is_caption(row):
        heading = caption_heading(row)
        if heading is not None:
            return Item("heading", row, heading=heading)  # "Tabella 7 – Obiettivo operativo …"
        return Item("caption", row)  # "Tabella 3 – Sintesi degli esiti" opens another table
    if is_summary_row(row):
        return Item("summary", row)  # "Totale", "Media di raggiungimento": no indicator
    lone = lone_first_cell(row)
    if lone is not None:
        # a status line or a heading printed in the first column of a table without
        # borders, the other cells empty: it spans the row, whatever the columns say
        status = match_status(lone) if lone[:1].isupper() else None
        if status is not None:
            return Item("status", row, status=status)
        heading = match_heading(lone)
        if heading is not None and (heading.code is not None or heading.level == "area"):
            return Item("heading", row, heading=heading)
        if is_section_title(lone):
            return Item("caption", row)  # "3. Nota sui dati": the document goes on, not the table
        if is_indicator_label(lone):
            return Item("label", row)  # "Indicatori" over the header of a zebra export
    if not is_merged(row):
        columns = (
            map_header(row.cells, threshold, min_fields, [r.cells for r in body], looks_back)
            if body and row.table is not None
            else find_header_row(row, threshold, min_fields)
        )
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
        if is_document_section(text):  # "6. Indicatori di bilancio": about the document
            return Item("section", row)
        heading = numbered_heading(text)  # "2.3 Potenziare …" in bold, no label word
    if heading is not None:
        return Item("heading", row, heading=heading)
    status = match_status(text)
    if status is not None:
        return Item("status", row, status=status)
    return Item("text", row)


# --- records ---------------------------------------------------------------------------


_OBJECTIVE_OUTCOME_RE = re.compile(
    r"^\W*(?:stato|esito|valutazione)\s+(?:dell['’]\s*)?obiettivo\b", re.IGNORECASE
)
_LEGEND_RE = re.compile(r"^\W*(?:legenda\b|fonte(?:\s+de[il]\s+dati?)?\s*:)", re.IGNORECASE)
_TABLE_YEAR_RE = re.compile(r"^\s*anno\s+((?:19|20)\d\d)\b(?:\s*\([^)]*\))?\s*$", re.I)


def table_year(row: Row) -> int | None:
    """The year a table's title row names (``Anno 2023``, ``Anno 2022 (per confronto)``).

    >>> table_year(Row(3, 0, 9, ("Anno 2022 (per confronto)", None, None), table=4))
    2022
    >>> table_year(Row(3, 0, 9, ("Anno 2023", "Valore"), table=4)) is None
    True
    """
    text = lone_first_cell(row)
    found = _TABLE_YEAR_RE.match(text) if text else None
    return int(found.group(1)) if found else None


def is_legend(text: str) -> bool:
    """True for a table's legend or source note (``Legenda: n.d. = …``, ``Fonte: …``), no comment.

    >>> is_legend("Legenda tipologia: Efficacia, Efficienza"), is_legend("Le legende")
    (True, False)
    >>> is_legend("Fonte dei dati: ANS, U-GOV"), is_legend("Fonti di finanziamento regionali")
    (True, False)
    """
    return _LEGEND_RE.match(text) is not None


_LABELLED_LINE_RE = re.compile(
    r"^\W*(?:esito|stato|valutazione|giudizio|grado\s+di\s+raggiungimento)\b[^:\n]{0,30}:\s*\S",
    re.IGNORECASE,
)


def is_labelled_line(text: str) -> bool:
    """True for an outcome line under its label (``Esito: Raggiunto``), not a bare phrase.

    >>> is_labelled_line("Esito: Raggiunto"), is_labelled_line("Obiettivo non raggiunto: la …")
    (True, False)
    """
    return _LABELLED_LINE_RE.match(text) is not None


def names_objective_outcome(text: str) -> bool:
    """True for a status line that names the objective (``Stato obiettivo: RAGGIUNTO``).

    >>> names_objective_outcome("Stato obiettivo: RAGGIUNTO"), names_objective_outcome("Esito")
    (True, False)
    """
    return _OBJECTIVE_OUTCOME_RE.match(text) is not None


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

    A scheda's box opens with a key and its value merged over the other
    columns (``Struttura | S.C. Igiene pubblica``):

    >>> is_other_table(Row(1, 0, 9, ("Struttura", "S.C. Igiene", None), table=2), cols)
    True
    >>> is_other_table(Row(1, 0, 9, ("Processo", "Livello di rischio", ""), table=2), cols)
    False
    >>> is_other_table(Row(1, 0, 9, ("Processo", "Evento", "Livello di rischio"), table=2), cols)
    True
    """
    if len(row.cells) != columns.width:
        return True
    filled = [c for c in row.cells if c and c.strip()]
    if len(filled) >= 3 and labels_only(row) and label_like(row) and names_other_table(filled):
        return True  # "Processo | Evento rischioso | Livello di rischio | Misura"
    key, value, *rest = row.cells
    if rest and key and value and len(key) <= 40 and all(c is None for c in rest):
        return not parse_value(key).is_quantity
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


def band_text(row: Row, columns: ColumnMap, after_outcome: bool = False) -> str | None:
    r"""The text of a line merged across a table's value columns, or None.

    A status line or a comment under an indicator's row, printed in one cell
    merged over the columns from the indicator's to the last, fills that cell
    alone; the hierarchy columns beside it may print the rest of their titles.

    >>> cols = map_header(("Obiettivo operativo", "Descrizione", "Target", "Valore raggiunto"))
    >>> band_text(Row(1, 0, 9, ("Impresa Digitale", "OBIETTIVO CONSEGUITO", None, None),
    ...                table=0), cols)
    'OBIETTIVO CONSEGUITO'
    >>> band_text(Row(1, 0, 9, ("", "Visite", "120", None), table=0), cols) is None
    True
    >>> band_text(Row(1, 0, 9, ("", "Visite", "", ""), table=0), cols) is None  # empty, not merged
    True
    >>> band_text(Row(1, 0, 9, ("", "RAGGIUNTO", "", ""), table=0), cols)
    'RAGGIUNTO'

    ``after_outcome``: the row above gave its indicator an outcome line; a
    line in the indicator's column alone is then the comment under it, in a
    table without borders too.

    >>> band_text(Row(1, 0, 9, ("", "Si rimanda al report", "", ""), table=0), cols, True)
    'Si rimanda al report'
    """
    if row.table is None:
        return None
    outline = {i for i, _ in columns.hierarchy()}
    filled = [i for i, c in enumerate(row.cells) if c and c.strip() and i not in outline]
    if len(filled) != 1 or filled[0] != columns.column("indicator"):
        return None
    if len(row.cells) - filled[0] < 3:
        return None
    text = clean_text(row.cells[filled[0]])
    if any(c is not None for c in row.cells[filled[0] + 1 :]) and not after_outcome:
        # the cells after it are not merged away: only an outcome phrase is a band then,
        # a status row of a table without borders ("RAGGIUNTO" under the indicator's name)
        status = match_status(text) if text and text[:1].isupper() else None
        return text if status is not None and status.phrase == text else None
    return text


#: A totals row: ``Totale …``, ``Subtotale …``.
_TOTALS_RE = re.compile(r"^\W*(?:sub)?total[ei]\b", re.IGNORECASE)


def is_totals_row(row: Row, columns: ColumnMap) -> bool:
    """True for a unit's subtotal row: ``Totale …`` with the indicator cell empty.

    >>> cols = map_header(("Area", "Indicatore", "Peso", "Target"))
    >>> is_totals_row(Row(2, 0, 9, ("Totale S.C. Cardiologia", None, "100", "88,5"), table=1), cols)
    True
    >>> is_totals_row(Row(2, 0, 9, ("A", "Totale accertamenti", "10", "9,0"), table=1), cols)
    False
    """
    at = columns.column("indicator")
    name = row.cells[at] if at is not None and at < len(row.cells) else None
    return bool(_TOTALS_RE.match(row.text)) and not name
