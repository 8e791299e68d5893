# ARPAE – PIAO 2025-2027, allegato performance esportato da foglio di calcolo (LibreOffice Calc)
import json, subprocess
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins
from common import *
NAME = 'arpae-emilia-romagna-2025-piao'
A1 = "1 – Tutela dell'ambiente e sistema dei controlli"
A2 = '2 – Autorizzazioni, concessioni e semplificazione'
A3 = '3 – Conoscenza, innovazione e organizzazione'
OS11 = '1.1 – Assicurare un controllo ambientale efficace e programmato'
OS12 = '1.2 – Rafforzare il monitoraggio della qualità dell\'aria e delle acque'
OS21 = '2.1 – Ridurre i tempi dei procedimenti autorizzativi'
OS22 = '2.2 – Gestire in modo efficiente le concessioni demaniali'
OS31 = '3.1 – Diffondere l\'informazione ambientale'
OS32 = '3.2 – Sviluppare le competenze e il benessere organizzativo'
C = {
 'document': {'issuer': "Agenzia regionale per la prevenzione, l'ambiente e l'energia dell'Emilia-Romagna", 'title': 'Piano integrato di attività e organizzazione', 'year': 2025, 'kind': 'piao'},
 'header': ['Area strategica', 'Obiettivo strategico', 'Obiettivo operativo', 'Cod.', 'Indicatore', 'Formula', 'Fonte', 'Baseline 2024', 'Target 2025', 'Target 2026 (1)', 'Target 2027 (1)'],
 'rows': [
  [A1, OS11, '1.1.1 – Attuare il programma regionale delle ispezioni AIA', 'I.01', 'Percentuale di ispezioni AIA programmate effettuate', 'Ispezioni AIA effettuate / ispezioni AIA programmate x 100', 'Sistema SINADOC', '97,8%', '>= 95%', '>= 95%', '>= 95%'],
  [A1, OS11, '1.1.1 – Attuare il programma regionale delle ispezioni AIA', 'I.02', 'Tempo medio di trasmissione della relazione di ispezione all\'autorità competente', 'Media dei giorni tra chiusura della visita ispettiva e invio della relazione', 'Sistema SINADOC', '41 gg', '≤ 40 gg', '≤ 35 gg', '≤ 30 gg'],
  [A1, OS11, '1.1.2 – Garantire la risposta alle segnalazioni di inconvenienti ambientali', 'I.03', 'Percentuale di segnalazioni con sopralluogo entro 72 ore nei casi urgenti', 'Segnalazioni urgenti con sopralluogo entro 72 h / segnalazioni urgenti x 100', 'Registro segnalazioni', '88,5%', '>= 90%', '>= 92%', '>= 92%'],
  [A1, OS12, '1.2.1 – Assicurare l\'efficienza della rete regionale di qualità dell\'aria', 'I.04', 'Rendimento strumentale medio della rete di monitoraggio della qualità dell\'aria', 'Dati validi / dati attesi x 100 (media delle 47 stazioni)', 'Rete RRQA', '93,1%', '>= 90%', '>= 90%', '>= 90%'],
  [A1, OS12, '1.2.2 – Completare il monitoraggio dei corpi idrici superficiali (ciclo 2022-2027)', 'I.05', 'Percentuale di stazioni della rete fiumi campionate secondo il programma', 'Stazioni campionate / stazioni programmate x 100', 'Banca dati acque', '96,0%', '100%', '100%', '100%'],
  [A1, '1.3 – Sostenere la transizione energetica regionale', '1.3.1 – Supportare la Regione nel monitoraggio del Piano energetico', 'I.15', 'Numero di report di monitoraggio del Piano energetico regionale trasmessi', 'Conteggio dei report trasmessi alla Regione nell\'anno', 'Osservatorio Energia', '1', '2', '2', '2'],
  [A1, '1.3 – Sostenere la transizione energetica regionale', '1.3.2 – Verificare gli impianti termici degli edifici', 'I.16', 'Percentuale di impianti termici ispezionati sul totale programmato (catasto CRITER)', 'Ispezioni effettuate / ispezioni programmate x 100', 'Catasto CRITER', '102,3%', '>= 100%', '>= 100%', '>= 100%'],
  [A2, OS21, '2.1.1 – Rispettare i tempi di rilascio delle AUA e delle autorizzazioni uniche', 'I.06', 'Tempo medio di conclusione delle istruttorie AUA', 'Media dei giorni dall\'avvio del procedimento all\'adozione del provvedimento, al netto delle sospensioni', 'Gestionale Osservatorio', '78 gg', '≤ 75 gg', '≤ 70 gg', '≤ 70 gg'],
  [A2, OS21, '2.1.1 – Rispettare i tempi di rilascio delle AUA e delle autorizzazioni uniche', 'I.07', 'Percentuale di procedimenti di autorizzazione unica conclusi nei termini di legge', 'Procedimenti conclusi nei termini / procedimenti conclusi x 100', 'Gestionale Osservatorio', '91,2%', '>= 92%', '>= 94%', '>= 95%'],
  [A2, OS21, '2.1.2 – Digitalizzare la presentazione delle istanze', 'I.08', 'Attivazione della presentazione on line delle istanze di autorizzazione alle emissioni in atmosfera', 'Rilascio in esercizio del modulo sul portale istanze', 'Direzione Tecnica', 'n.d.', 'Modulo in esercizio entro il 30/09/2025', 'Estensione alle istanze di scarico', None],
  [A2, OS22, '2.2.1 – Ridurre l\'arretrato delle pratiche di concessione demaniale idrica', 'I.09', 'Riduzione delle pratiche di concessione arretrate al 31/12', '(Arretrato al 31/12/2024 – arretrato al 31/12 anno t) / arretrato al 31/12/2024 x 100', 'Sistema SISTEB', '2.318 pratiche', '>= 15%', '>= 30%', '>= 45%'],
  [A2, OS22, '2.2.1 – Ridurre l\'arretrato delle pratiche di concessione demaniale idrica', 'I.10', 'Canoni di concessione riscossi', 'Importo riscosso nell\'anno sui canoni di competenza', 'Contabilità', '€ 36.412.950,00', '€ 37.000.000,00', '€ 37.500.000,00', '€ 38.000.000,00'],
  [A3, OS31, '3.1.1 – Pubblicare tempestivamente i dati ambientali', 'I.11', 'Numero di dataset ambientali pubblicati in formato aperto sul portale Open Data', 'Conteggio dei dataset pubblicati e aggiornati nell\'anno', 'Portale dati.arpae.it', '64', '>= 70', '>= 75', '>= 80'],
  [A3, OS31, '3.1.1 – Pubblicare tempestivamente i dati ambientali', 'I.12', 'Pubblicazione del Report annuale "Dati ambientali dell\'Emilia-Romagna"', 'Data di pubblicazione on line del report', 'Servizio Comunicazione', 'Pubblicato il 28/06/2024', 'entro il 30/06', 'entro il 30/06', 'entro il 30/06'],
  [A3, OS32, '3.2.1 – Attuare il piano della formazione', 'I.13', 'Ore medie di formazione per dipendente', 'Ore di formazione erogate / dipendenti in servizio al 31/12', 'Gestione risorse umane', '21,4', '>= 24', '>= 24', '>= 26'],
  [A3, OS32, '3.2.2 – Promuovere il lavoro agile e la conciliazione', 'I.14', 'Percentuale di dipendenti con accordo di lavoro agile attivo', 'Dipendenti con accordo attivo al 31/12 / dipendenti aventi diritto x 100', 'Gestione risorse umane', '58,3%', '>= 60%', '>= 60%', 'n.d.'],
  [A3, '3.3 – Prevenire la corruzione e garantire la trasparenza', '3.3.1 – Attuare le misure della sezione Rischi corruttivi e trasparenza', 'I.17', 'Grado di attuazione delle misure di prevenzione programmate', 'Misure attuate nei tempi / misure programmate x 100', 'Monitoraggio RPCT', '94%', '100%', '100%', '100%'],
  [A3, '3.3 – Prevenire la corruzione e garantire la trasparenza', '3.3.1 – Attuare le misure della sezione Rischi corruttivi e trasparenza', 'I.18', 'Tempo medio di pagamento delle fatture commerciali', 'Indicatore annuale di tempestività dei pagamenti (DPCM 22/09/2014)', 'PCC – Contabilità', '-8,6 gg', '≤ 0 gg', '≤ 0 gg', '≤ 0 gg'],
  [A3, '3.3 – Prevenire la corruzione e garantire la trasparenza', '3.3.2 – Ridurre i costi di funzionamento', 'I.19', 'Riduzione dei costi per utenze energetiche delle sedi', '(Costi 2024 – costi anno t) / costi 2024 x 100', 'Contabilità analitica', '€ 1.284.600,00', '>= 5%', '>= 8%', None],
 ],
 'footnote': '(1) I target 2026 e 2027 sono aggiornati annualmente in sede di scorrimento del PIAO.',
 'budget': [['Direzione Generale', '€ 4.812.300,00'], ['Direzione Amministrativa', '€ 9.207.150,00'], ['Direzione Tecnica', '€ 12.640.900,00'], ['Aree Prevenzione ambientale (9 sedi)', '€ 48.335.600,00'], ['Aree Autorizzazioni e concessioni', '€ 15.918.450,00'], ['Totale', '€ 90.914.400,00']],
}
for _i, _r in enumerate(C['rows']): _r[3] = f'I.{_i + 1:02d}'
def code_title(cell):
    c, t = cell.split(' – ', 1); return c, t
def build():
    wb = Workbook(); ws = wb.active; ws.title = 'Obiettivi 2025-2027'
    thin = Side(style='thin', color='808080'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws['A1'] = 'ARPAE Emilia-Romagna'; ws['A1'].font = Font(bold=True, size=14, color='1F4E79')
    ws['A2'] = C['document']['issuer']; ws['A2'].font = Font(size=11)
    ws['A3'] = 'PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2025-2027 – Sezione 2.2 Performance'; ws['A3'].font = Font(bold=True, size=12)
    ws['A4'] = 'Allegato A – Obiettivi, indicatori e target del triennio (approvato con DDG n. 9 del 30/01/2025)'; ws['A4'].font = Font(italic=True, size=10)
    hr = 6
    widths = [17, 19, 21, 5, 24, 27, 12, 10, 12, 12, 11]
    for i, h in enumerate(C['header']):
        c = ws.cell(row=hr, column=i + 1, value=h); c.font = Font(bold=True, size=9, color='FFFFFF'); c.fill = PatternFill('solid', fgColor='1F4E79')
        c.alignment = Alignment(wrap_text=True, vertical='center', horizontal='center'); c.border = B
        ws.column_dimensions[chr(65 + i)].width = widths[i]
    ws.cell(row=hr, column=10).value = 'Target 2026 (1)'; ws.cell(row=hr, column=11).value = 'Target 2027 (1)'
    for ri, row in enumerate(C['rows']):
        for ci, v in enumerate(row):
            c = ws.cell(row=hr + 1 + ri, column=ci + 1, value=v); c.font = Font(size=9); c.border = B
            c.alignment = Alignment(wrap_text=True, vertical='top', horizontal='center' if ci >= 7 or ci == 3 else 'left')
            if ri % 2: c.fill = PatternFill('solid', fgColor='EEF3F8')
        import math
        lines = max(math.ceil(len(v or '') / (widths[ci] * 1.25)) for ci, v in enumerate(row))
        ws.row_dimensions[hr + 1 + ri].height = 11 * lines + 4
    fr = hr + 2 + len(C['rows'])
    ws.cell(row=fr, column=1, value=C['footnote']).font = Font(size=8, italic=True)
    ws.row_dimensions[hr].height = 26
    ws.print_title_rows = f'{hr}:{hr}'
    ws.page_setup.orientation = 'landscape'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.8, bottom=0.6, header=0.3)
    ws.oddFooter.center.text = 'Pagina &P di &N'; ws.oddHeader.right.text = 'PIAO 2025-2027 – Allegato A'
    ws2 = wb.create_sheet('Risorse')
    ws2['A1'] = 'Allegato B – Risorse finanziarie assegnate per struttura (bilancio economico preventivo 2025)'; ws2['A1'].font = Font(bold=True, size=11)
    for i, h in enumerate(['Struttura', 'Costi della produzione previsti 2025']):
        c = ws2.cell(row=3, column=i + 1, value=h); c.font = Font(bold=True, size=9); c.border = B; c.fill = PatternFill('solid', fgColor='D9E1F2')
    for ri, row in enumerate(C['budget']):
        for ci, v in enumerate(row):
            c = ws2.cell(row=4 + ri, column=ci + 1, value=v); c.font = Font(size=9, bold=(row[0] == 'Totale')); c.border = B
            c.alignment = Alignment(horizontal='right' if ci else 'left')
    ws2.column_dimensions['A'].width = 40; ws2.column_dimensions['B'].width = 30
    ws2.page_setup.orientation = 'landscape'; ws2.page_setup.paperSize = ws2.PAPERSIZE_A4
    ws2.oddFooter.center.text = 'Pagina &P di &N'; ws2.oddHeader.right.text = 'PIAO 2025-2027 – Allegato B'
    wb.save(NAME + '.xlsx')
    recs, groups = [], []
    for row in C['rows']:
        ac, at = code_title(row[0]); sc, st = code_title(row[1]); oc, ot = code_title(row[2])
        h = {'area_code': ac, 'area_title': at, 'objective_level': 'operational', 'objective_code': oc, 'objective_title': ot}
        ind = {'indicator_code': row[3], 'indicator': row[4], 'formula': row[5], 'data_source': row[6], 'baseline': row[7]}
        rs = [record(h, ind, y, row[8 + k]) for k, y in enumerate([2025, 2026, 2027])]
        recs += rs; groups.append((rs, ' '.join(row[4].split()[:3]), [' '.join(row[4].split()[-2:]), ' '.join(row[5].split()[-2:])]))
    return recs, groups
if __name__ == '__main__':
    json.dump(C, open(NAME + '.content.json', 'w'), ensure_ascii=False, indent=1)
    recs, groups = build()
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-r24', '--headless', '--convert-to', 'pdf', NAME + '.xlsx'], check=True, capture_output=True)
    n = readback(NAME + '.pdf', groups)
    write_truth(NAME, C['document'], recs, n, "Written by make_r24.py (s2.py) from the content file. Hierarchy in repeated columns (area / strategic / operational), deepest = operational. One record per target year (2025-2027); 'Baseline 2024' column is baseline. Footnote mark '(1)' is in the headers only. Reading: text targets ('entro il 30/06', a day without a year) are a date-like deadline with no quantity -> values null.")
    print(NAME, n, 'pages', len(recs), 'records')
