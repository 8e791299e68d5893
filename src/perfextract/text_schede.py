"""Indicators printed as blocks of labelled lines rather than as table rows.

Report software often prints each indicator as a block of text::

    Indicatore 1.2.1 – Tempo medio di pagamento delle fatture
        Formula: Somma dei giorni di pagamento / N. fatture
        Target: <= 30 gg
        Valore raggiunto: 24 gg
        Esito: Raggiunto

The lines open with a column label and a colon.  :func:`read_text_schede`
turns such a block into the two rows a table would give, a header of the
labels and a row of the values, so that the ordinary header and record
stages read it; a block that goes on overleaf gives a third row on that page,
which continues the record (``page_end``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from perfextract.column_rules import VALUE_FIELDS
from perfextract.labels import match_label
from perfextract.model import Row

#: ``Formula: …``: a label of a few words, a colon, the value.
_KEY_LINE_RE = re.compile(r"^\s*(?P<key>[A-ZÀ-Ý][\w'’ .()/-]{1,40}?)\s*:\s*(?P<value>.*)$")
#: ``Indicatore 1.2.1 – Tempo medio …``: the label, a code, a dash, the indicator's name.
_LEAD_RE = re.compile(
    r"^\s*(?P<key>[A-ZÀ-Ý][\w'’. ]{2,30}?)\s+(?P<code>[A-Z]{0,3}\s?\d+(?:[._]\d+)*[a-z]?)"
    r"\s*[-–:.)]\s*(?P<name>\S.*)$",
    re.DOTALL,
)


def key_line(line: str) -> tuple[str, str, str] | None:
    """The label, the field it names and the value of a labelled line, or None.

    >>> key_line("Valore raggiunto: 24 gg")
    ('Valore raggiunto', 'actual', '24 gg')
    >>> key_line("Nota bene: il dato è provvisorio") is None
    True
    """
    m = _KEY_LINE_RE.match(line)
    if m is None:
        return None
    found = match_label(m.group("key"))
    if found is None:
        return None
    return m.group("key").strip(), found.field, m.group("value").strip()


def lead_line(text: str) -> tuple[str, str] | None:
    """The code and the name of an indicator line (``Indicatore 1.2.1 – Tempo medio …``), or None.

    >>> lead_line("Indicatore 3.2.1 – Tempo medio di pagamento delle fatture")
    ('3.2.1', 'Tempo medio di pagamento delle fatture')
    >>> lead_line("Obiettivo strategico 1.1 – Garantire i tempi di attesa") is None
    True
    """
    m = _LEAD_RE.match(text)
    if m is None:
        return None
    found = match_label(m.group("key"))
    if found is None or found.field != "indicator":
        return None
    return m.group("code").replace(" ", ""), " ".join(m.group("name").split())


@dataclass
class _Block:
    """The labelled lines of one indicator, page by page."""

    first: Row
    keys: list[str] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)
    values: dict[int, dict[int, list[str]]] = field(default_factory=dict)  # page → key → parts
    last: Row | None = None
    key: int | None = None  # the key the last line went to

    def add(self, page: int, key: str, name: str, value: str) -> None:
        if name not in self.fields:
            self.keys.append(key)
            self.fields.append(name)
        at = self.fields.index(name)
        self.key = at
        self.values.setdefault(page, {}).setdefault(at, []).append(value)

    def go_on(self, page: int, text: str) -> None:
        if self.key is not None:
            self.values.setdefault(page, {}).setdefault(self.key, []).append(text)

    def is_indicator(self) -> bool:
        return "indicator" in self.fields and bool(VALUE_FIELDS & set(self.fields))

    def rows(self, table: int) -> list[Row]:
        last = self.last or self.first
        first_page = min(self.values)
        header = Row(self.first.page, self.first.top, self.first.bottom, tuple(self.keys),
                     table=table, x0=self.first.x0, x1=self.first.x1)  # fmt: skip
        out = [header]
        for page in sorted(self.values):
            parts = self.values[page]
            cells = tuple(
                "\n".join(parts[i]) if i in parts else None for i in range(len(self.keys))
            )
            top = self.first.top if page == first_page else 0.0
            bottom = last.bottom if page == last.page else top
            out.append(Row(page, top, bottom, cells, table=table, x0=self.first.x0,
                           x1=self.first.x1))  # fmt: skip
        return out


def _lines(row: Row) -> list[str]:
    return [line for line in (row.cells[0] or "").split("\n") if line.strip()]


def _keyed(row: Row) -> bool:
    """True for a paragraph whose first line opens with a column label and a colon."""
    lines = _lines(row) if row.table is None and len(row.cells) == 1 else []
    return bool(lines) and key_line(lines[0]) is not None


def read_text_schede(rows: Sequence[Row]) -> list[Row]:
    """``rows`` with each block of labelled lines about one indicator read as a table.

    A block opens at an indicator line (``Indicatore 1.2.1 – …``) or at an
    ``Indicatore:`` line, takes the labelled paragraphs that follow (a line
    without a label goes on with the value above it; running lines in the
    margin are passed over; the block goes on at the top of the next page)
    and must name a value (target, actual, outcome) to count.
    """
    tables = [r.table for r in rows if r.table is not None]
    table = max(tables, default=-1) + 1
    out: list[Row] = []
    i = 0
    while i < len(rows):
        block, j = _block_at(rows, i)
        if block is None or not block.is_indicator():
            out.append(rows[i])
            i += 1
            continue
        out += block.rows(table)
        table += 1
        i = j
    return out


def _block_at(rows: Sequence[Row], i: int) -> tuple[_Block | None, int]:
    """The block of labelled lines that starts at ``rows[i]``, and where it ends."""
    row = rows[i]
    if row.table is not None or len(row.cells) != 1:
        return None, i
    lines = _lines(row)
    block = _Block(first=row)
    lead = lead_line(" ".join(lines)) if lines else None
    if lead is not None:
        block.add(row.page, "Codice", "indicator_code", lead[0])
        block.add(row.page, "Indicatore", "indicator", lead[1])
        block.key = None  # the name is whole: a next unlabelled line is no part of it
        j = i + 1
    elif _keyed(row) and (first := key_line(lines[0])) is not None and first[1] == "indicator":
        j = i
    else:
        return None, i
    while j < len(rows):
        later = rows[j]
        if later.margin and later.table is None:
            j += 1
            continue
        if not _keyed(later):
            overleaf = block.last is not None and later.page > block.last.page
            if not (overleaf and later.table is None and len(later.cells) == 1 and not later.bold):
                break
        elif j > i and key_line(_lines(later)[0]) is not None and _starts_again(block, later):
            break
        for line in _lines(later):
            found = key_line(line)
            if found is not None:
                block.add(later.page, *found)
            else:
                block.go_on(later.page, line.strip())
        block.last = later
        j += 1
    return block, j


def _starts_again(block: _Block, row: Row) -> bool:
    """True when ``row`` opens another indicator (an ``Indicatore:`` line once one is named)."""
    first = key_line(_lines(row)[0])
    return first is not None and first[1] == "indicator" and "indicator" in block.fields
