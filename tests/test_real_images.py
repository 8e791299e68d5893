"""Real reports whose tables are images (../shared/real), scored by ``../shared/eval/score.py``.

The truths in ``tests/real`` were written by people reading the pages (never
from perfextract's output); the PDFs stay in ``../shared/real``.  These tests
skip without it, or without tesseract's Italian model.  Each report has its
floors: the least record F1 and field accuracy the scorer must report.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from rapidfuzz import fuzz

import perfextract
from conftest import ROOT, SHARED
from perfextract.errors import OCRUnavailableError
from perfextract.image_tables import find_image_tables, image_tables, read_image_tables
from perfextract.ocr import LANGUAGE, tesseract_languages
from perfextract.pdf import open_pdf

TRUTHS = ROOT / "tests" / "real"
SCORER = SHARED / "eval" / "score.py"
IZSLER = "izsler-2020-relazione-cruscotto-p42-p44-48"


@dataclass(frozen=True)
class Floor:
    f1: float
    fields: float
    ocr: bool = False  # its tables are images: read with ocr=True, skipped without tesseract


FLOORS = {IZSLER: Floor(f1=0.9, fields=0.75, ocr=True)}


def tesseract_ready() -> bool:
    try:
        return LANGUAGE in tesseract_languages()
    except OCRUnavailableError:
        return False


def truth(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((TRUTHS / f"{name}.truth.json").read_text("utf-8"))
    return data


def source(name: str, floor: Floor) -> Path:
    """The real PDF, or a skip when it (or what reading it needs) is absent."""
    pdf = SHARED / "real" / f"{name}.pdf"
    if not pdf.exists() or not SCORER.exists():
        pytest.skip(f"{pdf} or {SCORER} absent")
    if floor.ocr and not tesseract_ready():
        pytest.skip("tesseract-ocr-ita absent")
    return pdf


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_real_report_scores_its_floors(name: str, tmp_path: Path) -> None:
    floor = FLOORS[name]
    report = perfextract.extract(source(name, floor), settings={"ocr": floor.ocr})
    pred = tmp_path / f"{name}.json"
    pred.write_text(json.dumps(report.to_dict(), ensure_ascii=False), "utf-8")
    scored = subprocess.run(
        [sys.executable, str(SCORER), str(TRUTHS / f"{name}.truth.json"), str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    summary = json.loads(scored.stdout.strip().splitlines()[-1])
    print(f"{name}: F1 {summary['f1']:.3f}, fields {summary['field_accuracy']:.3f}")
    assert summary["f1"] >= floor.f1
    assert summary["field_accuracy"] >= floor.fields


def _squeeze(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


def test_izsler_image_tables_hold_the_truth_rows() -> None:
    """Whatever the column vocabulary says: OCR gives each indicator's row with its cells.

    A truth record is found when one row of the tables read from the images
    has a cell like its indicator (rapidfuzz ratio >= 90, as the scorer
    pairs) and cells equal to its target and actual (spaces aside).
    """
    pdf = source(IZSLER, FLOORS[IZSLER])
    rows = []
    with open_pdf(pdf) as document:
        for number in range(1, document.page_count + 1):
            page = document.page(number)
            regions = find_image_tables(page)
            for found in image_tables(read_image_tables(page, regions), regions):
                rows += [row for table in found.tables for row in table.rows]
    records = truth(IZSLER)["indicators"]

    def holds(record: dict[str, Any], row: tuple[str | None, ...]) -> bool:
        cells = [re.sub(r"\s+", " ", c or "") for c in row]
        values = {_squeeze(c) for c in cells}
        return (
            any(fuzz.ratio(record["indicator"], c) >= 90 for c in cells)
            and _squeeze(record["target"]) in values
            and _squeeze(record["actual"]) in values
        )

    missed = [r["indicator"] for r in records if not any(holds(r, row) for row in rows)]
    assert len(records) == 24
    assert len(missed) <= 2, missed
