r"""The Word renderer: a report as an office lays it out in python-docx, printed by
LibreOffice Writer (:mod:`office`), and read back.

A content says ``"renderer": "word"``; its ``layout`` names the ``format``
(:data:`FORMATS`), each a way offices lay indicators out in Word:

* ``tables``: the general one. The ``body`` is an ordered list of blocks: ``toc`` (an index
  whose page numbers come from a first printing), ``heading``, ``paragraph``, ``objective``
  (``{label} {code}{sep}{title}``), ``esito`` (the outcome of the table before it),
  ``bullets``, ``section`` (a new page in an orientation), ``scheda`` (key/value ``pairs``,
  then its indicator table) and ``table``, which names its format (``ref``) among the
  content's ``tables``: ``style`` (``grid``, ``booktabs``, ``hrules``, or ``ruled`` with
  ``rule_size`` and ``rule_colour``), ``widths`` (cm), ``header`` (``header_sub``: a
  second row under the last label), ``fields`` (the record field of each column,
  ``target:2025`` for a year's) and the options ``repeat_header``, ``keep_rows``,
  ``header_fill``, ``header_white``, ``header_centre``, ``centre``, ``centre_columns``,
  ``objective_fills``, ``status_separator``, ``gap_after`` and ``weights_add_up``. A row
  is an indicator (``cells`` and its hand-written ``parsed`` values), an objective merged
  across the table or a status row. The content's ``look`` sets the margins, the
  objective headings and the spacing of paragraphs.
* ``grid``: the indicators as one long table, its columns given once (``fields``,
  ``widths``, ``header`` or two ``header_rows``), ``style`` ``peg`` (ruled, a two-row
  header not repeated) or borderless without row spacing; figures and plain tables.
* ``areas`` and ``objectives``: a ruled table per area, its objective merged down over
  its indicators, or per objective under ``Obiettivo operativo`` paragraphs.
* ``status_rows``: 5-column ruled tables with heading and status rows merged across,
  rows split across page breaks, the header repeated (a report transcribed by hand).
* ``blocks``: the :mod:`blocks` format printed through Word: landscape, a two-row
  header repeated on every page, heading, status and text rows merged across the table.

Text carries a little markup (``<b>``, ``<i>``, ``\n`` a line break). Here each format
builds its records, prints its document and finds the page of every record; the modules:
:mod:`.content` (the content as printed: plain text, headings, tables completed from their
formats), :mod:`.document` (python-docx building blocks and the :class:`~.document.Page`
of each format), :mod:`.tables` (indicator tables), :mod:`.layouts` (each format's
document), :mod:`.records` (records from the content) and :mod:`.pages` (reading the PDF
back: the pages a table row spans, its cells assigned to columns by the column widths).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .. import blocks
from ..office import print_pdf
from ..readback import page_count, page_streams
from ..truth import load_content as read_content
from ..truth import paged, write_truth
from .content import Content, Record, check_grid, resolve_tables
from .document import STATUS_ROWS_PAGE, Page, page_of
from .layouts import (
    areas_build_document,
    blocks_document,
    grid_build_document,
    status_rows_document,
    tables_build_document,
)
from .pages import (
    find_heading_pages,
    grid_locate_rows,
    locate,
    read_pdf,
    status_rows_locate,
    tables_locate_rows,
)
from .records import (
    area_tables,
    grid_build_records,
    objective_tables,
    status_rows_records,
    tables_build_records,
)


def tables_pages(content: Content, pdf_path: Path) -> list[Record]:
    """The ``tables`` format, printed twice when it has an index (the second time with
    the pages of its headings): the records, with the pages of their rows."""
    content = resolve_tables(content)
    page = page_of(content)
    rows = tables_build_records(content)
    print_pdf(tables_build_document(content, {}, page), ".docx", pdf_path)
    toc_pages = find_heading_pages(read_pdf(pdf_path, page), content)
    if toc_pages:
        print_pdf(tables_build_document(content, toc_pages, page), ".docx", pdf_path)
    pages = read_pdf(pdf_path, page)
    if find_heading_pages(pages, content) != toc_pages:
        raise ValueError("the index's page numbers moved in the second printing")
    spans = tables_locate_rows(pages, content)
    for row_recs, (first, _, last) in zip(rows, spans, strict=True):
        for record in row_recs:
            record.update(page=first, page_end=last)
    return [record for row_recs in rows for record in row_recs]


def grid_pages(content: Content, pdf_path: Path) -> list[Record]:
    """The ``grid`` format: the records, with the pages of their rows."""
    records = grid_build_records(check_grid(content))
    document = grid_build_document(content, Page(table_size=content["table_size"]))
    print_pdf(document, ".docx", pdf_path)
    spans = grid_locate_rows(read_pdf(pdf_path, Page()), content)
    return paged(records, spans)


def areas_pages(content: Content, pdf_path: Path) -> list[Record]:
    """The ``areas`` and ``objectives`` formats: the records, with their pages."""
    by_area = content["layout"]["format"] == "areas"
    tables = area_tables(content) if by_area else objective_tables(content)
    print_pdf(areas_build_document(content), ".docx", pdf_path)
    locate(pdf_path, content, tables)
    return [item for table in tables for _, _, recs in table for item in recs]


def status_rows_pages(content: Content, pdf_path: Path) -> list[Record]:
    """The ``status_rows`` format: the records, with the pages of their rows."""
    records = status_rows_records(content)
    print_pdf(status_rows_document(content, content["layout"]["title"]), ".docx", pdf_path)
    return paged(records, status_rows_locate(read_pdf(pdf_path, STATUS_ROWS_PAGE), content))


def blocks_pages(content: Content, pdf_path: Path) -> list[Record]:
    """The :mod:`blocks` format printed through Word: the records, with the
    pages of their rows."""
    records = blocks.build_records(blocks.check_columns(content))
    print_pdf(blocks_document(content), ".docx", pdf_path)
    return paged(records, blocks.locate_pages(page_streams(pdf_path), content))


#: The formats a content's ``layout`` may name: each builds the records, prints the
#: document and finds the page of every record.
FORMATS: dict[str, Callable[[Content, Path], list[Record]]] = {
    "tables": tables_pages,
    "grid": grid_pages,
    "areas": areas_pages,
    "objectives": areas_pages,
    "status_rows": status_rows_pages,
    "blocks": blocks_pages,
}


def make_sample(name: str, out: Path) -> list[str]:
    """Print one sample in its format and write its PDF and truth (no checks of its own)."""
    content = read_content(name)
    pdf_path = out / f"{name}.pdf"
    records = FORMATS[content["layout"]["format"]](content, pdf_path)
    write_truth(content, records, pdf_path, page_count(pdf_path))
    return []
