"""Render r22 samples from NAME.content.json and write NAME.truth.json from the content."""
import json, re, subprocess, sys, os, hashlib, glob
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
D = os.path.dirname(os.path.abspath(__file__))

# ---------------- value parsing (RECORDS.md / CONVENTIONS.md, my own reading)
NUM = r'-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?'
MONTHS = "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"
def ws(s):
    if s is None: return None
    s = re.sub(r'\s+', ' ', s).strip()
    return s or None
def tonum(x): return float(x.replace('.', '').replace(',', '.'))
def unit_of(s):
    s = s.strip().lower()
    for p, u in [('%', '%'), ('‰', '‰'), ('per mille', '‰'), ('€', 'EUR'), ('euro', 'EUR'), ('gg', 'days'), ('giorni', 'days'), ('mesi', 'months'), ('ore', 'hours')]:
        if s.startswith(p): return u, s[len(p):]
    return None, s
def parse(s):
    N = (None, None, None, None)
    s = ws(s)
    if not s: return N
    t = re.sub(r'\([^)]*\)', ' ', s).strip().lower()
    if re.search(r'\d{1,2}/\d{1,2}/\d{2,4}', t) or re.search(r'\d{1,2}\s+(%s)' % MONTHS, t): return N
    op = None
    for p, o in [('>=', '>='), ('≥', '>='), ('<=', '<='), ('≤', '<='), ('almeno', '>='), ('non inferiore a', '>='), ('non superiore a', '<='), ('entro', '<='), ('pari a', '='), ('>', '>'), ('<', '<'), ('=', '=')]:
        if t.startswith(p): op = o; t = t[len(p):].strip(); break
    unit = None
    t = re.sub(r'^(n°|n\.)\s*', '', t)
    if t.startswith('€'): unit = 'EUR'; t = t[1:].strip()
    elif re.match(r'^gg\s', t): unit = 'days'; t = t[2:].strip()
    m = re.match(NUM, t)
    if not m: return N
    v = tonum(m.group(0)); rest = t[m.end():].strip(); vmax = None
    r = re.match(r'^-\s*(\d+(?:,\d+)?)', rest)
    if r and op is None:
        op = 'range'; vmax = tonum(r.group(1)); rest = rest[r.end():].strip()
    sc = re.match(r'^(mila|milioni|mln)\b', rest)
    if sc:
        f = 1000 if sc.group(1) == 'mila' else 1e6; v *= f; vmax = vmax * f if vmax else None; rest = rest[sc.end():].strip()
    u, rest2 = unit_of(rest)
    if u: unit = unit or u; rest = rest2
    if re.search(r'\d', rest): return N
    return (op or '=', v, vmax, unit)
LOWER = ['tempo medio', 'tempi', 'giorni', 'riduzione', 'costi']
HIGHER = ['numero', 'n.', 'percentuale di', '% di', 'incremento', 'grado di', 'tasso di', 'realizzazione', 'entro', 'nei termini']
def direction(name):
    n = name.lower(); best = None
    for w, d in [(w, 'lower') for w in LOWER] + [(w, 'higher') for w in HIGHER]:
        i = n.find(w)
        if i >= 0 and (best is None or i < best[0]): best = (i, d)
    return best[1] if best else None
def met(name, t, a):
    to, tv, tm, tu = t; ao, av, am, au = a
    if tv is None or av is None: return None
    if tu and au and tu != au: return None
    if to == '>=': return av >= tv
    if to == '>': return av > tv
    if to == '<=': return av <= tv
    if to == '<': return av < tv
    if to == 'range': return tv <= av <= tm
    if av == tv: return True
    d = direction(name)
    if d == 'lower': return av < tv
    if d == 'higher': return av > tv
    return None
def status_of(txt, legend=None):
    if not txt: return None
    if legend and txt in legend: txt = legend[txt]
    l = txt.lower()
    if 'sospes' in l: return 'suspended'
    if 'non raggiunt' in l or 'non conseguit' in l: return 'not_achieved'
    if 'parzial' in l: return 'partially_achieved'
    if 'raggiunt' in l or 'conseguit' in l: return 'achieved'
    return None
def num(s):
    s = ws(s)
    if not s: return None
    return tonum(s.replace('%', '').strip())
FIELDS = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code", "objective_title", "indicator_code", "indicator", "type", "formula", "unit", "data_source", "weight", "baseline", "year", "target", "target_operator", "target_value", "target_value_max", "target_unit", "actual", "actual_operator", "actual_value", "actual_value_max", "actual_unit", "achievement", "notes", "status", "status_text", "comment", "met"]
def record(ctx, row, year, target, actual, status_text=None, comment=None, legend=None, status_src=None):
    r = dict.fromkeys(FIELDS)
    r.update(ctx)
    r.update(indicator_code=ws(row.get('code')), indicator=ws(row['indicator']), formula=ws(row.get('formula')), unit=ws(row.get('unit')),
             data_source=ws(row.get('source')), weight=num(row.get('weight')), baseline=ws(row.get('baseline')), year=year,
             target=ws(target), actual=ws(actual), achievement=num(row.get('achievement')), notes=ws(row.get('notes')))
    t = parse(target); a = parse(actual)
    r.update(target_operator=t[0], target_value=t[1], target_value_max=t[2], target_unit=t[3],
             actual_operator=a[0], actual_value=a[1], actual_value_max=a[2], actual_unit=a[3])
    st = ws(status_text)
    if st is None and actual and status_of(actual):
        st = ws(actual)  # actual cell that is itself a status phrase
    r['status'] = status_of(st, legend); r['status_text'] = st
    r['comment'] = ws(comment)
    r['met'] = met(r['indicator'], t, a)
    r['_cells'] = [x for x in [row.get('code'), row['indicator'], row.get('formula'), target, actual, row.get('notes'), row.get('baseline')] if ws(x)]
    return r

# ---------------- docx helpers
def set_cell_bg(cell, color):
    tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement('w:shd')
    sh.set(qn('w:val'), 'clear'); sh.set(qn('w:color'), 'auto'); sh.set(qn('w:fill'), color); tcPr.append(sh)
def repeat_header(row):
    trPr = row._tr.get_or_add_trPr(); e = OxmlElement('w:tblHeader'); e.set(qn('w:val'), 'true'); trPr.append(e)
def cell_text(cell, text, size, bold=False, align=None, font=None, italic=False):
    cell.text = ''
    p = cell.paragraphs[0]; run = p.add_run(text or '')
    run.font.size = Pt(size); run.bold = bold; run.italic = italic
    if font: run.font.name = font
    p.paragraph_format.space_after = Pt(0); p.paragraph_format.space_before = Pt(0)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
def add_table(doc, headers, rows, widths, size, font, hdr_bg, aligns=None, total_bold=True):
    t = doc.add_table(rows=1, cols=len(headers)); t.style = 'Table Grid'
    for i, h in enumerate(headers):
        c = t.rows[0].cells[i]; cell_text(c, h, size, bold=True, align='c', font=font); set_cell_bg(c, hdr_bg)
    repeat_header(t.rows[0])
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cell_text(cells[i], v, size, bold=(total_bold and r[0] == 'Totale'), align=(aligns[i] if aligns else None), font=font)
    if len(widths) != len(headers): widths = [sum(widths) / len(headers) * (1.6 if i == 0 else 0.8) for i in range(len(headers))]
    t.autofit = False
    for i, w in enumerate(widths): t.columns[i].width = Cm(w)
    for row in t.rows:
        for i, w in enumerate(widths): row.cells[i].width = Cm(w)
    return t
def para(doc, text, size, font, bold=False, italic=False, align=None, space_after=6, color=None, space_before=0):
    p = doc.add_paragraph(); r = p.add_run(text); r.font.size = Pt(size); r.font.name = font; r.bold = bold; r.italic = italic
    if color: r.font.color.rgb = RGBColor.from_string(color)
    p.paragraph_format.space_after = Pt(space_after); p.paragraph_format.space_before = Pt(space_before)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p
def footer_pages(section, font, size, prefix):
    p = section.footer.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run(prefix); r.font.size = Pt(size); r.font.name = font
    r2 = p.add_run(); r2.font.size = Pt(size)
    for tag, txt in [('begin', None), (None, 'PAGE'), ('end', None)]:
        if tag:
            e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), tag); r2._r.append(e)
        else:
            e = OxmlElement('w:instrText'); e.set(qn('xml:space'), 'preserve'); e.text = txt; r2._r.append(e)
def to_pdf(path, outdir):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-r22', '--headless', '--convert-to', 'pdf', '--outdir', outdir, path], check=True, capture_output=True)

# ---------------- layout A / D (Word)
def render_word(c, out):
    A = c['layout'] == 'A'
    font = 'Liberation Serif' if A else 'Liberation Sans'
    body, tsize = (11, 9) if A else (9, 8)
    doc = Document(); sec = doc.sections[0]
    if not A:
        sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        for m in ('left_margin', 'right_margin'): setattr(sec, m, Cm(1.8))
        sec.top_margin = sec.bottom_margin = Cm(1.6)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = sec.bottom_margin = Cm(2.0)
    st = doc.styles['Normal']; st.font.name = font; st.font.size = Pt(body)
    sec.different_first_page_header_footer = True
    footer_pages(sec, font, 8, 'Relazione sulla performance 2024 – pag. ' if A else 'Unione dei Comuni della Bassa Romagna – Relazione performance 2023 – pagina ')
    recs = []; ctx = dict(area_code=None, area_title=None, objective_level=None, objective_code=None, objective_title=None)
    year = c['year']
    for b in c['blocks']:
        t = b['t']
        if t == 'cover':
            for _ in range(6 if A else 3): para(doc, '', body, font)
            for i, l in enumerate(b['lines']):
                big = l.startswith('Relazione') or l.startswith('RELAZIONE')
                para(doc, l, 22 if big else (14 if i < 2 else 11), font, bold=(i < 2 or big), align='c', space_after=4, color=('1F3864' if A else '7B2C2C') if (i < 2 or big) else None)
            doc.add_page_break()
        elif t == 'h1':
            para(doc, b['text'], 14 if A else 12, font, bold=True, space_before=10, color='1F3864' if A else '7B2C2C')
        elif t == 'para':
            para(doc, b['text'], body, font, align='j')
        elif t == 'other':
            if A: add_table(doc, b['headers'], b['rows'], [6.5, 4.5, 3, 2.6], tsize, font, 'D9E2F3', aligns=[None, None, 'c', 'c'])
            else: add_table(doc, b['headers'], b['rows'], [8, 5, 5, 3], tsize, font, 'EAD1D1', aligns=[None, 'r', 'r', 'r'])
            para(doc, '', 6, font, space_after=2)
        elif t == 'area':
            ctx.update(area_code=b['code'], area_title=b['title'], objective_level='area', objective_code=b['code'], objective_title=b['title'])
            if A: para(doc, b['text'], 12, font, bold=True, space_before=10, color='2F5496')
            else:
                p = para(doc, b['text'], 11, font, bold=True, space_before=8, color='FFFFFF')
                pPr = p._p.get_or_add_pPr(); sh = OxmlElement('w:shd'); sh.set(qn('w:val'), 'clear'); sh.set(qn('w:fill'), '7B2C2C'); pPr.append(sh)
        elif t == 'obj':
            ctx.update(objective_level=b['level'], objective_code=b['code'], objective_title=b['title'])
            para(doc, b['text'], 11 if A else 9.5, font, bold=True, italic=A, space_before=6, space_after=2 if b.get('resp') else 4)
            if b.get('resp'): para(doc, b['resp'], 8, font, italic=True, space_after=4)
        elif t == 'ind':
            rows = b['rows']; hd = c['headers']
            if A:
                tab = [[r['indicator'], r['formula'], r['target'], r['actual'], r['esito']] for r in rows]
                add_table(doc, hd, tab, [5.2, 4.6, 2.2, 2.4, 2.2], tsize, font, 'D9E2F3', aligns=[None, None, 'c', 'c', 'c'])
            else:
                tab = [[r['indicator'], r['unit'], r['baseline'], r['target'], r['actual'], r.get('notes') or ''] for r in rows]
                add_table(doc, hd, tab, [8.5, 2.2, 3.0, 3.4, 3.6, 5.4], tsize, font, 'EAD1D1', aligns=[None, 'c', 'c', 'c', 'c', None])
            after = b.get('after', [])
            one = len(rows) == 1
            if b.get('esito'):
                p = para(doc, '', 9, font, space_before=4, space_after=2)
                r1 = p.add_run('Esito: '); r1.bold = True; r1.font.size = Pt(9)
                r2 = p.add_run(b['esito']); r2.bold = True; r2.font.size = Pt(9)
                para(doc, b['esito_comment'], 9, font, align='j', space_after=8)
            else:
                for a in after: para(doc, a, body if A else 9, font, align='j', space_before=4)
                if not after: para(doc, '', 4, font, space_after=2)
            for r in rows:
                if A:
                    cm = ' '.join(after) if (b.get('after_is_comment') and one) else None
                    rec = record(ctx, r, year, r['target'], r['actual'], status_text=r['esito'], comment=cm)
                else:
                    if b.get('esito'):
                        rec = record(ctx, r, year, r['target'], r['actual'], status_text=b['esito'], comment=b['esito_comment'])
                    else:
                        rec = record(ctx, r, year, r['target'], r['actual'], comment=(' '.join(after) if one and after else None))
                recs.append(rec)
    docx = os.path.join(D, out + '.docx'); doc.save(docx); to_pdf(docx, D)
    return recs

# ---------------- layout B (Word cover + Calc annex)
WB = [14, 15, 16, 6, 20, 20, 11, 5, 9, 10, 10, 10]
def render_B(c, out):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    font = 'Liberation Sans'
    doc = Document(); sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7); sec.left_margin = sec.right_margin = Cm(2.5)
    doc.styles['Normal'].font.name = font; doc.styles['Normal'].font.size = Pt(10)
    for _ in range(5): para(doc, '', 10, font)
    for i, l in enumerate(c['cover']):
        para(doc, l, 16 if l.startswith('PIANO') else (13 if i < 2 else 10.5), font, bold=(i < 2 or l.startswith('PIANO') or l.startswith('2025')), align='c', space_after=4, color='003B6F' if i < 2 else None)
    doc.add_page_break()
    for kind, *v in c['intro']:
        if kind == 'h': para(doc, v[0], 12, font, bold=True, color='003B6F', space_before=8)
        elif kind == 'p': para(doc, v[0], 10, font, align='j')
        else: add_table(doc, v[0], v[1], [6, 3.5, 3.5, 3.5], 9, font, 'DCE6F0', aligns=[None, 'r', 'r', 'r'])
    docx = os.path.join(D, out + '-part1.docx'); doc.save(docx); to_pdf(docx, D)
    wb = Workbook(); ws_ = wb.active; ws_.title = 'Allegato 2.2.A'
    ws_.append([c['annex_title']]); ws_['A1'].font = Font(name=font, size=10, bold=True)
    ws_.append([])
    ws_.append(c['headers']); ws_.row_dimensions[3].height = 22
    thin = Side(style='thin', color='808080'); br = Border(left=thin, right=thin, top=thin, bottom=thin)
    for cell in ws_[3]:
        cell.font = Font(name=font, size=7, bold=True, color='FFFFFF'); cell.fill = PatternFill('solid', fgColor='003B6F')
        cell.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center'); cell.border = br
    recs = []
    for r in c['rows']:
        ws_.append([r['area'], r['os'], r['oo'], r['code'], r['indicator'], r['formula'], r['source'], r['weight'], r['baseline'], r['targets']['2025'], r['targets']['2026'], r['targets']['2027']])
        for i, cell in enumerate(ws_[ws_.max_row]):
            cell.font = Font(name=font, size=7); cell.border = br
            cell.alignment = Alignment(wrap_text=True, vertical='top', horizontal='center' if i >= 7 else 'left')
        import math
        vals = [r['area'], r['os'], r['oo'], r['code'], r['indicator'], r['formula'], r['source'], r['weight'], r['baseline']] + list(r['targets'].values())
        nl = max(math.ceil(len(v or ' ') / (w * 1.45)) for v, w in zip(vals, WB))
        ws_.row_dimensions[ws_.max_row].height = nl * 9 + 4
        ac, at = r['area'].split(' – ', 1); oc, ot = r['oo'].split(' – ', 1)
        ctx = dict(area_code=ac, area_title=at, objective_level='operational', objective_code=oc, objective_title=ot)
        for y in ('2025', '2026', '2027'):
            rec = record(ctx, r, int(y), r['targets'][y] or None, None)
            recs.append(rec)
    ws_.append([]); ws_.append([c['annex_note']]); ws_.cell(ws_.max_row, 1).font = Font(name=font, size=7, italic=True)
    for col, w in zip('ABCDEFGHIJKL', WB): ws_.column_dimensions[col].width = w
    ws_.page_setup.orientation = 'landscape'; ws_.page_setup.paperSize = ws_.PAPERSIZE_A4
    ws_.page_setup.fitToWidth = 1; ws_.page_setup.fitToHeight = 0; ws_.sheet_properties.pageSetUpPr.fitToPage = True
    ws_.print_title_rows = '3:3'; ws_.oddFooter.right.text = 'Allegato 2.2.A – pag. &P di &N'; ws_.oddFooter.right.size = 7
    ws_.page_margins.top = 0.5; ws_.page_margins.bottom = 0.6; ws_.page_margins.left = 0.4; ws_.page_margins.right = 0.4
    xl = os.path.join(D, out + '-part2.xlsx'); wb.save(xl); to_pdf(xl, D)
    from pypdf import PdfWriter
    w = PdfWriter()
    for p in (out + '-part1.pdf', out + '-part2.pdf'): w.append(os.path.join(D, p))
    w.write(os.path.join(D, out + '.pdf'))
    for p in (out + '-part1.pdf', out + '-part2.pdf'): os.remove(os.path.join(D, p))
    return recs

# ---------------- layout C (reportlab, report-software look)
def render_C(c, out):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.units import cm
    pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf'))
    pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf'))
    pdfmetrics.registerFontFamily('DV', normal='DV', bold='DVB')
    P = lambda size, **k: ParagraphStyle('x', fontName=k.pop('fn', 'DV'), fontSize=size, leading=size * 1.25, **k)
    PC = lambda size, **k: P(size, leftIndent=1.6 * cm, **k)
    cell = P(7.5); cellc = P(7.5, alignment=1); hdr = P(7.5, fn='DVB', alignment=1, textColor=colors.white)
    body = P(9.5, alignment=4, spaceAfter=6); h1 = P(13, fn='DVB', textColor=colors.HexColor('#5B2A86'), spaceBefore=8, spaceAfter=6)
    def deco(canv, doc):
        canv.saveState(); canv.setFillColor(colors.HexColor('#5B2A86')); canv.rect(0, A4[1] - 1.1 * cm, A4[0], 1.1 * cm, fill=1, stroke=0)
        canv.setFillColor(colors.white); canv.setFont('DVB', 8); canv.drawString(1.5 * cm, A4[1] - 0.7 * cm, 'INRiM – Istituto Nazionale di Ricerca Metrologica')
        canv.setFont('DV', 8); canv.drawRightString(A4[0] - 1.5 * cm, A4[1] - 0.7 * cm, 'Relazione sulla performance 2023')
        canv.setFillColor(colors.grey); canv.setFont('DV', 6.5)
        canv.drawString(1.5 * cm, 1.0 * cm, 'Report generato da SIPeG – Sistema integrato performance e gestione, 28/06/2024 11:42')
        canv.drawRightString(A4[0] - 1.5 * cm, 1.0 * cm, 'Pag. %d' % doc.page); canv.restoreState()
    def cover(canv, doc):
        canv.saveState(); canv.setFillColor(colors.HexColor('#5B2A86')); canv.rect(0, 0, 2.2 * cm, A4[1], fill=1, stroke=0); canv.restoreState()
    st = []
    st += [Spacer(1, 6 * cm), Paragraph('INRiM', PC(30, fn='DVB', textColor=colors.HexColor('#5B2A86'))), Spacer(1, 10),
           Paragraph('Istituto Nazionale di Ricerca Metrologica', PC(16, fn='DVB')), Spacer(1, 2 * cm),
           Paragraph('Relazione sulla performance', PC(22, fn='DVB')), Spacer(1, 6), Paragraph('Anno 2023', PC(16)), Spacer(1, 3 * cm),
           Paragraph('Approvata dal Consiglio di Amministrazione con delibera n. 27/2024 del 27 giugno 2024', PC(9.5)),
           Paragraph('Validata dall\'OIV in data 10 luglio 2024', PC(9.5)), PageBreak()]
    st += [Paragraph('1. Introduzione', h1),
           Paragraph("La Relazione sulla performance 2023 rendiconta i risultati organizzativi conseguiti dall'Istituto rispetto agli obiettivi del Piano integrato di attività e organizzazione 2023-2025, sezione Performance. Gli obiettivi sono articolati in tre obiettivi strategici, declinati in obiettivi operativi cui sono associati gli indicatori di misurazione con il relativo peso.", body),
           Paragraph("Il grado di raggiungimento di ciascun indicatore è calcolato come rapporto tra valore consuntivo e valore atteso, con un massimo del 100%; per gli indicatori di tipo on/off il grado è pari a 0% o 100%. Gli indicatori per i quali il dato non è disponibile sono esclusi dal calcolo della media ponderata.", body),
           Paragraph('2. Le risorse dell\'Istituto', h1),
           Paragraph("Nel 2023 l'Istituto ha operato con le risorse umane e finanziarie riportate di seguito (dati di rendiconto).", body)]
    res = [['Voce', '2022', '2023', 'Var. %'], ['Personale di ruolo (unità)', '239', '247', '+3,3%'], ['di cui ricercatori e tecnologi', '142', '149', '+4,9%'],
           ['Personale a tempo determinato (unità)', '58', '64', '+10,3%'], ['Contributo ordinario MUR (€)', '31.420.000,00', '32.115.400,00', '+2,2%'],
           ['Entrate da commesse e progetti (€)', '11.873.205,12', '13.960.118,40', '+17,6%'], ['Spese per investimenti (€)', '6.204.337,00', 'n.d.', '–']]
    t = Table([[Paragraph(x, hdr if i == 0 else (cell if j == 0 else cellc)) for j, x in enumerate(r)] for i, r in enumerate(res)], colWidths=[7.5 * cm, 3 * cm, 3 * cm, 2 * cm])
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#5B2A86')), ('GRID', (0, 0), (-1, -1), 0.3, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
    st += [t, Spacer(1, 8), Paragraph('3. Risultati per obiettivo', h1),
           Paragraph("Il prospetto seguente riporta, per ciascun indicatore, il peso, il valore atteso, il valore a consuntivo, la percentuale di raggiungimento e l'esito sintetico secondo la legenda in calce.", body)]
    data = [[Paragraph(h, hdr) for h in c['headers']]]; sty = [('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#5B2A86')), ('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#999999')), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
    recs = []; ctx = {}; legend = c['legend']
    symst = P(10, alignment=1)
    for r in c['rows']:
        i = len(data)
        if r.get('heading'):
            top = '.' not in r['code']
            data.append([Paragraph('<b>%s</b>' % r['code'], cell), Paragraph('<b>%s</b>' % r['title'], cell), '', '', '', '', ''])
            sty += [('SPAN', (1, i), (-1, i)), ('BACKGROUND', (0, i), (-1, i), colors.HexColor('#D9CCE6' if top else '#F0EBF5'))]
            if top: ctx = dict(area_code=r['code'], area_title=None, objective_level='strategic', objective_code=r['code'], objective_title=r['title'])
            else: ctx = dict(ctx, objective_level='operational', objective_code=r['code'], objective_title=r['title'])
        else:
            tgt = r['target'] + ('<super>%s</super>' % r['footmark'] if r.get('footmark') else '')
            ach = (r['achievement'].replace('.', ',') + '%') if r['achievement'] else 'n.d.'
            data.append([Paragraph(r['code'], cell), Paragraph(r['indicator'], cell), Paragraph(r['weight'], cellc), Paragraph(tgt, cellc), Paragraph(r['actual'], cellc), Paragraph(ach, cellc), Paragraph(r['esito'], symst)])
            rr = dict(r); rr['achievement'] = r['achievement'] or None
            rec = record(ctx, rr, c['year'], r['target'], r['actual'], status_text=r['esito'] or None, legend=legend)
            recs.append(rec)
    i = len(data); data.append([Paragraph('<b>%s</b>' % x, cellc if j else cell) for j, x in enumerate(c['avg_row'])]); sty += [('SPAN', (0, i), (1, i)), ('BACKGROUND', (0, i), (-1, i), colors.HexColor('#EEEEEE'))]
    t = Table(data, colWidths=[1.3 * cm, 8.2 * cm, 1.1 * cm, 2.6 * cm, 2.6 * cm, 1.4 * cm, 1.2 * cm], repeatRows=1)
    t.setStyle(TableStyle(sty)); st.append(t)
    st += [Spacer(1, 4), Paragraph('Legenda esito: ● raggiunto   ◐ parzialmente raggiunto   ○ non raggiunto', P(7.5)),
           Paragraph(c['footnote'], P(6.5, textColor=colors.HexColor('#444444'))), Spacer(1, 8),
           Paragraph('4. Considerazioni finali', h1),
           Paragraph("La media ponderata di raggiungimento si attesta al 91,6%. Le criticità hanno riguardato principalmente il trasferimento tecnologico: il deposito di nuovi brevetti ha scontato la riorganizzazione dell'Ufficio valorizzazione della ricerca, mentre la realizzazione del portale dei servizi alle imprese è stata rinviata per consentirne l'integrazione con il nuovo gestionale delle tarature.", body),
           Paragraph("L'indagine di customer satisfaction sui servizi di taratura non è stata svolta nel 2023 per il mancato rinnovo del contratto con la società incaricata; sarà ripresa con cadenza semestrale a partire dal 2024.", body)]
    doc = SimpleDocTemplate(os.path.join(D, out + '.pdf'), pagesize=A4, leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.8 * cm, bottomMargin=1.6 * cm,
                            title='Relazione sulla performance 2023', author='INRiM')
    doc.build(st, onFirstPage=cover, onLaterPages=deco)
    return recs

# ---------------- read-back of pages
def readback(pdf, recs):
    import pdfplumber
    texts = []
    with pdfplumber.open(pdf) as p:
        for pg in p.pages: texts.append(ws(pg.extract_text() or '') or '')
        npages = len(p.pages)
    full = ''; starts = []
    for t in texts: starts.append(len(full)); full += t + ' '
    def pageof(pos): return max(i for i, s in enumerate(starts) if s <= pos) + 1
    cur = 0; prev = None
    for r in recs:
        wd = r['indicator'].split(' ')
        if prev is not None and prev['indicator'] == r['indicator'] and prev['_pos'] is not None:
            r['_pos'] = prev['_pos']; r['page'], r['page_end'] = prev['page'], prev['page_end']; continue
        i = full.find(' '.join(wd[:2]), cur)
        assert i >= 0, ('not found', wd[:2], pdf)
        for k in range(len(wd), 2, -1):
            if full.find(' '.join(wd[:k]), cur) == i: r['_key'] = ' '.join(wd[:k]); break
        else: r['_key'] = ' '.join(wd[:2])
        r['_pos'] = i; r['page'] = pageof(i); end = i
        for cel in r['_cells']:
            tail = ws(cel).split(' ')[-1][-12:]
            j = full.find(tail, max(0, i - 400))
            if 0 <= j < i + 1500: end = max(end, j)
        r['page_end'] = pageof(end)
        seg = ' '.join(texts[r['page'] - 1:r['page_end']])
        for v in (r['target'], r['actual'], r['indicator_code']):
            if v: assert v.split(' ')[0] in seg, ('read-back', v, r['indicator'])
        cur = i + 1; prev = r
    return npages

def main():
    for f in sorted(glob.glob(os.path.join(D, '*.content.json'))):
        c = json.load(open(f)); n = c['name']
        if len(sys.argv) > 1 and n not in sys.argv[1:]: continue
        recs = {'A': render_word, 'D': render_word, 'B': render_B, 'C': render_C}[c['layout']](c, n)
        pdf = os.path.join(D, n + '.pdf'); npages = readback(pdf, recs)
        for r in recs: r.pop('_cells'); r.pop('_pos'); print('   p%s-%s %s' % (r['page'], r['page_end'], r.get('_key')))
        truth = {"schema": "perfextract/records@1",
                 "_about": "Written by make_r22.py from %s.content.json (never from an extractor). %s" % (n, ABOUT[c['layout']]),
                 "source": {"path": n + '.pdf', "sha256": hashlib.sha256(open(pdf, 'rb').read()).hexdigest(), "pages": npages},
                 "document": c['document'], "indicators": [{k: r[k] for k in FIELDS} for r in recs], "warnings": []}
        json.dump(truth, open(os.path.join(D, n + '.truth.json'), 'w'), ensure_ascii=False, indent=1)
        print(n, npages, 'pages', len(recs), 'records')
ABOUT = {
 'A': "Readings: a status word 'Non valutabile' in the Esito column is kept as status_text with status null (not one of the four outcomes). Prose after a table of one indicator is that indicator's comment; prose after a table of several indicators (no status line) is not a comment. target_unit/actual_unit come from the cell only.",
 'B': "Readings: cover and sottosezione in Word, annex in Calc (landscape, header row repeated). Hierarchy in columns repeated on every row: the area cell gives area_code/area_title, the Obiettivo operativo cell (deepest) gives objective_level/code/title. One record per Target year (2025-2027), empty target cells give null target fields. 'Valore anno N-1' is the baseline. The 'Obiettivo strategico' column is not a record field. Plan: actual null, met null.",
 'C': "Readings: report-software table with objective heading rows inside the table (code + title only): '1' (top) is strategic, '1.1' operational; no area heading is printed, so area_code is the objective code's first segment and area_title null. Status as a printed glyph (●/◐/○) explained by a legend under the table: status from the legend, status_text the glyph as printed (my reading: CONVENTIONS only says a coloured shape without text gives null; these are text glyphs). Empty Esito cell (n.d. row) -> status null. '% ragg.' printed 'n.d.' -> achievement null. Raised footnote mark after '≥ 25' is not part of the target. Weighted-average row is no record; legend and footnote are not comments.",
 'D': "Readings: landscape Word export, headings Area strategica / Obiettivo operativo. 'Esito: X' printed after a table (outside it) applies to every indicator of that objective; status_text is X without the label, comment is the paragraph after it. Unit column 'giorni'/'%' is the unit field; target_unit/actual_unit are parsed only from the target/actual cell. Actual 'Obiettivo sospeso' sets status suspended; prose after that one-indicator table is its comment.",
}
if __name__ == '__main__': main()
