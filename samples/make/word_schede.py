"""Word documents of schede and long tables (python-docx printed by LibreOffice Writer).

* ``asl-salerno-2023-relazione``: schede obiettivo with a white-on-dark header, an
  ``Esito:`` paragraph after each table (the outcome of all its indicators, the paragraph
  after it their comment), roman area codes;
* ``ministero-cultura-2024-piano``: landscape, rules across only, ``Target`` spanning
  ``2024 | 2025 | 2026``, a risk register that yields nothing.

The content is the ``tables`` format of :mod:`word_tables` with ``scheda`` and ``esito``
blocks; every row's ``parsed`` holds its hand-written values.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import RGBColor
from docx.table import Table

from . import writer
from .office import print_pdf
from .truth import load_content, row_records, write_truth
from .word_tables import Hierarchy, find_heading_pages

Block = dict[str, Any]
Content = dict[str, Any]

PAGE = writer.Page(margin_top=2.3, margin_bottom=2.0, table_size=8.0)
DARK_FILL = "1F3864"
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
OBJECTIVE_SIZES = {"area": 12.0, "strategic": 11.0, "operational": 10.0}


# --------------------------------------------------------------------------- texts


def objective_text(objective: Block) -> str:
    """Return an objective heading as printed: ``label code sep title``."""
    return f"{objective['label']} {objective['code']}{objective['sep']}{objective['title']}"


def esito_text(esito: Block) -> str:
    """Return a status paragraph as printed."""
    return f"Esito: {esito['phrase']}"


def column_labels(spec: Block) -> list[str]:
    """Return the label over each column (the second header row's label where there is one).

    >>> column_labels({"header": ["A", "Target"], "header_sub": ["2024", "2025"]})
    ['A', '2024', '2025']
    """
    sub: list[str] = spec.get("header_sub", [])
    if not sub:
        return list(spec["header"])
    return [*spec["header"][:-1], *sub]


# --------------------------------------------------------------------------- tables


def row_flag(row: Any, name: str) -> None:
    """Set an on/off row property (``w:tblHeader``, ``w:cantSplit``)."""
    row._tr.get_or_add_trPr().append(writer.element(f"w:{name}"))


def set_horizontal_rules(table: Table) -> None:
    """Rule a table above, between and below its rows only: no vertical line at all."""
    borders = writer.element("w:tblBorders")
    for name, size in (("top", 12), ("left", 0), ("bottom", 12), ("right", 0)):
        borders.append(
            writer._border(name, size) if size else writer.element(f"w:{name}", val="nil")
        )
    borders.append(writer._border("insideH", 4))
    borders.append(writer.element("w:insideV", val="nil"))
    table._tbl.tblPr.append(borders)


def add_header_rows(table: Table, spec: Block) -> None:
    """Add the header row(s), repeated on each page; a second row goes under a spanning label."""
    widths: list[float] = spec["widths"]
    sub: list[str] = spec.get("header_sub", [])
    rows = [writer.new_row(table, widths) for _ in range(2 if sub else 1)]
    for row in rows:
        row_flag(row, "tblHeader")
        row_flag(row, "cantSplit")
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
    centred = {*sub, header[-1]} if sub else set()
    for cell, label in cells:
        writer.fill_cell(cell, label, PAGE, bold=True)
        paragraph = cell.paragraphs[0]
        if label in centred:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if spec["style"] == "grid_dark":
            writer.shade(cell, DARK_FILL)
            for run in paragraph.runs:
                run.font.color.rgb = WHITE


def add_table(doc: Any, spec: Block) -> None:
    """Add one table in its format's style: header row(s), then rows that never split."""
    widths: list[float] = spec["widths"]
    table = doc.add_table(rows=0, cols=len(widths))
    if spec["style"] == "grid_dark":
        table.style = "Table Grid"
    elif spec["style"] == "hrules":
        set_horizontal_rules(table)
    else:
        raise ValueError(f"unknown table style {spec['style']!r}")
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    writer.set_table_geometry(table, widths, PAGE)
    add_header_rows(table, spec)
    centred = {i for i, f in enumerate(spec.get("fields") or []) if f in spec.get("centre", [])}
    for item in spec["rows"]:
        row = writer.new_row(table, widths)
        row_flag(row, "cantSplit")
        for index, (cell, text) in enumerate(zip(row.cells, item["cells"], strict=True)):
            writer.fill_cell(cell, text or "", PAGE)
            if index in centred:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


# --------------------------------------------------------------------------- document


def build_document(content: Content, toc_pages: dict[str, int]) -> Any:
    """Build the whole report; ``toc_pages`` gives the page of each index entry (0 unknown)."""
    orientation = content["orientation"]
    doc = writer.new_document(content, PAGE, orientation)
    writer.add_cover(doc, content["cover"])
    previous_was_table = False
    for block in content["body"]:
        paragraph = None
        if "toc" in block:
            writer.add_toc(doc, block["toc"], toc_pages, orientation, PAGE)
        elif "heading" in block:
            size = 14.0 if block["level"] == 1 else 12.0
            paragraph = writer.add_heading(doc, block["heading"], size, bold=True)
        elif "objective" in block:
            size = OBJECTIVE_SIZES[block["objective"]["level"]]
            text = objective_text(block["objective"])
            paragraph = writer.add_text(doc, text, size, bold=True, before=8, after=4, keep=True)
        elif "esito" in block:
            writer.add_text(
                doc, esito_text(block["esito"]), PAGE.body_size, bold=True, before=5, after=2
            )
        elif "paragraph" in block:
            paragraph = writer.add_text(doc, block["paragraph"], PAGE.body_size)
        elif "table" in block:
            if previous_was_table:  # Word would join two adjacent tables
                doc.add_paragraph()
            add_table(doc, block["table"])
        else:
            raise ValueError(f"unknown body block: {block!r:.80}")
        if paragraph is not None and block.get("new_page"):
            paragraph.paragraph_format.page_break_before = True
        previous_was_table = "table" in block
    return doc


# --------------------------------------------------------------------------- reading back


@dataclass(frozen=True)
class Drawn:
    """What one PDF page draws: its size, words (with colour) and ruling segments."""

    width: float
    height: float
    words: list[dict[str, Any]]
    vertical: list[dict[str, Any]]  # vertical edges longer than 3 pt (lines, rect sides)
    horizontal: list[dict[str, Any]]  # horizontal edges longer than 20 pt
    dark_rects: list[dict[str, Any]]  # filled rectangles darker than mid grey


def is_white(colour: Any) -> bool:
    """Return whether a pdfplumber colour (gray, RGB or CMYK tuple) is white."""
    values = tuple(colour) if isinstance(colour, (list, tuple)) else (colour,)
    if len(values) == 4:
        return all(v == 0 for v in values)
    return bool(values) and all(v is not None and v >= 0.99 for v in values)


def is_dark(colour: Any) -> bool:
    """Return whether a fill colour is darker than mid grey."""
    values = tuple(colour) if isinstance(colour, (list, tuple)) else (colour,)
    if len(values) in (1, 3) and all(isinstance(v, (int, float)) for v in values):
        return sum(values) / len(values) < 0.5
    return False


def read_drawing(pdf_path: Path) -> list[Drawn]:
    """Read every page's words (``white`` set where all chars are white) and rulings."""
    drawn = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            words = page.extract_words(extra_attrs=["non_stroking_color", "fontname"])
            edges = page.edges
            drawn.append(
                Drawn(
                    float(page.width),
                    float(page.height),
                    [{**w, "white": is_white(w["non_stroking_color"])} for w in words],
                    [e for e in edges if e["orientation"] == "v" and e["height"] > 3],
                    [e for e in edges if e["orientation"] == "h" and e["width"] > 20],
                    [
                        r
                        for r in page.rects
                        if r.get("fill") and is_dark(r.get("non_stroking_color"))
                    ],
                )
            )
    return drawn


def table_spec_for_locating(spec: Block) -> Block:
    """Return the ``widths``/``header`` view of a table that the :mod:`writer` locators need."""
    return {"widths": spec["widths"], "header": column_labels(spec)}


def column_edges(spec: Block) -> list[float]:
    """Return the x (pt) of each column's left edge and of the table's right edge."""
    left = (PAGE.margin_left - PAGE.cell_margin) * writer.POINTS_PER_CM
    return [
        left + sum(spec["widths"][:i]) * writer.POINTS_PER_CM
        for i in range(len(spec["widths"]) + 1)
    ]


# --------------------------------------------------------------------------- layout checks


def table_pages(
    content: Content, spans: list[tuple[int, float, int]]
) -> list[tuple[Block, dict[int, float]]]:
    """Pair each indicator table with the top of its first row on each page it covers."""
    found: list[tuple[Block, dict[int, float]]] = []
    position = 0
    for block in content["body"]:
        spec = block.get("table")
        if spec is None or spec["fields"] is None:
            continue
        firsts: dict[int, float] = {}
        for page, top, _ in spans[position : position + len(spec["rows"])]:
            firsts.setdefault(page, top)
        position += len(spec["rows"])
        found.append((spec, firsts))
    return found


def header_words_above(page: Drawn, spec: Block, top: float) -> list[dict[str, Any]]:
    """Return the words of the header row(s) printed just above a row's top."""
    labels = set(" ".join([*spec["header"], *spec.get("header_sub", [])]).split())
    return [w for w in page.words if top - 60 < w["top"] < top - 1 and w["text"] in labels]


def check_header(page: Drawn, spec: Block, top: float, white: bool) -> str | None:
    """Check that all header labels sit above ``top`` (white on a dark fill if ``white``)."""
    words = header_words_above(page, spec, top)
    missing = set(" ".join(column_labels(spec)).split()) - {w["text"] for w in words}
    if missing:
        return f"header words {sorted(missing)} missing above the rows"
    if white:
        dark = [
            w
            for w in words
            if w["white"]
            and "Bold" in w["fontname"]
            and any(
                r["x0"] <= (w["x0"] + w["x1"]) / 2 <= r["x1"]
                and r["top"] <= (w["top"] + w["bottom"]) / 2 <= r["bottom"]
                for r in page.dark_rects
            )
        ]
        if len(dark) != len(words):
            return f"{len(words) - len(dark)} header words are not white bold on a dark fill"
    return None


def check_two_row_header(page: Drawn, spec: Block, top: float) -> str | None:
    """Check ``Target`` on the first header row, centred over the years on the second."""
    sub = spec.get("header_sub", [])
    if not sub:
        return "the table format has no second header row"
    first_label = spec["header"][0].split()[0]
    for target in (w for w in page.words if w["text"] == spec["header"][-1] and w["top"] < top):
        years = []
        for year in sub:
            below = [w for w in page.words if w["text"] == year and target["top"] + 4 < w["top"]]
            years.extend(w for w in below[:1] if w["top"] < top)
        centre = (target["x0"] + target["x1"]) / 2
        level = any(
            w["text"] == first_label and abs(w["top"] - target["top"]) < 2 for w in page.words
        )
        if len(years) == len(sub) and years[0]["x0"] < centre < years[-1]["x1"] and level:
            return None
    return "no two-row header (Target over the years) above the table"


def check_layout(
    pdf_path: Path,
    content: Content,
    spans: list[tuple[int, float, int]],
    toc_pages: dict[str, int],
    known: set[str],
) -> list[str]:
    """Print what the PDF shows and return the failed checks (empty when all hold)."""
    drawn = read_drawing(pdf_path)
    expect = set(content["expect"])
    problems: list[str] = []
    landscape = [page.width > page.height for page in drawn]
    row_pages = sorted({n for page, _, end in spans for n in range(page, end + 1)})
    print(f"  {len(drawn)} pages, landscape: {sum(landscape)}; indicators on pages {row_pages}")
    if "landscape" in expect and not all(landscape):
        problems.append("not every page is landscape")
    if "portrait" in expect and any(landscape):
        problems.append("not every page is portrait")
    words = {part for page in drawn for w in page.words for part in re.split(r"\.{4,}", w["text"])}
    broken = sorted(w for w in words - known - {""} if not w.isdigit())
    if broken:
        problems.append(f"words broken across lines (or unknown): {broken[:12]}")

    for spec, firsts in table_pages(content, spans):
        pages = sorted(firsts)
        label = f"'{spec['rows'][0]['cells'][1][:30]}…'"
        for number in pages:
            page = drawn[number - 1]
            if "grid_rules" in expect:
                xs = [e["x0"] for e in page.vertical]
                lost = [x for x in column_edges(spec) if not any(abs(x - v) < 2 for v in xs)]
                if lost or not page.horizontal:
                    problems.append(f"table {label}: column rules missing on page {number}")
            if "no_vertical_rules" in expect and (page.vertical or not page.horizontal):
                problems.append(f"page {number}: vertical rules drawn or no horizontal rule")
            if number == pages[0] or "header_repeated" in expect:
                problem = check_header(page, spec, firsts[number], "white_header" in expect)
                if problem:
                    problems.append(f"table {label}, page {number}: {problem}")
            if "two_row_header" in expect and number == pages[0]:
                problem = check_two_row_header(page, spec, firsts[number])
                if problem:
                    problems.append(f"table {label}, page {number}: {problem}")
        if len(pages) > 1:
            print(f"  table {label} runs over pages {pages}, header checked on each")
    if "header_repeated" in expect and all(len(f) == 1 for _, f in table_pages(content, spans)):
        problems.append("no table runs onto a second page (header repetition untested)")
    if "grid_rules" in expect:
        print("  ruling: every column edge ruled on every indicator page")
    if "no_vertical_rules" in expect:
        print("  ruling: horizontal rules only on every indicator page")
    if "white_header" in expect:
        print("  header: white bold text on a dark fill, on every page of every table")
    if "two_row_header" in expect:
        print("  header: 'Target' spanning the 2024 | 2025 | 2026 row")
    if "toc" in expect:
        problems.extend(check_toc(drawn, content, toc_pages))
    if "silent_table" in expect:
        problems.extend(check_silent_tables(drawn, content, row_pages))
    return problems


def check_toc(drawn: list[Drawn], content: Content, toc_pages: dict[str, int]) -> list[str]:
    """Check that the index page prints each entry with the page its heading is on."""
    toc = next((block["toc"] for block in content["body"] if "toc" in block), None)
    if toc is None:
        return ["the content has no index"]
    for number, page in enumerate(drawn, start=1):
        text = " ".join(w["text"] for w in page.words)
        if f" {toc['title']} {toc['entries'][0]['text']}" in text:
            wrong = [
                entry["text"]
                for entry in toc["entries"]
                if not re.search(
                    re.escape(entry["text"]) + rf"\.{{3,}}{toc_pages.get(entry['text'])}( |$)",
                    text,
                )
            ]
            print(f"  index on page {number}: {len(toc['entries']) - len(wrong)} entries right")
            return [f"index entries without their page: {wrong}"] if wrong else []
    return ["no index page"]


def check_silent_tables(drawn: list[Drawn], content: Content, row_pages: list[int]) -> list[str]:
    """Check that every non-indicator table is printed, on pages without indicator rows."""
    problems = []
    silent = [b["table"] for b in content["body"] if "table" in b and b["table"]["fields"] is None]
    if not silent:
        problems.append("the content has no non-indicator table")
    texts = ["".join(w["text"] for w in page.words) for page in drawn]
    for spec in silent:
        first = spec["rows"][0]["cells"][0].replace(" ", "")[:30]
        pages = [n for n, text in enumerate(texts, start=1) if first in text]
        print(f"  non-indicator table '{' | '.join(spec['header'])}' on pages {pages}")
        if not pages or set(pages) & set(row_pages):
            problems.append(f"table {spec['header'][0]}… missing or on an indicator page")
    return problems


#!/usr/bin/env python3


STATUSES = {
    "Raggiunto": "achieved",
    "Parzialmente raggiunto": "partially_achieved",
    "Non raggiunto": "not_achieved",
    "Obiettivo sospeso": "suspended",
}

Record = dict[str, Any]


# --------------------------------------------------------------------------- content


def tables(content: Content) -> Iterator[Block]:
    """Yield every (resolved) table spec in document order."""
    for block in content["body"]:
        if "table" in block:
            yield block["table"]


def indicator_rows(content: Content) -> Iterator[tuple[Block, Block]]:
    """Yield ``(table spec, row)`` for every indicator row, in document order."""
    for spec in tables(content):
        if spec["fields"] is not None:
            for row in spec["rows"]:
                yield spec, row


# --------------------------------------------------------------------------- mechanical re-checks


# --------------------------------------------------------------------------- records


def build_records(content: Content) -> list[list[Record]]:
    """Make the records of every indicator row (pages unset), row by row.

    An ``esito`` paragraph right after a table sets status and status_text on every record
    of that table; the paragraphs after it, up to the next heading or table, are their
    comment. Prose right after a table without an esito would be ambiguous: refused.
    """
    hierarchy = Hierarchy()
    rows: list[list[Record]] = []
    last_table: list[list[Record]] | None = None
    commented: list[list[Record]] = []
    comment: list[str] | None = None

    def close_comment() -> None:
        nonlocal comment
        if comment is not None:
            for record in (r for row in commented for r in row):
                record["comment"] = " ".join(comment) or None
        comment = None

    for block in content["body"]:
        if "table" in block or not ("esito" in block or "paragraph" in block):
            close_comment()
            last_table = None
        if "objective" in block:
            hierarchy.enter(block["objective"])
        elif "table" in block and block["table"]["fields"] is not None:
            spec = block["table"]
            last_table = [
                row_records(spec["fields"], row["cells"], row["parsed"], hierarchy.context)
                for row in spec["rows"]
            ]
            weights = [row[0]["weight"] for row in last_table]
            if "weight" in spec["fields"] and sum(w or 0 for w in weights) != 100:
                raise ValueError(f"weights of a table do not add up to 100: {weights}")
            rows.extend(last_table)
        elif "esito" in block:
            phrase, status = block["esito"]["phrase"], block["esito"]["status"]
            if last_table is None or STATUSES.get(phrase) != status:
                raise ValueError(f"esito {phrase!r} not right after a table, or not {status}")
            for record in (r for row in last_table for r in row):
                record.update(status=status, status_text=writer.plain(phrase))
            commented, comment, last_table = last_table, [], None
        elif "paragraph" in block:
            if last_table is not None:
                raise ValueError(f"prose right after an indicator table: {block!r:.60}")
            if comment is not None:
                comment.append(writer.plain(block["paragraph"]) or "")
    close_comment()
    return rows


# --------------------------------------------------------------------------- pdf


def locate_rows(pages: list[Any], content: Content) -> list[tuple[int, float, int]]:
    """Return the (page, top, page_end) of every indicator row (pages 1-based)."""
    rows = [
        (table_spec_for_locating(spec), spec["fields"].index("indicator"), row["cells"])
        for spec, row in indicator_rows(content)
    ]
    return writer.locate_rows(pages, rows)


def printed_texts(content: Content) -> Iterator[str]:
    """Yield every text the content prints (cover, header, index, headings, prose, tables)."""
    yield from (line["text"] for line in content["cover"])
    yield content["running_header"]
    for block in content["body"]:
        if "toc" in block:
            yield block["toc"]["title"]
            yield from (entry["text"] for entry in block["toc"]["entries"])
        elif "objective" in block:
            objective = block["objective"]
            yield f"{objective['label']} {objective['code']}{objective['sep']}{objective['title']}"
        elif "esito" in block:
            yield f"Esito: {block['esito']['phrase']}"
        elif "table" in block:
            yield from [*block["table"]["header"], *column_labels(block["table"])]
            yield from (cell for row in block["table"]["rows"] for cell in row["cells"] if cell)
        yield from filter(None, [block.get("heading"), block.get("paragraph")])


# --------------------------------------------------------------------------- main


def make_sample(name: str, out: Path) -> list[str]:
    """Render one sample and write its PDF and truth; return the failed checks."""
    content = writer.resolve(load_content(name))
    rows = build_records(content)
    pdf_path = print_pdf(build_document(content, {}), ".docx", out / f"{name}.pdf")
    toc_pages = find_heading_pages(writer.read_pdf(pdf_path, PAGE), content)
    if toc_pages:  # print again, the index now with the pages of its headings
        print_pdf(build_document(content, toc_pages), ".docx", pdf_path)
    pages = writer.read_pdf(pdf_path, PAGE)
    problems = []
    if toc_pages and find_heading_pages(pages, content) != toc_pages:
        problems.append("the index's page numbers moved in the second rendering")

    spans = locate_rows(pages, content)
    for row_recs, (page, _, page_end) in zip(rows, spans, strict=True):
        for record in row_recs:
            record.update(page=page, page_end=page_end)
    records = [record for row_recs in rows for record in row_recs]
    write_truth(content, records, pdf_path, len(pages))
    if toc_pages:
        print(f"  index pages: {toc_pages}")
    known = {word for text in printed_texts(content) for word in (writer.plain(text) or "").split()}
    known |= {part + "-" for word in known for part in word.split("-")[:-1]}  # line breaks
    known |= {word.split("-")[-1] for word in known}
    return problems + check_layout(pdf_path, content, spans, toc_pages, known)
