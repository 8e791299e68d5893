# Writes the three content files of round r60 (content written by hand here, as data).
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- 1. Word PEG
peg = {
 "document": {"issuer": "Comune di Carpi", "title": "Piano esecutivo di gestione", "year": 2025, "kind": "piano"},
 "years": [2025, 2026, 2027],
 "intro": [
  "Il Piano esecutivo di gestione (PEG) 2025-2027 è approvato dalla Giunta comunale in coerenza con il Documento Unico di Programmazione (DUP) 2025-2027 e con il bilancio di previsione finanziario, ai sensi dell'art. 169 del D.Lgs. 267/2000. Il PEG assegna ai Dirigenti gli obiettivi di gestione, unitamente alle dotazioni finanziarie, umane e strumentali necessarie al loro conseguimento.",
  "Il Piano dettagliato degli obiettivi, unificato organicamente nel PEG ai sensi dell'art. 169, comma 3-bis, del TUEL, individua per ciascun Centro di responsabilità gli obiettivi operativi, gli indicatori di misurazione e i valori attesi per il triennio. Il grado di raggiungimento degli obiettivi è verificato dal Nucleo di valutazione in sede di Relazione sulla performance.",
  "Per ciascun indicatore sono riportati la formula di calcolo, il peso all'interno dell'obiettivo, il valore di partenza (consuntivo 2023) e i valori attesi per ciascuna annualità del triennio. Ove il valore atteso non sia quantificabile, è indicato lo stato di avanzamento atteso."],
 "budget": {"title": "Tabella 1 – Risorse finanziarie assegnate per Centro di responsabilità (spesa corrente, competenza)",
   "header": ["Centro di responsabilità", "Previsione 2025", "Previsione 2026", "Previsione 2027"],
   "rows": [["1 – Settore Affari generali e istituzionali", "€ 2.184.350,00", "€ 2.150.000,00", "€ 2.150.000,00"],
            ["2 – Settore Risorse finanziarie e tributi", "€ 1.642.780,00", "€ 1.598.200,00", "€ 1.598.200,00"],
            ["3 – Settore Servizi sociali e politiche abitative", "€ 9.875.410,00", "€ 9.712.600,00", "€ 9.690.000,00"],
            ["4 – Settore Lavori pubblici e ambiente", "€ 6.310.920,00", "€ 6.204.500,00", "€ 6.180.000,00"],
            ["Totale", "€ 20.013.460,00", "€ 19.665.300,00", "€ 19.618.200,00"]]},
 "header": ["Cod.", "Indicatore", "Formula di calcolo", "Peso", "Baseline 2023", "Target 2025", "Target 2026", "Target 2027"],
 "areas": [
  {"code": "1", "title": "Settore Affari generali e istituzionali", "dirigente": "Dott.ssa Elena Montanari",
   "objectives": [
    {"code": "1.1", "title": "Digitalizzazione dei servizi demografici e dello sportello al cittadino", "weight": "40%",
     "rows": [
      {"code": "1.1.1", "name": "Percentuale di certificati anagrafici rilasciati online", "formula": "Certificati emessi tramite ANPR o portale / certificati totali x 100", "weight": "40%", "baseline": "58%", "targets": ["≥ 65%", "≥ 70%", "≥ 75%"]},
      {"code": "1.1.2", "name": "Tempo medio di rilascio della carta d'identità elettronica", "formula": "Giorni tra richiesta e appuntamento (media)", "weight": "30%", "baseline": "24 gg", "targets": ["≤ 20 gg", "≤ 15 gg", "≤ 15 gg"]},
      {"code": "1.1.3", "name": "Numero di servizi accessibili con SPID/CIE sul portale istituzionale", "formula": "Conteggio servizi attivi al 31/12", "weight": "30%", "baseline": "18", "targets": ["≥ 24", "≥ 28", "≥ 30"]}]},
    {"code": "1.2", "title": "Trasparenza e prevenzione della corruzione", "weight": "30%",
     "rows": [
      {"code": "1.2.1", "name": "Grado di assolvimento degli obblighi di pubblicazione in Amministrazione trasparente", "formula": "Obblighi assolti / obblighi applicabili x 100 (griglia di rilevazione)", "weight": "50%", "baseline": "92%", "targets": ["100%", "100%", "100%"]},
      {"code": "1.2.2", "name": "Tempo medio di risposta alle istanze di accesso civico generalizzato", "formula": "Somma giorni di risposta / n. istanze", "weight": "50%", "baseline": "27 gg", "targets": ["≤ 25 gg", "≤ 22 gg", "≤ 20 gg"]}]}]},
  {"code": "2", "title": "Settore Risorse finanziarie e tributi", "dirigente": "Dott. Marco Ferrari",
   "objectives": [
    {"code": "2.1", "title": "Contrasto all'evasione dei tributi locali", "weight": "50%",
     "rows": [
      {"code": "2.1.1", "name": "Importo degli avvisi di accertamento IMU emessi", "formula": "Somma importi accertati nell'anno", "weight": "50%", "baseline": "€ 1.082.400,00", "targets": ["≥ € 1.150.000,00", "≥ € 1.200.000,00", "≥ € 1.200.000,00"]},
      {"code": "2.1.2", "name": "Percentuale di riscossione della TARI di competenza", "formula": "Riscossioni in conto competenza / accertamenti x 100", "weight": "30%", "baseline": "81,4%", "targets": ["≥ 83%", "≥ 85%", "≥ 86%"]},
      {"code": "2.1.3", "name": "Attivazione della piattaforma di riscossione coattiva in gestione diretta", "formula": "Stato di avanzamento", "weight": "20%", "baseline": "n.d.", "targets": ["Entro il 30/09/2025", "A regime", "A regime"]}]},
    {"code": "2.2", "title": "Tempestività dei pagamenti e qualità della spesa", "weight": "50%",
     "rows": [
      {"code": "2.2.1", "name": "Indicatore annuale di tempestività dei pagamenti", "formula": "Ritardo medio ponderato (art. 9 DPCM 22/09/2014)", "weight": "60%", "baseline": "-3,2 gg", "targets": ["≤ 0 gg", "≤ 0 gg", "≤ 0 gg"]},
      {"code": "2.2.2", "name": "Tempo medio di emissione dei mandati di pagamento dalla liquidazione", "formula": "Media giorni tra atto di liquidazione e mandato", "weight": "40%", "baseline": "9 gg", "targets": ["≤ 7 gg", "≤ 6 gg", "≤ 6 gg"]}]}]},
  {"code": "3", "title": "Settore Servizi sociali e politiche abitative", "dirigente": "Dott.ssa Silvia Barbieri",
   "objectives": [
    {"code": "3.1", "title": "Rafforzamento della domiciliarità per anziani non autosufficienti", "weight": "60%",
     "rows": [
      {"code": "3.1.1", "name": "Numero di utenti in carico al Servizio di assistenza domiciliare", "formula": "Utenti con PAI attivo al 31/12", "weight": "40%", "baseline": "312", "targets": ["≥ 330", "≥ 345", "≥ 360"]},
      {"code": "3.1.2", "name": "Tempo medio di attivazione del SAD dalla valutazione UVM", "formula": "Media giorni tra valutazione e prima prestazione", "weight": "35%", "baseline": "21 gg", "targets": ["≤ 15 gg", "≤ 12 gg", "≤ 10 gg"]},
      {"code": "3.1.3", "name": "Percentuale di utenti soddisfatti del servizio (customer satisfaction)", "formula": "Giudizi ≥ 4 su scala 1-5 / questionari raccolti x 100", "weight": "25%", "baseline": "86%", "targets": ["≥ 88%", "≥ 90%", "≥ 90%"]}]},
    {"code": "3.2", "title": "Gestione del patrimonio di edilizia residenziale pubblica", "weight": "40%",
     "rows": [
      {"code": "3.2.1", "name": "Numero di alloggi ERP sfitti riassegnati nell'anno", "formula": "Alloggi riassegnati con contratto sottoscritto", "weight": "60%", "baseline": "34", "targets": ["≥ 40", "≥ 42", "≥ 45"]},
      {"code": "3.2.2", "name": "Aggiornamento della graduatoria ERP", "formula": "Approvazione graduatoria con determinazione", "weight": "40%", "baseline": "2023", "targets": ["Entro il 31/05/2025", "Entro il 31/05/2026", "Entro il 31/05/2027"]}]}]},
  {"code": "4", "title": "Settore Lavori pubblici e ambiente", "dirigente": "Ing. Paolo Guidetti",
   "objectives": [
    {"code": "4.1", "title": "Attuazione degli interventi finanziati dal PNRR", "weight": "50%",
     "rows": [
      {"code": "4.1.1", "name": "Percentuale di avanzamento della spesa sui progetti PNRR", "formula": "Spesa liquidata / finanziamento assegnato x 100", "weight": "60%", "baseline": "37%", "targets": ["≥ 75%", "100%", ""]},
      {"code": "4.1.2", "name": "Rispetto dei target di rendicontazione su ReGiS", "formula": "Rendicontazioni trasmesse nei termini / rendicontazioni dovute x 100", "weight": "40%", "baseline": "100%", "targets": ["100%", "100%", ""]}]},
    {"code": "4.2", "title": "Qualità ambientale e gestione dei rifiuti", "weight": "50%",
     "rows": [
      {"code": "4.2.1", "name": "Percentuale di raccolta differenziata", "formula": "Dato certificato ARPAE / ATERSIR", "weight": "50%", "baseline": "79,6%", "targets": ["≥ 80%", "≥ 81%", "≥ 82%"]},
      {"code": "4.2.2", "name": "Numero di segnalazioni di abbandono rifiuti evase entro 5 giorni", "formula": "Segnalazioni chiuse entro 5 gg (piattaforma Rilfedeur)", "weight": "50%", "baseline": "412", "targets": ["≥ 450", "≥ 480", "≥ 500"]}]}]}]}

# ---------------------------------------------------------------- 2. Calc PIAO
piao = {
 "document": {"issuer": "Unione Terre di Castelli", "title": "Piano integrato di attività e organizzazione", "year": 2025, "kind": "piao"},
 "years": [2025, 2026, 2027],
 "cover": ["UNIONE TERRE DI CASTELLI", "Provincia di Modena", "PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2025-2027",
           "Sezione 2 – Valore pubblico, performance e anticorruzione", "Sottosezione 2.2 – Performance: obiettivi e indicatori",
           "Allegato B alla deliberazione della Giunta dell'Unione n. 14 del 30/01/2025"],
 "note_top": "Gli obiettivi di performance dell'Unione discendono dagli obiettivi strategici del DUP 2025-2027. La baseline è il valore consuntivo 2024 (dato di preconsuntivo ove non ancora disponibile). I target sono annuali.",
 "header": ["Area strategica", "Obiettivo strategico", "Obiettivo operativo", "Cod.", "Indicatore", "Unità di misura", "Fonte dati", "Baseline 2024", "Target 2025", "Target 2026", "Target 2027"],
 "rows": [
  ["1 – Sicurezza e presidio del territorio", "1.1 – Polizia locale di prossimità", "1.1.1 – Potenziare i controlli sulla sicurezza stradale", "PL.01", "Numero di posti di controllo della velocità effettuati", "n.", "Gestionale Concilia", "186", "≥ 200", "≥ 210", "≥ 220"],
  ["1 – Sicurezza e presidio del territorio", "1.1 – Polizia locale di prossimità", "1.1.1 – Potenziare i controlli sulla sicurezza stradale", "PL.02", "Percentuale di verbali notificati entro 90 giorni", "%", "Gestionale Concilia", "91,2%", "≥ 93%", "≥ 95%", "≥ 95%"],
  ["1 – Sicurezza e presidio del territorio", "1.1 – Polizia locale di prossimità", "1.1.2 – Presidio delle aree sensibili e dei plessi scolastici", "PL.03", "Ore di presidio agli ingressi delle scuole primarie", "ore", "Ordini di servizio", "1.240", "≥ 1.300", "≥ 1.350", "≥ 1.400"],
  ["1 – Sicurezza e presidio del territorio", "1.2 – Protezione civile", "1.2.1 – Aggiornare la pianificazione di emergenza", "PC.01", "Aggiornamento del Piano intercomunale di protezione civile", "data", "Atti di approvazione", "n.d.", "Entro il 31/10/2025", "Aggiornamento annuale", "Aggiornamento annuale"],
  ["1 – Sicurezza e presidio del territorio", "1.2 – Protezione civile", "1.2.1 – Aggiornare la pianificazione di emergenza", "PC.02", "Numero di esercitazioni con il volontariato", "n.", "Registro esercitazioni", "2", "3", "3", "4"],
  ["2 – Welfare e servizi alla persona", "2.1 – Servizi sociali territoriali", "2.1.1 – Ridurre i tempi di presa in carico", "SS.01", "Tempo medio di presa in carico dal primo accesso allo sportello sociale", "giorni", "Cartella sociale Garsia", "18 gg", "≤ 15 gg", "≤ 12 gg", "≤ 10 gg"],
  ["2 – Welfare e servizi alla persona", "2.1 – Servizi sociali territoriali", "2.1.1 – Ridurre i tempi di presa in carico", "SS.02", "Percentuale di progetti personalizzati ADI/SAD rivalutati entro 6 mesi", "%", "Cartella sociale Garsia", "74%", "≥ 80%", "≥ 85%", "≥ 90%"],
  ["2 – Welfare e servizi alla persona", "2.1 – Servizi sociali territoriali", "2.1.2 – Sostenere l'inclusione lavorativa delle persone fragili", "SS.03", "Numero di tirocini di inclusione attivati (L.R. 14/2015)", "n.", "Piattaforma regionale", "47", "≥ 50", "≥ 55", "≥ 55"],
  ["2 – Welfare e servizi alla persona", "2.2 – Servizi educativi 0-6", "2.2.1 – Ampliare l'offerta dei nidi d'infanzia", "SE.01", "Tasso di copertura dei posti nido rispetto alla popolazione 0-2 anni", "%", "Banca dati SPI-ER", "38,5%", "≥ 40%", "≥ 42%", "≥ 45%"],
  ["2 – Welfare e servizi alla persona", "2.2 – Servizi educativi 0-6", "2.2.1 – Ampliare l'offerta dei nidi d'infanzia", "SE.02", "Numero di bambini in lista d'attesa al 31 ottobre", "n.", "Gestionale iscrizioni", "36", "≤ 25", "≤ 20", "≤ 15"],
  ["3 – Organizzazione e servizi interni", "3.1 – Transizione digitale", "3.1.1 – Migrare i servizi al cloud qualificato (PNRR Misura 1.2)", "IT.01", "Percentuale di applicativi migrati in cloud", "%", "Piano di migrazione", "45%", "≥ 80%", "100%", "100%"],
  ["3 – Organizzazione e servizi interni", "3.1 – Transizione digitale", "3.1.2 – Diffondere i pagamenti tramite pagoPA", "IT.02", "Percentuale di incassi transitati su pagoPA sul totale degli incassi da utenza", "%", "Piattaforma PagoPA / contabilità", "71%", "≥ 78%", "≥ 85%", "≥ 90%"],
  ["3 – Organizzazione e servizi interni", "3.2 – Gestione associata del personale", "3.2.1 – Semplificare le procedure di reclutamento", "PE.01", "Tempo medio di conclusione dei concorsi dalla pubblicazione del bando", "giorni", "Servizio Personale", "142 gg", "≤ 120 gg", "≤ 110 gg", "≤ 100 gg"],
  ["3 – Organizzazione e servizi interni", "3.2 – Gestione associata del personale", "3.2.2 – Formazione del personale", "PE.02", "Ore medie di formazione pro capite del personale dell'Unione e dei Comuni aderenti", "ore", "Registro formazione", "19,4", "≥ 24", "≥ 24", "≥ 24"]],
 "sheet2": {"title": "Sottosezione 3.3 – Piano triennale dei fabbisogni di personale: consistenza al 31/12/2024 e assunzioni programmate",
   "header": ["Categoria / Area", "Personale in servizio al 31/12/2024", "Assunzioni 2025", "Assunzioni 2026", "Assunzioni 2027", "Spesa annua a regime"],
   "rows": [["Area dei Funzionari e dell'Elevata Qualificazione", "58", "4", "2", "2", "€ 289.600,00"],
            ["Area degli Istruttori", "121", "6", "3", "3", "€ 203.400,00"],
            ["Area degli Operatori esperti", "34", "2", "1", "0", "€ 61.800,00"],
            ["Polizia locale – Agenti e Ufficiali", "46", "3", "2", "2", "€ 214.900,00"],
            ["Totale", "259", "15", "8", "7", "€ 769.700,00"]]}}

# ---------------------------------------------------------------- 3. reportlab relazione
rel = {
 "document": {"issuer": "Comune di Imola", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "cover": ["COMUNE DI IMOLA", "Città metropolitana di Bologna", "RELAZIONE SULLA PERFORMANCE", "ANNO 2024",
           "Approvata con deliberazione di Giunta comunale n. 118 del 19/06/2025", "Validata dal Nucleo di valutazione in data 24/06/2025"],
 "intro_title": "1. Presentazione",
 "intro": [
  "La Relazione sulla performance, prevista dall'art. 10, comma 1, lettera b), del D.Lgs. 150/2009, evidenzia a consuntivo i risultati organizzativi raggiunti nell'anno 2024 rispetto agli obiettivi programmati nella Sottosezione 2.2 del PIAO 2024-2026 e nel Piano esecutivo di gestione.",
  "Il documento è redatto sulla base dei report di monitoraggio forniti dai Dirigenti di Settore e verificati dal Servizio Controllo di gestione. Per ciascun indicatore sono riportati il valore atteso, il valore consuntivo al 31/12/2024, la percentuale di raggiungimento e l'esito, accompagnato ove necessario da una motivazione.",
  "Nel corso del 2024 l'Ente ha operato in un contesto condizionato dagli eventi alluvionali del maggio 2023, che hanno richiesto la riprogrammazione di alcune attività e la sospensione di un obiettivo del Settore Lavori pubblici."],
 "summary_title": "2. Sintesi dei risultati",
 "summary": {"header": ["Esito", "N. indicatori", "%"],
   "rows": [["Raggiunto", "10", "66,7%"], ["Parzialmente raggiunto", "3", "20,0%"], ["Non raggiunto", "1", "6,7%"], ["Sospeso", "1", "6,7%"], ["Totale", "15", "100%"]]},
 "budget_title": "3. Le risorse finanziarie",
 "budget_intro": "La tabella seguente riporta gli impegni di spesa corrente 2024 per le principali missioni di bilancio.",
 "budget": {"header": ["Missione", "Stanziamento definitivo", "Impegnato", "% impegnato"],
   "rows": [["01 – Servizi istituzionali, generali e di gestione", "€ 18.452.300,00", "€ 17.206.880,52", "93,2%"],
            ["03 – Ordine pubblico e sicurezza", "€ 3.118.900,00", "€ 3.002.114,07", "96,3%"],
            ["04 – Istruzione e diritto allo studio", "€ 9.840.250,00", "€ 9.411.036,90", "95,6%"],
            ["09 – Sviluppo sostenibile e tutela del territorio", "€ 14.206.700,00", "€ 13.380.598,14", "94,2%"],
            ["12 – Diritti sociali, politiche sociali e famiglia", "€ 16.774.100,00", "€ 16.122.947,31", "96,1%"]]},
 "results_title": "4. I risultati per area strategica",
 "header": ["Cod.", "Indicatore", "Peso", "Target 2024", "Consuntivo 2024", "% ragg."],
 "areas": [
  {"code": "1", "title": "Imola città amministrata bene", "objectives": [
    {"code": "1.1", "title": "Migliorare l'accessibilità e la qualità dei servizi al cittadino", "rows": [
      {"code": "1.1.01", "name": "Tempo medio di attesa allo sportello polifunzionale", "weight": "30", "target": "≤ 15 minuti", "actual": "12 minuti", "ach": "100%", "status": "RAGGIUNTO", "comment": None},
      {"code": "1.1.02", "name": "Percentuale di pratiche SUAP concluse nei termini di legge", "weight": "40", "target": "≥ 95%", "actual": "97,8%", "ach": "100%", "status": "RAGGIUNTO", "comment": None},
      {"code": "1.1.03", "name": "Grado di soddisfazione degli utenti dei servizi demografici", "weight": "30", "target": "≥ 4,2", "actual": "4,4", "ach": "100%", "status": "RAGGIUNTO", "comment": "Indagine condotta nel mese di ottobre su un campione di 1.146 utenti."}]},
    {"code": "1.2", "title": "Equità fiscale e sostenibilità del bilancio", "rows": [
      {"code": "1.2.01", "name": "Importo riscosso da attività di recupero dell'evasione tributaria", "weight": "50", "target": "≥ € 2.300.000,00", "actual": "€ 2.412.566,30", "ach": "100%", "status": "RAGGIUNTO", "comment": None},
      {"code": "1.2.02", "name": "Indicatore di tempestività dei pagamenti", "weight": "50", "target": "≤ 0 gg", "actual": "-4,1 gg", "ach": "100%", "status": "RAGGIUNTO", "comment": None}]}]},
  {"code": "2", "title": "Imola città che cura", "objectives": [
    {"code": "2.1", "title": "Sostenere le famiglie e le persone fragili", "rows": [
      {"code": "2.1.01", "name": "Numero di nuclei familiari beneficiari di contributi per l'affitto", "weight": "40", "target": "≥ 600", "actual": "648", "ach": "100%", "status": "RAGGIUNTO", "comment": None},
      {"code": "2.1.02", "name": "Tempo medio di erogazione dei contributi economici dalla domanda", "weight": "30", "target": "≤ 30 gg", "actual": "38 gg", "ach": "78,9%", "status": "PARZIALMENTE RAGGIUNTO", "comment": "Lo scostamento è dovuto alla migrazione al nuovo applicativo della cartella sociale nel secondo trimestre, che ha rallentato l'istruttoria delle domande per circa sei settimane."},
      {"code": "2.1.03", "name": "Numero di posti attivati nei centri diurni per anziani", "weight": "30", "target": "≥ 20", "actual": "22", "ach": "100%", "status": "RAGGIUNTO", "comment": None}]},
    {"code": "2.2", "title": "Scuola e servizi educativi di qualità", "rows": [
      {"code": "2.2.01", "name": "Percentuale di domande di iscrizione al nido accolte", "weight": "50", "target": "≥ 85%", "actual": "81,3%", "ach": "95,6%", "status": "PARZIALMENTE RAGGIUNTO", "comment": "L'apertura della nuova sezione del nido Scoiattolo è slittata a gennaio 2025 per ritardi nella consegna degli arredi."},
      {"code": "2.2.02", "name": "Numero di pasti serviti nella refezione scolastica con prodotti biologici", "weight": "50", "target": "≥ 420.000", "actual": "436.210", "ach": "100%", "status": "RAGGIUNTO", "comment": None}]}]},
  {"code": "3", "title": "Imola città sostenibile e sicura", "objectives": [
    {"code": "3.1", "title": "Ricostruzione post-alluvione e manutenzione del territorio", "rows": [
      {"code": "3.1.01", "name": "Percentuale di interventi di somma urgenza rendicontati alla Struttura commissariale", "weight": "40", "target": "100%", "actual": "100%", "ach": "100%", "status": "RAGGIUNTO", "comment": None},
      {"code": "3.1.02", "name": "Realizzazione del nuovo ponte ciclopedonale sul Santerno – avvio lavori", "weight": "30", "target": "Entro il 30/09/2024", "actual": "Obiettivo sospeso", "ach": "n.d.", "status": "OBIETTIVO SOSPESO", "comment": "L'intervento è stato sospeso in attesa del parere dell'Autorità di bacino sulla nuova perimetrazione delle aree esondabili; l'obiettivo è riproposto nel PIAO 2025-2027."},
      {"code": "3.1.03", "name": "Chilometri di strade comunali riasfaltate", "weight": "30", "target": "≥ 25", "actual": "19,6", "ach": "78,4%", "status": "PARZIALMENTE RAGGIUNTO", "comment": None}]},
    {"code": "3.2", "title": "Transizione ecologica", "rows": [
      {"code": "3.2.01", "name": "Percentuale di raccolta differenziata", "weight": "50", "target": "≥ 75%", "actual": "72,4%", "ach": "96,5%", "status": "NON RAGGIUNTO", "comment": "Il dato risente dei conferimenti straordinari di rifiuti indifferenziati connessi agli sgomberi degli immobili alluvionati."},
      {"code": "3.2.02", "name": "Riduzione dei consumi di energia elettrica degli edifici comunali", "weight": "50", "target": "≥ 5%", "actual": "6,8%", "ach": "100%", "status": "RAGGIUNTO", "comment": None}]}]}],
 "closing_title": "5. Conclusioni",
 "closing": "Il Nucleo di valutazione ha verificato la coerenza dei dati riportati con la documentazione agli atti. Il grado complessivo di raggiungimento degli obiettivi dell'Ente si attesta al 93,4%."}

for name, c in [("comune-carpi-2025-peg", peg), ("unione-terre-castelli-2025-piao", piao), ("comune-imola-2024-relazione", rel)]:
    json.dump(c, open(os.path.join(HERE, name + ".content.json"), "w"), ensure_ascii=False, indent=1)
print("ok")
