"""A wide sheet printed in column parts, joined back by its codes."""

from __future__ import annotations

from perfextract.column_parts import join_column_parts
from perfextract.model import Row
from perfextract.structure import build_indicators


def _table(page: int, table: int, *rows: tuple[str | None, ...]) -> list[Row]:
    return [Row(page, 10.0 * i, 10.0 * i + 9, cells, table=table) for i, cells in enumerate(rows)]


LEFT = _table(2, 0, ("Cod.", "Indicatore"), ("1.1.1", "Pratiche evase nei termini"),
              ("1.1.2", "Tempo medio di rilascio"))  # fmt: skip
RIGHT = _table(3, 1, ("Cod.", "Target 2023", "Valore 2023"), ("1.1.1", "≥ 90%", "93%"),
               ("1.1.2", "≤ 30 gg", "27 gg"))  # fmt: skip


def test_the_parts_of_a_wide_sheet_give_whole_records() -> None:
    records, _ = build_indicators(LEFT + RIGHT, looks_back=True)
    assert [(r.indicator_code, r.target.raw, r.actual.raw, r.page) for r in records] == [
        ("1.1.1", "≥ 90%", "93%", 2),
        ("1.1.2", "≤ 30 gg", "27 gg", 2),
    ]


def test_tables_numbered_alike_are_no_parts() -> None:
    first = _table(
        2, 0, ("N.", "Indicatore", "Target"), ("1", "Visite", "120"), ("2", "Mostre", "4")
    )
    second = _table(3, 1, ("N.", "Indicatore", "Target"), ("1", "Corsi", "8"), ("2", "Bandi", "3"))
    assert join_column_parts(first + second) == first + second


def test_a_table_that_names_its_indicators_again_is_no_part() -> None:
    again = _table(4, 2, ("Cod.", "Indicatore", "Esito"), ("1.1.1", "Pratiche", "Raggiunto"),
                   ("1.1.2", "Tempo medio", "Raggiunto"))  # fmt: skip
    assert join_column_parts(LEFT + again) == LEFT + again
