"""The exceptions and warnings perfextract raises.

Every exception derives from :class:`PerfExtractError`, and the ones that are
also a kind of builtin error mix that builtin in, so ``except ValueError``
keeps working for callers that do not know perfextract.
"""

from __future__ import annotations


class PerfExtractError(Exception):
    """Root of every error perfextract raises."""


class InvalidPDFError(PerfExtractError, ValueError):
    """The input is not a PDF that can be read (corrupt, truncated, not a PDF)."""


class EncryptedPDFError(InvalidPDFError):
    """The PDF is encrypted and no (correct) password was given."""


class BackendUnavailableError(PerfExtractError, ImportError):
    """A table backend was asked for but its library is not installed."""


class SettingsError(PerfExtractError, ValueError):
    """Settings that cannot be used (unknown key, wrong type, bad range)."""


class ExtractionTimeoutError(PerfExtractError, TimeoutError):
    """Reading one input took longer than the time allowed, and its worker was stopped."""


class InternalError(PerfExtractError, RuntimeError):
    """Reading one input failed in a way perfextract does not expect.

    A bug met on an unusual file, or a worker process that died (out of
    memory, a crash inside a library).  Batch runs record it and go on.
    """


class NoTablesWarning(UserWarning):
    """A report, or a page selection, holds no indicator table."""
