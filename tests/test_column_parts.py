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


def test_parts_without_a_code_column_are_joined_row_by_row() -> None:
    names = _table(2, 0, ("N.", "Indicatore", "Tipologia"),
                   ("AREA 1 – ACCESSIBILITÀ", None, None),
                   ("1", "Prime visite in classe B entro 10 giorni", "Efficacia"),
                   ("2", "Tempo medio di permanenza in PS", "Efficienza"))  # fmt: skip
    sources = _table(3, 1, ("Formula di calcolo", "Fonte dati"), ("", None),
                     ("Visite entro 10 gg / visite x 100", "Flusso 28/SAN"),
                     ("Ore tra triage e dimissione / accessi", "Flusso EUOL"))  # fmt: skip
    targets = _table(4, 2, ("Consuntivo 2023", "Target 2024"), ("", None),
                     ("84,7%", "≥ 90%"), ("7,2 ore", "≤ 6 ore"))  # fmt: skip
    records, _ = build_indicators(names + sources + targets, looks_back=False)
    assert [(r.indicator_code, r.data_source, r.baseline, r.target.raw) for r in records] == [
        ("1", "Flusso 28/SAN", "84,7%", "≥ 90%"),
        ("2", "Flusso EUOL", "7,2 ore", "≤ 6 ore"),
    ]
    assert records[0].area_code == "1"


def test_a_table_of_as_many_rows_after_a_whole_table_is_no_part() -> None:
    # the indicators' table states its targets: the budget on the next page is another table
    whole = _table(2, 0, ("Indicatore", "Target 2024", "Valore 2024"),
                   ("Visite ispettive", "≥ 120", "131"), ("Mostre", "4", "5"))  # fmt: skip
    budget = _table(3, 1, ("Voce", "Consuntivo 2023"), ("Personale", "€ 1.200.000"),
                    ("Beni e servizi", "€ 300.000"))  # fmt: skip
    joined = join_column_parts(whole + budget)
    assert [r.cells for r in joined] == [r.cells for r in whole + budget]
