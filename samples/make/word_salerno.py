"""Comune di Salerno, Relazione sulla performance 2022 (``comune-salerno-2022-relazione``), a
Word document printed by LibreOffice Writer: portrait with one landscape section in the
middle, ``OBIETTIVO N. 3`` headings, ruled tables whose header is not repeated, a row
split over a page break, a ``✔ Raggiunto`` status column, a closing section.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pdfplumber
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from . import writer
from .office import print_pdf
from .readback import page_count
from .truth import Record, load_content, objective_context, plain, row_records, write_truth
from .word_kv import set_rules

PAGE = writer.Page()  # the geometry writer's row finder assumes (left margin 2 cm)
STATUS = {
    "✔ Raggiunto": "achieved",
    "◐ Parzialmente raggiunto": "partially_achieved",
    "✘ Non raggiunto": "not_achieved",
}
HEADER_FILL = "D9E2F3"
Content = dict[str, Any]
Block = dict[str, Any]


def objective_text(objective: Block) -> str:
    """Return an objective heading as printed."""
    return f"{objective['label']} {objective['code']} – {objective['title']}"


# --------------------------------------------------------------------------- docx


def add_table(doc: Any, spec: Block) -> None:
    """Add a ruled results table: shaded header (not repeated), rows free to split."""
    widths: list[float] = spec["widths"]
    table = doc.add_table(rows=0, cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    writer.set_table_geometry(table, widths, PAGE)
    set_rules(table, "000000", 4)
    header = writer.new_row(table, widths)
    for cell, label in zip(header.cells, spec["header"], strict=True):
        writer.fill_cell(cell, label, PAGE, bold=True)
        writer.shade(cell, HEADER_FILL)
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for item in spec["rows"]:
        cells = writer.new_row(table, widths).cells
        for index, (cell, text) in enumerate(zip(cells, item["cells"], strict=True)):
            writer.fill_cell(cell, text or "", PAGE)
            if spec["fields"][index] in ("target", "actual", "achievement"):
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    gap = doc.add_paragraph()
    gap.paragraph_format.space_after = Pt(4)


def build_document(content: Content) -> Any:
    """Build the report as a python-docx Document."""
    doc = Document()
    writer.set_up_document(doc, content["running_header"], PAGE)
    doc.core_properties.title = "Relazione sulla performance 2022"
    doc.core_properties.author = content["document"]["issuer"]
    writer.add_cover(doc, content["cover"])
    for block in content["body"]:
        if "heading" in block:
            writer.add_heading(doc, block["heading"], 14.0, bold=True)
        elif "paragraph" in block:
            paragraph = doc.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            paragraph.paragraph_format.space_before = Pt(4)
            paragraph.paragraph_format.space_after = Pt(6)
            writer.add_runs(paragraph, block["paragraph"], PAGE.body_size)
        elif "objective" in block:
            objective = block["objective"]
            size = 11.5 if objective["level"] == "strategic" else 10.0
            writer.add_heading(doc, objective_text(objective), size, bold=True)
        elif "section" in block:
            writer.add_section(doc, block["section"], PAGE)
        elif "table" in block:
            add_table(doc, block["table"])
        else:
            raise ValueError(f"unknown block {block!r:.60}")
    return doc


def render(content: Content, pdf_path: Path) -> Path:
    """Build the document and print it to ``pdf_path``."""
    return print_pdf(build_document(content), ".docx", pdf_path)


# --------------------------------------------------------------------------- records


def build_records(content: Content) -> list[Record]:
    """Make one record per indicator row (pages unset), hand-written values re-checked."""
    context: Record = {}
    records = []
    for block in content["body"]:
        if "objective" in block:
            objective = block["objective"]
            code = objective["code"]
            context = objective_context(objective["level"], code, objective["title"])
            continue
        if "table" not in block:
            continue
        spec = block["table"]
        for item in spec["rows"]:
            status_text = item["cells"][spec["fields"].index("status_text")]
            if STATUS[status_text] != item["parsed"]["status"]:
                raise ValueError(f"{status_text}: not the status of {item['parsed']}")
            records += row_records(spec["fields"], item["cells"], item["parsed"], context)
    return records


def indicator_rows(content: Content) -> list[tuple[Block, Block]]:
    """Return ``(table format, row)`` of every indicator row, in order."""
    return [
        (block["table"], item)
        for block in content["body"]
        if "table" in block
        for item in block["table"]["rows"]
    ]


def locate_rows(pdf_path: Path, content: Content) -> list[tuple[int, int, float]]:
    """Return the 1-based (page, page_end) and start top of every indicator row."""
    pages = writer.read_pdf(pdf_path, PAGE)
    rows = [(spec, 0, item["cells"]) for spec, item in indicator_rows(content)]
    return [(page, page_end, top) for page, top, page_end in writer.locate_rows(pages, rows)]


# --------------------------------------------------------------------------- checks


def column_edges(widths: list[float]) -> list[float]:
    """Return the x (pt) of each column edge of a table."""
    left = (PAGE.margin_left - PAGE.cell_margin) * writer.POINTS_PER_CM
    return [left + sum(widths[:i]) * writer.POINTS_PER_CM for i in range(len(widths) + 1)]


def check_pdf(pdf_path: Path, content: Content, spans: list[tuple[int, int, float]]) -> list[str]:
    """Print the layout features the PDF shows; return those that are missing."""
    problems: list[str] = []
    rows = indicator_rows(content)
    with pdfplumber.open(pdf_path) as pdf:
        pages = list(pdf.pages)
        shape = "".join("L" if p.width > p.height else "P" for p in pages)
        print(f"  {len(pages)} pages, orientations {shape}")
        wide = {page for (spec, _), (page, _, _) in zip(rows, spans, strict=True)
                if len(spec["widths"]) == 7}  # fmt: skip
        first, last = min(wide), max(wide)
        if not (shape[: first - 1].strip("P") == "" and shape[first - 1 : last] == "L" * len(wide)
                and shape[last:] and shape[last:].strip("P") == ""):  # fmt: skip
            problems.append(f"the wide table is not alone in a landscape section: {shape}")
        else:
            print(f"  landscape section: page(s) {sorted(wide)} hold the widest table")
        unruled = []
        for (spec, _), (page, _, _) in zip(rows, spans, strict=True):
            edges = [e for e in pages[page - 1].edges if e["orientation"] == "v"]
            for x in column_edges(spec["widths"]):
                if not any(abs(e["x0"] - x) < 2 for e in edges):
                    unruled.append((page, round(x)))
        if unruled:
            problems.append(f"column edges without a vertical rule: {sorted(set(unruled))[:6]}")
        else:
            print("  every column edge of every table ruled on every page of its rows")
        split = [(item, span) for (_, item), span in zip(rows, spans, strict=True)
                 if span[1] > span[0]]  # fmt: skip
        if not split:
            problems.append("no indicator row is split across a page break")
        for item, (page, page_end, _) in split:
            cont = pages[page_end - 1]
            body_top = PAGE.margin_top * writer.POINTS_PER_CM - 4
            words = [w for w in cont.extract_words() if w["top"] >= body_top]
            top_text = writer.squash("".join(w["text"] for w in words[:6]))
            header_above = any(
                w["text"] == "atteso" for w in words if w["top"] < words[0]["top"] + 30
            )
            if header_above or top_text[:10] not in writer.squash(item["cells"][0]):
                problems.append(
                    f"page {page_end}: split row not at the page top, or header repeated"
                )
            else:
                print(f"  row {plain(item['cells'][0])!r:.40} split over pages {page}-{page_end};"
                      f" page {page_end} opens with its rest, header NOT repeated")  # fmt: skip
        last_page = spans[-1][1]
        text = writer.squash(
            "".join(w["text"] for p in pages[last_page - 1 :] for w in p.extract_words())
        )
        after = [b["paragraph"] for b in content["body"][-2:]]
        if "3.Conclusioni" not in text or not all(writer.squash(p)[:40] in text for p in after):
            problems.append("the Conclusioni section is not printed after the last table")
        else:
            print("  'Conclusioni' heading and two prose paragraphs after the last table")
    return problems


def make_sample(name: str, out: Path) -> list[str]:
    """Build the Word sample; return the failed layout checks."""
    content = writer.resolve(load_content(name))
    records = build_records(content)
    pdf_path = render(content, out / f"{name}.pdf")
    spans = locate_rows(pdf_path, content)
    for record, (page, page_end, _) in zip(records, spans, strict=True):
        record.update(page=page, page_end=page_end)
    write_truth(content, records, pdf_path, page_count(pdf_path))
    return check_pdf(pdf_path, content, spans)
