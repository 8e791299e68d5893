"""Render an r4 content (layouts word-grid, word-booktabs) to .docx (python-docx); LibreOffice
Writer prints it to PDF."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

NAVY = RGBColor(0x1F, 0x38, 0x64)


def el(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(f"w:{k}"), str(v))
    return e


def add_field(paragraph, instr, size):
    """A PAGE-like field as Word writes it: one run per field part, each with its size."""
    def run():
        r = paragraph.add_run()
        r.font.size = Pt(size)
        return r
    run()._r.append(el("w:fldChar", fldCharType="begin"))
    t = el("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = f" {instr} "
    run()._r.append(t)
    run()._r.append(el("w:fldChar", fldCharType="separate"))
    run().text = "1"
    run()._r.append(el("w:fldChar", fldCharType="end"))


def setup(doc, content):
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    if content["orientation"] == "landscape":
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.0)
    sec.header_distance = Cm(1.0)
    sec.footer_distance = Cm(1.0)
    sec.different_first_page_header_footer = True
    if content.get("running_header"):
        p = sec.header.paragraphs[0]
        r = p.add_run(content["running_header"])
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run((content.get("footer") + " – pag. ") if content.get("footer") else "Pag. ")
    r.font.size = Pt(8)
    add_field(p, "PAGE", 8)
    return sec


def para(doc, text, size=None, bold=False, italic=False, align=None, before=0, after=6,
         color=None, keep=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = color
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if keep:
        pf.keep_with_next = True
    return p


def set_widths(table, widths_cm):
    tbl = table._tbl
    tblPr = tbl.tblPr
    tblPr.append(el("w:tblLayout", type="fixed"))
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)


def borders(table, spec):
    """spec: dict side -> (size eighths of pt, color) for the table's tblBorders."""
    tblPr = table._tbl.tblPr
    b = el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if side in spec:
            sz, color = spec[side]
            b.append(el(f"w:{side}", val="single", sz=sz, space=0, color=color))
        else:
            b.append(el(f"w:{side}", val="nil"))
    tblPr.append(b)


def cell_border(cell, side, sz, color="000000"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcb = tcPr.find(qn("w:tcBorders"))
    if tcb is None:
        tcb = el("w:tcBorders")
        tcPr.append(tcb)
    tcb.append(el(f"w:{side}", val="single", sz=sz, space=0, color=color))


def shade(cell, color):
    cell._tc.get_or_add_tcPr().append(el("w:shd", val="clear", color="auto", fill=color))


def cell_margins(table, top=40, bottom=40, left=70, right=70):
    m = el("w:tblCellMar")
    for side, v in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        m.append(el(f"w:{side}", w=v, type="dxa"))
    table._tbl.tblPr.append(m)


def fill_cell(cell, text, size, bold=False, align=None, italic=False):
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if text:
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        r.italic = italic


def repeat_header(row):
    row._tr.get_or_add_trPr().append(el("w:tblHeader"))


def cant_split(row):
    row._tr.get_or_add_trPr().append(el("w:cantSplit"))


# ------------------------------------------------------------------------- r5 layouts
GREEN, RED, ORANGE = RGBColor(0x00, 0x80, 0x3C), RGBColor(0xC0, 0x00, 0x00), RGBColor(0xD0, 0x7A, 0x00)
ESITO_COLOR = {"Raggiunto": GREEN, "Non raggiunto": RED, "Parzialmente raggiunto": ORANGE}


def simple_table(doc, header, rows, widths, size=9, head_fill="D9D9D9", align_num=True,
                 bold_total=True):
    t = doc.add_table(rows=1, cols=len(header))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(t, {s: (4, "808080") for s in ("top", "left", "bottom", "right", "insideH",
                                             "insideV")})
    cell_margins(t, 30, 30, 70, 70)
    for cell, h in zip(t.rows[0].cells, header):
        fill_cell(cell, h, size, bold=True)
        shade(cell, head_fill)
    repeat_header(t.rows[0])
    for r in rows:
        cells = t.add_row().cells
        for i, (cell, v) in enumerate(zip(cells, r)):
            fill_cell(cell, v, size, bold=bold_total and r[0].startswith("Totale"),
                      align="right" if (align_num and i > 0) else None)
    set_widths(t, widths)
    return t


def cover(doc, lines, sizes, colors_):
    for i, (line, size, col) in enumerate(zip(lines, sizes, colors_)):
        para(doc, line, size=size, bold=size >= 14, align="center",
             before=120 if i == 0 else 14, after=4, color=col)


def render_torino(c, path):
    doc = Document()
    c2 = dict(c, orientation="portrait", running_header="Città di Torino – PEG 2024-2026",
              footer="Piano esecutivo di gestione 2024-2026")
    setup(doc, c2)
    cover(doc, c["cover"], [22, 12, 18, 12, 9.5], [NAVY, NAVY, None, None, None])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(doc, "1. Premessa", size=14, bold=True, color=NAVY, after=8)
    for t in c["intro"]:
        para(doc, t, align="justify")
    b = c["budget"]
    para(doc, b["title"], size=9, italic=True, before=6, after=3, keep=True)
    simple_table(doc, b["header"], b["rows"], [7.4, 3.4, 3.4, 2.6])
    para(doc, "", after=2, size=6)
    para(doc, "2. Obiettivi esecutivi per Centro di responsabilità", size=14, bold=True,
         color=NAVY, before=12, after=8)
    for cdr in c["cdrs"]:
        para(doc, f"Centro di responsabilità: {cdr['name']}", size=12.5, bold=True, color=NAVY,
             before=14, after=2, keep=True)
        para(doc, f"Dirigente responsabile: {cdr['dirigente']}", size=10, italic=True, after=6,
             keep=True)
        for s in cdr["strategic"]:
            para(doc, f"Obiettivo strategico {s['code']} – {s['title']}", size=11.5, bold=True,
                 before=8, after=4, keep=True)
            for e in s["executive"]:
                para(doc, f"Obiettivo esecutivo {e['code']} – {e['title']}", size=10.5, bold=True,
                     color=NAVY, before=6, after=4, keep=True)
                para(doc, "Fasi di attuazione", size=9, italic=True, after=2, keep=True)
                t = simple_table(doc, ["Fase / Attività", "Scadenza", "Stato"], e["phases"],
                                 [10.8, 3.0, 3.0], size=8.5, head_fill="EDEDED", align_num=False)
                for r in t.rows:
                    cant_split(r)
                    for cl in r.cells:
                        cl.paragraphs[0].paragraph_format.keep_with_next = True
                para(doc, "Indicatori di risultato", size=9, italic=True, before=6, after=2,
                     keep=True)
                hdr = ["Indicatore", "Formula", "Peso", "Valore atteso 2024",
                       "Valore atteso 2025", "Valore atteso 2026"]
                t = doc.add_table(rows=1, cols=6)
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                borders(t, {s: (4, "808080") for s in ("top", "left", "bottom", "right",
                                                         "insideH", "insideV")})
                cell_margins(t, 30, 30, 60, 60)
                for cell, h in zip(t.rows[0].cells, hdr):
                    fill_cell(cell, h, 8.5, bold=True, align="center")
                    shade(cell, "DCE6F1")
                repeat_header(t.rows[0])
                cant_split(t.rows[0])
                for i in e["indicators"]:
                    r = t.add_row()
                    cant_split(r)
                    for k, (cell, v) in enumerate(zip(r.cells, i["cells"])):
                        fill_cell(cell, v, 8.5, align=None if k < 2 else "center")
                for r in t.rows[:-1]:
                    for cl in r.cells:
                        cl.paragraphs[0].paragraph_format.keep_with_next = True
                set_widths(t, [4.8, 4.0, 1.2, 2.3, 2.3, 2.3])
                para(doc, "", after=4, size=6)
    doc.save(path)


def render_genova(c, path):
    doc = Document()
    c2 = dict(c, orientation="portrait", running_header="Camera di Commercio di Genova",
              footer="Relazione sulla performance 2021")
    setup(doc, c2)
    cover(doc, c["cover"], [20, 20, 11, 10], [NAVY, None, None, None])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(doc, "1. Presentazione", size=14, bold=True, color=NAVY, after=8)
    for t in c["intro"]:
        para(doc, t, align="justify")
    st = c["staff"]
    para(doc, st["title"], size=9, italic=True, before=6, after=3, keep=True)
    simple_table(doc, st["header"], st["rows"], [5.5, 3.5, 3.0, 3.0])
    para(doc, "", after=2, size=6)
    sm = c["summary"]
    para(doc, "Nel complesso, gli esiti degli indicatori degli obiettivi strategici sono riepilogati "
              "nella tabella seguente.", align="justify")
    para(doc, sm["title"], size=9, italic=True, before=6, after=3, keep=True)
    simple_table(doc, sm["header"], sm["rows"], [6.0, 3.0, 3.0])
    para(doc, "2. I risultati per obiettivo strategico", size=14, bold=True, color=NAVY,
         before=14, after=8)
    hdr = ["KPI", "Algoritmo", "Target", "Consuntivo", "Scostamento %", "Esito"]
    for (ac, at), objs in c["areas"]:
        para(doc, f"Area strategica {ac} – {at}", size=13, bold=True, color=NAVY, before=12,
             after=6, keep=True)
        for o in objs:
            para(doc, f"Obiettivo strategico {o['code']} – {o['title']}", size=11, bold=True,
                 before=8, after=4, keep=True)
            for t in o["prose"]:
                para(doc, t, align="justify")
            t = doc.add_table(rows=1, cols=6)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            borders(t, {"top": (8, "1F3864"), "bottom": (8, "1F3864"), "insideH": (4, "A6A6A6")})
            cell_margins(t, 40, 40, 60, 60)
            for cell, h in zip(t.rows[0].cells, hdr):
                fill_cell(cell, h, 8.5, bold=True, align=None if h in ("KPI", "Algoritmo") else "center")
                shade(cell, "1F3864")
                cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            if not o.get("split"):
                repeat_header(t.rows[0])
            cant_split(t.rows[0])
            for k in o["kpis"]:
                r = t.add_row()
                cant_split(r)
                for j, (cell, v) in enumerate(zip(r.cells, k)):
                    fill_cell(cell, v, 8.5, bold=(j == 5), align=None if j < 2 else "center")
                    if j == 5:
                        cell.paragraphs[0].runs[0].font.color.rgb = ESITO_COLOR[v]
            if not o.get("split"):
                for r in t.rows[:-1]:
                    for cl in r.cells:
                        cl.paragraphs[0].paragraph_format.keep_with_next = True
            set_widths(t, [4.4, 4.5, 1.9, 1.9, 2.1, 2.2])
            para(doc, "", after=2, size=6)
            if o.get("after"):
                para(doc, o["after"], align="justify")
    para(doc, "3. Conclusioni", size=14, bold=True, color=NAVY, before=14, after=8)
    para(doc, "Gli esiti esposti sono stati validati dall'Organismo indipendente di valutazione e "
              "costituiscono la base per la valutazione della performance organizzativa e per "
              "l'erogazione della retribuzione di risultato.", align="justify")
    doc.save(path)


def render_word(c, path):
    {"word-peg": render_torino, "word-narr": render_genova}[c["layout"]](c, path)
