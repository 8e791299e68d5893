#!/usr/bin/env python3
"""Build the two holdout3 reportlab samples (PDF), their content files and their ground truths.

* ``comune-verona-2023-relazione``: Comune di Verona, Relazione sulla performance 2023,
  a software export: landscape, 7 pt Helvetica, zebra rows, no vertical rules, one rule
  under a two-line header repeated on each page; one flat table with the hierarchy on every
  row, code and title in separate columns (``holdout3_rl_verona.py``).
* ``arpa-veneto-2024-piano``: ARPA Veneto, Piano della performance 2024-2026, portrait,
  9 pt: cover, table of contents, objectives as bold numbered paragraphs without a level
  word, each with a fully ruled table ``Indicatore | Baseline (2022) | Target 2024 |
  Target 2025 | Target 2026 | Fonte``, footnote markers inline ``(1)`` or raised, footnotes
  under the tables, a staff table (``holdout3_rl_arpa.py``).

The truth is built from the content alone (the hand-written annotations, mechanical rules
re-checked here); only ``page``/``page_end`` are read back from the PDF with pdfplumber.
Then the layout features are checked in the PDF (exit status 1 if one is missing).

usage: .venv/bin/python samples/make_holdout3_rl.py [NAME ...] [--out DIR]
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from . import holdout3_rl_arpa as arpa
from . import holdout3_rl_verona as verona
from .holdout3_rl_checks import check_arpa, check_verona
from .rl_records import page_streams, plain, squash
from .truth import (
    RECORD_KEYS,
    checked_met,
    load_content,
    percent_of,
    value_fields,
    write_truth,
)

HERE = Path(__file__).resolve().parents[1]
DEFAULT_OUT = HERE
Content = dict[str, Any]
Record = dict[str, Any]


# --------------------------------------------------------------------------- values


# --------------------------------------------------------------------------- records


def verona_records(sample: Content) -> tuple[list[Record], list[list[str]]]:
    """One record per row; also the printed cells of each row (to find its page)."""
    fields = [column["field"] for column in sample["columns"]]
    records, printed = [], []
    for row in sample["rows"]:
        cells = dict(zip(fields, row["cells"], strict=True))
        code, what = cells["objective_code"], cells["indicator_code"]
        if not re.fullmatch(r"\d+\.\d+\.\d+", code) or not what.startswith(f"{code}."):
            raise ValueError(f"{what}: codes do not nest under {code}")
        record: Record = dict.fromkeys(RECORD_KEYS)
        record.update(
            area_code=code.split(".")[0],
            objective_level="operational",
            objective_code=code,
            objective_title=plain(cells["objective_title"]),
            indicator_code=plain(what),
            indicator=plain(cells["indicator"]),
            unit=plain(cells["unit"]),
            target=plain(cells["target"]),
            actual=plain(cells["actual"]),
        )
        if row["weight"] != percent_of(cells["weight"], sign=False):
            raise ValueError(f"{what}: weight {row['weight']} vs {cells['weight']!r}")
        if row["achievement"] != percent_of(cells["achievement"], sign=False):
            raise ValueError(f"{what}: achievement {row['achievement']}")
        record.update(weight=row["weight"], achievement=row["achievement"])
        record.update(value_fields("target", row["target_parsed"], cells["target"], what))
        record.update(value_fields("actual", row["actual_parsed"], cells["actual"], what))
        record["met"] = checked_met(what, row["met"], row["target_parsed"], row["actual_parsed"])
        records.append(record)
        printed.append(row["cells"])
    return records, printed


def _text(cell: Any) -> str:
    """A cell's text without a superscript marker (footnote reference, not cell text)."""
    return str(cell["text"]) if isinstance(cell, dict) else str(cell)


def _printed(cell: Any) -> str:
    return f"{cell['text']}{cell['sup']}" if isinstance(cell, dict) else str(cell)


def _check_markers(objective: Content) -> None:
    """Every marker has its footnote under the table and every footnote a marker."""
    used = set()
    for row in objective["rows"]:
        for cell in [row["baseline"], *row["targets"]]:
            if isinstance(cell, dict):
                used.add(cell["sup"])
            used |= {f"({n})" for n in re.findall(r"\((\d)\)", _text(cell))}
    notes = {note.split(" ", 1)[0] for note in objective["footnotes"]}
    if used != notes:
        raise ValueError(f"{objective['code']}: markers {used} but footnotes {notes}")


def arpa_records(sample: Content) -> tuple[list[Record], list[list[str]]]:
    """One record per indicator and year (ascending); also each indicator row's cells."""
    years = sample["years"]
    if sample["headers"][2:5] != [f"Target {y}" for y in years]:
        raise ValueError("target headers do not match the years")
    records, printed, strategic = [], [], None
    for objective in sample["objectives"]:
        level, code, title = objective["level"], objective["code"], objective["title"]
        pattern = r"(\d+)\. (.+)" if level == "strategic" else r"(\d+\.\d+) (.+)"
        match = re.fullmatch(pattern, objective["text"])
        if not match or match.groups() != (code, title):
            raise ValueError(f"heading annotated wrongly: {objective['text']!r}")
        if level == "strategic":
            strategic = code
        elif strategic is None or not code.startswith(f"{strategic}."):
            raise ValueError(f"operational {code} not under strategic {strategic}")
        _check_markers(objective)
        for row in objective["rows"]:
            printed.append([_printed(c) for c in (row["indicator"], row["baseline"],
                                                   *row["targets"], row["source"])])  # fmt: skip
            for year, cell in zip(years, row["targets"], strict=True):
                parsed = row["parsed"][str(year)]
                what = f"{row['indicator'][:30]!r} {year}"
                record: Record = dict.fromkeys(RECORD_KEYS)
                record.update(
                    area_code=code.split(".")[0],
                    objective_level=level,
                    objective_code=code,
                    objective_title=title,
                    indicator=plain(row["indicator"]),
                    data_source=plain(row["source"]),
                    baseline=plain(_text(row["baseline"])),
                    year=year,
                    target=plain(_text(cell)),
                )
                record.update(value_fields("target", parsed, _text(cell), what))
                record.update(value_fields("actual", None, None, what))
                record["met"] = checked_met(what, None, parsed, None)
                records.append(record)
    return records, printed


# --------------------------------------------------------------------------- samples


def locate(pdf_path: Path, rows: list[list[str]]) -> list[tuple[int, int]]:
    """(page, page_end) of each row: where its indicator starts, its other cells checked
    to be on that page (reportlab never splits a table row)."""
    streams = page_streams(pdf_path)
    spans, page, offset = [], 0, 0
    for cells in rows:
        needle = squash(cells[0] if len(cells) < 10 else cells[3])[:40]
        while (found := streams[page].find(needle, offset)) < 0:
            page, offset = page + 1, 0
            if page == len(streams):
                raise ValueError(f"row not found in the PDF: {needle!r}")
        offset = found + len(needle)
        missing = [c for c in cells if squash(c) not in streams[page]]
        if missing:
            raise ValueError(f"cells of {needle!r} not on page {page + 1}: {missing}")
        spans.append((page + 1, page + 1))
    return spans


def make_sample(name: str, out: Path) -> list[str]:
    """Render one sample, write its content, PDF and truth; return the failed checks."""
    module: Any = verona if name.startswith("comune-verona") else arpa
    sample = load_content(name)
    pdf_path = out / f"{name}.pdf"
    if module is verona:
        records, rows = verona_records(sample)
        verona.render(sample, pdf_path)
        per_row = 1
    else:
        records, rows = arpa_records(sample)
        heading_pages = arpa.render(sample, pdf_path)
        per_row = len(sample["years"])
    spans = locate(pdf_path, rows)
    for index, record in enumerate(records):
        record.update(page=spans[index // per_row][0], page_end=spans[index // per_row][1])
    pages = len(page_streams(pdf_path))
    write_truth(sample, records, pdf_path, pages)
    used = sorted({r["page"] for r in records})
    problems = [] if len(used) >= 2 else ["the records do not run over two pages"]
    if module is verona:
        return problems + check_verona(pdf_path, sample, used)
    return problems + check_arpa(pdf_path, sample, used, heading_pages)


SAMPLES = dict.fromkeys(("comune-verona-2023-relazione", "arpa-veneto-2024-piano"), make_sample)
