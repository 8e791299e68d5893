"""Writes the three NAME.content.json files of round r73 (hand-written content)."""
import json
OUT = '/work/blind/r73/'

# ---------------------------------------------------------------- 1. Agenzia (Word -> LibreOffice)
act = {
 "name": "agenzia-coesione-territoriale-2023-relazione",
 "renderer": "docx-libreoffice",
 "document": {"issuer": "Agenzia per la Coesione Territoriale", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "cover": ["Agenzia per la Coesione Territoriale", "Relazione sulla performance", "Anno 2023",
           "(art. 10, comma 1, lettera b), del d.lgs. 27 ottobre 2009, n. 150)",
           "Approvata con decreto del Direttore Generale n. 187 del 26 giugno 2024"],
 "intro": [
  ["1. Presentazione", [
   "La Relazione sulla performance costituisce lo strumento mediante il quale l'Agenzia illustra ai cittadini e a tutti gli stakeholder, interni ed esterni, i risultati ottenuti nel corso dell'anno 2023, concludendo in tal modo il ciclo di gestione della performance avviato con il Piano integrato di attività e organizzazione 2023-2025.",
   "Il documento evidenzia, a consuntivo, i risultati organizzativi raggiunti rispetto ai singoli obiettivi programmati e alle risorse assegnate, con rilevazione degli eventuali scostamenti registrati nel corso dell'anno, indicandone la causa e le misure correttive da adottare."]],
  ["2. L'Agenzia e il contesto di riferimento", [
   "L'Agenzia per la Coesione Territoriale, istituita dall'art. 10 del decreto-legge 31 agosto 2013, n. 101, sostiene, promuove e accompagna, secondo criteri di efficacia e di efficienza, programmi e progetti per lo sviluppo e la coesione economica, sociale e territoriale. L'anno 2023 è stato caratterizzato dalla chiusura della programmazione 2014-2020, dall'avvio dei programmi del ciclo 2021-2027 e dal riordino delle funzioni in materia di politiche di coesione disposto dal decreto-legge 19 settembre 2023, n. 124.",
   "Al 31 dicembre 2023 prestavano servizio presso l'Agenzia 198 unità di personale, di cui 21 dirigenti. Le risorse finanziarie gestite nell'esercizio sono riepilogate nella tabella seguente."]],
 ],
 "budget": {"caption": "Tabella 1 – Risorse finanziarie dell'esercizio 2023 (valori in euro)",
   "header": ["Voce", "Previsioni definitive", "Impegni", "Pagamenti"],
   "rows": [["Spese di personale", "€ 14.382.000,00", "€ 13.915.446,12", "€ 13.702.118,40"],
            ["Spese di funzionamento", "€ 5.120.500,00", "€ 4.610.237,85", "€ 3.998.412,06"],
            ["Assistenza tecnica ai programmi", "€ 22.750.000,00", "€ 19.884.105,33", "€ 12.406.870,91"],
            ["Investimenti", "€ 1.250.000,00", "€ 1.031.662,50", "€ 744.209,18"],
            ["Totale", "€ 43.502.500,00", "€ 39.441.451,80", "€ 30.851.610,55"]]},
 "results_heading": "3. I risultati della performance organizzativa",
 "results_intro": "Di seguito sono riportati, per ciascuna area strategica, gli obiettivi strategici assegnati per il 2023 e i relativi indicatori, con l'indicazione del target, del valore conseguito, della percentuale di realizzazione e di una breve descrizione del risultato raggiunto. In calce a ciascuna tabella è riportato l'esito complessivo dell'obiettivo.",
 "header": ["Indicatore strategico", "Target 2023", "Actual", "% realizzazione", "Breve descrizione del risultato raggiunto"],
 "areas": [
  {"code": "1", "title": "Accelerazione della spesa dei fondi per la coesione", "objectives": [
   {"code": "1.1", "title": "Rafforzare l'accompagnamento alle amministrazioni titolari dei programmi", "level": "strategic",
    "status_line": "Esito: OBIETTIVO RAGGIUNTO", "status_text": "OBIETTIVO RAGGIUNTO", "status": "achieved", "after": [],
    "rows": [
     ["Numero di amministrazioni titolari supportate con task force dedicate", "≥ 25", "31", "100%",
      "Nel corso del 2023 sono state attivate task force presso 31 amministrazioni titolari di programmi operativi, regionali e nazionali, con particolare riguardo alle amministrazioni delle regioni meno sviluppate. Le task force hanno operato sia sul versante della chiusura della programmazione 2014-2020, sia sul versante dell'avvio dei programmi 2021-2027, garantendo supporto nella predisposizione dei sistemi di gestione e controllo e nella selezione delle operazioni."],
     ["Percentuale di programmi 2014-2020 che hanno raggiunto il target di spesa certificata al 31 dicembre", "≥ 90%", "94,2%", "100%",
      "Su 51 programmi operativi cofinanziati dai fondi strutturali, 48 hanno raggiunto il target di spesa certificata alla Commissione europea entro il 31 dicembre 2023, evitando il disimpegno automatico delle risorse. Per i restanti programmi sono state concordate misure di riprogrammazione verso operazioni coerenti già concluse."],
     ["Tempo medio di riscontro alle richieste di assistenza tecnica pervenute dalle amministrazioni", "≤ 30 gg", "22 gg", "100%",
      "Il tempo medio di riscontro è stato calcolato su 412 richieste pervenute tramite il sistema di ticketing dell'Agenzia. Il risultato è stato favorito dalla riorganizzazione del servizio di help desk e dalla pubblicazione di un repertorio di risposte alle domande più frequenti."]]},
   {"code": "1.2", "title": "Migliorare la sorveglianza sull'attuazione degli interventi finanziati dal Fondo per lo Sviluppo e la Coesione", "level": "strategic",
    "status_line": "Esito: OBIETTIVO PARZIALMENTE RAGGIUNTO", "status_text": "OBIETTIVO PARZIALMENTE RAGGIUNTO", "status": "partially_achieved",
    "after": ["Lo scostamento registrato sull'ultimo indicatore è riconducibile al rallentamento delle procedure di aggiudicazione dei lavori conseguente all'entrata in vigore del nuovo Codice dei contratti pubblici e all'aumento dei costi dei materiali da costruzione, che hanno inciso in misura significativa sui cronoprogrammi degli interventi infrastrutturali."],
    "rows": [
     ["Percentuale di interventi FSC sottoposti a verifica in loco", "≥ 5%", "6,8%", "100%",
      "Sono state effettuate 286 verifiche in loco su un universo di 4.205 interventi in corso di attuazione, selezionati secondo un campionamento basato sull'analisi del rischio. Le verifiche hanno riguardato prevalentemente interventi infrastrutturali di importo superiore a 5 milioni di euro e hanno consentito di individuare tempestivamente 37 situazioni di criticità, segnalate alle amministrazioni titolari per l'adozione delle necessarie misure correttive."],
     ["Numero di relazioni di sorveglianza trasmesse al Dipartimento per le politiche di coesione", "4", "4", "100%",
      "Le relazioni trimestrali sullo stato di attuazione dei Piani sviluppo e coesione sono state trasmesse nei termini previsti e pubblicate in forma sintetica sul sito istituzionale."],
     ["Riduzione dei progetti FSC in stato di criticità attuativa rispetto al 31 dicembre 2022", "≥ 10%", "7,5%", "75%",
      "I progetti in stato di criticità attuativa sono passati da 1.124 a 1.040. La riduzione, pur significativa, risulta inferiore al target atteso; il dettaglio delle cause è illustrato di seguito."]]},
  ]},
  {"code": "2", "title": "Capacità amministrativa e trasparenza", "objectives": [
   {"code": "2.1", "title": "Sviluppare il sistema di monitoraggio unitario delle politiche di coesione", "level": "strategic",
    "status_line": "Esito: OBIETTIVO RAGGIUNTO", "status_text": "OBIETTIVO RAGGIUNTO", "status": "achieved", "after": [],
    "rows": [
     ["Grado di completamento del nuovo sistema di monitoraggio (moduli rilasciati / moduli previsti)", "100%", "100%", "100%",
      "Sono stati rilasciati in esercizio tutti i sei moduli previsti dal piano di sviluppo, tra cui il modulo per la rilevazione dei dati finanziari dei programmi 2021-2027 e il modulo di interoperabilità con il sistema ReGiS. Il collaudo si è concluso il 14 dicembre 2023 e il sistema è pienamente operativo per tutte le amministrazioni titolari."],
     ["Percentuale di dati di monitoraggio validati entro la scadenza bimestrale", "≥ 85%", "88,4%", "100%",
      "Il dato è la media delle sei scadenze bimestrali dell'anno. Nelle ultime due scadenze la percentuale ha superato il 92% grazie all'introduzione dei controlli automatici di coerenza al momento del caricamento."],
     ["Numero di dataset pubblicati in formato aperto sul portale OpenCoesione", "≥ 12", "15", "100%",
      "Sono stati pubblicati quindici dataset aggiornati con cadenza bimestrale, con un incremento degli accessi al portale del 18% rispetto all'anno precedente. È stata inoltre avviata la pubblicazione dei dati relativi ai progetti del ciclo 2021-2027."]]},
   {"code": "2.2", "title": "Prevenire la corruzione e assicurare la trasparenza dell'azione amministrativa", "level": "strategic",
    "status_line": "Esito: OBIETTIVO RAGGIUNTO", "status_text": "OBIETTIVO RAGGIUNTO", "status": "achieved", "after": [],
    "rows": [
     ["Percentuale di misure del PTPCT attuate nei termini previsti", "100%", "96%", "96%",
      "Sono state attuate nei termini 48 misure su 50. Le due misure non completate, relative alla rotazione ordinaria del personale di un ufficio dirigenziale, sono state riprogrammate nel PIAO 2024-2026 in ragione della ridotta consistenza dell'organico."],
     ["Tempo medio di pubblicazione degli atti nella sezione Amministrazione trasparente", "≤ 5 gg", "3 gg", "100%",
      "Il tempo medio è stato rilevato su un campione di 120 atti. Il risultato è stato ottenuto grazie all'automazione del flusso di pubblicazione dal sistema di protocollo informatico."],
     ["Numero di dipendenti formati in materia di prevenzione della corruzione", "≥ 150", "N° 162 su 198 dipendenti", "100%",
      "La formazione è stata erogata in modalità e-learning attraverso la piattaforma Syllabus e con due sessioni in presenza dedicate al personale degli uffici a più elevato rischio corruttivo."]]},
  ]},
  {"code": "3", "title": "Efficienza organizzativa e valorizzazione delle persone", "objectives": [
   {"code": "3.1", "title": "Valorizzare il capitale umano e migliorare il benessere organizzativo", "level": "strategic",
    "status_line": "Esito: OBIETTIVO PARZIALMENTE RAGGIUNTO", "status_text": "OBIETTIVO PARZIALMENTE RAGGIUNTO", "status": "partially_achieved", "after": [],
    "rows": [
     ["Ore medie di formazione pro capite erogate al personale", "≥ 24 ore", "27,5 ore", "100%",
      "Nel corso dell'anno sono state erogate complessivamente 5.445 ore di formazione, con particolare attenzione alle competenze digitali, alla gestione dei fondi europei e alla contrattualistica pubblica."],
     ["Percentuale di posizioni del piano dei fabbisogni 2023 coperte", "≥ 80%", "72%", "90%",
      "Sono state coperte 36 delle 50 posizioni previste dal piano dei fabbisogni. Lo scostamento è dovuto all'esito di due procedure concorsuali per funzionari tecnici, andate parzialmente deserte, che saranno riproposte nel 2024."]]},
  ]},
 ],
 "closing": [["4. Il processo di redazione della Relazione", [
   "La presente Relazione è stata predisposta dall'Ufficio di staff Pianificazione e controllo di gestione sulla base dei dati forniti dai dirigenti responsabili degli obiettivi ed è stata sottoposta alla validazione dell'Organismo indipendente di valutazione ai sensi dell'art. 14, comma 4, lettera c), del d.lgs. n. 150/2009."]]],
}

# ---------------------------------------------------------------- 2. INAF (reportlab, sans)
inaf_rows = lambda *r: list(r)
inaf = {
 "name": "inaf-2023-relazione",
 "renderer": "reportlab",
 "document": {"issuer": "Istituto Nazionale di Astrofisica", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "cover": ["INAF", "Istituto Nazionale di Astrofisica", "Relazione sulla performance 2023",
           "Approvata dal Consiglio di Amministrazione con delibera n. 52/2024 del 27 giugno 2024"],
 "intro": [
  ["1. Premessa", [
   "La presente Relazione rendiconta i risultati conseguiti dall'Istituto Nazionale di Astrofisica nell'anno 2023 rispetto agli obiettivi definiti nella sezione Valore pubblico, performance e anticorruzione del PIAO 2023-2025. Gli obiettivi sono articolati in obiettivi generali, coerenti con il Documento di visione strategica decennale, e in obiettivi specifici, misurati attraverso indicatori chiave di prestazione (KPI).",
   "Per ciascun obiettivo specifico è riportata una scheda che indica, per ogni KPI, il valore di partenza (baseline, riferito al 31 dicembre 2022), il target annuale, il valore consuntivo al 31 dicembre 2023, lo scostamento percentuale rispetto al target e le eventuali note del responsabile."]],
  ["2. Le risorse umane", [
   "La tabella seguente riporta la consistenza del personale a tempo indeterminato e determinato in servizio presso le strutture dell'Istituto al 31 dicembre 2023."]],
 ],
 "staff": {"caption": "Tabella 1 – Personale in servizio al 31/12/2023",
   "header": ["Profilo", "Tempo indeterminato", "Tempo determinato", "Totale"],
   "rows": [["Ricercatori e tecnologi", "742", "88", "830"], ["Personale tecnico", "356", "41", "397"],
            ["Personale amministrativo", "289", "17", "306"], ["Dirigenti amministrativi", "4", "1", "5"],
            ["Totale", "1.391", "147", "1.538"]]},
 "results_heading": "3. Schede degli obiettivi specifici",
 "header": ["Cod.", "KPI", "Baseline", "Target", "Consuntivo", "Scostamento", "Note"],
 "generals": [
  {"code": "1", "title": "Eccellenza e impatto della ricerca astrofisica", "objectives": [
   {"code": "1.1", "title": "Incrementare la produzione scientifica di qualità e la partecipazione ai grandi progetti internazionali", "rows": [
    ["1.1.1", "Numero di pubblicazioni su riviste internazionali con referaggio", "1.412", "≥ 1.450", "1.563", "+7,8%", "Il dato è estratto dal sistema di monitoraggio della produzione scientifica ed è riferito alle pubblicazioni con almeno un autore afferente all'Istituto. Oltre il 60% delle pubblicazioni è apparso su riviste collocate nel primo quartile della rispettiva area disciplinare."],
    ["1.1.2", "Percentuale di pubblicazioni in accesso aperto", "68%", "≥ 75%", "81,3%", "+8,4%", "L'incremento è dovuto all'adozione della policy di Istituto sull'accesso aperto e al deposito sistematico dei preprint nell'archivio istituzionale."],
    ["1.1.3", "Numero di progetti internazionali con ruolo di coordinamento o co-coordinamento INAF", "24", "≥ 26", "29", "+11,5%", "Tra i nuovi progetti si segnalano la partecipazione con ruolo di co-coordinamento alle attività di costruzione del Cherenkov Telescope Array Observatory e il coordinamento di due consorzi per strumenti di missioni spaziali ESA."],
    ["1.1.4", "Tempo medio di rilascio dei dati osservativi all'archivio pubblico dopo il periodo proprietario", "60 gg", "≤ 45 gg", "38 gg", "-15,6%", "Il valore è calcolato sui dataset dei telescopi nazionali. Lo scostamento è positivo, trattandosi di un indicatore per il quale un valore inferiore al target rappresenta un miglioramento."]]},
   {"code": "1.2", "title": "Aumentare la capacità di attrazione di finanziamenti competitivi nazionali ed europei", "rows": [
    ["1.2.1", "Importo dei finanziamenti competitivi acquisiti nell'anno", "€ 38.450.000", "≥ € 40.000.000", "€ 46.812.330", "+17,0%", "L'importo comprende i finanziamenti acquisiti su bandi Horizon Europe, ERC, ASI e PRIN. Il risultato beneficia in misura rilevante dei progetti finanziati nell'ambito del PNRR, Missione 4, Componente 2, per il potenziamento delle infrastrutture di ricerca."],
    ["1.2.2", "Tasso di successo delle proposte presentate su bandi europei", "18%", "≥ 20%", "17,4%", "-13,0%", "Il tasso risente dell'elevata competitività dei bandi ERC del 2023, a fronte di un numero di proposte presentate in crescita del 12% rispetto all'anno precedente. L'Istituto ha avviato un servizio di supporto alla progettazione dedicato ai ricercatori più giovani, con sessioni di revisione delle proposte da parte di valutatori esperti, i cui effetti sono attesi a partire dai bandi 2024. Si segnala inoltre che due proposte, pur valutate positivamente, non sono state finanziate per esaurimento delle risorse disponibili e sono state ammesse al finanziamento nazionale sostitutivo previsto dal MUR."],
    ["1.2.3", "Numero di assegni di ricerca e borse di dottorato finanziati su fondi esterni", "96", "≥ 100", "112", "+12,0%", "n.d."],
    ["1.2.4", "Grado di realizzazione del piano di rendicontazione dei progetti PNRR", "n.d.", "100%", "100%", "0,0%", "Tutte le rendicontazioni previste per il 2023 sono state trasmesse nei termini sulla piattaforma ReGiS."]]},
  ]},
  {"code": "2", "title": "Infrastrutture di ricerca e terza missione", "objectives": [
   {"code": "2.1", "title": "Garantire l'efficienza operativa delle infrastrutture osservative nazionali", "rows": [
    ["2.1.1", "Percentuale di notti osservative utili al Telescopio Nazionale Galileo", "82%", "≥ 80%", "84,6%", "+5,8%", "Il risultato è stato conseguito nonostante l'interruzione di nove notti dovuta agli interventi di manutenzione straordinaria della cupola programmati nel mese di maggio."],
    ["2.1.2", "Percentuale di tempo di funzionamento del Sardinia Radio Telescope", "88%", "≥ 90%", "91,2%", "+1,3%", "Il tempo di funzionamento è calcolato al netto delle interruzioni programmate per le attività di aggiornamento dei ricevitori finanziate dal PNRR."],
    ["2.1.3", "Numero di ore di osservazione assegnate a utenti esterni", "3.850", "≥ 4.000", "4.216", "+5,4%", "Le ore sono state assegnate con bandi competitivi aperti alla comunità scientifica internazionale."],
    ["2.1.4", "Costi di manutenzione ordinaria delle infrastrutture osservative", "€ 2.940.000", "≤ € 3.000.000", "€ 3.185.420", "+6,2%", "Il superamento del target è dovuto all'aumento dei costi dell'energia e dei contratti di manutenzione degli impianti di climatizzazione delle sale strumenti."]]},
   {"code": "2.2", "title": "Rafforzare il public engagement e il trasferimento tecnologico", "rows": [
    ["2.2.1", "Numero di iniziative di divulgazione rivolte alle scuole e al pubblico", "410", "≥ 420", "468", "+11,4%", "Le iniziative comprendono le attività del portale EduINAF, le visite agli osservatori e la partecipazione alla Notte europea dei ricercatori."],
    ["2.2.2", "Numero di domande di brevetto depositate", "3", "4", "2", "-50,0%", "Il risultato risente del posticipo al 2024 del deposito di due domande relative a tecnologie per ottiche adattive."],
    ["2.2.3", "Numero di contratti di ricerca commissionata e conto terzi stipulati", "14", "≥ 15", "Obiettivo sospeso", "n.d.", "Le attività sono state sospese a seguito della revisione del regolamento per le prestazioni conto terzi, approvato dal Consiglio di Amministrazione nel mese di novembre 2023."],
    ["2.2.4", "Percentuale di progetti di terza missione registrati nella banca dati ANVUR", "70%", "≥ 85%", "n.d.", "n.d.", "Il dato non è disponibile: la campagna di rilevazione ANVUR si chiuderà nel mese di settembre 2024."]]},
  ]},
  {"code": "3", "title": "Efficienza e semplificazione amministrativa", "objectives": [
   {"code": "3.1", "title": "Semplificare e digitalizzare i processi amministrativi", "rows": [
    ["3.1.1", "Tempo medio di pagamento delle fatture commerciali", "27 gg", "≤ 30 gg", "24 gg", "-20,0%", "Indicatore di tempestività dei pagamenti calcolato ai sensi del d.P.C.M. 22 settembre 2014."],
    ["3.1.2", "Percentuale di procedure di acquisto gestite su piattaforma telematica", "74%", "100%", "100%", "0,0%", "Dal 1° gennaio 2024 tutte le procedure sono gestite sulla piattaforma di approvvigionamento digitale certificata."],
    ["3.1.3", "Riduzione dei tempi medi di conclusione delle procedure di reclutamento", "210 gg", "≤ 180 gg", "176 gg", "-2,2%", None]]},
  ]},
 ],
 "closing": [["4. Conclusioni", [
   "Nel complesso, dei 19 KPI monitorati, 14 hanno raggiunto o superato il target, 3 non lo hanno raggiunto e per 2 il dato non è disponibile o l'obiettivo è stato sospeso. Gli esiti della presente Relazione saranno utilizzati per l'aggiornamento degli obiettivi del PIAO 2025-2027."]]],
}

# ---------------------------------------------------------------- 3. Regione (LaTeX-like via reportlab)
sard = {
 "name": "regione-sardegna-2023-relazione",
 "renderer": "reportlab-latexlike",
 "document": {"issuer": "Regione Autonoma della Sardegna", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "cover": ["REGIONE AUTONOMA DELLA SARDEGNA", "Direzione generale della Presidenza", "Relazione sulla performance", "Anno 2023",
           "Ufficio del controllo interno di gestione — giugno 2024"],
 "intro": [
  ["1 Introduzione", [
   "La Relazione sulla performance dell'Amministrazione regionale illustra i risultati organizzativi conseguiti nell'anno 2023 con riferimento agli obiettivi strategici definiti nel Piano della prestazione organizzativa 2023-2025, approvato con deliberazione della Giunta regionale n. 9/12 del 16 marzo 2023.",
   "Gli obiettivi strategici sono raggruppati per area strategica, in coerenza con le priorità del Programma regionale di sviluppo. Per ogni obiettivo sono indicati gli indicatori, il peso attribuito, il target per il 2023, il valore rilevato e l'esito. Le tabelle sono state predisposte sulla base dei dati validati dall'Ufficio del controllo interno di gestione."]],
  ["2 Le risorse finanziarie", [
   "La tabella seguente riassume gli stanziamenti definitivi e gli impegni dell'esercizio 2023 per le missioni di bilancio di maggiore rilievo rispetto agli obiettivi strategici."]],
 ],
 "budget": {"caption": "Tabella 1: Stanziamenti e impegni per missione (esercizio 2023, milioni di euro)",
   "header": ["Missione", "Stanziamento definitivo", "Impegnato", "% impegno"],
   "rows": [["13 – Tutela della salute", "3.912,4", "3.874,1", "99,0%"],
            ["09 – Sviluppo sostenibile e tutela del territorio", "418,7", "352,9", "84,3%"],
            ["15 – Politiche per il lavoro e la formazione", "286,2", "241,5", "84,4%"],
            ["12 – Diritti sociali e famiglia", "512,9", "498,0", "97,1%"]]},
 "results_heading": "3 I risultati per area strategica",
 "header": ["Obiettivo", "Indicatore", "Peso", "Target 2023", "Valore 2023", "Esito"],
 "areas": [
  {"code": "1", "title": "Sanità e politiche sociali", "objectives": [
   {"code": "1.1", "title": "Potenziare la rete dell'assistenza territoriale e delle Case della Comunità", "rows": [
     ["Percentuale di Case della Comunità con progetto esecutivo approvato", "40%", "100%", "100%", "Raggiunto"],
     ["Numero di Centrali operative territoriali attivate", "30%", "≥ 16", "16", "Raggiunto"],
     ["Tasso di presa in carico in assistenza domiciliare integrata della popolazione over 65", "30%", "≥ 6%", "5,4%", "Parzialmente raggiunto"]]},
   {"code": "1.2", "title": "Ridurre i tempi di attesa per le prestazioni specialistiche ambulatoriali", "rows": [
     ["Percentuale di prime visite in classe di priorità B erogate entro 10 giorni", "60%", "≥ 90%", "78,2%", "Non raggiunto"],
     ["Tempo medio di attesa per le prestazioni diagnostiche di classe D", "40%", "≤ 60 gg", "54 gg", "Raggiunto"]]},
  ]},
  {"code": "2", "title": "Ambiente, territorio e transizione ecologica", "objectives": [
   {"code": "2.1", "title": "Accelerare la spesa per la difesa del suolo e la mitigazione del rischio idrogeologico", "rows": [
     ["Importo delle risorse impegnate per interventi di mitigazione del rischio idrogeologico", "40%", "≥ € 45.000.000,00", "€ 51.326.870,00", "Raggiunto"],
     ["Percentuale di interventi finanziati con lavori avviati entro il 31 dicembre", "30%", "≥ 70%", "73%", "Raggiunto"],
     ["Numero di piani comunali di protezione civile aggiornati con il supporto della Regione", "30%", "≥ 60", "44", "Non raggiunto"]]},
   {"code": "2.2", "title": "Promuovere l'economia circolare e la riduzione dei rifiuti urbani", "rows": [
     ["Percentuale di raccolta differenziata a livello regionale", "50%", "≥ 76%", "76,4%", "Raggiunto"],
     ["Tempi medi di rilascio delle autorizzazioni uniche per impianti di recupero dei rifiuti", "50%", "≤ 150 gg", "132 gg", "Raggiunto"]]},
  ]},
  {"code": "3", "title": "Lavoro, formazione e sviluppo economico", "objectives": [
   {"code": "3.1", "title": "Rafforzare le politiche attive del lavoro nell'ambito del programma GOL", "rows": [
     ["Numero di beneficiari del programma GOL presi in carico dai Centri per l'impiego", "40%", "≥ 35.000", "38.912", "Raggiunto"],
     ["Percentuale di beneficiari GOL avviati a percorsi di formazione", "30%", "≥ 25%", "19,6%", "Parzialmente raggiunto"],
     ["Tempo medio di erogazione delle indennità di tirocinio", "30%", "≤ 60 gg", "n.d.", "Sospeso"]]},
   {"code": "3.2", "title": "Sostenere la competitività delle imprese e l'accesso al credito", "rows": [
     ["Tempo medio di istruttoria delle domande di agevolazione presentate dalle PMI", "50%", "≤ 90 gg", "71 gg", "Raggiunto"],
     ["Grado di utilizzo della dotazione del Fondo regionale di garanzia", "50%", "≥ 70%", "82,5%", "Raggiunto"]]},
  ]},
 ],
 "legend": "Legenda della colonna Esito – Raggiunto: valore pari o migliore del target; Parzialmente raggiunto: valore compreso tra l'80% e il 99% del target; Non raggiunto: valore inferiore all'80% del target; Sospeso: obiettivo sospeso per cause non imputabili alla struttura.",
 "closing": [["4 Considerazioni conclusive", [
   "Dei 15 indicatori associati agli obiettivi strategici, 10 risultano raggiunti, 2 parzialmente raggiunti, 2 non raggiunti e uno sospeso. Le cause degli scostamenti sono state analizzate con le Direzioni generali competenti nell'ambito del monitoraggio di fine anno e sono state considerate nella definizione degli obiettivi del PIAO 2024-2026."]]],
}

for c in (act, inaf, sard):
    json.dump(c, open(OUT + c['name'] + '.content.json', 'w'), ensure_ascii=False, indent=1)
print('ok')
