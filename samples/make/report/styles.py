"""The type of the report formats: TrueType families registered with reportlab, the
paragraph styles of a :class:`Look` and of the software exports, and cell text as
Paragraph markup."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab import platypus
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Paragraph,
)

FONT_FILES = {
    "Liberation": (
        "/usr/share/fonts/truetype/liberation2/LiberationSans-{}.ttf",
        ("Regular", "Bold", "Italic", "BoldItalic"),
    ),
    "DejaVu": (
        "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed{}.ttf",
        ("", "-Bold", "-Oblique", "-BoldOblique"),
    ),
}


LEVEL_SIZES = {"area": 2.5, "strategic": 1.5, "operational": 0.5}  # added to the body size


def register_family(family: str) -> None:
    """Register a TrueType family (regular, bold, italic, bold italic) under ``family``."""
    if family in pdfmetrics.getRegisteredFontNames():
        return
    pattern, styles = FONT_FILES[family]
    names = [family, f"{family}-Bold", f"{family}-Italic", f"{family}-BoldItalic"]
    for name, style in zip(names, styles, strict=True):
        pdfmetrics.registerFont(TTFont(name, pattern.format(style)))
    pdfmetrics.registerFontFamily(
        family, normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3]
    )


@dataclass(frozen=True)
class Look:
    """How one issuer lays out its"""

    family: str
    rules: str  # "grid", "none" or "header_rule"
    footer: str  # left footer text; the page number is printed on the right
    body_size: float = 10.0
    table_size: float = 8.5
    margin: float = 2.0 * cm
    accent: colors.Color = colors.black
    header_fill: colors.Color | None = None
    cover_band: bool = False
    page_format: str = "Pagina {}"
    styles: dict[str, ParagraphStyle] = field(default_factory=dict, init=False, compare=False)

    def style(self, name: str) -> ParagraphStyle:
        """Return (and cache) the paragraph style ``name`` of this look."""
        if name not in self.styles:
            self.styles[name] = self._make_style(name)
        return self.styles[name]

    def _make_style(self, name: str) -> ParagraphStyle:
        base = ParagraphStyle(name, fontName=self.family, fontSize=self.body_size)
        base.leading = self.body_size * 1.3
        if name == "cell":
            base.fontSize, base.leading = self.table_size, self.table_size * 1.2
        elif name == "header":
            base.fontName = f"{self.family}-Bold"
            base.fontSize, base.leading = self.table_size, self.table_size * 1.2
        elif name == "prose":
            base.spaceAfter = 6
        elif name == "section":
            base.fontName, base.fontSize = f"{self.family}-Bold", self.body_size + 4
            base.leading, base.spaceBefore, base.spaceAfter = base.fontSize * 1.3, 6, 10
            base.textColor = self.accent
        elif name in LEVEL_SIZES:
            base.fontName = f"{self.family}-Bold"
            base.fontSize = self.body_size + LEVEL_SIZES[name]
            base.leading, base.spaceBefore, base.spaceAfter = base.fontSize * 1.3, 8, 4
            base.textColor = self.accent if name == "area" else colors.black
        elif name == "caption":
            base.fontName, base.spaceBefore, base.spaceAfter = f"{self.family}-Italic", 6, 4
        elif name == "toc_title":
            base.fontName, base.fontSize, base.spaceAfter = f"{self.family}-Bold", 16, 16
        return base


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (``\\n`` breaks the line)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


FALLBACK = "LiberationSans"
FALLBACK_FILE = "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"
FONT_SIZE = 7.0


def export_fonts() -> None:
    """Register the fallback font the exports print glyphs outside Latin-1 with."""
    if FALLBACK not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FALLBACK, FALLBACK_FILE))


def markup(text: str) -> str:
    """Escape a cell for a Paragraph, printing ``≤``, ``≥``, ``€`` from the fallback font."""
    out = escape(text)
    for glyph in "≤≥€":
        out = out.replace(glyph, f'<font name="{FALLBACK}">{glyph}</font>')
    return out


def export_styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of the ``export`` format (7 pt Helvetica cells)."""
    base = ParagraphStyle("cell", fontName="Helvetica", fontSize=FONT_SIZE, leading=8.4)
    return {
        "left": base,
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "head_left": ParagraphStyle("hl", parent=base, fontName="Helvetica-Bold"),
        "head_right": ParagraphStyle(
            "hr", parent=base, fontName="Helvetica-Bold", alignment=TA_RIGHT
        ),
        "intro": ParagraphStyle("intro", parent=base, fontSize=8, leading=10, alignment=TA_LEFT),
    }


FONTS = {
    "LS": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LS-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
}


def register_fonts() -> None:
    """Register the Liberation Sans fonts the exports draw with (``LS``, ``LS-Bold``)."""
    for name, path in FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))


def sans_style(size: float, bold: bool = False, **kw: Any) -> ParagraphStyle:
    """A paragraph style in Liberation Sans (``LS``) of ``size`` pt, optionally bold."""
    font = "LS-Bold" if bold else "LS"
    return ParagraphStyle(f"s{size}{bold}", fontName=font, fontSize=size, leading=size * 1.2, **kw)


def bold_lines(lines: list[list[Any]]) -> list[platypus.Paragraph]:
    """Bold paragraphs of a content's ``[text, size, space after]`` lines."""
    return [escaped(text, sans_style(size, True, spaceAfter=after)) for text, size, after in lines]


def escaped(text: str, style: ParagraphStyle) -> platypus.Paragraph:
    """A paragraph of plain text (markup characters escaped)."""
    return platypus.Paragraph(escape(text), style)


FONT = "ArpaSans"
NUMBERED_FONT_FILES = "/usr/share/fonts/truetype/liberation2/LiberationSans-{}.ttf"
SIZE = 9.0


def numbered_fonts() -> None:
    """Register the ``numbered`` format's font family (Liberation Sans as ``ArpaSans``)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name, style in ((FONT, "Regular"), (f"{FONT}-Bold", "Bold")):
        pdfmetrics.registerFont(TTFont(name, NUMBERED_FONT_FILES.format(style)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=f"{FONT}-Bold")


def cell_markup(cell: Any) -> str:
    """A cell as Paragraph markup: a ``sup`` marker printed smaller and raised."""
    if isinstance(cell, dict):
        return f"{escape(cell['text'])}<super>{escape(cell['sup'])}</super>"
    return escape(cell)


def numbered_styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of the ``numbered`` format."""
    body = ParagraphStyle("body", fontName=FONT, fontSize=SIZE, leading=11.5, spaceAfter=6)
    return {
        "body": body,
        "cell": ParagraphStyle("cell", parent=body, leading=10.5, spaceAfter=0),
        "cellc": ParagraphStyle("cellc", parent=body, leading=10.5, spaceAfter=0,
                                alignment=TA_CENTER),
        "head": ParagraphStyle("head", parent=body, fontName=f"{FONT}-Bold", leading=10.5,
                               spaceAfter=0, alignment=TA_CENTER),
        "objective": ParagraphStyle("obj", parent=body, fontName=f"{FONT}-Bold",
                                    spaceBefore=8, spaceAfter=4),
        "chapter": ParagraphStyle("ch", parent=body, fontName=f"{FONT}-Bold", fontSize=13,
                                  leading=16, spaceAfter=10),
        "note": ParagraphStyle("note", parent=body, fontSize=7, leading=8.5, spaceAfter=1),
        "cover": ParagraphStyle("cover", parent=body, fontName=f"{FONT}-Bold", fontSize=20,
                                leading=26, alignment=TA_CENTER),
        "cover_small": ParagraphStyle("cs", parent=body, fontSize=11, leading=15,
                                      alignment=TA_CENTER),
        "toc": ParagraphStyle("toc", parent=body, spaceAfter=2),
    }  # fmt: skip


def note_markup(note: str) -> str:
    """A footnote: ``(n) text`` printed as is, ``n text`` with the number raised."""
    if note.startswith("("):
        return escape(note)
    number, text = note.split(" ", 1)
    return f"<super>{escape(number)}</super> {escape(text)}"
