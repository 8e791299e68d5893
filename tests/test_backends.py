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
    assert camelot.to_dict()["indicators"] == plumber.to_dict()["indicators"]
