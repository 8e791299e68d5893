"""Render every r4 sample from its NAME.content.json and write NAME.truth.json FROM THE
CONTENT (never from any extractor). page/page_end come from reading the rendered PDF back
with pdfplumber (r4lib.ReadBack), which also asserts every cell's text is printed.

    .venv/bin/python content_r4.py      # (re)writes the content files from the source samples
    .venv/bin/python make_r4.py [NAME ...]
"""
from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

from r4lib import ReadBack, build_records, sha256, soffice_pdf
from render_calc import render_calc
from render_rl import render_rl
from render_word import render_word

HERE = Path(__file__).resolve().parent
NAMES = [
    "comune-lecce-2021-piano-calc",
    "atsinsubria-2023-relazione-wordgrid",
    "regione-marche-2022-relazione-rl",
    "universita-pisa-2023-relazione-landscape",
    "comune-perugia-2024-piano-calc",
]


def render(name, content):
    layout = content["layout"]
    pdf = HERE / f"{name}.pdf"
    tmp = Path(tempfile.mkdtemp(prefix="r4-"))
    if layout.startswith("calc"):
        src = HERE / f"{name}.xlsx"
        render_calc(content, src)
        shutil.copy(soffice_pdf(src, tmp), pdf)
    elif layout.startswith("word"):
        src = HERE / f"{name}.docx"
        render_word(content, src)
        shutil.copy(soffice_pdf(src, tmp), pdf)
        if any(b["type"] == "toc" for b in content["blocks"]):
            # second pass: the table of contents gets the pages the first pass printed
            rb = ReadBack(pdf)
            toc = {}
            for b in content["blocks"]:
                if b["type"] in ("heading", "hier"):
                    toc[b["text"]] = rb.find_text(b["text"], start_page=3)
            print("  toc:", toc)
            render_word(content, src, toc_pages=toc)
            shutil.copy(soffice_pdf(src, tmp), pdf)
    else:
        render_rl(content, pdf)
    shutil.rmtree(tmp, ignore_errors=True)
    return pdf


def row_cells(row, columns):
    """Texts of the row's own cells as printed (merged hierarchy/objective cells left out)."""
    out = []
    for col, val in zip(columns, row["cells"]):
        if col["field"] in ("objective", "hier:strategic", "hier:operational"):
            continue
        if val:
            out.append(val)
    return out


def main(names):
    for name in names:
        print("==", name)
        content = json.loads((HERE / f"{name}.content.json").read_text())
        pdf = render(name, content)
        records, rows = build_records(content)
        # columns of each row (the table the row is in)
        col_of = {}
        for b in content["blocks"]:
            if b["type"] == "table":
                for r in b["rows"]:
                    col_of[id(r)] = b["columns"]
        rb = ReadBack(pdf)
        found = {}
        for rec, row in zip(records, rows):
            if id(row) not in found:
                ind_col = [c["field"] for c in col_of[id(row)]].index("indicator")
                found[id(row)] = rb.find_row(row_cells(row, col_of[id(row)]),
                                             row["cells"][ind_col])
            rec["page"], rec["page_end"] = found[id(row)]
        truth = {
            "schema": "perfextract/records@1",
            "_about": f"Written by blind/r4/make_r4.py from {name}.content.json (content of "
                      f"samples/{content['source_sample']}, re-rendered); pages from a "
                      f"pdfplumber read-back of the rendered PDF.",
            "source": {"path": f"{name}.pdf", "sha256": sha256(pdf), "pages": rb.pages},
            "document": content["document"],
            "indicators": records,
            "warnings": [],
        }
        (HERE / f"{name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False,
                                                            indent=1))
        spread = sorted({(r["page"], r["page_end"]) for r in records})
        print(f"  {rb.pages} pages, {len(records)} records, (page, page_end): {spread}")


if __name__ == "__main__":
    main(sys.argv[1:] or NAMES)
