"""Reading a rendered sample back, independently of perfextract: the shared read-back checks.

Renderers know what they drew but not where it landed: every record's page, and the
layout features a sample exists for (rules, fills, repeated headers, rows split over a
page), are read from the PDF with pdfplumber.
"""

from __future__ import annotations

import itertools
from collections import Counter
from pathlib import Path
from typing import Any

import pdfplumber

from .truth import squash


def page_streams(pdf_path: Path) -> list[str]:
    """Every page's characters in content-stream order, whitespace removed."""
    with pdfplumber.open(pdf_path) as pdf:
        return [squash("".join(char["text"] for char in page.chars)) for page in pdf.pages]


def locate(pdf_path: Path, rows: list[list[str]]) -> list[int]:
    """1-based page of each row: where its first cell is found (searching on from the row
    before), its other cells checked to be on that page (for renderers that never split a
    row)."""
    streams = page_streams(pdf_path)
    pages, page, offset = [], 0, 0
    for cells in rows:
        needle = squash(cells[0])[:40]
        while (found := streams[page].find(needle, offset)) < 0:
            page, offset = page + 1, 0
            if page == len(streams):
                raise ValueError(f"row not found in the PDF: {needle!r}")
        offset = found + len(needle)
        missing = [c for c in cells if squash(c) not in streams[page]]
        if missing:
            raise ValueError(f"cells of {needle!r} not on page {page + 1}: {missing}")
        pages.append(page + 1)
    return pages


def horizontal_rules(page: Any) -> list[dict[str, Any]]:
    """The horizontal lines drawn on a pdfplumber page."""
    return [line for line in page.lines if abs(line["top"] - line["bottom"]) < 0.5]


def vertical_rules(page: Any) -> list[dict[str, Any]]:
    """The vertical lines drawn on a pdfplumber page."""
    return [line for line in page.lines if abs(line["x0"] - line["x1"]) < 0.5]


def line_ends(chars: list[dict[str, Any]]) -> dict[float, float]:
    """The rightmost x1 of each text line (tops rounded)."""
    ends: dict[float, float] = {}
    for char in chars:
        if char["text"].strip():
            top = round(char["top"])
            ends[top] = max(ends.get(top, 0.0), char["x1"])
    return ends


def page_count(pdf_path: Path) -> int:
    """How many pages the PDF has."""
    with pdfplumber.open(pdf_path) as pdf:
        return len(pdf.pages)


def drawn_pages(pdf_path: Path) -> list[int]:
    """Return the 1-based pages on which a line, rectangle or curve is drawn."""
    with pdfplumber.open(pdf_path) as pdf:
        return [
            number
            for number, page in enumerate(pdf.pages, 1)
            if page.lines or page.rects or page.curves
        ]


def pitch_gaps(pdf_path: Path, page_numbers: set[int], size: float, margin: float) -> list[str]:
    """Return the gaps between table lines that are neither one pitch nor a table break.

    Table lines are the lines of words in the table type size; within a table each is one
    line pitch below the one before (the most common gap); a gap of twice the pitch or more
    lies between two tables (an objective heading in between). Words in type ``size`` above
    the bottom ``margin`` (pt) count.
    """
    odd = []
    with pdfplumber.open(pdf_path) as pdf:
        for number in sorted(page_numbers):
            pdf_page = pdf.pages[number - 1]
            bottom = pdf_page.height - margin
            words = pdf_page.extract_words(extra_attrs=["size"])
            tops = sorted(
                {
                    round(w["top"], 1)
                    for w in words
                    if abs(w["size"] - size) < 0.2 and w["bottom"] < bottom
                }
            )
            gaps = [round(b - a, 1) for a, b in itertools.pairwise(tops)]
            if not gaps:
                continue
            pitch = Counter(gaps).most_common(1)[0][0]
            odd += [
                f"page {number}: {gap} pt (pitch {pitch})"
                for gap in gaps
                if abs(gap - pitch) > 0.3 and gap < 2 * pitch
            ]
    return odd
