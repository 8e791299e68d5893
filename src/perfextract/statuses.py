"""Outcome statements: status phrases, marks and words, and the marks a legend defines.

:func:`match_status` reads the outcome a status line or cell states
(``OBIETTIVO CONSEGUITO``, ``Parzialmente raggiunto``, ``◐``, ``Completato``).
Some reports print their outcomes as letters or marks (``R``, ``PR``, ``NR``,
``▲``) and say what each stands for once, in a *Legenda* line near the table:
:func:`read_status_legend` reads those definitions from the document's lines,
and :func:`apply_status_legend` gives the records whose printed status is one of
the defined marks the outcome the legend states.  All pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from perfextract.model import Indicator, Row, Status

_STATUS_RE = re.compile(
    r"""
    ^\W*
    (?:(?:(?:stato|esito)(?:\s+di\s+attuazione|\s+finale|\s+(?:dell['’]\s*)?obiettivo)?
         |valutazione|risultato
         |(?:grado|livello|percentuale)\s+di\s+raggiungimento   # "Grado di raggiungimento:
          (?:\s*:\s*\d{1,3}(?:[.,]\d+)?\s*%)?)                #  100% – Obiettivo raggiunto"
       \s*[:\-–]\s*)?                              # "Esito: raggiunto", "Stato di attuazione:"
    (?P<phrase>
        (?:obiettivo\s+)?
        (?:
            (?P<partial>parzialmente\s+|in\s+parte\s+)
          | (?P<negative>non\s+)
          | (?:pienamente|totalmente|interamente|completamente)\s+
        )?
        (?:conseguito|raggiunto|realizzato)
        (?P<partial_after>\s+(?:parzialmente|in\s+parte))?
      | (?:obiettivo\s+)?(?P<suspended>sospeso|annullato|stralciato)
    )
    \b
    """,
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class StatusMatch:
    """A status statement found at the start of a text."""

    status: Status
    phrase: str
    rest: str | None


#: An outcome printed first in another language: ``erreicht / raggiunto``.
_OTHER_LANGUAGE_RE = re.compile(r"^[^/\n]{2,40}?\s*/\s*(?=\S)")

#: The share an outcome phrase says was reached: ``Raggiunto al 90%``.
_SHARE_RE = re.compile(r"\s+(?:al|per\s+il)\s+(\d{1,3}(?:[.,]\d+)?)\s*%")

#: Symbols a status column prints instead of words (their legend says so).
_STATUS_SYMBOLS: dict[str, Status] = {
    **dict.fromkeys("●✓✔☑✅", "achieved"),
    **dict.fromkeys("◐◑◒◓", "partially_achieved"),
    **dict.fromkeys("○✗✘☒❌", "not_achieved"),
}


#: Words that state an outcome when they are a cell's whole text (``Completato``).
_STATUS_WORDS: dict[str, Status] = {
    **dict.fromkeys(("completato", "completata", "concluso", "conclusa"), "achieved"),
    # under way at the year's end: begun, not completed
    **dict.fromkeys(("parziale", "parzialmente", "in corso"), "partially_achieved"),
    # a Valutazione column's judgement of the result
    **dict.fromkeys(("positiva", "positivo", "in linea"), "achieved"),
    **dict.fromkeys(("negativa", "negativo"), "not_achieved"),
    **dict.fromkeys(("non completato", "non completata", "non avviato"), "not_achieved"),
}


def match_status(text: str | None) -> StatusMatch | None:
    """The outcome a status line states, the phrase as printed, and the text after it.

    >>> match_status("OBIETTIVO CONSEGUITO Si rimanda ai report")
    StatusMatch(status='achieved', phrase='OBIETTIVO CONSEGUITO', rest='Si rimanda ai report')
    >>> match_status("Obiettivo parzialmente raggiunto").status
    'partially_achieved'
    >>> match_status("NON RAGGIUNTO").status
    'not_achieved'
    >>> match_status("Obiettivo sospeso").status
    'suspended'
    >>> match_status("L'obiettivo è stato comunque conseguito") is None
    True
    >>> match_status("◐").status, match_status("Completato").status, match_status("In corso").status
    ('partially_achieved', 'achieved', 'partially_achieved')
    >>> match_status("Esito: RAGGIUNTO").phrase
    'RAGGIUNTO'
    >>> match_status("Stato di attuazione: Parzialmente raggiunto. Il ritardo …").status
    'partially_achieved'
    >>> match_status("Stato obiettivo: PARZIALMENTE RAGGIUNTO").phrase
    'PARZIALMENTE RAGGIUNTO'
    >>> match_status("Grado di raggiungimento: 60% – Obiettivo parzialmente raggiunto").phrase
    'Obiettivo parzialmente raggiunto'
    >>> match_status("partiellement atteint / parzialmente raggiunto").status
    'partially_achieved'
    >>> match_status("Raggiunto al 90%").status, match_status("Raggiunto al 100%").status
    ('partially_achieved', 'achieved')
    """
    if not text:
        return None
    symbol = _STATUS_SYMBOLS.get(text.strip()) or _STATUS_WORDS.get(text.strip().lower())
    if symbol is not None:
        return StatusMatch(status=symbol, phrase=text.strip(), rest=None)
    m = _STATUS_RE.match(text)
    if m is None and (other := _OTHER_LANGUAGE_RE.match(text)) is not None:
        found = match_status(text[other.end() :])  # "atteint / raggiunto"
        return None if found is None else replace(found, phrase=text.strip(), rest=None)
    if m is None:
        return None
    status: Status
    if m.group("suspended"):
        status = "suspended"
    elif m.group("negative"):
        status = "not_achieved"
    elif m.group("partial") or m.group("partial_after"):
        status = "partially_achieved"
    else:
        status = "achieved"
    share = _SHARE_RE.match(text, m.end())
    if share is not None and status == "achieved" and float(share[1].replace(",", ".")) < 100:
        status = "partially_achieved"  # "Raggiunto al 90%"
    rest = text[m.end() :].lstrip(" \t\n-–:.;,").rstrip()
    return StatusMatch(status=status, phrase=m.group("phrase").strip(), rest=rest or None)


# --- legends ----------------------------------------------------------------------------

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
