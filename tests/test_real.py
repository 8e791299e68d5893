"""Real reports from public archives (../shared/real), against truths written by reading them.

The PDFs are not bundled (they are not ours to redistribute): these tests run where
``../shared`` is present and skip elsewhere.  The truths in ``tests/real/`` were
written from the rendered pages, never from perfextract's output.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import perfextract
from conftest import ROOT, SHARED
from golden import compare

REAL = SHARED / "real"
TRUTHS = ROOT / "tests" / "real"


def _truth(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((TRUTHS / f"{name}.truth.json").read_text("utf-8"))
    return data


def _pdf(name: str) -> Path:
    path = REAL / f"{name}.pdf"
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared/real)")
    return path


def test_every_real_truth_names_a_real_pdf() -> None:
    names = sorted(p.name[: -len(".truth.json")] for p in TRUTHS.glob("*.truth.json"))
    assert len(names) >= 4
    for name in names:
        assert _truth(name)["source"]["path"] == f"{name}.pdf"


def test_piano_degli_indicatori_di_bilancio() -> None:
    """The national template of financial indicators: a rendiconto's values are actuals."""
    name = "comune-avella-2025-piano-indicatori-rendiconto"
    report = perfextract.extract(_pdf(name))
    result = compare(_truth(name)["indicators"], report.to_dict()["indicators"])
    assert result.f1 >= 0.9, result.misses
    assert result.field_accuracy >= 0.9, result.misses
    first = report.indicators[0]
    assert (first.indicator_code, first.objective_code, first.year) == ("01.1", "01", 2025)
    assert (first.actual.raw, first.target.raw) == ("27,69", None)


@pytest.mark.parametrize(
    "name", ["comune-avella-2026-2028-piao", "comune-avella-2026-piano-performance"]
)
def test_plans_without_indicator_tables_give_no_records(name: str) -> None:
    """Risk registers, staff, budget and phase tables are not indicators."""
    assert _truth(name)["indicators"] == []
    report = perfextract.extract(_pdf(name))
    assert [i.indicator for i in report.indicators] == []
