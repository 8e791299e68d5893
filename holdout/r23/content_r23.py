import json
# ---------- S1: Comune di Lodi, Relazione sulla performance 2024 (Word -> LibreOffice)
s1 = {
 "name": "comune-lodi-2024-relazione",
 "document": {"issuer": "Comune di Lodi", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "cover": ["COMUNE DI LODI", "Provincia di Lodi", "RELAZIONE SULLA PERFORMANCE", "ANNO 2024", "(art. 10, comma 1, lett. b), D.Lgs. 27 ottobre 2009, n. 150)", "Validata dal Nucleo di Valutazione in data 17 giugno 2025", "Approvata con deliberazione della Giunta comunale n. 112 del 26 giugno 2025"],
 "intro": [
  ["1. Premessa", ["La Relazione sulla performance costituisce lo strumento mediante il quale l'Amministrazione illustra ai cittadini e a tutti gli altri portatori di interesse i risultati ottenuti nel corso dell'anno precedente, concludendo in tal modo il ciclo di gestione della performance.",
    "Il documento è redatto secondo le Linee guida n. 3/2018 del Dipartimento della Funzione Pubblica e dà conto, per ciascun obiettivo assegnato con il PIAO 2024-2026 (sottosezione 2.2 Performance), delle fasi realizzate, dei valori conseguiti dagli indicatori e dell'esito attribuito in sede di validazione.",
    "I dati sono stati rilevati dai Settori alla data del 31 dicembre 2024 e verificati dal Servizio Controllo di gestione; dove il dato non è ancora disponibile è indicato con \"n.d.\".",
    "Rispetto al ciclo precedente, il sistema di misurazione e valutazione (SMiVaP) aggiornato con deliberazione n. 14/2024 prevede che l'esito di ciascun obiettivo sia espresso in quattro classi: raggiunto, parzialmente raggiunto, non raggiunto, sospeso. Gli obiettivi sospesi a seguito di eventi non imputabili alla struttura sono esclusi dal calcolo della performance organizzativa."]],
  ["2. Le risorse umane", ["Al 31 dicembre 2024 il personale in servizio a tempo indeterminato risultava così distribuito:"]]
 ],
 "staff": {"header": ["Area di inquadramento (CCNL 16/11/2022)", "Dotazione prevista", "In servizio al 31/12/2024", "Di cui part-time"],
   "rows": [["Area dei Funzionari e dell'Elevata Qualificazione", "98", "91", "7"], ["Area degli Istruttori", "142", "136", "15"], ["Area degli Operatori esperti", "61", "55", "4"], ["Area degli Operatori", "12", "10", "1"], ["Dirigenti", "7", "6", "0"], ["Totale", "320", "298", "27"]]},
 "results_heading": "3. I risultati degli obiettivi operativi",
 "results_intro": "Per ciascun obiettivo si riportano le fasi di attuazione con le relative scadenze e gli indicatori con il target 2024 e il valore consuntivo. L'esito è quello proposto dal dirigente e validato dal Nucleo di Valutazione.",
 "header": ["Fasi e indicatori", "Target 2024", "Risultato 2024", "Note"],
 "areas": [
  {"code": "1", "title": "Lodi città sostenibile", "objectives": [
   {"code": "1.1", "title": "Riqualificazione energetica degli edifici scolastici comunali (PNRR M2C4)", "resp": "Settore Lavori pubblici e Patrimonio – Dirigente arch. Paola Ferrari",
    "phases": [["Approvazione progetto esecutivo scuola primaria \"Don Gnocchi\"", "entro 31/03/2024", "Approvato con DGC n. 41 del 21/03/2024", None],
               ["Aggiudicazione dei lavori", "entro 30/06/2024", "Aggiudicati il 14/06/2024", None],
               ["Avvio e stato avanzamento lavori", "entro 30/11/2024", "SAL n. 2 al 28/11/2024", "Lavori nel periodo di sospensione didattica"]],
    "indicators": [{"indicator": "Percentuale di avanzamento della spesa sul quadro economico finanziato", "target": ">= 40%", "actual": "46,8%", "notes": None},
                   {"indicator": "Riduzione dei consumi termici degli edifici già riqualificati (kWh/mq anno)", "target": "-15%", "actual": "n.d.", "notes": "Dato disponibile dopo la stagione termica 2024/2025"}],
    "esito": "Raggiunto", "comment": "Le fasi sono state rispettate e la spesa rendicontata sulla piattaforma ReGiS supera il valore atteso; il dato sui consumi sarà misurato a chiusura della stagione termica."},
   {"code": "1.2", "title": "Potenziamento della raccolta differenziata e del decoro urbano", "resp": "Settore Ambiente e Mobilità – Dirigente dott. Marco Sala",
    "phases": [["Estensione della tariffazione puntuale ai quartieri Albarola e San Bernardo", "entro 30/09/2024", "Completata il 16/09/2024", None]],
    "indicators": [{"indicator": "Percentuale di raccolta differenziata sul totale dei rifiuti urbani", "target": ">= 78%", "actual": "79,4%", "notes": "Fonte: ORSO Lombardia"},
                   {"indicator": "Tempo medio di rimozione delle discariche abusive segnalate", "target": "≤ 5 gg", "actual": "4,2 gg", "notes": None},
                   {"indicator": "Numero di interventi di pulizia straordinaria delle aree verdi", "target": "36", "actual": "41", "notes": None}],
    "esito": "Raggiunto", "comment": None}]},
  {"code": "2", "title": "Una macchina comunale efficiente e digitale", "objectives": [
   {"code": "2.1", "title": "Migrazione dei servizi al cloud e piattaforma PagoPA (PNRR M1C1 – Misure 1.2 e 1.4.3)", "resp": "Settore Sistemi informativi – Dirigente ing. Luca Bertoni",
    "phases": [["Migrazione al cloud qualificato dei 24 servizi censiti", "entro 31/07/2024", "Completata il 30/07/2024 (asseverazione positiva)", None],
               ["Attivazione dei servizi di pagamento PagoPA per le entrate patrimoniali", "entro 31/10/2024", "Attivati 18 servizi su 20", "Due servizi rinviati al 2025"]],
    "indicators": [{"indicator": "Percentuale di servizi migrati sul totale dei servizi censiti", "target": "100%", "actual": "100%", "notes": None},
                   {"indicator": "Incremento delle transazioni PagoPA rispetto al 2023", "target": ">= 20%", "actual": "27,3%", "notes": None},
                   {"indicator": "Grado di soddisfazione degli utenti dello sportello digitale (scala 1-5)", "target": ">= 4", "actual": "3,8", "notes": "Indagine su 612 questionari"}],
    "esito": "Parzialmente raggiunto", "comment": "Il ritardo nell'attivazione di due servizi di pagamento dipende dall'adeguamento del gestionale delle entrate da parte del fornitore; la soddisfazione degli utenti è di poco inferiore al valore atteso."},
   {"code": "2.2", "title": "Riduzione dei tempi di pagamento delle fatture commerciali", "resp": "Settore Bilancio e Tributi – Dirigente dott.ssa Anna Cremonesi",
    "phases": [["Monitoraggio mensile dello stock di debito sulla Piattaforma dei crediti commerciali", "mensile", "12 report trasmessi alla Giunta", None]],
    "indicators": [{"indicator": "Indicatore annuale di tempestività dei pagamenti", "target": "<= 0 gg", "actual": "-6,4 gg", "notes": "Ritardo medio ponderato"},
                   {"indicator": "Tempo medio di pagamento delle fatture", "target": "≤ 30 gg", "actual": "23,6 gg", "notes": None}],
    "esito": "Raggiunto", "comment": "L'Ente ha pagato in media in anticipo rispetto alla scadenza delle fatture."},
   {"code": "2.3", "title": "Revisione del regolamento delle entrate e del canone unico patrimoniale", "resp": "Settore Bilancio e Tributi – Dirigente dott.ssa Anna Cremonesi",
    "phases": [["Predisposizione della bozza di regolamento", "entro 30/06/2024", "Non avviata", None],
               ["Approvazione in Consiglio comunale", "entro 30/11/2024", "Non avviata", None]],
    "indicators": [{"indicator": "Approvazione del nuovo regolamento", "target": "Approvazione entro il 30/11/2024", "actual": "Obiettivo sospeso", "notes": None}],
    "esito": "Sospeso", "comment": "Con deliberazione della Giunta n. 187 del 3 ottobre 2024 l'obiettivo è stato sospeso in attesa dei decreti attuativi della riforma della fiscalità locale (L. 111/2023)."}]},
  {"code": "3", "title": "Servizi alla persona e inclusione", "objectives": [
   {"code": "3.1", "title": "Ampliamento dell'offerta dei servizi educativi per la prima infanzia", "resp": "Settore Servizi educativi – Dirigente dott.ssa Silvia Maffi",
    "phases": [["Apertura della nuova sezione primavera presso il nido \"Arcobaleno\"", "entro 15/09/2024", "Aperta il 9/09/2024", None],
               ["Revisione delle tariffe ISEE per la frequenza", "entro 31/05/2024", "Approvata con DGC n. 88 del 23/05/2024", None]],
    "indicators": [{"indicator": "Tasso di copertura dei posti nido rispetto ai bambini 0-2 anni residenti", "target": ">= 33%", "actual": "31,2%", "notes": "Obiettivo europeo di Barcellona"},
                   {"indicator": "Numero di domande in lista d'attesa al 30 settembre", "target": "≤ 20", "actual": "27", "notes": None}],
    "esito": "Non raggiunto", "comment": "L'incremento delle iscrizioni dopo la riduzione delle tariffe ha superato i posti aggiuntivi della nuova sezione."},
   {"code": "3.2", "title": "Presa in carico integrata delle persone fragili", "resp": "Settore Politiche sociali – Dirigente dott. Giorgio Pozzi",
    "phases": [["Sottoscrizione del protocollo con ASST di Lodi per le dimissioni protette", "entro 30/04/2024", "Sottoscritto il 18/04/2024", None]],
    "indicators": [{"indicator": "Tempo medio di attivazione del servizio di assistenza domiciliare", "target": "≤ 10 gg", "actual": "8 gg", "notes": None},
                   {"indicator": "Numero di progetti individualizzati attivati", "target": "almeno 120", "actual": "134", "notes": None}],
    "esito": "Raggiunto", "comment": None}]}
 ],
 "closing": ["4. Conclusioni", ["Su 8 obiettivi operativi assegnati, 5 risultano raggiunti, 1 parzialmente raggiunto, 1 non raggiunto e 1 sospeso. La performance organizzativa complessiva dell'Ente, calcolata come media ponderata dei risultati, si attesta al 91,4%."]],
}
json.dump(s1, open(s1["name"] + ".content.json", "w"), ensure_ascii=False, indent=1)
# ---------- S2: ASL Viterbo, schede di budget 2024 - verifica (Calc -> LibreOffice)
s2 = {
 "name": "asl-viterbo-2024-schede-budget",
 "document": {"issuer": "Azienda Sanitaria Locale Viterbo", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "top": ["AZIENDA SANITARIA LOCALE VITERBO", "Relazione sulla performance 2024 – Allegato 3: Schede di budget, verifica finale", "UOC Programmazione e Controllo di Gestione"],
 "header": ["Obiettivo", "Indicatore", "Peso", "Target 2024", "Valore al 31/12/2024", "% ragg.", "Note"],
 "schede": [
  {"struttura": "UOC Medicina Interna – P.O. Belcolle", "dipartimento": "Dipartimento delle Medicine", "direttore": "Dott. Fabrizio Rossetti",
   "risorse": [["Personale dipendente (costo)", "€ 4.812.300,00", "€ 4.906.118,42", "1,9%"], ["Beni sanitari – farmaci", "€ 612.000,00", "€ 598.440,15", "-2,2%"], ["Dispositivi medici", "€ 284.500,00", "€ 301.226,80", "5,9%"], ["Posti letto ordinari (n.)", "42", "42", "0,0%"]],
   "areas": [
    {"code": "A", "title": "EQUILIBRIO ECONOMICO-FINANZIARIO", "objectives": [
      {"code": "A.1", "title": "Governo dei consumi di beni sanitari", "indicators": [
        ["Costo medio per dimesso dei farmaci ospedalieri", "10", "≤ € 410,00", "€ 392,75", "100%", None],
        ["Percentuale di prescrizioni di farmaci biosimilari sul totale delle molecole con biosimilare", "5", ">= 80%", "76,4%", "80%", "Adalimumab in ritardo per continuità terapeutica"]]},
      {"code": "A.2", "title": "Corretta gestione della documentazione clinica", "indicators": [
        ["Percentuale di SDO chiuse entro 7 giorni dalla dimissione", "5", ">= 95%", "97,2%", "100%", None]]}]},
    {"code": "B", "title": "APPROPRIATEZZA E QUALITÀ DELL'ASSISTENZA", "objectives": [
      {"code": "B.1", "title": "Miglioramento dell'appropriatezza dei ricoveri", "indicators": [
        ["Degenza media dei ricoveri ordinari", "10", "≤ 9,5 gg", "9,9 gg", "60%", "Incidenza pazienti complessi over 80"],
        ["Percentuale di ricoveri ripetuti entro 30 giorni per la stessa MDC", "10", "< 6%", "5,1%", "100%", None],
        ["Tasso di occupazione dei posti letto", "5", "85-95%", "97,8%", "70%", "Sovraffollamento stagionale da PS"]]},
      {"code": "B.2", "title": "Sicurezza del paziente e prevenzione delle infezioni", "indicators": [
        ["Percentuale di adesione all'igiene delle mani (osservazione diretta)", "10", ">= 75%", "81%", "100%", None],
        ["Numero di segnalazioni di eventi avversi analizzate con audit o SEA", "5", "almeno 4", "4", "100%", None]]}]},
    {"code": "C", "title": "TEMPI DI ATTESA E INTEGRAZIONE OSPEDALE-TERRITORIO", "objectives": [
      {"code": "C.1", "title": "Rispetto dei tempi di attesa per le prestazioni ambulatoriali", "indicators": [
        ["Percentuale di prime visite internistiche con priorità B erogate entro 10 giorni", "15", ">= 90%", "91,6%", "100%", None],
        ["Tempo medio di attesa per l'ecografia addome completo (priorità D)", "10", "≤ 30 gg", "n.d.", "n.v.", "Flusso regionale non ancora consolidato"]]},
      {"code": "C.2", "title": "Continuità assistenziale alla dimissione", "indicators": [
        ["Percentuale di dimissioni protette attivate tramite la Centrale Operativa Territoriale", "15", ">= 20%", "23,5%", "100%", None]]}]}],
   "totale": ["TOTALE", "100", "", "", "88,5%", ""],
   "nota": "Note del Controllo di gestione: il grado di raggiungimento complessivo è calcolato come media dei gradi di raggiungimento ponderata per i pesi; l'indicatore C.1 non valutabile (n.v.) è neutralizzato e il suo peso ridistribuito."},
  {"struttura": "UOC Medicina e Chirurgia d'Accettazione e d'Urgenza – P.O. Belcolle", "dipartimento": "Dipartimento Emergenza e Accettazione", "direttore": "Dott.ssa Maria Grazia Ciani",
   "risorse": [["Personale dipendente (costo)", "€ 7.105.600,00", "€ 7.388.904,10", "4,0%"], ["Beni sanitari – farmaci", "€ 231.000,00", "€ 226.870,33", "-1,8%"], ["Prestazioni aggiuntive (L. 34/2023)", "€ 420.000,00", "€ 515.780,00", "22,8%"], ["Accessi al Pronto Soccorso (n.)", "58.000", "61.284", "5,7%"]],
   "areas": [
    {"code": "A", "title": "EQUILIBRIO ECONOMICO-FINANZIARIO", "objectives": [
      {"code": "A.1", "title": "Governo dei costi del personale", "indicators": [
        ["Riduzione delle ore di prestazioni aggiuntive rispetto al 2023", "10", "-10%", "+12,4%", "0%", "Carenza di organico medico"]]}]},
    {"code": "B", "title": "APPROPRIATEZZA E QUALITÀ DELL'ASSISTENZA", "objectives": [
      {"code": "B.3", "title": "Efficienza del percorso in Pronto Soccorso", "indicators": [
        ["Percentuale di accessi in PS con permanenza inferiore a 6 ore", "15", ">= 75%", "68,9%", "60%", None],
        ["Tempo medio di attesa per la presa in carico dei codici arancioni", "10", "≤ 15 minuti", "17 minuti", "70%", None],
        ["Percentuale di pazienti che abbandonano il PS prima della visita", "10", "≤ 3%", "3,4%", "80%", None],
        ["Tempo di boarding (permanenza in PS dopo la decisione di ricovero)", "10", "≤ 24 ore", "n.d.", "n.v.", "Rilevazione da GIPSE in corso di validazione"]]},
      {"code": "B.4", "title": "Implementazione del triage a 5 codici numerici", "indicators": [
        ["Percentuale di personale infermieristico formato sul nuovo triage", "10", "100%", "100%", "100%", None],
        ["Adozione della procedura aziendale di triage", "5", "Adozione entro 30/04/2024", "Adottata con delibera n. 612 del 22/03/2024", "100%", None]]}]},
    {"code": "C", "title": "TEMPI DI ATTESA E INTEGRAZIONE OSPEDALE-TERRITORIO", "objectives": [
      {"code": "C.3", "title": "Percorsi di fast-track e presa in carico territoriale", "indicators": [
        ["Numero di percorsi fast-track attivati con le UU.OO. specialistiche", "10", ">= 4", "5", "100%", None],
        ["Percentuale di accessi di codici bianchi inviati alle Case della Comunità", "10", ">= 10%", "6,2%", "60%", "Case della Comunità attive dal 1/10/2024"]]}]}],
   "totale": ["TOTALE", "100", "", "", "71,0%", ""],
   "nota": "Note del Controllo di gestione: il peso dell'indicatore sul tempo di boarding (n.v.) è ridistribuito proporzionalmente sugli altri indicatori dell'area B."}
 ],
 "firme": ["Il Direttore della Struttura", "Il Direttore UOC Programmazione e Controllo di Gestione", "Il Direttore Generale"],
 "about_extra": "Convention reading: each scheda's 'Struttura: UOC …' key line is not read as a hierarchy level (not a 'Centro di responsabilità' label); the area band 'AREA X – TITOLO' is the area, and the objective cell merged down ('A.1 Titolo', no level word) is a strategic objective directly under the area, per CONVENTIONS. '% ragg.' is achievement; 'n.v.' (non valutabile) gives achievement null. Targets with 'minuti' have no canonical unit (null). '-10%' parsed as -10 %. The RISORSE ASSEGNATE table and TOTALE rows give no records."
}
json.dump(s2, open(s2["name"] + ".content.json", "w"), ensure_ascii=False, indent=1)
# ---------- S3: Università di Macerata, PIAO 2025-2027 sottosezione 2.2 (reportlab)
s3 = {
 "name": "unimc-2025-piao",
 "document": {"issuer": "Università degli Studi di Macerata", "title": "Piano integrato di attività e organizzazione", "year": 2025, "kind": "piao"},
 "cover": ["UNIVERSITÀ DEGLI STUDI DI MACERATA", "PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE", "2025 – 2027", "Sezione 2 – Valore pubblico, performance e anticorruzione", "Sottosezione 2.2 – Performance", "Approvato dal Consiglio di Amministrazione nella seduta del 30 gennaio 2025"],
 "intro": [["2.2.1 Il processo di definizione degli obiettivi", [
   "Gli obiettivi di performance organizzativa dell'Ateneo discendono dal Piano strategico 2023-2028 e sono articolati per ambito strategico. Per ciascun obiettivo strategico sono individuati uno o più obiettivi operativi, affidati alle strutture dell'Amministrazione centrale e ai Dipartimenti, con indicatori e target triennali.",
   "I target del 2025 sono vincolanti ai fini della valutazione della performance; quelli del 2026 e del 2027 hanno valore programmatico e saranno aggiornati con lo scorrimento annuale del Piano. La baseline è il valore rilevato al 31 dicembre 2023, ultimo dato consolidato disponibile; dove non è disponibile è indicata come n.d.",
   "La tabella che segue riporta il collegamento tra gli ambiti strategici e le risorse del bilancio unico di previsione triennale 2025-2027."]]],
 "budget": {"title": "Tabella 1 – Risorse del bilancio di previsione destinate agli ambiti strategici (euro)",
   "header": ["Ambito strategico", "Missione / Programma", "2025", "2026", "2027"],
   "rows": [["D – Didattica", "Istruzione universitaria – Sistema universitario e formazione post-universitaria", "3.412.500,00", "3.280.000,00", "3.280.000,00"],
            ["R – Ricerca", "Ricerca e innovazione – Ricerca di base", "2.145.800,00", "2.010.000,00", "1.985.000,00"],
            ["G – Gestione e sostenibilità", "Servizi istituzionali e generali delle amministrazioni pubbliche", "1.038.200,00", "995.000,00", "995.000,00"],
            ["Totale", "", "6.596.500,00", "6.285.000,00", "6.260.000,00"]]},
 "section": "2.2.2 Obiettivi operativi di performance organizzativa",
 "header": ["Cod.", "Obiettivo operativo", "Indicatore", "Baseline 2023", "Target 2025", "Target 2026", "Target 2027", "Struttura responsabile"],
 "areas": [
  {"code": "D", "title": "Didattica", "strategic": [
   {"code": "D.1", "title": "Migliorare la regolarità delle carriere e l'attrattività dell'offerta formativa", "operational": [
     {"code": "D.1.1", "title": "Potenziare il tutorato didattico per gli studenti del primo anno", "indicators": [
        ["Percentuale di studenti che proseguono al II anno avendo acquisito almeno 40 CFU", "52,4%", ">= 54%", ">= 56%", ">= 58%", "Area Didattica e Servizi agli studenti"],
        ["Numero di ore di tutorato erogate", "3.150", "3.500", "3.800", "4.000", "Dipartimenti"]], "row": None},
     {"code": "D.1.2", "title": "Revisione dei regolamenti didattici dei corsi di laurea magistrale", "indicators": [
        ["Regolamenti didattici adeguati al D.M. 1648/2023 (n. su totale)", "n.d.", "12 su 24", "24 su 24", None, "Area Didattica e Servizi agli studenti"]],
      "row": "Risorse: nessun onere aggiuntivo; attività svolta con il personale dell'Ufficio Offerta formativa."},
     {"code": "D.1.3", "title": "Incrementare l'attrattività dei corsi verso studenti fuori regione", "indicators": [
        ["Percentuale di iscritti al primo anno provenienti da altre regioni", "27,8%", ">= 29%", ">= 30%", ">= 31%", "Area Comunicazione e Orientamento"],
        ["Realizzazione della campagna di orientamento nazionale", "–", "Avvio entro 31/03/2025", "Consolidamento", "Consolidamento", "Area Comunicazione e Orientamento"]], "row": None},
     {"code": "D.1.4", "title": "Potenziare i servizi per gli studenti con disabilità e con DSA", "indicators": [
        ["Numero di studenti con disabilità o DSA presi in carico con progetto personalizzato", "118", ">= 125", ">= 130", ">= 135", "Ufficio Inclusione e Diritto allo studio"],
        ["Tempo medio di attivazione degli strumenti compensativi dalla richiesta", "21 gg", "≤ 15 gg", "≤ 10 gg", "≤ 10 gg", "Ufficio Inclusione e Diritto allo studio"],
        ["Grado di soddisfazione degli studenti per i servizi di inclusione (scala 1-4)", "3,1", ">= 3,2", ">= 3,3", ">= 3,3", "Presidio della Qualità"]],
      "row": "Risorse: € 62.000,00 a valere sul Fondo per l'inclusione (D.M. 752/2021)."}]},
   {"code": "D.2", "title": "Rafforzare l'internazionalizzazione della didattica", "operational": [
     {"code": "D.2.1", "title": "Aumentare la mobilità in uscita degli studenti", "indicators": [
        ["Percentuale di CFU conseguiti all'estero sul totale dei CFU", "1,9%", "2,2%", "2,5%", "2,8%", "Ufficio Relazioni internazionali"],
        ["Numero di accordi Erasmus+ attivi", "214", ">= 220", ">= 230", ">= 240", "Ufficio Relazioni internazionali"]], "row": "Risorse: € 180.000,00 di cofinanziamento di Ateneo alle borse Erasmus+ (UPB Internazionalizzazione)."}]}]},
  {"code": "R", "title": "Ricerca e terza missione", "strategic": [
   {"code": "R.1", "title": "Sostenere la capacità progettuale dei Dipartimenti", "operational": [
     {"code": "R.1.1", "title": "Supporto alla presentazione di progetti competitivi europei e nazionali", "indicators": [
        ["Numero di proposte progettuali presentate su bandi competitivi", "96", ">= 100", ">= 105", ">= 110", "Area Ricerca – Ufficio Grant Office"],
        ["Tasso di successo dei progetti presentati", "18,5%", ">= 20%", ">= 21%", ">= 22%", "Area Ricerca – Ufficio Grant Office"],
        ["Tempo medio di rendicontazione dei progetti PNRR conclusi", "n.d.", "≤ 60 gg", "≤ 45 gg", "≤ 45 gg", "Area Ricerca"]], "row": None},
     {"code": "R.1.2", "title": "Valorizzazione dei risultati della ricerca e public engagement", "indicators": [
        ["Numero di iniziative di public engagement registrate nel catalogo IRIS", "143", "150", "160", None, "Dipartimenti"]], "row": "Risorse: € 25.000,00 (fondo per la terza missione)."}]}]},
  {"code": "G", "title": "Gestione e sostenibilità", "strategic": [
   {"code": "G.1", "title": "Semplificare e digitalizzare i processi amministrativi", "operational": [
     {"code": "G.1.1", "title": "Dematerializzazione dei processi di acquisto e delle missioni", "indicators": [
        ["Percentuale di missioni gestite con la piattaforma U-Web Missioni", "35%", "70%", "100%", "100%", "Area Risorse finanziarie"],
        ["Tempo medio di rimborso delle missioni", "42 gg", "≤ 30 gg", "≤ 25 gg", "≤ 20 gg", "Area Risorse finanziarie"]], "row": None},
     {"code": "G.1.2", "title": "Rispetto dei tempi di pagamento dei fornitori", "indicators": [
        ["Indicatore di tempestività dei pagamenti", "-3,1 gg", "<= 0 gg", "<= 0 gg", "<= 0 gg", "Area Risorse finanziarie"]], "row": None}]},
   {"code": "G.2", "title": "Promuovere la sostenibilità ambientale dell'Ateneo", "operational": [
     {"code": "G.2.1", "title": "Efficientamento energetico delle sedi", "indicators": [
        ["Riduzione dei consumi di energia elettrica rispetto al 2023", "–", "-5%", "-8%", "-10%", "Area Tecnica e Patrimonio"],
        ["Adozione del Piano spostamenti casa-lavoro aggiornato", "Piano 2022", "Adozione entro 30/06/2025", "Aggiornamento", "Aggiornamento", "Mobility manager"]], "row": None}]}]}
 ],
 "closing": "Gli obiettivi individuali dei Dirigenti e del personale EP sono assegnati con le schede di cui all'Allegato 2 e sono collegati agli obiettivi operativi sopra riportati.",
 "about_extra": "Convention reading: the 'Cod.' column holds the operational objective's code and goes with the 'Obiettivo operativo' cell (merged down); indicator_code null. Each indicator gives one record per Target 2025/2026/2027 column (empty cell -> target null); 'Baseline 2023' is baseline. 'Struttura responsabile' goes to extra. A full-width 'Risorse: …' row printed inside the table after an objective's last indicator is a free-text row and so that indicator's comment (all three year records). The Tabella 1 budget table gives no records."
}
json.dump(s3, open(s3["name"] + ".content.json", "w"), ensure_ascii=False, indent=1)
# ---------- S4: MUR, Nota integrativa al rendiconto 2023 (reportlab, RGS-style export)
s4 = {
 "name": "mur-2023-nota-integrativa-rendiconto",
 "document": {"issuer": "Ministero dell'università e della ricerca", "title": "Nota integrativa al rendiconto", "year": 2023, "kind": "relazione"},
 "cover": ["MINISTERO DELL'UNIVERSITÀ E DELLA RICERCA", "NOTA INTEGRATIVA AL RENDICONTO GENERALE DELLO STATO", "ESERCIZIO FINANZIARIO 2023", "Rapporto sui risultati – Schede obiettivo e indicatori", "(art. 35, comma 2, L. 31 dicembre 2009, n. 196)"],
 "intro": ["Il Rapporto sui risultati illustra, per ciascun obiettivo dell'Amministrazione definito nella Nota integrativa al bilancio di previsione 2023-2025, le risorse finanziarie utilizzate e i valori a consuntivo degli indicatori, confrontati con i valori target. Gli indicatori sono descritti secondo lo schema della Ragioneria Generale dello Stato (tipologia, unità di misura, metodo di calcolo, fonte del dato).",
           "Gli importi sono espressi in euro. Dove il valore a consuntivo non è ancora disponibile alla data di redazione del Rapporto è riportata la dicitura \"n.d.\" con la relativa motivazione."],
 "cdr": "Centro di responsabilità amministrativa: Direzione generale degli ordinamenti della formazione superiore e del diritto allo studio",
 "missioni": [
  {"code": "023", "title": "Istruzione universitaria e formazione post-universitaria", "programmi": [
   {"code": "023.001", "title": "Diritto allo studio nell'istruzione universitaria", "obiettivi": [
    {"code": "12", "title": "Garantire il diritto allo studio universitario attraverso il sostegno agli enti regionali e l'incremento delle borse di studio",
     "descr": "L'obiettivo è volto ad assicurare la copertura integrale delle borse di studio agli studenti capaci e meritevoli privi di mezzi, mediante il riparto del Fondo integrativo statale (FIS) e delle risorse PNRR (M4C1 – Investimento 1.7).",
     "azioni": "Azioni correlate: 2 – Borse di studio e interventi per il diritto allo studio; 3 – Alloggi e residenze per studenti universitari",
     "risorse": ["1.041.322.118,00", "1.038.904.560,12", "1.021.477.903,45", "17.426.656,67"],
     "indicatori": [
      {"indicator": "Percentuale di studenti idonei beneficiari di borsa di studio", "type": "Indicatore di risultato (output)", "unit": "percentuale", "formula": "Numero di borse erogate / numero di studenti idonei * 100", "data_source": "Rilevazione MUR – Ufficio di Statistica presso gli enti regionali per il DSU", "baseline": "99,1% (a.a. 2021/2022)", "target": "100%", "actual": "99,6%", "motiv": "Lo scostamento è dovuto a due enti regionali che hanno completato lo scorrimento delle graduatorie nel 2024."},
      {"indicator": "Tempo medio di erogazione del FIS agli enti regionali dalla data di adozione del decreto di riparto", "type": "Indicatore di realizzazione fisica", "unit": "giorni", "formula": "Media dei giorni intercorsi tra la registrazione del decreto e il mandato di pagamento", "data_source": "Sistema SICOGE", "baseline": "48 gg", "target": "≤ 45 gg", "actual": "39 gg", "motiv": None},
      {"indicator": "Adozione del decreto di riparto del Fondo integrativo statale", "type": "Indicatore di realizzazione fisica", "unit": "data", "formula": "Data di registrazione del decreto presso gli organi di controllo", "data_source": "Atti del Ministero", "baseline": "Decreto registrato il 12/07/2022", "target": "entro il 30/06/2023", "actual": "Registrato il 21/06/2023", "motiv": None},
      {"indicator": "Numero di nuovi posti letto per studenti fuori sede resi disponibili (L. 338/2000 e PNRR)", "type": "Indicatore di risultato (output)", "unit": "numero", "formula": "Somma dei posti letto con contratto di disponibilità stipulato nell'anno", "data_source": "Piattaforma PNRR ReGiS", "baseline": "n.d.", "target": "7.500", "actual": "8.241", "motiv": None}]}]},
   {"code": "023.002", "title": "Sistema universitario e formazione post-universitaria", "obiettivi": [
    {"code": "14", "title": "Sostenere il sistema universitario mediante il finanziamento ordinario e la programmazione triennale",
     "descr": "L'obiettivo riguarda l'assegnazione del Fondo di finanziamento ordinario (FFO) secondo criteri di costo standard e di premialità e il monitoraggio dei programmi triennali degli atenei (D.M. 289/2021).",
     "azioni": "Azioni correlate: 1 – Finanziamento ordinario delle università statali; 4 – Programmazione e valutazione del sistema universitario",
     "risorse": ["9.241.708.433,00", "9.240.995.120,77", "8.687.532.006,18", "553.463.114,59"],
     "indicatori": [
      {"indicator": "Quota del FFO assegnata su base premiale e perequativa", "type": "Indicatore di risultato (output)", "unit": "percentuale", "formula": "Quota premiale + intervento perequativo / FFO totale * 100", "data_source": "Decreto annuale di riparto FFO", "baseline": "30,0%", "target": ">= 31%", "actual": "31,4%", "motiv": None},
      {"indicator": "Tempo medio di erogazione delle anticipazioni mensili del FFO", "type": "Indicatore di realizzazione fisica", "unit": "giorni", "formula": "Media dei giorni tra la scadenza mensile e l'ordine di pagamento", "data_source": "Sistema SICOGE", "baseline": "6 gg", "target": "≤ 5 gg", "actual": "5 gg", "motiv": None},
      {"indicator": "Percentuale di atenei con programma triennale monitorato e valutato", "type": "Indicatore di impatto (outcome)", "unit": "percentuale", "formula": "Atenei con relazione di monitoraggio validata / atenei statali * 100", "data_source": "Banca dati PRO3 – ANVUR", "baseline": "87%", "target": "100%", "actual": "n.d.", "motiv": "La validazione delle relazioni di monitoraggio 2023 si conclude con la verifica finale ANVUR prevista per il 31/07/2024."}]}]}]},
  {"code": "017", "title": "Ricerca e innovazione", "programmi": [
   {"code": "017.022", "title": "Ricerca scientifica e tecnologica di base e applicata", "obiettivi": [
    {"code": "21", "title": "Rafforzare la ricerca di base attraverso i bandi PRIN e il Fondo italiano per la scienza",
     "descr": "L'obiettivo comprende la gestione dei bandi PRIN 2022 e PRIN PNRR 2022, l'avvio del Fondo italiano per la scienza (FIS 2) e il monitoraggio dei progetti finanziati.",
     "azioni": "Azioni correlate: 2 – Fondo per gli investimenti nella ricerca scientifica e tecnologica (FIRST); 5 – Fondo italiano per la scienza",
     "risorse": ["1.486.220.315,00", "1.402.118.774,31", "968.450.229,06", "433.668.545,25"],
     "indicatori": [
      {"indicator": "Percentuale di progetti PRIN 2022 avviati entro i termini del bando", "type": "Indicatore di realizzazione fisica", "unit": "percentuale", "formula": "Progetti con data di avvio entro il termine / progetti finanziati * 100", "data_source": "Piattaforma MUR – Sportello ricerca", "baseline": "–", "target": ">= 90%", "actual": "94,7%", "motiv": None},
      {"indicator": "Tempo medio di conclusione delle procedure di valutazione dei bandi competitivi", "type": "Indicatore di efficienza", "unit": "mesi", "formula": "Mesi intercorsi tra la chiusura del bando e il decreto di approvazione delle graduatorie", "data_source": "Atti del Ministero", "baseline": "11 mesi", "target": "≤ 9 mesi", "actual": "10,5 mesi", "motiv": "Il numero di proposte presentate al PRIN 2022 (oltre 10.000) ha richiesto l'ampliamento dei panel di revisori."},
      {"indicator": "Numero di progetti finanziati sul Fondo italiano per la scienza", "type": "Indicatore di risultato (output)", "unit": "numero", "formula": "Progetti ammessi a finanziamento nell'anno", "data_source": "Piattaforma MUR – Sportello ricerca", "baseline": "148", "target": "almeno 150", "actual": "Obiettivo sospeso", "motiv": "Il bando FIS 2 è stato riprogrammato con D.D. n. 1236 del 1/08/2023; le graduatorie sono attese nel 2024."}]}]}]}
 ],
 "closing": "Il Rapporto è trasmesso al Ministero dell'economia e delle finanze – Dipartimento della Ragioneria Generale dello Stato ai fini della presentazione al Parlamento unitamente al Rendiconto generale dello Stato.",
 "about_extra": "Convention reading: each indicator is a vertical key/value table ('Indicatore', 'Tipologia indicatore', 'Unità di misura', 'Metodo di calcolo', 'Fonte del dato', 'Valore di riferimento', 'Valore target 2023', 'Valore a consuntivo 2023', 'Motivazioni dello scostamento'); keys map to fields like column labels: Tipologia -> type, Unità di misura -> unit, Metodo di calcolo -> formula, Fonte del dato -> data_source, Valore di riferimento -> baseline, target/consuntivo 2023 -> year 2023; 'Motivazioni dello scostamento' describes the result in prose -> extra (not notes, not comment). Missione = area, Programma = level below, 'Obiettivo 12 – …' under a Programma = operational. The 'Risorse finanziarie' tables give no records. A Nota integrativa al rendiconto (Rapporto sui risultati) is read as kind 'relazione', title 'Nota integrativa al rendiconto'. 'Obiettivo sospeso' as consuntivo sets status suspended (no status column or line)."
}
json.dump(s4, open(s4["name"] + ".content.json", "w"), ensure_ascii=False, indent=1)
