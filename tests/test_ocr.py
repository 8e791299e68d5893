"""Scanned reports: a warning without OCR, records with it (skipped when OCR is not installed).

The scanned sample (``samples/scanned/``, made by ``samples/make/scan.py``)
is a bundled report rendered as page images.  Its truth marks the indicator
text as used for pairing only (``_unscored``), since OCR misreads letters;
the floors below are the scores measured with tesseract 5.3 (Debian 12)
less a margin, not the text-layer corpus's 0.97.
"""

from __future__ import annotations

import json
import warnings
from typing import Any

import pytest

import perfextract
from conftest import SAMPLES
from golden import compare
from perfextract.errors import ExtractionTimeoutError, OCRUnavailableError
from perfextract.ocr import ocr_command

SCANNED = SAMPLES / "scanned"
NAME = "universita-2024-piano-scansione"
#: The least record F1, and field accuracy over the scored fields, the OCR'd sample must keep.
MIN_F1, MIN_FIELDS = 0.80, 0.92


def ocr_installed() -> bool:
    try:
        ocr_command()
    except OCRUnavailableError:
        return False
    return True


needs_ocr = pytest.mark.skipif(not ocr_installed(), reason="ocrmypdf/tesseract-ocr-ita absent")


def truth() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SCANNED / f"{NAME}.truth.json").read_text("utf-8"))
    return data


def scored(result: Any, unscored: list[str]) -> float:
    """Field accuracy without the ``_unscored`` fields, as score.py counts it."""
    ok = sum(v for k, v in result.field_ok.items() if k not in unscored)
    n = sum(v for k, v in result.field_n.items() if k not in unscored)
    return ok / n


@pytest.fixture(scope="module")
def read_by_ocr() -> perfextract.Report:
    if not ocr_installed():
        pytest.skip("ocrmypdf/tesseract-ocr-ita absent")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no NoTablesWarning: OCR found the tables
        return perfextract.extract(SCANNED / f"{NAME}.pdf", settings={"ocr": True})


def test_the_scanned_sample_is_images_only() -> None:
    assert truth()["_ocr"] is True and truth()["_unscored"] == ["indicator"]
    assert (SCANNED / f"{NAME}.pdf").stat().st_size < 2 * 2**20
    with pytest.warns(perfextract.errors.NoTablesWarning):
        report = perfextract.extract(SCANNED / f"{NAME}.pdf")
    assert report.indicators == ()
    assert [(w.code, w.message) for w in report.warnings] == [
        ("no-text-layer", "pages 1-3 have no text layer (scanned?); run with --ocr (ocr=True) "
         "to read them"),
        ("no-indicator-tables", f"{SCANNED / NAME}.pdf: no indicator table found"),
    ]  # fmt: skip


@needs_ocr
def test_ocr_reads_the_scanned_sample(read_by_ocr: perfextract.Report) -> None:
    want = truth()
    result = compare(want["indicators"], read_by_ocr.to_dict()["indicators"])
    print(f"OCR sample: F1 {result.f1:.3f}, fields {scored(result, want['_unscored']):.3f}")
    assert result.f1 >= MIN_F1, result.misses
    assert scored(result, want["_unscored"]) >= MIN_FIELDS, result.misses
    assert read_by_ocr.source.sha256 == want["source"]["sha256"]  # the input's, not OCR's output
    assert read_by_ocr.source.pages == 3
    document = read_by_ocr.to_dict()["document"]
    assert {k: document[k] for k in ("title", "year", "kind")} == {
        k: want["document"][k] for k in ("title", "year", "kind")
    }
    assert read_by_ocr.warnings[0].code == "ocr-text"
    assert read_by_ocr.warnings[0].message.startswith("pages 1-3 were read from an OCR text layer")


@needs_ocr
def test_ocr_of_a_page_selection() -> None:
    report = perfextract.extract(SCANNED / f"{NAME}.pdf", pages=[3], settings={"ocr": True})
    assert report.indicators and {i.page for i in report.indicators} == {3}
    assert [(w.page, w.code) for w in report.warnings][:1] == [(3, "ocr-text")]


def test_ocr_is_skipped_when_every_page_has_text(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_ocr(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("OCR ran on a PDF with a text layer")

    monkeypatch.setattr(perfextract.pipeline, "ocr_pdf", no_ocr)
    report = perfextract.extract(SAMPLES / "cremona-2020.pdf", pages=[3], settings={"ocr": True})
    assert len(report.indicators) == 5


@needs_ocr
def test_ocr_stops_at_the_time_limit() -> None:
    with pytest.raises(ExtractionTimeoutError, match="OCR did not finish within"):
        perfextract.extract(SCANNED / f"{NAME}.pdf", settings={"ocr": True, "timeout": 0.5})


@needs_ocr
def test_a_searchable_scan_is_read_from_its_image_with_ocr() -> None:
    from perfextract.ocr import ocr_pdf

    searchable = ocr_pdf((SCANNED / f"{NAME}.pdf").read_bytes(), NAME)  # image + OCR layer
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        plain = perfextract.extract(searchable)
    layer = [w for w in plain.warnings if w.code == "ocr-layer"]
    assert layer and layer[0].message.startswith("pages 1-3 are scans with an OCR text layer")
    want = truth()
    read = perfextract.extract(searchable, settings={"ocr": True})
    result = compare(want["indicators"], read.to_dict()["indicators"])
    assert result.f1 >= MIN_F1, result.misses
    assert scored(result, want["_unscored"]) >= MIN_FIELDS, result.misses
    assert not [w for w in read.warnings if w.code == "ocr-layer"]
