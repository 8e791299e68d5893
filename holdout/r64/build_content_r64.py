"""Writes the three content files of round r64 (content as data, written by hand)."""
import json

# ---------------------------------------------------------------- 1. Word relazione
vi_cols = ["N.", "Indicatore", "Unità di misura", "Target 2024", "Risultato 2024", "% ragg.", "Esito"]
vi_fields = ["indicator_code", "indicator", "unit", "target", "actual", "achievement", "status_text"]
VI = {
    "name": "provincia-vicenza-2024-relazione",
    "renderer": "docx",
    "document": {"issuer": "Provincia di Vicenza", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
    "cover": ["PROVINCIA DI VICENZA", "Relazione sulla performance 2024",
              "(art. 10, comma 1, lettera b) del D.Lgs. 27 ottobre 2009, n. 150)",
              "Approvata con Decreto del Presidente n. 58 del 26 giugno 2025"],
    "header_text": "Provincia di Vicenza – Relazione sulla performance 2024",
    "columns": vi_cols, "fields": vi_fields, "year": 2024,
    "blocks": [
        {"t": "h1", "text": "1. Presentazione"},
        {"t": "p", "text": "La presente Relazione evidenzia, a consuntivo, i risultati organizzativi raggiunti nell'anno 2024 rispetto agli obiettivi programmati nel Piano Integrato di Attività e Organizzazione 2024-2026, approvato con Decreto del Presidente n. 12 del 30 gennaio 2024, e rappresenta lo strumento con cui l'Ente rende conto ai cittadini, ai Comuni del territorio e agli altri portatori di interesse del proprio operato."},
        {"t": "p", "text": "La Relazione è stata predisposta dal Servizio Programmazione e Controllo sulla base delle schede di rendicontazione trasmesse dai Dirigenti e validata dal Nucleo di Valutazione nella seduta del 19 giugno 2025. Per ciascun obiettivo operativo sono riportati gli indicatori, il valore atteso, il valore conseguito al 31 dicembre 2024 e l'esito della verifica."},
        {"t": "h1", "text": "2. Il contesto organizzativo"},
        {"t": "p", "text": "Al 31 dicembre 2024 l'Ente conta 268 dipendenti a tempo indeterminato, distribuiti nelle aree professionali previste dal CCNL Funzioni Locali 2019-2021 come riportato nella tabella seguente."},
        {"t": "other", "caption": "Tabella 1 – Personale in servizio per area professionale",
         "columns": ["Area professionale", "Al 31/12/2023", "Al 31/12/2024", "Variazione"],
         "rows": [["Dirigenti", "7", "7", "0"], ["Area dei Funzionari e dell'Elevata Qualificazione", "82", "88", "+6"],
                  ["Area degli Istruttori", "121", "117", "-4"], ["Area degli Operatori esperti", "49", "51", "+2"],
                  ["Area degli Operatori", "6", "5", "-1"], ["Totale", "265", "268", "+3"]]},
        {"t": "h1", "text": "3. I risultati degli obiettivi operativi"},
        {"t": "p", "text": "Gli obiettivi sono ricondotti alle tre aree strategiche del Documento Unico di Programmazione. Il grado di raggiungimento del singolo indicatore è calcolato come rapporto tra valore conseguito e valore atteso, con un massimo del 100%; l'esito è «Raggiunto» per valori pari al 100%, «Parzialmente raggiunto» tra il 60% e il 99%, «Non raggiunto» sotto il 60%."},
        {"t": "area", "code": "1", "title": "Viabilità e infrastrutture stradali"},
        {"t": "obj", "level": "operational", "code": "1.1", "title": "Manutenzione e sicurezza della rete stradale provinciale"},
        {"t": "ind", "rows": [
            {"cells": ["1.1.1", "Km di rete stradale oggetto di rifacimento del manto d'usura", "km", "≥ 45", "52,3", "100%", "Raggiunto"]},
            {"cells": ["1.1.2", "Tempo medio di intervento per il ripristino delle buche segnalate", "giorni", "≤ 5 gg", "4,2 gg", "100%", "Raggiunto"]},
            {"cells": ["1.1.3", "Percentuale di ponti e viadotti sottoposti a ispezione secondo le Linee guida ministeriali", "%", "100%", "87%", "87%", "Parzialmente raggiunto"],
             "note_row": "Nota: le ispezioni di 9 viadotti sulla SP 46 e sulla SP 349 sono slittate al primo trimestre 2025 a causa delle condizioni meteorologiche avverse del mese di novembre."},
        ]},
        {"t": "obj", "level": "operational", "code": "1.2", "title": "Attuazione degli investimenti PNRR e del Fondo infrastrutture sulla viabilità"},
        {"t": "ind", "rows": [
            {"cells": ["1.2.1", "Percentuale di stati di avanzamento liquidati entro i termini del cronoprogramma", "%", "≥ 90%", "94,5%", "100%", "Raggiunto"]},
            {"cells": ["1.2.2", "Importo dei lavori aggiudicati nell'anno", "euro", "≥ € 12.500.000,00", "€ 13.120.450,00", "100%", "Raggiunto"]},
        ]},
        {"t": "p", "text": "Nel corso dell'anno sono stati aggiudicati, tra gli altri, i lavori di messa in sicurezza della variante di Thiene e il consolidamento del ponte sul torrente Astico, finanziati con risorse del Piano Nazionale di Ripresa e Resilienza e del Fondo per la progettazione degli enti locali."},
        {"t": "area", "code": "2", "title": "Edilizia scolastica, territorio e ambiente"},
        {"t": "obj", "level": "operational", "code": "2.1", "title": "Sicurezza ed efficientamento energetico degli edifici scolastici"},
        {"t": "ind", "rows": [
            {"cells": ["2.1.1", "Numero di istituti scolastici con certificato di prevenzione incendi aggiornato", "n.", "≥ 30", "33", "100%", "Raggiunto"]},
            {"cells": ["2.1.2", "Riduzione dei consumi energetici degli edifici scolastici rispetto al 2022", "%", "≥ 8%", "5,6%", "70%", "Parzialmente raggiunto"]},
            {"cells": ["2.1.3", "Tempo medio di risposta alle richieste di intervento degli istituti", "giorni", "≤ 10 gg", "12 gg", "0%", "Non raggiunto"],
             "note_row": "Nota: il dato risente della vacanza del posto di funzionario tecnico del Servizio Edilizia scolastica, coperto soltanto dal 1° ottobre 2024."},
        ]},
        {"t": "obj", "level": "operational", "code": "2.2", "title": "Pianificazione territoriale e autorizzazioni ambientali"},
        {"t": "ind", "rows": [
            {"cells": ["2.2.1", "Percentuale di pareri di compatibilità con il PTCP rilasciati entro 60 giorni", "%", "≥ 95%", "97,8%", "100%", "Raggiunto"]},
            {"cells": ["2.2.2", "Tempo medio di rilascio delle Autorizzazioni Uniche Ambientali (AUA)", "giorni", "≤ 90 gg", "78 gg", "100%", "Raggiunto"]},
            {"cells": ["2.2.3", "Aggiornamento del Piano provinciale delle attività di cava", "data", "Adozione entro il 31/12/2024", "Obiettivo sospeso", "n.d.", "Sospeso"]},
        ]},
        {"t": "area", "code": "3", "title": "Ente di area vasta e servizi ai Comuni"},
        {"t": "obj", "level": "operational", "code": "3.1", "title": "Stazione Unica Appaltante e assistenza tecnico-amministrativa ai Comuni"},
        {"t": "ind", "rows": [
            {"cells": ["3.1.1", "Numero di procedure di gara espletate per conto dei Comuni aderenti", "n.", "≥ 60", "71", "100%", "Raggiunto"]},
            {"cells": ["3.1.2", "Tempo medio di aggiudicazione delle procedure aperte", "giorni", "≤ 120 gg", "104 gg", "100%", "Raggiunto"]},
        ]},
        {"t": "obj", "level": "operational", "code": "3.2", "title": "Trasparenza, prevenzione della corruzione e transizione digitale"},
        {"t": "ind", "rows": [
            {"cells": ["3.2.1", "Percentuale di obblighi di pubblicazione in Amministrazione Trasparente assolti", "%", "100%", "100%", "100%", "Raggiunto"]},
            {"cells": ["3.2.2", "Tempo medio di pagamento delle fatture commerciali", "giorni", "≤ 30 gg", "21 gg", "100%", "Raggiunto"]},
            {"cells": ["3.2.3", "Indicatore annuale di tempestività dei pagamenti (ITP)", "giorni", "< 0", "-9,4", "100%", "Raggiunto"]},
            {"cells": ["3.2.4", "Numero di servizi online attivati sul portale dell'Ente con accesso SPID/CIE", "n.", "4", "4", "100%", "Raggiunto"]},
        ]},
        {"t": "h1", "text": "4. Le risorse finanziarie"},
        {"t": "p", "text": "La tabella che segue riporta, per le missioni di bilancio più rilevanti, gli stanziamenti definitivi e gli impegni assunti nell'esercizio 2024 (dati del rendiconto approvato con deliberazione del Consiglio provinciale n. 14 del 29 aprile 2025)."},
        {"t": "other", "caption": "Tabella 2 – Spesa per missione (parte corrente e in conto capitale)",
         "columns": ["Missione", "Stanziamento definitivo", "Impegnato", "% impegnato"],
         "rows": [["01 – Servizi istituzionali, generali e di gestione", "€ 18.402.310,00", "€ 16.987.204,55", "92,3%"],
                  ["04 – Istruzione e diritto allo studio", "€ 24.750.000,00", "€ 21.318.660,12", "86,1%"],
                  ["08 – Assetto del territorio ed edilizia abitativa", "€ 1.120.500,00", "€ 1.002.417,80", "89,5%"],
                  ["09 – Sviluppo sostenibile e tutela del territorio e dell'ambiente", "€ 3.846.200,00", "€ 3.512.090,41", "91,3%"],
                  ["10 – Trasporti e diritto alla mobilità", "€ 46.985.700,00", "€ 39.870.115,26", "84,9%"],
                  ["Totale", "€ 95.104.710,00", "€ 82.690.488,14", "86,9%"]]},
        {"t": "h1", "text": "5. Considerazioni conclusive"},
        {"t": "p", "text": "Dei 17 indicatori monitorati, 13 risultano raggiunti, 2 parzialmente raggiunti, 1 non raggiunto e 1 sospeso per il rinvio dell'aggiornamento della normativa regionale in materia di attività estrattive. Il grado medio di raggiungimento degli obiettivi operativi, calcolato sugli indicatori non sospesi, è pari al 90,4%."},
    ],
}

# ---------------------------------------------------------------- 2. Calc PIAO
GE = {
    "name": "citta-metropolitana-genova-2025-piao",
    "renderer": "calc",
    "document": {"issuer": "Città Metropolitana di Genova", "title": "Piano integrato di attività e organizzazione", "year": 2025, "kind": "piao"},
    "intro_sheet": {
        "name": "Premessa",
        "rows": ["CITTÀ METROPOLITANA DI GENOVA",
                 "Piano Integrato di Attività e Organizzazione 2025-2027",
                 "Sezione 2 – Valore pubblico, performance e anticorruzione",
                 "Sottosezione 2.2 – Performance: Allegato A «Obiettivi operativi e indicatori»",
                 "",
                 "Il presente allegato riporta gli obiettivi operativi dell'Ente per il triennio 2025-2027, ciascuno ricondotto all'obiettivo strategico della Sezione Strategica del DUP da cui discende.",
                 "Per ogni indicatore sono indicati la formula di calcolo, la fonte del dato, il valore di partenza (baseline 2023, ultimo dato consolidato) e i valori attesi per ciascuna annualità del Piano.",
                 "Il peso esprime l'incidenza percentuale dell'indicatore sulla valutazione della performance organizzativa dell'Ente.",
                 "Approvato con Decreto del Sindaco metropolitano n. 9 del 29/01/2025."]},
    "sheet": {
        "name": "Allegato A",
        "title_rows": ["Città Metropolitana di Genova – PIAO 2025-2027",
                       "Allegato A – Obiettivi operativi, indicatori e valori attesi"],
        "columns": [
            {"header": "Obiettivo strategico (DUP)", "field": "_os", "width": 24},
            {"header": "Obiettivo operativo", "field": "_oo", "width": 26},
            {"header": "Cod. ind.", "field": "indicator_code", "width": 7},
            {"header": "Indicatore", "field": "indicator", "width": 32},
            {"header": "Formula di calcolo", "field": "formula", "width": 30},
            {"header": "Fonte", "field": "data_source", "width": 14},
            {"header": "Baseline 2023", "field": "baseline", "width": 10},
            {"header": "Target 2025", "field": "target", "year": 2025, "width": 10},
            {"header": "Target 2026", "field": "target", "year": 2026, "width": 10},
            {"header": "Target 2027", "field": "target", "year": 2027, "width": 10},
            {"header": "Peso %", "field": "weight", "width": 7},
        ],
        "objectives": {
            "1": "Sviluppo economico e attrattività del territorio metropolitano",
            "2": "Mobilità sostenibile e infrastrutture",
            "3": "Ente efficiente, digitale e trasparente",
            "1.1": "Sportello Unico Attività Produttive associato per i Comuni",
            "1.2": "Attuazione del Piano Strategico Metropolitano e dei progetti PNRR",
            "2.1": "Manutenzione e messa in sicurezza della rete stradale metropolitana",
            "2.2": "Attuazione del Piano Urbano della Mobilità Sostenibile (PUMS)",
            "3.1": "Transizione digitale dei servizi",
            "3.2": "Equilibrio finanziario e tempestività dei pagamenti",
            "3.3": "Valorizzazione e formazione del personale",
        },
        "rows": [
            ["1", "1.1", "1.1.a", "Numero di Comuni aderenti al SUAP associato metropolitano", "Conteggio delle convenzioni attive al 31/12", "Ufficio SUAP", "38", "≥ 40", "≥ 45", "≥ 50", "10"],
            ["1", "1.1", "1.1.b", "Tempo medio di conclusione dei procedimenti SUAP ordinari", "Somma giorni dalla presentazione alla conclusione / n. procedimenti conclusi", "Portale SUAP", "41 gg", "≤ 35 gg", "≤ 32 gg", "≤ 30 gg", "10"],
            ["1", "1.2", "1.2.a", "Percentuale di progetti PNRR metropolitani con cronoprogramma rispettato", "Progetti in linea con il cronoprogramma / progetti finanziati x 100", "ReGiS", "82%", "≥ 90%", "≥ 92%", "≥ 95%", "10"],
            ["2", "2.1", "2.1.a", "Km di strade metropolitane con pavimentazione rinnovata", "Km di carreggiata con manto rifatto nell'anno", "Direzione Territorio e mobilità", "31,5", "≥ 35", "≥ 35", "≥ 40", "10"],
            ["2", "2.1", "2.1.b", "Tempo medio di ripristino della transitabilità dopo eventi franosi", "Media dei giorni di chiusura totale della strada per evento", "Ordinanze di viabilità", "18 gg", "≤ 15 gg", "≤ 15 gg", "≤ 12 gg", "5"],
            ["2", "2.2", "2.2.a", "Km di percorsi ciclabili metropolitani realizzati (valore cumulato)", "Km di percorsi collaudati dal 2022", "Ufficio PUMS", "12,4", "20", "28", "35", "10"],
            ["2", "2.2", "2.2.b", "Percentuale di mezzi del trasporto pubblico locale a basse emissioni", "Mezzi elettrici, ibridi o a metano / parco mezzi x 100", "Contratto di servizio TPL", "46%", "55%", "62%", "70%", "5"],
            ["3", "3.1", "3.1.a", "Numero di servizi online accessibili con SPID/CIE", "Conteggio dei servizi pubblicati sul portale", "Servizio Sistemi informativi", "24", "30", "34", "38", "10"],
            ["3", "3.1", "3.1.b", "Percentuale di procedimenti gestiti interamente in modalità digitale", "Procedimenti con fascicolo informatico / procedimenti avviati x 100", "Sistema documentale", "61%", "≥ 75%", "≥ 85%", "100%", "10"],
            ["3", "3.2", "3.2.a", "Indicatore annuale di tempestività dei pagamenti", "Ritardo medio ponderato sull'importo (DPCM 22/09/2014)", "Piattaforma PCC", "-6,2 gg", "≤ 0 gg", "≤ 0 gg", "≤ 0 gg", "5"],
            ["3", "3.2", "3.2.b", "Percentuale di riscossione delle entrate extratributarie in conto competenza", "Riscossioni / accertamenti di competenza (Titolo III) x 100", "Contabilità finanziaria", "78,4%", "≥ 80%", "≥ 82%", "≥ 85%", "5"],
            ["3", "3.3", "3.3.a", "Ore medie di formazione per dipendente", "Ore di formazione erogate / dipendenti in servizio", "Servizio Personale", "14,5 ore", "≥ 18 ore", "≥ 20 ore", "", "10"],
        ],
    },
    "other_sheet": {
        "name": "Risorse",
        "title": "Allegato A – Risorse finanziarie per obiettivo strategico (stanziamenti di competenza)",
        "columns": ["Obiettivo strategico", "2025", "2026", "2027"],
        "rows": [["1 – Sviluppo economico e attrattività del territorio metropolitano", "€ 4.215.800,00", "€ 3.980.000,00", "€ 3.910.000,00"],
                 ["2 – Mobilità sostenibile e infrastrutture", "€ 61.742.300,00", "€ 55.118.000,00", "€ 48.260.500,00"],
                 ["3 – Ente efficiente, digitale e trasparente", "€ 22.604.150,00", "€ 22.150.000,00", "€ 21.980.000,00"],
                 ["Totale", "€ 88.562.250,00", "€ 81.248.000,00", "€ 74.150.500,00"]]},
}

# ---------------------------------------------------------------- 3. reportlab PEG
VS = {
    "name": "comunita-montana-valsassina-2023-peg",
    "renderer": "reportlab",
    "document": {"issuer": "Comunità Montana Valsassina, Valvarrone, Val d'Esino e Riviera", "title": "Piano esecutivo di gestione", "year": 2023, "kind": "piano"},
    "header_left": "Comunità Montana Valsassina, Valvarrone, Val d'Esino e Riviera",
    "header_right": "PEG 2023 – Verifica finale degli obiettivi",
    "report_id": "Report OBV-04 – elaborato il 12/03/2024",
    "intro": [
        "Il Piano esecutivo di gestione 2023, approvato con deliberazione della Giunta esecutiva n. 21 del 16/02/2023 e integrato nel PIAO 2023-2025, assegna ai Responsabili di Area gli obiettivi operativi e le risorse per la loro realizzazione.",
        "Il presente report riporta, per ciascun Centro di responsabilità, gli indicatori degli obiettivi, il peso attribuito, il valore atteso e il valore conseguito al 31/12/2023, il grado di raggiungimento e l'esito attestato dal Responsabile, verificato dal Nucleo di Valutazione associato nella seduta del 7 marzo 2024.",
    ],
    "summary": {"caption": "Sintesi degli esiti", "columns": ["Esito", "N. indicatori", "%"],
                "rows": [["Raggiunto", "14", "77,8%"], ["Parzialmente raggiunto", "2", "11,1%"], ["Non raggiunto", "1", "5,6%"], ["Sospeso", "1", "5,6%"], ["Totale", "18", "100,0%"]]},
    "columns": ["Cod.", "Indicatore", "U.M.", "Peso", "Valore atteso 2023", "Valore conseguito 2023", "% ragg."],
    "fields": ["indicator_code", "indicator", "unit", "weight", "target", "actual", "achievement"],
    "year": 2023,
    "cdr": [
        {"code": "1", "title": "Area Amministrativa e Finanziaria", "resp": "Responsabile: dott.ssa Laura Invernizzi",
         "objs": [
            {"code": "1.1", "title": "Tempestività dei pagamenti e gestione delle entrate", "rows": [
                {"cells": ["1.1.1", "Tempo medio di pagamento delle fatture commerciali", "gg", "20", "≤ 30 gg", "18 gg", "100%"], "status": "OBIETTIVO RAGGIUNTO", "comment": None},
                {"cells": ["1.1.2", "Percentuale di riscossione dei sovracanoni BIM e dei trasferimenti regionali accertati", "%", "15", "≥ 90%", "93,2%", "100%"], "status": "OBIETTIVO RAGGIUNTO", "comment": None},
                {"cells": ["1.1.3", "Approvazione del rendiconto 2022 entro i termini di legge", "data", "10", "entro il 30/04/2023", "27/04/2023", "100%"], "status": "OBIETTIVO RAGGIUNTO", "comment": "Rendiconto approvato con deliberazione dell'Assemblea n. 6 del 27/04/2023."},
            ]},
            {"code": "1.2", "title": "Gestione del personale e sviluppo delle competenze", "rows": [
                {"cells": ["1.2.1", "Ore di formazione per dipendente", "ore", "10", "≥ 12 ore", "15,5 ore", "100%"], "status": "OBIETTIVO RAGGIUNTO", "comment": None},
                {"cells": ["1.2.2", "Percentuale di dipendenti valutati entro il 31 marzo", "%", "10", "100%", "100%", "100%"], "status": "OBIETTIVO RAGGIUNTO", "comment": None},
            ]},
         ]},
        {"code": "2", "title": "Area Tecnica, Territorio e Ambiente", "resp": "Responsabile: ing. Marco Buzzoni",
         "objs": [
            {"code": "2.1", "title": "Difesa del suolo e sistemazione idrogeologica del territorio montano", "rows": [
                {"cells": ["2.1.1", "Numero di interventi di manutenzione del reticolo idrico minore", "n.", "20", "≥ 25", "28", "100%"], "status": "OBIETTIVO RAGGIUNTO", "comment": None},
                {"cells": ["2.1.2", "Importo dei lavori di sistemazione idrogeologica appaltati", "€", "15", "≥ € 850.000,00", "€ 612.300,00", "72%"], "status": "OBIETTIVO PARZIALMENTE RAGGIUNTO",
                 "comment": "Il decreto regionale di finanziamento del secondo lotto (Valle del Pioverna) è stato emanato soltanto a novembre 2023; la gara è stata bandita a gennaio 2024."},
                {"cells": ["2.1.3", "Tempo medio di rilascio delle autorizzazioni per la trasformazione del bosco", "gg", "15", "≤ 45 gg", "38 gg", "100%"], "status": "OBIETTIVO RAGGIUNTO", "comment": None},
            ]},
            {"code": "2.2", "title": "Gestione del patrimonio forestale e della rete sentieristica", "rows": [
                {"cells": ["2.2.1", "Km di sentieri oggetto di manutenzione ordinaria", "km", "20", "≥ 60", "64,5", "100%"], "status": "OBIETTIVO RAGGIUNTO", "comment": None},
                {"cells": ["2.2.2", "Numero di piani di assestamento forestale aggiornati", "n.", "15", "2", "1", "50%"], "status": "OBIETTIVO PARZIALMENTE RAGGIUNTO",
                 "comment": "Approvato il piano della proprietà silvo-pastorale di Premana; il piano di Casargo è in istruttoria presso la Regione."},
                {"cells": ["2.2.3", "Realizzazione del bivacco in località Alpe Giumello", "% avanz.", "15", "100%", "Obiettivo sospeso", "n.d."], "status": "OBIETTIVO SOSPESO",
                 "comment": "Intervento sospeso in attesa dell'autorizzazione paesaggistica; l'obiettivo è riproposto nel PEG 2024 e non concorre alla valutazione."},
            ]},
         ]},
        {"code": "3", "title": "Area Servizi alla Persona e Sviluppo Economico", "resp": "Responsabile: dott. Paolo Combi",
         "objs": [
            {"code": "3.1", "title": "Servizi sociali in gestione associata per i Comuni", "rows": [
                {"cells": ["3.1.1", "Numero di utenti del servizio di assistenza domiciliare (SAD)", "n.", "25", "≥ 120", "134", "100%"], "status": "OBIETTIVO RAGGIUNTO", "comment": None},
                {"cells": ["3.1.2", "Tempo medio di presa in carico delle nuove richieste di assistenza", "gg", "25", "≤ 15 gg", "19 gg", "0%"], "status": "OBIETTIVO NON RAGGIUNTO",
                 "comment": "Il dato risente della cessazione di due assistenti sociali nel secondo semestre; le sostituzioni sono avvenute a dicembre 2023."},
                {"cells": ["3.1.3", "Percentuale di Comuni aderenti alla gestione associata dei servizi sociali", "%", "15", "100%", "100%", "100%"], "status": "OBIETTIVO RAGGIUNTO", "comment": None},
            ]},
            {"code": "3.2", "title": "Promozione turistica e sostegno all'agricoltura di montagna", "rows": [
                {"cells": ["3.2.1", "Numero di eventi di promozione territoriale organizzati o patrocinati", "n.", "15", "≥ 10", "12", "100%"], "status": "OBIETTIVO RAGGIUNTO", "comment": None},
                {"cells": ["3.2.2", "Contributi erogati alle aziende agricole di montagna", "€", "20", "≥ € 150.000,00", "€ 162.480,00", "100%"], "status": "OBIETTIVO RAGGIUNTO", "comment": None},
                {"cells": ["3.2.3", "Tempo medio di istruttoria delle domande di contributo", "gg", "20", "≤ 60 gg", "52 gg", "100%"], "status": "OBIETTIVO RAGGIUNTO", "comment": None},
                {"cells": ["3.2.4", "Percentuale di domande di contributo istruite nei termini del bando", "%", "10", "≥ 95%", "96,1%", "100%"], "status": "OBIETTIVO RAGGIUNTO", "comment": "Istruite 148 domande su 154 entro il termine del 30 settembre."},
            ]},
         ]},
    ],
    "other": {"caption": "Risorse assegnate ai Centri di responsabilità (PEG 2023, stanziamenti definitivi)",
              "columns": ["Centro di responsabilità", "Spesa corrente", "Spesa in conto capitale", "Personale assegnato"],
              "rows": [["1 – Area Amministrativa e Finanziaria", "€ 1.284.600,00", "€ 45.000,00", "7"],
                       ["2 – Area Tecnica, Territorio e Ambiente", "€ 912.350,00", "€ 2.640.800,00", "9"],
                       ["3 – Area Servizi alla Persona e Sviluppo Economico", "€ 3.418.900,00", "€ 180.000,00", "11"],
                       ["Totale", "€ 5.615.850,00", "€ 2.865.800,00", "27"]]},
    "closing": "Il grado medio di raggiungimento, calcolato sulla media ponderata per peso degli indicatori non sospesi, è pari al 90,3%. Gli esiti costituiscono il presupposto per l'erogazione della retribuzione di risultato ai Responsabili di Area e del premio di performance organizzativa al personale.",
}

for c in (VI, GE, VS):
    with open(c["name"] + ".content.json", "w", encoding="utf-8") as f:
        json.dump(c, f, ensure_ascii=False, indent=1)
print("ok")
