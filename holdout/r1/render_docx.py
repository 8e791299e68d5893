"""Render an r1 content dict to a Word document (python-docx); LibreOffice makes the PDF."""

from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

FONT = "Arial"
NAVY = RGBColor(0x1F, 0x3A, 0x68)


def set_cell_borders(cell, **edges):
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for edge, (val, sz) in edges.items():
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tc_pr.append(borders)


def set_table_borders(table, **edges):
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        val, sz = edges.get(edge, ("nil", 0))
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000" if val != "nil" else "auto")
        borders.append(el)
    tbl_pr.append(borders)


def shade(cell, fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def fixed_widths(table, widths):
    tbl_pr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = Cm(w)
    for col, w in zip(table.columns, widths):
        col.width = Cm(w)


def repeat_header(row):
    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def cant_split(row):
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def write(cell_or_par, text, size, bold=False, italic=False, align=None, color=None):
    par = cell_or_par.paragraphs[0] if hasattr(cell_or_par, "paragraphs") else cell_or_par
    run = par.add_run(text)
    run.font.size = Pt(size)
    run.font.name = FONT
    run.bold = bold or None
    run.italic = italic or None
    if color is not None:
        run.font.color.rgb = color
    if align is not None:
        par.alignment = align
    par.paragraph_format.space_after = Pt(1)
    par.paragraph_format.space_before = Pt(1)
    return par


def add_page_field(par):
    run = par.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)
    run.font.size = Pt(8)


def render(content, path):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if content.get("landscape"):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
        setattr(sec, side, Cm(2.0))
    sec.header_distance = Cm(1.0)
    sec.footer_distance = Cm(1.0)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    write(hp, content["running_header"], 8, italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT, color=NAVY)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    write(fp, "Pagina ", 8)
    add_page_field(fp)
    usable = (29.7 if content.get("landscape") else 21.0) - 4.0

    # cover
    first = True
    for line in content["cover"]:
        par = doc.add_paragraph()
        if first:
            par.paragraph_format.space_before = Pt(90)
            first = False
        if line["text"]:
            write(par, line["text"], line["size"], bold=line.get("bold", False),
                  align=WD_ALIGN_PARAGRAPH.CENTER, color=NAVY if line.get("bold") else None)
            par.paragraph_format.space_after = Pt(8)
        else:
            par.paragraph_format.space_after = Pt(line["size"])

    pending_break = False
    booktabs = content["name"].startswith("asp-")
    for block in content["blocks"]:
        kind = block["kind"]
        if kind == "pagebreak":
            pending_break = True
            continue
        if kind == "heading":
            par = doc.add_paragraph()
            level = block["level"]
            if level == "section":
                write(par, block["text"], 13, bold=True, color=NAVY)
                par.paragraph_format.space_before = Pt(14)
                par.paragraph_format.space_after = Pt(6)
            elif level == "area":
                write(par, block["text"], 12.5, bold=True, color=NAVY)
                par.paragraph_format.space_before = Pt(12)
                par.paragraph_format.space_after = Pt(8)
            elif level == "strategic":
                write(par, block["text"], 11, bold=True)
                par.paragraph_format.space_before = Pt(8)
                par.paragraph_format.space_after = Pt(6)
            else:
                write(par, block["text"], 10.5, bold=True, italic=True)
                par.paragraph_format.space_before = Pt(8)
                par.paragraph_format.space_after = Pt(4)
            par.paragraph_format.keep_with_next = True
        elif kind == "para":
            par = doc.add_paragraph()
            style = block.get("style")
            if style == "source":
                write(par, block["text"], 8.5, italic=True)
                par.paragraph_format.space_before = Pt(6)
            elif style == "note":
                write(par, block["text"], 9, italic=True)
                par.paragraph_format.space_before = Pt(6)
            else:
                write(par, block["text"], 10.5, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
                par.paragraph_format.space_after = Pt(6)
                par.paragraph_format.line_spacing = 1.15
        elif kind == "table":
            if block["role"] == "other":
                other_table(doc, block, usable)
            elif booktabs:
                booktabs_table(doc, block)
            else:
                grid_table(doc, block)
            spacer = doc.add_paragraph()
            spacer.paragraph_format.space_after = Pt(2)
            par = None
        if pending_break:
            target = par if kind != "table" else None
            if target is None:
                raise ValueError("a page break must be followed by a paragraph")
            target.paragraph_format.page_break_before = True
            pending_break = False
    doc.save(path)


def booktabs_table(doc, block):
    widths = [3.7, 2.5, 2.5, 1.9, 6.4]
    rows = [r for r in block["rows"] if r["kind"] == "ind"]
    table = doc.add_table(rows=1 + len(rows), cols=5)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    fixed_widths(table, widths)
    set_table_borders(table, top=("single", 12), bottom=("single", 12))
    for j, label in enumerate(block["header"][0]):
        cell = table.cell(0, j)
        write(cell, label, 9, bold=True)
        set_cell_borders(cell, bottom=("single", 6))
    for i, row in enumerate(rows, 1):
        for j, text in enumerate(row["cells"]):
            cell = table.cell(i, j)
            par = write(cell, text or "", 9, align=WD_ALIGN_PARAGRAPH.CENTER if j in (1, 2, 3) else
                        (WD_ALIGN_PARAGRAPH.JUSTIFY if j == 4 else None))
            par.paragraph_format.space_before = Pt(4)
            par.paragraph_format.space_after = Pt(4)


def grid_table(doc, block):
    widths = [1.2, 11.6, 3.0, 3.2, 3.2, 3.2]
    rows = [r for r in block["rows"] if r["kind"] == "ind"]
    nhead = len(block["header"])
    table = doc.add_table(rows=nhead + len(rows), cols=6)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    fixed_widths(table, widths)
    set_table_borders(table, top=("single", 4), bottom=("single", 4), left=("single", 4),
                      right=("single", 4), insideH=("single", 4), insideV=("single", 4))
    if nhead == 2:
        for j in range(3):
            table.cell(0, j).merge(table.cell(1, j))
        table.cell(0, 3).merge(table.cell(0, 5))
        labels = [(0, 0, "N."), (0, 1, "Indicatore"), (0, 2, "Unità di misura"), (0, 3, "Valori attesi"),
                  (1, 3, "2025"), (1, 4, "2026"), (1, 5, "2027")]
        for r, c, label in labels:
            write(table.cell(r, c), label, 9, bold=True,
                  align=WD_ALIGN_PARAGRAPH.CENTER if label == "Valori attesi" else None)
    else:
        for j, label in enumerate(block["header"][0]):
            write(table.cell(0, j), label, 9, bold=True)
    for r in range(nhead):
        repeat_header(table.rows[r])
        for c in range(6):
            shade(table.cell(r, c), "D9E2F3")
    for i, row in enumerate(rows, nhead):
        cant_split(table.rows[i])
        for j, text in enumerate(row["cells"]):
            write(table.cell(i, j), text or "", 9,
                  align=WD_ALIGN_PARAGRAPH.CENTER if j >= 3 else None)


def other_table(doc, block, usable):
    header = block["header"][0]
    n = len(header)
    first = 7.0 if n <= 4 else 6.0
    widths = [first] + [(min(usable, 17.0) - first) / (n - 1)] * (n - 1)
    table = doc.add_table(rows=1 + len(block["rows"]), cols=n)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    fixed_widths(table, widths)
    set_table_borders(table, top=("single", 4), bottom=("single", 4), left=("single", 4),
                      right=("single", 4), insideH=("single", 4), insideV=("single", 4))
    for j, label in enumerate(header):
        write(table.cell(0, j), label, 9, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER if j else None)
        shade(table.cell(0, j), "E7E6E6")
    for i, row in enumerate(block["rows"], 1):
        last = i == len(block["rows"]) and row[0] == "Totale"
        for j, text in enumerate(row):
            write(table.cell(i, j), text, 9, bold=last, align=WD_ALIGN_PARAGRAPH.RIGHT if j else None)
