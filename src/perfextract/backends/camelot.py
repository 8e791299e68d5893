"""Tables found by camelot (``lattice`` for ruled tables, ``stream`` for borderless ones).

camelot is imported here only, when this backend is first used.  Its boxes
have a bottom-left origin; they are turned into pdfplumber's top-left boxes
before they leave this module.  A cell that carries on a horizontally
spanning cell (no rule on its left) becomes ``None``, as pdfplumber gives it.
"""

from __future__ import annotations

import logging
from typing import Any, Literal

from perfextract.errors import BackendUnavailableError
from perfextract.model import RawTable

logger = logging.getLogger(__name__)


class CamelotBackend:
    """Find tables with ``camelot.read_pdf`` on one page at a time."""

    def __init__(self, flavor: Literal["lattice", "stream"] = "lattice") -> None:
        try:
            import camelot
        except ImportError as exc:  # pragma: no cover - camelot is a dependency
            raise BackendUnavailableError(
                "the camelot backends need camelot-py: pip install 'camelot-py>=1.0'"
            ) from exc
        self._camelot = camelot
        self.flavor = flavor
        self.name = f"camelot-{flavor}"

    def find_tables(self, page: Any) -> list[RawTable]:
        data = page.source
        height = float(page.height)
        found = self._camelot.read_pdf(  # type: ignore[attr-defined]
            data,
            pages=str(page.page_number),
            flavor=self.flavor,
            suppress_stdout=True,
            split_text=True,
        )
        tables = []
        for table in found:
            rows = tuple(
                tuple(_cell_text(cell, i, self.flavor) for i, cell in enumerate(row))
                for row in table.cells
            )
            x0, x1 = table.cols[0][0], table.cols[-1][1]
            boxes = tuple(
                (x0, height - y_top, x1, height - y_bottom) for y_top, y_bottom in table.rows
            )
            left, bottom, right, top = table._bbox
            tables.append(
                RawTable(
                    page=page.page_number,
                    bbox=(left, height - top, right, height - bottom),
                    rows=rows,
                    row_boxes=boxes,
                    backend=self.name,
                    columns=tuple((float(a), float(b)) for a, b in table.cols),
                )
            )
        logger.debug(
            "page %d: camelot %s found %d tables", page.page_number, self.flavor, len(tables)
        )
        return sorted(tables, key=lambda t: (t.bbox[1], t.bbox[0]))


def _cell_text(cell: Any, column: int, flavor: str) -> str | None:
    if flavor == "lattice" and column > 0 and not cell.left:
        return None  # inside a cell that spans from the left
    text = str(cell.text)
    return text if text.strip() else ""
