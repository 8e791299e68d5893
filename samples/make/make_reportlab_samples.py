#!/usr/bin/env python3
"""Build four sample reports (PDF) and their ground truths from their content files.

Samples (content in ``NAME.content.json`` next to this script):

* ``ministero-2022-relazione``   reportlab, every cell ruled; several small tables on one
  page, a budget table beside an indicator table, a landscape page turned by /Rotate 90;
* ``ao-padova-2023-relazione``   reportlab, borderless tables aligned by whitespace, cells
  wrapping over several lines, a table running over a page break with its header
  repeated, ``Risultato 2023`` (year 2023), an ``Esito`` status column;
* ``asl-roma3-2024-relazione``   reportlab, one rule under the header row only, an
  ``Obiettivo operativo`` column printed on an objective's first row, a table of
  contents and a page of prose with numbers;
* ``unioncamere-2023-relazione`` python-docx + LibreOffice, landscape, ruled tables with
  a two-row header (``Valore`` over ``Atteso | Raggiunto``), hierarchy and status rows
  merged across the table, one table headed ``Obiettivo`` over indicator names.

Every truth field comes from the content (parsed values are the hand-written annotations
there); only ``page``/``page_end`` are read back from the rendered PDF with pdfplumber.
Each sample's layout features are then checked in the PDF; the exit status is 1 if one
is missing.

usage: .venv/bin/python samples/make_reportlab_samples.py [NAME ...]

Needs reportlab, pdfplumber, python-docx and LibreOffice (``soffice``) on PATH.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pdfplumber

from . import rl_docx, rl_layouts
from .office import print_pdf
from .rl_records import (
    Content,
    Record,
    build_records,
    load_content,
    locate_pages,
    page_streams,
    squash,
)
from .truth import SAMPLES_DIR, write_truth

HERE = Path(__file__).resolve().parents[1]

Check = Callable[[Path, Content, list[Record], list[str]], list[str]]


def pages_of(records: list[Record]) -> dict[int, list[Record]]:
    """Group records by the page their row starts on."""
    grouped: dict[int, list[Record]] = defaultdict(list)
    for record in records:
        grouped[record["page"]].append(record)
    return grouped


def silent_pages(streams: list[str], marker: str, records: list[Record]) -> list[str]:
    """Problems if the pages holding ``marker`` are missing or hold records."""
    found = [n + 1 for n, stream in enumerate(streams) if squash(marker) in stream]
    print(f"  {marker!r} on pages {found}")
    busy = {r["page"] for r in records}
    problems = [f"page {n} with {marker!r} holds records" for n in found if n in busy]
    return problems or ([] if found else [f"{marker!r} not found"])


# --------------------------------------------------------------------------- checks


def check_ministero(
    pdf_path: Path, content: Content, records: list[Record], streams: list[str]
) -> list[str]:
    """Several tables on one page, a budget table beside indicators, a rotated page."""
    problems: list[str] = []
    by_page = pages_of(records)
    crowded = [p for p, rs in by_page.items() if len({r["objective_code"] for r in rs}) >= 3]
    print(f"  pages with indicator tables of 3+ objectives: {crowded}")
    if not crowded:
        problems.append("no page holds three small indicator tables")
    budget = [n + 1 for n, s in enumerate(streams) if squash("Stanziamenti per programma") in s]
    print(f"  budget table on pages {budget}")
    if not budget or not all(p in by_page for p in budget):
        problems.append("the budget table does not share a page with an indicator table")
    with pdfplumber.open(pdf_path) as pdf:
        rotated = [page.page_number for page in pdf.pages if page.rotation == 90]
    print(f"  /Rotate 90 pages {rotated}: {[len(by_page.get(p, [])) for p in rotated]} records")
    if not rotated or not all(p in by_page for p in rotated):
        problems.append("no rotated page holds an indicator table")
    return problems


def check_ao_padova(
    pdf_path: Path, content: Content, records: list[Record], streams: list[str]
) -> list[str]:
    """No rules at all on table pages; a table continued under a repeated header."""
    problems: list[str] = []
    by_page = pages_of(records)
    with pdfplumber.open(pdf_path) as pdf:
        ruled = [p for p in by_page if pdf.pages[p - 1].lines or pdf.pages[p - 1].rects]
    if ruled:
        problems.append(f"rules or boxes on table pages {ruled}")
    header = squash(" ".join(c["header"] for c in content["columns"]))
    continued = [
        p
        for p in by_page
        if p - 1 in by_page
        and header + squash(by_page[p][0]["indicator"])[:20] in streams[p - 1]
        and by_page[p][0]["objective_code"] == by_page[p - 1][-1]["objective_code"]
    ]
    print(f"  tables continued under a repeated header on pages {continued}")
    if not continued:
        problems.append("no table continues across a page break with its header repeated")
    if {r["year"] for r in records} != {2023}:
        problems.append("not every record has year 2023")
    return problems


def check_asl(
    pdf_path: Path, content: Content, records: list[Record], streams: list[str]
) -> list[str]:
    """Only a rule under each header row; TOC and prose pages yield nothing."""
    problems = silent_pages(streams, "Indice", records)
    problems += silent_pages(streams, "1.234.567 prestazioni", records)
    header = squash(content["columns"][0]["header"] + content["columns"][1]["header"])
    with pdfplumber.open(pdf_path) as pdf:
        for number in sorted(pages_of(records)):
            page = pdf.pages[number - 1]
            headers = streams[number - 1].count(header)
            flat = [e for e in page.edges if abs(e["top"] - e["bottom"]) < 0.5]
            if page.rects or len(page.edges) != headers or len(flat) != headers:
                problems.append(f"page {number}: {len(page.edges)} rules for {headers} headers")
    return problems


def check_unioncamere(
    pdf_path: Path, content: Content, records: list[Record], streams: list[str]
) -> list[str]:
    """Landscape pages, a two-row header repeated on a continuation page, status rows."""
    problems: list[str] = []
    with pdfplumber.open(pdf_path) as pdf:
        portrait = [p.page_number for p in pdf.pages if p.width < p.height]
    if portrait:
        problems.append(f"portrait pages {portrait}")
    tables = sum(1 for block in content["body"] if block["kind"] == "table")
    headed = [n + 1 for n, s in enumerate(streams) for _ in range(s.count("AttesoRaggiunto"))]
    print(f"  two-row header printed on pages {headed} ({tables} tables)")
    if len(headed) <= tables:
        problems.append("no table repeats its two-row header on a following page")
    if any(r["status"] is None for r in records):
        problems.append("a record without a status row")
    return problems


CHECKS: dict[str, tuple[str, Check]] = {
    "ministero-2022-relazione": ("reportlab", check_ministero),
    "ao-padova-2023-relazione": ("reportlab", check_ao_padova),
    "asl-roma3-2024-relazione": ("reportlab", check_asl),
    "unioncamere-2023-relazione": ("docx", check_unioncamere),
}


def make_sample(name: str, out: Path) -> list[str]:
    """Render one sample, write its truth and return the failed layout checks."""
    renderer, check = CHECKS[name]
    content = load_content(SAMPLES_DIR / f"{name}.content.json")
    records = build_records(content)
    pdf_path = out / f"{name}.pdf"
    if renderer == "reportlab":
        rl_layouts.render(content, rl_layouts.look_for(content), pdf_path)
    else:
        print_pdf(rl_docx.build_document(content), ".docx", pdf_path)
    streams = page_streams(pdf_path)
    for record, (page, page_end) in zip(records, locate_pages(streams, content), strict=True):
        record.update(page=page, page_end=page_end)
    write_truth(content, records, pdf_path, len(streams))
    print(f"  {len(records)} indicators on pages {sorted(pages_of(records))}")
    return check(pdf_path, content, records, streams)


SAMPLES = dict.fromkeys(CHECKS, make_sample)
