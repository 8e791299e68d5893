"""A scheda's outcome keys and office keys, read beside its indicators.

A "scheda obiettivo" boxes an objective's indicator table with keys and
their values: above it the office in charge (``Servizio: Ragioneria``), under
it the objective's outcome (``Grado di raggiungimento dell'obiettivo: 95%``,
``Esito | RAGGIUNTO``, ``Osservazioni della Struttura | …``).  The functions
tell those rows and lines apart; :class:`OutcomeReading` (mixed into the
structure reader) gives the outcome to the scheda's indicators.
"""

from __future__ import annotations

import re

from perfextract.drafts import attach_status
from perfextract.labels import match_label
from perfextract.model import Row
from perfextract.records import Draft, clean_text
from perfextract.statuses import match_status
from perfextract.values import parse_value


def outcome_key(key: str) -> str | None:
    """The field a scheda's key names when it states the objective's outcome, or None.

    ``achievement`` (its score), ``status_column`` (its outcome) or ``notes``
    (the office's remarks), read from the key's first words.

    >>> [outcome_key(k) for k in ("Grado di raggiungimento dell'obiettivo", "Esito",
    ...                           "Osservazioni della Struttura", "Responsabile")]
    ['achievement', 'status_column', 'notes', None]
    """
    words = key.split()
    for n in sorted({len(words), 3, 2, 1}, reverse=True):
        found = match_label(" ".join(words[:n])) if n <= len(words) else None
        if found is not None:
            field = found.field
            return field if field in ("achievement", "status_column", "notes") else None
    return None


def is_score_line(text: str) -> bool:
    """True for a line stating an objective's score: ``Grado di raggiungimento …: 100%``.

    >>> is_score_line("Grado di raggiungimento dell'obiettivo: 100%")
    True
    >>> is_score_line("Esito: Raggiunto"), is_score_line("Grado di raggiungimento alto")
    (False, False)
    >>> is_score_line("Grado di raggiungimento dell'obiettivo: –")  # suspended
    True
    """
    key, colon, value = text.partition(":")
    if not colon or len(key) > 60:
        return False
    value = value.split("\n")[0].strip()  # the line alone: an outcome line may follow
    scored = parse_value(value).is_quantity or _NO_SCORE_RE.match(value) is not None
    return bool(colon) and outcome_key(key) == "achievement" and scored


#: A score not given (a suspended objective's): ``–``, ``n.d.``, ``n.v.``.
_NO_SCORE_RE = re.compile(r"^(?:[-–—]|n\.?\s?[dva]\.?)$", re.IGNORECASE)


def outcome_key_row(row: Row) -> tuple[str, str] | None:
    """The (field, value) of a table row that is a scheda's outcome key and its value, or None.

    An indicator table boxed with its scheda closes with rows of a key and a
    value merged over the other columns (``Esito | RAGGIUNTO``).

    >>> outcome_key_row(Row(1, 0, 9, ("Esito", "RAGGIUNTO", None, None), table=0))
    ('status_column', 'RAGGIUNTO')
    >>> outcome_key_row(Row(1, 0, 9, ("Esito dei controlli", "12", "10", None), table=0)) is None
    True
    """
    if row.table is None or len(row.cells) < 3:
        return None
    key, value = clean_text(row.cells[0]), clean_text(row.cells[1])
    if not key or not value or any(c and c.strip() for c in row.cells[2:]):
        return None
    field = outcome_key(key)
    return (field, value) if field is not None else None


#: A scheda's key naming the office in charge: it opens the next scheda, no comment.
_OFFICE_KEY_RE = re.compile(
    r"^\W*(?:servizio|settore|struttura|responsabile|dirigente|referente|ufficio"
    r"|centro\s+di\s+(?:costo|responsabilit[aà])|unit[aà]\s+organizzativa)\b[^:\n]{0,30}:\s*\S",
    re.IGNORECASE,
)


def names_office(text: str) -> bool:
    """True for a line of a scheda's keys naming its office (``Servizio: Ragioneria``).

    >>> names_office("Servizio: Ragioneria Responsabile: Dott. Gianluca Della Bella")
    True
    >>> names_office("Il Servizio ha attivato due postazioni."), names_office("Nota: dato stimato")
    (False, False)
    """
    return _OFFICE_KEY_RE.match(text) is not None


def described_title(row: Row) -> str | None:
    """The value of a scheda's ``Descrizione`` (``Titolo``) key: the title of an objective
    named by its code alone.

    >>> described_title(Row(1, 0, 9, ("Descrizione", "Potenziare il SAD"), table=0))
    'Potenziare il SAD'
    >>> described_title(Row(1, 0, 9, ("Descrizione", "Visite", "120"), table=0)) is None
    True
    """
    filled = [clean_text(c) or "" for c in row.cells if c and c.strip()]
    if row.table is None or len(filled) != 2 or not row.cells[0]:
        return None
    key, value = filled
    return value if key.lower().startswith(("descrizione", "titolo")) and value else None


class OutcomeReading:
    """The part of a reader that reads a scheda's outcome rows (mixed into the reader)."""

    draft: Draft | None
    collecting: bool
    comment_in_table: bool

    def outcome_row(self, row: Row) -> bool:
        """Read a scheda's outcome row boxed with its indicators (``Esito | RAGGIUNTO``)."""
        found = outcome_key_row(row)
        if found is None:
            return False
        field, value = found
        draft = self.draft
        if draft is None or not self.collecting or field == "achievement":
            return True  # the objective's score ("Grado di raggiungimento …"): no record's
        status = match_status(value) if field == "status_column" else None
        if status is not None:
            attach_status(draft, status, value)
            draft.for_group = True  # the scheda's outcome: each of its indicators'
        elif field == "notes" or draft.status is not None:
            draft.comment.append(value)  # "Osservazioni della Struttura | …"
            self.comment_in_table = True
        return True
