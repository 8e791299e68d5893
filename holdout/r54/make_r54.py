#!/usr/bin/env python3
"""r54: bilingual (DE/IT, FR/IT) reports. Renders NAME.pdf from NAME.content.json and writes
NAME.truth.json from the content (values parsed by the small parser below, checked by eye);
page/page_end from a pdfplumber read-back of the rendered PDF. Never from an extractor."""
import json, os, re, sys, hashlib, subprocess
import pdfplumber
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from xml.sax.saxutils import escape as X

HERE = os.path.dirname(os.path.abspath(__file__))
F = '/usr/share/fonts/truetype/dejavu/'
for n, f in [('DV', 'DejaVuSans'), ('DVB', 'DejaVuSans-Bold'), ('DVI', 'DejaVuSans-Oblique'),
             ('DVC', 'DejaVuSansCondensed'), ('DVCB', 'DejaVuSansCondensed-Bold'), ('DVCI', 'DejaVuSansCondensed-Oblique')]:
    pdfmetrics.registerFont(TTFont(n, F + f + '.ttf'))

def st(name, font='DV', size=9, lead=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.25, **kw)

def norm(s):
    return re.sub(r'\s+', ' ', s or '').strip() or None

# ------------------------------------------------------------------ value parsing (RECORDS.md / CONVENTIONS)
NUM = r'-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?'
def num(t):
    return float(t.replace('.', '').replace(',', '.'))

def parse(s):
    """-> (operator, value, value_max, unit)"""
    none = (None, None, None, None)
    if s is None: return none
    t = norm(s)
    if re.search(r'\d{1,2}[./]\d{1,2}[./]\d{2,4}', t): return none          # a date
    t = re.sub(r'\([^)]*\)', '', t).strip()
    op = None
    for pat, o in [(r'^(≥|>=)', '>='), (r'^(≤|<=)', '<='), (r'^>', '>'), (r'^<', '<'),
                   (r'^entro\b', '<='), (r'^almeno\b', '>=')]:
        m = re.match(pat, t)
        if m: op = o; t = t[m.end():].strip(); break
    unit = None
    if t.startswith('€'): unit = 'EUR'; t = t[1:].strip()
    m = re.match(NUM, t)
    if not m: return none
    v = num(m.group()); rest = t[m.end():].strip()
    if re.search(r'\d', rest): return none
    if rest.startswith('%'): unit = '%'
    elif re.match(r'(gg|giorni)\b', rest): unit = 'days'
    elif re.match(r'(ore|h)\b', rest): unit = 'hours'
    elif re.match(r'(€|euro)\b', rest, re.I): unit = 'EUR'
    elif re.match(r'(mln|milioni)\b', rest): v *= 1e6
    elif re.match(r'mila\b', rest): v *= 1e3
    return (op or '=', v, None, unit)

LOWER = ['tempo medio', 'tempi', 'tempo', 'giorni', 'riduzione', 'costi']
HIGHER = ['numero', 'n.', 'percentuale di', '% di', 'incremento', 'grado di', 'tasso di', 'realizzazione', 'entro', 'nei termini']
def direction(name):
    low = name.lower(); best = None
    for w in LOWER + HIGHER:
        i = low.find(w)
        if i >= 0 and (best is None or i < best[0]): best = (i, 'lower' if w in LOWER else 'higher')
    return best and best[1]

def met(name, tp, ap):
    to, tv, tm, tu = tp; ao, av, am, au = ap
    if tv is None or av is None: return None
    if tu and au and tu != au: return None
    if to == '>=': return av >= tv
    if to == '<=': return av <= tv
    if to == '>': return av > tv
    if to == '<': return av < tv
    if to == 'range': return tv <= av <= tm
    if av == tv: return True
    d = direction(name)
    return None if d is None else (av > tv if d == 'higher' else av < tv)

STATUS = {'raggiunto': 'achieved', 'parzialmente raggiunto': 'partially_achieved', 'non raggiunto': 'not_achieved', 'sospeso': 'suspended'}
def status_of(text):
    if not text: return None
    it = text.split('/')[-1].strip().lower()
    return STATUS[it]

def record(**kw):
    r = dict(page=None, page_end=None, area_code=None, area_title=None, objective_level=None, objective_code=None,
             objective_title=None, indicator_code=None, indicator=None, type=None, formula=None, unit=None,
             data_source=None, weight=None, baseline=None, year=None, target=None)
    r.update({k: norm(v) if isinstance(v, str) else v for k, v in kw.items() if k in r})
    tp = parse(kw.get('target')); ap = parse(kw.get('actual'))
    r.update(target_operator=tp[0], target_value=tp[1], target_value_max=tp[2], target_unit=tp[3],
             actual=norm(kw.get('actual')), actual_operator=ap[0], actual_value=ap[1], actual_value_max=ap[2], actual_unit=ap[3],
             achievement=kw.get('achievement'), notes=norm(kw.get('notes')), status=kw.get('status'),
             status_text=norm(kw.get('status_text')), comment=norm(kw.get('comment')),
             met=met(kw['metname'], tp, ap))
    return r

# ------------------------------------------------------------------ read-back
def page_texts(pdf):
    with pdfplumber.open(pdf) as p:
        return [norm(pg.extract_text() or '') or '' for pg in p.pages]

def find(texts, needle, start, stop=None):
    for i in range(start, min(stop, len(texts)) if stop is not None else len(texts)):
        if needle in texts[i]: return i
    return None

def finish(name, out, doc, recs, spans, about):
    """spans: per record (first words of its first line, words of its last line) as printed."""
    texts = page_texts(out)
    assert len(spans) == len(recs)
    cur = 0
    for r, (first, last) in zip(recs, spans):
        p = find(texts, norm(first), cur)
        assert p is not None, ('first not found', name, first)
        at = texts[p].find(norm(first))
        q = p if norm(last) in texts[p][at:] else find(texts, norm(last), p + 1, p + 2)
        assert q is not None, ('last not found', name, last)
        r['page'], r['page_end'] = p + 1, q + 1
        cur = p
    truth = {'schema': 'perfextract/records@1', '_about': about,
             'source': {'path': name + '.pdf', 'sha256': hashlib.sha256(open(out, 'rb').read()).hexdigest(), 'pages': len(texts)},
             'document': doc, 'indicators': recs, 'warnings': []}
    json.dump(truth, open(os.path.join(HERE, name + '.truth.json'), 'w'), ensure_ascii=False, indent=1)
    print(name, len(recs), 'records', len(texts), 'pages', sorted(set((r['page'], r['page_end']) for r in recs)))

def load(name):
    return json.load(open(os.path.join(HERE, name + '.content.json')))

# ------------------------------------------------------------------ A: Comune di Merano (reportlab, landscape)
def make_merano():
    name = 'comune-merano-2024-piano'; c = load(name)
    out = os.path.join(HERE, name + '.pdf')
    W, H = landscape(A4)
    GREEN = colors.HexColor('#2e6b3a')
    def deco(cv, d):
        cv.saveState(); cv.setFont('DV', 7); cv.setFillColor(colors.grey)
        cv.drawString(1.6 * cm, H - 1.0 * cm, 'Gemeinde Meran – Comune di Merano')
        cv.drawRightString(W - 1.6 * cm, H - 1.0 * cm, 'Performance-Plan / Piano della performance 2024–2026')
        cv.setStrokeColor(GREEN); cv.setLineWidth(0.6); cv.line(1.6 * cm, H - 1.15 * cm, W - 1.6 * cm, H - 1.15 * cm)
        cv.drawCentredString(W / 2, 0.9 * cm, f'{d.page}')
        cv.restoreState()
    doc = SimpleDocTemplate(out, pagesize=(W, H), leftMargin=1.6 * cm, rightMargin=1.6 * cm, topMargin=1.7 * cm, bottomMargin=1.5 * cm)
    body = st('b', size=9.5, lead=13); bodyi = st('bi', 'DVI', 9.5, 13, textColor=colors.HexColor('#333333'))
    h = st('h', 'DVB', 12, 15, textColor=GREEN, spaceBefore=4, spaceAfter=4)
    small = st('s', 'DVC', 8, 10); smi = st('si', 'DVCI', 8, 10, textColor=colors.HexColor('#333333'))
    sm_b = st('sb', 'DVCB', 8, 10); hdi = st('hi', 'DVCI', 7.5, 9.5)
    E = []
    cv = c['cover']
    E += [Spacer(1, 2.2 * cm), Paragraph(X(cv[0]), st('c0', 'DVB', 20, 25, alignment=1, textColor=GREEN)),
          Paragraph(X(cv[1]), st('c1', 'DVB', 20, 25, alignment=1, textColor=GREEN)), Spacer(1, 2.5 * cm),
          Paragraph(X(cv[2]), st('c2', 'DVB', 24, 30, alignment=1)), Paragraph(X(cv[3]), st('c3', 'DVI', 22, 28, alignment=1)),
          Spacer(1, 2.5 * cm), Paragraph(X(cv[4]), st('c4', size=10, alignment=1)), Paragraph(X(cv[5]), st('c5', 'DVI', 10, alignment=1)),
          PageBreak()]
    cw2 = [(W - 3.2 * cm - 0.8 * cm) / 2] * 2
    for hde, hit, pde, pit in c['intro']:
        t = Table([[Paragraph(X(hde), h), Paragraph(X(hit), h)], [Paragraph(X(pde), body), Paragraph(X(pit), bodyi)]],
                  colWidths=cw2, spaceAfter=8)
        t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0),
                               ('RIGHTPADDING', (0, 0), (-1, -1), 14)]))
        E.append(t)
    bg = c['budget']
    E += [Spacer(1, 6), Paragraph(X(bg['title'][0]), sm_b), Paragraph(X(bg['title'][1]), hdi), Spacer(1, 3)]
    data = [[Paragraph(f"{X(de)}<br/><font name='DVCI'>{X(it)}</font>", sm_b) for de, it in bg['header']]]
    data += [[Paragraph(X(v), small) for v in row] for row in bg['rows']]
    tb = Table(data, colWidths=[9.5 * cm, 4.2 * cm, 4.2 * cm, 4.2 * cm], hAlign='LEFT')
    tb.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.grey), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e3efe5')),
                            ('ALIGN', (1, 1), (-1, -1), 'RIGHT'), ('FONTNAME', (0, -1), (-1, -1), 'DVCB')]))
    E += [tb, PageBreak()]
    E.append(Paragraph(X(c['section'][0]), h)); E.append(Paragraph(X(c['section'][1]), body)); E.append(Spacer(1, 8))
    data = [[Paragraph(f"{X(de)}<br/><font name='DVCI'>{X(it)}</font>", sm_b) for de, it in c['header']]]
    sty = [('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#7a7a7a')), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
           ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e3efe5'))]
    recs, spans = [], []
    band = st('band', 'DVB', 8.5, 11, textColor=colors.white); objs = st('obj', 'DVCB', 8.5, 11)
    for a in c['areas']:
        i = len(data); data.append([Paragraph(X(f"Handlungsfeld / Ambito {a['code']} – {a['de']} / {a['it']}"), band)] + [''] * 6)
        sty += [('SPAN', (0, i), (-1, i)), ('BACKGROUND', (0, i), (-1, i), GREEN)]
        for o in a['objectives']:
            i = len(data); data.append([Paragraph(X(f"Strategisches Ziel / Obiettivo strategico {o['code']} – {o['de']} / {o['it']}"), objs)] + [''] * 6)
            sty += [('SPAN', (0, i), (-1, i)), ('BACKGROUND', (0, i), (-1, i), colors.HexColor('#cfe3d3'))]
            for r in o['rows']:
                data.append([Paragraph(X(r['code']), small),
                             Paragraph(f"{X(r['de'])}<br/><font name='DVCI'>{X(r['it'])}</font>", small),
                             Paragraph(X(r['unit']), small), Paragraph(X(r['baseline'] or ''), small)] +
                            [Paragraph(X(t or ''), small) for t in r['targets']])
                for y, t in zip(c['years'], r['targets']):
                    recs.append(record(area_code=a['code'], area_title=f"{a['de']} / {a['it']}", objective_level='strategic',
                                       objective_code=o['code'], objective_title=f"{o['de']} / {o['it']}", indicator_code=r['code'],
                                       indicator=r['de'] + ' ' + r['it'], unit=r['unit'], baseline=r['baseline'], year=y, target=t,
                                       actual=None, metname=r['it']))
                    spans.append((' '.join(r['de'].split()[:3]), ' '.join(r['it'].split()[-2:])))
    tb = Table(data, colWidths=[1.4 * cm, 9.6 * cm, 2.6 * cm, 3.2 * cm, 2.9 * cm, 2.9 * cm, 2.9 * cm], repeatRows=1)
    tb.setStyle(TableStyle(sty)); E.append(tb)
    E += [Spacer(1, 10), KeepTogether([Paragraph(X(c['closing'][0]), h), Paragraph(X(c['closing'][1]), body)])]
    doc.build(E, onFirstPage=lambda cv, d: None, onLaterPages=deco)
    finish(name, out, c['document'], recs, spans,
           'Written by blind/r54/make_r54.py from comune-merano-2024-piano.content.json; pages from a pdfplumber read-back. Bilingual cells: indicator = the cell as printed (German name, then Italian name, whitespace collapsed); area/objective headings printed on one line "Handlungsfeld / Ambito 1 – DE / IT", "Strategisches Ziel / Obiettivo strategico 1.1 – DE / IT": code as printed, title = the text after the dash (both languages). One record per indicator per year (Zielwert / Valore atteso 2024, 2025, 2026), empty year cells give target null. Ausgangswert / Valore di partenza 2022 -> baseline; Maßeinheit / Unità di misura -> unit; Nr. / N. -> indicator_code. Plan: no actuals, met null. "3,3 mln" -> 3300000 (no unit); "31.12.2024" a date -> values null. Budget table: no records.')

# ------------------------------------------------------------------ B: ARPA Valle d'Aosta (Word -> LibreOffice, landscape)
def make_arpa_vda():
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    name = 'arpa-valle-aosta-2023-relazione'; c = load(name)
    d = Document()
    sec = d.sections[0]; sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8); sec.top_margin = sec.bottom_margin = Cm(1.6)
    stl = d.styles['Normal']; stl.font.name = 'Liberation Sans'; stl.font.size = Pt(10)
    for hn, sz in [('Heading 1', 14), ('Heading 2', 12), ('Heading 3', 10.5)]:
        d.styles[hn].font.name = 'Liberation Sans'; d.styles[hn].font.size = Pt(sz); d.styles[hn].font.color.rgb = RGBColor(0x1d, 0x4f, 0x91)
    def shade(cell, hexc):
        tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement('w:shd')
        s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), hexc); tcPr.append(s)
    def hdr_repeat(row):
        trPr = row._tr.get_or_add_trPr(); e = OxmlElement('w:tblHeader'); e.set(qn('w:val'), 'true'); trPr.append(e)
    def put(cell, text, size=8.5, bold=False, italic=False):
        cell.text = ''
        p = cell.paragraphs[0]; rr = p.add_run(text or ''); rr.font.size = Pt(size); rr.bold = bold; rr.italic = italic
    def set_widths(tb, widths):
        tb.autofit = False
        for col, w in zip(tb.columns, widths): col.width = Cm(w)
        for row in tb.rows:
            for cell, w in zip(row.cells, widths): cell.width = Cm(w)
    hp = sec.header.paragraphs[0]; hp.text = "ARPA Valle d'Aosta – Rapport sur la performance / Relazione sulla performance 2023"
    hp.runs[0].font.size = Pt(8); hp.runs[0].font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    f1 = OxmlElement('w:fldSimple'); f1.set(qn('w:instr'), 'PAGE'); r1 = OxmlElement('w:r'); t1 = OxmlElement('w:t'); t1.text = '1'
    r1.append(t1); f1.append(r1); fp._p.append(f1)
    sec.different_first_page_header_footer = True
    cv = c['cover']
    for i, line in enumerate(cv):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if i == 0: p.paragraph_format.space_before = Pt(90)
        if i == 2: p.paragraph_format.space_before = Pt(60)
        if i == 4: p.paragraph_format.space_before = Pt(60)
        rr = p.add_run(line); rr.font.size = Pt([15, 15, 24, 24, 9.5][i]); rr.bold = i < 4; rr.italic = i in (1, 3)
    d.add_page_break()
    for hfr, hit, pfr, pit in c['intro']:
        d.add_heading(hfr, 1); p = d.add_paragraph(pfr)
        hh = d.add_heading(hit, 1); p = d.add_paragraph(pit)
    sf = c['staff']
    p = d.add_paragraph(); rr = p.add_run(sf['title']); rr.bold = True; rr.font.size = Pt(9)
    tb = d.add_table(rows=1, cols=4); tb.style = 'Table Grid'
    for j, hh in enumerate(sf['header']): put(tb.rows[0].cells[j], hh, 8.5, True); shade(tb.rows[0].cells[j], 'DCE6F1')
    for row in sf['rows']:
        cells = tb.add_row().cells
        for j, v in enumerate(row): put(cells[j], v, 8.5, bold=row[0].startswith('Total'))
    set_widths(tb, [8, 4, 4, 5])
    d.add_page_break()
    d.add_heading(c['section'][0], 1); d.add_heading(c['section'][1], 1)
    recs, spans = [], []
    widths = [1.5, 5.3, 5.3, 3.0, 3.0, 3.0, 5.0]
    for a in c['areas']:
        d.add_heading(f"Domaine stratégique {a['code']} – {a['fr']}", 2)
        d.add_heading(f"Area strategica {a['code']} – {a['it']}", 2)
        for o in a['objectives']:
            p = d.add_paragraph(); rr = p.add_run(f"Objectif stratégique {o['code']} – {o['fr']}"); rr.bold = True
            p.paragraph_format.space_after = Pt(0); p.paragraph_format.keep_with_next = True
            p = d.add_paragraph(); rr = p.add_run(f"Obiettivo strategico {o['code']} – {o['it']}"); rr.bold = True; rr.italic = True
            p.paragraph_format.keep_with_next = True
            tb = d.add_table(rows=1, cols=7); tb.style = 'Table Grid'
            for j, hh in enumerate(c['header']): put(tb.rows[0].cells[j], hh, 8, True); shade(tb.rows[0].cells[j], 'DCE6F1')
            hdr_repeat(tb.rows[0])
            for r in o['rows']:
                cells = tb.add_row().cells
                for j, v in enumerate([r['code'], r['fr'], r['it'], r['target'], r['actual'], r['esito'], r['notes']]):
                    put(cells[j], v, 8.5, italic=(j == 2))
                recs.append(record(area_code=a['code'], area_title=a['it'], objective_level='strategic', objective_code=o['code'],
                                   objective_title=o['it'], indicator_code=r['code'], indicator=r['it'], year=c['year'],
                                   target=r['target'], actual=r['actual'], notes=r['notes'], status=status_of(r['esito']),
                                   status_text=r['esito'], metname=r['it']))
                lastcell = max([r['fr'], r['it'], r['notes'] or '', r['esito']], key=len)
                spans.append((r['code'] + ' ', re.split(r'[- ]', lastcell)[-1]))
            tb.autofit = False
            set_widths(tb, widths)
            d.add_paragraph()
    d.add_heading(c['closing'][0], 1); d.add_paragraph(c['closing'][2])
    d.add_heading(c['closing'][1], 1); d.add_paragraph(c['closing'][3])
    docx = os.path.join(HERE, name + '.docx'); d.save(docx)
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-r54', '--headless', '--convert-to', 'pdf', '--outdir', HERE, docx],
                   check=True, capture_output=True)
    finish(name, os.path.join(HERE, name + '.pdf'), c['document'], recs, spans,
           "Written by blind/r54/make_r54.py from arpa-valle-aosta-2023-relazione.content.json; pages from a pdfplumber read-back. French and Italian printed side by side: the table has an 'Indicateur' column and an 'Indicatore' column; indicator = the Italian column (RECORDS.md: text fields keep the Italian text), the French name is an unmapped column (extra, not scored). Headings are printed twice, French line above the Italian one (each with its own label and code): area/objective title = the Italian heading's title. Cells printing both languages are kept as printed: Esito 'atteint / raggiunto' -> status_text as printed, status from the Italian half; Notes / Note -> notes (both languages). Valeur attendue 2023 / Valore atteso 2023 -> target, year 2023; Valeur atteinte 2023 / Valore raggiunto 2023 -> actual. 'entro il 30/06/2023' and '28/06/2023' are dates -> values null. Staff table: no records.")

# ------------------------------------------------------------------ C: Azienda Sanitaria dell'Alto Adige (reportlab, portrait)
def make_asdaa():
    name = 'azienda-sanitaria-alto-adige-2023-relazione'; c = load(name)
    out = os.path.join(HERE, name + '.pdf')
    W, H = A4
    BLUE = colors.HexColor('#00557f')
    def deco(cv, d):
        cv.saveState(); cv.setFont('DV', 7); cv.setFillColor(BLUE)
        cv.drawString(2 * cm, H - 1.1 * cm, "Südtiroler Sanitätsbetrieb | Azienda Sanitaria dell'Alto Adige")
        cv.drawRightString(W - 2 * cm, H - 1.1 * cm, 'Performance-Bericht / Relazione sulla performance 2023')
        cv.setFillColor(colors.grey); cv.drawRightString(W - 2 * cm, 1.0 * cm, f'{d.page}')
        cv.restoreState()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=1.6 * cm)
    body = st('b', size=9.5, lead=13, spaceAfter=4); bodyi = st('bi', 'DVI', 9.5, 13, spaceAfter=8, textColor=colors.HexColor('#444444'))
    h = st('h', 'DVB', 12, 15, textColor=BLUE, spaceBefore=6, spaceAfter=3)
    small = st('s', 'DVC', 8, 10); sm_b = st('sb', 'DVCB', 8, 10); smi = st('si', 'DVCI', 8, 10)
    E = []
    cv = c['cover']
    E += [Spacer(1, 3 * cm), Paragraph(X(cv[0]), st('c0', 'DVB', 18, 23, textColor=BLUE)), Paragraph(X(cv[1]), st('c1', 'DVB', 18, 23, textColor=BLUE)),
          Spacer(1, 4 * cm), Paragraph(X(cv[2]), st('c2', 'DVB', 26, 32)), Paragraph(X(cv[3]), st('c3', 'DVB', 26, 32, textColor=colors.HexColor('#555555'))),
          Spacer(1, 5 * cm), Paragraph(X(cv[4]), st('c4', size=8.5)), PageBreak()]
    for hde, hit, pde, pit in c['intro']:
        E += [Paragraph(X(f'{hde} / {hit}'), h), Paragraph(X(pde), body), Paragraph(X(pit), bodyi)]
    co = c['costs']
    E += [Spacer(1, 4), Paragraph(X(co['title']), sm_b), Spacer(1, 3)]
    data = [[Paragraph(X(x), sm_b) for x in co['header']]] + [[Paragraph(X(v), sm_b if row[0].startswith('Insgesamt') else small) for v in row] for row in co['rows']]
    tb = Table(data, colWidths=[4.6 * cm, 4.2 * cm, 4.2 * cm, 4 * cm])
    tb.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, 0), 0.8, BLUE), ('LINEABOVE', (0, -1), (-1, -1), 0.5, BLUE),
                            ('ALIGN', (1, 0), (-1, -1), 'RIGHT'), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    E += [tb, PageBreak()]
    cw = [3.4 * cm, 0.9 * cm, 5.0 * cm, 2.6 * cm, 2.6 * cm, 2.5 * cm]
    def table(lang, header, collect):
        data = [[Paragraph(X(x), sm_b) for x in header]]
        sty = [('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#8a9aa8')), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
               ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dbe8f0'))]
        for o in c['objectives']:
            start = len(data)
            for r in o['rows']:
                data.append([Paragraph(X(f"{o['code']} – {o[lang]}"), sm_b) if len(data) == start else '', Paragraph(X(r['n']), small),
                             Paragraph(X(r[lang]), small), Paragraph(X(r['target']), small), Paragraph(X(r['actual']), small),
                             Paragraph(X(r['status_' + lang]), small)])
                com = None
                if r['note']:
                    com = r['note'][0 if lang == 'de' else 1]
                    i = len(data); data.append(['', Paragraph(X(com), smi), '', '', '', ''])
                    sty += [('SPAN', (1, i), (-1, i))]
                if collect is not None:
                    collect.append((o, r, com))
            sty += [('SPAN', (0, start), (0, len(data) - 1))]
        tb = Table(data, colWidths=cw, repeatRows=1); tb.setStyle(TableStyle(sty))
        return tb
    E += [Paragraph(X(c['part_de'][0]), h), Paragraph(X(c['part_de'][1]), body), Spacer(1, 4), table('de', c['header_de'], None), PageBreak()]
    rows = []
    E += [Paragraph(X(c['part_it'][0]), h), Paragraph(X(c['part_it'][1]), body), Spacer(1, 4), table('it', c['header_it'], rows)]
    E += [Spacer(1, 12), KeepTogether([Paragraph(X(f"{c['closing'][0]} / {c['closing'][1]}"), h), Paragraph(X(c['closing'][2]), body),
                                       Paragraph(X(c['closing'][3]), bodyi)])]
    doc.build(E, onFirstPage=lambda cv, d: None, onLaterPages=deco)
    recs, spans = [], []
    for o, r, com in rows:
        recs.append(record(area_code=o['code'].split('.')[0], area_title=None, objective_level='strategic', objective_code=o['code'],
                           objective_title=o['it'], indicator_code=r['n'], indicator=r['it'], year=c['year'], target=r['target'],
                           actual=r['actual'], status=status_of(r['status_it']), status_text=r['status_it'], comment=com, metname=r['it']))
        spans.append((' '.join(r['it'].split()[:3]), re.split(r'[- ]', com or r['it'])[-1]))
    finish(name, out, c['document'], recs, spans,
           "Written by blind/r54/make_r54.py from azienda-sanitaria-alto-adige-2023-relazione.content.json; pages from a pdfplumber read-back. The same 12 indicators are printed twice: Teil A, a German-only table (Strategisches Ziel | Nr. | Kennzahl | Zielwert 2023 | Istwert 2023 | Bewertung), then Parte B, an Italian-only table (Obiettivo strategico | N. | Indicatore | Valore atteso 2023 | Valore raggiunto 2023 | Esito). Decision: one record per indicator and year (RECORDS.md: one record = one indicator in one year), not one per table; the record is the Italian table's (text fields keep the Italian text), its page that of the Italian table; the German table gives no records. Objective column merged down: 'A.1 – title' -> strategic objective A.1, no area printed so area_code = first segment 'A', area_title null. Esito -> status/status_text. The spanning 'Nota: …' row under indicator 3 is its comment. Cost table: no records.")

if __name__ == '__main__':
    for w in sys.argv[1:] or ['merano', 'arpa_vda', 'asdaa']:
        globals()['make_' + w]()
