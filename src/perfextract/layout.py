"""A page as rows in reading order: the rows of its tables and its text between them.

Everything downstream reads one stream of :class:`~perfextract.model.Row`:
a merged heading row inside a table and a heading paragraph between two
tables look the same there, which is what lets the hierarchy be read however
an issuer printed it.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from perfextract.gutter import Gutter, column_order, page_gutters, split_lines_at
from perfextract.labels import match_heading
from perfextract.model import BBox, RawTable, Row

#: Share of the page's longer side, at the top and at the bottom, taken as margin band.
MARGIN_BAND = 0.08


def in_margin(top: float, bottom: float, page: Any) -> bool:
    """True when a band from ``top`` to ``bottom`` lies in the page's top or bottom margin.

    The band is a share of the page's longer side, so a landscape page's
    footer (close to its short bottom edge) is in it too.
    """
    band = MARGIN_BAND * max(float(page.height), float(page.width))
    return bottom < band or top > float(page.height) - band


_PAGE_NUMBER_RE = re.compile(
    r"""^\W*(?:
        \d{1,4}                                   # 7
      | (?:pag(?:ina)?|p)\.?\s*\d{1,4}(?:\s*(?:di|/)\s*\d{1,4})?   # Pagina 7 di 30
      | \d{1,4}\s*(?:di|/)\s*\d{1,4}              # 7 / 30
    )\W*$""",
    re.IGNORECASE | re.VERBOSE,
)


def center_inside(obj: dict[str, Any], boxes: Sequence[BBox]) -> bool:
    """True when the centre of ``obj`` (a char or word) lies in one of ``boxes``."""
    cx = (obj["x0"] + obj["x1"]) / 2
    cy = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)


_NOTE_MARK_RE = re.compile(r"^\s*(?:\(\d{1,2}\)|\d{1,2}|\*{1,3})\s*[^\W\d]")


def is_footnote(text: str, chars: Sequence[dict[str, Any]], body_size: float) -> bool:
    """True for a footnote: text opening with its mark, printed smaller than the page's text."""
    return bool(chars and _NOTE_MARK_RE.match(text)) and text_size(chars) < 0.85 * body_size


def text_size(chars: Iterable[dict[str, Any]]) -> float:
    """The median font size of ``chars`` (0 for none)."""
    return statistics.median_high([float(c.get("size", 0)) for c in chars] or [0.0])


def _is_bold(chars: Iterable[dict[str, Any]]) -> bool:
    names = [str(c.get("fontname", "")) for c in chars if not str(c.get("text", "")).isspace()]
    return bool(names) and all("bold" in n.lower() or "black" in n.lower() for n in names)


def without_chars_in(page: Any, boxes: Sequence[BBox]) -> Any:
    """``page`` without the characters whose centre lies in one of ``boxes``."""
    if not boxes:
        return page
    return page.filter(
        lambda obj: obj.get("object_type") != "char" or not center_inside(obj, boxes)
    )


def text_lines(page: Any, tables: Sequence[RawTable]) -> list[dict[str, Any]]:
    """The text lines of ``page`` that lie outside every table, top to bottom."""
    boxes = [t.bbox for t in tables]
    outside = without_chars_in(page, boxes)
    lines: list[dict[str, Any]] = outside.extract_text_lines(
        return_chars=True, x_tolerance=1.5, y_tolerance=3
    )
    return lines


def group_paragraphs(
    lines: Sequence[dict[str, Any]], rules: Sequence[dict[str, Any]] = ()
) -> Iterator[list[dict[str, Any]]]:
    """Group consecutive lines into paragraphs.

    A new one starts at a wide gap, a change of font weight or size, or a horizontal
    rule drawn between two lines (the rows of a box whose only column rule
    is the edge of its shaded labels).
    """
    group: list[dict[str, Any]] = []
    for line in lines:
        if group:
            prev = group[-1]
            height = max(prev["bottom"] - prev["top"], 1.0)
            gap = line["top"] - prev["bottom"]
            ruled = any(
                prev["bottom"] - 0.5 <= r["top"] <= line["top"] + 0.5
                and r["x0"] <= line["x0"] + 2
                and r["x1"] >= line["x0"] + 36
                for r in rules
            )
            sizes = text_size(line["chars"]), text_size(prev["chars"])
            resized = min(sizes) < 0.85 * max(sizes)  # a footnote under body text, or over it
            if (
                gap > 0.6 * height
                or ruled
                or resized
                or _is_bold(line["chars"]) != _is_bold(prev["chars"])
            ):
                yield group
                group = []
        group.append(line)
    if group:
        yield group


def page_rows(page: Any, tables: Sequence[RawTable], first_table: int = 0) -> list[Row]:
    """The rows of one page in reading order.

    ``first_table`` is the document-wide number of the first of ``tables``.
    """
    number = int(page.page_number)
    rows: list[Row] = []
    for offset, table in enumerate(tables):
        for i, (cells, (x0, top, x1, bottom)) in enumerate(
            zip(table.rows, table.row_boxes, strict=True)
        ):
            tops = table.line_tops[i] if i < len(table.line_tops) else ()
            rows.append(
                Row(
                    page=number,
                    top=top,
                    bottom=bottom,
                    cells=cells,
                    table=first_table + offset,
                    x0=x0,
                    x1=x1,
                    tops=tops,
                )
            )
    lines = text_lines(page, tables)
    # the size of the running text, not of the tables' smaller print
    body_size = text_size([c for line in lines for c in line["chars"]] or page.chars)
    rules = [e for e in getattr(page, "edges", ()) if e.get("orientation") == "h"]
    gutters = page_gutters([t.bbox for t in tables])
    runs = [lines]
    if gutters:  # tables side by side: each column's lines are paragraphs of their own

        def read_side(gutter: Gutter, left: bool) -> list[dict[str, Any]]:
            def keep(obj: dict[str, Any]) -> bool:
                middle = (obj["x0"] + obj["x1"]) / 2
                return obj.get("object_type") != "char" or (middle < gutter.x) == left

            return text_lines(page.filter(keep), tables)

        runs = split_lines_at(lines, gutters, read_side)
    for para in (para for run in runs for para in group_paragraphs(run, rules)):
        top, bottom = para[0]["top"], para[-1]["bottom"]
        chars = [c for line in para for c in line["chars"]]
        margin = in_margin(top, bottom, page)
        text = "\n".join(line["text"] for line in para)
        row = Row(
            page=number,
            top=top,
            bottom=bottom,
            cells=(text,),
            bold=_is_bold(chars),
            margin=margin,
            note=is_footnote(text, chars, body_size),
            x0=min(line["x0"] for line in para),
            x1=max(line["x1"] for line in para),
        )
        rows.extend(split_bold_lead(row, para))
    # a table's rows stay together, in the order of the tables' tops then left edges (cards
    # side by side in two columns of a page); text rows fall between tables by their tops
    starts = {first_table + i: (t.bbox[1], t.bbox[0]) for i, t in enumerate(tables)}
    rows.sort(
        key=lambda r: (*starts[r.table], 0, r.top) if r.table in starts else (r.top, 0.0, 1, 0.0)
    )
    return column_order(rows, gutters) if gutters else rows


def split_bold_lead(row: Row, para: Sequence[dict[str, Any]]) -> list[Row]:
    """A paragraph opened by a heading in bold that runs on in plain text, as two rows.

    ``Obiettivo strategico 2: Sostenibilità economica`` in bold, then ``Questo
    obiettivo è declinato …`` in plain type on the same line: the bold run is
    the heading (when it reads as one), the rest a paragraph of its own.
    """
    if row.bold:
        return [row]
    chars = [c for line in para for c in line["chars"] if c["text"].strip()]
    lead = 0
    while lead < len(chars) and _is_bold(chars[lead : lead + 1]):
        lead += 1
    if lead < 8 or lead == len(chars):
        return [row]
    text = row.text
    seen = cut = 0
    while cut < len(text) and seen < lead:  # where the bold run ends in the text
        seen += not text[cut].isspace()
        cut += 1
    heading, rest = text[:cut].strip(), text[cut:].strip()
    if not rest or match_heading(heading) is None:
        return [row]
    middle = chars[lead - 1]["bottom"]
    return [replace(row, cells=(heading,), bold=True, bottom=middle),
            replace(row, cells=(rest,), bold=False, top=middle - 0.01)]  # fmt: skip


def _heads(row: Row) -> bool:
    """True for a row that opens a coded level of the hierarchy (``Area strategica 1 – …``)."""
    heading = match_heading(row.text)
    return heading is not None and heading.code is not None and heading.level is not None


def drop_running_lines(rows: Sequence[Row]) -> list[Row]:
    """Drop page numbers and running headers/footers from the margin bands.

    A margin paragraph goes when it is a page number, or when the same text
    (digits aside) stands in the margin of two pages or more — unless it opens
    a level of the hierarchy (an area's title bar at the top of each of its
    pages is a heading, not a running header).
    """

    def key(row: Row) -> str:
        return re.sub(r"\d+", "#", row.text.lower())

    pages = {r.page for r in rows}
    margin_pages = Counter(k for k, _ in {(key(r), r.page) for r in rows if r.margin})
    needed = min(2, len(pages))
    kept = []
    for row in rows:
        repeated = len(pages) > 1 and margin_pages[key(row)] >= needed
        if row.margin and (_PAGE_NUMBER_RE.match(row.text) or (repeated and not _heads(row))):
            continue
        kept.append(row)
    return kept
