"""The reportlab renderer of the blocks content format (:mod:`blocks`), as report software
draws a PDF.

One renderer serves several samples; a :class:`Look` says how each issuer lays its report
out: fonts, page, footer and the rules of its indicator tables (``grid``: every cell
ruled; ``none``: aligned by whitespace only; ``header_rule``: one rule under the header
row). Tables repeat their header row on each page they run onto.

A ``rotated`` block becomes a page whose MediaBox is portrait and whose content is drawn
turned by 90 degrees, with ``/Rotate 90`` so a viewer shows it as a landscape page.
Output is deterministic (reportlab's ``invariant`` mode).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from . import blocks_docx
from .blocks import (
    Content,
    Item,
    build_records,
    cell_text,
    heading_text,
    load_content,
    locate_pages,
)
from .office import print_pdf
from .readback import page_streams
from .truth import SAMPLES_DIR, write_truth

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
#: A heading starts a new page unless this much room is left for what follows it.
KEEP_WITH_HEADING = 4 * cm
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
    """How one issuer lays out its report."""

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


# --------------------------------------------------------------------------- tables


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (``\\n`` breaks the line)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def indicator_table(block: Item, content: Content, look: Look) -> Table:
    """Build an indicator table: a header row, then one row per indicator."""
    columns = content["columns"]
    widths = [w * cm for w in block.get("widths", [c["width"] for c in columns])]
    header = [para(c["header"], look.style("header")) for c in columns]
    rows: list[list[Any]] = [header]
    for item in block["rows"]:
        if item["kind"] != "indicator":
            raise ValueError(f"reportlab tables hold indicator rows only, not {item['kind']}")
        rows.append([para(cell_text(item, c["role"]), look.style("cell")) for c in columns])
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(table_commands(look)))
    return table


def table_commands(look: Look, padding: float = 3) -> list[tuple[Any, ...]]:
    """The table style commands of a look's rules."""
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding + 1),
    ]
    if look.rules == "grid":
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif look.rules == "header_rule":
        commands.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, look.accent))
    elif look.rules != "none":
        raise ValueError(f"unknown rules {look.rules!r}")
    if look.header_fill is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), look.header_fill))
    return commands


def budget_table(block: Item, look: Look) -> list[Flowable]:
    """A caption and a ruled table of figures (right-aligned amounts)."""
    number = ParagraphStyle("number", parent=look.style("cell"), alignment=TA_RIGHT)
    rows: list[list[Any]] = [[para(h, look.style("header")) for h in block["header"]]]
    for row in block["rows"]:
        rows.append(
            [para(text, look.style("cell") if i == 0 else number) for i, text in enumerate(row)]
        )
    table = Table(rows, colWidths=[w * cm for w in block["widths"]], hAlign="LEFT")
    commands = table_commands(look)
    commands.append(("FONTNAME", (0, -1), (-1, -1), f"{look.family}-Bold"))
    table.setStyle(TableStyle(commands))
    return [para(block["title"], look.style("caption")), table, Spacer(1, 6)]


# --------------------------------------------------------------------------- pages


class LandscapeOnPortrait(Flowable):
    """A whole landscape page drawn turned on a portrait page that carries /Rotate 90.

    It fills a frame that covers the page; its flowables go into a landscape frame in
    the rotated coordinate system, where the footer is drawn too.
    """

    def __init__(self, flowables: list[Flowable], look: Look, footer: Callable[..., None]):
        super().__init__()
        self.flowables, self.look, self.footer = flowables, look, footer

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, avail_height
        return avail_width, avail_height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        portrait_width = self.width
        landscape_width, landscape_height = self.height, self.width
        canvas.saveState()
        canvas.translate(portrait_width, 0)  # landscape (x, y) -> portrait (W - y, x)
        canvas.rotate(90)
        margin = self.look.margin
        frame = Frame(margin, margin, landscape_width - 2 * margin, landscape_height - 2 * margin)
        pending = list(self.flowables)
        frame.addFromList(pending, canvas)
        if pending:
            raise ValueError("the rotated page's content does not fit on one page")
        self.footer(canvas, landscape_width)
        canvas.restoreState()


class ReportTemplate(BaseDocTemplate):
    """A4 report: cover page, body pages with footer, full-page rotated pages, TOC."""

    def __init__(self, path: Path, content: Content, look: Look) -> None:
        super().__init__(
            str(path),
            pagesize=A4,
            leftMargin=look.margin,
            rightMargin=look.margin,
            topMargin=look.margin,
            bottomMargin=look.margin,
            title=f"{content['document']['title']} {content['document']['year']}",
            author=content["document"]["issuer"],
            invariant=1,
        )
        self.look = look
        width, height = A4
        body = Frame(look.margin, look.margin, width - 2 * look.margin, height - 2 * look.margin)
        whole = Frame(0, 0, width, height, 0, 0, 0, 0)
        # reportlab sets /Rotate from the template when the page ends, and swaps the
        # MediaBox of a rotated page: a landscape page size gives a portrait MediaBox.
        rotated = PageTemplate("rotated", [whole], pagesize=landscape(A4))
        rotated.rotation = 90
        self.addPageTemplates(
            [
                PageTemplate("cover", [body]),
                PageTemplate("body", [body], onPage=self.body_page),
                rotated,
            ]
        )

    def body_page(self, canvas: Canvas, _doc: Any) -> None:
        """An upright page with the footer."""
        self.footer(canvas, A4[0])

    def footer(self, canvas: Canvas, page_width: float) -> None:
        """Draw the footer text and the page number on the current page."""
        look = self.look
        canvas.saveState()
        canvas.setFont(look.family, 8)
        y = look.margin * 0.55
        if look.rules == "grid":
            canvas.setLineWidth(0.4)
            canvas.line(look.margin, y + 10, page_width - look.margin, y + 10)
        canvas.drawString(look.margin, y, look.footer)
        number = look.page_format.format(canvas.getPageNumber())
        canvas.drawRightString(page_width - look.margin, y, number)
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        """Register sections and area headings with the table of contents."""
        level = getattr(flowable, "toc_level", None)
        if level is not None:
            text = flowable.getPlainText()
            self.notify("TOCEntry", (level, text, self.page))


# --------------------------------------------------------------------------- story


def cover(content: Content, look: Look) -> list[Flowable]:
    """The cover page: issuer, title and subtitle lines, centred."""
    story: list[Flowable] = [Spacer(1, 5 * cm)]
    if look.cover_band:
        band = Table([[""]], colWidths=[A4[0] - 2 * look.margin], rowHeights=[0.35 * cm])
        band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), look.accent)]))
        story += [band, Spacer(1, 1.2 * cm)]
    for line in content["cover"]:
        style = ParagraphStyle(
            "cover",
            fontName=f"{look.family}-Bold" if line.get("bold") else look.family,
            fontSize=line["size"],
            leading=line["size"] * 1.25,
            alignment=TA_CENTER,
            spaceAfter=line.get("space_after", 14),
            textColor=look.accent if line.get("accent") else colors.black,
        )
        story.append(para(line["text"], style))
    return [*story, NextPageTemplate("body"), PageBreak()]


def block_flowables(block: Item, content: Content, look: Look) -> list[Flowable]:
    """The flowables of one body block (a rotated block is handled by :func:`story`)."""
    kind = block["kind"]
    if kind == "heading":
        heading = para(heading_text(block), look.style(block["level"]))
        if block["level"] == "area" and content.get("toc_areas"):
            heading.toc_level = 1  # type: ignore[attr-defined]
        return [CondPageBreak(KEEP_WITH_HEADING), heading]
    if kind == "section":
        section = para(block["text"], look.style("section"))
        section.toc_level = 0  # type: ignore[attr-defined]
        return [CondPageBreak(KEEP_WITH_HEADING), section]
    if kind == "prose":
        return [para(block["text"], look.style("prose"))]
    if kind == "table":
        return [indicator_table(block, content, look), Spacer(1, block.get("space_after", 8))]
    if kind == "budget":
        return budget_table(block, look)
    if kind == "page_break":
        return [PageBreak()]
    if kind == "toc":
        toc = TableOfContents(dotsMinLevel=0)
        toc.levelStyles = [
            ParagraphStyle("toc0", fontName=f"{look.family}-Bold", fontSize=11, leading=18),
            ParagraphStyle("toc1", fontName=look.family, fontSize=10, leading=16, leftIndent=18),
        ]
        return [para(block["title"], look.style("toc_title")), toc, PageBreak()]
    raise ValueError(f"unknown block kind {kind!r}")


def story(content: Content, look: Look, template: ReportTemplate) -> list[Flowable]:
    """The whole report as platypus flowables."""
    flowables = cover(content, look)
    for block in content["body"]:
        if block["kind"] != "rotated":
            flowables += block_flowables(block, content, look)
            continue
        inner = [f for b in block["body"] for f in block_flowables(b, content, look)]
        flowables += [
            NextPageTemplate("rotated"),
            PageBreak(),
            LandscapeOnPortrait(inner, look, template.footer),
            NextPageTemplate("body"),
            PageBreak(),
        ]
    return flowables


def render(content: Content, look: Look, pdf_path: Path) -> None:
    """Render the content to ``pdf_path`` (two passes when it has a table of contents)."""
    register_family(look.family)
    template = ReportTemplate(pdf_path, content, look)
    flowables = story(content, look, template)
    if any(block["kind"] == "toc" for block in content["body"]):
        template.multiBuild(flowables)
    else:
        template.build(flowables)


def look_for(content: Content) -> Look:
    """The look named by the content's ``look``, with the content's footer text."""
    return replace(LOOKS[content["look"]], footer=content["footer"])


LOOKS: dict[str, Look] = {
    "grid": Look(
        family="Liberation",
        rules="grid",
        footer="",
        accent=colors.HexColor("#1F3864"),
        header_fill=colors.HexColor("#D9E2F3"),
        cover_band=True,
    ),
    "none": Look(family="DejaVu", rules="none", footer="", table_size=8.5, page_format="{}"),
    "header_rule": Look(
        family="Liberation",
        rules="header_rule",
        footer="",
        table_size=7.5,
        margin=1.8 * cm,
        accent=colors.HexColor("#00664F"),
        page_format="pag. {}",
    ),
}


def make_sample(name: str, out: Path) -> list[str]:
    """Render one sample and write its truth; no checks of its own (``expect``)."""
    content = load_content(SAMPLES_DIR / f"{name}.content.json")
    records = build_records(content)
    pdf_path = out / f"{name}.pdf"
    if content["look"] == "word":
        print_pdf(blocks_docx.build_document(content), ".docx", pdf_path)
    else:
        render(content, look_for(content), pdf_path)
    streams = page_streams(pdf_path)
    for record, (page, page_end) in zip(records, locate_pages(streams, content), strict=True):
        record.update(page=page, page_end=page_end)
    write_truth(content, records, pdf_path, len(streams))
    return []
