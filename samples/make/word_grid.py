"""Word documents whose indicators form one long table (python-docx printed by LibreOffice
Writer), the columns given once for the document (``fields``, ``widths``, header).

* ``comune-padova-2023-peg``: a two-row header under a spanning ``Anno 2023``, uppercase
  ``LINEA STRATEGICA 2:`` headings;
* ``unibo-2022-relazione``: borderless without row spacing, landscape, a chart page and a
  staff table.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from PIL import Image, ImageDraw, ImageFont

from . import writer
from .office import print_pdf
from .truth import RECORD_KEYS, check_met, value_fields, write_truth
from .truth import load_content as read_content
from .word_tables import Hierarchy

Block = dict[str, Any]
Content = dict[str, Any]

HEADER_FILL = "D9D9D9"
BORDER_SIDES = ("top", "left", "bottom", "right", "insideH", "insideV")


# --------------------------------------------------------------------------- low level


def dxa(cm: float) -> str:
    """Return a length in cm as twentieths of a point."""
    return str(round(cm * writer.TWIPS_PER_CM))


def set_table_geometry(
    table: Table, widths: list[float], page: writer.Page, borderless: bool
) -> None:
    """Fix the column widths and cell margins; a borderless table gets no borders at all."""
    tbl_pr = table._tbl.tblPr
    tbl_pr.append(writer.element("w:tblW", w=dxa(sum(widths)), type="dxa"))
    tbl_pr.append(writer.element("w:tblInd", w="0", type="dxa"))
    if borderless:
        borders = writer.element("w:tblBorders")
        for side in BORDER_SIDES:
            borders.append(writer.element(f"w:{side}", val="nil"))
        tbl_pr.append(borders)
    tbl_pr.append(writer.element("w:tblLayout", type="fixed"))
    margins = writer.element("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        width = page.cell_margin if side in ("left", "right") else 0.0
        margins.append(writer.element(f"w:{side}", w=dxa(width), type="dxa"))
    tbl_pr.append(margins)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)


def fill_cell(cell: _Cell, markup: str, size: float, spacing: float, bold: bool = False) -> None:
    """Write marked-up text into a cell's first paragraph with the given spacing (pt)."""
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_before = Pt(spacing)
    paragraph.paragraph_format.space_after = Pt(spacing)
    writer.add_runs(paragraph, markup, size, bold)


def add_page_number(paragraph: Paragraph, prefix: str, size: float) -> None:
    """Append ``prefix`` and a PAGE field to a paragraph."""
    if prefix:
        writer.add_runs(paragraph, prefix, size)
    writer.add_page_field(paragraph, size)


# --------------------------------------------------------------------------- tables


def add_two_row_header(table: Table, content: Content, page: writer.Page) -> None:
    """Add the two header rows, merging cells where ``header_rows`` has ``null``."""
    widths: list[float] = content["widths"]
    first, second = content["header_rows"]
    for _ in range(2):  # not marked as header rows: not repeated on the next page
        writer.new_row(table, widths, cant_split=True)
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
        writer.shade(cell, HEADER_FILL)


def add_indicator_table(doc: Any, rows: list[Block], content: Content, page: writer.Page) -> None:
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
        header = writer.new_row(table, widths, cant_split=False)
        for cell, text in zip(header.cells, content["header"], strict=True):
            fill_cell(cell, text, size, spacing, bold=True)
    for item in rows:
        row = writer.new_row(table, widths, cant_split=peg)
        if "status" in item:
            comment = f": {item['comment']}" if item.get("comment") else ""
            cell = row.cells[0].merge(row.cells[-1])
            fill_cell(cell, f"<b>{item['phrase']}</b>{comment}", size, spacing)
        else:
            for cell, text in zip(row.cells, item["cells"], strict=True):
                fill_cell(cell, text or "", size, spacing)


def add_plain_table(doc: Any, spec: Block, content: Content, page: writer.Page) -> None:
    """Add a small borderless table of figures (bold header, numbers right-aligned)."""
    widths: list[float] = spec["widths"]
    table = doc.add_table(rows=0, cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    set_table_geometry(table, widths, page, borderless=True)
    for number, cells in enumerate([spec["header"], *spec["rows"]]):
        row = writer.new_row(table, widths, cant_split=True)
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
    writer.add_runs(caption, f"<i>{figure['caption']}</i>", content["table_size"])


# --------------------------------------------------------------------------- document


def objective_text(content: Content, objective: Block) -> str:
    """Return an objective heading as printed, by the content's ``objective_format``."""
    text: str = content["objective_format"].format(**objective)
    return text


def set_up_document(doc: Any, content: Content, page: writer.Page) -> None:
    """Set the base style, A4 in the content's orientation, running header and footer."""
    writer.base_style(doc, page)
    section = doc.sections[0]
    writer.set_orientation(section, content["orientation"], page)
    section.different_first_page_header_footer = True  # the cover has neither

    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.LEFT
    writer.add_runs(header, f"<i>{content['running_header']}</i>", 8)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_number(footer, content.get("page_label", ""), 8)


def add_heading_paragraph(doc: Any, text: str, size: float, space_before: float) -> Paragraph:
    """Add a bold paragraph kept with what follows it."""
    paragraph = doc.add_paragraph()
    layout = paragraph.paragraph_format
    layout.space_before, layout.space_after = Pt(space_before), Pt(4)
    layout.keep_with_next = True
    writer.add_runs(paragraph, text, size, bold=True)
    return paragraph


def build_document(content: Content, page: writer.Page) -> Any:
    """Build the whole report as a python-docx Document."""
    doc = Document()
    set_up_document(doc, content, page)
    doc.core_properties.title = content["document"]["title"]
    doc.core_properties.author = content["document"]["issuer"]
    writer.add_cover(doc, content["cover"], 80)
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
            writer.add_runs(paragraph, block["paragraph"], page.body_size)
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

Record = dict[str, Any]


# --------------------------------------------------------------------------- content


def load_content(name: str) -> Content:
    """Read ``NAME.content.json`` and check its blocks and layout checks."""
    content: Content = read_content(name)
    lengths = {len(content["fields"]), len(content["widths"]), len(column_labels(content))}
    if len(lengths) != 1:
        raise ValueError(f"{name}: fields, widths and header differ in length")
    return content


def column_labels(content: Content) -> list[str]:
    """Return each column's full header label (a spanning label, then its own one).

    >>> column_labels({"header_rows": [["A", "Anno 2023", None], [None, "x", "y"]]})
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
        for field, label in zip(content["fields"], column_labels(content), strict=True)
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
        text = writer.plain(cell)
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


def build_records(content: Content) -> list[Record]:
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
                    status_text=writer.plain(row["phrase"]),
                    comment=writer.plain(row.get("comment")),
                )
    return records


# --------------------------------------------------------------------------- pdf


def locate_rows(pages: list[writer.PdfPage], content: Content) -> list[tuple[int, int]]:
    """Return the 1-based (page, page_end) of every indicator row, in document order."""
    spec = {"widths": content["widths"], "header": column_labels(content)}
    column = content["fields"].index("indicator")
    rows = [(spec, column, row["cells"]) for row in table_rows(content)]
    return [(page, page_end) for page, _, page_end in writer.locate_rows(pages, rows)]


# --------------------------------------------------------------------------- main


def make_sample(name: str, out: Path) -> list[str]:
    """Render one sample and write its PDF and truth; return the failed layout checks."""
    content = load_content(name)
    records = build_records(content)
    document = build_document(content, writer.Page(table_size=content["table_size"]))
    pdf_path = print_pdf(document, ".docx", out / f"{name}.pdf")
    pages = writer.read_pdf(pdf_path, writer.Page())
    for record, (page, page_end) in zip(records, locate_rows(pages, content), strict=True):
        record.update(page=page, page_end=page_end)
    write_truth(content, records, pdf_path, len(pages))
    return []
