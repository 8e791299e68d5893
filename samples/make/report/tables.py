"""The tables of the report formats: indicator tables in a look's rules, tables ruled
across only with zebra rows, fully ruled tables, and tables of figures."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab import platypus
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    Flowable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..blocks import cell_text
from .records import Content, Item, Row
from .styles import Look, cell_markup, para


def indicator_table(block: Item, content: Content, look: Look) -> Table:
    """Build an indicator table: a header row, then one row per indicator."""
    columns = content["columns"]
    widths = [w * cm for w in block.get("widths", [c["width"] for c in columns])]
    header = [para(c["header"], look.style("header")) for c in columns]
    rows: list[list[Any]] = [header]
    for item in block["rows"]:
        if item["kind"] != "indicator":
            raise ValueError(f"reportlab tables hold indicator rows only, not {item['kind']}")
        rows.append([para(cell_text(item, c["role"]), look.style("cell")) for c in columns])
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(table_commands(look)))
    return table


def table_commands(look: Look, padding: float = 3) -> list[tuple[Any, ...]]:
    """The table style commands of a look's rules."""
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding + 1),
    ]
    if look.rules == "grid":
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif look.rules == "header_rule":
        commands.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, look.accent))
    elif look.rules != "none":
        raise ValueError(f"unknown rules {look.rules!r}")
    if look.header_fill is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), look.header_fill))
    return commands


def budget_table(block: Item, look: Look) -> list[Flowable]:
    """A caption and a ruled table of figures (right-aligned amounts)."""
    number = ParagraphStyle("number", parent=look.style("cell"), alignment=TA_RIGHT)
    rows: list[list[Any]] = [[para(h, look.style("header")) for h in block["header"]]]
    for row in block["rows"]:
        rows.append(
            [para(text, look.style("cell") if i == 0 else number) for i, text in enumerate(row)]
        )
    table = Table(rows, colWidths=[w * cm for w in block["widths"]], hAlign="LEFT")
    commands = table_commands(look)
    commands.append(("FONTNAME", (0, -1), (-1, -1), f"{look.family}-Bold"))
    table.setStyle(TableStyle(commands))
    return [para(block["title"], look.style("caption")), table, Spacer(1, 6)]


GROUP_ZEBRA = colors.HexColor("#E8F1F4")
RULE = colors.HexColor("#7F7F7F")


def group_rows(block: Row) -> list[list[str]]:
    """The printed cells of a table block's indicator rows (objective on a group's first)."""
    rows = []
    for group in block["groups"]:
        for index, item in enumerate(group["indicators"]):
            objective = group["objective"] if index == 0 else ""
            roles = ("indicator", "weight", "target", "actual", "status")
            rows.append([item["number"], objective, *(item[role] for role in roles)])
    return rows


def rules_table(rows: list[list[Any]], widths: list[float], look: Look, zebra: bool) -> Table:
    """A table with rules above and below the header and between rows, no vertical rule."""
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEABOVE", (0, 0), (-1, 0), 1.0, look.accent),
        ("LINEBELOW", (0, 0), (-1, 0), 1.0, look.accent),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
    ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, GROUP_ZEBRA]))
    table.setStyle(TableStyle(commands))
    return table


def group_table(block: Row, content: Content, look: Look) -> Table:
    """An indicator table: header row, then one row per indicator."""
    columns = content["columns"]
    centred = ParagraphStyle("centred", parent=look.style("cell"), alignment=TA_CENTER)
    header = [para(c["header"], look.style("header")) for c in columns]
    body = [
        [
            para(text, centred if c["role"] in ("number", "weight") else look.style("cell"))
            for text, c in zip(cells, columns, strict=True)
        ]
        for cells in group_rows(block)
    ]
    return rules_table([header, *body], [c["width"] * cm for c in columns], look, zebra=True)


def group_budget_table(block: Row, look: Look) -> list[Flowable]:
    """A caption and a table of amounts (right aligned), the total row in bold."""
    cell = look.style("cell")
    bold = ParagraphStyle("bold", parent=cell, fontName=f"{look.family}-Bold")
    number = ParagraphStyle("number", parent=cell, alignment=TA_RIGHT)
    bold_number = ParagraphStyle("bold_number", parent=bold, alignment=TA_RIGHT)
    rows: list[list[Any]] = [[para(h, look.style("header")) for h in block["header"]]]
    for row_number, row in enumerate(block["rows"], start=1):
        total = row_number == len(block["rows"])
        label, amounts = (bold, bold_number) if total else (cell, number)
        rows.append([para(row[0], label), *(para(text, amounts) for text in row[1:])])
    table = rules_table(rows, [w * cm for w in block["widths"]], look, zebra=False)
    return [para(block["title"], look.style("caption")), table, Spacer(1, 8)]


EXPORT_ZEBRA = colors.Color(0.9, 0.9, 0.9)


def ruled_table(
    data: list[list[Any]], widths: list[float], header: Any, spans: tuple[Any, ...] = ()
) -> platypus.Table:
    """A table ruled on every cell, its header row filled and repeated on each page."""
    table = platypus.Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), header),
        *spans,
    ])  # fmt: skip
    return table


WIDTHS = [165, 60, 62, 62, 62, 92]


def objective_table(
    objective: Content, headers: list[str], styles: dict[str, ParagraphStyle]
) -> Table:
    """The fully ruled indicator table of one objective."""
    data: list[list[Any]] = [[Paragraph(escape(h), styles["head"]) for h in headers]]
    for row in objective["rows"]:
        cells = [row["indicator"], row["baseline"], *row["targets"], row["source"]]
        data.append([
            Paragraph(cell_markup(cell), styles["cell" if i in (0, 5) else "cellc"])
            for i, cell in enumerate(cells)
        ])  # fmt: skip
    table = Table(data, colWidths=WIDTHS, repeatRows=1, hAlign="LEFT")
    table.setStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.9, 0.85)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ])  # fmt: skip
    return table
