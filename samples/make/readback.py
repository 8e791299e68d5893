"""Reading a rendered sample back, independently of perfextract: the shared read-back checks.

Renderers know what they drew but not where it landed: every record's page, and the
layout features a sample exists for (rules, fills, repeated headers, rows split over a
page), are read from the PDF with pdfplumber.
"""

from __future__ import annotations

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
