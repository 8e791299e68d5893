"""The layout checks of :mod:`word_tables` samples, read back from the PDF with pdfplumber.

A content's ``expect`` names the checks it exists for: an index (``toc``, ``toc_pages``),
pages (``landscape``: indicators on landscape and portrait pages; ``all_landscape``,
``all_portrait``, ``landscape_section``: the widest table alone in one), rules
(``no_vertical_rules`` on indicator pages, ``hrules_only``, ``grid_rules``,
``ruled_columns``), headers (``header`` above a table's first row, ``white_header``,
``header_repeated``, ``two_row_header``, ``long_table``: over 3+ pages with its header on
each), rows (``split_row``,
``split_row_bare``: its rest opening the next page without a header), other tables
(``tables_share_page``, ``silent_table``) and ``closing_section``. Every sample is also
checked for words broken across lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber

from . import writer

Block = writer.Block
Content = writer.Content
Record = dict[str, Any]
Spans = list[tuple[int, float, int]]  # each indicator row's first page, top, last page

CHECKS = {
    "toc", "toc_pages", "landscape", "all_landscape", "all_portrait", "landscape_section",
    "no_vertical_rules", "hrules_only", "grid_rules", "ruled_columns", "white_header",
    "header_repeated", "two_row_header", "long_table", "split_row", "split_row_bare",
    "tables_share_page", "silent_table", "closing_section", "header",
}  # fmt: skip


@dataclass(frozen=True)
class Rendered:
    """A printed sample: its PDF, body pages, content, records and row spans, index pages."""

    pdf_path: Path
    pages: list[writer.PdfPage]
    content: Content
    records: list[Record]
    spans: Spans
    toc_pages: dict[str, int]


@dataclass(frozen=True)
class Drawn:
    """What one PDF page draws: its size, words (with colour) and ruling segments."""

    width: float
    height: float
    words: list[dict[str, Any]]
    vertical: list[dict[str, Any]]  # vertical edges longer than 3 pt (lines, rect sides)
    horizontal: list[dict[str, Any]]  # horizontal edges longer than 20 pt
    dark_rects: list[dict[str, Any]]  # filled rectangles darker than mid grey


def column_labels(spec: Block) -> list[str]:
    """Return the label over each column (the second header row's label where there is one).

    >>> column_labels({"header": ["A", "Target"], "header_sub": ["2024", "2025"]})
    ['A', '2024', '2025']
    """
    sub: list[str] = spec.get("header_sub", [])
    return [*spec["header"][:-1], *sub] if sub else list(spec["header"])


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
            fills = [r for r in page.rects if r.get("fill") and is_dark(r["non_stroking_color"])]
            drawn.append(
                Drawn(
                    float(page.width),
                    float(page.height),
                    [{**w, "white": is_white(w["non_stroking_color"])} for w in words],
                    [e for e in edges if e["orientation"] == "v" and e["height"] > 3],
                    [e for e in edges if e["orientation"] == "h" and e["width"] > 20],
                    fills,
                )
            )
    return drawn


def column_edges(widths: list[float]) -> list[float]:
    """Return the x (pt) of each column's left edge and of the table's right edge."""
    page = writer.Page()
    left = (page.margin_left - page.cell_margin) * writer.POINTS_PER_CM
    return [left + sum(widths[:i]) * writer.POINTS_PER_CM for i in range(len(widths) + 1)]


def printed_texts(content: Content) -> Iterator[str]:
    """Yield every text the content prints (cover, header, index, headings, prose, tables)."""
    yield from (line["text"] for line in content["cover"])
    yield content["running_header"]
    for block in content["body"]:
        if "toc" in block:
            yield block["toc"]["title"]
            yield from (entry["text"] for entry in block["toc"]["entries"])
        elif "esito" in block:
            yield f"Esito: {block['esito']['phrase']}"
        elif "table" in block or "scheda" in block:
            spec = block.get("table") or block["scheda"]["table"]
            yield from [*spec["header"], *column_labels(spec), "–"]
            yield from (text for pair in block.get("scheda", {}).get("pairs", []) for text in pair)
            for row in spec["rows"]:
                texts = [*row.get("cells", []), row.get("phrase"), row.get("comment")]
                yield from filter(None, [*texts, writer.block_text(row)])
        yield from block.get("bullets", [])
        yield from filter(None, [writer.block_text(block), block.get("paragraph")])


def known_words(content: Content) -> set[str]:
    """The words the content prints, with their parts at hyphens (line breaks)."""
    known = {word for text in printed_texts(content) for word in (writer.plain(text) or "").split()}
    known |= {part + "-" for word in known for part in word.split("-")[:-1]}
    known |= {part for word in known for part in re.split(r"(?<=-)", word)}
    return known


def check_layout(done: Rendered, rows: list[tuple[Block, Block]]) -> list[str]:
    """Print what the PDF shows and return the failed checks (empty when all hold);
    ``rows`` are the (table, row) of every indicator row."""
    expect = set(done.content.get("expect", []))
    if expect - CHECKS:
        raise ValueError(f"unknown layout checks: {sorted(expect - CHECKS)}")
    drawn = read_drawing(done.pdf_path)
    known = known_words(done.content)
    words = {
        part for page in done.pages for w in page.words for part in re.split(r"\.{4,}", w["text"])
    }
    broken = sorted(w for w in words - known - {""} if not w.isdigit())
    problems = [f"words broken across lines (or unknown): {broken[:12]}"] if broken else []
    problems += check_pages(done, drawn, rows, expect)
    problems += check_tables(done, drawn, expect)
    if "long_table" in expect:
        problems += check_long_table(done, rows)
    if "toc_pages" in expect:
        problems += check_toc(drawn, done.content, done.toc_pages)
    row_pages = sorted({n for page, _, end in done.spans for n in range(page, end + 1)})
    if "silent_table" in expect:
        problems += check_silent_tables(drawn, done.content, row_pages)
    if "closing_section" in expect:
        last = done.spans[-1][2]
        text = writer.squash("".join(w["text"] for p in drawn[last - 1 :] for w in p.words))
        after = [block["paragraph"] for block in done.content["body"][-2:]]
        if "3.Conclusioni" not in text or not all(writer.squash(p)[:40] in text for p in after):
            problems.append("the Conclusioni section is not printed after the last table")
        else:
            print("  'Conclusioni' heading and two prose paragraphs after the last table")
    return problems


# --------------------------------------------------------------------------- pages and rows


def check_pages(
    done: Rendered, drawn: list[Drawn], rows: list[tuple[Block, Block]], expect: set[str]
) -> list[str]:
    """The checks of orientation, rules on indicator pages and rows split over pages."""
    problems: list[str] = []
    pages, records = done.pages, done.records
    split = [r for r in records if r["page_end"] > r["page"]]
    row_pages = {page for r in records for page in range(r["page"], r["page_end"] + 1)}
    shape = "".join("L" if p.width > p.height else "P" for p in pages)
    print(f"  {len(pages)} pages {shape}; rows split across pages: "
          f"{[(r['page'], r['page_end']) for r in split]}")  # fmt: skip
    if "split_row" in expect and not split:
        problems.append("no indicator row is split across a page break")
    landscape = sorted(n for n in row_pages if shape[n - 1] == "L")
    if "landscape" in expect and (not landscape or len(landscape) == len(row_pages)):
        problems.append("indicators are not on both landscape and portrait pages")
    if ("all_landscape" in expect and "P" in shape) or ("all_portrait" in expect and "L" in shape):
        problems.append(f"not every page has the orientation expected: {shape}")
    if "no_vertical_rules" in expect:
        ruled = sorted(n for n in row_pages if pages[n - 1].vertical_rules)
        if ruled:
            problems.append(f"vertical rules on indicator pages {ruled}")
    if "landscape_section" in expect:
        wide = {page for (spec, _), (page, _, _) in zip(rows, done.spans, strict=True)
                if len(spec["widths"]) == 7}  # fmt: skip
        first, last = min(wide), max(wide)
        if not (shape[: first - 1].strip("P") == "" and shape[first - 1 : last] == "L" * len(wide)
                and shape[last:] and shape[last:].strip("P") == ""):  # fmt: skip
            problems.append(f"the wide table is not alone in a landscape section: {shape}")
        else:
            print(f"  landscape section: page(s) {sorted(wide)} hold the widest table")
    if "ruled_columns" in expect:
        unruled = [
            (page, round(x))
            for (spec, _), (page, _, _) in zip(rows, done.spans, strict=True)
            for x in column_edges(spec["widths"])
            if not any(abs(e["x0"] - x) < 2 for e in drawn[page - 1].vertical)
        ]
        if unruled:
            problems.append(f"column edges without a vertical rule: {sorted(set(unruled))[:6]}")
        else:
            print("  every column edge of every table ruled on every page of its rows")
    if "split_row_bare" in expect:
        problems += check_split_rows(done, rows)
    return problems


def check_split_rows(done: Rendered, rows: list[tuple[Block, Block]]) -> list[str]:
    """Check that a row split over a page break opens the next page, the header not repeated."""
    split = [(row, span) for (_, row), span in zip(rows, done.spans, strict=True)
             if span[2] > span[0]]  # fmt: skip
    if not split:
        return ["no indicator row is split across a page break"]
    problems = []
    for row, (page, _, page_end) in split:
        words = done.pages[page_end - 1].words
        top_text = writer.squash("".join(w["text"] for w in words[:6]))
        header_above = any(w["text"] == "atteso" for w in words if w["top"] < words[0]["top"] + 30)
        if header_above or top_text[:10] not in writer.squash(row["cells"][0]):
            problems.append(f"page {page_end}: split row not at the page top, or header repeated")
        else:
            print(f"  row {writer.plain(row['cells'][0])!r:.40} split over pages {page}-{page_end};"
                  f" page {page_end} opens with its rest, header NOT repeated")  # fmt: skip
    return problems


# --------------------------------------------------------------------------- tables


def table_pages(content: Content, spans: Spans) -> list[tuple[Block, dict[int, float]]]:
    """Pair each indicator table with the top of its first row on each page it covers."""
    found: list[tuple[Block, dict[int, float]]] = []
    position = 0
    for block in content["body"]:
        spec = block.get("table")
        if spec is None or spec["fields"] is None:
            continue
        count = sum("cells" in row for row in spec["rows"])
        firsts: dict[int, float] = {}
        for page, top, _ in spans[position : position + count]:
            firsts.setdefault(page, top)
        position += count
        found.append((spec, firsts))
    return found


def check_tables(done: Rendered, drawn: list[Drawn], expect: set[str]) -> list[str]:
    """The checks of each indicator table's rules and header rows, and of other tables."""
    problems = []
    placed = table_pages(done.content, done.spans)
    for spec, firsts in placed:
        pages = sorted(firsts)
        label = f"'{next(r for r in spec['rows'] if 'cells' in r)['cells'][1][:30]}…'"
        for number in pages:
            page = drawn[number - 1]
            if "grid_rules" in expect:
                xs = [e["x0"] for e in page.vertical]
                lost = [
                    x for x in column_edges(spec["widths"]) if not any(abs(x - v) < 2 for v in xs)
                ]
                if lost or not page.horizontal:
                    problems.append(f"table {label}: column rules missing on page {number}")
            if "hrules_only" in expect and (page.vertical or not page.horizontal):
                problems.append(f"page {number}: vertical rules drawn or no horizontal rule")
            first = number == pages[0] and "header" in expect
            if first or "header_repeated" in expect:
                problem = check_header(page, spec, firsts[number], "white_header" in expect)
                if problem:
                    problems.append(f"table {label}, page {number}: {problem}")
            if "two_row_header" in expect and number == pages[0]:
                problem = check_two_row_header(page, spec, firsts[number])
                if problem:
                    problems.append(f"table {label}, page {number}: {problem}")
        if len(pages) > 1:
            print(f"  table {label} runs over pages {pages}, header checked on each")
    if "header_repeated" in expect and all(len(f) == 1 for _, f in placed):
        problems.append("no table runs onto a second page (header repetition untested)")
    if "tables_share_page" in expect:
        for spec in (b["table"] for b in done.content["body"] if "table" in b):
            if spec["fields"] is None:
                cell = spec["rows"][0]["cells"][0]
                page = writer.find_cell_start(done.pages, spec, 0, cell, (0, 0.0))[0] + 1
                print(f"  table '{spec['header'][0]} | …' on page {page}")
                if not any(r["page"] == page for r in done.records):
                    problems.append(f"table {spec['ref']} is not on a page with indicators")
    return problems


def check_long_table(done: Rendered, rows: list[tuple[Block, Block]]) -> list[str]:
    """Check that one table runs over 3+ pages, opening each later page with its header."""
    extents: dict[int, tuple[Block, int, int]] = {}
    for (spec, _), (page, _, page_end) in zip(rows, done.spans, strict=True):
        _, first, _ = extents.get(id(spec), (spec, page, 0))
        extents[id(spec)] = (spec, first, page_end)
    for spec, first, last in extents.values():
        if last - first >= 2:
            header = sorted(" ".join(spec["header"]).split())
            missing = [
                n
                for n in range(first + 1, last + 1)
                if sorted(w["text"] for w in done.pages[n - 1].words[: len(header)]) != header
            ]
            print(
                f"  table over pages {first}-{last}; header repeated on later pages: {not missing}"
            )
            return [f"header row not repeated on pages {missing}"] if missing else []
    return ["no table runs over three or more pages"]


def check_header(page: Drawn, spec: Block, top: float, white: bool) -> str | None:
    """Check that all header labels sit above ``top`` (white on a dark fill if ``white``)."""
    labels = set(" ".join([*spec["header"], *spec.get("header_sub", [])]).split())
    words = [w for w in page.words if top - 60 < w["top"] < top - 1 and w["text"] in labels]
    missing = set(" ".join(column_labels(spec)).split()) - {w["text"] for w in words}
    if missing:
        return f"header words {sorted(missing)} missing above the rows"
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
    if white and len(dark) != len(words):
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
