"""What the cells of a column hold: the content side of reading a table's columns.

A header label says what a column should hold; its cells say what it does
hold.  :func:`profile_column` measures the cells (quantities, codes, status
words, long prose, repeated short words) and :func:`content_kind` names the
kind of column they make, so that a column with an unknown or weak label is
typed by its content, and a weak label that its content contradicts is
overruled.  Everything here is pure: cells in, numbers and names out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from perfextract.statuses import match_status
from perfextract.values import parse_value

ContentKind = Literal["code", "quantity", "status", "prose", "short_text", "empty"]

#: Cells that stand for a missing value rather than text: they count as quantities.
_PLACEHOLDER_RE = re.compile(r"^(?:-+|–|—|n\.?\s?d\.?|n\.?\s?a\.?|/|nv|n\.?\s?r\.?|x)$", re.I)
_CODE_RE = re.compile(r"^\(?[A-Z]{0,4}[\s.]?\d{1,5}(?:[._/-]?(?:\d{1,4}|[A-Za-z]))*[.)]?$")
#: A number without the marks of a code (a segment separator, a letter, a leading zero).
_PLAIN_NUMBER_RE = re.compile(r"^[1-9]\d*$")
#: Marks of a formula: a ratio, a product, a sum of named terms.
_FORMULA_RE = re.compile(
    r"\S\s?/\s?\S|\bx\s?100\b|\*\s?100|÷|\bnumero\b.*\bsu\b|\brapporto\b", re.I
)
#: Yes/no answers, which are values of an on/off indicator.
_YES_NO_RE = re.compile(r"^(?:s[iì]|no|fatto|realizzato|attuato)$", re.I)


@dataclass(frozen=True, slots=True)
class ColumnProfile:
    """Shares of a column's filled cells, and how long and varied they are."""

    filled: int
    quantity: float  # a value (``>= 80%``, ``2,61``, ``n.d.``, ``Sì``)
    percent: float  # a value in percent
    code: float  # a short code (``1.2.3``, ``01.1``, ``OS1``)
    status: float  # an outcome phrase (``Raggiunto``)
    formula: float  # a ratio or product of named terms
    mean_length: float
    distinct: float  # distinct texts / filled cells

    @property
    def long_text(self) -> bool:
        """True when the cells are prose rather than values or labels."""
        return self.mean_length >= 25 and self.quantity < 0.3


def profile_column(cells: Iterable[str | None]) -> ColumnProfile:
    """Measure a column's cells.

    >>> p = profile_column(["≥ 80%", "2,61", "n.d.", "100%"])
    >>> p.filled, p.quantity, p.percent
    (4, 1.0, 0.5)
    >>> profile_column(["01.1", "01.2", "2.3"]).code, profile_column(["10", "15"]).code
    (1.0, 0.0)
    >>> profile_column(["12.4", "13", "13.1", "13.2"]).code
    1.0
    >>> profile_column(["1", "2", "3", "1", "2"]).code  # rows numbered, per group
    1.0
    >>> profile_column([None, "", "  "]).filled
    0
    """
    texts = [_stacked_quantity(c) or " ".join(c.split()) for c in cells if c and c.strip()]
    n = len(texts)
    if not n:
        return ColumnProfile(0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
    values = [parse_value(t) for t in texts]
    # plain numbers among dotted codes (``13`` above ``13.1``) are codes; alone, quantities
    dotted = sum(bool(_CODE_RE.match(t)) and not _PLAIN_NUMBER_RE.match(t) for t in texts)
    plain = sum(bool(_PLAIN_NUMBER_RE.match(t)) for t in texts)
    quantity = sum(
        v.is_quantity or bool(_PLACEHOLDER_RE.match(t)) or bool(_YES_NO_RE.match(t))
        for v, t in zip(values, texts, strict=True)
    )
    return ColumnProfile(
        filled=n,
        quantity=quantity / n,
        percent=sum(v.unit == "%" for v in values) / n,
        code=(dotted + (plain if dotted >= plain or numbers_rows(texts) else 0)) / n,
        status=sum(match_status(t) is not None for t in texts) / n,
        formula=sum(bool(_FORMULA_RE.search(t)) for t in texts) / n,
        mean_length=sum(len(t) for t in texts) / n,
        distinct=len(set(texts)) / n,
    )


def numbers_rows(texts: Sequence[str]) -> bool:
    """True when ``texts`` count rows: whole numbers going up by one (again from 1 in a group).

    >>> numbers_rows(["1", "2", "3", "4"]), numbers_rows(["3", "4", "5", "1", "2"])
    (True, True)
    >>> numbers_rows(["10", "15", "20"]), numbers_rows(["1", "2"]), numbers_rows(["2", "2", "2"])
    (False, False, False)
    """
    if len(texts) < 3 or not all(_PLAIN_NUMBER_RE.match(t) for t in texts):
        return False
    numbers = [int(t) for t in texts]
    steps = list(pairwise(numbers))
    return all(b == a + 1 or b == 1 for a, b in steps) and sum(
        b == a + 1 for a, b in steps
    ) * 2 > len(steps)


def _stacked_quantity(cell: str) -> str | None:
    r"""The first of a cell's lines when each is a quantity (rows read as one: ``12\n2\n1``).

    >>> _stacked_quantity("12\n2\n1"), _stacked_quantity("Tempo medio\ndi attesa")
    ('12', None)
    """
    lines = [line.strip() for line in cell.split("\n") if line.strip()]
    if len(lines) > 1 and all(parse_value(line).is_quantity for line in lines):
        return lines[0]
    return None


def content_kind(profile: ColumnProfile) -> ContentKind:
    """The kind of column a profile describes.

    >>> content_kind(profile_column(["01.1", "01.2", "02.1"]))
    'code'
    >>> content_kind(profile_column([">= 80%", "≤ 30 gg", "2,61"]))
    'quantity'
    >>> content_kind(profile_column(["Raggiunto", "Non raggiunto", "Raggiunto"]))
    'status'
    >>> content_kind(profile_column(["Tempo medio di evasione delle pratiche SUAP"]))
    'prose'
    >>> content_kind(profile_column(["Efficacia", "Efficienza", "Efficacia"]))
    'short_text'
    """
    if not profile.filled:
        return "empty"
    if profile.code >= 0.8:
        return "code"
    if profile.status >= 0.6:
        return "status"
    if profile.quantity >= 0.6:
        return "quantity"
    if profile.mean_length >= 25:
        return "prose"
    return "short_text"


#: What each field's cells must look like for a weak label to stand.
_FITS: dict[str, frozenset[ContentKind]] = {
    "indicator": frozenset({"prose", "short_text"}),
    "indicator_code": frozenset({"code"}),
    "target": frozenset({"quantity", "short_text", "status"}),
    "actual": frozenset({"quantity", "short_text", "status"}),
    "achievement": frozenset({"quantity"}),
    "weight": frozenset({"quantity"}),
    "status_column": frozenset({"status", "short_text"}),
    "type": frozenset({"short_text"}),
}


def fits(field: str, kind: ContentKind) -> bool:
    """True when cells of ``kind`` can be what a column of ``field`` holds.

    >>> fits("actual", "prose"), fits("actual", "quantity"), fits("notes", "prose")
    (False, True, True)
    """
    allowed = _FITS.get(field)
    return kind == "empty" or allowed is None or kind in allowed


def indicator_likeness(profile: ColumnProfile) -> float:
    """How much a column looks like the one naming the indicators (0: not at all).

    Indicator names are text, mostly different from row to row, and longer
    than a type or a unit; values, codes and formulas are not names.

    >>> names = profile_column(["Tempo medio di pagamento", "Numero di accessi al portale"])
    >>> types = profile_column(["Efficacia", "Efficacia"])
    >>> indicator_likeness(names) > indicator_likeness(types) > 0
    True
    >>> indicator_likeness(profile_column(["80%", "95%"]))
    0.0
    """
    if not profile.filled or profile.quantity >= 0.5 or profile.code >= 0.5:
        return 0.0
    length = min(profile.mean_length, 80.0) / 80.0
    return (1 - profile.quantity) * profile.distinct * (0.3 + length) * (1 - profile.formula / 2)


def column_cells(rows: Sequence[Sequence[str | None]], index: int) -> list[str | None]:
    """The cells of column ``index`` over ``rows`` (None where a row is shorter).

    >>> column_cells([("a", "b"), ("c",)], 1)
    ['b', None]
    """
    return [row[index] if index < len(row) else None for row in rows]
