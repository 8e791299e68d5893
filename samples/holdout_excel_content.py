"""Invented content of the two holdout Excel samples, with hand-written parsed annotations.

No real data. Every parsed value was written by hand from the printed cell by the rules
of ``docs/RECORDS.md`` and ``samples/CONVENTIONS.md``: ``[operator, value, value_max,
unit]`` (None: the cell states no comparable quantity), the achievement as a number
(None where none is printed), ``met`` and, for the university, the ``status``.
``make_holdout_excel.py`` re-checks what is mechanical and writes the content out as
``NAME.content.json`` next to the PDF.
"""

from __future__ import annotations

from typing import Any

Content = dict[str, Any]

# --------------------------------------------------------------------------- Vicenza

#: (indicator, unit, target, actual, grado, note, target parsed, actual parsed, achievement, met)
#: nested under (area cell, [(strategic cell, [(operational cell, [indicators])])]).
VICENZA_TREE: list[tuple[str, list[Any]]] = [
    ("1 – Vicenza città sostenibile", [
        ("1.1 – Qualità dell'aria e transizione energetica", [
            ("1.1.1 – Efficientare gli edifici comunali e l'illuminazione pubblica", [
                ("Punti luce dell'illuminazione pubblica convertiti a tecnologia LED nell'anno",
                 "numero", "≥ 2.500", "2.731", "100%", "",
                 [">=", 2500, None, None], ["=", 2731, None, None], 100, True),
                ("Riduzione dei consumi di energia elettrica degli edifici comunali rispetto "
                 "al 2022",
                 "%", ">= 5%", "3,8%", "76%",
                 "Ritardi nella consegna degli impianti fotovoltaici delle scuole primarie",
                 [">=", 5, None, "%"], ["=", 3.8, None, "%"], 76, False),
            ]),
            ("1.1.2 – Rinnovare il parco veicoli comunale", [
                ("Veicoli elettrici o ibridi sul totale della flotta comunale",
                 "%", "almeno il 40%", "42,5%", "100%", "",
                 [">=", 40, None, "%"], ["=", 42.5, None, "%"], 100, True),
                ("Colonnine di ricarica per veicoli elettrici installate su suolo pubblico",
                 "numero", "almeno 20", "14", "70%",
                 "Concessione del servizio aggiudicata solo a novembre",
                 [">=", 20, None, None], ["=", 14, None, None], 70, False),
            ]),
        ]),
        ("1.2 – Mobilità dolce", [
            ("1.2.1 – Migliorare l'accessibilità delle fermate del trasporto pubblico", [
                ("Fermate del trasporto pubblico urbano rese accessibili alle persone con "
                 "disabilità",
                 "numero", "≥ 25", "25", "100%", "",
                 [">=", 25, None, None], ["=", 25, None, None], 100, True),
            ]),
            ("1.2.3 – Ampliare la rete ciclabile", [
                ("Nuovi tratti di pista ciclabile realizzati",
                 "km", "almeno 3", "4", "100%",
                 "Completato il collegamento ciclabile viale della Pace – Ospedale San Bortolo",
                 [">=", 3, None, None], ["=", 4, None, None], 100, True),
                ("Rastrelliere per biciclette installate presso scuole e fermate",
                 "numero", "tra 10 e 15", "12", "100%", "",
                 ["range", 10, 15, None], ["=", 12, None, None], 100, True),
                ("Approvazione del Biciplan comunale",
                 "data", "Entro il 31/12/2023", "Approvato con DGC n. 214 del 12/12/2023",
                 "100%", "",
                 None, None, 100, None),
            ]),
        ]),
    ]),
    ("2 – Vicenza città semplice e digitale", [
        ("2.1 – Amministrazione digitale", [
            ("2.1.1 – Digitalizzare i procedimenti dello Sportello unico per l'edilizia", [
                ("Pratiche edilizie presentate esclusivamente in modalità telematica",
                 "%", "100%", "100%", "100%", "",
                 ["=", 100, None, "%"], ["=", 100, None, "%"], 100, True),
                ("Tempo medio di rilascio dei permessi di costruire",
                 "gg", "<= 30 gg", "27 gg", "100%", "",
                 ["<=", 30, None, "days"], ["=", 27, None, "days"], 100, True),
                ("Pratiche SUAP concluse entro i termini di legge",
                 "%", "≥ 95%", "96,8%", "100%", "",
                 [">=", 95, None, "%"], ["=", 96.8, None, "%"], 100, True),
            ]),
            ("2.1.2 – Estendere i servizi on line per cittadini e imprese", [
                ("Servizi comunali accessibili con SPID e CIE dal portale istituzionale",
                 "numero", "≥ 30", "34", "100%", "",
                 [">=", 30, None, None], ["=", 34, None, None], 100, True),
                ("Attivazione dell'app comunale per le segnalazioni dei cittadini",
                 "SI/NO", "SI", "SI", "100%", "App «Vicenza Segnala» attiva dal 18 settembre",
                 None, None, 100, None),
            ]),
        ]),
        ("2.2 – Tempestività e trasparenza", [
            ("2.2.1 – Ridurre i tempi di pagamento dei fornitori", [
                ("Indicatore annuale di tempestività dei pagamenti",
                 "giorni", "≤ 0", "-4,2", "100%", "",
                 ["<=", 0, None, None], ["=", -4.2, None, None], 100, True),
                ("Debito commerciale scaduto al 31/12 (art. 1, c. 859, L. 145/2018)",
                 "€", "0", "€ 12.430,00", "0%", "Fatture in contestazione con due fornitori",
                 ["=", 0, None, None], ["=", 12430, None, "EUR"], 0, False),
            ]),
            ("2.2.2 – Garantire l'accesso civico e la qualità dell'URP", [
                ("Richieste di accesso civico generalizzato evase entro 30 giorni",
                 "%", ">= 90%", "93,4%", "100%", "",
                 [">=", 90, None, "%"], ["=", 93.4, None, "%"], 100, True),
                ("Soddisfazione degli utenti dell'URP (scala 1-5)",
                 "punteggio", "≥ 4", "Non rilevabile", "n.d.",
                 "Indagine di customer satisfaction rinviata al 2024",
                 [">=", 4, None, None], None, None, None),
            ]),
        ]),
    ]),
    ("3 – Vicenza città della cultura e della coesione", [
        ("3.1 – Cultura e turismo", [
            ("3.1.1 – Valorizzare il sistema dei musei civici", [
                ("Visitatori del circuito museale (Teatro Olimpico, Pinacoteca di Palazzo "
                 "Chiericati, Museo Naturalistico Archeologico)",
                 "numero", "≥ 350.000", "372.118", "100%", "",
                 [">=", 350000, None, None], ["=", 372118, None, None], 100, True),
                ("Eventi culturali organizzati nella Basilica Palladiana",
                 "numero", "almeno 12", "10", "83,3%",
                 "Due mostre rinviate al 2024 per i lavori alla copertura",
                 [">=", 12, None, None], ["=", 10, None, None], 83.3, False),
                ("Biglietti dei musei civici venduti on line sul totale dei biglietti emessi",
                 "%", "30-40%", "35,6%", "100%", "",
                 ["range", 30, 40, "%"], ["=", 35.6, None, "%"], 100, True),
            ]),
        ]),
        ("3.2 – Inclusione sociale e famiglie", [
            ("3.2.1 – Sostenere i nuclei familiari in difficoltà", [
                ("Tempo medio di presa in carico delle nuove domande di sostegno economico",
                 "gg", "<= 20 gg", "22 gg", "90%", "",
                 ["<=", 20, None, "days"], ["=", 22, None, "days"], 90, False),
                ("Nuclei familiari beneficiari del contributo per l'affitto",
                 "numero", "tra 400 e 450", "438", "100%", "",
                 ["range", 400, 450, None], ["=", 438, None, None], 100, True),
            ]),
            ("3.2.2 – Potenziare i servizi per la prima infanzia", [
                ("Posti nei nidi d'infanzia comunali e convenzionati ogni 100 bambini di età "
                 "inferiore a 3 anni",
                 "%", "≥ 32%", "28%", "87,5%", "",
                 [">=", 32, None, "%"], ["=", 28, None, "%"], 87.5, False),
                ("Bambini in lista d'attesa per i nidi comunali al 30 settembre",
                 "numero", "≤ 30", "n.d.", "", "Graduatoria in corso di aggiornamento",
                 ["<=", 30, None, None], None, None, None),
            ]),
        ]),
    ]),
]  # fmt: skip

VICENZA_COLUMNS = [
    ("Area strategica", 14, "area"),
    ("Obiettivo strategico", 17, "strategic"),
    ("Obiettivo operativo", 20, "operational"),
    ("Indicatore", 34, "indicator"),
    ("Unità di misura", 9, "unit"),
    ("Target 2023", 11, "target"),
    ("Valore al 31/12/2023", 13, "actual"),
    ("Grado di raggiungimento", 14, "achievement"),
    ("Note", 22, "notes"),
]


def vicenza() -> Content:
    """The Comune di Vicenza's flat PEG table: hierarchy in the first three columns."""
    rows = []
    for area, strategics in VICENZA_TREE:
        for strategic, operationals in strategics:
            for operational, indicators in operationals:
                for indicator, unit, target, actual, grado, note, *parsed in indicators:
                    cells = [area, strategic, operational, indicator, unit, target, actual]
                    rows.append({
                        "cells": [*cells, grado, note],
                        "target_parsed": parsed[0],
                        "actual_parsed": parsed[1],
                        "achievement": parsed[2],
                        "met": parsed[3],
                    })  # fmt: skip
    return {
        "_about": [
            "Invented content of the Relazione sulla performance 2023 of the Comune di Vicenza "
            "(no real data), rendered by samples/make_holdout_excel.py as one flat Excel table "
            "printed by LibreOffice Calc: landscape A4, printed gridlines, header row repeated.",
            "The hierarchy lives in the first three columns ('code – title'), each cell merged "
            "vertically over the rows of its indicators; the truth takes area_code/area_title "
            "from the area column and the objective (level operational) from the deepest one.",
            "Per row: 'target_parsed'/'actual_parsed' = [operator, value, value_max, unit] by "
            "hand (null: all four null), 'achievement' (printed Grado, null for 'n.d.'/empty), "
            "'met'. Units come from the value cell only, never from 'Unità di misura'.",
        ],
        "document": {
            "issuer": "Comune di Vicenza",
            "title": "Relazione sulla performance",
            "year": 2023,
            "kind": "relazione",
        },
        "year": 2023,
        "sheet": {
            "name": "Obiettivi PEG 2023",
            "title_rows": [
                "COMUNE DI VICENZA",
                "Relazione sulla performance 2023",
                "Allegato A – Rendicontazione degli obiettivi del Piano esecutivo di gestione "
                "2023 e dei relativi indicatori",
            ],
            "columns": [
                {"header": h, "width": w, "field": f, "align": "left" if w > 14 else "center"}
                for h, w, f in VICENZA_COLUMNS
            ],
            "rows": rows,
        },
    }


# --------------------------------------------------------------------------- Ferrara

#: (code, indicator, baseline, target, actual, scostamento, esito, target parsed,
#: actual parsed, status, met) under (area code, title, [(objective code, title, [...])]).
FERRARA_TREE: list[tuple[str, str, list[Any]]] = [
    ("A", "DIDATTICA", [
        ("A.1", "Favorire la regolarità dei percorsi di studio", [
            ("A.1.1", "Studenti iscritti entro la durata normale del corso che hanno acquisito "
             "almeno 40 CFU nell'anno solare (iA1)",
             "55,2%", "≥ 57%", "57,8%", "+0,8 p.p.", "Raggiunto",
             [">=", 57, None, "%"], ["=", 57.8, None, "%"], "achieved", True),
            ("A.1.2", "Tasso di abbandono degli immatricolati tra il primo e il secondo anno",
             "14,8%", "≤ 13%", "13,9%", "+0,9 p.p.", "Parzialmente raggiunto",
             ["<=", 13, None, "%"], ["=", 13.9, None, "%"], "partially_achieved", False),
            ("A.1.3", "Ore di tutorato didattico erogate a supporto degli insegnamenti del "
             "primo anno con il più alto tasso di insuccesso agli esami",
             "3.450 ore", "almeno 4.000 ore", "4.215 ore", "+215 ore", "Raggiunto",
             [">=", 4000, None, "hours"], ["=", 4215, None, "hours"], "achieved", True),
        ]),
        ("A.2", "Rafforzare la dimensione internazionale della didattica", [
            ("A.2.1", "Corsi di laurea magistrale erogati interamente in lingua inglese",
             "5", "almeno 7", "7", "0", "Raggiunto",
             [">=", 7, None, None], ["=", 7, None, None], "achieved", True),
            ("A.2.2", "Studenti in mobilità Erasmus+ in uscita per studio e tirocinio",
             "412", "≥ 450", "398", "-52", "Non raggiunto",
             [">=", 450, None, None], ["=", 398, None, None], "not_achieved", False),
            ("A.2.3", "Studenti con titolo di accesso conseguito all'estero iscritti al primo "
             "anno delle lauree magistrali, sul totale degli iscritti al primo anno",
             "8,9%", "≥ 10%", "10,4%", "+0,4 p.p.", "Raggiunto",
             [">=", 10, None, "%"], ["=", 10.4, None, "%"], "achieved", True),
        ]),
    ]),
    ("B", "RICERCA", [
        ("B.1", "Accrescere la competitività della ricerca di Ateneo", [
            ("B.1.1", "Proposte progettuali presentate su bandi Horizon Europe e PRIN",
             "148", "≥ 160", "171", "+11", "Raggiunto",
             [">=", 160, None, None], ["=", 171, None, None], "achieved", True),
            ("B.1.2", "Finanziamenti acquisiti da bandi competitivi nazionali ed europei",
             "€ 9.845.210", "≥ € 10.500.000", "€ 11.204.377", "+€ 704.377", "Raggiunto",
             [">=", 10500000, None, "EUR"], ["=", 11204377, None, "EUR"], "achieved", True),
        ]),
        ("B.2", "Sostenere la formazione alla ricerca e la qualità della produzione scientifica", [
            ("B.2.1", "Posti di dottorato di ricerca con borsa banditi per il XXXVIII ciclo",
             "96", "tra 100 e 110", "104", "–", "Raggiunto",
             ["range", 100, 110, None], ["=", 104, None, None], "achieved", True),
            ("B.2.2", "Articoli pubblicati su riviste del primo quartile (Q1) sul totale dei "
             "prodotti della ricerca indicizzati in Scopus",
             "41,3%", "≥ 43%", "42,6%", "-0,4 p.p.", "Parzialmente raggiunto",
             [">=", 43, None, "%"], ["=", 42.6, None, "%"], "partially_achieved", False),
        ]),
    ]),
    ("C", "TERZA MISSIONE E IMPATTO SOCIALE", [
        ("C.1", "Valorizzare i risultati della ricerca e il trasferimento tecnologico", [
            ("C.1.1", "Contratti di ricerca conto terzi e accordi di collaborazione con imprese "
             "del territorio",
             "118", "almeno 130", "109", "-21", "Non raggiunto",
             [">=", 130, None, None], ["=", 109, None, None], "not_achieved", False),
            ("C.1.2", "Apertura dello sportello «Unife Innovation» per il trasferimento "
             "tecnologico",
             "–", "Entro il 31/12/2022", "Attivato il 15/11/2022", "–", "Raggiunto",
             None, None, "achieved", None),
            ("C.1.3", "Partecipanti alle iniziative di public engagement (Notte europea dei "
             "ricercatori, festival e incontri divulgativi)",
             "6.820", "≥ 7.500", "8.134", "+634", "Raggiunto",
             [">=", 7500, None, None], ["=", 8134, None, None], "achieved", True),
        ]),
    ]),
    ("D", "SERVIZI E ORGANIZZAZIONE", [
        ("D.1", "Semplificare e digitalizzare i processi amministrativi", [
            ("D.1.1", "Tempo medio di liquidazione delle missioni del personale",
             "24 gg", "≤ 20 gg", "17 gg", "-3 gg", "Raggiunto",
             ["<=", 20, None, "days"], ["=", 17, None, "days"], "achieved", True),
            ("D.1.2", "Procedure di acquisto gestite interamente sulla piattaforma telematica "
             "di Ateneo",
             "38%", "50%", "44%", "-6 p.p.", "Parzialmente raggiunto",
             ["=", 50, None, "%"], ["=", 44, None, "%"], "partially_achieved", False),
            ("D.1.3", "Soddisfazione degli studenti per i servizi di segreteria (indagine Good "
             "Practice, scala 1-6)",
             "4,12", "≥ 4,3", "n.d. (rilevazione non svolta)", "–", "Non raggiunto",
             [">=", 4.3, None, None], None, "not_achieved", None),
        ]),
        ("D.2", "Promuovere la sostenibilità ambientale delle sedi", [
            ("D.2.1", "Consumi di energia elettrica degli edifici universitari",
             "21,4 GWh", "≤ 20,5 GWh", "20,1 GWh", "-0,4 GWh", "Raggiunto",
             ["<=", 20.5, None, None], ["=", 20.1, None, None], "achieved", True),
            ("D.2.2", "Infortuni sul lavoro del personale tecnico-amministrativo e bibliotecario",
             "2", "0", "0", "0", "Raggiunto",
             ["=", 0, None, None], ["=", 0, None, None], "achieved", True),
        ]),
    ]),
    ("E", "PERSONE E BENESSERE ORGANIZZATIVO", [
        ("E.1", "Valorizzare le competenze e il benessere del personale", [
            ("E.1.1", "Ore medie di formazione per dipendente tecnico-amministrativo",
             "14,2 ore", "≥ 18 ore", "19,5 ore", "+1,5 ore", "Raggiunto",
             [">=", 18, None, "hours"], ["=", 19.5, None, "hours"], "achieved", True),
            ("E.1.2", "Dipendenti in lavoro agile sul totale del personale con mansioni "
             "compatibili",
             "31%", "35-45%", "38,7%", "–", "Raggiunto",
             ["range", 35, 45, "%"], ["=", 38.7, None, "%"], "achieved", True),
            ("E.1.3", "Aggiornamento del Gender Equality Plan e del Piano di azioni positive",
             "–", "SI", "SI", "–", "Raggiunto",
             None, None, "achieved", None),
        ]),
    ]),
]  # fmt: skip

FERRARA_COLUMNS = [
    ("Codice", 7, "indicator_code", "left"),
    ("Indicatore", 38.5, "indicator", "left"),
    ("Baseline 2021", 10.5, "baseline", "center"),
    ("Target 2022", 11, "target", "center"),
    ("Risultato 2022", 11, "actual", "center"),
    ("Scostamento", 13, "extra", "center"),
    ("Esito", 12.5, "status", "center"),
]

FERRARA_PROSE = [
    "La Relazione sulla performance, prevista dall'art. 10, comma 1, lettera b) del D.Lgs. "
    "150/2009, illustra i risultati organizzativi e individuali raggiunti dall'Università "
    "degli Studi di Ferrara nel 2022 rispetto agli obiettivi programmati nel Piano "
    "integrato di attività e organizzazione 2022-2024. Il documento è stato predisposto "
    "dalla Direzione generale sulla base delle rendicontazioni dei Dipartimenti e delle "
    "Ripartizioni e validato dal Nucleo di valutazione.",
    "Nelle pagine che seguono sono riportati, per ciascuna area strategica, gli obiettivi "
    "strategici, gli indicatori con il valore di partenza (baseline 2021), il target atteso "
    "per il 2022, il risultato conseguito, lo scostamento e l'esito della valutazione. In "
    "chiusura si riepilogano le risorse finanziarie destinate al perseguimento degli "
    "obiettivi.",
]

FERRARA_BUDGET = [
    ("F.S.1.01", "Borse di dottorato di ricerca", "€ 4.250.000,00", "€ 4.118.730,45"),
    ("F.S.1.04", "Tutorato e attività didattiche integrative", "€ 612.000,00", "€ 598.214,10"),
    ("F.S.2.02", "Cofinanziamento progetti di ricerca", "€ 1.800.000,00", "€ 1.652.907,33"),
    ("F.S.3.01", "Trasferimento tecnologico e public engagement", "€ 240.000,00", "€ 231.460,00"),
    ("F.S.4.03", "Digitalizzazione dei servizi amministrativi", "€ 980.000,00", "€ 874.116,92"),
]
FERRARA_BUDGET_TOTAL = ("", "Totale", "€ 7.882.000,00", "€ 7.475.428,80")


def ferrara() -> Content:
    """The Università degli Studi di Ferrara's report: prose page, table, budget table."""
    rows: list[dict[str, Any]] = []
    for area_code, area_title, objectives in FERRARA_TREE:
        text = f"AREA STRATEGICA {area_code} – {area_title}"
        rows.append({"heading": "area", "code": area_code, "title": area_title, "text": text})
        for code, title, indicators in objectives:
            text = f"Obiettivo strategico {code} – {title}"
            rows.append({"heading": "strategic", "code": code, "title": title, "text": text})
            for *cells, target, actual, status, met in indicators:
                rows.append({
                    "cells": cells,
                    "target_parsed": target,
                    "actual_parsed": actual,
                    "status": status,
                    "met": met,
                })  # fmt: skip
    budget_rows: list[dict[str, Any]] = [{"cells": list(r)} for r in FERRARA_BUDGET]
    budget_rows.append({"cells": list(FERRARA_BUDGET_TOTAL), "total": True})
    return {
        "_about": [
            "Invented content of the Relazione sulla performance 2022 of the Università degli "
            "Studi di Ferrara (no real data), rendered by samples/make_holdout_excel.py as an "
            "Excel workbook printed by LibreOffice Calc in portrait, with no gridlines and no "
            "borders: a first sheet with title and prose, the indicator sheet (only the header "
            "row filled, white bold text, repeated on every page; areas and strategic "
            "objectives as bold rows merged across the table) and a budget sheet (no records).",
            "Per indicator row: 'target_parsed'/'actual_parsed' = [operator, value, value_max, "
            "unit] by hand (null: all four null), 'status' (from Esito) and 'met'. "
            "Scostamento maps to extra (not in the truth). Year 2022 from 'Target 2022'.",
        ],
        "document": {
            "issuer": "Università degli Studi di Ferrara",
            "title": "Relazione sulla performance",
            "year": 2022,
            "kind": "relazione",
        },
        "year": 2022,
        "cover": {
            "name": "Presentazione",
            "lines": [
                "UNIVERSITÀ DEGLI STUDI DI FERRARA",
                "Relazione sulla performance 2022",
                "Approvata dal Consiglio di amministrazione nella seduta del 28 giugno 2023",
            ],
            "heading": "Presentazione",
            "paragraphs": FERRARA_PROSE,
        },
        "sheet": {
            "name": "Obiettivi strategici",
            "title_rows": ["Risultati degli obiettivi strategici 2022"],
            "columns": [
                {"header": h, "width": w, "field": f, "align": a} for h, w, f, a in FERRARA_COLUMNS
            ],
            "rows": rows,
        },
        "budget": {
            "name": "Risorse",
            "title_rows": [
                "Risorse finanziarie",
                "Risorse destinate agli obiettivi strategici – esercizio 2022 (importi in euro)",
            ],
            "columns": [
                {"header": "Capitolo", "width": 12, "field": "extra", "align": "left"},
                {"header": "Descrizione", "width": 40, "field": "extra", "align": "left"},
                {
                    "header": "Stanziamento definitivo",
                    "width": 18,
                    "field": "extra",
                    "align": "right",
                },
                {"header": "Impegnato", "width": 18, "field": "extra", "align": "right"},
            ],
            "rows": budget_rows,
        },
    }


SAMPLES = {"comune-vicenza-2023-peg": vicenza, "universita-ferrara-2022-relazione": ferrara}
