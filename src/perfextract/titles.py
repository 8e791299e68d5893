"""Hierarchy titles that go on past the row that opened them.

A title wrapped over more lines than its row prints its last lines beside
the rows below, or overleaf in a cell merged down over a page break; the
records already read under it get the whole title too.
"""

from __future__ import annotations

from dataclasses import replace

from perfextract.columns import ColumnMap
from perfextract.hierarchy import Scope, objective_in_cell
from perfextract.model import Indicator, Row
from perfextract.records import Draft, clean_text


class TitleKeeping:
    """The part of a reader that keeps hierarchy titles whole (mixed into the reader)."""

    scope: Scope
    indicators: list[Indicator]
    draft: Draft | None
    areas: dict[str, str | None]
    group_start: int
    #: hierarchy columns whose title may go on in the next row: index → it had a code
    open_titles: dict[int, bool]
    title_column: int | None  # the column the deepest objective came from

    def wrap_titles(self, row: Row, columns: ColumnMap) -> None:
        """Carry on the titles the hierarchy cells of ``row`` go on with (see :meth:`wraps_on`)."""
        for index, level in columns.hierarchy():
            text = clean_text(row.cells[index]) if index < len(row.cells) else None
            if text and self.wraps_on(index, text):
                self.goes_on_in(index, level == "area", text)

    def wraps_on(self, index: int, text: str, open_titles: dict[int, bool] | None = None) -> bool:
        """True when a hierarchy cell's text is the rest of the title its column began above.

        A title wrapped over more lines than its row prints its last lines beside
        the rows below (a table without cell borders, read a line a row): text
        with no code of its own, in the column whose title began on the line
        above, that starts in lower case or stands in a column whose title had
        a code.
        """
        had_code = (self.open_titles if open_titles is None else open_titles).get(index)
        if had_code is None or objective_in_cell(text, None).code is not None:
            return False
        return text[:1].islower() or had_code

    def goes_on_in(self, index: int, area: bool, text: str) -> None:
        """``text`` goes on with the title of column ``index``: the area's, or the objective's
        the records carry (an outer objective's title is in no record)."""
        if area or index == self.title_column:
            self.extend_title(area, text)

    def extend_title(self, area: bool, text: str) -> None:
        """Add ``text`` to the current area's or objective's title, where read already too.

        A title not read yet (a code alone in its cell's first row) is ``text``.
        """
        old = self.scope.area_title if area else self.scope.title
        code = self.scope.area_code if area else self.scope.code
        if old is None and code is None:
            return
        new = clean_text(f"{old}\n{text}" if old is not None else text)

        def retitled(scope: Scope) -> Scope:
            if area and scope.area_title == old and scope.level == "area" and scope.title == old:
                return replace(scope, area_title=new, title=new)  # an area-level indicator's
            if area:
                return replace(scope, area_title=new) if scope.area_title == old else scope
            return replace(scope, title=new) if scope.title == old else scope

        self.scope = retitled(self.scope)
        if area and self.scope.area_code is not None:
            self.areas[self.scope.area_code] = new
        if self.draft is not None:
            self.draft.scope = retitled(self.draft.scope)
        i = len(self.indicators)
        while i > 0:
            last = self.indicators[i - 1]
            if (last.area_title if area else last.objective_title) != old or (
                (last.area_code if area else last.objective_code) != code
            ):
                break
            i -= 1
            own = not area or (last.objective_level == "area" and last.objective_title == old)
            self.indicators[i] = replace(
                last, objective_title=new if own else last.objective_title,
                area_title=new if area else last.area_title,
            )  # fmt: skip

    def title_goes_on(self, text: str, row: Row) -> bool:
        """True when a hierarchy cell at the top of a page goes on with the title above.

        A cell merged down over a page break prints the rest of its text
        overleaf (``urbana e la mobilità dolce`` under ``Estendere la rete
        ciclabile``): it starts in lower case, without a code.  The title is
        completed, in the records already read under it too.
        """
        last = self.indicators[-1] if self.indicators else None
        if not text[:1].islower() or last is None or row.page <= last.page_end:
            return False
        old = self.scope.title
        if old is None or last.objective_title != old:
            return False
        self.extend_title(False, text)
        return True
