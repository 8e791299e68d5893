"""The one place where the stages are wired: a PDF in, a :class:`Report` out."""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from perfextract.backends import get_backend
from perfextract.document import read_document
from perfextract.errors import NoTablesWarning, PerfExtractError
from perfextract.layout import drop_running_lines, page_rows
from perfextract.model import Report, ReportWarning, Row, Source
from perfextract.pdf import PDFSource, describe, open_pdf
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
        for page in pdf.pages(pages):
            tables = backend.find_tables(page)
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


def extract_many(
    sources: Iterable[PDFSource],
    *,
    pages: Iterable[int] | None = None,
    settings: Settings | Mapping[str, Any] | None = None,
) -> Iterator[tuple[PDFSource, Report | Failure]]:
    """Extract each source in turn, yielding ``(source, Report or Failure)``.

    A source that fails yields a :class:`Failure` and the run goes on.
    """
    options = Settings.resolve(settings)
    selection = None if pages is None else list(pages)
    for source in sources:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", NoTablesWarning)
                yield source, extract(source, pages=selection, settings=options)
        except PerfExtractError as exc:
            yield source, Failure(source=describe(source), error=exc)
