"""The indicator tables of the Word formats: rules, header rows (repeated, two-row,
spanning), indicator rows, objective, heading and status rows merged across."""

from __future__ import annotations

from typing import Any

from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell

from .. import blocks
from .content import Block, Content, Item, objective_text
from .document import (
    AREAS_PAGE,
    COLUMNS,
    EDGES,
    HRULES,
    STATUS_ROWS_PAGE,
    Page,
    element,
    fill_cell,
    grid_fill_cell,
    grid_set_table_geometry,
    line,
    mark_repeating_header,
    new_row,
    row_flag,
    set_cell_borders,
    set_geometry,
    set_rules,
    set_table_geometry,
    shade,
)

OBJECTIVE_FILLS = {"area": "BFBFBF", "strategic": "D9D9D9", "operational": "EDEDED"}
WHITE = RGBColor(0xFF, 0xFF, 0xFF)


def new_table(doc: Any, spec: Block, page: Page) -> Table:
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
    set_table_geometry(table, widths, page)
    if spec["style"] == "ruled":  # every edge, in one colour and size
        rule = line(spec.get("rule_size", 4), spec.get("rule_colour", "000000"))
        set_rules(table, dict.fromkeys(EDGES, rule))
    return table


def add_header_rows(table: Table, spec: Block, page: Page) -> None:
    """Add the header row(s); a second row goes under a spanning last label."""
    widths: list[float] = spec["widths"]
    sub: list[str] = spec.get("header_sub", [])
    rows = [new_row(table, widths, cant_split=False) for _ in range(2 if sub else 1)]
    for row in rows:
        if spec.get("repeat_header"):
            mark_repeating_header(row._tr)
        if spec.get("keep_rows"):
            row._tr.get_or_add_trPr().append(element("w:cantSplit"))
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
        fill_cell(cell, label, page, bold=True)
        paragraph = cell.paragraphs[0]
        if label in centred:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if spec.get("header_fill"):
            shade(cell, spec["header_fill"])
        if spec["style"] == "booktabs":
            set_cell_borders(cell, top=12, bottom=6)
        for run in paragraph.runs if spec.get("header_white") else []:
            run.font.color.rgb = WHITE


def tables_add_table(doc: Any, spec: Block, page: Page) -> None:
    """Add a table in its format's style: header row(s), then indicator, objective and
    status rows."""
    widths: list[float] = spec["widths"]
    table = new_table(doc, spec, page)
    add_header_rows(table, spec, page)
    fields = spec.get("fields") or []
    centred = {i for i, field in enumerate(fields) if field in spec.get("centre", [])}
    centred |= set(spec.get("centre_columns", []))
    for item in spec["rows"]:
        row = new_row(table, widths, cant_split=bool(spec.get("keep_rows")))
        if "objective" in item:
            cell = row.cells[0].merge(row.cells[-1])
            fill_cell(cell, objective_text(item["objective"]), page, bold=True)
            fills = spec.get("objective_fills", OBJECTIVE_FILLS)
            shade(cell, fills[item["objective"]["level"]])
        elif "status" in item:
            separator = spec.get("status_separator", "\n")
            comment = f"{separator}{item['comment']}" if item.get("comment") else ""
            markup = f"<b>{item['phrase']}</b>{comment}"
            fill_cell(row.cells[0].merge(row.cells[-1]), markup, page)
        else:
            for index, (cell, text) in enumerate(zip(row.cells, item["cells"], strict=True)):
                fill_cell(cell, text or "", page)
                if index in centred:
                    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    if spec["style"] == "booktabs":
        for cell in table.rows[-1].cells:
            set_cell_borders(cell, bottom=12)
    if "gap_after" in spec:
        doc.add_paragraph().paragraph_format.space_after = Pt(spec["gap_after"])


def add_scheda(doc: Any, scheda: Block, content: Content, page: Page) -> None:
    """Add a scheda obiettivo: the key/value table, a gap, then its indicator table."""
    spec = {**scheda["table"], "widths": content["scheda_widths"]}
    table = new_table(doc, spec, page)
    for label, value in scheda["pairs"]:
        row = new_row(table, spec["widths"], cant_split=True)
        fill_cell(row.cells[0], label, page, bold=True)
        shade(row.cells[0], content["scheda_label_fill"])
        fill_cell(row.cells[1], value, page)
    gap = doc.add_paragraph()
    gap.paragraph_format.space_after = Pt(2)
    gap.add_run("").font.size = Pt(4)
    tables_add_table(doc, scheda["table"], page)


GRID_HEADER_FILL = "D9D9D9"


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
        grid_fill_cell(cell, labels[key] or "", content["table_size"], 1, bold=True)
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cell.paragraphs[0].paragraph_format.keep_with_next = True  # header stays with a row
        cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
        shade(cell, GRID_HEADER_FILL)


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
    grid_set_table_geometry(table, widths, page, borderless=not peg)
    if peg:
        add_two_row_header(table, content, page)
    else:
        header = new_row(table, widths, cant_split=False)
        for cell, text in zip(header.cells, content["header"], strict=True):
            grid_fill_cell(cell, text, size, spacing, bold=True)
    for item in rows:
        row = new_row(table, widths, cant_split=peg)
        if "status" in item:
            comment = f": {item['comment']}" if item.get("comment") else ""
            cell = row.cells[0].merge(row.cells[-1])
            grid_fill_cell(cell, f"<b>{item['phrase']}</b>{comment}", size, spacing)
        else:
            for cell, text in zip(row.cells, item["cells"], strict=True):
                grid_fill_cell(cell, text or "", size, spacing)


def add_plain_table(doc: Any, spec: Block, content: Content, page: Page) -> None:
    """Add a small borderless table of figures (bold header, numbers right-aligned)."""
    widths: list[float] = spec["widths"]
    table = doc.add_table(rows=0, cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    grid_set_table_geometry(table, widths, page, borderless=True)
    for number, cells in enumerate([spec["header"], *spec["rows"]]):
        row = new_row(table, widths, cant_split=True)
        last = number == len(spec["rows"])
        for column, (cell, text) in enumerate(zip(row.cells, cells, strict=True)):
            grid_fill_cell(cell, text, content["table_size"], 0.0, bold=number == 0 or last)
            if column:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT


AREAS_HEADER_FILL = "D9E2F3"


def ruled_table(doc: Any, widths: list[float], header: list[str]) -> Table:
    """Add a table ruled on every edge in black, with a shaded, repeated header row."""
    table = doc.add_table(rows=0, cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    set_table_geometry(table, widths, AREAS_PAGE)
    borders = element("w:tblBorders")
    for name in EDGES:
        borders.append(element(f"w:{name}", val="single", sz="6", space="0", color="000000"))
    table._tbl.tblPr.append(borders)
    row = new_row(table, widths)
    row_flag(row, "cantSplit")
    row_flag(row, "tblHeader")
    for cell, label in zip(row.cells, header, strict=True):
        fill_cell(cell, label, AREAS_PAGE, bold=True)
        shade(cell, AREAS_HEADER_FILL)
    return table


def add_row(table: Table, widths: list[float], cells: list[str | None], first: int) -> Any:
    """Add a row that never splits; cells from column ``first`` on are filled."""
    row = new_row(table, widths)
    row_flag(row, "cantSplit")
    for cell, text in zip(row.cells[first:], cells, strict=True):
        fill_cell(cell, text or "", AREAS_PAGE)
    return row


def status_rows_table(doc: Any, table_block: dict[str, Any]) -> None:
    """Add a ruled table: header/indicator rows in five cells, other rows merged."""
    table = doc.add_table(rows=0, cols=len(COLUMNS))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    set_table_geometry(table, COLUMNS, STATUS_ROWS_PAGE)
    for position, item in enumerate(table_block["rows"]):
        row = table.add_row()
        for cell, width in zip(row.cells, COLUMNS, strict=True):
            cell.width = Cm(width)
        if item["kind"] in ("header", "indicator"):
            is_header = item["kind"] == "header"
            for cell, text in zip(row.cells, item["cells"], strict=True):
                fill_cell(cell, text, STATUS_ROWS_PAGE, bold=is_header)
            if is_header and position == 0 and table_block.get("repeat_header"):
                mark_repeating_header(row._tr)
        else:
            fill_cell(row.cells[0].merge(row.cells[-1]), item["text"], STATUS_ROWS_PAGE)


TABLE_SIZE = 9.0
HEADING_FILL = {"area": "BDD7EE", "strategic": "DDEBF7", "operational": "F2F2F2"}
BLOCKS_HEADER_FILL = "D9D9D9"


def write(cell: _Cell, text: str, bold: bool = False, lead: str | None = None) -> None:
    """Write text into a cell's first paragraph; ``lead`` is a bold phrase before it."""
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_before = Pt(1.5)
    paragraph.paragraph_format.space_after = Pt(1.5)
    if lead:
        run = paragraph.add_run(lead + (" " if text else ""))
        run.bold = True
        run.font.size = Pt(TABLE_SIZE)
    for number, part in enumerate(text.split("\n")):
        if number:
            paragraph.add_run().add_break()
        run = paragraph.add_run(part)
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
            shade(cell, BLOCKS_HEADER_FILL)
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


def blocks_table(doc: Any, block: Item, content: Content) -> None:
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
                write(cell, blocks.cell_text(item, column["role"]))
            continue
        merged = row.cells[0].merge(row.cells[-1])
        if item["kind"] == "heading":
            write(merged, blocks.heading_text(item), bold=True)
            shade(merged, HEADING_FILL[item["level"]])
        elif item["kind"] == "status":
            write(merged, item.get("text") or "", lead=item["phrase"])
        elif item["kind"] == "text":
            write(merged, item["text"])
        else:
            raise ValueError(f"unknown row kind {item['kind']!r}")
