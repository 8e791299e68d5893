"""The text and ruling of an image of a table: rules by OpenCV, words by tesseract.

:mod:`perfextract.image_tables` renders an image region and hands its
pixels here: :func:`find_rules` finds the ruling (long thin runs of dark
pixels), :func:`run_tesseract` reads the words (tesseract's Italian model,
TSV boxes) once the rules are painted out (:func:`without_rules`), and
:func:`word_chars` and :func:`rule_edges` turn them into pdfplumber chars
and edges on the page.  A cell that shows ink where no word was read is
read again on its own (:func:`read_missed_cells`); a ``≥`` typed as an
underlined ``>`` is recognised by its pixels
(:func:`mark_underlined_comparisons`).
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from perfextract.errors import ExtractionTimeoutError, OCRError, OCRUnavailableError
from perfextract.model import BBox
from perfextract.ocr import INSTALL_HINT, LANGUAGE
from perfextract.page import Obj

if TYPE_CHECKING:
    import numpy as np

#: A rule is a run of dark pixels at least this long (points) and at most this thick.
MIN_RULE, MAX_RULE_THICKNESS = 12.0, 2.5
#: A blank after a sign at least this share of the line's height is a space.
SPACE_SHARE = 0.3
#: Words tesseract is less sure of than this (0-100) are dropped as noise.
MIN_CONFIDENCE = 20.0
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


def to_gray(pixels: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """An RGB(A) image in grey levels."""
    import cv2

    if pixels.ndim == 2:
        return pixels
    code = cv2.COLOR_RGBA2GRAY if pixels.shape[2] == 4 else cv2.COLOR_RGB2GRAY
    return cv2.cvtColor(pixels, code)


Segment = tuple[int, int, int, int]  # x0, y0, x1, y1 in pixels

#: The largest skew (degrees) a scanned page is straightened from.
MAX_SKEW = 3.0


def skew_angle(gray: np.ndarray[Any, Any]) -> float:
    """The angle (degrees) to turn an image by to set its lines level: 0 for a level one.

    The ink's rows are sharpest (their sums vary most) when the lines of text
    and the rules run level: the angle is searched coarse, then fine.

    >>> import numpy as np, cv2
    >>> page = np.full((400, 600), 255, dtype=np.uint8)
    >>> for y in range(40, 380, 30): page[y:y + 3, 50:550] = 0
    >>> skew_angle(page)
    0.0
    >>> turned = cv2.warpAffine(page, cv2.getRotationMatrix2D((300, 200), 1.2, 1.0), (600, 400),
    ...                         borderValue=255)
    >>> round(abs(skew_angle(turned)), 1)
    1.2
    """
    import cv2
    import numpy

    height, width = gray.shape[:2]
    factor = min(1.0, 1000 / max(width, 1))
    small = cv2.resize(gray, (max(int(width * factor), 1), max(int(height * factor), 1)))
    _, dark = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    centre = (dark.shape[1] / 2, dark.shape[0] / 2)

    def sharpness(angle: float) -> float:
        turn = cv2.getRotationMatrix2D(centre, angle, 1.0)
        level = cv2.warpAffine(dark, turn, (dark.shape[1], dark.shape[0]))
        return float(numpy.var(level.sum(axis=1, dtype=numpy.float64)))

    coarse = [a / 10 for a in range(int(-MAX_SKEW * 10), int(MAX_SKEW * 10) + 1, 2)]
    best = max(coarse, key=lambda a: (sharpness(a), -abs(a)))
    fine = [best + a / 100 for a in range(-10, 11, 2)]
    found = max(fine, key=lambda a: (sharpness(a), -abs(a)))
    return 0.0 if abs(found) < 0.05 else round(found, 2)


def level(gray: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """A scanned image turned so that its lines run level (see :func:`skew_angle`)."""
    import cv2

    angle = skew_angle(gray)
    if not angle:
        return gray
    height, width = gray.shape[:2]
    turn = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    return cv2.warpAffine(gray, turn, (width, height), borderValue=255)


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


def without_rules(gray: np.ndarray[Any, Any], rules: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
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
        read = run_tesseract(patch, dpi=round(scale * 72), timeout=timeout, layout="6")
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
    gray: np.ndarray[Any, Any], *, dpi: int, timeout: float | None = None, layout: str = "11"
) -> list[Word]:
    """The words tesseract's Italian model reads in ``gray`` (TSV boxes).

    ``dpi`` is the image's resolution; ``layout`` tesseract's page
    segmentation mode: ``11``, sparse text in no particular order (a table's
    cells), or ``6``, one block of text.
    """
    import cv2

    ok, png = cv2.imencode(".png", gray)
    if not ok:
        raise OCRError("the image region cannot be encoded for tesseract")
    command = ["tesseract", "stdin", "stdout", "-l", LANGUAGE, "--psm", layout]
    command += ["--dpi", str(dpi), "tsv"]
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
