"""Read the holdout3 PDFs back (pdfplumber) and check that each layout feature is really there.

Independently of perfextract. Each check returns the missing features and prints what it
verified.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import Any

import pdfplumber

from .rl_records import squash

Content = dict[str, Any]


def _horizontal(raw: Any) -> list[dict[str, Any]]:
    return [line for line in raw.lines if abs(line["top"] - line["bottom"]) < 0.5]


def _vertical(raw: Any) -> list[dict[str, Any]]:
    return [line for line in raw.lines if abs(line["x0"] - line["x1"]) < 0.5]


def _line_ends(chars: list[dict[str, Any]]) -> dict[float, float]:
    """Rightmost x1 per text line (tops rounded)."""
    ends: dict[float, float] = {}
    for char in chars:
        if char["text"].strip():
            top = round(char["top"])
            ends[top] = max(ends.get(top, 0.0), char["x1"])
    return ends


# --------------------------------------------------------------------------- Verona


def check_verona(pdf_path: Path, sample: Content, pages_used: list[int]) -> list[str]:
    """Landscape; 7 pt Helvetica; zebra fills; no vertical rules; one rule under a two-line
    header repeated on every page; numbers right-aligned."""
    problems: list[str] = []
    columns = sample["columns"]
    grey_total, helvetica, others, right_ok = 0, 0, 0, 0
    with pdfplumber.open(pdf_path) as pdf:
        for raw in pdf.pages:
            number = raw.page_number
            if raw.width <= raw.height:
                problems.append(f"page {number}: not landscape")
            rules = _horizontal(raw)
            if _vertical(raw) or any(r["stroke"] for r in raw.rects):
                problems.append(f"page {number}: vertical rules or stroked boxes")
            if len(rules) != 1 or len(raw.lines) != 1:
                problems.append(f"page {number}: {len(raw.lines)} rules, not one header rule")
                continue
            rule = rules[0]
            head = [c for c in raw.chars if rule["top"] - 25 < c["top"] < rule["top"]]
            bold = [c for c in head if c["fontname"].endswith("Helvetica-Bold")]
            lines = sorted({round(c["top"]) for c in bold})
            words = squash("".join(c["text"] for c in bold))
            if len(lines) != 2 or any(squash("".join(c["lines"])) not in words for c in columns):
                problems.append(f"page {number}: header not on two bold lines above the rule")
            body = [c for c in raw.chars if c["top"] > rule["bottom"] and c["text"].strip()]
            body = [c for c in body if c["top"] < raw.height - 1.2 * 28.35]  # not the footer
            for char in body:
                if abs(char["size"] - 7.0) > 0.05:
                    problems.append(f"page {number}: body char {char['text']!r} not 7 pt")
                    break
            helvetica += sum(1 for c in body if c["fontname"] == "Helvetica")
            others += sum(1 for c in body if c["fontname"] != "Helvetica")
            greys = sorted(
                (r for r in raw.rects if r["fill"] and r["top"] > rule["bottom"] - 0.5),
                key=lambda r: r["top"],
            )
            if any(tuple(r["non_stroking_color"] or ()) != (0.9, 0.9, 0.9) for r in greys):
                problems.append(f"page {number}: fills other than the light grey")
            if number in pages_used and not greys:
                problems.append(f"page {number}: no zebra fills")
            if any(b["top"] - a["bottom"] < 3 for a, b in pairwise(greys)):
                problems.append(f"page {number}: grey rows not alternating")
            grey_total += len(greys)
            left = rule["x0"]
            for column in columns:
                right = left + column["width"]
                if column["align"] == "right":
                    cells = [c for c in body if left <= c["x0"] < right]
                    ends = list(_line_ends(cells).values())
                    if ends and max(ends) - min(ends) > 1.0:
                        problems.append(f"page {number}: {column['header']} not right-aligned")
                    right_ok += len(ends)
                left = right
    if helvetica < 0.95 * (helvetica + others):
        problems.append(f"body mostly not Helvetica ({helvetica} of {helvetica + others})")
    rows = len(sample["rows"])
    if abs(grey_total - rows // 2) > len(pages_used):
        problems.append(f"{grey_total} grey rows for {rows} rows: not zebra")
    print(f"  landscape; header (2 bold lines) + one rule on every page; {grey_total} grey "
          f"rows of {rows}; no vertical rules; 7 pt, {helvetica} Helvetica chars and "
          f"{others} from the fallback font (≤ ≥ €); {right_ok} right-aligned value "
          "lines")  # fmt: skip
    return problems


# --------------------------------------------------------------------------- ARPA


def _raised(raw: Any, size: float) -> list[dict[str, Any]]:
    """Digits printed smaller and raised above their line's baseline."""
    found = []
    chars = [c for c in raw.chars if c["text"].strip()]
    for char in chars:
        if not char["text"].isdigit() or char["size"] >= size - 1.0:
            continue
        neighbours = [
            c for c in chars
            if c is not char
            and min(abs(c["x1"] - char["x0"]), abs(char["x1"] - c["x0"])) < 3.0
            and char["size"] < 0.85 * c["size"] and abs(c["top"] - char["top"]) < c["size"]
        ]  # fmt: skip
        if any(c["bottom"] - char["bottom"] > 1.0 for c in neighbours):  # raised
            found.append(char)
    return found


def check_arpa(
    pdf_path: Path, sample: Content, pages_used: list[int], heading_pages: dict[str, int]
) -> list[str]:
    """Portrait; cover and TOC without records and with the right page numbers; bold numbered
    headings without a level word; fully ruled tables; raised markers; footnotes under the
    tables; the staff table on a page without records."""
    problems: list[str] = []
    objectives = sample["objectives"]
    sups = sum(
        1
        for o in objectives
        for r in o["rows"]
        for cell in [r["baseline"], *r["targets"]]
        if isinstance(cell, dict)
    )
    sups += sum(1 for o in objectives for n in o["footnotes"] if not n.startswith("("))
    raised_total = 0
    with pdfplumber.open(pdf_path) as pdf:
        pages = list(pdf.pages)
        texts = [squash("".join(c["text"] for c in p.chars)) for p in pages]
        if any(p.width >= p.height for p in pages):
            problems.append("a page is not portrait")
        if pages[0].lines or pages[0].rects or squash("Piano della performance") not in texts[0]:
            problems.append("page 1 is not a cover")
        if 1 in pages_used or 2 in pages_used:
            problems.append("records on the cover or the TOC page")
        toc = pages[1].extract_text() or ""
        if "Indice" not in toc:
            problems.append("page 2 is not the table of contents")
        for objective in objectives:
            page = heading_pages[objective["code"]]
            entry = f"{objective['text']} {page}"
            if entry not in toc:
                problems.append(f"TOC entry missing or wrong: {entry!r}")
            raw = pages[page - 1]
            bold = [
                line["text"]
                for line in raw.extract_text_lines(return_chars=True)
                if all("Bold" in c["fontname"] for c in line["chars"] if c["text"].strip())
            ]
            if objective["text"] not in bold:
                problems.append(f"heading not bold on page {page}: {objective['text']!r}")
            if "obiettivo" in objective["text"].lower():
                problems.append(f"heading with a level word: {objective['text']!r}")
        for number in pages_used:
            raw = pages[number - 1]
            xs = {round(v["x0"]) for v in _vertical(raw)}
            if len(xs) < 7 or len(_horizontal(raw)) < 3:
                problems.append(f"page {number}: indicator tables not fully ruled")
            if any(abs(c["size"] - 9.0) > 0.05 for c in raw.chars if c["top"] > 0 and
                   "Bold" not in c["fontname"] and c["size"] > 8):  # fmt: skip
                problems.append(f"page {number}: body text not 9 pt")
        for raw in pages:
            raised_total += len(_raised(raw, 9.0 if raw.page_number > 1 else 0))
        for objective in objectives:
            for note in objective["footnotes"]:
                problems += _footnote_below(pages, note)
        staff = [p.page_number for p, t in zip(pages, texts, strict=True)
                 if squash("ProfiloUnitàFTE") in t]  # fmt: skip
        if len(staff) != 1 or staff[0] in pages_used:
            problems.append(f"staff table pages {staff}: not one page without records")
    if raised_total != sups:
        problems.append(f"{raised_total} raised small digits, {sups} superscript markers expected")
    inline = sum(1 for o in objectives for r in o["rows"] for t in r["targets"] if "(" in str(t))
    print(f"  portrait; cover p.1, TOC p.2 with the right page numbers; bold numbered "
          f"headings without a level word; ruled tables on pages {pages_used}; "
          f"{raised_total} raised digits ({sups} superscript markers), {inline} targets "
          f"with inline '(n)'; footnotes under their tables; staff table on page "
          f"{staff}")  # fmt: skip
    return problems


def _footnote_below(pages: list[Any], note: str) -> list[str]:
    """A footnote is printed right below a table rule (within 45 pt)."""
    wanted = squash(note.split(" ", 1)[1])[:30]
    for raw in pages:
        for line in raw.extract_text_lines():
            if wanted[:20] in squash(line["text"]):
                rules = [h for h in _horizontal(raw) if 0 < line["top"] - h["top"] < 45]
                return [] if rules else [f"footnote not under a table: {note[:40]!r}"]
    return [f"footnote not printed: {note[:40]!r}"]
