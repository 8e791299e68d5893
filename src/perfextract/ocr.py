"""OCR for scanned reports: ocrmypdf with tesseract's Italian model, run before extraction.

A scanned report is a PDF of page images with no text layer, so there is
nothing to read.  ``extract(..., settings={"ocr": True})`` (``--ocr``) first
finds the selected pages that show images and have no text
(:meth:`OpenPDF.lacks_text <perfextract.pdf.OpenPDF.lacks_text>`); when
there are some, it runs::

    ocrmypdf -l ita --skip-text --deskew [--rotate-pages] --pdf-renderer hocr
             --output-type pdf --optimize 0 --pages THOSE in.pdf out.pdf

on a temporary copy, then reads ``out.pdf``; a PDF with a text layer
everywhere is read as it is.  ``--skip-text`` leaves pages that have text as
they are; ``--deskew`` straightens
pages scanned askew (text on a slant would read as a jumble);
``--pdf-renderer hocr`` gives every word of a line the line's height and
baseline, so the lines of a table cell sit at an even pitch (tesseract's own
"sandwich" renderer sizes each word by its glyphs, and multi-line cells fall
apart into rows: record F1 0.53 instead of 0.88 on the scanned sample);
``--rotate-pages`` turns pages scanned sideways or upside down (when
tesseract's ``osd`` model is there); ``--output-type pdf`` skips the PDF/A
conversion, which would rewrite the text pages too.  The report keeps the
original file's name and fingerprint.

ocrmypdf and tesseract are programs, not Python dependencies: when one is
missing :class:`~perfextract.errors.OCRUnavailableError` says how to install
them.  OCR reads what it sees: expect some misread characters in the values
of scanned pages (the ``ocr-text`` warning names those pages).  A worker
that a batch's ``--timeout`` kills leaves its ocrmypdf to finish the page it
is on; ``timeout`` (``Settings.timeout``) stops ocrmypdf with its helpers.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import shutil
import signal
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
INSTALL_HINT = (
    "install them with `apt-get install ocrmypdf tesseract-ocr-ita` "
    "(or `pip install ocrmypdf` and tesseract with its Italian model, tesseract-ocr-ita)"
)
#: ocrmypdf's exit statuses that say something about the input.
_INPUT_FILE, _MISSING_DEPENDENCY, _ENCRYPTED = 2, 3, 8


def ocr_command() -> tuple[list[str], set[str]]:
    """The command that runs ocrmypdf, and tesseract's languages (Italian among them).

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
    return command, languages


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
    command, languages = ocr_command()
    options = ["-l", LANGUAGE, "--skip-text", "--deskew", "--pdf-renderer", "hocr"]
    options += ["--output-type", "pdf", "--optimize", "0", "--quiet"]
    if "osd" in languages:
        options.append("--rotate-pages")
    if pages:
        options += ["--pages", page_ranges(pages, separator=",")]
    with tempfile.TemporaryDirectory(prefix="perfextract-ocr-") as folder:
        given, done = Path(folder, "input.pdf"), Path(folder, "output.pdf")
        given.write_bytes(data)
        logger.debug("%s: running %s", name, " ".join([*command, *options]))
        status, stderr = _run([*command, *options, str(given), str(done)], name, timeout)
        if status != 0:
            raise _failure(name, status, stderr)
        return done.read_bytes()


def _run(command: list[str], name: str, timeout: float | None) -> tuple[int, str]:
    """Run ``command``; its exit status and stderr.

    ocrmypdf runs tesseract and Ghostscript in processes of its own: it is
    started in a session of its own, so that a timeout (or Ctrl-C) stops the
    whole group, not only ocrmypdf.
    """
    try:
        process = subprocess.Popen(
            command,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
    except OSError as exc:
        raise OCRUnavailableError(f"{name}: ocrmypdf does not run ({exc}); {INSTALL_HINT}") from exc
    try:
        _, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        _stop(process)
        raise ExtractionTimeoutError(f"{name}: OCR did not finish within {timeout:g} s") from exc
    except BaseException:
        _stop(process)
        raise
    return process.returncode, stderr


def _stop(process: subprocess.Popen[str]) -> None:
    """Kill a process started by :func:`_run` with its group, and reap it."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (AttributeError, OSError):  # no process groups (Windows), or already gone
        process.kill()
    process.communicate()


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
