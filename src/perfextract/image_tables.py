"""Tables printed as images on a text page: find them, and read them by OCR.

A report often pastes a screenshot of a spreadsheet under a text heading: the
heading is text, the indicator table is a picture, and the text layer is
empty where it stands.  :func:`find_image_tables` names such regions (a
sizeable embedded image with no text over it that looks like a table):
a page without images costs nothing.

:func:`read_image_tables` gives the page those regions as if they had been
printed as text: the region is rendered at :data:`OCR_DPI` with pdfium
(larger when its letters are small), its ruling is found with OpenCV and
becomes the page's ``edges``; the rules are painted out and tesseract
(Italian model, TSV word boxes) reads the rest, and each word becomes
characters in the page's ``chars`` (:mod:`perfextract.image_ocr`).  The page then goes through the
same table finders, rows, header, hierarchy and record stages as a native
page: one structure stage whatever the source, and the text headings above
the image give the hierarchy as they do for a native table.

Why not img2table: it builds its own table objects (which would need mapping
into ours anyway) and requires ``opencv-contrib-python``, a second OpenCV
build that overwrites the ``cv2`` of camelot's ``opencv-python-headless`` and
needs the X/GL libraries on a server.  OpenCV's morphology and pdfplumber's
table finder, both already here, do the same for a ruled table.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from perfextract.errors import OCRError, OCRUnavailableError
from perfextract.image_ocr import (
    OCR_FONT,
    find_rules,
    letter_height,
    level,
    mark_underlined_comparisons,
    read_missed_cells,
    rule_edges,
    run_tesseract,
    to_gray,
    without_rules,
    word_chars,
)
from perfextract.model import BBox, RawTable
from perfextract.ocr import INSTALL_HINT, LANGUAGE, tesseract_languages
from perfextract.ocr_values import check_columns
from perfextract.page import Obj, Page

if TYPE_CHECKING:
    import numpy as np

logger = logging.getLogger(__name__)

#: Least share of the page's area an image must cover to be a candidate table.
MIN_AREA_SHARE = 0.04
#: Least share of the page's width it must span.
MIN_WIDTH_SHARE = 0.25
#: At most this many characters of the text layer may lie over a candidate image.
MAX_CHARS_OVER = 3
#: Resolution a candidate is rendered at to see whether it looks like a table.
LOOK_DPI = 100
#: What a table looks like: shares of strongly coloured, white and black pixels.
MAX_COLOUR_SHARE, MIN_WHITE_SHARE, MIN_DARK_SHARE = 0.25, 0.5, 0.01
#: Resolution the region is rendered at for OCR (tesseract reads 10 pt text best near 300 dpi).
OCR_DPI = 300
#: Letters (median blob height, pixels) smaller than the first are rendered again, at
#: a resolution that makes them as high as the second (tesseract misreads small print),
#: up to :data:`MAX_OCR_DPI`.
MIN_LETTER_HEIGHT, LETTER_HEIGHT, MAX_OCR_DPI = 13.0, 15.0, 600
#: How far (points) a rule of an image may stand outside the image's box.
RULE_SLACK = 2.0


def find_image_tables(page: Page, *, password: str | None = None) -> list[BBox]:
    """The regions of ``page`` where an image may hold a table, top to bottom.

    A candidate is an embedded image (its part on the page) covering at least
    :data:`MIN_AREA_SHARE` of the page and :data:`MIN_WIDTH_SHARE` of its
    width, with (nearly) no text of the text layer over it, that looks like
    a table (:func:`looks_like_a_table`, on the region rendered at
    :data:`LOOK_DPI`; ``password`` opens an encrypted PDF for that).
    Overlapping candidates are merged.  A page with no text at all is left
    to whole-page OCR (the ``no-text-layer`` warning, ``--ocr``), and gives
    none; a page without images costs nothing.

    >>> text = [{"text": "T", "x0": 50.0, "x1": 56.0, "top": 40.0, "bottom": 50.0}]
    >>> image = {"x0": 50.0, "top": 100.0, "x1": 550.0, "bottom": 300.0}
    >>> icon = {"x0": 50.0, "top": 700.0, "x1": 70.0, "bottom": 720.0}
    >>> find_image_tables(Page(1, 600.0, 800.0, text, images=[icon]))
    []
    >>> find_image_tables(Page(1, 600.0, 800.0, [], images=[image]))
    []
    """
    if not page.images or not any(c["text"].strip() for c in page.chars):
        return []
    area = page.width * page.height
    boxes: list[BBox] = []
    for image in page.images:
        x0, top = max(image["x0"], 0.0), max(image["top"], 0.0)
        x1, bottom = min(image["x1"], page.width), min(image["bottom"], page.height)
        if x1 - x0 < MIN_WIDTH_SHARE * page.width or (x1 - x0) * (bottom - top) < (
            MIN_AREA_SHARE * area
        ):
            continue
        boxes.append((x0, top, x1, bottom))
    merged = [b for b in _merge_boxes(boxes) if _chars_over(page.chars, b) <= MAX_CHARS_OVER]
    if not merged:
        return []
    try:
        shown = _render(page, LOOK_DPI / 72, password, merged)
    except OCRError:  # cannot be rendered here: say what the geometry says
        logger.debug("page %d: not rendered to look at its images", page.page_number)
        return merged
    return [box for box, pixels in zip(merged, shown, strict=True) if looks_like_a_table(pixels)]


#: Share of a page an image covers to be the scan of the whole page.
SCAN_SHARE = 0.6


#: Share of a page's characters drawn invisibly for its text to be an OCR layer.
OCR_LAYER_SHARE = 0.9


def has_ocr_layer(page: Page) -> bool:
    """True for a page whose text is drawn invisibly: the OCR layer of a searchable scan.

    >>> chars = [{"text": "a", "invisible": True}] * 9 + [{"text": "b", "invisible": False}]
    >>> has_ocr_layer(Page(1, 595.0, 842.0, chars)), has_ocr_layer(Page(1, 595.0, 842.0, []))
    (True, False)
    """
    chars = [c for c in page.chars if c["text"].strip()]
    hidden = sum(1 for c in chars if c.get("invisible"))
    return bool(chars) and hidden >= OCR_LAYER_SHARE * len(chars)


def scanned_regions(page: Page) -> list[BBox]:
    """The images of a scanned page that cover most of it: each read as a table's image.

    A page OCR gave its text (``--ocr`` on a scan) shows its tables only in
    the image: the OCR text layer has no rules.  Reading the image as an image
    table (its rules found, its words read cell by cell) gives the ruled
    tables back; text outside any table (headings, prose) is read the same way.

    >>> scan = {"x0": 0.0, "top": 0.0, "x1": 595.0, "bottom": 842.0}
    >>> scanned_regions(Page(1, 595.0, 842.0, [], images=[scan]))
    [(0.0, 0.0, 595.0, 842.0)]
    >>> logo = {"x0": 40.0, "top": 40.0, "x1": 140.0, "bottom": 90.0}
    >>> scanned_regions(Page(1, 595.0, 842.0, [], images=[logo]))
    []
    """
    area = page.width * page.height
    boxes = []
    for image in page.images:
        x0, top = max(image["x0"], 0.0), max(image["top"], 0.0)
        x1, bottom = min(image["x1"], page.width), min(image["bottom"], page.height)
        if (x1 - x0) * (bottom - top) >= SCAN_SHARE * area:
            boxes.append((x0, top, x1, bottom))
    return _merge_boxes(boxes)


def looks_like_a_table(pixels: np.ndarray[Any, Any]) -> bool:
    """True when an image looks like a printed table: black text on a pale ground.

    A screenshot of a spreadsheet or of a word-processor table is mostly white
    or lightly tinted (at least :data:`MIN_WHITE_SHARE`), has little strong
    colour (at most :data:`MAX_COLOUR_SHARE`) and some black ink (at least
    :data:`MIN_DARK_SHARE`: its text and rules).  Logos, photos, diagrams of
    coloured boxes and charts (whose libraries draw text grey) fail one of
    the three.

    >>> import numpy as np
    >>> page = np.full((100, 200, 3), 255, dtype=np.uint8)
    >>> page[10:12, :] = 0; page[50:53, 20:120] = 20      # a rule and a line of text
    >>> looks_like_a_table(page)
    True
    >>> chart = page.copy(); chart[20:90, 30:170] = (200, 40, 40)   # a red bar
    >>> looks_like_a_table(chart)
    False
    >>> looks_like_a_table(np.full((100, 200, 3), 255, dtype=np.uint8))   # nothing drawn
    False
    """
    import cv2
    import numpy

    if pixels.size == 0:
        return False
    rgb = numpy.ascontiguousarray(pixels[..., :3]) if pixels.ndim == 3 else None
    if rgb is None:
        return False
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    colour = float(((hsv[..., 1] > 90) & (hsv[..., 2] > 50)).mean())
    white = float((rgb.min(axis=2) > 200).mean())
    dark = float((rgb.max(axis=2) < 100).mean())
    return colour <= MAX_COLOUR_SHARE and white >= MIN_WHITE_SHARE and dark >= MIN_DARK_SHARE


def _merge_boxes(boxes: Sequence[BBox]) -> list[BBox]:
    """``boxes`` with the overlapping ones joined, top to bottom."""
    out: list[BBox] = []
    for box in sorted(boxes, key=lambda b: (b[1], b[0])):
        for i, have in enumerate(out):
            if box[0] < have[2] and have[0] < box[2] and box[1] < have[3] and have[1] < box[3]:
                out[i] = (
                    min(box[0], have[0]),
                    min(box[1], have[1]),
                    max(box[2], have[2]),
                    max(box[3], have[3]),
                )
                break
        else:
            out.append(box)
    return out


def _chars_over(chars: Sequence[Obj], box: BBox) -> int:
    x0, top, x1, bottom = box
    return sum(
        1
        for c in chars
        if c["text"].strip()
        and x0 <= (c["x0"] + c["x1"]) / 2 <= x1
        and top <= (c["top"] + c["bottom"]) / 2 <= bottom
    )


def image_table_warning(number: int, regions: Sequence[BBox]) -> str:
    """The ``image-table`` message for page ``number`` read without OCR.

    >>> image_table_warning(43, [(72.0, 289.2, 586.8, 554.8)])
    'page 43 shows an image that may be a table; run with --ocr to read it'
    >>> image_table_warning(7, [(0, 0, 1, 1), (0, 2, 1, 3)])
    'page 7 shows 2 images that may be tables; run with --ocr to read them'
    """
    if len(regions) == 1:
        return f"page {number} shows an image that may be a table; run with --ocr to read it"
    return (
        f"page {number} shows {len(regions)} images that may be tables; run with --ocr to read them"
    )


def read_image_tables(
    page: Page,
    regions: Sequence[BBox],
    *,
    password: str | None = None,
    timeout: float | None = None,
) -> Page:
    """``page`` with the text and ruling OCR finds in ``regions`` added to its chars and edges.

    ``page.source`` (the whole PDF) is rendered with pdfium; ``timeout``
    bounds each tesseract run (ExtractionTimeoutError).  Raises
    OCRUnavailableError when tesseract or its Italian model is missing.
    """
    if not regions:
        return page
    if LANGUAGE not in tesseract_languages():
        raise OCRUnavailableError(
            f"OCR needs tesseract's Italian model ({LANGUAGE}), which is not installed; "
            f"{INSTALL_HINT}"
        )
    chars, edges = list(page.chars), list(page.edges)
    for region in regions:
        x0, top = region[0], region[1]
        scale = OCR_DPI / 72
        gray = level(to_gray(_render(page, scale, password, [region])[0]))
        if gray.size == 0:
            continue
        rules, horizontal, vertical = find_rules(gray, scale)
        height = letter_height(without_rules(gray, rules))
        if 0 < height < MIN_LETTER_HEIGHT:  # small print: tesseract misreads it, enlarge
            scale = min(scale * LETTER_HEIGHT / height, MAX_OCR_DPI / 72)
            gray = level(to_gray(_render(page, scale, password, [region])[0]))
            rules, horizontal, vertical = find_rules(gray, scale)
        rules_on_page = rule_edges(horizontal, vertical, scale, (x0, top))
        edges.extend(rules_on_page)
        clean = without_rules(gray, rules)
        words = run_tesseract(clean, dpi=round(scale * 72), timeout=timeout)
        words += read_missed_cells(
            clean, words, _cells(page, rules_on_page), scale, region, timeout
        )
        words = [mark_underlined_comparisons(clean, w) for w in words]
        chars.extend(word_chars(words, scale, (x0, top), page.page_number))
        logger.debug(
            "page %d: image region %s, %d rules, %d words",
            page.page_number,
            region,
            len(horizontal) + len(vertical),
            len(words),
        )
    return replace(page, chars=chars, edges=edges)


@dataclass(frozen=True, slots=True)
class ImageTables:
    """What OCR read in one image region of a page: its tables and its ``ocr-text`` message."""

    region: BBox
    tables: tuple[RawTable, ...]
    message: str


def image_tables(page: Page, regions: Sequence[BBox]) -> list[ImageTables]:
    """The ruled tables in each of ``regions`` of a page that :func:`read_image_tables` read.

    pdfplumber's ruled-table finder runs on the region's OCR characters and
    rules (as on a native page); the values of each column are checked with
    :func:`~perfextract.ocr_values.check_columns`.  Each region's message
    names the page and the region, and the values that were put back.
    """
    from perfextract.backends import is_grid
    from perfextract.backends.plumber import PlumberBackend

    found = []
    for region in regions:
        x0, top, x1, bottom = region
        box = (x0 - RULE_SLACK, top - RULE_SLACK, x1 + RULE_SLACK, bottom + RULE_SLACK)
        inside = page.filter(functools.partial(_centre_in, box=box))
        tables: list[RawTable] = []
        changes: list[str] = []
        for table in PlumberBackend().find_tables(inside):
            if is_grid(table):
                rows, fixed = check_columns(table.rows)
                tables.append(replace(table, rows=rows, backend="ocr"))
                changes += fixed
        message = (
            f"page {page.page_number}: the image at ({x0:.0f}, {top:.0f}, {x1:.0f}, {bottom:.0f}) "
            "was read by OCR: check its values against the page"
        )
        if changes:
            message += f" (from their columns, read {', '.join(changes)})"
        found.append(ImageTables(region, tuple(tables), message))
    return found


def settle_image_text(
    page: Page, pictured: Sequence[ImageTables], tables: Sequence[RawTable]
) -> tuple[Page, list[tuple[str, str]]]:
    """The page without the OCR text of images that hold no table, and a note per image.

    ``tables`` are all the tables found on the page (ruled or not).  An image
    where one of them lies keeps its text and gets its ``ocr-text`` note; the
    text OCR read in another (a chart, a photo) is dropped, so that its words
    never pass for headings, and the image gets an ``image-table`` note.
    """
    notes: list[tuple[str, str]] = []
    empty: list[BBox] = []
    for found in pictured:
        x0, top, x1, bottom = found.region
        if any(t.bbox[0] < x1 and x0 < t.bbox[2] and t.bbox[1] < bottom and top < t.bbox[3]
               for t in tables):  # fmt: skip
            notes.append(("ocr-text", found.message))
        else:
            empty.append(found.region)
            where = f"({x0:.0f}, {top:.0f}, {x1:.0f}, {bottom:.0f})"
            notes.append(
                (
                    "image-table",
                    f"page {page.page_number}: OCR found no table in the image at {where}",
                )
            )
    if empty:
        page = page.filter(
            lambda obj: (
                obj.get("fontname") != OCR_FONT or not any(_centre_in(obj, box) for box in empty)
            )
        )
    return page, notes


def _centre_in(obj: Obj, box: BBox) -> bool:
    cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return bool(box[0] <= cx <= box[2] and box[1] <= cy <= box[3])


def _render(
    page: Page, scale: float, password: str | None, boxes: Sequence[BBox]
) -> list[np.ndarray[Any, Any]]:
    """Each of ``boxes`` of the page rendered by pdfium at ``scale`` pixels a point (RGB)."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(page.source, password=password)
    except pdfium.PdfiumError as exc:
        raise OCRError(f"page {page.page_number} cannot be rendered for OCR ({exc})") from exc
    try:
        shown = document[page.page_number - 1]
        width, height = shown.get_size()  # as shown, /Rotate applied, like page.width/height
        if abs(width - page.width) > 1 or abs(height - page.height) > 1:
            raise OCRError(  # straightened: its text ran up or down the page
                f"page {page.page_number} was turned to read its text, its images are not"
            )
        pixels: list[np.ndarray[Any, Any]] = []
        for x0, top, x1, bottom in boxes:
            # crop: what to cut off the left, bottom, right and top edges, in points
            crop = (x0, max(height - bottom, 0.0), max(width - x1, 0.0), top)
            bitmap = shown.render(scale=scale, crop=crop, rev_byteorder=True)  # RGB, not BGR
            pixels.append(bitmap.to_numpy())
        return pixels
    except (pdfium.PdfiumError, ValueError) as exc:  # a page pdfium cannot draw
        raise OCRError(f"page {page.page_number} cannot be rendered for OCR ({exc})") from exc
    finally:
        document.close()


def _cells(page: Page, edges: list[Obj]) -> list[BBox]:
    """The cells of the ruled tables that ``edges`` draw, on the page."""
    from perfextract.backends.plumber import RULED_SETTINGS

    ruling = Page(page.page_number, page.width, page.height, [], edges)
    return [
        (float(x0), float(top), float(x1), float(bottom))
        for table in ruling.find_tables(RULED_SETTINGS)
        for x0, top, x1, bottom in table.cells
    ]
