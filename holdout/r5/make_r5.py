"""Render every r5 sample from NAME.content.json and write NAME.truth.json FROM THE CONTENT
(never from any extractor). page/page_end from a pdfplumber read-back of the rendered PDF.
    .venv/bin/python content_r5.py && .venv/bin/python make_r5.py [NAME ...]
"""
from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

from r5lib import ReadBack, build_records, sha256, soffice_pdf

HERE = Path(__file__).resolve().parent
NAMES = ["comune-torino-2024-peg", "asst-spedali-civili-2023-relazione",
         "universita-padova-2025-piano", "camera-commercio-genova-2021-relazione",
         "regione-liguria-2022-relazione"]


def render(c):
    name = c["name"]
    pdf = HERE / f"{name}.pdf"
    lay = c["layout"]
    if lay == "rl-plan":
        from render_rl import render_unipd
        render_unipd(c, pdf)
    elif lay == "rl-export":
        from render_rl import render_liguria
        render_liguria(c, pdf)
    else:
        tmp = Path(tempfile.mkdtemp(prefix="r5-"))
        if lay == "calc-budget":
            from render_calc import render_asst
            src = HERE / f"{name}.xlsx"
            render_asst(c, src)
        else:
            from render_word import render_word
            src = HERE / f"{name}.docx"
            render_word(c, src)
        shutil.copy(soffice_pdf(src, tmp), pdf)
        shutil.rmtree(tmp, ignore_errors=True)
    return pdf


def main(names):
    for name in names:
        print("==", name)
        c = json.loads((HERE / f"{name}.content.json").read_text())
        pdf = render(c)
        rb = ReadBack(pdf)
        recs = []
        for row in c["rows"]:
            pg, pe = rb.find_row(row["print"], row["main"])
            rs = build_records([row])
            for r in rs:
                r["page"], r["page_end"] = pg, pe
            recs += rs
        truth = {"schema": "perfextract/records@1",
                 "_about": f"Written by blind/r5/make_r5.py from {name}.content.json; pages from a "
                           f"pdfplumber read-back of the rendered PDF.",
                 "source": {"path": f"{name}.pdf", "sha256": sha256(pdf), "pages": rb.pages},
                 "document": c["document"], "indicators": recs, "warnings": []}
        (HERE / f"{name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1))
        spread = sorted({(r["page"], r["page_end"]) for r in recs})
        print(f"  {rb.pages} pages, {len(recs)} records, (page, page_end): {spread}")


if __name__ == "__main__":
    main(sys.argv[1:] or NAMES)
