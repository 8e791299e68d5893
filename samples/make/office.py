"""The one LibreOffice wrapper: a Word document or a workbook printed to PDF, headless.

LibreOffice runs with a profile of its own (in the temporary folder), so it can run next to
an open LibreOffice. Writer prints ``.docx``, Calc ``.xlsx`` (Debian packages
``libreoffice-writer-nogui`` and ``libreoffice-calc-nogui``).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Protocol

PROFILE = Path(tempfile.gettempdir()) / "samples-make-lo-profile"


class Saveable(Protocol):
    """A python-docx ``Document`` or an openpyxl ``Workbook``."""

    def save(self, path: str) -> None: ...


def convert_to_pdf(path: Path, out_dir: Path) -> Path:
    """Print ``path`` (.docx or .xlsx) to ``out_dir/STEM.pdf`` with LibreOffice; return it."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice ('soffice') is needed to print the sample; install it")
    command = [soffice, f"-env:UserInstallation={PROFILE.as_uri()}", "--headless"]
    command += ["--convert-to", "pdf", "--outdir", str(out_dir), str(path)]
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    pdf = out_dir / f"{path.stem}.pdf"
    if not pdf.exists():
        raise SystemExit(f"LibreOffice did not write {pdf.name} (are Writer and Calc installed?)")
    return pdf


def print_pdf(document: Saveable, suffix: str, pdf_path: Path) -> Path:
    """Save ``document`` as ``.docx``/``.xlsx`` (``suffix``), print it to ``pdf_path``."""
    with tempfile.TemporaryDirectory(prefix="samples-make-") as tmp:
        saved = Path(tmp) / f"{pdf_path.stem}{suffix}"
        document.save(str(saved))
        shutil.copyfile(convert_to_pdf(saved, Path(tmp)), pdf_path)
    return pdf_path
