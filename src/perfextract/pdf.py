"""Open a PDF from a path, bytes or a binary file, and walk its pages.

This is the one boundary where pdfminer/pdfplumber errors become
perfextract errors.  Pages are 1-based everywhere.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, Any, Union

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from perfextract.errors import EncryptedPDFError, InvalidPDFError

PDFSource = Union[str, "os.PathLike[str]", bytes, IO[bytes]]


@dataclass(frozen=True, slots=True)
class OpenPDF:
    """An open document: its pdfplumber handle, name and fingerprint."""

    plumber: Any
    path: str | None
    sha256: str

    @property
    def page_count(self) -> int:
        return len(self.plumber.pages)

    def pages(self, selection: Iterable[int] | None = None) -> Iterator[Any]:
        """Yield pdfplumber pages, 1-based ``selection`` in order (all when None).

        Pages are closed after use so memory stays bounded on long reports.
        """
        numbers = range(1, self.page_count + 1) if selection is None else sorted(set(selection))
        for number in numbers:
            if not 1 <= number <= self.page_count:
                continue
            page = self.plumber.pages[number - 1]
            try:
                yield page
            finally:
                page.close()


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


def _is_encryption_error(exc: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, (PDFPasswordIncorrect, PDFEncryptionError)):
            return True
        inner = [a for a in current.args if isinstance(a, BaseException)]
        current = inner[0] if inner else current.__cause__ or current.__context__
    return False


@contextmanager
def open_pdf(source: PDFSource, *, password: str | None = None) -> Iterator[OpenPDF]:
    """Open ``source`` and yield an :class:`OpenPDF`; raise InvalidPDFError if unreadable.

    The bytes are read once (to fingerprint them) and parsed from memory, so a
    caller's file object is never closed here.
    """
    data, path = _read_bytes(source)
    name = path or describe(source)
    if not data.lstrip()[:5].startswith(b"%PDF"):
        head = data[:1024]
        if b"%PDF-" not in head:
            kind = "an empty file" if not data else "not a PDF (no %PDF header)"
            raise InvalidPDFError(f"{name}: {kind}")
    digest = hashlib.sha256(data).hexdigest()
    try:
        plumber = pdfplumber.open(io.BytesIO(data), password=password or "")
        _ = plumber.pages  # forces the page tree to load: broken files fail here
    except (PdfminerException, MalformedPDFException, PDFPasswordIncorrect) as exc:
        if _is_encryption_error(exc):
            raise EncryptedPDFError(
                f"{name}: the PDF is encrypted; give its password (--password)"
            ) from exc
        raise InvalidPDFError(f"{name}: damaged or unreadable PDF ({exc})") from exc
    try:
        yield OpenPDF(plumber=plumber, path=path, sha256=digest)
    finally:
        plumber.close()
