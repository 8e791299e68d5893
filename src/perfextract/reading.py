"""Reading the pages of a PDF: each page's tables and rows, in turn, against a deadline.

:func:`read_pages` finds the ruled tables (the backend), the tables drawn
without rules and the tables printed as images, lays each page out in rows,
and notes what a person should check (pages without text, OCR, damaged
content).  :class:`Deadline` stops a file that runs past its time.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from perfextract.backends import (
    TableBackend,
    band_tables,
    close_open_row,
    is_banded,
    is_grid,
    key_box,
)
from perfextract.backends.borderless import find_borderless_tables
from perfextract.backends.geometry import Columns
from perfextract.errors import (
    ExtractionTimeoutError,
    InvalidPDFError,
    OCRError,
    OCRUnavailableError,
    UnreadablePageError,
    describe_cause,
)
from perfextract.evidence import RefusedTable
from perfextract.image_tables import (
    find_image_tables,
    has_ocr_layer,
    image_table_warning,
    image_tables,
    read_image_tables,
    scanned_regions,
    settle_image_text,
)
from perfextract.layout import page_rows, without_chars_in
from perfextract.model import BBox, RawTable, ReportWarning, Row
from perfextract.ocr import page_ranges
from perfextract.page import Page
from perfextract.pdf import (
    OpenPDF,
    parse_errors,
)
from perfextract.settings import Settings

logger = logging.getLogger(__name__)

#: How many pages from the start are read for the issuer, title and year.
FRONT_PAGES = 2
#: The longest side of a page, in points, that the PDF specification allows (200 inches).
MAX_PAGE_SIDE = 14400.0


@dataclass(frozen=True, slots=True)
class Deadline:
    """When the time for one file runs out (``seconds`` None: never)."""

    name: str
    seconds: float | None
    start: float

    def left(self) -> float | None:
        """Seconds left (at least a little), or None without a limit."""
        if self.seconds is None:
            return None
        return max(0.01, self.start + self.seconds - time.monotonic())

    def check(self, page: int) -> None:
        """Raise ExtractionTimeoutError when the time is up, before reading ``page``."""
        if self.seconds is not None and time.monotonic() - self.start > self.seconds:
            raise ExtractionTimeoutError(
                f"{self.name}: stopped after {self.seconds:g} s (timeout), before page {page}"
            )


@dataclass(frozen=True, slots=True)
class PagesRead:
    """What :func:`read_pages` found: rows in reading order, the front pages' text, warnings.

    Also the tables found (``tables[n]`` is table ``n`` of the rows), the
    ruled tables set aside as no grid, and each page's size.
    """

    rows: list[Row]
    front: list[str]
    notes: list[ReportWarning]
    tables: list[RawTable]
    refused: list[RefusedTable]
    sizes: dict[int, tuple[float, float]]


def read_pages(
    pdf: OpenPDF,
    selection: Sequence[int],
    backend: TableBackend,
    options: Settings,
    deadline: Deadline,
    *,
    ocr_pages: Collection[int] = (),
) -> PagesRead:
    """Find the tables and rows of each selected page, in turn.

    A page that cannot be parsed, or whose content the stages cannot lay out,
    gets an ``unreadable-page`` warning and the others are read; when no
    page can be read the file is unreadable (InvalidPDFError).  Pages with no
    text layer get one ``no-text-layer`` warning, and the ``ocr_pages`` that
    OCR gave text one ``ocr-text`` warning.  A page of text that shows an
    image with no text over it, which may be a table, gets an ``image-table``
    warning; with ``options.ocr`` the image is read instead
    (:mod:`perfextract.image_tables`), and its tables join the page's.
    """
    rows: list[Row] = []
    front: list[str] = []
    notes: list[ReportWarning] = []
    failures: list[BaseException] = []
    no_text: list[int] = []
    ocr_text: list[int] = []
    ocr_layer: list[int] = []  # scans with an OCR text layer, read from the layer
    found_tables: list[RawTable] = []
    refused: list[RefusedTable] = []
    sizes: dict[int, tuple[float, float]] = {}
    carry: Columns | None = None
    for number in selection:
        deadline.check(number)
        try:
            page, dropped = drop_far_objects(pdf.page(number))
            if dropped:
                message = (
                    f"{dropped} character(s) lie far outside the page (damaged coordinates?) "
                    "and were left out"
                )
                notes.append(ReportWarning(number, "off-page-text", message))
            sizes[number] = (float(page.width), float(page.height))
            regions = find_image_tables(page, password=options.password)
            scan = scanned_regions(page)  # the images that cover most of the page
            layer = bool(scan) and has_ocr_layer(page)
            if layer and not options.ocr:
                ocr_layer.append(number)  # a searchable scan: its rules are in the image only
            scanned = scan if number in ocr_pages or (options.ocr and layer) else []
            if scanned:  # a scanned page: its rules and words read from its image, as a table's
                page, regions = without_chars_in(page, scanned), scanned
            if regions and not options.ocr:
                message = image_table_warning(number, regions)
                notes.append(ReportWarning(number, "image-table", message))
            ruled = []
            boxes = []  # scheda boxes read as text
            found_here = backend.find_tables(page)
            bands = band_tables(page, found_here)
            for k, table in enumerate(found_here):
                if k in bands:
                    reason = f"{table.backend}: a shaded band of a table ruled between rows"
                    refused.append(
                        RefusedTable(number, None, table.bbox, reason + "; read as lines")
                    )
                    continue
                if is_banded(table):
                    reason = (
                        f"{table.backend}: columns shaded in bands, no row rules; read as lines"
                    )
                    refused.append(RefusedTable(number, None, table.bbox, reason))
                    continue
                if is_grid(table):
                    ruled.append(close_open_row(page, table))
                    continue
                box = key_box(page, table)
                reason = (
                    f"{table.backend}: a ruled frame, not a grid (no row but a header is "
                    "divided into two cells or more); its text is read as lines"
                    if box is None
                    else f"{table.backend}: a scheda's box of keys and values; read as lines"
                )
                refused.append(RefusedTable(number, None, box or table.bbox, reason))
                boxes += [box] if box is not None else []
            pictured = []
            if regions and options.ocr:
                try:
                    page = read_image_tables(
                        page, regions, password=options.password, timeout=deadline.left()
                    )
                except OCRUnavailableError:
                    raise
                except OCRError as exc:  # this page's images only: the others are read
                    message = f"{pdf.name}: the images of page {number} cannot be read ({exc})"
                    notes.append(ReportWarning(number, "image-table", message))
                else:
                    pictured = image_tables(page, regions)
                    ruled = [t for t in ruled if not _overlaps(t.bbox, regions)]
                    ruled += [t for found in pictured for t in found.tables]
            borderless, carry = find_borderless_tables(
                page,
                [t.bbox for t in ruled] + boxes,
                carry,
                options.label_threshold,
                options.min_header_fields,
            )
            tables = sorted(ruled + borderless, key=lambda t: (t.bbox[1], t.bbox[0]))
            if pictured and not scanned:
                page, said = settle_image_text(page, pictured, tables)
                notes += [ReportWarning(number, code, message) for code, message in said]
            found = page_rows(page, tables, first_table=len(found_tables))
        except UnreadablePageError as exc:
            failures.append(exc)
            notes.append(ReportWarning(number, "unreadable-page", str(exc)))
            continue
        except parse_errors() as exc:  # damaged content the parser let through
            logger.debug("%s: page %d cannot be laid out", pdf.name, number, exc_info=True)
            failures.append(exc)
            message = f"{pdf.name}: page {number} cannot be laid out ({describe_cause(exc)})"
            notes.append(ReportWarning(number, "unreadable-page", message))
            continue
        found_tables.extend(tables)
        logger.debug("page %d: %d tables, %d rows", number, len(tables), len(found))
        text = any(c["text"].strip() for c in page.chars)
        if not text and page.images:
            no_text.append(number)
        elif text and number in ocr_pages:
            ocr_text.append(number)
        if number <= FRONT_PAGES:
            front.append("\n".join(r.text for r in found))
        rows.extend(found)
    if selection and len(failures) == len(selection):
        raise InvalidPDFError(
            f"{pdf.name}: damaged or unreadable PDF, no page can be read "
            f"({describe_cause(failures[0].__cause__ or failures[0])})"
        ) from failures[0]
    if no_text:
        notes.append(_no_text_layer(no_text, ocr=options.ocr))
    if ocr_layer:
        which = pages_phrase(ocr_layer, "is a scan", "are scans")
        message = (
            f"{which} with an OCR text layer: their tables' rules are only in the image; "
            "run with --ocr (ocr=True) to read them from the image"
        )
        notes.append(ReportWarning(_only(ocr_layer), "ocr-layer", message))
    if ocr_text:
        which = pages_phrase(ocr_text, "was", "were")
        message = f"{which} read from an OCR text layer: check the values against the page"
        notes.append(ReportWarning(_only(ocr_text), "ocr-text", message))
    return PagesRead(rows, front, notes, found_tables, refused, sizes)


def _overlaps(box: tuple[float, float, float, float], regions: Sequence[BBox]) -> bool:
    return any(box[0] < r[2] and r[0] < box[2] and box[1] < r[3] and r[1] < box[3] for r in regions)


def drop_far_objects(page: Page) -> tuple[Page, int]:
    """The page without the objects that lie far outside it, and how many characters went.

    Such objects are never seen on paper; in a damaged file they carry
    coordinates such as -1e12 (or NaN), which no stage should have to measure
    the whitespace across.  "Far" is more than a page's width or height (at
    most :data:`MAX_PAGE_SIDE`) beyond its edges.
    """
    width, height = min(page.width, MAX_PAGE_SIDE), min(page.height, MAX_PAGE_SIDE)

    def near(obj: dict[str, Any]) -> bool:
        return bool(
            obj["x1"] >= -width
            and obj["x0"] <= 2 * width
            and obj["bottom"] >= -height
            and obj["top"] <= 2 * height
        )

    kept = page.filter(near)
    return kept, len(page.chars) - len(kept.chars)


def _no_text_layer(pages: list[int], *, ocr: bool) -> ReportWarning:
    which = pages_phrase(pages, "has", "have")
    if ocr:
        message = f"{which} no text layer, and OCR found no text on them"
    else:
        message = f"{which} no text layer (scanned?); run with --ocr (ocr=True) to read them"
    return ReportWarning(_only(pages), "no-text-layer", message)


def pages_phrase(pages: list[int], one: str, many: str) -> str:
    """``page 4 has`` or ``pages 1-3, 7 have``."""
    if len(pages) == 1:
        return f"page {pages[0]} {one}"
    return f"pages {page_ranges(pages)} {many}"


def _only(pages: list[int]) -> int | None:
    """The page a warning is on: the one page, or None for several."""
    return pages[0] if len(pages) == 1 else None
