"""The one place where the stages are wired: a PDF in, a :class:`Report` out."""

from __future__ import annotations

import functools
import io
import logging
import os
import time
import traceback
import warnings
from collections.abc import Generator, Iterable, Iterator, Mapping
from contextlib import ExitStack, closing
from dataclasses import dataclass
from typing import Any, cast

from perfextract.backends import get_backend
from perfextract.document import read_document, reports_results
from perfextract.errors import (
    ExtractionTimeoutError,
    InternalError,
    NoTablesWarning,
    PerfExtractError,
    SettingsError,
    describe_cause,
)
from perfextract.evidence import RefusedTable, Trace
from perfextract.labels import teach_labels
from perfextract.layout import drop_running_lines
from perfextract.model import RawTable, Report, ReportWarning, Source
from perfextract.ocr import ocr_pdf, page_ranges
from perfextract.pdf import (
    PageSelection,
    PDFSource,
    check_pages,
    describe,
    open_pdf,
    pages_within,
)
from perfextract.pool import Done, map_unordered
from perfextract.reading import Deadline, pages_phrase, read_pages
from perfextract.settings import Settings
from perfextract.statuses import apply_status_legend, read_status_legend
from perfextract.structure import build_indicators

logger = logging.getLogger(__name__)


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
                f"{pages_phrase(past, 'was', 'were')} asked for, but the PDF has "
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
    rows = drop_running_lines(read.rows)
    indicators, found_warnings = build_indicators(
        rows,
        options.label_threshold,
        options.min_header_fields,
        looks_back=looks_back,
        trace=trace,
    )
    indicators = apply_status_legend(indicators, read_status_legend(rows))
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
    client: Any = None,
    send_bytes: bool = False,
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

    With ``client`` (a ``distributed.Client``) the sources are read on its
    Dask cluster instead, as many at once as it has threads (``workers`` is
    not used; see :mod:`perfextract.cluster` for the time limit there).  The
    workers open paths themselves, so they must see the same files (shared
    storage), unless ``send_bytes`` sends each file's bytes from here.

    Worker processes are started with ``spawn`` and import the calling script
    again, so a script must call this under ``if __name__ == "__main__":``
    when it asks for workers or a timeout; otherwise the workers cannot
    start and a :class:`~perfextract.errors.WorkerStartError` says so.
    """
    for done in extract_each(
        sources,
        pages=pages,
        settings=settings,
        workers=workers,
        timeout=timeout,
        client=client,
        send_bytes=send_bytes,
    ):
        yield done.source, done.result


def extract_each(
    sources: Iterable[PDFSource] | PDFSource,
    *,
    pages: PageSelection | None = None,
    settings: Settings | Mapping[str, Any] | None = None,
    workers: int = 1,
    timeout: float | None = None,
    client: Any = None,
    send_bytes: bool = False,
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
    if workers == 1 and timeout is None and client is None:
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
            yield _path_bytes(source) if send_bytes else _picklable(source)

    if client is not None:
        from perfextract.cluster import map_on_client  # dask loads only when a cluster is used

        on_worker = functools.partial(extract_located, settings=options, pages=selection)
        located = (Located.of(source) for source in sendable())
        ends = map_on_client(on_worker, located, client=client, timeout=timeout)
    else:
        ends = map_unordered(task, sendable(), workers=workers, timeout=timeout)
    with closing(ends):
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


@dataclass(frozen=True, slots=True)
class Located:
    """A path sent to a cluster's worker: where the file is, and its name as it was given.

    A worker has a working folder of its own, so it opens the file at its
    absolute path, and names it (in its report and errors) as given, as
    reading it here would.
    """

    path: str
    name: str

    @classmethod
    def of(cls, source: PDFSource) -> Located | PDFSource:
        """A path located; any other source as it is."""
        if not isinstance(source, (str, os.PathLike)):
            return source
        return cls(os.path.abspath(source), os.fspath(source))


def extract_located(
    source: Located | PDFSource,
    settings: Settings | Mapping[str, Any] | None = None,
    pages: Iterable[int] | None = None,
) -> Report | Failure:
    """:func:`extract_one` on a cluster's worker, opening a :class:`Located` path where it is.

    A file the worker cannot open is a failure naming the path it tried.
    """
    if isinstance(source, Located):
        try:
            with open(source.path, "rb") as fh:
                buffer = io.BytesIO(fh.read())
        except OSError:
            return extract_one(source.path, settings, pages)  # fails, saying why
        buffer.name = source.name
        return extract_one(buffer, settings, pages)
    return extract_one(source, settings, pages)


def _path_bytes(source: PDFSource) -> PDFSource:
    """A source whose bytes travel: a path becomes a buffer of its bytes, named by the path.

    A path that cannot be read here is sent as it is: the worker says why it cannot read it.
    """
    if not isinstance(source, (str, os.PathLike)):
        return _picklable(source)
    try:
        with open(source, "rb") as fh:
            return _picklable(fh)
    except OSError:
        return source


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


def _result(end: Done[Any, Report | Failure], source: PDFSource) -> Report | Failure:
    if end.result is not None:
        return end.result
    name = describe(source)
    if end.outcome == "timeout":
        return Failure(name, ExtractionTimeoutError(f"{name}: timed out, {end.detail}"))
    return Failure(name, InternalError(f"{name}: {end.detail}"))
