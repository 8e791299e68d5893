r"""Lay out the ``make_word2_samples.py`` reports as Word documents (python-docx).

Two table styles, chosen by the content's ``style``:

* ``peg``: a ruled grid (every border) whose header is two rows, given as ``header_rows``:
  a ``null`` in the first row continues the cell on its left (a horizontal span, e.g. one
  ``Anno 2023`` over two columns), a ``null`` in the second row continues the cell above
  (a vertical merge). Rows cannot break across pages, and the header is not repeated on
  the page a table runs on to. Status rows are one cell merged across the table: the
  phrase in bold, then ``: `` and the comment.
* ``borderless``: no borders, no shading, no top/bottom cell margins and no paragraph
  spacing, so a new row starts one line pitch below the last line of the row before, as a
  new line inside a multi-line cell would. The header row is bold.

The content's ``body`` is an ordered list of blocks, each a dict with one of the keys
``heading`` (``level`` 1 or 2), ``paragraph``, ``objective`` (``label``, ``code``,
``title``, printed by the content's ``objective_format``), ``table`` (``rows``: indicator
rows with ``cells``, status rows with ``status``/``phrase``/``comment``), ``plain_table``
(``widths``, ``header``, ``rows``: a table of figures in the borderless style, e.g.
staff numbers), ``figure`` (``bars`` ``[label, value]`` drawn as a bar chart image,
``caption``, ``title``). A block may set ``new_page``. Texts use the markup of
``render_docx.py`` (``<b>``, ``<i>``, ``\n``).
"""

from __future__ import annotations

import io
import math
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from PIL import Image, ImageDraw, ImageFont

from .render_docx import TWIPS_PER_CM, add_runs
from .word_layouts import Page

Block = dict[str, Any]
Content = dict[str, Any]

HEADER_FILL = "D9D9D9"
BORDER_SIDES = ("top", "left", "bottom", "right", "insideH", "insideV")


# --------------------------------------------------------------------------- low level


def element(name: str, **attributes: str) -> Any:
    """Build a ``w:`` element with ``w:`` attributes."""
    node = OxmlElement(name)
    for key, value in attributes.items():
        node.set(qn(f"w:{key}"), value)
    return node


def dxa(cm: float) -> str:
    """Return a length in cm as twentieths of a point."""
    return str(round(cm * TWIPS_PER_CM))


def set_table_geometry(table: Table, widths: list[float], page: Page, borderless: bool) -> None:
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


def new_row(table: Table, widths: list[float], cant_split: bool) -> Any:
    """Add a row whose cells have the column widths; optionally forbid breaking it."""
    row = table.add_row()
    for cell, width in zip(row.cells, widths, strict=True):
        cell.width = Cm(width)
    if cant_split:
        row._tr.get_or_add_trPr().append(element("w:cantSplit"))
    return row


def fill_cell(cell: _Cell, markup: str, size: float, spacing: float, bold: bool = False) -> None:
    """Write marked-up text into a cell's first paragraph with the given spacing (pt)."""
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_before = Pt(spacing)
    paragraph.paragraph_format.space_after = Pt(spacing)
    add_runs(paragraph, markup, size, bold)


def shade(cell: _Cell, fill: str) -> None:
    """Give a cell a solid background colour."""
    cell._tc.get_or_add_tcPr().append(element("w:shd", val="clear", color="auto", fill=fill))


def add_page_number(paragraph: Paragraph, prefix: str, size: float) -> None:
    """Append ``prefix`` and a PAGE field to a paragraph."""
    if prefix:
        add_runs(paragraph, prefix, size)
    field = element("w:fldSimple", instr="PAGE")
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    properties.append(element("w:sz", val=str(round(size * 2))))
    run.append(properties)
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


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
        fill_cell(cell, labels[key] or "", content["table_size"], 1, bold=True)
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cell.paragraphs[0].paragraph_format.keep_with_next = True  # header stays with a row
        cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
        shade(cell, HEADER_FILL)


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
    set_table_geometry(table, widths, page, borderless=not peg)
    if peg:
        add_two_row_header(table, content, page)
    else:
        header = new_row(table, widths, cant_split=False)
        for cell, text in zip(header.cells, content["header"], strict=True):
            fill_cell(cell, text, size, spacing, bold=True)
    for item in rows:
        row = new_row(table, widths, cant_split=peg)
        if "status" in item:
            comment = f": {item['comment']}" if item.get("comment") else ""
            cell = row.cells[0].merge(row.cells[-1])
            fill_cell(cell, f"<b>{item['phrase']}</b>{comment}", size, spacing)
        else:
            for cell, text in zip(row.cells, item["cells"], strict=True):
                fill_cell(cell, text or "", size, spacing)


def add_plain_table(doc: Any, spec: Block, content: Content, page: Page) -> None:
    """Add a small borderless table of figures (bold header, numbers right-aligned)."""
    widths: list[float] = spec["widths"]
    table = doc.add_table(rows=0, cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    set_table_geometry(table, widths, page, borderless=True)
    for number, cells in enumerate([spec["header"], *spec["rows"]]):
        row = new_row(table, widths, cant_split=True)
        last = number == len(spec["rows"])
        for column, (cell, text) in enumerate(zip(row.cells, cells, strict=True)):
            fill_cell(cell, text, content["table_size"], 0.0, bold=number == 0 or last)
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


def objective_text(content: Content, objective: Block) -> str:
    """Return an objective heading as printed, by the content's ``objective_format``."""
    text: str = content["objective_format"].format(**objective)
    return text


def set_up_document(doc: Any, content: Content, page: Page) -> None:
    """Set the base style, A4 in the content's orientation, running header and footer."""
    normal = doc.styles["Normal"]
    normal.font.name = page.font
    normal.font.size = Pt(page.body_size)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    section = doc.sections[0]
    landscape = content["orientation"] == "landscape"
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    short, long = Cm(page.short), Cm(page.long)
    section.page_width, section.page_height = (long, short) if landscape else (short, long)
    section.top_margin, section.bottom_margin = Cm(page.margin_top), Cm(page.margin_bottom)
    section.left_margin, section.right_margin = Cm(page.margin_left), Cm(page.margin_right)
    section.header_distance = Cm(page.header_distance)
    section.footer_distance = Cm(page.footer_distance)
    section.different_first_page_header_footer = True  # the cover has neither

    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.LEFT
    add_runs(header, f"<i>{content['running_header']}</i>", 8)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_number(footer, content.get("page_label", ""), 8)


def add_cover(doc: Any, cover: list[Block]) -> None:
    """Print the cover lines centred, then break to the next page."""
    for number, line in enumerate(cover):
        paragraph = doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_before = Pt(
            line.get("space_before", 80 if not number else 14)
        )
        add_runs(paragraph, line["text"], line["size"])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def add_heading_paragraph(doc: Any, text: str, size: float, space_before: float) -> Paragraph:
    """Add a bold paragraph kept with what follows it."""
    paragraph = doc.add_paragraph()
    layout = paragraph.paragraph_format
    layout.space_before, layout.space_after = Pt(space_before), Pt(4)
    layout.keep_with_next = True
    add_runs(paragraph, text, size, bold=True)
    return paragraph


def build_document(content: Content, page: Page) -> Any:
    """Build the whole report as a python-docx Document."""
    doc = Document()
    set_up_document(doc, content, page)
    doc.core_properties.title = content["document"]["title"]
    doc.core_properties.author = content["document"]["issuer"]
    add_cover(doc, content["cover"])
    sizes: dict[str, float] = content["objective_sizes"]
    previous_was_table = False
    for block in content["body"]:
        paragraph: Paragraph | None = None
        if "heading" in block:
            size = 13.0 if block["level"] == 1 else 11.0
            paragraph = add_heading_paragraph(doc, block["heading"], size, 12)
        elif "objective" in block:
            objective = block["objective"]
            text = objective_text(content, objective)
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
