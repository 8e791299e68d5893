r"""The Word renderer's common parts: a report as an office lays it out in python-docx
(printed by LibreOffice Writer, :mod:`office`), and read back.

Text carries a little markup (``<b>``, ``<i>``, ``\n`` a line break). :class:`Page` is
the page geometry and type sizes; the helpers build cells, rules, shading, page fields,
sections, covers, an index with dotted leaders and headings, and the tables of the
``tables`` content format (:func:`resolve`). Reading back, :func:`read_pdf` gives each
page body's words, :func:`find_cell_start` and :func:`find_row_end` the pages a table row
spans, its cells assigned to columns by the column widths.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

TWIPS_PER_CM = 567
POINTS_PER_CM = 72 / 2.54
Block = dict[str, Any]
Content = dict[str, Any]

HEADER_FILL = "DCE6F1"
OBJECTIVE_FILLS = {"area": "BFBFBF", "strategic": "D9D9D9", "operational": "EDEDED"}


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


def plain(text: str | None) -> str | None:
    r"""Return text as a record field: tags dropped, whitespace runs to one space, "" to None.

    >>> plain("<b>N° 40</b>\nVPN  attivate ")
    'N° 40 VPN attivate'
    >>> plain("") is None
    True
    """
    if text is None:
        return None
    squeezed = re.sub(r"\s+", " ", re.sub(r"</?[bi]>", "", text)).strip()
    return squeezed or None


def squash(text: str) -> str:
    """Return text without tags and without any whitespace, for matching PDF words.

    >>> squash("ORGANIZZATI VO")
    'ORGANIZZATIVO'
    """
    return re.sub(r"\s+", "", re.sub(r"</?[bi]>", "", text))


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


# --------------------------------------------------------------------------- low level


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


# --------------------------------------------------------------------------- page set-up


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


# --------------------------------------------------------------------------- blocks


def objective_text(objective: Block) -> str:
    """Return an objective heading as printed: ``Label code – title``."""
    return (
        f"{objective['label']} {objective['code']}{objective.get('sep', ' – ')}{objective['title']}"
    )


def block_text(block: Block) -> str | None:
    """Return the printed text of a heading or objective block (what an index points to)."""
    if "heading" in block:
        text: str = block["heading"]
        return text
    if "objective" in block:
        return objective_text(block["objective"])
    return None


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


# --------------------------------------------------------------------------- reading back


@dataclass(frozen=True)
class PdfPage:
    """One PDF page: its size, the words of its body (running header and footer cut off)."""

    width: float
    height: float
    words: list[dict[str, Any]]
    vertical_rules: int  # vertical lines or rect sides longer than 3 pt

    @property
    def text(self) -> str:
        """Return the body's text without whitespace, in reading order."""
        return "".join(word["text"] for word in self.words)


def read_pdf(pdf_path: Path, page: Page) -> list[PdfPage]:
    """Read every page's body words and count its vertical rules."""
    pages = []
    with pdfplumber.open(pdf_path) as pdf:
        for pdf_page in pdf.pages:
            top = page.margin_top * POINTS_PER_CM - 4
            bottom = pdf_page.height - page.margin_bottom * POINTS_PER_CM + 4
            words = [
                w for w in pdf_page.extract_words() if w["top"] >= top and w["bottom"] <= bottom
            ]
            rules = sum(
                1 for e in pdf_page.edges if e["orientation"] == "v" and e["bottom"] - e["top"] > 3
            )
            pages.append(PdfPage(float(pdf_page.width), float(pdf_page.height), words, rules))
    return pages


def column_edges(spec: Block) -> list[float]:
    """The x (pt) of a table's inner column edges, from its ``widths`` (cm)."""
    page_layout = Page()  # the table's outer edge stands out into the margin by a cell margin
    left = (page_layout.margin_left - page_layout.cell_margin) * POINTS_PER_CM
    return [left + sum(spec["widths"][:i]) * POINTS_PER_CM for i in range(1, len(spec["widths"]))]


def column_stream(
    page: PdfPage, spec: Block, column: int, from_top: float
) -> tuple[str, list[float]]:
    """Return a table column's text below ``from_top`` without whitespace, and each char's top."""
    edges = column_edges(spec)
    chars: list[str] = []
    tops: list[float] = []
    for word in page.words:
        if word["top"] >= from_top and sum(word["x0"] >= edge - 1 for edge in edges) == column:
            chars.append(word["text"])
            tops.extend([word["top"]] * len(word["text"]))
    return "".join(chars), tops


def find_cell_start(
    pages: list[PdfPage], spec: Block, column: int, text: str, at: tuple[int, float]
) -> tuple[int, float]:
    """Return (page index, top) where a cell's text starts in its column, searching forward.

    The start is the first 24 characters of the cell, or a shorter beginning (at least 6
    characters) that ends the column on a page, where the row goes on on the next page.
    """
    full = squash(text)
    for index in range(at[0], len(pages)):
        stream, tops = column_stream(pages[index], spec, column, at[1] if index == at[0] else 0)
        found = stream.find(full[:24])
        if found >= 0:
            return index, tops[found]
        for length in range(min(len(full), 24), 5, -1):
            if stream.endswith(full[:length]):
                return index, tops[len(stream) - length]
    raise ValueError(f"cell not found in the PDF: {text[:60]!r}")


def find_row_end(
    pages: list[PdfPage], spec: Block, cells: list[str | None], start: tuple[int, float]
) -> int:
    """Return the index of the page where the row starting at ``start`` ends.

    A cell goes on to the next page when its column, from the row's top to the end of the
    page, holds only the beginning of its text; the rest then opens that column on the
    next page, after the repeated header row.
    """
    last = start[0]
    for column, cell in enumerate(cells):
        wanted, label = squash(cell or ""), squash(spec["header"][column])
        index, from_top = start[0], start[1] - 2
        while wanted:
            stream, _ = column_stream(pages[index], spec, column, from_top)
            if index > start[0] and label and stream.startswith(label):
                stream = stream[len(label) :]
            if stream.startswith(wanted):
                break
            if not stream or not wanted.startswith(stream) or index + 1 == len(pages):
                raise ValueError(
                    f"cell not found in column {column} on page {index + 1}: {cell!r:.60}"
                )
            wanted, index, from_top = wanted[len(stream) :], index + 1, 0
        last = max(last, index)
    return last


def resolve(content: Content) -> Content:
    """A copy of the content whose table blocks carry the keys of the table format they
    name (``ref``, one of the content's ``tables``: header, fields, widths …)."""
    resolved = copy.deepcopy(content)
    for block in resolved["body"]:
        if "table" in block:
            block["table"] = {**resolved["tables"][block["table"]["ref"]], **block["table"]}
    return resolved


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


def locate_rows(
    pages: list[PdfPage], rows: Iterable[tuple[Block, int, list[str | None]]]
) -> list[tuple[int, float, int]]:
    """The 1-based first page, top and 1-based last page of each table row, in document
    order; a row is its table's ``widths``/``header``, the column that finds it, its cells."""
    found = []
    at = (0, 0.0)
    for view, column, cells in rows:
        at = find_cell_start(pages, view, column, cells[column] or "", at)
        found.append((at[0] + 1, at[1], find_row_end(pages, view, cells, at) + 1))
        at = (at[0], at[1] + 1)
    return found
