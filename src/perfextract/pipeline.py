"""The one place where the stages are wired: a PDF in, a :class:`Report` out."""

from __future__ import annotations

import functools
import logging
import os
import time
import warnings
from collections.abc import Generator, Iterable, Iterator, Mapping
from contextlib import closing
from dataclasses import dataclass
from typing import Any

from perfextract.backends import get_backend, is_grid
from perfextract.backends.borderless import Columns, find_borderless_tables
from perfextract.document import read_document
from perfextract.errors import (
    ExtractionTimeoutError,
    InternalError,
    NoTablesWarning,
    PerfExtractError,
    SettingsError,
)
from perfextract.layout import drop_running_lines, page_rows
from perfextract.model import Report, ReportWarning, Row, Source
from perfextract.pdf import PDFSource, describe, open_pdf
from perfextract.pool import Done, map_unordered
from perfextract.settings import Settings
from perfextract.structure import build_indicators

logger = logging.getLogger(__name__)

#: How many pages from the start are read for the issuer, title and year.
FRONT_PAGES = 2


def extract(
    source: PDFSource,
    *,
    pages: Iterable[int] | None = None,
    settings: Settings | Mapping[str, Any] | None = None,
) -> Report:
    """Read the indicator tables of a performance report.

    ``source`` is a path, the PDF's bytes or a binary file object; ``pages``
    a selection of 1-based page numbers (all pages when None).  Raises
    :class:`~perfextract.errors.InvalidPDFError` for a file that is not a
    readable PDF; a PDF without indicator tables gives an empty report with
    a ``no-indicators`` warning.
    """
    options = Settings.resolve(settings)
    backend = get_backend(options.backend)
    rows: list[Row] = []
    notes: list[ReportWarning] = []
    front: list[str] = []
    with open_pdf(source, password=options.password) as pdf:
        table_count = 0
        carry: Columns | None = None
        for page in pdf.pages(pages):
            ruled = [t for t in backend.find_tables(page) if is_grid(t)]
            borderless, carry = find_borderless_tables(
                page,
                [t.bbox for t in ruled],
                carry,
                options.label_threshold,
                options.min_header_fields,
            )
            tables = sorted(ruled + borderless, key=lambda t: (t.bbox[1], t.bbox[0]))
            found = page_rows(page, tables, first_table=table_count)
            table_count += len(tables)
            logger.debug("page %d: %d tables, %d rows", page.page_number, len(tables), len(found))
            if not found and not page.chars and page.images:
                notes.append(
                    ReportWarning(
                        page.page_number,
                        "image-only-page",
                        "the page is an image with no text layer; "
                        "run OCR (e.g. ocrmypdf) to read it",
                    )
                )
            if page.page_number <= FRONT_PAGES:
                front.append("\n".join(r.text for r in found))
            rows.extend(found)
        source_info = Source(path=pdf.path, sha256=pdf.sha256, pages=pdf.page_count)
    indicators, found_warnings = build_indicators(
        drop_running_lines(rows), options.label_threshold, options.min_header_fields
    )
    notes.extend(found_warnings)
    if not indicators:
        message = f"{describe(source)}: no indicator table found"
        notes.append(ReportWarning(None, "no-indicators", message))
        warnings.warn(message, NoTablesWarning, stacklevel=2)
    return Report(
        source=source_info,
        document=read_document("\n".join(front)),
        indicators=tuple(indicators),
        warnings=tuple(notes),
    )


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be read, and why."""

    source: str
    error: PerfExtractError


def extract_one(
    source: PDFSource,
    settings: Settings | Mapping[str, Any] | None = None,
    pages: Iterable[int] | None = None,
) -> Report | Failure:
    """Extract one input, returning (never raising) a :class:`Failure` when it cannot be read.

    A top-level function with a picklable result, so a cluster engine can map
    it over an archive, e.g. ``dask.bag.from_sequence(paths).map(extract_one,
    settings=Settings())``.  The empty report of a PDF without indicator
    tables carries its ``no-indicators`` warning; no :class:`NoTablesWarning`
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
        return Failure(source=name, error=exc)
    except Exception as exc:  # recorded as this input's failure, with the traceback logged
        logger.exception("%s: unexpected error", name)
        message = f"{name}: unexpected {type(exc).__name__}: {exc} (a bug in perfextract)"
        return Failure(source=name, error=InternalError(message))


@dataclass(frozen=True, slots=True)
class Extraction:
    """One input of :func:`extract_each`: its result and the seconds it took."""

    source: PDFSource
    result: Report | Failure
    seconds: float


def extract_many(
    sources: Iterable[PDFSource],
    *,
    pages: Iterable[int] | None = None,
    settings: Settings | Mapping[str, Any] | None = None,
    workers: int = 1,
    timeout: float | None = None,
) -> Iterator[tuple[PDFSource, Report | Failure]]:
    """Extract each source, yielding ``(source, Report or Failure)``.

    A source that fails yields a :class:`Failure` and the run goes on.  With
    ``workers=1`` (the default) and no ``timeout`` the sources are read in
    turn in this process.  Otherwise they are read by ``workers`` processes,
    and results come as they finish, not in input order; a source that takes
    longer than ``timeout`` seconds has its worker killed and yields a
    Failure with an :class:`~perfextract.errors.ExtractionTimeoutError`.
    File objects are read into bytes before they are sent to a worker.
    """
    for done in extract_each(
        sources, pages=pages, settings=settings, workers=workers, timeout=timeout
    ):
        yield done.source, done.result


def extract_each(
    sources: Iterable[PDFSource],
    *,
    pages: Iterable[int] | None = None,
    settings: Settings | Mapping[str, Any] | None = None,
    workers: int = 1,
    timeout: float | None = None,
) -> Generator[Extraction, None, None]:
    """Like :func:`extract_many`, yielding an :class:`Extraction` that also tells the seconds."""
    options = Settings.resolve(settings)
    selection = None if pages is None else tuple(pages)
    if workers < 1:
        raise SettingsError(f"workers must be >= 1, not {workers}")
    if timeout is not None and timeout <= 0:
        raise SettingsError(f"timeout must be > 0 seconds, not {timeout}")
    if workers == 1 and timeout is None:
        for source in sources:
            start = time.perf_counter()
            result = extract_one(source, options, selection)
            yield Extraction(source, result, time.perf_counter() - start)
        return
    task = functools.partial(extract_one, settings=options, pages=selection)
    sendable = (_picklable(source) for source in sources)
    with closing(map_unordered(task, sendable, workers=workers, timeout=timeout)) as ends:
        for end in ends:
            yield Extraction(end.item, _result(end), end.seconds)


def _picklable(source: PDFSource) -> PDFSource:
    """A source a worker process can receive: file objects become their bytes."""
    if isinstance(source, (str, os.PathLike, bytes)):
        return source
    data = source.read()
    return data if isinstance(data, bytes) else source


def _result(end: Done[PDFSource, Report | Failure]) -> Report | Failure:
    if end.result is not None:
        return end.result
    name = describe(end.item)
    if end.outcome == "timeout":
        return Failure(name, ExtractionTimeoutError(f"{name}: timed out, {end.detail}"))
    return Failure(name, InternalError(f"{name}: {end.detail}"))
