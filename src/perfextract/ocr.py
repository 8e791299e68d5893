"""OCR for scanned reports: ocrmypdf with tesseract's Italian model, run before extraction.

A scanned report is a PDF of page images with no text layer, so there is
nothing to read.  ``extract(..., settings={"ocr": True})`` (``--ocr``) first
runs::

    ocrmypdf -l ita --skip-text --deskew [--rotate-pages] --output-type pdf
             --optimize 0 [--pages SELECTION] in.pdf out.pdf

on a temporary copy, then reads ``out.pdf``.  ``--skip-text`` leaves pages
that have text as they are and OCRs the others; ``--deskew`` straightens
pages scanned askew (text on a slant would read as a jumble);
``--rotate-pages`` turns pages scanned sideways or upside down (when
tesseract's ``osd`` model is there); ``--output-type pdf`` skips the PDF/A
conversion, which would rewrite the text pages too.  The report keeps the
original file's name and fingerprint.

ocrmypdf and tesseract are programs, not Python dependencies: when one is
missing :class:`~perfextract.errors.OCRUnavailableError` says how to install
them.  OCR reads what it sees: expect some misread characters in the values
of scanned pages (the ``ocr-text`` warning names those pages).
"""

from __future__ import annotations

import importlib.util
import logging
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from perfextract.errors import (
    EncryptedPDFError,
    ExtractionTimeoutError,
    InvalidPDFError,
    OCRError,
    OCRUnavailableError,
)

logger = logging.getLogger(__name__)

#: tesseract's language model for Italian.
LANGUAGE = "ita"
#: The font tesseract and ocrmypdf draw the invisible OCR text with.
OCR_FONT = "GlyphLessFont"
INSTALL_HINT = (
    "install them with `apt-get install ocrmypdf tesseract-ocr-ita` "
    "(or `pip install ocrmypdf` and tesseract with its Italian model, tesseract-ocr-ita)"
)
#: ocrmypdf's exit statuses that say something about the input.
_INPUT_FILE, _MISSING_DEPENDENCY, _ENCRYPTED = 2, 3, 8


def ocr_command() -> list[str]:
    """The command that runs ocrmypdf, after checking that tesseract reads Italian.

    Raises OCRUnavailableError, saying how to install what is missing.
    """
    program = shutil.which("ocrmypdf")
    if program is not None:
        command = [program]
    elif importlib.util.find_spec("ocrmypdf") is not None:
        command = [sys.executable, "-m", "ocrmypdf"]
    else:
        raise OCRUnavailableError(f"OCR needs ocrmypdf, which is not installed; {INSTALL_HINT}")
    languages = tesseract_languages()
    if LANGUAGE not in languages:
        raise OCRUnavailableError(
            f"OCR needs tesseract's Italian model ({LANGUAGE}), which is not installed; "
            f"{INSTALL_HINT}"
        )
    return command


def tesseract_languages() -> set[str]:
    """The language models tesseract has; OCRUnavailableError when tesseract is missing."""
    program = shutil.which("tesseract")
    if program is None:
        raise OCRUnavailableError(f"OCR needs tesseract, which is not installed; {INSTALL_HINT}")
    try:
        listed = subprocess.run(
            [program, "--list-langs"], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise OCRUnavailableError(f"tesseract does not run ({exc}); {INSTALL_HINT}") from exc
    # the first line is a heading ("List of available languages in ...")
    return {line.strip() for line in listed.stdout.splitlines()[1:] if line.strip()}


def ocr_pdf(
    data: bytes,
    name: str,
    *,
    pages: Sequence[int] | None = None,
    timeout: float | None = None,
) -> bytes:
    """The PDF ``data`` with a text layer added by OCR to its pages that have none.

    ``pages`` limits OCR to those 1-based pages (the others are kept as they
    are); ``timeout`` stops ocrmypdf after that many seconds
    (ExtractionTimeoutError).  ``name`` names the input in messages.
    """
    command = ocr_command()
    options = ["-l", LANGUAGE, "--skip-text", "--deskew", "--output-type", "pdf"]
    options += ["--optimize", "0", "--quiet"]
    if "osd" in tesseract_languages():
        options.append("--rotate-pages")
    if pages:
        options += ["--pages", page_ranges(pages, separator=",")]
    with tempfile.TemporaryDirectory(prefix="perfextract-ocr-") as folder:
        given, done = Path(folder, "input.pdf"), Path(folder, "output.pdf")
        given.write_bytes(data)
        logger.debug("%s: running %s", name, " ".join([*command, *options]))
        try:
            run = subprocess.run(
                [*command, *options, str(given), str(done)],
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise ExtractionTimeoutError(
                f"{name}: OCR did not finish within {timeout:g} s"
            ) from exc
        except OSError as exc:
            raise OCRUnavailableError(
                f"{name}: ocrmypdf does not run ({exc}); {INSTALL_HINT}"
            ) from exc
        if run.returncode != 0:
            raise _failure(name, run.returncode, run.stderr)
        return done.read_bytes()


def _failure(name: str, status: int, stderr: str) -> Exception:
    """The error for an ocrmypdf that exited with ``status``."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    said = lines[-1] if lines else f"exit status {status}"
    if status == _ENCRYPTED:
        return EncryptedPDFError(
            f"{name}: OCR cannot read an encrypted PDF; remove the encryption first "
            "(e.g. qpdf --decrypt --password=P in.pdf out.pdf)"
        )
    if status == _INPUT_FILE:
        return InvalidPDFError(f"{name}: ocrmypdf cannot read the PDF ({said})")
    if status == _MISSING_DEPENDENCY:
        return OCRUnavailableError(f"{name}: ocrmypdf misses a program ({said}); {INSTALL_HINT}")
    return OCRError(f"{name}: OCR failed ({said})")


def page_ranges(pages: Iterable[int], separator: str = ", ") -> str:
    """Page numbers as ranges: ``1-3, 7``.

    >>> page_ranges([7, 1, 2, 3]), page_ranges([4], separator=",")
    ('1-3, 7', '4')
    """
    numbers = sorted(set(pages))
    parts: list[str] = []
    start = previous = numbers[0] if numbers else 0
    for number in [*numbers[1:], None]:
        if number is not None and number == previous + 1:
            previous = number
            continue
        parts.append(str(start) if start == previous else f"{start}-{previous}")
        if number is not None:
            start = previous = number
    return separator.join(parts) if numbers else ""
