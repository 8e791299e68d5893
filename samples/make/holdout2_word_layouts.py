r"""Lay out the second pair of Word-made holdout samples with python-docx.

Used by ``make_holdout2_word.py`` on the content of ``holdout2_word_content.py``. Both
reports have a cover, a running header, a page-number footer and a ``body`` of blocks:
``heading`` (with ``level``), ``paragraph`` (justified prose), ``bullets`` (a bulleted
list in Word's ``List Bullet`` style), ``objective`` (an area heading paragraph
``"AREA STRATEGICA 1 – title"``) and, by layout:

* ``schede`` (Comune di Modena, portrait): ``scheda`` blocks — a two-column key/value
  table whose label cells are shaded, then, after a small gap, the indicator table with a
  shaded header row that is NOT repeated on the page a table runs onto. Both tables are
  ruled on every cell with thin grey lines. Rows never split across pages.
* ``long_tables`` (CCIAA Venezia Rovigo, landscape): ``table`` blocks in the format their
  ``ref`` names. A results table is ruled in black on every cell, its shaded header row
  is repeated on every page, objectives are shaded rows merged across the table and a
  status row is one merged cell: the phrase in bold, then `` – `` and the comment. The
  ``risorse`` table is a plain ruled table with a shaded header.

Texts carry the markup of ``render_docx.py`` (``<b>``, ``<i>``, ``\n``).
"""

from __future__ import annotations

from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docx.table import Table

from .render_docx import add_runs
from .word_layouts import (
    Page,
    _element,
    add_cover,
    add_heading,
    fill_cell,
    new_row,
    set_orientation,
    set_table_geometry,
    set_up_document,
    shade,
)

Block = dict[str, Any]
Content = dict[str, Any]

PAGE = Page(margin_top=2.3, margin_bottom=2.0, table_size=8.0)
GREY_RULE = "A6A6A6"  # thin grey lines of the Modena schede
GREY_RULE_SIZE = 4  # eighths of a point: 0.5 pt
BLACK_RULE = "000000"
LABEL_FILL = "E7E6E6"  # key cells of a scheda
MODENA_HEADER_FILL = "DEEAF6"
VENEZIA_HEADER_FILL = "D9D9D9"
OBJECTIVE_FILLS = {"strategic": "B4C6E7", "operational": "DDEBF7"}


# --------------------------------------------------------------------------- texts


def objective_text(objective: Block) -> str:
    """Return an objective heading or row as printed: ``label code – title``."""
    return f"{objective['label']} {objective['code']} – {objective['title']}"


def status_markup(row: Block) -> str:
    """Return a status row as marked up: the phrase bold, then `` – comment`` if any."""
    comment = f" – {row['comment']}" if row.get("comment") else ""
    return f"<b>{row['phrase']}</b>{comment}"


# --------------------------------------------------------------------------- tables


def row_flag(row: Any, name: str) -> None:
    """Set an on/off row property (``w:tblHeader``, ``w:cantSplit``)."""
    row._tr.get_or_add_trPr().append(_element(f"w:{name}"))


def set_rules(table: Table, colour: str, size: int) -> None:
    """Rule every cell edge of a table with single lines of one colour and size."""
    borders = _element("w:tblBorders")
    for name in ("top", "left", "bottom", "right", "insideH", "insideV"):
        attributes = {"val": "single", "sz": str(size), "space": "0", "color": colour}
        borders.append(_element(f"w:{name}", **attributes))
    table._tbl.tblPr.append(borders)


def new_table(doc: Any, widths: list[float], colour: str) -> Table:
    """Add an empty table with fixed column widths, ruled in the given colour."""
    table = doc.add_table(rows=0, cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    set_table_geometry(table, widths, PAGE)
    set_rules(table, colour, GREY_RULE_SIZE if colour == GREY_RULE else 6)
    return table


def add_header_row(table: Table, widths: list[float], labels: list[str], fill: str) -> Any:
    """Add a bold, shaded header row that never splits; return it."""
    row = new_row(table, widths)
    row_flag(row, "cantSplit")
    for cell, label in zip(row.cells, labels, strict=True):
        fill_cell(cell, label, PAGE, bold=True)
        shade(cell, fill)
    return row


def add_cells_row(
    table: Table, widths: list[float], cells: list[str | None], centre: set[int]
) -> None:
    """Add a row of plain cells that never splits across pages."""
    row = new_row(table, widths)
    row_flag(row, "cantSplit")
    for index, (cell, text) in enumerate(zip(row.cells, cells, strict=True)):
        fill_cell(cell, text or "", PAGE)
        if index in centre:
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


def add_merged_row(table: Table, widths: list[float], markup: str, fill: str | None) -> None:
    """Add one cell merged across the table (shaded when ``fill`` is given)."""
    row = new_row(table, widths)
    row_flag(row, "cantSplit")
    cell = row.cells[0].merge(row.cells[-1])
    fill_cell(cell, markup, PAGE)
    if fill:
        shade(cell, fill)


def add_scheda(doc: Any, scheda: Block, content: Content) -> None:
    """Add a scheda obiettivo: the key/value table, a gap, then its indicator table."""
    widths: list[float] = content["scheda_widths"]
    table = new_table(doc, widths, GREY_RULE)
    for label, value in scheda["pairs"]:
        row = new_row(table, widths)
        row_flag(row, "cantSplit")
        fill_cell(row.cells[0], label, PAGE, bold=True)
        shade(row.cells[0], LABEL_FILL)
        fill_cell(row.cells[1], value, PAGE)
    gap = doc.add_paragraph()
    gap.paragraph_format.space_after = Pt(2)
    gap.add_run("").font.size = Pt(4)

    spec = content["indicator_table"]
    table = new_table(doc, spec["widths"], GREY_RULE)
    add_header_row(table, spec["widths"], spec["header"], MODENA_HEADER_FILL)  # not repeated
    targets = {i for i, field in enumerate(spec["fields"]) if field.startswith("target")}
    for row in scheda["rows"]:
        add_cells_row(table, spec["widths"], row["cells"], targets)
    end = doc.add_paragraph()
    end.paragraph_format.space_after = Pt(10)


def add_results_table(doc: Any, spec: Block) -> None:
    """Add a long results table (header repeated) or, without ``fields``, a plain one."""
    widths: list[float] = spec["widths"]
    table = new_table(doc, widths, BLACK_RULE)
    header = add_header_row(table, widths, spec["header"], VENEZIA_HEADER_FILL)
    if spec["fields"] is None:
        for row in spec["rows"]:
            add_cells_row(table, widths, row["cells"], set(range(1, len(widths))))
        return
    row_flag(header, "tblHeader")
    centre = {i for i, field in enumerate(spec["fields"]) if field in spec["centre"]}
    for row in spec["rows"]:
        if "objective" in row:
            level = row["objective"]["level"]
            markup = f"<b>{objective_text(row['objective'])}</b>"
            add_merged_row(table, widths, markup, OBJECTIVE_FILLS[level])
        elif "status" in row:
            add_merged_row(table, widths, status_markup(row), None)
        else:
            add_cells_row(table, widths, row["cells"], centre)


# --------------------------------------------------------------------------- document


def add_text(doc: Any, markup: str, size: float, **layout: Any) -> Any:
    """Add a paragraph of marked-up text with the given spacing (pt) and alignment."""
    paragraph = doc.add_paragraph()
    paragraph.alignment = layout.get("align", WD_ALIGN_PARAGRAPH.JUSTIFY)
    paragraph.paragraph_format.space_before = Pt(layout.get("before", 0))
    paragraph.paragraph_format.space_after = Pt(layout.get("after", 6))
    paragraph.paragraph_format.keep_with_next = layout.get("keep", False)
    add_runs(paragraph, markup, size, layout.get("bold", False))
    return paragraph


def add_bullets(doc: Any, items: list[str]) -> None:
    """Add a bulleted list (Word's List Bullet style, a real numbering definition)."""
    for number, item in enumerate(items):
        paragraph = doc.add_paragraph(style="List Bullet")
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        paragraph.paragraph_format.space_after = Pt(6 if number == len(items) - 1 else 2)
        add_runs(paragraph, item, PAGE.body_size)


def build_document(content: Content) -> Any:
    """Build the whole report as a python-docx Document."""
    doc = Document()
    set_up_document(doc, content["running_header"], PAGE)
    set_orientation(doc.sections[0], content["orientation"], PAGE)
    doc.core_properties.title = content["document"]["title"]
    doc.core_properties.author = content["document"]["issuer"]
    add_cover(doc, content["cover"])
    for block in content["body"]:
        paragraph = None
        if "heading" in block:
            size = 14.0 if block["level"] == 1 else 12.0
            paragraph = add_heading(doc, block["heading"], size, bold=True)
        elif "paragraph" in block:
            paragraph = add_text(doc, block["paragraph"], PAGE.body_size, before=4)
        elif "bullets" in block:
            add_bullets(doc, block["bullets"])
        elif "objective" in block:
            text = objective_text(block["objective"])
            paragraph = add_text(doc, text, 12.0, bold=True, before=10, after=5, keep=True)
        elif "scheda" in block:
            add_scheda(doc, block["scheda"], content)
        elif "table" in block:
            add_results_table(doc, block["table"])
        else:
            raise ValueError(f"unknown body block: {block!r:.80}")
        if paragraph is not None and block.get("new_page"):
            paragraph.paragraph_format.page_break_before = True
    return doc
