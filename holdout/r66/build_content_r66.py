#!/usr/bin/env python3
"""Writes the three r66 content files (hand-written content, directions chosen by hand)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
def dump(c): json.dump(c, open(os.path.join(HERE, c['name'] + '.content.json'), 'w'), ensure_ascii=False, indent=1)

# ---------------------------------------------------------------- A: Word, ATS Val Padana, relazione 2023
def I(code, name, w, t, a, esito, d, nota=None): return dict(code=code, name=name, weight=w, target=t, actual=a, esito=esito, dir=d, nota=nota)
dump(dict(
 name='ats-val-padana-2023-relazione', year=2023,
 document=dict(issuer='Agenzia di Tutela della Salute della Val Padana', title='Relazione sulla performance', year=2023, kind='relazione'),
 cover=['Sistema Socio Sanitario – Regione Lombardia', 'ATS Val Padana', 'Agenzia di Tutela della Salute della Val Padana',
        'RELAZIONE SULLA PERFORMANCE 2023', 'ai sensi dell’art. 10, comma 1, lett. b) del D.Lgs. 150/2009',
        'Adottata con Decreto del Direttore Generale n. 412 del 27/06/2024'],
 intro=['La Relazione sulla performance costituisce lo strumento con il quale l’Agenzia illustra ai cittadini e a tutti gli stakeholder, interni ed esterni, i risultati organizzativi raggiunti nel corso dell’anno 2023 rispetto agli obiettivi programmati nella sezione Performance del Piano Integrato di Attività e Organizzazione 2023-2025.',
        'Il 2023 è stato caratterizzato dal pieno avvio della riforma introdotta dalla L.R. 22/2021, con il trasferimento alle ASST delle funzioni di erogazione e il consolidamento del ruolo di programmazione, acquisto e controllo dell’ATS sui territori delle province di Cremona e Mantova, per una popolazione assistita di 764.582 abitanti.',
        'La misurazione dei risultati è stata effettuata dalla UOS Controllo di Gestione sulla base dei flussi informativi regionali e validata dal Nucleo di Valutazione delle Prestazioni nella seduta del 12 giugno 2024.'],
 staff_title='Tabella 1 – Personale dipendente al 31/12/2023',
 staff_head=['Ruolo', 'Tempo indeterminato', 'Tempo determinato', 'Totale'],
 staff=[['Dirigenza medica e veterinaria', '118', '6', '124'], ['Dirigenza sanitaria non medica', '21', '2', '23'],
        ['Dirigenza PTA', '19', '1', '20'], ['Comparto sanitario', '236', '14', '250'], ['Comparto tecnico e amministrativo', '302', '11', '313'],
        ['Totale', '696', '34', '730']],
 budget_title='Tabella 2 – Costi della produzione (valori in euro)',
 budget_head=['Voce di costo', 'Bilancio 2022', 'Bilancio 2023', 'Variazione'],
 budget=[['Acquisti di beni', '3.412.880,15', '3.198.604,72', '-214.275,43'], ['Acquisti di servizi sanitari', '1.287.455.310,40', '1.331.902.118,06', '44.446.807,66'],
         ['Acquisti di servizi non sanitari', '9.804.117,23', '10.226.553,90', '422.436,67'], ['Costo del personale', '45.318.702,88', '46.870.215,31', '1.551.512,43'],
         ['Totale costi della produzione', '1.346.001.010,66', '1.392.197.492,00', '46.196.481,34']],
 head=['Cod.', 'Indicatore', 'Peso', 'Target 2023', 'Risultato 2023', 'Esito'],
 legend='Legenda della colonna Esito: Raggiunto = risultato pari o superiore al target; Parzialmente raggiunto = risultato inferiore al target ma con scostamento giustificato; Non raggiunto; Sospeso = obiettivo neutralizzato dal NVP.',
 areas=[
  dict(code='1', title='Prevenzione e promozione della salute',
       text='L’area comprende i programmi di screening oncologico, le attività di controllo in sicurezza alimentare e sanità pubblica veterinaria e le azioni di promozione di stili di vita salutari previste dal Piano Regionale della Prevenzione.',
       objs=[dict(code='1.1', title='Potenziare i programmi di screening oncologico', inds=[
                I('1.1.1', 'Tasso di adesione allo screening mammografico (donne 45-74 anni)', '10%', '≥ 60%', '63,4%', 'Raggiunto', 'higher'),
                I('1.1.2', 'Percentuale di popolazione target invitata allo screening del colon-retto', '10%', '≥ 95%', '97,1%', 'Raggiunto', 'higher'),
                I('1.1.3', 'Tasso di adesione allo screening della cervice uterina con test HPV', '5%', '≥ 50%', '44,8%', 'Parzialmente raggiunto', 'higher',
                  'Nota: l’adesione è cresciuta di 6 punti rispetto al 2022 ma resta inferiore all’obiettivo regionale nel distretto di Casalmaggiore.')]),
             dict(code='1.2', title='Rafforzare la sicurezza alimentare e la sanità pubblica veterinaria', inds=[
                I('1.2.1', 'Percentuale di controlli ufficiali programmati eseguiti negli stabilimenti alimentari', '10%', '≥ 95%', '98,2%', 'Raggiunto', 'higher'),
                I('1.2.2', 'Tempo medio di chiusura delle non conformità rilevate nei controlli ufficiali', '5%', '≤ 30 gg', '26 gg', 'Raggiunto', 'lower'),
                I('1.2.3', 'Numero di audit sui piani di autocontrollo negli stabilimenti riconosciuti', '10%', '≥ 40', '41', 'Raggiunto', 'higher')])]),
  dict(code='2', title='Governo della rete d’offerta e dei tempi di attesa',
       text='L’ATS governa l’offerta di prestazioni sanitarie e sociosanitarie attraverso la negoziazione dei contratti con gli erogatori pubblici e privati accreditati e il monitoraggio dei tempi di attesa.',
       objs=[dict(code='2.1', title='Garantire il rispetto dei tempi di attesa per le prestazioni ambulatoriali', inds=[
                I('2.1.1', 'Percentuale di prime visite in classe di priorità B erogate entro 10 giorni', '10%', '≥ 90%', '84,6%', 'Parzialmente raggiunto', 'higher',
                  'Nota: lo scostamento è legato alla carenza di specialisti ambulatoriali in oculistica e dermatologia nel distretto di Mantova.'),
                I('2.1.2', 'Percentuale di prescrizioni dematerializzate con classe di priorità e quesito diagnostico', '5%', '≥ 95%', '96,3%', 'Raggiunto', 'higher')]),
             dict(code='2.2', title='Promuovere l’appropriatezza prescrittiva e farmaceutica', inds=[
                I('2.2.1', 'Spesa farmaceutica convenzionata netta pro capite pesata', '10%', '≤ € 152,00', '€ 149,37', 'Raggiunto', 'lower'),
                I('2.2.2', 'Tasso di ospedalizzazione standardizzato (per 1.000 abitanti)', '5%', '≤ 120', '118,4', 'Raggiunto', 'lower')])]),
  dict(code='3', title='Trasparenza, digitalizzazione e sostenibilità',
       text='L’area raccoglie gli obiettivi trasversali di semplificazione, digitalizzazione dei processi, tempestività dei pagamenti e prevenzione della corruzione.',
       objs=[dict(code='3.1', title='Digitalizzazione, semplificazione e prevenzione della corruzione', inds=[
                I('3.1.1', 'Percentuale di referti di laboratorio pubblicati sul Fascicolo Sanitario Elettronico', '5%', '≥ 90%', '93,5%', 'Raggiunto', 'higher'),
                I('3.1.2', 'Tempo medio di pagamento delle fatture commerciali', '5%', '≤ 30 gg', '24 gg', 'Raggiunto', 'lower'),
                I('3.1.3', 'Attivazione del nuovo sistema di gestione documentale', '5%', 'entro il 31/12/2023', 'Obiettivo sospeso', 'Sospeso', None,
                  'Nota: attività rinviata al 2024 per la migrazione regionale della piattaforma di protocollo informatico.'),
                I('3.1.4', 'Percentuale di dipendenti formati sulla prevenzione della corruzione', '5%', '100%', '87%', 'Non raggiunto', 'higher')])])],
 closing=['Complessivamente, dei 14 indicatori assegnati, 10 risultano raggiunti, 2 parzialmente raggiunti, 1 non raggiunto e 1 sospeso a seguito di neutralizzazione da parte del Nucleo di Valutazione delle Prestazioni.',
          'Il grado di raggiungimento complessivo degli obiettivi di performance organizzativa, calcolato come media ponderata, è pari al 91,8%.']))

# ---------------------------------------------------------------- B: Calc, AO Ordine Mauriziano, PIAO 2024-2026
def J(code, name, formula, w, base, t): return dict(code=code, name=name, formula=formula, weight=w, baseline=base, target=t)
dump(dict(
 name='ao-ordine-mauriziano-2024-piao', years=[2024, 2025, 2026],
 document=dict(issuer='Azienda Ospedaliera Ordine Mauriziano di Torino', title='Piano integrato di attività e organizzazione', year=2024, kind='piao'),
 cover=['Regione Piemonte', 'Azienda Ospedaliera Ordine Mauriziano di Torino', 'PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2024-2026',
        'Sezione 2 – Valore pubblico, performance e anticorruzione', 'Allegato 2.2 – Obiettivi e indicatori di performance organizzativa',
        'Deliberazione del Direttore Generale n. 118 del 30/01/2024'],
 intro=['Il presente allegato declina gli obiettivi di valore pubblico dell’Azienda in obiettivi operativi misurabili, assegnati alle strutture nel processo di budget 2024. Per ciascun indicatore sono riportati la formula di calcolo, il peso, il valore consuntivo 2023 assunto come baseline e i target del triennio.',
        'I target sono coerenti con gli obiettivi assegnati ai Direttori Generali dalla D.G.R. di programmazione regionale e con il Programma Nazionale Esiti (PNE). Il monitoraggio avviene con cadenza trimestrale a cura della S.S. Programmazione e Controllo di Gestione.'],
 head=['Area strategica', 'Obiettivo strategico', 'Obiettivo operativo', 'Cod.', 'Indicatore', 'Formula di calcolo', 'Peso', 'Baseline 2023', 'Target 2024', 'Target 2025', 'Target 2026'],
 areas=[
  dict(code='A', title='Accessibilità e tempi di attesa', objs=[
    dict(code='A.1', title='Ridurre i tempi di attesa per ricoveri e prestazioni', ops=[
      dict(code='A.1.1', title='Recupero delle liste d’attesa chirurgiche', inds=[
        J('A.1.1.a', 'Percentuale di interventi oncologici in classe A eseguiti entro 30 giorni', 'Interventi classe A entro 30 gg / interventi classe A x 100', '10%', '87,2%', ['≥ 90%', '≥ 92%', '≥ 95%']),
        J('A.1.1.b', 'Percentuale di interventi di protesi d’anca eseguiti entro 180 giorni', 'Interventi entro 180 gg / totale interventi x 100', '5%', '71,5%', ['≥ 80%', '≥ 85%', '≥ 90%'])]),
      dict(code='A.1.2', title='Governo dei tempi di attesa ambulatoriali', inds=[
        J('A.1.2.a', 'Percentuale di prime visite in classe D erogate entro 30 giorni', 'Visite classe D entro 30 gg / visite classe D x 100', '6%', '78,9%', ['≥ 85%', '≥ 90%', '≥ 90%']),
        J('A.1.2.b', 'Tempo medio di attesa per TC torace con mdc (classe P)', 'Media dei giorni tra prenotazione ed erogazione', '4%', '74 gg', ['≤ 60 gg', '≤ 60 gg', '≤ 60 gg'])])]),
    dict(code='A.2', title='Migliorare la presa in carico in emergenza-urgenza', ops=[
      dict(code='A.2.1', title='Efficienza del Pronto Soccorso', inds=[
        J('A.2.1.a', 'Percentuale di accessi in PS con permanenza inferiore a 8 ore', 'Accessi con permanenza < 8 h / accessi totali x 100', '10%', '82,4%', ['≥ 85%', '≥ 88%', '≥ 90%']),
        J('A.2.1.b', 'Tempo medio di boarding dei pazienti ricoverati da PS', 'Ore tra decisione di ricovero e uscita dal PS', '4%', '11,6 ore', ['≤ 8 ore', '≤ 6 ore', '≤ 6 ore'])])])]),
  dict(code='B', title='Qualità, sicurezza ed esiti delle cure', objs=[
    dict(code='B.1', title='Migliorare gli esiti clinici secondo il Programma Nazionale Esiti', ops=[
      dict(code='B.1.1', title='Appropriatezza e tempestività chirurgica', inds=[
        J('B.1.1.a', 'Percentuale di fratture del collo del femore operate entro 48 ore in pazienti over 65', 'Interventi entro 2 giorni / ricoveri per frattura x 100', '10%', '76,3%', ['≥ 80%', '≥ 82%', '≥ 85%']),
        J('B.1.1.b', 'Proporzione di colecistectomie laparoscopiche con degenza post-operatoria inferiore a 3 giorni', 'Ricoveri con degenza < 3 gg / colecistectomie laparoscopiche x 100', '5%', '81,0%', ['≥ 85%', '≥ 85%', '≥ 90%'])]),
      dict(code='B.1.2', title='Prevenzione del rischio clinico e delle infezioni', inds=[
        J('B.1.2.a', 'Tasso di infezioni del sito chirurgico negli interventi sorvegliati', 'Infezioni rilevate / interventi sorvegliati x 100', '8%', '2,9%', ['≤ 2,5%', '≤ 2,2%', '≤ 2%']),
        J('B.1.2.b', 'Consumo di gel idroalcolico (litri per 1.000 giornate di degenza)', 'Litri erogati / giornate di degenza x 1.000', '4%', '21,4', ['≥ 25', '≥ 28', '≥ 30'])])])]),
  dict(code='C', title='Sostenibilità economica, trasparenza e innovazione', objs=[
    dict(code='C.1', title='Garantire l’equilibrio economico-finanziario', ops=[
      dict(code='C.1.1', title='Governo della spesa per beni sanitari', inds=[
        J('C.1.1.a', 'Costo dei dispositivi medici per punto DRG chirurgico', 'Costo dispositivi / punti DRG chirurgici', '10%', '€ 612,40', ['≤ € 600,00', '≤ € 590,00', '≤ € 580,00']),
        J('C.1.1.b', 'Indicatore di tempestività dei pagamenti', 'Media ponderata dei giorni di ritardo (DPCM 22/09/2014)', '6%', '-4 gg', ['≤ 0 gg', '≤ 0 gg', '≤ 0 gg'])])]),
    dict(code='C.2', title='Digitalizzazione e prevenzione della corruzione', ops=[
      dict(code='C.2.1', title='Transizione digitale dei servizi sanitari', inds=[
        J('C.2.1.a', 'Percentuale di documenti clinici di ricovero firmati digitalmente e inviati al FSE', 'Lettere di dimissione inviate al FSE / dimissioni x 100', '6%', '88,7%', ['≥ 95%', '≥ 98%', '100%']),
        J('C.2.1.b', 'Percentuale di procedure di acquisto gestite su piattaforma telematica', 'Procedure su piattaforma / procedure avviate x 100', '4%', 'n.d.', ['100%', '100%', '100%'])]),
      dict(code='C.2.2', title='Misure di prevenzione della corruzione e trasparenza', inds=[
        J('C.2.2.a', 'Percentuale di obblighi di pubblicazione assolti in Amministrazione Trasparente', 'Obblighi assolti / obblighi previsti x 100', '8%', '94%', ['≥ 95%', '100%', '100%'])])])])],
 risk_title='Mappatura dei processi a rischio corruttivo (estratto)',
 risk_head=['Area di rischio', 'Processo', 'Probabilità', 'Impatto', 'Livello di rischio', 'Misura di prevenzione'],
 risk=[['Contratti pubblici', 'Affidamenti diretti sotto soglia', 'Media', 'Alto', 'Alto', 'Rotazione degli operatori economici; controlli a campione'],
       ['Attività libero-professionale', 'Gestione delle agende ALPI', 'Media', 'Medio', 'Medio', 'Prenotazione esclusiva tramite CUP aziendale'],
       ['Gestione del personale', 'Procedure concorsuali', 'Bassa', 'Alto', 'Medio', 'Commissioni con componenti esterni; dichiarazioni di assenza di conflitto'],
       ['Farmaceutica e dispositivi', 'Sperimentazioni cliniche e sponsorizzazioni', 'Bassa', 'Medio', 'Basso', 'Registro delle sponsorizzazioni; parere del Comitato Etico']],
 staff_title='Piano triennale dei fabbisogni di personale – dotazione e assunzioni previste',
 staff_head=['Profilo', 'Dotazione al 31/12/2023', 'Assunzioni 2024', 'Assunzioni 2025', 'Assunzioni 2026'],
 staff=[['Dirigenti medici', '412', '18', '12', '10'], ['Infermieri', '1.034', '45', '30', '25'], ['Operatori socio-sanitari', '298', '20', '12', '10'],
        ['Tecnici sanitari', '176', '8', '6', '4'], ['Personale amministrativo', '241', '6', '4', '4'], ['Totale', '2.161', '97', '64', '53']]))

# ---------------------------------------------------------------- C: reportlab, ARPA Toscana, relazione 2023 with per-year results
def K(code, name, r21, r22, t, a, status, comment, d): return dict(code=code, name=name, r2021=r21, r2022=r22, target=t, actual=a, status=status, comment=comment, dir=d)
dump(dict(
 name='arpa-toscana-2023-relazione', year=2023, hist_years=[2021, 2022],
 document=dict(issuer='Agenzia Regionale per la Protezione Ambientale della Toscana', title='Relazione sulla performance', year=2023, kind='relazione'),
 cover=['ARPAT', 'Agenzia Regionale per la Protezione Ambientale della Toscana', 'Relazione sulla performance', 'Anno 2023',
        'Documento generato dal sistema di pianificazione e controllo – versione approvata dal Direttore generale con decreto n. 96 del 25/06/2024'],
 intro=['La Relazione sulla performance 2023 rendiconta i risultati conseguiti dall’Agenzia rispetto agli obiettivi e agli indicatori definiti nella sezione Performance del PIAO 2023-2025, in coerenza con il Programma annuale delle attività approvato dalla Giunta regionale.',
        'Per ciascun indicatore sono riportati, oltre al target e al risultato dell’anno, i valori consuntivi dei due esercizi precedenti, così da consentire una lettura dell’andamento nel triennio. Sotto ogni indicatore è indicato l’esito della valutazione con l’eventuale motivazione dello scostamento.'],
 activity_title='Attività istituzionali – volumi di sintesi',
 activity_head=['Attività', '2021', '2022', '2023'],
 activity=[['Campioni analizzati dai laboratori', '41.206', '43.918', '44.752'], ['Ispezioni ad aziende soggette ad AIA', '312', '338', '351'],
           ['Pareri tecnici rilasciati', '3.874', '4.102', '4.219'], ['Stazioni della rete di qualità dell’aria', '37', '37', '38']],
 head=['Cod.', 'Indicatore', '2021', '2022', 'Target 2023', '2023'],
 areas=[
  dict(code='1', title='CONTROLLI AMBIENTALI E ATTIVITÀ ISPETTIVA', objs=[
    dict(code='1.1', title='Garantire l’attuazione del piano dei controlli sulle aziende a rischio', inds=[
      K('1.1.1', 'Percentuale di ispezioni programmate su aziende AIA effettuate', '96,1%', '98,4%', '≥ 95%', '99,2%', 'OBIETTIVO RAGGIUNTO', None, 'higher'),
      K('1.1.2', 'Numero di ispezioni su stabilimenti a rischio di incidente rilevante (Seveso)', '24', '27', '≥ 28', '29', 'OBIETTIVO RAGGIUNTO', None, 'higher'),
      K('1.1.3', 'Tempo medio di trasmissione delle relazioni ispettive all’autorità competente', '52 gg', '47 gg', '≤ 45 gg', '49 gg', 'OBIETTIVO PARZIALMENTE RAGGIUNTO',
        'Il ritardo è concentrato nel secondo semestre per la vacanza di due posti di tecnico ispettore nel Dipartimento di Livorno.', 'lower')]),
    dict(code='1.2', title='Assicurare la risposta alle segnalazioni e alle emergenze ambientali', inds=[
      K('1.2.1', 'Percentuale di interventi in pronta disponibilità attivati entro 60 minuti', '93,8%', '95,2%', '≥ 95%', '96,0%', 'OBIETTIVO RAGGIUNTO', None, 'higher'),
      K('1.2.2', 'Percentuale di esposti evasi entro 90 giorni', '71,4%', '76,9%', '≥ 80%', '74,5%', 'OBIETTIVO NON RAGGIUNTO',
        'L’incremento del 18% degli esposti per molestie olfattive nell’area pratese ha inciso sulla capacità di risposta nei termini.', 'higher')])]),
  dict(code='2', title='MONITORAGGIO E LABORATORI', objs=[
    dict(code='2.1', title='Qualità ed efficienza dell’attività analitica', inds=[
      K('2.1.1', 'Tempo medio di refertazione dei campioni di acque destinate al consumo umano', '14 gg', '12 gg', '≤ 12 gg', '10 gg', 'OBIETTIVO RAGGIUNTO', None, 'lower'),
      K('2.1.2', 'Percentuale di prove accreditate ACCREDIA sul totale delle prove eseguite', '68,2%', '70,5%', '≥ 72%', '73,1%', 'OBIETTIVO RAGGIUNTO', None, 'higher'),
      K('2.1.3', 'Percentuale di esiti positivi nei circuiti interlaboratorio', '94%', '96%', '≥ 95%', '97%', 'OBIETTIVO RAGGIUNTO', None, 'higher')]),
    dict(code='2.2', title='Garantire la continuità delle reti di monitoraggio', inds=[
      K('2.2.1', 'Rendimento strumentale medio della rete regionale di qualità dell’aria', '91,7%', '92,3%', '≥ 90%', '93,4%', 'OBIETTIVO RAGGIUNTO', None, None),
      K('2.2.2', 'Percentuale di stazioni della rete acque superficiali campionate secondo il programma', '97,5%', '98,8%', '100%', '100%', 'OBIETTIVO RAGGIUNTO', None, 'higher'),
      K('2.2.3', 'Pubblicazione del report annuale sulla qualità dell’aria', '15/07/2021', '28/06/2022', 'entro il 30/06/2023', 'Obiettivo sospeso', 'OBIETTIVO SOSPESO',
        'Il report è confluito nell’Annuario dei dati ambientali 2023 per decisione della Direzione tecnica.', None)])]),
  dict(code='3', title='ORGANIZZAZIONE, TRASPARENZA E SOSTENIBILITÀ', objs=[
    dict(code='3.1', title='Efficienza amministrativa e trasparenza', inds=[
      K('3.1.1', 'Indicatore annuale di tempestività dei pagamenti', '-6 gg', '-9 gg', '≤ 0 gg', '-11 gg', 'OBIETTIVO RAGGIUNTO', None, 'lower'),
      K('3.1.2', 'Grado di assolvimento degli obblighi di pubblicazione', '92%', '95%', '≥ 95%', '97%', 'OBIETTIVO RAGGIUNTO', None, 'higher'),
      K('3.1.3', 'Percentuale di personale che ha completato almeno 24 ore di formazione', '58,3%', '66,0%', '≥ 70%', '64,2%', 'OBIETTIVO PARZIALMENTE RAGGIUNTO',
        'Il trasferimento della piattaforma regionale di formazione a distanza ha sospeso l’offerta e-learning da aprile a luglio.', 'higher')])])],
 summary_title='Sintesi degli esiti',
 summary_head=['Esito', 'N. indicatori', '%'],
 summary=[['Obiettivo raggiunto', '10', '71,4%'], ['Obiettivo parzialmente raggiunto', '2', '14,3%'], ['Obiettivo non raggiunto', '1', '7,1%'], ['Obiettivo sospeso', '1', '7,1%'], ['Totale', '14', '100,0%']],
 closing='Il grado medio di raggiungimento degli obiettivi dell’Agenzia per il 2023 è pari al 93,6%, in lieve crescita rispetto al 92,1% del 2022.'))
