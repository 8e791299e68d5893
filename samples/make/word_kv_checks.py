"""The layout checks of :mod:`word_tables` samples of key/value schede and long tables
(``comune-modena-2024-piao``, ``cciaa-venezia-2021-relazione``: their content says
``"checks": "kv"``), read back from the PDF with pdfplumber.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber

from . import writer
from .word_checks import column_edges

Block = dict[str, Any]
Content = dict[str, Any]
PAGE = writer.Page(margin_top=2.3, margin_bottom=2.0)
objective_text = writer.objective_text


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
