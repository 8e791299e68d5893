from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), color); tcPr.append(s)
def repeat_header(row):
    trPr = row._tr.get_or_add_trPr(); e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)
def cant_split(row):
    trPr = row._tr.get_or_add_trPr(); e = OxmlElement("w:cantSplit"); e.set(qn("w:val"), "true"); trPr.append(e)
def field(par, instr, size=8):
    r = par.add_run(); f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), "begin"); r._r.append(f)
    r2 = par.add_run(); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
    r3 = par.add_run(); f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), "end"); r3._r.append(f)
    for x in (r, r2, r3): x.font.size = Pt(size)
def cell_text(cell, text, size=8.5, bold=False, align=None, color=None):
    lines = text.split("\n") if isinstance(text, str) else text
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i: p = cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0); p.paragraph_format.space_before = Pt(0)
        if align: p.alignment = align
        if isinstance(ln, tuple):
            for seg, b in ln:
                r = p.add_run(seg); r.font.size = Pt(size); r.bold = b
        else:
            r = p.add_run(ln); r.font.size = Pt(size); r.bold = bold
            if color: r.font.color.rgb = RGBColor.from_string(color)
def set_widths(table, widths):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths): gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths): c.width = w
def simple_table(doc, header, rows, widths, size=8.5, hdr_fill="D9E2F3", bold_last=True):
    t = doc.add_table(rows=1 + len(rows), cols=len(header)); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.rows[0].cells[j], h, size, True); shade(t.rows[0].cells[j], hdr_fill)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell_text(t.rows[i + 1].cells[j], v, size, bold_last and i == len(rows) - 1,
                      WD_ALIGN_PARAGRAPH.RIGHT if j > 0 else None)
    set_widths(t, widths); return t
