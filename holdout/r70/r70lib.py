"""r70 helpers (copied from r30) (docx, records, truth), adapted from r21."""

import json, os, re, subprocess, sys, hashlib, shutil
from docx import Document
from docx.shared import Pt, Cm, RGBColor, Emu
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import pdfplumber
from valparse import parse, met as calc_met

BLUE = RGBColor(0x2E, 0x74, 0xB5)

FIELDS = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code", "objective_title",
          "indicator_code", "indicator", "type", "formula", "unit", "data_source", "weight", "baseline", "year",
          "target", "target_operator", "target_value", "target_value_max", "target_unit",
          "actual", "actual_operator", "actual_value", "actual_value_max", "actual_unit",
          "achievement", "notes", "status", "status_text", "comment", "met"]

def clean(s):
    if s is None: return None
    s = ' '.join(str(s).split())
    return s or None

STATUS = [("PARZIALMENTE", "partially_achieved"), ("NON CONSEGUITO", "not_achieved"), ("NON RAGGIUNTO", "not_achieved"),
          ("SOSPESO", "suspended"), ("CONSEGUITO", "achieved"), ("RAGGIUNTO", "achieved")]
def status_of(text):
    if not text: return None
    u = text.upper()
    for k, v in STATUS:
        if k in u: return v
    return None

def record(**kw):
    r = {f: None for f in FIELDS}
    for k, v in kw.items():
        assert k in r or k.startswith('_'), k
        r[k] = v
    for f in ("indicator", "target", "actual", "baseline", "notes", "comment", "status_text", "type", "formula",
              "objective_title", "area_title", "data_source", "unit"):
        r[f] = clean(r[f])
    t = parse(r["target"]); a = parse(r["actual"])
    r["target_operator"], r["target_value"], r["target_value_max"], r["target_unit"] = t
    r["actual_operator"], r["actual_value"], r["actual_value_max"], r["actual_unit"] = a
    r["met"] = calc_met(r["indicator"], t, a)
    return r

# ------------------------------------------------------------------ docx helpers
def set_cell_shading(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexcolor)
    tcPr.append(shd)

def set_cell_valign(cell, v='center'):
    cell.vertical_alignment = {'center': WD_CELL_VERTICAL_ALIGNMENT.CENTER, 'top': WD_CELL_VERTICAL_ALIGNMENT.TOP}[v]

def repeat_header(row):
    trPr = row._tr.get_or_add_trPr(); el = OxmlElement('w:tblHeader'); el.set(qn('w:val'), 'true'); trPr.append(el)

def cant_split(row):
    trPr = row._tr.get_or_add_trPr(); el = OxmlElement('w:cantSplit'); el.set(qn('w:val'), 'true'); trPr.append(el)

def set_borders(table, sz=4, color='000000'):
    tblPr = table._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), 'single'); x.set(qn('w:sz'), str(sz)); x.set(qn('w:color'), color); b.append(x)
    tblPr.append(b)

def cell_text(cell, text, size=9, bold=False, italic=False, align='left', color=None, font=None):
    cell.text = ''
    lines = text.split('\n') if text else ['']
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0); p.paragraph_format.space_before = Pt(0)
    p.alignment = {'left': WD_ALIGN_PARAGRAPH.LEFT, 'center': WD_ALIGN_PARAGRAPH.CENTER, 'right': WD_ALIGN_PARAGRAPH.RIGHT, 'justify': WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    for i, ln in enumerate(lines):
        r = p.add_run(ln); r.font.size = Pt(size); r.bold = bold; r.italic = italic
        if font: r.font.name = font
        if color: r.font.color.rgb = color
        if i < len(lines) - 1: r.add_break()
    return p

def add_runs(cell_or_doc, parts, size=9, align='left', first=True):
    """parts: list of (text, bold, italic)"""
    p = cell_or_doc.paragraphs[0] if first else cell_or_doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    p.alignment = {'left': WD_ALIGN_PARAGRAPH.LEFT, 'justify': WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    for t, b, i in parts:
        r = p.add_run(t); r.font.size = Pt(size); r.bold = b; r.italic = i
    return p

def para(doc, text, size=11, bold=False, italic=False, align='justify', color=None, before=0, after=6, font=None):
    p = doc.add_paragraph()
    p.alignment = {'left': WD_ALIGN_PARAGRAPH.LEFT, 'center': WD_ALIGN_PARAGRAPH.CENTER, 'justify': WD_ALIGN_PARAGRAPH.JUSTIFY, 'right': WD_ALIGN_PARAGRAPH.RIGHT}[align]
    p.paragraph_format.space_before = Pt(before); p.paragraph_format.space_after = Pt(after)
    lines = text.split('\n')
    for i, ln in enumerate(lines):
        r = p.add_run(ln); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
        if font: r.font.name = font
        if color: r.font.color.rgb = color
        if i < len(lines) - 1: r.add_break()
    return p

def base_doc(font='Times New Roman', size=11):
    doc = Document()
    st = doc.styles['Normal']; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.left_margin = s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return doc

def header_lr(section, left, right, size=8):
    section.header.is_linked_to_previous = False
    section.different_first_page_header_footer = False
    p = section.header.paragraphs[0]; p.text = ''
    from docx.enum.text import WD_TAB_ALIGNMENT
    for pos in (Emu(4680 * 635), Emu(9360 * 635), Emu(4513 * 635), Emu(9026 * 635)):
        p.paragraph_format.tab_stops.add_tab_stop(pos, alignment=WD_TAB_ALIGNMENT.CLEAR)
    p.paragraph_format.tab_stops.add_tab_stop(section.page_width - section.left_margin - section.right_margin, alignment=WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(left + '\t' + right); r.font.size = Pt(size)

def page_number_footer(section, size=9):
    section.footer.is_linked_to_previous = False
    p = section.footer.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(); r.font.size = Pt(size)
    for t, txt in (('begin', None), (None, 'PAGE'), ('end', None)):
        if t:
            e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), t); r._r.append(e)
        else:
            e = OxmlElement('w:instrText'); e.set(qn('xml:space'), 'preserve'); e.text = txt; r._r.append(e)

def col_widths(table, widths_cm):
    table.autofit = False
    for i, w in enumerate(widths_cm):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)

def docx_to_pdf(docx, outdir='.'):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-r70', '--headless', '--convert-to', 'pdf', '--outdir', outdir, docx],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def write_truth(name, doc, recs, about, npages):
    pdf = name + '.pdf'
    sha = hashlib.sha256(open(pdf, 'rb').read()).hexdigest()
    inds = [{k: r[k] for k in FIELDS} for r in recs]
    t = {"schema": "perfextract/records@1", "_about": about,
         "source": {"path": pdf, "sha256": sha, "pages": npages}, "document": doc, "indicators": inds, "warnings": []}
    json.dump(t, open(name + '.truth.json', 'w'), ensure_ascii=False, indent=1)
