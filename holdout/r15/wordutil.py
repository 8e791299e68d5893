"""Word helpers (copied from blind/r4/render_word.py)."""
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
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


