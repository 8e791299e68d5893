"""Round r3: render every sample PDF from its content file and write NAME.truth.json from the content.

    .venv/bin/python make_r3.py [NAME ...]
Pages of each record come from reading the rendered PDF back (r3lib.ReadBack)."""
import json
import sys

from r3lib import Hier, ReadBack, records_from, write_truth, head_words, tail_words, ws

import render_word
import render_calc
import render_rl

RENDER = {
    "asl-lecce-2022-relazione": render_word.lecce,
    "comune-parma-2023-relazione": render_calc.parma,
    "ministero-ambiente-2024-piano": render_rl.mase,
    "provincia-bergamo-2022-relazione": render_word.bergamo,
    "unioncamere-lombardia-2023-relazione": render_rl.unioncamere,
}


def walk(content):
    """Yield (rec, hier-copy-fields) in document order, following headings in blocks and in tables."""
    hier = Hier()
    for b in content["blocks"]:
        if b["t"] == "h":
            hier.heading(b)
        elif b["t"] == "scheda":
            yield b["rec"], b["rows"], hier
        elif b["t"] == "itable":
            for it in b["items"]:
                if "h" in it:
                    hier.heading(it["h"])
                else:
                    yield it["rec"], it.get("cells"), hier


def truth(name):
    content = json.load(open(f"{name}.content.json"))
    pdf = RENDER[name](content)
    rb = ReadBack(pdf)
    recs = []
    for rec, cells, hier in walk(content):
        first = rec.get("af") or head_words(rec["indicator"], 3)
        if cells and isinstance(cells[0], list):      # scheda: [key, value] rows
            texts = [v for _, v in cells if v]
        else:
            texts = [c for c in (cells or []) if c]
        lasts = rec.get("al") or [tail_words(t, 2) for t in texts]
        page, page_end, _ = rb.locate(first, lasts)
        for r in records_from(rec, hier):
            r["page"], r["page_end"] = page, page_end
            recs.append(r)
    out = write_truth(name, content, recs, pdf)
    spl = [(r["indicator"][:40], r["page"], r["page_end"]) for r in recs if r["page"] != r["page_end"]]
    print(f"{name}: {len(recs)} records, {out['source']['pages']} pages; split rows: {spl}")


if __name__ == "__main__":
    for n in sys.argv[1:] or RENDER:
        truth(n)
