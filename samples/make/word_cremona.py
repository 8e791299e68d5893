"""Camera di Commercio di Cremona, Relazione sulla Performance 2020 (``cremona-2020``): the
one sample transcribed from a published report. A Word document (python-docx) printed by
LibreOffice Writer: 5-column ruled tables (``Descrizione | Tipo | Valore Atteso | Valore
Raggiunto | Note``), heading and status rows merged across the table, rows split across
page breaks, the header row repeated, type words broken by the narrow ``Tipo`` column.

The content's ``body`` is an ordered list of blocks, each a table (``rows``) or paragraphs
printed between tables. Items: area/strategic/operational headings (code and printed
line), ``title``, ``label`` (``Indicatori``), ``header``, ``indicator`` (the five cells and
the hand-written parsed values), ``status``, ``text``. Markup in text: ``<b>``, ``<i>``,
``\n`` a line break in a cell.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt

from . import writer
from .office import print_pdf
from .truth import RECORD_KEYS, checked_met, load_content, write_truth

Item = dict[str, Any]
Content = dict[str, Any]


#: The page (2 cm margins) and type sizes; cells in 9 pt.
PAGE = writer.Page(margin_top=2.0, margin_bottom=2.0, table_size=9.0)
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


def add_table(doc: Any, table_block: dict[str, Any]) -> None:
    """Add a ruled table: header/indicator rows in five cells, other rows merged."""
    table = doc.add_table(rows=0, cols=len(COLUMNS))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    writer.set_table_geometry(table, COLUMNS, PAGE)
    for position, item in enumerate(table_block["rows"]):
        row = table.add_row()
        for cell, width in zip(row.cells, COLUMNS, strict=True):
            cell.width = Cm(width)
        if item["kind"] in ("header", "indicator"):
            is_header = item["kind"] == "header"
            for cell, text in zip(row.cells, item["cells"], strict=True):
                writer.fill_cell(cell, text, PAGE, bold=is_header)
            if is_header and position == 0 and table_block.get("repeat_header"):
                writer.mark_repeating_header(row._tr)
        else:
            writer.fill_cell(row.cells[0].merge(row.cells[-1]), item["text"], PAGE)


def add_between_tables(doc: Any, items: list[Item]) -> None:
    """Add headings and status/comment texts as paragraphs between tables."""
    for item in items:
        paragraph = doc.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(3)
        paragraph.paragraph_format.space_after = Pt(3)
        writer.add_runs(paragraph, item["text"], PAGE.table_size)


def add_page_number_footer(section: Any) -> None:
    """Put a centred page number (a PAGE field) on every page but the cover."""
    section.different_first_page_header_footer = True
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    writer.add_page_field(paragraph)


def set_up_page(doc: Any) -> None:
    """Set A4 portrait page, margins, base font and footer."""
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(PAGE.short), Cm(PAGE.long)
    section.top_margin, section.bottom_margin = Cm(PAGE.margin_top), Cm(PAGE.margin_bottom)
    section.left_margin, section.right_margin = Cm(PAGE.margin_left), Cm(PAGE.margin_right)
    normal = doc.styles["Normal"]
    normal.font.name = PAGE.font
    normal.font.size = Pt(PAGE.table_size)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    add_page_number_footer(section)


def build_document(content: Content, title: str) -> Any:
    """Build the report as a python-docx Document: cover, premessa, then the body."""
    doc = Document()
    set_up_page(doc)
    doc.core_properties.title = title
    doc.core_properties.author = content["document"]["issuer"]

    for number, line in enumerate(content["cover"]):
        paragraph = doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_before = Pt(120 if number == 0 else 18)
        writer.add_runs(paragraph, line["text"], line["size"])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for entry in content["premessa"]:
        paragraph = doc.add_paragraph()
        heading = entry["style"] == "heading"
        paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT if heading else WD_ALIGN_PARAGRAPH.JUSTIFY
        paragraph.paragraph_format.space_after = Pt(8 if heading else 6)
        writer.add_runs(paragraph, entry["text"], PAGE.body_size + (2 if heading else 0))

    previous_was_table = False
    for block in content["body"]:
        is_table = "table" in block
        if is_table:
            if previous_was_table:  # keep adjacent tables apart, as Word would join them
                doc.add_paragraph()
            add_table(doc, block["table"])
        else:
            add_between_tables(doc, block["paragraphs"])
        previous_was_table = is_table
    return doc


# --------------------------------------------------------------------------- pdf


TITLE = "Relazione sulla Performance 2020"

Record = dict[str, Any]

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
    text = writer.plain(item["text"]) or ""
    for phrase, status in STATUS_PHRASES.items():
        if text.startswith(phrase):
            if status != item["status"]:
                raise ValueError(f"status row says {phrase!r}, annotated {item['status']!r}")
            return status, phrase, writer.plain(text[len(phrase) :])
    raise ValueError(f"status row does not start with a status phrase: {text[:60]!r}")


def new_record(item: Item, context: dict[str, Any]) -> Record:
    """Make the record of one indicator row (page numbers and comment still unset)."""
    description, kind, target, actual, notes = (writer.plain(cell) for cell in item["cells"])
    record: Record = dict.fromkeys(RECORD_KEYS)
    record.update(context)
    record.update(indicator=description, type=kind, target=target, actual=actual, notes=notes)
    record.update(parsed_fields(item, "target"))
    record.update(parsed_fields(item, "actual"))
    record["met"] = checked_met(description or "", item["met"], record)
    if actual == SUSPENDED_TEXT:
        record.update(status="suspended", status_text=SUSPENDED_TEXT)
    return record


def build_records(content: Content) -> list[Record]:
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
            code, title = item["code"], writer.plain(item.get("title"))
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
            context["objective_title"] = writer.plain(item["text"])
            if untitled["kind"] == "area":
                area_titles[untitled["code"]] = context["area_title"] = writer.plain(item["text"])
            untitled = None
        elif kind in ("label", "header"):
            close_comment()
        elif kind == "indicator":
            close_comment()
            records.append(new_record(item, context))
            comment = []
        elif kind == "status":
            if comment is None or records[-1]["status"] is not None:
                raise ValueError(f"status row not right after an indicator: {item['text'][:60]!r}")
            status, phrase, rest = split_status(item)
            records[-1].update(status=status, status_text=phrase)
            comment.extend([rest] if rest else [])
        elif kind == "text":
            if comment is not None:
                comment.append(writer.plain(item["text"]) or "")
        else:
            raise ValueError(f"unknown item kind {kind!r}")
    close_comment()
    return records


# --------------------------------------------------------------------------- checks


def table_view(content: Content) -> dict[str, Any]:
    """The table's column widths and header, as :mod:`writer`'s row finder reads them."""
    return {"widths": COLUMNS, "header": header_cells(content)}


def locate_rows(pages: list[writer.PdfPage], content: Content) -> list[tuple[int, int]]:
    """Return the 1-based (page, page_end) of every indicator row, in document order."""
    view = table_view(content)
    rows = [(view, 0, item["cells"]) for item in all_items(content) if item["kind"] == "indicator"]
    return [(page, page_end) for page, _, page_end in writer.locate_rows(pages, rows)]


# --------------------------------------------------------------------------- main


def make_sample(name: str, out: Path) -> list[str]:
    """Build the PDF and the truth file; return the failed layout checks."""
    content = load_content(name)
    records = build_records(content)
    pdf_path = print_pdf(build_document(content, TITLE), ".docx", out / f"{name}.pdf")
    pages = writer.read_pdf(pdf_path, PAGE)
    for record, (page, page_end) in zip(records, locate_rows(pages, content), strict=True):
        record.update(page=page, page_end=page_end)
    write_truth(content, records, pdf_path, len(pages))
    return []
