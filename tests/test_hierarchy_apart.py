"""Hierarchy printed apart from the indicators' rows, on synthetic rows: cards, objective lists."""

from __future__ import annotations

from decimal import Decimal

from perfextract.model import Row
from perfextract.structure import build_indicators


def cells(*texts: str | None, table: int = 0) -> Row:
    return Row(page=1, top=0, bottom=10, cells=tuple(texts), table=table)


def para(text: str, bold: bool = False) -> Row:
    return Row(page=1, top=0, bottom=10, cells=(text,), bold=bold)


def test_indicators_referring_to_a_table_of_objectives_take_its_area_and_title() -> None:
    rows = [
        cells("Cod.", "Area strategica", "Obiettivo operativo", "Peso", table=1),
        cells("1.1", "1 – Didattica", "Ampliare l'offerta formativa", "20%", table=1),
        cells("2.1", "2 – Internazionalizzazione", "Incrementare la mobilità", "15%", table=1),
        para("Tabella 2 – Indicatori", bold=True),
        cells("Rif.", "Cod.", "Indicatore", "Target 2023", "Risultato 2023", table=2),
        cells("Ob. 1.1", "1.1.1", "Corsi attivati", ">= 2", "3", table=2),
        cells("Ob. 2.1", "2.1.1", "Studenti in mobilità", ">= 60", "72", table=2),
    ]
    found, _ = build_indicators(rows, looks_back=True)
    assert [(i.indicator_code, i.objective_code, i.objective_level) for i in found] == [
        ("1.1.1", "1.1", "operational"),
        ("2.1.1", "2.1", "operational"),
    ]
    assert (found[1].area_code, found[1].area_title) == ("2", "Internazionalizzazione")
    assert found[1].objective_title == "Incrementare la mobilità"


def test_a_level_printed_alone_over_its_coded_title_is_one_heading() -> None:
    rows = [
        para("Ambito strategico D – Didattica", bold=True),
        para("OBIETTIVO STRATEGICO", bold=True),
        para("D.1 – Migliorare le carriere", bold=True),
        cells("Cod.", "Indicatore", "Target 2024", "Risultato 2024", "% ragg. Stato"),
        cells("D.1.1", "Laureati in corso", ">= 63%", "61,9%", "98,3% Raggiunto"),
    ]
    found, _ = build_indicators(rows, looks_back=True)
    assert [(i.objective_level, i.objective_code, i.objective_title) for i in found] == [
        ("strategic", "D.1", "Migliorare le carriere")
    ]
    assert (found[0].area_code, found[0].achievement, found[0].status) == (
        "D",
        Decimal("98.3"),
        "achieved",
    )
