"""Check in the printed PDF that the holdout4 samples show the layout features they are for.

Each check returns a list of problems (empty: all present). Read with pdfplumber only.

* Cuneo: every page landscape and ruled; on every page with records, the rotated
  (non-upright) header labels ``Tipo``, ``Peso``, ``Esito`` and the horizontal ones; each
  objective heading printed on one line with no vertical rule crossing it (merged cells).
* Trieste: portrait; a title page with no table; printed gridlines on the table pages
  (the workbook sets no borders); merged, shaded heading rows; the budget table printed
  after the last record.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pdfplumber

Content = dict[str, Any]
HORIZONTAL = ("Cod.", "Indicatore", "Valore 2021", "Valore 2022", "Target 2023", "Valore 2023")


def _vertical(page: Any) -> list[Any]:
    return [line for line in page.lines if abs(line["x0"] - line["x1"]) < 0.5]


def _merged_headings(pdf: Any, content: Content) -> list[str]:
    """Every heading found on one line, no vertical rule inside the table across it."""
    problems = []
    for row in content["sheet"]["rows"]:
        if "heading" not in row:
            continue
        found = [(p, m) for p in pdf.pages for m in p.search(row["text"], regex=False)]
        if not found:
            problems.append(f"heading not printed on one line: {row['text']!r}")
            continue
        page, match = found[0]
        mid = (match["top"] + match["bottom"]) / 2
        verticals = _vertical(page)
        if not verticals:
            problems.append(f"page {page.page_number}: no vertical rules")
            continue
        left = min(v["x0"] for v in verticals)
        right = max(v["x0"] for v in verticals)
        crossing = [v for v in verticals if left + 3 < v["x0"] < right - 3
                    and v["top"] < mid < v["bottom"]]  # fmt: skip
        if crossing:
            problems.append(f"heading row not merged: {row['text']!r}")
        if match["x1"] - match["x0"] < 150:
            problems.append(f"heading too narrow to span columns: {row['text']!r}")
    return problems


def check_cuneo(pdf_path: Path, content: Content, spans: list[Any]) -> list[str]:
    """Landscape, ruled, rotated narrow headers, merged heading rows."""
    problems = []
    record_pages = {span[0] for span in spans}
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            number = page.page_number
            if page.width <= page.height:
                problems.append(f"page {number} is not landscape")
            if len(page.lines) < 10:
                problems.append(f"page {number}: no cell borders")
            if number not in record_pages:
                continue
            rotated = "".join(c["text"] for c in page.chars if not c["upright"])
            if rotated != "TipoPesoEsito":
                problems.append(f"page {number}: rotated headers read {rotated!r}")
            text = page.extract_text() or ""
            for label in HORIZONTAL:
                if label not in text:
                    problems.append(f"page {number}: header {label!r} not horizontal")
        problems += _merged_headings(pdf, content)
    return problems


def check_trieste(pdf_path: Path, content: Content, spans: list[Any]) -> list[str]:
    """Portrait, title page, gridlines, merged shaded headings, trailing budget table."""
    problems = []
    record_pages = {span[0] for span in spans}
    with pdfplumber.open(pdf_path) as pdf:
        pages = pdf.pages
        if any(page.width >= page.height for page in pages):
            problems.append("a page is not portrait")
        cover = pages[0].extract_text() or ""
        if "PEG 2022 – Relazione sui risultati" not in cover or "Obiettivo" in cover:
            problems.append("no title page before the table")
        for number in sorted(record_pages):
            page = pages[number - 1]
            horizontal = [line for line in page.lines if abs(line["top"] - line["bottom"]) < 0.5]
            if len(horizontal) < 5 or len(_vertical(page)) < 4:
                problems.append(f"page {number}: no printed gridlines")
            if not [r for r in page.rects if r["fill"] and r["top"] > 60]:
                problems.append(f"page {number}: no shaded rows")
        problems += _merged_headings(pdf, content)
        budget = [p.page_number for p in pages if "Centro di costo" in (p.extract_text() or "")]
        if not budget or min(budget) < max(span[1] for span in spans):
            problems.append("budget table not printed after the indicators")
    return problems
