"""The Word renderer of the blocks content format (:mod:`blocks`), printed by LibreOffice.

Landscape A4 pages; indicator tables ruled on every cell with a header that spans two
rows: ``Indicatore | Tipo | Valore | Note`` over ``| | Atteso | Raggiunto |`` (``Valore``
merged across two columns, the other labels merged down both rows), both rows repeated
on every page the table runs onto. Area and objective headings, status rows
(``OBIETTIVO RAGGIUNTO …``) and free-text rows are single cells merged across the table.
Rows never break across pages. Paragraph blocks (sections, prose) go between tables.
"""

from __future__ import annotations

from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell, _Row

from .blocks import Content, Item, cell_text, heading_text
from .writer import add_page_field

FONT = "Liberation Sans"
TABLE_SIZE = 9.0
BODY_SIZE = 10.5
ACCENT = RGBColor(0x00, 0x4A, 0x8F)
HEADING_FILL = {"area": "BDD7EE", "strategic": "DDEBF7", "operational": "F2F2F2"}
HEADER_FILL = "D9D9D9"
TWIPS_PER_CM = 567


def shade(cell: _Cell, fill: str) -> None:
    """Give a cell a solid background colour."""
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def row_flag(row: _Row, name: str) -> None:
    """Set an on/off row property (``w:tblHeader``, ``w:cantSplit``)."""
    row._tr.get_or_add_trPr().append(OxmlElement(f"w:{name}"))


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
            shade(cell, HEADER_FILL)
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


def add_table(doc: Any, block: Item, content: Content) -> None:
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
                write(cell, cell_text(item, column["role"]))
            continue
        merged = row.cells[0].merge(row.cells[-1])
        if item["kind"] == "heading":
            write(merged, heading_text(item), bold=True)
            shade(merged, HEADING_FILL[item["level"]])
        elif item["kind"] == "status":
            write(merged, item.get("text") or "", lead=item["phrase"])
        elif item["kind"] == "text":
            write(merged, item["text"])
        else:
            raise ValueError(f"unknown row kind {item['kind']!r}")


def add_page_number_footer(section: Any, text: str) -> None:
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
    add_page_number_footer(section, content["footer"])


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


def build_document(content: Content) -> Any:
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
            add_table(doc, block, content)
            add_paragraph(doc, "", 4, after=4)
        elif kind == "page_break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(f"block kind {kind!r} is not used in the Word sample")
    return doc
