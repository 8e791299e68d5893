"""The exceptions and warnings perfextract raises.

Every exception derives from :class:`PerfExtractError`, and the ones that are
also a kind of builtin error mix that builtin in, so ``except ValueError``
keeps working for callers that do not know perfextract.  Every message
starts with the input's name: ``relazione.pdf: the PDF is encrypted …``.
"""

from __future__ import annotations

#: The longest cause quoted from another library's exception.
CAUSE_LENGTH = 160


class PerfExtractError(Exception):
    """Root of every error perfextract raises."""


class InvalidPDFError(PerfExtractError, ValueError):
    """The input is not a PDF that can be read (corrupt, truncated, not a PDF)."""


class EncryptedPDFError(InvalidPDFError):
    """The PDF is encrypted and no (correct) password was given."""


class UnreadablePageError(InvalidPDFError):
    """One page of a PDF cannot be parsed; ``page`` is its 1-based number.

    :func:`perfextract.extract` turns it into an ``unreadable-page`` warning
    and reads the other pages; it fails only when no page can be read.
    """

    def __init__(self, message: str, page: int) -> None:
        super().__init__(message)
        self.page = page

    def __reduce__(self) -> tuple[type[UnreadablePageError], tuple[str, int]]:
        return type(self), (str(self), self.page)


class ResourceLimitError(PerfExtractError):
    """The input goes past a limit of :class:`~perfextract.settings.Settings`.

    A stream that decodes to more than ``max_stream_bytes`` (a decompression
    bomb, or a document to read with a higher limit), or a parser that ran out
    of memory.
    """


class BackendUnavailableError(PerfExtractError, ImportError):
    """A table backend was asked for but its library is not installed."""


class OCRError(PerfExtractError, RuntimeError):
    """OCR was asked for (``ocr=True``, ``--ocr``) and did not work on this input."""


class OCRUnavailableError(OCRError):
    """OCR was asked for but ocrmypdf, tesseract or its Italian model is not installed."""


class ClusterUnavailableError(PerfExtractError, ImportError):
    """A Dask cluster was asked for (``--dask``, ``client=``); dask.distributed is not installed."""


class SettingsError(PerfExtractError, ValueError):
    """Settings that cannot be used (unknown key, wrong type, bad range)."""


class RecordsError(PerfExtractError, ValueError):
    """JSON that is not a ``perfextract/records@1`` document (:func:`perfextract.load`)."""


class ExtractionTimeoutError(PerfExtractError, TimeoutError):
    """Reading one input took longer than the time allowed, and was stopped."""


class InternalError(PerfExtractError, RuntimeError):
    """Reading one input failed in a way perfextract does not expect.

    A bug met on an unusual file, or a worker process that died (out of
    memory, a crash inside a library).  Batch runs record it and go on.
    """


class WorkerStartError(PerfExtractError, RuntimeError):
    """A worker process died before it could take a file.

    Worker processes are started with ``spawn``: each imports the calling
    script again, so a script that calls ``extract_many(..., workers=N)`` (or
    with a ``timeout``) must do so under ``if __name__ == "__main__":``.
    """


class NoTablesWarning(UserWarning):
    """A report, or a page selection, holds no indicator table."""


def describe_cause(exc: BaseException) -> str:
    """One short line saying what another library's exception says.

    >>> describe_cause(ValueError("Non-Ascii85 digit found: x"))
    'ValueError: Non-Ascii85 digit found: x'
    >>> describe_cause(KeyError("Root"))
    "KeyError: 'Root'"
    >>> describe_cause(ValueError("bad\\nbytes " + "x" * 300))[-12:]
    'xxxxxxxxxx …'
    """
    text = " ".join(str(exc).split())
    if len(text) > CAUSE_LENGTH:
        text = text[:CAUSE_LENGTH].rstrip() + " …"
    name = type(exc).__name__
    return f"{name}: {text}" if text else name
