"""Pages as pictures, with what was read outlined on them.

A page is rendered with pypdfium2 (installed with pdfplumber) and boxes in
page points (``(x0, top, x1, bottom)``, top-left origin) are drawn on it
with Pillow.  Used by ``perfextract explain`` and ``perfextract review``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from perfextract.errors import InvalidPDFError, describe_cause
from perfextract.model import BBox

if TYPE_CHECKING:
    from PIL.Image import Image

#: The resolution pages are rendered at: an A4 page is 827 pixels wide.
DPI = 100.0

#: Colours of what is outlined (RGB).
TABLE = (0, 94, 184)
HEADER = (230, 120, 0)
COLUMN = (230, 120, 0)
RECORD = (0, 150, 60)
REFUSED = (200, 0, 0)
HEADING = (130, 50, 160)


@dataclass(frozen=True, slots=True)
class Outline:
    """A box to draw on a page, its colour, line width (0: none) and a label above it."""

    bbox: BBox
    color: tuple[int, int, int]
    label: str = ""
    width: int = 2


def render_page(
    source: bytes | str | os.PathLike[str],
    page: int,
    *,
    dpi: float = DPI,
    password: str | None = None,
) -> Image:
    """Page ``page`` (1-based) of a PDF as an RGB picture at ``dpi``."""
    import pypdfium2 as pdfium

    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    try:
        document = pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        raise InvalidPDFError(f"cannot render the PDF ({describe_cause(exc)})") from exc
    try:
        bitmap = document[page - 1].render(scale=dpi / 72.0)
        image: Image = bitmap.to_pil().convert("RGB")
    finally:
        document.close()
    return image


def draw_outlines(image: Image, outlines: Iterable[Outline], *, dpi: float = DPI) -> Image:
    """A copy of ``image`` (a page rendered at ``dpi``) with ``outlines`` drawn on it."""
    from PIL import ImageDraw, ImageFont

    out = image.copy()
    draw = ImageDraw.Draw(out)
    scale = dpi / 72.0
    font: Any = ImageFont.load_default(size=11)
    for outline in outlines:
        x0, top, x1, bottom = (v * scale for v in outline.bbox)
        if outline.width:
            draw.rectangle((x0, top, max(x1, x0 + 1), max(bottom, top + 1)),
                           outline=outline.color, width=outline.width)  # fmt: skip
        if outline.label:
            left, upper, right, lower = draw.textbbox((x0 + 2, top), outline.label, font=font)
            lift = lower - upper + 3
            box = (left - 1, upper - lift - 1, right + 1, lower - lift + 1)
            draw.rectangle(box, fill=outline.color)
            draw.text((x0 + 2, top - lift), outline.label, fill=(255, 255, 255), font=font)
    return out


def save_png(image: Image, path: Path) -> Path:
    """Write ``image`` as PNG to ``path`` (folders made as needed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, format="PNG", optimize=False)
    return path
