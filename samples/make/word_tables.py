"""Word documents of the ``tables`` content format (python-docx printed by LibreOffice
Writer): a cover, a running header, an index whose page numbers come from a first
printing, headings, prose, objective headings, schede and tables.

* ``comune-bergamo-2023-relazione``: ruled tables, headings between tables, landscape
  pages, index and prose pages, a row split over a page break;
* ``universita-2024-piano``: booktabs rules, ``Target 2024 | 2025 | 2026`` (one record a
  year), a header-less code column;
* ``comune-lecce-2021-piano``: merged shaded objective rows, ``Valore atteso 2021``, budget
  and staff tables;
* ``asl-salerno-2023-relazione``: schede obiettivo with a white-on-dark header, an
  ``Esito:`` paragraph after each table (the outcome of all its indicators, the paragraph
  after it their comment), roman area codes;
* ``ministero-cultura-2024-piano``: landscape, rules across only, ``Target`` spanning
  ``2024 | 2025 | 2026``, a risk register that yields nothing;
* ``comune-salerno-2022-relazione``: one landscape section in the middle, ``OBIETTIVO N. 3``
  headings, black-ruled tables whose header is not repeated, a ``✔ Raggiunto`` column;
* ``comune-modena-2024-piao``: schede obiettivo, a key/value table naming the objective
  above ``Target 2024 | 2025 | 2026``, thin grey rules, a table broken without its header;
* ``cciaa-venezia-2021-relazione``: landscape, shaded objective rows and ``OBIETTIVO …
  RAGGIUNTO – …`` status rows in the table, a bulleted list, ``1,5 mln €``.

The ``body`` is an ordered list of blocks: ``toc``, ``heading``, ``paragraph``,
``objective`` (``{label} {code}{sep}{title}``, ``sep`` `` – `` by default), ``esito``,
``bullets``, ``section`` (a new page in an orientation), ``scheda`` (key/value ``pairs``
in a ``scheda_widths`` table, then its ``rows`` in the ``indicator_table`` format) and
``table``, which names its format (``ref``) among the content's ``tables``: ``style``
(``grid``, ``booktabs``, ``hrules``, or ``ruled`` with ``rule_size`` and ``rule_colour``),
``widths`` (cm), ``header`` (and ``header_sub``, a second row under the last label),
``fields`` (the record field of each column, ``target:2025`` for a year's), and the options
``repeat_header``, ``keep_rows`` (no row split over a page), ``header_fill``,
``header_white``, ``header_centre``, ``centre`` (fields centred), ``centre_columns``,
``objective_fills``, ``status_separator``, ``gap_after`` (pt) and ``weights_add_up``. A
row is an indicator (``cells`` and its hand-written ``parsed`` values), an objective merged
across the table, or a status row (``phrase``, ``comment``). The content's ``look`` sets
the page (``margin_top``, ``margin_bottom``), the objective headings (``objective_sizes``,
``objective_paragraph``, ``objective_spacing``, ``italic_operational``) and
``paragraph_before``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from docx.table import Table

from . import writer
from .office import print_pdf
from .truth import load_content as read_content
from .truth import objective_context, row_records, write_truth

Record = dict[str, Any]
Block = writer.Block
Content = writer.Content
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


def page_of(content: Content) -> writer.Page:
    """The page geometry of the content's ``look``."""
    look = content.get("look", {})
    margins = {key: look[key] for key in ("margin_top", "margin_bottom") if key in look}
    return writer.Page(**margins)


# --------------------------------------------------------------------------- docx


def set_rules(table: Table, borders: dict[str, dict[str, str]]) -> None:
    """Rule a table's edges: ``borders`` maps each edge to its ``w:`` attributes."""
    node = writer.element("w:tblBorders")
    for name, attributes in borders.items():
        node.append(writer.element(f"w:{name}", **attributes))
    table._tbl.tblPr.append(node)


def line(size: int, colour: str = "000000") -> dict[str, str]:
    """A single rule of ``size`` eighths of a point (black by default), or none."""
    if not size:
        return {"val": "nil"}
    return {"val": "single", "sz": str(size), "space": "0", "color": colour}


HRULES = {"top": line(12), "left": line(0), "bottom": line(12), "right": line(0)}
HRULES |= {"insideH": line(4), "insideV": line(0)}
EDGES = ("top", "left", "bottom", "right", "insideH", "insideV")


def new_table(doc: Any, spec: Block, page: writer.Page) -> Table:
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
    writer.set_table_geometry(table, widths, page)
    if spec["style"] == "ruled":  # every edge, in one colour and size
        rule = line(spec.get("rule_size", 4), spec.get("rule_colour", "000000"))
        set_rules(table, dict.fromkeys(EDGES, rule))
    return table


def add_header_rows(table: Table, spec: Block, page: writer.Page) -> None:
    """Add the header row(s); a second row goes under a spanning last label."""
    widths: list[float] = spec["widths"]
    sub: list[str] = spec.get("header_sub", [])
    rows = [writer.new_row(table, widths, cant_split=False) for _ in range(2 if sub else 1)]
    for row in rows:
        if spec.get("repeat_header"):
            writer.mark_repeating_header(row._tr)
        if spec.get("keep_rows"):
            row._tr.get_or_add_trPr().append(writer.element("w:cantSplit"))
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
        writer.fill_cell(cell, label, page, bold=True)
        paragraph = cell.paragraphs[0]
        if label in centred:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if spec.get("header_fill"):
            writer.shade(cell, spec["header_fill"])
        if spec["style"] == "booktabs":
            writer.set_cell_borders(cell, top=12, bottom=6)
        for run in paragraph.runs if spec.get("header_white") else []:
            run.font.color.rgb = WHITE


def add_table(doc: Any, spec: Block, page: writer.Page) -> None:
    """Add a table in its format's style: header row(s), then indicator, objective and
    status rows."""
    widths: list[float] = spec["widths"]
    table = new_table(doc, spec, page)
    add_header_rows(table, spec, page)
    fields = spec.get("fields") or []
    centred = {i for i, field in enumerate(fields) if field in spec.get("centre", [])}
    centred |= set(spec.get("centre_columns", []))
    for item in spec["rows"]:
        row = writer.new_row(table, widths, cant_split=bool(spec.get("keep_rows")))
        if "objective" in item:
            cell = row.cells[0].merge(row.cells[-1])
            writer.fill_cell(cell, writer.objective_text(item["objective"]), page, bold=True)
            fills = spec.get("objective_fills", writer.OBJECTIVE_FILLS)
            writer.shade(cell, fills[item["objective"]["level"]])
        elif "status" in item:
            separator = spec.get("status_separator", "\n")
            comment = f"{separator}{item['comment']}" if item.get("comment") else ""
            markup = f"<b>{item['phrase']}</b>{comment}"
            writer.fill_cell(row.cells[0].merge(row.cells[-1]), markup, page)
        else:
            for index, (cell, text) in enumerate(zip(row.cells, item["cells"], strict=True)):
                writer.fill_cell(cell, text or "", page)
                if index in centred:
                    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    if spec["style"] == "booktabs":
        for cell in table.rows[-1].cells:
            writer.set_cell_borders(cell, bottom=12)
    if "gap_after" in spec:
        doc.add_paragraph().paragraph_format.space_after = Pt(spec["gap_after"])


def add_scheda(doc: Any, scheda: Block, content: Content, page: writer.Page) -> None:
    """Add a scheda obiettivo: the key/value table, a gap, then its indicator table."""
    spec = {**scheda["table"], "widths": content["scheda_widths"]}
    table = new_table(doc, spec, page)
    for label, value in scheda["pairs"]:
        row = writer.new_row(table, spec["widths"], cant_split=True)
        writer.fill_cell(row.cells[0], label, page, bold=True)
        writer.shade(row.cells[0], content["scheda_label_fill"])
        writer.fill_cell(row.cells[1], value, page)
    gap = doc.add_paragraph()
    gap.paragraph_format.space_after = Pt(2)
    gap.add_run("").font.size = Pt(4)
    add_table(doc, scheda["table"], page)


def add_bullets(doc: Any, items: list[str], page: writer.Page) -> None:
    """Add a bulleted list (Word's List Bullet style, a real numbering definition)."""
    for number, item in enumerate(items):
        paragraph = doc.add_paragraph(style="List Bullet")
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        paragraph.paragraph_format.space_after = Pt(6 if number == len(items) - 1 else 2)
        writer.add_runs(paragraph, item, page.body_size)


def add_objective(doc: Any, objective: Block, look: Block, page: writer.Page) -> Any:
    """Add an objective heading in the content's look."""
    sizes = look.get("objective_sizes", {"area": 12.0, "strategic": 11.0, "operational": 10.0})
    size, text = sizes[objective["level"]], writer.objective_text(objective)
    if look.get("objective_paragraph"):
        before, after = look.get("objective_spacing", (8, 4))
        return writer.add_text(doc, text, size, bold=True, before=before, after=after, keep=True)
    italic = look.get("italic_operational", False) and objective["level"] == "operational"
    return writer.add_heading(doc, text, size, True, italic)


def build_document(content: Content, toc_pages: dict[str, int], page: writer.Page) -> Any:
    """Build the whole report; ``toc_pages`` gives the page of each index entry."""
    look = content.get("look", {})
    orientation = content.get("orientation", "portrait")
    doc = writer.new_document(content, page, content.get("orientation"))
    writer.add_cover(doc, content["cover"])
    previous_was_table = False
    for block in content["body"]:
        paragraph = None
        if "section" in block:
            orientation = block["section"]
            writer.add_section(doc, orientation, page)
        elif "toc" in block:
            writer.add_toc(doc, block["toc"], toc_pages, orientation, page)
        elif "heading" in block:
            size = 14.0 if block.get("level", 1) == 1 else 12.0
            paragraph = writer.add_heading(doc, block["heading"], size, bold=True)
        elif "objective" in block:
            paragraph = add_objective(doc, block["objective"], look, page)
        elif "esito" in block:
            text = f"Esito: {block['esito']['phrase']}"
            writer.add_text(doc, text, page.body_size, bold=True, before=5, after=2)
        elif "paragraph" in block:
            before = look.get("paragraph_before", 0)
            paragraph = writer.add_text(doc, block["paragraph"], page.body_size, before=before)
        elif "table" in block:
            if previous_was_table:  # Word would join two adjacent tables
                doc.add_paragraph()
            add_table(doc, block["table"], page)
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


def load_content(name: str) -> Content:
    """Read ``NAME.content.json`` and complete every table block from its ``ref`` format."""
    content = writer.resolve(read_content(name))
    for block in content["body"]:
        if "scheda" in block:
            block["scheda"]["table"] = {**content["indicator_table"], **block["scheda"]}
    headings = {writer.block_text(block) for block in content["body"]}
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
        level, code, title = objective["level"], objective["code"], writer.plain(objective["title"])
        if level == "area":
            self.area = (code, title)
        area = self.area or (code.replace("_", ".").split(".")[0], None)
        self.context = objective_context(level, code, title or "", area)
        self.context["objective_title"] = title


def build_records(content: Content) -> list[list[Record]]:
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
                record.update(status=status, status_text=writer.plain(phrase))
            commented, comment = last_table, []
        elif "paragraph" in block and comment is not None:
            comment.append(writer.plain(block["paragraph"]) or "")
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
                    record.update(status=row["status"], status_text=writer.plain(row["phrase"]))
                comment = [text] if (text := writer.plain(row.get("comment"))) else []
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


def find_heading_pages(pages: list[writer.PdfPage], content: Content) -> dict[str, int]:
    """Return the 1-based page of each index entry's heading, searching after the index."""
    toc = next((block["toc"] for block in content["body"] if "toc" in block), None)
    if toc is None:
        return {}
    first = writer.squash(toc["title"] + toc["entries"][0]["text"])
    search_from = next(i for i, page in enumerate(pages) if first in page.text) + 1
    found: dict[str, int] = {}
    for entry in toc["entries"]:
        needle = writer.squash(entry["text"])
        search_from = next(i for i in range(search_from, len(pages)) if needle in pages[i].text)
        found[entry["text"]] = search_from + 1
    return found


def column_labels(spec: Block) -> list[str]:
    """Return the label over each column (the second header row's label where there is one).

    >>> column_labels({"header": ["A", "Target"], "header_sub": ["2024", "2025"]})
    ['A', '2024', '2025']
    """
    sub: list[str] = spec.get("header_sub", [])
    return [*spec["header"][:-1], *sub] if sub else list(spec["header"])


def locate_rows(pages: list[writer.PdfPage], content: Content) -> list[tuple[int, float, int]]:
    """Return the 1-based page, top and 1-based page_end of every indicator row."""
    rows = [
        ({"widths": spec["widths"], "header": column_labels(spec)},
         spec["fields"].index("indicator"), row["cells"])
        for spec, row in indicator_rows(content)
    ]  # fmt: skip
    return writer.locate_rows(pages, rows)


def make_sample(name: str, out: Path) -> list[str]:
    """Render one sample and write its PDF and truth; return the failed layout checks."""
    content = load_content(name)
    page = page_of(content)
    rows = build_records(content)
    pdf_path = print_pdf(build_document(content, {}, page), ".docx", out / f"{name}.pdf")
    toc_pages = find_heading_pages(writer.read_pdf(pdf_path, page), content)
    if toc_pages:  # print again, the index now with the pages of its headings
        print_pdf(build_document(content, toc_pages, page), ".docx", pdf_path)
    pages = writer.read_pdf(pdf_path, page)
    moved = find_heading_pages(pages, content) != toc_pages
    problems = ["the index's page numbers moved in the second rendering"] if moved else []
    spans = locate_rows(pages, content)
    for row_recs, (first, _, last) in zip(rows, spans, strict=True):
        for record in row_recs:
            record.update(page=first, page_end=last)
    records = [record for row_recs in rows for record in row_recs]
    write_truth(content, records, pdf_path, len(pages))
    return problems
