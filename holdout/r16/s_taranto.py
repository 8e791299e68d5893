"""asl-taranto-2024-piano-bis: r11 ASL Taranto plan content, Word portrait, one small ruled
table per objective, area and objective as bold headings above each table."""
import copy, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from common16 import *

SRC = "/work/blind/r11/asl-taranto-2024-piano"
NAME = "asl-taranto-2024-piano-bis"

INTRO = [
    ("h", "1. Premessa"),
    ("p", "Il presente allegato al Piano della Performance 2024-2026 dell'Azienda Sanitaria Locale "
          "Taranto riporta, per ciascuna area strategica, gli obiettivi strategici triennali con i "
          "relativi indicatori, la formula di calcolo, la fonte dei dati, il valore di partenza "
          "rilevato nel 2023 e i target attesi per ciascuna annualità del triennio."),
    ("p", "Gli obiettivi sono declinati annualmente nelle schede di budget delle strutture aziendali "
          "e sono oggetto di monitoraggio semestrale da parte della Struttura tecnica permanente e "
          "dell'Organismo Indipendente di Valutazione. Il peso indica il contributo di ciascun "
          "indicatore alla valutazione della performance organizzativa complessiva."),
    ("h", "2. Obiettivi strategici, indicatori e target"),
]
CLOSING_H = "3. Riepilogo per area"


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true"); trPr.append(el)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit"); el.set(qn("w:val"), "true"); trPr.append(el)


def cell_text(cell, text, size=7.5, bold=False, align=None):
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0); p.paragraph_format.space_before = Pt(0)
    if align:
        p.alignment = align
    r = p.add_run(text)
    r.font.size = Pt(size); r.bold = bold


def para(doc, text, size=10, bold=False, align=None, before=0, after=4, keep=False, color=None):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    if keep:
        pf.keep_with_next = True
    if align:
        p.alignment = align
    r = p.add_run(text); r.font.size = Pt(size); r.bold = bold
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return p


def build(outdir):
    content = load(SRC + ".content.json")
    content = copy.deepcopy(content)
    content["name"] = NAME
    content["layout"] = ("word-portrait-one-ruled-table-per-objective-bold-area-objective-headings"
                         "-no-hierarchy-columns")
    content["rerender_of"] = "blind/r11/asl-taranto-2024-piano (content unchanged; intro prose added)"
    content["intro"] = [list(x) for x in INTRO]
    content["table_header"] = [h for h in content["header"] if h not in ("Area", "Obiettivo")]
    dump(content, os.path.join(outdir, NAME + ".content.json"))

    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.6)
    sec.top_margin = Cm(2.0); sec.bottom_margin = Cm(1.8)
    # footer with page number
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("ASL Taranto – Piano della Performance 2024-2026 – Allegato A – pag. "); r.font.size = Pt(7.5)
    fld = OxmlElement("w:fldSimple"); fld.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; rr.append(t); fld.append(rr)
    fp._p.append(fld)

    tr = content["title_rows"]
    para(doc, tr[0], 9, align=WD_ALIGN_PARAGRAPH.CENTER, after=2, color="404040")
    para(doc, tr[1], 15, True, WD_ALIGN_PARAGRAPH.CENTER, after=6, color="1F3864")
    para(doc, tr[2], 11, True, WD_ALIGN_PARAGRAPH.CENTER, after=14)
    for kind, text in content["intro"]:
        if kind == "h":
            para(doc, text, 11.5, True, before=8, after=4, keep=True, color="1F3864")
        else:
            p = para(doc, text, 9.5, after=5); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    hdr = content["table_header"]
    widths = [1.4, 3.3, 2.8, 2.0, 1.6, 1.9, 1.9, 1.9, 1.0]
    years = ["2024", "2025", "2026"]
    for area in content["areas"]:
        para(doc, f"Area strategica {area['code']} – {area['title']}", 11, True, before=10, after=3,
             keep=True, color="1F3864")
        for ob in area["objectives"]:
            para(doc, f"Obiettivo {ob['code']} – {ob['title']}", 9.5, True, before=4, after=3, keep=True)
            tb = doc.add_table(rows=1, cols=len(hdr)); tb.style = "Table Grid"
            tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            tb.autofit = False
            for i, h in enumerate(hdr):
                c = tb.rows[0].cells[i]; cell_text(c, h, 7, True, WD_ALIGN_PARAGRAPH.CENTER); shade(c, "D9E2F3")
            repeat_header(tb.rows[0])
            for row in ob["rows"]:
                vals = [row["code"], row["indicator"], row["formula"], row["source"], row["baseline"]] + \
                       [row["targets"][y] for y in years] + [row["weight"]]
                cells = tb.add_row().cells
                cant_split(tb.rows[-1])
                for i, v in enumerate(vals):
                    al = WD_ALIGN_PARAGRAPH.CENTER if i >= 4 else None
                    cell_text(cells[i], v, 7.5, False, al)
            for i, w in enumerate(widths):
                tb.columns[i].width = Cm(w)
            for row in tb.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = Cm(w)
            # keep the table with its heading: keep_with_next on all but last row paragraphs
            for row in tb.rows[:-1]:
                for c in row.cells:
                    for p in c.paragraphs:
                        p.paragraph_format.keep_with_next = True
            doc.add_paragraph().paragraph_format.space_after = Pt(0)

    sm = content["summary"]
    para(doc, CLOSING_H, 11.5, True, before=10, after=4, keep=True, color="1F3864")
    para(doc, sm["title"], 9.5, True, after=3, keep=True)
    tb = doc.add_table(rows=1, cols=4); tb.style = "Table Grid"; tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(sm["header"]):
        cell_text(tb.rows[0].cells[i], h, 8, True, WD_ALIGN_PARAGRAPH.CENTER); shade(tb.rows[0].cells[i], "D9E2F3")
    for r_ in sm["rows"]:
        cells = tb.add_row().cells
        for i, v in enumerate(r_):
            cell_text(cells[i], v, 8, r_[0] == "Totale", WD_ALIGN_PARAGRAPH.CENTER if i else None)
    for i, w in enumerate([8.5, 2.5, 2.5, 3.0]):
        tb.columns[i].width = Cm(w)
    tb.autofit = False
    for row in tb.rows:
        for i, w in enumerate([8.5, 2.5, 2.5, 3.0]):
            row.cells[i].width = Cm(w)

    docx_path = os.path.join(outdir, NAME + ".docx")
    doc.save(docx_path)
    soffice_pdf(docx_path, outdir)
    pdf = os.path.join(outdir, NAME + ".pdf")

    # truth: source records; check printed fields; pages from read-back
    src = load(SRC + ".truth.json")
    recs = copy.deepcopy(src["indicators"])
    rb = ReadBack(pdf)
    k = 0
    for area in content["areas"]:
        rb.find(f"Area strategica {area['code']} – {area['title']}", what="area heading")
        for ob in area["objectives"]:
            rb.cursor = rb.find(f"Obiettivo {ob['code']} – {ob['title']}", what="objective heading")
            for row in ob["rows"]:
                vals = [row["code"], row["indicator"], row["formula"], row["source"], row["baseline"]] + \
                       [row["targets"][y] for y in years] + [row["weight"]]
                p0, p1 = rb.unit(row["code"], vals, row["code"])
                for y in years:
                    rec = recs[k]; k += 1
                    check_fields(rec, {
                        "area_code": area["code"], "area_title": area["title"],
                        "objective_level": "strategic", "objective_code": ob["code"],
                        "objective_title": ob["title"], "indicator_code": row["code"],
                        "indicator": row["indicator"], "formula": row["formula"],
                        "data_source": row["source"], "baseline": row["baseline"],
                        "year": int(y), "target": row["targets"][y] or None,
                        "weight": float(row["weight"])}, row["code"] + " " + y)
                    rec["page"], rec["page_end"] = p0, p1
    assert k == len(recs), (k, len(recs))
    finish_truth(NAME, src, recs, pdf,
                 "Written by blind/r16/make_r16.py: records of blind/r11/asl-taranto-2024-piano.truth.json "
                 "(printed fields re-checked against the content rendered) with page/page_end read back "
                 "from this PDF.")
    return len(recs), rb.npages
