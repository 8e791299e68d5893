r"""The Word renderer: a report as an office lays it out in python-docx, printed by
LibreOffice Writer (:mod:`office`), and read back.

A content says ``"renderer": "word"``; its ``layout`` names the ``format``
(:data:`FORMATS`), each a way offices lay indicators out in Word:

* ``tables``: the general one. The ``body`` is an ordered list of blocks: ``toc`` (an index
  whose page numbers come from a first printing), ``heading``, ``paragraph``, ``objective``
  (``{label} {code}{sep}{title}``), ``esito`` (the outcome of the table before it),
  ``bullets``, ``section`` (a new page in an orientation), ``scheda`` (key/value ``pairs``,
  then its indicator table) and ``table``, which names its format (``ref``) among the
  content's ``tables``: ``style`` (``grid``, ``booktabs``, ``hrules``, or ``ruled`` with
  ``rule_size`` and ``rule_colour``), ``widths`` (cm), ``header`` (``header_sub``: a
  second row under the last label), ``fields`` (the record field of each column,
  ``target:2025`` for a year's) and the options ``repeat_header``, ``keep_rows``,
  ``header_fill``, ``header_white``, ``header_centre``, ``centre``, ``centre_columns``,
  ``objective_fills``, ``status_separator``, ``gap_after`` and ``weights_add_up``. A row
  is an indicator (``cells`` and its hand-written ``parsed`` values), an objective merged
  across the table or a status row. The content's ``look`` sets the margins, the
  objective headings and the spacing of paragraphs.
* ``grid``: the indicators as one long table, its columns given once (``fields``,
  ``widths``, ``header`` or two ``header_rows``), ``style`` ``peg`` (ruled, a two-row
  header not repeated) or borderless without row spacing; figures and plain tables.
* ``areas`` and ``objectives``: a ruled table per area, its objective merged down over
  its indicators, or per objective under ``Obiettivo operativo`` paragraphs.
* ``status_rows``: 5-column ruled tables with heading and status rows merged across,
  rows split across page breaks, the header repeated (a report transcribed by hand).
* ``blocks``: the :mod:`blocks` format printed through Word: landscape, a two-row
  header repeated on every page, heading, status and text rows merged across the table.

Text carries a little markup (``<b>``, ``<i>``, ``\n`` a line break). :class:`Page` is the
page geometry and type sizes. Reading back, :func:`read_pdf` gives each page body's words,
:func:`find_cell_start` and :func:`find_row_end` the pages a table row spans, its cells
assigned to columns by the column widths.
"""

from __future__ import annotations

import copy
import io
import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph
from PIL import Image, ImageDraw, ImageFont

from . import blocks
from .office import print_pdf
from .readback import page_count, page_streams
from .truth import (
    RECORD_KEYS,
    check_met,
    checked_met,
    new_record,
    objective_context,
    paged,
    row_records,
    value_fields,
    write_truth,
)
from .truth import load_content as read_content

Block = dict[str, Any]
Content = dict[str, Any]
Item = dict[str, Any]
Record = dict[str, Any]

TWIPS_PER_CM = 567
POINTS_PER_CM = 72 / 2.54

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
    """One PDF page: the words of its body (running header and footer cut off)."""

    words: list[dict[str, Any]]

    @property
    def text(self) -> str:
        """Return the body's text without whitespace, in reading order."""
        return "".join(word["text"] for word in self.words)


def read_pdf(pdf_path: Path, page: Page) -> list[PdfPage]:
    """Read every page's body words."""
    pages = []
    with pdfplumber.open(pdf_path) as pdf:
        for pdf_page in pdf.pages:
            top = page.margin_top * POINTS_PER_CM - 4
            bottom = pdf_page.height - page.margin_bottom * POINTS_PER_CM + 4
            words = [
                w for w in pdf_page.extract_words() if w["top"] >= top and w["bottom"] <= bottom
            ]
            pages.append(PdfPage(words))
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


# =============================================================================== format: tables

WHITE = RGBColor(0xFF, 0xFF, 0xFF)
#: The status phrases of ``Esito:`` paragraphs and status columns.
STATUSES = {
    "Raggiunto": "achieved",
    "Parzialmente raggiunto": "partially_achieved",
    "Non raggiunto": "not_achieved",
    "Obiettivo sospeso": "suspended",
    "✔ Raggiunto": "achieved",
    "◐ Parzialmente raggiunto": "partially_achieved",
    "✘ Non raggiunto": "not_achieved",
    "OBIETTIVO RAGGIUNTO": "achieved",
    "OBIETTIVO PARZIALMENTE RAGGIUNTO": "partially_achieved",
    "OBIETTIVO NON RAGGIUNTO": "not_achieved",
}


def page_of(content: Content) -> Page:
    """The page geometry of the content's ``look``."""
    look = content.get("look", {})
    margins = {key: look[key] for key in ("margin_top", "margin_bottom") if key in look}
    return Page(**margins)


# --------------------------------------------------------------------------- docx


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


def new_table(doc: Any, spec: Block, page: Page) -> Table:
    """Add an empty table in the format's rules, with fixed column widths."""
    widths: list[float] = spec["widths"]
    table = doc.add_table(rows=0, cols=len(widths))
    if spec["style"] == "grid":
        table.style = "Table Grid"
    elif spec["style"] == "hrules":
        set_rules(table, HRULES)
    elif spec["style"] not in ("booktabs", "ruled"):
        raise ValueError(f"unknown table style {spec['style']!r}")
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    set_table_geometry(table, widths, page)
    if spec["style"] == "ruled":  # every edge, in one colour and size
        rule = line(spec.get("rule_size", 4), spec.get("rule_colour", "000000"))
        set_rules(table, dict.fromkeys(EDGES, rule))
    return table


def add_header_rows(table: Table, spec: Block, page: Page) -> None:
    """Add the header row(s); a second row goes under a spanning last label."""
    widths: list[float] = spec["widths"]
    sub: list[str] = spec.get("header_sub", [])
    rows = [new_row(table, widths, cant_split=False) for _ in range(2 if sub else 1)]
    for row in rows:
        if spec.get("repeat_header"):
            mark_repeating_header(row._tr)
        if spec.get("keep_rows"):
            row._tr.get_or_add_trPr().append(element("w:cantSplit"))
    header: list[str] = spec["header"]
    if not sub and len(header) != len(widths):
        raise ValueError(f"header {header} does not fill {len(widths)} columns")
    cells = []
    for index, label in enumerate(header[:-1] if sub else header):
        cell = rows[0].cells[index].merge(rows[1].cells[index]) if sub else rows[0].cells[index]
        cells.append((cell, label))
    if sub:
        first = len(header) - 1
        cells.append((rows[0].cells[first].merge(rows[0].cells[-1]), header[-1]))
        cells.extend((rows[1].cells[first + i], label) for i, label in enumerate(sub))
    centred = {*sub, header[-1]} if sub else set(header if spec.get("header_centre") else [])
    for cell, label in cells:
        fill_cell(cell, label, page, bold=True)
        paragraph = cell.paragraphs[0]
        if label in centred:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if spec.get("header_fill"):
            shade(cell, spec["header_fill"])
        if spec["style"] == "booktabs":
            set_cell_borders(cell, top=12, bottom=6)
        for run in paragraph.runs if spec.get("header_white") else []:
            run.font.color.rgb = WHITE


def tables_add_table(doc: Any, spec: Block, page: Page) -> None:
    """Add a table in its format's style: header row(s), then indicator, objective and
    status rows."""
    widths: list[float] = spec["widths"]
    table = new_table(doc, spec, page)
    add_header_rows(table, spec, page)
    fields = spec.get("fields") or []
    centred = {i for i, field in enumerate(fields) if field in spec.get("centre", [])}
    centred |= set(spec.get("centre_columns", []))
    for item in spec["rows"]:
        row = new_row(table, widths, cant_split=bool(spec.get("keep_rows")))
        if "objective" in item:
            cell = row.cells[0].merge(row.cells[-1])
            fill_cell(cell, objective_text(item["objective"]), page, bold=True)
            fills = spec.get("objective_fills", OBJECTIVE_FILLS)
            shade(cell, fills[item["objective"]["level"]])
        elif "status" in item:
            separator = spec.get("status_separator", "\n")
            comment = f"{separator}{item['comment']}" if item.get("comment") else ""
            markup = f"<b>{item['phrase']}</b>{comment}"
            fill_cell(row.cells[0].merge(row.cells[-1]), markup, page)
        else:
            for index, (cell, text) in enumerate(zip(row.cells, item["cells"], strict=True)):
                fill_cell(cell, text or "", page)
                if index in centred:
                    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    if spec["style"] == "booktabs":
        for cell in table.rows[-1].cells:
            set_cell_borders(cell, bottom=12)
    if "gap_after" in spec:
        doc.add_paragraph().paragraph_format.space_after = Pt(spec["gap_after"])


def add_scheda(doc: Any, scheda: Block, content: Content, page: Page) -> None:
    """Add a scheda obiettivo: the key/value table, a gap, then its indicator table."""
    spec = {**scheda["table"], "widths": content["scheda_widths"]}
    table = new_table(doc, spec, page)
    for label, value in scheda["pairs"]:
        row = new_row(table, spec["widths"], cant_split=True)
        fill_cell(row.cells[0], label, page, bold=True)
        shade(row.cells[0], content["scheda_label_fill"])
        fill_cell(row.cells[1], value, page)
    gap = doc.add_paragraph()
    gap.paragraph_format.space_after = Pt(2)
    gap.add_run("").font.size = Pt(4)
    tables_add_table(doc, scheda["table"], page)


def add_bullets(doc: Any, items: list[str], page: Page) -> None:
    """Add a bulleted list (Word's List Bullet style, a real numbering definition)."""
    for number, item in enumerate(items):
        paragraph = doc.add_paragraph(style="List Bullet")
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        paragraph.paragraph_format.space_after = Pt(6 if number == len(items) - 1 else 2)
        add_runs(paragraph, item, page.body_size)


def add_objective(doc: Any, objective: Block, look: Block, page: Page) -> Any:
    """Add an objective heading in the content's look."""
    sizes = look.get("objective_sizes", {"area": 12.0, "strategic": 11.0, "operational": 10.0})
    size, text = sizes[objective["level"]], objective_text(objective)
    if look.get("objective_paragraph"):
        before, after = look.get("objective_spacing", (8, 4))
        return add_text(doc, text, size, bold=True, before=before, after=after, keep=True)
    italic = look.get("italic_operational", False) and objective["level"] == "operational"
    return add_heading(doc, text, size, True, italic)


def tables_build_document(content: Content, toc_pages: dict[str, int], page: Page) -> Any:
    """Build the whole report; ``toc_pages`` gives the page of each index entry."""
    look = content.get("look", {})
    orientation = content.get("orientation", "portrait")
    doc = new_document(content, page, content.get("orientation"))
    add_cover(doc, content["cover"])
    previous_was_table = False
    for block in content["body"]:
        paragraph = None
        if "section" in block:
            orientation = block["section"]
            add_section(doc, orientation, page)
        elif "toc" in block:
            add_toc(doc, block["toc"], toc_pages, orientation, page)
        elif "heading" in block:
            size = 14.0 if block.get("level", 1) == 1 else 12.0
            paragraph = add_heading(doc, block["heading"], size, bold=True)
        elif "objective" in block:
            paragraph = add_objective(doc, block["objective"], look, page)
        elif "esito" in block:
            text = f"Esito: {block['esito']['phrase']}"
            add_text(doc, text, page.body_size, bold=True, before=5, after=2)
        elif "paragraph" in block:
            before = look.get("paragraph_before", 0)
            paragraph = add_text(doc, block["paragraph"], page.body_size, before=before)
        elif "table" in block:
            if previous_was_table:  # Word would join two adjacent tables
                doc.add_paragraph()
            tables_add_table(doc, block["table"], page)
        elif "scheda" in block:
            add_scheda(doc, block["scheda"], content, page)
        elif "bullets" in block:
            add_bullets(doc, block["bullets"], page)
        else:
            raise ValueError(f"unknown body block: {block!r:.80}")
        if paragraph is not None and block.get("new_page"):
            paragraph.paragraph_format.page_break_before = True
        previous_was_table = "table" in block
    return doc


# --------------------------------------------------------------------------- content


def resolve_tables(content: Content) -> Content:
    """Complete every table block from its ``ref`` format and check the index entries."""
    content = resolve(content)
    for block in content["body"]:
        if "scheda" in block:
            block["scheda"]["table"] = {**content["indicator_table"], **block["scheda"]}
    headings = {block_text(block) for block in content["body"]}
    for block in content["body"]:
        for entry in block.get("toc", {}).get("entries", []):
            if entry["text"] not in headings:
                raise ValueError(f"index entry without a heading: {entry['text']!r}")
    return content


def tables(content: Content) -> Iterator[Block]:
    """Yield every table spec in document order."""
    for block in content["body"]:
        if "table" in block or "scheda" in block:
            yield block.get("table") or block["scheda"]["table"]


def indicator_rows(content: Content) -> Iterator[tuple[Block, Block]]:
    """Yield ``(table spec, row)`` for every indicator row, in document order."""
    for spec in tables(content):
        if spec["fields"] is not None:
            for row in spec["rows"]:
                if "cells" in row:
                    yield spec, row


# --------------------------------------------------------------------------- records


class Hierarchy:
    """The area and deepest objective that enclose what follows (CONVENTIONS.md)."""

    def __init__(self) -> None:
        self.area: tuple[str, str | None] | None = None
        self.context: Record = {}

    def enter(self, objective: Block) -> None:
        """Open an area or objective heading."""
        level, code, title = objective["level"], objective["code"], plain(objective["title"])
        if level == "area":
            self.area = (code, title)
        area = self.area or (code.replace("_", ".").split(".")[0], None)
        self.context = objective_context(level, code, title or "", area)
        self.context["objective_title"] = title


def tables_build_records(content: Content) -> list[list[Record]]:
    """Make the records of every indicator row (page numbers unset), row by row.

    A status row after an indicator gives its status, phrase and the start of its comment;
    paragraphs after an indicator, up to the next heading, table or header row, add to the
    comment. An ``esito`` paragraph right after a table gives the status of all its
    indicators, and the paragraphs after it are their comment. A status column is checked
    against the hand-written status, a status row's phrase against its status, and the
    weights of an objective add up to 100 in ``weights_add_up`` tables. A scheda's
    key/value table gives the hierarchy of its indicator rows.
    """
    hierarchy = Hierarchy()
    rows: list[list[Record]] = []
    commented: list[list[Record]] = []
    comment: list[str] | None = None
    last_table: list[list[Record]] | None = None
    weights: dict[str, float] = {}

    def close_comment() -> None:
        nonlocal comment
        if comment is not None:
            for record in (r for row in commented for r in row):
                record["comment"] = " ".join(comment) or None
        comment = None

    for block in content["body"]:
        if "esito" in block:
            phrase, status = block["esito"]["phrase"], block["esito"]["status"]
            if not last_table or STATUSES.get(phrase) != status:
                raise ValueError(f"esito {phrase!r} not right after a table, or not {status}")
            for record in (r for row in last_table for r in row):
                record.update(status=status, status_text=plain(phrase))
            commented, comment = last_table, []
        elif "paragraph" in block and comment is not None:
            comment.append(plain(block["paragraph"]) or "")
        elif "paragraph" not in block:
            close_comment()
        if "objective" in block:
            hierarchy.enter(block["objective"])
        if "scheda" in block:
            hierarchy.context = scheda_context(block["scheda"])
        last_table = None
        spec = block.get("table") or block.get("scheda", {}).get("table") or {"fields": None}
        for row in spec["rows"] if spec["fields"] is not None else []:
            if "objective" in row:
                close_comment()
                hierarchy.enter(row["objective"])
            elif "status" in row:
                wrong = STATUSES.get(row["phrase"], row["status"]) != row["status"]
                if wrong or comment != [] or rows[-1][0]["status"] is not None:
                    raise ValueError(f"status row not right after an indicator, or wrong: {row}")
                for record in rows[-1]:
                    record.update(status=row["status"], status_text=plain(row["phrase"]))
                comment = [text] if (text := plain(row.get("comment"))) else []
            else:
                close_comment()
                rows.append(
                    row_records(spec["fields"], row["cells"], row["parsed"], hierarchy.context)
                )
                last_table = [*(last_table or []), rows[-1]]
                commented, comment = [rows[-1]], []
                if spec.get("weights_add_up"):
                    code = rows[-1][0]["objective_code"]
                    weights[code] = weights.get(code, 0) + (rows[-1][0]["weight"] or 0)
        check_status_column(spec, last_table or [])
    close_comment()
    if any(total != 100 for total in weights.values()):
        raise ValueError(f"indicator weights of an objective do not add up to 100: {weights}")
    return rows


def check_status_column(spec: Block, rows: list[list[Record]]) -> None:
    """Refuse a status column that is not its hand-written status."""
    for row in rows:
        if "status_text" in spec["fields"] and STATUSES[row[0]["status_text"]] != row[0]["status"]:
            raise ValueError(f"{row[0]['status_text']}: not the status {row[0]['status']}")


def scheda_context(scheda: Block) -> Record:
    """Return the hierarchy fields a scheda gives, re-checking the hand-read objective."""
    pairs = dict(scheda["pairs"])
    code, title = scheda["objective"]["objective_code"], scheda["objective"]["objective_title"]
    if pairs["Obiettivo operativo"] != f"{code} – {title}":
        raise ValueError(f"objective {code} {title!r} is not what the scheda prints")
    hierarchy = Hierarchy()  # no area heading printed: area code from the objective code
    hierarchy.enter({"level": "operational", "code": code, "title": title})
    strategic = pairs["Obiettivo strategico"].split(" – ")[0]
    if scheda["objective"]["area_code"] != hierarchy.context["area_code"] or not code.startswith(
        strategic + "."
    ):
        raise ValueError(f"objective {code}: area code or strategic objective does not match")
    return hierarchy.context


# --------------------------------------------------------------------------- pdf


def find_heading_pages(pages: list[PdfPage], content: Content) -> dict[str, int]:
    """Return the 1-based page of each index entry's heading, searching after the index."""
    toc = next((block["toc"] for block in content["body"] if "toc" in block), None)
    if toc is None:
        return {}
    first = squash(toc["title"] + toc["entries"][0]["text"])
    search_from = next(i for i, page in enumerate(pages) if first in page.text) + 1
    found: dict[str, int] = {}
    for entry in toc["entries"]:
        needle = squash(entry["text"])
        search_from = next(i for i in range(search_from, len(pages)) if needle in pages[i].text)
        found[entry["text"]] = search_from + 1
    return found


def tables_column_labels(spec: Block) -> list[str]:
    """Return the label over each column (the second header row's label where there is one).

    >>> tables_column_labels({"header": ["A", "Target"], "header_sub": ["2024", "2025"]})
    ['A', '2024', '2025']
    """
    sub: list[str] = spec.get("header_sub", [])
    return [*spec["header"][:-1], *sub] if sub else list(spec["header"])


def tables_locate_rows(pages: list[PdfPage], content: Content) -> list[tuple[int, float, int]]:
    """Return the 1-based page, top and 1-based page_end of every indicator row."""
    rows = [
        ({"widths": spec["widths"], "header": tables_column_labels(spec)},
         spec["fields"].index("indicator"), row["cells"])
        for spec, row in indicator_rows(content)
    ]  # fmt: skip
    return locate_rows(pages, rows)


def tables_pages(content: Content, pdf_path: Path) -> list[Record]:
    """The ``tables`` format, printed twice when it has an index (the second time with
    the pages of its headings): the records, with the pages of their rows."""
    content = resolve_tables(content)
    page = page_of(content)
    rows = tables_build_records(content)
    print_pdf(tables_build_document(content, {}, page), ".docx", pdf_path)
    toc_pages = find_heading_pages(read_pdf(pdf_path, page), content)
    if toc_pages:
        print_pdf(tables_build_document(content, toc_pages, page), ".docx", pdf_path)
    pages = read_pdf(pdf_path, page)
    if find_heading_pages(pages, content) != toc_pages:
        raise ValueError("the index's page numbers moved in the second printing")
    spans = tables_locate_rows(pages, content)
    for row_recs, (first, _, last) in zip(rows, spans, strict=True):
        for record in row_recs:
            record.update(page=first, page_end=last)
    return [record for row_recs in rows for record in row_recs]


# ================================================================================= format: grid


GRID_HEADER_FILL = "D9D9D9"
BORDER_SIDES = ("top", "left", "bottom", "right", "insideH", "insideV")


# --------------------------------------------------------------------------- low level


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
        for side in BORDER_SIDES:
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


# --------------------------------------------------------------------------- tables


def add_two_row_header(table: Table, content: Content, page: Page) -> None:
    """Add the two header rows, merging cells where ``header_rows`` has ``null``."""
    widths: list[float] = content["widths"]
    first, second = content["header_rows"]
    for _ in range(2):  # not marked as header rows: not repeated on the next page
        new_row(table, widths, cant_split=True)
    merged: dict[tuple[int, int], _Cell] = {}
    for column, text in enumerate(first):
        if text is None:  # continue the cell on the left across this column
            start = column - 1
            while first[start] is None:
                start -= 1
            merged[(0, start)] = merged[(0, start)].merge(table.cell(0, column))
        else:
            merged[(0, column)] = table.cell(0, column)
    for column, text in enumerate(second):
        if text is None and first[column] is not None:
            merged[(0, column)] = merged[(0, column)].merge(table.cell(1, column))
        elif text is not None:
            merged[(1, column)] = table.cell(1, column)
    labels = {(0, c): t for c, t in enumerate(first)} | {(1, c): t for c, t in enumerate(second)}
    for key, cell in merged.items():
        grid_fill_cell(cell, labels[key] or "", content["table_size"], 1, bold=True)
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cell.paragraphs[0].paragraph_format.keep_with_next = True  # header stays with a row
        cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
        shade(cell, GRID_HEADER_FILL)


def add_indicator_table(doc: Any, rows: list[Block], content: Content, page: Page) -> None:
    """Add one indicator table in the content's style."""
    widths: list[float] = content["widths"]
    size: float = content["table_size"]
    peg = content["style"] == "peg"
    spacing = 1.0 if peg else 0.0
    table = doc.add_table(rows=0, cols=len(widths))
    if peg:
        table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    grid_set_table_geometry(table, widths, page, borderless=not peg)
    if peg:
        add_two_row_header(table, content, page)
    else:
        header = new_row(table, widths, cant_split=False)
        for cell, text in zip(header.cells, content["header"], strict=True):
            grid_fill_cell(cell, text, size, spacing, bold=True)
    for item in rows:
        row = new_row(table, widths, cant_split=peg)
        if "status" in item:
            comment = f": {item['comment']}" if item.get("comment") else ""
            cell = row.cells[0].merge(row.cells[-1])
            grid_fill_cell(cell, f"<b>{item['phrase']}</b>{comment}", size, spacing)
        else:
            for cell, text in zip(row.cells, item["cells"], strict=True):
                grid_fill_cell(cell, text or "", size, spacing)


def add_plain_table(doc: Any, spec: Block, content: Content, page: Page) -> None:
    """Add a small borderless table of figures (bold header, numbers right-aligned)."""
    widths: list[float] = spec["widths"]
    table = doc.add_table(rows=0, cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    grid_set_table_geometry(table, widths, page, borderless=True)
    for number, cells in enumerate([spec["header"], *spec["rows"]]):
        row = new_row(table, widths, cant_split=True)
        last = number == len(spec["rows"])
        for column, (cell, text) in enumerate(zip(row.cells, cells, strict=True)):
            grid_fill_cell(cell, text, content["table_size"], 0.0, bold=number == 0 or last)
            if column:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT


# --------------------------------------------------------------------------- figure


def bar_chart(bars: list[list[Any]], title: str) -> io.BytesIO:
    """Draw a simple bar chart as a PNG (labels inside the image, so not PDF text)."""
    width, height, left, bottom, top = 1400, 620, 110, 90, 80
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=26)
    draw.text((left, 20), title, fill="black", font=font)
    peak = math.ceil(max(float(value) for _, value in bars) / 20) * 20  # axis top
    plot_height = height - bottom - top
    for step in range(6):
        y = height - bottom - plot_height * step / 5
        draw.line([(left, y), (width - 40, y)], fill=(210, 210, 210), width=1)
        draw.text((20, y - 14), f"{peak * step / 5:.0f}", fill="black", font=font)
    slot = (width - left - 40) / len(bars)
    for number, (label, value) in enumerate(bars):
        x0 = left + slot * number + slot * 0.2
        y0 = height - bottom - plot_height * float(value) / peak
        draw.rectangle([x0, y0, x0 + slot * 0.6, height - bottom], fill=(166, 25, 46))
        text = f"{value}".replace(".", ",")
        draw.text((x0 + slot * 0.15, y0 - 34), text, fill="black", font=font)
        draw.text((x0 + slot * 0.05, height - bottom + 16), label, fill="black", font=font)
    draw.line([(left, top - 10), (left, height - bottom)], fill="black", width=2)
    draw.line([(left, height - bottom), (width - 40, height - bottom)], fill="black", width=2)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    buffer.seek(0)
    return buffer


def add_figure(doc: Any, figure: Block, content: Content) -> None:
    """Add a centred chart image and its caption."""
    doc.add_picture(bar_chart(figure["bars"], figure["title"]), width=Cm(figure["width"]))
    doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    caption = doc.add_paragraph()
    caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
    caption.paragraph_format.space_after = Pt(10)
    add_runs(caption, f"<i>{figure['caption']}</i>", content["table_size"])


# --------------------------------------------------------------------------- document


def grid_objective_text(content: Content, objective: Block) -> str:
    """Return an objective heading as printed, by the content's ``objective_format``."""
    text: str = content["objective_format"].format(**objective)
    return text


def grid_set_up_document(doc: Any, content: Content, page: Page) -> None:
    """Set the base style, A4 in the content's orientation, running header and footer."""
    base_style(doc, page)
    section = doc.sections[0]
    set_orientation(section, content["orientation"], page)
    section.different_first_page_header_footer = True  # the cover has neither

    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.LEFT
    add_runs(header, f"<i>{content['running_header']}</i>", 8)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_number(footer, content.get("page_label", ""), 8)


def add_heading_paragraph(doc: Any, text: str, size: float, space_before: float) -> Paragraph:
    """Add a bold paragraph kept with what follows it."""
    paragraph = doc.add_paragraph()
    layout = paragraph.paragraph_format
    layout.space_before, layout.space_after = Pt(space_before), Pt(4)
    layout.keep_with_next = True
    add_runs(paragraph, text, size, bold=True)
    return paragraph


def grid_build_document(content: Content, page: Page) -> Any:
    """Build the whole report as a python-docx Document."""
    doc = Document()
    grid_set_up_document(doc, content, page)
    doc.core_properties.title = content["document"]["title"]
    doc.core_properties.author = content["document"]["issuer"]
    add_cover(doc, content["cover"], 80)
    sizes: dict[str, float] = content["objective_sizes"]
    previous_was_table = False
    for block in content["body"]:
        paragraph: Paragraph | None = None
        if "heading" in block:
            size = 13.0 if block["level"] == 1 else 11.0
            paragraph = add_heading_paragraph(doc, block["heading"], size, 12)
        elif "objective" in block:
            objective = block["objective"]
            text = grid_objective_text(content, objective)
            paragraph = add_heading_paragraph(doc, text, sizes[objective["level"]], 8)
        elif "paragraph" in block:
            paragraph = doc.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            paragraph.paragraph_format.space_after = Pt(6)
            add_runs(paragraph, block["paragraph"], page.body_size)
        elif "table" in block or "plain_table" in block:
            if previous_was_table:  # Word would join two adjacent tables
                doc.add_paragraph()
            if "table" in block:
                add_indicator_table(doc, block["table"]["rows"], content, page)
            else:
                add_plain_table(doc, block["plain_table"], content, page)
        elif "figure" in block:
            add_figure(doc, block["figure"], content)
        else:
            raise ValueError(f"unknown body block: {block!r:.80}")
        if paragraph is not None and block.get("new_page"):
            paragraph.paragraph_format.page_break_before = True
        previous_was_table = "table" in block or "plain_table" in block
    return doc


YEAR = re.compile(r"\b(20\d\d)\b")


# --------------------------------------------------------------------------- content


def check_grid(content: Content) -> Content:
    """Refuse a content whose fields, widths and header differ in length; return it."""
    lengths = {len(content["fields"]), len(content["widths"]), len(grid_column_labels(content))}
    if len(lengths) != 1:
        raise ValueError("fields, widths and header differ in length")
    return content


def grid_column_labels(content: Content) -> list[str]:
    """Return each column's full header label (a spanning label, then its own one).

    >>> grid_column_labels({"header_rows": [["A", "Anno 2023", None], [None, "x", "y"]]})
    ['A', 'Anno 2023 x', 'Anno 2023 y']
    """
    if "header" in content:
        return list(content["header"])
    first, second = content["header_rows"]
    labels = []
    above = ""
    for top, bottom in zip(first, second, strict=True):
        above = top if top is not None else above
        labels.append(" ".join(filter(None, [above, bottom])))
    return labels


def field_year(content: Content) -> int | None:
    """Return the one year that the target/actual column labels name (None if none)."""
    years = {
        int(year)
        for field, label in zip(content["fields"], grid_column_labels(content), strict=True)
        if field in ("target", "actual")
        for year in YEAR.findall(label)
    }
    if len(years) > 1:
        raise ValueError(f"target/actual columns name several years: {sorted(years)}")
    return years.pop() if years else None


def table_rows(content: Content) -> Iterator[Block]:
    """Yield every indicator row (with ``cells``) in document order."""
    for block in content["body"]:
        for row in block.get("table", {}).get("rows", []):
            if "cells" in row:
                yield row


# --------------------------------------------------------------------------- records


def indicator_record(content: Content, row: Block, context: Record) -> Record:
    """Make the record of one indicator row (page numbers unset)."""
    parsed: dict[str, Any] = row["parsed"]
    record: Record = dict.fromkeys(RECORD_KEYS)
    record.update(context)
    for field, cell in zip(content["fields"], row["cells"], strict=True):
        text = plain(cell)
        if field in ("target", "actual"):
            what = f"{row['cells'][:2]}"
            record.update({field: text, **value_fields(field, parsed[field], text, what)})
        elif field == "achievement":
            record[field] = parsed[field]
            if parsed[field] is not None and not isinstance(parsed[field], (int, float)):
                raise ValueError(f"achievement of {row['cells'][:2]} is not a number")
        elif field != "extra":
            record[field] = text
    record.update(year=field_year(content), met=parsed["met"])
    return check_met(record)


def grid_build_records(content: Content) -> list[Record]:
    """Make every indicator's record in document order; a status row sets the one before."""
    hierarchy = Hierarchy()
    records: list[Record] = []
    for block in content["body"]:
        if "objective" in block:
            hierarchy.enter(block["objective"])
        for row in block.get("table", {}).get("rows", []):
            if "cells" in row:
                records.append(indicator_record(content, row, hierarchy.context))
            elif records[-1]["status"] is not None:
                raise ValueError(f"a second status row for {records[-1]['indicator']!r}")
            else:
                records[-1].update(
                    status=row["status"],
                    status_text=plain(row["phrase"]),
                    comment=plain(row.get("comment")),
                )
    return records


# --------------------------------------------------------------------------- pdf


def grid_locate_rows(pages: list[PdfPage], content: Content) -> list[tuple[int, int]]:
    """Return the 1-based (page, page_end) of every indicator row, in document order."""
    spec = {"widths": content["widths"], "header": grid_column_labels(content)}
    column = content["fields"].index("indicator")
    rows = [(spec, column, row["cells"]) for row in table_rows(content)]
    return [(page, page_end) for page, _, page_end in locate_rows(pages, rows)]


def grid_pages(content: Content, pdf_path: Path) -> list[Record]:
    """The ``grid`` format: the records, with the pages of their rows."""
    records = grid_build_records(check_grid(content))
    document = grid_build_document(content, Page(table_size=content["table_size"]))
    print_pdf(document, ".docx", pdf_path)
    spans = grid_locate_rows(read_pdf(pdf_path, Page()), content)
    return paged(records, spans)


# ================================================================= format: areas and objectives

AREAS_PAGE = Page(margin_top=2.3, margin_bottom=2.0, table_size=8.0)
AREAS_HEADER_FILL = "D9E2F3"


def area_text(area: Content) -> str:
    """Return an area heading as printed (``areas``)."""
    return f"Area strategica: {area['title']}"


def merged_objective_text(objective: Content) -> str:
    """Return a merged objective cell as printed: ``code – title``."""
    return f"{objective['code']} – {objective['title']}"


def strategic_text(objective: Content) -> str:
    """Return a strategic heading as printed (``objectives``)."""
    return f"Obiettivo strategico {objective['code']}: {objective['title']}"


def operational_text(objective: Content) -> str:
    """Return an operational heading as printed (``objectives``)."""
    return f"Obiettivo operativo {objective['code']}: {objective['title']}"


# --------------------------------------------------------------------------- docx


def ruled_table(doc: Any, widths: list[float], header: list[str]) -> Table:
    """Add a table ruled on every edge in black, with a shaded, repeated header row."""
    table = doc.add_table(rows=0, cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    set_table_geometry(table, widths, AREAS_PAGE)
    borders = element("w:tblBorders")
    for name in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(element(f"w:{name}", val="single", sz="6", space="0", color="000000"))
    table._tbl.tblPr.append(borders)
    row = new_row(table, widths)
    row_flag(row, "cantSplit")
    row_flag(row, "tblHeader")
    for cell, label in zip(row.cells, header, strict=True):
        fill_cell(cell, label, AREAS_PAGE, bold=True)
        shade(cell, AREAS_HEADER_FILL)
    return table


def add_row(table: Table, widths: list[float], cells: list[str | None], first: int) -> Any:
    """Add a row that never splits; cells from column ``first`` on are filled."""
    row = new_row(table, widths)
    row_flag(row, "cantSplit")
    for cell, text in zip(row.cells[first:], cells, strict=True):
        fill_cell(cell, text or "", AREAS_PAGE)
    return row


def areas_add_text(
    doc: Any, markup: str, size: float, bold: bool = False, keep: bool = False
) -> Any:
    """Add a justified paragraph."""
    return add_text(doc, markup, size, before=6 if bold else 2, bold=bold, keep=keep)


def build_by_area(doc: Any, content: Content) -> None:
    """Lay out the ``areas`` body: areas, each a table of merged objective cells."""
    add_cover(doc, content["cover"])
    add_heading(doc, "Introduzione", 14.0, bold=True)
    for text in content["intro"]:
        areas_add_text(doc, text, AREAS_PAGE.body_size)
    for area in content["areas"]:
        areas_add_text(doc, area_text(area), 12.0, bold=True, keep=True)
        table = ruled_table(doc, content["widths"], content["header"])
        for objective in area["objectives"]:
            rows = [add_row(table, content["widths"], r["cells"], 1) for r in objective["rows"]]
            merged = rows[0].cells[0].merge(rows[-1].cells[0])
            for extra in merged.paragraphs[1:]:
                extra._p.getparent().remove(extra._p)
            fill_cell(merged, merged_objective_text(objective), AREAS_PAGE, bold=True)
        doc.add_paragraph().paragraph_format.space_after = Pt(4)
    areas_add_text(doc, content["closing"], AREAS_PAGE.body_size)


def build_by_objective(doc: Any, content: Content) -> None:
    """Lay out the ``objectives`` body: prose and a list, then objective tables."""
    for line in content["title_lines"]:
        paragraph = doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_after = Pt(8)
        add_runs(paragraph, line["text"], line["size"])
    add_heading(doc, "Premessa", 13.0, bold=True)
    areas_add_text(doc, content["intro"], AREAS_PAGE.body_size)
    for item in content["numbered"]:
        paragraph = doc.add_paragraph(style="List Number")
        paragraph.paragraph_format.space_after = Pt(2)
        add_runs(paragraph, item, AREAS_PAGE.body_size)
    areas_add_text(doc, content["intro_after"], AREAS_PAGE.body_size)
    first = True
    for strategic in content["strategic"]:
        heading = areas_add_text(doc, strategic_text(strategic), 12.0, bold=True, keep=True)
        heading.paragraph_format.page_break_before = first
        first = False
        areas_add_text(doc, strategic["description"], AREAS_PAGE.body_size, keep=True)
        for operational in strategic["operational"]:
            areas_add_text(doc, operational_text(operational), 11.0, bold=True, keep=True)
            table = ruled_table(doc, content["widths"], content["header"])
            for r in operational["rows"]:
                add_row(table, content["widths"], r["cells"], 0)
            doc.add_paragraph().paragraph_format.space_after = Pt(4)


def areas_build_document(content: Content) -> Any:
    """Build the whole report as a python-docx Document."""
    doc = new_document(content, AREAS_PAGE, content["orientation"])
    if content["layout"]["format"] == "areas":
        build_by_area(doc, content)
    else:
        build_by_objective(doc, content)
    return doc


YEARS = (2024, 2025, 2026)

# One located row: the cells to find (table column order), the indicator column, records.
Located = tuple[list[str | None], int, list[Record]]


def record(context: Record, **fields: Any) -> Record:
    """Return a record with every key, the context and the fields set, ``met`` checked."""
    return check_met(new_record(context, **fields))


def area_tables(content: Any) -> list[list[Located]]:
    """Return, per table, the ``areas`` indicator rows and records (pages unset)."""
    tables = []
    for area in content["areas"]:
        located: list[Located] = []
        for objective in area["objectives"]:
            context = {
                "area_code": None,
                "area_title": area["title"],
                "objective_level": "strategic",
                "objective_code": objective["code"],
                "objective_title": objective["title"],
            }
            for row in objective["rows"]:
                name, unit, baseline, target, actual, stato = (plain(c) for c in row["cells"])
                if content["status_words"].get(stato) is None or row["status"] != stato:
                    raise ValueError(f"status of {name!r} is not what the row prints")
                fields = {
                    "indicator": name, "unit": unit, "baseline": baseline,
                    "target": target, **value_fields("target", row["target"], target, name),
                    "actual": actual, **value_fields("actual", row["actual"], actual, name),
                    "status": content["status_words"][stato], "status_text": stato,
                    "met": row["met"],
                }  # fmt: skip
                located.append(([None, *row["cells"]], 1, [record(context, **fields)]))
        tables.append(located)
    return tables


def objective_tables(content: Any) -> list[list[Located]]:
    """Return, per table, the ``objectives`` indicator rows and records (pages unset)."""
    tables = []
    for strategic in content["strategic"]:
        for operational in strategic["operational"]:
            code = operational["code"]
            if not code.startswith(strategic["code"] + "."):
                raise ValueError(f"objective {code} is not under {strategic['code']}")
            context = objective_context("operational", code, operational["title"])
            located: list[Located] = []
            for row in operational["rows"]:
                name, formula, source, baseline, *targets = (plain(c) for c in row["cells"])
                records = []
                for year, target, parsed in zip(YEARS, targets, row["targets"], strict=True):
                    fields = {
                        "indicator": name, "formula": formula, "data_source": source,
                        "baseline": baseline, "year": year, "target": target,
                        **value_fields("target", parsed, target, name),
                        **value_fields("actual", None, None, name),
                    }  # fmt: skip
                    records.append(record(context, **fields))
                located.append((row["cells"], 0, records))
            tables.append(located)
    return tables


def locate(pdf_path: Path, content: Any, tables: list[list[Located]]) -> list[list[int]]:
    """Set page/page_end of every record from the PDF; return each table's row pages."""
    pages = read_pdf(pdf_path, AREAS_PAGE)
    view = {"widths": content["widths"], "header": content["header"]}
    at = (0, 0.0)
    row_pages = []
    for table in tables:
        starts = []
        for cells, column, records in table:
            at = find_cell_start(pages, view, column, cells[column] or "", at)
            end = find_row_end(pages, view, cells, at)
            for item in records:
                item.update(page=at[0] + 1, page_end=end + 1)
            starts.append(at[0] + 1)
            at = (at[0], at[1] + 1)
        row_pages.append(starts)
    return row_pages


def areas_pages(content: Content, pdf_path: Path) -> list[Record]:
    """The ``areas`` and ``objectives`` formats: the records, with their pages."""
    by_area = content["layout"]["format"] == "areas"
    tables = area_tables(content) if by_area else objective_tables(content)
    print_pdf(areas_build_document(content), ".docx", pdf_path)
    locate(pdf_path, content, tables)
    return [item for table in tables for _, _, recs in table for item in recs]


# ========================================================================== format: status rows


#: The page (2 cm margins) and type sizes; cells in 9 pt.
STATUS_ROWS_PAGE = Page(margin_top=2.0, margin_bottom=2.0, table_size=9.0)
#: Descrizione, Tipo, Valore Atteso, Valore Raggiunto, Note. With narrow cell margins the
#: Tipo column holds STRATEGICO but breaks ORGANIZZATIVO and COLLABORAZIONE.
COLUMNS = [4.6, 2.3, 2.8, 3.4, 3.9]


# --------------------------------------------------------------------------- content


def block_items(block: dict[str, Any]) -> list[Item]:
    """Return the items (rows or paragraphs) of one body block."""
    items: list[Item] = block["table"]["rows"] if "table" in block else block["paragraphs"]
    return items


def all_items(content: Content) -> Iterator[Item]:
    """Yield every body item in document order."""
    for block in content["body"]:
        yield from block_items(block)


def header_cells(content: Content) -> list[str]:
    """Return the cells of the (first) table header row."""
    cells: list[str] = next(i["cells"] for i in all_items(content) if i["kind"] == "header")
    return cells


# --------------------------------------------------------------------------- docx


def status_rows_table(doc: Any, table_block: dict[str, Any]) -> None:
    """Add a ruled table: header/indicator rows in five cells, other rows merged."""
    table = doc.add_table(rows=0, cols=len(COLUMNS))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    set_table_geometry(table, COLUMNS, STATUS_ROWS_PAGE)
    for position, item in enumerate(table_block["rows"]):
        row = table.add_row()
        for cell, width in zip(row.cells, COLUMNS, strict=True):
            cell.width = Cm(width)
        if item["kind"] in ("header", "indicator"):
            is_header = item["kind"] == "header"
            for cell, text in zip(row.cells, item["cells"], strict=True):
                fill_cell(cell, text, STATUS_ROWS_PAGE, bold=is_header)
            if is_header and position == 0 and table_block.get("repeat_header"):
                mark_repeating_header(row._tr)
        else:
            fill_cell(row.cells[0].merge(row.cells[-1]), item["text"], STATUS_ROWS_PAGE)


def add_between_tables(doc: Any, items: list[Item]) -> None:
    """Add headings and status/comment texts as paragraphs between tables."""
    for item in items:
        paragraph = doc.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(3)
        paragraph.paragraph_format.space_after = Pt(3)
        add_runs(paragraph, item["text"], STATUS_ROWS_PAGE.table_size)


def centred_page_number(section: Any) -> None:
    """Put a centred page number (a STATUS_ROWS_PAGE field) on every page but the cover."""
    section.different_first_page_header_footer = True
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(paragraph)


def set_up_page(doc: Any) -> None:
    """Set A4 portrait page, margins, base font and footer."""
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(STATUS_ROWS_PAGE.short), Cm(STATUS_ROWS_PAGE.long)
    section.top_margin, section.bottom_margin = (
        Cm(STATUS_ROWS_PAGE.margin_top),
        Cm(STATUS_ROWS_PAGE.margin_bottom),
    )
    section.left_margin, section.right_margin = (
        Cm(STATUS_ROWS_PAGE.margin_left),
        Cm(STATUS_ROWS_PAGE.margin_right),
    )
    normal = doc.styles["Normal"]
    normal.font.name = STATUS_ROWS_PAGE.font
    normal.font.size = Pt(STATUS_ROWS_PAGE.table_size)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    centred_page_number(section)


def status_rows_document(content: Content, title: str) -> Any:
    """Build the report as a python-docx Document: cover, premessa, then the body."""
    doc = Document()
    set_up_page(doc)
    doc.core_properties.title = title
    doc.core_properties.author = content["document"]["issuer"]

    for number, line in enumerate(content["cover"]):
        paragraph = doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_before = Pt(120 if number == 0 else 18)
        add_runs(paragraph, line["text"], line["size"])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for entry in content["premessa"]:
        paragraph = doc.add_paragraph()
        heading = entry["style"] == "heading"
        paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT if heading else WD_ALIGN_PARAGRAPH.JUSTIFY
        paragraph.paragraph_format.space_after = Pt(8 if heading else 6)
        add_runs(paragraph, entry["text"], STATUS_ROWS_PAGE.body_size + (2 if heading else 0))

    previous_was_table = False
    for block in content["body"]:
        is_table = "table" in block
        if is_table:
            if previous_was_table:  # keep adjacent tables apart, as Word would join them
                doc.add_paragraph()
            status_rows_table(doc, block["table"])
        else:
            add_between_tables(doc, block["paragraphs"])
        previous_was_table = is_table
    return doc


# --------------------------------------------------------------------------- pdf


HEADING_KINDS = ("area", "strategic", "operational")
STATUS_PHRASES = {
    "OBIETTIVO PARZIALMENTE CONSEGUITO": "partially_achieved",
    "OBIETTIVO NON CONSEGUITO": "not_achieved",
    "OBIETTIVO CONSEGUITO": "achieved",
}
SUSPENDED_TEXT = "Obiettivo sospeso"


# --------------------------------------------------------------------------- records


def parsed_fields(item: Item, side: str) -> dict[str, Any]:
    """Return the hand-written parsed target or actual value as record fields."""
    value = item[f"{side}_parsed"]
    return {
        f"{side}_operator": value["operator"],
        f"{side}_value": value["value"],
        f"{side}_value_max": value["value_max"],
        f"{side}_unit": value["unit"],
    }


def split_status(item: Item) -> tuple[str, str, str | None]:
    """Return (status, phrase as printed, text after the phrase) of a status row."""
    text = plain(item["text"]) or ""
    for phrase, status in STATUS_PHRASES.items():
        if text.startswith(phrase):
            if status != item["status"]:
                raise ValueError(f"status row says {phrase!r}, annotated {item['status']!r}")
            return status, phrase, plain(text[len(phrase) :])
    raise ValueError(f"status row does not start with a status phrase: {text[:60]!r}")


def status_rows_record(item: Item, context: dict[str, Any]) -> Record:
    """Make the record of one indicator row (page numbers and comment still unset)."""
    description, kind, target, actual, notes = (plain(cell) for cell in item["cells"])
    record: Record = dict.fromkeys(RECORD_KEYS)
    record.update(context)
    record.update(indicator=description, type=kind, target=target, actual=actual, notes=notes)
    record.update(parsed_fields(item, "target"))
    record.update(parsed_fields(item, "actual"))
    record["met"] = checked_met(description or "", item["met"], record)
    if actual == SUSPENDED_TEXT:
        record.update(status="suspended", status_text=SUSPENDED_TEXT)
    return record


def status_rows_records(content: Content) -> list[Record]:
    """Make one record per indicator, with hierarchy, status and comment from nearby rows.

    The hierarchy comes from the latest heading (area, strategic or operational objective)
    and its title; the area is the first two segments of the objective code, titled only
    where an "Area Strategica" heading printed it. A status row and free-text rows after
    an indicator, up to the next indicator, heading, label or header, make its comment.
    """
    area_titles: dict[str, str | None] = {}
    context: dict[str, Any] = {}
    untitled: Item | None = None  # the last heading, while its title row may still follow
    records: list[Record] = []
    comment: list[str] | None = None  # comment parts of the record still collecting them

    def close_comment() -> None:
        nonlocal comment
        if comment is not None:
            records[-1]["comment"] = " ".join(comment) or None
        comment = None

    for item in all_items(content):
        kind = item["kind"]
        if kind in HEADING_KINDS:
            close_comment()
            code, title = item["code"], plain(item.get("title"))
            area_code = "_".join(code.split("_")[:2])
            if kind == "area":
                area_titles[code] = title
            context = {
                "area_code": area_code,
                "area_title": area_titles.get(area_code),
                "objective_level": kind,
                "objective_code": code,
                "objective_title": title,
            }
            untitled = None if title else item
        elif kind == "title":
            close_comment()
            if untitled is None:
                raise ValueError(f"title row without a heading: {item['text'][:60]!r}")
            context["objective_title"] = plain(item["text"])
            if untitled["kind"] == "area":
                area_titles[untitled["code"]] = context["area_title"] = plain(item["text"])
            untitled = None
        elif kind in ("label", "header"):
            close_comment()
        elif kind == "indicator":
            close_comment()
            records.append(status_rows_record(item, context))
            comment = []
        elif kind == "status":
            if comment is None or records[-1]["status"] is not None:
                raise ValueError(f"status row not right after an indicator: {item['text'][:60]!r}")
            status, phrase, rest = split_status(item)
            records[-1].update(status=status, status_text=phrase)
            comment.extend([rest] if rest else [])
        elif kind == "text":
            if comment is not None:
                comment.append(plain(item["text"]) or "")
        else:
            raise ValueError(f"unknown item kind {kind!r}")
    close_comment()
    return records


def table_view(content: Content) -> dict[str, Any]:
    """The table's column widths and header, as :mod:`writer`'s row finder reads them."""
    return {"widths": COLUMNS, "header": header_cells(content)}


def status_rows_locate(pages: list[PdfPage], content: Content) -> list[tuple[int, int]]:
    """Return the 1-based (page, page_end) of every indicator row, in document order."""
    view = table_view(content)
    rows = [(view, 0, item["cells"]) for item in all_items(content) if item["kind"] == "indicator"]
    return [(page, page_end) for page, _, page_end in locate_rows(pages, rows)]


def status_rows_pages(content: Content, pdf_path: Path) -> list[Record]:
    """The ``status_rows`` format: the records, with the pages of their rows."""
    records = status_rows_records(content)
    print_pdf(status_rows_document(content, content["layout"]["title"]), ".docx", pdf_path)
    return paged(records, status_rows_locate(read_pdf(pdf_path, STATUS_ROWS_PAGE), content))


# =============================================================================== format: blocks

FONT = "Liberation Sans"
TABLE_SIZE = 9.0
BODY_SIZE = 10.5
ACCENT = RGBColor(0x00, 0x4A, 0x8F)
HEADING_FILL = {"area": "BDD7EE", "strategic": "DDEBF7", "operational": "F2F2F2"}
BLOCKS_HEADER_FILL = "D9D9D9"


def write(cell: _Cell, text: str, bold: bool = False, lead: str | None = None) -> None:
    """Write text into a cell's first paragraph; ``lead`` is a bold phrase before it."""
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_before = Pt(1.5)
    paragraph.paragraph_format.space_after = Pt(1.5)
    if lead:
        run = paragraph.add_run(lead + (" " if text else ""))
        run.bold = True
        run.font.size = Pt(TABLE_SIZE)
    for number, line in enumerate(text.split("\n")):
        if number:
            paragraph.add_run().add_break()
        run = paragraph.add_run(line)
        run.bold = bold or None
        run.font.size = Pt(TABLE_SIZE)


def add_header(table: Table, content: Content, block: Item) -> None:
    """Add the two header rows, merged and repeated on every page."""
    labels = {c["role"]: c["header"] for c in content["columns"]}
    labels.update(block.get("headers", {}))
    top, bottom = table.add_row(), table.add_row()
    for row in (top, bottom):
        row_flag(row, "tblHeader")
        row_flag(row, "cantSplit")
        for cell in row.cells:
            shade(cell, BLOCKS_HEADER_FILL)
    roles = [c["role"] for c in content["columns"]]
    for index, role in enumerate(roles):
        if role in ("target", "actual"):
            write(bottom.cells[index], labels[role], bold=True)
        else:
            merged = top.cells[index].merge(bottom.cells[index])
            write(merged, labels[role], bold=True)
    first = roles.index("target")
    if roles[first + 1] != "actual":
        raise ValueError("the Valore group needs target and actual side by side")
    write(top.cells[first].merge(top.cells[first + 1]), block["group_header"], bold=True)


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


def blocks_table(doc: Any, block: Item, content: Content) -> None:
    """Add one indicator table with its two-row header and merged rows."""
    columns = content["columns"]
    table = doc.add_table(rows=0, cols=len(columns))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    set_geometry(table, [c["width"] for c in columns])
    add_header(table, content, block)
    for item in block["rows"]:
        row = table.add_row()
        row_flag(row, "cantSplit")
        if item["kind"] == "indicator":
            for cell, column in zip(row.cells, columns, strict=True):
                write(cell, blocks.cell_text(item, column["role"]))
            continue
        merged = row.cells[0].merge(row.cells[-1])
        if item["kind"] == "heading":
            write(merged, blocks.heading_text(item), bold=True)
            shade(merged, HEADING_FILL[item["level"]])
        elif item["kind"] == "status":
            write(merged, item.get("text") or "", lead=item["phrase"])
        elif item["kind"] == "text":
            write(merged, item["text"])
        else:
            raise ValueError(f"unknown row kind {item['kind']!r}")


def named_page_number(section: Any, text: str) -> None:
    """Footer on every page but the cover: the report's name and ``Pag. N``."""
    section.different_first_page_header_footer = True
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = paragraph.add_run(f"{text}    Pag. ")
    run.font.size = Pt(8)
    add_page_field(paragraph)


def set_up(doc: Any, content: Content) -> None:
    """Landscape A4, margins, base font, footer."""
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
        setattr(section, side, Cm(1.8))
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_SIZE)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    named_page_number(section, content["footer"])


def add_paragraph(doc: Any, text: str, size: float, bold: bool = False, **kw: Any) -> None:
    """Add a paragraph of plain text."""
    paragraph = doc.add_paragraph()
    paragraph.alignment = kw.get("align", WD_ALIGN_PARAGRAPH.JUSTIFY)
    paragraph.paragraph_format.space_before = Pt(kw.get("before", 0))
    paragraph.paragraph_format.space_after = Pt(kw.get("after", 6))
    run = paragraph.add_run(text)
    run.bold = bold or None
    run.font.size = Pt(size)
    if kw.get("accent"):
        run.font.color.rgb = ACCENT


def blocks_document(content: Content) -> Any:
    """The report as a python-docx Document: cover, then the body blocks."""
    doc = Document()
    set_up(doc, content)
    doc.core_properties.title = content["document"]["title"]
    doc.core_properties.author = content["document"]["issuer"]
    for number, line in enumerate(content["cover"]):
        add_paragraph(
            doc,
            line["text"],
            line["size"],
            bold=line.get("bold", False),
            align=WD_ALIGN_PARAGRAPH.CENTER,
            before=90 if number == 0 else 0,
            after=line.get("space_after", 14),
            accent=line.get("accent", False),
        )
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for block in content["body"]:
        kind = block["kind"]
        if kind == "section":
            add_paragraph(doc, block["text"], BODY_SIZE + 3, True, after=8, accent=True)
        elif kind == "prose":
            add_paragraph(doc, block["text"], BODY_SIZE)
        elif kind == "table":
            blocks_table(doc, block, content)
            add_paragraph(doc, "", 4, after=4)
        elif kind == "page_break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(f"block kind {kind!r} is not used in the Word sample")
    return doc


def blocks_pages(content: Content, pdf_path: Path) -> list[Record]:
    """The :mod:`blocks` format printed through Word: the records, with the
    pages of their rows."""
    records = blocks.build_records(blocks.check_columns(content))
    print_pdf(blocks_document(content), ".docx", pdf_path)
    return paged(records, blocks.locate_pages(page_streams(pdf_path), content))


#: The formats a content's ``layout`` may name: each builds the records, prints the
#: document and finds the page of every record.
FORMATS: dict[str, Callable[[Content, Path], list[Record]]] = {
    "tables": tables_pages,
    "grid": grid_pages,
    "areas": areas_pages,
    "objectives": areas_pages,
    "status_rows": status_rows_pages,
    "blocks": blocks_pages,
}


def make_sample(name: str, out: Path) -> list[str]:
    """Print one sample in its format and write its PDF and truth (no checks of its own)."""
    content = read_content(name)
    pdf_path = out / f"{name}.pdf"
    records = FORMATS[content["layout"]["format"]](content, pdf_path)
    write_truth(content, records, pdf_path, page_count(pdf_path))
    return []
