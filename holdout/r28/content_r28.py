"""Writes the three r28 content files (content as data, hand-written)."""
import json
R, P, N = 'Raggiunto', 'Parzialmente raggiunto', 'Non raggiunto'

asl = {
 "name": "asl-citta-torino-2024-relazione",
 "document": {"issuer": "Azienda Sanitaria Locale Città di Torino", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "cover": {"region": "Regione Piemonte", "short": "ASL Città di Torino", "issuer": "Azienda Sanitaria Locale Città di Torino",
           "title": "Relazione sulla performance 2024", "sub": "ai sensi dell'art. 10, comma 1, lett. b) del D.Lgs. 150/2009",
           "foot": "Adottata con Deliberazione del Direttore Generale n. 812 del 27/06/2025 — Validata dall'OIV in data 15/07/2025"},
 "intro": [
  "La presente Relazione illustra i risultati organizzativi conseguiti dall'Azienda nell'anno 2024 rispetto agli obiettivi programmati nella sottosezione Performance del PIAO 2024-2026. I dati sono estratti dal sistema informativo di gestione del ciclo della performance e riportano, per ciascun indicatore, il valore atteso, il valore rilevato al 31/12/2024 e l'esito della valutazione.",
  "L'esito è attribuito secondo il Sistema di misurazione e valutazione della performance: Raggiunto per un grado di conseguimento pari o superiore al 95%, Parzialmente raggiunto tra il 60% e il 94%, Non raggiunto al di sotto del 60%."],
 "staff_title": "Personale in servizio al 31/12/2024",
 "staff_header": ["Ruolo", "Tempo indeterminato", "Tempo determinato", "Totale", "Variazione su 2023"],
 "staff_rows": [["Dirigenza medica e veterinaria", "1.184", "46", "1.230", "+ 22"],
                ["Dirigenza sanitaria non medica", "162", "9", "171", "+ 4"],
                ["Personale del comparto – ruolo sanitario", "3.911", "128", "4.039", "+ 57"],
                ["Personale del comparto – ruolo socio-sanitario", "742", "31", "773", "- 6"],
                ["Personale tecnico e amministrativo", "1.286", "24", "1.310", "- 18"],
                ["Totale", "7.285", "238", "7.523", "+ 59"]],
 "header": ["Obiettivo operativo", "Cod.", "Indicatore", "Peso", "Target 2024", "Valore 2024", "Esito", "Note"],
 "areas": [
  {"code": "1", "title": "Prevenzione e sanità pubblica", "objectives": [
    {"code": "1.1", "title": "Aumentare l'adesione ai programmi di screening oncologico", "rows": [
      {"code": "PRE.01", "indicator": "Percentuale di donne di età compresa tra 50 e 69 anni che hanno effettuato la mammografia di screening nell'ambito del programma regionale Prevenzione Serena, rispetto alla popolazione bersaglio annuale al netto delle esclusioni definitive", "weight": "6%", "target": ">= 60%", "actual": "63,4%", "status": R, "notes": "Dato da flusso regionale SQTM aggiornato al 28/02/2025", "better": "higher"},
      {"code": "PRE.02", "indicator": "Percentuale di persone di età 50-69 anni che hanno eseguito il test per la ricerca del sangue occulto fecale o la rettosigmoidoscopia nell'anno di riferimento", "weight": "5%", "target": ">= 50%", "actual": "41,7%", "status": P, "notes": "Adesione in calo nei distretti Nord-Est e Nord-Ovest; avviata campagna di richiamo telefonico con le farmacie convenzionate a partire da ottobre 2024, i cui effetti saranno misurabili nel 2025", "better": "higher"},
      {"code": "PRE.03", "indicator": "Estensione corretta dello screening cervico-vaginale con HPV test primario (inviti validi sulla popolazione target 30-64 anni)", "weight": "4%", "target": ">= 95%", "actual": "97,1%", "status": R, "notes": None, "better": "higher"}]},
    {"code": "1.2", "title": "Rafforzare le coperture vaccinali dell'infanzia e della popolazione anziana", "rows": [
      {"code": "PRE.04", "indicator": "Copertura vaccinale a 24 mesi per ciclo base (esavalente: polio, difterite, tetano, epatite B, pertosse, Haemophilus influenzae tipo b) nei nati della coorte 2022 residenti nel territorio aziendale", "weight": "5%", "target": ">= 95%", "actual": "95,8%", "status": R, "notes": None, "better": "higher"},
      {"code": "PRE.05", "indicator": "Copertura vaccinale antinfluenzale nella popolazione di età pari o superiore a 65 anni nella campagna 2024/2025, comprensiva delle somministrazioni effettuate dai medici di medicina generale e dalle farmacie aderenti all'accordo regionale", "weight": "4%", "target": ">= 75%", "actual": "58,2%", "status": N, "notes": "Valore in linea con la media regionale (56,9%). Il target ministeriale minimo del 75% non è stato raggiunto da alcuna ASL piemontese; l'OIV ha preso atto della motivazione", "better": "higher"},
      {"code": "PRE.06", "indicator": "Numero di controlli ufficiali sulla sicurezza alimentare effettuati presso gli operatori del settore alimentare registrati", "weight": "3%", "target": "almeno 4.200 controlli", "actual": "4.517", "status": R, "notes": None, "better": "higher"}]}]},
  {"code": "2", "title": "Assistenza territoriale e governo delle liste d'attesa", "objectives": [
    {"code": "2.1", "title": "Garantire i tempi massimi di attesa per le prestazioni ambulatoriali", "rows": [
      {"code": "TER.01", "indicator": "Percentuale di prime visite specialistiche con priorità B (breve) erogate entro 10 giorni dalla prenotazione, calcolata sulle prestazioni traccianti del Piano nazionale di governo delle liste d'attesa (PNGLA) 2019-2021 monitorate in modalità ex ante", "weight": "7%", "target": ">= 90%", "actual": "86,3%", "status": P, "notes": "Criticità su visita oculistica e dermatologica; attivate sedute aggiuntive in regime di prestazioni aggiuntive da settembre", "better": "higher"},
      {"code": "TER.02", "indicator": "Tempo medio di attesa per la prima visita cardiologica con priorità D (differibile)", "weight": "5%", "target": "≤ 30 gg", "actual": "34 gg", "status": P, "notes": None, "better": "lower"},
      {"code": "TER.03", "indicator": "Percentuale di prescrizioni specialistiche ambulatoriali dematerializzate che riportano la classe di priorità e il quesito diagnostico, sul totale delle prescrizioni di prime visite e primi accessi effettuate dai medici prescrittori dipendenti e convenzionati", "weight": "3%", "target": ">= 98%", "actual": "99,1%", "status": R, "notes": None, "better": "higher"}]},
    {"code": "2.2", "title": "Potenziare l'assistenza domiciliare integrata e le Case della Comunità", "rows": [
      {"code": "TER.04", "indicator": "Percentuale di assistiti over 65 presi in carico in assistenza domiciliare integrata (ADI) rispetto alla popolazione residente di pari età, secondo il target PNRR Missione 6 Componente 1 assegnato all'Azienda", "weight": "7%", "target": ">= 10%", "actual": "8,9%", "status": P, "notes": "Presa in carico cresciuta di 2,1 punti rispetto al 2023; il target PNRR è riferito al 2026", "better": "higher"},
      {"code": "TER.05", "indicator": "Numero di Case della Comunità attivate con presenza medica e infermieristica h12, sei giorni su sette", "weight": "5%", "target": "9", "actual": "7", "status": N, "notes": "Ritardi nei lavori di adeguamento delle sedi di via Gorizia e corso Corsica; attivazione prevista entro giugno 2025", "better": "higher"},
      {"code": "TER.06", "indicator": "Attivazione della Centrale operativa territoriale (COT) con operatività 7 giorni su 7 e integrazione con il sistema di telemonitoraggio regionale", "weight": "4%", "target": "Attivazione entro il 30/09/2024", "actual": "Attivata il 16/09/2024", "status": R, "notes": None, "better": None}]}]},
  {"code": "3", "title": "Sostenibilità economica, trasparenza e prevenzione della corruzione", "objectives": [
    {"code": "3.1", "title": "Rispettare i tempi di pagamento e l'equilibrio economico", "rows": [
      {"code": "ECO.01", "indicator": "Indicatore annuale di tempestività dei pagamenti (ITP) calcolato ai sensi del DPCM 22/09/2014 sulle fatture commerciali ricevute nell'anno", "weight": "6%", "target": "≤ 0 gg", "actual": "-4,2 gg", "status": R, "notes": "Anticipo medio rispetto alla scadenza", "better": "lower"},
      {"code": "ECO.02", "indicator": "Rispetto del tetto di spesa per dispositivi medici assegnato dalla Regione", "weight": "6%", "target": "≤ € 98.400.000,00", "actual": "€ 101.260.000,00", "status": P, "notes": "Scostamento del 2,9% dovuto all'incremento dell'attività chirurgica per il recupero delle liste d'attesa", "better": None},
      {"code": "ECO.03", "indicator": "Grado di utilizzo della piattaforma regionale di e-procurement per gli acquisti di beni e servizi sottosoglia comunitaria", "weight": "4%", "target": "100%", "actual": "100%", "status": R, "notes": None, "better": "higher"}]},
    {"code": "3.2", "title": "Assicurare la trasparenza e la prevenzione della corruzione", "rows": [
      {"code": "ANT.01", "indicator": "Percentuale di obblighi di pubblicazione della sezione Amministrazione trasparente assolti alla data di rilevazione dell'OIV, ponderati secondo la griglia ANAC (completezza, aggiornamento e apertura del formato)", "weight": "5%", "target": ">= 90%", "actual": "93%", "status": R, "notes": "Attestazione OIV del 28/06/2024", "better": "higher"},
      {"code": "ANT.02", "indicator": "Numero di dipendenti formati in materia di prevenzione della corruzione e codice di comportamento, con particolare riferimento alle aree a rischio individuate nella mappatura dei processi", "weight": "4%", "target": "almeno 1.500 dipendenti", "actual": "1.322", "status": P, "notes": "Corso FAD erogato in due edizioni; la terza edizione è slittata a febbraio 2025", "better": "higher"},
      {"code": "ANT.03", "indicator": "Tempo medio di conclusione dei procedimenti di accesso civico generalizzato", "weight": "3%", "target": "entro 30 gg", "actual": "n.d.", "status": N, "notes": "Registro degli accessi non alimentato in modo completo nel secondo semestre", "better": "lower"}]}]}]
}

comune = {
 "name": "comune-reggio-emilia-2025-piao",
 "document": {"issuer": "Comune di Reggio Emilia", "title": "Piano integrato di attività e organizzazione", "year": 2025, "kind": "piao"},
 "cover": {"issuer": "Comune di Reggio Emilia", "title": "Piano integrato di attività e organizzazione 2025-2027",
           "section": "Sezione 2 – Valore pubblico, performance e anticorruzione", "sub": "Sottosezione 2.2 – Performance",
           "foot": "Approvato con deliberazione di Giunta comunale n. 31 del 30/01/2025"},
 "intro": [
  "La sottosezione Performance declina gli indirizzi del Documento Unico di Programmazione 2025-2027 in obiettivi strategici e operativi, assegnati ai dirigenti dei Servizi. Per ciascun obiettivo operativo sono indicati gli indicatori di risultato, il valore di partenza rilevato al 31/12/2024 e i valori attesi nel triennio.",
  "Il monitoraggio intermedio è effettuato al 30 giugno e al 30 settembre di ciascun anno attraverso l'applicativo di gestione del ciclo della performance; la rendicontazione finale confluisce nella Relazione sulla performance."],
 "budget_title": "Risorse finanziarie assegnate per area strategica – previsioni di competenza 2025 (spesa corrente)",
 "budget_header": ["Area strategica", "Stanziamento 2025", "Stanziamento 2026", "Stanziamento 2027"],
 "budget_rows": [["1 – Città sostenibile e resiliente", "€ 38.412.500,00", "€ 37.980.000,00", "€ 37.650.000,00"],
                 ["2 – Comunità educante e inclusiva", "€ 61.205.300,00", "€ 62.110.000,00", "€ 62.400.000,00"],
                 ["3 – Ente semplice e digitale", "€ 24.870.900,00", "€ 24.315.000,00", "€ 24.100.000,00"],
                 ["Totale", "€ 124.488.700,00", "€ 124.405.000,00", "€ 124.150.000,00"]],
 "header": ["Codice", "Indicatore", "Unità di misura", "Baseline 2024", "2025", "2026", "2027", "Servizio responsabile"],
 "years": [2025, 2026, 2027],
 "areas": [
  {"code": "1", "title": "Città sostenibile e resiliente", "strategic": [
    {"code": "1.1", "title": "Ridurre le emissioni climalteranti e promuovere la mobilità sostenibile", "operational": [
      {"code": "1.1.1", "title": "Estendere la rete ciclabile e i servizi di mobilità condivisa", "rows": [
        {"code": "1.1.1.a", "indicator": "Km di piste ciclabili realizzate nell'anno", "unit": "km", "baseline": "3,2", "targets": ["4", "5", "5"], "service": "Mobilità"},
        {"code": "1.1.1.b", "indicator": "Numero di stalli di bike sharing attivi sul territorio comunale", "unit": "n.", "baseline": "410", "targets": [">= 450", ">= 500", ">= 550"], "service": "Mobilità"},
        {"code": "1.1.1.c", "indicator": "Approvazione del Piano urbano della mobilità sostenibile (PUMS) aggiornato", "unit": "data", "baseline": "—", "targets": ["Adozione entro il 31/10/2025", "Approvazione definitiva", None], "service": "Pianificazione"}]},
      {"code": "1.1.2", "title": "Efficientare il patrimonio edilizio comunale", "rows": [
        {"code": "1.1.2.a", "indicator": "Riduzione dei consumi di energia elettrica degli edifici comunali rispetto al 2022", "unit": "%", "baseline": "6,5%", "targets": [">= 8%", ">= 10%", ">= 12%"], "service": "Patrimonio"},
        {"code": "1.1.2.b", "indicator": "Potenza fotovoltaica installata su edifici scolastici", "unit": "kWp", "baseline": "380", "targets": ["520", "700", "850"], "service": "Patrimonio"}]}]},
    {"code": "1.2", "title": "Migliorare la qualità urbana e la gestione dei rifiuti", "operational": [
      {"code": "1.2.1", "title": "Aumentare la raccolta differenziata e il decoro urbano", "rows": [
        {"code": "1.2.1.a", "indicator": "Percentuale di raccolta differenziata", "unit": "%", "baseline": "81,4%", "targets": [">= 82%", ">= 83%", ">= 84%"], "service": "Ambiente"},
        {"code": "1.2.1.b", "indicator": "Tempo medio di intervento per la rimozione di rifiuti abbandonati su segnalazione", "unit": "giorni", "baseline": "5,1 gg", "targets": ["≤ 4 gg", "≤ 3 gg", "≤ 3 gg"], "service": "Ambiente"}]}]}]},
  {"code": "2", "title": "Comunità educante e inclusiva", "strategic": [
    {"code": "2.1", "title": "Ampliare l'offerta dei servizi educativi 0-6 anni", "operational": [
      {"code": "2.1.1", "title": "Ridurre le liste d'attesa dei nidi d'infanzia", "rows": [
        {"code": "2.1.1.a", "indicator": "Tasso di copertura dei posti nido rispetto ai bambini residenti 0-2 anni", "unit": "%", "baseline": "41,2%", "targets": [">= 43%", ">= 45%", ">= 45%"], "service": "Officina Educativa"},
        {"code": "2.1.1.b", "indicator": "Numero di bambini in lista d'attesa al 31 dicembre", "unit": "n.", "baseline": "118", "targets": ["≤ 90", "≤ 60", "≤ 40"], "service": "Officina Educativa"},
        {"code": "2.1.1.c", "indicator": "Apertura del nuovo polo 0-6 di via Fratelli Manfredi (finanziamento PNRR M4C1)", "unit": "data", "baseline": "Cantiere in corso", "targets": ["Apertura entro settembre 2025", None, None], "service": "Edilizia scolastica"}]}]},
    {"code": "2.2", "title": "Sostenere le persone fragili e l'autonomia degli anziani", "operational": [
      {"code": "2.2.1", "title": "Potenziare il servizio di assistenza domiciliare", "rows": [
        {"code": "2.2.1.a", "indicator": "Numero di utenti in carico al servizio di assistenza domiciliare", "unit": "n.", "baseline": "1.064", "targets": [">= 1.100", ">= 1.150", ">= 1.200"], "service": "Servizi sociali"},
        {"code": "2.2.1.b", "indicator": "Tempo medio tra la domanda e l'attivazione del servizio", "unit": "giorni", "baseline": "24 gg", "targets": ["entro 20 gg", "entro 15 gg", "entro 15 gg"], "service": "Servizi sociali"}]}]}]},
  {"code": "3", "title": "Ente semplice e digitale", "strategic": [
    {"code": "3.1", "title": "Digitalizzare i servizi al cittadino", "operational": [
      {"code": "3.1.1", "title": "Completare la migrazione dei servizi online su piattaforme nazionali", "rows": [
        {"code": "3.1.1.a", "indicator": "Percentuale di servizi online accessibili con SPID/CIE e pagabili tramite pagoPA", "unit": "%", "baseline": "78%", "targets": ["90%", "100%", "100%"], "service": "Agenda digitale"},
        {"code": "3.1.1.b", "indicator": "Numero di istanze presentate online tramite lo sportello telematico polifunzionale", "unit": "n.", "baseline": "27.350", "targets": [">= 30.000", ">= 33.000", ">= 35.000"], "service": "Agenda digitale"}]},
      {"code": "3.1.2", "title": "Ridurre i tempi dei procedimenti e dei pagamenti", "rows": [
        {"code": "3.1.2.a", "indicator": "Indicatore annuale di tempestività dei pagamenti", "unit": "giorni", "baseline": "-6,3", "targets": ["≤ 0", "≤ 0", "≤ 0"], "service": "Ragioneria"},
        {"code": "3.1.2.b", "indicator": "Tempo medio di rilascio dei permessi di costruire", "unit": "giorni", "baseline": "74 gg", "targets": ["≤ 60 gg", "≤ 60 gg", "≤ 55 gg"], "service": "SUE"}]}]}]}]
}

uni = {
 "name": "universita-verona-2024-relazione",
 "document": {"issuer": "Università degli Studi di Verona", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "cover": {"issuer": "Università degli Studi di Verona", "title": "Relazione sulla performance 2024", "sub": "Allegato 1 – Cruscotto degli obiettivi strategici e dei relativi indicatori",
           "foot": "Approvata dal Consiglio di Amministrazione nella seduta del 24/06/2025"},
 "intro": [
  "Il cruscotto che segue è generato dalla piattaforma di gestione integrata del ciclo della performance. Per ogni obiettivo strategico del Piano strategico 2023-2025 è riportata una scheda con l'ambito, la struttura responsabile e gli indicatori associati, con il valore di partenza 2023, il target 2024 e il risultato rilevato al 31/12/2024.",
  "La colonna Scostamento esprime la differenza tra risultato e target nell'unità dell'indicatore; la percentuale di raggiungimento è calcolata dal sistema secondo le regole del SMVP 2024 e troncata al 100%."],
 "summary_title": "Sintesi degli esiti",
 "summary_header": ["Esito", "N. indicatori", "%"],
 "budget_title": "Costi sostenuti per ambito strategico – esercizio 2024",
 "budget_header": ["Ambito strategico", "Costi del personale", "Altri costi di funzionamento", "Totale"],
 "budget_rows": [["D – Didattica", "€ 48.210.400,00", "€ 9.874.300,00", "€ 58.084.700,00"],
                 ["R – Ricerca", "€ 41.962.100,00", "€ 12.305.600,00", "€ 54.267.700,00"],
                 ["TM – Terza missione", "€ 6.118.000,00", "€ 2.940.500,00", "€ 9.058.500,00"],
                 ["Totale", "€ 96.290.500,00", "€ 25.120.400,00", "€ 121.410.900,00"]],
 "header": ["Cod.", "Indicatore", "Baseline 2023", "Target 2024", "Risultato 2024", "Scostamento", "% ragg.", "Stato"],
 "areas": [
  {"code": "D", "title": "Didattica", "objectives": [
    {"code": "D.1", "title": "Migliorare la regolarità delle carriere degli studenti", "owner": "Direzione Didattica e Servizi agli Studenti", "weight": "35%", "rows": [
      {"code": "D.1.1", "indicator": "Percentuale di studenti che proseguono al II anno avendo acquisito almeno 40 CFU", "baseline": "57,3%", "target": ">= 59%", "actual": "60,8%", "dev": "+1,8 pp", "ach": "100%", "status": R, "better": "higher"},
      {"code": "D.1.2", "indicator": "Percentuale di laureati entro la durata normale del corso", "baseline": "61,0%", "target": ">= 63%", "actual": "61,9%", "dev": "-1,1 pp", "ach": "98,3%", "status": R, "better": "higher"},
      {"code": "D.1.3", "indicator": "Tasso di abbandono dopo il primo anno nei corsi di laurea triennali", "baseline": "14,2%", "target": "≤ 12%", "actual": "13,6%", "dev": "+1,6 pp", "ach": "86,7%", "status": P, "better": "lower"}],
     "note": None},
    {"code": "D.2", "title": "Rafforzare l'internazionalizzazione della didattica", "owner": "Area Relazioni Internazionali", "weight": "25%", "rows": [
      {"code": "D.2.1", "indicator": "Numero di CFU conseguiti all'estero dagli studenti regolari", "baseline": "21.480", "target": ">= 23.000", "actual": "24.115", "dev": "+1.115", "ach": "100%", "status": R, "better": "higher"},
      {"code": "D.2.2", "indicator": "Numero di corsi di studio internazionali (doppio titolo o erogati in lingua inglese)", "baseline": "18", "target": "21", "actual": "20", "dev": "-1", "ach": "95,2%", "status": R, "better": "higher"}],
     "note": "Il corso di laurea magistrale in Data Science è stato accreditato a luglio 2024 ma attivato in lingua inglese solo dall'a.a. 2025/26."},
    {"code": "D.3", "title": "Potenziare i servizi di orientamento in ingresso", "owner": "Servizio Orientamento", "weight": "15%", "rows": [
      {"code": "D.3.1", "indicator": "Numero di studenti delle scuole secondarie coinvolti nei percorsi di orientamento del DM 934/2022 (PNRR)", "baseline": "4.950", "target": ">= 5.500", "actual": "6.212", "dev": "+712", "ach": "100%", "status": R, "better": "higher"}],
     "note": "Il risultato supera il target anche grazie alla partecipazione di 14 istituti della provincia di Mantova non previsti in fase di programmazione."}]},
  {"code": "R", "title": "Ricerca", "objectives": [
    {"code": "R.1", "title": "Aumentare la capacità di attrarre finanziamenti competitivi", "owner": "Area Ricerca", "weight": "30%", "rows": [
      {"code": "R.1.1", "indicator": "Entrate da progetti di ricerca su bandi competitivi nazionali e internazionali", "baseline": "€ 18.740.000,00", "target": ">= € 20.000.000,00", "actual": "€ 17.350.000,00", "dev": "- € 2.650.000,00", "ach": "86,8%", "status": P, "better": None},
      {"code": "R.1.2", "indicator": "Numero di progetti presentati a valere sul programma Horizon Europe", "baseline": "96", "target": ">= 110", "actual": "71", "dev": "-39", "ach": "64,5%", "status": N, "better": "higher"},
      {"code": "R.1.3", "indicator": "Percentuale di docenti e ricercatori con almeno un prodotto di ricerca nell'anno", "baseline": "91,4%", "target": ">= 92%", "actual": "93,0%", "dev": "+1,0 pp", "ach": "100%", "status": R, "better": "higher"}],
     "note": "La flessione delle proposte Horizon Europe riflette la riduzione dei bandi nel cluster Salute nel 2024."},
    {"code": "R.2", "title": "Valorizzare il dottorato di ricerca", "owner": "Scuola di Dottorato", "weight": "20%", "rows": [
      {"code": "R.2.1", "indicator": "Percentuale di borse di dottorato finanziate da enti esterni", "baseline": "28%", "target": ">= 30%", "actual": "33%", "dev": "+3 pp", "ach": "100%", "status": R, "better": "higher"},
      {"code": "R.2.2", "indicator": "Tempo medio di pubblicazione della tesi nell'archivio istituzionale dopo la discussione", "baseline": "74 gg", "target": "≤ 60 gg", "actual": "Obiettivo sospeso", "dev": "—", "ach": "—", "status": "Sospeso", "better": "lower"}],
     "note": None}]},
  {"code": "TM", "title": "Terza missione e impatto sociale", "objectives": [
    {"code": "TM.1", "title": "Promuovere il trasferimento tecnologico e il public engagement", "owner": "Area Terza Missione", "weight": "100%", "rows": [
      {"code": "TM.1.1", "indicator": "Numero di brevetti depositati (prime domande)", "baseline": "9", "target": "12", "actual": "12", "dev": "0", "ach": "100%", "status": R, "better": "higher"},
      {"code": "TM.1.2", "indicator": "Numero di spin-off accreditati attivi", "baseline": "17", "target": ">= 19", "actual": "18", "dev": "-1", "ach": "94,7%", "status": P, "better": "higher"},
      {"code": "TM.1.3", "indicator": "Numero di eventi di public engagement registrati nel catalogo di Ateneo", "baseline": "312", "target": ">= 330", "actual": "407", "dev": "+77", "ach": "100%", "status": R, "better": "higher"},
      {"code": "TM.1.4", "indicator": "Entrate da attività conto terzi e convenzioni di ricerca commissionata", "baseline": "€ 5.120.000,00", "target": ">= € 5.400.000,00", "actual": "€ 5.688.000,00", "dev": "+ € 288.000,00", "ach": "100%", "status": R, "better": None}],
     "note": None}]}]
}
for c in (asl, comune, uni):
    json.dump(c, open(c["name"] + ".content.json", "w"), ensure_ascii=False, indent=1)
print("ok")
