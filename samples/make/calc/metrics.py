"""Text metrics: Calc does not recompute row heights, so they are set from the wrapped
text, measured with the fonts LibreOffice prints Arial with (through Pillow)."""

from __future__ import annotations

import math
import subprocess
from collections.abc import Callable
from functools import cache

from PIL import ImageFont

FONT_NAME = "Arial"
#: Points per Excel column-width unit as LibreOffice prints them when the workbook's
#: Normal style is Arial 10 (measured: widths 10, 20 and 40 print 55.4, 111.0, 222.0 pt).
POINTS_PER_WIDTH_UNIT = 5.55
#: Line pitch of wrapped Liberation Sans text, per point of font size (ascent + descent).
LINE_PITCH = 1.17
#: Room left and right of the text in a cell (LibreOffice's indent, plus a safety margin).
CELL_PADDING_PT = 5.0
#: Room above and below the lines of a row.
ROW_PADDING_PT = 3.5


@cache
def _font(bold: bool, italic: bool) -> ImageFont.FreeTypeFont:
    """Return the font LibreOffice prints for Arial in this style, at 1000 units per point."""
    style = "Bold" if bold else "Regular"
    style = ("Bold Italic" if bold else "Italic") if italic else style
    path = subprocess.run(
        ["fc-match", "-f", "%{file}", f"{FONT_NAME}:style={style}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return ImageFont.truetype(path, 1000)


def text_width(text: str, size: float, bold: bool = False, italic: bool = False) -> float:
    """Return the printed width of ``text`` in points."""
    return _font(bold, italic).getlength(text) * size / 1000


def count_lines(text: str, width_pt: float, measure: Callable[[str], float]) -> int:
    """Return how many lines ``text`` takes wrapped greedily at spaces in ``width_pt``."""
    lines = 0
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if current and measure(candidate) > width_pt:
                lines += math.ceil(measure(current) / width_pt)
                current = word
            else:
                current = candidate
        lines += max(1, math.ceil(measure(current) / width_pt))
    return lines


def row_height(cells: list[tuple[str, float]], size: float, bold: bool = False) -> float:
    """Return the height (pt) of a row of wrapped cells given as (text, width units)."""
    lines = 1
    for text, width in cells:
        if text:
            room = width * POINTS_PER_WIDTH_UNIT - CELL_PADDING_PT
            lines = max(lines, count_lines(text, room, lambda t: text_width(t, size, bold)))
    return round(lines * size * LINE_PITCH + ROW_PADDING_PT, 1)
