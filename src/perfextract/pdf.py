"""Open a PDF from a path, bytes or a binary file, and walk its pages.

PDFs are parsed with playa (see :mod:`perfextract.page`).  This is the one
boundary where the parser's errors become perfextract errors.  Pages are
1-based everywhere.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, Any, Union

from perfextract.errors import EncryptedPDFError, InvalidPDFError
from perfextract.page import Page, read_page

PDFSource = Union[str, "os.PathLike[str]", bytes, IO[bytes]]


@dataclass(frozen=True, slots=True)
class OpenPDF:
    """An open document: its playa handle, bytes, name and fingerprint."""

    document: Any
    data: bytes
    path: str | None
    sha256: str

    @property
    def page_count(self) -> int:
        return len(self.document.pages)

    def pages(self, selection: Iterable[int] | None = None) -> Iterator[Page]:
        """Yield parsed pages, 1-based ``selection`` in order (all when None).

        Each page is parsed when it is reached and dropped after, so memory
        stays bounded on long reports.
        """
        numbers = range(1, self.page_count + 1) if selection is None else sorted(set(selection))
        for number in numbers:
            if 1 <= number <= self.page_count:
                yield read_page(self.document.pages[number - 1], number, source=self.data)


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
    import playa  # imported on first use: `import perfextract` and `--help` stay fast
    from playa.exceptions import PDFEncryptionError, PDFException, PDFPasswordIncorrect

    try:
        document = playa.Document(data, password=password or "")
        count = len(document.pages)  # loads the page tree: broken files fail here
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise EncryptedPDFError(
            f"{name}: the PDF is encrypted and needs a password (--password)"
        ) from exc
    except (PDFException, ValueError, KeyError, TypeError, StopIteration) as exc:
        raise InvalidPDFError(
            f"{name}: damaged or unreadable PDF ({exc or type(exc).__name__})"
        ) from exc
    if count == 0:
        raise InvalidPDFError(f"{name}: damaged or unreadable PDF (no pages found)")
    try:
        yield OpenPDF(document=document, data=data, path=path, sha256=digest)
    finally:
        document.close()
