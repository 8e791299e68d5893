"""Values that OCR commonly misreads, checked against the other cells of their column.

Tesseract's Italian model has no ``≥``: in a table it reads ``≥91%`` as
``291%``, and it now and then reads the decimal comma of ``96,27%`` as a
point.  One cell alone cannot tell ``291%`` from a real 291 per cent, but its
column can: where the other percentages stay within 100, a ``2`` glued to
the front of one is the ``≥``; where the other numbers write their decimals
with a comma, a point is a misread comma.  :func:`check_columns` fixes those
cells of a table read by OCR and says what it changed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

Grid = tuple[tuple[str | None, ...], ...]

_GE_AS_TWO_RE = re.compile(
    r"""^2 (?P<rest>\s?\d{1,3}(?:,\d+)? \s?%)$   # 291% or 2 91% for ≥91%""",
    re.VERBOSE,
)
_PERCENT_RE = re.compile(
    r"""^(?:[≥≤<>=]\s?)?(?P<number>\d{1,3}(?:\.\d{3})*(?:,\d+)?)\s?%$  # 96,27%  ≥ 90%""",
    re.VERBOSE,
)
_POINT_DECIMAL_RE = re.compile(
    r"""^(?P<head>(?:[≥≤<>=]\s?)?\d+)\.(?P<tail>\d{1,2}|\d{4,})(?P<end>\s?%?)$
        # 96.27% or 0.2919: a point that is no thousands group (not three digits)""",
    re.VERBOSE,
)
_LETTERS_FOR_DIGITS_RE = re.compile(
    r"""^(?P<sign>[≥≤<>=]\s?)?
        (?P<body>[\dIlO]+(?:[.,][\dIlO]+)?)      # 1O0, ≥I: letters tesseract takes for digits
        (?P<end>\s?%)?$""",
    re.VERBOSE,
)
_NUMBER_RE = re.compile(r"^(?:[≥≤<>=]\s?)?\d+(?:[.,]\d+)*\s?%?$")
_COMMA_DECIMAL_RE = re.compile(r"^(?:[≥≤<>=]\s?)?\d+,\d+\s?%?$")


def check_columns(rows: Grid) -> tuple[Grid, list[str]]:
    """The grid with the misread values of each column fixed, and what was changed.

    >>> grid = (("Target", "Actual"), ("291%", "96.27%"), ("≤0,5%", "0%"), ("70%", "79,07%"))
    >>> fixed, changes = check_columns(grid)
    >>> fixed
    (('Target', 'Actual'), ('≥91%', '96,27%'), ('≤0,5%', '0%'), ('70%', '79,07%'))
    >>> changes
    ["'291%' as '≥91%'", "'96.27%' as '96,27%'"]
    >>> check_columns((("250%",), ("230%",)))[1]  # nothing says they cannot be over 100
    []
    """
    width = max((len(row) for row in rows), default=0)
    columns = [fix_column([row[i] if i < len(row) else None for row in rows]) for i in range(width)]
    grid = tuple(tuple(columns[i][r] for i in range(len(row))) for r, row in enumerate(rows))
    changes = [
        f"{old!r} as {new!r}"
        for row, new_row in zip(rows, grid, strict=True)
        for old, new in zip(row, new_row, strict=True)
        if old != new
    ]
    return grid, changes


def fix_column(cells: Sequence[str | None]) -> list[str | None]:
    """The cells of one column with ``≥`` read as ``2`` and ``,`` read as ``.`` put back.

    >>> fix_column(["Target 2020", "291%", "290%", "≤ 0,5%", None])
    ['Target 2020', '≥91%', '≥90%', '≤ 0,5%', None]
    >>> fix_column(["291%", "29,20%", "8,65%"])  # 29,20% is no misread
    ['≥91%', '29,20%', '8,65%']
    >>> fix_column(["0.2919", "0,08645", "3.127"])  # 3.127 is a thousands group
    ['0,2919', '0,08645', '3.127']
    >>> fix_column(["0.2919", "12.5"])  # no comma decimal to go by
    ['0.2919', '12.5']
    >>> fix_column(["≥I", "1O0%", "70%", "O", "Il"])  # O and Il: no sign, no digit, no %
    ['≥1', '100%', '70%', 'O', 'Il']
    """
    numbers = sum(1 for c in cells if c and _NUMBER_RE.match(c.strip()))
    cells = [_digits_for_letters(c) if numbers else c for c in cells]
    texts = [c.strip() if c else "" for c in cells]
    # a 2 glued to a percentage that the 2 would put over 100
    suspects = {
        i
        for i, t in enumerate(texts)
        if _GE_AS_TWO_RE.match(t) and (_percent(t.replace(" ", "")) or 0) > 100
    }
    others = [
        _percent(t) for i, t in enumerate(texts) if i not in suspects and _PERCENT_RE.match(t)
    ]
    at_most_100 = bool(others) and all(p is not None and p <= 100 for p in others)
    comma_decimals = any(_COMMA_DECIMAL_RE.match(t) for t in texts)
    out: list[str | None] = []
    for i, cell in enumerate(cells):
        text = texts[i]
        two = _GE_AS_TWO_RE.match(text)
        point = _POINT_DECIMAL_RE.match(text)
        if i in suspects and two and at_most_100:
            out.append("≥" + two["rest"])
        elif point and comma_decimals:
            out.append(f"{point['head']},{point['tail']}{point['end']}")
        else:
            out.append(cell)
    return out


def _digits_for_letters(cell: str | None) -> str | None:
    """``cell`` with ``I``, ``l`` and ``O`` read as ``1`` and ``0`` when it is otherwise a number.

    Only a cell with a sign, a ``%`` or a digit besides the letters: ``O``
    alone stays a letter.

    >>> _digits_for_letters("≥I"), _digits_for_letters("l2,5 %"), _digits_for_letters("Olio")
    ('≥1', '12,5 %', 'Olio')
    """
    text = (cell or "").strip()
    match = _LETTERS_FOR_DIGITS_RE.match(text)
    if match is None or not any(ch in "IlO" for ch in match["body"]):
        return cell
    if not (match["sign"] or match["end"] or any(ch.isdigit() for ch in match["body"])):
        return cell
    body = match["body"].translate(str.maketrans("IlO", "110"))
    return f"{match['sign'] or ''}{body}{match['end'] or ''}"


def _percent(text: str) -> Decimal | None:
    """The number of a percentage cell (``≥ 1.234,5%`` → 1234.5), None when it has none.

    >>> _percent("≥ 1.234,5%"), _percent("n.d.")
    (Decimal('1234.5'), None)
    """
    match = _PERCENT_RE.match(text)
    if match is None:
        return None
    return Decimal(match["number"].replace(".", "").replace(",", "."))
