"""What a report says about itself: issuer, title, year and kind, from its first pages."""

from __future__ import annotations

import re
from collections import Counter

from perfextract.model import Document, DocumentKind

_ISSUER_RE = re.compile(
    r"""
    \b(?P<body>
        Camera\s+di\s+Commercio(?:,?\s+Industria,?\s+Artigianato\s+e\s+Agricoltura)?
      | Comune | Citt[aà]\s+metropolitana | Provincia | Regione | Ministero
      | Universit[aà](?:\s+degli\s+Studi)? | Politecnico
      | Azienda\s+(?:Sanitaria|Ospedaliera|Socio[\s-]Sanitaria|Unit[aà]\s+Sanitaria)(?:\s+\w+)?
      | ASL | ASST | ATS | AUSL | ASP | ULSS | Ente\s+Parco | Parco\s+\w+ | Agenzia
      | Istituto | Autorit[aà]
    )
    (?P<sep>\s+(?:di|del|della|dello|dell'|degli|delle|per)\s*|[ \t]*\n\s*|\s+)
    (?P<name>[A-ZÀ-Ý][\w'’À-ÿ-]*(?:[ \t]+(?:[A-ZÀ-Ý][\w'’À-ÿ-]*|di|del|della|e))*)
    """,
    re.VERBOSE,
)

_KINDS: tuple[tuple[str, DocumentKind, str], ...] = (
    (r"\bPIAO\b|piano\s+integrato\s+di\s+attivit[aà]\s+e\s+organizzazione", "piao",
     "Piano integrato di attività e organizzazione"),
    (r"relazione\s+(?:sulla|della|annuale\s+sulla)\s+performance", "relazione",
     "Relazione sulla performance"),
    (r"piano\s+(?:della|delle|triennale\s+della)\s+performance", "piano",
     "Piano della performance"),
)  # fmt: skip

_YEAR_AT_RE = re.compile(
    r"(?:al\s+31\s+dicembre|al\s+31[./]12[./]|anno|esercizio|performance)\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_RANGE_RE = re.compile(r"\b((?:19|20)\d\d)\s*[-–/]\s*(?:19|20)\d\d\b")
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def read_document(text: str) -> Document:
    """Issuer, title, year and kind from the text of a report's first pages.

    >>> d = read_document("Camera di Commercio\\nCremona\\nRELAZIONE SULLA PERFORMANCE\\n"
    ...                   "Rendicontazione al 31 dicembre 2020\\n2020-2022")
    >>> d.issuer, d.title, d.year, d.kind
    ('Camera di Commercio di Cremona', 'Relazione sulla performance', 2020, 'relazione')
    >>> read_document("Comune di Bergamo - Piano della Performance 2024-2026").year
    2024
    """
    issuer = None
    m = _ISSUER_RE.search(text)
    if m is not None:
        sep = " ".join(m.group("sep").split()) or "di"
        issuer = f"{' '.join(m.group('body').split())} {sep} {m.group('name').strip()}"
        issuer = " ".join(issuer.split())
    kind: DocumentKind | None = None
    title = None
    for pattern, k, name in _KINDS:
        if re.search(pattern, text, re.IGNORECASE):
            kind, title = k, name
            break
    year = None
    at = _YEAR_AT_RE.search(text)
    if at is not None and kind != "piano":
        year = int(at.group(1))
    elif (span := _RANGE_RE.search(text)) is not None:
        year = int(span.group(1))
    else:
        counts = Counter(_YEAR_RE.findall(text))
        if counts:
            year = int(counts.most_common(1)[0][0])
    return Document(issuer=issuer, title=title, year=year, kind=kind)
