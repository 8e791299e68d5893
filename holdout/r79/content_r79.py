# r79: writes the three NAME.content.json files (hand-written content)
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- 1. Word: Regione FVG, relazione 2024
fvg = {
 "name": "regione-friuli-venezia-giulia-2024-relazione",
 "format": "docx",
 "document": {"issuer": "Regione Autonoma Friuli Venezia Giulia", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "cover": ["REGIONE AUTONOMA FRIULI VENEZIA GIULIA", "Direzione generale – Servizio controllo di gestione e performance",
           "RELAZIONE SULLA PERFORMANCE 2024", "con aggiornamento dei target del triennio 2023-2025",
           "Approvata con deliberazione della Giunta regionale n. 987 del 27 giugno 2025"],
 "intro": [
  ["1. Presentazione", [
   "La Relazione sulla performance 2024 rappresenta il documento con cui l'Amministrazione regionale rendiconta ai cittadini, alle imprese e agli stakeholder i risultati organizzativi raggiunti nel corso dell'anno rispetto agli obiettivi programmati nel Piano integrato di attività e organizzazione (PIAO) 2024-2026, ai sensi dell'articolo 10, comma 1, lettera b), del decreto legislativo 27 ottobre 2009, n. 150.",
   "Trattandosi della seconda annualità del ciclo strategico 2023-2025, per ciascun indicatore sono riportati il valore di partenza (baseline 2022), i target e i risultati degli anni 2023 e 2024 e il target confermato o rimodulato per il 2025. In questo modo il lettore può valutare non soltanto il risultato dell'anno, ma anche la tendenza rispetto al punto di partenza del ciclo.",
   "Il documento è stato validato dall'Organismo indipendente di valutazione in data 14 luglio 2025."]],
  ["2. Il contesto e le risorse", [
   "Nel 2024 il contesto regionale è stato caratterizzato da una crescita dell'occupazione superiore alla media nazionale e da un progressivo rientro dell'inflazione. Sul piano organizzativo, l'Amministrazione ha completato la riorganizzazione delle Direzioni centrali avviata nel 2023 e ha proseguito il piano di reclutamento straordinario.",
   "La tabella seguente riepiloga le risorse finanziarie impegnate nel 2024 per ciascuna area strategica."]],
 ],
 "budget": {"caption": "Tabella 1 – Risorse finanziarie per area strategica (impegni 2024, importi in euro)",
  "header": ["Area strategica", "Stanziamento definitivo", "Impegni", "% impegnato"],
  "rows": [["1 – Competitività del sistema economico e lavoro", "412.350.000,00", "389.104.220,15", "94,4%"],
           ["2 – Salute, politiche sociali e disabilità", "3.105.800.000,00", "3.052.117.904,60", "98,3%"],
           ["3 – Ambiente, territorio e infrastrutture", "527.900.000,00", "461.385.002,71", "87,4%"],
           ["4 – Amministrazione efficiente e trasparente", "198.450.000,00", "190.611.478,09", "96,1%"],
           ["Totale", "4.244.500.000,00", "4.093.218.605,55", "96,4%"]]},
 "results_heading": "3. I risultati per area strategica",
 "results_intro": "Per ogni obiettivo strategico sono riportati gli indicatori del PIAO con la serie storica del triennio. I target 2025 sono quelli approvati con l'aggiornamento del PIAO 2025-2027. I valori di risultato sono stati rilevati dalle Direzioni centrali competenti attraverso il sistema informativo di controllo di gestione e verificati dalla Struttura tecnica permanente; ove il dato definitivo non era disponibile alla data di redazione della Relazione è riportata la dicitura n.d. (non disponibile). Per gli indicatori espressi in giorni il valore è calcolato come media ponderata sul numero dei procedimenti conclusi nell'anno.",
 "header": ["Cod.", "Indicatore", "Baseline 2022", "Target 2023", "Risultato 2023", "Target 2024", "Risultato 2024", "Target 2025"],
 "years": [2023, 2024, 2025],
 "areas": [
  {"code": "1", "title": "Competitività del sistema economico e lavoro", "objectives": [
   {"code": "1.1", "title": "Sostenere l'occupazione e la qualificazione delle competenze",
    "text": "L'obiettivo mira ad aumentare la partecipazione al mercato del lavoro, con particolare attenzione ai disoccupati di lunga durata, attraverso il programma GOL e il rafforzamento dei Centri per l'impiego.",
    "rows": [
     {"code": "1.1.1", "name": "Tasso di occupazione della popolazione 20-64 anni", "baseline": "71,2%", "v": {2023: ["≥ 71,5%", "72,0%"], 2024: ["≥ 72,0%", "72,6%"], 2025: ["≥ 73,0%", None]}},
     {"code": "1.1.2", "name": "Percentuale di disoccupati presi in carico dai Centri per l'impiego entro 30 giorni dalla DID", "baseline": "78,4%", "v": {2023: ["≥ 80%", "81,3%"], 2024: ["≥ 85%", "83,9%"], 2025: ["≥ 88%", None]}},
     {"code": "1.1.3", "name": "Numero di partecipanti ai percorsi di formazione del programma GOL", "baseline": "9.850", "v": {2023: ["11.000", "12.472"], 2024: ["13.500", "13.118"], 2025: ["15.000", None]}}]},
   {"code": "1.2", "title": "Semplificare l'accesso agli incentivi per le imprese",
    "text": "L'obiettivo prevede la completa digitalizzazione delle procedure contributive e la riduzione dei tempi di istruttoria delle domande presentate dalle imprese.",
    "rows": [
     {"code": "1.2.1", "name": "Tempo medio di concessione dei contributi alle imprese", "baseline": "74 gg", "v": {2023: ["≤ 60 gg", "58 gg"], 2024: ["≤ 50 gg", "52 gg"], 2025: ["≤ 45 gg", None]}},
     {"code": "1.2.2", "name": "Domande di contributo presentate in modalità telematica sul totale delle domande", "baseline": "86%", "v": {2023: ["≥ 90%", "93%"], 2024: ["100%", "100%"], 2025: ["100%", None]}},
     {"code": "1.2.3", "name": "Ammontare dei contributi concessi alle PMI a valere sul Fondo regionale per lo sviluppo", "baseline": "€ 18,4 mln", "v": {2023: ["almeno 20 mln €", "€ 21,35 mln"], 2024: ["almeno 22 mln €", "€ 19,87 mln"], 2025: ["almeno 24 mln €", None]}}]}]},
  {"code": "2", "title": "Salute, politiche sociali e disabilità", "objectives": [
   {"code": "2.1", "title": "Ridurre i tempi di attesa per le prestazioni sanitarie",
    "text": "In attuazione del Piano regionale di governo delle liste d'attesa, l'obiettivo misura il rispetto dei tempi massimi per le prestazioni con priorità e l'utilizzo dei canali di prenotazione digitali.",
    "rows": [
     {"code": "2.1.1", "name": "Percentuale di prime visite specialistiche in classe B erogate entro 10 giorni", "baseline": "68%", "v": {2023: ["≥ 75%", "77,4%"], 2024: ["≥ 80%", "79,1%"], 2025: ["≥ 85%", None]}},
     {"code": "2.1.2", "name": "Tempo medio di attesa per gli esami di diagnostica per immagini in classe D", "baseline": "64 gg", "v": {2023: ["≤ 60 gg", "61 gg"], 2024: ["≤ 55 gg", "53 gg"], 2025: ["≤ 50 gg", None]}},
     {"code": "2.1.3", "name": "Percentuale di prestazioni ambulatoriali prenotate tramite il CUP online", "baseline": "22%", "v": {2023: ["30%", "34,5%"], 2024: ["40%", "n.d."], 2025: ["50%", None]}}]},
   {"code": "2.2", "title": "Rafforzare la rete dei servizi per la non autosufficienza",
    "text": "L'obiettivo sostiene la permanenza a domicilio delle persone non autosufficienti e la tempestività dei trasferimenti agli Enti gestori del Servizio sociale dei Comuni.",
    "rows": [
     {"code": "2.2.1", "name": "Numero di beneficiari del Fondo per l'autonomia possibile (FAP)", "baseline": "6.240", "v": {2023: ["≥ 6.500", "6.812"], 2024: ["≥ 7.000", "7.045"], 2025: ["≥ 7.300", None]}},
     {"code": "2.2.2", "name": "Tempo medio di liquidazione dei trasferimenti agli Enti gestori del Servizio sociale dei Comuni", "baseline": "45 gg", "v": {2023: ["entro 40 gg", "38 gg"], 2024: ["entro 35 gg", "36 gg"], 2025: ["entro 30 gg", None]}}]}]},
  {"code": "3", "title": "Ambiente, territorio e infrastrutture", "objectives": [
   {"code": "3.1", "title": "Accelerare la transizione ecologica",
    "text": "L'obiettivo raccoglie le azioni regionali per l'economia circolare e l'efficienza energetica del patrimonio pubblico, in coerenza con la Strategia regionale per lo sviluppo sostenibile.",
    "rows": [
     {"code": "3.1.1", "name": "Percentuale di raccolta differenziata dei rifiuti urbani", "baseline": "68,9%", "v": {2023: ["≥ 70%", "70,4%"], 2024: ["≥ 72%", "71,6%"], 2025: ["≥ 75%", None]}},
     {"code": "3.1.2", "name": "Riduzione dei consumi energetici degli edifici regionali rispetto al 2019", "baseline": "8,5%", "v": {2023: ["≥ 10%", "11,2%"], 2024: ["≥ 12%", "12,4%"], 2025: ["≥ 15%", None]}},
     {"code": "3.1.3", "name": "Numero di interventi di efficientamento energetico finanziati ai Comuni", "baseline": "112", "v": {2023: ["150", "163"], 2024: ["180", "171"], 2025: ["200", None]}}]},
   {"code": "3.2", "title": "Garantire la manutenzione e la sicurezza della rete viaria regionale",
    "text": "L'obiettivo riguarda la programmazione e l'esecuzione degli interventi di manutenzione straordinaria sulla rete stradale regionale gestita da FVG Strade S.p.A.",
    "rows": [
     {"code": "3.2.1", "name": "Chilometri di strade regionali oggetto di manutenzione straordinaria", "baseline": "74 km", "v": {2023: ["≥ 80 km", "86 km"], 2024: ["≥ 90 km", "92 km"], 2025: ["≥ 100 km", None]}},
     {"code": "3.2.2", "name": "Realizzazione del cronoprogramma del Piano regionale del trasporto pubblico locale", "baseline": "45%", "v": {2023: ["60%", "62%"], 2024: ["80%", "76%"], 2025: ["100%", None]}}]}]},
  {"code": "4", "title": "Amministrazione efficiente e trasparente", "objectives": [
   {"code": "4.1", "title": "Migliorare la tempestività dei pagamenti e la trasparenza amministrativa",
    "text": "L'obiettivo comprende la riduzione dei tempi di pagamento dei fornitori, la formazione in materia di prevenzione della corruzione e la digitalizzazione dei procedimenti rivolti all'utenza.",
    "rows": [
     {"code": "4.1.1", "name": "Indicatore annuale di tempestività dei pagamenti", "baseline": "-3,2 gg", "v": {2023: ["≤ 0 gg", "-5,1 gg"], 2024: ["≤ 0 gg", "-6,4 gg"], 2025: ["≤ 0 gg", None]}},
     {"code": "4.1.2", "name": "Percentuale di dipendenti che hanno completato la formazione obbligatoria in materia di anticorruzione", "baseline": "72%", "v": {2023: ["≥ 80%", "84%"], 2024: ["≥ 90%", "91,5%"], 2025: ["100%", None]}},
     {"code": "4.1.3", "name": "Tempo medio di risposta alle istanze di accesso civico generalizzato", "baseline": "27 gg", "v": {2023: ["≤ 25 gg", "22 gg"], 2024: ["≤ 20 gg", "19 gg"], 2025: ["≤ 20 gg", None]}},
     {"code": "4.1.4", "name": "Numero di procedimenti rivolti all'utenza digitalizzati sulla piattaforma regionale Istanze online", "baseline": "18", "v": {2023: ["≥ 25", "27"], 2024: ["≥ 35", "Obiettivo sospeso"], 2025: ["≥ 45", None]}, "status_year": 2024, "status": "suspended", "status_text": "Obiettivo sospeso"}]}]}],
 "closing": ["4. Considerazioni conclusive", [
   "Nel complesso, nel 2024 gli indicatori strategici mostrano un miglioramento rispetto alla baseline del ciclo per tutte le aree. Gli scostamenti registrati riguardano principalmente i tempi di attesa e il programma GOL, per i quali la Giunta ha confermato i target 2025 con l'aggiornamento del PIAO.",
   "L'obiettivo relativo alla digitalizzazione dei procedimenti è stato sospeso nel 2024 a seguito della migrazione della piattaforma Istanze online sul nuovo cloud regionale; le attività riprenderanno nel 2025."]],
}

# ---------------------------------------------------------------- 2. Calc: Università di Perugia, PIAO 2025-2027
def y5(t23, c23, t24, c24, t25, t26, t27):
    return {2023: [t23, c23], 2024: [t24, c24], 2025: [t25, None], 2026: [t26, None], 2027: [t27, None]}
unipg = {
 "name": "universita-perugia-2025-piao",
 "format": "xlsx",
 "document": {"issuer": "Università degli Studi di Perugia", "title": "Piano integrato di attività e organizzazione", "year": 2025, "kind": "piao"},
 "title_rows": ["UNIVERSITÀ DEGLI STUDI DI PERUGIA",
                "Piano Integrato di Attività e Organizzazione 2025-2027",
                "Sezione 2 – Valore pubblico, performance e anticorruzione – Sottosezione 2.2 Performance",
                "Allegato 2.2.A – Obiettivi strategici, indicatori e target: monitoraggio 2023-2024 e target del triennio 2025-2027"],
 "intro": "Per ciascun obiettivo strategico del Piano strategico di Ateneo 2023-2027 la tabella riporta i target e i valori consuntivi degli anni 2023 e 2024, rilevati in sede di Relazione sulla performance, e i target aggiornati per il triennio di programmazione 2025-2027. Le strutture responsabili curano la rilevazione annuale dei dati.",
 "header_top": ["Obiettivo strategico", "Cod.", "Indicatore", "Fonte del dato", "Struttura responsabile", "2023", None, "2024", None, "Target triennio 2025-2027", None, None],
 "header_sub": [None, None, None, None, None, "Target", "Consuntivo", "Target", "Consuntivo", "2025", "2026", "2027"],
 "years": [2023, 2024, 2025, 2026, 2027],
 "areas": [
  {"code": "A", "title": "Didattica", "band": "AMBITO STRATEGICO A – DIDATTICA", "objectives": [
   {"code": "A.1", "title": "Migliorare la regolarità delle carriere degli studenti", "rows": [
     {"code": "A.1.1", "name": "Percentuale di studenti che proseguono al II anno avendo acquisito almeno 40 CFU", "source": "ANVUR – indicatore iA16", "resp": "Ripartizione Didattica", "v": y5("≥ 48%", "47,2%", "≥ 50%", "51,3%", "≥ 52%", "≥ 54%", "≥ 55%")},
     {"code": "A.1.2", "name": "Percentuale di laureati entro la durata normale del corso", "source": "ANVUR – indicatore iA2", "resp": "Ripartizione Didattica", "v": y5("≥ 55%", "56,8%", "≥ 57%", "58,1%", "≥ 58%", "≥ 59%", "≥ 60%")},
     {"code": "A.1.3", "name": "Tasso di abbandono del sistema universitario dopo il primo anno", "source": "ANVUR – indicatore iA24", "resp": "Ripartizione Didattica", "v": y5("≤ 12%", "12,6%", "≤ 11%", "10,8%", "≤ 10,5%", "≤ 10%", "≤ 9,5%")}]},
   {"code": "A.2", "title": "Ampliare l'offerta formativa internazionale", "rows": [
     {"code": "A.2.1", "name": "Numero di corsi di studio erogati interamente in lingua inglese", "source": "Banca dati SUA-CdS", "resp": "Ripartizione Didattica", "v": y5("15", "15", "17", "16", "18", "20", "22")},
     {"code": "A.2.2", "name": "Percentuale di CFU conseguiti all'estero dagli studenti regolari sul totale dei CFU", "source": "ANVUR – indicatore iA10", "resp": "Area Relazioni internazionali", "v": y5("≥ 1,5%", "1,38%", "≥ 1,8%", "1,92%", "≥ 2,0%", "≥ 2,2%", "≥ 2,5%")}]}]},
  {"code": "B", "title": "Ricerca", "band": "AMBITO STRATEGICO B – RICERCA", "objectives": [
   {"code": "B.1", "title": "Accrescere la capacità di attrarre finanziamenti competitivi", "rows": [
     {"code": "B.1.1", "name": "Proventi da ricerca competitiva su bandi nazionali e internazionali", "source": "Bilancio unico di Ateneo – U-GOV", "resp": "Ripartizione Ricerca", "v": y5("almeno 12 mln €", "€ 13.480.215,00", "almeno 13 mln €", "€ 12.905.330,00", "almeno 14 mln €", "almeno 15 mln €", "almeno 16 mln €")},
     {"code": "B.1.2", "name": "Numero di progetti presentati su bandi Horizon Europe", "source": "Portale Funding & Tenders", "resp": "Ripartizione Ricerca", "v": y5("≥ 60", "71", "≥ 65", "68", "≥ 70", "≥ 75", "≥ 80")}]},
   {"code": "B.2", "title": "Valorizzare e trasferire i risultati della ricerca", "rows": [
     {"code": "B.2.1", "name": "Numero di domande di brevetto depositate", "source": "Ufficio ILO e Trasferimento tecnologico", "resp": "Area Terza missione", "v": y5("≥ 8", "9", "≥ 9", "7", "≥ 10", "≥ 10", "≥ 12")},
     {"code": "B.2.2", "name": "Percentuale di docenti e ricercatori attivi nella ricerca (almeno tre prodotti nel triennio)", "source": "Catalogo IRIS", "resp": "Ripartizione Ricerca", "v": y5("≥ 85%", "87,6%", "≥ 87%", "n.d. (dato disponibile a giugno 2025)", "≥ 88%", "≥ 89%", "≥ 90%")}]}]},
  {"code": "C", "title": "Terza missione e servizi", "band": "AMBITO STRATEGICO C – TERZA MISSIONE E SERVIZI", "objectives": [
   {"code": "C.1", "title": "Potenziare l'accompagnamento al lavoro dei laureati", "rows": [
     {"code": "C.1.1", "name": "Tasso di occupazione dei laureati magistrali a un anno dal titolo", "source": "AlmaLaurea – Indagine occupazionale", "resp": "Servizio Job Placement", "v": y5("≥ 72%", "73,5%", "≥ 74%", "74,1%", "≥ 75%", "≥ 76%", "≥ 77%")},
     {"code": "C.1.2", "name": "Numero di tirocini extracurriculari attivati presso imprese ed enti", "source": "Piattaforma tirocini di Ateneo", "resp": "Servizio Job Placement", "v": y5("420", "455", "450", "438", "480", "500", "520")}]},
   {"code": "C.2", "title": "Migliorare l'efficienza e la qualità dei servizi amministrativi", "rows": [
     {"code": "C.2.1", "name": "Tempo medio di pagamento delle fatture commerciali", "source": "Piattaforma crediti commerciali (PCC)", "resp": "Ripartizione Gestione finanziaria", "v": y5("≤ 30 gg", "24 gg", "≤ 30 gg", "21 gg", "≤ 30 gg", "≤ 30 gg", "≤ 30 gg")},
     {"code": "C.2.2", "name": "Grado di soddisfazione degli studenti per i servizi di segreteria (scala 1-4)", "source": "Indagine Good Practice", "resp": "Ripartizione Didattica", "v": y5("≥ 2,8", "2,61", "≥ 2,9", "2,94", "≥ 3,0", "≥ 3,0", "≥ 3,1")},
     {"code": "C.2.3", "name": "Percentuale di procedure di reclutamento del personale concluse nei termini", "source": "Sistema di protocollo Titulus", "resp": "Ripartizione Personale", "v": y5("90%", "92%", "95%", "93,4%", "95%", "97%", "100%")},
     {"code": "C.2.4", "name": "Riduzione dei costi energetici rispetto al 2022", "source": "Contabilità analitica U-GOV", "resp": "Ripartizione Tecnica", "v": y5("≥ 5%", "6,2%", "≥ 8%", "9,1%", "≥ 10%", "≥ 12%", "≥ 15%")}]}]}],
 "footnotes": ["Fonte: elaborazioni del Servizio Pianificazione, valutazione e controllo di gestione su dati delle strutture responsabili.",
               "I consuntivi 2024 sono quelli rilevati per la Relazione sulla performance 2024; n.d. = dato non ancora disponibile alla data di redazione."],
 "budget_title": "Allegato 2.2.B – Budget economico 2025: costi per ambito strategico (importi in euro)",
 "budget_header": ["Ambito strategico", "Costi di personale", "Costi di funzionamento", "Investimenti", "Totale 2025"],
 "budget_rows": [["A – Didattica", "98.412.000,00", "14.350.000,00", "3.200.000,00", "115.962.000,00"],
                 ["B – Ricerca", "61.870.000,00", "9.920.000,00", "7.450.000,00", "79.240.000,00"],
                 ["C – Terza missione e servizi", "22.105.000,00", "11.640.000,00", "2.180.000,00", "35.925.000,00"],
                 ["Totale", "182.387.000,00", "35.910.000,00", "12.830.000,00", "231.127.000,00"]],
}

# ---------------------------------------------------------------- 3. reportlab: ARPA Umbria, relazione 2024
LEG = {"R": "achieved", "PR": "partially_achieved", "NR": "not_achieved"}
arpa = {
 "name": "arpa-umbria-2024-relazione",
 "format": "reportlab",
 "document": {"issuer": "Agenzia Regionale per la Protezione Ambientale dell'Umbria", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "cover": ["ARPA Umbria", "Agenzia Regionale per la Protezione Ambientale dell'Umbria", "RELAZIONE SULLA PERFORMANCE", "ANNO 2024",
           "Adottata con Decreto del Direttore generale n. 112 del 26 giugno 2025"],
 "running": "ARPA Umbria – Relazione sulla performance 2024",
 "intro": [
  ["1. Presentazione", [
   "La Relazione sulla performance illustra i risultati conseguiti dall'Agenzia nel 2024 rispetto agli obiettivi operativi assegnati con il Piano integrato di attività e organizzazione 2024-2026. Per consentire una lettura dell'andamento nel tempo, le schede riportano per ciascun indicatore i valori registrati nel 2022 e nel 2023, il target 2024 e il valore conseguito.",
   "Nel corso dell'anno l'Agenzia ha garantito la piena operatività della rete di monitoraggio regionale e ha avviato il percorso di accreditamento di nuove prove di laboratorio, pur in presenza di una significativa carenza di personale tecnico."]],
  ["2. L'Agenzia in cifre", [
   "La tabella seguente riporta la consistenza del personale in servizio al 31 dicembre di ciascun anno del triennio."]]],
 "staff": {"caption": "Tabella 1 – Personale in servizio al 31 dicembre",
   "header": ["Qualifica", "2022", "2023", "2024"],
   "rows": [["Dirigenti", "24", "23", "22"], ["Personale tecnico del comparto", "168", "171", "165"],
            ["Personale amministrativo del comparto", "61", "59", "60"], ["Totale", "253", "253", "247"]]},
 "results_heading": "3. I risultati degli obiettivi operativi",
 "results_intro": "Per ogni area strategica sono riportati gli obiettivi operativi e i relativi indicatori. Il peso indica l'incidenza percentuale dell'indicatore sulla valutazione dell'obiettivo.",
 "legend": "Legenda esito: R = raggiunto; PR = parzialmente raggiunto; NR = non raggiunto.",
 "header": ["N.", "Indicatore", "Peso", "Valore 2022", "Valore 2023", "Target 2024", "Valore 2024", "Esito"],
 "areas": [
  {"code": "1", "title": "MONITORAGGIO E CONTROLLO DELL'AMBIENTE", "objectives": [
   {"code": "1.1", "title": "Garantire i controlli programmati sugli impianti soggetti ad AIA",
    "text": "L'obiettivo assicura l'attuazione del Piano regionale delle ispezioni ambientali per le installazioni soggette ad Autorizzazione integrata ambientale.",
    "rows": [
     {"code": "1.1.1", "name": "Numero di ispezioni ordinarie su installazioni AIA", "weight": 40, "y2022": "58", "y2023": "63", "target": "≥ 65", "actual": "67", "esito": "R"},
     {"code": "1.1.2", "name": "Percentuale di rapporti di ispezione trasmessi all'autorità competente entro 60 giorni dalla visita", "weight": 30, "y2022": "82%", "y2023": "88%", "target": "≥ 90%", "actual": "86,5%", "esito": "PR",
      "nota": "Nota: il ritardo nella trasmissione di 9 rapporti è dovuto alla cessazione di due ispettori nel secondo semestre, non ancora sostituiti."},
     {"code": "1.1.3", "name": "Tempo medio di rilascio dei pareri tecnici per le Autorizzazioni uniche ambientali", "weight": 30, "y2022": "41 gg", "y2023": "35 gg", "target": "≤ 30 gg", "actual": "28 gg", "esito": "R"}]},
   {"code": "1.2", "title": "Assicurare il monitoraggio della qualità dell'aria e delle acque",
    "text": "L'obiettivo riguarda la gestione della rete regionale di qualità dell'aria e l'esecuzione dei programmi di monitoraggio dei corpi idrici previsti dalla Direttiva 2000/60/CE.",
    "rows": [
     {"code": "1.2.1", "name": "Percentuale di dati validi acquisiti dalla rete regionale di qualità dell'aria", "weight": 40, "y2022": "93,1%", "y2023": "94,6%", "target": "≥ 95%", "actual": "96,2%", "esito": "R"},
     {"code": "1.2.2", "name": "Numero di campionamenti eseguiti sui corpi idrici superficiali", "weight": 30, "y2022": "412", "y2023": "436", "target": "450", "actual": "421", "esito": "PR",
      "nota": "Nota: 29 campionamenti non sono stati eseguiti per le condizioni di secca dei corsi d'acqua minori nei mesi di luglio e agosto."},
     {"code": "1.2.3", "name": "Percentuale di stazioni della rete delle acque sotterranee campionate nell'anno", "weight": 30, "y2022": "100%", "y2023": "97%", "target": "100%", "actual": "100%", "esito": "R"}]}]},
  {"code": "2", "title": "ATTIVITÀ DI LABORATORIO E SUPPORTO TECNICO", "objectives": [
   {"code": "2.1", "title": "Ridurre i tempi di risposta e migliorare la qualità delle analisi di laboratorio",
    "text": "L'obiettivo misura la tempestività della refertazione e l'estensione dell'accreditamento delle prove secondo la norma UNI CEI EN ISO/IEC 17025.",
    "rows": [
     {"code": "2.1.1", "name": "Tempo medio di refertazione dei campioni di acque destinate al consumo umano", "weight": 30, "y2022": "18 gg", "y2023": "16 gg", "target": "≤ 15 gg", "actual": "14 gg", "esito": "R"},
     {"code": "2.1.2", "name": "Percentuale di prove accreditate ACCREDIA sul totale delle prove eseguite", "weight": 20, "y2022": "71%", "y2023": "74%", "target": "≥ 76%", "actual": "76,3%", "esito": "R"},
     {"code": "2.1.3", "name": "Numero di non conformità rilevate nelle verifiche ispettive interne del sistema qualità", "weight": 20, "y2022": "9", "y2023": "7", "target": "≤ 5", "actual": "8", "esito": "NR",
      "nota": "Nota: le non conformità riguardano la gestione delle tarature delle apparecchiature; è stato adottato un piano di azioni correttive con scadenza al 30 giugno 2025."},
     {"code": "2.1.4", "name": "Numero di campioni analizzati per il controllo dei residui di prodotti fitosanitari", "weight": 30, "y2022": "1.180", "y2023": "1.245", "target": "1.300", "actual": "1.262", "esito": "PR"}]}]},
  {"code": "3", "title": "ORGANIZZAZIONE, TRASPARENZA E ANTICORRUZIONE", "objectives": [
   {"code": "3.1", "title": "Digitalizzare i processi amministrativi e valorizzare il personale",
    "text": "L'obiettivo accompagna la transizione digitale dell'Agenzia e la crescita delle competenze del personale.",
    "rows": [
     {"code": "3.1.1", "name": "Percentuale di atti amministrativi gestiti con firma digitale e protocollo informatico", "weight": 40, "y2022": "88%", "y2023": "95%", "target": "100%", "actual": "100%", "esito": "R"},
     {"code": "3.1.2", "name": "Tempo medio di pagamento dei fornitori", "weight": 30, "y2022": "32 gg", "y2023": "27 gg", "target": "≤ 30 gg", "actual": "25 gg", "esito": "R"},
     {"code": "3.1.3", "name": "Numero medio di ore di formazione pro capite del personale", "weight": 30, "y2022": "11,5", "y2023": "14,2", "target": "≥ 18 ore", "actual": "16,8 ore", "esito": "PR",
      "nota": "Nota: il piano formativo ha risentito del rinvio dei corsi sul nuovo sistema informativo dei laboratori (LIMS), riprogrammati nel primo trimestre 2025."}]},
   {"code": "3.2", "title": "Prevenire i fenomeni corruttivi",
    "text": "L'obiettivo verifica l'attuazione delle misure della sottosezione Rischi corruttivi e trasparenza del PIAO.",
    "rows": [
     {"code": "3.2.1", "name": "Percentuale di misure di prevenzione della corruzione attuate nei termini", "weight": 50, "y2022": "92%", "y2023": "96%", "target": "100%", "actual": "100%", "esito": "R"},
     {"code": "3.2.2", "name": "Grado di attuazione della rotazione ordinaria del personale nelle aree a rischio", "weight": 50, "y2022": "33%", "y2023": "41%", "target": "≥ 50%", "actual": "n.d.", "esito": "NR",
      "nota": "Nota: la rotazione è stata rinviata al 2025 in attesa del nuovo regolamento di organizzazione; sono state adottate misure alternative di segregazione delle funzioni."}]}]}],
 "summary": {"heading": "4. Sintesi dei risultati",
   "text": "Complessivamente, dei 15 indicatori monitorati 9 risultano raggiunti, 4 parzialmente raggiunti e 2 non raggiunti.",
   "caption": "Tabella 2 – Distribuzione degli indicatori per esito",
   "header": ["Esito", "N. indicatori", "%"],
   "rows": [["Raggiunto", "9", "60,0%"], ["Parzialmente raggiunto", "4", "26,7%"], ["Non raggiunto", "2", "13,3%"], ["Totale", "15", "100,0%"]]},
 "footnote": "Fonte: sistema di controllo di gestione dell'Agenzia e banche dati SIRA."
}

for c in (fvg, unipg, arpa):
    with open(os.path.join(HERE, c["name"] + ".content.json"), "w") as f:
        json.dump(c, f, ensure_ascii=False, indent=1)
print("ok")
