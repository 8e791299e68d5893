"""ATS Insubria, Relazione sulla performance 2023 (``atsinsubria-2023-relazione``), drawn by
reporting software (reportlab, a :mod:`report` Look): horizontal rules and zebra shading,
``Atteso``/``Raggiunto`` under a spanning ``Valore``, a ``Stato`` column, tables running
over a page break with their two-row header repeated, a budget page.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from .readback import page_streams
from .report import Look, ReportTemplate, block_flowables, cover, para, register_family
from .truth import RECORD_KEYS, checked_met, load_content, plain, squash, value_fields, write_truth

Content = dict[str, Any]
Row = dict[str, Any]
Record = dict[str, Any]

ATS_LOOK = Look(
    family="DejaVu",
    rules="none",
    footer="",
    body_size=10,
    table_size=7.5,
    margin=1.8 * cm,
    accent=colors.HexColor("#00677F"),
    cover_band=True,
    page_format="Pag. {}",
)


ZEBRA = colors.HexColor("#E8F1F4")


RULE = colors.HexColor("#7F7F7F")


def ats_rows(block: Row) -> list[list[str]]:
    """The printed cells of a table block's indicator rows (objective on a group's first)."""
    rows = []
    for group in block["groups"]:
        for index, item in enumerate(group["indicators"]):
            objective = group["objective"] if index == 0 else ""
            roles = ("indicator", "weight", "target", "actual", "status")
            rows.append([item["number"], objective, *(item[role] for role in roles)])
    return rows


def ruled_table(rows: list[list[Any]], widths: list[float], look: Look, zebra: bool) -> Table:
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
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
    table.setStyle(TableStyle(commands))
    return table


def indicator_table(block: Row, content: Content, look: Look) -> Table:
    """An indicator table: header row, then one row per indicator."""
    columns = content["columns"]
    centred = ParagraphStyle("centred", parent=look.style("cell"), alignment=TA_CENTER)
    header = [para(c["header"], look.style("header")) for c in columns]
    body = [
        [
            para(text, centred if c["role"] in ("number", "weight") else look.style("cell"))
            for text, c in zip(cells, columns, strict=True)
        ]
        for cells in ats_rows(block)
    ]
    return ruled_table([header, *body], [c["width"] * cm for c in columns], look, zebra=True)


def budget_table(block: Row, look: Look) -> list[Flowable]:
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
    table = ruled_table(rows, [w * cm for w in block["widths"]], look, zebra=False)
    return [para(block["title"], look.style("caption")), table, Spacer(1, 8)]


def ats_flowables(block: Row, content: Content, look: Look) -> list[Flowable]:
    """The flowables of one body block."""
    kind = block["kind"]
    if kind == "table":
        return [indicator_table(block, content, look), Spacer(1, 10)]
    if kind == "budget":
        return budget_table(block, look)
    if kind == "caption":
        return [para(block["text"], look.style("caption"))]
    return block_flowables(block, content, look)


def render_ats(content: Content, pdf_path: Path) -> None:
    """Render the ATS report (two passes for its table of contents)."""
    look = replace(ATS_LOOK, footer=content["footer"])
    register_family(look.family)
    template = ReportTemplate(pdf_path, content, look)
    flowables = cover(content, look)
    for block in content["body"]:
        flowables += ats_flowables(block, content, look)
    template.multiBuild(flowables)


STATUSES = {
    "Raggiunto": "achieved",
    "Parzialmente raggiunto": "partially_achieved",
    "Non raggiunto": "not_achieved",
    "Sospeso": "suspended",
}


def ats_records(content: Content) -> list[Record]:
    """One record per indicator row, in document order."""
    records: list[Record] = []
    area: Record = {}
    for block in content["body"]:
        if block["kind"] == "heading":
            if block["level"] != "area":
                raise ValueError("the ATS report has area headings only")
            area = {"area_code": block["code"], "area_title": block["title"]}
        if block["kind"] != "table":
            continue
        for group in block["groups"]:
            for item in group["indicators"]:
                record: Record = dict.fromkeys(RECORD_KEYS)
                record.update(area, objective_level="strategic", objective_title=group["objective"])
                target, actual = plain(item["target"]), plain(item["actual"])
                what = f"indicator {item['number']}"
                record.update(
                    indicator_code=item["number"],
                    indicator=plain(item["indicator"]),
                    weight=item["weight_value"],
                    target=target,
                    actual=actual,
                    status=STATUSES[item["status"]],
                    status_text=plain(item["status"]),
                    met=item["met"],
                )
                record.update(value_fields("target", item["target_parsed"], target, what))
                record.update(value_fields("actual", item["actual_parsed"], actual, what))
                if item["weight"] != f"{item['weight_value']}%":
                    raise ValueError(f"{what}: weight {item['weight']!r} annotated wrongly")
                checked_met(what, item["met"], record)
                records.append(record)
    if sum(r["weight"] for r in records) != 100:
        raise ValueError("the weights do not add up to 100")
    return records


def ats_spans(streams: list[str], content: Content) -> list[tuple[int, int]]:
    """(page, page_end) of every indicator row: the page holding the row's cells in order.

    reportlab draws a table row by row, cell by cell, so a row's cells follow each other
    in the page's character stream; a row split over two pages would not be found whole.
    """
    rows = [row for block in content["body"] if block["kind"] == "table" for row in ats_rows(block)]
    spans, page, offset = [], 0, 0
    for cells in rows:
        needle = squash("".join(cells))
        while (found := streams[page].find(needle, offset)) < 0:
            page, offset = page + 1, 0
            if page == len(streams):
                raise ValueError(f"row not found whole on one page: {cells[2][:60]!r}")
        offset = found + len(needle)
        spans.append((page + 1, page + 1))
    return spans


def make_sample(name: str, out: Path) -> list[str]:
    """Render the ATS sample, write its PDF and truth, return failed checks."""
    content = load_content(name)
    records = ats_records(content)
    pdf_path = out / f"{name}.pdf"
    render_ats(content, pdf_path)
    streams = page_streams(pdf_path)
    for record, (page, page_end) in zip(records, ats_spans(streams, content), strict=True):
        record.update(page=page, page_end=page_end)
    write_truth(content, records, pdf_path, len(streams))
    return []
