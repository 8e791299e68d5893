"""One frozen settings object, validated when it is built."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from perfextract.errors import SettingsError


class Backend(enum.Enum):
    """Which library finds the tables on a page."""

    PLUMBER = "plumber"
    CAMELOT_LATTICE = "camelot-lattice"
    CAMELOT_STREAM = "camelot-stream"


@dataclass(frozen=True, slots=True)
class Settings:
    """How :func:`perfextract.extract` reads a report.

    ``backend``
        the table finder for ruled tables (pdfplumber by default).
    ``password``
        the password of an encrypted PDF.
    ``label_threshold``
        the least rapidfuzz score (0-100) at which a header cell is taken for a
        known column label; below it the column goes to ``extra``.
    ``min_header_fields``
        how many known columns a row must name to be taken for a header row.
    ``ocr``
        run OCR (ocrmypdf with tesseract's Italian model) on the pages that
        have no text layer before reading them, and read the tables printed
        as images on text pages with tesseract; see :mod:`perfextract.ocr`
        and :mod:`perfextract.image_tables`.
    ``max_pages``
        the most pages read from one file (of the selection); the pages past
        it are skipped with a ``pages-skipped`` warning.  None: no limit.
    ``max_stream_bytes``
        the most bytes one compressed stream may decode to; a file with a
        bigger one fails with :class:`~perfextract.errors.ResourceLimitError`
        before it is parsed (the decompression-bomb guard of
        :mod:`perfextract.streams`).  None: no limit.
    ``timeout``
        seconds one file may take.  :func:`~perfextract.extract` checks it
        before each page (and gives OCR the time left), raising
        :class:`~perfextract.errors.ExtractionTimeoutError`;
        :func:`~perfextract.extract_many` with a timeout also kills a worker
        that overruns it inside one page.  None: no limit.
    ``labels``
        the user's label map, ``{"printed label": "field"}``: the column under
        that label holds that record field, whatever the vocabulary or the
        column's content say (see :mod:`perfextract.usermap`).  An unknown
        field is a :class:`~perfextract.errors.SettingsError`.

    >>> Settings.resolve({"backend": "camelot-lattice"}).backend
    <Backend.CAMELOT_LATTICE: 'camelot-lattice'>
    >>> Settings.resolve(None) == Settings()
    True
    >>> Settings(labels={"Zorblax": "status"}).labels
    {'Zorblax': 'status_column'}
    >>> Settings(max_pages=0)
    Traceback (most recent call last):
    ...
    perfextract.errors.SettingsError: max_pages must be > 0 (or None for no limit), not 0
    """

    backend: Backend = Backend.PLUMBER
    password: str | None = None
    label_threshold: float = 82.0
    min_header_fields: int = 2
    ocr: bool = False
    max_pages: int | None = 2000
    max_stream_bytes: int | None = 64 * 2**20
    timeout: float | None = None
    labels: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.labels or not isinstance(self.labels, Mapping):
            from perfextract.usermap import check_labels  # loads the vocabulary

            object.__setattr__(self, "labels", check_labels(self.labels))
        if not isinstance(self.backend, Backend):
            try:
                object.__setattr__(self, "backend", Backend(self.backend))
            except ValueError:
                choices = ", ".join(b.value for b in Backend)
                raise SettingsError(
                    f"unknown backend {self.backend!r}; choose one of {choices}"
                ) from None
        if not 0 < self.label_threshold <= 100:
            raise SettingsError(f"label_threshold must be in (0, 100], not {self.label_threshold}")
        if self.min_header_fields < 1:
            raise SettingsError(f"min_header_fields must be >= 1, not {self.min_header_fields}")
        if not isinstance(self.ocr, bool):
            raise SettingsError(f"ocr must be True or False, not {self.ocr!r}")
        for name in ("max_pages", "max_stream_bytes", "timeout"):
            limit = getattr(self, name)
            if limit is None:
                continue
            if isinstance(limit, bool) or not isinstance(limit, (int, float)):
                raise SettingsError(f"{name} must be a number or None, not {limit!r}")
            if name != "timeout" and not isinstance(limit, int):
                raise SettingsError(f"{name} must be a whole number or None, not {limit!r}")
            if not limit > 0:
                raise SettingsError(f"{name} must be > 0 (or None for no limit), not {limit}")

    @classmethod
    def resolve(cls, value: Settings | Mapping[str, Any] | None) -> Settings:
        """Settings from ``None`` (the defaults), a mapping of field names, or Settings."""
        if value is None:
            return cls()
        if isinstance(value, Settings):
            return value
        if isinstance(value, Mapping):
            known = {f.name for f in dataclasses.fields(cls)}
            unknown = sorted(set(value) - known)
            if unknown:
                raise SettingsError(f"unknown setting(s): {', '.join(unknown)}")
            return cls(**value)
        raise SettingsError(f"settings must be a Settings, a mapping or None, not {type(value)}")
