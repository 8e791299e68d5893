"""The page model: playa pages in pdfplumber's shapes, straightened when printed sideways."""

from __future__ import annotations

from typing import Any

import playa

from conftest import SAMPLES
from perfextract.page import Page, read_page, straighten


def _char(text: str, x0: float, top: float, turn: str | None) -> dict[str, Any]:
    return {"object_type": "char", "text": text, "x0": x0, "x1": x0 + 6, "top": top,
            "bottom": top + 10, "doctop": top, "width": 6, "height": 10, "size": 10,
            "upright": turn is None, "turn": turn}  # fmt: skip


def test_text_reading_upwards_is_turned_upright() -> None:
    # "AB" printed bottom-to-top near the right edge of a portrait page
    chars = [_char("A", 500, 700, "ccw"), _char("B", 500, 690, "ccw")]
    page = straighten(Page(1, 595, 842, chars))
    assert (page.width, page.height) == (842, 595)
    (word,) = page.extract_words()
    assert word["text"] == "AB" and word["upright"]
    assert word["top"] == 500 and word["x0"] == 842 - 710


def test_text_reading_downwards_is_turned_upright() -> None:
    chars = [_char("A", 50, 100, "cw"), _char("B", 50, 110, "cw")]
    page = straighten(Page(1, 595, 842, chars))
    (word,) = page.extract_words()
    assert word["text"] == "AB" and word["x0"] == 100


def test_mostly_upright_pages_stay_as_they_are() -> None:
    chars = [_char("A", 50, 100, None), _char("B", 56, 100, None), _char("C", 50, 300, "cw")]
    page = Page(1, 595, 842, chars)
    assert straighten(page) is page


def test_read_page_gives_chars_rules_and_a_rotated_page_in_landscape() -> None:
    with playa.Document((SAMPLES / "cremona-2020.pdf").read_bytes()) as doc:
        page = read_page(doc.pages[2], 3)
    assert page.page_number == 3 and (round(page.width), round(page.height)) == (595, 842)
    assert len(page.chars) > 1000
    assert {e["orientation"] for e in page.edges} == {"h", "v"}
    assert all(c["upright"] for c in page.chars)
    with playa.Document((SAMPLES / "ministero-2022-relazione.pdf").read_bytes()) as doc:
        rotated = read_page(doc.pages[4], 5)
    assert rotated.width > rotated.height


def _clipped_pdf(path: Any) -> None:
    """A page with a word drawn inside a clip box and words clipped out of view, as Calc does."""
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=(400, 300))
    pdf.setFont("Helvetica", 10)
    pdf.drawString(20, 280, "Visible")
    pdf.saveState()
    clip = pdf.beginPath()
    clip.rect(20, 100, 200, 50)  # the visible part of a cell merged over the page break
    pdf.clipPath(clip, stroke=0, fill=0)
    pdf.drawString(30, 120, "Inside")
    pdf.drawString(30, 200, "Hidden")  # placed from the cell's top, on the page before
    pdf.saveState()
    pdf.translate(100, 0)  # a nested state keeps the clip, in the page's space
    pdf.drawString(30, 110, "Nested")
    pdf.drawString(30, 20, "Below")
    pdf.restoreState()
    pdf.restoreState()
    pdf.drawString(30, 200, "Restored")  # the clip ends with the state that set it
    pdf.save()


def test_text_clipped_out_of_view_is_not_read(tmp_path: Any) -> None:
    target = tmp_path / "clipped.pdf"
    _clipped_pdf(target)
    with playa.open(target) as doc:
        page = read_page(doc.pages[0], 1)
    words = [w["text"] for w in page.extract_words()]
    assert sorted(words) == ["Inside", "Nested", "Restored", "Visible"]


def test_footnote_marks_raised_and_smaller_are_dropped() -> None:
    def char(text: str, x0: float, bottom: float, size: float) -> dict[str, Any]:
        return {"object_type": "char", "text": text, "x0": x0, "x1": x0 + size * 0.5,
                "top": bottom - size, "bottom": bottom, "size": size}  # fmt: skip

    from perfextract.page import drop_superscripts

    value = [char("9", 10, 100, 9), char("5", 15, 100, 9), char("%", 20, 100, 9)]
    mark = char("1", 25, 96, 7)  # the note's mark, raised after "95%"
    unit = [char("m", 40, 100, 9), char("2", 45, 100, 9)]  # "m2" on the line: kept
    kept = drop_superscripts([*value, mark, *unit])
    assert "".join(c["text"] for c in kept) == "95%m2"


def test_a_footnote_is_smaller_text_opening_with_its_mark() -> None:
    from perfextract.layout import is_footnote

    small = [{"size": 7.0}] * 10
    assert is_footnote("(1) Calcolato sulle stazioni", small, 9.0)
    assert is_footnote("1 Giorni lavorativi", small, 9.0)
    assert not is_footnote("(1) Calcolato sulle stazioni", [{"size": 9.0}] * 10, 9.0)
    assert not is_footnote("Fonte: elaborazioni interne", small, 9.0)
