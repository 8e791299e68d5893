"""Which way is better for an indicator: read from the words of its name.

A target printed as a bare number (``3`` meetings, ``gg 30``) states no
comparison: whether an actual of 8 meets it depends on whether more is better.
Many indicators say so in their name: a ``Tempo medio di …``, a ``Riduzione
…`` or the ``Costi …`` are better lower; a ``Numero di …``, a ``Percentuale di
…`` or an ``Incremento …`` better higher.  :data:`DIRECTION_WORDS` is that
vocabulary, and :func:`better_direction` reads it: the phrase found first in
the name decides (at the same place, the longer phrase), so ``Percentuale di
riduzione`` is higher and ``Riduzione del numero`` lower; a name with none of
them gives ``None``.
"""

from __future__ import annotations

import re
from typing import Literal

Direction = Literal["higher", "lower"]

#: Phrases of an indicator's name that say which way is better (matched as whole
#: words, case-insensitive; ``…`` stands for the rest of a name).
DIRECTION_WORDS: tuple[tuple[str, Direction], ...] = (
    # lower is better: time, cost and what is to be reduced
    ("tempo medio", "lower"),
    ("tempo mediano", "lower"),
    ("tempo di", "lower"),
    ("tempo tra", "lower"),
    ("tempi", "lower"),
    ("giorni", "lower"),
    ("ritardo", "lower"),
    ("ritardi", "lower"),
    ("riduzione", "lower"),
    ("diminuzione", "lower"),
    ("contenimento", "lower"),
    ("costi", "lower"),
    ("costo", "lower"),
    ("tasso di abbandono", "lower"),
    ("tasso di assenza", "lower"),
    ("tasso di errore", "lower"),
    # higher is better: counts, shares, growth; and what is done within a deadline
    ("numero", "higher"),
    ("n.", "higher"),
    ("n°", "higher"),
    ("nr.", "higher"),
    ("percentuale di", "higher"),
    ("% di", "higher"),
    ("realizzazione", "higher"),
    ("miglioramento", "higher"),
    ("incremento", "higher"),
    ("aumento", "higher"),
    ("grado di", "higher"),
    ("tasso di", "higher"),
    ("entro", "higher"),  # "… liquidati entro 60 giorni": a count of what met the deadline
    ("nei tempi", "higher"),
    ("nei termini", "higher"),
)


def _phrase_pattern(phrase: str) -> str:
    """A phrase as a regex: whole words, any run of spaces between them."""
    words = r"\s+".join(re.escape(word) for word in phrase.split())
    end = r"(?![^\W\d_])" if phrase[-1].isalnum() else ""
    return rf"(?<![^\W\d_]){words}{end}"


_LONGEST_FIRST = sorted(DIRECTION_WORDS, key=lambda item: -len(item[0]))
_DIRECTION_RE = re.compile(
    "|".join(f"(?P<w{i}>{_phrase_pattern(p)})" for i, (p, _) in enumerate(_LONGEST_FIRST)),
    re.IGNORECASE,
)


def better_direction(indicator: str | None) -> Direction | None:
    """Which way is better for the indicator named ``indicator``: ``higher``, ``lower`` or None.

    >>> better_direction("Tempo medio di liquidazione dei voucher")
    'lower'
    >>> better_direction("Numero di imprese assistite"), better_direction("N. eventi")
    ('higher', 'higher')
    >>> better_direction("Percentuale di riduzione dei consumi")
    'higher'
    >>> better_direction("Riduzione del numero di reclami")
    'lower'
    >>> better_direction("Contributi liquidati entro 60 giorni dalla rendicontazione")
    'higher'
    >>> better_direction("incontri di formazione con i funzionari"), better_direction(None)
    (None, None)
    """
    if not indicator:
        return None
    match = _DIRECTION_RE.search(indicator)
    if match is None or match.lastgroup is None:
        return None
    return _LONGEST_FIRST[int(match.lastgroup[1:])][1]
