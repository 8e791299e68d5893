# Hand-written content for round r31 (writes NAME.content.json).
# Each indicator carries its values as printed; "dir" = which way is better by its name
# (up / down / None), written by hand following CONVENTIONS (direction words).
import json

# ---------------------------------------------------------------- sample 1
abba = {
  "name": "accademia-belle-arti-bologna-2023-relazione",
  "document": {"issuer": "Accademia di Belle Arti di Bologna", "title": "Relazione sulla performance",
               "year": 2023, "kind": "relazione"},
  "cover": ["MINISTERO DELL'UNIVERSITÀ E DELLA RICERCA", "Alta Formazione Artistica, Musicale e Coreutica",
            "Accademia di Belle Arti di Bologna", "Relazione sulla performance", "Anno 2023",
            "Approvata dal Consiglio di Amministrazione nella seduta del 27 giugno 2024 (delibera n. 41)"],
  "intro_title": "1. Presentazione",
  "intro": [
    "La presente Relazione, redatta ai sensi dell'art. 10, comma 1, lettera b) del D.Lgs. 150/2009, illustra i risultati organizzativi conseguiti dall'Accademia di Belle Arti di Bologna nel corso dell'anno 2023 rispetto agli obiettivi definiti nella sezione Valore pubblico e performance del PIAO 2023-2025.",
    "Gli obiettivi operativi sono riportati nella Tabella 1, con l'indicazione dell'area strategica di riferimento e della struttura responsabile; gli indicatori che ne misurano il conseguimento sono riportati nella Tabella 2, nella quale ciascun indicatore richiama, nella colonna \"Rif.\", il codice dell'obiettivo cui si riferisce. Il punteggio di ciascun indicatore è dato dal prodotto del peso per il grado di conseguimento del target.",
    "Si riportano di seguito alcuni dati di contesto relativi all'anno accademico 2022/2023."
  ],
  "context_title": "Dati di contesto – a.a. 2022/2023",
  "context_header": ["Voce", "a.a. 2021/2022", "a.a. 2022/2023", "Var. %"],
  "context_rows": [
    ["Studenti iscritti ai corsi di diploma accademico di I livello", "1.412", "1.486", "+5,2%"],
    ["Studenti iscritti ai corsi di diploma accademico di II livello", "638", "671", "+5,2%"],
    ["Studenti stranieri iscritti", "197", "224", "+13,7%"],
    ["Docenti di ruolo", "96", "98", "+2,1%"],
    ["Personale tecnico-amministrativo", "41", "43", "+4,9%"],
    ["Diplomati nell'anno solare", "512", "548", "+7,0%"]
  ],
  "obj_title": "Tabella 1 – Obiettivi operativi 2023",
  "obj_header": ["Cod.", "Area strategica", "Obiettivo operativo", "Struttura responsabile", "Peso"],
  "areas": {"1": "Didattica e produzione artistica", "2": "Internazionalizzazione",
            "3": "Servizi agli studenti", "4": "Efficienza amministrativa e trasparenza"},
  "objectives": [
    ["1.1", "1", "Ampliare e qualificare l'offerta formativa di I e II livello", "Direzione – Consiglio Accademico", "20%"],
    ["1.2", "1", "Valorizzare la produzione artistica e le attività espositive", "Ufficio Produzione e Mostre", "10%"],
    ["2.1", "2", "Incrementare la mobilità Erasmus+ di studenti e docenti", "Ufficio Relazioni Internazionali", "15%"],
    ["3.1", "3", "Migliorare i servizi di segreteria didattica", "Segreteria Didattica", "20%"],
    ["3.2", "3", "Potenziare i servizi di orientamento e tutorato", "Ufficio Orientamento", "10%"],
    ["4.1", "4", "Ridurre i tempi di pagamento e digitalizzare i procedimenti", "Direzione Amministrativa – Ragioneria", "15%"],
    ["4.2", "4", "Assicurare trasparenza e prevenzione della corruzione", "RPCT – Direzione Amministrativa", "10%"]
  ],
  "ind_title": "Tabella 2 – Indicatori di performance organizzativa: target e risultati 2023",
  "ind_header": ["Rif.", "Cod.", "Indicatore", "Peso", "Target 2023", "Risultato 2023", "Punteggio"],
  "indicators": [
    # ob, code, name, weight, target, actual, punteggio, dir
    ["1.1", "1.1.1", "Numero di nuovi corsi di diploma accademico attivati", "8%", ">= 2", "3", "8,00", "up"],
    ["1.1", "1.1.2", "Percentuale di insegnamenti con syllabus pubblicato sul sito entro l'inizio delle lezioni", "6%", "≥ 90%", "94%", "6,00", "up"],
    ["1.1", "1.1.3", "Tasso di abbandono al primo anno dei corsi di I livello", "6%", "≤ 12% (1)", "13,4%", "4,50", None],
    ["1.2", "1.2.1", "Numero di mostre ed eventi espositivi organizzati", "5%", "≥ 15", "21", "5,00", "up"],
    ["1.2", "1.2.2", "Visitatori delle mostre presso la sede di via Belle Arti", "5%", "8.000", "9.350", "5,00", None],
    ["2.1", "2.1.1", "Numero di studenti in mobilità Erasmus+ in uscita", "6%", "≥ 60", "72", "6,00", "up"],
    ["2.1", "2.1.2", "Numero di docenti in mobilità per docenza (STA)", "4%", "≥ 10", "8", "3,20", "up"],
    ["2.1", "2.1.3", "Accordi interistituzionali attivi", "5%", "≥ 85", "91*", "5,00", None],
    ["3.1", "3.1.1", "Tempo medio di rilascio dei certificati di diploma", "7%", "≤ 10 gg", "6 gg", "7,00", "down"],
    ["3.1", "3.1.2", "Percentuale di pratiche di immatricolazione gestite interamente on line", "7%", "100%", "100%", "7,00", "up"],
    ["3.1", "3.1.3", "Grado di soddisfazione degli studenti per i servizi di segreteria (scala 1-4)", "6%", ">= 3,0", "3,2*", "6,00", "up"],
    ["3.2", "3.2.1", "Numero di giornate di orientamento in ingresso (open day)", "4%", "≥ 4", "5", "4,00", "up"],
    ["3.2", "3.2.2", "Percentuale di studenti del primo anno assegnatari di un tutor", "6%", "≥ 70% (1)", "95%*", "6,00", "up"],
    ["4.1", "4.1.1", "Indicatore annuale di tempestività dei pagamenti", "8%", "≤ 0 gg", "-7,45 gg", "8,00", None],
    ["4.1", "4.1.2", "Percentuale di procedimenti gestiti con protocollo e fascicolo informatico", "7%", "≥ 80%", "n.d.", "0,00", "up"],
    ["4.2", "4.2.1", "Percentuale di obblighi di pubblicazione assolti (griglia OIV)", "5%", "100%", "98%", "4,90", "up"],
    ["4.2", "4.2.2", "Ore di formazione in materia di anticorruzione per dipendente", "5%", "≥ 4 ore", "6 ore", "5,00", None]
  ],
  "total_row": ["", "", "Totale punteggio", "100%", "", "", "90,60"],
  "footnotes": [
    "(1) Percentuale calcolata sugli studenti iscritti in corso al 1° novembre 2023.",
    "* Dato provvisorio al 31/12/2023, in attesa di validazione da parte del Nucleo di valutazione.",
    "n.d. Dato non disponibile: il sistema di fascicolazione informatica è stato attivato a dicembre 2023."
  ],
  "closing_title": "3. Considerazioni conclusive",
  "closing": [
    "Il punteggio complessivo di performance organizzativa, pari a 90,60 su 100, conferma il buon andamento dell'Accademia. Le criticità più rilevanti riguardano il tasso di abbandono al primo anno, lievemente superiore al valore atteso, e la mobilità dei docenti, penalizzata dal ritardo nell'assegnazione dei fondi Erasmus+ 2023.",
    "Per l'indicatore 4.1.2 il dato non è disponibile e il relativo obiettivo è riprogrammato nel PIAO 2024-2026."
  ]
}

# ---------------------------------------------------------------- sample 2
aou = {
  "name": "aou-sassari-2023-relazione",
  "document": {"issuer": "Azienda Ospedaliero-Universitaria di Sassari", "title": "Relazione sulla performance",
               "year": 2023, "kind": "relazione"},
  "running": "AOU Sassari – Relazione sulla Performance 2023",
  "cover": ["Regione Autonoma della Sardegna – Servizio Sanitario Regionale",
            "Azienda Ospedaliero-Universitaria di Sassari",
            "RELAZIONE SULLA PERFORMANCE", "ANNO 2023",
            "ai sensi dell'art. 10, comma 1, lett. b), del D.Lgs. 27 ottobre 2009, n. 150",
            "Struttura Programmazione e Controllo di Gestione"],
  "intro_title": "1. Premessa",
  "intro": [
    "L'Azienda Ospedaliero-Universitaria di Sassari presenta la Relazione sulla performance relativa all'anno 2023, documento che evidenzia, a consuntivo, i risultati organizzativi raggiunti rispetto ai singoli obiettivi programmati nel Piano integrato di attività e organizzazione 2023-2025.",
    "Gli obiettivi sono stati assegnati alle strutture in sede di negoziazione di budget e monitorati con cadenza trimestrale dalla Struttura Programmazione e Controllo di Gestione. La verifica finale è stata effettuata sui dati consolidati al 31 marzo 2024 e validata dall'Organismo Indipendente di Valutazione."
  ],
  "activity_title": "2. Dati di attività e di costo",
  "activity_intro": "La tabella seguente sintetizza i principali volumi di attività e i costi di produzione del biennio 2022-2023.",
  "activity_header": ["Voce", "2022", "2023", "Scostamento"],
  "activity_rows": [
    ["Ricoveri ordinari (n.)", "24.318", "25.106", "+788"],
    ["Ricoveri in day hospital / day surgery (n.)", "6.927", "7.215", "+288"],
    ["Accessi al Pronto Soccorso (n.)", "58.441", "61.030", "+2.589"],
    ["Prestazioni ambulatoriali per esterni (n.)", "1.204.553", "1.268.902", "+64.349"],
    ["Costo del personale (€)", "186.412.300,00", "191.877.450,00", "+5.465.150,00"],
    ["Costo per beni sanitari (€)", "98.305.120,00", "104.662.830,00", "+6.357.710,00"]
  ],
  "results_title": "3. Risultati per area strategica e obiettivo",
  "results_intro": "Nella tabella che segue, per ciascun indicatore sono riportati nella stessa cella il valore atteso (T) e il valore rilevato al 31/12/2023 (R). Lo stato di avanzamento esprime la percentuale di conseguimento del target.",
  "header": ["Cod.", "Indicatore", "Struttura responsabile", "Target (T) / Risultato (R) 2023", "Stato di avanzamento", "Esito"],
  "groups": [
    {"area": ["A", "AREA STRATEGICA A – ASSISTENZA E APPROPRIATEZZA"],
     "objectives": [
       {"code": "A.1", "title": "Ridurre i tempi di attesa per le prestazioni ambulatoriali e i ricoveri programmati",
        "rows": [
          ["A.1.1", "Percentuale di prime visite in classe di priorità B erogate entro 10 giorni", "Direzione Medica di Presidio", "≥ 90%", "93%", "100%", "Raggiunto", "up"],
          ["A.1.2", "Percentuale di prestazioni diagnostiche in classe D erogate entro 60 giorni", "Dip. Diagnostica per Immagini", "≥ 90%", "84,6%", "94%", "Parzialmente raggiunto", "up"],
          ["A.1.3", "Percentuale di interventi per tumore alla mammella eseguiti entro 30 giorni dall'inserimento in lista", "Dip. Chirurgico", "≥ 90%", "91,2%", "100%", "Raggiunto", "up"],
          ["A.1.4", "Tempo medio di permanenza in Pronto Soccorso dei pazienti non ricoverati", "SC Medicina d'Urgenza e PS", "≤ 6 ore", "7,2 ore", "80%", "Parzialmente raggiunto", "down"]
        ]},
       {"code": "A.2", "title": "Migliorare l'appropriatezza organizzativa e clinica dei ricoveri",
        "rows": [
          ["A.2.1", "Degenza media dei ricoveri ordinari per acuti", "Direzione Sanitaria", "≤ 7,5 gg", "7,3 gg", "100%", "Raggiunto", None],
          ["A.2.2", "Percentuale di ricoveri ordinari con DRG ad alto rischio di inappropriatezza", "Dipartimenti clinici", "≤ 15%", "17,8%", "0%", "Non raggiunto", "up"],
          ["A.2.3", "Percentuale di parti cesarei primari", "SC Ostetricia e Ginecologia", "≤ 20%", "19,4%", "100%", "Raggiunto", "up"],
          ["A.2.4", "Percentuale di pazienti over 65 con frattura di femore operati entro 48 ore", "SC Ortopedia e Traumatologia", "≥ 70%", "72,5%", "100%", "Raggiunto", "up"],
          ["A.2.5", "Tasso di occupazione dei posti letto di area medica", "Bed management", "85-95%", "97,1%", "90%", "Parzialmente raggiunto", "up"]
        ]},
       {"code": "A.3", "title": "Garantire la sicurezza delle cure e la prevenzione delle infezioni",
        "rows": [
          ["A.3.1", "Consumo di soluzione idroalcolica (litri per 1.000 giornate di degenza)", "Comitato Infezioni Ospedaliere", "≥ 20", "23,4", "100%", "Raggiunto", None],
          ["A.3.2", "Numero di audit clinici e M&M realizzati", "SS Qualità e Rischio Clinico", "≥ 12", "14", "100%", "Raggiunto", "up"],
          ["A.3.3", "Percentuale di segnalazioni di incident reporting analizzate entro 30 giorni", "SS Qualità e Rischio Clinico", "100%", "100%", "100%", "Raggiunto", "up"]
        ]}
     ]},
    {"area": ["B", "AREA STRATEGICA B – DIDATTICA, RICERCA E INNOVAZIONE"],
     "objectives": [
       {"code": "B.1", "title": "Integrare assistenza, didattica e ricerca con l'Università degli Studi di Sassari",
        "rows": [
          ["B.1.1", "Numero di studi clinici sponsorizzati avviati", "Clinical Trial Center", "≥ 25", "31", "100%", "Raggiunto", "up"],
          ["B.1.2", "Tempo medio di approvazione dei contratti per studi clinici", "Clinical Trial Center", "≤ 45 gg", "52 gg", "85%", "Parzialmente raggiunto", "down"],
          ["B.1.3", "Numero di specializzandi inseriti nella rete formativa aziendale", "Direzione Sanitaria", "≥ 180", "186", "100%", "Raggiunto", "up"]
        ]},
       {"code": "B.2", "title": "Sviluppare la sanità digitale e i progetti PNRR",
        "rows": [
          ["B.2.1", "Percentuale di referti di laboratorio pubblicati sul Fascicolo Sanitario Elettronico", "SC Sistemi Informativi", "≥ 95%", "98,3%", "100%", "Raggiunto", "up"],
          ["B.2.2", "Numero di prestazioni di televisita erogate", "SC Sistemi Informativi", "≥ 2.000", "1.460", "73%", "Parzialmente raggiunto", "up"],
          ["B.2.3", "Avanzamento della spesa sui progetti PNRR Missione 6", "SC Tecnico e Patrimonio", "≥ € 12.500.000,00", "€ 11.875.400,00", "95%", "Parzialmente raggiunto", None]
        ]}
     ]},
    {"area": ["C", "AREA STRATEGICA C – SOSTENIBILITÀ ECONOMICA E ORGANIZZATIVA"],
     "objectives": [
       {"code": "C.1", "title": "Rispettare i vincoli economico-finanziari assegnati dalla Regione",
        "rows": [
          ["C.1.1", "Rispetto del tetto di spesa per dispositivi medici", "SC Farmacia Ospedaliera", "≤ € 38.000.000,00", "€ 39.120.560,00", "0%", "Non raggiunto", None],
          ["C.1.2", "Indicatore annuale di tempestività dei pagamenti", "SC Bilancio", "≤ 0 gg", "-3 gg", "100%", "Raggiunto", None],
          ["C.1.3", "Percentuale di acquisti di beni e servizi tramite centrale di committenza regionale", "SC Acquisti", "≥ 60%", "64%", "100%", "Raggiunto", "up"]
        ]},
       {"code": "C.2", "title": "Valorizzare il personale e garantire trasparenza",
        "rows": [
          ["C.2.1", "Percentuale di dipendenti che hanno completato almeno un corso di formazione", "SC Formazione", "≥ 80%", "86%", "100%", "Raggiunto", "up"],
          ["C.2.2", "Percentuale di obblighi di pubblicazione assolti", "RPCT", "100%", "100%", "100%", "Raggiunto", "up"],
          ["C.2.3", "Completamento della mappatura dei processi a rischio", "RPCT", "entro il 30/06/2023", "Obiettivo sospeso", None, "Sospeso", None]
        ]}
     ]}
  ],
  "closing_title": "4. Sintesi dei risultati",
  "summary_header": ["Esito", "N. indicatori", "%"],
  "summary_rows": [["Raggiunto", "15", "62,5%"], ["Parzialmente raggiunto", "6", "25,0%"],
                   ["Non raggiunto", "2", "8,3%"], ["Sospeso", "1", "4,2%"], ["Totale", "24", "100,0%"]],
  "closing": [
    "Su 24 indicatori monitorati, 15 risultano pienamente raggiunti e 6 parzialmente raggiunti. Il mancato rispetto del tetto di spesa per dispositivi medici è riconducibile all'avvio delle nuove sale di chirurgia robotica, mentre l'obiettivo di mappatura dei processi è stato sospeso a seguito dell'aggiornamento del PNA 2022 e riprogrammato nel 2024."
  ]
}

# ---------------------------------------------------------------- sample 3
um = {
  "name": "unione-montana-mugello-2024-relazione",
  "document": {"issuer": "Unione Montana dei Comuni del Mugello", "title": "Relazione sulla performance",
               "year": 2024, "kind": "relazione"},
  "cover": ["Unione Montana dei Comuni del Mugello",
            "Barberino di Mugello · Borgo San Lorenzo · Dicomano · Firenzuola · Marradi · Palazzuolo sul Senio · Scarperia e San Piero · Vicchio",
            "RELAZIONE SULLA PERFORMANCE 2024",
            "Allegato alla deliberazione della Giunta dell'Unione n. 58 del 12 giugno 2025"],
  "intro_title": "Introduzione",
  "intro": [
    "L'Unione Montana dei Comuni del Mugello gestisce in forma associata, per conto degli otto Comuni aderenti, le funzioni di polizia locale, protezione civile, servizi sociali, sistema informativo, gestione del personale, SUAP e forestazione. La Relazione sulla performance 2024 rendiconta i risultati degli obiettivi operativi assegnati ai Servizi con il Piano esecutivo di gestione e la sezione Performance del PIAO 2024-2026.",
    "Per ciascun obiettivo operativo la tabella riporta, nella stessa riga, l'elenco degli indicatori con il rispettivo target, il valore consuntivo al 31 dicembre 2024 e la percentuale di raggiungimento."
  ],
  "staff_title": "Funzioni associate e personale assegnato al 31/12/2024",
  "staff_header": ["Servizio", "Funzione associata", "Personale (n.)", "Spesa corrente impegnata (€)"],
  "staff_rows": [
    ["Servizio Finanziario e Personale", "Gestione giuridica ed economica del personale", "9", "612.400,00"],
    ["Servizio Polizia Locale e Protezione Civile", "Polizia municipale, protezione civile", "54", "2.874.150,00"],
    ["Servizio Sociale Associato", "Servizi sociali e socio-sanitari", "22", "6.105.300,00"],
    ["Servizio Sistemi Informativi", "ICT e transizione digitale", "6", "948.720,00"],
    ["Servizio Forestazione e Territorio", "Vincolo idrogeologico, forestazione, SUAP", "17", "1.233.890,00"],
    ["Totale", "", "108", "11.774.460,00"]
  ],
  "header": ["Cod.", "Obiettivo operativo", "Indicatori", "Target 2024", "Valore 2024", "% ragg."],
  "areas": [
    {"code": "1", "title": "Servizi generali, finanziari e digitali",
     "after": "Gli obiettivi dell'area sono stati conseguiti nel complesso; il ritardo nella migrazione al cloud è dovuto alla proroga concessa dal fornitore qualificato ACN.",
     "objectives": [
       {"code": "1.1", "title": "Gestione associata del personale dei Comuni aderenti",
        "inds": [["Numero di cedolini elaborati per conto dei Comuni", ">= 4.800", "5.112", "100%", "up"],
                 ["Tempo medio di conclusione delle procedure di reclutamento", "≤ 120 gg", "104 gg", "100%", "down"],
                 ["Percentuale di piani formativi comunali approvati entro il 31 marzo", "100%", "87,5%", "87,5%", "up"]]},
       {"code": "1.2", "title": "Transizione digitale e sicurezza informatica (PNRR Misura 1.2)",
        "inds": [["Numero di servizi comunali migrati su cloud qualificato", "24", "19", "79%", "up"],
                 ["Percentuale di servizi on line accessibili con SPID/CIE", "≥ 95%", "100%", "100%", "up"]]},
       {"code": "1.3", "title": "Tempestività dei pagamenti",
        "inds": [["Indicatore annuale di tempestività dei pagamenti", "≤ 0 gg", "-4,2 gg", "100%", None],
                 ["Riduzione dello stock di debito commerciale scaduto", "≥ 10%", "14%", "100%", "down"]]}
     ]},
    {"code": "2", "title": "Sicurezza, territorio e ambiente",
     "after": "Il numero di controlli stradali risente dell'assenza prolungata di due unità di personale per la stagione invernale.",
     "objectives": [
       {"code": "2.1", "title": "Presidio del territorio e sicurezza stradale",
        "inds": [["Numero di servizi di controllo della velocità sulle strade provinciali e comunali", "≥ 300", "276", "92%", "up"],
                 ["Ore di presidio nei plessi scolastici all'ingresso e all'uscita", "≥ 1.500 ore", "1.640 ore", "100%", None],
                 ["Tempo medio di intervento su chiamata in orario di servizio", "≤ 25 minuti", "21 minuti", "100%", "down"]]},
       {"code": "2.2", "title": "Protezione civile: aggiornamento del piano intercomunale",
        "inds": [["Approvazione dell'aggiornamento del piano intercomunale di protezione civile", "entro il 30/09/2024", "Approvato il 24/07/2024", "100%", None],
                 ["Numero di esercitazioni con il volontariato", "≥ 4", "4", "100%", "up"]]},
       {"code": "2.3", "title": "Vincolo idrogeologico e forestazione",
        "inds": [["Tempo medio di rilascio delle autorizzazioni al vincolo idrogeologico", "≤ 30 gg", "27 gg", "100%", "down"],
                 ["Ettari di bosco oggetto di interventi di manutenzione forestale", "≥ 120", "131", "100%", None]]}
     ]},
    {"code": "3", "title": "Servizi sociali e comunità",
     "after": "Il servizio sociale associato ha assicurato la piena copertura della domanda di assistenza domiciliare, con un incremento del 9% delle ore erogate rispetto al 2023.",
     "objectives": [
       {"code": "3.1", "title": "Assistenza domiciliare e sostegno alla non autosufficienza",
        "inds": [["Numero di utenti in assistenza domiciliare (SAD)", "≥ 210", "228", "100%", "up"],
                 ["Tempo medio di presa in carico dalla domanda", "≤ 15 gg", "12 gg", "100%", "down"]]},
       {"code": "3.2", "title": "Contrasto alla povertà e inclusione sociale",
        "inds": [["Percentuale di beneficiari ADI con progetto personalizzato sottoscritto", "≥ 80%", "83%", "100%", "up"],
                 ["Risorse del Fondo povertà impegnate", "≥ € 540.000,00", "€ 512.300,00", "95%", None],
                 ["Numero di tirocini di inclusione attivati", "≥ 25", "n.d.", None, "up"]]}
     ]}
  ],
  "closing_title": "Conclusioni",
  "closing": [
    "Nel complesso, l'Unione ha conseguito un grado medio di raggiungimento degli obiettivi operativi pari al 96,4%. Il dato relativo ai tirocini di inclusione non è disponibile per il mancato invio della rendicontazione da parte del soggetto gestore e sarà comunicato in sede di monitoraggio del PIAO 2025-2027.",
    "La presente Relazione è validata dal Nucleo di valutazione associato ai sensi dell'art. 14, comma 4, lett. c) del D.Lgs. 150/2009."
  ]
}

for d in (abba, aou, um):
    with open(d["name"] + ".content.json", "w") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
print("ok")
