"""Read the holdout2 PDFs back (pdfplumber) and check that each layout feature is really there.

Independently of perfextract. :func:`read_rule_pages` finds, on a borderless page, the
indicator table by the rule drawn under its two-row header (``excel_pages.read_pages``
needs a filled header row, which the Regione Marche sample does not have) and assigns the
characters to the sheet's columns, so ``excel_pages.locate_rows`` can find the rows.
:func:`check_molise` and :func:`check_marche` return the missing features and print what
they verified.
"""

from __future__ import annotations

from itertools import accumulate, pairwise
from pathlib import Path
from typing import Any

import pdfplumber

from .excel_pages import Char, PageText, squash

Content = dict[str, Any]
Span = tuple[int, int, float, float]  # page, page_end (1-based), top, bottom


def _reading_order(chars: list[Char]) -> list[Char]:
    """Sort characters into lines (tops within 1.5 pt), top to bottom, left to right."""
    lines: list[list[Char]] = []
    for char in sorted(chars):
        if lines and abs(lines[-1][0][0] - char[0]) < 1.5:
            lines[-1].append(char)
        else:
            lines.append([char])
    return [char for line in lines for char in sorted(line, key=lambda c: c[3])]


def _horizontal(raw: Any) -> list[dict[str, Any]]:
    return [line for line in raw.lines if abs(line["top"] - line["bottom"]) < 0.5]


def _vertical(raw: Any) -> list[dict[str, Any]]:
    return [line for line in raw.lines if abs(line["x0"] - line["x1"]) < 0.5]


def _header_rule(raw: Any, first_labels: set[str]) -> tuple[dict[str, Any], float] | None:
    """The rule under a two-row header and the top of the header's first row, if any."""
    words = raw.extract_words(extra_attrs=["fontname"])
    for line in _horizontal(raw):
        above = [w for w in words if line["top"] - 45 < w["top"] < line["top"]]
        labels = [w for w in above if w["text"] in first_labels and "Bold" in w["fontname"]]
        if {w["text"] for w in labels} == first_labels:
            return line, min(w["top"] for w in labels)
    return None


def read_rule_pages(pdf_path: Path, columns: list[Content]) -> list[PageText]:
    """Every page, with columns where the page shows the table's header rule."""
    widths = [float(c["width"]) for c in columns]
    fractions = [w / sum(widths) for w in accumulate(widths)][:-1]
    first_labels = {c["header"] for c in columns if c["header"]}
    pages = []
    with pdfplumber.open(pdf_path) as pdf:
        for raw in pdf.pages:
            found = _header_rule(raw, first_labels)
            band, split = None, [[] for _ in widths]
            if found:
                line, top = found
                band = (top - 1.0, line["top"])
                left, right = line["x0"], line["x1"]
                edges = [left + f * (right - left) for f in fractions]
                chars: list[list[Char]] = [[] for _ in widths]
                for char in raw.chars:
                    if char["text"].strip():
                        column = sum(1 for edge in edges if char["x0"] >= edge - 0.5)
                        chars[column].append(
                            (char["top"], char["bottom"], char["text"], char["x0"])
                        )
                split = [_reading_order(c) for c in chars]
            pages.append(
                PageText(
                    number=raw.page_number,
                    header_band=band,
                    columns=split,
                    ruled=bool(raw.lines) or any(r["stroke"] for r in raw.rects),
                    landscape=raw.width > raw.height,
                    text=raw.extract_text() or "",
                )
            )
    return pages


def rows_apart(spans: list[Span]) -> list[str]:
    """Rows on one page must not run into the next one (a row height set too low)."""
    return [
        f"a row on page {page} runs into the next row"
        for (page, end, _, bottom), (next_page, _, next_top, _) in pairwise(spans)
        if page == end == next_page and bottom > next_top + 0.5
    ]


def _bold_lines(raw: Any) -> list[dict[str, Any]]:
    """Text lines printed entirely in bold."""
    return [
        line
        for line in raw.extract_text_lines(return_chars=True)
        if all("Bold" in c["fontname"] for c in line["chars"] if c["text"].strip())
    ]


# --------------------------------------------------------------------------- Molise


def check_molise(
    pdf_path: Path, pages: list[PageText], sheet: Content, spans: list[Span], owners: list[str]
) -> list[str]:
    """Landscape; ruled cells, no gridlines; grey header on every page; merged bold headings;
    an objective's rows continuing under the repeated header without its heading.

    ``owners`` gives, per indicator row, the code of the objective it belongs to.
    """
    problems = rows_apart(spans)
    labels = [squash(c["header"]) for c in sheet["columns"]]
    headings = [squash(r["text"]) for r in sheet["rows"] if "heading" in r]
    printed: dict[str, int] = dict.fromkeys(headings, 0)
    with pdfplumber.open(pdf_path) as pdf:
        for page, raw in zip(pages, pdf.pages, strict=True):
            band = page.header_band
            if not page.landscape or band is None:
                problems.append(f"page {page.number}: not landscape or no grey header row")
                continue
            head = [c for c in raw.chars if band[0] - 1 <= c["top"] <= band[1] + 1]
            bold = squash("".join(c["text"] for c in head if "Bold" in c["fontname"]))
            if any(label not in bold for label in labels):
                problems.append(f"page {page.number}: header labels missing from the grey row")
            if not _vertical(raw) or not _horizontal(raw):
                problems.append(f"page {page.number}: table cells not ruled")
            if any(line["top"] < band[0] - 1 for line in raw.lines):
                problems.append(f"page {page.number}: lines above the table (gridlines?)")
            fills = {tuple(r["non_stroking_color"] or ()) for r in raw.rects if r["fill"]}
            if len(fills) != 1:
                problems.append(f"page {page.number}: fills other than the header: {fills}")
            left = min(line["x0"] for line in raw.lines)
            right = max(line["x1"] for line in raw.lines)
            for line in _bold_lines(raw):
                text = squash(line["text"])
                if text not in printed:
                    continue
                printed[text] += 1
                crossing = [v for v in _vertical(raw) if left + 1 < v["x0"] < right - 1]
                if any(line["top"] + 1 < v["bottom"] and v["top"] < line["bottom"] - 1
                       for v in crossing):  # fmt: skip
                    problems.append(f"page {page.number}: heading row not merged: {text[:40]}")
    problems += [f"heading printed {n} times: {h[:50]}" for h, n in printed.items() if n != 1]
    continued = []
    for (a, b), (span_a, span_b) in zip(pairwise(owners), pairwise(spans), strict=True):
        if a == b and span_b[0] == span_a[1] + 1:
            page = pages[span_b[0] - 1]
            first = min(s[2] for s in spans if s[0] == page.number)
            if first == span_b[2]:
                continued.append(f"objective {b} continues on page {page.number}")
    split = [f"row on pp. {s[0]}-{s[1]}" for s in spans if s[1] > s[0]]
    print(f"  rows split by a page break: {split or 'none (Calc keeps a row whole)'}; "
          f"objectives continued under the repeated header, heading not repeated: "
          f"{continued or 'none'}")  # fmt: skip
    if not split and not continued:
        problems.append("no row split and no objective continued across a page break")
    return problems


# --------------------------------------------------------------------------- Marche


def check_marche(
    pdf_path: Path, pages: list[PageText], content: Content, spans: list[Span]
) -> list[str]:
    """Portrait; prose first; two-row header with the rule below only; bold headings; no
    other lines or fills; the summary table last, on a page of its own."""
    sheet, problems = content["sheet"], rows_apart(spans)
    columns = sheet["columns"]
    used = sorted({s[0] for s in spans})
    headings = {squash(r["text"]) for r in sheet["rows"] if "heading" in r}
    bold_headings: set[str] = set()
    with pdfplumber.open(pdf_path) as pdf:
        for page, raw in zip(pages, pdf.pages, strict=True):
            if page.landscape:
                problems.append(f"page {page.number}: landscape")
            if raw.rects or raw.curves or _vertical(raw):
                problems.append(f"page {page.number}: cell borders or fills drawn")
            rules = {round(line["top"], 1) for line in _horizontal(raw)}
            if len(rules) > 1:
                problems.append(f"page {page.number}: more than the header rule: {rules}")
            bold_headings |= {squash(line["text"]) for line in _bold_lines(raw)} & headings
            if page.number in used:
                problems += _two_row_header(page, raw, columns)
    problems += [f"heading not bold: {h[:40]}" for h in headings - bold_headings]
    cover = content["cover"]
    prose = [*cover["lines"]] + [
        text for s in cover["sections"] for text in (s["heading"], *s["paragraphs"])
    ]
    if (
        pages[0].header_band
        or 1 in used
        or not all(squash(t) in squash(pages[0].text) for t in prose)
    ):
        problems.append("page 1 is not the prose page")
    last, summary = pages[-1], content["summary"]
    wanted = [*summary["title_rows"], *(c["header"] for c in summary["columns"])]
    wanted += [cell for row in summary["rows"] for cell in row["cells"]]
    if (
        last.header_band
        or last.number <= used[-1]
        or not all(squash(t) in squash(last.text) for t in wanted)
    ):
        problems.append("the summary table is not on a last page of its own")
    print(f"  prose on page 1; indicator header (two rows, rule below) on pages {used}; "
          f"summary table on page {last.number}")  # fmt: skip
    return problems


def _two_row_header(page: PageText, raw: Any, columns: list[Content]) -> list[str]:
    """Years over their two columns, sub-labels on a second row, labels merged down."""
    band = page.header_band
    if band is None:
        return [f"page {page.number}: no header rule"]
    words = [
        w
        for w in raw.extract_words(extra_attrs=["fontname"])
        if band[0] - 1 <= w["top"] <= band[1] and "Bold" in w["fontname"]
    ]
    rule = next(line for line in _horizontal(raw) if abs(line["top"] - band[1]) < 0.5)
    widths = [float(c["width"]) for c in columns]
    scale = (rule["x1"] - rule["x0"]) / sum(widths)
    edges = [rule["x0"] + scale * e for e in (0.0, *accumulate(widths))]
    firsts = [w for w in words if w["text"] in {c["header"] for c in columns if c["subheader"]}]
    seconds = [w for w in words if w["text"] in {c["subheader"] for c in columns}]
    downs = [w for w in words if w["text"] in {c["header"] for c in columns if not c["subheader"]}]
    problems = []
    if len(seconds) != sum(1 for c in columns if c["subheader"]) or len(firsts) < 2:
        return [f"page {page.number}: header rows incomplete"]
    if min(w["top"] for w in seconds) < max(w["bottom"] for w in firsts):
        problems.append(f"page {page.number}: sub-labels not on a second header row")
    for word in firsts:
        index = next(i for i, c in enumerate(columns) if c["header"] == word["text"])
        middle = (word["x0"] + word["x1"]) / 2
        if abs(middle - edges[index + 1]) > 3:
            problems.append(f"page {page.number}: {word['text']} not centred over 2 columns")
    for word in downs:
        if not max(w["top"] for w in firsts) < word["top"] < min(w["top"] for w in seconds):
            problems.append(f"page {page.number}: {word['text']} not merged over both rows")
    if rule["top"] - max(w["bottom"] for w in seconds) > 8:
        problems.append(f"page {page.number}: the rule is not right under the header")
    return problems
