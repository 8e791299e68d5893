import os
from docxutil import *
NAME = "inail-2023-relazione"
VAL = {"Positiva": ("achieved", "C6EFCE"), "In linea": ("achieved", "FFF2CC"), "Negativa": ("not_achieved", "F8CBAD"), "n.d.": (None, "EDEDED")}

def main(M):
    C = M.load(NAME)
    d = Document()
    stl = d.styles["Normal"]; stl.font.name = "Arial"; stl.font.size = Pt(10)
    sec = d.sections[0]; sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width = Cm(29.7); sec.page_height = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0); sec.top_margin = Cm(1.8); sec.bottom_margin = Cm(1.6)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    r = hp.add_run("INAIL – Relazione sulla performance 2023"); r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x00, 0x4B, 0x8D)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rr = fp.add_run("pag. "); rr.font.size = Pt(8); field(fp, "PAGE")
    for k in ("Heading 1", "Heading 2"):
        d.styles[k].font.name = "Arial"; d.styles[k].font.color.rgb = RGBColor(0x00, 0x4B, 0x8D)
    d.styles["Heading 1"].font.size = Pt(14); d.styles["Heading 2"].font.size = Pt(11)
    for _ in range(4): d.add_paragraph()
    for t, s, b in zip(C["cover"], [40, 14, 24, 10], [True, False, True, False]):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_after = Pt(16)
        r = p.add_run(t); r.font.size = Pt(s); r.bold = b; r.font.color.rgb = RGBColor(0x00, 0x4B, 0x8D)
    d.add_page_break()
    d.add_heading("1. Premessa", level=1)
    for t in C["intro"]:
        p = d.add_paragraph(t); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    d.add_heading("2. Risultati per area strategica", level=1)
    widths = [Cm(1.5), Cm(9.6), Cm(4.4), Cm(1.3), Cm(5.4), Cm(3.4)]
    recs = []; keys = []
    for a in C["areas"]:
        d.add_heading(a["heading"], level=1 if False else 2)
        for o in a["objectives"]:
            p = d.add_paragraph(); r = p.add_run(o["heading"]); r.bold = True; r.font.size = Pt(10)
            p.paragraph_format.keep_with_next = True; p.paragraph_format.space_before = Pt(6)
            t = d.add_table(rows=1 + len(o["rows"]), cols=6); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for j, h in enumerate(C["header"]):
                cell_text(t.rows[0].cells[j], h, 8.5, True, WD_ALIGN_PARAGRAPH.CENTER, "FFFFFF"); shade(t.rows[0].cells[j], "004B8D")
            repeat_header(t.rows[0])
            for i, x in enumerate(o["rows"]):
                cs = t.rows[i + 1].cells
                cell_text(cs[0], x["code"], 8.5, align=WD_ALIGN_PARAGRAPH.CENTER); cell_text(cs[1], x["ind"], 8.5)
                cell_text(cs[2], x["str"], 8.5); cell_text(cs[3], x["w"], 8.5, align=WD_ALIGN_PARAGRAPH.CENTER)
                cell_text(cs[4], [(("Target: ", True), (x["t"], False)), (("Risultato: ", True), (x["a"], False))], 8.5)
                cell_text(cs[5], x["v"], 8.5, True, WD_ALIGN_PARAGRAPH.CENTER); shade(cs[5], VAL[x["v"]][1])
                cant_split(t.rows[i + 1])
                kw = dict(area_code=a["code"], area_title=a["title"], objective_level="strategic", objective_code=o["code"],
                          objective_title=o["title"], indicator_code=x["code"], indicator=x["ind"], weight=float(x["w"].rstrip("%")),
                          year=C["year"], target=x["t"], actual=x["a"], status=VAL[x["v"]][0], status_text=x["v"])
                if "dir" in x: kw["dir"] = x["dir"]
                recs.append(M.record(**kw))
            set_widths(t, widths)
    d.add_heading(C["after_heading"], level=1)
    for tx in C["after_table"]:
        p = d.add_paragraph(tx); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for ttl, hd, rows, ws in [(C["summary_title"], C["summary_header"], C["summary_rows"], [Cm(9), Cm(3), Cm(2.5), Cm(2.5), Cm(2.5), Cm(2.5)]),
                              (C["budget_title"], C["budget_header"], C["budget_rows"], [Cm(8), Cm(4.5), Cm(4.5), Cm(3.5)])]:
        p = d.add_paragraph(); r = p.add_run(ttl); r.bold = True; r.font.size = Pt(9); p.paragraph_format.keep_with_next = True
        p.paragraph_format.space_before = Pt(8)
        simple_table(d, hd, rows, ws, hdr_fill="DDEBF7")
    path = os.path.join(M.HERE, NAME + ".docx"); d.save(path); M.soffice(path)
    out = os.path.join(M.HERE, NAME + ".pdf")
    n = M.readback(out, recs, lambda r: (r["indicator"], r["indicator"]))
    M.write_truth(NAME, C["document"], recs, n,
        "Reading: cover prints 'INAIL' above the full name: issuer is the full name. Word headings 'Area strategica N – …' are areas and the bold lines "
        "'Obiettivo strategico N.M – …' above each table the strategic objectives. The one cell 'Target / Risultato' holds two labelled lines "
        "('Target: ≥ 95%' / 'Risultato: 97,1%'): target is the text after 'Target:', actual the text after 'Risultato:' (labels not part of the values). "
        "'Valutazione' is read as the status column: 'Positiva' and 'In linea' (result equal to target within tolerance, as the intro defines) → achieved, "
        "'Negativa' → not_achieved, 'n.d.' → status null with status_text 'n.d.' (the cell as printed). 'Struttura responsabile' → extra. "
        "Year 2023 from the header 'Target / Risultato 2023'. Peso '10%' → weight 10. Prose after the tables is under a new heading: no comment.")
