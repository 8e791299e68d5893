#!/usr/bin/env python3
"""Build the fourth pair of Word-made holdout reports (PDF) and their truths, independently.

For each sample NAME (``universita-pisa-2023-relazione``, ``comune-perugia-2024-piano``) it
takes the hand-written content of ``holdout4_word_content.py``, lays the report out with
python-docx (``holdout4_word_layouts.py``), exports it to PDF with LibreOffice Writer
headless (private profile ``/tmp/lo-holdout4-word``) and writes into the output folder:

* ``NAME.pdf``           the sample report;
* ``NAME.content.json``  the content rendered, with the hand-written parsed values;
* ``NAME.truth.json``    the ground truth in the shape of ``docs/RECORDS.md``. Every field
  comes from the content; only ``page``/``page_end`` are read back from the PDF with
  pdfplumber, by finding each indicator row's cell texts column by column.

Pisa: the area heading has no code (``area_code`` null, ``area_title`` as printed); the
merged ``Obiettivo`` cell ``OB.R.1 – Titolo`` is a strategic objective (an objective
column without a level word directly under an area); the indicator's code printed at the
start of the ``Indicatore`` cell stays in ``indicator`` (no code column: ``indicator_code``
null); ``Stato`` gives status and status_text. Perugia: no area heading, so the area code
is the operational objective code's first segment and ``area_title`` null; one record per
indicator and year (Target 2024 | 2025 | 2026). It then checks the layout features the
content's ``expect`` list names and exits with status 1 if one is missing.

usage: .venv/bin/python samples/make_holdout4_word.py [NAME ...] [--out DIR]

Needs python-docx, pdfplumber and LibreOffice (``soffice``) on PATH; never perfextract.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .holdout4_word_layouts import PAGE, build_document, check_layout
from .office import print_pdf
from .render_docx import plain
from .truth import check_met, load_content, new_record, value_fields, write_truth
from .word_layouts import find_cell_start, find_row_end, read_pdf

YEARS = (2024, 2025, 2026)

Record = dict[str, Any]
# One located row: the cells to find (table column order), the indicator column, records.
Located = tuple[list[str | None], int, list[Record]]


def record(context: Record, **fields: Any) -> Record:
    """Return a record with every key, the context and the fields set, ``met`` checked."""
    return check_met(new_record(context, **fields))


def pisa_tables(content: Any) -> list[list[Located]]:
    """Return, per table, the Pisa indicator rows and their records (pages unset)."""
    tables = []
    for area in content["areas"]:
        located: list[Located] = []
        for objective in area["objectives"]:
            context = {
                "area_code": None,
                "area_title": area["title"],
                "objective_level": "strategic",
                "objective_code": objective["code"],
                "objective_title": objective["title"],
            }
            for row in objective["rows"]:
                name, unit, baseline, target, actual, stato = (plain(c) for c in row["cells"])
                if content["status_words"].get(stato) is None or row["status"] != stato:
                    raise ValueError(f"status of {name!r} is not what the row prints")
                fields = {
                    "indicator": name, "unit": unit, "baseline": baseline,
                    "target": target, **value_fields("target", row["target"], target, name),
                    "actual": actual, **value_fields("actual", row["actual"], actual, name),
                    "status": content["status_words"][stato], "status_text": stato,
                    "met": row["met"],
                }  # fmt: skip
                located.append(([None, *row["cells"]], 1, [record(context, **fields)]))
        tables.append(located)
    return tables


def perugia_tables(content: Any) -> list[list[Located]]:
    """Return, per table, the Perugia indicator rows and their records (pages unset)."""
    tables = []
    for strategic in content["strategic"]:
        for operational in strategic["operational"]:
            code = operational["code"]
            if not code.startswith(strategic["code"] + "."):
                raise ValueError(f"objective {code} is not under {strategic['code']}")
            context = {
                "area_code": code.split(".")[0],
                "area_title": None,
                "objective_level": "operational",
                "objective_code": code,
                "objective_title": operational["title"],
            }
            located: list[Located] = []
            for row in operational["rows"]:
                name, formula, source, baseline, *targets = (plain(c) for c in row["cells"])
                records = []
                for year, target, parsed in zip(YEARS, targets, row["targets"], strict=True):
                    fields = {
                        "indicator": name, "formula": formula, "data_source": source,
                        "baseline": baseline, "year": year, "target": target,
                        **value_fields("target", parsed, target, name),
                        **value_fields("actual", None, None, name),
                    }  # fmt: skip
                    records.append(record(context, **fields))
                located.append((row["cells"], 0, records))
            tables.append(located)
    return tables


def locate(pdf_path: Path, content: Any, tables: list[list[Located]]) -> list[list[int]]:
    """Set page/page_end of every record from the PDF; return each table's row pages."""
    pages = read_pdf(pdf_path, PAGE)
    view = {"widths": content["widths"], "header": content["header"]}
    at = (0, 0.0)
    row_pages = []
    for table in tables:
        starts = []
        for cells, column, records in table:
            at = find_cell_start(pages, view, column, cells[column] or "", at)
            end = find_row_end(pages, view, cells, at)
            for item in records:
                item.update(page=at[0] + 1, page_end=end + 1)
            starts.append(at[0] + 1)
            at = (at[0], at[1] + 1)
        row_pages.append(starts)
    return row_pages


def make_sample(name: str, out: Path) -> list[str]:
    """Render one sample and write its PDF and truth; return the failed checks."""
    content = load_content(name)
    tables = pisa_tables(content) if content["layout"] == "areas" else perugia_tables(content)
    pdf_path = print_pdf(build_document(content), ".docx", out / f"{name}.pdf")
    row_pages = locate(pdf_path, content, tables)
    records = [item for table in tables for _, _, recs in table for item in recs]
    write_truth(content, records, pdf_path, len(read_pdf(pdf_path, PAGE)))
    return check_layout(pdf_path, content, row_pages)


SAMPLES = dict.fromkeys(
    ("universita-pisa-2023-relazione", "comune-perugia-2024-piano"), make_sample
)
