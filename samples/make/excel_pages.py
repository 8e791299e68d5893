"""Find where the rows of an Excel sample's indicator sheet were printed in its PDF.

Independently of perfextract: each page's characters (pdfplumber) are assigned to the
sheet's columns, whose edges are the column widths scaled to the width of the printed
header row (the rectangle filled with the header colour, repeated on every page of the
sheet). A row starts where its ``Indicatore`` text starts in its column, searching
forward from the previous row, and ends where the last of its cells ends.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import Any

import pdfplumber

from .excel_layouts import SheetStyle

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


def squash(text: str) -> str:
    """Drop all whitespace, so wrapped text compares with the cell text."""
    return "".join(text.split())


def _rgb(hex_color: str) -> tuple[float, float, float]:
    return tuple(int(hex_color[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def _is_color(color: Any, wanted: tuple[float, float, float]) -> bool:
    if not isinstance(color, tuple | list) or len(color) != 3:
        return False
    return all(abs(float(a) - b) < 0.01 for a, b in zip(color, wanted, strict=True))


def _reading_order(chars: list[Char]) -> list[Char]:
    """Sort characters into lines (tops within 1.5 pt), top to bottom, left to right."""
    lines: list[list[Char]] = []
    for char in sorted(chars):
        if lines and abs(lines[-1][0][0] - char[0]) < 1.5:
            lines[-1].append(char)
        else:
            lines.append([char])
    return [char for line in lines for char in sorted(line, key=lambda c: c[3])]


def read_pages(pdf_path: Path, widths: list[float], style: SheetStyle) -> list[PageText]:
    """Read every page; pages without the header row (other sheets) get no columns."""
    header_color = _rgb(style.header_fill)
    edges_fraction = [w / sum(widths) for w in accumulate(widths)][:-1]
    pages = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            header = [
                r
                for r in page.rects
                if r["fill"] and _is_color(r["non_stroking_color"], header_color)
            ]
            columns: list[list[Char]] = [[] for _ in widths]
            band = None
            if header:
                top = min(r["top"] for r in header)
                header = [r for r in header if r["top"] < top + 2]
                band = (top, max(r["bottom"] for r in header))
                left, right = min(r["x0"] for r in header), max(r["x1"] for r in header)
                edges = [left + f * (right - left) for f in edges_fraction]
                for char in page.chars:
                    if char["text"].strip():
                        column = sum(1 for edge in edges if char["x0"] >= edge - 0.5)
                        columns[column].append(
                            (char["top"], char["bottom"], char["text"], char["x0"])
                        )
                columns = [_reading_order(chars) for chars in columns]
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
