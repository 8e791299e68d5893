#!/usr/bin/env python3
"""Round r1 blind samples: write NAME.content.json, render NAME.pdf, write NAME.truth.json.

The truth comes from the content only; page/page_end come from reading the PDF back with
pdfplumber (every cell's words must be found, contiguous, in its column).

usage: .venv/bin/python make_r1.py [NAME ...]
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pdfplumber

import values
from content_asp import CONTENT as ASP
from content_como import CONTENT as COMO
from content_parco import CONTENT as PARCO
from content_umbria import CONTENT as UMBRIA
from content_unione import CONTENT as UNIONE

HERE = Path(__file__).resolve().parent
ALL = {c["name"]: c for c in (ASP, PARCO, COMO, UNIONE, UMBRIA)}

RECORD_KEYS = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code",
               "objective_title", "indicator_code", "indicator", "type", "formula", "unit", "data_source",
               "weight", "baseline", "year", "target", "target_operator", "target_value",
               "target_value_max", "target_unit", "actual", "actual_operator", "actual_value",
               "actual_value_max", "actual_unit", "achievement", "notes", "status", "status_text",
               "comment", "met"]


def clean(text):
    if text is None:
        return None
    s = re.sub(r"\s+", " ", text).strip()
    return s or None


# ----------------------------------------------------------------------------- content walk


def flat_blocks(content):
    """Body blocks in document order, whatever the renderer's grouping."""
    if "blocks" in content:
        return content["blocks"]
    if "table" in content:  # parco: one indicator table, then the budget
        return [content["table"], content["budget"]]
    out = []
    for sheet in content["sheets"]:
        out.extend(sheet["blocks"])
    return out


def indicator_rows(content):
    """[(table, row)] of every indicator row in document order."""
    out = []
    for block in flat_blocks(content):
        if block["kind"] == "table" and block["role"] == "indicators":
            out.extend((block, r) for r in block["rows"] if r["kind"] == "ind")
    return out


def build_records(content, pages):
    """Records from the content; pages[i] = (page, page_end) of the i-th indicator row."""
    records = []
    area = strategic = operational = None
    k = 0

    def heading(h):
        nonlocal area, strategic, operational
        if h["level"] == "area":
            area, strategic, operational = h, None, None
        elif h["level"] == "strategic":
            strategic, operational = h, None
        elif h["level"] == "operational":
            operational = h

    for block in flat_blocks(content):
        if block["kind"] == "heading":
            heading(block)
            continue
        if block["kind"] != "table" or block["role"] != "indicators":
            continue
        for row in block["rows"]:
            if row["kind"] == "area":
                heading({"level": "area", "code": row["code"], "title": row["title"]})
                continue
            deepest = operational or strategic or area
            level = None if deepest is None else deepest["level"]
            base = {key: None for key in RECORD_KEYS}
            base.update(page=pages[k][0], page_end=pages[k][1])
            k += 1
            base["area_code"] = area["code"] if area else None
            base["area_title"] = area["title"] if area else None
            base["objective_level"] = level
            base["objective_code"] = deepest["code"] if deepest else None
            base["objective_title"] = deepest["title"] if deepest else None
            per_year = {}
            for field, cell in zip(block["fields"], row["cells"], strict=True):
                cell = clean(cell)
                if "@" in field:
                    name, year = field.split("@")
                    per_year.setdefault(int(year), {})[name] = cell
                elif field == "extra":
                    continue
                elif field == "achievement":
                    base["achievement"] = values.achievement(cell)
                elif field == "weight":
                    raise NotImplementedError
                else:
                    base[field] = cell
            if row.get("status"):
                base["status"] = row["status"]
                base["status_text"] = row["status_text"]
            comment = " ".join(x for x in [row.get("status_comment"), *row.get("comments", [])] if x)
            base["comment"] = clean(comment)
            years = sorted(per_year) or [block.get("year")]
            for year in years:
                rec = dict(base)
                rec["year"] = year
                rec.update(per_year.get(year, {}))
                tparsed = values.parse(rec["target"])
                aparsed = values.parse(rec["actual"])
                for side, parsed in (("target", tparsed), ("actual", aparsed)):
                    for key, v in zip(("operator", "value", "value_max", "unit"), parsed):
                        rec[f"{side}_{key}"] = v
                rec["met"] = values.met(tparsed, aparsed)
                records.append({key: rec[key] for key in RECORD_KEYS})
    assert k == len(pages)
    return records


# ----------------------------------------------------------------------------- read-back


def load_words(pdf_path, ignore_top, ignore_bottom):
    """Per page, the words outside the running header/footer zones, with line ids."""
    pages = []
    with pdfplumber.open(pdf_path) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            words = [w for w in page.extract_words(x_tolerance=1.5, y_tolerance=2)
                     if w["top"] > ignore_top and w["bottom"] < page.height - ignore_bottom]
            words.sort(key=lambda w: (round(w["top"]), w["x0"]))
            for w in words:
                w["page"] = number
            pages.append(words)
    return pages


def find_header(pages, labels, start):
    """(page index, word list index, lefts, header bottom) of the next header row at/after start."""
    firsts = [lab.split()[0] for lab in labels]
    for p in range(start[0], len(pages)):
        words = pages[p]
        for i, w in enumerate(words):
            if (p, i) < start or w["text"] != firsts[0]:
                continue
            lefts, prev, bottom = [w["x0"]], w, w["bottom"]
            for tok in firsts[1:]:
                cands = [v for v in words if v["text"] == tok and v["x0"] > prev["x0"] + 5
                         and abs(v["top"] - w["top"]) < 40]
                if not cands:
                    break
                prev = min(cands, key=lambda v: v["x0"])
                lefts.append(prev["x0"])
                bottom = max(bottom, prev["bottom"])
            else:
                return p, i, lefts, bottom
    raise AssertionError(f"header {labels} not found after {start}")


def column_streams(pages, start, end, lefts):
    """Tokens of each column between two positions of the document (page, index)."""
    streams = [[] for _ in lefts]
    edges = [x - 8 for x in lefts]
    for p in range(start[0], min(end[0] + 1, len(pages))):
        for i, w in enumerate(pages[p]):
            if (p, i) < start or (p, i) >= end:
                continue
            if w["x0"] < edges[0]:
                continue
            col = max(j for j, e in enumerate(edges) if w["x0"] >= e)
            streams[col].append(w)
    return streams


def match(text, stream, cursor):
    """First occurrence of text's characters (whitespace ignored, so a word broken at a hyphen
    still matches) in consecutive tokens; gaps allowed only at the top of a new page (a repeated
    header). Returns (first, last) token index."""
    target = re.sub(r"\s+", "", text)
    for i in range(cursor, len(stream)):
        if not target.startswith(stream[i]["text"]):
            continue
        pos, j, ok = len(stream[i]["text"]), i, True
        while pos < len(target):
            j += 1
            if j < len(stream) and not target.startswith(stream[j]["text"], pos) \
                    and stream[j]["page"] > stream[j - 1]["page"]:
                new_page = stream[j]["page"]  # continuation overleaf: skip a repeated header
                while j < len(stream) and stream[j]["page"] == new_page \
                        and not target.startswith(stream[j]["text"], pos):
                    j += 1
            if j >= len(stream) or not target.startswith(stream[j]["text"], pos):
                ok = False
                break
            pos += len(stream[j]["text"])
        if ok:
            return i, j
    return None


def leaf_labels(t):
    if len(t["header"]) == 1:
        return list(t["header"][0])
    return [lo or up for up, lo in zip(t["header"][0], t["header"][-1])]


def read_back(content, pdf_path):
    """(page, page_end) of every indicator row, checking every cell's words in its column.

    Tables are read in order; the next table's header is searched after the last word of the
    previous table's last row (so a header repeated overleaf is not taken for a new table)."""
    cfg = content.get("readback", {})
    pages = load_words(pdf_path, cfg.get("ignore_top", 0), cfg.get("ignore_bottom", 0))
    for p, words in enumerate(pages):
        for i, w in enumerate(words):
            w["idx"] = (p, i)
    tables = [b for b in flat_blocks(content) if b["kind"] == "table" and b["role"] == "indicators"]
    result, cursor = [], (0, 0)
    for t in tables:
        labels = leaf_labels(t)
        p, i, lefts, _bottom = find_header(pages, labels, cursor)
        streams = column_streams(pages, (p, i), (len(pages), 0), lefts)
        cursors = [0] * len(lefts)
        for j, lab in enumerate(labels):  # skip the header labels themselves
            target, acc = re.sub(r"\s+", "", lab), ""
            for k, w in enumerate(streams[j]):  # a narrow column may break a label inside a word
                acc = acc + w["text"] if target.startswith(acc + w["text"]) else ""
                if acc == target:
                    cursors[j] = k + 1
                    break
            else:
                raise AssertionError((t["header"], lab))
        last_word = (p, i)
        for row in t["rows"]:
            if row["kind"] != "ind":
                continue
            first_page, last_page, top, starts = None, 0, None, []
            for j, cell in enumerate(row["cells"]):
                if not (cell or "").strip():
                    continue
                m = match(cell, streams[j], cursors[j])
                assert m, f"{content['name']}: cell not found in column {j}: {cell[:60]!r}"
                a, b = streams[j][m[0]], streams[j][m[1]]
                if j == t["fields"].index("indicator"):
                    first_page, top = a["page"], a["top"]
                last_page = max(last_page, b["page"])
                last_word = max(last_word, b["idx"])
                cursors[j] = m[1] + 1
                starts.append((a["page"], round(a["top"])))
            # every cell starts on the indicator's first line (top-aligned cells)
            for pg, tp in starts:
                assert pg == first_page and abs(tp - top) < 6, \
                    (content["name"], row["cells"][1][:40], pg, tp, first_page, top)
            result.append((first_page, last_page))
        cursor = (last_word[0], last_word[1] + 1)
    return result


# ----------------------------------------------------------------------------- main


def convert(src: Path, outdir: Path):
    profile = "file:///tmp/lo-blind-r1"
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(outdir), str(src)], check=True, capture_output=True, timeout=240)


def build(name):
    content = ALL[name]
    (HERE / f"{name}.content.json").write_text(json.dumps(content, ensure_ascii=False, indent=1) + "\n",
                                               encoding="utf-8")
    pdf = HERE / f"{name}.pdf"
    if content["format"] == "docx":
        import render_docx
        src = HERE / f"{name}.docx"
        render_docx.render(content, src)
        convert(src, HERE)
    elif content["format"] == "xlsx":
        import render_xlsx
        src = HERE / f"{name}.xlsx"
        render_xlsx.render(content, src)
        convert(src, HERE)
    else:
        import render_rl
        render_rl.render(content, pdf)
    pages = read_back(content, pdf)
    records = build_records(content, pages)
    if name == "comune-como-2023-relazione":  # the layout feature this sample exists for
        assert any(e > p for p, e in pages), "no indicator row split over a page break"
    with pdfplumber.open(pdf) as doc:
        npages = len(doc.pages)
    truth = {
        "schema": "perfextract/records@1",
        "_about": f"Generated by blind/r1/make_r1.py from {name}.content.json (pages read back from the PDF).",
        "source": {"path": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": npages},
        "document": content["document"],
        "indicators": records,
        "warnings": [],
    }
    (HERE / f"{name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n",
                                             encoding="utf-8")
    print(f"{name}: {npages} pages, {len(records)} records, rows on pages {pages}")


if __name__ == "__main__":
    for name in sys.argv[1:] or list(ALL):
        build(name)
