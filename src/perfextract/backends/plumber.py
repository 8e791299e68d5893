"""Ruled tables found by pdfplumber's line-based table finder."""

from __future__ import annotations

from typing import Any

from perfextract.model import RawTable
from perfextract.page import read_cells

#: pdfplumber settings for tables drawn with rules (Word and Excel exports).
RULED_SETTINGS: dict[str, Any] = {
    "vertical_strategy": "lines",
    "horizontal_strategy": "lines",
    "snap_tolerance": 3,
    "join_tolerance": 3,
    "intersection_tolerance": 3,
}

#: Text settings for reading a cell: a tighter x tolerance than pdfplumber's
#: default keeps the spaces of small, condensed fonts.
TEXT_SETTINGS: dict[str, Any] = {"x_tolerance": 1.5, "y_tolerance": 3}


class PlumberBackend:
    """Find ruled tables with pdfplumber (``vertical/horizontal_strategy="lines"``)."""

    name = "plumber"

    def find_tables(self, page: Any) -> list[RawTable]:
        tables = []
        for table in page.find_tables(RULED_SETTINGS):
            cells = read_cells(table, page.chars, **TEXT_SETTINGS)
            rows = [[text for text, _ in row] for row in cells]
            if not any(cell for row in rows for cell in row):
                continue  # an empty frame
            tables.append(
                RawTable(
                    page=page.page_number,
                    bbox=tuple(table.bbox),
                    rows=tuple(tuple(r) for r in rows),
                    row_boxes=tuple(tuple(r.bbox) for r in table.rows),
                    backend=self.name,
                    columns=tuple((c.bbox[0], c.bbox[2]) for c in table.columns),
                    line_tops=tuple(tuple(tops for _, tops in row) for row in cells),
                )
            )
        return sorted(tables, key=lambda t: (t.bbox[1], t.bbox[0]))
