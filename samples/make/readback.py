"""Reading a rendered sample back, independently of perfextract: the shared read-back checks.

Renderers know what they drew but not where it landed: every record's page, and the
layout features a sample exists for, are read from the PDF with pdfplumber. A content's
``expect`` lists those features as data (:func:`check_expected`): ``orientation`` (one
``P``/``L`` a page), ``ruling`` on the pages with records (``none``, ``horizontal``:
rules across only, ``grid``), ``fills`` (hex colours filled there), ``record_pages``,
``split_rows`` (how many rows at least run over a page break), ``every_record_page``
(texts printed on each of those pages: a repeated header), ``printed`` (texts printed
somewhere), ``printed_once``, ``silent`` (texts printed only on pages without records: an index, a
budget), ``bold``, ``white`` and ``rotated`` (texts so printed).
"""

from __future__ import annotations

from collections.abc import Iterator
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


def page_count(pdf_path: Path) -> int:
    """How many pages the PDF has."""
    with pdfplumber.open(pdf_path) as pdf:
        return len(pdf.pages)


def _hex(colour: Any) -> str:
    """A pdfplumber fill colour (grey or RGB) as RGB hex.

    >>> _hex((0.85,)), _hex([0.1215686274, 0.2196078431, 0.3921568627])
    ('D9D9D9', '1F3864')
    """
    values = tuple(colour) if isinstance(colour, list | tuple) else (colour,)
    values = values * 3 if len(values) == 1 else values
    return "".join(f"{round(float(v) * 255):02X}" for v in values[:3])


def ruling(page: Any) -> str:
    """``grid``, ``horizontal`` or ``none``: the rules a page draws (lines, rect sides)."""
    drawn = [e for e in page.edges if e.get("object_type") == "line" or e.get("stroke", True)]
    across = any(e["orientation"] == "h" and e["x1"] - e["x0"] > 20 for e in drawn)
    down = any(e["orientation"] == "v" and e["bottom"] - e["top"] > 3 for e in drawn)
    return "grid" if across and down else "horizontal" if across else "none"


def _chars(page: Any, keep: Any) -> str:
    return squash("".join(c["text"] for c in page.chars if keep(c)))


def _white(char: dict[str, Any]) -> bool:
    colour = char["non_stroking_color"]
    return isinstance(colour, list | tuple) and len(colour) in (1, 3) and min(colour) >= 0.99


def check_expected(
    pdf_path: Path, expect: dict[str, Any], records: list[dict[str, Any]]
) -> list[str]:
    """The features of ``expect`` (module doc) that the PDF does not show."""
    return list(_unmet(pdf_path, expect, records))


def _unmet(pdf_path: Path, expect: dict[str, Any], records: list[dict[str, Any]]) -> Iterator[str]:
    used = sorted({n for r in records for n in range(r["page"], r["page_end"] + 1)})
    split = sum(r["page_end"] > r["page"] for r in records)
    if split < expect.get("split_rows", 0) or used != expect.get("record_pages", used):
        yield f"records on pages {used}, {split} rows split over a page break"
    with pdfplumber.open(pdf_path) as pdf:
        pages = [pdf.pages[n - 1] for n in used]
        shape = "".join("L" if p.width > p.height else "P" for p in pdf.pages)
        if shape != expect.get("orientation", shape):
            yield f"pages {shape}, not {expect['orientation']}"
        rules = {ruling(page) for page in pages}
        if "ruling" in expect and rules != {expect["ruling"]}:
            yield f"ruling {sorted(rules)} on the pages with records, not {expect['ruling']}"
        fills = {_hex(r["non_stroking_color"]) for p in pages for r in p.rects if r["fill"]}
        yield from (
            f"no fill {c} on the record pages" for c in expect.get("fills", []) if c not in fills
        )
        text = [_chars(page, lambda c: True) for page in pdf.pages]
        kinds = {
            "bold": lambda c: "Bold" in c["fontname"], "white": _white,
            "rotated": lambda c: not c["upright"],
        }  # fmt: skip
        for kind, keep in kinds.items():
            printed = "".join(_chars(page, keep) for page in pdf.pages)
            yield from (
                f"not {kind}: {t!r}" for t in expect.get(kind, []) if squash(t) not in printed
            )
    every = "".join(text)
    for wanted in expect.get("printed", []):
        if squash(wanted) not in every:
            yield f"not printed: {wanted!r}"
    for wanted in expect.get("printed_once", []):
        if every.count(squash(wanted)) != 1:
            yield f"not printed once: {wanted!r}"
    for wanted in expect.get("silent", []):
        found = [n for n, page in enumerate(text, 1) if squash(wanted) in page]
        if not found or set(found) & set(used):
            yield f"{wanted!r} on pages {found}, not only on pages without records"
    for wanted in expect.get("every_record_page", []):
        missing = [n for n in used if squash(wanted) not in text[n - 1]]
        yield from ([f"{wanted!r} not on pages {missing}"] if missing else [])
