from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

def new_doc(font="Calibri", size=10, landscape=False):
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(4)
    s = d.sections[0]
    s.page_height, s.page_width = Cm(29.7), Cm(21.0)
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE; s.page_height, s.page_width = Cm(21.0), Cm(29.7)
    s.left_margin = s.right_margin = Cm(1.8); s.top_margin = Cm(2.0); s.bottom_margin = Cm(1.8)
    return d

def shade(el_pr, fill):
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    el_pr.append(shd)

def cell_shade(cell, fill): shade(cell._tc.get_or_add_tcPr(), fill)

def para_shade(p, fill): shade(p._p.get_or_add_pPr(), fill)

def repeat_header(row):
    trPr = row._tr.get_or_add_trPr(); e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)

def cant_split(row):
    trPr = row._tr.get_or_add_trPr(); e = OxmlElement("w:cantSplit"); e.set(qn("w:val"), "true"); trPr.append(e)

def set_widths(table, widths):
    table.autofit = False
    for row in table.rows:
        col = 0
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            tcPr = tc.get_or_add_tcPr(); tcW = tcPr.get_or_add_tcW()
            tcW.set(qn("w:type"), "dxa"); tcW.set(qn("w:w"), str(int(sum(widths[col:col + span]) * 567)))
            col += span
    tblGrid = table._tbl.tblGrid
    for gc, w in zip(tblGrid.findall(qn("w:gridCol")), widths): gc.set(qn("w:w"), str(int(w * 567)))

def cell_text(cell, text, bold=False, size=None, align=None, color=None, italic=False, valign="c"):
    cell.text = ""
    p = cell.paragraphs[0]; p.paragraph_format.space_after = Pt(0)
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER if valign == "c" else WD_CELL_VERTICAL_ALIGNMENT.TOP
    return p

def para(d, text, bold=False, size=None, color=None, align=None, before=0, after=4, fill=None, italic=False, keep=False):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_before = Pt(before); p.paragraph_format.space_after = Pt(after)
    if fill: para_shade(p, fill)
    if keep: p.paragraph_format.keep_with_next = True
    return p

def footer_pages(d, text):
    p = d.sections[0].footer.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run(text + " – pag. "); r.font.size = Pt(8)
    r2 = p.add_run(); r2.font.size = Pt(8)
    for t, v in (("begin", None), (None, "PAGE"), ("end", None)):
        if t:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), t); r2._r.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = v; r2._r.append(e)
