"""python-docx building blocks: the page (:class:`Page`, each format's), marked-up runs,
``w:`` elements, cell shading and borders, table geometry, page fields, sections,
cover, index, headings and paragraphs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

from .content import Block, Content

TWIPS_PER_CM = 567


def parse_markup(text: str) -> Iterator[tuple[str, bool, bool]]:
    """Split marked-up text into ``(text, bold, italic)`` runs.

    >>> list(parse_markup("<b>OBIETTIVO</b> <= 85%"))
    [('OBIETTIVO', True, False), (' <= 85%', False, False)]
    """
    bold = italic = False
    for piece in re.split(r"(</?[bi]>)", text):
        if piece in ("<b>", "</b>"):
            bold = piece == "<b>"
        elif piece in ("<i>", "</i>"):
            italic = piece == "<i>"
        elif piece:
            yield piece, bold, italic


def add_runs(
    paragraph: Paragraph, markup: str, size: float | None = None, bold: bool = False
) -> None:
    r"""Append marked-up text to a paragraph; ``\n`` becomes a line break."""
    for number, line in enumerate(markup.split("\n")):
        if number:
            paragraph.add_run().add_break()
        for text, run_bold, italic in parse_markup(line):
            run = paragraph.add_run(text)
            run.bold = run_bold or bold or None
            run.italic = italic or None
            if size is not None:
                run.font.size = Pt(size)


def mark_repeating_header(row_element: Any) -> None:
    """Flag a row as header row, repeated at the top of each page (``w:tblHeader``)."""
    row_element.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


@dataclass(frozen=True)
class Page:
    """A4 page geometry (cm) and type sizes (pt), shared by both orientations."""

    short: float = 21.0
    long: float = 29.7
    margin_top: float = 2.5
    margin_bottom: float = 2.2
    margin_left: float = 2.0
    margin_right: float = 2.0
    header_distance: float = 1.0
    footer_distance: float = 1.0
    cell_margin: float = 0.1
    font: str = "Arial"
    body_size: float = 10.0
    table_size: float = 8.0

    def text_width(self, orientation: str) -> float:
        """Return the width between the margins, in cm."""
        width = self.long if orientation == "landscape" else self.short
        return width - self.margin_left - self.margin_right


def element(name: str, **attributes: str) -> Any:
    """Build a ``w:`` element with ``w:`` attributes."""
    node = OxmlElement(name)
    for key, value in attributes.items():
        node.set(qn(f"w:{key}"), value)
    return node


def _border(name: str, size_eighths: int) -> Any:
    """Build one single-line border element (size in eighths of a point)."""
    return element(f"w:{name}", val="single", sz=str(size_eighths), space="0", color="000000")


def shade(cell: _Cell, fill: str) -> None:
    """Give a cell a solid background colour."""
    cell._tc.get_or_add_tcPr().append(element("w:shd", val="clear", color="auto", fill=fill))


def row_flag(row: _Row, name: str) -> None:
    """Set an on/off row property (``w:tblHeader``, ``w:cantSplit``)."""
    row._tr.get_or_add_trPr().append(OxmlElement(f"w:{name}"))


def set_cell_borders(cell: _Cell, **sizes: int) -> None:
    """Draw the named borders (``top``, ``bottom``) of a cell; sizes in eighths of a point."""
    borders = element("w:tcBorders")
    for name, size in sizes.items():
        borders.append(_border(name, size))
    cell._tc.get_or_add_tcPr().append(borders)


def set_table_geometry(table: Table, widths: list[float], page: Page) -> None:
    """Fix the column widths, no indent, and narrow left/right cell margins."""
    tbl_pr = table._tbl.tblPr
    twips = str(round(sum(widths) * TWIPS_PER_CM))
    tbl_pr.append(element("w:tblW", w=twips, type="dxa"))
    tbl_pr.append(element("w:tblInd", w="0", type="dxa"))
    tbl_pr.append(element("w:tblLayout", type="fixed"))
    margins = element("w:tblCellMar")
    for side in ("left", "right"):
        margins.append(
            element(f"w:{side}", w=str(round(page.cell_margin * TWIPS_PER_CM)), type="dxa")
        )
    tbl_pr.append(margins)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)


def fill_cell(cell: _Cell, markup: str, page: Page, bold: bool = False) -> None:
    """Write marked-up text into a cell's first paragraph."""
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_before = Pt(1)
    paragraph.paragraph_format.space_after = Pt(1)
    add_runs(paragraph, markup, page.table_size, bold)


def add_page_field(paragraph: Paragraph, size: float | None = None) -> None:
    """Append a PAGE field (the current page number, in ``size`` pt) to a paragraph."""
    field = element("w:fldSimple", instr="PAGE")
    run = OxmlElement("w:r")
    if size is not None:
        properties = OxmlElement("w:rPr")
        properties.append(element("w:sz", val=str(round(size * 2))))
        run.append(properties)
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def set_orientation(section: Any, orientation: str, page: Page) -> None:
    """Give a section A4 size in the orientation and the page margins."""
    landscape = orientation == "landscape"
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    short, long = Cm(page.short), Cm(page.long)
    section.page_width, section.page_height = (long, short) if landscape else (short, long)
    section.top_margin, section.bottom_margin = Cm(page.margin_top), Cm(page.margin_bottom)
    section.left_margin, section.right_margin = Cm(page.margin_left), Cm(page.margin_right)
    section.header_distance = Cm(page.header_distance)
    section.footer_distance = Cm(page.footer_distance)


def base_style(doc: Any, page: Page) -> None:
    """The Normal style: ``page``'s font and body size, single-spaced, no space after."""
    normal = doc.styles["Normal"]
    normal.font.name = page.font
    normal.font.size = Pt(page.body_size)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0


def set_up_document(doc: Any, running_header: str, page: Page) -> None:
    """Set the base style, the first section, the running header and the page footer."""
    base_style(doc, page)
    section = doc.sections[0]
    set_orientation(section, "portrait", page)
    section.different_first_page_header_footer = True  # the cover has neither

    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = header.add_run(running_header)
    run.italic = True
    run.font.size = Pt(8)
    run.font.color.rgb = RGBColor(0x40, 0x40, 0x40)
    rule = element("w:pBdr")
    rule.append(_border("bottom", 4))
    header._p.get_or_add_pPr().append(rule)

    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(footer, 9)


def add_section(doc: Any, orientation: str, page: Page) -> None:
    """Start a new page in a new section, keeping the running header and footer."""
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    set_orientation(section, orientation, page)
    section.different_first_page_header_footer = False


def add_cover(doc: Any, cover: list[Block], top: float = 90) -> None:
    """Print the cover lines centred (the first ``top`` pt down), then break the page."""
    for number, line in enumerate(cover):
        paragraph = doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_before = Pt(
            line.get("space_before", top if not number else 14)
        )
        add_runs(paragraph, line["text"], line["size"])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def add_toc(doc: Any, toc: Block, pages: dict[str, int], orientation: str, page: Page) -> None:
    """Print an index: one line per entry, dotted leader, right-aligned page number."""
    title = doc.add_paragraph()
    title.paragraph_format.space_after = Pt(18)
    add_runs(title, toc["title"], 16, bold=True)
    stop = Cm(page.text_width(orientation))
    for entry in toc["entries"]:
        paragraph = doc.add_paragraph()
        layout = paragraph.paragraph_format
        layout.tab_stops.add_tab_stop(stop, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        layout.left_indent = Cm(0.8 * (entry["level"] - 1))
        layout.space_after = Pt(6)
        add_runs(paragraph, f"{entry['text']}\t{pages.get(entry['text'], 0)}", page.body_size)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def add_heading(doc: Any, text: str, size: float, bold: bool, italic: bool = False) -> Paragraph:
    """Add a heading paragraph kept with what follows it."""
    paragraph = doc.add_paragraph()
    layout = paragraph.paragraph_format
    layout.space_before, layout.space_after = Pt(10), Pt(5)
    layout.keep_with_next = True
    add_runs(paragraph, f"<i>{text}</i>" if italic else text, size, bold)
    return paragraph


def new_row(table: Table, widths: list[float], cant_split: bool = False) -> Any:
    """Add a row whose cells have the column widths (set before any merge); optionally
    one Word may not break over a page."""
    row = table.add_row()
    for cell, width in zip(row.cells, widths, strict=True):
        cell.width = Cm(width)
    if cant_split:
        row._tr.get_or_add_trPr().append(element("w:cantSplit"))
    return row


def new_document(content: Content, page: Page, orientation: str | None = None) -> Any:
    """A document with ``page``'s set-up, the content's running header, orientation (if
    given) and title and author properties."""
    doc = Document()
    set_up_document(doc, content["running_header"], page)
    if orientation:
        set_orientation(doc.sections[0], orientation, page)
    doc.core_properties.title = content["document"]["title"]
    doc.core_properties.author = content["document"]["issuer"]
    return doc


def add_text(doc: Any, markup: str, size: float, **layout: Any) -> Any:
    """Add a paragraph of marked-up text: ``align`` (justified), ``before``/``after``
    spacing (pt, 0 and 6), ``keep`` with the next, ``bold``."""
    paragraph = doc.add_paragraph()
    paragraph.alignment = layout.get("align", WD_ALIGN_PARAGRAPH.JUSTIFY)
    paragraph.paragraph_format.space_before = Pt(layout.get("before", 0))
    paragraph.paragraph_format.space_after = Pt(layout.get("after", 6))
    paragraph.paragraph_format.keep_with_next = layout.get("keep", False)
    add_runs(paragraph, markup, size, layout.get("bold", False))
    return paragraph


def page_of(content: Content) -> Page:
    """The page geometry of the content's ``look``."""
    look = content.get("look", {})
    margins = {key: look[key] for key in ("margin_top", "margin_bottom") if key in look}
    return Page(**margins)


def set_rules(table: Table, borders: dict[str, dict[str, str]]) -> None:
    """Rule a table's edges: ``borders`` maps each edge to its ``w:`` attributes."""
    node = element("w:tblBorders")
    for name, attributes in borders.items():
        node.append(element(f"w:{name}", **attributes))
    table._tbl.tblPr.append(node)


def line(size: int, colour: str = "000000") -> dict[str, str]:
    """A single rule of ``size`` eighths of a point (black by default), or none."""
    if not size:
        return {"val": "nil"}
    return {"val": "single", "sz": str(size), "space": "0", "color": colour}


HRULES = {"top": line(12), "left": line(0), "bottom": line(12), "right": line(0)}
HRULES |= {"insideH": line(4), "insideV": line(0)}
EDGES = ("top", "left", "bottom", "right", "insideH", "insideV")


def dxa(cm: float) -> str:
    """Return a length in cm as twentieths of a point."""
    return str(round(cm * TWIPS_PER_CM))


def grid_set_table_geometry(
    table: Table, widths: list[float], page: Page, borderless: bool
) -> None:
    """Fix the column widths and cell margins; a borderless table gets no borders at all."""
    tbl_pr = table._tbl.tblPr
    tbl_pr.append(element("w:tblW", w=dxa(sum(widths)), type="dxa"))
    tbl_pr.append(element("w:tblInd", w="0", type="dxa"))
    if borderless:
        borders = element("w:tblBorders")
        for side in EDGES:
            borders.append(element(f"w:{side}", val="nil"))
        tbl_pr.append(borders)
    tbl_pr.append(element("w:tblLayout", type="fixed"))
    margins = element("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        width = page.cell_margin if side in ("left", "right") else 0.0
        margins.append(element(f"w:{side}", w=dxa(width), type="dxa"))
    tbl_pr.append(margins)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)


def grid_fill_cell(
    cell: _Cell, markup: str, size: float, spacing: float, bold: bool = False
) -> None:
    """Write marked-up text into a cell's first paragraph with the given spacing (pt)."""
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_before = Pt(spacing)
    paragraph.paragraph_format.space_after = Pt(spacing)
    add_runs(paragraph, markup, size, bold)


def add_page_number(paragraph: Paragraph, prefix: str, size: float) -> None:
    """Append ``prefix`` and a PAGE field to a paragraph."""
    if prefix:
        add_runs(paragraph, prefix, size)
    add_page_field(paragraph, size)


def add_heading_paragraph(doc: Any, text: str, size: float, space_before: float) -> Paragraph:
    """Add a bold paragraph kept with what follows it."""
    paragraph = doc.add_paragraph()
    layout = paragraph.paragraph_format
    layout.space_before, layout.space_after = Pt(space_before), Pt(4)
    layout.keep_with_next = True
    add_runs(paragraph, text, size, bold=True)
    return paragraph


AREAS_PAGE = Page(margin_top=2.3, margin_bottom=2.0, table_size=8.0)
#: The page (2 cm margins) and type sizes; cells in 9 pt.
STATUS_ROWS_PAGE = Page(margin_top=2.0, margin_bottom=2.0, table_size=9.0)
#: Descrizione, Tipo, Valore Atteso, Valore Raggiunto, Note. With narrow cell margins the
#: Tipo column holds STRATEGICO but breaks ORGANIZZATIVO and COLLABORAZIONE.
COLUMNS = [4.6, 2.3, 2.8, 3.4, 3.9]


def set_geometry(table: Table, widths: list[float]) -> None:
    """Fix the table's layout and column widths (cm), as Word's fixed-width tables do."""
    properties = table._tbl.tblPr
    width = OxmlElement("w:tblW")
    width.set(qn("w:w"), str(round(sum(widths) * TWIPS_PER_CM)))
    width.set(qn("w:type"), "dxa")
    properties.append(width)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    properties.append(layout)
    for column, column_width in zip(table.columns, widths, strict=True):
        column.width = Cm(column_width)
