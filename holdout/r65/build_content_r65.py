#!/usr/bin/env python3
"""Writes the three r65 content files (hand-written content; parsed values come from make_r65.parse, checked by eye)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def ind(code, name, target, actual=None, dir=None, **kw):
    d = {'code': code, 'name': name, 'target': target, 'actual': actual, 'dir': dir}
    d.update(kw); return d

# ---------------------------------------------------------------- A: Word, ruled tables, Esito column
A = {'name': 'consorzio-bonifica-veneto-orientale-2023-relazione', 'layout': 'docx_ruled',
 'document': {'issuer': 'Consorzio di Bonifica Veneto Orientale', 'title': 'Relazione sulla performance', 'year': 2023, 'kind': 'relazione'},
 'cover': ['Consorzio di Bonifica Veneto Orientale', 'RELAZIONE SULLA PERFORMANCE', 'Anno 2023',
           'Approvata con deliberazione del Consiglio di Amministrazione n. 48 del 27 giugno 2024',
           'San Donà di Piave (VE)'],
 'intro': [
  'La Relazione sulla performance costituisce lo strumento con il quale il Consorzio illustra ai consorziati, alla Regione del Veneto e agli altri portatori di interesse '
  'i risultati organizzativi raggiunti nel corso dell\u2019anno 2023 rispetto agli obiettivi programmati nel Piano della performance 2023-2025, adottato con deliberazione n. 7 del 30 gennaio 2023.',
  'Il comprensorio consortile si estende su una superficie di circa 113.000 ettari tra i fiumi Piave e Tagliamento e comprende 94 impianti idrovori, oltre 2.100 km di canali di bonifica '
  'e una rete irrigua a servizio di circa 38.000 ettari. L\u2019annata 2023 \u00e8 stata segnata da una primavera siccitosa, seguita dagli eventi meteorici intensi di fine ottobre e novembre, '
  'che hanno richiesto il funzionamento continuativo degli impianti di sollevamento.',
  'Per ciascun obiettivo operativo sono riportati gli indicatori, il valore atteso per il 2023, il valore effettivamente raggiunto e l\u2019esito della valutazione. '
  'La verifica dei dati \u00e8 stata effettuata dall\u2019Area Amministrativa sulla base delle informazioni fornite dai Settori e validata dall\u2019Organismo Indipendente di Valutazione.'],
 'staff_title': 'Tabella 1 \u2013 Personale in servizio al 31 dicembre 2023',
 'staff_head': ['Qualifica', 'Tempo indeterminato', 'Tempo determinato', 'Totale'],
 'staff': [['Dirigenti', '4', '0', '4'], ['Quadri e impiegati', '71', '6', '77'],
           ['Operai (manutenzione e impianti)', '88', '21', '109'], ['Totale', '163', '27', '190']],
 'head': ['N.', 'Indicatore', 'Unit\u00e0 di misura', 'Target 2023', 'Valore raggiunto 2023', 'Esito'],
 'year': 2023,
 'areas': [
  {'code': '1', 'title': 'Sicurezza idraulica del territorio',
   'text': 'L\u2019area raccoglie le attivit\u00e0 di esercizio e manutenzione della rete di scolo e degli impianti idrovori, finalizzate a garantire lo smaltimento delle acque meteoriche e la difesa dagli allagamenti.',
   'objs': [
    {'code': '1.1', 'title': 'Manutenzione ordinaria della rete di bonifica',
     'inds': [ind('1', 'Lunghezza dei canali sottoposti a sfalcio meccanico delle sponde', '\u2265 1.800 km', '1.864 km', 'higher', unit='km', esito='Raggiunto'),
              ind('2', 'Percentuale di canali consorziali espurgati rispetto al programma annuale', '\u2265 90%', '92,4%', 'higher', unit='%', esito='Raggiunto'),
              ind('3', 'Tempo medio di intervento su segnalazione di ostruzione o rigurgito', '\u2264 5 gg', '4,2 gg', 'lower', unit='giorni', esito='Raggiunto')]},
    {'code': '1.2', 'title': 'Efficienza degli impianti idrovori',
     'inds': [ind('4', 'Grado di disponibilit\u00e0 delle pompe idrovore durante gli eventi di piena', '\u2265 98%', '98,7%', 'higher', unit='%', esito='Raggiunto'),
              ind('5', 'Numero di impianti dotati di telecontrollo', '\u2265 70', '66', 'higher', unit='n.', esito='Parzialmente raggiunto'),
              ind('6', 'Riduzione dei consumi di energia elettrica degli impianti rispetto al 2022', '\u2265 3%', '1,8%', 'higher', unit='%', esito='Non raggiunto')]}]},
  {'code': '2', 'title': 'Gestione della risorsa irrigua',
   'text': 'Nel 2023 la stagione irrigua \u00e8 stata avviata con anticipo per far fronte alla scarsit\u00e0 delle portate del Piave; sono state applicate turnazioni concordate con le organizzazioni agricole.',
   'objs': [
    {'code': '2.1', 'title': 'Continuit\u00e0 del servizio irriguo',
     'inds': [ind('7', 'Superficie servita da irrigazione strutturata', '\u2265 38.000 ha', '38.420 ha', 'higher', unit='ettari', esito='Raggiunto'),
              ind('8', 'Numero di giorni di interruzione del servizio irriguo non programmati', '\u2264 10', '7', 'lower', unit='giorni', esito='Raggiunto'),
              ind('9', 'Numero di misuratori di portata installati sulle derivazioni principali', '12', '9', 'higher', unit='n.', esito='Parzialmente raggiunto')]},
    {'code': '2.2', 'title': 'Conversione di impianti a pioggia in sistemi a bassa pressione',
     'inds': [ind('10', 'Stato di avanzamento dei lavori del distretto irriguo Ca\u2019 Corniani (PNRR M2C4)', '\u2265 60%', '63%', 'higher', unit='%', esito='Raggiunto'),
              ind('11', 'Progettazione esecutiva del secondo stralcio funzionale', 'entro il 31/12/2023', 'Obiettivo sospeso', None, unit='data', esito='Sospeso')]}]},
  {'code': '3', 'title': 'Rapporti con i consorziati ed efficienza amministrativa',
   'text': 'L\u2019area riguarda la riscossione dei contributi consortili, la trasparenza e la qualit\u00e0 dei servizi resi all\u2019utenza.',
   'objs': [
    {'code': '3.1', 'title': 'Riscossione del contributo di bonifica',
     'inds': [ind('12', 'Tasso di riscossione spontanea degli avvisi di pagamento emessi', '\u2265 85%', '87,9%', 'higher', unit='%', esito='Raggiunto'),
              ind('13', 'Importo dei ruoli coattivi emessi per contributi non versati', '\u2265 \u20ac 1.250.000,00', '\u20ac 1.312.480,00', 'higher', unit='euro', esito='Raggiunto'),
              ind('14', 'Tempo medio di risposta alle istanze di rimborso e sgravio', '\u2264 30 gg', '41 gg', 'lower', unit='giorni', esito='Non raggiunto')]},
    {'code': '3.2', 'title': 'Trasparenza e digitalizzazione dei servizi',
     'inds': [ind('15', 'Percentuale di obblighi di pubblicazione assolti nella sezione Amministrazione trasparente', '100%', '100%', 'higher', unit='%', esito='Raggiunto'),
              ind('16', 'Tempo medio di pagamento delle fatture commerciali', '\u2264 30 gg', '24 gg', 'lower', unit='giorni', esito='Raggiunto'),
              ind('17', 'Attivazione dello sportello telematico per le concessioni idrauliche', 'SI', 'SI', None, unit='SI/NO', esito='Raggiunto')]}]}],
 'closing': [
  'Complessivamente, dei 17 indicatori monitorati, 12 risultano raggiunti, 2 parzialmente raggiunti, 2 non raggiunti e 1 sospeso per effetto della rimodulazione del finanziamento da parte del Ministero.',
  'Le criticit\u00e0 rilevate sui consumi energetici e sui tempi di risposta alle istanze di rimborso saranno oggetto di specifici obiettivi nel Piano 2024-2026.']}

# ---------------------------------------------------------------- B: Calc, landscape, merged hierarchy, shaded groups, 3 target years
B = {'name': 'ente-parco-appennino-tosco-emiliano-2025-piano', 'layout': 'xlsx_landscape_merged',
 'document': {'issuer': 'Ente Parco Nazionale dell\u2019Appennino Tosco-Emiliano', 'title': 'Piano della performance', 'year': 2025, 'kind': 'piano'},
 'cover': ['Ente Parco Nazionale dell\u2019Appennino Tosco-Emiliano', 'Riserva di Biosfera MAB UNESCO',
           'PIANO DELLA PERFORMANCE 2025-2027', 'Allegato alla deliberazione del Consiglio Direttivo n. 3 del 29 gennaio 2025'],
 'intro': [
  'Il Piano della performance individua gli obiettivi strategici dell\u2019Ente per il triennio 2025-2027, gli indicatori con cui ne sar\u00e0 misurato il conseguimento e i relativi valori attesi, '
  'in coerenza con il bilancio di previsione 2025 e con le direttive del Ministero dell\u2019Ambiente e della Sicurezza Energetica.',
  'Gli obiettivi sono articolati in tre aree strategiche, corrispondenti alle finalit\u00e0 istitutive del Parco: conservazione della biodiversit\u00e0, fruizione sostenibile e sviluppo locale, '
  'funzionamento dell\u2019Ente. Per ciascun indicatore sono indicati il peso, il valore di partenza (baseline 2024) e i target annuali.'],
 'budget_title': 'Bilancio di previsione 2025 \u2013 quadro riassuntivo (in euro)',
 'budget_head': ['Titolo', 'Previsione 2025', 'Previsione 2026', 'Previsione 2027'],
 'budget': [['Entrate correnti (contributo ordinario MASE)', '3.412.000,00', '3.412.000,00', '3.412.000,00'],
            ['Entrate in conto capitale', '1.870.500,00', '1.245.000,00', '620.000,00'],
            ['Spese correnti', '3.388.650,00', '3.401.200,00', '3.398.900,00'],
            ['Spese in conto capitale', '1.893.850,00', '1.255.800,00', '633.100,00'],
            ['Totale spese', '5.282.500,00', '4.657.000,00', '4.032.000,00']],
 'head': ['Area strategica', 'Obiettivo strategico', 'Cod.', 'Indicatore', 'Formula', 'Peso', 'Baseline 2024', 'Target 2025', 'Target 2026', 'Target 2027'],
 'years': [2025, 2026, 2027],
 'areas': [
  {'code': 'A', 'title': 'Conservazione della natura e della biodiversit\u00e0',
   'objs': [
    {'code': 'A.1', 'title': 'Monitoraggio di habitat e specie di interesse comunitario',
     'inds': [ind('A.1.1', 'Numero di stazioni di monitoraggio della flora d\u2019alta quota censite', None, formula='Conteggio stazioni rilevate nell\u2019anno', weight='10%', baseline='42', targets=['\u2265 45', '\u2265 48', '\u2265 50']),
              ind('A.1.2', 'Percentuale del territorio coperto dalla cartografia aggiornata degli habitat', None, formula='Superficie cartografata / superficie del Parco x 100', weight='8%', baseline='61%', targets=['\u2265 70%', '\u2265 80%', '\u2265 90%']),
              ind('A.1.3', 'Campagne di monitoraggio del lupo con fototrappole e analisi genetiche', None, formula='N. campagne concluse con relazione finale', weight='6%', baseline='2', targets=['2', '2', '3'])]},
    {'code': 'A.2', 'title': 'Tutela attiva e riduzione dei conflitti con le attivit\u00e0 antropiche',
     'inds': [ind('A.2.1', 'Tempo medio di liquidazione degli indennizzi per danni da fauna selvatica', None, formula='Somma giorni tra istanza e liquidazione / n. istanze', weight='10%', baseline='74 gg', targets=['\u2264 60 gg', '\u2264 50 gg', '\u2264 45 gg']),
              ind('A.2.2', 'Numero di recinzioni elettrificate concesse in comodato alle aziende zootecniche', None, formula='Conteggio contratti di comodato', weight='6%', baseline='35', targets=['\u2265 40', '\u2265 45', '\u2265 50'])]}]},
  {'code': 'B', 'title': 'Fruizione sostenibile e sviluppo socio-economico',
   'objs': [
    {'code': 'B.1', 'title': 'Qualificazione della rete sentieristica e dei centri visita',
     'inds': [ind('B.1.1', 'Km di sentieri oggetto di manutenzione straordinaria', None, formula='Somma km da verbali di collaudo', weight='8%', baseline='85 km', targets=['\u2265 90 km', '\u2265 100 km', '\u2265 100 km']),
              ind('B.1.2', 'Numero di visitatori registrati nei centri visita', None, formula='Somma presenze da registri', weight='6%', baseline='38.450', targets=['\u2265 40.000', '\u2265 42.000', '\u2265 44.000']),
              ind('B.1.3', 'Apertura del nuovo centro visita di Cerreto Laghi', None, formula='Data di apertura al pubblico', weight='5%', baseline='n.d.', targets=['entro il 30/06/2025', None, None])]},
    {'code': 'B.2', 'title': 'Sostegno alla filiera dei prodotti tipici e al marchio del Parco',
     'inds': [ind('B.2.1', 'Numero di imprese aderenti alla Carta Europea del Turismo Sostenibile', None, formula='Conteggio imprese certificate', weight='6%', baseline='27', targets=['\u2265 30', '\u2265 34', '\u2265 38']),
              ind('B.2.2', 'Contributi erogati ai Comuni per progetti di sviluppo locale', None, formula='Somma mandati emessi', weight='5%', baseline='\u20ac 180.000,00', targets=['\u20ac 200.000,00', '\u20ac 200.000,00', '\u20ac 150.000,00'])]}]},
  {'code': 'C', 'title': 'Efficienza, trasparenza e anticorruzione',
   'objs': [
    {'code': 'C.1', 'title': 'Semplificazione dei procedimenti autorizzativi',
     'inds': [ind('C.1.1', 'Tempo medio di rilascio dei nulla osta ex art. 13 L. 394/1991', None, formula='Somma giorni istruttoria / n. nulla osta', weight='10%', baseline='38 gg', targets=['\u2264 35 gg', '\u2264 30 gg', '\u2264 30 gg']),
              ind('C.1.2', 'Percentuale di istanze presentate tramite lo sportello telematico', None, formula='Istanze telematiche / istanze totali x 100', weight='6%', baseline='54%', targets=['\u2265 70%', '\u2265 85%', '100%'])]},
    {'code': 'C.2', 'title': 'Gestione efficiente delle risorse finanziarie',
     'inds': [ind('C.2.1', 'Indicatore annuale di tempestivit\u00e0 dei pagamenti', None, formula='Art. 9 DPCM 22/09/2014', weight='8%', baseline='-6,3', targets=['\u2264 0', '\u2264 0', '\u2264 0']),
              ind('C.2.2', 'Grado di attuazione delle misure di prevenzione della corruzione previste dal PIAO', None, formula='Misure attuate / misure programmate x 100', weight='6%', baseline='92%', targets=['\u2265 95%', '100%', '100%'])]}]}],
 'footer_note': 'Fonte: Servizio Amministrativo e Servizio Conservazione dell\u2019Ente Parco; baseline al 31/12/2024 (dato provvisorio ove non ancora validato).'}

# ---------------------------------------------------------------- C: reportlab export, borderless, group bands, status rows
C = {'name': 'adsp-mar-tirreno-centro-settentrionale-2024-relazione', 'layout': 'reportlab_bands_status_rows',
 'document': {'issuer': 'Autorit\u00e0 di Sistema Portuale del Mar Tirreno Centro Settentrionale', 'title': 'Relazione sulla performance', 'year': 2024, 'kind': 'relazione'},
 'cover': ['AdSP MTCS', 'Autorit\u00e0 di Sistema Portuale del Mar Tirreno Centro Settentrionale',
           'Porti di Civitavecchia, Fiumicino e Gaeta', 'RELAZIONE SULLA PERFORMANCE 2024',
           'Documento validato dall\u2019Organismo Indipendente di Valutazione il 25 giugno 2025'],
 'intro': [
  'La presente Relazione, redatta ai sensi dell\u2019art. 10, comma 1, lettera b), del D.Lgs. n. 150/2009, rendiconta i risultati conseguiti nell\u2019anno 2024 rispetto agli obiettivi '
  'della sottosezione \u201cPerformance\u201d del PIAO 2024-2026, adottato con decreto del Presidente n. 22 del 31 gennaio 2024.',
  'Il 2024 ha visto il porto di Civitavecchia superare per la prima volta i 3,3 milioni di crocieristi, mentre il traffico merci ha risentito della crisi del Mar Rosso e del calo delle rinfuse energetiche '
  'conseguente alla dismissione della centrale di Torrevaldaliga Nord.',
  'I dati riportati sono estratti dal sistema di controllo di gestione dell\u2019Ente. Per ciascun indicatore \u00e8 indicato l\u2019esito, seguito dalle eventuali motivazioni degli scostamenti fornite dalle Direzioni responsabili.'],
 'budget_title': 'Tabella 2 \u2013 Sintesi del rendiconto finanziario 2024 (importi in euro)',
 'budget_head': ['Voce', 'Previsioni definitive', 'Accertamenti / Impegni', '% realizzazione'],
 'budget': [['Entrate correnti (tasse portuali e canoni demaniali)', '68.420.000,00', '71.036.512,44', '103,8%'],
            ['Entrate in conto capitale', '142.300.000,00', '97.815.340,10', '68,7%'],
            ['Spese correnti', '49.870.000,00', '44.102.377,85', '88,4%'],
            ['Spese in conto capitale', '176.500.000,00', '103.269.904,23', '58,5%']],
 'head': ['Cod.', 'Indicatore', 'Peso', 'Target 2024', 'Risultato 2024', '% ragg.'],
 'year': 2024,
 'areas': [
  {'code': '1', 'title': 'Sviluppo dei traffici e competitivit\u00e0 del sistema portuale',
   'objs': [
    {'code': '1.1', 'title': 'Consolidare il traffico crocieristico e passeggeri',
     'inds': [ind('1.1.1', 'Numero di crocieristi movimentati nel porto di Civitavecchia', '\u2265 3.000.000', '3.307.114', 'higher', weight='10%', ach='100%', status='OBIETTIVO RAGGIUNTO', comment=None),
              ind('1.1.2', 'Percentuale di accosti crocieristici assegnati senza variazioni nelle 48 ore precedenti', '\u2265 90%', '93,6%', 'higher', weight='5%', ach='100%', status='OBIETTIVO RAGGIUNTO', comment=None)]},
    {'code': '1.2', 'title': 'Sostenere i traffici merci e la logistica retroportuale',
     'inds': [ind('1.2.1', 'Volume complessivo di merci movimentate nei porti del sistema (tonnellate)', '\u2265 10.500.000', '9.486.230', 'higher', weight='8%', ach='90,3%', status='OBIETTIVO PARZIALMENTE RAGGIUNTO',
                  comment='Lo scostamento \u00e8 riconducibile alla riduzione delle rinfuse solide destinate alla centrale di Torrevaldaliga Nord e alle deviazioni delle rotte container dovute alla crisi del Mar Rosso.'),
              ind('1.2.2', 'Tempo medio di sosta dei contenitori in import nel terminal', '\u2264 5 gg', '4,6 gg', 'lower', weight='5%', ach='100%', status='OBIETTIVO RAGGIUNTO', comment=None),
              ind('1.2.3', 'Attivazione del corridoio doganale ferroviario con l\u2019interporto di Orte', 'entro il 30/09/2024', 'Obiettivo sospeso', None, weight='4%', ach=None, status='OBIETTIVO SOSPESO',
                  comment='L\u2019attivazione \u00e8 stata rinviata al 2025 in attesa dell\u2019adeguamento del raccordo ferroviario da parte di RFI.')]}]},
  {'code': '2', 'title': 'Infrastrutture, sostenibilit\u00e0 ambientale e transizione energetica',
   'objs': [
    {'code': '2.1', 'title': 'Attuare il programma triennale delle opere e gli interventi PNRR',
     'inds': [ind('2.1.1', 'Percentuale di avanzamento della spesa sugli interventi finanziati dal PNRR e dal Fondo complementare', '\u2265 55%', '48,2%', 'higher', weight='10%', ach='87,6%', status='OBIETTIVO PARZIALMENTE RAGGIUNTO',
                  comment='Sull\u2019avanzamento hanno inciso la revisione dei prezzi e la sospensione dei lavori della banchina 13 per le prescrizioni della Soprintendenza.'),
              ind('2.1.2', 'Importo dei lavori aggiudicati nell\u2019anno', '\u2265 \u20ac 45.000.000,00', '\u20ac 52.380.415,00', 'higher', weight='6%', ach='100%', status='OBIETTIVO RAGGIUNTO', comment=None),
              ind('2.1.3', 'Tempo medio di approvazione degli stati di avanzamento lavori', '\u2264 30 gg', '27 gg', 'lower', weight='4%', ach='100%', status='OBIETTIVO RAGGIUNTO', comment=None)]},
    {'code': '2.2', 'title': 'Ridurre l\u2019impatto ambientale delle attivit\u00e0 portuali',
     'inds': [ind('2.2.1', 'Realizzazione dell\u2019impianto di cold ironing della banchina 25 nord', '100%', '70%', 'higher', weight='8%', ach='70%', status='OBIETTIVO NON RAGGIUNTO',
                  comment='I lavori elettrici sono stati completati; il collaudo \u00e8 slittato al primo trimestre 2025 per il ritardo nella fornitura della cabina di trasformazione.'),
              ind('2.2.2', 'Percentuale di rifiuti da nave avviati a recupero', '\u2265 60%', '64,8%', 'higher', weight='4%', ach='100%', status='OBIETTIVO RAGGIUNTO', comment=None),
              ind('2.2.3', 'Numero di campagne di monitoraggio della qualit\u00e0 dell\u2019aria in ambito portuale', '4', '4', 'higher', weight='3%', ach='100%', status='OBIETTIVO RAGGIUNTO', comment=None)]}]},
  {'code': '3', 'title': 'Efficienza amministrativa, trasparenza e legalit\u00e0',
   'objs': [
    {'code': '3.1', 'title': 'Gestione efficiente del demanio marittimo',
     'inds': [ind('3.1.1', 'Tempo medio di rilascio delle concessioni demaniali ex art. 36 Cod. Nav.', '\u2264 90 gg', '84 gg', 'lower', weight='6%', ach='100%', status='OBIETTIVO RAGGIUNTO', comment=None),
              ind('3.1.2', 'Tasso di riscossione dei canoni demaniali di competenza', '\u2265 95%', '96,1%', 'higher', weight='6%', ach='100%', status='OBIETTIVO RAGGIUNTO', comment=None)]},
    {'code': '3.2', 'title': 'Trasparenza, anticorruzione e qualit\u00e0 dei pagamenti',
     'inds': [ind('3.2.1', 'Indicatore annuale di tempestivit\u00e0 dei pagamenti', '\u2264 0', '-4,8', 'lower', weight='5%', ach='100%', status='OBIETTIVO RAGGIUNTO', comment=None),
              ind('3.2.2', 'Percentuale di dipendenti formati in materia di anticorruzione e codice di comportamento', '\u2265 80%', '76,5%', 'higher', weight='3%', ach='95,6%', status='OBIETTIVO PARZIALMENTE RAGGIUNTO',
                  comment='La sessione formativa di dicembre \u00e8 stata rinviata a gennaio 2025; il personale neoassunto \u00e8 stato comunque formato entro l\u2019anno.'),
              ind('3.2.3', 'Aggiornamento della sezione Amministrazione trasparente nei termini di legge', '100%', '100%', 'higher', weight='3%', ach='100%', status='OBIETTIVO RAGGIUNTO', comment=None)]}]}],
 'summary_title': 'Sintesi dei risultati',
 'summary_head': ['Esito', 'N. indicatori', '% sul totale'],
 'summary': [['Obiettivo raggiunto', '11', '68,8%'], ['Obiettivo parzialmente raggiunto', '3', '18,8%'],
             ['Obiettivo non raggiunto', '1', '6,2%'], ['Obiettivo sospeso', '1', '6,2%'], ['Totale', '16', '100,0%']]}

for c in (A, B, C):
    c['generator'] = 'blind/r65/make_r65.py'
    json.dump(c, open(os.path.join(HERE, c['name'] + '.content.json'), 'w'), ensure_ascii=False, indent=1)
    print(c['name'])
