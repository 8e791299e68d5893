#!/usr/bin/env python3
"""Build the holdout6 reportlab sample ``comune-bari-2023-relazione`` (PDF, content, truth).

Comune di Bari, Relazione sulla performance 2023: portrait, fully ruled 8.5 pt tables with
ABBREVIATED UPPERCASE headers ``COD. | INDICATORE | TIP. | U.M. | VAL. ATT. | VAL. RAGG. |
% RAGG.``, one table per operational objective; objectives as bold paragraphs
``OB. STRAT. 1 – …`` / ``OB. OP. 1.2 – …``; 12 indicators over 2 pages, one table split by
the page break with its header repeated. A legend follows the last table (not a comment).

Content and hand annotations are below (``[operator, value, value_max, unit]``, None: no
comparable quantity; achievement and met by hand, re-checked). The truth comes from the
content alone; only ``page``/``page_end`` are read back from the PDF with pdfplumber. The
layout is then checked in the PDF (exit status 1 if a feature is missing).

usage: .venv/bin/python samples/make_holdout6_rl.py [--out DIR]
"""

from __future__ import annotations

import itertools
from collections import Counter
from pathlib import Path
from typing import Any

import pdfplumber
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer, Table

from .make_holdout5_rl import _fonts, _p, _style, locate
from .rl_records import page_streams, plain, squash
from .truth import (
    RECORD_KEYS,
    expected_met,
    load_content,
    percent_of,
    value_fields,
    write_truth,
)

HERE = Path(__file__).resolve().parents[1]
DEFAULT_OUT = HERE
NAME = "comune-bari-2023-relazione"
Content = dict[str, Any]
Record = dict[str, Any]
GE, LE, EQ = ">=", "<=", "="


def heading_line(item: dict[str, Any]) -> str:
    return f"{item['label']} {item['code']} – {item['title']}"


# --------------------------------------------------------------------------- records


def records_of(sample: Content) -> tuple[list[Record], list[list[str]]]:
    """One record per indicator row; also each row's printed cells (to find its page)."""
    records, printed = [], []
    context: Record = {}
    for block in sample["body"]:
        if block["kind"] == "heading":
            context = {
                "area_code": block["code"].split(".")[0],
                "area_title": None,
                "objective_level": block["level"],
                "objective_code": block["code"],
                "objective_title": block["title"],
            }
            continue
        for item in block["rows"]:
            what = item["code"]
            if context["objective_level"] != "operational" or not what.startswith(
                f"{context['objective_code']}."
            ):
                raise ValueError(f"{what} not under an operational objective")
            if percent_of(item["achievement"]) != item["achievement_value"]:
                raise ValueError(f"{what}: achievement {item['achievement_value']}")
            record: Record = dict.fromkeys(RECORD_KEYS)
            record.update(context)
            record.update(
                indicator_code=what,
                indicator=plain(item["indicator"]),
                type=plain(item["type"]),
                unit=plain(item["unit"]),
                target=plain(item["target"]),
                actual=plain(item["actual"]),
                achievement=item["achievement_value"],
            )
            record.update(value_fields("target", item["target_parsed"], item["target"], what))
            record.update(value_fields("actual", item["actual_parsed"], item["actual"], what))
            if item["met"] != expected_met(item["target_parsed"], item["actual_parsed"]):
                raise ValueError(f"{what}: met {item['met']} disagrees with the parsed values")
            record["met"] = item["met"]
            records.append(record)
            printed.append([item["indicator"], what, item["target"], item["actual"]])
    return records, printed


# --------------------------------------------------------------------------- layout


def _page(canvas: Any, doc: Any) -> None:
    width, height = A4
    canvas.saveState()
    canvas.setFont("LS", 7.5)
    canvas.drawString(2 * cm, height - 1.2 * cm, "Comune di Bari")
    canvas.drawRightString(width - 2 * cm, height - 1.2 * cm, "Relazione sulla performance 2023")
    canvas.drawRightString(width - 2 * cm, 1.2 * cm, f"Pag. {doc.page}")
    canvas.restoreState()


def render(sample: Content, pdf_path: Path) -> None:
    width, height = A4
    margin = 2 * cm
    frame = Frame(margin, margin, width - 2 * margin, height - 2 * margin, id="body")
    doc = BaseDocTemplate(str(pdf_path), pagesize=A4, invariant=1,
                          title="Relazione sulla performance 2023",
                          author=sample["document"]["issuer"])  # fmt: skip
    doc.addPageTemplates([PageTemplate("body", [frame], onPage=_page)])
    story: list[Any] = [
        _p("COMUNE DI BARI", _style(16, True, spaceAfter=8)),
        _p("Relazione sulla performance 2023", _style(13, True, spaceAfter=10)),
        _p("1. Premessa", _style(10.5, True, spaceAfter=6)),
        *[_p(text, _style(9.5, alignment=4, spaceAfter=6)) for text in sample["intro"]],
        _p("2. Risultati degli obiettivi e degli indicatori", _style(10.5, True, spaceAfter=6)),
    ]
    heading = _style(9.5, True, spaceBefore=6, spaceAfter=4)
    cell, bold = _style(8.5), _style(8.5, True)
    usable = width - 2 * margin
    fixed = [1.2 * cm, 1.5 * cm, 1.1 * cm, 2.1 * cm, 2.4 * cm, 1.9 * cm]
    widths = [fixed[0], usable - sum(fixed), *fixed[1:]]
    for block in sample["body"]:
        if block["kind"] == "heading":
            story.append(_p(heading_line(block), heading))
            continue
        data: list[list[Any]] = [[_p(h, bold) for h in sample["headers"]]]
        keys = ("code", "indicator", "type", "unit", "target", "actual", "achievement")
        data += [[_p(item[k], cell) for k in keys] for item in block["rows"]]
        table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
        ])  # fmt: skip
        story += [table, Spacer(1, 4)]
    story.append(_p(sample["legend"], _style(7.5)))
    doc.build(story)


# --------------------------------------------------------------------------- checks


def check(pdf_path: Path, sample: Content, records: list[Record]) -> list[str]:
    """Portrait, rules on every table page, header repeated atop page 2, bold headings."""
    problems = []
    used = sorted({r["page"] for r in records})
    if used != [1, 2]:
        problems.append(f"records on pages {used}, not [1, 2]")
    pairs = [(a, b) for a, b in itertools.pairwise(records) if a["page"] < b["page"]]
    if not pairs or any(a["objective_code"] != b["objective_code"] for a, b in pairs):
        problems.append("no table is split by the page break")
    headings = [heading_line(b) for b in sample["body"] if b["kind"] == "heading"]
    with pdfplumber.open(pdf_path) as pdf:
        if any(p.width >= p.height for p in pdf.pages):
            problems.append("not portrait")
        for number in used:
            page = pdf.pages[number - 1]
            vertical = [ln for ln in page.lines if abs(ln["x0"] - ln["x1"]) < 0.1]
            horizontal = [ln for ln in page.lines if abs(ln["top"] - ln["bottom"]) < 0.1]
            if len(vertical) < 8 or len(horizontal) < 4:
                problems.append(f"page {number}: the tables are not ruled")
            sizes = {round(c["size"], 1) for c in page.chars if c["text"] in "≥%"}
            if sizes != {8.5}:
                problems.append(f"page {number}: table text not 8.5 pt ({sizes})")
        if len(pdf.pages) >= 2:
            second = pdf.pages[1]
            body = [w for w in second.extract_words() if w["top"] > 1.6 * cm]
            first_line = [w["text"] for w in body if w["top"] - body[0]["top"] < 15]
            if Counter(" ".join(sample["headers"]).split()) != Counter(first_line):
                problems.append(f"page 2 does not open with the repeated header: {first_line!r}")
        bold = "".join(
            "".join(c["text"] for c in page.chars if "Bold" in c["fontname"]) for page in pdf.pages
        )
        for line in headings:
            if squash(line) not in squash(bold):
                problems.append(f"heading not bold: {line!r}")
    return problems


# --------------------------------------------------------------------------- main


def make_sample(name: str, out: Path) -> list[str]:
    """Render the sample, write its PDF and truth; return the failed layout checks."""
    sample = load_content(name)
    pdf_path = out / f"{name}.pdf"
    _fonts()
    records, rows = records_of(sample)
    render(sample, pdf_path)
    for record, page in zip(records, locate(pdf_path, rows), strict=True):
        record.update(page=page, page_end=page)
    write_truth(sample, records, pdf_path, len(page_streams(pdf_path)))
    return check(pdf_path, sample, records)


SAMPLES = {"comune-bari-2023-relazione": make_sample}
