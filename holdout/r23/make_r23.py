import json, sys, os, subprocess
from common import record, readback, write_truth, ws
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def lo_pdf(path):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-r23', '--headless', '--convert-to', 'pdf', path], check=True, capture_output=True)

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement('w:shd')
    s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), hexcol); tcPr.append(s)
def repeat_header(row):
    trPr = row._tr.get_or_add_trPr(); e = OxmlElement('w:tblHeader'); e.set(qn('w:val'), 'true'); trPr.append(e)
def cell_text(cell, text, bold=False, size=9, italic=False, align=None):
    p = cell.paragraphs[0]; p.paragraph_format.space_after = Pt(0)
    r = p.add_run(text or ''); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
    if align: p.alignment = align
def para(doc, text, bold=False, size=11, align=None, italic=False, after=6, before=0, color=None):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if align is not None: p.alignment = align
    p.paragraph_format.space_after = Pt(after); p.paragraph_format.space_before = Pt(before)
    return p
def footer_pages(sec, label):
    p = sec.footer.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(label + ' – pag. '); r.font.size = Pt(8)
    for t, v in [('begin', None), (None, 'PAGE'), ('end', None)]:
        run = p.add_run(); run.font.size = Pt(8)
        if t: e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), t)
        else: e = OxmlElement('w:instrText'); e.set(qn('xml:space'), 'preserve'); e.text = v
        run._r.append(e)

# ---------------- S1
def s1(c):
    name = c['name']; doc = Document()
    st = doc.styles['Normal']; st.font.name = 'Liberation Serif'; st.font.size = Pt(11)
    sec = doc.sections[0]; sec.page_height = Cm(29.7); sec.page_width = Cm(21); sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    footer_pages(sec, 'Comune di Lodi – Relazione sulla performance 2024')
    cv = c['cover']
    para(doc, '', after=60)
    para(doc, cv[0], bold=True, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
    para(doc, cv[1], size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=90)
    para(doc, cv[2], bold=True, size=24, align=WD_ALIGN_PARAGRAPH.CENTER, after=6, color='1F3864')
    para(doc, cv[3], bold=True, size=18, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    para(doc, cv[4], italic=True, size=10, align=WD_ALIGN_PARAGRAPH.CENTER, after=150)
    para(doc, cv[5], size=10, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
    para(doc, cv[6], size=10, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
    doc.add_page_break()
    for h, ps in c['intro']:
        para(doc, h, bold=True, size=13, before=8, color='1F3864')
        for t in ps: para(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    t = doc.add_table(rows=1, cols=4); t.style = 'Table Grid'
    for i, hd in enumerate(c['staff']['header']): cell_text(t.rows[0].cells[i], hd, bold=True, size=9); shade(t.rows[0].cells[i], 'D9D9D9')
    for row in c['staff']['rows']:
        cs = t.add_row().cells
        for i, v in enumerate(row): cell_text(cs[i], v, size=9, bold=(row[0] == 'Totale'), align=None if i == 0 else WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, '', after=4)
    para(doc, c['results_heading'], bold=True, size=13, before=8, color='1F3864')
    para(doc, c['results_intro'], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    recs = []; groups = []
    widths = [Cm(7.4), Cm(3.3), Cm(3.6), Cm(2.7)]
    for a in c['areas']:
        para(doc, 'Area strategica %s – %s' % (a['code'], a['title']), bold=True, size=12, before=10, color='2E5496')
        for o in a['objectives']:
            para(doc, 'Obiettivo operativo %s – %s' % (o['code'], o['title']), bold=True, size=11, before=6, after=2)
            para(doc, 'Responsabile: ' + o['resp'], italic=True, size=10, after=4)
            t = doc.add_table(rows=1, cols=4); t.style = 'Table Grid'
            for i, hd in enumerate(c['header']): cell_text(t.rows[0].cells[i], hd, bold=True, size=9); shade(t.rows[0].cells[i], 'BDD7EE')
            repeat_header(t.rows[0])
            def band(label):
                r = t.add_row(); m = r.cells[0].merge(r.cells[3]); cell_text(m, label, bold=True, italic=True, size=9); shade(m, 'F2F2F2')
            band('Fasi di attuazione')
            for ph in o['phases']:
                cs = t.add_row().cells
                for i, v in enumerate(ph): cell_text(cs[i], v, size=9)
            band('Indicatori')
            h = {'area_code': a['code'], 'area_title': a['title'], 'objective_level': 'operational', 'objective_code': o['code'], 'objective_title': o['title']}
            for ind in o['indicators']:
                cs = t.add_row().cells
                for i, v in enumerate([ind['indicator'], ind['target'], ind['actual'], ind['notes']]): cell_text(cs[i], v, size=9)
                st = {'Raggiunto': 'achieved', 'Parzialmente raggiunto': 'partially_achieved', 'Non raggiunto': 'not_achieved', 'Sospeso': 'suspended'}[o['esito']]
                r = record(h, {'indicator': ind['indicator'], 'notes': ind['notes'], 'status': st, 'status_text': o['esito'], 'comment': o['comment']}, year=2024, target=ind['target'], actual=ind['actual'])
                recs.append(r)
                last = ind['notes'] or ind['actual']
                groups.append(([r], ' '.join(ind['indicator'].split()[:5]), ' '.join(last.split()[-2:])))
            t.autofit = False
            for i, w in enumerate(widths): t.columns[i].width = w
            for row in t.rows:
                for i, w in enumerate(widths): row.cells[i].width = w
            para(doc, 'Esito: ' + o['esito'], bold=True, size=10, before=4, after=2)
            if o['comment']: para(doc, o['comment'], size=10, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    h, ps = c['closing']
    para(doc, h, bold=True, size=13, before=10, color='1F3864')
    for t in ps: para(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    doc.save(name + '.docx'); lo_pdf(name + '.docx')
    return recs, groups, "Comune relazione sulla performance (Word -> LibreOffice): per obiettivo operativo a table mixing a 'Fasi di attuazione' band with dated phase rows and an 'Indicatori' band with indicator rows; 'Esito:' line and prose after each table."

from make_s2 import s2 as _s2
from make_s3 import s3
from make_s4 import s4
RENDER = {'mur-2023-nota-integrativa-rendiconto': s4, 'unimc-2025-piao': s3, 'comune-lodi-2024-relazione': s1, 'asl-viterbo-2024-schede-budget': lambda c: _s2(c, lo_pdf)}
if __name__ == '__main__':
    for name in (sys.argv[1:] or RENDER):
        c = json.load(open(name + '.content.json'))
        recs, groups, about = RENDER[name](c)
        n = readback(name + '.pdf', groups)
        about = 'Generated by blind/r23/make_r23.py from %s.content.json; pages read back from the PDF. Layout: %s' % (name, about)
        if c.get('about_extra'): about += ' ' + c['about_extra']
        about += ' Document: issuer in the body\'s usual spelling (the cover/heading prints it in capitals); year = the year reported on (relazione) or the first plan year (PIAO).'
        write_truth(name, c['document'], recs, n, about)
        print(name, n, 'pages', len(recs), 'records')
