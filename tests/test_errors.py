"""Bad input: clear errors naming the source, never a traceback from a dependency."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import pytest

import perfextract
from conftest import SAMPLES
from perfextract.errors import InvalidPDFError, NoTablesWarning, SettingsError

MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "empty file"), (b"hello world", "not a PDF"), (b"%PDF-1.4\n%%EOF", "damaged")],
    ids=["empty", "not-pdf", "truncated"],
)
def test_unreadable_bytes(data: bytes, message: str) -> None:
    with pytest.raises(InvalidPDFError, match=message):
        perfextract.extract(data)


def test_missing_file_names_the_path(tmp_path: Path) -> None:
    path = tmp_path / "nope.pdf"
    with pytest.raises(InvalidPDFError, match=r"nope\.pdf: cannot read file"):
        perfextract.extract(path)


def test_errors_share_one_root_and_mix_in_builtins() -> None:
    assert issubclass(InvalidPDFError, perfextract.PerfExtractError)
    assert issubclass(InvalidPDFError, ValueError)
    with pytest.raises(SettingsError, match="unknown setting"):
        perfextract.extract(MINIMAL_PDF, settings={"colour": "red"})
    with pytest.raises(SettingsError, match="unknown backend"):
        perfextract.extract(MINIMAL_PDF, settings={"backend": "magic"})


def test_page_without_tables_is_an_empty_report_with_a_warning() -> None:
    with pytest.warns(NoTablesWarning):
        report = perfextract.extract(MINIMAL_PDF)
    assert report.indicators == ()
    assert [w.code for w in report.warnings] == ["no-indicators"]
    assert report.source.pages == 1


def test_file_object_is_read_and_left_open() -> None:
    data = (SAMPLES / "cremona-2020.pdf").read_bytes()
    stream = io.BytesIO(data)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        report = perfextract.extract(stream, pages=[3])
    assert not stream.closed
    assert report.indicators and {i.page for i in report.indicators} == {3}


def test_extract_many_goes_on_after_a_failure() -> None:
    results = list(perfextract.extract_many([b"junk", SAMPLES / "cremona-2020.pdf"]))
    assert isinstance(results[0][1], perfextract.pipeline.Failure)
    assert isinstance(results[1][1], perfextract.Report)


def test_report_to_dataframe_has_the_record_columns() -> None:
    report = perfextract.extract(SAMPLES / "cremona-2020.pdf", pages=[3])
    frame = report.to_dataframe()
    assert list(frame.columns) == list(perfextract.model.RECORD_FIELDS)
    assert len(frame) == len(report.indicators) > 0
