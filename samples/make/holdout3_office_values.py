"""Mechanical re-checks of the hand-written values of the holdout3 office samples.

The parsed values in ``holdout3_office_salerno.py`` and ``holdout3_office_catania.py`` are
written by hand; this module only re-checks them where RECORDS.md / CONVENTIONS.md make the
rule mechanical (operator words, the numbers that open a cell, the unit words, ``met``), and
turns them into record fields. It never reads perfextract.
"""

from __future__ import annotations

import re
from typing import Any

from .truth import RECORD_KEYS

Record = dict[str, Any]
Parsed = list[Any] | None  # [operator, value, value_max, unit]

OPERATORS = {">=", ">", "<=", "<", "=", "range"}
UNITS = {"%", "‰", "EUR", "days", "months", "hours"}
PREFIX = re.compile(r"(≥|≤|>=|<=|>|<)?\s*(€|N°)?\s*-?\d")
NUMBER = re.compile(r"(?<![\d/])-?\d[\d.]*(?:,\d+)?(?![\d/])")
DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}")
OPERATOR_OF = {"≥": ">=", ">=": ">=", "≤": "<=", "<=": "<=", ">": ">", "<": "<"}
UNIT_PATTERNS = {
    "%": r"%",
    "‰": r"‰|per mille",
    "EUR": r"€|\beuro\b",
    "days": r"\bgg\b|\bgiorni\b",
    "months": r"\bmesi\b",
    "hours": r"\bore\b",
}


def q(operator: str, value: float, unit: str | None = None, top: float | None = None) -> list[Any]:
    """Return a hand-parsed quantity ``[operator, value, value_max, unit]``."""
    return [operator, value, top, unit]


def plain(text: str | None) -> str | None:
    """Collapse whitespace runs to one space and strip; an empty cell is None."""
    return re.sub(r"\s+", " ", text or "").strip() or None


def italian_number(text: str) -> float:
    """Read a number the Italian way (``1.742,97`` → 1742.97, ``3.127`` → 3127)."""
    return float(text.replace(".", "").replace(",", "."))


def check_quantity(text: str | None, parsed: Parsed, where: str) -> None:
    """Re-check a hand-parsed target/actual against its printed cell."""
    text = plain(text)
    if parsed is None:
        if text and PREFIX.match(text):
            numbers = NUMBER.findall(re.sub(r"\(.*?\)", "", text))
            if not DATE.search(text) and len(numbers) <= 1:
                raise ValueError(f"{where}: {text!r} reads as a quantity but is parsed as none")
        return
    if text is None:
        raise ValueError(f"{where}: a parsed quantity for an empty cell")
    operator, value, value_max, unit = parsed
    if operator not in OPERATORS or unit not in UNITS | {None}:
        raise ValueError(f"{where}: bad parsed value {parsed}")
    match = PREFIX.match(text)
    if not match:
        raise ValueError(f"{where}: {text!r} does not open with a quantity")
    wanted = "range" if value_max is not None else OPERATOR_OF.get(match.group(1) or "", "=")
    if operator != wanted or (operator == "range") != (value_max is not None):
        raise ValueError(f"{where}: operator of {text!r} is not {operator!r}")
    numbers = [italian_number(n) for n in NUMBER.findall(re.sub(r"\(.*?\)", "", text))]
    if numbers != [n for n in (value, value_max) if n is not None]:
        raise ValueError(f"{where}: numbers {numbers} of {text!r} are not {parsed}")
    for name, pattern in UNIT_PATTERNS.items():
        if (unit == name) != bool(re.search(pattern, text)):
            raise ValueError(f"{where}: unit of {text!r} is not {unit!r}")


def check_percent(text: str | None, number: float | None, where: str) -> None:
    """Re-check a weight or achievement (``92,6%`` → 92.6, ``10`` → 10)."""
    text = plain(text)
    printed = None
    if text is not None:
        match = re.fullmatch(r"(-?\d+(?:,\d+)?)\s*%?", text)
        if not match:
            raise ValueError(f"{where}: {text!r} is not a percentage")
        printed = italian_number(match.group(1))
    if printed != number:
        raise ValueError(f"{where}: {text!r} is not {number}")


def computed_met(target: Parsed, actual: Parsed) -> bool | None:
    """Does the actual satisfy the target? Null unless both are quantities (CONVENTIONS.md)."""
    if target is None or actual is None:
        return None
    operator, value, value_max, unit = target
    if actual[0] != "=":
        raise ValueError(f"actual {actual} is not a single value: decide met by hand")
    number = actual[1]
    if unit and actual[3] and unit != actual[3]:
        return None
    return {
        ">=": number >= value,
        ">": number > value,
        "<=": number <= value,
        "<": number < value,
        "=": number == value,
        "range": value_max is not None and value <= number <= value_max,
    }[operator]


def quantity_fields(side: str, text: str | None, parsed: Parsed, where: str) -> Record:
    """Return ``side``, ``side_operator/value/value_max/unit`` for a checked cell."""
    check_quantity(text, parsed, f"{where} {side}")
    operator, value, value_max, unit = parsed or (None, None, None, None)
    return {
        side: plain(text),
        f"{side}_operator": operator,
        f"{side}_value": value,
        f"{side}_value_max": value_max,
        f"{side}_unit": unit,
    }


def new_record(context: Record, fields: Record) -> Record:
    """Return a record with every key of RECORDS.md, from a hierarchy context and fields."""
    record: Record = dict.fromkeys(RECORD_KEYS)
    record.update(context)
    record.update(fields)
    unknown = set(record) - set(RECORD_KEYS)
    if unknown:
        raise ValueError(f"not record keys: {sorted(unknown)}")
    return record
