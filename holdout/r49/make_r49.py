# Renders NAME.pdf (python-docx -> LibreOffice) from NAME.content.json and writes NAME.truth.json
# from the content; page/page_end come from a pdfplumber read-back of the rendered PDF.
import glob, hashlib, json, os, re, subprocess, sys
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
SUP = re.compile(r"\^(\S+)$")


def ws(s):
    return None if s is None else (re.sub(r"\s+", " ", s).strip() or None)


def printed(cell):
    """cell text as printed, raised marks dropped."""
    if cell is None:
        return None
    return ws(" ".join(SUP.sub("", l) for l in cell.split("\n")))


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def row_flags(r, header=False):
    trPr = r._tr.get_or_add_trPr()
    cs = OxmlElement("w:cantSplit"); trPr.append(cs)
    if header:
        th = OxmlElement("w:tblHeader"); trPr.append(th)


def put(cell, text, size=8.5, bold=False, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = (text or "").split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        if align:
            p.alignment = align
        m = SUP.search(line)
        main = SUP.sub("", line)
        r = p.add_run(main); r.font.size = Pt(size); r.bold = bold
        if m:
            s = p.add_run(m.group(1)); s.font.size = Pt(size); s.font.superscript = True


def table(doc, header, rows, widths, numeric_from=1):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.autofit = False
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]; put(c, h, 8.5, True, WD_ALIGN_PARAGRAPH.CENTER); shade(c, "D9E2F3")
    row_flags(t.rows[0], True)
    for rw in rows:
        cells = t.add_row().cells
        for i, v in enumerate(rw):
            put(cells[i], v or "", 8.5, False, WD_ALIGN_PARAGRAPH.CENTER if i >= numeric_from else None)
        row_flags(t.rows[-1])
    tot = sum(widths); widths = [w * TABLE_W / tot for w in widths]
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
    for r in t.rows:
        for i, w in enumerate(widths):
            r.cells[i].width = Cm(w)
    tblPr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    return t


def para(doc, text, size=10.5, bold=False, align=None, before=0, after=6, italic=False, color=None):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(before); p.paragraph_format.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    r = p.add_run(text); r.font.size = Pt(size); r.bold = bold; r.italic = italic
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return p


def render(c, docx_path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10.5)
    sec = doc.sections[0]
    global TABLE_W
    if c.get("landscape"):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21); TABLE_W = 25.7
    else:
        sec.page_width, sec.page_height = Cm(21), Cm(29.7); TABLE_W = 17.0
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    hdr = sec.header.paragraphs[0]; hdr.text = c["document"]["issuer"] + " – " + c["document"]["title"] + " " + str(c["document"]["year"])
    hdr.runs[0].font.size = Pt(8); hdr.runs[0].italic = True; hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    first = True
    for b in c["blocks"]:
        t = b["t"]
        if t == "cover":
            sec.different_first_page_header_footer = True
            para(doc, "", after=90)
            for i, l in enumerate(b["lines"]):
                big = l.isupper() and i > 0
                para(doc, l, size=22 if big else (15 if i == 0 else 12), bold=big or i == 0, align=WD_ALIGN_PARAGRAPH.CENTER, after=18,
                     color="1F3864" if big else None)
            doc.add_page_break()
        elif t == "h1":
            para(doc, b["text"], 14, True, before=12, after=8, color="1F3864")
        elif t == "h2":
            para(doc, b["text"], 12, True, before=10, after=6).paragraph_format.keep_with_next = True
        elif t == "head":
            if b["style"] == "h2":
                hp = para(doc, b["print"], 12.5, True, before=14, after=6, color="1F3864")
            else:
                hp = para(doc, b["print"], 10.5, True, before=8, after=4)
            hp.paragraph_format.keep_with_next = True
        elif t == "p":
            p = para(doc, b["text"]); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif t == "other":
            table(doc, b["header"], b["rows"], b["widths"])
            para(doc, "", after=4)
        elif t == "ind":
            table(doc, b["header"], [r["cells"] for r in b["rows"]], b["widths"], numeric_from=b.get("center_from", 2))
            for fn in b.get("footnotes", []):
                para(doc, fn, 7.5, after=0, italic=True)
            para(doc, "", after=4)
    doc.save(docx_path)


FIELDS = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code", "objective_title",
          "indicator_code", "indicator", "type", "formula", "unit", "data_source", "weight", "baseline", "year",
          "target", "target_operator", "target_value", "target_value_max", "target_unit",
          "actual", "actual_operator", "actual_value", "actual_value_max", "actual_unit",
          "achievement", "notes", "status", "status_text", "comment", "met"]


def records(c):
    out = []
    area = (None, None); obj = (None, None, None)
    for b in c["blocks"]:
        if b["t"] == "head":
            if b["level"] == "area":
                area = (b["code"], b["title"]); obj = ("area", b["code"], b["title"])
            else:
                obj = (b["level"], b["code"], b["title"])
        if b["t"] != "ind":
            continue
        cols = b["cols"]
        years = sorted({int(k.split("@")[1]) for k in cols if "@" in k})
        for r in b["rows"]:
            shared = {k: printed(v) for k, v in zip(cols, r["cells"]) if "@" not in k}
            peryear = {}
            for k, v in zip(cols, r["cells"]):
                if "@" in k:
                    f, y = k.split("@"); peryear.setdefault(int(y), {})[f] = (k, printed(v))
            for y in years:
                rec = dict.fromkeys(FIELDS)
                rec.update(area_code=area[0], area_title=area[1], objective_level=obj[0], objective_code=obj[1],
                           objective_title=obj[2], year=y)
                for k, v in shared.items():
                    rec[k] = v
                for f, (k, v) in peryear.get(y, {}).items():
                    if f in ("target", "actual"):
                        rec[f] = v
                        op, val, mx, unit = r["p"][k]
                        rec.update({f + "_operator": op, f + "_value": val, f + "_value_max": mx, f + "_unit": unit})
                    elif f == "status_text":
                        rec["status_text"] = v; rec["status"] = c["status_map"][v] if v else None
                    elif f == "achievement":
                        rec["achievement"] = r["ach"][str(y)]
                    else:
                        rec[f] = v
                if rec["target"] is None:
                    rec.update(target_operator=None, target_value=None, target_value_max=None, target_unit=None)
                if rec["actual"] is None:
                    rec.update(actual_operator=None, actual_value=None, actual_value_max=None, actual_unit=None)
                rec["met"] = r["met"].get(str(y))
                rec["_first"] = printed(r["cells"][cols.index("indicator")])
                rec["_last"] = [printed(x) for x in r["cells"] if x][-1]
                rec["_lines"] = [ws(SUP.sub("", l)) for k, x in zip(cols, r["cells"]) if x and k.split("@")[0] in
                                 ("target", "actual", "baseline", "status_text", "notes") for l in x.split("\n")]
                out.append(rec)
    return out


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def locate(pages, recs):
    cur = 0
    for rec in recs:
        words = rec["_first"].split()
        key = " ".join(words[:2])
        lastkey = rec["_last"].split()[-1]
        hits = [i for i in range(cur, len(pages)) if key in pages[i]
                and all(w in pages[i].split() for w in words) and lastkey in pages[i].split()]
        assert hits, (rec["indicator"], key)
        p = hits[0]
        toks = set(pages[p].split())
        for line in rec["_lines"]:
            for tok in line.split():
                assert tok in toks or any(t.startswith(tok) for t in toks), (rec["indicator"], line, tok, "value token not read back whole")
        rec["page"] = rec["page_end"] = p + 1
        cur = p


def main():
    lo = "-env:UserInstallation=file:///tmp/lo-r49"
    for cf in sorted(glob.glob(os.path.join(HERE, "*.content.json"))):
        c = json.load(open(cf))
        name = c["name"]
        dx = os.path.join(HERE, name + ".docx")
        render(c, dx)
        subprocess.run(["soffice", lo, "--headless", "--convert-to", "pdf", "--outdir", HERE, dx], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        pdf = os.path.join(HERE, name + ".pdf")
        with pdfplumber.open(pdf) as P:
            pages = [norm(pg.extract_text() or "") for pg in P.pages]
        recs = records(c)
        locate(pages, recs)
        for r in recs:
            r.pop("_first"); r.pop("_last"); r.pop("_lines")
        truth = {"schema": "perfextract/records@1",
                 "_about": "Generated by make_r49.py from %s.content.json (blind round r49)." % name,
                 "source": {"path": name + ".pdf", "sha256": hashlib.sha256(open(pdf, "rb").read()).hexdigest(),
                            "pages": len(pages)},
                 "document": c["document"], "indicators": recs, "warnings": []}
        json.dump(truth, open(os.path.join(HERE, name + ".truth.json"), "w"), ensure_ascii=False, indent=1)
        print(name, len(pages), "pages", len(recs), "records")


if __name__ == "__main__":
    main()
