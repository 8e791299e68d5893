"""r74: render three Word-styled relazioni (python-docx -> LibreOffice) from NAME.content.json and
write NAME.truth.json from the content; pages are read back from the PDF with pdfplumber."""
import json, re, sys, subprocess, hashlib, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
NAMES = ["comune-vercelli-2024-relazione", "asst-valle-olona-2023-relazione", "cciaa-trento-2024-relazione"]

# ------------------------------------------------------------------ value parsing (RECORDS.md)
NUM = re.compile(r"^(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)")
def parse(s):
    nul = (None, None, None, None)
    if s is None: return nul
    t = " ".join(s.split())
    op = None
    for p, o in (("≥", ">="), (">=", ">="), ("≤", "<="), ("<=", "<=")):
        if t.startswith(p): op = o; t = t[len(p):].strip(); break
    unit = None
    if t.startswith("€"): unit = "EUR"; t = t[1:].strip()
    m = NUM.match(t)
    if not m: return nul
    val = float(m.group(1).replace(".", "").replace(",", "."))
    rest = t[m.end():].strip()
    if rest:
        if re.search(r"\d", rest): return nul
        u = rest.split()[0]
        u2 = {"%": "%", "gg": "days", "ore": "hours"}.get(u)
        if u2: unit = unit or u2
    if val == int(val): val = int(val)
    return (op or "=", val, None, unit)

def met(tp, ap, direction):
    top, tv, _, tu = tp; aop, av, _, au = ap
    if tv is None or av is None: return None
    if tu and au and tu != au: return None
    if top == ">=": return av >= tv
    if top == "<=": return av <= tv
    if top == "=":
        if av == tv: return True
        if direction == "higher": return av > tv
        if direction == "lower": return av < tv
        return None
    return None

def pct(s):
    if s is None: return None
    m = re.match(r"^(\d+(?:,\d+)?)\s*%$", s.strip())
    if not m: return None
    v = float(m.group(1).replace(",", ".")); return int(v) if v == int(v) else v

# ------------------------------------------------------------------ docx helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill)
    tcPr.append(sh)

def table_borders(table, spec):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        if edge in spec:
            sz, color = spec[edge]
            e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "0"); e.set(qn("w:color"), color)
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)

def cell_bottom(cell, sz, color):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders"); e = OxmlElement("w:bottom")
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "0"); e.set(qn("w:color"), color)
    b.append(e); tcPr.append(b)

def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)

def cell_text(cell, text, bold=False, italic=False, size=9, color=None, align=None):
    p = cell.paragraphs[0]
    p.paragraph_format.space_before = Pt(1); p.paragraph_format.space_after = Pt(1)
    if align: p.alignment = align
    r = p.add_run(text or "")
    r.bold = bold; r.italic = italic; r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    return p

def set_widths(table, widths):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)

def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)

LAYOUT = {
    "A": dict(font="Arial", size=10, widths=[6.4, 2.5, 2.9, 5.2], head_fill="D9E2F3", head_color=None,
              borders={"top": (12, "2F5496"), "bottom": (12, "2F5496"), "insideH": (4, "8EAADB")}, band=None, repeat=False),
    "B": dict(font="Arial", size=10, widths=[1.2, 5.8, 1.4, 2.9, 2.9, 2.8], head_fill="548235", head_color="FFFFFF",
              borders={"top": (8, "70AD47"), "bottom": (8, "70AD47")}, band="E2EFDA", repeat=True),
    "C": dict(font="Arial", size=10, widths=[5.4, 5.0, 1.3, 2.6, 2.7], head_fill="1F3864", head_color="FFFFFF",
              borders={"top": (6, "1F3864"), "bottom": (6, "1F3864"), "left": (6, "1F3864"), "right": (6, "1F3864")}, band=None, repeat=True),
}

def render_docx(doc_c, path):
    L = LAYOUT[doc_c["layout"]]
    d = Document()
    st = d.styles["Normal"]; st.font.name = L["font"]; st.font.size = Pt(L["size"])
    st.element.rPr.rFonts.set(qn("w:eastAsia"), L["font"])
    for hs in ("Heading 1", "Heading 2", "Heading 3"):
        d.styles[hs].font.name = L["font"]
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(2.2); sec.bottom_margin = Cm(2)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run(doc_c["running_header"]); r.font.size = Pt(8); r.italic = True; r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Pag. "); r.font.size = Pt(8)
    r = fp.add_run(); r.font.size = Pt(8); add_field(r, "PAGE")
    # cover
    cov = doc_c["cover"]
    for line, size, bold, before in cov:
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(before)
        r = p.add_run(line); r.bold = bold; r.font.size = Pt(size)
        if size >= 20: r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for b in doc_c["blocks"]:
        if b["type"] == "heading":
            d.add_heading(b["text"], level=b["level"])
        elif b["type"] == "para":
            p = d.add_paragraph(b["text"]); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif b["type"] == "othertable":
            cp = d.add_paragraph(); rr = cp.add_run(b["caption"]); rr.italic = True; rr.font.size = Pt(9)
            n = len(b["headers"]); t = d.add_table(rows=1, cols=n); t.alignment = WD_TABLE_ALIGNMENT.CENTER
            table_borders(t, L["borders"])
            for c, h in zip(t.rows[0].cells, b["headers"]):
                shade(c, L["head_fill"]); cell_text(c, h, bold=True, color=L["head_color"])
            for row in b["rows"]:
                cells = t.add_row().cells
                for j, (c, v) in enumerate(zip(cells, row)):
                    cell_text(c, v, bold=(row[0].startswith("Total") or row[0].startswith("Risultato")),
                              align=WD_ALIGN_PARAGRAPH.RIGHT if j else None)
            set_widths(t, [7.0] + [10.0 / (n - 1)] * (n - 1))
            d.add_paragraph()
        elif b["type"] == "indtable":
            render_ind_table(d, b, L, doc_c["layout"])
            d.add_paragraph()
    d.save(path)

def render_ind_table(d, b, L, lay):
    n = len(b["headers"])
    t = d.add_table(rows=1, cols=n); t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, L["borders"])
    hdr = t.rows[0]
    for c, h in zip(hdr.cells, b["headers"]):
        shade(c, L["head_fill"]); cell_text(c, h, bold=True, color=L["head_color"])
    if L["repeat"]: repeat_header(hdr)
    cs = OxmlElement("w:cantSplit"); cs.set(qn("w:val"), "true"); hdr._tr.get_or_add_trPr().append(cs)
    band_i = 0
    def merged(text_runs, fill=None, bottom=None):
        nonlocal band_i
        row = t.add_row(); c = row.cells[0].merge(row.cells[-1])
        p = c.paragraphs[0]; p.paragraph_format.space_before = Pt(2); p.paragraph_format.space_after = Pt(2)
        for txt, bold, italic in text_runs:
            r = p.add_run(txt); r.bold = bold; r.italic = italic; r.font.size = Pt(9)
        if fill: shade(c, fill)
        if bottom: cell_bottom(c, *bottom)
        return row
    for r in b["rows"]:
        if r["kind"] == "objective":
            merged([(r["text"], True, False)], fill="C5E0B3", bottom=(4, "70AD47")); band_i = 0
            continue
        row = t.add_row()
        band = L["band"] and band_i % 2 == 0
        for j, (c, v) in enumerate(zip(row.cells, r["cells"])):
            f = b["fields"][j]
            cell_text(c, v, align=WD_ALIGN_PARAGRAPH.CENTER if f in ("weight", "target", "actual", "achievement", "indicator_code") else None)
            if band: shade(c, L["band"])
        band_i += 1
        if lay == "A":
            if r["status_line"]:
                merged([(r["status_line"], True, False)], fill="F2F2F2")
            for cm in r["comment_rows"]:
                merged([(cm, False, True)])
        elif lay == "B":
            runs = [(r["status_bold"], True, False)]
            if r.get("comment_inline"): runs.append((" – " + r["comment_inline"], False, False))
            rw = merged(runs, fill=L["band"] if band else None)
            band_i += 0
        else:
            if r["status_line"]:
                merged([(r["status_line"], True, False)], fill="DEEAF6")
            for cm in r["comment_rows"]:
                merged([(cm, False, True)])
    set_widths(t, L["widths"])

# ------------------------------------------------------------------ read-back
def tk(text):
    # hyphens split words so that a word broken at its hyphen matches either way
    return [x for x in re.split(r"-|\s+", text) if x]

def tokens_of(pdf):
    out = []
    with pdfplumber.open(pdf) as p:
        for pn, page in enumerate(p.pages, 1):
            for w in page.extract_words():
                for piece in tk(w["text"]):
                    out.append((piece, pn))
    return out

def find_seq(stream, toks, start, window=14):
    for i in range(start, len(stream)):
        if stream[i][0] != toks[0]: continue
        j, k = i, 1
        ok = True
        while k < len(toks):
            nxt = next((m for m in range(j + 1, min(len(stream), j + window)) if stream[m][0] == toks[k]), None)
            if nxt is None: ok = False; break
            j = nxt; k += 1
        if ok: return i
    return None

def subseq_end(stream, toks, start):
    j = start - 1
    for t in toks:
        nxt = next((m for m in range(j + 1, len(stream)) if stream[m][0] == t), None)
        if nxt is None: raise AssertionError(f"token {t!r} not found after {start}")
        j = nxt
    return j

# ------------------------------------------------------------------ truth
FIELDS = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code", "objective_title",
          "indicator_code", "indicator", "type", "formula", "unit", "data_source", "weight", "baseline", "year",
          "target", "target_operator", "target_value", "target_value_max", "target_unit",
          "actual", "actual_operator", "actual_value", "actual_value_max", "actual_unit",
          "achievement", "notes", "status", "status_text", "comment", "met"]

def build(name):
    c = json.load(open(os.path.join(HERE, name + ".content.json")))
    docx_p = os.path.join(HERE, name + ".docx"); pdf_p = os.path.join(HERE, name + ".pdf")
    render_docx(c, docx_p)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-r74", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, docx_p], check=True, capture_output=True)
    stream = tokens_of(pdf_p)
    with pdfplumber.open(pdf_p) as p: npages = len(p.pages)
    recs = []; hier = {}; cursor = 0
    for b in c["blocks"]:
        if b["type"] == "heading" and b.get("hier"):
            h = b["hier"]
            if "area_code" in h: hier = dict(h)
            else: hier.update(h)
        if b["type"] != "indtable": continue
        for r in b["rows"]:
            if r["kind"] == "objective": hier.update(r["hier"]); continue
            cells = dict(zip(b["fields"], r["cells"]))
            itoks = tk(cells["indicator"])
            s = find_seq(stream, itoks[:4], cursor)
            assert s is not None, (name, cells["indicator"][:50])
            end = subseq_end(stream, itoks, s)
            for f, v in cells.items():
                if v and f != "indicator":
                    end = max(end, subseq_end(stream, tk(v), max(cursor, s - 12)))
            if r.get("status_line"):
                st = find_seq(stream, tk(r["status_line"])[:3], s)
                assert st is not None and stream[st][1] >= stream[end][1], (name, "status line", r["status_line"])
            cursor = s + 1
            tp, ap = parse(cells.get("target")), parse(cells.get("actual"))
            comment = r.get("comment_inline") or (" ".join(r["comment_rows"]) if r["comment_rows"] else None)
            rec = {
                "page": stream[s][1], "page_end": stream[end][1],
                "area_code": hier.get("area_code"), "area_title": hier.get("area_title"),
                "objective_level": hier.get("objective_level"), "objective_code": hier.get("objective_code"),
                "objective_title": hier.get("objective_title"),
                "indicator_code": cells.get("indicator_code"), "indicator": " ".join(cells["indicator"].split()),
                "type": None, "formula": cells.get("formula"), "unit": None, "data_source": None,
                "weight": pct(cells.get("weight")), "baseline": None, "year": b["year"],
                "target": cells.get("target"), "target_operator": tp[0], "target_value": tp[1], "target_value_max": tp[2], "target_unit": tp[3],
                "actual": cells.get("actual"), "actual_operator": ap[0], "actual_value": ap[1], "actual_value_max": ap[2], "actual_unit": ap[3],
                "achievement": pct(cells.get("achievement")), "notes": cells.get("notes"),
                "status": r["status"], "status_text": r["status_text"], "comment": comment,
                "met": met(tp, ap, r["direction"]),
            }
            recs.append({k: rec[k] for k in FIELDS})
    truth = {"schema": "perfextract/records@1",
             "_about": f"Generated by blind/r74/make_r74.py from {name}.content.json (pages read back from the PDF).",
             "source": {"path": name + ".pdf", "sha256": hashlib.sha256(open(pdf_p, "rb").read()).hexdigest(), "pages": npages},
             "document": c["document"], "indicators": recs, "warnings": []}
    json.dump(truth, open(os.path.join(HERE, name + ".truth.json"), "w"), ensure_ascii=False, indent=1)
    print(name, npages, "pages", len(recs), "records")
    for x in recs:
        print(f"  p{x['page']}-{x['page_end']} {x['objective_code']} | {x['indicator'][:45]} | {x['target']}->{x['target_operator']},{x['target_value']},{x['target_unit']} | {x['actual']}->{x['actual_operator']},{x['actual_value']},{x['actual_unit']} | w={x['weight']} a={x['achievement']} | {x['status']} | met={x['met']}")

if __name__ == "__main__":
    for n in (sys.argv[1:] or NAMES): build(n)
