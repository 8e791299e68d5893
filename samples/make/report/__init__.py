"""The report-software renderer: a PDF drawn the way reporting software draws one, with
reportlab (deterministic: its ``invariant`` mode).

A content says ``"renderer": "report"``; its ``layout`` names the ``format``
(:data:`FORMATS`) and holds the options:

* ``blocks``: the :mod:`blocks` content format in a ``look`` (:class:`Look`: font
  ``family``, ``rules`` of the indicator tables — ``grid`` every cell ruled, ``none``
  aligned by whitespace only, ``header_rule`` one rule under the header row — type sizes,
  ``margin`` in cm, ``accent`` and ``header_fill`` in hex, ``cover_band``,
  ``page_format``). Tables repeat their header row on each page they run onto; a
  ``rotated`` block becomes a page whose MediaBox is portrait and whose content is turned
  by 90 degrees, with ``/Rotate 90``. :mod:`word` prints it through Word.
* ``ruled_groups``: rules across only, zebra rows, an objective on its group's first row,
  ``Atteso | Raggiunto`` under a spanning ``Valore``, repeated (the ``look`` too);
* five layouts of software exports, each with its ``title`` and ``running`` text (font
  ``size``, ``margin``, ``top`` and ``foot`` in cm, four ``lines``): ``export`` (7 pt,
  zebra, the hierarchy repeated on every row, glyphs outside Latin-1 from a fallback font),
  ``numbered`` (bold numbered objectives without a label word, raised footnote marks and
  footnotes under fully ruled tables, cover, TOC and staff pages), ``noted`` (two-column
  prose, merged objective rows, a ``Note: …`` row under each indicator), ``borderless``
  (landscape, no rules, area and objective on a group's first row) and ``abbreviated``
  (abbreviated labels, bold ``OB. STRAT.`` headings, a ruled table per objective).

The records come from the content alone; the page of every row is read back from the PDF.
Here each format draws its PDF and finds its records' pages; the modules: :mod:`.styles`
(fonts, paragraph styles, cell markup), :mod:`.tables` (indicator and figure tables),
:mod:`.pages` (document templates, frames, running text), :mod:`.stories` (each format's
story, built into the PDF) and :mod:`.records` (records from the content).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..blocks import build_records, check_columns, locate_pages
from ..readback import locate, page_streams
from ..truth import (
    load_content,
    paged,
    squash,
    write_truth,
)
from .records import (
    Content,
    Record,
    abbreviated_records,
    borderless_records,
    export_records,
    group_records,
    noted_records,
    numbered_records,
)
from .stories import (
    look_of,
    render,
    render_abbreviated,
    render_borderless,
    render_export,
    render_groups,
    render_noted,
    render_numbered,
)
from .styles import register_fonts
from .tables import group_rows


def blocks_pages(content: Content, pdf_path: Path) -> list[Record]:
    """The ``blocks`` format: the records, their pages found in the rendered PDF."""
    records = build_records(check_columns(content))
    render(content, look_of(content), pdf_path)
    spans = locate_pages(page_streams(pdf_path), content)
    return paged(records, spans)


def group_spans(streams: list[str], content: Content) -> list[tuple[int, int]]:
    """(page, page_end) of every indicator row: the page holding the row's cells in order.

    reportlab draws a table row by row, cell by cell, so a row's cells follow each other
    in the page's character stream; a row split over two pages would not be found whole.
    """
    rows = [
        row for block in content["body"] if block["kind"] == "table" for row in group_rows(block)
    ]
    spans, page, offset = [], 0, 0
    for cells in rows:
        needle = squash("".join(cells))
        while (found := streams[page].find(needle, offset)) < 0:
            page, offset = page + 1, 0
            if page == len(streams):
                raise ValueError(f"row not found whole on one page: {cells[2][:60]!r}")
        offset = found + len(needle)
        spans.append((page + 1, page + 1))
    return spans


def ruled_groups_pages(content: Content, pdf_path: Path) -> list[Record]:
    """The ``ruled_groups`` format: the records, their pages found in the rendered PDF."""
    records = group_records(content)
    render_groups(content, pdf_path)
    spans = group_spans(page_streams(pdf_path), content)
    return paged(records, spans)


Records = Callable[[Content], tuple[list[Record], list[list[str]]]]
Format = Callable[[Content, Path], list[Record]]


def drawn(records_of: Records, draw: Callable[[Content, Path], Any]) -> Format:
    """A format drawn by ``draw`` whose records (``records_of``, with the printed cells of
    each row) are found in the PDF by their rows' cells (one row may give a record a year)."""

    def pages(content: Content, pdf_path: Path) -> list[Record]:
        records, rows = records_of(content)
        register_fonts()
        draw(content, pdf_path)
        found = locate(pdf_path, rows)
        for index, record in enumerate(records):
            page = found[index * len(rows) // len(records)]
            record.update(page=page, page_end=page)
        return records

    return pages


#: The formats a content's ``layout`` may name: each builds the records, draws the PDF
#: and finds the page of every record.
FORMATS: dict[str, Format] = {
    "blocks": blocks_pages,
    "ruled_groups": ruled_groups_pages,
    "export": drawn(export_records, render_export),
    "numbered": drawn(numbered_records, render_numbered),
    "noted": drawn(noted_records, render_noted),
    "borderless": drawn(borderless_records, render_borderless),
    "abbreviated": drawn(abbreviated_records, render_abbreviated),
}


def make_sample(name: str, out: Path) -> list[str]:
    """Draw one sample in its format and write its PDF and truth (no checks of its own)."""
    content = load_content(name)
    pdf_path = out / f"{name}.pdf"
    records = FORMATS[content["layout"]["format"]](content, pdf_path)
    write_truth(content, records, pdf_path, len(page_streams(pdf_path)))
    return []
