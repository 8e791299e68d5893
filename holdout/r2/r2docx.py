"""Small python-docx helpers for the r2 samples (markup runs, widths, borders, merges)."""
from __future__ import annotations

import re

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


def new_document(font="Times New Roman", size=11, landscape=False, margins=(2, 2, 2, 2)):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts"); rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    st.paragraph_format.space_after = Pt(0)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Cm(m) for m in margins]
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        hs = doc.styles[name]
        hs.font.name = font
        hs.font.color.rgb = RGBColor(0, 0, 0)
        r = hs.element.get_or_add_rPr()
        rf = r.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts"); r.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rf.set(qn(a), font)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
    return doc


def runs(paragraph, text, size=None, bold=None, italic=None, color=None):
    """Add marked-up text (<b>, <i>, \\n) to a paragraph."""
    b = i = False
    for piece in re.split(r"(</?[bi]>)", text or ""):
        if piece == "<b>":
            b = True; continue
        if piece == "</b>":
            b = False; continue
        if piece == "<i>":
            i = True; continue
        if piece == "</i>":
            i = False; continue
        if not piece:
            continue
        parts = piece.split("\n")
        for k, part in enumerate(parts):
            if k:
                paragraph.add_run().add_break()
            if part:
                r = paragraph.add_run(part)
                r.bold = True if (b or bold) else None
                r.italic = True if (i or italic) else None
                if size:
                    r.font.size = Pt(size)
                if color:
                    r.font.color.rgb = RGBColor.from_string(color)
    return paragraph


def para(doc_or_cell, text="", size=None, bold=None, italic=None, align=None, before=0, after=0,
         style=None, color=None, keep_next=False):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    runs(p, text, size=size, bold=bold, italic=italic, color=color)
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if keep_next:
        pf.keep_with_next = True
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def set_cell(cell, text, size=9, bold=None, italic=None, align=None, shade=None, color=None):
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._element.getparent().remove(r._element)
    runs(p, text, size=size, bold=bold, italic=italic, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if shade:
        shade_cell(cell, shade)
    return cell


def shade_cell(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def fixed_table(doc, widths_cm, style="Table Grid", cell_margin_cm=0.1, align_center=False):
    t = doc.add_table(rows=0, cols=len(widths_cm))
    if style:
        t.style = doc.styles[style]
    t.autofit = False
    tblPr = t._tbl.tblPr
    layout = OxmlElement("w:tblLayout"); layout.set(qn("w:type"), "fixed"); tblPr.append(layout)
    mar = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        e = OxmlElement(f"w:{side}"); e.set(qn("w:w"), str(int(cell_margin_cm * 567)))
        e.set(qn("w:type"), "dxa"); mar.append(e)
    for side in ("top", "bottom"):
        e = OxmlElement(f"w:{side}"); e.set(qn("w:w"), "20"); e.set(qn("w:type"), "dxa")
        mar.append(e)
    tblPr.append(mar)
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    if align_center:
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t._widths = widths_cm
    return t


def add_row(table, header=False, cant_split=False):
    row = table.add_row()
    for c, w in zip(row.cells, table._widths):
        c.width = Cm(w)
    trPr = row._tr.get_or_add_trPr()
    if header:
        e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)
    if cant_split:
        e = OxmlElement("w:cantSplit"); e.set(qn("w:val"), "true"); trPr.append(e)
    return row


def set_borders(table, top=None, bottom=None, left=None, right=None, inside_h=None, inside_v=None):
    """Table-level borders: each arg a size in eighths of a point or 0/None for none."""
    tblPr = table._tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    b = OxmlElement("w:tblBorders")
    for name, sz in (("top", top), ("left", left), ("bottom", bottom), ("right", right),
                     ("insideH", inside_h), ("insideV", inside_v)):
        e = OxmlElement(f"w:{name}")
        if sz:
            e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def cell_border(cell, **sides):
    """Per-cell borders, e.g. bottom=8 (eighths of a point); 0 = none."""
    tcPr = cell._tc.get_or_add_tcPr()
    b = tcPr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders"); tcPr.append(b)
    for side, sz in sides.items():
        e = OxmlElement(f"w:{side}")
        if sz:
            e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)


def add_field(paragraph, instr, size=None):
    r = paragraph.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        r._r.append(e)
    if size:
        r.font.size = Pt(size)


def header_footer(doc, header_text=None, footer_page=True, size=8, first_page_blank=True):
    sec = doc.sections[0]
    sec.different_first_page_header_footer = first_page_blank
    if header_text:
        p = sec.header.paragraphs[0]
        runs(p, header_text, size=size, italic=True)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if footer_page:
        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        runs(p, "Pag. ", size=size)
        add_field(p, "PAGE", size=size)


def vmerge(table, col, r0, r1):
    """Merge cells of column col from row r0 to r1 (inclusive)."""
    a = table.cell(r0, col)
    b = table.cell(r1, col)
    return a.merge(b)
