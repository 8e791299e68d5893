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


# ------------------------------------------------------------------------- layouts
def grid_table(doc, block, size=9):
    """Every cell ruled; shaded header row repeated on each page; the Obiettivo cell merged
    down over its indicators; rows may break across pages."""
    cols = block["columns"]
    widths = [c["width"] for c in cols]
    t = doc.add_table(rows=1, cols=len(cols))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(t, {s: (4, "000000") for s in ("top", "left", "bottom", "right", "insideH",
                                             "insideV")})
    cell_margins(t, 30, 30, 57, 57)
    indic = block["role"] == "indicators"
    for cell, col in zip(t.rows[0].cells, cols):
        fill_cell(cell, col["header"], size, bold=True,
                  align="center" if indic else None)
        shade(cell, "D9D9D9")
    repeat_header(t.rows[0])
    start = None
    for row in block["rows"]:
        cells = t.add_row().cells
        for i, (cell, col, val) in enumerate(zip(cells, cols, row["cells"])):
            if col["field"] == "objective" and not row.get("objective_first"):
                val = None
            align = None
            if indic and col["field"] in ("indicator_code", "weight", "target", "actual"):
                align = "center"
            if not indic and i > 0:
                align = "right"
            fill_cell(cell, val, size, bold=bool(row.get("total")) or
                      (not indic and val and val.startswith("Totale")), align=align)
        if indic and block.get("merge_objective"):
            oi = [c["field"] for c in cols].index("objective")
            if row.get("objective_first"):
                start = cells[oi]
            else:
                start = start.merge(cells[oi])
    set_widths(t, widths)
    return t


def booktabs_table(doc, block, size=9.5):
    cols = block["columns"]
    widths = [c["width"] for c in cols]
    t = doc.add_table(rows=1, cols=len(cols))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(t, {"top": (12, "000000"), "bottom": (12, "000000")})
    cell_margins(t, 45, 45, 85, 85)
    for cell, col in zip(t.rows[0].cells, cols):
        fill_cell(cell, col["header"], size, bold=True,
                  align=None if col["field"] == "indicator" else "center")
        cell_border(cell, "bottom", 6)
    repeat_header(t.rows[0])
    cant_split(t.rows[0])
    for row in block["rows"]:
        r = t.add_row()
        cant_split(r)
        for cell, col, val in zip(r.cells, cols, row["cells"]):
            fill_cell(cell, val, size,
                      align=None if col["field"] in ("indicator",) else "center")
    # keep the table together with its heading
    for r in t.rows[:-1]:
        for c in r.cells:
            c.paragraphs[0].paragraph_format.keep_with_next = True
    set_widths(t, widths)
    return t


def render_word(content, docx_path, toc_pages=None):
    doc = Document()
    setup(doc, content)
    grid = content["layout"] == "word-grid"
    for b in content["blocks"]:
        t = b["type"]
        if t == "cover":
            for i, line in enumerate(b["lines"]):
                para(doc, line["text"], size=line["size"], bold=line.get("bold"),
                     align="center", before=90 if i == 0 else (40 if line["size"] >= 18 and i > 1
                                                                else 4),
                     after=6, color=NAVY if line.get("bold") else None)
        elif t == "page_break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif t == "toc":
            para(doc, b["title"], size=14, bold=True, color=NAVY, after=12)
            entries = [x for x in content["blocks"] if x["type"] in ("heading", "hier")]
            for e in entries:
                p = doc.add_paragraph()
                p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT,
                                                          WD_TAB_LEADER.DOTS)
                if e["type"] == "hier":
                    p.paragraph_format.left_indent = Cm(0.8)
                p.paragraph_format.space_after = Pt(4)
                pg = (toc_pages or {}).get(e["text"], "")
                p.add_run(f"{e['text']}\t{pg}")
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif t == "heading":
            para(doc, b["text"], size=13 if grid else 14, bold=True, color=NAVY, before=12,
                 after=6, keep=True)
        elif t == "hier":
            if b["level"] == "area":
                para(doc, b["text"], size=12, bold=True, color=NAVY if not grid else None,
                     before=10, after=4, keep=True)
            else:
                para(doc, b["text"], size=10.5, bold=True, before=6, after=4, keep=True)
        elif t == "caption":
            para(doc, b["text"], size=9, italic=True, before=4, after=3, keep=True)
        elif t == "paragraph":
            para(doc, b["text"], align="justify", after=6)
        elif t == "table":
            if grid:
                grid_table(doc, b)
            else:
                booktabs_table(doc, b)
            para(doc, "", after=2, size=6)
    doc.save(docx_path)
