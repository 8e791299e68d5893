"""Tables printed as images under a text heading: a warning without OCR, records with it.

The test report is made here: a ruled table drawn by reportlab is rendered
to a PNG with pdfium and pasted, as a screenshot would be, under a bold text
heading on an otherwise text page.  The OCR tests skip when tesseract or its
Italian model is absent.
"""

from __future__ import annotations

import io
import warnings
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import perfextract
from perfextract.errors import OCRError, OCRUnavailableError
from perfextract.image_ocr import Word, mark_underlined_comparisons
from perfextract.image_tables import find_image_tables
from perfextract.ocr import LANGUAGE, tesseract_languages
from perfextract.ocr_values import check_columns, fix_column
from perfextract.pdf import open_pdf

HEADING = "Obiettivo strategico 2: Digitalizzazione dei servizi"
ROWS = [
    ("Indicatore", "Valore atteso", "Valore raggiunto"),
    ("Pratiche evase entro 30 giorni", "80%", "92,5%"),
    ("Tempo medio di pagamento delle fatture", "30 giorni", "24 giorni"),
    ("Servizi disponibili on line", "12", "15"),
]


def tesseract_ready() -> bool:
    try:
        return LANGUAGE in tesseract_languages()
    except OCRUnavailableError:
        return False


needs_tesseract = pytest.mark.skipif(not tesseract_ready(), reason="tesseract-ocr-ita absent")


def table_png(*, ruled: bool = True) -> bytes:
    """A table, ruled or not, as a spreadsheet screenshot: a PNG at 150 dpi."""
    from reportlab.lib import colors
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Table, TableStyle

    pdf = io.BytesIO()
    table = Table(ROWS, colWidths=[230, 110, 110], rowHeights=28)
    table.setStyle(
        TableStyle(
            [
                (
                    "GRID" if ruled else "LINEBELOW",
                    (0, 0),
                    (-1, -1 if ruled else 0),
                    0.8,
                    colors.black,
                ),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("FONTSIZE", (0, 0), (-1, -1), 10),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9ead3")),
            ]
        )
    )
    sheet = canvas.Canvas(pdf, pagesize=(470, 132))
    table.wrapOn(sheet, 450, 112)
    table.drawOn(sheet, 10, 10)
    sheet.save()
    return png_of(pdf.getvalue())


def chart_png() -> bytes:
    """Not a table: a bar chart with a title, as a PNG at 150 dpi."""
    from reportlab.pdfgen import canvas

    pdf = io.BytesIO()
    sheet = canvas.Canvas(pdf, pagesize=(470, 132))
    sheet.setFont("Helvetica-Bold", 14)
    sheet.drawString(20, 105, "Andamento delle pratiche evase")
    for i, height in enumerate((30, 55, 80, 60)):
        sheet.rect(60 + 90 * i, 10, 40, height, fill=1)
    sheet.save()
    return png_of(pdf.getvalue())


def png_of(pdf: bytes) -> bytes:
    import pypdfium2 as pdfium

    image = pdfium.PdfDocument(pdf)[0].render(scale=150 / 72).to_pil()
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def image_report(path: Path, png: bytes | None = None) -> Path:
    """A text page: the heading, a line of text, the table as an image, a closing line."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, 760, HEADING)
    c.setFont("Helvetica", 11)
    c.drawString(60, 740, "La tabella riporta gli indicatori dell'obiettivo.")
    png = table_png() if png is None else png
    c.drawImage(ImageReader(io.BytesIO(png)), 60, 560, width=470, height=132)
    c.drawString(60, 520, "I valori sono stati verificati dall'ufficio controllo di gestione.")
    c.showPage()
    c.setFont("Helvetica", 11)
    c.drawString(60, 760, "Una pagina di solo testo, senza immagini.")
    c.save()
    return path


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return image_report(tmp_path_factory.mktemp("image-table") / "relazione-immagine.pdf")


def test_the_image_is_found_and_named_without_ocr(report_pdf: Path) -> None:
    with open_pdf(report_pdf) as pdf:
        regions = [find_image_tables(pdf.page(n)) for n in (1, 2)]
    assert [[tuple(round(v) for v in box) for box in r] for r in regions] == [
        [(60, 150, 530, 282)],
        [],
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", perfextract.errors.NoTablesWarning)
        report = perfextract.extract(report_pdf)
    assert report.indicators == ()
    assert [(w.page, w.code, w.message) for w in report.warnings if w.code == "image-table"] == [
        (1, "image-table", "page 1 shows an image that may be a table; run with --ocr to read it")
    ]


@pytest.fixture(scope="module")
def read_by_ocr(report_pdf: Path) -> perfextract.Report:
    if not tesseract_ready():
        pytest.skip("tesseract-ocr-ita absent")
    return perfextract.extract(report_pdf, settings={"ocr": True})


@needs_tesseract
def test_ocr_reads_the_image_into_records(read_by_ocr: perfextract.Report) -> None:
    got = [(i.indicator, i.target.raw, i.actual.raw) for i in read_by_ocr.indicators]
    assert got == [tuple(row) for row in ROWS[1:]]
    first = read_by_ocr.indicators[0]
    assert (first.target.operator, first.target.number, first.target.unit) == ("=", 80, "%")
    assert first.actual.number == Decimal("92.5")
    assert read_by_ocr.indicators[1].target.unit == "days"
    assert {(i.page, i.objective_code, i.objective_level) for i in read_by_ocr.indicators} == {
        (1, "2", "strategic")
    }
    assert read_by_ocr.indicators[0].objective_title == "Digitalizzazione dei servizi"


@needs_tesseract
def test_ocr_records_carry_a_warning_with_page_and_region(
    read_by_ocr: perfextract.Report,
) -> None:
    ocr = [w for w in read_by_ocr.warnings if w.code == "ocr-text"]
    assert [(w.page, w.message) for w in ocr] == [
        (1, "page 1: the image at (60, 150, 530, 282) was read by OCR: "
            "check its values against the page"),
    ]  # fmt: skip
    assert not [w for w in read_by_ocr.warnings if w.code == "image-table"]


@needs_tesseract
def test_an_image_table_without_rules_is_read_as_a_borderless_one(tmp_path: Path) -> None:
    pdf = image_report(tmp_path / "senza-griglia.pdf", table_png(ruled=False))
    report = perfextract.extract(pdf, settings={"ocr": True})
    got = [(i.indicator, i.target.raw, i.actual.raw) for i in report.indicators]
    assert got == [tuple(row) for row in ROWS[1:]]
    assert [w.code for w in report.warnings] == ["ocr-text"]


@needs_tesseract
def test_an_image_without_a_table_leaves_no_text_behind(tmp_path: Path) -> None:
    pdf = image_report(tmp_path / "grafico.pdf", chart_png())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", perfextract.errors.NoTablesWarning)
        report = perfextract.extract(pdf, settings={"ocr": True})
    assert report.indicators == ()
    assert [(w.page, w.code, w.message) for w in report.warnings][:1] == [
        (1, "image-table", "page 1: OCR found no table in the image at (60, 150, 530, 282)")
    ]


def test_an_image_ocr_cannot_read_is_a_warning_and_the_file_goes_on(
    report_pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import perfextract.image_tables as image_tables

    def broken(*args: Any, **kwargs: Any) -> list[Word]:
        raise OCRError("tesseract failed (out of memory)")

    monkeypatch.setattr(image_tables, "tesseract_languages", lambda: {"ita"})
    monkeypatch.setattr(image_tables, "run_tesseract", broken)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", perfextract.errors.NoTablesWarning)
        report = perfextract.extract(report_pdf, settings={"ocr": True})
    assert [(w.page, w.code) for w in report.warnings][:1] == [(1, "image-table")]
    assert "the images of page 1 cannot be read (tesseract failed" in report.warnings[0].message


def test_a_page_turned_to_read_its_text_keeps_its_image_unread(
    report_pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pypdf

    import perfextract.image_tables as image_tables

    writer = pypdf.PdfWriter()
    writer.add_page(pypdf.PdfReader(report_pdf).pages[0].rotate(90))  # text runs down the page
    turned = tmp_path / "girata.pdf"
    with turned.open("wb") as out:
        writer.write(out)
    monkeypatch.setattr(image_tables, "tesseract_languages", lambda: {"ita"})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", perfextract.errors.NoTablesWarning)
        report = perfextract.extract(turned, settings={"ocr": True})
    said = [w.message for w in report.warnings if w.code == "image-table"]
    assert len(said) == 1 and "was turned to read its text" in said[0]


def test_image_tables_need_tesseract_s_italian_model(
    report_pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import perfextract.image_tables as image_tables

    monkeypatch.setattr(image_tables, "tesseract_languages", lambda: {"eng"})
    with pytest.raises(OCRUnavailableError, match="Italian model"):
        perfextract.extract(report_pdf, settings={"ocr": True})


def test_an_underlined_chevron_is_a_comparison() -> None:
    import cv2
    import numpy as np

    def drawn(underline: bool, digit_at: int = 19) -> Any:
        image = np.full((40, 60), 255, dtype=np.uint8)
        cv2.line(image, (4, 8), (16, 18), 0, 2)
        cv2.line(image, (16, 18), (4, 28), 0, 2)
        if underline:
            cv2.line(image, (4, 34), (16, 34), 0, 2)
        cv2.putText(image, "1", (digit_at, 30), cv2.FONT_HERSHEY_SIMPLEX, 0.8, 0, 2)
        return image

    word = Word(">1", 2, 50, 6, 31, (1, 1, 1))
    assert mark_underlined_comparisons(drawn(True), word).text == "≥1"
    assert mark_underlined_comparisons(drawn(False), word).text == ">1"
    assert mark_underlined_comparisons(drawn(True, digit_at=28), word).text == "≥ 1"
    misread = Word("31", 2, 50, 6, 31, (1, 1, 1))  # the underlined chevron read as a 3
    assert mark_underlined_comparisons(drawn(True), misread).text == "≥1"
    assert mark_underlined_comparisons(drawn(False), misread).text == "31"
    three = np.full((40, 60), 255, dtype=np.uint8)
    cv2.putText(three, "31", (4, 30), cv2.FONT_HERSHEY_SIMPLEX, 0.8, 0, 2)
    assert mark_underlined_comparisons(three, misread).text == "31"
    less = Word("<5%", 2, 50, 6, 31, (1, 1, 1))
    assert mark_underlined_comparisons(drawn(False), less).text == "<5%"


@pytest.mark.parametrize(
    ("column", "fixed"),
    [
        (["291%", "≤ 0,5%", "290%"], ["≥91%", "≤ 0,5%", "≥90%"]),
        (["2 95%", "100%"], ["≥ 95%", "100%"]),
        (["291%", "29,20%"], ["≥91%", "29,20%"]),
        (["250%", "230%"], ["250%", "230%"]),
        (["150%", "80%"], ["150%", "80%"]),
        (["96.27%", "79,07%", "0%"], ["96,27%", "79,07%", "0%"]),
        (["0.2919", "0,08645"], ["0,2919", "0,08645"]),
        (["1.234", "2,5"], ["1.234", "2,5"]),
        (["12.5", "80"], ["12.5", "80"]),
        (["Target 2020", None, ""], ["Target 2020", None, ""]),
        (["≥I", "1O0%", "70%"], ["≥1", "100%", "70%"]),
        (["Olio", "O", "12"], ["Olio", "O", "12"]),
    ],
    ids=[
        "ge-read-as-2",
        "ge-read-as-2-spaced",
        "a-real-29-per-cent",
        "all-over-100-no-evidence",
        "starts-with-1",
        "point-for-comma",
        "point-for-comma-ratio",
        "thousands-group-kept",
        "no-comma-decimals-to-go-by",
        "text-and-empty",
        "letters-for-digits",
        "letters-that-are-words",
    ],
)
def test_ocr_misreads_are_checked_against_the_column(
    column: list[str | None], fixed: list[str | None]
) -> None:
    assert fix_column(column) == fixed


def test_column_checks_say_what_they_changed() -> None:
    grid = (("Target", "Actual"), ("291%", "96.27%"), ("80%", "79,07%"))
    rows, changes = check_columns(grid)
    assert rows == (("Target", "Actual"), ("≥91%", "96,27%"), ("80%", "79,07%"))
    assert changes == ["'291%' as '≥91%'", "'96.27%' as '96,27%'"]
