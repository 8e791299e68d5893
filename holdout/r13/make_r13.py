"""Renders the r13 samples from NAME.content.json and writes NAME.truth.json from the content.
page/page_end come from a pdfplumber read-back (r13lib.ReadBack). Never uses perfextract.

usage: make_r13.py NAME [NAME ...]   (content files are written by content_r13.py)"""
import json
import re
import sys
from pathlib import Path

from r13lib import FIELDS, TEXT_FIELDS, ReadBack, clean, sha256, soffice_pdf
from values13 import met as met_rule

HERE = Path(__file__).resolve().parent


# ====================================================================== truth
def records_of(content):
    """One record per indicator row (per year where the table has per-year columns)."""
    state = {"area": None, "strategic": None, "operational": None}

    def enter(h):
        lv = h["level"]
        if lv == "area":
            state.update(area=h, strategic=None, operational=None)
        elif lv == "strategic":
            state.update(strategic=h, operational=None)
        elif lv == "operational":
            state["operational"] = h

    recs, rows_of = [], []
    last = []
    for block in content["blocks"]:
        if block.get("hier"):
            enter(block["hier"])
        if block["type"] != "table" or block.get("role") != "indicators":
            continue
        cols = block["columns"]
        for row in block["rows"]:
            if "hier" in row:
                if row.get("area_reset"):
                    state.update(area=None, strategic=None, operational=None)
                enter(row["hier"])
                continue
            if "status_row" in row:
                for r in last:
                    sr = row["status_row"]
                    r["status"], r["status_text"] = sr["status"], sr["status_text"]
                    r["comment"] = sr.get("comment")
                continue
            if "cells" not in row:
                continue
            for h in row.get("hier_cells", []):
                enter(h)
            deepest = state["operational"] or state["strategic"] or state["area"]
            base = {k: None for k in FIELDS}
            if state["area"]:
                base["area_code"] = state["area"]["code"]
                base["area_title"] = state["area"]["title"]
            elif deepest and deepest.get("code"):
                segs = re.split(r"[._]", deepest["code"])
                base["area_code"] = "_".join(segs[:2]) if re.fullmatch(r"(19|20)\d\d", segs[0]) \
                    else segs[0]
            if deepest:
                base["objective_level"] = deepest["level"]
                base["objective_code"] = deepest.get("code")
                base["objective_title"] = deepest["title"]
            for col, cell in zip(cols, row["cells"]):
                f = col.get("field")
                if f in TEXT_FIELDS:
                    base[f] = clean(cell)
                elif f == "achievement":
                    base["achievement"] = row.get("achievement")
                elif f == "status":
                    base["status_text"] = clean(cell)
                    base["status"] = row["status"] if clean(cell) else None
            for k in ("status", "status_text", "comment"):
                if k in row:
                    base[k] = row[k]
            years = sorted({c["year"] for c in cols if c.get("field") in ("target", "actual")},
                           key=lambda y: (y is None, y or 0))
            last = []
            for y in years:
                rec = dict(base)
                rec["year"] = y
                v = row["values"].get(str(y) if y is not None else "-", {})
                for col, cell in zip(cols, row["cells"]):
                    if col.get("field") in ("target", "actual") and col["year"] == y:
                        rec[col["field"]] = clean(cell)
                for side in ("target", "actual"):
                    p = v.get(side) if rec[side] is not None else None
                    p = p or [None] * 4
                    (rec[f"{side}_operator"], rec[f"{side}_value"], rec[f"{side}_value_max"],
                     rec[f"{side}_unit"]) = p
                tp = [rec[f"target_{k}"] for k in ("operator", "value", "value_max", "unit")]
                ap = [rec[f"actual_{k}"] for k in ("operator", "value", "value_max", "unit")]
                rec["met"] = met_rule(tp, ap, rec["indicator"])
                if "met" in v and v["met"] != rec["met"]:
                    print(f"  !! met by hand {v['met']} != rule {rec['met']}: {rec['indicator'][:50]}")
                    rec["met"] = v["met"]
                recs.append(rec)
                rows_of.append(row)
                last.append(rec)
    return recs, rows_of


def write_truth(name, content, pdf, printed_cells):
    recs, rows_of = records_of(content)
    rb = ReadBack(pdf)
    seen = {}
    for rec, row in zip(recs, rows_of):
        key = id(row)
        if key not in seen:
            cells = printed_cells(row, content)
            main = next(c for c, col in zip(row["cells"], row_cols(content, row))
                        if col.get("field") == "indicator")
            seen[key] = rb.find_row([c for c in cells if clean(c)], main)
            extra = row.get("after_text")
            if extra:
                pg = seen[key]
                _, pe = rb.find_row([extra], extra)
                seen[key] = (pg[0], max(pg[1], pe))
        rec["page"], rec["page_end"] = seen[key]
    truth = {
        "schema": "perfextract/records@1",
        "_about": content["_about"],
        "source": {"path": f"{name}.pdf", "sha256": sha256(pdf), "pages": rb.pages},
        "document": content["document"],
        "indicators": recs,
        "warnings": [],
    }
    (HERE / f"{name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1))
    print(f"{name}: {rb.pages} pages, {len(recs)} records, "
          f"{len({id(r) for r in rows_of})} indicator rows")
    return truth


_ROWCOLS = {}


def row_cols(content, row):
    for b in content["blocks"]:
        if b["type"] == "table" and b.get("role") == "indicators" and any(r is row for r in b["rows"]):
            return b["columns"]
    raise KeyError


def default_cells(row, content):
    return row["cells"]


# ====================================================================== renderers
from render13 import RENDER  # noqa: E402


def make(name):
    content = json.loads((HERE / f"{name}.content.json").read_text())
    render, cells_fn = RENDER[content["layout"]]
    pdf = render(name, content)
    write_truth(name, content, pdf, cells_fn or default_cells)


if __name__ == "__main__":
    for n in sys.argv[1:]:
        make(n)
