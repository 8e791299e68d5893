"""Bad input: clear errors naming the source, never a traceback from a dependency."""

from __future__ import annotations

import io
import re
import warnings
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import perfextract
from conftest import SAMPLES
from hostile import SCAN, TEXT, bomb_pdf, build_pdf, encrypted_copy, pages_pdf, stream
from perfextract.errors import (
    EncryptedPDFError,
    ExtractionTimeoutError,
    InternalError,
    InvalidPDFError,
    NoTablesWarning,
    OCRUnavailableError,
    ResourceLimitError,
    SettingsError,
    describe_cause,
)

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
    assert [w.code for w in report.warnings] == ["no-indicator-tables"]
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


# --- bad, hostile and scanned input (issue 6) ---------------------------------------------


def sample_bytes(name: str = "cremona-2020") -> bytes:
    return (SAMPLES / f"{name}.pdf").read_bytes()


def page_tree(entries: bytes) -> bytes:
    """A PDF whose page tree has these ``entries``."""
    return build_pdf([b"<</Type /Catalog /Pages 2 0 R>>", b"<</Type /Pages %s>>" % entries])


def truncated() -> bytes:
    data = sample_bytes()
    return data[: len(data) // 2]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (lambda: b"", "an empty file"),
        (lambda: b"<!DOCTYPE html><html><body>404 Not Found</body></html>", "not a PDF"),
        (lambda: b"%PDF-1.4\n<html><body>moved</body></html>", "damaged or unreadable PDF"),
        (truncated, "damaged or unreadable PDF"),
        (lambda: page_tree(b"/Kids [] /Count 0"), "no pages found"),
        (lambda: page_tree(b"/Kids [2 0 R] /Count 1"), "no pages found"),
        (lambda: build_pdf([b"<</Type /Nothing>>"]), "no pages found"),
        (lambda: pages_pdf([TEXT], filters=[b"/Frobnicate"]), "no page can be read"),
        (lambda: pages_pdf([b"<~vwxy~>"], filters=[b"/ASCII85Decode"]), "no page can be read"),
    ],
    ids=["empty", "html-page", "html-with-pdf-header", "truncated", "zero-pages", "page-tree-loop",
         "no-catalog", "unknown-filter", "bad-ascii85"],
)  # fmt: skip
def test_unreadable_files_name_the_file_and_the_cause(
    tmp_path: Path, data: Callable[[], bytes], message: str
) -> None:
    path = tmp_path / "archivio.pdf"
    path.write_bytes(data())
    with pytest.raises(InvalidPDFError, match=message) as caught:
        perfextract.extract(path)
    text = str(caught.value)
    assert text.startswith(f"{path}: ") and "\n" not in text


def test_a_broken_cross_reference_table_is_rebuilt() -> None:
    data = sample_bytes()
    broken = re.sub(rb"\d{10} \d{5} n", b"0000000001 00000 n", data)
    start = data.rindex(b"startxref")
    for damaged in (broken, data[:start] + b"startxref\n999999\n%%EOF\n"):
        assert damaged != data
        assert len(perfextract.extract(damaged, pages=[3, 4]).indicators) == 10


def test_a_damaged_page_is_skipped_with_a_warning_and_the_others_are_read() -> None:
    data = pages_pdf([TEXT, TEXT, TEXT], filters=[b"", b"/Frobnicate"])
    with pytest.warns(NoTablesWarning):
        report = perfextract.extract(data)
    (unreadable,) = [w for w in report.warnings if w.code == "unreadable-page"]
    assert unreadable.page == 2
    assert "page 2 cannot be read (NotImplementedError: Unsupported filter" in unreadable.message
    assert report.source.pages == 3


def test_text_far_outside_the_page_is_left_out_with_a_warning() -> None:
    far = b"BT /F1 12 Tf -1000000000000 700 Td (Obiettivo) Tj ET BT /F1 12 Tf 72 700 Td (x) Tj ET"
    with pytest.warns(NoTablesWarning):
        report = perfextract.extract(pages_pdf([far]))
    (off,) = [w for w in report.warnings if w.code == "off-page-text"]
    assert off.page == 1 and off.message.startswith("9 character(s) lie far outside the page")


def test_pages_without_text_get_one_warning_naming_them() -> None:
    data = pages_pdf([SCAN, SCAN, TEXT, SCAN])
    with pytest.warns(NoTablesWarning):
        report = perfextract.extract(data)
    codes = [w.code for w in report.warnings]
    assert codes == ["no-text-layer", "no-indicator-tables"]
    scanned = report.warnings[0]
    assert scanned.page is None
    assert scanned.message == (
        "pages 1-2, 4 have no text layer (scanned?); run with --ocr (ocr=True) to read them"
    )
    with pytest.warns(NoTablesWarning):
        one = perfextract.extract(data, pages=[4])
    assert (one.warnings[0].page, one.warnings[0].message[:24]) == (4, "page 4 has no text layer")


def test_encrypted_pdf_needs_its_password(tmp_path: Path) -> None:
    locked = tmp_path / "locked.pdf"
    encrypted_copy(SAMPLES / "cremona-2020.pdf", locked, user="segreto")
    with pytest.raises(EncryptedPDFError, match=r"locked\.pdf: .*needs a password \(--password\)"):
        perfextract.extract(locked)
    with pytest.raises(EncryptedPDFError, match="the password given is wrong"):
        perfextract.extract(locked, settings={"password": "sbagliata"})
    report = perfextract.extract(locked, pages=[3], settings={"password": "segreto"})
    assert len(report.indicators) == 5


def test_encrypted_pdf_without_a_user_password_opens(tmp_path: Path) -> None:
    restricted = tmp_path / "restricted.pdf"
    encrypted_copy(SAMPLES / "cremona-2020.pdf", restricted, user="")
    assert len(perfextract.extract(restricted, pages=[3]).indicators) == 5


@pytest.mark.parametrize("layers", [1, 2], ids=["flate", "flate-of-flate"])
def test_decompression_bombs_are_refused_before_parsing(layers: int) -> None:
    bomb = bomb_pdf(80 * 2**20, layers=layers)
    assert len(bomb) < 100_000
    with pytest.raises(ResourceLimitError, match=r"object 6 decodes to more than 64 MiB"):
        perfextract.extract(bomb)


def test_attached_files_and_images_are_not_measured() -> None:
    big = zlib.compress(b" " * (80 * 2**20), 9)
    attached = stream(big, b"/Type /EmbeddedFile /Filter /FlateDecode")
    image = stream(big, b"/Type /XObject /Subtype /Image /Width 9000 /Height 9000 /Filter /Fl")
    for extra in (attached, image):
        with pytest.warns(NoTablesWarning):
            assert perfextract.extract(pages_pdf([TEXT], extra=[extra])).source.pages == 1
    with pytest.raises(ResourceLimitError, match="object 7 decodes"):
        perfextract.extract(pages_pdf([TEXT], extra=[stream(big, b"/Filter /Fl")]))


def test_the_stream_limit_is_a_setting() -> None:
    big = bomb_pdf(2 * 2**20)
    with pytest.raises(ResourceLimitError, match="more than 1 MiB"):
        perfextract.extract(big, settings={"max_stream_bytes": 2**20})
    with pytest.warns(NoTablesWarning):
        assert perfextract.extract(big, settings={"max_stream_bytes": None}).indicators == ()


def test_pages_past_max_pages_are_skipped_with_a_warning() -> None:
    report = perfextract.extract(sample_bytes(), settings={"max_pages": 3})
    skipped = [w for w in report.warnings if w.code == "pages-skipped"]
    assert [w.message for w in skipped] == [
        "read 3 pages and skipped the other 9 (pages 4-12): raise max_pages (--max-pages) "
        "to read them"
    ]
    assert report.indicators and {i.page for i in report.indicators} <= {1, 2, 3}


def test_the_time_limit_stops_between_pages() -> None:
    with pytest.raises(ExtractionTimeoutError, match=r"stopped after 1e-09 s \(timeout\)"):
        perfextract.extract(sample_bytes(), settings={"timeout": 1e-9})


def test_a_bug_met_on_an_odd_file_is_an_internal_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(perfextract.pipeline, "build_indicators", broken)
    with pytest.raises(InternalError, match=r"<bytes>: unexpected ZeroDivisionError") as caught:
        perfextract.extract(pages_pdf([TEXT]))
    assert isinstance(caught.value.__cause__, ZeroDivisionError)


def test_a_page_the_stages_cannot_lay_out_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    import perfextract.reading

    real = perfextract.reading.page_rows

    def fails_on_page_2(page: Any, *args: Any, **kwargs: Any) -> Any:
        if page.page_number == 2:
            raise ValueError("cannot convert float NaN to integer")
        return real(page, *args, **kwargs)

    monkeypatch.setattr(perfextract.reading, "page_rows", fails_on_page_2)
    report = perfextract.extract(SAMPLES / "cremona-2020.pdf", pages=[2, 3])
    assert [(w.page, w.code) for w in report.warnings[:1]] == [(2, "unreadable-page")]
    assert "cannot be laid out (ValueError: cannot convert float NaN" in report.warnings[0].message
    assert {i.page for i in report.indicators} == {3}


def test_ocr_without_its_tools_says_how_to_install_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("perfextract.ocr.shutil.which", lambda name: None)
    monkeypatch.setattr("perfextract.ocr.importlib.util.find_spec", lambda name: None)
    with pytest.raises(OCRUnavailableError, match="apt-get install ocrmypdf tesseract-ocr-ita"):
        perfextract.extract(pages_pdf([SCAN]), settings={"ocr": True})


@pytest.mark.parametrize(
    ("settings", "message"),
    [({"max_pages": 0}, "max_pages must be > 0"), ({"max_pages": 2.5}, "whole number"),
     ({"timeout": -1}, "timeout must be > 0"), ({"max_stream_bytes": "big"}, "a number or None"),
     ({"ocr": "yes"}, "ocr must be True or False")],
    ids=["zero-pages", "fractional-pages", "negative-timeout", "text-limit", "ocr-not-bool"],
)  # fmt: skip
def test_limits_are_validated(settings: dict[str, Any], message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        perfextract.Settings.resolve(settings)


def test_causes_are_one_short_line() -> None:
    cause = describe_cause(ValueError("Invalid zlib bytes:\n" + "\x00" * 1000))
    assert "\n" not in cause and len(cause) < 200
