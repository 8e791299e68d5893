"""Each table backend on the same sample pages."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import perfextract
from conftest import SAMPLES
from perfextract.backends import band_tables
from perfextract.model import RawTable


def test_camelot_lattice_backend_reads_the_same_records() -> None:
    pages = [9, 10]  # a table split across the page break, header repeated
    plumber = perfextract.extract(SAMPLES / "cremona-2020.pdf", pages=pages)
    camelot = perfextract.extract(
        SAMPLES / "cremona-2020.pdf", pages=pages, settings={"backend": "camelot-lattice"}
    )
    assert len(plumber.indicators) >= 5
    read = [camelot.to_dict()["indicators"], plumber.to_dict()["indicators"]]
    boxes = [[record.pop("bbox") for record in records] for records in read]
    assert read[0] == read[1]
    # each backend measures the rows itself: the regions agree within a point
    for one, other in zip(*boxes, strict=True):
        assert all(abs(a - b) <= 1.0 for a, b in zip(one, other, strict=True)), (one, other)


def _band(top: float, bottom: float, rows: int = 1) -> RawTable:
    cells = tuple(("1", "Entrate correnti") for _ in range(rows))
    return RawTable(page=1, bbox=(50, top, 530, bottom), rows=cells,
                    row_boxes=((50, top, 530, bottom),) * rows, backend="plumber")  # fmt: skip


def _char(top: float, x0: float = 60) -> dict[str, object]:
    return {"top": top, "x0": x0, "text": "x"}


def _rule(top: float) -> dict[str, object]:
    return {"orientation": "h", "top": top, "x0": 50, "x1": 530}


def test_shaded_bands_of_a_table_ruled_between_rows_are_read_as_lines() -> None:
    """Header and group rows shaded, the rows between them ruled only across: the table
    finder sees the bands alone, which are read as lines with the rows between."""
    tables = [_band(90, 140, rows=2), _band(240, 260), _band(510, 530)]
    page = SimpleNamespace(height=842, chars=[_char(150), _char(300), _char(540)],
                           edges=[_rule(200), _rule(400)])  # fmt: skip
    assert band_tables(page, tables) == {0, 1, 2}


def test_small_ruled_tables_apart_under_headings_are_tables() -> None:
    tables = [_band(90, 140, rows=2), _band(240, 260)]
    no_rules = SimpleNamespace(height=842, chars=[_char(150)], edges=[])
    assert band_tables(no_rules, tables) == set()  # headings between, no rule across
    other = [*tables, _band(160, 230, rows=5)]  # a bigger table between them: its own rules
    ruled = SimpleNamespace(height=842, chars=[_char(150)], edges=[_rule(180)])
    assert band_tables(ruled, other) == set()


def test_zebra_shaded_rows_found_as_tables_are_read_as_lines_with_the_rows_between() -> None:
    """Every other row shaded, no rules: the finder sees the shaded rows alone; the rows
    between them have their words in the shaded rows' columns."""
    band = RawTable(
        page=1,
        bbox=(300, 280, 780, 296),
        rows=(("Numero", "86.412", ">= 90"),),
        row_boxes=((300, 280, 780, 296),),
        backend="plumber",
        columns=(
            (
                300,
                470,
            ),
            (470, 560),
            (560, 780),
        ),
    )  # type: ignore[arg-type]
    second = replace(band, bbox=(300, 325, 780, 352), row_boxes=((300, 325, 780, 352),))
    words = [_char(300, 305), _char(300, 480), _char(300, 570)]  # a row between, 3 columns
    extra = {"bottom": 308, "size": 8, "upright": True, "doctop": 300}
    chars = [{**c, **extra, "x1": c["x0"] + 5} for c in words]
    page = SimpleNamespace(height=842, width=595, chars=chars, edges=[])
    assert band_tables(page, [band, second]) == {0, 1}
    prose = [{**_char(300, 305), **extra, "x1": 470 + 20}]  # one word across the columns
    flat = SimpleNamespace(height=842, width=595, chars=prose, edges=[])
    assert band_tables(flat, [band, second]) == set()
