"""The sample generator (``python -m samples.make``): every sample has a renderer and a
layout format it knows, the hand-written values are checked against their cells, the
layout features a content expects are read back from its PDF (and a missing one is
caught), and a sample drawn by reportlab (no LibreOffice needed) regenerates with the
same truth and page texts.

The renderer tests skip without the ``samples`` extra (python-docx) or the Liberation fonts.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES

sys.path.insert(0, str(ROOT))  # samples/ is a folder of the repository, not an installed package

from samples.make import compare, truth

FONT = Path("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf")


def test_every_sample_with_a_truth_has_a_renderer() -> None:
    pytest.importorskip("docx")
    from samples.make.__main__ import samples

    names = {p.name.removesuffix(".truth.json") for p in SAMPLES.glob("**/*.truth.json")}
    # holdout samples were made apart from the project, by generators of their own
    holdouts = {n for n in names if "generator" in _content(n)}
    assert set(samples()) == names - holdouts
    assert len(names - holdouts) >= 34
    for name in holdouts:
        assert (SAMPLES.parent / _content(name)["generator"]).exists(), name


def test_every_layout_names_a_format_of_its_renderer() -> None:
    pytest.importorskip("docx")
    from samples.make import calc, report, word
    from samples.make.__main__ import samples

    renderers = {"calc": calc, "report": report, "word": word}
    for name in samples():
        content = _content(name)
        if name.endswith("-scansione"):
            continue
        layout = content["layout"]
        assert isinstance(layout, dict) and isinstance(content["renderer"], str), name
        assert layout["format"] in renderers[content["renderer"]].FORMATS, name


@pytest.mark.parametrize(
    "name", ["comune-bergamo-2023-relazione", "provincia-cuneo-2023-relazione"]
)
def test_the_expected_layout_features_are_read_back(name: str) -> None:
    from samples.make import readback

    expect = _content(name)["expect"]
    assert isinstance(expect, dict)
    records = json.loads((SAMPLES / f"{name}.truth.json").read_text("utf-8"))["indicators"]
    pdf = SAMPLES / f"{name}.pdf"
    assert readback.check_expected(pdf, expect, records) == []
    wrong = {
        "orientation": expect["orientation"].translate(str.maketrans("PL", "LP")),
        "ruling": "horizontal",
        "fills": ["123456"],
        "printed": ["a text no sample prints"],
        "split_rows": 9,
    }
    found = readback.check_expected(pdf, wrong, records)
    assert len(found) == len(wrong), found


def _content(name: str) -> dict[str, object]:
    path = next(SAMPLES.glob(f"**/{name}.content.json"), None)
    data: dict[str, object] = json.loads(path.read_text("utf-8")) if path else {}
    return data


@pytest.mark.parametrize(
    ("cell", "parsed"),
    [
        ("≥ 80%", [">=", 80, None, "%"]),
        ("entro 30 gg", ["<=", 30, None, "days"]),
        ("1,5 mln €", ["=", 1500000.0, None, "EUR"]),
        ("tra 5 e 10", ["range", 5, 10, None]),
        ("n.d.", None),
    ],
)
def test_a_value_that_fits_its_cell_passes(cell: str, parsed: list[object] | None) -> None:
    truth.check_parsed(parsed, cell, "test")


@pytest.mark.parametrize(
    ("cell", "parsed"),
    [
        ("≥ 80%", ["=", 80, None, "%"]),  # the operator printed is not the one written
        ("≥ 80%", [">=", 85, None, "%"]),  # another number
        ("≥ 80%", [">=", 80, None, None]),  # the unit printed is missing
        ("", ["=", 1, None, None]),  # a value for an empty cell
        ("10-20", ["range", 10, None, None]),  # a range without its top
    ],
)
def test_a_value_that_does_not_fit_its_cell_is_refused(cell: str, parsed: list[object]) -> None:
    with pytest.raises(ValueError):
        truth.check_parsed(parsed, cell, "test")


@pytest.mark.skipif(not FONT.exists(), reason="fonts-liberation2 is not installed")
@pytest.mark.parametrize("name", ["comune-bari-2023-relazione", "inps-2023-relazione"])
def test_a_reportlab_sample_regenerates_unchanged(name: str, tmp_path: Path) -> None:
    pytest.importorskip("docx")
    from samples.make import report

    assert report.make_sample(name, tmp_path) == []
    assert compare.compare_sample(name, SAMPLES, tmp_path) == []
