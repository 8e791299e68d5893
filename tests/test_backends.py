"""Each table backend on the same sample pages."""

from __future__ import annotations

import perfextract
from conftest import SAMPLES


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
