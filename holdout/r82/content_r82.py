"""r82: writes the three *.content.json (hand-written content as data)."""
import json, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))

# ----------------------------------------------------------------------------- A: Comune di Macerata, relazione (Word)
A = {
 "name": "comune-macerata-2024-relazione",
 "document": {"issuer": "Comune di Macerata", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "cover": ["COMUNE DI MACERATA", "Settore Affari generali – Servizio Programmazione e controllo di gestione",
           "RELAZIONE SULLA PERFORMANCE", "ANNO 2024",
           "(art. 10, comma 1, lett. b, del D.Lgs. 27 ottobre 2009, n. 150)",
           "Validata dal Nucleo di valutazione in data 18 giugno 2025 – Approvata con deliberazione di Giunta comunale n. 187 del 26/06/2025"],
 "front": [
  {"h": "1. Premessa"},
  {"p": "La Relazione sulla performance costituisce lo strumento con il quale l'Amministrazione illustra ai cittadini e a tutti gli altri portatori di interesse i risultati organizzativi e individuali raggiunti nell'anno 2024 rispetto agli obiettivi programmati nel Piano integrato di attività e organizzazione (PIAO) 2024–2026, sezione Performance, e nel Piano esecutivo di gestione."},
  {"p": "Il documento è stato redatto dal Servizio Programmazione e controllo di gestione sulla base delle schede di rendicontazione trasmesse dai dirigenti e verificate dal Nucleo di valutazione, che ne ha certificato la coerenza con i dati dei sistemi informativi dell'ente. Le informazioni finanziarie sono tratte dal rendiconto della gestione 2024, approvato dal Consiglio comunale con deliberazione n. 31 del 29/04/2025."},
  {"h": "2. Il contesto organizzativo"},
  {"p": "Al 31 dicembre 2024 il personale in servizio presso il Comune di Macerata ammonta a 268 unità, con una riduzione di 4 unità rispetto all'anno precedente, dovuta principalmente a cessazioni per quiescenza non ancora compensate dalle procedure di reclutamento in corso. La tabella seguente riporta la distribuzione per area di inquadramento."},
  {"table": {"title": "Tabella 1 – Personale in servizio per area di inquadramento",
             "header": ["Area di inquadramento", "31/12/2023", "31/12/2024", "Variazione"],
             "rows": [["Dirigenti", "6", "6", "0"], ["Area dei funzionari e dell'elevata qualificazione", "71", "74", "+3"],
                      ["Area degli istruttori", "118", "113", "–5"], ["Area degli operatori esperti", "61", "59", "–2"],
                      ["Area degli operatori", "16", "16", "0"], ["Totale", "272", "268", "–4"]]}},
  {"h": "3. I risultati della performance organizzativa"},
  {"p": "Per ciascun obiettivo operativo sono riportati gli indicatori con il valore atteso per il 2024, il valore conseguito al 31 dicembre, il grado di raggiungimento e l'esito attribuito in sede di validazione. Il grado di raggiungimento è calcolato come rapporto tra valore conseguito e valore atteso, con un massimo del 100%."},
  {"p": "Legenda degli esiti: RAGGIUNTO (grado di raggiungimento pari al 100%); PARZIALMENTE RAGGIUNTO (grado compreso tra il 60% e il 99%); NON RAGGIUNTO (grado inferiore al 60% o scostamento non giustificato); SOSPESO (obiettivo non valutabile per cause esterne all'ente)."}
 ],
 "table_header": ["Cod.", "Indicatore", "Target 2024", "Valore 2024", "Grado di raggiungimento", "Esito"],
 "areas": [
  {"code": "1", "title": "Macerata città efficiente, digitale e trasparente", "strategic": [
   {"code": "1.1", "title": "Semplificare l'accesso dei cittadini ai servizi comunali", "operational": [
    {"code": "1.1.1", "title": "Digitalizzazione dei servizi demografici e dello stato civile", "indicators": [
     {"code": "1.1.1.a", "indicator": "Percentuale di certificati anagrafici rilasciati on line sul totale dei certificati emessi", "target": "≥ 60%", "actual": "68,4%", "ach": "100%", "esito": "RAGGIUNTO"},
     {"code": "1.1.1.b", "indicator": "Tempo medio di rilascio della carta d'identità elettronica dalla prenotazione", "target": "≤ 15 gg", "actual": "12 gg", "ach": "100%", "esito": "RAGGIUNTO"},
     {"code": "1.1.1.c", "indicator": "Numero di servizi on line accessibili con SPID/CIE attivati sul portale istituzionale", "target": "≥ 25", "actual": "21", "ach": "84%", "esito": "PARZIALMENTE RAGGIUNTO",
      "note_row": "L'attivazione di quattro servizi dello Sportello unico per le attività produttive è slittata al 2025 a seguito dell'aggiornamento della piattaforma regionale di interoperabilità."}]},
    {"code": "1.1.2", "title": "Efficienza dei procedimenti amministrativi e dei pagamenti", "indicators": [
     {"code": "1.1.2.a", "indicator": "Tempo medio di pagamento delle fatture commerciali", "target": "≤ 30 gg", "actual": "27 gg", "ach": "100%", "esito": "RAGGIUNTO"},
     {"code": "1.1.2.b", "indicator": "Indicatore annuale di tempestività dei pagamenti (ITP)", "target": "≤ 0", "actual": "-3,2", "ach": "100%", "esito": "RAGGIUNTO"},
     {"code": "1.1.2.c", "indicator": "Percentuale di atti pubblicati in Amministrazione trasparente nei termini di legge", "target": "100%", "actual": "97,5%", "ach": "97,5%", "esito": "PARZIALMENTE RAGGIUNTO"}]}]},
   {"code": "1.2", "title": "Gestione efficiente delle risorse finanziarie e del patrimonio", "operational": [
    {"code": "1.2.1", "title": "Contrasto all'evasione dei tributi locali e contenimento dei costi di funzionamento", "indicators": [
     {"code": "1.2.1.a", "indicator": "Somme accertate a seguito di attività di verifica IMU e TARI", "target": "≥ € 1.250.000,00", "actual": "€ 1.318.540,22", "ach": "100%", "esito": "RAGGIUNTO"},
     {"code": "1.2.1.b", "indicator": "Grado di copertura dei costi del servizio rifiuti con la TARI", "target": "100%", "actual": "100%", "ach": "100%", "esito": "RAGGIUNTO"},
     {"code": "1.2.1.c", "indicator": "Costi per utenze energetiche degli edifici comunali", "target": "≤ € 980.000,00", "actual": "€ 1.012.300,00", "ach": "96,8%", "esito": "NON RAGGIUNTO",
      "note_row": "Lo scostamento è dovuto al prolungamento della stagione termica e all'apertura serale della biblioteca Mozzi Borgetti nel periodo invernale."}]}]}]},
  {"code": "2", "title": "Macerata città della cultura, della comunità e dei servizi alla persona", "strategic": [
   {"code": "2.1", "title": "Valorizzare il patrimonio culturale e l'offerta turistica", "operational": [
    {"code": "2.1.1", "title": "Promozione dei Musei civici e della stagione dello Sferisterio", "indicators": [
     {"code": "2.1.1.a", "indicator": "Affluenza ai Musei civici di Palazzo Buonaccorsi (n. visitatori)", "target": "≥ 45.000", "actual": "51.237", "ach": "100%", "esito": "RAGGIUNTO"},
     {"code": "2.1.1.b", "indicator": "Numero di eventi culturali realizzati in collaborazione con le associazioni del territorio", "target": "≥ 40", "actual": "46", "ach": "100%", "esito": "RAGGIUNTO"},
     {"code": "2.1.1.c", "indicator": "Incremento delle presenze alla stagione lirica rispetto all'anno precedente", "target": "≥ 5%", "actual": "3,1%", "ach": "62%", "esito": "PARZIALMENTE RAGGIUNTO"}]}]},
   {"code": "2.2", "title": "Coesione sociale e sostegno alle famiglie", "operational": [
    {"code": "2.2.1", "title": "Servizi educativi per la prima infanzia", "indicators": [
     {"code": "2.2.1.a", "indicator": "Tasso di copertura della domanda di posti negli asili nido comunali", "target": "≥ 85%", "actual": "88,2%", "ach": "100%", "esito": "RAGGIUNTO"},
     {"code": "2.2.1.b", "indicator": "Tempo medio di risposta alle domande di iscrizione fuori graduatoria", "target": "≤ 20 gg", "actual": "18 gg", "ach": "100%", "esito": "RAGGIUNTO"}]},
    {"code": "2.2.2", "title": "Sostegno all'abitare per i nuclei familiari in difficoltà", "indicators": [
     {"code": "2.2.2.a", "indicator": "Erogazione dei contributi del fondo per il sostegno all'affitto", "target": "entro il 30/09/2024", "actual": "Obiettivo sospeso", "ach": "–", "esito": "SOSPESO"}],
     "after": "Il fondo regionale per il sostegno all'affitto 2024 non è stato ripartito ai Comuni entro l'anno; l'erogazione dei contributi è stata pertanto rinviata all'esercizio 2025 e l'obiettivo è stato sterilizzato ai fini della valutazione."},
    {"code": "2.2.3", "title": "Qualità del servizio di refezione scolastica", "indicators": [
     {"code": "2.2.3.a", "indicator": "Percentuale di famiglie soddisfatte del servizio (indagine di customer satisfaction)", "target": "≥ 80%", "actual": "76%", "ach": "95%", "esito": "PARZIALMENTE RAGGIUNTO"},
     {"code": "2.2.3.b", "indicator": "Numero di controlli igienico-sanitari sui centri cottura e sui refettori", "target": "≥ 12", "actual": "14", "ach": "100%", "esito": "RAGGIUNTO"}]}]}]}
 ],
 "back": [
  {"h": "4. Le risorse finanziarie"},
  {"p": "La tabella seguente riporta, per le principali missioni del bilancio, gli stanziamenti definitivi e gli impegni di spesa corrente assunti nell'esercizio 2024, quale quadro delle risorse a supporto degli obiettivi descritti."},
  {"table": {"title": "Tabella 2 – Spesa corrente per missione (esercizio 2024)",
             "header": ["Missione", "Stanziamento definitivo", "Impegnato", "% impegnato"],
             "rows": [["01 – Servizi istituzionali, generali e di gestione", "€ 14.820.400,00", "€ 13.962.115,40", "94,2%"],
                      ["05 – Tutela e valorizzazione dei beni e attività culturali", "€ 3.415.000,00", "€ 3.287.930,15", "96,3%"],
                      ["09 – Sviluppo sostenibile e tutela del territorio", "€ 9.760.250,00", "€ 9.512.004,88", "97,5%"],
                      ["12 – Diritti sociali, politiche sociali e famiglia", "€ 8.134.700,00", "€ 7.702.318,61", "94,7%"],
                      ["Totale", "€ 36.130.350,00", "€ 34.464.369,04", "95,4%"]]}},
  {"h": "5. Considerazioni conclusive"},
  {"p": "Nel complesso, dei 17 indicatori di performance organizzativa previsti per il 2024, 11 risultano pienamente raggiunti, 4 parzialmente raggiunti, 1 non raggiunto e 1 sospeso per cause non imputabili all'ente. Le criticità emerse saranno oggetto di specifici obiettivi di miglioramento nel PIAO 2025–2027, con particolare riferimento all'efficienza energetica degli immobili e al completamento dei servizi digitali."},
  {"p": "Macerata, giugno 2025 – Il Segretario generale"}
 ]
}

# ----------------------------------------------------------------------------- B: Provincia di Cuneo, PIAO (Word)
def bi(code, ind, fonte, base, t25, t26, t27):
    return {"code": code, "indicator": ind, "fonte": fonte, "baseline": base, "targets": {"2025": t25, "2026": t26, "2027": t27}}

B = {
 "name": "provincia-cuneo-2025-piao",
 "document": {"issuer": "Provincia di Cuneo", "title": "Piano integrato di attività e organizzazione", "year": 2025, "kind": "piao"},
 "cover": ["PROVINCIA DI CUNEO", "PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE", "2025 – 2027",
           "(art. 6 del D.L. 9 giugno 2021, n. 80, convertito dalla L. 6 agosto 2021, n. 113)",
           "Approvato con decreto del Presidente n. 14 del 30 gennaio 2025"],
 "anagrafica": [["Denominazione", "Provincia di Cuneo"], ["Indirizzo", "Corso Nizza, 21 – 12100 Cuneo"],
                ["Codice fiscale", "80000870043"], ["Presidente", "Luca Robaldo"],
                ["Numero di dipendenti al 31/12/2024", "312"], ["Numero di abitanti della provincia", "581.430"],
                ["PEC", "protocollo@provincia.cuneo.legalmail.it"]],
 "valore_pubblico": [
  "La Provincia di Cuneo, ente di area vasta con 247 Comuni e oltre 3.400 km di rete stradale, orienta la propria azione alla creazione di valore pubblico per le comunità del territorio: sicurezza della mobilità, qualità degli edifici scolastici superiori, tutela dell'ambiente e supporto tecnico-amministrativo ai Comuni.",
  "Gli obiettivi di valore pubblico sono declinati in obiettivi operativi di performance, misurati da indicatori con valori attesi per ciascuna annualità del triennio. La baseline corrisponde al valore rilevato al 31 dicembre 2023, ultimo dato consolidato disponibile al momento della redazione del Piano."],
 "table_header": ["Cod.", "Indicatore", "Fonte del dato", "Baseline 2023", "Target 2025", "Target 2026", "Target 2027"],
 "areas": [
  {"code": "1", "title": "Viabilità e sicurezza del territorio", "objectives": [
   {"code": "1.1", "title": "Manutenzione e messa in sicurezza della rete stradale provinciale", "indicators": [
    bi("1.1.1", "Km di strade provinciali con rifacimento della pavimentazione", "Settore Viabilità", "38 km", "≥ 40 km", "≥ 45 km", "≥ 50 km"),
    bi("1.1.2", "Tempo medio di intervento sulle segnalazioni di pericolo per la circolazione", "Sistema di gestione segnalazioni", "36 ore", "≤ 24 ore", "≤ 24 ore", "≤ 18 ore"),
    bi("1.1.3", "Percentuale di ponti e viadotti sottoposti a ispezione periodica", "Catasto delle opere d'arte", "62%", "≥ 75%", "≥ 90%", "100%")]},
   {"code": "1.2", "title": "Sicurezza ed efficientamento energetico degli edifici scolastici", "indicators": [
    bi("1.2.1", "Numero di edifici scolastici dotati di certificato di prevenzione incendi", "Settore Edilizia scolastica", "41", "≥ 46", "≥ 52", "≥ 58"),
    bi("1.2.2", "Importo dei lavori di efficientamento energetico conclusi", "Settore Ragioneria", "€ 2,15 mln", "€ 3,4 mln", "€ 4,1 mln", "")]}]},
  {"code": "2", "title": "Ente efficiente, digitale e trasparente", "objectives": [
   {"code": "2.1", "title": "Transizione digitale dei procedimenti e dei servizi", "indicators": [
    bi("2.1.1", "Percentuale di procedimenti gestiti con fascicolo informatico", "Protocollo informatico", "55%", "≥ 70%", "≥ 85%", "100%"),
    bi("2.1.2", "Numero di servizi on line accessibili con SPID/CIE", "Portale istituzionale", "9", "14", "18", "22"),
    bi("2.1.3", "Grado di affidabilità dei flussi documentali (documenti fascicolati correttamente)", "Audit interno a campione", "91,5%", "≥ 93%", "≥ 95%", "≥ 95%")]},
   {"code": "2.2", "title": "Efficienza della gestione finanziaria", "indicators": [
    bi("2.2.1", "Tempo medio di pagamento delle fatture commerciali", "Piattaforma dei crediti commerciali (PCC)", "24 gg", "≤ 30 gg", "≤ 30 gg", "≤ 30 gg"),
    bi("2.2.2", "Indice di riscossione delle entrate extratributarie in conto competenza", "Settore Ragioneria", "78,3%", "≥ 80%", "≥ 82%", "≥ 85%")]}]},
  {"code": "3", "title": "Ambiente e supporto ai Comuni", "objectives": [
   {"code": "3.1", "title": "Controlli ambientali e autorizzazioni", "indicators": [
    bi("3.1.1", "Numero di controlli sugli impianti termici civili", "Ufficio Energia", "1.250", "≥ 1.300", "≥ 1.350", "≥ 1.400"),
    bi("3.1.2", "Tempo medio di rilascio delle autorizzazioni uniche ambientali (AUA)", "Settore Tutela ambiente", "95 gg", "≤ 90 gg", "≤ 80 gg", "≤ 75 gg")]},
   {"code": "3.2", "title": "Stazione unica appaltante e assistenza ai Comuni", "indicators": [
    bi("3.2.1", "Percentuale di gare della Stazione unica appaltante aggiudicate entro 90 giorni dalla richiesta", "Stazione unica appaltante", "n.d.", "≥ 70%", "≥ 80%", "≥ 85%")]}]}
 ],
 "rischi": {"header": ["Processo", "Evento rischioso", "Livello di rischio", "Misura di prevenzione", "Tempi di attuazione"],
            "rows": [["Affidamento di lavori sotto soglia", "Frazionamento artificioso dell'appalto", "Alto", "Rotazione degli affidatari e controllo a campione", "Entro il 30/06/2025"],
                     ["Rilascio di autorizzazioni ai trasporti eccezionali", "Disparità di trattamento nell'istruttoria", "Medio", "Informatizzazione del procedimento", "Entro il 31/12/2025"],
                     ["Concessioni di occupazione del suolo stradale", "Mancata riscossione del canone", "Medio", "Verifica semestrale degli incassi", "Semestrale"],
                     ["Controlli sugli impianti termici", "Omissione o alterazione dei verbali", "Basso", "Doppia firma dei verbali e tracciabilità", "In atto"]]},
 "personale": {"header": ["Area", "Dotazione al 31/12/2024", "Assunzioni 2025", "Assunzioni 2026", "Assunzioni 2027"],
               "rows": [["Dirigenti", "7", "1", "0", "0"], ["Funzionari ed elevata qualificazione", "98", "6", "4", "3"],
                        ["Istruttori", "141", "5", "3", "3"], ["Operatori esperti", "66", "4", "2", "2"], ["Totale", "312", "16", "9", "8"]]}
}

# ----------------------------------------------------------------------------- C: Comune di Rovigo, PEG (Calc)
def ci(n, ind, um, peso, v24, t25, note=""):
    return {"n": n, "indicator": ind, "um": um, "peso": peso, "v2024": v24, "t2025": t25, "note": note}

C = {
 "name": "comune-rovigo-2025-peg",
 "document": {"issuer": "Comune di Rovigo", "title": "Piano esecutivo di gestione", "year": 2025, "kind": "piano"},
 "cover": ["COMUNE DI ROVIGO", "Settore Programmazione, controllo e affari generali",
           "PIANO ESECUTIVO DI GESTIONE 2025", "Parte seconda – Obiettivi di gestione e indicatori",
           "Approvato con deliberazione della Giunta comunale n. 22 del 6 febbraio 2025"],
 "premessa": ["Premessa",
   "Il Piano esecutivo di gestione 2025 assegna ai responsabili dei Centri di responsabilità gli obiettivi di gestione, le risorse finanziarie e gli indicatori con i quali ne sarà misurato il raggiungimento. Gli obiettivi discendono dagli indirizzi strategici del Documento unico di programmazione 2025–2027 e confluiscono nella sezione Performance del PIAO.",
   "Per ciascun indicatore è riportato il valore rilevato nel 2024, utile al confronto, e il valore atteso per il 2025; il peso esprime la rilevanza dell'indicatore all'interno dell'obiettivo ai fini della valutazione della performance organizzativa."],
 "header": ["N.", "Indicatore", "Unità di misura", "Peso", "Consuntivo 2024", "Target 2025", "Note"],
 "cdr": [
  {"code": "1", "title": "Settore Risorse finanziarie e tributi", "objectives": [
   {"code": "1.1", "title": "Recupero dell'evasione tributaria e equità fiscale", "indicators": [
    ci("1", "Avvisi di accertamento IMU emessi", "numero", "40%", "1.820", "≥ 2.000"),
    ci("2", "Somme riscosse da attività di accertamento tributario", "euro", "40%", "€ 1.106.420,00", "≥ € 1.200.000,00", "Comprende la riscossione coattiva"),
    ci("3", "Tempo medio di definizione delle istanze di rimborso", "giorni", "20%", "74 gg", "≤ 60 gg")]},
   {"code": "1.2", "title": "Tempestività dei pagamenti ai fornitori", "indicators": [
    ci("4", "Indicatore annuale di tempestività dei pagamenti", "giorni", "60%", "-4,1", "≤ 0", "Dato certificato PCC"),
    ci("5", "Percentuale di fatture liquidate entro 30 giorni dal ricevimento", "percentuale", "40%", "91,2%", "≥ 95%")]}]},
  {"code": "2", "title": "Settore Servizi demografici, elettorale e affari generali", "objectives": [
   {"code": "2.1", "title": "Efficienza degli sportelli al cittadino", "indicators": [
    ci("6", "Certificati anagrafici emessi on line tramite ANPR sul totale dei certificati", "percentuale", "35%", "57,6%", "≥ 65%"),
    ci("7", "Tempo medio di attesa allo sportello anagrafe", "minuti", "35%", "22 min", "≤ 15 min", "Rilevazione tramite sistema eliminacode"),
    ci("8", "Carte d'identità elettroniche rilasciate", "numero", "30%", "7.940", "8.500", "Stima sull'affluenza agli sportelli 2024")]},
   {"code": "2.2", "title": "Regolarità delle consultazioni elettorali", "indicators": [
    ci("9", "Rispetto delle scadenze per la revisione dinamica delle liste elettorali", "percentuale", "50%", "100%", "100%"),
    ci("10", "Sezioni rifornite del materiale elettorale entro le ore 16 del giorno precedente il voto", "percentuale", "50%", "100%", "100%")]}]},
  {"code": "3", "title": "Settore Lavori pubblici, patrimonio e verde", "objectives": [
   {"code": "3.1", "title": "Manutenzione del patrimonio ed efficientamento energetico", "indicators": [
    ci("11", "Interventi di manutenzione ordinaria conclusi sul totale delle richieste degli uffici", "percentuale", "30%", "83%", "≥ 85%"),
    ci("12", "Riduzione dei consumi elettrici degli edifici comunali", "percentuale", "40%", "n.d.", "≥ 8%", "Indicatore nuovo: baseline in corso di rilevazione"),
    ci("13", "Importo dei lavori finanziati dal PNRR aggiudicati", "euro", "30%", "€ 3.250.000,00", "≥ 4,5 mln €")]},
   {"code": "3.2", "title": "Cura e sicurezza del verde pubblico", "indicators": [
    ci("14", "Superficie di verde pubblico con manutenzione programmata (mq)", "mq", "50%", "412.000", "≥ 420.000"),
    ci("15", "Tempo medio di intervento sulle segnalazioni di alberature pericolose", "giorni", "50%", "9 gg", "≤ 7 gg")]}]},
  {"code": "4", "title": "Settore Servizi sociali, educativi e istruzione", "objectives": [
   {"code": "4.1", "title": "Servizi per l'infanzia e diritto allo studio", "indicators": [
    ci("16", "Tasso di copertura della domanda di asilo nido", "percentuale", "50%", "79,4%", "≥ 82%"),
    ci("17", "Alunni con disabilità serviti dal trasporto scolastico dedicato", "numero", "50%", "64", "70", "Servizio affidato in concessione")]}]}
 ],
 "budget_header": ["Centro di responsabilità", "Spese correnti", "Spese in conto capitale", "Totale assegnato"],
 "budget_rows": [["1 – Settore Risorse finanziarie e tributi", "€ 4.812.300,00", "€ 120.000,00", "€ 4.932.300,00"],
                 ["2 – Settore Servizi demografici, elettorale e affari generali", "€ 2.376.900,00", "€ 45.000,00", "€ 2.421.900,00"],
                 ["3 – Settore Lavori pubblici, patrimonio e verde", "€ 6.905.450,00", "€ 11.680.000,00", "€ 18.585.450,00"],
                 ["4 – Settore Servizi sociali, educativi e istruzione", "€ 9.118.200,00", "€ 730.000,00", "€ 9.848.200,00"],
                 ["Totale", "€ 23.212.850,00", "€ 12.575.000,00", "€ 35.787.850,00"]],
 "footnote": "Fonte dei dati 2024: rendiconto della gestione 2024 e sistemi informativi dei settori (estrazione al 31/01/2025)."
}

for c in (A, B, C):
    json.dump(c, open(c["name"] + ".content.json", "w"), ensure_ascii=False, indent=1)
    print("wrote", c["name"])
