"""Writes the three r38 content files (hand-written data)."""
import json

# ---------------------------------------------------------------- A: ASP
# Rows: [code, indicator, target, actual, achievement, status, dir, comment]
asp = {
    "name": "asp-reggio-emilia-2024-relazione",
    "document": {"issuer": "ASP Reggio Emilia – Città delle Persone",
                 "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
    "cover": ["ASP Reggio Emilia – Città delle Persone",
              "RELAZIONE SULLA PERFORMANCE 2024",
              "(art. 10, comma 1, lett. b, D.Lgs. 150/2009)",
              "Approvata con deliberazione del Consiglio di Amministrazione n. 14 del 27 giugno 2025"],
    "intro": [
        ("h1", "1. Premessa"),
        ("p", "L'Azienda pubblica di Servizi alla Persona del Distretto di Reggio Emilia presenta la Relazione sulla performance, che illustra i risultati organizzativi raggiunti nel corso del 2024 rispetto agli obiettivi programmati nel Piano integrato di attività e organizzazione 2024-2026, adottato con deliberazione n. 5 del 30 gennaio 2024. L'Azienda gestisce servizi residenziali e semiresidenziali per anziani non autosufficienti, servizi per persone con disabilità, servizi per minori e famiglie e interventi di contrasto alla povertà in convenzione con il Comune di Reggio Emilia."),
        ("p", "Il grado di raggiungimento è calcolato come rapporto tra valore consuntivo e valore atteso; per gli indicatori in cui un valore inferiore esprime un risultato migliore il rapporto è invertito. Un indicatore si considera raggiunto con un grado pari o superiore al 95%, parzialmente raggiunto tra il 70% e il 95%."),
        ("h1", "2. Il contesto organizzativo"),
        ("p", "Al 31 dicembre 2024 il personale in servizio è così distribuito:"),
        ("staff", [["Profilo", "Tempo indeterminato", "Tempo determinato", "Totale"],
                   ["Dirigenti", "3", "1", "4"],
                   ["Funzionari ed Elevate Qualificazioni", "28", "4", "32"],
                   ["Istruttori", "61", "9", "70"],
                   ["Operatori esperti (OSS)", "214", "37", "251"],
                   ["Totale", "306", "51", "357"]]),
        ("h1", "3. I risultati per area strategica"),
        ("p", "Nelle tabelle seguenti sono riportati, per ciascuna area strategica, gli obiettivi operativi con i relativi indicatori, il valore atteso, il valore consuntivo al 31/12/2024 e lo stato di raggiungimento. Le eventuali note esplicative sono riportate sotto l'indicatore cui si riferiscono."),
    ],
    "header": ["N.", "Indicatore", "Target 2024", "Consuntivo 2024", "% raggiung.", "Stato"],
    "areas": [
        {"code": "1", "title": "Anziani e non autosufficienza", "heading": "Area strategica 1 – Anziani e non autosufficienza",
         "objectives": [
             {"code": "1.1", "title": "Qualità dell'assistenza nelle Case Residenza Anziani",
              "rows": [
                  ["1", "Tasso di occupazione dei posti letto accreditati nelle CRA", ">= 97%", "98,4%", "100%", "Raggiunto", "up", None],
                  ["2", "Percentuale di ospiti con Piano Assistenziale Individualizzato aggiornato entro 30 giorni dall'ingresso", "100%", "96,2%", "96,2%", "Raggiunto", "up", None],
                  ["3", "Numero di cadute con esito di frattura ogni 1.000 giornate di degenza", "<= 0,15", "0,21", "60%", "Non raggiunto", None,
                   "Nota: l'incremento è concentrato nel nucleo Alzheimer della CRA Villa Primavera, interessato da lavori di ristrutturazione tra aprile e settembre; è stato avviato un audit clinico con il Servizio di Medicina del Lavoro e il fisioterapista di struttura."],
                  ["4", "Percentuale di ospiti con lesioni da pressione insorte in struttura", "<= 4%", "3,1%", "100%", "Raggiunto", None, None],
              ]},
             {"code": "1.2", "title": "Sviluppo dei servizi domiciliari e del Centro Diurno",
              "rows": [
                  ["5", "Numero di utenti in carico al Servizio di Assistenza Domiciliare", ">= 420", "447", "100%", "Raggiunto", "up", None],
                  ["6", "Tempo medio di attivazione del SAD dalla richiesta del Servizio sociale territoriale", "<= 10 gg", "12 gg", "83%", "Parzialmente raggiunto", "down",
                   "Nota: nei mesi estivi la carenza di operatori socio-sanitari ha allungato i tempi di presa in carico; dal mese di ottobre il valore mensile è rientrato a 8 giorni."],
                  ["7", "Grado di saturazione dei posti del Centro Diurno \"Il Girasole\"", ">= 90%", "92,5%", "100%", "Raggiunto", "up", None],
              ]},
         ]},
        {"code": "2", "title": "Disabilità, minori e inclusione sociale", "heading": "Area strategica 2 – Disabilità, minori e inclusione sociale",
         "objectives": [
             {"code": "2.1", "title": "Progetti di vita indipendente per persone con disabilità",
              "rows": [
                  ["8", "Numero di persone con disabilità inserite in percorsi di \"Dopo di noi\" (L. 112/2016)", ">= 24", "27", "100%", "Raggiunto", "up", None],
                  ["9", "Percentuale di progetti individuali verificati con la famiglia almeno due volte l'anno", ">= 90%", "94%", "100%", "Raggiunto", "up", None],
                  ["10", "Apertura del nuovo gruppo appartamento di via Emilia Ospizio", "entro 30/06/2024", "Aperto il 16/09/2024", "0%", "Non raggiunto", None,
                   "Nota: il ritardo è dovuto alla variante in corso d'opera approvata dal Comune per l'adeguamento antincendio; la struttura ospita 5 persone dal 16 settembre."],
              ]},
             {"code": "2.2", "title": "Accoglienza di minori e nuclei fragili",
              "rows": [
                  ["11", "Numero di nuclei madre-bambino accolti nelle comunità aziendali", ">= 18", "21", "100%", "Raggiunto", "up", None],
                  ["12", "Percentuale di minori stranieri non accompagnati con progetto formativo o lavorativo attivo", ">= 75%", "71,8%", "95,7%", "Raggiunto", "up", None],
                  ["13", "Tempo medio di permanenza nelle strutture di prima accoglienza", "<= 90 giorni", "84 giorni", "100%", "Raggiunto", "down", None],
              ]},
         ]},
        {"code": "3", "title": "Efficienza, trasparenza e sostenibilità economica", "heading": "Area strategica 3 – Efficienza, trasparenza e sostenibilità economica",
         "objectives": [
             {"code": "3.1", "title": "Equilibrio economico e tempestività dei pagamenti",
              "rows": [
                  ["14", "Indicatore annuale di tempestività dei pagamenti", "<= 0 gg", "-4,2 gg", "100%", "Raggiunto", None, None],
                  ["15", "Percentuale di riscossione delle rette dell'esercizio", ">= 95%", "96,7%", "100%", "Raggiunto", "up", None],
                  ["16", "Risultato d'esercizio", ">= € 0,00", "€ 182.430,55", "100%", "Raggiunto", None, None],
              ]},
             {"code": "3.2", "title": "Benessere organizzativo e formazione del personale",
              "rows": [
                  ["17", "Ore medie di formazione per dipendente", ">= 12", "14,5", "100%", "Raggiunto", None, None],
                  ["18", "Tasso di assenza del personale OSS", "<= 11%", "12,9%", "85,3%", "Parzialmente raggiunto", "up",
                   "Nota: il dato comprende le assenze per infortunio e malattia di lunga durata (8 dipendenti); al netto di queste il tasso si attesta al 10,4%."],
                  ["19", "Indagine di benessere organizzativo: percentuale di rispondenti", ">= 50%", "n.d.", None, "Obiettivo sospeso", None,
                   "Nota: l'indagine è stata rinviata al 2025 su indicazione dell'OIV per allinearla al nuovo questionario regionale."],
              ]},
         ]},
    ],
    "outro": [
        ("h1", "4. Sintesi dei risultati"),
        ("p", "Dei 19 indicatori monitorati, 14 risultano raggiunti, 2 parzialmente raggiunti, 2 non raggiunti e 1 sospeso. La percentuale media di raggiungimento degli obiettivi operativi, utilizzata ai fini della valutazione della performance organizzativa, è pari al 91,6%."),
        ("summary", [["Esito", "N. indicatori", "%"], ["Raggiunto", "14", "73,7%"], ["Parzialmente raggiunto", "2", "10,5%"],
                     ["Non raggiunto", "2", "10,5%"], ["Sospeso", "1", "5,3%"], ["Totale", "19", "100,0%"]]),
        ("p", "La presente Relazione è trasmessa all'Organismo Indipendente di Valutazione per la validazione ai sensi dell'art. 14, comma 4, lett. c) del D.Lgs. 150/2009 e pubblicata nella sezione Amministrazione trasparente del sito istituzionale."),
    ],
}
# row dir: "up" higher better, "down" lower better, None -> decided by name/operator (checked by hand below)

# ---------------------------------------------------------------- B: ARPAL PIAO
# rows: [indicator, baseline, t25, t26, t27, peso]
arpal = {
    "name": "arpal-puglia-2025-piao",
    "document": {"issuer": "Agenzia Regionale per le Politiche Attive del Lavoro",
                 "title": "Piano integrato di attività e organizzazione", "year": 2025, "kind": "piao"},
    "cover": ["ARPAL PUGLIA", "Agenzia Regionale per le Politiche Attive del Lavoro",
              "PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE", "2025 – 2027",
              "Adottato con Determinazione del Direttore Generale n. 41 del 30 gennaio 2025"],
    "intro": [
        ("h1", "SEZIONE 1 – SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE"),
        ("p", "ARPAL Puglia è l'ente strumentale della Regione Puglia istituito con L.R. 29 giugno 2018, n. 29, che gestisce la rete regionale dei 45 Centri per l'Impiego e coordina le politiche attive del lavoro, il collocamento mirato delle persone con disabilità e l'attuazione del Programma GOL (Garanzia di Occupabilità dei Lavoratori) finanziato dal PNRR."),
        ("h1", "SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE"),
        ("h2", "2.2 Performance"),
        ("p", "Gli obiettivi di performance sono articolati in tre aree strategiche, declinate in obiettivi strategici triennali e obiettivi operativi annuali. Per ciascun indicatore sono indicati il valore di partenza (consuntivo 2024 o ultimo dato disponibile), i target per il triennio e il peso attribuito ai fini della misurazione della performance organizzativa."),
    ],
    "header": ["Obiettivo strategico", "Obiettivo operativo", "Indicatore", "Baseline 2024", "Target 2025", "Target 2026", "Target 2027", "Peso"],
    "years": [2025, 2026, 2027],
    "areas": [
        {"code": "A", "title": "Servizi per l'impiego e Programma GOL", "heading": "Area strategica A – Servizi per l'impiego e Programma GOL",
         "strategic": [
             {"code": "A.1", "title": "Rafforzare la presa in carico dei beneficiari del Programma GOL",
              "operational": [
                  {"code": "A.1.1", "title": "Accelerare la profilazione e la stipula del patto di servizio",
                   "rows": [
                       ["Numero di beneficiari GOL presi in carico", "86.412", ">= 90.000", ">= 95.000", ">= 100.000", "10%"],
                       ["Tempo medio tra registrazione e stipula del patto di servizio", "38 gg", "<= 30 gg", "<= 25 gg", "<= 20 gg", "8%"],
                   ]},
                  {"code": "A.1.2", "title": "Potenziare la formazione nei percorsi di upskilling e reskilling",
                   "rows": [
                       ["Percentuale di beneficiari dei percorsi 2 e 3 avviati a formazione", "41,7%", ">= 45%", ">= 50%", ">= 55%", "8%"],
                       ["Quota di beneficiari vulnerabili sul totale dei presi in carico", "72%", ">= 75%", ">= 75%", ">= 75%", "6%"],
                   ]},
              ]},
             {"code": "A.2", "title": "Migliorare l'incontro tra domanda e offerta di lavoro",
              "operational": [
                  {"code": "A.2.1", "title": "Servizi alle imprese e preselezione",
                   "rows": [
                       ["Numero di vacancy gestite dai Centri per l'Impiego", "5.930", ">= 6.500", ">= 7.000", ">= 7.500", "8%"],
                       ["Percentuale di richieste di preselezione evase entro 15 giorni", "78,3%", ">= 80%", ">= 85%", ">= 90%", "6%"],
                       ["Realizzazione di recruiting day territoriali", "14", "20", "24", "24", "4%"],
                   ]},
              ]},
         ]},
        {"code": "B", "title": "Inclusione lavorativa e collocamento mirato", "heading": "Area strategica B – Inclusione lavorativa e collocamento mirato",
         "strategic": [
             {"code": "B.1", "title": "Favorire l'inserimento lavorativo delle persone con disabilità",
              "operational": [
                  {"code": "B.1.1", "title": "Gestione delle convenzioni ex art. 11 L. 68/1999",
                   "rows": [
                       ["Numero di convenzioni di inserimento lavorativo stipulate", "312", ">= 330", ">= 350", ">= 370", "7%"],
                       ["Percentuale di prospetti informativi verificati", "n.d.", ">= 60%", ">= 70%", ">= 80%", "5%"],
                   ]},
                  {"code": "B.1.2", "title": "Tirocini di inclusione sociale",
                   "rows": [
                       ["Numero di tirocini di inclusione attivati", "540", ">= 600", ">= 650", "", "6%"],
                   ]},
              ]},
         ]},
        {"code": "C", "title": "Organizzazione, digitalizzazione e trasparenza", "heading": "Area strategica C – Organizzazione, digitalizzazione e trasparenza",
         "strategic": [
             {"code": "C.1", "title": "Digitalizzare i servizi ai cittadini e alle imprese",
              "operational": [
                  {"code": "C.1.1", "title": "Servizi online sul portale Lavoro per Te Puglia",
                   "rows": [
                       ["Percentuale di DID e appuntamenti gestiti online", "63%", ">= 70%", ">= 75%", ">= 80%", "7%"],
                       ["Grado di soddisfazione degli utenti dei Centri per l'Impiego (scala 1-5)", "3,9", ">= 4,0", ">= 4,1", ">= 4,2", "5%"],
                   ]},
                  {"code": "C.1.2", "title": "Trasparenza e prevenzione della corruzione",
                   "rows": [
                       ["Tempo medio di pagamento delle fatture", "27 gg", "<= 30 gg", "<= 30 gg", "<= 30 gg", "5%"],
                       ["Completamento della mappatura dei processi a rischio", "Mappatura parziale", "entro 31/12/2025", "Aggiornamento annuale", "Aggiornamento annuale", "5%"],
                   ]},
              ]},
         ]},
    ],
    "outro": [
        ("h2", "2.3 Rischi corruttivi e trasparenza"),
        ("p", "La mappatura dei processi è stata estesa nel 2024 ai processi dei Centri per l'Impiego. Si riportano i processi con livello di rischio più elevato e le relative misure specifiche."),
        ("risk", [["Processo", "Evento rischioso", "Livello di rischio", "Misura specifica", "Responsabile"],
                  ["Concessione incentivi all'assunzione", "Istruttoria non imparziale delle domande", "Alto", "Controllo a campione del 10% delle pratiche", "Dirigente Servizio Incentivi"],
                  ["Avviamento a selezione presso PA (art. 16 L. 56/1987)", "Alterazione delle graduatorie", "Medio", "Pubblicazione delle graduatorie e rotazione degli istruttori", "Responsabili dei CPI"],
                  ["Affidamento di servizi formativi", "Frazionamento artificioso degli affidamenti", "Medio", "Verifica trimestrale degli affidamenti diretti", "RUP"]]),
        ("h1", "SEZIONE 3 – ORGANIZZAZIONE E CAPITALE UMANO"),
        ("p", "La dotazione organica al 31/12/2024 e le assunzioni programmate nel triennio sono riepilogate nella tabella seguente."),
        ("staff", [["Area", "In servizio al 31/12/2024", "Assunzioni 2025", "Assunzioni 2026", "Assunzioni 2027"],
                   ["Dirigenti", "11", "2", "1", "0"],
                   ["Funzionari ed Elevate Qualificazioni", "612", "48", "20", "15"],
                   ["Istruttori", "538", "30", "12", "10"],
                   ["Operatori esperti", "97", "0", "0", "0"],
                   ["Totale", "1.258", "80", "33", "25"]]),
    ],
}

# ---------------------------------------------------------------- C: COSEF relazione
# rows: [indicator, unita, fonte, v2022, target2023, actual2023, dir]
cosef = {
    "name": "cosef-friuli-2023-relazione",
    "document": {"issuer": "Consorzio di Sviluppo Economico del Friuli",
                 "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
    "cover": ["COSEF", "Consorzio di Sviluppo Economico del Friuli",
              "Relazione sulla performance", "Anno 2023",
              "Ente pubblico economico ai sensi della L.R. 20 febbraio 2015, n. 3 (RilancimpresaFVG)"],
    "intro": [
        ("h1", "Presentazione"),
        ("p", "Il Consorzio di Sviluppo Economico del Friuli gestisce gli agglomerati industriali di Udine-Pozzuolo-Pavia di Udine, Osoppo-Buja, San Giorgio di Nogaro e Manzano, per una superficie complessiva di circa 1.900 ettari e oltre 600 imprese insediate. La presente Relazione rendiconta i risultati del 2023 rispetto agli obiettivi fissati nel Piano della performance 2023-2025, confrontandoli con i valori del 2022."),
        ("h1", "Dati economici di sintesi"),
        ("budget", [["Voce", "Consuntivo 2022", "Consuntivo 2023"],
                    ["Valore della produzione", "€ 14.812.330", "€ 16.204.915"],
                    ["Costi della produzione", "€ 13.977.104", "€ 15.118.642"],
                    ["di cui costi del personale", "€ 2.341.880", "€ 2.455.210"],
                    ["Risultato d'esercizio", "€ 402.118", "€ 611.074"]]),
        ("h1", "Risultati per obiettivo"),
        ("p", "Per ogni obiettivo sono riportati gli indicatori con il valore del 2022, il valore atteso per il 2023 e il valore effettivamente conseguito."),
    ],
    "header": ["Indicatore", "Unità di misura", "Fonte", "Valore 2022", "Target 2023", "Valore 2023"],
    "areas": [
        {"code": "1", "title": "Infrastrutture e servizi agli agglomerati industriali",
         "objectives": [
             {"code": "1.1", "title": "Manutenzione e ammodernamento delle infrastrutture consortili",
              "rows": [
                  ["Chilometri di viabilità consortile riasfaltati", "km", "Ufficio Tecnico", "3,2", ">= 4", "4,6", "up"],
                  ["Tempo medio di intervento per guasti alla rete di illuminazione", "giorni", "Registro segnalazioni", "6 gg", "<= 5 gg", "4 gg", "down"],
                  ["Percentuale di avanzamento dei lavori del collegamento ferroviario ZIAC", "%", "SAL", "35%", "70%", "62%", "up"],
              ],
              "after": "Il rallentamento del collegamento ferroviario è dovuto alla sospensione dei lavori disposta da RFI nei mesi di luglio e agosto per l'interruzione della linea Udine-Cervignano."},
             {"code": "1.2", "title": "Servizi ambientali e depurazione",
              "rows": [
                  ["Metri cubi di reflui trattati dal depuratore di San Giorgio di Nogaro", "mc", "Gestore impianto", "2.184.500", ">= 2.200.000", "2.251.340", "up"],
                  ["Percentuale di campionamenti allo scarico conformi ai limiti di legge", "%", "ARPA FVG", "98,1%", "100%", "100%", None],
                  ["Riduzione dei consumi energetici dell'impianto di depurazione rispetto al 2022", "%", "Contatori", "–", ">= 5%", "7,3%", None],
              ]},
         ]},
        {"code": "2", "title": "Attrazione degli investimenti e insediamenti produttivi",
         "objectives": [
             {"code": "2.1", "title": "Assegnazione di aree e immobili alle imprese",
              "rows": [
                  ["Superficie di aree assegnate a nuove imprese", "mq", "Ufficio Insediamenti", "84.300", ">= 90.000", "71.250", "up"],
                  ["Numero di nuovi insediamenti produttivi", "n.", "Ufficio Insediamenti", "9", ">= 10", "11", "up"],
                  ["Tempi di rilascio del nulla osta all'insediamento", "giorni", "Protocollo", "42 gg", "<= 30 gg", "28 gg", "down"],
              ],
              "after": "Nel corso dell'anno sono pervenute 14 manifestazioni di interesse, di cui 5 relative all'agglomerato di Osoppo-Buja."},
             {"code": "2.2", "title": "Promozione e marketing territoriale",
              "rows": [
                  ["Numero di eventi di promozione e missioni con investitori esteri", "n.", "Ufficio Comunicazione", "4", ">= 6", "6", "up"],
                  ["Valore degli investimenti privati attivati nelle aree consortili", "€", "Dichiarazioni imprese", "€ 48,2 mln", ">= € 50 mln", "€ 63,5 mln", None],
              ]},
         ]},
        {"code": "3", "title": "Gestione amministrativa ed economico-finanziaria",
         "objectives": [
             {"code": "3.1", "title": "Efficienza amministrativa e trasparenza",
              "rows": [
                  ["Indicatore di tempestività dei pagamenti", "giorni", "Contabilità", "-2,5", "<= 0", "-6,1", None],
                  ["Percentuale di obblighi di pubblicazione assolti", "%", "Griglia OIV", "92%", ">= 95%", "97%", "up"],
                  ["Incidenza del costo del personale sul valore della produzione", "%", "Bilancio d'esercizio", "15,8%", "<= 16%", "15,2%", None],
              ]},
         ]},
    ],
    "outro": [
        ("h1", "Considerazioni conclusive"),
        ("p", "Dei 14 indicatori rilevati, 12 hanno raggiunto o superato il valore atteso. Gli scostamenti riguardano l'avanzamento del collegamento ferroviario ZIAC e la superficie di aree assegnate, condizionata dalla rinuncia di un operatore logistico a un lotto di 18.000 mq nell'agglomerato di Udine."),
        ("p", "Il Consiglio di Amministrazione ha preso atto della Relazione nella seduta del 21 giugno 2024."),
    ],
}

for a in cosef["areas"]:
    for o in a["objectives"]:
        for r in o["rows"]:
            r[4] = r[4].replace(">= ", "≥ ").replace("<= ", "≤ ")

for c in (asp, arpal, cosef):
    json.dump(c, open(c["name"] + ".content.json", "w"), ensure_ascii=False, indent=1)
print("ok")
