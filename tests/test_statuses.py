"""Outcome statements: status marks a report's legend defines."""

from __future__ import annotations

import pytest

from perfextract.model import Indicator, Row
from perfextract.statuses import apply_status_legend, read_legend_entries, read_status_legend
from perfextract.values import parse_value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Legenda: R = raggiunto; PR = parzialmente raggiunto; NR = non raggiunto",
            {"R": "achieved", "PR": "partially_achieved", "NR": "not_achieved"},
        ),
        (
            "Legenda stato: R = raggiunto (≥ 95%); PR = parzialmente raggiunto (60-94%); "
            "NR = non raggiunto (< 60%)",
            {"R": "achieved", "PR": "partially_achieved", "NR": "not_achieved"},
        ),
        (
            "LEGENDA  R: Raggiunto  PR: Parzialmente raggiunto  NR: Non raggiunto  S: Sospeso",
            {"R": "achieved", "PR": "partially_achieved", "NR": "not_achieved", "S": "suspended"},
        ),
        (
            "Legenda: ✓ – obiettivo raggiunto | ✗ – obiettivo non raggiunto",
            {"✓": "achieved", "✗": "not_achieved"},
        ),
        (
            "(*) Legenda: OR = Obiettivo raggiunto, ONR = Obiettivo non raggiunto",
            {"OR": "achieved", "ONR": "not_achieved"},
        ),
        ("Legenda: T = target; R = risultato; S = scostamento", {}),
        ("Legenda: PdS = Piano della Sicurezza; R = Regione", {}),
    ],
)
def test_read_legend_entries(text: str, expected: dict[str, str]) -> None:
    assert read_legend_entries(text) == expected


def _row(top: float, *cells: str | None, table: int | None = None) -> Row:
    return Row(1, top, top + 9, tuple(cells), table=table)


def test_legend_on_the_lines_after_its_label() -> None:
    rows = [
        _row(0, "Legenda"),
        _row(10, "R = raggiunto"),
        _row(20, "PR = parzialmente raggiunto"),
        _row(30, "Indicatore", "Target", "Stato", table=1),
    ]
    assert read_status_legend(rows) == {"R": "achieved", "PR": "partially_achieved"}


def test_no_legend_no_marks() -> None:
    rows = [_row(0, "R = raggiunto"), _row(10, "Indicatore", "R", table=1)]
    assert read_status_legend(rows) == {}


def test_legend_far_from_its_label_is_not_read() -> None:
    rows = [_row(0, "Legenda"), *(_row(10 * i, f"riga {i}") for i in range(1, 8))]
    rows.append(_row(90, "R = raggiunto"))
    assert read_status_legend(rows) == {}


@pytest.mark.parametrize(
    ("printed", "status", "expected"),
    [
        ("R", None, "achieved"),
        (" NR ", None, "not_achieved"),
        ("R", "partially_achieved", "partially_achieved"),  # a status read already stays
        ("X", None, None),
        (None, None, None),
    ],
)
def test_apply_status_legend(printed: str | None, status: str | None, expected: str | None) -> None:
    record = Indicator(
        page=1,
        page_end=1,
        indicator="Pratiche evase nei termini",
        target=parse_value("≥ 90%"),
        actual=parse_value("92%"),
        status=status,  # type: ignore[arg-type]
        status_text=printed,
    )
    legend = {"R": "achieved", "NR": "not_achieved"}
    [out] = apply_status_legend([record], legend)  # type: ignore[arg-type]
    assert out.status == expected
    assert out.status_text == printed
