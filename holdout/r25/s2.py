# Regione Molise – PIAO 2024-2026, Allegato 1: Excel sheet, ~18 narrow columns, landscape, fit to width
import json, subprocess
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from common import *
NAME = 'regione-molise-2024-piao'
HDR = ['Area strategica', 'Obiettivo strategico', 'Cod. OO', 'Obiettivo operativo', 'Direzione responsabile', 'Cod. indicatore',
       'Indicatore', 'Tipologia', 'Formula di calcolo', 'Unità di misura', 'Fonte dati', 'Peso %', 'Baseline 2023',
       'Target 2024', 'Target 2025', 'Target 2026', 'Valore pubblico atteso', 'Stakeholder']
A = 'A – Amministrazione digitale ed efficiente'; B = 'B – Sviluppo economico e tutela del territorio'; Cc = 'C – Capitale umano e organizzazione'
A1 = 'A.1 – Accelerare la transizione digitale dei servizi regionali'; A2 = 'A.2 – Migliorare la tempestività dell’azione amministrativa'
B1 = 'B.1 – Sostenere la competitività delle imprese molisane'; B2 = 'B.2 – Tutelare il territorio e l’ambiente'; C1 = 'C.1 – Valorizzare le competenze e il benessere del personale'; C2 = 'C.2 – Promuovere le pari opportunità e l’inclusione'
DG = 'Direzione Generale della Giunta'; DS = 'Servizio Sistemi informativi e digitalizzazione'; DR = 'Servizio Risorse finanziarie'
DE = 'Dipartimento III – Sviluppo economico'; DA = 'Servizio Valutazioni ambientali'; DP = 'Servizio Risorse umane'
VP1 = 'Riduzione degli oneri per cittadini e imprese'; VP2 = 'Liquidità per il sistema delle imprese'; VP3 = 'Crescita del tessuto produttivo'
VP4 = 'Certezza dei tempi per gli investimenti'; VP5 = 'Amministrazione più competente'
ROWS = [
 [A, A1, 'A.1.1', 'Digitalizzazione dei procedimenti di concessione di contributi', DS, 'A.1.1.01', 'Percentuale di procedimenti di concessione contributi gestiti su piattaforma telematica', 'Efficacia', 'N. procedimenti telematici / N. procedimenti totali x 100', '%', 'Sistema informativo regionale', '15', '42%', '≥ 60%', '≥ 80%', '100%', VP1, 'Cittadini, imprese, enti locali'],
 [A, A1, 'A.1.1', 'Digitalizzazione dei procedimenti di concessione di contributi', DS, 'A.1.1.02', 'Numero di servizi on line accessibili con SPID/CIE', 'Efficacia', 'Conteggio dei servizi pubblicati nel catalogo', 'n.', 'Catalogo servizi on line', '10', '18', '≥ 25', '≥ 32', '≥ 40', VP1, 'Cittadini, imprese'],
 [A, A1, 'A.1.2', 'Interoperabilità delle banche dati regionali (PDND)', DS, 'A.1.2.01', 'Numero di e-service pubblicati sulla Piattaforma Digitale Nazionale Dati', 'Efficacia', 'Conteggio e-service in stato "attivo"', 'n.', 'Catalogo PDND', '10', '3', '≥ 8', '≥ 14', '≥ 20', VP1, 'Pubbliche amministrazioni'],
 [A, A2, 'A.2.1', 'Riduzione dei tempi di pagamento delle transazioni commerciali', DR, 'A.2.1.01', 'Indicatore annuale di tempestività dei pagamenti', 'Efficienza', 'Media ponderata dei giorni di ritardo rispetto alla scadenza (DPCM 22/09/2014)', 'giorni', 'Piattaforma crediti commerciali', '15', '6,84', '≤ 0', '≤ 0', '≤ 0', VP2, 'Fornitori, imprese'],
 [A, A2, 'A.2.1', 'Riduzione dei tempi di pagamento delle transazioni commerciali', DR, 'A.2.1.02', 'Tempo medio di liquidazione delle fatture dalla ricezione', 'Efficienza', 'Somma giorni tra ricezione e liquidazione / N. fatture liquidate', 'giorni', 'Contabilità regionale', '5', '34 gg', '≤ 30 gg', '≤ 25 gg', '≤ 25 gg', VP2, 'Fornitori'],
 [A, A2, 'A.2.2', 'Trasparenza e accesso civico', DG, 'A.2.2.01', 'Percentuale di istanze di accesso civico generalizzato evase nei termini di legge', 'Efficacia', 'Istanze evase entro 30 gg / Istanze pervenute x 100', '%', 'Registro degli accessi', '5', '87,5%', '≥ 95%', '≥ 98%', '100%', 'Fiducia dei cittadini nell’amministrazione', 'Cittadini, associazioni'],
 [A, A2, 'A.2.2', 'Trasparenza e accesso civico', DG, 'A.2.2.02', 'Grado di completezza della sezione Amministrazione trasparente', 'Efficacia', 'Obblighi assolti / Obblighi previsti dall’Allegato 1 Delibera ANAC x 100', '%', 'Attestazione OIV', '5', '82%', '≥ 90%', '≥ 95%', '≥ 95%', 'Fiducia dei cittadini nell’amministrazione', 'Cittadini, OIV, ANAC'],
 [B, B1, 'B.1.1', 'Gestione dei bandi per le PMI del PR FESR 2021-2027', DE, 'B.1.1.01', 'Percentuale di istruttorie concluse entro 90 giorni dalla chiusura del bando', 'Efficienza', 'Istruttorie concluse entro 90 gg / Istruttorie avviate x 100', '%', 'Sistema MoSEM', '10', 'n.d.', '≥ 70%', '≥ 80%', '≥ 85%', VP3, 'Imprese, associazioni di categoria'],
 [B, B1, 'B.1.1', 'Gestione dei bandi per le PMI del PR FESR 2021-2027', DE, 'B.1.1.02', 'Risorse del PR FESR impegnate a favore delle imprese', 'Efficacia', 'Somma degli impegni giuridicamente vincolanti', '€', 'Sistema MoSEM', '5', '€ 12,4 mln', '€ 35.000.000,00', '€ 60.000.000,00', 'Da definire con la riprogrammazione', VP3, 'Imprese'],
 [B, B2, 'B.2.1', 'Riduzione dei tempi di rilascio delle autorizzazioni ambientali', DA, 'B.2.1.01', 'Tempo medio di rilascio dell’Autorizzazione Unica Ambientale (AUA)', 'Efficienza', 'Somma giorni istruttoria / N. AUA rilasciate', 'giorni', 'Protocollo informatico', '10', '148 gg', '≤ 120 gg', '≤ 100 gg', '≤ 90 gg', VP4, 'Imprese, SUAP comunali'],
 [B, B2, 'B.2.1', 'Riduzione dei tempi di rilascio delle autorizzazioni ambientali', DA, 'B.2.1.02', 'Realizzazione dell’archivio digitale delle pratiche di VIA e VAS', 'Realizzazione', 'Pratiche digitalizzate / Pratiche in archivio x 100', '%', 'Relazione del Servizio', '5', '0%', '40%', '80%', '100%', VP4, 'Cittadini, professionisti'],
 [B, B2, 'B.2.2', 'Contrasto al dissesto idrogeologico', 'Servizio Difesa del suolo', 'B.2.2.01', 'Percentuale di interventi finanziati dal PNRR (M2C4) con lavori aggiudicati', 'Efficacia', 'Interventi aggiudicati / Interventi finanziati x 100', '%', 'ReGiS', '10', '35%', '≥ 70%', '100%', '100%', 'Sicurezza del territorio', 'Comuni, cittadini'],
 [B, B2, 'B.2.2', 'Contrasto al dissesto idrogeologico', 'Servizio Difesa del suolo', 'B.2.2.02', 'Spesa certificata sugli interventi di mitigazione del rischio idrogeologico', 'Efficacia', 'Somma dei pagamenti certificati', '€', 'ReGiS', '5', '€ 3.180.000,00', '≥ € 9.500.000,00', '≥ € 18.000.000,00', '≥ € 26.700.000,00', 'Sicurezza del territorio', 'Comuni'],
 [Cc, C1, 'C.1.1', 'Piano della formazione del personale regionale', DP, 'C.1.1.01', 'Ore medie di formazione per dipendente', 'Efficacia', 'Ore di formazione erogate / N. dipendenti in servizio', 'ore', 'Registro formazione', '5', '14,2 ore', '≥ 24 ore', '≥ 24 ore', '≥ 30 ore', VP5, 'Personale regionale'],
 [Cc, C1, 'C.1.1', 'Piano della formazione del personale regionale', DP, 'C.1.1.02', 'Percentuale di dipendenti che hanno completato il percorso Syllabus sulle competenze digitali', 'Efficacia', 'Dipendenti con percorso completato / Dipendenti in servizio x 100', '%', 'Piattaforma Syllabus', '5', '31%', '≥ 55%', '≥ 75%', '≥ 75%', VP5, 'Personale regionale'],
 [Cc, C1, 'C.1.2', 'Lavoro agile e benessere organizzativo', DP, 'C.1.2.01', 'Adozione del nuovo Regolamento sul lavoro agile', 'Realizzazione', 'Atto di approvazione', 'data', 'Deliberazioni di Giunta', '5', 'n.d.', 'Entro il 30/06/2024', 'Monitoraggio annuale', 'Monitoraggio annuale', VP5, 'Personale, OO.SS.'],
 [Cc, C1, 'C.1.2', 'Lavoro agile e benessere organizzativo', DP, 'C.1.2.02', 'Percentuale di dipendenti con accordo individuale di lavoro agile sul totale degli aventi diritto', 'Efficacia', 'Dipendenti con accordo / Dipendenti con mansioni compatibili x 100', '%', 'Sistema di gestione presenze', '5', '23%', '≥ 30%', '≥ 35%', '≥ 35%', VP5, 'Personale regionale'],
 [Cc, C2, 'C.2.1', 'Attuazione del Piano delle azioni positive 2024-2026', 'Comitato Unico di Garanzia', 'C.2.1.01', 'Numero di iniziative formative su parità di genere e contrasto alle discriminazioni', 'Efficacia', 'Conteggio delle edizioni realizzate', 'n.', 'Relazione annuale CUG', '5', '2', '≥ 3', '≥ 4', '≥ 4', 'Parità di genere nell’organizzazione', 'Personale, CUG'],
 [Cc, C2, 'C.2.1', 'Attuazione del Piano delle azioni positive 2024-2026', 'Comitato Unico di Garanzia', 'C.2.1.02', 'Percentuale di donne negli incarichi di direzione di Servizio', 'Equità', 'Donne titolari di incarico / Totale incarichi x 100', '%', 'Servizio Risorse umane', '5', '38,9%', '≥ 40%', '≥ 45%', '≥ 50%', 'Parità di genere nell’organizzazione', 'Personale'],
 [Cc, C2, 'C.2.2', 'Accessibilità digitale dei servizi regionali', DS, 'C.2.2.01', 'Percentuale di siti web e app regionali conformi agli obiettivi di accessibilità AgID', 'Efficacia', 'Siti conformi / Siti censiti x 100', '%', 'Dichiarazioni di accessibilità AgID', '5', 'n.d.', '≥ 60%', '≥ 80%', '100%', 'Servizi fruibili da tutti', 'Persone con disabilità, cittadini'],
]
BUDGET = [['Struttura', 'Stanziamento 2024', 'Stanziamento 2025', 'Stanziamento 2026'],
          ['Direzione Generale della Giunta', '€ 4.812.300,00', '€ 4.650.000,00', '€ 4.650.000,00'],
          ['Servizio Sistemi informativi e digitalizzazione', '€ 7.245.980,50', '€ 6.980.000,00', '€ 5.120.000,00'],
          ['Servizio Risorse finanziarie', '€ 1.102.450,00', '€ 1.090.000,00', '€ 1.090.000,00'],
          ['Dipartimento III – Sviluppo economico', '€ 68.430.125,74', '€ 71.200.000,00', '€ 49.800.000,00'],
          ['Servizio Valutazioni ambientali', '€ 912.300,00', '€ 880.000,00', '€ 880.000,00'],
          ['Servizio Risorse umane', '€ 2.310.000,00', '€ 2.290.000,00', '€ 2.290.000,00'],
          ['Totale', '€ 84.813.156,24', '€ 87.090.000,00', '€ 63.830.000,00']]
C = {'document': {'issuer': 'Regione Molise', 'title': 'Piano integrato di attività e organizzazione', 'year': 2024, 'kind': 'piao'},
     'title_rows': ['REGIONE MOLISE', 'PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2024-2026 – Allegato 1 alla Sottosezione 2.2 “Performance”',
                    'Obiettivi di performance organizzativa, indicatori e target triennali'],
     'header': HDR, 'rows': ROWS,
     'legend': ['Legenda: Tipologia = dimensione della performance misurata (Efficacia, Efficienza, Realizzazione). Baseline = valore rilevato al 31/12/2023; n.d. = dato non disponibile.',
                'I target 2025 e 2026 potranno essere aggiornati in sede di aggiornamento annuale del PIAO.'],
     'budget_title': 'Allegato 1-bis – Risorse finanziarie assegnate alle strutture per il triennio 2024-2026 (competenza)', 'budget': BUDGET}
def render(C):
    wb = Workbook(); ws_ = wb.active; ws_.title = 'Obiettivi 2024-2026'
    thin = Side(style='thin', color='808080'); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    f8 = Font(name='Calibri', size=8); hdrf = Font(name='Calibri', size=8, bold=True, color='FFFFFF')
    widths = [13, 15, 5, 15, 12, 7.5, 20, 10, 17, 6, 11, 4.5, 9, 10.5, 10.5, 12, 13, 11]
    for j, w in enumerate(widths, 1): ws_.column_dimensions[ws_.cell(1, j).column_letter].width = w
    for i, t in enumerate(C['title_rows'], 1):
        ws_.cell(i, 1, t).font = Font(name='Calibri', size=[12, 10, 9][i-1], bold=i < 3)
    hr = 5
    for j, h in enumerate(C['header'], 1):
        c = ws_.cell(hr, j, h); c.font = hdrf; c.fill = PatternFill('solid', fgColor='305496'); c.border = bd
        c.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
    ws_.row_dimensions[hr].height = 34
    for i, row in enumerate(C['rows'], hr + 1):
        for j, v in enumerate(row, 1):
            c = ws_.cell(i, j, v); c.font = f8; c.border = bd
            c.alignment = Alignment(wrap_text=True, vertical='top', horizontal='center' if j in (3, 6, 8, 10, 12, 13, 14, 15, 16) else 'left')
        import math
        lines = max(math.ceil(len(str(v)) / (widths[j] * 1.3 - 1)) for j, v in enumerate(row))
        ws_.row_dimensions[i].height = lines * 10.5 + 3
    r = hr + len(C['rows']) + 2
    for k, t in enumerate(C['legend']): ws_.cell(r + k, 1, t).font = Font(name='Calibri', size=7, italic=True)
    ws_.page_setup.orientation = 'landscape'; ws_.page_setup.paperSize = 9
    ws_.sheet_properties.pageSetUpPr.fitToPage = True; ws_.page_setup.fitToWidth = 1; ws_.page_setup.fitToHeight = 0
    ws_.print_title_rows = f'{hr}:{hr}'
    ws_.page_margins.left = ws_.page_margins.right = 0.4; ws_.page_margins.top = ws_.page_margins.bottom = 0.5
    ws_.oddFooter.center.text = 'Pagina &P di &N'; ws_.oddFooter.center.size = 7
    ws_.oddHeader.right.text = 'Regione Molise – PIAO 2024-2026'; ws_.oddHeader.right.size = 7
    w2 = wb.create_sheet('Risorse')
    w2.cell(1, 1, C['budget_title']).font = Font(name='Calibri', size=10, bold=True)
    for j, w in enumerate([45, 20, 20, 20], 1): w2.column_dimensions[w2.cell(1, j).column_letter].width = w
    for i, row in enumerate(C['budget'], 3):
        for j, v in enumerate(row, 1):
            c = w2.cell(i, j, v); c.border = bd; c.font = Font(name='Calibri', size=9, bold=(i == 3 or row[0] == 'Totale'))
            c.alignment = Alignment(horizontal='left' if j == 1 else 'right')
    w2.page_setup.orientation = 'landscape'; w2.page_setup.paperSize = 9
    w2.sheet_properties.pageSetUpPr.fitToPage = True; w2.page_setup.fitToWidth = 1; w2.page_setup.fitToHeight = 0
    wb.save(NAME + '.xlsx')
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-r25', '--headless', '--convert-to', 'pdf', NAME + '.xlsx'], check=True, capture_output=True)
def truth(C):
    recs = []
    for r in C['rows']:
        d = dict(zip(C['header'], r)); ac, at = d['Area strategica'].split(' – ', 1)
        for y in (2024, 2025, 2026):
            recs.append(record(area_code=ac, area_title=at, objective_level='operational', objective_code=d['Cod. OO'],
                objective_title=d['Obiettivo operativo'], indicator_code=d['Cod. indicatore'], indicator=d['Indicatore'],
                type=d['Tipologia'], formula=d['Formula di calcolo'], unit=d['Unità di misura'], data_source=d['Fonte dati'],
                weight=float(d['Peso %']), baseline=d['Baseline 2023'], year=y, target=d[f'Target {y}']))
    return recs
if __name__ == '__main__':
    json.dump(C, open(NAME + '.content.json', 'w'), ensure_ascii=False, indent=1)
    C = json.load(open(NAME + '.content.json'))
    render(C); recs = truth(C)
    import pdfplumber
    with pdfplumber.open(NAME + '.pdf') as p:
        n = len(p.pages); txt = [pg.extract_text() for pg in p.pages]
    for r in recs:  # rows do not split in Calc: page = page of the row's indicator code
        pg = [i + 1 for i, t in enumerate(txt) if r['indicator_code'] in t]; assert len(pg) == 1, (r['indicator_code'], pg)
        r['page'] = r['page_end'] = pg[0]
    print('pages', n, 'records', len(recs))
    write_truth(NAME, C['document'], recs, 'Written by make_r25.py (s2.py) from the content, never from an extractor. Readings: Cod. OO is the code of the Obiettivo operativo column beside it; Area strategica and Obiettivo strategico cells (repeated on every row, code before the dash) are headings; one record per Target year 2024-2026 with the Baseline 2023 column as baseline; Peso % gives weight; Tipologia (Efficacia/Efficienza/Realizzazione) is the indicator type; Valore pubblico atteso, Direzione responsabile and Stakeholder go to extra (not in truth); the Unità di misura column does not give target_unit; year of a PIAO 2024-2026 document = 2024; the Risorse sheet (budget) gives no records; a plan has no actuals, so met is null.', n)
