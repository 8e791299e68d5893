"""The report-software renderer: a PDF drawn the way reporting software draws one, with
reportlab (deterministic: its ``invariant`` mode).

A content says ``"renderer": "report"``; its ``layout`` names the ``format``
(:data:`FORMATS`) and holds the options:

* ``blocks``: the :mod:`blocks` content format in a ``look`` (:class:`Look`: font
  ``family``, ``rules`` of the indicator tables — ``grid`` every cell ruled, ``none``
  aligned by whitespace only, ``header_rule`` one rule under the header row — type sizes,
  ``margin`` in cm, ``accent`` and ``header_fill`` in hex, ``cover_band``,
  ``page_format``). Tables repeat their header row on each page they run onto; a
  ``rotated`` block becomes a page whose MediaBox is portrait and whose content is turned
  by 90 degrees, with ``/Rotate 90``. :mod:`word` prints it through Word.
* ``ruled_groups``: rules across only, zebra rows, an objective on its group's first row,
  ``Atteso | Raggiunto`` under a spanning ``Valore``, repeated (the ``look`` too);
* five layouts of software exports, each with its ``title`` and ``running`` text (font
  ``size``, ``margin``, ``top`` and ``foot`` in cm, four ``lines``): ``export`` (7 pt,
  zebra, the hierarchy repeated on every row, glyphs outside Latin-1 from a fallback font),
  ``numbered`` (bold numbered objectives without a label word, raised footnote marks and
  footnotes under fully ruled tables, cover, TOC and staff pages), ``noted`` (two-column
  prose, merged objective rows, a ``Note: …`` row under each indicator), ``borderless``
  (landscape, no rules, area and objective on a group's first row) and ``abbreviated``
  (abbreviated labels, bold ``OB. STRAT.`` headings, a ruled table per objective).

The records come from the content alone; the page of every row is read back from the PDF.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import platypus
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
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
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from . import truth
from .blocks import build_records, cell_text, check_columns, heading_text, locate_pages
from .readback import locate, page_streams
from .truth import (
    RECORD_KEYS,
    checked_met,
    load_content,
    paged,
    plain,
    squash,
    value_fields,
    write_truth,
)

Content = dict[str, Any]
Item = dict[str, Any]
Row = dict[str, Any]
Record = dict[str, Any]

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


def look_of(content: Content) -> Look:
    """The content's ``look`` (its layout options: margin in cm, colours in hex)."""
    options = {"footer": content["footer"], **content["layout"]["look"]}
    options["margin"] = options.get("margin", 2.0) * cm
    for key in ("accent", "header_fill"):
        if key in options:
            options[key] = colors.HexColor(f"#{options[key]}")
    return Look(**options)


def blocks_pages(content: Content, pdf_path: Path) -> list[Record]:
    """The ``blocks`` format: the records, their pages found in the rendered PDF."""
    records = build_records(check_columns(content))
    render(content, look_of(content), pdf_path)
    spans = locate_pages(page_streams(pdf_path), content)
    return paged(records, spans)


# ========================================================================= format: ruled groups


GROUP_ZEBRA = colors.HexColor("#E8F1F4")


RULE = colors.HexColor("#7F7F7F")


def group_rows(block: Row) -> list[list[str]]:
    """The printed cells of a table block's indicator rows (objective on a group's first)."""
    rows = []
    for group in block["groups"]:
        for index, item in enumerate(group["indicators"]):
            objective = group["objective"] if index == 0 else ""
            roles = ("indicator", "weight", "target", "actual", "status")
            rows.append([item["number"], objective, *(item[role] for role in roles)])
    return rows


def rules_table(rows: list[list[Any]], widths: list[float], look: Look, zebra: bool) -> Table:
    """A table with rules above and below the header and between rows, no vertical rule."""
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEABOVE", (0, 0), (-1, 0), 1.0, look.accent),
        ("LINEBELOW", (0, 0), (-1, 0), 1.0, look.accent),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
    ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, GROUP_ZEBRA]))
    table.setStyle(TableStyle(commands))
    return table


def group_table(block: Row, content: Content, look: Look) -> Table:
    """An indicator table: header row, then one row per indicator."""
    columns = content["columns"]
    centred = ParagraphStyle("centred", parent=look.style("cell"), alignment=TA_CENTER)
    header = [para(c["header"], look.style("header")) for c in columns]
    body = [
        [
            para(text, centred if c["role"] in ("number", "weight") else look.style("cell"))
            for text, c in zip(cells, columns, strict=True)
        ]
        for cells in group_rows(block)
    ]
    return rules_table([header, *body], [c["width"] * cm for c in columns], look, zebra=True)


def group_budget_table(block: Row, look: Look) -> list[Flowable]:
    """A caption and a table of amounts (right aligned), the total row in bold."""
    cell = look.style("cell")
    bold = ParagraphStyle("bold", parent=cell, fontName=f"{look.family}-Bold")
    number = ParagraphStyle("number", parent=cell, alignment=TA_RIGHT)
    bold_number = ParagraphStyle("bold_number", parent=bold, alignment=TA_RIGHT)
    rows: list[list[Any]] = [[para(h, look.style("header")) for h in block["header"]]]
    for row_number, row in enumerate(block["rows"], start=1):
        total = row_number == len(block["rows"])
        label, amounts = (bold, bold_number) if total else (cell, number)
        rows.append([para(row[0], label), *(para(text, amounts) for text in row[1:])])
    table = rules_table(rows, [w * cm for w in block["widths"]], look, zebra=False)
    return [para(block["title"], look.style("caption")), table, Spacer(1, 8)]


def group_flowables(block: Row, content: Content, look: Look) -> list[Flowable]:
    """The flowables of one body block."""
    kind = block["kind"]
    if kind == "table":
        return [group_table(block, content, look), Spacer(1, 10)]
    if kind == "budget":
        return group_budget_table(block, look)
    if kind == "caption":
        return [para(block["text"], look.style("caption"))]
    return block_flowables(block, content, look)


def render_groups(content: Content, pdf_path: Path) -> None:
    """Render a ``ruled_groups`` report (two passes for its table of contents)."""
    look = look_of(content)
    register_family(look.family)
    template = ReportTemplate(pdf_path, content, look)
    flowables = cover(content, look)
    for block in content["body"]:
        flowables += group_flowables(block, content, look)
    template.multiBuild(flowables)


GROUP_STATUSES = {
    "Raggiunto": "achieved",
    "Parzialmente raggiunto": "partially_achieved",
    "Non raggiunto": "not_achieved",
    "Sospeso": "suspended",
}


def group_records(content: Content) -> list[Record]:
    """One record per indicator row, in document order."""
    records: list[Record] = []
    area: Record = {}
    for block in content["body"]:
        if block["kind"] == "heading":
            if block["level"] != "area":
                raise ValueError("a ruled_groups report has area headings only")
            area = {"area_code": block["code"], "area_title": block["title"]}
        if block["kind"] != "table":
            continue
        for group in block["groups"]:
            for item in group["indicators"]:
                record: Record = dict.fromkeys(RECORD_KEYS)
                record.update(area, objective_level="strategic", objective_title=group["objective"])
                target, actual = plain(item["target"]), plain(item["actual"])
                what = f"indicator {item['number']}"
                record.update(
                    indicator_code=item["number"],
                    indicator=plain(item["indicator"]),
                    weight=item["weight_value"],
                    target=target,
                    actual=actual,
                    status=GROUP_STATUSES[item["status"]],
                    status_text=plain(item["status"]),
                    met=item["met"],
                )
                record.update(value_fields("target", item["target_parsed"], target, what))
                record.update(value_fields("actual", item["actual_parsed"], actual, what))
                if item["weight"] != f"{item['weight_value']}%":
                    raise ValueError(f"{what}: weight {item['weight']!r} annotated wrongly")
                checked_met(what, item["met"], record)
                records.append(record)
    if sum(r["weight"] for r in records) != 100:
        raise ValueError("the weights do not add up to 100")
    return records


def group_spans(streams: list[str], content: Content) -> list[tuple[int, int]]:
    """(page, page_end) of every indicator row: the page holding the row's cells in order.

    reportlab draws a table row by row, cell by cell, so a row's cells follow each other
    in the page's character stream; a row split over two pages would not be found whole.
    """
    rows = [
        row for block in content["body"] if block["kind"] == "table" for row in group_rows(block)
    ]
    spans, page, offset = [], 0, 0
    for cells in rows:
        needle = squash("".join(cells))
        while (found := streams[page].find(needle, offset)) < 0:
            page, offset = page + 1, 0
            if page == len(streams):
                raise ValueError(f"row not found whole on one page: {cells[2][:60]!r}")
        offset = found + len(needle)
        spans.append((page + 1, page + 1))
    return spans


def ruled_groups_pages(content: Content, pdf_path: Path) -> list[Record]:
    """The ``ruled_groups`` format: the records, their pages found in the rendered PDF."""
    records = group_records(content)
    render_groups(content, pdf_path)
    spans = group_spans(page_streams(pdf_path), content)
    return paged(records, spans)


# =============================================================================== format: export


FALLBACK = "LiberationSans"
FALLBACK_FILE = "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"
FONT_SIZE = 7.0
EXPORT_ZEBRA = colors.Color(0.9, 0.9, 0.9)


def _export_fonts() -> None:
    if FALLBACK not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FALLBACK, FALLBACK_FILE))


def markup(text: str) -> str:
    """Escape a cell for a Paragraph, printing ``≤``, ``≥``, ``€`` from the fallback font."""
    out = escape(text)
    for glyph in "≤≥€":
        out = out.replace(glyph, f'<font name="{FALLBACK}">{glyph}</font>')
    return out


def _export_styles() -> dict[str, ParagraphStyle]:
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


def _export_page(lines: list[str]) -> Callable[[Canvas, Any], None]:
    """The export's running header and footer (no rules): the content's ``page_lines``,
    top left and right in bold, under them a subtitle, the foot left and right (``{}``:
    the page number)."""
    top_left, top_right, subtitle, foot_left, foot_right = lines

    def draw(canvas: Canvas, doc: Any) -> None:
        width, height = landscape(A4)
        canvas.saveState()
        canvas.setFont("Helvetica-Bold", 9)
        canvas.drawString(1.2 * cm, height - 1.0 * cm, top_left)
        canvas.drawRightString(width - 1.2 * cm, height - 1.0 * cm, top_right)
        canvas.setFont("Helvetica", 7)
        canvas.drawString(1.2 * cm, height - 1.4 * cm, subtitle)
        canvas.drawString(1.2 * cm, 0.8 * cm, foot_left)
        canvas.drawRightString(width - 1.2 * cm, 0.8 * cm, foot_right.format(doc.page))
        canvas.restoreState()

    return draw


def render_export(sample: Content, pdf_path: Path) -> None:
    """Render the sample to ``pdf_path``."""
    _export_fonts()
    styles = _export_styles()
    columns = sample["columns"]
    head = []
    for column in columns:
        style = styles["head_right" if column["align"] == "right" else "head_left"]
        head.append(platypus.Paragraph("<br/>".join(escape(x) for x in column["lines"]), style))
    data: list[list[Any]] = [head]
    for row in sample["rows"]:
        data.append([
            platypus.Paragraph(markup(cell), styles[column["align"]])
            for column, cell in zip(columns, row["cells"], strict=True)
        ])  # fmt: skip
    table = platypus.Table(
        data, colWidths=[c["width"] for c in columns], repeatRows=1, hAlign="LEFT"
    )
    table.setStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, EXPORT_ZEBRA]),
    ])  # fmt: skip
    width, height = landscape(A4)
    box = (1.2 * cm, 1.3 * cm, width - 2.4 * cm, height - 3.2 * cm)
    doc = one_frame(pdf_path, (width, height), box, sample, _export_page(sample["page_lines"]))
    story: list[Any] = [
        platypus.Paragraph(markup(line), styles["intro"]) for line in sample["intro"]
    ]
    story += [platypus.Spacer(1, 8), table]
    doc.build(story)


# --------------------------------------------------------------------------- records


def export_records(sample: Content) -> tuple[list[Record], list[list[str]]]:
    """One record per row; also the printed cells of each row (to find its page)."""
    fields = [column["field"] for column in sample["columns"]]
    records, printed = [], []
    for row in sample["rows"]:
        cells = dict(zip(fields, row["cells"], strict=True))
        code, what = cells["objective_code"], cells["indicator_code"]
        if not re.fullmatch(r"\d+\.\d+\.\d+", code) or not what.startswith(f"{code}."):
            raise ValueError(f"{what}: codes do not nest under {code}")
        record: Record = dict.fromkeys(truth.RECORD_KEYS)
        record.update(
            area_code=code.split(".")[0],
            objective_level="operational",
            objective_code=code,
            objective_title=truth.plain(cells["objective_title"]),
            indicator_code=truth.plain(what),
            indicator=truth.plain(cells["indicator"]),
            unit=truth.plain(cells["unit"]),
            target=truth.plain(cells["target"]),
            actual=truth.plain(cells["actual"]),
        )
        record.update(truth.annotated(cells, row, what))
        records.append(record)
        printed.append([cells["indicator"], *row["cells"]])  # the indicator finds the row
    return records, printed


Records = Callable[[Content], tuple[list[Record], list[list[str]]]]


Format = Callable[[Content, Path], list[Record]]


def drawn(records_of: Records, draw: Callable[[Content, Path], Any]) -> Format:
    """A format drawn by ``draw`` whose records (``records_of``, with the printed cells of
    each row) are found in the PDF by their rows' cells (one row may give a record a year)."""

    def pages(content: Content, pdf_path: Path) -> list[Record]:
        records, rows = records_of(content)
        register_fonts()
        draw(content, pdf_path)
        found = locate(pdf_path, rows)
        for index, record in enumerate(records):
            page = found[index * len(rows) // len(records)]
            record.update(page=page, page_end=page)
        return records

    return pages


# ======================================================= format: noted, borderless, abbreviated


def one_frame(
    pdf_path: Path,
    size: tuple[float, float],
    box: tuple[float, ...],
    sample: Content,
    on_page: Callable[[Any, Any], None] | None = None,
) -> BaseDocTemplate:
    """A reproducible document of pages with one frame (``box``: x, y, width, height),
    ``on_page`` drawing the running text (by default the content's ``running`` option)."""
    doc = new_doc(pdf_path, size, sample)
    on_page = on_page or running_text(sample["layout"]["running"])
    doc.addPageTemplates(
        [platypus.PageTemplate("body", [platypus.Frame(*box, id="body")], onPage=on_page)]
    )
    return doc


def new_doc(pdf_path: Path, size: tuple[float, float], sample: Content) -> BaseDocTemplate:
    """A reproducible document titled by the content's ``title`` option."""
    title, author = sample["layout"]["title"], sample["document"]["issuer"]
    return BaseDocTemplate(str(pdf_path), pagesize=size, invariant=1, title=title, author=author)


FONTS = {
    "LS": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LS-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
}


def register_fonts() -> None:
    """Register the Liberation Sans fonts the exports draw with (``LS``, ``LS-Bold``)."""
    for name, path in FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))


def _style(size: float, bold: bool = False, **kw: Any) -> ParagraphStyle:
    font = "LS-Bold" if bold else "LS"
    return ParagraphStyle(f"s{size}{bold}", fontName=font, fontSize=size, leading=size * 1.2, **kw)


def bold_lines(lines: list[list[Any]]) -> list[platypus.Paragraph]:
    """Bold paragraphs of a content's ``[text, size, space after]`` lines."""
    return [_p(text, _style(size, True, spaceAfter=after)) for text, size, after in lines]


def _p(text: str, style: ParagraphStyle) -> platypus.Paragraph:
    return platypus.Paragraph(escape(text), style)


# --------------------------------------------------------------------------- records


def noted_records(sample: Content) -> tuple[list[Record], list[list[str]]]:
    """One record per indicator row; also the printed cells of each row (to find its page)."""
    records, printed, context = [], [], {}
    for item in sample["body"]:
        if item["kind"] == "heading":
            context = truth.objective_context(item["level"], item["code"], item["title"])
            continue
        what = item["code"]
        if not what.startswith(f"{context['objective_code']}."):
            raise ValueError(f"{what} not under {context['objective_code']}")
        if truth.percent_of(item["achievement"]) != item["achievement_value"]:
            raise ValueError(f"{what}: achievement {item['achievement_value']}")
        if not item["note"].startswith("Note: "):
            raise ValueError(f"{what}: the note row has no label")
        record = truth.new_record(
            context,
            indicator_code=what,
            indicator=truth.plain(item["indicator"]),
            year=sample["year"],
            target=truth.plain(item["target"]),
            actual=truth.plain(item["actual"]),
            achievement=item["achievement_value"],
            comment=truth.plain(item["note"]),
        )
        record.update(truth.value_fields("target", item["target_parsed"], item["target"], what))
        record.update(truth.value_fields("actual", item["actual_parsed"], item["actual"], what))
        record["met"] = truth.checked_met(what, item["met"], record)
        records.append(record)
        printed.append([item["indicator"], item["code"], item["target"], item["actual"],
                        item["note"]])  # fmt: skip
    return records, printed


def borderless_records(sample: Content) -> tuple[list[Record], list[list[str]]]:
    """One record per indicator and year (ascending); also each row's printed cells."""
    years = sample["years"]
    if sample["headers"][4:] != [f"Target {y}" for y in years]:
        raise ValueError("target headers do not match the years")
    records, printed = [], []
    for row in sample["rows"]:
        if row["area"] and row["area"] != f"{row['area_code']} – {row['area_title']}":
            raise ValueError(f"area cell annotated wrongly: {row['area']!r}")
        if row["objective"] and row["objective"] != (
            f"{row['objective_code']} – {row['objective_title']}"
        ):
            raise ValueError(f"objective cell annotated wrongly: {row['objective']!r}")
        if not row["objective_code"].startswith(f"{row['area_code']}."):
            raise ValueError(f"{row['objective_code']} not under area {row['area_code']}")
        for year, cell, parsed in zip(years, row["targets"], row["targets_parsed"], strict=True):
            what = f"{row['indicator'][:30]!r} {year}"
            record: Record = dict.fromkeys(truth.RECORD_KEYS)
            record.update(
                area_code=row["area_code"],
                area_title=row["area_title"],
                objective_level="strategic",
                objective_code=row["objective_code"],
                objective_title=row["objective_title"],
                indicator=truth.plain(row["indicator"]),
                formula=truth.plain(row["formula"]),
                year=year,
                target=truth.plain(cell),
            )
            record.update(truth.value_fields("target", parsed, cell, what))
            record.update(truth.value_fields("actual", None, None, what))
            records.append(record)
        printed.append([row["indicator"], row["formula"], *[t for t in row["targets"] if t]])
    return records, printed


# --------------------------------------------------------------------------- layout


def running_text(options: Content) -> Callable[[Any, Any], None]:
    """An ``onPage`` drawing, in font ``LS`` of ``size``, the ``lines`` top left and right
    (``top`` cm below the edge) and foot left and right (``foot`` cm above it; ``{}``: the
    page number), ``margin`` cm from the sides: a content's ``running`` option."""
    size, lines = options["size"], options["lines"]
    margin, top, foot = (options[key] * cm for key in ("margin", "top", "foot"))

    def draw(canvas: Any, doc: Any) -> None:
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setFont("LS", size)
        top_left, top_right, foot_left, foot_right = lines
        for x, y, text, right in ((margin, height - top, top_left, False),
                                  (width - margin, height - top, top_right, True),
                                  (margin, foot, foot_left, False),
                                  (width - margin, foot, foot_right, True)):  # fmt: skip
            if text:
                draw_text = canvas.drawRightString if right else canvas.drawString
                draw_text(x, y, text.format(doc.page))
        canvas.restoreState()

    return draw


def ruled_table(
    data: list[list[Any]], widths: list[float], header: Any, spans: tuple[Any, ...] = ()
) -> platypus.Table:
    """A table ruled on every cell, its header row filled and repeated on each page."""
    table = platypus.Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), header),
        *spans,
    ])  # fmt: skip
    return table


def render_noted(sample: Content, pdf_path: Path) -> None:
    """Title and two-column prose on page 1, then the ruled table."""
    width, height = A4
    margin, gutter = 2 * cm, 0.8 * cm
    column = (width - 2 * margin - gutter) / 2
    title_h = 4 * cm
    body_h = height - 2 * margin - title_h
    first = [
        platypus.Frame(margin, height - margin - title_h, width - 2 * margin, title_h, id="title"),
        platypus.Frame(margin, margin, column, body_h, id="left"),
        platypus.Frame(margin + column + gutter, margin, column, body_h, id="right"),
    ]
    body = [platypus.Frame(margin, margin, width - 2 * margin, height - 2 * margin, id="body")]
    doc, running = new_doc(pdf_path, A4, sample), running_text(sample["layout"]["running"])
    doc.addPageTemplates([platypus.PageTemplate("first", first, onPage=running),
                          platypus.PageTemplate("body", body, onPage=running)])  # fmt: skip
    prose = _style(9.5, alignment=4, spaceAfter=6)
    half = (len(sample["prose"]) + 1) // 2  # the left column ends at a paragraph
    story: list[Any] = [
        *bold_lines(sample["title_lines"]),
        platypus.FrameBreak(),
        *[_p(text, prose) for text in sample["prose"][:half]],
        platypus.FrameBreak(),
        *[_p(text, prose) for text in sample["prose"][half:]],
        platypus.NextPageTemplate("body"),
        platypus.PageBreak(),
        *bold_lines(sample["results_lines"]),
    ]
    cell, bold = _style(8.5), _style(8.5, True)
    data: list[list[Any]] = [[_p(h, bold) for h in sample["headers"]]]
    spans = []
    for item in sample["body"]:
        if item["kind"] == "heading":
            text = f"{item['label']} {item['code']} – {item['title']}"
            row: list[Any] = [_p(text, bold), "", "", "", ""]
        else:
            keys = ("code", "indicator", "target", "actual", "achievement")
            data.append([_p(item[k], cell) for k in keys])
            row = [_p(item["note"], _style(8, textColor=colors.Color(0.2, 0.2, 0.2))), *[""] * 4]
        spans.append(("SPAN", (0, len(data)), (-1, len(data))))
        data.append(row)
    usable = width - 2 * margin
    widths = [1.5 * cm, usable - 1.5 * cm - 3 * 3.1 * cm, 3.1 * cm, 3.1 * cm, 3.1 * cm]
    story.append(ruled_table(data, widths, colors.Color(0.85, 0.88, 0.94), tuple(spans)))
    doc.build(story)


def render_borderless(sample: Content, pdf_path: Path) -> None:
    """Intro, then the borderless 8 pt table with the header repeated."""
    width, height = landscape(A4)
    box = (1.5 * cm, 1.3 * cm, width - 3 * cm, height - 2.8 * cm)
    doc = one_frame(pdf_path, (width, height), box, sample)
    story: list[Any] = [
        *bold_lines(sample["title_lines"]),
        *[_p(text, _style(9, spaceAfter=6)) for text in sample["intro"]],
        platypus.Spacer(1, 6),
    ]
    cell, bold = _style(8), _style(8, True)
    data: list[list[Any]] = [[_p(h, bold) for h in sample["headers"]]]
    for row in sample["rows"]:
        cells = [row["area"], row["objective"], row["indicator"], row["formula"], *row["targets"]]
        data.append([_p(c, cell) for c in cells])
    widths = [3.6 * cm, 4 * cm, 6.2 * cm, 6.9 * cm, 2.1 * cm, 2.1 * cm, 2.1 * cm]
    table = platypus.Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 9)])  # fmt: skip
    story.append(table)
    doc.build(story)


def heading_line(item: dict[str, Any]) -> str:
    return f"{item['label']} {item['code']} – {item['title']}"


# --------------------------------------------------------------------------- records


def abbreviated_records(sample: Content) -> tuple[list[Record], list[list[str]]]:
    """One record per indicator row; also each row's printed cells (to find its page)."""
    records, printed = [], []
    context: Record = {}
    for block in sample["body"]:
        if block["kind"] == "heading":
            context = truth.objective_context(block["level"], block["code"], block["title"])
            continue
        for item in block["rows"]:
            what = item["code"]
            if context["objective_level"] != "operational" or not what.startswith(
                f"{context['objective_code']}."
            ):
                raise ValueError(f"{what} not under an operational objective")
            if truth.percent_of(item["achievement"]) != item["achievement_value"]:
                raise ValueError(f"{what}: achievement {item['achievement_value']}")
            record = truth.new_record(
                context,
                indicator_code=what,
                indicator=truth.plain(item["indicator"]),
                type=truth.plain(item["type"]),
                unit=truth.plain(item["unit"]),
                target=truth.plain(item["target"]),
                actual=truth.plain(item["actual"]),
                achievement=item["achievement_value"],
            )
            record.update(truth.value_fields("target", item["target_parsed"], item["target"], what))
            record.update(truth.value_fields("actual", item["actual_parsed"], item["actual"], what))
            record["met"] = truth.checked_met(what, item["met"], record)
            records.append(record)
            printed.append([item["indicator"], what, item["target"], item["actual"]])
    return records, printed


# --------------------------------------------------------------------------- layout


def render_abbreviated(sample: Content, pdf_path: Path) -> None:
    width, height = A4
    margin = 2 * cm
    box = (margin, margin, width - 2 * margin, height - 2 * margin)
    doc = one_frame(pdf_path, A4, box, sample)
    story: list[Any] = [
        *bold_lines(sample["title_lines"]),
        *[_p(text, _style(9.5, alignment=4, spaceAfter=6)) for text in sample["intro"]],
        *bold_lines(sample["results_lines"]),
    ]
    heading = _style(9.5, True, spaceBefore=6, spaceAfter=4)
    cell, bold = _style(8.5), _style(8.5, True)
    usable = width - 2 * margin
    fixed = [1.2 * cm, 1.5 * cm, 1.1 * cm, 2.1 * cm, 2.4 * cm, 1.9 * cm]
    widths = [fixed[0], usable - sum(fixed), *fixed[1:]]
    for block in sample["body"]:
        if block["kind"] == "heading":
            story.append(_p(heading_line(block), heading))
            continue
        data: list[list[Any]] = [[_p(h, bold) for h in sample["headers"]]]
        keys = ("code", "indicator", "type", "unit", "target", "actual", "achievement")
        data += [[_p(item[k], cell) for k in keys] for item in block["rows"]]
        story += [
            ruled_table(data, widths, colors.Color(0.88, 0.88, 0.88)),
            platypus.Spacer(1, 4),
        ]
    story.append(_p(sample["legend"], _style(7.5)))
    doc.build(story)


# ============================================================================= format: numbered

FONT = "ArpaSans"


NUMBERED_FONT_FILES = "/usr/share/fonts/truetype/liberation2/LiberationSans-{}.ttf"


SIZE = 9.0


WIDTHS = [165, 60, 62, 62, 62, 92]


def _numbered_fonts() -> None:
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


def _numbered_styles() -> dict[str, ParagraphStyle]:
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


class Marked(Paragraph):
    """A paragraph whose page the template records under ``key`` (for the TOC)."""

    def __init__(self, text: str, style: ParagraphStyle, key: str) -> None:
        super().__init__(text, style)
        self.key = key


class PlanTemplate(BaseDocTemplate):
    """Portrait A4 with a running footer; records the page of each marked paragraph."""

    def __init__(self, path: Path, sample: Content) -> None:
        title, author = sample["layout"]["title"], sample["cover"]["name"]
        super().__init__(str(path), pagesize=A4, invariant=1, title=title, author=author)
        self.footer_text: str = sample["footer"]
        frame = Frame(2.2 * cm, 2 * cm, A4[0] - 4.4 * cm, A4[1] - 4.2 * cm, id="body")
        self.addPageTemplates([PageTemplate("body", [frame], onPage=self.footer)])
        self.pages_of: dict[str, int] = {}

    def footer(self, canvas: Canvas, doc: Any) -> None:
        if doc.page == 1:
            return
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.drawString(2.2 * cm, 1.2 * cm, self.footer_text)
        canvas.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, str(doc.page))
        canvas.restoreState()

    def afterFlowable(self, flowable: Any) -> None:
        if isinstance(flowable, Marked):
            self.pages_of[flowable.key] = self.page


def objective_table(
    objective: Content, headers: list[str], styles: dict[str, ParagraphStyle]
) -> Table:
    """The fully ruled indicator table of one objective."""
    data: list[list[Any]] = [[Paragraph(escape(h), styles["head"]) for h in headers]]
    for row in objective["rows"]:
        cells = [row["indicator"], row["baseline"], *row["targets"], row["source"]]
        data.append([
            Paragraph(cell_markup(cell), styles["cell" if i in (0, 5) else "cellc"])
            for i, cell in enumerate(cells)
        ])  # fmt: skip
    table = Table(data, colWidths=WIDTHS, repeatRows=1, hAlign="LEFT")
    table.setStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.9, 0.85)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ])  # fmt: skip
    return table


def numbered_story(
    sample: Content, pages: dict[str, int], styles: dict[str, ParagraphStyle]
) -> list[Any]:
    """All flowables; ``pages`` gives the TOC page numbers (placeholders on the first pass)."""
    cover, chapters = sample["cover"], sample["chapters"]
    out: list[Any] = [
        Spacer(1, 5 * cm),
        Paragraph(escape(cover["name"]), styles["cover"]),
        Paragraph(escape(sample["document"]["issuer"]), styles["cover_small"]),
        Spacer(1, 2 * cm),
        Paragraph(escape(cover["title"]), styles["cover"]),
        Spacer(1, 1 * cm),
        Paragraph(escape(cover["approval"]), styles["cover_small"]),
        PageBreak(),
        Paragraph(escape(cover["toc"]), styles["chapter"]),
    ]
    entries = [(key, chapters[key][0], 0) for key in ("presentazione", "obiettivi")]
    entries += [(o["code"], o["text"], 1) for o in sample["objectives"]]
    entries.append(("risorse", chapters["risorse"][0], 0))
    rows = [
        [Paragraph(("&nbsp;" * 6 * indent) + escape(text), styles["toc"]),
         Paragraph(str(pages.get(key, "00")), styles["toc"])]
        for key, text, indent in entries
    ]  # fmt: skip
    out += [Table(rows, colWidths=[400, 40], hAlign="LEFT"), PageBreak()]
    out.append(Marked(escape(chapters["presentazione"][1]), styles["chapter"], "presentazione"))
    out += [Paragraph(escape(p), styles["body"]) for p in sample["presentation"]]
    out.append(Spacer(1, 0.5 * cm))
    out.append(Marked(escape(chapters["obiettivi"][1]), styles["chapter"], "obiettivi"))
    for objective in sample["objectives"]:
        block: list[Any] = [Marked(escape(objective["text"]), styles["objective"],
                                   objective["code"])]  # fmt: skip
        if objective["rows"]:
            block += [objective_table(objective, sample["headers"], styles), Spacer(1, 3)]
            block += [Paragraph(_note(n), styles["note"]) for n in objective["footnotes"]]
        out.append(KeepTogether(block))
    out.append(PageBreak())
    out.append(Marked(escape(chapters["risorse"][1]), styles["chapter"], "risorse"))
    out.append(Paragraph(escape(sample["staff"]["intro"]), styles["body"]))
    staff = sample["staff"]
    data = [[Paragraph(escape(h), styles["head"]) for h in staff["headers"]]]
    data += [[Paragraph(escape(c), styles["cell"]) for c in row] for row in staff["rows"]]
    table = Table(data, colWidths=[280, 60, 60], hAlign="LEFT")
    table.setStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)])
    out.append(table)
    return out


def _note(note: str) -> str:
    """A footnote: ``(n) text`` printed as is, ``n text`` with the number raised."""
    if note.startswith("("):
        return escape(note)
    number, text = note.split(" ", 1)
    return f"<super>{escape(number)}</super> {escape(text)}"


def render_numbered(sample: Content, pdf_path: Path) -> dict[str, int]:
    """Render twice (the second time with the TOC page numbers); return the heading pages."""
    _numbered_fonts()
    styles = _numbered_styles()
    first = PlanTemplate(pdf_path, sample)
    first.build(numbered_story(sample, {}, styles))
    final = PlanTemplate(pdf_path, sample)
    final.build(numbered_story(sample, dict(first.pages_of), styles))
    if final.pages_of != first.pages_of:
        raise RuntimeError("the table of contents moved the headings")
    return final.pages_of


def _text(cell: Any) -> str:
    """A cell's text without a superscript marker (footnote reference, not cell text)."""
    return str(cell["text"]) if isinstance(cell, dict) else str(cell)


def _printed(cell: Any) -> str:
    return f"{cell['text']}{cell['sup']}" if isinstance(cell, dict) else str(cell)


def _check_markers(objective: Content) -> None:
    """Every marker has its footnote under the table and every footnote a marker."""
    used = set()
    for row in objective["rows"]:
        for cell in [row["baseline"], *row["targets"]]:
            if isinstance(cell, dict):
                used.add(cell["sup"])
            used |= {f"({n})" for n in re.findall(r"\((\d)\)", _text(cell))}
    notes = {note.split(" ", 1)[0] for note in objective["footnotes"]}
    if used != notes:
        raise ValueError(f"{objective['code']}: markers {used} but footnotes {notes}")


def numbered_records(sample: Content) -> tuple[list[Record], list[list[str]]]:
    """One record per indicator and year (ascending); also each indicator row's cells."""
    years = sample["years"]
    if sample["headers"][2:5] != [f"Target {y}" for y in years]:
        raise ValueError("target headers do not match the years")
    records, printed, strategic = [], [], None
    for objective in sample["objectives"]:
        level, code, title = objective["level"], objective["code"], objective["title"]
        pattern = r"(\d+)\. (.+)" if level == "strategic" else r"(\d+\.\d+) (.+)"
        match = re.fullmatch(pattern, objective["text"])
        if not match or match.groups() != (code, title):
            raise ValueError(f"heading annotated wrongly: {objective['text']!r}")
        if level == "strategic":
            strategic = code
        elif strategic is None or not code.startswith(f"{strategic}."):
            raise ValueError(f"operational {code} not under strategic {strategic}")
        _check_markers(objective)
        for row in objective["rows"]:
            printed.append([_printed(c) for c in (row["indicator"], row["baseline"],
                                                   *row["targets"], row["source"])])  # fmt: skip
            for year, cell in zip(years, row["targets"], strict=True):
                parsed = row["parsed"][str(year)]
                what = f"{row['indicator'][:30]!r} {year}"
                record: Record = dict.fromkeys(truth.RECORD_KEYS)
                record.update(
                    area_code=code.split(".")[0],
                    objective_level=level,
                    objective_code=code,
                    objective_title=title,
                    indicator=truth.plain(row["indicator"]),
                    data_source=truth.plain(row["source"]),
                    baseline=truth.plain(_text(row["baseline"])),
                    year=year,
                    target=truth.plain(_text(cell)),
                )
                record.update(truth.value_fields("target", parsed, _text(cell), what))
                record.update(truth.value_fields("actual", None, None, what))
                record["met"] = truth.checked_met(what, None, record)
                records.append(record)
    return records, printed


#: The formats a content's ``layout`` may name: each builds the records, draws the PDF
#: and finds the page of every record.
FORMATS: dict[str, Format] = {
    "blocks": blocks_pages,
    "ruled_groups": ruled_groups_pages,
    "export": drawn(export_records, render_export),
    "numbered": drawn(numbered_records, render_numbered),
    "noted": drawn(noted_records, render_noted),
    "borderless": drawn(borderless_records, render_borderless),
    "abbreviated": drawn(abbreviated_records, render_abbreviated),
}


def make_sample(name: str, out: Path) -> list[str]:
    """Draw one sample in its format and write its PDF and truth (no checks of its own)."""
    content = load_content(name)
    pdf_path = out / f"{name}.pdf"
    records = FORMATS[content["layout"]["format"]](content, pdf_path)
    write_truth(content, records, pdf_path, len(page_streams(pdf_path)))
    return []
