"""The one place where the stages are wired: a PDF in, a :class:`Report` out."""

from __future__ import annotations

import functools
import io
import logging
import os
import time
import traceback
import warnings
from collections.abc import Collection, Generator, Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack, closing
from dataclasses import dataclass
from typing import Any, cast

from perfextract.backends import TableBackend, close_open_row, get_backend, is_grid
from perfextract.backends.borderless import Columns, find_borderless_tables
from perfextract.document import read_document, reports_results
from perfextract.errors import (
    ExtractionTimeoutError,
    InternalError,
    InvalidPDFError,
    NoTablesWarning,
    OCRError,
    OCRUnavailableError,
    PerfExtractError,
    SettingsError,
    UnreadablePageError,
    describe_cause,
)
from perfextract.evidence import RefusedTable, Trace
from perfextract.image_tables import (
    find_image_tables,
    image_table_warning,
    image_tables,
    read_image_tables,
    settle_image_text,
)
from perfextract.labels import teach_labels
from perfextract.layout import drop_running_lines, page_rows
from perfextract.model import BBox, RawTable, Report, ReportWarning, Row, Source
from perfextract.ocr import ocr_pdf, page_ranges
from perfextract.page import Page
from perfextract.pdf import (
    OpenPDF,
    PageSelection,
    PDFSource,
    check_pages,
    describe,
    open_pdf,
    pages_within,
    parse_errors,
)
from perfextract.pool import Done, map_unordered
from perfextract.settings import Settings
from perfextract.structure import build_indicators

logger = logging.getLogger(__name__)

#: How many pages from the start are read for the issuer, title and year.
FRONT_PAGES = 2
#: The longest side of a page, in points, that the PDF specification allows (200 inches).
MAX_PAGE_SIDE = 14400.0


def extract(
    source: PDFSource,
    *,
    pages: PageSelection | None = None,
    settings: Settings | Mapping[str, Any] | None = None,
) -> Report:
    """Read the indicator tables of a performance report.

    ``source`` is a path, the PDF's bytes or a binary file object; ``pages``
    a selection of 1-based page numbers, or a string such as ``"1-3,7"``
    (all pages when None).  A page that is not a number >= 1 raises
    :class:`~perfextract.errors.SettingsError` naming it, and so does a
    selection with no page in the document; the selected pages past the end
    of a shorter document get a ``pages-past-end`` warning.

    Every error is a :class:`~perfextract.errors.PerfExtractError` naming the
    file: :class:`~perfextract.errors.InvalidPDFError` for a file that is not
    a readable PDF (:class:`~perfextract.errors.EncryptedPDFError` when it
    needs a password), :class:`~perfextract.errors.ResourceLimitError` for a
    decompression bomb, :class:`~perfextract.errors.ExtractionTimeoutError`
    past ``settings.timeout``, :class:`~perfextract.errors.OCRUnavailableError`
    when OCR is asked for and not installed.  Anything else raised inside is
    a perfextract bug met on an odd file, and becomes an
    :class:`~perfextract.errors.InternalError` whose ``__cause__`` is the
    original exception.

    What is not an error goes to ``Report.warnings``: a page that cannot be
    parsed is skipped with an ``unreadable-page`` warning and the others are
    read (the file fails only when no page can be); pages without a text
    layer get one ``no-text-layer`` warning; pages past ``max_pages`` a
    ``pages-skipped`` one; a PDF without indicator tables gives an empty
    report with a ``no-indicator-tables`` warning (and a
    :class:`~perfextract.errors.NoTablesWarning`).
    """
    report, _ = read_report(source, pages=pages, settings=settings)
    if not report.indicators:
        name = describe(source)
        warnings.warn(f"{name}: no indicator table found", NoTablesWarning, stacklevel=2)
    return report


@dataclass(frozen=True, slots=True)
class Reading:
    """How a report was read, beside the :class:`Report`: what :mod:`.explain` shows.

    ``tables`` are the tables found, numbered in reading order over the whole
    document (``Row.table``); ``refused`` the tables found and set aside
    before the rows were read; ``trace`` the headers, headings and tables
    refused while reading them; ``sizes`` each page's width and height.
    """

    tables: tuple[RawTable, ...]
    refused: tuple[RefusedTable, ...]
    trace: Trace
    sizes: Mapping[int, tuple[float, float]]


def read_report(
    source: PDFSource,
    *,
    pages: PageSelection | None = None,
    settings: Settings | Mapping[str, Any] | None = None,
) -> tuple[Report, Reading]:
    """Like :func:`extract` (the same errors, no warning emitted), with the :class:`Reading`."""
    options = Settings.resolve(settings)
    selection = check_pages(pages)
    name = describe(source)
    try:
        with teach_labels(options.labels):
            return _extract(source, selection, options, name)
    except PerfExtractError:
        raise
    except Exception as exc:  # the one boundary: whatever else escaped is a bug, named for the file
        logger.debug("%s: unexpected error", name, exc_info=True)
        raise InternalError(
            f"{name}: unexpected {describe_cause(exc)} (a bug in perfextract; please report it)"
        ) from exc


def _extract(
    source: PDFSource, pages: tuple[int, ...] | None, options: Settings, name: str
) -> tuple[Report, Reading]:
    deadline = Deadline(name, options.timeout, time.monotonic())
    backend = get_backend(options.backend)
    notes: list[ReportWarning] = []
    with ExitStack() as stack:
        pdf = stack.enter_context(
            open_pdf(source, password=options.password, max_stream_bytes=options.max_stream_bytes)
        )
        source_info = Source(path=pdf.path, sha256=pdf.sha256, pages=pdf.page_count)
        selection, past = pages_within(pages, pdf.page_count, name)
        if past:
            message = (
                f"{_pages_phrase(past, 'was', 'were')} asked for, but the PDF has "
                f"{pdf.page_count} pages"
            )
            notes.append(ReportWarning(None, "pages-past-end", message))
        if options.max_pages is not None and len(selection) > options.max_pages:
            skipped = selection[options.max_pages :]
            selection = selection[: options.max_pages]
            message = (
                f"read {options.max_pages} pages and skipped the other {len(skipped)} "
                f"(pages {page_ranges(skipped)}): raise max_pages (--max-pages) to read them"
            )
            notes.append(ReportWarning(None, "pages-skipped", message))
        scans: list[int] = []
        if options.ocr:
            scans = [n for n in selection if pdf.lacks_text(n)]
        if scans:
            scanned = ocr_pdf(pdf.data, name, pages=scans, timeout=deadline.left())
            pdf = stack.enter_context(
                open_pdf(scanned, max_stream_bytes=options.max_stream_bytes, name=name)
            )
        read = read_pages(pdf, selection, backend, options, deadline, ocr_pages=scans)
    front = "\n".join(read.front)
    document = read_document(front)
    looks_back = reports_results(front, document.kind)
    trace = Trace(options.label_threshold, options.min_header_fields, looks_back)
    indicators, found_warnings = build_indicators(
        drop_running_lines(read.rows),
        options.label_threshold,
        options.min_header_fields,
        looks_back=looks_back,
        trace=trace,
    )
    notes = [*read.notes, *notes, *found_warnings]
    if not indicators:
        notes.append(
            ReportWarning(None, "no-indicator-tables", f"{name}: no indicator table found")
        )
    report = Report(
        source=source_info,
        document=document,
        indicators=tuple(indicators),
        warnings=tuple(notes),
    )
    return report, Reading(tuple(read.tables), tuple(read.refused), trace, read.sizes)


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
            if regions and not options.ocr:
                message = image_table_warning(number, regions)
                notes.append(ReportWarning(number, "image-table", message))
            ruled = []
            for table in backend.find_tables(page):
                if is_grid(table):
                    ruled.append(close_open_row(page, table))
                else:
                    reason = (
                        f"{table.backend}: a ruled frame, not a grid (no row but a header is "
                        "divided into two cells or more); its text is read as lines"
                    )
                    refused.append(RefusedTable(number, None, table.bbox, reason))
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
                [t.bbox for t in ruled],
                carry,
                options.label_threshold,
                options.min_header_fields,
            )
            tables = sorted(ruled + borderless, key=lambda t: (t.bbox[1], t.bbox[0]))
            if pictured:
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
    if ocr_text:
        which = _pages_phrase(ocr_text, "was", "were")
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
    which = _pages_phrase(pages, "has", "have")
    if ocr:
        message = f"{which} no text layer, and OCR found no text on them"
    else:
        message = f"{which} no text layer (scanned?); run with --ocr (ocr=True) to read them"
    return ReportWarning(_only(pages), "no-text-layer", message)


def _pages_phrase(pages: list[int], one: str, many: str) -> str:
    """``page 4 has`` or ``pages 1-3, 7 have``."""
    if len(pages) == 1:
        return f"page {pages[0]} {one}"
    return f"pages {page_ranges(pages)} {many}"


def _only(pages: list[int]) -> int | None:
    """The page a warning is on: the one page, or None for several."""
    return pages[0] if len(pages) == 1 else None


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be read, and why.

    ``detail`` is the error's traceback as text (it survives the trip back
    from a worker process, which the traceback object does not), for
    ``--debug``; empty when there is none.
    """

    source: str
    error: PerfExtractError
    detail: str = ""


def extract_one(
    source: PDFSource,
    settings: Settings | Mapping[str, Any] | None = None,
    pages: PageSelection | None = None,
) -> Report | Failure:
    """Extract one input, returning (never raising) a :class:`Failure` when it cannot be read.

    A top-level function with a picklable result, so a cluster engine can map
    it over an archive, e.g. ``dask.bag.from_sequence(paths).map(extract_one,
    settings=Settings())``.  The empty report of a PDF without indicator
    tables carries its ``no-indicator-tables`` warning; no :class:`NoTablesWarning`
    is emitted.  An unexpected exception (a perfextract bug met on an odd
    file) is logged with its traceback and returned as an
    :class:`~perfextract.errors.InternalError` failure, so one file never
    stops a run over thousands.
    """
    name = describe(source)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", NoTablesWarning)
            return extract(source, pages=pages, settings=settings)
    except PerfExtractError as exc:
        return Failure(source=name, error=exc, detail=_traceback(exc))
    except Exception as exc:  # the last line of defence: extract itself raises PerfExtractError
        logger.exception("%s: unexpected error", name)
        message = f"{name}: unexpected {describe_cause(exc)} (a bug in perfextract)"
        return Failure(source=name, error=InternalError(message), detail=_traceback(exc))


def _traceback(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


@dataclass(frozen=True, slots=True)
class Extraction:
    """One input of :func:`extract_each`: its result and the seconds it took."""

    source: PDFSource
    result: Report | Failure
    seconds: float


def extract_many(
    sources: Iterable[PDFSource] | PDFSource,
    *,
    pages: PageSelection | None = None,
    settings: Settings | Mapping[str, Any] | None = None,
    workers: int = 1,
    timeout: float | None = None,
) -> Iterator[tuple[PDFSource, Report | Failure]]:
    """Extract each source, yielding ``(source, Report or Failure)``.

    ``sources`` is an iterable of paths, bytes or binary file objects; one
    path (a ``str`` too), bytes or file object alone is one input.  Each
    source comes back as it was given (the same object), so results can be
    matched to their inputs.  A source that fails yields a :class:`Failure`
    and the run goes on; a bad ``pages`` selection raises
    :class:`~perfextract.errors.SettingsError` at once, and a page past the
    end of one document is that document's Failure.

    With ``workers=1`` (the default) and no ``timeout`` the sources are read
    in turn in this process.  Otherwise they are read by ``workers``
    processes, and results come as they finish, not in input order; a source
    that takes longer than ``timeout`` seconds has its worker killed and
    yields a Failure with an :class:`~perfextract.errors.ExtractionTimeoutError`.
    File objects are read into bytes before they are sent to a worker.
    ``timeout`` defaults to ``settings.timeout``.

    Worker processes are started with ``spawn`` and import the calling script
    again, so a script must call this under ``if __name__ == "__main__":``
    when it asks for workers or a timeout; otherwise the workers cannot
    start and a :class:`~perfextract.errors.WorkerStartError` says so.
    """
    for done in extract_each(
        sources, pages=pages, settings=settings, workers=workers, timeout=timeout
    ):
        yield done.source, done.result


def extract_each(
    sources: Iterable[PDFSource] | PDFSource,
    *,
    pages: PageSelection | None = None,
    settings: Settings | Mapping[str, Any] | None = None,
    workers: int = 1,
    timeout: float | None = None,
) -> Generator[Extraction, None, None]:
    """Like :func:`extract_many`, yielding an :class:`Extraction` that also tells the seconds."""
    options = Settings.resolve(settings)
    selection = check_pages(pages)
    timeout = options.timeout if timeout is None else timeout
    if workers < 1:
        raise SettingsError(f"workers must be >= 1, not {workers}")
    if timeout is not None and timeout <= 0:
        raise SettingsError(f"timeout must be > 0 seconds, not {timeout}")
    inputs = _inputs(sources)
    if workers == 1 and timeout is None:
        for source in inputs:
            start = time.perf_counter()
            result = extract_one(source, options, selection)
            yield Extraction(source, result, time.perf_counter() - start)
        return
    task = functools.partial(extract_one, settings=options, pages=selection)
    given: dict[int, PDFSource] = {}  # what each input was, until its result comes

    def sendable() -> Iterator[PDFSource]:
        for index, source in enumerate(inputs):
            given[index] = source
            yield _picklable(source)

    with closing(map_unordered(task, sendable(), workers=workers, timeout=timeout)) as ends:
        for end in ends:
            source = given.pop(end.index)
            yield Extraction(source, _result(end, source), end.seconds)


def _inputs(sources: Iterable[PDFSource] | PDFSource) -> Iterable[PDFSource]:
    """The inputs of :func:`extract_many`: one path, bytes or file object is one input.

    >>> list(_inputs("one.pdf")), list(_inputs(["a.pdf", "b.pdf"]))
    (['one.pdf'], ['a.pdf', 'b.pdf'])
    """
    if isinstance(sources, (str, bytes, os.PathLike)) or hasattr(sources, "read"):
        return [cast(PDFSource, sources)]
    return sources


def _picklable(source: PDFSource) -> PDFSource:
    """A source a worker process can receive: a file object becomes a buffer of its bytes.

    The buffer keeps the file's name, so the worker's report and messages name
    it as reading the file here would.
    """
    if isinstance(source, (str, os.PathLike, bytes)):
        return source
    data = source.read()
    if not isinstance(data, bytes):
        return source  # a text file: the worker says it must be binary
    name = getattr(source, "name", None)
    if not isinstance(name, str):
        return data
    buffer = io.BytesIO(data)
    buffer.name = name
    return buffer


def _result(end: Done[PDFSource, Report | Failure], source: PDFSource) -> Report | Failure:
    if end.result is not None:
        return end.result
    name = describe(source)
    if end.outcome == "timeout":
        return Failure(name, ExtractionTimeoutError(f"{name}: timed out, {end.detail}"))
    return Failure(name, InternalError(f"{name}: {end.detail}"))
