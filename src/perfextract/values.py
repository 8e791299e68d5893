"""Italian target and achieved values → :class:`~perfextract.model.Value`.

The locale is fixed, never guessed: ``,`` is the decimal mark and ``.`` groups
thousands (``1.742,97``); a single ``.`` followed by exactly three digits is a
thousands group (``3.127`` → 3127), any other ``.`` is a decimal point (``2.5``).

A cell states one quantity when, outside parentheses, it reads::

    [operator | tra | da] [N°] [€] NUMBER [mila | milioni] [unit]
        [(- | e | a) [€] NUMBER [unit]]     a range: 80-90%, tra 80 e 90, da 5 a 10 giorni
        [o più | massimo]                   a comparison printed after the number
        [qualifier without digits]          ignored: "35,28% da consolidare"

Parenthesized text is ignored, the qualifier is ignored, and any other text
(prose, dates, a second number) gives a :class:`Value` that keeps only ``raw``.
Every function here is pure and total: bad input gives ``None``, never an error.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import NamedTuple

from perfextract.direction import Direction
from perfextract.model import Operator, Unit, Value

__all__ = ["clean_text", "is_met", "parse_number", "parse_value"]

#: Tolerance of a target that states one exact number (``=``).
EQUALITY_TOLERANCE = Decimal("1e-9")

# Italian prepositions, bare and joined with an article ("superiore al", "fino all'").
_A = r"a(?:l|ll['’]|llo|lla|i|gli)?"
_DI = r"d(?:i|el|ell['’]|ello|ella|ei|egli)"
_DA = r"d(?:a|al|all['’]|allo|alla|ai|agli)"
# An article after a word operator: "almeno il 90%", "almeno l'80%".
_ARTICLE = r"(?:\s+(?:il|lo|la|i|gli|le)(?=\s)|\s*l['’])?"
# A word must end where a word ends ("entro", not "entrate"); symbols need not.
_WORD_END = r"(?:(?<![^\W\d_])|(?![^\W\d_]))"

_NUMBER = re.compile(
    r"""
    (?P<sign> - | −\s? | \+\s? )?                 # sign, glued to the digits ("+ 12%" too)
    (?:
        (?P<grouped> [1-9][0-9]{0,2}                 # thousands groups: 3.127, 2.720.771,
            (?: (?P<group> [.\ \u00a0\u2009\u202f] ) [0-9]{3} )  # or a (thin) space: 1 250
            (?: (?P=group) [0-9]{3} )* )
        (?: , (?P<grouped_fraction> [0-9]+ ) )?    # decimal comma: 1.742,97
      | (?P<plain> [0-9]+ )                        # no grouping: 100, 0, 2176
        (?: [,.] (?P<plain_fraction> [0-9]+ ) )?   # decimal comma or a lone point: 0,5 / 2.5
    )
    (?! [.,]?[0-9] )                               # not the start of a date or a longer number
    """,
    re.VERBOSE,
)

_OPERATOR = re.compile(
    rf"""
    (?:
        (?P<ge> >\s?= | => | ≥ | almeno | non\s+inferiore\s+{_A} | non\s+meno\s+{_DI}
              | (?:maggiore|superiore)\s+o\s+uguale\s+{_A} | min\.? | minimo )
      | (?P<le> <\s?= | =< | ≤ | non\s+superiore\s+{_A} | non\s+oltre
              | (?:minore|inferiore)\s+o\s+uguale\s+{_A} | entro | fino\s+{_A}
              | max\.? | massimo )
      | (?P<gt> > | maggiore\s+{_DI} | superiore\s+{_A} | oltre )
      | (?P<lt> < | minore\s+{_DI} | inferiore\s+{_A} | meno\s+{_DI} )
      | (?P<eq> = | pari\s+{_A} | uguale\s+{_A} )
      | (?P<between> tra | fra )                   # a range follows: tra 80 e 90
      | (?P<from> {_DA} )                          # a range follows: da 5 a 10
    )
    {_ARTICLE} {_WORD_END} \s*
    """,
    re.VERBOSE | re.IGNORECASE,
)

_COUNT_PREFIX = re.compile(
    r"""
    (?: n\s?[°º] | n(?:r|um)?\. | nr\b | num\b ) \s*   # N° 40, n. 5, nr. 3
    """,
    re.VERBOSE | re.IGNORECASE,
)

# A unit printed before the number: "€ 150.000", "gg 30", "mesi 6".
_LEADING_UNIT = re.compile(
    r"""
    (?: (?P<eur> €\.? | eur(?:o)?\b\.? )
      | (?P<days> gg\b\.? | giorni\b )
      | (?P<months> mesi\b )
    ) \s*
    """,
    re.VERBOSE | re.IGNORECASE,
)

_DATE = re.compile(
    r"""
    [0-9]{1,2} \s?[./-]\s? [0-9]{1,2} \s?[./-]\s? [0-9]{2,4} (?![0-9])  # 31/12/2020, 31.12.2026
  | [0-9]{4} - [0-9]{1,2} - [0-9]{1,2}                                 # 2020-12-31
  | [0-9]{1,2} \s*[°º]?\s* (?: gennaio | febbraio | marzo | aprile | maggio | giugno | luglio
                             | agosto | settembre | ottobre | novembre | dicembre ) \b
    """,
    re.VERBOSE | re.IGNORECASE,
)

_MULTIPLIER = re.compile(
    r"""
    \s* (?:
        (?P<thousand> mila | migliaia )            # 10 mila euro
      | (?P<million> milion[ei] | mln\.? )         # € 2,5 milioni, 3 mln.
      | (?P<billion> miliard[io] | mld\.? )
    ) (?![^\W\d_])
    """,
    re.VERBOSE | re.IGNORECASE,
)

_UNIT = re.compile(
    r"""
    \s* (?:
        (?P<percent> % | per\s*cento\b )
      | (?P<permille> ‰ | per\s*mille\b )
      | (?P<days> (?: gg\b\.? | giorn[oi]\b ) (?: \s*lavorativ[oi]\b )? )  # 5gg, gg. lavorativi
      | (?P<months> mes[ei]\b )
      | (?P<hours> or[ae]\b )
      | (?P<eur> (?: d[i'’]\s* )? (?: € | eur(?:o)?\b ) )                 # 5 €, 2 milioni di euro
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)

_RANGE_SEPARATOR = re.compile(
    rf"""
    \s* (?:
        (?P<dash> [-–—÷] )                         # 80-90%, 80 – 90 %
      | (?P<and> ed? ) {_ARTICLE} {_WORD_END}      # tra 80 e 90
      | (?P<to> {_A} ) {_ARTICLE} {_WORD_END}      # da 5 a 10 giorni
    ) \s*
    """,
    re.VERBOSE | re.IGNORECASE,
)

# A comparison printed after the quantity: "80% o più", "5 giorni massimo".
_POSTFIX_OPERATOR = re.compile(
    r"""
    \s* (?:
        (?P<ge> o\s+(?:più|superiore) | e\s+(?:più|oltre) | (?:come\s+|al\s+)?minimo )
      | (?P<le> o\s+(?:meno|inferiore) | (?:come\s+|al\s+)?massimo | max\.? )
    ) (?![^\W\d_])
    """,
    re.VERBOSE | re.IGNORECASE,
)

_PARENTHESIZED = re.compile(r"\( [^()]* \)", re.VERBOSE)
_DIGIT = re.compile(r"\d")
_WHITESPACE = re.compile(r"\s+")

_OPERATORS: dict[str, Operator] = {"ge": ">=", "gt": ">", "le": "<=", "lt": "<", "eq": "="}
_MULTIPLIERS = {"thousand": 10**3, "million": 10**6, "billion": 10**9}
_UNITS: dict[str, Unit] = {
    "percent": "%", "permille": "‰", "days": "days", "months": "months", "hours": "hours",
    "eur": "EUR",
}  # fmt: skip
_SEPARATOR_MARKER = {"dash": None, "and": "between", "to": "from"}


class _Amount(NamedTuple):
    number: Decimal
    unit: Unit | None
    end: int


class _Quantity(NamedTuple):
    operator: Operator
    number: Decimal
    number_max: Decimal | None
    unit: Unit | None


class _Interval(NamedTuple):
    low: Decimal | None  # None: unbounded
    low_open: bool
    high: Decimal | None
    high_open: bool


#: A line break right after the hyphen of a range of numbers ("2020-" / "2022").
_NUMBER_RANGE_BREAK = re.compile(
    r"(?<=\d-)[ \t]*\n\s*(?=\d)"  # 2020- / 2022
    r"|(?<=\d)[ \t]*\n\s*(?=/\d)|(?<=\d/)[ \t]*\n\s*(?=\d)"  # a date broken at a slash
)


#: A list item's mark at the start of a line: a bullet glyph, or a dash before a word.
_BULLET_RE = re.compile(r"^\s*(?:[•▪◦●‣∙·■□➢➤►▶]|[-–](?=\s+[^\W\d_]))\s*")


def bullet_mark(text: str) -> str:
    """The list item's mark that opens ``text`` with its spaces, or ``""``.

    >>> bullet_mark("• Numero di cedolini"), bullet_mark("- Tempo medio"), bullet_mark("-4,2 gg")
    ('• ', '- ', '')
    """
    m = _BULLET_RE.match(text)
    return m.group(0) if m else ""


def without_bullet(text: str | None) -> str | None:
    """``text`` without the list item's mark it opens with (an indicator listed as a bullet).

    >>> without_bullet("• Numero di cedolini elaborati"), without_bullet("–  Ore di presidio")
    ('Numero di cedolini elaborati', 'Ore di presidio')
    >>> without_bullet("-4,2 gg"), without_bullet(None)
    ('-4,2 gg', None)
    """
    if text is None:
        return None
    return text[len(bullet_mark(text)) :] or text


def clean_text(text: str | None) -> str | None:
    """Collapse every run of whitespace to one space and strip; empty gives ``None``.

    >>> clean_text("  N° 40\\n dipendenti\\t ")
    'N° 40 dipendenti'
    >>> clean_text(" \\n "), clean_text(None)
    (None, None)

    A line broken after the hyphen between two numbers is one word again
    (``2020-`` / ``2022`` → ``2020-2022``); other hyphens at a line's end stay
    apart, since a word broken into syllables cannot be told from a compound.

    >>> clean_text("nel triennio 2020-\\n2022"), clean_text("sicurez-\\nza")
    ('nel triennio 2020-2022', 'sicurez- za')
    >>> clean_text("Entro il 31\\n/12/2023"), clean_text("delibera n. 296/\\n23/CONS")
    ('Entro il 31/12/2023', 'delibera n. 296/23/CONS')
    """
    if text is None:
        return None
    if "\n" in text:
        text = _NUMBER_RANGE_BREAK.sub("", text)
    return _WHITESPACE.sub(" ", text).strip() or None


def parse_number(text: str) -> Decimal | None:
    """One Italian-formatted number, or ``None`` for anything else.

    >>> parse_number("1.742,97"), parse_number("3.127"), parse_number("2.5")
    (Decimal('1742.97'), Decimal('3127'), Decimal('2.5'))
    >>> parse_number("-15,65"), parse_number("+3"), parse_number(" 2.720.771,87 ")
    (Decimal('-15.65'), Decimal('3'), Decimal('2720771.87'))
    >>> parse_number("31.12.2026"), parse_number("80%"), parse_number("")
    (None, None, None)
    """
    match = _NUMBER.fullmatch(text.strip())
    return None if match is None else _to_decimal(match)


def parse_value(text: str | None) -> Value:
    """Read the comparison, number(s) and unit a target or achieved value states.

    >>> parse_value(">=80%")
    Value(raw='>=80%', operator='>=', number=Decimal('80'), number_max=None, unit='%')
    >>> parse_value("da 5 a 10 giorni lavorativi")  # doctest: +NORMALIZE_WHITESPACE
    Value(raw='da 5 a 10 giorni lavorativi', operator='range', number=Decimal('5'),
          number_max=Decimal('10'), unit='days')
    >>> parse_value("€ 2.720.771,87").number, parse_value("35,28% da consolidare").unit
    (Decimal('2720771.87'), '%')
    >>> parse_value("N° 40 dipendenti su 47 complessivi")  # doctest: +NORMALIZE_WHITESPACE
    Value(raw='N° 40 dipendenti su 47 complessivi', operator=None, number=None,
          number_max=None, unit=None)
    >>> parse_value("entro il 31/12/2020").is_quantity, parse_value(None).raw
    (False, None)
    """
    raw = clean_text(text)
    if raw is None:
        return Value(raw=None)
    quantity = _read_quantity(_drop_parentheses(raw))
    if quantity is None:
        return Value(raw=raw)
    return Value(raw, quantity.operator, quantity.number, quantity.number_max, quantity.unit)


def is_met(target: Value, actual: Value, better: Direction | None = None) -> bool | None:
    """Does ``actual`` satisfy ``target``?  ``None`` where that cannot be decided.

    True when every value the actual allows satisfies the target, False when none
    does, None when some do, when either is not a quantity or the units differ.

    A bare-number target (``3``, no operator printed) is met by an equal actual;
    otherwise it is read as ``>=`` when ``better`` is ``"higher"``, as ``<=``
    when it is ``"lower"`` (see :mod:`perfextract.direction`), and gives None
    when the direction is not known.  A printed operator (``>=``, ``entro``,
    ``almeno``, ``= 3``, ``pari a 3``) decides as printed.

    >>> is_met(parse_value(">=80 %"), parse_value("> 80%"))
    True
    >>> is_met(parse_value("<= 35%"), parse_value("35,28% da consolidare"))
    False
    >>> is_met(parse_value(">= 80%"), parse_value(">= 70%")) is None
    True
    >>> is_met(parse_value("<= 5 giorni"), parse_value("5%")) is None
    True
    >>> [is_met(parse_value("3"), parse_value("8"), better) for better in ("higher", "lower", None)]
    [True, False, None]
    >>> is_met(parse_value("3"), parse_value("3")), is_met(parse_value("= 3"), parse_value("8"))
    (True, False)
    """
    if not (target.is_quantity and actual.is_quantity):
        return None
    if target.unit is not None and actual.unit is not None and target.unit != actual.unit:
        return None
    bare = target.operator == "=" and not _states_equality(target.raw)
    if bare and better is not None:
        target = replace(target, operator=">=" if better == "higher" else "<=")
    allowed, stated = _interval(target, EQUALITY_TOLERANCE), _interval(actual, Decimal(0))
    if allowed is None or stated is None:
        return None
    if _contains(allowed, stated):
        return True
    if bare and better is None:
        return None  # not equal, and which way is better is not known
    if _below(stated, allowed) or _below(allowed, stated):
        return False
    return None


def _states_equality(raw: str | None) -> bool:
    """True when ``raw`` prints an equality (``= 3``, ``pari a 3``), not a bare number.

    >>> _states_equality("pari al 100%"), _states_equality("100%"), _states_equality(">= 3")
    (True, False, False)
    """
    lead = _OPERATOR.match(_drop_parentheses(raw or ""))
    return lead is not None and lead.lastgroup == "eq"


def _drop_parentheses(text: str) -> str:
    """Text outside parentheses; an unclosed ``(`` runs to the end of the cell."""
    previous = None
    while previous != text:  # innermost first, so nested parentheses go too
        previous, text = text, _PARENTHESIZED.sub(" ", text)
    return text.partition("(")[0].strip()


def _read_quantity(text: str) -> _Quantity | None:
    """The one quantity ``text`` states from its start, or ``None``."""
    operator: Operator | None = None
    marker: str | None = None
    pos = 0
    if (lead := _OPERATOR.match(text)) is not None:
        kind = lead.lastgroup or ""
        if kind in _OPERATORS:
            operator = _OPERATORS[kind]
        else:
            marker = kind  # "between" or "from": only a range may follow
        pos = lead.end()
    if (count := _COUNT_PREFIX.match(text, pos)) is not None:
        pos = count.end()
    first = _read_amount(text, pos)
    if first is None:
        return None
    number, number_max, unit, pos = first.number, None, first.unit, first.end

    separator = _RANGE_SEPARATOR.match(text, pos)
    second = None
    if separator is not None and _SEPARATOR_MARKER[separator.lastgroup or ""] in (None, marker):
        second = _read_amount(text, separator.end())
    if second is not None:
        if operator is not None or (None not in (unit, second.unit) and unit != second.unit):
            return None  # "> 80-90" or "5% - 10 giorni": not one range
        number, number_max = sorted((number, second.number))
        operator, unit, pos = "range", unit or second.unit, second.end
    elif marker is not None:
        return None  # "da 5 giorni", "tra 80": a range marker without its range
    elif (postfix := _POSTFIX_OPERATOR.match(text, pos)) is not None:
        stated = _OPERATORS[postfix.lastgroup or ""]
        if operator not in (None, stated):
            return None
        operator, pos = stated, postfix.end()

    if _DIGIT.search(text, pos):
        return None  # another number follows: the cell states several quantities
    return _Quantity(operator or "=", number, number_max, unit)


def _read_amount(text: str, pos: int) -> _Amount | None:
    """A number at ``pos`` with its currency, multiplier and unit; not a date or ordinal."""
    leading = _LEADING_UNIT.match(text, pos)
    if leading is not None:
        pos = leading.end()
    number = _NUMBER.match(text, pos)
    if _DATE.match(text, pos) or number is None or text.startswith(("°", "º"), number.end()):
        return None
    value, pos = _to_decimal(number), number.end()
    if (multiplier := _MULTIPLIER.match(text, pos)) is not None:
        value, pos = value * _MULTIPLIERS[multiplier.lastgroup or ""], multiplier.end()
    unit: Unit | None = _UNITS[leading.lastgroup or ""] if leading is not None else None
    if (suffix := _UNIT.match(text, pos)) is not None:
        if unit not in (None, _UNITS[suffix.lastgroup or ""]):
            return None  # "€ 5 %": two units
        unit, pos = _UNITS[suffix.lastgroup or ""], suffix.end()
    return _Amount(value, unit, pos)


def _to_decimal(match: re.Match[str]) -> Decimal:
    """The Decimal a :data:`_NUMBER` match spells, in the fixed Italian locale."""
    sign = "-" if (match["sign"] or "").strip() in ("-", "−") else ""
    integer = re.sub(r"[.\s]", "", match["grouped"] or match["plain"])  # drop thousands groups
    fraction = match["grouped_fraction"] or match["plain_fraction"]
    return Decimal(f"{sign}{integer}.{fraction}" if fraction else f"{sign}{integer}")


def _interval(value: Value, tolerance: Decimal) -> _Interval | None:
    """The numbers ``value`` allows, as an interval (``=`` widened by ``tolerance``)."""
    low, high = value.number, value.number_max
    if low is None or not low.is_finite() or (high is not None and not high.is_finite()):
        return None
    if value.operator == "range":
        high = low if high is None else high
        return _Interval(min(low, high), False, max(low, high), False)
    if value.operator == "=":
        return _Interval(low - tolerance, False, low + tolerance, False)
    if value.operator in (">", ">="):
        return _Interval(low, value.operator == ">", None, False)
    if value.operator in ("<", "<="):
        return _Interval(None, False, low, value.operator == "<")
    return None


def _mirror(interval: _Interval) -> _Interval:
    """``interval`` reflected through zero, so upper bounds can be checked as lower ones."""
    low, low_open, high, high_open = interval
    return _Interval(
        None if high is None else -high, high_open, None if low is None else -low, low_open
    )


def _below(left: _Interval, right: _Interval) -> bool:
    """Every point of ``left`` lies below every point of ``right``."""
    if left.high is None or right.low is None:
        return False
    return left.high < right.low or (left.high == right.low and (left.high_open or right.low_open))


def _starts_within(outer: _Interval, inner: _Interval) -> bool:
    """``inner`` has no point below ``outer``'s lower bound."""
    if outer.low is None:
        return True
    if inner.low is None:
        return False
    return inner.low > outer.low or (
        inner.low == outer.low and (inner.low_open or not outer.low_open)
    )


def _contains(outer: _Interval, inner: _Interval) -> bool:
    """Every point of ``inner`` lies in ``outer``."""
    return _starts_within(outer, inner) and _starts_within(_mirror(outer), _mirror(inner))
