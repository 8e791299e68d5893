"""Two workbooks (Excel printed by LibreOffice Calc) with headings as merged rows.

* ``cciaa-molise-2023-relazione``: landscape, thin borders on every cell, area, strategic
  and operational headings as bold rows merged across the table, ``KPI | Algoritmo di
  calcolo | Peso % | Target 2023 | Risultato 2023 | Grado di raggiungimento``; Calc never
  splits a row, so an objective's rows continue on the next page under the repeated
  header, its heading not repeated;
* ``regione-marche-2022-relazione``: portrait, borderless but for a rule under the header,
  a prose page, the years 2021 and 2022 each merged over ``Target | Consuntivo`` above a
  centred ``Codice | Indicatore``, a summary table of outcomes that yields no record.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from . import calc, truth
from .office import print_pdf
from .readback import horizontal_rules

Content = dict[str, Any]

MOLISE_STYLE = calc.SheetStyle(
    landscape=True,
    font_size=9,
    header_fill="D9D9D9",
    borders=True,
    gridlines=False,
    margins_in=(0.5, 0.5, 0.8, 0.7),
    title_sizes=(13, 11, 9),
    page_header="Camera di Commercio del Molise – Relazione sulla performance 2023",
    footer="Pagina &P di &N",
)
MARCHE_FONT = 10.0
MARCHE_MARGINS = (0.7, 0.6, 0.8, 0.8)  # left, right, top, bottom (inches)
MARCHE_FOOTER = "Regione Marche – Relazione sulla performance 2022 – pag. &P"
COVER_WIDTH = 92.0
RULE = Side(style="medium", color="000000")


def molise_workbook(sheet: Content) -> Workbook:
    """The ruled results table with merged heading rows."""
    workbook = calc.new_workbook()
    calc.add_sheet(workbook, sheet, MOLISE_STYLE)
    return workbook


# --------------------------------------------------------------------------- Marche


def _portrait_setup(ws: Worksheet, last_column: int, last_row: int) -> None:
    """A4 portrait, one page wide, no gridlines, footer with the page number."""
    area = f"A1:{get_column_letter(last_column)}{last_row}"
    calc.print_setup(ws, area, MARCHE_MARGINS, footer=MARCHE_FOOTER)


def _cover_sheet(workbook: Workbook, cover: Content) -> None:
    """Title lines and numbered sections of justified prose in one wide column."""
    ws = workbook.create_sheet(cover["name"])
    ws.column_dimensions["A"].width = COVER_WIDTH
    items = [(cover["lines"][0], 16.0, True, 10.0), (cover["lines"][1], 14.0, True, 6.0)]
    items += [(text, 10.0, False, 30.0) for text in cover["lines"][2:]]
    for section in cover["sections"]:
        items.append((section["heading"], 12.0, True, 6.0))
        items += [(text, 10.0, False, 6.0) for text in section["paragraphs"]]
    for row, (text, size, bold, after) in enumerate(items, start=1):
        cell = ws.cell(row, 1, text)
        italic = not bold and row <= len(cover["lines"])
        cell.font = Font(name=calc.FONT_NAME, size=size, bold=bold, italic=italic)
        cell.alignment = Alignment(vertical="top", wrap_text=True, horizontal="justify")
        ws.row_dimensions[row].height = calc.row_height([(text, COVER_WIDTH)], size, bold) + after
    _portrait_setup(ws, 1, len(items))


def _header_rows(ws: Worksheet, row: int, columns: list[Content]) -> None:
    """Two header rows: top labels (years merged over two columns), sub-labels, rule below."""
    font = Font(name=calc.FONT_NAME, size=MARCHE_FONT, bold=True)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for index, column in enumerate(columns, start=1):
        for offset, key in ((0, "header"), (1, "subheader")):
            cell = ws.cell(row + offset, index, column[key] or None)
            cell.font = font
            cell.alignment = center
    index = 1
    while index <= len(columns):
        column = columns[index - 1]
        if not column["subheader"]:  # label over both header rows
            ws.merge_cells(start_row=row, start_column=index, end_row=row + 1, end_column=index)
        elif column["header"]:  # a year over its columns
            span = 1
            while index + span <= len(columns) and not columns[index + span - 1]["header"]:
                span += 1
            ws.merge_cells(start_row=row, start_column=index, end_row=row,
                           end_column=index + span - 1)  # fmt: skip
        index += 1
    for index, column in enumerate(columns, start=1):  # after merging, which drops styles
        ws.cell(row + 1, index).border = Border(bottom=RULE)
        if not column["subheader"]:
            ws.cell(row, index).border = Border(bottom=RULE)
    for offset in (0, 1):
        ws.row_dimensions[row + offset].height = MARCHE_FONT * 1.17 + 6


def _indicator_sheet(workbook: Workbook, sheet: Content) -> None:
    """Titles, the two-row header (repeated), bold objective rows, borderless cell rows."""
    ws = workbook.create_sheet(sheet["name"])
    columns = sheet["columns"]
    widths = calc.set_widths(ws, columns)
    ncols, total = len(columns), sum(widths)
    header = calc.title_rows(ws, sheet["title_rows"], ncols, total)
    _header_rows(ws, header, columns)
    row = header + 2
    for item in sheet["rows"]:
        if "heading" in item:
            cell = ws.cell(row, 1, item["text"])
            cell.font = Font(name=calc.FONT_NAME, size=MARCHE_FONT, bold=True)
            cell.alignment = Alignment(vertical="bottom", wrap_text=True)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
            height = calc.row_height([(item["text"], total)], MARCHE_FONT, True)
            ws.row_dimensions[row].height = height + 8  # room above, as a paragraph
        else:
            for index, text in enumerate(item["cells"], start=1):
                cell = ws.cell(row, index, text or None)
                cell.font = Font(name=calc.FONT_NAME, size=MARCHE_FONT)
                horizontal = "left" if index <= 2 else "center"
                cell.alignment = Alignment(horizontal=horizontal, vertical="top", wrap_text=True)
            cells = list(zip(item["cells"], widths, strict=True))
            ws.row_dimensions[row].height = calc.row_height(cells, MARCHE_FONT) + 3
        row += 1
    _portrait_setup(ws, ncols, row - 1)
    ws.print_title_rows = f"{header}:{header + 1}"


def _summary_sheet(workbook: Workbook, summary: Content) -> None:
    """A short title and the counts table, header ruled below, total row bold."""
    ws = workbook.create_sheet(summary["name"])
    columns = summary["columns"]
    widths = calc.set_widths(ws, columns)
    row = calc.title_rows(ws, summary["title_rows"], len(columns), sum(widths))
    for index, column in enumerate(columns, start=1):
        cell = ws.cell(row, index, column["header"])
        cell.font = Font(name=calc.FONT_NAME, size=MARCHE_FONT, bold=True)
        cell.alignment = Alignment(horizontal="left" if index == 1 else "center")
        cell.border = Border(bottom=RULE)
    ws.row_dimensions[row].height = 18.0
    for item in summary["rows"]:
        row += 1
        for index, text in enumerate(item["cells"], start=1):
            cell = ws.cell(row, index, text)
            cell.font = Font(name=calc.FONT_NAME, size=MARCHE_FONT, bold=bool(item.get("total")))
            cell.alignment = Alignment(horizontal="left" if index == 1 else "center")
        ws.row_dimensions[row].height = 16.0
    _portrait_setup(ws, len(columns), row)


def marche_workbook(content: Content) -> Workbook:
    """Prose sheet, borderless two-row-header indicator sheet, summary sheet."""
    workbook = calc.new_workbook()
    _cover_sheet(workbook, content["cover"])
    _indicator_sheet(workbook, content["sheet"])
    _summary_sheet(workbook, content["summary"])
    return workbook


def _header_rule(raw: Any, first_labels: set[str]) -> tuple[dict[str, Any], float] | None:
    """The rule under a two-row header and the top of the header's first row, if any."""
    words = raw.extract_words(extra_attrs=["fontname"])
    for line in horizontal_rules(raw):
        above = [w for w in words if line["top"] - 45 < w["top"] < line["top"]]
        labels = [w for w in above if w["text"] in first_labels and "Bold" in w["fontname"]]
        if {w["text"] for w in labels} == first_labels:
            return line, min(w["top"] for w in labels)
    return None


def read_rule_pages(pdf_path: Path, columns: list[Content]) -> list[calc.PageText]:
    """Every page, with columns where the page shows the table's header rule."""
    first_labels = {c["header"] for c in columns if c["header"]}

    def header(raw: Any) -> calc.Band | None:
        found = _header_rule(raw, first_labels)
        if found is None:
            return None
        line, top = found
        return (top - 1.0, line["top"]), line["x0"], line["x1"]

    return calc.read_pages(pdf_path, [float(c["width"]) for c in columns], header)


# --------------------------------------------------------------------------- Molise


# --------------------------------------------------------------------------- Marche


Record = dict[str, Any]


# --------------------------------------------------------------------------- values


def split_heading(text: str, label: str, dash: str) -> tuple[str, str]:
    """``LABEL code - title`` → (code, title)."""
    match = re.fullmatch(rf"{label} (\S+) {dash} (.+)", text)
    if not match:
        raise ValueError(f"not '{label} code {dash} title': {text!r}")
    return match.group(1), match.group(2)


# --------------------------------------------------------------------------- records

MOLISE_LABELS = {
    "area": "AREA STRATEGICA",
    "strategic": "OBIETTIVO STRATEGICO",
    "operational": "Obiettivo operativo",
}


def molise_records(content: Content) -> tuple[list[Record], list[str]]:
    """One record per KPI row under its deepest heading; also each row's objective code."""
    sheet, records, owners = content["sheet"], [], []
    fields = [column["field"] for column in sheet["columns"]]
    context: Record = {}
    for row in sheet["rows"]:
        if "heading" in row:
            level, code = row["heading"], row["code"]
            if split_heading(row["text"], MOLISE_LABELS[level], "-") != (code, row["title"]):
                raise ValueError(f"heading annotated wrongly: {row}")
            if level == "area":
                context = {"area_code": code, "area_title": row["title"]}
            else:
                parent = context["area_code"] if level == "strategic" else context.get("strategic")
                if not code.startswith(f"{parent}.") or (
                    level == "operational" and context["objective_level"] == "area"
                ):
                    raise ValueError(f"objective {code} outside {parent}")
                if level == "strategic":
                    context["strategic"] = code
            context.update(objective_level=level, objective_code=code)
            context["objective_title"] = row["title"]
            continue
        cells = dict(zip(fields, row["cells"], strict=True))
        what = f"{cells['indicator'][:40]!r}"
        record: Record = dict.fromkeys(truth.RECORD_KEYS)
        record.update({k: v for k, v in context.items() if k in truth.RECORD_KEYS})
        record.update(
            indicator=truth.plain(cells["indicator"]), formula=truth.plain(cells["formula"])
        )
        record.update(year=content["year"], target=truth.plain(cells["target"]))
        record["actual"] = truth.plain(cells["actual"])
        record.update(truth.annotated(cells, row, what))
        records.append(record)
        owners.append(context["objective_code"])
    return records, owners


def marche_records(content: Content) -> tuple[list[Record], list[Record]]:
    """Per indicator row, one record per year (ascending); returns (records, indicator rows)."""
    sheet, records, rows = content["sheet"], [], []
    columns = sheet["columns"]
    years = sorted({c["year"] for c in columns if c["year"]})
    context: Record = {}
    for row in sheet["rows"]:
        if "heading" in row:
            code, title = split_heading(row["text"], "Obiettivo strategico", "–")
            if (code, title) != (row["code"], row["title"]) or row["heading"] != "strategic":
                raise ValueError(f"heading annotated wrongly: {row}")
            context = truth.objective_context("strategic", code, title)
            continue
        cells = {(c["field"], c["year"]): t for c, t in zip(columns, row["cells"], strict=True)}
        code = cells[("indicator_code", None)]
        if not code.startswith(f"{context['objective_code']}."):
            raise ValueError(f"indicator {code} outside {context}")
        if sorted(int(y) for y in row["years"]) != years:
            raise ValueError(f"{code}: annotated years {sorted(row['years'])}, not {years}")
        rows.append(row)
        for year in years:
            parsed = row["years"][str(year)]
            what = f"{code} {year}"
            target, actual = cells[("target", year)], cells[("actual", year)]
            record: Record = dict.fromkeys(truth.RECORD_KEYS)
            record.update(context, indicator_code=code, year=year)
            record.update(indicator=truth.plain(cells[("indicator", None)]))
            record.update(target=truth.plain(target), actual=truth.plain(actual))
            record.update(truth.value_fields("target", parsed["target"], target, what))
            record.update(truth.value_fields("actual", parsed["actual"], actual, what))
            record["met"] = truth.checked_met(what, parsed["met"], record)
            records.append(record)
    return records, rows


# --------------------------------------------------------------------------- samples


def make_sample(name: str, out: Path) -> list[str]:
    """Render one sample, write its content, PDF and truth; return the failed checks."""
    content = truth.load_content(name)
    sheet = content["sheet"]
    if name.startswith("cciaa-molise"):
        records, _ = molise_records(content)
        pdf_path = print_pdf(molise_workbook(sheet), ".xlsx", out / f"{name}.pdf")
        widths = [float(c["width"]) for c in sheet["columns"]]
        pages = calc.read_pages(pdf_path, widths, calc.filled_header(MOLISE_STYLE))
        rows = [row for row in sheet["rows"] if "cells" in row]
        per_row = 1
    else:
        records, rows = marche_records(content)
        pdf_path = print_pdf(marche_workbook(content), ".xlsx", out / f"{name}.pdf")
        pages = read_rule_pages(pdf_path, sheet["columns"])
        per_row = len({c["year"] for c in sheet["columns"] if c["year"]})
    try:
        spans = calc.locate_rows(pages, sheet["columns"], rows)
    except ValueError as error:  # a page without the table header, a row not printed
        (out / f"{name}.truth.json").unlink(missing_ok=True)
        return [f"no truth written: {error}"]
    for index, record in enumerate(records):
        record.update(page=spans[index // per_row][0], page_end=spans[index // per_row][1])
    truth.write_truth(content, records, pdf_path, len(pages))
    return calc.rows_apart(spans)
