"""Table backends: each finds the tables of one page and returns RawTables.

A backend is anything with ``find_tables(page) -> list[RawTable]`` where
``page`` is a pdfplumber page.  :data:`BACKENDS` maps each
:class:`~perfextract.settings.Backend` to its class; camelot is imported only
when one of its backends is used, so ``import perfextract`` stays fast.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from perfextract.columns import map_header
from perfextract.labels import match_label
from perfextract.model import RawTable
from perfextract.settings import Backend


class TableBackend(Protocol):
    """Finds the tables of a page."""

    name: str

    def find_tables(self, page: Any) -> list[RawTable]:
        """The tables on ``page`` (a pdfplumber page), top to bottom."""
        ...


def _plumber() -> TableBackend:
    from perfextract.backends.plumber import PlumberBackend

    return PlumberBackend()


def _camelot_lattice() -> TableBackend:
    from perfextract.backends.camelot import CamelotBackend

    return CamelotBackend(flavor="lattice")


def _camelot_stream() -> TableBackend:
    from perfextract.backends.camelot import CamelotBackend

    return CamelotBackend(flavor="stream")


BACKENDS: dict[Backend, Callable[[], TableBackend]] = {
    Backend.PLUMBER: _plumber,
    Backend.CAMELOT_LATTICE: _camelot_lattice,
    Backend.CAMELOT_STREAM: _camelot_stream,
}


def is_grid(table: RawTable) -> bool:
    """True for a ruled table with real columns.

    Some row other than a header row must be divided into two or more cells:
    a frame around a paragraph, or rules drawn by cell shading alone, make a
    one-column "table" (or one where only the header row is divided) whose
    text is better read as lines.  A row of sub-labels under a spanning label
    (``Valore | Grado %`` under ``Risultato``) is a header row too.
    """
    return any(
        sum(c is not None for c in row) >= 2 and map_header(row) is None and not _labels(row)
        for row in table.rows
    )


def _labels(row: Sequence[str | None]) -> bool:
    """True when every filled cell of ``row`` is a known column label."""
    filled = [c for c in row if c and c.strip()]
    return bool(filled) and all(match_label(c) is not None for c in filled)


def get_backend(backend: Backend) -> TableBackend:
    """A ready instance of ``backend``."""
    return BACKENDS[backend]()
