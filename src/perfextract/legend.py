"""Status abbreviations a report defines in a legend: ``R = raggiunto; PR = parzialmente …``.

Some reports print their outcomes as letters or marks (``R``, ``PR``, ``NR``,
``▲``) and say what each stands for once, in a *Legenda* line near the table.
:func:`read_status_legend` reads those definitions from the document's lines;
:func:`apply_status_legend` gives the records whose printed status is one of the
defined marks the outcome the legend states.  Both are pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from perfextract.labels import match_status
from perfextract.model import Indicator, Row, Status

#: How many lines after the one naming the legend may still hold its entries.
LEGEND_SPAN = 4

_LEGEND_RE = re.compile(r"\blegend[ae]\b", re.IGNORECASE)

#: A mark being defined: a short capital abbreviation or one symbol.
_KEY = r"(?:\b[A-Z]{1,4}\b|[^\w\s(),;:=–—.\-'’\"])"
_SEP = r"\s*(?:=|:|–|—|-|→)\s*"
_ENTRY_RE = re.compile(
    rf"(?P<key>{_KEY}){_SEP}(?P<definition>.+?)(?=\s*(?:[;|]|$|\s{_KEY}{_SEP}))",
)


def read_legend_entries(text: str) -> dict[str, Status]:
    """The outcome each mark of one legend text stands for.

    >>> read_legend_entries(
    ...     "Legenda stato: R = raggiunto (≥ 95%); PR = parzialmente raggiunto (60-94%); "
    ...     "NR = non raggiunto (< 60%)"
    ... )
    {'R': 'achieved', 'PR': 'partially_achieved', 'NR': 'not_achieved'}
    >>> read_legend_entries("▲ Obiettivo raggiunto  ▼ Obiettivo non raggiunto")
    {}
    >>> read_legend_entries("▲ = Obiettivo raggiunto  ▼ = Obiettivo non raggiunto")
    {'▲': 'achieved', '▼': 'not_achieved'}
    >>> read_legend_entries("T = target; R = risultato")
    {}
    """
    found: dict[str, Status] = {}
    for m in _ENTRY_RE.finditer(text):
        status = match_status(m.group("definition"))
        if status is not None:
            found.setdefault(m.group("key"), status.status)
    return found


def read_status_legend(rows: Sequence[Row]) -> dict[str, Status]:
    """The status marks the document's legends define, from the line naming a legend on.

    A legend's entries may follow on the next few lines, or in the cells of a
    small table (``R | Raggiunto``).

    >>> rows = [Row(1, 0, 9, ("Legenda:",)), Row(1, 10, 19, ("R", "Raggiunto")),
    ...         Row(1, 20, 29, ("NR", "Non raggiunto"))]
    >>> read_status_legend(rows)
    {'R': 'achieved', 'NR': 'not_achieved'}
    >>> read_status_legend([Row(1, 0, 9, ("R", "Raggiunto"))])
    {}
    """
    legend: dict[str, Status] = {}
    for i, row in enumerate(rows):
        if not any(cell and _LEGEND_RE.search(cell) for cell in row.cells):
            continue
        for line in rows[i : i + 1 + LEGEND_SPAN]:
            cells = [cell for cell in line.cells if cell]
            for text in (" ".join(cells), " = ".join(cells)):
                for key, status in read_legend_entries(text).items():
                    legend.setdefault(key, status)
    return legend


def apply_status_legend(
    indicators: Iterable[Indicator], legend: dict[str, Status]
) -> list[Indicator]:
    """The records, those whose printed status is a legend's mark given its outcome.

    >>> from perfextract.values import parse_value
    >>> record = Indicator(page=1, page_end=1, indicator="Pratiche evase",
    ...     target=parse_value("≥ 90%"), actual=parse_value("80%"), status_text="PR")
    >>> [r.status for r in apply_status_legend([record], {"PR": "partially_achieved"})]
    ['partially_achieved']
    >>> [r.status for r in apply_status_legend([record], {})]
    [None]
    """
    out = []
    for record in indicators:
        mark = (record.status_text or "").strip()
        if record.status is None and mark in legend:
            record = replace(record, status=legend[mark])
        out.append(record)
    return out
