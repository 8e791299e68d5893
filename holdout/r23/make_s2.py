from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.worksheet.page import PageMargins
from common import record
def pct(s):
    if s is None: return None
    import re
    m = re.match(r'^(\d+(?:,\d+)?)\s*%$', s.strip())
    return float(m.group(1).replace(',', '.')) if m else None
def s2(c, lo_pdf):
    name = c['name']; wb = Workbook(); wb.remove(wb.active)
    thin = Side(style='thin', color='000000'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    hdrfill = PatternFill('solid', fgColor='1F4E78'); areafill = PatternFill('solid', fgColor='DDEBF7'); resfill = PatternFill('solid', fgColor='E2EFDA')
    W = [26, 38, 6, 14, 16, 8, 24]
    import math
    def lines(t, w): return max(1, math.ceil(len(t or '') * 1.08 / (w - 1))) if t else 1
    recs = []; groups = []
    for k, sc in enumerate(c['schede']):
        ws = wb.create_sheet('Scheda %d' % (k + 1))
        for i, w in enumerate(W): ws.column_dimensions['ABCDEFG'[i]].width = w
        r = 1
        ws.cell(r, 1, c['top'][0]).font = Font(name='Arial', bold=True, size=14); r += 1
        ws.cell(r, 1, c['top'][1]).font = Font(name='Arial', italic=True, size=10); r += 1
        ws.cell(r, 1, c['top'][2]).font = Font(name='Arial', size=9); r += 2
        ws.cell(r, 1, 'SCHEDA DI BUDGET 2024 – VERIFICA AL 31/12/2024').font = Font(name='Arial', bold=True, size=12); r += 1
        for key, val in [('Struttura:', sc['struttura']), ('Dipartimento:', sc['dipartimento']), ('Direttore:', sc['direttore'])]:
            ws.cell(r, 1, key).font = Font(name='Arial', bold=True, size=10); ws.cell(r, 2, val).font = Font(name='Arial', size=10); r += 1
        r += 1
        ws.cell(r, 1, 'RISORSE ASSEGNATE').font = Font(name='Arial', bold=True, size=10); r += 1
        for i, h in enumerate(['Voce', '', 'Budget 2024', 'Consuntivo 2024', 'Scost. %']):
            cc = ws.cell(r, [1, 2, 4, 5, 6][i], h if h else None)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        for col in [1, 2, 3, 4, 5, 6]:
            cc = ws.cell(r, col); cc.font = Font(name='Arial', bold=True, size=9); cc.fill = resfill; cc.border = B
        r += 1
        for row in sc['risorse']:
            ws.cell(r, 1, row[0]); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
            for j, v in enumerate(row[1:]): ws.cell(r, 4 + j, v).alignment = Alignment(horizontal='right')
            for col in range(1, 7): ws.cell(r, col).font = Font(name='Arial', size=9); ws.cell(r, col).border = B
            r += 1
        r += 1
        ws.cell(r, 1, 'OBIETTIVI E INDICATORI ASSEGNATI').font = Font(name='Arial', bold=True, size=10); r += 1
        hr = r
        for i, h in enumerate(c['header']):
            cc = ws.cell(r, i + 1, h); cc.font = Font(name='Arial', bold=True, size=9, color='FFFFFF'); cc.fill = hdrfill; cc.border = B
            cc.alignment = Alignment(wrap_text=True, vertical='center', horizontal='center')
        ws.row_dimensions[r].height = 28
        r += 1
        ws.print_title_rows = '%d:%d' % (hr, hr)
        for a in sc['areas']:
            ws.cell(r, 1, 'AREA %s – %s' % (a['code'], a['title']))
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            for col in range(1, 8): ws.cell(r, col).fill = areafill; ws.cell(r, col).border = B; ws.cell(r, col).font = Font(name='Arial', bold=True, size=10)
            ws.row_dimensions[r].height = 16
            r += 1
            for o in a['objectives']:
                r0 = r
                h = {'area_code': a['code'], 'area_title': a['title'], 'objective_level': 'strategic', 'objective_code': o['code'], 'objective_title': o['title']}
                ws.cell(r, 1, '%s %s' % (o['code'], o['title']))
                for ind in o['indicators']:
                    for j, v in enumerate(ind):
                        cc = ws.cell(r, j + 2, v)
                        cc.alignment = Alignment(wrap_text=True, vertical='top', horizontal='left' if j in (0, 5) else 'center')
                    for col in range(1, 8): ws.cell(r, col).font = Font(name='Arial', size=10); ws.cell(r, col).border = B
                    ws.row_dimensions[r].height = 13.5 * max(lines(v, W[j + 1]) for j, v in enumerate(ind)) + 3
                    rec = record(h, {'indicator': ind[0], 'notes': ind[5]}, year=2024, target=ind[2], actual=ind[3], achievement=pct(ind[4]))
                    rec['weight'] = float(ind[1])
                    recs.append(rec); groups.append(([rec], ' '.join(ind[0].split()[:5]), ' '.join((ind[5] or ind[0]).split()[-2:])))
                    r += 1
                need = 13.5 * lines('%s %s' % (o['code'], o['title']), W[0]) + 3
                have = sum(ws.row_dimensions[x].height for x in range(r0, r))
                if need > have: ws.row_dimensions[r - 1].height += need - have
                if r - 1 > r0: ws.merge_cells(start_row=r0, start_column=1, end_row=r - 1, end_column=1)
                ws.cell(r0, 1).alignment = Alignment(wrap_text=True, vertical='top'); ws.cell(r0, 1).font = Font(name='Arial', size=10, bold=True)
        t = sc['totale']
        ws.cell(r, 1, t[0]); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        for j, v in enumerate(t[1:]): ws.cell(r, 3 + j, v or None)
        for col in range(1, 8): ws.cell(r, col).font = Font(name='Arial', size=9, bold=True); ws.cell(r, col).border = B; ws.cell(r, col).alignment = Alignment(horizontal='center' if col > 2 else 'right')
        r += 2
        ws.cell(r, 1, sc['nota']).alignment = Alignment(wrap_text=True, vertical='top'); ws.cell(r, 1).font = Font(name='Arial', size=9, italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7); ws.row_dimensions[r].height = 30; r += 3
        for j, f in enumerate(c['firme']):
            ws.cell(r, [1, 2, 5][j], f).font = Font(name='Arial', size=9)
            ws.cell(r + 2, [1, 2, 5][j], '______________________').font = Font(name='Arial', size=9)
        ws.page_setup.orientation = 'landscape'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.85, bottom=0.7, header=0.3)
        ws.oddFooter.center.text = '&8ASL Viterbo – Schede di budget 2024 – &A – pag. &P di &N'
        ws.oddHeader.right.text = '&8Allegato 3 alla Relazione sulla performance 2024'
    wb.save(name + '.xlsx'); lo_pdf(name + '.xlsx')
    return recs, groups, "ASL schede di budget (Calc -> LibreOffice), one landscape sheet per UOC: key lines, a RISORSE ASSEGNATE table (euro, n.), then the objectives table with 'AREA X –' band rows, objective cell merged down over its indicators, Peso, Target 2024, Valore, % ragg., Note; header repeated on each page; TOTALE row, note, signatures."
