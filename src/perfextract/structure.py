"""From rows in reading order to indicator records.

The steps, in the order :func:`build_indicators` runs them:

1. :func:`classify_row` says what each row is: a header row, an
   ``Indicatori`` label, a hierarchy heading, a status line, an indicator row
   or free text;
2. :func:`find_header_row` maps a header row's cells to record fields, and
   the mapping is carried across pages until the next header;
3. :func:`merge_continued_rows` joins a row split by a page break to its
   first part;
4. :func:`attach_status` and free text after an indicator give its status and
   comment;
5. :func:`~perfextract.records.to_indicators` parses the cells into records.

Everything here is pure: rows in, records and warnings out.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from perfextract.classify import (
    band_text,
    classify_row,
    heads_other_table,
    is_labelled_line,
    is_legend,
    is_other_table,
    is_totals_row,
    lone_first_cell,
    names_objective_outcome,
    split_text_row,
    table_year,
    with_objective_code,
)
from perfextract.column_parts import join_column_parts
from perfextract.columns import (
    ColumnMap,
    merge_header_rows,
)
from perfextract.drafts import (
    attach_status,
    explains_row,
    is_continuation,
    is_title_draft,
    merge_continued_rows,
    note_row_text,
    opens_with_label,
    read_band,
    split_status_line,
    split_year_lines,
    start_draft,
    states_own_status,
)
from perfextract.evidence import Trace, first_row_labels
from perfextract.header_reading import HeaderReading
from perfextract.headers import (
    header_pair,
    labels_only,
    next_cells_row,
    table_body,
    transpose_schede,
)
from perfextract.hierarchy import (
    Scope,
    code_heading,
    code_line_alone,
    enter_heading,
    heading_in_cells,
    join_level_labels,
    listed_objectives,
    objective_in_cell,
    set_title,
    split_coded_title,
    with_listed,
)
from perfextract.labels import Heading, fold
from perfextract.model import Indicator, ReportWarning, Row
from perfextract.records import Draft, check_record, clean_text, to_indicators
from perfextract.scheda_outcomes import (
    OutcomeReading,
    described_title,
    is_score_line,
    names_office,
)
from perfextract.stacking import split_joined_columns, split_paired_columns, unstack_row
from perfextract.statuses import match_status
from perfextract.text_schede import read_text_schede
from perfextract.titles import TitleKeeping

logger = logging.getLogger(__name__)

#: A band inside an indicator table over rows of another kind (phases, resources).
_OTHER_ROWS_RE = re.compile(
    r"^\W*(?:fasi(?:\s+di\s+(?:attuazione|realizzazione))?|cronoprogramma"
    r"|risorse(?:\s+(?:umane|finanziarie|assegnate|strumentali))?)\W*$",
    re.IGNORECASE,
)


class _Reader(TitleKeeping, HeaderReading, OutcomeReading):
    """The state of one pass over a document's rows (see :func:`build_indicators`)."""

    def __init__(
        self, threshold: float, min_fields: int, looks_back: bool | None, trace: Trace | None = None
    ) -> None:
        self.threshold, self.min_fields, self.looks_back = threshold, min_fields, looks_back
        self.trace = trace if trace is not None else Trace(threshold, min_fields, looks_back)
        self.indicators: list[Indicator] = []
        self.warnings: list[ReportWarning] = []
        self.scope = Scope()
        self.areas: dict[str, str | None] = {}
        self.columns: ColumnMap | None = None
        self.header_row: Row | None = None  # the header just read, for a second header row
        self.header_rows_merged = False  # the header just read took two rows already
        self.previous: Row | None = None  # the row just read, if a row of cells
        self.table: int | None = None  # the table the column mapping was last used in
        self.draft: Draft | None = None
        self.pending_title = False
        self.collecting = False  # free text now belongs to the last indicator's comment
        self.comment_in_table = False  # the last indicator's comment is a row of its table
        self.scored = False  # the objective's score was printed after the last indicator
        self.group_start = 0  # the first record of the indicators read since the last heading
        self.headings: set[Heading] = set()  # the headings met, to tell a title row repeated
        self.rows_in_table = 0  # indicator rows read under the current header
        self.year_of_table: tuple[int | None, int] | None = None  # a table's "Anno 2023" row
        self.strategic_printed = False  # the strategic objective is a heading, not a cell
        self.skipped_table: int | None = None  # a table read past a band of other rows
        self.under_programma = False  # the last heading above the objectives is a Programma
        #: hierarchy columns whose title may go on in the next row: index → it had a code
        self.open_titles: dict[int, bool] = {}
        self.title_column: int | None = None  # the column the deepest objective came from

    def finish(self) -> None:
        if self.draft is not None:
            records, found = to_indicators(self.draft)
            if self.draft.for_group and records:
                found += self.share_outcome(records[0])
            self.indicators.extend(records)
            self.warnings.extend(found)
            if self.draft.for_group:
                self.group_start = len(self.indicators)
        self.draft = None

    def share_outcome(self, last: Indicator) -> list[ReportWarning]:
        """Give ``last``'s status and comment to the records of its group that state none.

        A status line printed after a table (``Esito: Raggiunto`` under the
        indicators of one objective) is the outcome of every indicator in it,
        unless an indicator has a status (but from its actual cell) or a comment of its own.
        """
        found: list[ReportWarning] = []
        for i in range(self.group_start, len(self.indicators)):
            other = self.indicators[i]
            same_objective = (other.objective_code, other.objective_title) == (
                last.objective_code,
                last.objective_title,
            )
            # an actual cell that is a status phrase ("Obiettivo sospeso") gives way to it
            own = other.status is not None and other.status_text != other.actual.raw
            if not own and other.comment is None and same_objective:
                other = replace(other, status=last.status, status_text=last.status_text,
                                comment=last.comment)  # fmt: skip
                self.indicators[i] = other
                found += [w for w in check_record(other) if w.code == "status-contradicts-values"]
        return found

    def enter(self, heading: Heading, row: Row, in_column: bool = False) -> None:
        """Enter ``heading``; ``in_column``: printed in a hierarchy column of the table.

        An objective of a column without a code or a level word, under a
        strategic objective printed as a heading above the table, is an
        operational one of it.
        """
        self.group_start, self.rows_in_table = len(self.indicators), 0
        if heading.title and _KEY_ONLY_RE.match(heading.title):
            heading = replace(heading, title=None)  # "OBIETTIVO N. 1.1   Peso: 10": no title
        self.trace.heading(row, heading)
        if not in_column:
            self.open_titles = {}
        nested = in_column and heading.level is None and heading.code is None
        if nested and self.strategic_printed and self.scope.level in ("strategic", "operational"):
            heading = replace(heading, level="operational")
        if heading.level is None and self.under_programma:
            heading = replace(heading, level="operational")  # an objective under a Programma
        programma = fold(heading.label).startswith("programma")
        if heading.level == "area" or programma:
            self.under_programma = programma
        self.scope = enter_heading(self.scope, heading, self.areas)
        if self.scope.level in ("area", "strategic"):
            self.strategic_printed = self.scope.level == "strategic" and not in_column
        if self.scope.level == "area" and self.scope.area_code is not None:
            self.areas[self.scope.area_code] = self.scope.area_title

    def repeated_overleaf(self, heading: Heading, row: Row) -> bool:
        """True for a heading met before, again at the head of a page while a row is open.

        A table whose first row is its objective's title prints it again on each
        page, with the header; the row split by the page break goes on under it.
        """
        seen = heading in self.headings
        self.headings.add(heading)
        draft = self.draft
        return seen and draft is not None and not draft.closed and row.page > draft.page_end

    def row_open_overleaf(self, row: Row) -> bool:
        """True for a table's row at the head of a page while the row above it is still open."""
        draft = self.draft
        return (
            row.table is not None and draft is not None and not draft.closed
            and row.page > draft.page_end
        )  # fmt: skip

    def cells(self, row: Row, below: Row | None) -> None:
        if row.table is not None and row.table == self.skipped_table:
            return  # a phase or a resource under its band, until "Indicatori" or a header
        columns = self.columns
        if columns is not None and row.table != self.table and is_other_table(row, columns):
            self.finish()
            kind = (
                f"{len(row.cells)} columns, not {columns.width}"
                if len(row.cells) != columns.width
                else "a first row of labels that name no indicator columns"
            )
            self.trace.refuse(row, f"another kind of table after an indicator table ({kind}): "
                              f"{first_row_labels(row.cells, self.threshold)}")  # fmt: skip
            columns = self.columns = None
        if columns is not None and heads_other_table(row):
            if self.draft is not None and is_title_draft(self.draft):
                self.draft = None  # "Fasi di attuazione": the other table's title, no indicator
            self.finish()
            self.trace.refuse(row, "a row of labels that heads no indicator table: "
                              f"{first_row_labels(row.cells, self.threshold)}")  # fmt: skip
            columns = self.columns = None
        if columns is None:
            reason = "no header row maps its columns to indicator fields; first row "
            self.trace.refuse(row, reason + first_row_labels(row.cells, self.threshold))
            return
        self.table = row.table
        parts = split_year_lines(row, columns)
        if len(parts) == 1:
            parts = split_status_line(row, columns)
        if len(parts) > 1:
            for part in parts:  # an indicator's year rows, or its outcome line, read as one row
                self.cells(part, below)
            return
        heading = heading_in_cells(row, columns) or code_heading(row, columns, below)
        if heading is None and is_totals_row(row, columns):
            self.finish()  # "Totale S.C. Cardiologia | … | 100 | 88,5": a unit's subtotal row
            self.collecting = False
            return
        draft = self.draft
        note = note_row_text(row, columns) if heading is None else None
        if note and draft is not None and self.collecting:
            draft.comment.append(note)  # "Nota: …" merged over the row under its indicator's
            self.comment_in_table = True
            return
        outcome = draft is not None and draft.status is not None and self.collecting
        band = band_text(row, columns, outcome) if heading is None else None
        if band and draft is not None and read_band(draft, band, self.collecting):
            self.wrap_titles(row, columns)  # an outcome line merged across the value columns
            self.comment_in_table = bool(draft.comment)
            return
        if heading is None and is_continuation(self.draft, row) and self.draft is not None:
            self.wrap_titles(row, columns)
            merge_continued_rows(self.draft, row)
            return
        before = self.open_titles
        one_line = not any(c and "\n" in c.strip() for c in row.cells)
        self.open_titles = {}
        if heading is not None:
            self.finish()
            self.enter(heading, row)
            self.pending_title, self.collecting = self.scope.title is None, False
            return
        for part in unstack_row(row, columns):  # one row per indicator stacked in its cells
            self.finish()
            cells = with_objective_code(part.cells, columns)
            outer: str | None = None  # the level a column left of this one entered
            for index, level in columns.hierarchy():  # area, then objectives, outermost first
                if index < len(cells) and cells[index]:
                    text = clean_text(cells[index]) or ""
                    heading = objective_in_cell(text, level)
                    if outer == "strategic" and heading.level is None and heading.code is None:
                        heading = replace(heading, level="operational")  # under its column's
                    if self.wraps_on(index, text, before):
                        self.goes_on_in(index, level == "area", text)
                        self.open_titles[index] = before[index]
                    elif not self.title_goes_on(text, row):
                        self.enter(heading, row, in_column=True)
                        outer = self.scope.level
                        self.title_column = index if level != "area" else self.title_column
                        # a cell of many lines holds its whole title, unless its code
                        # stands alone on the first line (a merged cell's lines run on)
                        if one_line or code_line_alone(cells[index] or ""):
                            self.open_titles[index] = heading.code is not None
                    cells = (*cells[:index], "", *cells[index + 1 :])
            self.draft = start_draft(replace(part, cells=cells), columns, self.scope)
            self.comment_in_table = self.scored = False
            self.rows_in_table += 1
        self.collecting, self.pending_title = True, False

    def text(self, row: Row, text: str) -> None:
        if row.note:  # a footnote under a table speaks of no one indicator (nor ends it)
            return
        if is_score_line(text):  # "Grado di raggiungimento dell'obiettivo: 100%": the
            self.scored = True  # objective's, as the outcome line after it; not a comment
            return
        if names_office(text):  # "Servizio: Ragioneria": the next scheda's keys
            self.collecting = False
            return
        if is_legend(text):  # a table's legend speaks of no one indicator
            self.collecting = False
            return
        if self.pending_title and text:
            self.scope = set_title(self.scope, text)
            if self.scope.level == "area" and self.scope.area_code is not None:
                self.areas[self.scope.area_code] = text
            self.pending_title = False
        elif self.collecting and self.draft is not None and text:
            labels_next = text.rstrip().endswith(":")  # "Relazione del Responsabile:" …
            if row.table is None and row.bold and match_status(text) is None and not labels_next:
                self.finish()  # a bold paragraph between tables opens a new section
                self.collecting = False
                return
            # prose after a table of several indicators, with no outcome line: not a comment,
            # unless it says it is one ("Motivazione: …" under the row it explains)
            several = self.rows_in_table > 1
            if (
                row.table is None
                and (
                    (self.draft.status is None and not self.draft.comment) or self.comment_in_table
                )
                and several
                and (not explains_row(text) or self.scored)
            ):  # (nor prose under a table whose comments are rows of it)
                self.collecting = False
                return
            elsewhere = row.table is not None and row.table != self.table
            # overleaf, under the header again: the rest of a comment, or a labelled
            # comment line after the outcome line ("Motivazione dello scostamento: …")
            labelled = self.draft.status is not None and opens_with_label(text)
            if (
                elsewhere
                and row.page > self.draft.page_end
                and not self.draft.comment
                and not labelled
            ):
                self.collecting = False  # a comment goes on overleaf, but starts by its indicator
                return
            self.draft.comment.append(text)
            self.draft.closed = True
            self.comment_in_table |= row.table is not None

    def read(
        self,
        row: Row,
        body: Sequence[Row] = (),
        below: Row | None = None,
        second: tuple[Row, Sequence[Row]] | None = None,
    ) -> None:
        """Read ``row``.

        ``body``: the rows under it in its table, when it may head it;
        ``below``: the next row of its table; ``second``: the next row and the
        rows under it, when both rows are labels (see :func:`header_pair`).
        """
        year = table_year(row)
        if year is not None:  # "Anno 2023" over the header: the year of the table's values
            self.finish()
            self.collecting = False
            self.year_of_table = (row.table, year)
            return
        band = lone_first_cell(row)
        if band is not None and _OTHER_ROWS_RE.match(band):  # "Fasi di attuazione" in the table
            self.finish()
            self.collecting, self.skipped_table = False, row.table
            self.trace.refuse(row, f"rows under a band of another kind of rows: {band!r}")
            return
        item = classify_row(row, self.threshold, self.min_fields, body, self.looks_back)
        upper, self.header_row = self.header_row, None
        previous, self.previous = self.previous, row if item.kind == "cells" else None
        if item.kind in ("cells", "header") and upper is not None:
            completed = self.second_header_row(upper, row, body)
            alone = item.columns.matched if item.columns is not None else 0
            if completed is not None and completed.matched >= alone:
                self.header(completed, row, upper)
                self.previous = None
                # a third row may complete it again ("Anno 2023" over "Target | Consuntivo")
                self.header_row = (
                    replace(row, cells=merge_header_rows(upper.cells, row.cells))
                    if upper.table == row.table and not self.header_rows_merged
                    else None
                )
                self.header_rows_merged = self.header_row is not None
                return
        self.header_rows_merged = False
        if (
            item.kind == "cells"
            and previous is not None
            and previous.table == row.table
            and labels_only(previous)
            and labels_only(row)
        ):
            # a header whose two rows name no table alone ("Anno 2023" over "Valore atteso")
            merged = self.map_header(merge_header_rows(previous.cells, row.cells), body)
            if merged is not None:
                self.finish()
                self.header(merged, row, previous)
                self.header_row = self.previous = None
                return
        if item.kind == "header" and item.columns is not None:
            self.header(item.columns, row)
        elif item.kind == "section":  # the document's own numbered section: a new scope
            self.finish()
            self.pending_title = self.collecting = False
            self.scope, self.strategic_printed, self.under_programma = Scope(), False, False
        elif item.kind == "goes-on":
            return  # "(segue)", "Tabella 4 (continua)": the table and its open row go on
        elif item.kind == "label" and self.row_open_overleaf(row):
            return  # "Indicatori" over the header printed again: the split row goes on under it
        elif item.kind in ("label", "caption"):
            self.finish()
            self.pending_title = self.collecting = False
            self.skipped_table = None  # "Indicatori": the table's indicators follow
            if item.kind == "caption":  # another table follows, under a header of its own
                self.columns = None
        elif (
            item.kind == "heading"
            and item.heading is not None
            and not (self.pending_title and fold(item.heading.label) in _BUDGET_LEVELS)
        ):
            if self.repeated_overleaf(item.heading, row):
                return  # a table's title row printed again on the next page
            self.finish()
            self.enter(item.heading, row)
            self.pending_title, self.collecting = self.scope.title is None, False
        elif item.kind == "cells" and self.pending_title and (title := described_title(row)):
            self.text(row, title)  # "Obiettivo n. | 1.1" over "Descrizione | its title"
        elif item.kind == "cells" and self.pending_title and lone_first_cell(row):
            self.text(row, clean_text(row.text) or "")  # a heading's title in a band of its own
        elif (
            item.kind == "cells"
            and row.table == self.table
            and self.columns is not None
            and self.outcome_row(row)
        ):
            return  # "Esito | RAGGIUNTO" boxed with the scheda's indicators
        elif item.kind == "cells" and self.heads_two_rows(row, second):
            return  # the next row completes the header (see above), whatever row is open
        elif item.kind == "cells":
            self.cells(row, below)
        elif item.kind == "summary":  # a totals row ends the last indicator's row
            self.finish()
            self.collecting = False
        elif item.kind == "status" and item.status is not None:
            if self.draft is not None and row.table is None and states_own_status(self.draft):
                self.collecting = False  # after a table whose rows state their own outcome
            elif self.draft is not None and self.collecting:
                first = self.draft.status is None
                attach_status(self.draft, item.status, clean_text(row.text) or "")
                # a line after the table, one that names the objective, or a labelled one
                # closing a table of several indicators ("Esito: Raggiunto") is the group's
                self.draft.for_group |= first and (
                    row.table is None
                    or names_objective_outcome(row.text)
                    or (self.rows_in_table > 1 and is_labelled_line(row.text))
                )
        elif (heading := self.band_heading(row, below)) is not None:
            self.finish()  # "2 Entrate correnti" merged across the table over "2.1", "2.2"
            self.enter(heading, row)
            self.pending_title = self.collecting = False
        else:
            self.text(row, clean_text(row.text) or "")

    def band_heading(self, row: Row, below: Row | None) -> Heading | None:
        """The objective a row merged across a table names by a code its next rows extend."""
        if row.table is None or self.columns is None or below is None:
            return None
        return code_heading(row, self.columns, below)


#: A key and its number, printed beside a heading's code in place of a title (``Peso: 10``).
_KEY_ONLY_RE = re.compile(r"^[A-ZÀ-Ý][\w' ]{0,25}:\s*[\d.,]+\s*%?$")

#: The budget's own levels: under a heading still without its title, they are that title
#: ("Area Strategica 2020_01" over "MISSIONE 011: Competitività e sviluppo delle imprese").
_BUDGET_LEVELS = frozenset({"missione", "programma"})


def build_indicators(
    rows: Iterable[Row],
    threshold: float = 82.0,
    min_fields: int = 2,
    looks_back: bool | None = None,
    trace: Trace | None = None,
) -> tuple[list[Indicator], list[ReportWarning]]:
    """Read the indicators of a document from its rows in reading order.

    ``looks_back``: True for a report of results, False for a plan (see
    :func:`~perfextract.columns.map_header`); ``trace`` receives the headers,
    headings and refused tables met.
    """
    parts = join_level_labels([part for row in join_column_parts(list(rows))
                               for part in split_text_row(row)])  # fmt: skip
    parts = transpose_schede(read_text_schede(split_joined_columns(split_paired_columns(parts))))
    reader = _Reader(threshold, min_fields, looks_back, trace)
    for i, part in enumerate(parts):
        # see code_heading: a code and a title, in two cells or in one merged across the row
        filled = [c for c in part.cells if c and c.strip()]
        code_and_title = len(filled) == 2 or (
            len(filled) == 1 and split_coded_title(filled[0]) is not None
        )
        below = next_cells_row(parts, i) if code_and_title else None
        reader.read(part, table_body(parts, i), below, header_pair(parts, i))
    reader.finish()
    listed = listed_objectives(parts)
    return [with_listed(i, listed) for i in reader.indicators], reader.warnings
