"""Lay out the two samples of ``make_mix2_samples.py``: an Excel sheet and a reportlab report.

* :func:`trento_workbook`: the indicator annex of the Provincia autonoma di Trento's
  Piano della performance 2024-2026 as an openpyxl workbook (printed to PDF by
  LibreOffice Calc with ``excel_layouts.convert_to_pdf``). Landscape A4, one page wide,
  printed gridlines, a header on two rows (``Codice | Indicatore | Unità di misura |
  Baseline`` merged down both rows, then per year the year merged over ``Target | Peso``),
  both rows repeated on every page; areas and strategic objectives as shaded rows merged
  across the table; weights are numbers formatted ``0%``.
* :func:`render_ats`: the ATS dell'Insubria's Relazione sulla performance 2023 with
  reportlab platypus (page template, cover and table of contents from ``rl_layouts``).
  Indicator tables in 7.5 pt with horizontal rules between rows only (no vertical rule)
  and zebra shading, the header row repeated on each page a table runs onto; a budget
  table in the same style.

Row heights of the sheet are set here (LibreOffice does not recompute them), with the
metrics of ``excel_layouts.row_height``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from .excel_layouts import FONT_NAME, SheetStyle, new_workbook, row_height
from .report import Look, ReportTemplate, block_flowables, cover, para, register_family

Content = dict[str, Any]
Row = dict[str, Any]

# --------------------------------------------------------------------------- Excel (Trento)

TRENTO_STYLE = SheetStyle(
    landscape=True,
    font_size=8.5,
    header_fill="305496",
    header_font_color="FFFFFF",
    heading_fills={"area": "B4C6E7", "strategic": "E2EBF6"},
    gridlines=True,
    margins_in=(0.5, 0.5, 0.75, 0.75),
    title_sizes=(13, 11, 9),
)
FIXED_COLUMNS = (
    ("code", "Codice", "indicator_code"),
    ("indicator", "Indicatore", "indicator"),
    ("unit", "Unità di misura", "unit"),
    ("baseline", "Baseline", "baseline"),
)


def trento_columns(content: Content) -> list[dict[str, Any]]:
    """The sheet's columns: ``header`` (lower header row), ``width``, ``field``, ``year``."""
    widths = content["widths"]
    columns: list[dict[str, Any]] = [
        {"header": header, "width": widths[key], "field": field, "year": None}
        for key, header, field in FIXED_COLUMNS
    ]
    for year in content["years"]:
        columns.append({"header": "Target", "width": widths["target"], "field": "target"})
        columns.append({"header": "Peso", "width": widths["weight"], "field": "weight"})
        columns[-2]["year"] = columns[-1]["year"] = year
    return columns


def heading_line(row: Row) -> tuple[str, str]:
    """The level and printed text of an area or strategic objective row."""
    if "area" in row:
        return "area", f"Area {row['area']} – {row['title']}"
    return "strategic", f"Obiettivo strategico {row['objective']} – {row['title']}"


def weight_text(weight: int | None) -> str:
    """A weight as Calc prints the number ``weight / 100`` in the format ``0%``."""
    return "" if weight is None else f"{weight}%"


def indicator_cells(row: Row) -> list[str]:
    """The printed text of each cell of an indicator row, in column order."""
    cells = [row["code"], row["indicator"], row["unit"] or "", row["baseline"] or ""]
    for target, weight in zip(row["targets"], row["weights"], strict=True):
        cells += [target or "", weight_text(weight)]
    return cells


def _fill(rgb: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)


def _header_rows(ws: Worksheet, top: int, content: Content, style: SheetStyle) -> None:
    """Write the two header rows: fixed labels merged down, years merged across."""
    columns = trento_columns(content)
    font = Font(name=FONT_NAME, size=style.font_size, bold=True, color=style.header_font_color)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for index in range(1, len(columns) + 1):
        for row in (top, top + 1):
            cell = ws.cell(row, index)
            cell.font, cell.fill, cell.alignment = font, _fill(style.header_fill), centre
    for index, (_, header, _) in enumerate(FIXED_COLUMNS, start=1):
        ws.cell(top, index, header)
        ws.merge_cells(start_row=top, start_column=index, end_row=top + 1, end_column=index)
    first = len(FIXED_COLUMNS) + 1
    for offset, year in enumerate(content["years"]):
        column = first + 2 * offset
        ws.cell(top, column, str(year))
        ws.merge_cells(start_row=top, start_column=column, end_row=top, end_column=column + 1)
        ws.cell(top + 1, column, "Target")
        ws.cell(top + 1, column + 1, "Peso")
    size = style.font_size
    merged_down = [(header, float(c["width"])) for header, c in zip(
        (h for _, h, _ in FIXED_COLUMNS), columns, strict=False)]  # fmt: skip
    lower = row_height([("Target", float(content["widths"]["target"]))], size, bold=True)
    upper = max(row_height([("2024", 10.0)], size, True), row_height(merged_down, size, True))
    ws.row_dimensions[top].height = max(upper - lower, lower) + 1
    ws.row_dimensions[top + 1].height = lower + 1


def trento_workbook(content: Content, style: SheetStyle = TRENTO_STYLE) -> Workbook:
    """Return the workbook of the Trento sample (one sheet)."""
    workbook = new_workbook()
    ws = workbook.create_sheet("Indicatori 2024-2026")
    columns = trento_columns(content)
    ncols, size = len(columns), style.font_size
    total_width = sum(float(c["width"]) for c in columns)
    for index, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column["width"]

    row = 1
    for index, text in enumerate(content["title_rows"]):
        title_size = style.title_sizes[min(index, len(style.title_sizes) - 1)]
        ws.cell(row, 1, text).font = Font(name=FONT_NAME, size=title_size, bold=index < 2)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        ws.row_dimensions[row].height = row_height([(text, total_width)], title_size, True)
        row += 1
    ws.row_dimensions[row].height = size * 1.5
    header_row = row + 1
    _header_rows(ws, header_row, content, style)
    row = header_row + 2

    for item in content["rows"]:
        if "code" not in item:
            level, text = heading_line(item)
            ws.cell(row, 1, text).font = Font(name=FONT_NAME, size=size, bold=True)
            ws.cell(row, 1).alignment = Alignment(vertical="center", wrap_text=True)
            for column in range(1, ncols + 1):
                ws.cell(row, column).fill = _fill(style.heading_fills[level])
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
            ws.row_dimensions[row].height = row_height([(text, total_width)], size, True) + 1
            row += 1
            continue
        cells = indicator_cells(item)
        for index, (text, column) in enumerate(zip(cells, columns, strict=True), start=1):
            cell = ws.cell(row, index)
            cell.font = Font(name=FONT_NAME, size=size)
            if column["field"] == "weight":
                weight = item["weights"][content["years"].index(column["year"])]
                cell.value = None if weight is None else weight / 100
                cell.number_format = "0%"
                cell.alignment = Alignment(horizontal="center", vertical="top")
            else:
                cell.value = text or None
                horizontal = "left" if column["field"] == "indicator" else "center"
                cell.alignment = Alignment(horizontal=horizontal, vertical="top", wrap_text=True)
        widths = [float(c["width"]) for c in columns]
        ws.row_dimensions[row].height = row_height(list(zip(cells, widths, strict=True)), size)
        row += 1
    _page_setup(ws, style, header_row, f"A1:{get_column_letter(ncols)}{row - 1}", content)
    return workbook


def _page_setup(ws: Worksheet, style: SheetStyle, header: int, area: str, content: Content) -> None:
    """A4 landscape, one page wide, both header rows on every page, gridlines, footer."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if style.landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = f"{header}:{header + 1}"
    ws.print_area = area
    ws.print_options.gridLines = style.gridlines
    left, right, top, bottom = style.margins_in
    ws.page_margins = PageMargins(
        left=left, right=right, top=top, bottom=bottom, header=0.3, footer=0.3
    )
    ws.oddHeader.left.text = content["page_header"]
    ws.oddHeader.left.size = 8
    ws.oddHeader.left.font = f"{FONT_NAME},Italic"
    ws.oddFooter.right.text = style.footer
    ws.oddFooter.right.size = 8
    ws.oddFooter.right.font = FONT_NAME


# --------------------------------------------------------------------------- reportlab (ATS)

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
