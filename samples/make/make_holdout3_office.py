#!/usr/bin/env python3
"""Build the holdout3 office samples (a Word and an Excel report), PDFs and truths.

* ``comune-salerno-2022-relazione``: Comune di Salerno, Relazione sulla performance 2022,
  made with python-docx (``holdout3_office_word.py``, content in
  ``holdout3_office_salerno.py``): portrait with one landscape section in the middle,
  bold objective headings, ruled tables whose header is not repeated, a row split across
  a page break, a ``Conclusioni`` section after the last table.
* ``asp-catania-2023-relazione``: Azienda Sanitaria Provinciale di Catania, Relazione
  sulla performance 2023, made with openpyxl (``holdout3_office_excel.py``, content in
  ``holdout3_office_catania.py``): landscape, printed gridlines, uncoded Area and
  Obiettivo cells merged down over their rows, then a budget sheet that yields nothing.

Both are exported to PDF with LibreOffice as issuers do. For each sample NAME it writes
``NAME.pdf``, ``NAME.content.json`` (the content rendered with its hand-written parsed
values) and ``NAME.truth.json`` (RECORDS.md shape). The truth comes from the content
alone, mechanical rules re-checked (``holdout3_office_values.py``); only ``page`` and
``page_end`` are read back from the PDF with pdfplumber. The intended layout features are
then checked in the PDF; the exit status is 1 if one is missing.

usage: .venv/bin/python samples/make_holdout3_office.py [NAME ...] [--out DIR]

Needs python-docx, openpyxl, pdfplumber and LibreOffice (Writer and Calc); never perfextract.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pdfplumber

from . import holdout3_office_excel as excel
from . import holdout3_office_word as word
from .truth import load_content, write_truth

HERE = Path(__file__).resolve().parents[1]
DEFAULT_OUT = HERE
Record = dict[str, Any]


def make_salerno(name: str, out: Path) -> list[str]:
    """Build the Word sample; return the failed layout checks."""
    content = word.resolve(load_content(name))
    records = word.build_records(content)
    pdf_path = word.render(content, out / f"{name}.pdf")
    spans = word.locate_rows(pdf_path, content)
    for record, (page, page_end, _) in zip(records, spans, strict=True):
        record.update(page=page, page_end=page_end)
    write_truth(content, records, pdf_path, page_count(pdf_path))
    return word.check_pdf(pdf_path, content, spans)


def make_catania(name: str, out: Path) -> list[str]:
    """Build the Excel sample; return the failed layout checks."""
    content = load_content(name)
    records = excel.build_records(content)
    pdf_path = excel.render(content, out / f"{name}.pdf")
    spans = excel.locate(pdf_path, content)
    for record, (page, page_end) in zip(records, spans, strict=True):
        record.update(page=page, page_end=page_end)
    write_truth(content, records, pdf_path, page_count(pdf_path))
    return excel.check_pdf(pdf_path, content, spans)


def page_count(pdf_path: Path) -> int:
    """How many pages the PDF has."""
    with pdfplumber.open(pdf_path) as pdf:
        return len(pdf.pages)


SAMPLES: dict[str, Callable[[str, Path], list[str]]] = {
    "comune-salerno-2022-relazione": make_salerno,
    "asp-catania-2023-relazione": make_catania,
}
