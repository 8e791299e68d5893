"""The header rows of the tables a reader meets: one row, two, or three with group labels.

A header may be printed on one row, or completed by the row under it
(``Valore`` over ``atteso``, ``Anno 2023`` over ``Target | Consuntivo``);
the mapping it gives holds for the rows under it until the next header.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from perfextract.columns import ColumnMap, map_header, merge_header_rows
from perfextract.drafts import year_of_row
from perfextract.evidence import Trace
from perfextract.headers import label_like, labels_only, match_label_row
from perfextract.model import Row
from perfextract.records import Draft

logger = logging.getLogger("perfextract.structure")


class HeaderReading:
    """The part of a reader that reads header rows (mixed into the reader)."""

    threshold: float
    min_fields: int
    looks_back: bool | None
    trace: Trace
    columns: ColumnMap | None
    header_row: Row | None
    draft: Draft | None
    table: int | None
    collecting: bool
    pending_title: bool
    rows_in_table: int
    skipped_table: int | None
    open_titles: dict[int, bool]
    year_of_table: tuple[int | None, int] | None

    def second_header_row(self, upper: Row, row: Row, body: Sequence[Row]) -> ColumnMap | None:
        """The mapping of header row ``upper`` completed by ``row``, if ``row`` completes it."""
        if self.columns is None or row.table != upper.table or not labels_only(row):
            return None
        if year_of_row(self.columns, row) is not None:
            return None  # a year under the "Anno" label: the first of a row's years, no label
        merged = merge_header_rows(upper.cells, row.cells)
        columns = self.map_header(merged, body)
        if columns is None or columns.matched < self.columns.matched:
            return None
        # as many fields: a row of labels (a label's second line, "Risultato | raggiunto")
        # completes the header, a row of text does not
        more = columns.matched > self.columns.matched
        dated = sum(y is not None for y in columns.years) > sum(
            y is not None for y in self.columns.years
        )  # "2025 (Percentuale)" under "Valore indicatore": the year of its values
        return columns if more or dated or (label_like(row) and match_label_row(row)) else None

    def heads_two_rows(self, row: Row, second: tuple[Row, Sequence[Row]] | None) -> bool:
        """True when ``row`` and ``second``'s row of labels head a table together.

        ``second``: the row under ``row`` and the body under that.  A header of
        two rows (``VALORE INDICATORE`` over ``2026 | 2027 | 2028``) printed
        again at the head of each page is no row of the table above, nor an
        indicator of its own.
        """
        if second is None:
            return False
        lower, body = second
        return self.map_header(merge_header_rows(row.cells, lower.cells), body) is not None

    def map_header(self, cells: Sequence[str | None], body: Sequence[Row]) -> ColumnMap | None:
        rows = [r.cells for r in body]
        return map_header(cells, self.threshold, self.min_fields, rows, self.looks_back)

    def header(self, columns: ColumnMap, row: Row, upper: Row | None = None) -> None:
        self.skipped_table, self.open_titles = None, {}
        if self.year_of_table is not None and self.year_of_table[0] == row.table:
            columns = columns.in_year(self.year_of_table[1])
        self.trace.header(row, columns, upper)
        if self.draft is not None:
            self.draft.closed = self.draft.closed or columns != self.columns
        overleaf = self.draft is not None and row.page > self.draft.page_end
        self.collecting = (
            self.collecting
            and self.draft is not None
            and (not self.draft.closed or (overleaf and columns == self.columns))
        )  # the header printed again overleaf: a comment may go on under it
        # another table on the same page starts a count of its own (a table overleaf
        # under a repeated header goes on with the one before)
        beside = self.draft is not None and row.page == self.draft.page_end
        if columns != self.columns or (row.table != self.table and beside):
            self.rows_in_table = 0
            mapping = list(zip(columns.headers, columns.fields, columns.years, strict=True))
            logger.debug("page %d, table %s: header %s", row.page, row.table, mapping)
        self.columns, self.header_row, self.pending_title = columns, row, False
        self.table = row.table
