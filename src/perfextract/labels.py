"""Italian labels: column headers, indicator types, hierarchy headings.

Header labels are matched to ``RECORDS.md`` fields with rapidfuzz against a
vocabulary of the variants issuers print, after folding case, accents,
punctuation and line breaks.  Weak matches are refused, so a prose row is
never taken for a header.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz, process

from perfextract.model import ObjectiveLevel
from perfextract.vocabulary import COLUMN_LABELS, INDICATOR_TYPE_WORDS

#: A year printed in a label or title (``Target 2025``).
YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")
# Asides a label may carry: "(%)", "(baseline)", "al 31/12", "al 31.12.2023".
_LABEL_ASIDE_RE = re.compile(
    r"\([^)]*\)|\b\d{1,2}\s?[./]\s?\d{1,2}(?:\s?[./]\s?(?:\d{4}|\d{2}))?\b"
)


def fold(text: str) -> str:
    """Fold a label for matching: lower case, no accents, words of letters/digits/%.

    >>> fold("Valore\\nAtteso")
    'valore atteso'
    >>> fold("Modalità  di calcolo:")
    'modalita di calcolo'
    >>> fold("% raggiung.")
    '% raggiung'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"[^0-9a-z%]+", " ", text)
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class LabelMatch:
    """A header cell matched to a record field.

    ``source`` says who named the field: the built-in ``vocabulary``, or the
    ``user``'s label map (see :func:`user_label`).
    """

    field: str
    score: float
    year: int | None = None
    source: Literal["vocabulary", "user"] = "vocabulary"


_CHOICES = [(variant, field) for field, variants in COLUMN_LABELS.items() for variant in variants]
_VARIANTS = [variant for variant, _ in _CHOICES]


#: Words a label may carry around its core ("Anno 2023 – Valore rilevato al 31/12").
_FILLER = frozenset(
    "anno al alla allo ai agli del dello della dei degli delle di e".split()  # noqa: SIM905
)


def core(label: str) -> str:
    """A folded label without its filler words.

    >>> core("anno valore rilevato al")
    'valore rilevato'
    """
    return " ".join(w for w in label.split() if w not in _FILLER)


# A column too narrow for its label breaks words ("Valo re atte so"), and a
# label may carry filler words around its core: a label is scored as printed,
# without its spaces and by its core, against the variants made the same way,
# and keeps the best.  Three native rapidfuzz passes, not a Python scorer
# called for every variant.
_SPELLINGS = (
    (lambda text: text, _VARIANTS),
    (lambda text: text.replace(" ", ""), [v.replace(" ", "") for v in _VARIANTS]),
    (core, [core(v) for v in _VARIANTS]),
)


def _best_variant(folded: str, threshold: float) -> tuple[float, int] | None:
    """The best score of ``folded`` over the spellings, and the first variant reaching it."""
    best: tuple[float, int] | None = None
    for spell, variants in _SPELLINGS:
        if not spell(folded):
            continue  # "al 30/06": nothing but filler words ("anno" is one too)
        found = process.extractOne(
            spell(folded), variants, scorer=fuzz.ratio, score_cutoff=threshold
        )
        if found is None:
            continue
        _, score, index = found
        if best is None or score > best[0] or (score == best[0] and index < best[1]):
            best = (score, index)
    return best


#: The user's label map in force, folded label → field (see :func:`teach_labels`).
_USER_LABELS: ContextVar[Mapping[str, str] | None] = ContextVar("perfextract_labels", default=None)


@contextmanager
def teach_labels(labels: Mapping[str, str]) -> Iterator[None]:
    """Within the block, :func:`match_label` reads ``labels`` (printed label → field) first.

    The pipeline sets it for the time of one extraction, from
    ``Settings.labels``; fields are checked there (:mod:`perfextract.usermap`).

    >>> with teach_labels({"Zorblax": "baseline"}):
    ...     match_label("ZORBLAX 2024")
    LabelMatch(field='baseline', score=100.0, year=2024, source='user')
    >>> match_label("Zorblax") is None
    True
    """
    token = _USER_LABELS.set({_label_key(k): v for k, v in labels.items() if _label_key(k)})
    try:
        yield
    finally:
        _USER_LABELS.reset(token)


def _label_key(text: str) -> str:
    """A label folded for the user's map: no year, no asides, no spaces."""
    return fold(YEAR_RE.sub(" ", _LABEL_ASIDE_RE.sub(" ", text))).replace(" ", "")


def user_label(text: str | None) -> LabelMatch | None:
    """The field the user's label map gives a header cell, or None.

    This is the one place where a user's label becomes a field: it is asked
    before the vocabulary, so the user's word wins over it (and over what
    the column's content suggests).  A year in the label is kept apart.
    """
    labels = _USER_LABELS.get()
    if not text or not labels:
        return None
    field = labels.get(_label_key(text))
    if field is None:
        return None
    years = YEAR_RE.findall(text)
    year = int(years[0]) if len(years) == 1 else None
    return LabelMatch(field=field, score=100.0, year=year, source="user")


def match_label(text: str | None, threshold: float = 82.0) -> LabelMatch | None:
    """The field a header cell names, or None when no label is close enough.

    A year inside the label (``Target 2025``) is returned apart.  The user's
    label map (:func:`user_label`) is asked first, then the vocabulary
    (:func:`vocabulary_label`).

    >>> match_label("Valore\\nAtteso")
    LabelMatch(field='target', score=100.0, year=None, source='vocabulary')
    >>> match_label("Target 2026").year, match_label("Target triennio 2025-2027 2026").year
    (2026, 2026)
    >>> match_label("Tipologia").field
    'type'
    >>> match_label("Il progetto è stato realizzato nei tempi") is None
    True
    """
    return user_label(text) or vocabulary_label(text, threshold)


#: Where a header cell prints its label in two languages: a slash, else a line break.
_LANGUAGES_RE = re.compile(r"\s+/\s*|\s*/\s+")
_LINES_RE = re.compile(r"\s*\n\s*")


@lru_cache(maxsize=4096)
def vocabulary_label(text: str | None, threshold: float = 82.0) -> LabelMatch | None:
    """The field the built-in vocabulary (:data:`COLUMN_LABELS`) gives a header cell, or None."""
    return _vocabulary_label(text, threshold)


@lru_cache(maxsize=4096)
def label_in_two_languages(text: str | None, threshold: float = 82.0) -> LabelMatch | None:
    r"""The field a header cell names in the Italian of a label printed in two languages.

    Bilingual reports print each label twice: with a slash (``Zielwert 2024 /
    Valore atteso 2024``), or German or French over Italian, a line each.  Only
    a header whose cells are printed so is read this way (see
    :func:`perfextract.columns.label_columns`): one ``Titolo / Tipologia`` is
    two labels, not one in two languages.

    >>> label_in_two_languages("Kennzahl\nIndicatore").field
    'indicator'
    >>> match = label_in_two_languages("Zielwert 2024 / Valore atteso 2024")
    >>> match.field, match.year
    ('target', 2024)
    >>> label_in_two_languages("Valeur attendue\n2023 / Valore\natteso 2023").field
    'target'
    >>> label_in_two_languages("Missione/ Programma") is None
    True
    >>> label_in_two_languages("Ausgangswert\n2022\nValore di partenza\n2022").field
    'baseline'
    >>> label_in_two_languages("Cod.\nD.1.2.a") is None
    True
    >>> label_in_two_languages("Indicatore\nTasso") is None
    True
    """
    if not text:
        return None
    if _LANGUAGES_RE.search(text):
        parts = [vocabulary_label(part, threshold) for part in _LANGUAGES_RE.split(text.strip())]
        found = sorted((part for part in parts if part is not None), key=lambda p: -p.score)
        if len({part.field for part in found}) > 1 and found[0].score - found[1].score < 5:
            return None  # "Missione/ Programma": two labels, not one in two languages
        return found[0] if found else None
    # one language a line, Italian last; a cell whose last line is a value
    # ("Cod.\nD.1.2.a", a header fused with a row) is no label
    lines: list[str] = []
    for line in _LINES_RE.split(text.strip()):
        if lines and YEAR_RE.fullmatch(line):
            lines[-1] += f" {line}"  # "Ausgangswert\n2022": the year goes with its label
        else:
            lines.append(line)
    if len(lines) < 2 or any(re.search(r"\d", YEAR_RE.sub("", line)) for line in lines):
        return None
    return vocabulary_label(lines[-1], threshold)


def _vocabulary_label(text: str | None, threshold: float) -> LabelMatch | None:
    if not text:
        return None
    years = sorted(set(YEAR_RE.findall(text)))
    folded = fold(YEAR_RE.sub(" ", _LABEL_ASIDE_RE.sub(" ", text)))
    if not folded and "%" in text:
        folded = "%"
    if not folded or len(folded) > 60:
        return None
    best = _best_variant(folded, threshold)
    if best is None:
        return None
    score, index = best
    field = _CHOICES[index][1]
    if field in ("area_column", "objective_column") and any(c.isdigit() for c in folded):
        return None  # "Area strategica 2020_01" is a heading, not the label of a column
    if field == "year" and years:
        return None  # "Anno 2024" names the values of a year, not a column of years
    year = int(years[0]) if len(years) == 1 else None
    last = _YEAR_UNDER_SPAN_RE.search(text)
    if year is None and last is not None:  # "Target triennio 2025-2027" over "2026"
        year = int(last.group(1))
    return LabelMatch(field=field, score=float(score), year=year)


#: A year printed after a span of years, last in a label: the year of its column.
_YEAR_UNDER_SPAN_RE = re.compile(
    r"(?:19|20)\d\d\s*[-–/]\s*(?:(?:19|20)?\d\d)\b.*?\b((?:19|20)\d\d)\s*$", re.DOTALL
)


def is_indicator_label(text: str | None) -> bool:
    """True for the ``Indicatori`` label row printed above a header row.

    >>> is_indicator_label("Indicatori"), is_indicator_label("Indicatori di performance")
    (True, True)
    >>> is_indicator_label("Indicatori di outcome del progetto PID 2020")
    False
    """
    if not text:
        return False
    return fold(text) in {
        "indicatori",
        "indicatore",
        "indicatori di performance",
        "indicatori di risultato",
        "elenco indicatori",
    }


# --- indicator types ------------------------------------------------------------------

#: Words that indicator types are made of; a type broken by a narrow column
#: (``ORGANIZZATI VO``) is rejoined when the joined word is one of these.
TYPE_WORDS: frozenset[str] = frozenset(fold(w) for w in INDICATOR_TYPE_WORDS)


def rejoin_type(text: str | None) -> str | None:
    """Rejoin words of an indicator type broken by a narrow column.

    >>> rejoin_type("ORGANIZZATI VO")
    'ORGANIZZATIVO'
    >>> rejoin_type("COLLABORAZION E ISTITUZIONA LE")
    'COLLABORAZIONE ISTITUZIONALE'
    >>> rejoin_type("SUPPORTO DIRETTO ALLE IMPRESE")
    'SUPPORTO DIRETTO ALLE IMPRESE'
    >>> rejoin_type("Efficacia")
    'Efficacia'
    """
    if text is None:
        return None
    words = text.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        # join as many following pieces as make a known word out of unknown pieces
        for j in range(min(len(words), i + 4), i + 1, -1):
            joined = "".join(words[i:j])
            pieces_known = all(fold(w) in TYPE_WORDS for w in words[i:j])
            if fold(joined) in TYPE_WORDS and not pieces_known:
                word, i = joined, j - 1
                break
        out.append(word)
        i += 1
    return " ".join(out)


# --- hierarchy headings -----------------------------------------------------------------

_HEADING_RE = re.compile(
    r"""
    ^\W*
    (?P<label>
        area\s+(?:strategica|di\s+intervento|tematica)?
      | macro-?area | ambito(?:\s+strategico|\s+di\s+intervento)?
      | linea\s+(?:strategica|di\s+mandato|programmatica) | indirizzo\s+strategico
      | priorit[aà]\s+politic[ah]e?                     # a ministry's Priorità politica I
      | missione | programma                             # a budget's Missione 01, Programma 01.02
      | centro\s+di\s+responsabilit[aà]                   # a PEG's CdR 1, over its objectives
      | settore                                          # a Comune's Settore 1, as a CdR
      | (?:ob\.(?=\s)|ob\s|obiettivo|obiettivi)(?:\s+di\s+(?:valore\s+pubblico|peg))?\s*
        (?P<kind>strategic[oi]|operativ[oi]|specific[oi]|generale|esecutiv[oi]|gestional[ei]
               |annual[ei]
               |strat\.|op\.)?                                       # OB. STRAT. 1, OB. OP. 1.2
      | (?P<abbr>O\.?S\.?|O\.?O\.?|A\.?S\.?)(?=\s*\d)
    )
    [\s.:n°]*
    (?P<code>
        [A-Z]?\d+(?:[._/-]\d+)*[A-Za-z]?    # 2020_01_01, 1.2, A1, 3
      | (?-i:[A-Z]{2,3})\d+(?:[._]\d+)*     # OS01.1, OO01.1.1, LM02 (letters of the level)
      | [A-Z](?:[._]\d+)+                   # A.1.2
      | (?-i:[A-Z]{1,3}[._](?:[A-Z]{1,3}[._])?)\d+(?:[._]\d+)*   # OB.R.1, OS.2.1
      | (?-i:[IVX]{1,5}|[A-Z]{1,3})(?=\s*[-–—:.)]) # II – Titolo, TM: Titolo (capitals, a stop)
    )?
    (?:\s*[-–—:.)]\s*|\s+|$)
    (?P<title>.*)
    """,
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True, slots=True)
class Heading:
    """A hierarchy heading: its level, code and the title printed with it."""

    level: ObjectiveLevel | None
    code: str | None
    title: str | None
    label: str


def is_level_label(text: str | None) -> bool:
    """True for a hierarchy level's label printed alone (``OBIETTIVO STRATEGICO``).

    >>> is_level_label("OBIETTIVO STRATEGICO"), is_level_label("Obiettivo strategico 2 – Ricerca")
    (True, False)
    >>> is_level_label("Obiettivi e indicatori")
    False
    """
    m = _HEADING_RE.fullmatch((text or "").strip())
    return m is not None and m.group("code") is None and not m.group("title").strip()


#: A document's section number printed before a heading's label word.
#: A level label printed first in another language: ``Handlungsfeld / Ambito 1 – …``.
_OTHER_LANGUAGE_RE = re.compile(r"^\s*[^\W\d_][\w'’.]*(?:\s+[^\W\d_][\w'’.]*){0,2}\s*/\s*")
_SECTION_NUMBER_RE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+(?=[A-Za-z])")


def match_heading(text: str | None) -> Heading | None:
    """The strategic area or objective a heading line opens, or None.

    ``level`` is None for an objective printed without a level word
    (``Obiettivo 3``): where it stands decides it.

    >>> match_heading("Area Strategica 2020_01")
    Heading(level='area', code='2020_01', title=None, label='Area Strategica')
    >>> h = match_heading("Ob. Operativo 2020_01_01_02 Collaborazione con Università")
    >>> h.level, h.code, h.title
    ('operational', '2020_01_01_02', 'Collaborazione con Università')
    >>> match_heading("Obiettivo strategico 3 - Semplificare").code
    '3'
    >>> match_heading("OS 1.2 Ridurre i tempi").level
    'strategic'
    >>> h = match_heading("OO1.2.1 Valorizzare le filiere")  # an abbreviation glued to its code
    >>> h.level, h.code
    ('operational', 'OO1.2.1')
    >>> match_heading("Obiettivi strategici e obiettivi operativi") is None
    True
    >>> [match_heading(t).code for t in ("AREA STRATEGICA B: Musei", "Area strategica IV – Salute")]
    ['B', 'IV']
    >>> match_heading("Obiettivo OB.R.1 – Aumentare i finanziamenti").code
    'OB.R.1'
    >>> match_heading("Obiettivo di valore pubblico 2 – Napoli città digitale").code
    '2'
    >>> match_heading("3.1 Area strategica 1 – Didattica").code
    '1'
    >>> match_heading("3.1.2 Obiettivo strategico – Potenziare i nidi").code
    '3.1.2'
    >>> [match_heading(t).level for t in ("Missione 01 – Servizi istituzionali",
    ...                                     "Programma 01.02 – Segreteria generale")]
    ['area', 'strategic']
    >>> [match_heading(t).code for t in ("CENTRO DI RESPONSABILITÀ 2 – TERRITORIO",
    ...                                    "Obiettivo di PEG n. 4 – Sentieri")]
    ['2', '4']
    >>> match_heading("SETTORE 1 – AFFARI GENERALI").level, match_heading("Settore Tributi")
    ('area', None)
    >>> [(h.level, h.code) for h in map(match_heading, ("PRIORITÀ POLITICA I – FLUSSI",
    ...                                                 "Obiettivo annuale 1.1 – Rete SAI"))]
    [('area', 'I'), ('operational', '1.1')]
    >>> match_heading("Missione 6 del PNRR") is None
    True
    >>> match_heading("Area strategica: Ricerca")
    Heading(level='area', code=None, title='Ricerca', label='Area strategica')
    >>> [match_heading(t).code for t in ("Obiettivo operativo OO01.1.3 – Sportello",
    ...                                  "Linea di mandato LM02 – Città sostenibile")]
    ['OO01.1.3', 'LM02']
    >>> h = match_heading("Strategisches Ziel / Obiettivo strategico 1.1 – Digitale / Digitale")
    >>> h.level, h.code, h.title
    ('strategic', '1.1', 'Digitale / Digitale')
    """
    if not text:
        return None
    m = _HEADING_RE.match(text)
    other = _OTHER_LANGUAGE_RE.match(text) if m is None else None
    if other is not None and not is_level_label(text[: other.end()].rstrip(" /")):
        return match_heading(text[other.end() :])  # "Handlungsfeld / Ambito 1 – …"
    if m is None and (numbered := _SECTION_NUMBER_RE.match(text)) is not None:
        rest = text[numbered.end() :]
        found = match_heading(rest)  # "3.1 Area strategica 1 – Didattica"
        inner = _HEADING_RE.match(rest)
        after = rest[inner.end("label") :].lstrip() if inner is not None else ""
        if (found is None or found.code is None) and inner and after[:1] in ("–", "-", ":"):
            # "3.1 Area strategica – Didattica": the section's number is the heading's code
            number = numbered.group(0).strip().rstrip(".")
            found = match_heading(f"{inner['label'].strip()} {number} {after}") or found
        return found
    if m is None:
        return None
    label = m.group("label").strip()
    code = m.group("code")
    if code is not None and m.group("abbr") and m.end("abbr") == m.start("code"):
        code = m.group("abbr") + code  # "OS1.1": the code as printed, its level word in it
    title = m.group("title").strip() or None
    if code is None and label.lower().startswith(("area", "ambito")) and title is None:
        return None
    if code is None and title and label.lower().startswith(("area", "ambito", "linea")):
        # an area named without a code, "Area strategica: Ricerca", is still a heading
        after = text[m.end("label") :].lstrip()
        if after[:1] in ":–-" and title[:1].isupper() and len(title) <= 80:
            return Heading(level="area", code=None, title=title, label=label)
        return None
    if code is None:
        # "Obiettivi strategici e ..." is prose, not a heading: a heading has a code
        return None
    kind = fold(m.group("kind") or m.group("abbr") or label)
    level: ObjectiveLevel | None
    if kind.startswith(("missione", "programma", "centro", "settore")) and not (
        title and title[:1].isupper()
    ):
        return None  # "Missione 6 del PNRR" in a sentence
    if kind.startswith("programma"):
        level = "strategic"  # a budget's Programma: the level between Missione and objectives
    elif kind.startswith(("ob", "obiettiv")):
        level = None  # "Obiettivo 3": the level follows from where it stands
    elif (
        kind.startswith(("operativ", "o o", "oo", "specific", "esecutiv", "gestional", "annual"))
        or kind == "op"
    ):
        level = "operational"
    elif kind.startswith(("strategic", "o s", "os", "generale", "strat")):
        level = "strategic"
    else:
        level = "area"
    return Heading(level=level, code=code, title=title, label=label)
