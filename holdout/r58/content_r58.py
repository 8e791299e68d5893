# Writes the three *.content.json files of round r58 (hand-written content).
import json
C = {}

# ---------------------------------------------------------------- 1. Word relazione
C["comune-forli-2024-relazione"] = {
 "document": {"issuer": "Comune di Forlì", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "cover": ["COMUNE DI FORLÌ", "Relazione sulla performance", "Anno 2024",
           "(art. 10, comma 1, lettera b, D.Lgs. 150/2009)",
           "Approvata con deliberazione di Giunta comunale n. 187 del 24 giugno 2025"],
 "intro": [
  ("h1", "1. Presentazione"),
  ("p", "La Relazione sulla performance rendiconta i risultati organizzativi conseguiti nell'anno 2024 rispetto agli obiettivi operativi definiti nella sezione Valore pubblico, performance e anticorruzione del PIAO 2024-2026. Per ciascun indicatore si riportano il valore atteso, la rilevazione intermedia al 30 giugno effettuata in sede di monitoraggio infrannuale e il valore finale rilevato al 31 dicembre, sul quale è calcolato il grado di raggiungimento."),
  ("p", "Il grado di raggiungimento è espresso in percentuale ed è pari al rapporto tra il valore conseguito e il valore atteso, con un massimo del 100%. L'esito è attribuito dal Nucleo di valutazione secondo la seguente scala: Raggiunto (grado pari o superiore al 90%), Parzialmente raggiunto (tra il 60% e il 90%), Non raggiunto (inferiore al 60%)."),
  ("p", "Il monitoraggio intermedio al 30 giugno 2024 è stato presentato alla Giunta con deliberazione n. 312 del 30 luglio 2024; in quella sede sono state valutate le criticità emerse e, per un obiettivo, è stata disposta la sospensione. I valori al 30/06 sono riportati a fini di confronto e non concorrono alla misurazione del grado di raggiungimento."),
  ("p", "I dati sono stati validati dai dirigenti responsabili e verificati a campione dal Servizio Controllo di gestione sulla base della documentazione conservata agli atti (report dei gestionali, determinazioni, estrazioni dalle banche dati regionali)."),
  ("h1", "2. Il contesto organizzativo"),
  ("p", "Al 31 dicembre 2024 il Comune contava 712 dipendenti a tempo indeterminato, distribuiti nelle aree e nei servizi come indicato nella tabella seguente."),
 ],
 "staff": {"caption": "Tabella 1 – Personale in servizio al 31/12/2024",
   "header": ["Area", "Dirigenti", "Funzionari EQ", "Istruttori", "Operatori", "Totale"],
   "rows": [["Servizi alla persona e alla famiglia", "2", "48", "121", "36", "207"],
            ["Servizi al territorio e lavori pubblici", "3", "41", "88", "59", "191"],
            ["Servizi finanziari e risorse", "2", "29", "74", "12", "117"],
            ["Polizia locale", "1", "14", "112", "0", "127"],
            ["Segreteria generale e servizi istituzionali", "1", "17", "44", "8", "70"],
            ["Totale", "9", "149", "439", "115", "712"]]},
 "results_intro": [
  ("h1", "3. I risultati per area strategica"),
  ("p", "Le tabelle che seguono riportano, per ogni obiettivo operativo, gli indicatori con i valori di monitoraggio. La colonna al 31/12 riporta il valore conclusivo dell'anno."),
 ],
 "header": {"row1": ["Cod.", "Indicatore", "Target 2024", "Monitoraggio", None, "Risultato", None, "Note"],
            "row2": [None, None, None, "al 30/06", "al 31/12", "Grado %", "Esito", None]},
 "areas": [
  {"code": "1", "title": "Forlì città che cura", "label": "Area strategica 1 – Forlì città che cura",
   "objectives": [
    {"code": "1.1", "title": "Potenziare i servizi educativi per la prima infanzia", "level": "operational",
     "heading": "Obiettivo operativo 1.1 – Potenziare i servizi educativi per la prima infanzia",
     "rows": [
      {"code": "1.1.a", "name": "Percentuale di domande di iscrizione ai nidi d'infanzia accolte", "target": "≥ 85%", "mid": "78,4%", "actual": "88,2%", "grado": "100%", "esito": "Raggiunto", "note": None},
      {"code": "1.1.b", "name": "Tempo medio di pubblicazione della graduatoria dalla chiusura del bando", "target": "≤ 30 gg", "mid": "34 gg", "actual": "27 gg", "grado": "100%", "esito": "Raggiunto", "note": "Graduatoria unica informatizzata"},
      {"code": "1.1.c", "name": "Numero di nuovi posti nido attivati con fondi PNRR", "target": "40", "mid": "0", "actual": "24", "grado": "60%", "esito": "Parzialmente raggiunto", "note": "Cantiere di via Ravegnana concluso a novembre; apertura a gennaio 2025"},
     ]},
    {"code": "1.2", "title": "Sostenere l'inclusione sociale delle persone fragili", "level": "operational",
     "heading": "Obiettivo operativo 1.2 – Sostenere l'inclusione sociale delle persone fragili",
     "rows": [
      {"code": "1.2.a", "name": "Numero di progetti personalizzati di inclusione attivati", "target": "≥ 180", "mid": "96", "actual": "203", "grado": "100%", "esito": "Raggiunto", "note": None},
      {"code": "1.2.b", "name": "Tempo medio di presa in carico dalla segnalazione", "target": "≤ 15 gg", "mid": "17 gg", "actual": "19 gg", "grado": "79%", "esito": "Parzialmente raggiunto", "note": "Carenza di due assistenti sociali nel secondo semestre"},
      {"code": "1.2.c", "name": "Risorse erogate per contributi all'affitto", "target": "€ 1.250.000,00", "mid": "€ 410.000,00", "actual": "€ 1.198.450,00", "grado": "95,9%", "esito": "Raggiunto", "note": None},
      {"code": "1.2.d", "name": "Apertura dello sportello unico per la non autosufficienza", "target": "entro il 30/09/2024", "mid": "In corso", "actual": "Obiettivo sospeso", "grado": "n.d.", "esito": "Sospeso", "note": "Sospeso in attesa delle linee guida regionali (DGR 1127/2024)"},
     ]},
   ]},
  {"code": "2", "title": "Forlì città sostenibile", "label": "Area strategica 2 – Forlì città sostenibile",
   "objectives": [
    {"code": "2.1", "title": "Migliorare la qualità ambientale e la raccolta differenziata", "level": "operational",
     "heading": "Obiettivo operativo 2.1 – Migliorare la qualità ambientale e la raccolta differenziata",
     "rows": [
      {"code": "2.1.a", "name": "Percentuale di raccolta differenziata", "target": "≥ 78%", "mid": "76,9%", "actual": "79,4%", "grado": "100%", "esito": "Raggiunto", "note": "Dato certificato ARPAE"},
      {"code": "2.1.b", "name": "Numero di controlli sul conferimento dei rifiuti", "target": "≥ 1.200", "mid": "512", "actual": "1.086", "grado": "90,5%", "esito": "Raggiunto", "note": None},
      {"code": "2.1.c", "name": "Riduzione dei consumi energetici degli edifici comunali rispetto al 2023", "target": "≥ 5%", "mid": "1,8%", "actual": "2,6%", "grado": "52%", "esito": "Non raggiunto", "note": "Ritardo nella sostituzione delle centrali termiche"},
      {"code": "2.1.d", "name": "Alberi messi a dimora nel verde pubblico", "target": "500", "mid": "120", "actual": "540", "grado": "100%", "esito": "Raggiunto", "note": None},
     ]},
    {"code": "2.2", "title": "Semplificare i procedimenti edilizi", "level": "operational",
     "heading": "Obiettivo operativo 2.2 – Semplificare i procedimenti edilizi",
     "rows": [
      {"code": "2.2.a", "name": "Tempo medio di rilascio del permesso di costruire", "target": "≤ 60 gg", "mid": "64 gg", "actual": "58 gg", "grado": "100%", "esito": "Raggiunto", "note": None},
      {"code": "2.2.b", "name": "Percentuale di pratiche SUE presentate in modalità telematica", "target": "100%", "mid": "97,5%", "actual": "99,1%", "grado": "99,1%", "esito": "Raggiunto", "note": "Restano cartacee le sole pratiche di sanatoria ante 2010"},
      {"code": "2.2.c", "name": "Numero di sopralluoghi di verifica sulle SCIA", "target": "≥ 150", "mid": "61", "actual": "n.d.", "grado": "n.d.", "esito": "Non raggiunto", "note": "Dato non rilevato per malfunzionamento del gestionale"},
     ]},
   ]},
  {"code": "3", "title": "Forlì città efficiente", "label": "Area strategica 3 – Forlì città efficiente",
   "objectives": [
    {"code": "3.1", "title": "Garantire la tempestività dei pagamenti e la riscossione delle entrate", "level": "operational",
     "heading": "Obiettivo operativo 3.1 – Garantire la tempestività dei pagamenti e la riscossione delle entrate",
     "rows": [
      {"code": "3.1.a", "name": "Indicatore annuale di tempestività dei pagamenti", "target": "≤ 0 gg", "mid": "-3,2 gg", "actual": "-5,1 gg", "grado": "100%", "esito": "Raggiunto", "note": None},
      {"code": "3.1.b", "name": "Percentuale di riscossione dei tributi di competenza", "target": "≥ 82%", "mid": "46,7%", "actual": "83,5%", "grado": "100%", "esito": "Raggiunto", "note": None},
      {"code": "3.1.c", "name": "Numero di avvisi di accertamento IMU emessi", "target": "≥ 2.500", "mid": "830", "actual": "2.714", "grado": "100%", "esito": "Raggiunto", "note": None},
     ]},
   ]},
 ],
 "closing": [
  ("h1", "4. Sintesi dei risultati"),
  ("p", "Dei 17 indicatori monitorati, 12 risultano raggiunti, 2 parzialmente raggiunti, 2 non raggiunti e 1 sospeso. Il grado medio di raggiungimento degli obiettivi operativi, calcolato sugli indicatori misurabili, è pari al 91,6%."),
 ],
 "summary": {"caption": "Tabella 2 – Esito degli indicatori per area strategica",
   "header": ["Area strategica", "Raggiunto", "Parzialmente raggiunto", "Non raggiunto", "Sospeso", "Totale"],
   "rows": [["1 – Forlì città che cura", "4", "2", "0", "1", "7"],
            ["2 – Forlì città sostenibile", "5", "0", "2", "0", "7"],
            ["3 – Forlì città efficiente", "3", "0", "0", "0", "3"],
            ["Totale", "12", "2", "2", "1", "17"]]},
}

# ---------------------------------------------------------------- 2. reportlab piano (borderless)
C["provincia-pesaro-urbino-2025-piano"] = {
 "document": {"issuer": "Provincia di Pesaro e Urbino", "title": "Piano della performance", "year": 2025, "kind": "piano"},
 "cover": ["PROVINCIA DI PESARO E URBINO", "Piano della performance 2025-2027",
           "Allegato al Piano integrato di attività e organizzazione", "Decreto presidenziale n. 14 del 30 gennaio 2025"],
 "intro": [
  ("h1", "1. Premessa"),
  ("p", "Il presente Piano individua gli obiettivi operativi dell'Ente per il triennio 2025-2027 in coerenza con le linee programmatiche di mandato e con il Documento unico di programmazione. Per ogni obiettivo sono indicati gli indicatori di risultato, la fonte del dato, il valore di partenza rilevato nel 2024 e i valori attesi per ciascuna annualità del triennio."),
  ("p", "Le funzioni fondamentali della Provincia riguardano la viabilità provinciale, l'edilizia scolastica degli istituti superiori, la pianificazione territoriale di coordinamento, la tutela dell'ambiente e l'assistenza tecnico-amministrativa agli enti locali del territorio."),
  ("h1", "2. Le risorse finanziarie"),
  ("p", "Le risorse assegnate alle missioni di bilancio per il triennio sono riepilogate nella tabella seguente (stanziamenti di competenza del bilancio di previsione 2025-2027)."),
 ],
 "budget": {"caption": "Tabella 1 – Stanziamenti per missione (euro)",
   "header": ["Missione", "2025", "2026", "2027"],
   "rows": [["01 – Servizi istituzionali, generali e di gestione", "14.820.300,00", "14.102.650,00", "13.998.000,00"],
            ["04 – Istruzione e diritto allo studio", "22.415.780,00", "18.760.000,00", "16.240.500,00"],
            ["09 – Sviluppo sostenibile e tutela del territorio", "3.104.220,00", "2.987.000,00", "2.950.000,00"],
            ["10 – Trasporti e diritto alla mobilità", "31.672.940,00", "27.315.800,00", "25.880.100,00"],
            ["Totale", "72.013.240,00", "63.165.450,00", "59.068.600,00"]]},
 "results_intro": [
  ("h1", "3. Obiettivi e indicatori"),
 ],
 "header": {"row1": ["Cod.", "Indicatore", "Fonte del dato", "Baseline 2024", "Valore atteso"],
            "row2": ["2025", "2026", "2027"]},
 "years": [2025, 2026, 2027],
 "areas": [
  {"code": "A", "title": "Viabilità e infrastrutture", "label": "AREA STRATEGICA A – Viabilità e infrastrutture",
   "objectives": [
    {"code": "A.1", "title": "Messa in sicurezza della rete stradale provinciale", "level": "operational",
     "heading": "Obiettivo operativo A.1 – Messa in sicurezza della rete stradale provinciale",
     "rows": [
      {"code": "A.1.1", "name": "Chilometri di strade provinciali con pavimentazione rifatta", "source": "Servizio Viabilità – Sistema gestione strade", "baseline": "38 km", "targets": ["≥ 40 km", "≥ 45 km", "≥ 45 km"]},
      {"code": "A.1.2", "name": "Percentuale di ponti e viadotti sottoposti a ispezione di livello 2", "source": "Catasto opere d'arte (Linee guida MIT 2020)", "baseline": "62%", "targets": ["≥ 75%", "≥ 90%", "100%"]},
      {"code": "A.1.3", "name": "Tempo medio di intervento per la rimozione di pericoli sulla carreggiata", "source": "Registro segnalazioni Centro operativo", "baseline": "6 ore", "targets": ["≤ 5 ore", "≤ 4 ore", "≤ 4 ore"]},
     ]},
    {"code": "A.2", "title": "Attuazione degli interventi finanziati dal PNRR sulla viabilità", "level": "operational",
     "heading": "Obiettivo operativo A.2 – Attuazione degli interventi finanziati dal PNRR sulla viabilità",
     "rows": [
      {"code": "A.2.1", "name": "Percentuale di spesa liquidata sul totale finanziato", "source": "ReGiS – contabilità dell'Ente", "baseline": "41,3%", "targets": ["≥ 80%", "100%", None]},
      {"code": "A.2.2", "name": "Importo dei lavori aggiudicati", "source": "Stazione unica appaltante", "baseline": "€ 6.870.000", "targets": ["€ 9.500.000", "€ 4.200.000", None]},
     ]},
   ]},
  {"code": "B", "title": "Edilizia scolastica", "label": "AREA STRATEGICA B – Edilizia scolastica",
   "objectives": [
    {"code": "B.1", "title": "Adeguamento sismico ed efficientamento degli istituti superiori", "level": "operational",
     "heading": "Obiettivo operativo B.1 – Adeguamento sismico ed efficientamento degli istituti superiori",
     "rows": [
      {"code": "B.1.1", "name": "Numero di edifici scolastici con adeguamento sismico concluso", "source": "Servizio Edilizia scolastica", "baseline": "11", "targets": ["14", "17", "20"]},
      {"code": "B.1.2", "name": "Riduzione dei consumi di energia termica degli istituti rispetto al 2024", "source": "Contratto servizio energia – report gestore", "baseline": "n.d.", "targets": ["≥ 3%", "≥ 6%", "≥ 10%"]},
      {"code": "B.1.3", "name": "Tempo medio di risposta alle richieste di manutenzione delle scuole", "source": "Piattaforma segnalazioni istituti", "baseline": "12 gg", "targets": ["≤ 10 gg", "≤ 8 gg", "≤ 8 gg"]},
     ]},
   ]},
  {"code": "C", "title": "Ambiente e territorio", "label": "AREA STRATEGICA C – Ambiente e territorio",
   "objectives": [
    {"code": "C.1", "title": "Controlli ambientali e autorizzazioni", "level": "operational",
     "heading": "Obiettivo operativo C.1 – Controlli ambientali e autorizzazioni",
     "rows": [
      {"code": "C.1.1", "name": "Numero di controlli sugli impianti di gestione dei rifiuti", "source": "Servizio Ambiente – registro ispezioni", "baseline": "86", "targets": ["≥ 90", "≥ 95", "≥ 100"]},
      {"code": "C.1.2", "name": "Percentuale di autorizzazioni uniche ambientali rilasciate nei termini", "source": "SUAP – gestionale pratiche", "baseline": "91,5%", "targets": ["≥ 95%", "≥ 95%", "≥ 97%"]},
      {"code": "C.1.3", "name": "Approvazione della variante al Piano territoriale di coordinamento", "source": "Atti del Consiglio provinciale", "baseline": "Procedimento avviato", "targets": ["Adozione entro il 31/12/2025", "Approvazione definitiva", None]},
     ]},
   ]},
 ],
 "closing": [
  ("h1", "4. Monitoraggio"),
  ("p", "Il monitoraggio degli indicatori è effettuato con cadenza semestrale dal Servizio Controllo di gestione. Gli esiti sono trasmessi al Nucleo di valutazione e confluiscono nella Relazione sulla performance dell'anno di riferimento."),
 ],
}

# ---------------------------------------------------------------- 3. Calc export relazione (3-row header)
C["cciaa-romagna-2024-relazione"] = {
 "document": {"issuer": "Camera di Commercio della Romagna – Forlì-Cesena e Rimini", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "premessa": [
  ("h", "1. Finalità del documento"),
  ("p", "Il presente allegato riporta, per ciascun obiettivo strategico del Programma pluriennale 2020-2024 e della Relazione previsionale e programmatica 2024, gli indicatori di performance con i target assegnati e i valori a consuntivo degli esercizi 2023 e 2024, estratti dal sistema di controllo di gestione camerale. Lo scostamento è calcolato come differenza tra consuntivo e target."),
  ("h", "2. Criteri di lettura"),
  ("p", "Per gli indicatori con target espresso come soglia minima (≥) lo scostamento positivo indica un risultato migliore dell'atteso; per gli indicatori con soglia massima (≤), come i tempi medi, è migliore lo scostamento negativo. Il valore n.d. indica un dato non ancora disponibile alla data di redazione della Relazione."),
  ("p", "Il grado di raggiungimento degli obiettivi strategici e la valutazione della performance organizzativa complessiva sono illustrati nella sezione 3 della Relazione; il presente allegato ne costituisce la base documentale ed è stato validato dall'Organismo indipendente di valutazione in data 18 giugno 2025."),
  ("h", "3. Contenuto"),
  ("p", "Foglio Indicatori: monitoraggio degli indicatori strategici per area e obiettivo. Foglio Risorse: proventi e oneri correnti dell'esercizio 2024 a confronto con il preventivo aggiornato."),
 ],
 "title_rows": ["Camera di Commercio della Romagna – Forlì-Cesena e Rimini",
                "Relazione sulla performance 2024 – Allegato 1: Monitoraggio degli indicatori strategici (confronto 2023-2024)"],
 "header": {"row1": ["Area strategica", "Obiettivo strategico", "Cod.", "Indicatore", "Unità di misura", "Valori degli indicatori", None, None, None, None, None, "Note"],
            "row2": [None, None, None, None, None, "Anno 2023", None, None, "Anno 2024", None, None, None],
            "row3": [None, None, None, None, None, "Target", "Consuntivo", "Scost.", "Target", "Consuntivo", "Scost.", None]},
 "years": [2023, 2024],
 "areas": [
  {"code": "1", "title": "Competitività delle imprese e del territorio", "cell": "1 – Competitività delle imprese e del territorio",
   "objectives": [
    {"code": "1.1", "title": "Sostenere la digitalizzazione delle imprese", "cell": "1.1 – Sostenere la digitalizzazione delle imprese", "level": "strategic",
     "rows": [
      {"code": "1.1.1", "name": "Numero di imprese assistite dal Punto Impresa Digitale", "unit": "n.", "y": [["≥ 350", "402", "+52"], ["≥ 400", "437", "+37"]], "note": None},
      {"code": "1.1.2", "name": "Numero di assessment di maturità digitale erogati", "unit": "n.", "y": [["≥ 120", "131", "+11"], ["≥ 150", "142", "-8"]], "note": "Calo delle richieste nel 2° semestre 2024"},
      {"code": "1.1.3", "name": "Contributi concessi con il bando voucher digitali", "unit": "euro", "y": [["€ 600.000,00", "€ 587.300,00", "-12.700,00"], ["€ 650.000,00", "€ 649.880,00", "-120,00"]], "note": None},
     ]},
    {"code": "1.2", "title": "Promuovere l'internazionalizzazione", "cell": "1.2 – Promuovere l'internazionalizzazione", "level": "strategic",
     "rows": [
      {"code": "1.2.1", "name": "Numero di imprese partecipanti a fiere e missioni estere", "unit": "n.", "y": [["≥ 80", "74", "-6"], ["≥ 80", "96", "+16"]], "note": None},
      {"code": "1.2.2", "name": "Percentuale di certificati di origine rilasciati in modalità telematica", "unit": "%", "y": [["≥ 90%", "93,4%", "+3,4"], ["≥ 95%", "97,8%", "+2,8"]], "note": None},
     ]},
   ]},
  {"code": "2", "title": "Regolazione e tutela del mercato", "cell": "2 – Regolazione e tutela del mercato",
   "objectives": [
    {"code": "2.1", "title": "Garantire la trasparenza del mercato e la tenuta del Registro imprese", "cell": "2.1 – Garantire la trasparenza del mercato e la tenuta del Registro imprese", "level": "strategic",
     "rows": [
      {"code": "2.1.1", "name": "Tempo medio di evasione delle pratiche del Registro imprese", "unit": "giorni", "y": [["≤ 5 gg", "4,2 gg", "-0,8"], ["≤ 4 gg", "3,6 gg", "-0,4"]], "note": "Dato Priamo"},
      {"code": "2.1.2", "name": "Percentuale di pratiche evase entro 5 giorni", "unit": "%", "y": [["≥ 85%", "88,1%", "+3,1"], ["≥ 90%", "91,6%", "+1,6"]], "note": None},
      {"code": "2.1.3", "name": "Numero di cancellazioni d'ufficio di imprese non operative", "unit": "n.", "y": [["≥ 400", "455", "+55"], ["≥ 450", "312", "-138"]], "note": "Procedure rallentate dal nuovo applicativo nazionale"},
      {"code": "2.1.4", "name": "Numero di verifiche metrologiche su strumenti di misura", "unit": "n.", "y": [["≥ 250", "268", "+18"], ["≥ 260", "n.d.", None]], "note": "Rilevazione 2024 in corso di validazione"},
     ]},
    {"code": "2.2", "title": "Diffondere la giustizia alternativa", "cell": "2.2 – Diffondere la giustizia alternativa", "level": "strategic",
     "rows": [
      {"code": "2.2.1", "name": "Durata media delle procedure di mediazione", "unit": "giorni", "y": [["≤ 90 gg", "84 gg", "-6"], ["≤ 90 gg", "97 gg", "+7"]], "note": None},
      {"code": "2.2.2", "name": "Percentuale di mediazioni concluse con accordo", "unit": "%", "y": [["≥ 30%", "33,5%", "+3,5"], ["≥ 32%", "31,0%", "-1,0"]], "note": None},
     ]},
   ]},
  {"code": "3", "title": "Efficienza e sostenibilità dell'Ente", "cell": "3 – Efficienza e sostenibilità dell'Ente",
   "objectives": [
    {"code": "3.1", "title": "Garantire la solidità economico-finanziaria", "cell": "3.1 – Garantire la solidità economico-finanziaria", "level": "strategic",
     "rows": [
      {"code": "3.1.1", "name": "Tasso di riscossione del diritto annuale", "unit": "%", "y": [["≥ 74%", "75,2%", "+1,2"], ["≥ 75%", "74,1%", "-0,9"]], "note": None},
      {"code": "3.1.2", "name": "Tempo medio di pagamento delle fatture passive", "unit": "giorni", "y": [["≤ 30 gg", "18 gg", "-12"], ["≤ 30 gg", "16 gg", "-14"]], "note": None},
      {"code": "3.1.3", "name": "Incidenza dei costi di struttura sui proventi correnti", "unit": "%", "y": [["≤ 48%", "46,9%", "-1,1"], ["≤ 47%", "47,0%", "0,0"]], "note": None},
      {"code": "3.1.4", "name": "Percentuale di dipendenti coinvolti in attività formative", "unit": "%", "y": [["≥ 80%", "86%", "+6"], ["≥ 85%", "92%", "+7"]], "note": "Incluso il piano Syllabus"},
     ]},
   ]},
 ],
 "note_rows": ["Scost. = Consuntivo – Target (in punti percentuali, giorni o unità secondo l'unità di misura).",
               "Fonte: Sistema di controllo di gestione camerale – Pareto/Kronos; Registro imprese – Priamo."],
 "budget": {"sheet": "Risorse", "title": "Proventi e oneri correnti – Consuntivo 2024 (euro)",
   "header": ["Voce", "Preventivo aggiornato 2024", "Consuntivo 2024", "Differenza"],
   "rows": [["Diritto annuale", "14.950.000,00", "15.112.480,35", "162.480,35"],
            ["Diritti di segreteria", "4.380.000,00", "4.461.905,20", "81.905,20"],
            ["Contributi trasferimenti e altre entrate", "1.210.000,00", "1.348.270,00", "138.270,00"],
            ["Personale", "-6.820.000,00", "-6.601.330,14", "218.669,86"],
            ["Funzionamento", "-4.950.000,00", "-4.702.118,49", "247.881,51"],
            ["Interventi economici", "-6.500.000,00", "-6.277.540,00", "222.460,00"],
            ["Ammortamenti e accantonamenti", "-3.400.000,00", "-3.515.002,30", "-115.002,30"]]},
}

for k, v in C.items():
    json.dump(v, open(f"/work/blind/r58/{k}.content.json", "w"), ensure_ascii=False, indent=1)
print("ok")
