"""The documents of the Word formats: page set-up, running header and footer, cover,
then the body's headings, paragraphs, lists, figures and tables in order."""

from __future__ import annotations

import io
import math
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph
from PIL import Image, ImageDraw, ImageFont

from .content import (
    Block,
    Content,
    Item,
    area_text,
    grid_objective_text,
    merged_objective_text,
    objective_text,
    operational_text,
    strategic_text,
)
from .document import (
    AREAS_PAGE,
    STATUS_ROWS_PAGE,
    Page,
    add_cover,
    add_heading,
    add_heading_paragraph,
    add_page_field,
    add_page_number,
    add_runs,
    add_section,
    add_text,
    add_toc,
    base_style,
    fill_cell,
    new_document,
    set_orientation,
)
from .tables import (
    add_indicator_table,
    add_plain_table,
    add_row,
    add_scheda,
    blocks_table,
    ruled_table,
    status_rows_table,
    tables_add_table,
)


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


FONT = "Liberation Sans"
BODY_SIZE = 10.5
ACCENT = RGBColor(0x00, 0x4A, 0x8F)


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
