"""r73 generator: renders NAME.pdf from NAME.content.json and writes NAME.truth.json from the content.
Page fields come from a pdfplumber read-back of the rendered PDF (text located per column)."""
import json, re, os, subprocess, sys
import pdfplumber
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT

D = '/work/blind/r73/'
F = '/usr/share/fonts/truetype/'
for n, f in [('Sans', 'dejavu/DejaVuSans.ttf'), ('Sans-B', 'dejavu/DejaVuSans-Bold.ttf'),
             ('Serif', 'liberation/LiberationSerif-Regular.ttf'), ('Serif-B', 'liberation/LiberationSerif-Bold.ttf'),
             ('Serif-I', 'liberation/LiberationSerif-Italic.ttf')]:
    pdfmetrics.registerFont(TTFont(n, F + f))

# ------------------------------------------------------------------ value parsing (own, per RECORDS.md)
NUM = r'\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?'
def num(s):
    if re.fullmatch(r'\d{1,3}(?:\.\d{3})+(?:,\d+)?', s): s = s.replace('.', '')
    return float(s.replace(',', '.'))
OPS = [('≥', '>='), ('>=', '>='), ('≤', '<='), ('<=', '<='), ('>', '>'), ('<', '<'), ('=', '=')]
UNITS = [('%', '%'), ('€', 'EUR'), ('gg', 'days'), ('giorni', 'days'), ('ore', 'hours'), ('mesi', 'months')]
def parse(t):
    none = (None, None, None, None)
    if t is None: return none
    s = ' '.join(t.split()); op = None
    for p, o in OPS:
        if s.startswith(p): op = o; s = s[len(p):].strip(); break
    s = re.sub(r'^N°\s*', '', s); unit = None
    if s.startswith('€'): unit = 'EUR'; s = s[1:].strip()
    m = re.match(NUM, s)
    if not m: return none
    v = num(m.group(0)); rest = s[m.end():].strip()
    if unit is None:
        for p, u in UNITS:
            if rest == p or rest.startswith(p + ' ') or (p == '%' and rest.startswith('%')):
                unit = u; rest = rest[len(p):].strip(); break
    if re.search(r'\d', rest): return none
    return (op or '=', v, None, unit)
LOWER = ['tempo medio', 'tempi', 'giorni', 'riduzione', 'costi']
HIGHER = ['numero', 'n.', 'percentuale di', '% di', 'incremento', 'grado di', 'tasso di', 'realizzazione', 'entro', 'nei termini']
def direction(name):
    n = name.lower(); best = None
    for w in LOWER + HIGHER:
        i = n.find(w)
        if i >= 0 and (best is None or i < best[0]): best = (i, 'lower' if w in LOWER else 'higher')
    return best and best[1]
def met(name, t, a):
    to, tv, _, tu = t; ao, av, _, au = a
    if tv is None or av is None: return None
    if tu and au and tu != au: return None
    if to == '>=': return av >= tv
    if to == '<=': return av <= tv
    if to == '>': return av > tv
    if to == '<': return av < tv
    if av == tv: return True
    d = direction(name)
    if d is None: return None
    return av > tv if d == 'higher' else av < tv
def pct(s):
    if s is None: return None
    m = re.match(r'(' + NUM + r')\s*%', s.strip())
    return num(m.group(1)) if m else None
STATUS_WORDS = [('parzialmente raggiunto', 'partially_achieved'), ('non raggiunto', 'not_achieved'),
                ('raggiunto', 'achieved'), ('sospeso', 'suspended')]
def status_of(t):
    l = t.lower()
    for w, s in STATUS_WORDS:
        if w in l: return s

FIELDS = ['page', 'page_end', 'area_code', 'area_title', 'objective_level', 'objective_code', 'objective_title',
          'indicator_code', 'indicator', 'type', 'formula', 'unit', 'data_source', 'weight', 'baseline', 'year',
          'target', 'target_operator', 'target_value', 'target_value_max', 'target_unit', 'actual', 'actual_operator',
          'actual_value', 'actual_value_max', 'actual_unit', 'achievement', 'notes', 'status', 'status_text', 'comment', 'met']
def rec(**kw):
    r = {f: None for f in FIELDS}; r.update(kw)
    t = parse(r['target']); a = parse(r['actual'])
    r['target_operator'], r['target_value'], r['target_value_max'], r['target_unit'] = t
    r['actual_operator'], r['actual_value'], r['actual_value_max'], r['actual_unit'] = a
    r['met'] = met(r['indicator'], t, a)
    return r

# ------------------------------------------------------------------ read-back
def locate(pdf, cols, rows, table_top_min=None):
    """cols: list of (x0,x1) per column; rows: list of list of cell texts (None = skip).
    Returns [(page, page_end)] per row, located by char-level matching in per-column streams."""
    streams = []
    with pdfplumber.open(pdf) as p:
        words = [(i + 1, w) for i, pg in enumerate(p.pages) for w in pg.extract_words(keep_blank_chars=False)]
    for (x0, x1) in cols:
        chars = []; pages = []
        for pg, w in words:
            if x0 - 4 <= w['x0'] < x1 - 4:
                for ch in w['text']: chars.append(ch); pages.append(pg)
        streams.append((''.join(chars), pages))
    pos = [0] * len(cols); out = []
    for row in rows:
        pstart, pend = 99, 0
        for ci, cell in enumerate(row):
            if not cell: continue
            s, pages = streams[ci]; want = ''.join(cell.split())
            k = 0; found = None
            while True:
                i = s.find(want[:8], pos[ci] + k)
                if i < 0: break
                j = i; ok = True; last = i
                for ch in want:
                    nj = s.find(ch, j, j + 120 if ch != want[0] or j != i else j + 1)
                    if nj < 0: ok = False; break
                    last = nj; j = nj + 1
                if ok: found = (i, last); break
                k = i - pos[ci] + 1
            assert found, ('not found', ci, cell[:60])
            pos[ci] = found[1] + 1
            pstart = min(pstart, pages[found[0]]); pend = max(pend, pages[found[1]])
        out.append((pstart, pend))
    return out

# ------------------------------------------------------------------ reportlab flow engine
class Flow:
    def __init__(s, path, font, bold, size, margins=(62, 62, 70, 70), footer=None, italic=None):
        s.c = canvas.Canvas(path, pagesize=A4); s.W, s.H = A4
        s.l, s.r, s.t, s.b = margins; s.font, s.bold, s.size = font, bold, size; s.italic = italic or font
        s.page = 1; s.y = s.H - s.t; s.footer = footer
    def tw(s): return s.W - s.l - s.r
    def newpage(s):
        s.foot(); s.c.showPage(); s.page += 1; s.y = s.H - s.t
    def foot(s):
        if s.footer and s.page > 1:
            s.c.setFont(s.font, 8); s.c.setFillGray(0.3)
            s.c.drawString(s.l, 40, s.footer); s.c.drawRightString(s.W - s.r, 40, str(s.page)); s.c.setFillGray(0)
    def space(s, h): s.y -= h
    def para(s, text, size=None, font=None, align=TA_JUSTIFY, lead=None, after=6, first_indent=0):
        st = ParagraphStyle('p', fontName=font or s.font, fontSize=size or s.size, leading=lead or (size or s.size) * 1.35,
                            alignment=align, firstLineIndent=first_indent)
        p = Paragraph(text, st)
        while True:
            w, h = p.wrap(s.tw(), s.y - s.b)
            if h <= s.y - s.b:
                p.drawOn(s.c, s.l, s.y - h); s.y -= h + after; return
            parts = p.split(s.tw(), s.y - s.b)
            if len(parts) < 2: s.newpage(); continue
            w, h = parts[0].wrap(s.tw(), s.y - s.b); parts[0].drawOn(s.c, s.l, s.y - h); s.newpage(); p = parts[1]
    def heading(s, text, size, before=10, after=6, keep=80):
        if s.y - keep < s.b: s.newpage()
        else: s.y -= before
        s.c.setFont(s.bold, size)
        lines = simpleSplit(text, s.bold, size, s.tw())
        for ln in lines: s.y -= size * 1.25; s.c.drawString(s.l, s.y, ln)
        s.y -= after

def booktabs(fl, header, rows, widths, size=8.5, lead=None, pad=3.5, split_rows=True, merged=None, heavy=1.0, light=0.5,
             hfont=None, group_gap=0, align=None):
    """Draws a booktabs table (top rule, rule under header, bottom rule). rows: list of cell lists.
    merged: optional list of (first_row, last_row, text) drawn in column 0 across those rows.
    Rows split over a page break (Word-like) when split_rows, else move whole."""
    lead = lead or size * 1.25; hfont = hfont or fl.bold; c = fl.c
    xs = [fl.l]
    for w in widths: xs.append(xs[-1] + w)
    align = align or ['l'] * len(widths)
    def wrap(t, w, f=fl.font): return simpleSplit(t or '', f, size, w - 2 * pad) if t else []
    hl = [wrap(h, w, hfont) for h, w in zip(header, widths)]
    hh = max(len(x) for x in hl) * lead + 2 * pad
    def draw_header():
        c.setLineWidth(heavy); c.line(xs[0], fl.y, xs[-1], fl.y); y0 = fl.y
        c.setFont(hfont, size)
        for i, ls in enumerate(hl):
            for k, ln in enumerate(ls):
                yy = y0 - pad - (k + 1) * lead + 2
                if align[i] == 'c': c.drawCentredString((xs[i] + xs[i + 1]) / 2, yy, ln)
                elif align[i] == 'r': c.drawRightString(xs[i + 1] - pad, yy, ln)
                else: c.drawString(xs[i] + pad, yy, ln)
        fl.y -= hh; c.setLineWidth(light); c.line(xs[0], fl.y, xs[-1], fl.y); fl.y -= 1
    def close():
        c.setLineWidth(heavy); c.line(xs[0], fl.y - pad + 2, xs[-1], fl.y - pad + 2); fl.y -= pad + 4
    if fl.y - hh - 3 * lead < fl.b: fl.newpage()
    draw_header()
    mlines = {}; mstart = {}
    if merged:
        for a, b, t in merged:
            ls = wrap(t, widths[0]); mstart[a] = (b, ls)
    pending = []  # merged-column lines still to draw
    for ri, row in enumerate(rows):
        cl = [wrap(t, w) for t, w in zip(row, widths)]
        if ri in mstart:
            b, ls = mstart[ri]; pending = list(ls); mend = b
            if group_gap and ri > 0: fl.y -= group_gap
            mtop = fl.y; mdrawn = 0
        n = max(len(x) for x in cl)
        if merged and ri == mend and pending:  # last row of group: make room for the rest of the merged text
            import math
            last_base = mtop - pad - (mdrawn + len(pending)) * lead + 2
            n = max(n, math.ceil((fl.y - last_base - pad) / lead))
        done = 0
        while done < n:
            avail = int((fl.y - fl.b - pad * 2 - 6) // lead)
            if not split_rows and done == 0 and avail < n and avail < 40:
                avail = 0
            if avail <= 0:
                close(); fl.newpage(); draw_header()
                if merged: mtop = fl.y; mdrawn = 0
                continue
            take = min(avail, n - done)
            y0 = fl.y
            for i, ls in enumerate(cl):
                if merged and i == 0: continue
                for k in range(done, min(done + take, len(ls))):
                    yy = y0 - pad - (k - done + 1) * lead + 2
                    c.setFont(fl.font, size)
                    if align[i] == 'c': c.drawCentredString((xs[i] + xs[i + 1]) / 2, yy, ls[k])
                    elif align[i] == 'r': c.drawRightString(xs[i + 1] - pad, yy, ls[k])
                    else: c.drawString(xs[i] + pad, yy, ls[k])
            if merged and pending:
                # merged text flows continuously down the group from its top (mtop), over row boundaries
                bottom = y0 - take * lead - 2 * pad
                while pending:
                    yy = mtop - pad - (mdrawn + 1) * lead + 2
                    if yy < bottom + pad - 2: break
                    c.setFont(fl.font, size); c.drawString(xs[0] + pad, yy, pending.pop(0)); mdrawn += 1
            fl.y -= take * lead + 2 * pad; done += take
            if done < n:
                close(); fl.newpage(); draw_header()
                if merged: mtop = fl.y; mdrawn = 0
    close()
    return xs

# ------------------------------------------------------------------ sample 1: Word -> LibreOffice
def make_docx(C):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    name = C['name']; d = Document()
    sec = d.sections[0]; sec.page_width = Cm(21); sec.page_height = Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(2.2); sec.bottom_margin = Cm(2.2)
    st = d.styles['Normal']; st.font.name = 'Liberation Sans'; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Liberation Sans')
    for h in ('Heading 1', 'Heading 2', 'Heading 3'):
        d.styles[h].font.name = 'Liberation Sans'; d.styles[h].font.color.rgb = None
    d.styles['Heading 1'].font.size = Pt(14); d.styles['Heading 2'].font.size = Pt(12); d.styles['Heading 3'].font.size = Pt(11)
    # footer with page number
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run('Agenzia per la Coesione Territoriale – Relazione sulla performance 2023    pag. '); r.font.size = Pt(8)
    for t, txt in (('begin', None), (None, 'PAGE'), ('end', None)):
        run = fp.add_run(); run.font.size = Pt(8)
        if t: e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), t)
        else: e = OxmlElement('w:instrText'); e.text = txt
        run._r.append(e)
    # cover
    for i, line in enumerate(C['cover']):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(120 if i == 0 else (30 if i == 1 else 8))
        rr = p.add_run(line); rr.bold = i < 3; rr.font.size = Pt([20, 24, 18, 10, 10][i])
    d.add_page_break()
    def border(cell, **kw):
        tcPr = cell._tc.get_or_add_tcPr(); b = tcPr.find(qn('w:tcBorders'))
        if b is None: b = OxmlElement('w:tcBorders'); tcPr.append(b)
        for edge, sz in kw.items():
            e = OxmlElement('w:' + edge); e.set(qn('w:val'), 'single'); e.set(qn('w:sz'), str(sz)); e.set(qn('w:color'), '000000'); b.append(e)
    def table(header, rows, widths, size=9, bold_last=False, right=()):
        t = d.add_table(rows=1 + len(rows), cols=len(header)); t.autofit = False
        tblPr = t._tbl.tblPr; tb = OxmlElement('w:tblBorders')
        for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
            x = OxmlElement('w:' + e); x.set(qn('w:val'), 'nil'); tb.append(x)
        tblPr.append(tb)
        for ci, w in enumerate(widths): t.columns[ci].width = Cm(w)
        trPr = t.rows[0]._tr.get_or_add_trPr(); th = OxmlElement('w:tblHeader'); th.set(qn('w:val'), 'true'); trPr.append(th)
        for ri, vals in enumerate([header] + rows):
            for ci, v in enumerate(vals):
                cell = t.cell(ri, ci); cell.width = Cm(widths[ci]); cell.text = ''
                p = cell.paragraphs[0]; p.paragraph_format.space_after = Pt(2); p.paragraph_format.space_before = Pt(2)
                if ci in right and ri > 0: p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                run = p.add_run(v or ''); run.font.size = Pt(size)
                run.bold = ri == 0 or (bold_last and ri == len(rows))
                if ri == 0: border(cell, top=12, bottom=6)
                if ri == len(rows): border(cell, bottom=12)
        return t
    def H(text, lvl): d.add_heading(text, lvl)
    def P(text):
        p = d.add_paragraph(text); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY; p.paragraph_format.space_after = Pt(6)
    for h, ps in C['intro']:
        H(h, 1)
        for x in ps: P(x)
    B = C['budget']; cp = d.add_paragraph(); rr = cp.add_run(B['caption']); rr.italic = True; rr.font.size = Pt(9)
    table(B['header'], B['rows'], [6.2, 3.6, 3.6, 3.6], bold_last=True, right=(1, 2, 3))
    d.add_paragraph('Fonte: Rendiconto generale dell\'esercizio 2023.').runs[0].font.size = Pt(8)
    d.add_page_break()
    H(C['results_heading'], 1); P(C['results_intro'])
    widths = [4.1, 1.8, 2.0, 2.7, 6.4]
    xs = [56.69]; [xs.append(xs[-1] + w / 2.54 * 72) for w in widths]
    cols = list(zip(xs[:-1], xs[1:]))
    recs = []; rows_all = []
    for ai, A in enumerate(C['areas']):
        if ai > 0: d.add_page_break()
        H('Area strategica %s – %s' % (A['code'], A['title']), 2)
        for O in A['objectives']:
            H('Obiettivo strategico %s – %s' % (O['code'], O['title']), 3)
            table(C['header'], O['rows'], widths)
            p = d.add_paragraph(); p.paragraph_format.space_before = Pt(6); rr = p.add_run(O['status_line']); rr.bold = True
            for x in O['after']: P(x)
            comment = ' '.join(O['after']) or None
            for row in O['rows']:
                ind, tg, ac, pr, desc = row
                recs.append(rec(area_code=A['code'], area_title=A['title'], objective_level='strategic', objective_code=O['code'],
                                objective_title=O['title'], indicator=ind, year=2023, target=tg, actual=ac, achievement=pct(pr),
                                status=O['status'], status_text=O['status_text'], comment=comment))
                rows_all.append(row)
    for h, ps in C['closing']:
        H(h, 1)
        for x in ps: P(x)
    docx = D + name + '.docx'; d.save(docx)
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-r73', '--headless', '--convert-to', 'pdf', '--outdir', D, docx],
                   check=True, capture_output=True)
    return recs, cols, rows_all

# ------------------------------------------------------------------ sample 2: INAF, reportlab sans
def make_inaf(C):
    name = C['name']; fl = Flow(D + name + '.pdf', 'Sans', 'Sans-B', 9.5, margins=(52, 52, 64, 64), footer='INAF – Relazione sulla performance 2023')
    c = fl.c; W, Hh = A4
    c.setFillColorRGB(0.05, 0.15, 0.35); c.rect(0, Hh - 260, W, 260, stroke=0, fill=1); c.setFillGray(1)
    c.setFont('Sans-B', 40); c.drawString(70, Hh - 140, C['cover'][0]); c.setFont('Sans', 16); c.drawString(70, Hh - 175, C['cover'][1])
    c.setFillGray(0); c.setFont('Sans-B', 24); c.drawString(70, Hh - 380, C['cover'][2])
    c.setFont('Sans', 10); c.drawString(70, Hh - 410, C['cover'][3]); fl.newpage()
    for h, ps in C['intro']:
        fl.heading(h, 13)
        for x in ps: fl.para(x)
    S = C['staff']; fl.para('<i>' + S['caption'] + '</i>', size=8.5, align=TA_LEFT, after=3)
    booktabs(fl, S['header'], S['rows'], [200, 90, 90, 80], size=8.5, align=['l', 'r', 'r', 'r'])
    fl.para('Fonte: Direzione Generale – Ufficio Gestione giuridica del personale.', size=7.5, after=4)
    fl.newpage(); fl.heading(C['results_heading'], 13, before=0)
    fl.para("Le schede che seguono riportano, per ciascun obiettivo specifico, gli indicatori con i rispettivi valori. Lo scostamento è calcolato come differenza percentuale tra il valore consuntivo e il target; per gli indicatori di tempo e di costo uno scostamento negativo indica un risultato migliore del target.")
    widths = [30, 112, 50, 62, 60, 62, 95]; widths[-1] = fl.tw() - sum(widths[:-1])
    recs = []; rows_all = []; first = True
    for G in C['generals']:
        for O in G['objectives']:
            if not first and O is G['objectives'][0]: fl.newpage()
            if first or O is G['objectives'][0]:
                fl.heading('Obiettivo generale %s – %s' % (G['code'], G['title']), 12, before=0)
            first = False
            fl.heading('Obiettivo specifico %s – %s' % (O['code'], O['title']), 10.5, before=4, after=8)
            xs = booktabs(fl, C['header'], O['rows'], widths, size=8, split_rows=True,
                          align=['l', 'l', 'c', 'c', 'c', 'c', 'l'])
            for r in O['rows']:
                code, kpi, base, tg, ac, sc, note = r
                st = st_t = None
                if ac and status_of(ac) and not re.search(r'\d', ac): st, st_t = status_of(ac), ac
                recs.append(rec(area_code=G['code'] if False else O['code'].split('.')[0], objective_level='operational',
                                objective_code=O['code'], objective_title=O['title'], indicator_code=code, indicator=kpi,
                                baseline=base, target=tg, actual=ac, notes=note, status=st, status_text=st_t))
                rows_all.append(r)
    for h, ps in C['closing']:
        fl.heading(h, 13, before=18)
        for x in ps: fl.para(x)
    fl.foot(); c.save()
    return recs, list(zip(xs[:-1], xs[1:])), rows_all

# ------------------------------------------------------------------ sample 3: Regione, LaTeX-like
def make_sard(C):
    name = C['name']; fl = Flow(D + name + '.pdf', 'Serif', 'Serif-B', 10.5, margins=(66, 66, 76, 76), italic='Serif-I')
    c = fl.c; W, Hh = A4
    c.setFont('Serif-B', 16); c.drawCentredString(W / 2, Hh - 200, C['cover'][0])
    c.setFont('Serif', 13); c.drawCentredString(W / 2, Hh - 225, C['cover'][1])
    c.setFont('Serif-B', 26); c.drawCentredString(W / 2, Hh - 340, C['cover'][2])
    c.setFont('Serif', 18); c.drawCentredString(W / 2, Hh - 370, C['cover'][3])
    c.setFont('Serif-I', 11); c.drawCentredString(W / 2, 150, C['cover'][4]); fl.c.showPage(); fl.page += 1; fl.y = Hh - fl.t
    def foot():
        if fl.page > 1: c.setFont('Serif', 10); c.drawCentredString(W / 2, 45, str(fl.page))
    fl.foot = foot
    for h, ps in C['intro']:
        fl.heading(h, 14, before=14, after=8)
        for i, x in enumerate(ps): fl.para(x, first_indent=0 if i == 0 else 15, after=2)
    B = C['budget']; fl.space(8); fl.para(B['caption'], size=10, align=TA_CENTER, after=4)
    booktabs(fl, B['header'], B['rows'], [190, 85, 75, fl.tw() - 350], size=9.5, heavy=0.8, light=0.4, align=['l', 'r', 'r', 'r'])
    fl.heading(C['results_heading'], 14, before=14, after=8)
    fl.para("Nelle tabelle seguenti sono riportati, per ciascuna area strategica, gli obiettivi strategici e i relativi indicatori. La colonna Esito riporta la valutazione dell'Ufficio del controllo interno di gestione secondo la legenda riportata in calce a ciascuna tabella.", after=2)
    widths = [100, 114, 30, 72, 74]; widths.append(fl.tw() - sum(widths))
    recs = []; rows_all = []; tabno = 2
    for A in C['areas']:
        fl.heading('3.%s Area strategica %s – %s' % (A['code'], A['code'], A['title']), 12, before=12, after=6, keep=200)
        fl.para('Tabella %d: Obiettivi strategici e indicatori dell\'area %s (anno 2023)' % (tabno, A['code']), size=10, align=TA_CENTER, after=4); tabno += 1
        rows = []; merged = []
        for O in A['objectives']:
            a = len(rows)
            for r in O['rows']:
                rows.append([None] + r)
            merged.append((a, len(rows) - 1, '%s – %s' % (O['code'], O['title'])))
            for r in O['rows']:
                ind, w, tg, ac, es = r
                recs.append(rec(area_code=A['code'], area_title=A['title'], objective_level='strategic', objective_code=O['code'],
                                objective_title=O['title'], indicator=ind, weight=float(w.rstrip('%')), year=2023, target=tg,
                                actual=ac, status=status_of(es), status_text=es))
                rows_all.append([None] + r)
        xs = booktabs(fl, C['header'], rows, widths, size=9, lead=11, split_rows=False, merged=merged, heavy=0.8, light=0.4,
                      group_gap=5, align=['l', 'l', 'c', 'c', 'c', 'l'])
        fl.para('<i>' + C['legend'] + '</i>', size=8.5, after=6)
    for h, ps in C['closing']:
        fl.heading(h, 14, before=14, after=8)
        for x in ps: fl.para(x)
    foot(); c.save()
    return recs, list(zip(xs[:-1], xs[1:])), rows_all

def finish(C, recs, cols, rows_all, skip_cols=()):
    name = C['name']; pdf = D + name + '.pdf'
    rows_loc = [[None if i in skip_cols else t for i, t in enumerate(r)] for r in rows_all]
    locs = locate(pdf, cols, rows_loc)
    for r, (a, b) in zip(recs, locs): r['page'], r['page_end'] = a, b
    with pdfplumber.open(pdf) as p: n = len(p.pages)
    # read-back assertion: indicator's first words on its page, and each row's last cell's end on page_end
    with pdfplumber.open(pdf) as p:
        for r in recs:
            w1 = {w['text'] for w in p.pages[r['page'] - 1].extract_words()}
            w2 = {w['text'] for w in p.pages[r['page_end'] - 1].extract_words()}
            assert r['indicator'].split()[0] in w1 and r['indicator'].split()[1] in w1, r['indicator']
            last = [t for t in rows_all[recs.index(r)] if t][-1].split()[-1]
            assert last in w2, (r['indicator'], last)
    doc = {"schema": "perfextract/records@1", "source": {"path": name + '.pdf', "sha256": __import__('hashlib').sha256(open(pdf, 'rb').read()).hexdigest(), "pages": n}, "document": C['document'],
           "indicators": recs, "warnings": []}
    json.dump(doc, open(D + name + '.truth.json', 'w'), ensure_ascii=False, indent=1)
    print(name, 'pages', n, 'records', len(recs), 'split rows', [(r['indicator'][:40], r['page'], r['page_end']) for r in recs if r['page'] != r['page_end']])

if __name__ == '__main__':
    which = sys.argv[1:] or ['agenzia-coesione-territoriale-2023-relazione', 'inaf-2023-relazione', 'regione-sardegna-2023-relazione']
    for nm in which:
        C = json.load(open(D + nm + '.content.json'))
        if C['renderer'] == 'docx-libreoffice': finish(C, *make_docx(C))
        elif C['renderer'] == 'reportlab': finish(C, *make_inaf(C))
        else: finish(C, *make_sard(C), skip_cols=(0,))
