#!/usr/bin/env python3
"""Build the two holdout5 reportlab samples (PDF), their content files and their ground truths.

* ``inps-2023-relazione``: INPS, Relazione sulla performance 2023, portrait: page 1 with
  two-column prose (two frames side by side), then one fully ruled table ``Codice |
  Indicatore | Target 2023 | Risultato 2023 | Grado di raggiungimento`` with objective rows
  (merged, bold) and a merged ``Note: …`` row after every indicator.
* ``agenzia-dogane-2022-piano``: ADM, Piano della performance 2022-2024, landscape, 8 pt,
  borderless; ``Area | Obiettivo | Indicatore | Formula | Target 2022 | 2023 | 2024``, Area
  and Obiettivo printed on the first row of their group only; header repeated.

Content and annotations: ``holdout5_rl_content.py``. The truth comes from the content
alone; only ``page``/``page_end`` are read back from the PDF with pdfplumber. The layout
features are then checked in the PDF (exit status 1 if one is missing).

usage: .venv/bin/python samples/make_holdout5_rl.py [NAME ...] [--out DIR]
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pdfplumber
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)  # fmt: skip

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
FONTS = {
    "LS": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LS-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
}
Content = dict[str, Any]
Record = dict[str, Any]


def _fonts() -> None:
    for name, path in FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))


def _style(size: float, bold: bool = False, **kw: Any) -> ParagraphStyle:
    font = "LS-Bold" if bold else "LS"
    return ParagraphStyle(f"s{size}{bold}", fontName=font, fontSize=size, leading=size * 1.2, **kw)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


# --------------------------------------------------------------------------- values


# --------------------------------------------------------------------------- records


def inps_records(sample: Content) -> tuple[list[Record], list[list[str]]]:
    """One record per indicator row; also the printed cells of each row (to find its page)."""
    records, printed, context = [], [], {}
    for item in sample["body"]:
        if item["kind"] == "heading":
            context = {
                "area_code": item["code"].split(".")[0],
                "area_title": None,
                "objective_level": item["level"],
                "objective_code": item["code"],
                "objective_title": item["title"],
            }
            continue
        what = item["code"]
        if not what.startswith(f"{context['objective_code']}."):
            raise ValueError(f"{what} not under {context['objective_code']}")
        if percent_of(item["achievement"]) != item["achievement_value"]:
            raise ValueError(f"{what}: achievement {item['achievement_value']}")
        if not item["note"].startswith("Note: "):
            raise ValueError(f"{what}: the note row has no label")
        record: Record = dict.fromkeys(RECORD_KEYS)
        record.update(context)
        record.update(
            indicator_code=what,
            indicator=plain(item["indicator"]),
            year=sample["year"],
            target=plain(item["target"]),
            actual=plain(item["actual"]),
            achievement=item["achievement_value"],
            comment=plain(item["note"]),
        )
        record.update(value_fields("target", item["target_parsed"], item["target"], what))
        record.update(value_fields("actual", item["actual_parsed"], item["actual"], what))
        if item["met"] != expected_met(item["target_parsed"], item["actual_parsed"]):
            raise ValueError(f"{what}: met {item['met']} disagrees with the parsed values")
        record["met"] = item["met"]
        records.append(record)
        printed.append([item["indicator"], item["code"], item["target"], item["actual"],
                        item["note"]])  # fmt: skip
    return records, printed


def dogane_records(sample: Content) -> tuple[list[Record], list[list[str]]]:
    """One record per indicator and year (ascending); also each row's printed cells."""
    years = sample["years"]
    if sample["headers"][4:] != [f"Target {y}" for y in years]:
        raise ValueError("target headers do not match the years")
    records, printed = [], []
    for row in sample["rows"]:
        if row["area"] and row["area"] != f"{row['area_code']} – {row['area_title']}":
            raise ValueError(f"area cell annotated wrongly: {row['area']!r}")
        if row["objective"] and row["objective"] != (
            f"{row['objective_code']} – {row['objective_title']}"
        ):
            raise ValueError(f"objective cell annotated wrongly: {row['objective']!r}")
        if not row["objective_code"].startswith(f"{row['area_code']}."):
            raise ValueError(f"{row['objective_code']} not under area {row['area_code']}")
        for year, cell, parsed in zip(years, row["targets"], row["targets_parsed"], strict=True):
            what = f"{row['indicator'][:30]!r} {year}"
            record: Record = dict.fromkeys(RECORD_KEYS)
            record.update(
                area_code=row["area_code"],
                area_title=row["area_title"],
                objective_level="strategic",
                objective_code=row["objective_code"],
                objective_title=row["objective_title"],
                indicator=plain(row["indicator"]),
                formula=plain(row["formula"]),
                year=year,
                target=plain(cell),
            )
            record.update(value_fields("target", parsed, cell, what))
            record.update(value_fields("actual", None, None, what))
            records.append(record)
        printed.append([row["indicator"], row["formula"], *[t for t in row["targets"] if t]])
    return records, printed


# --------------------------------------------------------------------------- layout


def _inps_page(canvas: Any, doc: Any) -> None:
    width, _ = A4
    canvas.saveState()
    canvas.setFont("LS", 7.5)
    canvas.drawString(2 * cm, 1.2 * cm, "INPS – Relazione sulla performance 2023")
    canvas.drawRightString(width - 2 * cm, 1.2 * cm, str(doc.page))
    canvas.restoreState()


def render_inps(sample: Content, pdf_path: Path) -> None:
    """Title and two-column prose on page 1, then the ruled table."""
    width, height = A4
    margin, gutter = 2 * cm, 0.8 * cm
    column = (width - 2 * margin - gutter) / 2
    title_h = 4 * cm
    body_h = height - 2 * margin - title_h
    first = [
        Frame(margin, height - margin - title_h, width - 2 * margin, title_h, id="title"),
        Frame(margin, margin, column, body_h, id="left"),
        Frame(margin + column + gutter, margin, column, body_h, id="right"),
    ]
    body = [Frame(margin, margin, width - 2 * margin, height - 2 * margin, id="body")]
    doc = BaseDocTemplate(str(pdf_path), pagesize=A4, invariant=1,
                          title="Relazione sulla performance 2023",
                          author=sample["document"]["issuer"])  # fmt: skip
    doc.addPageTemplates([PageTemplate("first", first, onPage=_inps_page),
                          PageTemplate("body", body, onPage=_inps_page)])  # fmt: skip
    prose = _style(9.5, alignment=4, spaceAfter=6)
    half = (len(sample["prose"]) + 1) // 2  # the left column ends at a paragraph
    story: list[Any] = [
        _p("ISTITUTO NAZIONALE DELLA PREVIDENZA SOCIALE", _style(15, True, spaceAfter=8)),
        _p("Relazione sulla performance 2023", _style(13, True, spaceAfter=6)),
        _p("1. Presentazione e sintesi dei risultati", _style(10.5, True)),
        FrameBreak(),
        *[_p(text, prose) for text in sample["prose"][:half]],
        FrameBreak(),
        *[_p(text, prose) for text in sample["prose"][half:]],
        NextPageTemplate("body"),
        PageBreak(),
        _p("2. Obiettivi e indicatori: risultati 2023", _style(10.5, True, spaceAfter=8)),
    ]
    cell, bold = _style(8.5), _style(8.5, True)
    data: list[list[Any]] = [[_p(h, bold) for h in sample["headers"]]]
    spans = []
    for item in sample["body"]:
        if item["kind"] == "heading":
            text = f"{item['label']} {item['code']} – {item['title']}"
            row: list[Any] = [_p(text, bold), "", "", "", ""]
        else:
            keys = ("code", "indicator", "target", "actual", "achievement")
            data.append([_p(item[k], cell) for k in keys])
            row = [_p(item["note"], _style(8, textColor=colors.Color(0.2, 0.2, 0.2))), *[""] * 4]
        spans.append(("SPAN", (0, len(data)), (-1, len(data))))
        data.append(row)
    usable = width - 2 * margin
    widths = [1.5 * cm, usable - 1.5 * cm - 3 * 3.1 * cm, 3.1 * cm, 3.1 * cm, 3.1 * cm]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.88, 0.94)),
        *spans,
    ])  # fmt: skip
    story.append(table)
    doc.build(story)


def _dogane_page(canvas: Any, doc: Any) -> None:
    width, height = landscape(A4)
    canvas.saveState()
    canvas.setFont("LS", 8)
    canvas.drawString(1.5 * cm, height - 1 * cm, "Agenzia delle Dogane e dei Monopoli")
    canvas.drawRightString(width - 1.5 * cm, height - 1 * cm, "Piano della performance 2022-2024")
    canvas.drawRightString(width - 1.5 * cm, 0.8 * cm, f"Pagina {doc.page}")
    canvas.restoreState()


def render_dogane(sample: Content, pdf_path: Path) -> None:
    """Intro, then the borderless 8 pt table with the header repeated."""
    width, height = landscape(A4)
    frame = Frame(1.5 * cm, 1.3 * cm, width - 3 * cm, height - 2.8 * cm, id="body")
    doc = BaseDocTemplate(str(pdf_path), pagesize=(width, height), invariant=1,
                          title="Piano della performance 2022-2024",
                          author=sample["document"]["issuer"])  # fmt: skip
    doc.addPageTemplates([PageTemplate("body", [frame], onPage=_dogane_page)])
    story: list[Any] = [
        _p("AGENZIA DELLE DOGANE E DEI MONOPOLI", _style(14, True, spaceAfter=6)),
        _p("Piano della performance 2022-2024", _style(12, True, spaceAfter=10)),
        _p("3. Obiettivi, indicatori e target del triennio", _style(10, True, spaceAfter=6)),
        *[_p(text, _style(9, spaceAfter=6)) for text in sample["intro"]],
        Spacer(1, 6),
    ]
    cell, bold = _style(8), _style(8, True)
    data: list[list[Any]] = [[_p(h, bold) for h in sample["headers"]]]
    for row in sample["rows"]:
        cells = [row["area"], row["objective"], row["indicator"], row["formula"], *row["targets"]]
        data.append([_p(c, cell) for c in cells])
    widths = [3.6 * cm, 4 * cm, 6.2 * cm, 6.9 * cm, 2.1 * cm, 2.1 * cm, 2.1 * cm]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 9)])  # fmt: skip
    story.append(table)
    doc.build(story)


# --------------------------------------------------------------------------- checks


def locate(pdf_path: Path, rows: list[list[str]]) -> list[int]:
    """1-based page of each row: where its first cell is found, the others checked there."""
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


def check_inps(pdf_path: Path, headers: list[str], used: list[int]) -> list[str]:
    problems = []
    with pdfplumber.open(pdf_path) as pdf:
        if any(p.width >= p.height for p in pdf.pages):
            problems.append("not portrait")
        first = pdf.pages[0]
        mid = first.width / 2
        words = [w for w in first.extract_words() if w["top"] > 6 * cm]
        if any(w["x0"] < mid < w["x1"] for w in words):
            problems.append("page 1: a word crosses the gutter")
        left = {round(w["top"]) for w in words if w["x1"] < mid}
        right = {round(w["top"]) for w in words if w["x0"] > mid}
        if len(left & right) < 10:
            problems.append("page 1: no two-column prose")
        if first.lines:
            problems.append("page 1 has rules")
        for number in used:
            page = pdf.pages[number - 1]
            vertical = [ln for ln in page.lines if abs(ln["x0"] - ln["x1"]) < 0.1]
            horizontal = [ln for ln in page.lines if abs(ln["top"] - ln["bottom"]) < 0.1]
            if len(vertical) < 6 or len(horizontal) < 6:
                problems.append(f"page {number}: the table is not ruled")
            if not all(squash(h) in squash(page.extract_text() or "") for h in headers):
                problems.append(f"page {number}: header missing")
    return problems


def check_dogane(pdf_path: Path, headers: list[str], used: list[int]) -> list[str]:
    problems = []
    with pdfplumber.open(pdf_path) as pdf:
        if any(p.width <= p.height for p in pdf.pages):
            problems.append("not landscape")
        for page in pdf.pages:
            if page.lines or page.rects or page.curves:
                problems.append(f"page {page.page_number}: rules or fills present")
        for number in used:
            page = pdf.pages[number - 1]
            text = squash(page.extract_text() or "")
            if not all(squash(h) in text for h in headers):
                problems.append(f"page {number}: header not repeated")
            sizes = {round(c["size"], 1) for c in page.chars if c["top"] > 3 * cm}
            if number > 1 and sizes != {8.0}:
                problems.append(f"page {number}: table not 8 pt ({sizes})")
    return problems


# --------------------------------------------------------------------------- main


def make_sample(name: str, out: Path) -> list[str]:
    """Render one sample, write its content, PDF and truth; return the failed checks."""
    inps = name.startswith("inps")
    sample = load_content(name)
    pdf_path = out / f"{name}.pdf"
    _fonts()
    if inps:
        records, rows = inps_records(sample)
        render_inps(sample, pdf_path)
    else:
        records, rows = dogane_records(sample)
        render_dogane(sample, pdf_path)
    per_row = 1 if inps else len(sample["years"])
    pages_of_rows = locate(pdf_path, rows)
    for index, record in enumerate(records):
        page = pages_of_rows[index // per_row]
        record.update(page=page, page_end=page)
    pages = len(page_streams(pdf_path))
    write_truth(sample, records, pdf_path, pages)
    used = sorted({r["page"] for r in records})
    problems = [] if len(used) >= 2 else ["the records do not run over two pages"]
    if inps:
        return problems + check_inps(pdf_path, sample["headers"], used)
    return problems + check_dogane(pdf_path, sample["headers"], used)


SAMPLES = dict.fromkeys(("inps-2023-relazione", "agenzia-dogane-2022-piano"), make_sample)
