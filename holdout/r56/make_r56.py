#!/usr/bin/env python3
"""Round r56: objective boxes (Word tables) with nested / banded indicator tables.

Writes NAME.content.json, renders NAME.docx -> NAME.pdf (LibreOffice), writes NAME.truth.json
from the content; page/page_end from a pdfplumber read-back.
usage: .venv/bin/python make_r56.py
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pdfplumber
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from content_r56 import ALL

HERE = Path(__file__).resolve().parent
FONT = "Calibri"
BLUE = RGBColor(0x1F, 0x4E, 0x79)

# ------------------------------------------------------------------ docx helpers


def borders(table, sz=4):
    tbl_pr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        b.append(el)
    tbl_pr.append(b)


def shade(cell, fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def widths(table, ws):
    tbl_pr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tbl_pr.append(lay)
    for row in table.rows:
        for cell, w in zip(row.cells, ws):
            cell.width = Cm(w)
    for col, w in zip(table.columns, ws):
        col.width = Cm(w)


def repeat_header(row):
    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def write(target, text, size=9.5, bold=False, italic=False, align=None, color=None):
    par = target.paragraphs[0] if hasattr(target, "paragraphs") else target
    run = par.add_run(text)
    run.font.size = Pt(size)
    run.font.name = FONT
    run.bold = bold or None
    run.italic = italic or None
    if color is not None:
        run.font.color.rgb = color
    if align is not None:
        par.alignment = align
    par.paragraph_format.space_before = Pt(1.5)
    par.paragraph_format.space_after = Pt(1.5)
    return par


def page_field(par):
    run = par.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)
    run.font.size = Pt(8)


C = WD_ALIGN_PARAGRAPH.CENTER

# ------------------------------------------------------------------ rendering


def key_rows(content, box):
    """(label, value) rows of the box above the indicators."""
    if content["mode"] == "mixed":
        return [("Obiettivo strategico DUP", f"{box['strat'][0]} – {box['strat'][1]}"),
                ("Obiettivo operativo", f"{box['code']} – {box['title']}"),
                ("Dirigente responsabile", box["resp"]), ("Peso obiettivo", box["peso"]),
                ("Descrizione", box["descr"])]
    lab = "Struttura responsabile" if content["mode"] == "band" else "Responsabile"
    return [(lab, box["resp"]), ("Peso", box["peso"]), ("Descrizione", box["descr"])]


def box_title(content, box):
    if content["mode"] == "mixed":
        return "SCHEDA OBIETTIVO"
    return f"{box['label']} {box['code']} – {box['title']}"


def nested_box(doc, content, box):
    """Two-column box; the indicators are a real table nested in the last row's right cell."""
    keys = key_rows(content, box)
    t = doc.add_table(rows=2 + len(keys), cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [4.0, 13.0])
    borders(t, 6)
    top = t.cell(0, 0).merge(t.cell(0, 1))
    write(top, box_title(content, box), 10.5, bold=True, color=BLUE)
    shade(top, "DEEAF6")
    for i, (k, v) in enumerate(keys, 1):
        write(t.cell(i, 0), k, 9.5, bold=True)
        shade(t.cell(i, 0), "F2F2F2")
        write(t.cell(i, 1), v, 9.5, bold=k.startswith("Obiettivo"))
    last = len(keys) + 1
    write(t.cell(last, 0), "Indicatori", 9.5, bold=True)
    shade(t.cell(last, 0), "F2F2F2")
    cell = t.cell(last, 1)
    head = content["inner_header"]
    inner = cell.add_table(rows=1 + len(box["inds"]), cols=len(head))
    ws = [6.0, 2.2, 2.3, 2.5] if content["mode"] == "nested" else [1.2, 7.3, 2.6, 1.5]
    widths(inner, ws)
    borders(inner, 4)
    for j, h in enumerate(head):
        write(inner.cell(0, j), h, 8.5, bold=True, align=C if j else None)
        shade(inner.cell(0, j), "D9D9D9")
    repeat_header(inner.rows[0])
    for i, ind in enumerate(box["inds"], 1):
        cells = inner_cells(content, ind)
        for j, v in enumerate(cells):
            name_col = 0 if content["mode"] == "nested" else 1
            write(inner.cell(i, j), v, 8.5, align=None if j <= name_col else C)
    # python-docx left an empty paragraph before the inner table; drop the label-free one
    first_par = cell.paragraphs[0]
    if not first_par.text:
        first_par._p.getparent().remove(first_par._p)


def inner_cells(content, ind):
    if content["mode"] == "nested":
        return [ind[0], ind[1], ind[2], ind[3]]
    if content["mode"] == "band":
        return list(ind)
    return [ind[0], ind[1], ind[2], ind[3]]


def band_box(doc, content, box):
    """One outer table: key rows, a merged INDICATORI band, then the indicators as its rows."""
    keys = key_rows(content, box)
    if content["mode"] == "band":
        ws = [4.6, 3.5, 2.0, 2.3, 2.3, 2.3]
        head = content["band_header"]
        key_span = 1  # label in col 0, value in cols 1..5
        ind_cols = [[0], [1], [2], [3], [4], [5]]
    else:
        ws = [1.6, 2.6, 7.3, 3.3, 2.2]
        head = content["inner_header"]
        key_span = 2  # label cols 0-1, value cols 2-4
        ind_cols = [[0], [1, 2], [3], [4]]
    n = len(ws)
    nrows = 1 + len(keys) + 2 + len(box["inds"])
    t = doc.add_table(rows=nrows, cols=n)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, ws)
    borders(t, 6)
    top = t.cell(0, 0).merge(t.cell(0, n - 1))
    write(top, box_title(content, box), 10.5, bold=True, color=BLUE)
    shade(top, "DEEAF6")
    for i, (k, v) in enumerate(keys, 1):
        lab = t.cell(i, 0).merge(t.cell(i, key_span - 1)) if key_span > 1 else t.cell(i, 0)
        val = t.cell(i, key_span).merge(t.cell(i, n - 1))
        write(lab, k, 9.5, bold=True)
        shade(lab, "F2F2F2")
        write(val, v, 9.5, bold=k.startswith("Obiettivo"))
    r = len(keys) + 1
    band = t.cell(r, 0).merge(t.cell(r, n - 1))
    write(band, "INDICATORI", 9.5, bold=True, align=C)
    shade(band, "BDD7EE")
    r += 1
    for j, cols in enumerate(ind_cols):
        c = t.cell(r, cols[0]) if len(cols) == 1 else t.cell(r, cols[0]).merge(t.cell(r, cols[-1]))
        write(c, head[j], 8.5, bold=True, align=C if j else None)
        shade(c, "D9D9D9")
    for ind in box["inds"]:
        r += 1
        for j, (cols, v) in enumerate(zip(ind_cols, inner_cells(content, ind))):
            c = t.cell(r, cols[0]) if len(cols) == 1 else t.cell(r, cols[0]).merge(t.cell(r, cols[-1]))
            name_j = 0 if content["mode"] == "band" else 1
            write(c, v, 8.5, align=None if j <= name_j or (content["mode"] == "band" and j == 1) else C)


def other_table(doc, block):
    head = block["header"]
    n = len(head)
    ws = [7.0] + [10.0 / (n - 1)] * (n - 1)
    t = doc.add_table(rows=1 + len(block["rows"]), cols=n)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, ws)
    borders(t, 4)
    for j, h in enumerate(head):
        write(t.cell(0, j), h, 9, bold=True, align=C if j else None)
        shade(t.cell(0, j), "D9D9D9")
    for i, row in enumerate(block["rows"], 1):
        for j, v in enumerate(row):
            write(t.cell(i, j), v, 9, bold=row[0] == "Totale",
                  align=WD_ALIGN_PARAGRAPH.RIGHT if j else None)


def render(content, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
        setattr(sec, side, Cm(2.0))
    sec.different_first_page_header_footer = True
    write(sec.header.paragraphs[0], content["running_header"], 8, italic=True,
          align=WD_ALIGN_PARAGRAPH.RIGHT, color=BLUE)
    fp = sec.footer.paragraphs[0]
    fp.alignment = C
    write(fp, "Pag. ", 8)
    page_field(fp)
    for k, line in enumerate(content["cover"]):
        par = doc.add_paragraph()
        if k == 0:
            par.paragraph_format.space_before = Pt(120)
        big = line.isupper() and len(line) > 3
        write(par, line, 20 if big else 12, bold=big or k < 3, align=C, color=BLUE if big else None)
        par.paragraph_format.space_after = Pt(10)
    pending = True
    for b in content["blocks"]:
        if b.get("pagebreak"):
            pending = True
        if b["kind"] in ("h", "area", "p"):
            par = doc.add_paragraph()
            if b["kind"] == "h":
                write(par, b["text"], 14, bold=True, color=BLUE)
                par.paragraph_format.space_before = Pt(14)
                par.paragraph_format.space_after = Pt(6)
                par.paragraph_format.keep_with_next = True
            elif b["kind"] == "area":
                write(par, b["text"], 12.5, bold=True, color=BLUE)
                par.paragraph_format.space_before = Pt(12)
                par.paragraph_format.space_after = Pt(6)
                par.paragraph_format.keep_with_next = True
            else:
                if b.get("style") == "source":
                    write(par, b["text"], 8.5, italic=True)
                else:
                    write(par, b["text"], 10.5, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
                    par.paragraph_format.space_after = Pt(6)
            if pending:
                par.paragraph_format.page_break_before = True
                pending = False
            continue
        assert not pending, "page break must precede a paragraph"
        if b["kind"] == "other":
            other_table(doc, b)
        elif b["kind"] == "box":
            style = b.get("style", content["mode"])
            (nested_box if style == "nested" else band_box)(doc, content, b)
        sp = doc.add_paragraph()
        sp.paragraph_format.space_after = Pt(4)
    doc.save(path)


# ------------------------------------------------------------------ values


def num(s):
    s = s.strip()
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+(,\d+)?", s):
        s = s.replace(".", "")
    return float(s.replace(",", "."))


def parse(text):
    """(operator, value, value_max, unit) following RECORDS.md, for the forms used here."""
    none = (None, None, None, None)
    if text is None:
        return none
    t = text.replace("≥", ">=").replace("≤", "<=").strip()
    if re.search(r"\d{1,2}/\d{1,2}/\d{4}", t):
        return none
    op = "="
    m = re.match(r"(>=|<=|>|<|=)\s*", t)
    if m:
        op = m.group(1)
        t = t[m.end():]
    unit = None
    if t.startswith("€"):
        unit = "EUR"
        t = t[1:].strip()
    m = re.match(r"(-?\d[\d.]*(?:,\d+)?)\s*(.*)$", t)
    if not m:
        return none
    value = num(m.group(1))
    rest = m.group(2).strip()
    if rest.startswith("%"):
        unit = "%"
    elif re.match(r"(gg|giorni)\b", rest):
        unit = "days"
    return (op, value, None, unit)


def met_of(t, a):
    if t[1] is None or a[1] is None:
        return None
    if t[3] and a[3] and t[3] != a[3]:
        return None
    tv, av = t[1], a[1]
    return {">=": av >= tv, "<=": av <= tv, ">": av > tv, "<": av < tv, "=": av == tv}[t[0]]


# ------------------------------------------------------------------ truth


def base_record():
    return {k: None for k in (
        "page", "page_end", "area_code", "area_title", "objective_level", "objective_code",
        "objective_title", "indicator_code", "indicator", "type", "formula", "unit", "data_source",
        "weight", "baseline", "year", "target", "target_operator", "target_value", "target_value_max",
        "target_unit", "actual", "actual_operator", "actual_value", "actual_value_max", "actual_unit",
        "achievement", "notes", "status", "status_text", "comment", "met")}


def set_vals(rec, key, text):
    rec[key] = text
    op, v, vmax, u = parse(text)
    rec[key + "_operator"], rec[key + "_value"], rec[key + "_value_max"], rec[key + "_unit"] = op, v, vmax, u


def rows_of(content):
    """[(area, box, ind)] in document order."""
    out, area = [], None
    for b in content["blocks"]:
        if b["kind"] == "area":
            area = b
        elif b["kind"] == "box":
            out.extend((area, b, ind) for ind in b["inds"])
    return out


def records(content, pages):
    recs = []
    for k, (area, box, ind) in enumerate(rows_of(content)):
        common = base_record()
        common.update(area_code=area["code"], area_title=area["title"], objective_level=box["level"],
                      objective_code=box["code"], objective_title=box["title"])
        common["page"], common["page_end"] = pages[k]
        mode = content["mode"]
        if mode == "nested":
            r = dict(common, indicator=ind[0], year=2023, status=ind[4], status_text=ind[3])
            set_vals(r, "target", ind[1])
            set_vals(r, "actual", ind[2])
            r["met"] = met_of(parse(ind[1]), parse(ind[2]))
            recs.append(r)
        elif mode == "band":
            for y, tv in zip((2025, 2026, 2027), ind[3:6]):
                r = dict(common, indicator=ind[0], formula=ind[1], baseline=ind[2], year=y)
                set_vals(r, "target", tv)
                set_vals(r, "actual", None)
                recs.append(r)
        else:
            r = dict(common, indicator_code=ind[0], indicator=ind[1], year=2024, weight=float(ind[3]))
            set_vals(r, "target", ind[2])
            set_vals(r, "actual", None)
            recs.append(r)
    return recs


# ------------------------------------------------------------------ read-back

def norm(w):
    return w.replace("’", "'").strip()


def readback(content, pdf):
    stream = []  # (word, page)
    with pdfplumber.open(pdf) as doc:
        npages = len(doc.pages)
        for p, page in enumerate(doc.pages, 1):
            for w in page.extract_words(keep_blank_chars=False):
                stream.append((norm(w["text"]), p))
    words = [w for w, _ in stream]

    def find(seq, start):
        seq = [norm(x) for x in seq]
        for i in range(start, len(words) - len(seq) + 1):
            if words[i:i + len(seq)] == seq:
                return i
        raise AssertionError(f"not found after {start}: {' '.join(seq)}")

    def loose(seq, start, want_end=False):
        """first word at/after start whose next words follow, each within 12 words."""
        for i in range(start, len(words)):
            if words[i] != seq[0]:
                continue
            k, ok = i, True
            for w in seq[1:]:
                nxt = [q for q in range(k + 1, min(k + 25, len(words))) if words[q] == w]
                if not nxt:
                    ok = False
                    break
                k = nxt[0]
            if ok:
                return (i, k) if want_end else i
        raise AssertionError(f"name not found after {start}: {' '.join(seq)}")

    pages, pos = [], 0
    for area, box, ind in rows_of(content):
        mode = content["mode"]
        name = ind[0] if mode in ("nested", "band") else ind[1]
        nw = [norm(x) for x in name.split()]
        i0, i = loose(nw, pos, True)
        p0 = stream[i0][1]
        pend = stream[i][1]
        last_cell = (ind[3] if mode == "nested" else ind[5] if mode == "band" else ind[3]).split()
        j, je = loose([norm(x) for x in last_cell], i0, True)
        assert j - i0 < 40, (name, last_cell)
        pend = max(pend, stream[je][1])
        for cell in ind:  # read-back: every cell of the row is printed near its name
            if cell in ("achieved", "partially_achieved", "not_achieved", "suspended"):
                continue
            c0 = loose([norm(x) for x in cell.split()], max(i0 - 3, 0))
            assert c0 - i0 < 60, (name, cell)
        if mode == "mixed":
            assert ind[0] in words[i0 - 3:i0], ind[0]  # code just before the name
        pages.append((p0, pend))
        pos = i0 + 1
    return pages, npages


def convert(docx):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-r56", "--headless", "--convert-to",
                    "pdf", "--outdir", str(HERE), str(docx)], check=True, capture_output=True)


def main():
    for content in ALL:
        name = content["name"]
        (HERE / f"{name}.content.json").write_text(json.dumps(content, ensure_ascii=False, indent=1))
        docx = HERE / f"{name}.docx"
        render(content, docx)
        convert(docx)
        pages, npages = readback(content, HERE / f"{name}.pdf")
        truth = {"document": content["document"], "indicators": records(content, pages)}
        (HERE / f"{name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1))
        split = [(k, p) for k, p in enumerate(pages) if p[0] != p[1]]
        print(name, "pages", npages, "records", len(truth["indicators"]), "split rows", split)


if __name__ == "__main__":
    main()
