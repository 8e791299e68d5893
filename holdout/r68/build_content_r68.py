#!/usr/bin/env python3
"""Writes the three r68 content files (hand-written content; parsed values are computed by make_r68.parse and checked by eye)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
def dump(name, c):
    c['name'] = name
    json.dump(c, open(os.path.join(HERE, name + '.content.json'), 'w'), ensure_ascii=False, indent=1)

# ---------------- A: Comune di Palermo – Relazione sulla performance 2024 (reportlab export)
I = lambda code, name, unit, t, a, ach, esito, comment=None, dir=None: dict(code=code, name=name, unit=unit, target=t, actual=a, ach=ach, esito=esito, comment=comment, dir=dir)
dump('comune-palermo-2024-relazione', {
 'document': {'issuer': 'Comune di Palermo', 'title': 'Relazione sulla performance', 'year': 2024, 'kind': 'relazione'},
 'cover': ['COMUNE DI PALERMO', 'Relazione sulla performance', 'Anno 2024', "Art. 10, comma 1, lettera b), D.Lgs. 27 ottobre 2009, n. 150 – Approvata con deliberazione di Giunta comunale n. 187 del 26 giugno 2025"],
 'running': 'Comune di Palermo – Relazione sulla performance 2024',
 'intro': [
  ['1. Presentazione', [
   "La Relazione sulla performance costituisce lo strumento mediante il quale l'Amministrazione illustra ai cittadini e a tutti gli altri stakeholder, interni ed esterni, i risultati ottenuti nel corso dell'anno 2024, concludendo in tal modo il ciclo di gestione della performance avviato con l'approvazione del Piano integrato di attività e organizzazione 2024-2026.",
   "Il documento è redatto secondo le indicazioni delle Linee guida del Dipartimento della Funzione Pubblica e rendiconta, per ciascuna area strategica del Documento Unico di Programmazione, gli indicatori associati agli obiettivi strategici, con il valore atteso, il valore conseguito al 31 dicembre 2024 e il grado di raggiungimento. Per gli indicatori non pienamente conseguiti è riportata la motivazione dello scostamento fornita dal dirigente responsabile."]],
  ["2. Il contesto e le risorse", [
   "Al 31 dicembre 2024 il Comune conta 630.167 abitanti residenti. Il personale in servizio a tempo indeterminato è pari a 5.214 unità, in riduzione rispetto all'anno precedente per effetto dei pensionamenti non interamente compensati dalle nuove assunzioni. La tabella seguente riporta gli impegni di spesa corrente per le principali missioni di bilancio."]]],
 'budget': {'title': 'Tabella 1 – Spesa corrente impegnata per missione (esercizio 2024)',
  'header': ['Missione', 'Stanziamento definitivo', 'Impegnato', '% impegnato'],
  'rows': [['01 – Servizi istituzionali, generali e di gestione', '€ 231.456.120,00', '€ 214.880.903,45', '92,8%'],
           ['03 – Ordine pubblico e sicurezza', '€ 78.120.400,00', '€ 75.902.117,30', '97,2%'],
           ['04 – Istruzione e diritto allo studio', '€ 64.883.000,00', '€ 58.114.562,12', '89,6%'],
           ['09 – Sviluppo sostenibile e tutela del territorio e dell\'ambiente', '€ 182.350.000,00', '€ 179.011.845,90', '98,2%'],
           ['12 – Diritti sociali, politiche sociali e famiglia', '€ 121.740.500,00', '€ 109.553.201,66', '90,0%'],
           ['Totale', '€ 678.550.020,00', '€ 637.462.630,43', '93,9%']]},
 'section': ['3. I risultati degli obiettivi strategici',
   "Per ciascun indicatore sono riportati il valore atteso 2024, il valore conseguito e la percentuale di raggiungimento, seguiti dall'esito. L'esito è espresso come RAGGIUNTO (grado di raggiungimento pari al 100%), PARZIALMENTE RAGGIUNTO (tra il 60% e il 99%) e NON RAGGIUNTO (inferiore al 60%)."],
 'header': ['Cod.', 'Indicatore', 'Unità di misura', 'Valore atteso 2024', 'Valore conseguito 2024', '% raggiung.'],
 'areas': [
  {'code': '1', 'title': 'PALERMO CITTÀ AMMINISTRATA BENE', 'objectives': [
   {'code': '1.1', 'title': 'Semplificazione e digitalizzazione dei servizi al cittadino', 'indicators': [
     I('1.1.1', 'Percentuale di servizi comunali fruibili on line tramite SPID/CIE', '%', '≥ 70%', '74,5%', '100%', 'RAGGIUNTO', dir='higher'),
     I('1.1.2', 'Tempo medio di rilascio della carta d\'identità elettronica dalla prenotazione', 'giorni', '≤ 30 gg', '41 gg', '73%', 'PARZIALMENTE RAGGIUNTO',
       "L'incremento delle richieste nei mesi estivi e la temporanea chiusura di due postazioni anagrafiche decentrate hanno allungato i tempi di attesa; dal mese di ottobre sono state attivate aperture straordinarie il sabato mattina.", 'lower'),
     I('1.1.3', 'Numero di pratiche edilizie gestite tramite lo sportello unico telematico', 'n.', '4.500', '5.126', '100%', 'RAGGIUNTO', dir='higher'),
     I('1.1.4', 'Grado di soddisfazione degli utenti degli uffici anagrafici (scala 1-5)', 'punteggio', '≥ 3,5', '3,8', '100%', 'RAGGIUNTO', dir='higher')]},
   {'code': '1.2', 'title': 'Equilibrio finanziario e contrasto all\'evasione', 'indicators': [
     I('1.2.1', 'Indicatore annuale di tempestività dei pagamenti', 'giorni', '≤ 0', '12,4', '0%', 'NON RAGGIUNTO',
       "Il ritardo è imputabile principalmente alla liquidazione delle fatture relative ai servizi di igiene urbana, subordinata alla verifica di regolarità contributiva del gestore.", 'lower'),
     I('1.2.2', 'Riscossione in conto competenza delle entrate tributarie (Titolo I)', '%', '≥ 65%', '61,2%', '94%', 'PARZIALMENTE RAGGIUNTO', dir=None),
     I('1.2.3', 'Importo degli avvisi di accertamento IMU/TARI emessi', '€', '≥ € 45.000.000,00', '€ 52.318.440,00', '100%', 'RAGGIUNTO', dir=None),
     I('1.2.4', 'Approvazione del rendiconto 2023 nei termini di legge', 'data', 'entro il 30/04/2024', '29/04/2024', '100%', 'RAGGIUNTO')]}]},
  {'code': '2', 'title': 'PALERMO CITTÀ SOSTENIBILE', 'objectives': [
   {'code': '2.1', 'title': 'Incremento della raccolta differenziata e decoro urbano', 'indicators': [
     I('2.1.1', 'Percentuale di raccolta differenziata sul totale dei rifiuti urbani', '%', '≥ 25%', '18,9%', '76%', 'PARZIALMENTE RAGGIUNTO',
       "L'estensione del servizio porta a porta ai quartieri Libertà e Politeama è slittata al primo trimestre 2025 per il ritardo nella consegna dei mezzi.", 'higher'),
     I('2.1.2', 'Numero di segnalazioni di abbandono di rifiuti evase entro 72 ore', 'n.', '1.800', '2.043', '100%', 'RAGGIUNTO', dir='higher'),
     I('2.1.3', 'Nuove alberature messe a dimora', 'n.', '1.000', 'n.d.', '–', 'NON RAGGIUNTO',
       "Il dato non è disponibile per la mancata trasmissione della rendicontazione da parte della società partecipata.")]},
   {'code': '2.2', 'title': 'Mobilità sostenibile e sicurezza stradale', 'indicators': [
     I('2.2.1', 'Km di piste ciclabili realizzati nell\'anno', 'km', '8', '8', '100%', 'RAGGIUNTO'),
     I('2.2.2', 'Riduzione del numero di incidenti stradali con feriti rispetto al 2023', '%', '≥ 5%', '6,3%', '100%', 'RAGGIUNTO', dir='lower'),
     I('2.2.3', 'Attivazione della nuova Zona a Traffico Limitato notturna', 'data', 'Entro il 31/12/2024', 'Obiettivo sospeso', '–', 'OBIETTIVO SOSPESO',
       "L'attivazione è stata sospesa a seguito dell'ordinanza del TAR Sicilia e rinviata all'esito del giudizio.")]}]},
  {'code': '3', 'title': 'PALERMO CITTÀ SOLIDALE E DEI GIOVANI', 'objectives': [
   {'code': '3.1', 'title': 'Potenziamento dei servizi educativi per la prima infanzia', 'indicators': [
     I('3.1.1', 'Posti disponibili negli asili nido comunali ogni 100 bambini 0-2 anni', 'n.', '≥ 12', '11,4', '95%', 'PARZIALMENTE RAGGIUNTO', dir='higher'),
     I('3.1.2', 'Percentuale di domande di iscrizione al nido accolte', '%', '≥ 80%', '83,6%', '100%', 'RAGGIUNTO', dir='higher')]},
   {'code': '3.2', 'title': 'Inclusione sociale e contrasto alla povertà', 'indicators': [
     I('3.2.1', 'Numero di nuclei beneficiari di progetti personalizzati di inclusione', 'n.', '3.200', '3.418', '100%', 'RAGGIUNTO', dir='higher'),
     I('3.2.2', 'Tempo medio di presa in carico delle richieste di assistenza domiciliare', 'giorni', '≤ 20 gg', '18 gg', '100%', 'RAGGIUNTO', dir='lower'),
     I('3.2.3', 'Risorse PNRR M5C2 rendicontate sul totale assegnato', '%', '100%', '87%', '87%', 'PARZIALMENTE RAGGIUNTO',
       "Due interventi di housing first sono in fase di collaudo; la rendicontazione sarà completata entro il primo semestre 2025.", None)]}]}],
 'summary': {'title': 'Tabella 2 – Esiti degli indicatori', 'header': ['Esito', 'N. indicatori', '%'],
   'rows': [['Raggiunto', '11', '57,9%'], ['Parzialmente raggiunto', '5', '26,3%'], ['Non raggiunto', '2', '10,5%'], ['Sospeso', '1', '5,3%'], ['Totale', '19', '100,0%']]},
 'closing': ['4. Conclusioni', ["Nel complesso il grado di raggiungimento medio degli obiettivi strategici si attesta all'86,4%, in linea con l'esercizio precedente. Gli scostamenti più significativi riguardano la raccolta differenziata e la tempestività dei pagamenti, sui quali il Piano 2025-2027 prevede specifiche azioni correttive.",
   "La presente Relazione è sottoposta alla validazione del Nucleo di Valutazione ai sensi dell'art. 14, comma 4, lettera c), del D.Lgs. 150/2009."]]})

# ---------------- B: Comune di Fiesole – PIAO 2025-2027 sez. 2.2 (Calc)
P = lambda so, oo, name, resp, w, base, t: dict(so=so, oo=oo, name=name, resp=resp, weight=w, baseline=base, targets=t)
S1 = ('1', 'Fiesole comunità che partecipa'); S2 = ('2', 'Territorio, ambiente e paesaggio'); S3 = ('3', 'Servizi alla persona e scuola')
O11 = ('1.1', 'Trasparenza e accesso ai servizi digitali'); O12 = ('1.2', 'Gestione efficiente delle entrate')
O21 = ('2.1', 'Manutenzione del patrimonio e della viabilità'); O22 = ('2.2', 'Tutela del paesaggio e pratiche edilizie')
O31 = ('3.1', 'Servizi scolastici di qualità'); O32 = ('3.2', 'Sostegno alle fragilità')
dump('comune-fiesole-2025-piao', {
 'document': {'issuer': 'Comune di Fiesole', 'title': 'Piano integrato di attività e organizzazione', 'year': 2025, 'kind': 'piao'},
 'cover': ['COMUNE DI FIESOLE', 'Città Metropolitana di Firenze', 'PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2025-2027', 'Sezione 2 – Valore pubblico, performance e anticorruzione', 'Sottosezione 2.2 – Performance'],
 'intro': ["La sottosezione Performance individua gli obiettivi operativi assegnati ai Responsabili di Area per il triennio 2025-2027, in coerenza con gli obiettivi strategici della Sezione Strategica del DUP 2025-2027 e con le risorse assegnate con il Piano esecutivo di gestione.",
   "Per ciascun obiettivo operativo sono indicati gli indicatori di performance, il peso attribuito ai fini della valutazione, il valore di partenza riferito all'anno 2024 e i valori attesi per ciascuna annualità del Piano. Gli obiettivi sono oggetto di monitoraggio intermedio al 30 settembre e di rendicontazione finale nella Relazione sulla performance.",
   "Il Comune di Fiesole, con 13.857 abitanti e 51 dipendenti in servizio al 31 dicembre 2024, è tenuto alla redazione del PIAO in forma ordinaria ai sensi del D.M. 30 giugno 2022, n. 132."],
 'table_title': 'Tabella 3 – Obiettivi operativi e indicatori di performance 2025-2027',
 'header': ['Obiettivo strategico DUP', 'Obiettivo operativo', 'Indicatore', 'Area responsabile', 'Peso', 'Valore di partenza 2024', 'Target 2025', 'Target 2026', 'Target 2027'],
 'rows': [
  P(S1, O11, 'Percentuale di procedimenti avviabili on line tramite il portale dei servizi', 'Area Affari generali', '10%', '48%', ['≥ 60%', '≥ 70%', '≥ 80%']),
  P(S1, O11, 'Tempo medio di risposta alle istanze di accesso civico generalizzato', 'Area Affari generali', '5%', '22 gg', ['≤ 20 gg', '≤ 18 gg', '≤ 15 gg']),
  P(S1, O11, 'Pubblicazione dei dati in Amministrazione trasparente senza rilievi del Nucleo di Valutazione', 'Area Affari generali', '5%', 'Sì', ['100%', '100%', '100%']),
  P(S1, O12, 'Tasso di riscossione della TARI in conto competenza', 'Area Finanziaria', '10%', '78,4%', ['≥ 80%', '≥ 82%', '≥ 84%']),
  P(S1, O12, 'Indicatore annuale di tempestività dei pagamenti', 'Area Finanziaria', '5%', '-3,2', ['≤ 0', '≤ 0', '≤ 0']),
  P(S1, O12, 'Importo recuperato da attività di accertamento IMU', 'Area Finanziaria', '5%', '€ 312.450,00', ['€ 330.000,00', '€ 340.000,00', '€ 350.000,00']),
  P(S2, O21, 'Interventi di manutenzione stradale eseguiti su segnalazione entro 15 giorni', 'Area Lavori pubblici', '10%', '71%', ['≥ 75%', '≥ 80%', '≥ 80%']),
  P(S2, O21, 'Realizzazione dei lavori di adeguamento sismico della scuola primaria di Caldine (PNRR)', 'Area Lavori pubblici', '10%', 'Progetto esecutivo approvato', ['Collaudo entro il 30/06/2025', None, None]),
  P(S2, O22, 'Tempo medio di rilascio dell\'autorizzazione paesaggistica', 'Area Urbanistica e Edilizia', '10%', '84 gg', ['≤ 75 gg', '≤ 70 gg', '≤ 60 gg']),
  P(S2, O22, 'Numero di controlli a campione sulle SCIA edilizie', 'Area Urbanistica e Edilizia', '5%', '36', ['40', '45', '50']),
  P(S3, O31, 'Grado di soddisfazione delle famiglie per il servizio di refezione scolastica', 'Area Servizi alla persona', '10%', '3,9', ['≥ 4', '≥ 4', '≥ 4,2']),
  P(S3, O31, 'Percentuale di domande di trasporto scolastico accolte', 'Area Servizi alla persona', '5%', '96%', ['100%', '100%', '100%']),
  P(S3, O32, 'Numero di anziani seguiti con il servizio di assistenza domiciliare', 'Area Servizi alla persona', '5%', '58', ['≥ 60', '≥ 65', '≥ 70']),
  P(S3, O32, 'Erogazione dei contributi per il sostegno all\'affitto', 'Area Servizi alla persona', '5%', 'entro il 15/12/2024', ['entro il 30/11/2025', 'entro il 30/11/2026', 'entro il 30/11/2027'])],
 'staff': {'title': 'Tabella 4 – Personale in servizio al 31/12/2024 per Area', 'header': ['Area', 'Dipendenti', 'di cui part-time'],
   'rows': [['Area Affari generali', '11', '2'], ['Area Finanziaria', '7', '1'], ['Area Lavori pubblici', '9', '0'], ['Area Urbanistica e Edilizia', '6', '1'], ['Area Servizi alla persona', '10', '3'], ['Polizia Municipale', '8', '0'], ['Totale', '51', '7']]}})

# ---------------- C: Unione dei Comuni Valli del Reno, Lavino e Samoggia – PEG/PDO 2024-2026 (Word)
G = lambda name, unit, prev, t: dict(name=name, unit=unit, prev=prev, targets=t)
dump('unione-reno-lavino-samoggia-2024-peg', {
 'document': {'issuer': 'Unione dei Comuni Valli del Reno, Lavino e Samoggia', 'title': 'Piano esecutivo di gestione', 'year': 2024, 'kind': 'piano'},
 'cover': ['UNIONE DEI COMUNI', 'VALLI DEL RENO, LAVINO E SAMOGGIA', 'Casalecchio di Reno – Monte San Pietro – Sasso Marconi – Valsamoggia – Zola Predosa',
           'PIANO ESECUTIVO DI GESTIONE 2024-2026', 'Piano dettagliato degli obiettivi', 'Approvato con deliberazione della Giunta dell\'Unione n. 14 del 6 febbraio 2024'],
 'running': 'Unione dei Comuni Valli del Reno, Lavino e Samoggia – PEG 2024-2026 – Piano dettagliato degli obiettivi',
 'intro': ["Il Piano dettagliato degli obiettivi costituisce parte integrante del Piano esecutivo di gestione 2024-2026 e declina gli obiettivi operativi della Sezione Operativa del DUP in obiettivi assegnati ai Responsabili dei Centri di responsabilità dell'Unione.",
           "Per ciascun obiettivo di PEG sono indicati il responsabile, il peso ai fini della valutazione della performance organizzativa e gli indicatori con il valore rilevato nel 2023 e i valori attesi per ciascun anno del triennio. Le risorse finanziarie assegnate a ciascun Centro di responsabilità sono riepilogate nella tabella seguente."],
 'budget': {'title': 'Risorse finanziarie assegnate per Centro di responsabilità – spesa corrente 2024',
   'header': ['Centro di responsabilità', 'Spese di personale', 'Altre spese correnti', 'Totale'],
   'rows': [['1 – Servizi informatici associati', '€ 612.300,00', '€ 1.184.950,00', '€ 1.797.250,00'],
            ['2 – Polizia Locale', '€ 4.215.800,00', '€ 988.400,00', '€ 5.204.200,00'],
            ['3 – Servizi sociali associati', '€ 1.354.600,00', '€ 6.721.090,00', '€ 8.075.690,00'],
            ['4 – Protezione civile', '€ 98.500,00', '€ 143.000,00', '€ 241.500,00'],
            ['Totale', '€ 6.281.200,00', '€ 9.037.440,00', '€ 15.318.640,00']]},
 'header': ['Indicatore', 'Unità di misura', 'Valore 2023', 'Target 2024', 'Target 2025', 'Target 2026'],
 'cdr': [
  {'code': '1', 'title': 'Servizi informatici associati', 'resp': 'Ing. Marco Bertocchi', 'objectives': [
    {'code': '1', 'title': 'Migrazione al cloud qualificato dei servizi applicativi dei Comuni', 'peso': '30', 'indicators': [
      G('Applicativi migrati su infrastruttura cloud qualificata ACN', 'n.', '6', ['12', '18', '22']),
      G('Percentuale di postazioni di lavoro con sistema operativo aggiornato', '%', '82%', ['≥ 90%', '≥ 95%', '≥ 95%']),
      G('Tempo medio di risoluzione dei ticket di assistenza', 'ore', '11 ore', ['≤ 8 ore', '≤ 8 ore', '≤ 6 ore'])]},
    {'code': '2', 'title': 'Attuazione delle misure PNRR 1.4.1 e 1.4.4 (esperienza del cittadino, SPID/CIE)', 'peso': '20', 'indicators': [
      G('Servizi on line conformi al modello Designers Italia', 'n.', '14', ['30', '—', '—']),
      G('Asseverazione delle attività e rendicontazione sulla piattaforma PA digitale 2026', 'data', '—', ['entro il 30/09/2024', '—', '—'])]}]},
  {'code': '2', 'title': 'Polizia Locale', 'resp': 'Comandante dott. Stefano Gualandi', 'objectives': [
    {'code': '3', 'title': 'Presidio del territorio e sicurezza stradale', 'peso': '35', 'indicators': [
      G('Ore di pattugliamento serale e festivo', 'ore', '3.860', ['≥ 4.000', '≥ 4.200', '≥ 4.200']),
      G('Controlli con misuratori di velocità', 'n.', '412', ['450', '480', '500']),
      G('Percentuale di sinistri rilevati con relazione conclusa entro 60 giorni', '%', '88%', ['≥ 90%', '≥ 92%', '≥ 95%'])]},
    {'code': '4', 'title': 'Efficienza della gestione delle sanzioni', 'peso': '15', 'indicators': [
      G('Tempo medio di notifica dei verbali al trasgressore', 'giorni', '54', ['≤ 60 gg', '≤ 55 gg', '≤ 50 gg']),
      G('Riscossione dei proventi da sanzioni al Codice della strada', '€', '€ 2.941.300,00', ['€ 3.000.000,00', '€ 3.050.000,00', '€ 3.100.000,00'])]}]},
  {'code': '3', 'title': 'Servizi sociali associati', 'resp': 'Dott.ssa Elena Marchesini', 'objectives': [
    {'code': '5', 'title': 'Rafforzamento della rete di servizi per la non autosufficienza', 'peso': '40', 'indicators': [
      G('Utenti anziani in carico al servizio di assistenza domiciliare', 'n.', '312', ['≥ 320', '≥ 330', '≥ 340']),
      G('Tempo medio tra la domanda e la valutazione multidimensionale (UVM)', 'giorni', '35 gg', ['≤ 30 gg', '≤ 30 gg', '≤ 25 gg']),
      G('Percentuale di progetti individualizzati rivisti nell\'anno', '%', '64%', ['≥ 70%', '≥ 75%', '≥ 80%'])]},
    {'code': '6', 'title': 'Accesso unitario ai servizi sociali (sportelli sociali)', 'peso': '20', 'indicators': [
      G('Accessi agli sportelli sociali registrati sulla cartella sociale informatizzata', 'n.', '9.804', ['10.000', '10.000', '10.500']),
      G('Grado di soddisfazione degli utenti degli sportelli (scala 1-4)', 'punteggio', '3,1', ['≥ 3', '≥ 3', '≥ 3,2'])]}]}],
 'closing': "Il monitoraggio intermedio sullo stato di attuazione degli obiettivi è effettuato al 31 agosto 2024; la rendicontazione finale confluisce nella Relazione sulla performance 2024, validata dal Nucleo di Valutazione dell'Unione."})
print('ok')
