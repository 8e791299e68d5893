"""The decompression-bomb guard: how big a PDF's streams become once decoded, measured capped.

playa decodes a ``FlateDecode`` stream whole (``zlib.decompress``) the first
time it reads it: page contents, form XObjects, fonts and their CMaps, object
streams and cross-reference streams.  A few kilobytes of deflate data can
expand to gigabytes, and two deflate filters in a row to far more, so a
hostile file could exhaust memory inside the parser, where nothing can stop
it.  :func:`check_streams` looks at the raw bytes first, before playa sees
them: it finds every stream, inflates each ``FlateDecode`` one (a chain of
them too) in pieces through :meth:`zlib.Decompress.decompress`'s
``max_length``, counting the bytes and keeping none, and raises
:class:`~perfextract.errors.ResourceLimitError` for the first that decodes
to more than the limit.  The check costs one more inflate of the streams
that playa would inflate anyway, and memory of one piece.

Not covered, and why:

* image streams (``/Subtype /Image``) and attached files
  (``/Type /EmbeddedFile``, such as a spreadsheet annex): skipped, since
  perfextract never decodes them (OCR's ocrmypdf has its own pixel limit);
* streams of an encrypted PDF: they are ciphertext until playa decrypts
  them, so they are not measured;
* filters other than ``FlateDecode`` and the ASCII85/ASCIIHex filters in
  front of it (reportlab writes ``[/ASCII85Decode /FlateDecode]``): LZW and
  RunLength are not measured.  They are rare in reports, and RunLength
  expands at most 128 times.

What escapes this guard is still bounded in a batch by the per-file
``--timeout``, and a worker that dies of it costs only its own file.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from perfextract.errors import ResourceLimitError

#: How many bytes of output are inflated (and dropped) at a time.
PIECE = 1 << 16
#: How far back from ``stream`` the stream's dictionary is looked for.
DICTIONARY_WINDOW = 4096

_STREAM = re.compile(rb"(?<![A-Za-z])stream(?:\r\n|\n|\r)")
_OBJECT = re.compile(rb"(\d+)\s+\d+\s+obj\b")
_SKIPPED = re.compile(rb"/Subtype\s*/Image\b|/Type\s*/EmbeddedFile\b")
_FILTER = re.compile(
    rb"""/Filter \s*
        ( \[ [^\]]* \]      # an array of filter names
        | /[^\s/\[\]<>()]+  # or one name
        )""",
    re.VERBOSE,
)
_NAME = re.compile(rb"/([^\s/\[\]<>()]+)")
_FLATE = frozenset({b"FlateDecode", b"Fl"})
_TEXT_FILTERS = {b"ASCII85Decode": 85, b"A85": 85, b"ASCIIHexDecode": 16, b"AHx": 16}


@dataclass(frozen=True, slots=True)
class RawStream:
    """A stream as it sits in the file: its object number, filters and where its bytes are.

    ``skipped``: an image or an attached file, which the parser never decodes.
    """

    number: int | None
    filters: tuple[bytes, ...]
    skipped: bool
    start: int
    end: int


def find_streams(pdf: bytes) -> Iterator[RawStream]:
    """The streams of a PDF file, read from its bytes without parsing it.

    The dictionary is the text between the nearest ``N G obj`` before the
    ``stream`` keyword and the keyword; the data runs to the next
    ``endstream`` (or the end of a truncated file).

    >>> pdf = b"4 0 obj <</Filter /FlateDecode /Length 3>> stream\\nabc\\nendstream endobj"
    >>> stream = next(find_streams(pdf))
    >>> stream.number, stream.filters, stream.skipped, pdf[stream.start : stream.end]
    (4, (b'FlateDecode',), False, b'abc\\n')
    """
    for match in _STREAM.finditer(pdf):
        start = match.start()
        head = pdf[max(0, start - DICTIONARY_WINDOW) : start]
        objects = list(_OBJECT.finditer(head))
        if objects:
            head = head[objects[-1].end() :]
        names = _FILTER.search(head)
        end = pdf.find(b"endstream", match.end())
        yield RawStream(
            number=int(objects[-1].group(1)) if objects else None,
            filters=tuple(_NAME.findall(names.group(1))) if names else (),
            skipped=_SKIPPED.search(head) is not None,
            start=match.end(),
            end=end if end >= 0 else len(pdf),
        )


def inflate(pieces: Iterable[bytes | memoryview], limit: int, sizes: list[int]) -> Iterator[bytes]:
    """Inflate deflate data given in ``pieces``, yielding the output a piece at a time.

    Stops after more than ``limit`` bytes.  At the end of the deflate data,
    or where it is damaged, it stops yielding but still reads ``pieces`` to
    their end, so a chain of these measures every layer whole.  The number
    of bytes produced is appended to ``sizes`` and grows as they come.

    >>> sizes = []
    >>> len(b"".join(inflate([zlib.compress(b"x" * 100)], 1000, sizes))), sizes
    (100, [100])
    >>> sizes = []
    >>> _ = list(inflate([zlib.compress(b"x" * 10**6)], 1000, sizes)); sizes[-1] > 1000
    True
    """
    decoder = zlib.decompressobj()
    sizes.append(0)
    source = iter(pieces)
    for piece in source:
        data = piece
        while data:
            try:
                out = decoder.decompress(data, PIECE)
            except zlib.error:
                break
            data = decoder.unconsumed_tail
            sizes[-1] += len(out)
            if sizes[-1] > limit:
                return
            if out:
                yield out
            if decoder.eof:
                break
        else:
            continue
        for _ in source:  # the end, or damage: let the layers below count to their end
            pass
        return


def decoded_size(stream: RawStream, data: bytes | memoryview, limit: int) -> int:
    """The most bytes the leading Flate filters of a stream make of its ``data``.

    Counted up to just past ``limit``.  Each filter of a chain is measured,
    since the parser holds each one's output whole.
    """
    filters = list(stream.filters)
    while filters and filters[0] in _TEXT_FILTERS:  # these only shrink the data
        from playa.ascii85 import ascii85decode, asciihexdecode

        decode = ascii85decode if _TEXT_FILTERS[filters.pop(0)] == 85 else asciihexdecode
        try:
            data = decode(bytes(data))
        except (ValueError, TypeError):  # damaged: the parser fails on it too, inflating nothing
            return 0
    layers = 0
    for name in filters:
        if name not in _FLATE:
            break
        layers += 1
    sizes: list[int] = []
    pieces: Iterable[bytes | memoryview] = (data,)
    for _ in range(layers):
        pieces = inflate(pieces, limit, sizes)
    for _ in pieces:
        pass
    return max(sizes, default=len(data))


def check_streams(pdf: bytes, limit: int, name: str) -> None:
    """Raise ResourceLimitError when a stream of ``pdf`` decodes to more than ``limit`` bytes."""
    view = memoryview(pdf)
    for stream in find_streams(pdf):
        if stream.skipped or not stream.filters:
            continue
        size = decoded_size(stream, view[stream.start : stream.end], limit)
        if size > limit:
            which = f"object {stream.number}" if stream.number is not None else "a stream"
            raise ResourceLimitError(
                f"{name}: {which} decodes to more than {megabytes(limit)} "
                "(a decompression bomb?); not read. Raise max_stream_bytes "
                "(--max-stream-mb) to read it anyway"
            )


def megabytes(size: int) -> str:
    """A size in MiB for messages.

    >>> megabytes(64 * 2**20), megabytes(1536 * 1024)
    ('64 MiB', '1.5 MiB')
    """
    return f"{size / 2**20:.3g} MiB"
