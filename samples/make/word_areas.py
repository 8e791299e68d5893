"""Word documents ordered by area or strategic objective (python-docx printed by LibreOffice
Writer); the content names the table's ``header`` and column ``widths`` (cm).

* ``universita-pisa-2023-relazione``: ``Area strategica: Ricerca`` without code, the
  objective (``OB.R.1``) merged down over its indicators, ``Valore finale``, a closing
  note after the table;
* ``comune-perugia-2024-piano``: landscape, ``Obiettivo operativo 2.3:`` paragraphs,
  ``Valore di partenza (2023)``, text and quantity targets per year.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docx.table import Table

from . import writer
from .office import print_pdf
from .truth import check_met, load_content, new_record, objective_context, value_fields, write_truth

Content = dict[str, Any]
PAGE = writer.Page(margin_top=2.3, margin_bottom=2.0, table_size=8.0)
HEADER_FILL = "D9E2F3"


def area_text(area: Content) -> str:
    """Return a Pisa area heading as printed."""
    return f"Area strategica: {area['title']}"


def pisa_objective_text(objective: Content) -> str:
    """Return a Pisa objective cell as printed: ``code – title``."""
    return f"{objective['code']} – {objective['title']}"


def strategic_text(objective: Content) -> str:
    """Return a Perugia strategic heading as printed."""
    return f"Obiettivo strategico {objective['code']}: {objective['title']}"


def operational_text(objective: Content) -> str:
    """Return a Perugia operational heading as printed."""
    return f"Obiettivo operativo {objective['code']}: {objective['title']}"


# --------------------------------------------------------------------------- docx


def row_flag(row: Any, name: str) -> None:
    """Set an on/off row property (``w:tblHeader``, ``w:cantSplit``)."""
    row._tr.get_or_add_trPr().append(writer.element(f"w:{name}"))


def ruled_table(doc: Any, widths: list[float], header: list[str]) -> Table:
    """Add a table ruled on every edge in black, with a shaded, repeated header row."""
    table = doc.add_table(rows=0, cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    writer.set_table_geometry(table, widths, PAGE)
    borders = writer.element("w:tblBorders")
    for name in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(writer.element(f"w:{name}", val="single", sz="6", space="0", color="000000"))
    table._tbl.tblPr.append(borders)
    row = writer.new_row(table, widths)
    row_flag(row, "cantSplit")
    row_flag(row, "tblHeader")
    for cell, label in zip(row.cells, header, strict=True):
        writer.fill_cell(cell, label, PAGE, bold=True)
        writer.shade(cell, HEADER_FILL)
    return table


def add_row(table: Table, widths: list[float], cells: list[str | None], first: int) -> Any:
    """Add a row that never splits; cells from column ``first`` on are filled."""
    row = writer.new_row(table, widths)
    row_flag(row, "cantSplit")
    for cell, text in zip(row.cells[first:], cells, strict=True):
        writer.fill_cell(cell, text or "", PAGE)
    return row


def add_text(doc: Any, markup: str, size: float, bold: bool = False, keep: bool = False) -> Any:
    """Add a justified paragraph."""
    return writer.add_text(doc, markup, size, before=6 if bold else 2, bold=bold, keep=keep)


def build_pisa(doc: Any, content: Content) -> None:
    """Lay out the Pisa body: areas, each with its table of merged objective cells."""
    writer.add_cover(doc, content["cover"])
    writer.add_heading(doc, "Introduzione", 14.0, bold=True)
    for text in content["intro"]:
        add_text(doc, text, PAGE.body_size)
    for area in content["areas"]:
        add_text(doc, area_text(area), 12.0, bold=True, keep=True)
        table = ruled_table(doc, content["widths"], content["header"])
        for objective in area["objectives"]:
            rows = [add_row(table, content["widths"], r["cells"], 1) for r in objective["rows"]]
            merged = rows[0].cells[0].merge(rows[-1].cells[0])
            for extra in merged.paragraphs[1:]:
                extra._p.getparent().remove(extra._p)
            writer.fill_cell(merged, pisa_objective_text(objective), PAGE, bold=True)
        doc.add_paragraph().paragraph_format.space_after = Pt(4)
    add_text(doc, content["closing"], PAGE.body_size)


def build_perugia(doc: Any, content: Content) -> None:
    """Lay out the Perugia body: first page of prose and list, then objective tables."""
    for line in content["title_lines"]:
        paragraph = doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_after = Pt(8)
        writer.add_runs(paragraph, line["text"], line["size"])
    writer.add_heading(doc, "Premessa", 13.0, bold=True)
    add_text(doc, content["intro"], PAGE.body_size)
    for item in content["numbered"]:
        paragraph = doc.add_paragraph(style="List Number")
        paragraph.paragraph_format.space_after = Pt(2)
        writer.add_runs(paragraph, item, PAGE.body_size)
    add_text(doc, content["intro_after"], PAGE.body_size)
    first = True
    for strategic in content["strategic"]:
        heading = add_text(doc, strategic_text(strategic), 12.0, bold=True, keep=True)
        heading.paragraph_format.page_break_before = first
        first = False
        add_text(doc, strategic["description"], PAGE.body_size, keep=True)
        for operational in strategic["operational"]:
            add_text(doc, operational_text(operational), 11.0, bold=True, keep=True)
            table = ruled_table(doc, content["widths"], content["header"])
            for r in operational["rows"]:
                add_row(table, content["widths"], r["cells"], 0)
            doc.add_paragraph().paragraph_format.space_after = Pt(4)


def build_document(content: Content) -> Any:
    """Build the whole report as a python-docx Document."""
    doc = writer.new_document(content, PAGE, content["orientation"])
    if content["layout"] == "areas":
        build_pisa(doc, content)
    else:
        build_perugia(doc, content)
    return doc


# --------------------------------------------------------------------------- checks


YEARS = (2024, 2025, 2026)

Record = dict[str, Any]
# One located row: the cells to find (table column order), the indicator column, records.
Located = tuple[list[str | None], int, list[Record]]


def record(context: Record, **fields: Any) -> Record:
    """Return a record with every key, the context and the fields set, ``met`` checked."""
    return check_met(new_record(context, **fields))


def pisa_tables(content: Any) -> list[list[Located]]:
    """Return, per table, the Pisa indicator rows and their records (pages unset)."""
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
                name, unit, baseline, target, actual, stato = (
                    writer.plain(c) for c in row["cells"]
                )
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


def perugia_tables(content: Any) -> list[list[Located]]:
    """Return, per table, the Perugia indicator rows and their records (pages unset)."""
    tables = []
    for strategic in content["strategic"]:
        for operational in strategic["operational"]:
            code = operational["code"]
            if not code.startswith(strategic["code"] + "."):
                raise ValueError(f"objective {code} is not under {strategic['code']}")
            context = objective_context("operational", code, operational["title"])
            located: list[Located] = []
            for row in operational["rows"]:
                name, formula, source, baseline, *targets = (writer.plain(c) for c in row["cells"])
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
    pages = writer.read_pdf(pdf_path, PAGE)
    view = {"widths": content["widths"], "header": content["header"]}
    at = (0, 0.0)
    row_pages = []
    for table in tables:
        starts = []
        for cells, column, records in table:
            at = writer.find_cell_start(pages, view, column, cells[column] or "", at)
            end = writer.find_row_end(pages, view, cells, at)
            for item in records:
                item.update(page=at[0] + 1, page_end=end + 1)
            starts.append(at[0] + 1)
            at = (at[0], at[1] + 1)
        row_pages.append(starts)
    return row_pages


def make_sample(name: str, out: Path) -> list[str]:
    """Render one sample and write its PDF and truth; return the failed checks."""
    content = load_content(name)
    tables = pisa_tables(content) if content["layout"] == "areas" else perugia_tables(content)
    pdf_path = print_pdf(build_document(content), ".docx", out / f"{name}.pdf")
    locate(pdf_path, content, tables)
    records = [item for table in tables for _, _, recs in table for item in recs]
    write_truth(content, records, pdf_path, len(writer.read_pdf(pdf_path, PAGE)))
    return []
