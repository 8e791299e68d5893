"""Word documents with key/value objective schede and status rows (python-docx printed by
LibreOffice Writer).

* ``comune-modena-2024-piao``: schede obiettivo, a key/value table naming the objectives
  above ``Target 2024 | 2025 | 2026``, a table broken without its header repeated;
* ``cciaa-venezia-2021-relazione``: landscape, shaded objective rows and ``OBIETTIVO …
  RAGGIUNTO – …`` status rows in the table, ``1,5 mln €``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docx.table import Table

from . import writer
from .office import print_pdf
from .truth import load_content, row_records, write_truth
from .word_tables import Hierarchy

Block = dict[str, Any]
Content = dict[str, Any]

PAGE = writer.Page(margin_top=2.3, margin_bottom=2.0, table_size=8.0)
GREY_RULE = "A6A6A6"  # thin grey lines of the Modena schede
GREY_RULE_SIZE = 4  # eighths of a point: 0.5 pt
BLACK_RULE = "000000"
LABEL_FILL = "E7E6E6"  # key cells of a scheda
MODENA_HEADER_FILL = "DEEAF6"
VENEZIA_HEADER_FILL = "D9D9D9"
OBJECTIVE_FILLS = {"strategic": "B4C6E7", "operational": "DDEBF7"}


# --------------------------------------------------------------------------- texts


def objective_text(objective: Block) -> str:
    """Return an objective heading or row as printed: ``label code – title``."""
    return f"{objective['label']} {objective['code']} – {objective['title']}"


def status_markup(row: Block) -> str:
    """Return a status row as marked up: the phrase bold, then `` – comment`` if any."""
    comment = f" – {row['comment']}" if row.get("comment") else ""
    return f"<b>{row['phrase']}</b>{comment}"


# --------------------------------------------------------------------------- tables


def row_flag(row: Any, name: str) -> None:
    """Set an on/off row property (``w:tblHeader``, ``w:cantSplit``)."""
    row._tr.get_or_add_trPr().append(writer.element(f"w:{name}"))


def set_rules(table: Table, colour: str, size: int) -> None:
    """Rule every cell edge of a table with single lines of one colour and size."""
    borders = writer.element("w:tblBorders")
    for name in ("top", "left", "bottom", "right", "insideH", "insideV"):
        attributes = {"val": "single", "sz": str(size), "space": "0", "color": colour}
        borders.append(writer.element(f"w:{name}", **attributes))
    table._tbl.tblPr.append(borders)


def new_table(doc: Any, widths: list[float], colour: str) -> Table:
    """Add an empty table with fixed column widths, ruled in the given colour."""
    table = doc.add_table(rows=0, cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    writer.set_table_geometry(table, widths, PAGE)
    set_rules(table, colour, GREY_RULE_SIZE if colour == GREY_RULE else 6)
    return table


def add_header_row(table: Table, widths: list[float], labels: list[str], fill: str) -> Any:
    """Add a bold, shaded header row that never splits; return it."""
    row = writer.new_row(table, widths)
    row_flag(row, "cantSplit")
    for cell, label in zip(row.cells, labels, strict=True):
        writer.fill_cell(cell, label, PAGE, bold=True)
        writer.shade(cell, fill)
    return row


def add_cells_row(
    table: Table, widths: list[float], cells: list[str | None], centre: set[int]
) -> None:
    """Add a row of plain cells that never splits across pages."""
    row = writer.new_row(table, widths)
    row_flag(row, "cantSplit")
    for index, (cell, text) in enumerate(zip(row.cells, cells, strict=True)):
        writer.fill_cell(cell, text or "", PAGE)
        if index in centre:
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


def add_merged_row(table: Table, widths: list[float], markup: str, fill: str | None) -> None:
    """Add one cell merged across the table (shaded when ``fill`` is given)."""
    row = writer.new_row(table, widths)
    row_flag(row, "cantSplit")
    cell = row.cells[0].merge(row.cells[-1])
    writer.fill_cell(cell, markup, PAGE)
    if fill:
        writer.shade(cell, fill)


def add_scheda(doc: Any, scheda: Block, content: Content) -> None:
    """Add a scheda obiettivo: the key/value table, a gap, then its indicator table."""
    widths: list[float] = content["scheda_widths"]
    table = new_table(doc, widths, GREY_RULE)
    for label, value in scheda["pairs"]:
        row = writer.new_row(table, widths)
        row_flag(row, "cantSplit")
        writer.fill_cell(row.cells[0], label, PAGE, bold=True)
        writer.shade(row.cells[0], LABEL_FILL)
        writer.fill_cell(row.cells[1], value, PAGE)
    gap = doc.add_paragraph()
    gap.paragraph_format.space_after = Pt(2)
    gap.add_run("").font.size = Pt(4)

    spec = content["indicator_table"]
    table = new_table(doc, spec["widths"], GREY_RULE)
    add_header_row(table, spec["widths"], spec["header"], MODENA_HEADER_FILL)  # not repeated
    targets = {i for i, field in enumerate(spec["fields"]) if field.startswith("target")}
    for row in scheda["rows"]:
        add_cells_row(table, spec["widths"], row["cells"], targets)
    end = doc.add_paragraph()
    end.paragraph_format.space_after = Pt(10)


def add_results_table(doc: Any, spec: Block) -> None:
    """Add a long results table (header repeated) or, without ``fields``, a plain one."""
    widths: list[float] = spec["widths"]
    table = new_table(doc, widths, BLACK_RULE)
    header = add_header_row(table, widths, spec["header"], VENEZIA_HEADER_FILL)
    if spec["fields"] is None:
        for row in spec["rows"]:
            add_cells_row(table, widths, row["cells"], set(range(1, len(widths))))
        return
    row_flag(header, "tblHeader")
    centre = {i for i, field in enumerate(spec["fields"]) if field in spec["centre"]}
    for row in spec["rows"]:
        if "objective" in row:
            level = row["objective"]["level"]
            markup = f"<b>{objective_text(row['objective'])}</b>"
            add_merged_row(table, widths, markup, OBJECTIVE_FILLS[level])
        elif "status" in row:
            add_merged_row(table, widths, status_markup(row), None)
        else:
            add_cells_row(table, widths, row["cells"], centre)


# --------------------------------------------------------------------------- document


def add_bullets(doc: Any, items: list[str]) -> None:
    """Add a bulleted list (Word's List Bullet style, a real numbering definition)."""
    for number, item in enumerate(items):
        paragraph = doc.add_paragraph(style="List Bullet")
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        paragraph.paragraph_format.space_after = Pt(6 if number == len(items) - 1 else 2)
        writer.add_runs(paragraph, item, PAGE.body_size)


def build_document(content: Content) -> Any:
    """Build the whole report as a python-docx Document."""
    doc = writer.new_document(content, PAGE, content["orientation"])
    writer.add_cover(doc, content["cover"])
    for block in content["body"]:
        paragraph = None
        if "heading" in block:
            size = 14.0 if block["level"] == 1 else 12.0
            paragraph = writer.add_heading(doc, block["heading"], size, bold=True)
        elif "paragraph" in block:
            paragraph = writer.add_text(doc, block["paragraph"], PAGE.body_size, before=4)
        elif "bullets" in block:
            add_bullets(doc, block["bullets"])
        elif "objective" in block:
            text = objective_text(block["objective"])
            paragraph = writer.add_text(doc, text, 12.0, bold=True, before=10, after=5, keep=True)
        elif "scheda" in block:
            add_scheda(doc, block["scheda"], content)
        elif "table" in block:
            add_results_table(doc, block["table"])
        else:
            raise ValueError(f"unknown body block: {block!r:.80}")
        if paragraph is not None and block.get("new_page"):
            paragraph.paragraph_format.page_break_before = True
    return doc


CHECKS = {
    "portrait", "landscape", "grey_rules", "grid_rules", "shaded_labels",
    "break_without_header", "header_repeated", "shaded_objective_rows", "status_rows",
    "bullets", "silent_table",
}  # fmt: skip
BULLET_GLYPHS = ("\uf0b7", "•")
SCHEDA_LABELS = (
    "Obiettivo strategico", "Obiettivo operativo", "Settore responsabile", "Peso dell'obiettivo",
)  # fmt: skip


@dataclass(frozen=True)
class Drawn:
    """What one PDF page draws: its size, words, ruling lines and filled rectangles."""

    width: float
    height: float
    words: list[dict[str, Any]]
    vertical: list[dict[str, Any]]  # vertical ruling lines longer than 3 pt
    fills: list[dict[str, Any]]  # filled rectangles (cell shading)

    @property
    def body_top(self) -> float:
        """Return the top of the page body (below the running header), in points."""
        return PAGE.margin_top * writer.POINTS_PER_CM - 4


@dataclass(frozen=True)
class TablePlace:
    """An indicator table and the top of its first row on each page it covers (1-based)."""

    widths: list[float]
    header: list[str]
    firsts: dict[int, float]


def read_drawing(pdf_path: Path) -> list[Drawn]:
    """Read every page's words, vertical ruling lines and filled rectangles."""
    drawn = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            words = page.extract_words(extra_attrs=["fontname"])
            vertical = [line for line in page.lines if abs(line["x0"] - line["x1"]) < 0.5]
            vertical = [line for line in vertical if line["bottom"] - line["top"] > 3]
            fills = [r for r in page.rects if r.get("fill")]
            drawn.append(Drawn(float(page.width), float(page.height), words, vertical, fills))
    return drawn


def grey_level(colour: Any) -> float | None:
    """Return the mean of a grey or RGB colour (0 black, 1 white); None for other spaces."""
    values = tuple(colour) if isinstance(colour, (list, tuple)) else (colour,)
    if len(values) in (1, 3) and all(isinstance(v, (int, float)) for v in values):
        return float(sum(values)) / len(values)
    return None


def fill_under(page: Drawn, word: dict[str, Any]) -> str | None:
    """Return the hex colour of the filled rectangle under a word's centre, if any."""
    x, y = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    for rect in page.fills:
        if rect["x0"] <= x <= rect["x1"] and rect["top"] <= y <= rect["bottom"]:
            colour = rect.get("non_stroking_color")
            values = tuple(colour) if isinstance(colour, (list, tuple)) else (colour,)
            if len(values) == 3:
                return "".join(f"{round(v * 255):02X}" for v in values)
            return "?"
    return None


def find_phrases(page: Drawn, phrase: str) -> list[list[dict[str, Any]]]:
    """Return the word runs of a page that spell a phrase (words on one line)."""
    wanted = phrase.split()
    words = page.words
    found = []
    for i in range(len(words) - len(wanted) + 1):
        run = words[i : i + len(wanted)]
        if [w["text"] for w in run] == wanted and abs(run[0]["top"] - run[-1]["top"]) < 2:
            found.append(run)
    return found


def column_edges(widths: list[float]) -> list[float]:
    """Return the x (pt) of each column's left edge and of the table's right edge."""
    left = (PAGE.margin_left - PAGE.cell_margin) * writer.POINTS_PER_CM
    return [left + sum(widths[:i]) * writer.POINTS_PER_CM for i in range(len(widths) + 1)]


# --------------------------------------------------------------------------- checks


def ruled(page: Drawn, x: float, grey: bool) -> bool:
    """Return whether a vertical rule at ``x`` is drawn thin grey (``grey``) or black."""
    for line in (v for v in page.vertical if abs(v["x0"] - x) < 2):
        level = grey_level(line.get("stroking_color"))
        if grey and level is not None and 0.5 < level < 0.8 and line["linewidth"] <= 0.6:
            return True
        if not grey and level == 0:
            return True
    return False


def check_rules(drawn: list[Drawn], places: list[TablePlace], grey: bool) -> list[str]:
    """Check every column edge of every indicator table is ruled, in grey or in black."""
    problems = []
    for place in places:
        for number in place.firsts:
            page = drawn[number - 1]
            lost = [x for x in column_edges(place.widths) if not ruled(page, x, grey)]
            if lost:
                problems.append(f"page {number}: no {'thin grey' if grey else 'black'} rule"
                                f" at x = {', '.join(f'{x:.0f}' for x in lost)}")  # fmt: skip
        black = [v for n in place.firsts for v in drawn[n - 1].vertical
                 if grey and grey_level(v.get("stroking_color")) == 0]  # fmt: skip
        if black:
            problems.append(f"{len(black)} black vertical rules on the pages of a grey table")
    kind = "thin grey (≤ 0.6 pt)" if grey else "black"
    print(f"  ruling: every column edge of every indicator table ruled in {kind} lines")
    return problems


def check_shaded_labels(drawn: list[Drawn], content: Content) -> list[str]:
    """Check each scheda's label cells are shaded and its value cells are not."""
    schede = [block["scheda"] for block in content["body"] if "scheda" in block]
    problems = []
    for label in SCHEDA_LABELS:
        shaded = plain_values = 0
        for page in drawn:
            for run in find_phrases(page, label):
                if all(fill_under(page, w) for w in run):
                    shaded += 1
                    line = [w for w in page.words if abs(w["top"] - run[0]["top"]) < 2]
                    values = [w for w in line if w["x0"] > run[-1]["x1"] + 20]
                    plain_values += bool(values) and not any(fill_under(page, w) for w in values)
        if shaded != len(schede) or plain_values != len(schede):
            problems.append(f"label {label!r}: {shaded} shaded, {plain_values} unshaded values,"
                            f" {len(schede)} schede")  # fmt: skip
    print(f"  schede: {len(schede)} key/value tables, label cells shaded, value cells not")
    return problems


def header_words(page: Drawn, place: TablePlace, top: float) -> list[dict[str, Any]]:
    """Return the header-label words printed between the body top and a row's top."""
    labels = {word for label in place.header for word in label.split() if len(word) > 3}
    return [w for w in page.words if page.body_top <= w["top"] < top - 1 and w["text"] in labels]


def check_break_without_header(drawn: list[Drawn], places: list[TablePlace]) -> list[str]:
    """Check a table runs onto a next page whose first row has no header above it."""
    broken = [place for place in places if len(place.firsts) > 1]
    problems = []
    for place in broken:
        pages = sorted(place.firsts)
        for number in pages[1:]:
            top = place.firsts[number]
            above = header_words(drawn[number - 1], place, top)
            if above or top - drawn[number - 1].body_top > 20:
                problems.append(f"page {number}: header or other text above the continued rows")
        print(f"  table runs over pages {pages}; header NOT repeated on page {pages[-1]}")
    return problems + ([] if broken else ["no indicator table runs onto a second page"])


def check_header_repeated(drawn: list[Drawn], places: list[TablePlace]) -> list[str]:
    """Check every table that runs onto a next page repeats its shaded header there."""
    broken = [place for place in places if len(place.firsts) > 1]
    problems = []
    for place in broken:
        pages = sorted(place.firsts)
        for number in pages:
            page = drawn[number - 1]
            words = [w for w in header_words(page, place, place.firsts[number])
                     if place.firsts[number] - w["top"] < 40]  # fmt: skip
            wanted = {w for label in place.header for w in label.split() if len(w) > 3}
            if {w["text"] for w in words} != wanted or not all(fill_under(page, w) for w in words):
                problems.append(f"page {number}: shaded header row missing above the rows")
        print(f"  table runs over pages {pages}; shaded header repeated on each")
    return problems + ([] if broken else ["no indicator table runs onto a second page"])


def table_rows(content: Content, key: str) -> list[Block]:
    """Return the rows of every indicator table that carry ``key``, in document order."""
    return [
        row
        for block in content["body"]
        if "table" in block and block["table"]["fields"] is not None
        for row in block["table"]["rows"]
        if key in row
    ]


def check_objective_rows(drawn: list[Drawn], content: Content) -> list[str]:
    """Check each objective row is printed bold on a shaded band inside its table."""
    problems = []
    for row in table_rows(content, "objective"):
        text = objective_text(row["objective"])
        head = " ".join(text.split()[:3])
        hits = [
            (page, run)
            for page in drawn
            for run in find_phrases(page, head)
            if all(fill_under(page, w) for w in run) and all("Bold" in w["fontname"] for w in run)
        ]
        if len(hits) != 1:
            problems.append(f"objective row {head!r}: {len(hits)} bold shaded prints")
    count = len(table_rows(content, "objective"))
    print(f"  {count} objective rows merged across their table, bold on a shaded band")
    return problems


def check_status_rows(drawn: list[Drawn], content: Content) -> list[str]:
    """Check each status row prints its bold phrase, then its comment, inside the table."""
    texts = ["".join(w["text"] for w in page.words) for page in drawn]
    problems = []
    rows = table_rows(content, "status")
    for row in rows:
        whole = writer.squash(
            row["phrase"] + (f" – {row['comment']}" if row.get("comment") else "")
        )
        if sum(text.count(whole) for text in texts) < 1:
            problems.append(f"status row {row['phrase']!r} not printed as one row")
        bold = [
            run
            for page in drawn
            for run in find_phrases(page, row["phrase"])
            if all("Bold" in w["fontname"] for w in run)
        ]
        if not bold:
            problems.append(f"status phrase {row['phrase']!r} not printed bold")
    print(f"  {len(rows)} status rows merged across the table (phrase in bold)")
    return problems


def check_bullets(drawn: list[Drawn], content: Content, row_pages: set[int]) -> list[str]:
    """Check the bulleted list is printed with bullet glyphs on a page before the tables."""
    items = [item for block in content["body"] for item in block.get("bullets", [])]
    for number, page in enumerate(drawn, start=1):
        glyphs = [w for w in page.words if w["text"] in BULLET_GLYPHS]
        if glyphs:
            prose = sum(len(w["text"]) > 3 for w in page.words) > 60
            print(f"  page {number}: prose and a list of {len(glyphs)} bullets, no indicator")
            if len(glyphs) != len(items) or not prose:
                return [f"page {number}: {len(glyphs)} bullets of {len(items)}, or no prose"]
            if number in row_pages or number > min(row_pages):
                return [f"the bulleted list (page {number}) is not before the tables"]
            return []
    return ["no bulleted list"]


def check_silent_table(drawn: list[Drawn], content: Content, row_pages: set[int]) -> list[str]:
    """Check the non-indicator table is printed, ruled, after the indicator pages."""
    silent = [
        block["table"]
        for block in content["body"]
        if "table" in block and block["table"]["fields"] is None
    ]
    texts = ["".join(w["text"] for w in page.words) for page in drawn]
    problems = [] if silent else ["the content has no non-indicator table"]
    for spec in silent:
        head = writer.squash("".join(spec["header"]))
        pages = [n for n, text in enumerate(texts, start=1) if head in text]
        cells = [writer.squash(cell) for row in spec["rows"] for cell in row["cells"]]
        found = pages and all(cell in texts[pages[0] - 1] for cell in cells)
        print(f"  table '{' | '.join(spec['header'])}' (no records) on pages {pages}")
        if not found or not drawn[pages[0] - 1].vertical or set(pages) & row_pages:
            problems.append(f"table {spec['header'][0]}… missing, unruled or on an indicator page")
    return problems


def check_layout(
    pdf_path: Path, content: Content, places: list[TablePlace], known: set[str]
) -> list[str]:
    """Print what the PDF shows and return the failed checks (empty when all hold)."""
    drawn = read_drawing(pdf_path)
    expect = set(content["expect"])
    if expect - CHECKS:
        raise ValueError(f"unknown checks: {sorted(expect - CHECKS)}")
    problems: list[str] = []
    landscape = [page.width > page.height for page in drawn]
    row_pages = {n for place in places for n in place.firsts}
    print(f"  {len(drawn)} pages, landscape: {sum(landscape)}; rows on pages {sorted(row_pages)}")
    if "landscape" in expect and not all(landscape):
        problems.append("not every page is landscape")
    if "portrait" in expect and any(landscape):
        problems.append("not every page is portrait")
    words = {w["text"] for page in drawn for w in page.words}
    unknown = sorted(w for w in words - known if not w.isdigit() and w not in BULLET_GLYPHS)
    if unknown:
        problems.append(f"words broken across lines (or unknown): {unknown[:12]}")
    checks: dict[str, Callable[[], list[str]]] = {
        "grey_rules": lambda: check_rules(drawn, places, grey=True),
        "grid_rules": lambda: check_rules(drawn, places, grey=False),
        "shaded_labels": lambda: check_shaded_labels(drawn, content),
        "break_without_header": lambda: check_break_without_header(drawn, places),
        "header_repeated": lambda: check_header_repeated(drawn, places),
        "shaded_objective_rows": lambda: check_objective_rows(drawn, content),
        "status_rows": lambda: check_status_rows(drawn, content),
        "bullets": lambda: check_bullets(drawn, content, row_pages),
        "silent_table": lambda: check_silent_table(drawn, content, row_pages),
    }
    for name, check in checks.items():
        if name in expect:
            problems.extend(check())
    return problems


def known_words(texts: list[str]) -> set[str]:
    """Return the words of the printed texts, with their parts at hyphens (line breaks)."""
    known = {word for text in texts for word in (writer.plain(text) or "").split()}
    known |= {part + "-" for word in known for part in word.split("-")[:-1]}
    known |= {part for word in known for part in re.split(r"(?<=-)", word)}
    return known


#!/usr/bin/env python3


STATUSES = {
    "OBIETTIVO RAGGIUNTO": "achieved",
    "OBIETTIVO PARZIALMENTE RAGGIUNTO": "partially_achieved",
    "OBIETTIVO NON RAGGIUNTO": "not_achieved",
}

Record = dict[str, Any]


# --------------------------------------------------------------------------- content


def indicator_tables(content: Content) -> Iterator[tuple[Block, list[Block]]]:
    """Yield ``(table format, indicator rows)`` for every indicator table, in order."""
    for block in content["body"]:
        if "scheda" in block:
            yield content["indicator_table"], block["scheda"]["rows"]
        elif "table" in block and block["table"]["fields"] is not None:
            yield block["table"], [row for row in block["table"]["rows"] if "cells" in row]


# --------------------------------------------------------------------------- mechanical re-checks


# --------------------------------------------------------------------------- records


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


def schede_records(content: Content) -> list[list[Record]]:
    """Make the records of every scheda's indicator rows (pages unset), row by row."""
    rows: list[list[Record]] = []
    previous: Block = {}
    for block in content["body"]:
        if "scheda" in block:
            context = scheda_context(block["scheda"])
            spec = content["indicator_table"]
            rows.extend(
                row_records(spec["fields"], row["cells"], row["parsed"], context)
                for row in block["scheda"]["rows"]
            )
        elif "scheda" in previous and "paragraph" in block:
            raise ValueError("prose right after a scheda would be a comment: not intended")
        previous = block
    return rows


def long_table_records(content: Content) -> list[list[Record]]:
    """Make the records of every long table's indicator rows (pages unset), row by row.

    Area headings and objective rows set the hierarchy; a status row right after an
    indicator sets its status, status_text (the phrase) and comment (the text after it).
    """
    hierarchy = Hierarchy()
    rows: list[list[Record]] = []
    weights: dict[str, float] = {}
    for block in content["body"]:
        if "objective" in block:
            hierarchy.enter(block["objective"])
        if "table" not in block or block["table"]["fields"] is None:
            continue
        last: list[Record] | None = None
        for row in block["table"]["rows"]:
            if "objective" in row:
                hierarchy.enter(row["objective"])
                last = None
            elif "status" in row:
                if last is None or STATUSES.get(row["phrase"]) != row["status"]:
                    raise ValueError(f"status row not after an indicator, or wrong: {row}")
                for record in last:
                    record.update(status=row["status"], status_text=writer.plain(row["phrase"]))
                    record["comment"] = writer.plain(row["comment"])
                last = None
            else:
                spec = block["table"]
                last = row_records(spec["fields"], row["cells"], row["parsed"], hierarchy.context)
                rows.append(last)
                code = hierarchy.context["objective_code"]
                weights[code] = weights.get(code, 0) + (last[0]["weight"] or 0)
    if any(total != 100 for total in weights.values()):
        raise ValueError(f"indicator weights of an objective do not add up to 100: {weights}")
    return rows


def build_records(content: Content) -> list[list[Record]]:
    """Make the records of every indicator row for the content's layout."""
    if content["layout"] == "schede":
        return schede_records(content)
    return long_table_records(content)


# --------------------------------------------------------------------------- pdf


def locate_rows(pdf_path: Path, content: Content) -> tuple[list[tuple[int, int]], list[TablePlace]]:
    """Return the 1-based (page, page_end) of every indicator row, and where each table is."""
    pages = writer.read_pdf(pdf_path, PAGE)
    spans = []
    places = []
    at = (0, 0.0)
    for spec, rows in indicator_tables(content):
        view = {"widths": spec["widths"], "header": spec["header"]}
        column = spec["fields"].index("indicator")
        firsts: dict[int, float] = {}
        for row in rows:
            at = writer.find_cell_start(pages, view, column, row["cells"][column], at)
            end = writer.find_row_end(pages, view, row["cells"], at)
            spans.append((at[0] + 1, end + 1))
            firsts.setdefault(at[0] + 1, at[1])
            at = (at[0], at[1] + 1)
        places.append(TablePlace(spec["widths"], spec["header"], firsts))
    return spans, places


def printed_texts(content: Content) -> Iterator[str]:
    """Yield every text the content prints (cover, header, prose, headings, tables)."""
    yield from (line["text"] for line in content["cover"])
    yield content["running_header"]
    for block in content["body"]:
        yield from filter(None, [block.get("heading"), block.get("paragraph")])
        yield from block.get("bullets", [])
        if "objective" in block:
            yield objective_text(block["objective"])
        if "scheda" in block:
            yield from (text for pair in block["scheda"]["pairs"] for text in pair)
            yield from content["indicator_table"]["header"]
            yield from (cell for row in block["scheda"]["rows"] for cell in row["cells"] if cell)
        if "table" in block:
            yield from block["table"]["header"]
            for row in block["table"]["rows"]:
                yield from (cell for cell in row.get("cells", []) if cell)
                if "objective" in row:
                    yield objective_text(row["objective"])
                yield from filter(None, [row.get("phrase"), row.get("comment"), "–"])


# --------------------------------------------------------------------------- main


def make_sample(name: str, out: Path) -> list[str]:
    """Render one sample and write its PDF and truth; return the failed checks."""
    content = writer.resolve(load_content(name))
    rows = build_records(content)
    pdf_path = print_pdf(build_document(content), ".docx", out / f"{name}.pdf")
    spans, places = locate_rows(pdf_path, content)
    for row_recs, (page, page_end) in zip(rows, spans, strict=True):
        for record in row_recs:
            record.update(page=page, page_end=page_end)
    records = [record for row_recs in rows for record in row_recs]
    pages = len(writer.read_pdf(pdf_path, PAGE))
    write_truth(content, records, pdf_path, pages)
    return check_layout(pdf_path, content, places, known_words(list(printed_texts(content))))
