"""Open a PDF from a path, bytes or a binary file, and walk its pages.

PDFs are parsed with playa (see :mod:`perfextract.page`).  This is the one
boundary where the parser's errors become perfextract errors: opening a file
raises :class:`~perfextract.errors.InvalidPDFError` (or its
:class:`~perfextract.errors.EncryptedPDFError`), and reading one page of a
damaged file raises :class:`~perfextract.errors.UnreadablePageError`, naming
the page, so the caller can go on with the others.  Before playa sees the
bytes, :func:`~perfextract.streams.check_streams` rejects decompression
bombs.  Pages are 1-based everywhere.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import struct
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, Any, Union

from perfextract.errors import (
    EncryptedPDFError,
    InvalidPDFError,
    SettingsError,
    UnreadablePageError,
    describe_cause,
)
from perfextract.page import Page, read_page
from perfextract.streams import check_streams

logger = logging.getLogger(__name__)

PDFSource = Union[str, "os.PathLike[str]", bytes, IO[bytes]]
PageSelection = Iterable[int] | str

#: The parsing libraries perfextract calls.  Their loggers get a NullHandler,
#: so that, where the program has not set logging up, their complaints about a
#: damaged file do not reach stderr through logging's last resort; a program
#: that configures logging still receives them (they propagate as before).
PARSER_LOGGERS = ("playa", "pdfminer", "pdfplumber", "camelot", "pypdf")
for _name in PARSER_LOGGERS:
    _parser_logger = logging.getLogger(_name)
    if not any(isinstance(h, logging.NullHandler) for h in _parser_logger.handlers):
        _parser_logger.addHandler(logging.NullHandler())


def parse_pages(text: str) -> list[int]:
    """Parse a page selection such as ``"1-3,7"`` (1-based, inclusive).

    >>> parse_pages("1-3,7"), parse_pages(" 4 ")
    ([1, 2, 3, 7], [4])
    >>> parse_pages("3-1")
    Traceback (most recent call last):
    perfextract.errors.SettingsError: bad page selection '3-1': use 1-based pages like 1-3,7
    """
    pages: list[int] = []
    for part in text.split(","):
        first, dash, last = part.partition("-")
        try:
            low = int(first)
            high = int(last) if dash else low
        except ValueError:
            low, high = 0, 0
        if low < 1 or high < low:
            raise SettingsError(f"bad page selection {text!r}: use 1-based pages like 1-3,7")
        pages.extend(range(low, high + 1))
    return pages


def check_pages(pages: PageSelection | None) -> tuple[int, ...] | None:
    """A page selection as sorted 1-based page numbers, each once (None: all pages).

    ``pages`` is an iterable of ints >= 1 or a string such as ``"1-3,7"``;
    anything else raises :class:`~perfextract.errors.SettingsError` naming
    the bad value.

    >>> check_pages([4, 2, 4]), check_pages("1-3,7"), check_pages(None)
    ((2, 4), (1, 2, 3, 7), None)
    >>> check_pages([0])
    Traceback (most recent call last):
    perfextract.errors.SettingsError: pages: 0 is not a page number (pages are 1-based ints)
    >>> check_pages([3.0])
    Traceback (most recent call last):
    perfextract.errors.SettingsError: pages: 3.0 is not a page number (pages are 1-based ints)
    """
    if pages is None:
        return None
    if isinstance(pages, str):
        return tuple(sorted(set(parse_pages(pages))))
    if isinstance(pages, (bytes, int)) or not isinstance(pages, Iterable):
        raise SettingsError(
            f"pages: expected page numbers or a string such as '1-3,7', not {pages!r}"
        )
    numbers = list(pages)
    for number in numbers:
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise SettingsError(f"pages: {number!r} is not a page number (pages are 1-based ints)")
    return tuple(sorted(set(numbers)))


def pages_within(
    pages: tuple[int, ...] | None, page_count: int, name: str
) -> tuple[list[int], list[int]]:
    """The selected pages a document of ``page_count`` pages has, and those past its end.

    All pages when ``pages`` is None.  When no selected page is in the
    document, :class:`~perfextract.errors.SettingsError` names the first.

    >>> pages_within((2, 3), 12, "r.pdf"), pages_within(None, 3, "r.pdf")
    (([2, 3], []), ([1, 2, 3], []))
    >>> pages_within((3, 4, 5), 4, "r.pdf")
    ([3, 4], [5])
    >>> pages_within((99,), 12, "r.pdf")
    Traceback (most recent call last):
    perfextract.errors.SettingsError: r.pdf: page 99 was asked for, but the PDF has 12 pages
    """
    if pages is None:
        return list(range(1, page_count + 1)), []
    within = [n for n in pages if n <= page_count]
    past = [n for n in pages if n > page_count]
    if not within:
        which = f"page {past[0]} was" if len(past) == 1 else f"pages {past[0]}-{past[-1]} were"
        raise SettingsError(f"{name}: {which} asked for, but the PDF has {page_count} pages")
    return within, past


@functools.cache
def parse_errors() -> tuple[type[BaseException], ...]:
    """What playa, and the decoders it calls, raise on a damaged file.

    Fuzzing the samples (tests/test_fuzz.py, bench/fuzz.py) meets most of
    them: bad numbers and names (ValueError, KeyError), missing or mistyped
    objects (TypeError, AttributeError, IndexError), unknown filters
    (NotImplementedError), loops of references (RecursionError), broken
    deflate or binary tables (zlib.error, struct.error), and files that
    expand beyond memory (MemoryError).  A function, so that playa is
    imported on first use only.
    """
    from playa.exceptions import PDFException

    return (
        PDFException,
        ValueError,
        LookupError,
        TypeError,
        AttributeError,
        ArithmeticError,
        AssertionError,
        EOFError,
        NotImplementedError,
        RecursionError,
        MemoryError,
        StopIteration,
        struct.error,
        zlib.error,
    )


@dataclass(frozen=True, slots=True)
class OpenPDF:
    """An open document: its playa handle, bytes, name and fingerprint."""

    document: Any
    data: bytes
    path: str | None
    sha256: str
    label: str = ""

    @property
    def page_count(self) -> int:
        return len(self.document.pages)

    @property
    def name(self) -> str:
        """The file's name for messages."""
        return self.label or self.path or "<bytes>"

    def page(self, number: int) -> Page:
        """Parse page ``number`` (1-based); UnreadablePageError when it cannot be parsed."""
        if not 1 <= number <= self.page_count:
            raise UnreadablePageError(
                f"{self.name}: page {number} does not exist ({self.page_count} pages)", number
            )
        try:
            return read_page(self.document.pages[number - 1], number, source=self.data)
        except parse_errors() as exc:
            logger.debug("%s: page %d cannot be parsed", self.name, number, exc_info=True)
            raise UnreadablePageError(
                f"{self.name}: page {number} cannot be read ({describe_cause(exc)})", number
            ) from exc

    def lacks_text(self, number: int) -> bool:
        """True when page ``number`` shows images but has no text layer: a scanned page.

        Quicker than :meth:`page`: glyphs are not placed.  A page that cannot
        be parsed is not called scanned (:meth:`page` will say what is wrong).
        """
        from playa.content import ImageObject, TextObject

        try:
            page = self.document.pages[number - 1]
            if any(text.chars.strip() for text in page.flatten(TextObject)):
                return False
            return any(True for _ in page.flatten(ImageObject))
        except parse_errors():
            return False

    def pages(self, selection: Iterable[int] | None = None) -> Iterator[Page]:
        """Yield parsed pages, 1-based ``selection`` in order (all when None).

        Each page is parsed when it is reached and dropped after, so memory
        stays bounded on long reports.  A page that cannot be parsed raises
        UnreadablePageError; :meth:`page` reads one page at a time.
        """
        numbers = range(1, self.page_count + 1) if selection is None else sorted(set(selection))
        for number in numbers:
            if 1 <= number <= self.page_count:
                yield self.page(number)


def describe(source: PDFSource) -> str:
    """A short name for a source, for messages."""
    if isinstance(source, (str, os.PathLike)):
        return os.fspath(source)
    if isinstance(source, bytes):
        return "<bytes>"
    return str(getattr(source, "name", "<stream>"))


def _read_bytes(source: PDFSource) -> tuple[bytes, str | None]:
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        try:
            with open(path, "rb") as fh:
                return fh.read(), path
        except OSError as exc:
            raise InvalidPDFError(f"{path}: cannot read file: {exc.strerror or exc}") from exc
    if isinstance(source, bytes):
        return source, None
    if hasattr(source, "read"):
        data = source.read()
        if not isinstance(data, bytes):
            raise InvalidPDFError(f"{describe(source)}: file object must be opened in binary mode")
        name = getattr(source, "name", None)
        return data, name if isinstance(name, str) else None
    raise InvalidPDFError(f"cannot read a PDF from {type(source).__name__}")


@contextmanager
def open_pdf(
    source: PDFSource,
    *,
    password: str | None = None,
    max_stream_bytes: int | None = None,
    name: str | None = None,
) -> Iterator[OpenPDF]:
    """Open ``source`` and yield an :class:`OpenPDF`; raise InvalidPDFError if unreadable.

    The bytes are read once (to fingerprint them) and parsed from memory, so a
    caller's file object is never closed here.  An encrypted PDF opens when
    it needs no password to be read (an owner password only), else with
    ``password``; EncryptedPDFError otherwise.  ``max_stream_bytes`` rejects
    a file with a stream that decodes to more (ResourceLimitError).
    ``name`` names the source in messages (default: its path).
    """
    data, path = _read_bytes(source)
    name = name or path or describe(source)
    if not data.lstrip()[:5].startswith(b"%PDF"):
        head = data[:1024]
        if b"%PDF-" not in head:
            kind = "an empty file" if not data else "not a PDF (no %PDF header)"
            raise InvalidPDFError(f"{name}: {kind}")
    digest = hashlib.sha256(data).hexdigest()
    if max_stream_bytes is not None:
        check_streams(data, max_stream_bytes, name)
    import playa  # imported on first use: `import perfextract` and `--help` stay fast
    from playa.exceptions import PDFEncryptionError, PDFPasswordIncorrect

    try:
        document = playa.Document(data, password=password or "")
        count = len(document.pages)  # loads the page tree: broken files fail here
    except PDFPasswordIncorrect as exc:
        needs = "the password given is wrong" if password else "needs a password (--password)"
        raise EncryptedPDFError(f"{name}: the PDF is encrypted and {needs}") from exc
    except PDFEncryptionError as exc:
        raise EncryptedPDFError(
            f"{name}: the PDF is encrypted in a way that cannot be read ({describe_cause(exc)})"
        ) from exc
    except parse_errors() as exc:
        logger.debug("%s: cannot be opened", name, exc_info=True)
        raise InvalidPDFError(f"{name}: damaged or unreadable PDF ({describe_cause(exc)})") from exc
    if count == 0:
        raise InvalidPDFError(f"{name}: damaged or unreadable PDF (no pages found)")
    try:
        yield OpenPDF(document=document, data=data, path=path, sha256=digest, label=name)
    finally:
        document.close()
