"""Tables printed as images on a text page: find them, and read them by OCR.

A report often pastes a screenshot of a spreadsheet under a text heading: the
heading is text, the indicator table is a picture, and the text layer is
empty where it stands.  :func:`find_image_tables` names such regions (a
sizeable embedded image with no text over it), cheaply: a page without
images costs nothing.

:func:`read_image_tables` gives the page those regions as if they had been
printed as text: the region is rendered at :data:`OCR_DPI` with pdfium, its
ruling is found with OpenCV (long thin runs of dark pixels, horizontal and
vertical) and becomes the page's ``edges``; the rules are painted out and
tesseract (Italian model, TSV word boxes) reads the rest, and each word
becomes characters in the page's ``chars``.  The page then goes through the
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

import csv
import functools
import io
import logging
import os
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from perfextract.errors import ExtractionTimeoutError, OCRError, OCRUnavailableError
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
#: A rule is a run of dark pixels at least this long (points) and at most this thick.
MIN_RULE, MAX_RULE_THICKNESS = 12.0, 2.5
#: A blank after a sign at least this share of the line's height is a space.
SPACE_SHARE = 0.3
#: Words tesseract is less sure of than this (0-100) are dropped as noise.
MIN_CONFIDENCE = 20.0
#: How far (points) a rule of an image may stand outside the image's box.
RULE_SLACK = 2.0
#: Cells read again on their own, at most, in one region (see :func:`read_missed_cells`).
MAX_CELL_READS = 8
#: A pixel darker than this is ink; a cell with fewer ink pixels than the next is empty.
INK_LEVEL, MIN_INK_PIXELS = 128, 40
#: Name of the "font" of characters read by OCR.
OCR_FONT = "OCR"


@dataclass(frozen=True, slots=True)
class Word:
    """A word tesseract read, with its line's box in the image's pixels."""

    text: str
    left: float
    right: float
    top: float
    bottom: float
    line: tuple[int, int, int]  # tesseract's (block, paragraph, line) numbers


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
        gray = _gray(_render(page, scale, password, [region])[0])
        if gray.size == 0:
            continue
        rules, horizontal, vertical = find_rules(gray, scale)
        height = letter_height(_without(gray, rules))
        if 0 < height < MIN_LETTER_HEIGHT:  # small print: tesseract misreads it, enlarge
            scale = min(scale * LETTER_HEIGHT / height, MAX_OCR_DPI / 72)
            gray = _gray(_render(page, scale, password, [region])[0])
            rules, horizontal, vertical = find_rules(gray, scale)
        rules_on_page = rule_edges(horizontal, vertical, scale, (x0, top))
        edges.extend(rules_on_page)
        clean = _without(gray, rules)
        words = run_tesseract(clean, timeout=timeout)
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
        pixels: list[np.ndarray[Any, Any]] = []
        for x0, top, x1, bottom in boxes:
            # crop: what to cut off the left, bottom, right and top edges, in points
            crop = (x0, max(height - bottom, 0.0), max(width - x1, 0.0), top)
            pixels.append(shown.render(scale=scale, crop=crop).to_numpy())
        return pixels
    finally:
        document.close()


def _gray(pixels: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    import cv2

    if pixels.ndim == 2:
        return pixels
    code = cv2.COLOR_RGBA2GRAY if pixels.shape[2] == 4 else cv2.COLOR_RGB2GRAY
    return cv2.cvtColor(pixels, code)


Segment = tuple[int, int, int, int]  # x0, y0, x1, y1 in pixels


def find_rules(
    gray: np.ndarray[Any, Any], scale: float
) -> tuple[np.ndarray[Any, Any], list[Segment], list[Segment]]:
    """The ruling of an image: a mask of its rules, and its horizontal and vertical segments.

    Dark pixels (Otsu's threshold) that form runs at least :data:`MIN_RULE`
    points long in one direction are rules; each connected run thinner than
    :data:`MAX_RULE_THICKNESS` points is a segment (its pixel box).
    """
    import cv2

    _, dark = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    length = max(int(MIN_RULE * scale), 3)
    across = cv2.morphologyEx(dark, cv2.MORPH_OPEN, cv2.getStructuringElement(0, (length, 1)))
    down = cv2.morphologyEx(dark, cv2.MORPH_OPEN, cv2.getStructuringElement(0, (1, length)))
    thickness = MAX_RULE_THICKNESS * scale
    horizontal = [s for s in _segments(across) if s[3] - s[1] <= thickness]
    vertical = [s for s in _segments(down) if s[2] - s[0] <= thickness]
    return cv2.bitwise_or(across, down), horizontal, vertical


def _segments(mask: np.ndarray[Any, Any]) -> list[Segment]:
    import cv2

    count, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    return [
        (int(x), int(y), int(x + w), int(y + h))
        for x, y, w, h, _ in (stats[i] for i in range(1, count))
    ]


def rule_edges(
    horizontal: Sequence[Segment],
    vertical: Sequence[Segment],
    scale: float,
    origin: tuple[float, float],
) -> list[Obj]:
    """Segments in an image's pixels as pdfplumber edges on the page.

    >>> [(e["orientation"], e["x0"], e["top"], e["x1"], e["bottom"])
    ...  for e in rule_edges([(0, 9, 100, 11)], [(49, 0, 51, 20)], 2.0, (10.0, 100.0))]
    [('h', 10.0, 105.0, 60.0, 105.0), ('v', 35.0, 100.0, 35.0, 110.0)]
    """
    left, top = origin
    edges: list[Obj] = []
    for x0, y0, x1, y1 in horizontal:
        y = top + (y0 + y1) / 2 / scale
        a, b = left + x0 / scale, left + x1 / scale
        edges.append({"object_type": "line", "orientation": "h", "x0": a, "x1": b,
                      "top": y, "bottom": y, "width": b - a, "height": 0.0})  # fmt: skip
    for x0, y0, x1, y1 in vertical:
        x = left + (x0 + x1) / 2 / scale
        a, b = top + y0 / scale, top + y1 / scale
        edges.append({"object_type": "line", "orientation": "v", "x0": x, "x1": x,
                      "top": a, "bottom": b, "width": 0.0, "height": b - a})  # fmt: skip
    return edges


def _without(gray: np.ndarray[Any, Any], rules: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """The image with its rules painted white: a rule beside a word reads as ``|`` or ``[``."""
    import cv2

    grown = cv2.dilate(rules, cv2.getStructuringElement(0, (3, 3)))
    clean: np.ndarray[Any, Any] = gray.copy()
    clean[grown > 0] = 255
    return clean


def letter_height(gray: np.ndarray[Any, Any]) -> float:
    """The median height in pixels of the letters of an image (0 when it shows none).

    Letters are the connected blobs of ink 3 to 100 pixels high.

    >>> import numpy as np
    >>> image = np.full((60, 100), 255, dtype=np.uint8)
    >>> image[10:22, 10:18] = 0; image[10:24, 30:38] = 0; image[40:52, 10:18] = 0
    >>> letter_height(image)
    12.0
    """
    import cv2
    import numpy

    _, dark = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    _, _, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    heights = [int(h) for h in stats[1:, cv2.CC_STAT_HEIGHT] if 3 <= h <= 100]
    return float(numpy.median(heights)) if heights else 0.0


def _cells(page: Page, edges: list[Obj]) -> list[BBox]:
    """The cells of the ruled tables that ``edges`` draw, on the page."""
    from perfextract.backends.plumber import RULED_SETTINGS

    ruling = Page(page.page_number, page.width, page.height, [], edges)
    return [
        (float(x0), float(top), float(x1), float(bottom))
        for table in ruling.find_tables(RULED_SETTINGS)
        for x0, top, x1, bottom in table.cells
    ]


def read_missed_cells(
    gray: np.ndarray[Any, Any],
    words: Sequence[Word],
    cells: Sequence[BBox],
    scale: float,
    region: BBox,
    timeout: float | None,
) -> list[Word]:
    """Words of the cells that show ink but where reading the whole image found none.

    Tesseract's page layout analysis now and then passes over a short word
    alone in a shaded cell (a header's ``Actual``); such a cell is read on
    its own as one block of text.  At most :data:`MAX_CELL_READS` cells a
    region are read again, to bound the cost.
    """
    found: list[Word] = []
    x0, top = region[0], region[1]
    for index, cell in enumerate(cells):
        if len(found) >= MAX_CELL_READS:
            break
        a, b = int((cell[0] - x0) * scale) + 4, int((cell[2] - x0) * scale) - 4
        c, d = int((cell[1] - top) * scale) + 4, int((cell[3] - top) * scale) - 4
        if b - a < 8 or d - c < 8:
            continue
        if any(
            a <= (w.left + w.right) / 2 <= b and c <= (w.top + w.bottom) / 2 <= d for w in words
        ):
            continue
        patch = gray[c:d, a:b]
        if int((patch < INK_LEVEL).sum()) < MIN_INK_PIXELS:
            continue
        read = run_tesseract(patch, timeout=timeout, layout="6")
        found += [
            Word(
                w.text, w.left + a, w.right + a, w.top + c, w.bottom + c, (-1 - index, *w.line[1:])
            )
            for w in read
        ]
    return found


def mark_underlined_comparisons(gray: np.ndarray[Any, Any], word: Word) -> Word:
    """``word`` with a leading ``>`` or ``<`` made ``≥`` or ``≤`` when the glyph is underlined.

    Tesseract's Italian model has no ``≥`` or ``≤``: it reads them as ``>``
    and ``<``, and an underlined ``>`` (how ``≥`` is often typed in a
    spreadsheet) now and then as ``3``.  The first glyph of the word (its
    first run of inked pixel columns) is the sign when a row in its lower
    third is inked across most of its width (the bar under the chevron) —
    for a ``3``, only a bar below the baseline of the glyphs after it, which
    no ``3`` has.  Tesseract also drops the space after the sign (``≥ 90%``
    comes as one word): a blank wider than :data:`SPACE_SHARE` of the line's
    height after the glyph is one.
    """
    if not word.text.startswith((">", "<", "3")) or (word.text[0] == "3" and len(word.text) < 2):
        return word
    below = int(word.bottom + 0.3 * (word.bottom - word.top))  # an underline sits below the line
    box = gray[int(word.top) : below + 1, int(word.left) : int(word.right) + 1]
    ink: np.ndarray[Any, Any] = box < INK_LEVEL
    if not ink.any():
        return word
    import numpy

    columns = [bool(x) for x in numpy.asarray(ink.any(axis=0)).tolist()]
    start = columns.index(True)
    end = start
    while end < len(columns) and columns[end]:
        end += 1
    after = end
    while after < len(columns) and not columns[after]:
        after += 1
    glyph = ink[:, start:end]
    rows = glyph.any(axis=1).nonzero()[0]
    if word.text[0] == "3":
        rest = ink[:, after:].any(axis=1).nonzero()[0]
        if not len(rest):
            return word
        low = glyph[int(rest[-1]) + 2 :]  # below the baseline of the rest of the word
    else:
        low = glyph[int(rows[0] + (rows[-1] - rows[0]) * 2 / 3) : int(rows[-1]) + 1]
    if end - start < 3 or not low.size or int(low.sum(axis=1).max()) < 0.7 * (end - start):
        return word
    rest_text = word.text[1:]
    if rest_text and not rest_text[0].isspace() and after < len(columns):
        spaced = after - end >= SPACE_SHARE * (word.bottom - word.top)
        rest_text = " " + rest_text if spaced else rest_text
    return replace(word, text=("≤" if word.text[0] == "<" else "≥") + rest_text)


def run_tesseract(
    gray: np.ndarray[Any, Any], *, timeout: float | None = None, layout: str = "11"
) -> list[Word]:
    """The words tesseract's Italian model reads in ``gray`` (TSV boxes).

    ``layout`` is tesseract's page segmentation mode: ``11``, sparse text in
    no particular order (a table's cells), or ``6``, one block of text.
    """
    import cv2

    ok, png = cv2.imencode(".png", gray)
    if not ok:
        raise OCRError("the image region cannot be encoded for tesseract")
    command = ["tesseract", "stdin", "stdout", "-l", LANGUAGE, "--psm", layout]
    command += ["--dpi", str(OCR_DPI), "tsv"]
    try:
        done = subprocess.run(
            command,
            input=png.tobytes(),
            capture_output=True,
            timeout=timeout,
            check=False,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        )
    except subprocess.TimeoutExpired as exc:
        raise ExtractionTimeoutError(f"tesseract did not finish within {timeout:g} s") from exc
    except OSError as exc:
        raise OCRUnavailableError(f"tesseract does not run ({exc}); {INSTALL_HINT}") from exc
    if done.returncode != 0:
        said = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OCRError(f"tesseract failed ({said[-1] if said else done.returncode})")
    return words_from_tsv(done.stdout.decode("utf-8", "replace"))


def words_from_tsv(tsv: str) -> list[Word]:
    """The words of tesseract's TSV output, each with its line's top and bottom.

    Words of one line share the line's height, so a cell's lines stack at an
    even pitch (a word's own box depends on its letters: ``a`` is lower than
    ``l``).  Words below :data:`MIN_CONFIDENCE` are left out.

    >>> head = "level page_num block_num par_num line_num word_num left top width height conf text"
    >>> rows = [head, "4 1 1 1 1 0 10 20 90 14 -1", "5 1 1 1 1 1 10 22 40 10 96.5 Target",
    ...         "5 1 1 1 1 2 60 20 40 12 91 2020", "5 1 1 1 1 3 70 20 5 12 3 |"]
    >>> tsv = "\\n".join(row.replace(" ", "\\t") for row in rows)
    >>> [(w.text, w.left, w.right, w.top, w.bottom) for w in words_from_tsv(tsv)]
    [('Target', 10.0, 50.0, 20.0, 34.0), ('2020', 60.0, 100.0, 20.0, 34.0)]
    """
    lines: dict[tuple[int, int, int], tuple[float, float]] = {}
    words: list[Word] = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        try:
            level = int(row["level"])
            key = (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
            left, top = float(row["left"]), float(row["top"])
            width, height = float(row["width"]), float(row["height"])
            confidence = float(row["conf"])
        except (KeyError, TypeError, ValueError):
            continue
        text = (row.get("text") or "").strip()
        if level == 4:
            lines[key] = (top, top + height)
        elif level == 5 and text and confidence >= MIN_CONFIDENCE:
            line_top, line_bottom = lines.get(key, (top, top + height))
            words.append(Word(text, left, left + width, line_top, line_bottom, key))
    return words


def word_chars(
    words: Sequence[Word], scale: float, origin: tuple[float, float], page_number: int
) -> list[Obj]:
    """Words in an image's pixels as pdfplumber chars on the page.

    Each letter gets an equal share of its word's width; a space char
    follows each word, so that words are kept apart however close they
    stand.

    >>> chars = word_chars([Word("ab", 0, 20, 0, 10, (1, 1, 1))], 2.0, (100.0, 50.0), 3)
    >>> [(c["text"], c["x0"], c["x1"], c["top"], c["size"]) for c in chars]
    [('a', 100.0, 105.0, 50.0, 5.0), ('b', 105.0, 110.0, 50.0, 5.0), (' ', 110.0, 110.0, 50.0, 5.0)]
    """
    left, top = origin
    chars: list[Obj] = []
    for word in words:
        x0, x1 = left + word.left / scale, left + word.right / scale
        y0, y1 = top + word.top / scale, top + word.bottom / scale
        step = (x1 - x0) / len(word.text)
        letters = [(ch, x0 + i * step, x0 + (i + 1) * step) for i, ch in enumerate(word.text)]
        for text, a, b in [*letters, (" ", x1, x1)]:
            chars.append({"object_type": "char", "page_number": page_number, "text": text,
                          "fontname": OCR_FONT, "size": y1 - y0, "x0": a, "x1": b,
                          "top": y0, "bottom": y1, "doctop": y0, "width": b - a,
                          "height": y1 - y0, "upright": True, "turn": None})  # fmt: skip
    return chars
