"""ministero-infrastrutture-2023-relazione-bis: r12 MIT content as schede: one (continuous) Word
section per indicator with a two-column key/value table, several schede per page, LibreOffice PDF."""
import copy, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from common16 import *
from s_taranto import shade, cant_split, cell_text, para

SRC = "/work/blind/r12/ministero-infrastrutture-2023-relazione"
NAME = "ministero-infrastrutture-2023-relazione-bis"

KEYS = ["Priorità politica", "Obiettivo specifico", "Obiettivo annuale", "Indicatore", "Tipologia",
        "Metodo di calcolo", "Target 2023", "Valore a consuntivo", "Scostamento", "Motivazione scostamento"]
SCHEDE_INTRO = ("Per ciascun indicatore associato agli obiettivi annuali è riportata una scheda che ne "
                "richiama la priorità politica, l'obiettivo specifico triennale e l'obiettivo annuale di "
                "riferimento, la tipologia, il metodo di calcolo, il target programmato, il valore a "
                "consuntivo, lo scostamento e, ove il target non sia stato conseguito, la motivazione "
                "fornita dal Centro di responsabilità amministrativa.")


def schede(content):
    out = []
    for pr in content["priorities"]:
        for sp in pr["specifici"]:
            for an in sp["annuali"]:
                for ind in an["ind"]:
                    vals = [f"{pr['code']} – {pr['title']}", f"{sp['code']} – {sp['title']}",
                            f"{an['code']} – {an['title']}", ind["indicator"], ind["type"],
                            ind["formula"], ind["target"], ind["actual"], ind["scost"], ind["motiv"]]
                    out.append((pr, sp, an, ind, vals))
    return out


def build(outdir):
    content = copy.deepcopy(load(SRC + ".content.json"))
    content["name"] = NAME
    content["layout"] = ("word-schede-one-continuous-section-per-indicator-two-column-key-value-table-"
                         "several-per-page")
    content["rerender_of"] = ("blind/r12/ministero-infrastrutture-2023-relazione (records unchanged; the "
                              "sentence introducing the results table rewritten for schede)")
    content["scheda_keys"] = KEYS
    content["table_intro_original"] = content["table_intro"]
    content["table_intro"] = SCHEDE_INTRO
    content["scheda_heading"] = "Scheda indicatore"
    dump(content, os.path.join(outdir, NAME + ".content.json"))

    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(2.0); sec.bottom_margin = Cm(2.0)
    sec.different_first_page_header_footer = True
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("MIT – Relazione sulla performance 2023   |   "); r.font.size = Pt(8)
    fld = OxmlElement("w:fldSimple"); fld.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; rr.append(t); fld.append(rr)
    fp._p.append(fld)

    cov = content["cover"]
    para(doc, "", before=60)
    para(doc, cov[0], 18, True, WD_ALIGN_PARAGRAPH.CENTER, after=8, color="1F3864")
    para(doc, cov[1], 10, False, WD_ALIGN_PARAGRAPH.CENTER, after=150)
    para(doc, cov[2], 22, True, WD_ALIGN_PARAGRAPH.CENTER, after=8, color="1F3864")
    para(doc, cov[3], 14, False, WD_ALIGN_PARAGRAPH.CENTER, after=8)
    para(doc, cov[4], 9, False, WD_ALIGN_PARAGRAPH.CENTER, after=160)
    p = para(doc, cov[5], 9, False, WD_ALIGN_PARAGRAPH.CENTER, after=0)
    p.add_run().add_break(__import__("docx").enum.text.WD_BREAK.PAGE)

    for kind, text in content["intro"]:
        if kind == "h":
            para(doc, text, 12, True, before=8, after=5, keep=True, color="1F3864")
        else:
            pp = para(doc, text, 10, after=6); pp.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    tb = doc.add_table(rows=1, cols=5); tb.style = "Table Grid"; tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(content["budget_header"]):
        cell_text(tb.rows[0].cells[i], h, 8, True, WD_ALIGN_PARAGRAPH.CENTER); shade(tb.rows[0].cells[i], "D9E2F3")
    for row in content["budget_rows"]:
        cells = tb.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, 8, row[0] == "Totale", WD_ALIGN_PARAGRAPH.RIGHT if i else None)
    bw = [5.6, 3.0, 3.0, 3.0, 2.4]
    tb.autofit = False
    for i, w in enumerate(bw):
        tb.columns[i].width = Cm(w)
        for c in tb.columns[i].cells:
            c.width = Cm(w)

    para(doc, content["table_heading"], 12, True, before=14, after=5, keep=True, color="1F3864")
    pp = para(doc, content["table_intro"], 10, after=8); pp.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    items = schede(content)
    for pr, sp, an, ind, vals in items:
        doc.add_section(WD_SECTION.CONTINUOUS)
        para(doc, content["scheda_heading"], 9.5, True, before=6, after=2, keep=True, color="1F3864")
        tb = doc.add_table(rows=0, cols=2); tb.style = "Table Grid"; tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        tb.autofit = False
        for key, v in zip(KEYS, vals):
            cells = tb.add_row().cells
            cant_split(tb.rows[-1])
            cell_text(cells[0], key, 8.5, True); shade(cells[0], "EDEDED")
            cell_text(cells[1], v, 8.5, key == "Indicatore")
        for i, w in enumerate([4.2, 12.8]):
            tb.columns[i].width = Cm(w)
            for c in tb.columns[i].cells:
                c.width = Cm(w)
        para(doc, "", 6, after=4)

    doc.add_section(WD_SECTION.CONTINUOUS)
    for kind, text in content["closing"]:
        if kind == "h":
            para(doc, text, 12, True, before=10, after=5, keep=True, color="1F3864")
        else:
            pp = para(doc, text, 10, after=6); pp.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    docx_path = os.path.join(outdir, NAME + ".docx")
    doc.save(docx_path)
    soffice_pdf(docx_path, outdir)
    pdf = os.path.join(outdir, NAME + ".pdf")

    src = load(SRC + ".truth.json")
    recs = copy.deepcopy(src["indicators"])
    rb = ReadBack(pdf)
    rb.cursor = rb.find(content["table_heading"], what="results heading")
    assert len(items) == len(recs)
    for rec, (pr, sp, an, ind, vals) in zip(recs, items):
        rb.cursor = rb.find(content["scheda_heading"], what="scheda heading")
        p0, p1 = rb.unit("Priorità politica " + vals[0].split()[0], vals, ind["indicator"][:30],
                         end_marker="Motivazione scostamento")
        check_fields(rec, {"area_code": pr["code"], "area_title": pr["title"],
                           "objective_level": "operational", "objective_code": an["code"],
                           "objective_title": an["title"], "indicator": ind["indicator"],
                           "type": ind["type"], "formula": ind["formula"], "year": 2023,
                           "target": ind["target"], "actual": ind["actual"], "comment": None,
                           "indicator_code": None, "notes": None}, ind["indicator"][:30])
        rec["page"], rec["page_end"] = p0, p1
    finish_truth(NAME, src, recs, pdf,
                 "Written by blind/r16/make_r16.py: records of blind/r12/ministero-infrastrutture-2023-relazione"
                 ".truth.json (printed fields re-checked against the content rendered) with page/page_end "
                 "read back from this PDF (a record spans its scheda, from the Priorità politica row to the "
                 "Motivazione scostamento row).")
    return len(recs), rb.npages
