"""Hostile and broken PDFs, built byte by byte for the error tests."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from pathlib import Path

#: A line of text in Helvetica (font resource /F1) near the top of the page.
TEXT = b"BT /F1 12 Tf 72 760 Td (Relazione sulla performance: premessa) Tj ET"
#: A 2x2 grey image stretched over an A4 page: what a scanner gives, without a text layer.
SCAN = b"q 595 0 0 842 0 0 cm /Im0 Do Q"


def build_pdf(objects: Sequence[bytes], *, root: int = 1) -> bytes:
    """A PDF of ``objects`` (numbered from 1) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<</Size %d /Root %d 0 R>>\n" % (len(objects) + 1, root)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def stream(data: bytes, entries: bytes = b"") -> bytes:
    """A stream object's body: its dictionary ``entries`` and ``data``."""
    return b"<<%s /Length %d>>\nstream\n%s\nendstream" % (entries, len(data), data)


def pages_pdf(
    contents: Sequence[bytes], *, filters: Sequence[bytes] = (), extra: Sequence[bytes] = ()
) -> bytes:
    """A PDF of A4 pages with these content streams (``filters``: each one's /Filter entry).

    Objects: 1 catalog, 2 page tree, 3 font, 4 image, then a page and its
    content for each page, then the ``extra`` objects (referenced by none).
    """
    count = len(contents)
    kids = b" ".join(b"%d 0 R" % (5 + 2 * i) for i in range(count))
    objects = [
        b"<</Type /Catalog /Pages 2 0 R>>",
        b"<</Type /Pages /Kids [%s] /Count %d>>" % (kids, count),
        b"<</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>",
        stream(
            b"\x40\x80\x80\x40",
            b"/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
            b"/BitsPerComponent 8",
        ),
    ]
    resources = b"<</Font <</F1 3 0 R>> /XObject <</Im0 4 0 R>>>>"
    for index, content in enumerate(contents):
        page = 5 + 2 * index
        objects.append(
            b"<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources %s>>" % (page + 1, resources)
        )
        entries = b"/Filter %s" % filters[index] if index < len(filters) else b""
        objects.append(stream(content, entries))
    return build_pdf([*objects, *extra])


def bomb_pdf(size: int, *, layers: int = 1) -> bytes:
    """A one-page PDF whose content stream inflates to ``size`` spaces through ``layers`` Flates."""
    data = b" " * size
    for _ in range(layers):
        data = zlib.compress(data, 9)
    names = b" ".join([b"/FlateDecode"] * layers)
    return pages_pdf([data], filters=[b"[%s]" % names])


def encrypted_copy(source: Path, target: Path, *, user: str, owner: str = "proprietario") -> None:
    """``source`` encrypted with AES-256; ``user=""`` needs no password to be read."""
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=source)
    writer.encrypt(user_password=user, owner_password=owner, algorithm="AES-256")
    with target.open("wb") as fp:
        writer.write(fp)
