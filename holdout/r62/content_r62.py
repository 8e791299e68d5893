# Writes the three NAME.content.json files of round r62 (content written by hand).
import json
S = "≥"; L = "≤"

trento = {
 "name": "universita-trento-2025-piao", "renderer": "word",
 "document": {"issuer": "Università degli Studi di Trento", "title": "Piano integrato di attività e organizzazione", "year": 2025, "kind": "piao"},
 "cover": ["UNIVERSITÀ DEGLI STUDI DI TRENTO", "Piano Integrato di Attività e Organizzazione", "2025 – 2027", "Approvato dal Consiglio di Amministrazione nella seduta del 29 gennaio 2025"],
 "intro": [
  ["h1", "1. Scheda anagrafica dell'amministrazione"],
  ["p", "L'Università degli Studi di Trento è un'istituzione pubblica di alta cultura che, in attuazione dello Statuto e della normativa provinciale di delega, persegue la promozione e lo sviluppo della ricerca scientifica e dell'istruzione superiore. L'Ateneo si articola in undici Dipartimenti e tre Centri, con sedi a Trento e Rovereto."],
  ["p", "Al 31 dicembre 2024 risultano iscritti 16.842 studenti ai corsi di laurea, laurea magistrale e dottorato; la tabella seguente riporta la composizione del personale in servizio alla stessa data."],
  ["caption", "Tabella 1 – Personale in servizio al 31/12/2024"],
  ["table", ["Categoria", "Unità", "di cui a tempo determinato", "% sul totale"],
   [["Professori ordinari", "198", "–", "12,4%"], ["Professori associati", "302", "–", "18,9%"], ["Ricercatori (RTD-A, RTD-B, RTT)", "221", "148", "13,8%"], ["Personale tecnico-amministrativo", "812", "64", "50,8%"], ["Collaboratori ed esperti linguistici", "66", "9", "4,1%"], ["Totale", "1.599", "221", "100,0%"]]],
  ["h1", "2. Valore pubblico, performance e anticorruzione"],
  ["h2", "2.2 Performance"],
  ["p", "La sottosezione declina le linee del Piano strategico di Ateneo 2022-2027 in obiettivi strategici e operativi, a ciascuno dei quali sono associati indicatori con il valore di partenza (baseline 2023, ultimo dato consolidato) e i target attesi per ciascun anno del triennio di programmazione. Le fonti dei dati sono indicate per ciascun indicatore."]],
 "header": ["Codice", "Indicatore", "Fonte", "Baseline 2023", "Target 2025", "Target 2026", "Target 2027"],
 "years": [2025, 2026, 2027],
 "areas": [
  {"code": "D", "title": "Didattica", "objectives": [
   {"level": "strategic", "code": "D.1", "title": "Migliorare la regolarità delle carriere degli studenti", "indicators": [
    ["D.1.1", "Percentuale di studenti che proseguono al II anno avendo acquisito almeno 40 CFU", "ANVUR – Indicatori sentinella", "58,3%", S+" 60%", S+" 62%", S+" 64%"],
    ["D.1.2", "Percentuale di laureati entro la durata normale del corso", "AlmaLaurea", "61,2%", S+" 62%", S+" 63%", S+" 65%"],
    ["D.1.3", "Rapporto studenti regolari/docenti", "ANVUR – Cruscotto AVA", "21,4", L+" 21", L+" 20,5", L+" 20"]]},
   {"level": "strategic", "code": "D.2", "title": "Potenziare l'attrattività internazionale dell'offerta formativa", "indicators": [
    ["D.2.1", "Percentuale di CFU conseguiti all'estero sul totale dei CFU acquisiti", "ANS – MUR", "2,61%", S+" 3%", S+" 3,5%", S+" 4%"],
    ["D.2.2", "Numero di corsi di studio erogati interamente in lingua inglese", "Banca dati SUA-CdS", "14", "15", "16", "18"]]}]},
  {"code": "R", "title": "Ricerca", "objectives": [
   {"level": "strategic", "code": "R.1", "title": "Rafforzare la capacità di attrarre finanziamenti competitivi", "indicators": [
    ["R.1.1", "Proventi da ricerca competitiva per docente e ricercatore", "Bilancio unico di Ateneo", "€ 48.200,00", S+" € 50.000,00", S+" € 52.000,00", S+" € 55.000,00"],
    ["R.1.2", "Numero di progetti Horizon Europe finanziati nell'anno", "Ufficio Ricerca – banca dati CORDIS", "23", S+" 25", S+" 27", S+" 30"],
    ["R.1.3", "Percentuale di borse di dottorato finanziate da enti esterni", "Scuola di Dottorato", "18,5%", S+" 20%", S+" 22%", None]]}]},
  {"code": "T", "title": "Terza missione e impatto sociale", "objectives": [
   {"level": "strategic", "code": "T.1", "title": "Valorizzare i risultati della ricerca", "indicators": [
    ["T.1.1", "Numero di domande di brevetto depositate", "Ufficio Trasferimento tecnologico", "9", S+" 10", S+" 11", S+" 12"],
    ["T.1.2", "Numero di spin-off accreditati attivi", "Ufficio Trasferimento tecnologico", "17", "18", "19", "20"]]}]},
  {"code": "G", "title": "Gestione, organizzazione e benessere", "objectives": [
   {"level": "strategic", "code": "G.1", "title": "Semplificare e digitalizzare i processi amministrativi", "indicators": [], "sub": [
    {"level": "operational", "code": "G.1.1", "title": "Digitalizzazione dei procedimenti e tempestività dei pagamenti", "indicators": [
     ["G.1.1.a", "Indicatore annuale di tempestività dei pagamenti", "PCC – Piattaforma crediti commerciali", "-8 gg", L+" 0 gg", L+" 0 gg", L+" 0 gg"],
     ["G.1.1.b", "Percentuale di procedimenti amministrativi gestiti in modalità digitale", "Direzione Sistemi informativi", "72%", S+" 80%", S+" 90%", "100%"]]},
    {"level": "operational", "code": "G.1.2", "title": "Sviluppo delle competenze e benessere organizzativo", "indicators": [
     ["G.1.2.a", "Ore medie di formazione per unità di personale tecnico-amministrativo", "Ufficio Formazione", "16,4 ore", S+" 18 ore", S+" 20 ore", S+" 24 ore"],
     ["G.1.2.b", "Grado di soddisfazione del personale rilevato dall'indagine sul benessere organizzativo (scala 1-6)", "Indagine Good Practice", "3,9", S+" 4", S+" 4,1", S+" 4,2"]]}]}]}],
 "outro": [
  ["h2", "2.3 Rischi corruttivi e trasparenza"],
  ["p", "La mappatura dei processi è stata aggiornata nel 2024 con il coinvolgimento dei responsabili delle strutture. Si riportano i processi con livello di rischio più elevato e le misure specifiche programmate."],
  ["caption", "Tabella 2 – Processi a rischio elevato e misure programmate"],
  ["table", ["Processo", "Evento rischioso", "Livello di rischio", "Misura", "Termine"],
   [["Affidamenti diretti di lavori, servizi e forniture", "Frazionamento artificioso dell'importo", "Alto", "Controllo a campione del 10% degli affidamenti", "31/12/2025"],
    ["Reclutamento del personale docente", "Requisiti personalizzati nei bandi", "Medio-alto", "Pubblicazione dei criteri di valutazione prima della scadenza", "Continuativo"],
    ["Gestione delle borse di dottorato", "Assegnazione non trasparente", "Medio", "Verbali delle commissioni pubblicati sul portale", "30/06/2025"]]],
  ["p", "Il monitoraggio delle misure è svolto semestralmente dal Responsabile della prevenzione della corruzione e della trasparenza, che ne riferisce al Consiglio di Amministrazione."]]
}

piacenza = {
 "name": "ausl-piacenza-2024-schede-budget", "renderer": "calc",
 "document": {"issuer": "Azienda Unità Sanitaria Locale di Piacenza", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "cover": ["AZIENDA UNITÀ SANITARIA LOCALE DI PIACENZA", "Relazione sulla Performance 2024 – Allegato 2", "Schede di budget: verifica del grado di raggiungimento degli obiettivi al 31/12/2024", "U.O. Programmazione e Controllo di Gestione"],
 "summary_header": ["Struttura", "Dipartimento", "Punteggio conseguito", "Esito validazione OIV"],
 "summary": [["UOC Cardiologia", "Dipartimento Cardio-Toraco-Vascolare", "94,5%", "Validata"], ["UOC Pediatria e Neonatologia", "Dipartimento Materno-Infantile", "83,9%", "Validata"]],
 "header": ["Area", "Obiettivo", "Indicatore", "Peso", "Target 2024", "Valore 2024", "% ragg.", "Note"],
 "year": 2024,
 "schede": [
  {"sheet": "Cardiologia", "struttura": "UOC Cardiologia – Ospedale Guglielmo da Saliceto", "dipartimento": "Dipartimento Cardio-Toraco-Vascolare", "direttore": "Dott. Daniele Nassiacos",
   "risorse": [["Personale dipendente", "€ 5.214.600,00", "€ 5.266.310,18", "1,0%"], ["Dispositivi medici", "€ 1.930.000,00", "€ 1.884.215,70", "-2,4%"], ["Farmaci", "€ 318.000,00", "€ 327.940,55", "3,1%"]],
   "rows": [
    ["A – EQUILIBRIO ECONOMICO", "A.1 Governo dei consumi di beni sanitari", "Costo medio dei dispositivi medici per procedura di emodinamica", "10", L+" € 2.150,00", "€ 2.087,40", "100%", None],
    ["A – EQUILIBRIO ECONOMICO", "A.1 Governo dei consumi di beni sanitari", "Percentuale di acquisti di dispositivi tramite gara regionale Intercent-ER", "5", S+" 95%", "96,8%", "100%", None],
    ["B – APPROPRIATEZZA ED ESITI", "B.1 Appropriatezza dei ricoveri", "Degenza media dei ricoveri ordinari per scompenso cardiaco", "10", L+" 8,5 gg", "8,9 gg", "70%", "Incremento dei casi complessi over 85"],
    ["B – APPROPRIATEZZA ED ESITI", "B.1 Appropriatezza dei ricoveri", "Percentuale di ricoveri ripetuti entro 30 giorni per scompenso cardiaco", "10", L+" 12%", "11,3%", "100%", None],
    ["B – APPROPRIATEZZA ED ESITI", "B.2 Tempestività della rete IMA", "Percentuale di pazienti con STEMI trattati con PTCA entro 90 minuti dal primo contatto", "15", S+" 80%", "84,2%", "100%", "Fonte: PNE – dato provvisorio"],
    ["C – ACCESSO E TEMPI DI ATTESA", "C.1 Rispetto dei tempi di attesa ambulatoriali", "Percentuale di prime visite cardiologiche erogate entro 30 giorni (classe D)", "15", S+" 90%", "87,5%", "90%", "Carenza di un dirigente medico da maggio a settembre"],
    ["C – ACCESSO E TEMPI DI ATTESA", "C.1 Rispetto dei tempi di attesa ambulatoriali", "Tempo medio di attesa per ecocardiogramma programmabile", "10", L+" 60 gg", "54 gg", "100%", None],
    ["D – QUALITÀ E SICUREZZA", "D.1 Sicurezza delle cure", "Percentuale di cartelle cliniche conformi al controllo di qualità", "10", S+" 90%", "n.d.", "n.v.", "Audit rinviato al 1° trimestre 2025"],
    ["D – QUALITÀ E SICUREZZA", "D.1 Sicurezza delle cure", "Percentuale di personale che ha completato il corso FAD sulla prevenzione delle cadute", "15", "100%", "100%", "100%", None]]},
  {"sheet": "Pediatria", "struttura": "UOC Pediatria e Neonatologia – Ospedale Guglielmo da Saliceto", "dipartimento": "Dipartimento Materno-Infantile", "direttore": "Dott.ssa Giacomina Bertolotti",
   "risorse": [["Personale dipendente", "€ 3.876.200,00", "€ 3.901.450,36", "0,7%"], ["Farmaci", "€ 142.500,00", "€ 158.730,20", "11,4%"], ["Posti letto (n.)", "24", "24", "0,0%"]],
   "rows": [
    ["A – EQUILIBRIO ECONOMICO", "A.1 Governo dei consumi di beni sanitari", "Costo dei farmaci per giornata di degenza", "10", L+" € 38,00", "€ 41,20", "60%", "Trattamenti ad alto costo per due pazienti con fibrosi cistica"],
    ["B – APPROPRIATEZZA ED ESITI", "B.1 Appropriatezza dei ricoveri", "Tasso di ospedalizzazione pediatrica per asma (per 100.000 residenti 0-17 anni)", "15", L+" 110", "97", "100%", None],
    ["B – APPROPRIATEZZA ED ESITI", "B.1 Appropriatezza dei ricoveri", "Percentuale di ricoveri in Day Hospital di tipo diagnostico", "10", L+" 20%", "18,6%", "100%", None],
    ["B – APPROPRIATEZZA ED ESITI", "B.3 Continuità ospedale-territorio", "Percentuale di dimissioni con lettera inviata al pediatra di libera scelta", "15", S+" 85%", "91,0%", "100%", None],
    ["C – ACCESSO E TEMPI DI ATTESA", "C.1 Rispetto dei tempi di attesa ambulatoriali", "Percentuale di prime visite pediatriche specialistiche erogate entro 10 giorni (classe B)", "15", S+" 90%", "92,4%", "100%", None],
    ["D – QUALITÀ E SICUREZZA", "D.1 Sicurezza delle cure", "Percentuale di adesione all'igiene delle mani (osservazione diretta)", "15", S+" 80%", "76%", "80%", "Osservazioni su 3 turni"],
    ["D – QUALITÀ E SICUREZZA", "D.2 Umanizzazione delle cure", "Avvio del progetto \"Ospedale amico dei bambini\" (UNICEF)", "20", "entro 31/12/2024", "Obiettivo sospeso", "n.v.", "Sospeso per lavori di ristrutturazione del reparto; peso ridistribuito"]]}],
 "closing": "La valutazione è stata discussa con il Direttore di struttura nell'incontro di verifica del 12/03/2025 e validata dall'OIV aziendale."
}

inrca = {
 "name": "irccs-inrca-2023-relazione", "renderer": "report",
 "document": {"issuer": "Istituto Nazionale di Ricovero e Cura per Anziani", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "cover": ["IRCCS INRCA", "Istituto Nazionale di Ricovero e Cura per Anziani", "RELAZIONE SULLA PERFORMANCE 2023", "ai sensi dell'art. 10, comma 1, lett. b) del D.Lgs. 150/2009", "Adottata con determina del Direttore Generale n. 212 del 27/06/2024"],
 "intro": [
  ["h1", "1. Presentazione"],
  ["p", "La Relazione sulla performance rappresenta lo strumento con cui l'Istituto rendiconta ai cittadini e agli stakeholder i risultati organizzativi raggiunti nel 2023 rispetto agli obiettivi programmati nel Piano Integrato di Attività e Organizzazione 2023-2025. Il documento è stato predisposto dalla UO Controllo di Gestione sulla base dei dati di attività consolidati al 31 marzo 2024."],
  ["p", "Il 2023 è stato caratterizzato dal pieno recupero dei volumi di attività precedenti alla pandemia e dall'avvio dei progetti finanziati dal PNRR per l'ammodernamento del parco tecnologico."],
  ["h1", "2. Il contesto: dati di attività"],
  ["table", ["Attività", "2022", "2023", "Var. %"], [["Ricoveri ordinari (n.)", "9.812", "10.406", "6,1%"], ["Ricoveri in day hospital (n.)", "1.244", "1.390", "11,7%"], ["Prestazioni ambulatoriali (n.)", "412.530", "438.117", "6,2%"], ["Pubblicazioni scientifiche (n.)", "286", "301", "5,2%"], ["Costo della produzione (€)", "€ 196.418.000,00", "€ 203.775.000,00", "3,7%"]]],
  ["h1", "3. Risultati degli obiettivi strategici"],
  ["p", "Per ciascun indicatore sono riportati il peso, il target 2023, il risultato conseguito e la percentuale di raggiungimento; la riga di esito riporta la valutazione e le eventuali motivazioni degli scostamenti."]],
 "header": ["Cod.", "Indicatore", "Peso", "Target 2023", "Risultato 2023", "% ragg."],
 "year": 2023,
 "areas": [
  {"code": "1", "title": "RICERCA SCIENTIFICA", "objectives": [
   {"code": "1.1", "title": "Incrementare la produzione scientifica di qualità", "indicators": [
    ["1.1.1", "Impact factor normalizzato complessivo della produzione scientifica", "10", S+" 1.450", "1.512,4", "100%", "OBIETTIVO RAGGIUNTO", "Dato validato dal Ministero della Salute nel Workflow della Ricerca a marzo 2024."],
    ["1.1.2", "Percentuale di pubblicazioni su riviste del primo quartile (Q1)", "10", S+" 45%", "48,7%", "100%", "OBIETTIVO RAGGIUNTO", None]]},
   {"code": "1.2", "title": "Attrarre finanziamenti per la ricerca", "indicators": [
    ["1.2.1", "Finanziamenti ottenuti da bandi competitivi nazionali e internazionali", "10", S+" € 1.250.000,00", "€ 1.418.560,00", "100%", "OBIETTIVO RAGGIUNTO", None],
    ["1.2.2", "Numero di studi clinici sponsorizzati avviati nell'anno", "5", S+" 12", "9", "75%", "OBIETTIVO PARZIALMENTE RAGGIUNTO", "Ritardi nell'approvazione dei protocolli da parte del Comitato Etico territoriale, riorganizzato ai sensi del DM 30 gennaio 2023."]]}]},
  {"code": "2", "title": "ASSISTENZA E PRESA IN CARICO DELL'ANZIANO", "objectives": [
   {"code": "2.1", "title": "Garantire l'appropriatezza e la tempestività delle cure geriatriche", "indicators": [
    ["2.1.1", "Percentuale di pazienti over 65 con frattura del collo del femore operati entro 48 ore", "10", S+" 70%", "73,5%", "100%", "OBIETTIVO RAGGIUNTO", None],
    ["2.1.2", "Degenza media nei reparti di geriatria per acuti", "5", L+" 10,5 gg", "11,2 gg", "60%", "OBIETTIVO PARZIALMENTE RAGGIUNTO", "Aumento dei pazienti con dimissione difficile in attesa di collocazione in strutture residenziali e semiresidenziali del territorio."],
    ["2.1.3", "Tasso di ricoveri ripetuti entro 30 giorni dalla dimissione", "5", L+" 8%", "7,4%", "100%", "OBIETTIVO RAGGIUNTO", None]]},
   {"code": "2.2", "title": "Ridurre i tempi di attesa per le prestazioni ambulatoriali", "indicators": [
    ["2.2.1", "Percentuale di prestazioni ambulatoriali di classe B erogate entro 10 giorni", "10", S+" 90%", "82,3%", "0%", "OBIETTIVO NON RAGGIUNTO", "Il risultato risente della carenza di personale medico specialistico nelle UO di Cardiologia e Neurologia; nel secondo semestre è stato avviato un piano di recupero con prestazioni aggiuntive."],
    ["2.2.2", "Tempo medio di refertazione degli esami di diagnostica per immagini", "5", L+" 3 gg", "2,4 gg", "100%", "OBIETTIVO RAGGIUNTO", None]]}]},
  {"code": "3", "title": "SOSTENIBILITÀ ECONOMICA, TRASPARENZA E ORGANIZZAZIONE", "objectives": [
   {"code": "3.1", "title": "Garantire l'equilibrio economico-finanziario", "indicators": [
    ["3.1.1", "Indicatore annuale di tempestività dei pagamenti", "10", L+" 0 gg", "-6,8 gg", "100%", "OBIETTIVO RAGGIUNTO", None],
    ["3.1.2", "Riduzione della spesa per beni non sanitari rispetto al 2022", "5", S+" 3%", "2,1%", "70%", "OBIETTIVO PARZIALMENTE RAGGIUNTO", "Incidenza degli aumenti contrattuali sui servizi di pulizia e ristorazione."]]},
   {"code": "3.2", "title": "Promuovere la trasparenza e la prevenzione della corruzione", "indicators": [
    ["3.2.1", "Percentuale di obblighi di pubblicazione assolti (griglia di rilevazione OIV)", "5", "100%", "100%", "100%", "OBIETTIVO RAGGIUNTO", None],
    ["3.2.2", "Ore di formazione in materia di anticorruzione per dipendente", "5", S+" 4 ore", "n.d.", "–", "OBIETTIVO SOSPESO", "Il corso in modalità FAD è stato rinviato al 2024 per il cambio del fornitore della piattaforma e-learning."],
    ["3.2.3", "Percentuale di procedure di gara espletate su piattaforma telematica", "5", S+" 95%", "100%", "100%", "OBIETTIVO RAGGIUNTO", None]]}]}],
 "summary_header": ["Esito", "N. indicatori", "%"],
 "summary": [["Raggiunto", "9", "64,3%"], ["Parzialmente raggiunto", "3", "21,4%"], ["Non raggiunto", "1", "7,1%"], ["Sospeso", "1", "7,1%"], ["Totale", "14", "100,0%"]],
 "outro": ["Il grado di raggiungimento complessivo degli obiettivi strategici dell'Istituto, calcolato come media ponderata per i pesi, è pari all'88,2%. La Relazione è trasmessa all'Organismo Indipendente di Valutazione per la validazione ai sensi dell'art. 14, comma 4, lett. c) del D.Lgs. 150/2009."]
}

for c in (trento, piacenza, inrca):
    json.dump(c, open(f"/work/blind/r62/{c['name']}.content.json", "w"), ensure_ascii=False, indent=1)
print("ok")
