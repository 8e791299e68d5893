r"""Render sample-report content (``*.content.json``) to a Word document and to PDF.

The content format (see ``_about`` in ``cremona-2020.content.json``): a cover, premessa
paragraphs, then ``body``, an ordered list of blocks; each block is a table (``rows``) or
paragraphs printed between tables. Texts carry a small markup: ``<b>…</b>`` bold,
``<i>…</i>`` italic, ``\n`` a line break; any other ``<`` is text.

Tables have five ruled columns (Descrizione, Tipo, Valore Atteso, Valore Raggiunto,
Note): header and indicator rows fill the five cells, every other row (headings,
``Indicatori`` label, status, free text) is one cell merged across the table. Rows may
break across pages (Word's default), and a table whose first row is a header can mark it
as repeating at the top of each page.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

Item = dict[str, Any]
Content = dict[str, Any]

TWIPS_PER_CM = 567
POINTS_PER_CM = 72 / 2.54


@dataclass(frozen=True)
class Layout:
    """Page geometry and type sizes (lengths in cm, sizes in pt)."""

    page_width: float = 21.0
    page_height: float = 29.7
    margin_top: float = 2.0
    margin_bottom: float = 2.0
    margin_left: float = 2.0
    margin_right: float = 2.0
    # Descrizione, Tipo, Valore Atteso, Valore Raggiunto, Note. With narrow cell margins the
    # Tipo column holds STRATEGICO but breaks ORGANIZZATIVO and COLLABORAZIONE.
    columns: tuple[float, ...] = (4.6, 2.3, 2.8, 3.4, 3.9)
    cell_margin: float = 0.1
    font: str = "Arial"
    table_size: float = 9.0
    body_size: float = 10.0

    @property
    def column_edges_pt(self) -> list[float]:
        """Return the x of each column's left edge and of the table's right edge, in points."""
        edges = [self.margin_left * POINTS_PER_CM]
        for width in self.columns:
            edges.append(edges[-1] + width * POINTS_PER_CM)
        return edges


# --------------------------------------------------------------------------- markup


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


# --------------------------------------------------------------------------- content


def load_content(path: Path) -> Content:
    """Read a content file and check that every body block is a table or paragraphs."""
    content: Content = json.loads(path.read_text(encoding="utf-8"))
    for block in content["body"]:
        if ("table" in block) == ("paragraphs" in block):
            raise ValueError(f"a body block must be a table or paragraphs: {block!r:.80}")
    return content


def block_items(block: dict[str, Any]) -> list[Item]:
    """Return the items (rows or paragraphs) of one body block."""
    items: list[Item] = block["table"]["rows"] if "table" in block else block["paragraphs"]
    return items


def all_items(content: Content) -> Iterator[Item]:
    """Yield every body item in document order."""
    for block in content["body"]:
        yield from block_items(block)


def all_texts(content: Content) -> Iterator[str]:
    """Yield every printed text: cover, premessa, cells, rows and paragraphs."""
    yield from (line["text"] for line in content["cover"])
    yield from (entry["text"] for entry in content["premessa"])
    for item in all_items(content):
        yield from item.get("cells", [])
        if "text" in item:
            yield item["text"]


def header_cells(content: Content) -> list[str]:
    """Return the cells of the (first) table header row."""
    cells: list[str] = next(i["cells"] for i in all_items(content) if i["kind"] == "header")
    return cells


# --------------------------------------------------------------------------- docx


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


def _dxa(name: str, twips: float) -> Any:
    """Build a ``<w:name w:w=… w:type="dxa"/>`` element."""
    element = OxmlElement(name)
    element.set(qn("w:w"), str(round(twips)))
    element.set(qn("w:type"), "dxa")
    return element


def set_table_geometry(table: Table, layout: Layout) -> None:
    """Give the table fixed column widths and narrow left/right cell margins."""
    tbl_pr = table._tbl.tblPr
    tbl_pr.append(_dxa("w:tblW", sum(layout.columns) * TWIPS_PER_CM))
    fixed = OxmlElement("w:tblLayout")
    fixed.set(qn("w:type"), "fixed")
    tbl_pr.append(fixed)
    margins = OxmlElement("w:tblCellMar")
    margins.append(_dxa("w:left", layout.cell_margin * TWIPS_PER_CM))
    margins.append(_dxa("w:right", layout.cell_margin * TWIPS_PER_CM))
    tbl_pr.append(margins)
    for column, width in zip(table.columns, layout.columns, strict=True):
        column.width = Cm(width)


def mark_repeating_header(row_element: Any) -> None:
    """Flag a row as header row, repeated at the top of each page (``w:tblHeader``)."""
    row_element.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def fill_cell(cell: _Cell, markup: str, layout: Layout, bold: bool = False) -> None:
    """Write marked-up text into a cell's first paragraph."""
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_before = Pt(1)
    paragraph.paragraph_format.space_after = Pt(1)
    add_runs(paragraph, markup, layout.table_size, bold)


def add_table(doc: Any, table_block: dict[str, Any], layout: Layout) -> None:
    """Add a ruled table: header/indicator rows in five cells, other rows merged."""
    table = doc.add_table(rows=0, cols=len(layout.columns))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    set_table_geometry(table, layout)
    for position, item in enumerate(table_block["rows"]):
        row = table.add_row()
        for cell, width in zip(row.cells, layout.columns, strict=True):
            cell.width = Cm(width)
        if item["kind"] in ("header", "indicator"):
            is_header = item["kind"] == "header"
            for cell, text in zip(row.cells, item["cells"], strict=True):
                fill_cell(cell, text, layout, bold=is_header)
            if is_header and position == 0 and table_block.get("repeat_header"):
                mark_repeating_header(row._tr)
        else:
            fill_cell(row.cells[0].merge(row.cells[-1]), item["text"], layout)


def add_between_tables(doc: Any, items: list[Item], layout: Layout) -> None:
    """Add headings and status/comment texts as paragraphs between tables."""
    for item in items:
        paragraph = doc.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(3)
        paragraph.paragraph_format.space_after = Pt(3)
        add_runs(paragraph, item["text"], layout.table_size)


def add_page_number_footer(section: Any) -> None:
    """Put a centred page number (a PAGE field) on every page but the cover."""
    section.different_first_page_header_footer = True
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def set_up_page(doc: Any, layout: Layout) -> None:
    """Set A4 portrait page, margins, base font and footer."""
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(layout.page_width), Cm(layout.page_height)
    section.top_margin, section.bottom_margin = Cm(layout.margin_top), Cm(layout.margin_bottom)
    section.left_margin, section.right_margin = Cm(layout.margin_left), Cm(layout.margin_right)
    normal = doc.styles["Normal"]
    normal.font.name = layout.font
    normal.font.size = Pt(layout.table_size)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    add_page_number_footer(section)


def build_document(content: Content, layout: Layout, title: str) -> Any:
    """Build the report as a python-docx Document: cover, premessa, then the body."""
    doc = Document()
    set_up_page(doc, layout)
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
        add_runs(paragraph, entry["text"], layout.body_size + (2 if heading else 0))

    previous_was_table = False
    for block in content["body"]:
        is_table = "table" in block
        if is_table:
            if previous_was_table:  # keep adjacent tables apart, as Word would join them
                doc.add_paragraph()
            add_table(doc, block["table"], layout)
        else:
            add_between_tables(doc, block["paragraphs"], layout)
        previous_was_table = is_table
    return doc


# --------------------------------------------------------------------------- pdf
