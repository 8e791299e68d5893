"""Reading a printed Word sample back: each page body's words, and the pages a table row
spans, its cells assigned to columns by the column widths."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber

from .content import (
    Block,
    Content,
    all_items,
    grid_column_labels,
    header_cells,
    indicator_rows,
    squash,
    table_rows,
    tables_column_labels,
)
from .document import AREAS_PAGE, COLUMNS, Page
from .records import Located

POINTS_PER_CM = 72 / 2.54


@dataclass(frozen=True)
class PdfPage:
    """One PDF page: the words of its body (running header and footer cut off)."""

    words: list[dict[str, Any]]

    @property
    def text(self) -> str:
        """Return the body's text without whitespace, in reading order."""
        return "".join(word["text"] for word in self.words)


def read_pdf(pdf_path: Path, page: Page) -> list[PdfPage]:
    """Read every page's body words."""
    pages = []
    with pdfplumber.open(pdf_path) as pdf:
        for pdf_page in pdf.pages:
            top = page.margin_top * POINTS_PER_CM - 4
            bottom = pdf_page.height - page.margin_bottom * POINTS_PER_CM + 4
            words = [
                w for w in pdf_page.extract_words() if w["top"] >= top and w["bottom"] <= bottom
            ]
            pages.append(PdfPage(words))
    return pages


def column_edges(spec: Block) -> list[float]:
    """The x (pt) of a table's inner column edges, from its ``widths`` (cm)."""
    page_layout = Page()  # the table's outer edge stands out into the margin by a cell margin
    left = (page_layout.margin_left - page_layout.cell_margin) * POINTS_PER_CM
    return [left + sum(spec["widths"][:i]) * POINTS_PER_CM for i in range(1, len(spec["widths"]))]


def column_stream(
    page: PdfPage, spec: Block, column: int, from_top: float
) -> tuple[str, list[float]]:
    """Return a table column's text below ``from_top`` without whitespace, and each char's top."""
    edges = column_edges(spec)
    chars: list[str] = []
    tops: list[float] = []
    for word in page.words:
        if word["top"] >= from_top and sum(word["x0"] >= edge - 1 for edge in edges) == column:
            chars.append(word["text"])
            tops.extend([word["top"]] * len(word["text"]))
    return "".join(chars), tops


def find_cell_start(
    pages: list[PdfPage], spec: Block, column: int, text: str, at: tuple[int, float]
) -> tuple[int, float]:
    """Return (page index, top) where a cell's text starts in its column, searching forward.

    The start is the first 24 characters of the cell, or a shorter beginning (at least 6
    characters) that ends the column on a page, where the row goes on on the next page.
    """
    full = squash(text)
    for index in range(at[0], len(pages)):
        stream, tops = column_stream(pages[index], spec, column, at[1] if index == at[0] else 0)
        found = stream.find(full[:24])
        if found >= 0:
            return index, tops[found]
        for length in range(min(len(full), 24), 5, -1):
            if stream.endswith(full[:length]):
                return index, tops[len(stream) - length]
    raise ValueError(f"cell not found in the PDF: {text[:60]!r}")


def find_row_end(
    pages: list[PdfPage], spec: Block, cells: list[str | None], start: tuple[int, float]
) -> int:
    """Return the index of the page where the row starting at ``start`` ends.

    A cell goes on to the next page when its column, from the row's top to the end of the
    page, holds only the beginning of its text; the rest then opens that column on the
    next page, after the repeated header row.
    """
    last = start[0]
    for column, cell in enumerate(cells):
        wanted, label = squash(cell or ""), squash(spec["header"][column])
        index, from_top = start[0], start[1] - 2
        while wanted:
            stream, _ = column_stream(pages[index], spec, column, from_top)
            if index > start[0] and label and stream.startswith(label):
                stream = stream[len(label) :]
            if stream.startswith(wanted):
                break
            if not stream or not wanted.startswith(stream) or index + 1 == len(pages):
                raise ValueError(
                    f"cell not found in column {column} on page {index + 1}: {cell!r:.60}"
                )
            wanted, index, from_top = wanted[len(stream) :], index + 1, 0
        last = max(last, index)
    return last


def locate_rows(
    pages: list[PdfPage], rows: Iterable[tuple[Block, int, list[str | None]]]
) -> list[tuple[int, float, int]]:
    """The 1-based first page, top and 1-based last page of each table row, in document
    order; a row is its table's ``widths``/``header``, the column that finds it, its cells."""
    found = []
    at = (0, 0.0)
    for view, column, cells in rows:
        at = find_cell_start(pages, view, column, cells[column] or "", at)
        found.append((at[0] + 1, at[1], find_row_end(pages, view, cells, at) + 1))
        at = (at[0], at[1] + 1)
    return found


def find_heading_pages(pages: list[PdfPage], content: Content) -> dict[str, int]:
    """Return the 1-based page of each index entry's heading, searching after the index."""
    toc = next((block["toc"] for block in content["body"] if "toc" in block), None)
    if toc is None:
        return {}
    first = squash(toc["title"] + toc["entries"][0]["text"])
    search_from = next(i for i, page in enumerate(pages) if first in page.text) + 1
    found: dict[str, int] = {}
    for entry in toc["entries"]:
        needle = squash(entry["text"])
        search_from = next(i for i in range(search_from, len(pages)) if needle in pages[i].text)
        found[entry["text"]] = search_from + 1
    return found


def tables_locate_rows(pages: list[PdfPage], content: Content) -> list[tuple[int, float, int]]:
    """Return the 1-based page, top and 1-based page_end of every indicator row."""
    rows = [
        ({"widths": spec["widths"], "header": tables_column_labels(spec)},
         spec["fields"].index("indicator"), row["cells"])
        for spec, row in indicator_rows(content)
    ]  # fmt: skip
    return locate_rows(pages, rows)


def grid_locate_rows(pages: list[PdfPage], content: Content) -> list[tuple[int, int]]:
    """Return the 1-based (page, page_end) of every indicator row, in document order."""
    spec = {"widths": content["widths"], "header": grid_column_labels(content)}
    column = content["fields"].index("indicator")
    rows = [(spec, column, row["cells"]) for row in table_rows(content)]
    return [(page, page_end) for page, _, page_end in locate_rows(pages, rows)]


def locate(pdf_path: Path, content: Any, tables: list[list[Located]]) -> list[list[int]]:
    """Set page/page_end of every record from the PDF; return each table's row pages."""
    pages = read_pdf(pdf_path, AREAS_PAGE)
    view = {"widths": content["widths"], "header": content["header"]}
    at = (0, 0.0)
    row_pages = []
    for table in tables:
        starts = []
        for cells, column, records in table:
            at = find_cell_start(pages, view, column, cells[column] or "", at)
            end = find_row_end(pages, view, cells, at)
            for item in records:
                item.update(page=at[0] + 1, page_end=end + 1)
            starts.append(at[0] + 1)
            at = (at[0], at[1] + 1)
        row_pages.append(starts)
    return row_pages


def table_view(content: Content) -> dict[str, Any]:
    """The table's column widths and header, as :mod:`writer`'s row finder reads them."""
    return {"widths": COLUMNS, "header": header_cells(content)}


def status_rows_locate(pages: list[PdfPage], content: Content) -> list[tuple[int, int]]:
    """Return the 1-based (page, page_end) of every indicator row, in document order."""
    view = table_view(content)
    rows = [(view, 0, item["cells"]) for item in all_items(content) if item["kind"] == "indicator"]
    return [(page, page_end) for page, _, page_end in locate_rows(pages, rows)]
