#!/usr/bin/env python3
"""Writes the three r63 content files (hand-written content; parsed values come from make_r63.parse, checked by eye)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def ind(code, name, target, actual=None, ach=None, dir=None, **kw):
    d = {'code': code, 'name': name, 'target': target, 'actual': actual, 'ach': ach, 'dir': dir}
    d.update(kw); return d

# ---------------------------------------------------------------- A: Word, ruled tables
A = {'name': 'agenzia-demanio-2023-relazione',
 'document': {'issuer': 'Agenzia del Demanio', 'title': 'Relazione sulla performance', 'year': 2023, 'kind': 'relazione'},
 'cover': ['Agenzia del Demanio', 'Relazione sulla performance 2023',
           'ai sensi dell\u2019art. 10, comma 1, lettera b) del D.Lgs. 27 ottobre 2009, n. 150',
           'Approvata dal Comitato di Gestione nella seduta del 27 giugno 2024'],
 'intro': [
  'La presente Relazione illustra i risultati organizzativi conseguiti dall\u2019Agenzia del Demanio nel corso dell\u2019anno 2023, '
  'a consuntivo degli obiettivi definiti nel Piano della performance 2023-2025 e nella Convenzione triennale stipulata con il Ministero dell\u2019Economia e delle Finanze.',
  'Il 2023 \u00e8 stato caratterizzato dall\u2019avvio a regime degli interventi finanziati dal Piano Nazionale di Ripresa e Resilienza, '
  'dal proseguimento del programma di razionalizzazione degli spazi in uso alle Amministrazioni centrali e dal consolidamento del modello del Manutentore Unico.',
  'Il grado di raggiungimento di ciascun indicatore \u00e8 calcolato come rapporto tra valore consuntivo e target, con un valore massimo del 100%. '
  'Per gli indicatori il cui valore non \u00e8 disponibile alla data di redazione della Relazione si riporta la dicitura \u201cn.d.\u201d.'],
 'budget_title': 'Tabella 1 \u2013 Risorse finanziarie dell\u2019esercizio 2023',
 'budget_head': ['Voce', 'Budget 2023', 'Consuntivo 2023', 'Scostamento'],
 'budget': [['Corrispettivo di servizio (Convenzione MEF)', '\u20ac 121.500.000,00', '\u20ac 121.500.000,00', '\u20ac 0,00'],
            ['Costi del personale', '\u20ac 78.340.000,00', '\u20ac 76.912.415,32', '-\u20ac 1.427.584,68'],
            ['Costi di funzionamento', '\u20ac 31.870.000,00', '\u20ac 30.455.209,17', '-\u20ac 1.414.790,83'],
            ['Investimenti (interventi edilizi e manutentivi)', '\u20ac 512.000.000,00', '\u20ac 468.730.112,40', '-\u20ac 43.269.887,60']],
 'head': ['Codice', 'Indicatore', 'Formula di calcolo', 'Target 2023', 'Consuntivo 2023', 'Grado di raggiungimento'],
 'year': 2023,
 'areas': [
  {'code': '1', 'title': 'Valorizzazione e razionalizzazione del patrimonio immobiliare dello Stato',
   'text': 'L\u2019area comprende le attivit\u00e0 volte a ridurre la spesa per locazioni passive delle Amministrazioni e a valorizzare i beni non utilizzati per fini istituzionali.',
   'objs': [
    {'code': '1.1', 'title': 'Razionalizzare gli spazi in uso alle Pubbliche Amministrazioni centrali', 'inds': [
      ind('1.1.01', 'Risparmio annuo sulla spesa per locazioni passive delle PA centrali', '\u2265 \u20ac 8.000.000,00', '\u20ac 9.412.550,00', '100%', 'lower',
          formula='Minori canoni annui conseguiti a seguito di rilasci e rinegoziazioni'),
      ind('1.1.02', 'Numero di piani di razionalizzazione approvati', '\u2265 40', '46', '100%', 'higher',
          formula='Piani approvati dal Tavolo tecnico nell\u2019anno'),
      ind('1.1.03', 'Tempo medio di rilascio del nulla osta alla stipula dei contratti di locazione', '\u2264 30 gg', '27 gg', '100%', 'lower',
          formula='Somma dei giorni tra richiesta e rilascio / n. nulla osta rilasciati')]},
    {'code': '1.2', 'title': 'Valorizzare il patrimonio non strumentale e sostenere il federalismo demaniale', 'inds': [
      ind('1.2.01', 'Valore dei beni immobili valorizzati o dismessi', '\u2265 \u20ac 120.000.000,00', '\u20ac 104.860.000,00', '87,4%', None,
          formula='Valore di stima dei beni oggetto di atti di valorizzazione o vendita'),
      ind('1.2.02', 'Numero di beni inseriti in procedure di concessione di valorizzazione', '\u2265 60', '71', '100%', 'higher',
          formula='Beni inseriti in bandi pubblicati nell\u2019anno'),
      ind('1.2.03', 'Percentuale di beni trasferiti agli enti territoriali rispetto alle richieste istruite', '\u2265 85%', '88,2%', '100%', 'higher',
          formula='Beni trasferiti / richieste con istruttoria conclusa x 100')]}]},
  {'code': '2', 'title': 'Riqualificazione, sicurezza e sostenibilit\u00e0 del patrimonio',
   'text': 'L\u2019area raccoglie gli interventi di efficientamento energetico, adeguamento sismico e manutenzione degli immobili in uso governativo, in larga parte finanziati con risorse PNRR.',
   'objs': [
    {'code': '2.1', 'title': 'Migliorare l\u2019efficienza energetica e la sicurezza sismica degli immobili', 'inds': [
      ind('2.1.01', 'Percentuale di avanzamento della spesa sugli interventi finanziati dal PNRR', '\u2265 70%', '64,5%', '92,1%', 'higher',
          formula='Spesa certificata / spesa programmata nell\u2019anno x 100'),
      ind('2.1.02', 'Numero di diagnosi energetiche completate', '\u2265 150', '163', '100%', 'higher',
          formula='Diagnosi validate nell\u2019anno'),
      ind('2.1.03', 'Riduzione dei consumi energetici degli immobili in uso governativo rispetto al 2019', '\u2265 5%', '6,1%', '100%', 'lower',
          formula='(Consumi 2019 \u2013 consumi 2023) / consumi 2019 x 100'),
      ind('2.1.04', 'Numero di verifiche di vulnerabilit\u00e0 sismica avviate', '\u2265 120', 'Obiettivo sospeso', None, 'higher',
          formula='Verifiche con contratto di servizio sottoscritto')]},
    {'code': '2.2', 'title': 'Assicurare la manutenzione programmata attraverso il Manutentore Unico', 'inds': [
      ind('2.2.01', 'Tempo medio di aggiudicazione degli interventi manutentivi', '\u2264 180 gg', '192 gg', '93,8%', 'lower',
          formula='Giorni tra determina a contrarre e aggiudicazione / n. interventi'),
      ind('2.2.02', 'Grado di utilizzo delle risorse assegnate al sistema del Manutentore Unico', '\u2265 90%', '94,7%', '100%', 'higher',
          formula='Risorse impegnate / risorse assegnate x 100')]}]},
  {'code': '3', 'title': 'Efficienza gestionale, digitalizzazione e trasparenza',
   'text': 'L\u2019area misura la qualit\u00e0 dei processi interni, la tempestivit\u00e0 dei pagamenti e lo sviluppo delle competenze del personale.',
   'objs': [
    {'code': '3.1', 'title': 'Digitalizzare i processi e migliorare la qualit\u00e0 dei servizi', 'inds': [
      ind('3.1.01', 'Percentuale di immobili con dati anagrafici e catastali allineati nella banca dati REMS', '\u2265 95%', '96,3%', '100%', 'higher',
          formula='Immobili allineati / immobili censiti x 100'),
      ind('3.1.02', 'Tempo medio di pagamento delle fatture commerciali', '\u2264 30 gg', '18 gg', '100%', 'lower',
          formula='Media ponderata dei giorni tra ricezione e pagamento'),
      ind('3.1.03', 'Indice di soddisfazione degli utenti dei servizi on line (scala 1-5)', '\u2265 3,5', 'n.d.', None, 'higher',
          formula='Media dei giudizi espressi nel questionario annuale'),
      ind('3.1.04', 'Ore medie di formazione per dipendente', '\u2265 24 ore', '26,5 ore', '100%', 'higher',
          formula='Ore di formazione erogate / personale in servizio')]}]}],
 'closing': ['Complessivamente, dei 16 indicatori misurati nel 2023, 11 hanno raggiunto pienamente il target e 3 lo hanno raggiunto parzialmente; un indicatore \u00e8 stato sospeso '
             'a seguito della rimodulazione del programma di verifiche sismiche disposta dal Ministero vigilante e per uno il valore non \u00e8 ancora disponibile.']}

# ---------------------------------------------------------------- B: Calc landscape, hierarchy on every row, zebra
B = {'name': 'arpa-marche-2025-piano',
 'document': {'issuer': 'Agenzia Regionale per la Protezione Ambientale delle Marche', 'title': 'Piano della performance', 'year': 2025, 'kind': 'piano'},
 'cover': ['ARPA Marche', 'Agenzia Regionale per la Protezione Ambientale delle Marche', 'Piano della performance 2025-2027',
           'Adottato con Determina del Direttore Generale n. 14 del 30 gennaio 2025'],
 'intro': [
  'Il Piano della performance definisce, in coerenza con il Programma triennale delle attivit\u00e0 e con il bilancio di previsione, gli obiettivi strategici e operativi dell\u2019Agenzia per il triennio 2025-2027 e gli indicatori con cui ne sar\u00e0 misurato il raggiungimento.',
  'Per ciascun indicatore sono indicati l\u2019unit\u00e0 di misura, il valore di partenza rilevato al 31/12/2023 e i target attesi per ciascuna annualit\u00e0 del triennio. I target 2026 e 2027 potranno essere aggiornati in sede di scorrimento annuale del Piano.'],
 'staff_title': 'Personale in servizio al 31/12/2024',
 'staff_head': ['Ruolo / Profilo', 'Dotazione organica', 'In servizio', 'di cui a tempo determinato'],
 'staff': [['Dirigenti sanitari e ambientali', '38', '33', '2'], ['Dirigenti amministrativi', '6', '5', '0'],
           ['Collaboratori tecnici professionali', '214', '197', '11'], ['Assistenti tecnici', '61', '54', '3'],
           ['Personale amministrativo', '72', '66', '4'], ['Totale', '391', '355', '20']],
 'head': ['Area strategica', 'Obiettivo strategico', 'Obiettivo operativo', 'Cod.', 'Indicatore', 'Unit\u00e0 di misura',
          'Baseline 2023', 'Target 2025', 'Target 2026', 'Target 2027'],
 'years': [2025, 2026, 2027],
 'areas': [
  {'code': '1', 'title': 'Monitoraggio e controllo ambientale', 'objs': [
    {'code': '1.1', 'title': 'Garantire il monitoraggio della qualit\u00e0 dell\u2019aria e delle acque', 'ops': [
      {'code': '1.1.1', 'title': 'Assicurare l\u2019efficienza delle reti regionali di monitoraggio', 'inds': [
        ind('IND.01', 'Percentuale di dati validi rilevati dalla rete di qualit\u00e0 dell\u2019aria', ['\u2265 90%', '\u2265 90%', '\u2265 92%'], unit='%', baseline='92,4%'),
        ind('IND.02', 'Numero di campionamenti su corpi idrici superficiali', ['\u2265 1.150', '\u2265 1.200', '\u2265 1.200'], unit='n.', baseline='1.184')]},
      {'code': '1.1.2', 'title': 'Potenziare i controlli sulle aziende soggette ad AIA', 'inds': [
        ind('IND.03', 'Percentuale di ispezioni AIA eseguite rispetto al programma regionale', ['100%', '100%', '100%'], unit='%', baseline='97%'),
        ind('IND.04', 'Tempo medio di trasmissione dei rapporti di ispezione all\u2019Autorit\u00e0 competente', ['\u2264 60 gg', '\u2264 50 gg', '\u2264 45 gg'], unit='giorni', baseline='58 gg')]}]},
    {'code': '1.2', 'title': 'Rafforzare la prevenzione dei rischi ambientali', 'ops': [
      {'code': '1.2.1', 'title': 'Gestire le emergenze ambientali in pronta disponibilit\u00e0', 'inds': [
        ind('IND.05', 'Percentuale di interventi in pronta disponibilit\u00e0 attivati entro 60 minuti dalla chiamata', ['\u2265 95%', '\u2265 95%', '\u2265 95%'], unit='%', baseline='95,8%'),
        ind('IND.06', 'Numero di campagne di misura dei campi elettromagnetici', ['\u2265 40', '\u2265 45', None], unit='n.', baseline='42')]}]}]},
  {'code': '2', 'title': 'Supporto tecnico-scientifico e informazione ambientale', 'objs': [
    {'code': '2.1', 'title': 'Assicurare il supporto tecnico agli enti del territorio', 'ops': [
      {'code': '2.1.1', 'title': 'Rilasciare pareri tecnici nei tempi previsti', 'inds': [
        ind('IND.07', 'Tempo medio di rilascio dei pareri tecnici', ['\u2264 30 gg', '\u2264 30 gg', '\u2264 25 gg'], unit='giorni', baseline='34 gg'),
        ind('IND.08', 'Percentuale di pareri rilasciati entro i termini di legge', ['\u2265 90%', '\u2265 92%', '\u2265 95%'], unit='%', baseline='88%')]}]},
    {'code': '2.2', 'title': 'Sviluppare la comunicazione e l\u2019informazione ambientale', 'ops': [
      {'code': '2.2.1', 'title': 'Diffondere i dati ambientali in formato aperto', 'inds': [
        ind('IND.09', 'Numero di report tematici pubblicati sul sito istituzionale', ['\u2265 20', '\u2265 22', '\u2265 24'], unit='n.', baseline='18'),
        ind('IND.10', 'Accessi annui al portale open data ambientale', ['\u2265 50.000', '\u2265 55.000', '\u2265 60.000'], unit='n.', baseline='48.250')]}]}]},
  {'code': '3', 'title': 'Organizzazione, risorse e trasparenza', 'objs': [
    {'code': '3.1', 'title': 'Migliorare l\u2019efficienza amministrativa e la valorizzazione del personale', 'ops': [
      {'code': '3.1.1', 'title': 'Rispettare i tempi di pagamento e razionalizzare gli acquisti', 'inds': [
        ind('IND.11', 'Indicatore annuale di tempestivit\u00e0 dei pagamenti', ['\u2264 0', '\u2264 0', '\u2264 0'], unit='giorni', baseline='-6,4'),
        ind('IND.12', 'Percentuale di spesa per acquisti effettuata tramite convenzioni Consip e MePA', ['\u2265 80%', '\u2265 82%', '\u2265 85%'], unit='%', baseline='81,3%')]},
      {'code': '3.1.2', 'title': 'Sviluppare le competenze e prevenire la corruzione', 'inds': [
        ind('IND.13', 'Ore medie di formazione per dipendente', ['\u2265 24 ore', '\u2265 24 ore', '\u2265 26 ore'], unit='ore', baseline='21 ore'),
        ind('IND.14', 'Percentuale di processi a rischio con misure di prevenzione monitorate', ['100%', '100%', '100%'], unit='%', baseline='100%')]}]}]}]}

# ---------------------------------------------------------------- C: report software (reportlab), bands, hairlines, status rows
def cind(code, name, weight, target, actual, ach, status, comment=None, dir=None):
    return {'code': code, 'name': name, 'weight': weight, 'target': target, 'actual': actual, 'ach': ach,
            'status': status, 'comment': comment, 'dir': dir}
C = {'name': 'agea-2023-relazione',
 'document': {'issuer': 'Agenzia per le Erogazioni in Agricoltura', 'title': 'Relazione sulla performance', 'year': 2023, 'kind': 'relazione'},
 'cover': ['AGEA', 'Agenzia per le Erogazioni in Agricoltura', 'Relazione sulla performance', 'Anno 2023',
           'Documento validato dall\u2019Organismo Indipendente di Valutazione in data 28 giugno 2024'],
 'intro': [
  'La Relazione sulla performance rappresenta, a consuntivo, i risultati raggiunti dall\u2019Agenzia nel 2023 rispetto agli obiettivi e ai target fissati nel Piano integrato di attivit\u00e0 e organizzazione 2023-2025.',
  'Le schede che seguono sono estratte dal sistema di controllo di gestione dell\u2019Agenzia. Per ogni indicatore sono riportati il peso all\u2019interno dell\u2019obiettivo, il target, il valore consuntivo e la percentuale di raggiungimento; sotto ogni indicatore \u00e8 indicato l\u2019esito con l\u2019eventuale motivazione dello scostamento.'],
 'results_intro': ['Sotto ciascun indicatore \u00e8 riportato l\u2019esito attribuito in sede di misurazione, con la motivazione dell\u2019eventuale scostamento.',
   'La percentuale di raggiungimento \u00e8 calcolata come rapporto tra consuntivo e target (o tra target e consuntivo per gli indicatori di tempo e di errore), con un valore massimo del 100%. Un indicatore si considera raggiunto con una percentuale pari al 100%, parzialmente raggiunto tra il 60% e il 99,9%, non raggiunto al di sotto del 60%.'],
 'budget_title': 'Risorse finanziarie (euro)',
 'budget_head': ['Missione / Programma', 'Stanziamento definitivo', 'Impegnato', 'Pagato'],
 'budget': [['009.005 \u2013 Vigilanza, prevenzione e repressione frodi nel settore agricolo', '32.418.000,00', '30.902.611,45', '27.115.480,02'],
            ['009.006 \u2013 Politiche europee ed internazionali e dello sviluppo rurale', '118.760.500,00', '112.048.923,17', '98.331.206,90'],
            ['032.003 \u2013 Servizi e affari generali per le amministrazioni', '21.905.000,00', '20.774.318,66', '19.460.027,31']],
 'head': ['Cod.', 'Indicatore', 'Peso', 'Target 2023', 'Consuntivo 2023', '% ragg.'],
 'year': 2023,
 'areas': [
  {'code': 'A', 'title': 'Pagamenti e aiuti alle imprese agricole', 'objs': [
    {'code': 'A.1', 'title': 'Assicurare la tempestivit\u00e0 dei pagamenti della Politica Agricola Comune', 'inds': [
      cind('A.1.1', 'Percentuale di domande di pagamento unico liquidate entro il 30 giugno', '30%', '\u2265 95%', '96,8%', '100%', 'OBIETTIVO RAGGIUNTO',
           'Il risultato \u00e8 stato favorito dall\u2019anticipo dei controlli amministrativi sulle domande grafiche.', 'higher'),
      cind('A.1.2', 'Tempo medio di liquidazione delle domande di sviluppo rurale', '20%', '\u2264 90 gg', '97 gg', '92,8%', 'OBIETTIVO PARZIALMENTE RAGGIUNTO',
           'Lo scostamento \u00e8 dovuto ai ritardi nella trasmissione degli elenchi di liquidazione da parte di due Regioni.', 'lower'),
      cind('A.1.3', 'Importo complessivo dei pagamenti erogati ai beneficiari', '15%', '\u2265 \u20ac 4.500.000.000', '\u20ac 4.612.350.000', '100%', 'OBIETTIVO RAGGIUNTO', None, None)]},
    {'code': 'A.2', 'title': 'Ridurre il rischio di rettifiche finanziarie da parte della Commissione europea', 'inds': [
      cind('A.2.1', 'Tasso di errore rilevato nei controlli in loco', '20%', '\u2264 2%', '1,74%', '100%', 'OBIETTIVO RAGGIUNTO', None, 'lower'),
      cind('A.2.2', 'Percentuale di controlli eseguiti con il sistema di monitoraggio satellitare', '15%', '\u2265 60%', '58,2%', '97,0%', 'OBIETTIVO PARZIALMENTE RAGGIUNTO',
           'La copertura nuvolosa dei mesi primaverili ha ridotto il numero di immagini utilizzabili per le colture autunno-vernine.', 'higher')]}]},
  {'code': 'B', 'title': 'Sistema informativo agricolo nazionale e servizi digitali', 'objs': [
    {'code': 'B.1', 'title': 'Evolvere il SIAN e semplificare l\u2019accesso ai servizi', 'inds': [
      cind('B.1.1', 'Disponibilit\u00e0 dei servizi applicativi SIAN in orario di servizio', '25%', '\u2265 99%', '99,6%', '100%', 'OBIETTIVO RAGGIUNTO', None, 'higher'),
      cind('B.1.2', 'Numero di nuovi servizi digitali resi disponibili agli Organismi pagatori regionali', '25%', '\u2265 12', '14', '100%', 'OBIETTIVO RAGGIUNTO',
           'Sono stati rilasciati, tra gli altri, il nuovo fascicolo grafico e il servizio di consultazione dei pagamenti per CUAA.', 'higher'),
      cind('B.1.3', 'Tempo medio di risoluzione dei ticket di assistenza di primo livello', '20%', '\u2264 3 gg', '2,4 gg', '100%', 'OBIETTIVO RAGGIUNTO', None, 'lower'),
      cind('B.1.4', 'Percentuale di fascicoli aziendali completamente digitalizzati', '30%', '\u2265 85%', '79,5%', '93,5%', 'OBIETTIVO PARZIALMENTE RAGGIUNTO',
           'La migrazione dei fascicoli dei CAA di minori dimensioni proseguir\u00e0 nel primo semestre 2024.', 'higher')]}]},
  {'code': 'C', 'title': 'Organizzazione, trasparenza e prevenzione della corruzione', 'objs': [
    {'code': 'C.1', 'title': 'Garantire l\u2019efficienza e l\u2019integrit\u00e0 dell\u2019azione amministrativa', 'inds': [
      cind('C.1.1', 'Tempo medio di pagamento delle fatture commerciali', '25%', '\u2264 30 gg', '21 gg', '100%', 'OBIETTIVO RAGGIUNTO', None, 'lower'),
      cind('C.1.2', 'Percentuale di misure di prevenzione della corruzione attuate nei termini', '25%', '100%', '100%', '100%', 'OBIETTIVO RAGGIUNTO', None, 'higher'),
      cind('C.1.3', 'Numero di dipendenti formati sui temi dell\u2019etica e dell\u2019integrit\u00e0', '25%', '\u2265 150', '62', '41,3%', 'OBIETTIVO NON RAGGIUNTO',
           'Il percorso formativo, affidato alla SNA, \u00e8 stato avviato solo nel mese di novembre; il completamento \u00e8 previsto entro marzo 2024.', 'higher'),
      cind('C.1.4', 'Adozione del nuovo regolamento di amministrazione e contabilit\u00e0', '25%', 'entro 31/12/2023', None, None, 'OBIETTIVO SOSPESO',
           'L\u2019adozione \u00e8 rinviata in attesa del decreto di riordino dell\u2019Agenzia previsto dalla legge di bilancio.', None)]}]}],
 'summary_title': 'Sintesi degli esiti',
 'summary_head': ['Esito', 'N. indicatori', '%'],
 'summary': [['Raggiunto', '8', '61,5%'], ['Parzialmente raggiunto', '3', '23,1%'], ['Non raggiunto', '1', '7,7%'], ['Sospeso', '1', '7,7%'], ['Totale', '13', '100,0%']]}

for c in (A, B, C):
    json.dump(c, open(os.path.join(HERE, c['name'] + '.content.json'), 'w'), ensure_ascii=False, indent=1)
    print('wrote', c['name'])
