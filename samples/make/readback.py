"""Reading a rendered sample back, independently of perfextract: the shared read-back checks.

Renderers know what they drew but not where it landed: every record's page, and the
layout features a sample exists for, are read from the PDF with pdfplumber: a row by its
cells in the pages' character streams (:func:`locate`), or in the columns of a table
under its header row (:func:`read_pages`, :func:`locate_rows`). A content's
``expect`` lists those features as data (:func:`check_expected`): ``orientation`` (one
``P``/``L`` a page), ``ruling`` on the pages with records (``none``, ``horizontal``:
rules across only, ``grid``), ``fills`` (hex colours filled there), ``record_pages``,
``split_rows`` (how many rows at least run over a page break), ``every_record_page``
(texts printed on each of those pages: a repeated header), ``printed`` (texts printed
somewhere), ``printed_once``, ``silent`` (texts printed only on pages without records: an index, a
budget), ``bold``, ``white`` and ``rotated`` (texts so printed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import accumulate, pairwise
from pathlib import Path
from typing import Any

import pdfplumber

from .truth import squash


def page_streams(pdf_path: Path) -> list[str]:
    """Every page's characters in content-stream order, whitespace removed."""
    with pdfplumber.open(pdf_path) as pdf:
        return [squash("".join(char["text"] for char in page.chars)) for page in pdf.pages]


def locate(pdf_path: Path, rows: list[list[str]]) -> list[int]:
    """1-based page of each row: where its first cell is found (searching on from the row
    before), its other cells checked to be on that page (for renderers that never split a
    row)."""
    streams = page_streams(pdf_path)
    pages, page, offset = [], 0, 0
    for cells in rows:
        needle = squash(cells[0])[:40]
        while (found := streams[page].find(needle, offset)) < 0:
            page, offset = page + 1, 0
            if page == len(streams):
                raise ValueError(f"row not found in the PDF: {needle!r}")
        offset = found + len(needle)
        missing = [c for c in cells if squash(c) not in streams[page]]
        if missing:
            raise ValueError(f"cells of {needle!r} not on page {page + 1}: {missing}")
        pages.append(page + 1)
    return pages


def horizontal_rules(page: Any) -> list[dict[str, Any]]:
    """The horizontal lines drawn on a pdfplumber page."""
    return [line for line in page.lines if abs(line["top"] - line["bottom"]) < 0.5]


def page_count(pdf_path: Path) -> int:
    """How many pages the PDF has."""
    with pdfplumber.open(pdf_path) as pdf:
        return len(pdf.pages)


def _hex(colour: Any) -> str:
    """A pdfplumber fill colour (grey or RGB) as RGB hex.

    >>> _hex((0.85,)), _hex([0.1215686274, 0.2196078431, 0.3921568627])
    ('D9D9D9', '1F3864')
    """
    values = tuple(colour) if isinstance(colour, list | tuple) else (colour,)
    values = values * 3 if len(values) == 1 else values
    return "".join(f"{round(float(v) * 255):02X}" for v in values[:3])


def ruling(page: Any) -> str:
    """``grid``, ``horizontal`` or ``none``: the rules a page draws (lines, rect sides)."""
    drawn = [e for e in page.edges if e.get("object_type") == "line" or e.get("stroke", True)]
    across = any(e["orientation"] == "h" and e["x1"] - e["x0"] > 20 for e in drawn)
    down = any(e["orientation"] == "v" and e["bottom"] - e["top"] > 3 for e in drawn)
    return "grid" if across and down else "horizontal" if across else "none"


def _chars(page: Any, keep: Any) -> str:
    return squash("".join(c["text"] for c in page.chars if keep(c)))


def _white(char: dict[str, Any]) -> bool:
    colour = char["non_stroking_color"]
    return isinstance(colour, list | tuple) and len(colour) in (1, 3) and min(colour) >= 0.99


def check_expected(
    pdf_path: Path, expect: dict[str, Any], records: list[dict[str, Any]]
) -> list[str]:
    """The features of ``expect`` (module doc) that the PDF does not show."""
    return list(_unmet(pdf_path, expect, records))


def _unmet(pdf_path: Path, expect: dict[str, Any], records: list[dict[str, Any]]) -> Iterator[str]:
    used = sorted({n for r in records for n in range(r["page"], r["page_end"] + 1)})
    split = sum(r["page_end"] > r["page"] for r in records)
    if split < expect.get("split_rows", 0) or used != expect.get("record_pages", used):
        yield f"records on pages {used}, {split} rows split over a page break"
    with pdfplumber.open(pdf_path) as pdf:
        pages = [pdf.pages[n - 1] for n in used]
        shape = "".join("L" if p.width > p.height else "P" for p in pdf.pages)
        if shape != expect.get("orientation", shape):
            yield f"pages {shape}, not {expect['orientation']}"
        rules = {ruling(page) for page in pages}
        if "ruling" in expect and rules != {expect["ruling"]}:
            yield f"ruling {sorted(rules)} on the pages with records, not {expect['ruling']}"
        fills = {_hex(r["non_stroking_color"]) for p in pages for r in p.rects if r["fill"]}
        yield from (
            f"no fill {c} on the record pages" for c in expect.get("fills", []) if c not in fills
        )
        text = [_chars(page, lambda c: True) for page in pdf.pages]
        kinds = {
            "bold": lambda c: "Bold" in c["fontname"], "white": _white,
            "rotated": lambda c: not c["upright"],
        }  # fmt: skip
        for kind, keep in kinds.items():
            printed = "".join(_chars(page, keep) for page in pdf.pages)
            yield from (
                f"not {kind}: {t!r}" for t in expect.get(kind, []) if squash(t) not in printed
            )
    every = "".join(text)
    for wanted in expect.get("printed", []):
        if squash(wanted) not in every:
            yield f"not printed: {wanted!r}"
    for wanted in expect.get("printed_once", []):
        if every.count(squash(wanted)) != 1:
            yield f"not printed once: {wanted!r}"
    for wanted in expect.get("silent", []):
        found = [n for n, page in enumerate(text, 1) if squash(wanted) in page]
        if not found or set(found) & set(used):
            yield f"{wanted!r} on pages {found}, not only on pages without records"
    for wanted in expect.get("every_record_page", []):
        missing = [n for n in used if squash(wanted) not in text[n - 1]]
        yield from ([f"{wanted!r} not on pages {missing}"] if missing else [])


# --------------------------------------------------------------------------- tables by column
# A table is read by its columns: the characters under the header row of each page (found
# by ``header``), assigned to columns by the column widths; a row is found by its cells,
# a cell that runs on to the next page continuing under the header repeated there.

Span = tuple[int, int, float, float]  # page, page_end (1-based), top, bottom
Char = tuple[float, float, str, float]  # top, bottom, text, x0


@dataclass(frozen=True)
class PageText:
    """What one printed page shows, as far as locating rows needs it."""

    number: int  # 1-based
    header_band: tuple[float, float] | None  # top and bottom of the printed header row
    columns: list[list[Char]]  # per sheet column, its characters in reading order
    ruled: bool  # the page draws lines (borders or gridlines)
    landscape: bool
    text: str  # the page's text


def _rgb(hex_color: str) -> tuple[float, float, float]:
    return tuple(int(hex_color[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def _is_color(color: Any, wanted: tuple[float, float, float]) -> bool:
    if not isinstance(color, tuple | list) or len(color) != 3:
        return False
    return all(abs(float(a) - b) < 0.01 for a, b in zip(color, wanted, strict=True))


def reading_order(chars: list[Char]) -> list[Char]:
    """Sort characters into lines (tops within 1.5 pt), top to bottom, left to right."""
    lines: list[list[Char]] = []
    for char in sorted(chars):
        if lines and abs(lines[-1][0][0] - char[0]) < 1.5:
            lines[-1].append(char)
        else:
            lines.append([char])
    return [char for line in lines for char in sorted(line, key=lambda c: c[3])]


Band = tuple[tuple[float, float], float, float]  # header top and bottom, table left, right


def filled_header(fill: str) -> Callable[[Any], Band | None]:
    """A page's header row: the rectangles filled in colour ``fill`` (hex)."""
    colour = _rgb(fill)

    def find(page: Any) -> Band | None:
        header = [r for r in page.rects if r["fill"] and _is_color(r["non_stroking_color"], colour)]
        if not header:
            return None
        top = min(r["top"] for r in header)
        header = [r for r in header if r["top"] < top + 2]
        band = (top, max(r["bottom"] for r in header))
        return band, min(r["x0"] for r in header), max(r["x1"] for r in header)

    return find


def read_pages(
    pdf_path: Path, widths: list[float], header: Callable[[Any], Band | None]
) -> list[PageText]:
    """Read every page, its characters by column where ``header`` finds the table's header
    row; pages without it (other sheets) get no columns."""
    edges_fraction = [w / sum(widths) for w in accumulate(widths)][:-1]
    pages = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            columns: list[list[Char]] = [[] for _ in widths]
            found = header(page)
            band = None
            if found:
                band, left, right = found
                edges = [left + f * (right - left) for f in edges_fraction]
                for char in page.chars:
                    if char["text"].strip():
                        column = sum(1 for edge in edges if char["x0"] >= edge - 0.5)
                        columns[column].append(
                            (char["top"], char["bottom"], char["text"], char["x0"])
                        )
                columns = [reading_order(chars) for chars in columns]
            pages.append(
                PageText(
                    number=page.page_number,
                    header_band=band,
                    columns=columns,
                    ruled=bool(page.lines) or any(r["stroke"] for r in page.rects),
                    landscape=page.width > page.height,
                    text=page.extract_text() or "",
                )
            )
    return pages


def _stream(page: PageText, column: int, from_top: float) -> tuple[str, list[Char]]:
    chars = [c for c in page.columns[column] if c[0] >= from_top]
    return "".join(c[2] for c in chars), chars


def _find_start(
    pages: list[PageText], column: int, text: str, page_index: int, from_top: float
) -> tuple[int, float]:
    """Return (page index, top) where ``text`` starts in ``column``, searching forward."""
    needle = squash(text)[:30]
    for index in range(page_index, len(pages)):
        stream, chars = _stream(pages[index], column, from_top if index == page_index else 0)
        found = stream.find(needle)
        if found >= 0:
            return index, chars[found][0]
    raise ValueError(f"row not found in the PDF: {text[:60]!r}")


def _find_end(
    pages: list[PageText], column: int, cell: str, page_index: int, top: float
) -> tuple[int, float]:
    """Return (page index, bottom) where a cell that starts at ``top`` ends.

    A cell continues on the next page when its column, from the row's top to the end of
    the page, holds only the beginning of its text; the rest then opens the column below
    the repeated header row.
    """
    wanted, index, from_top = squash(cell), page_index, top - 2
    while True:
        stream, chars = _stream(pages[index], column, from_top)
        if stream.startswith(wanted):
            return index, chars[len(wanted) - 1][1]
        band = pages[index + 1].header_band if index + 1 < len(pages) else None
        if not stream or not wanted.startswith(stream) or band is None:
            raise ValueError(f"cell not found in column {column} on page {index + 1}: {cell!r:.60}")
        wanted, index, from_top = wanted[len(stream) :], index + 1, band[1]


def locate_rows(
    pages: list[PageText], columns: list[dict[str, Any]], rows: list[dict[str, Any]]
) -> list[tuple[int, int, float, float]]:
    """Return (page, page_end, top, bottom) of every indicator row (pages 1-based)."""
    indicator = next(i for i, c in enumerate(columns) if c["field"] == "indicator")
    spans = []
    page_index, top = 0, 0.0
    for row in rows:
        page_index, top = _find_start(pages, indicator, row["cells"][indicator], page_index, top)
        end_index, bottom = page_index, top
        for column, cell in enumerate(row["cells"]):
            if cell and cell.strip():
                index, cell_bottom = _find_end(pages, column, cell, page_index, top)
                if (index, cell_bottom) > (end_index, bottom):
                    end_index, bottom = index, cell_bottom
        spans.append((page_index + 1, end_index + 1, top, bottom))
        top += 1
    return spans


def rows_apart(spans: list[Span]) -> list[str]:
    """Rows on one page must not run into the next one (a row height set too low)."""
    return [
        f"a row on page {page} runs into the next row"
        for (page, end, _, bottom), (next_page, _, next_top, _) in pairwise(spans)
        if page == end == next_page and bottom > next_top + 0.5
    ]
