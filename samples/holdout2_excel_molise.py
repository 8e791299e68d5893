"""Invented content of the Camera di Commercio del Molise holdout sample, hand-annotated.

No real data. Relazione sulla performance 2023: one indicator table whose hierarchy is
printed as bold rows merged across the table (``AREA STRATEGICA 1 - …``, ``OBIETTIVO
STRATEGICO 1.1 - …``, ``Obiettivo operativo 1.1.1 - …``); a few KPIs sit directly under a
strategic objective, before its first operational objective. Columns ``KPI | Algoritmo di
calcolo | Peso % | Target 2023 | Risultato 2023 | Grado di raggiungimento``.

Every parsed value was written by hand from the printed cell by the rules of
``docs/RECORDS.md`` and ``samples/CONVENTIONS.md``: ``[operator, value, value_max, unit]``
(None: the cell states no comparable quantity), the weight and the achievement as numbers
(None where none is printed) and ``met``. ``make_holdout2_excel.py`` re-checks what is
mechanical and writes the content out as ``NAME.content.json``.
"""

from __future__ import annotations

from typing import Any

Content = dict[str, Any]

#: A KPI: (KPI, algoritmo, peso, target, risultato, grado,
#:         target parsed, actual parsed, weight, achievement, met).
#: Tree: (area code, title, [(strategic code, title, [KPI…], [(operational code, title,
#: [KPI…])])]); the first KPI list holds the strategic objective's own KPIs.
TREE: list[tuple[str, str, list[Any]]] = [
    ("1", "Competitività delle imprese", [
        ("1.1", "Sostenere la doppia transizione digitale ed ecologica del sistema produttivo "
         "molisano", [
            ("Imprese coinvolte nelle iniziative camerali per la doppia transizione",
             "Numero di imprese che nell'anno hanno fruito di almeno un servizio del PID o "
             "dello sportello per la transizione ecologica (assessment, orientamento, "
             "formazione, voucher)",
             "20", ">= 400", "452", "100,00%",
             [">=", 400, None, None], ["=", 452, None, None], 20, 100, True),
        ], [
            ("1.1.1", "Potenziare i servizi del Punto Impresa Digitale (PID)", [
                ("Assessment della maturità digitale delle imprese (SELFI4.0 e ZOOM4.0)",
                 "Numero di self-assessment e assessment guidati conclusi e registrati sulla "
                 "piattaforma nazionale PID al 31/12",
                 "40", "n. 120", "n. 134", "100,00%",
                 ["=", 120, None, None], ["=", 134, None, None], 40, 100, False),
                ("Eventi formativi e webinar sulle tecnologie 4.0",
                 "Numero di eventi informativi e formativi realizzati dal PID, anche in "
                 "collaborazione con i Digital Innovation Hub e i Competence Center",
                 "30", "n. 12", "n. 14", "100,00%",
                 ["=", 12, None, None], ["=", 14, None, None], 30, 100, False),
                ("Partecipanti soddisfatti degli eventi del PID",
                 "Partecipanti che hanno espresso un giudizio pari o superiore a 4 (scala da 1 "
                 "a 5) / partecipanti che hanno compilato il questionario di gradimento x 100",
                 "30", ">= 80,00%", "91,30%", "100,00%",
                 [">=", 80, None, "%"], ["=", 91.3, None, "%"], 30, 100, True),
            ]),
            ("1.1.2", "Sostenere gli investimenti green delle micro e piccole imprese", [
                ("Contributi erogati con il Bando voucher transizione ecologica 2023",
                 "Importo complessivo dei voucher liquidati nell'anno alle imprese beneficiarie "
                 "(fonte: contabilità camerale, conto 330000 – Interventi economici)",
                 "50", "€ 150.000,00", "€ 162.340,50", "100,00%",
                 ["=", 150000, None, "EUR"], ["=", 162340.5, None, "EUR"], 50, 100, False),
                ("Tempo medio di liquidazione dei voucher",
                 "Somma dei giorni intercorsi tra la ricezione della rendicontazione completa e "
                 "l'emissione del mandato di pagamento / numero dei voucher liquidati",
                 "50", "gg 30", "gg 27", "100,00%",
                 ["=", 30, None, "days"], ["=", 27, None, "days"], 50, 100, False),
            ]),
        ]),
        ("1.2", "Promuovere l'internazionalizzazione e l'attrattività del territorio", [], [
            ("1.2.1", "Accompagnare le imprese sui mercati esteri", [
                ("Imprese assistite nei percorsi di primo orientamento all'export (progetto "
                 "SEI – Sostegno all'export dell'Italia)",
                 "Numero di imprese che hanno ricevuto almeno un servizio di orientamento, "
                 "check-up o accompagnamento all'export nell'anno",
                 "60", ">= 80", "71", "88,75%",
                 [">=", 80, None, None], ["=", 71, None, None], 60, 88.75, False),
                ("Partecipazione con collettiva regionale ad almeno una fiera internazionale "
                 "di settore",
                 "Realizzazione della collettiva delle imprese molisane (SI/NO)",
                 "40", "SI", "SI", "100,00%",
                 None, None, 40, 100, None),
            ]),
            ("1.2.2", "Valorizzare le filiere agroalimentari e l'offerta turistica", [
                ("Strutture ricettive e della ristorazione certificate con il marchio "
                 "«Ospitalità Italiana»",
                 "Numero di strutture che hanno superato la verifica del disciplinare nell'anno",
                 "50", "n. 25", "n. 25", "100,00%",
                 ["=", 25, None, None], ["=", 25, None, None], 50, 100, True),
                ("Iniziative di promozione delle produzioni tipiche (Tintilia del Molise, "
                 "caciocavallo di Agnone, olio extravergine di oliva)",
                 "Numero di eventi, degustazioni e partecipazioni a manifestazioni realizzati "
                 "o cofinanziati dall'ente",
                 "50", ">= 6", "n. 8", "100,00%",
                 [">=", 6, None, None], ["=", 8, None, None], 50, 100, True),
            ]),
        ]),
    ]),
    ("2", "Semplificazione amministrativa e trasparenza del mercato", [
        ("2.1", "Semplificare gli adempimenti delle imprese e garantire la qualità del "
         "Registro delle imprese", [], [
            ("2.1.1", "Ridurre i tempi di evasione delle pratiche del Registro imprese", [
                ("Pratiche del Registro imprese evase entro 5 giorni lavorativi",
                 "Numero di pratiche telematiche evase entro 5 giorni lavorativi dalla data di "
                 "protocollo / numero totale delle pratiche telematiche evase nell'anno x 100 "
                 "(fonte: Priamo)",
                 "40", ">= 95,00%", "97,12%", "100,00%",
                 [">=", 95, None, "%"], ["=", 97.12, None, "%"], 40, 100, True),
                ("Tempo medio di lavorazione delle pratiche telematiche",
                 "Somma dei giorni lavorativi tra protocollo ed evasione di ciascuna pratica / "
                 "numero delle pratiche evase, al netto dei periodi di sospensione per "
                 "regolarizzazione",
                 "30", "<= 2,5", "2,1", "100,00%",
                 ["<=", 2.5, None, None], ["=", 2.1, None, None], 30, 100, True),
                ("Cancellazioni d'ufficio di imprese non più operative (D.P.R. 247/2004 e "
                 "art. 40 D.L. 76/2020)",
                 "Numero di provvedimenti di cancellazione d'ufficio adottati dal Conservatore "
                 "del Registro delle imprese nell'anno",
                 "30", "n. 200", "n. 170", "85,00%",
                 ["=", 200, None, None], ["=", 170, None, None], 30, 85, False),
            ]),
            ("2.1.2", "Diffondere gli strumenti digitali per l'impresa", [
                ("Dispositivi di firma digitale e identità digitali rilasciati",
                 "Numero di CNS, token di firma digitale e credenziali SPID rilasciati dagli "
                 "sportelli di Campobasso e di Isernia nell'anno",
                 "50", ">= 1.500", "1.684", "100,00%",
                 [">=", 1500, None, None], ["=", 1684, None, None], 50, 100, True),
                ("Cassetti digitali dell'imprenditore attivati",
                 "Numero di nuove attivazioni del cassetto digitale (impresa.italia.it) da parte "
                 "di imprese con sede legale in regione",
                 "50", "n. 400", "n. 356", "89,00%",
                 ["=", 400, None, None], ["=", 356, None, None], 50, 89, False),
            ]),
        ]),
        ("2.2", "Tutelare la legalità e la trasparenza del mercato", [], [
            ("2.2.1", "Rafforzare la vigilanza e la regolazione del mercato", [
                ("Verifiche metrologiche su strumenti di misura",
                 "Numero di verificazioni periodiche e ispezioni su strumenti di misura "
                 "(distributori di carburante, bilance, contatori) eseguite dall'ufficio metrico",
                 "50", "n. 150", "n. 162", "100,00%",
                 ["=", 150, None, None], ["=", 162, None, None], 50, 100, False),
                ("Istanze di cancellazione dei protesti evase nei termini di legge",
                 "Istanze di cancellazione e annotazione evase entro 20 giorni dalla "
                 "presentazione / istanze presentate nell'anno x 100",
                 "50", "100%", "85%", "85,00%",
                 ["=", 100, None, "%"], ["=", 85, None, "%"], 50, 85, False),
            ]),
        ]),
    ]),
    ("3", "Efficienza e sostenibilità dell'ente camerale", [
        ("3.1", "Garantire la salute economico-finanziaria e l'efficienza della gestione", [
            ("Capacità di riscossione del diritto annuale",
             "Diritto annuale 2023 riscosso entro la scadenza / diritto annuale 2023 dovuto "
             "x 100",
             "30", ">= 70,00%", "72,45%", "100,00%",
             [">=", 70, None, "%"], ["=", 72.45, None, "%"], 30, 100, True),
        ], [
            ("3.1.1", "Rispettare i tempi di pagamento dei fornitori", [
                ("Indicatore annuale di tempestività dei pagamenti",
                 "Somma, per ciascuna fattura pagata, dei giorni tra la scadenza e la data di "
                 "pagamento moltiplicati per l'importo dovuto / somma degli importi pagati "
                 "nell'anno (art. 9 D.P.C.M. 22/09/2014)",
                 "60", "<= 0", "-12,4", "100,00%",
                 ["<=", 0, None, None], ["=", -12.4, None, None], 60, 100, True),
                ("Fatture passive pagate nei termini",
                 "Fatture pagate entro 30 giorni dal ricevimento / fatture ricevute nell'anno "
                 "x 100",
                 "40", "100%", "98%", "98,00%",
                 ["=", 100, None, "%"], ["=", 98, None, "%"], 40, 98, False),
            ]),
            ("3.1.2", "Attuare le misure di prevenzione della corruzione e di trasparenza", [
                ("Aggiornamento tempestivo della sezione «Amministrazione trasparente»",
                 "Pubblicazione dei dati nei termini previsti dal D.Lgs. 33/2013, attestata "
                 "dall'OIV nella griglia di rilevazione (SI/NO)",
                 "40", "SI", "SI", "100,00%",
                 None, None, 40, 100, None),
                ("Personale formato in materia di anticorruzione ed etica pubblica",
                 "Dipendenti che hanno completato almeno un corso / dipendenti in servizio al "
                 "31/12 x 100",
                 "30", "100%", "100%", "100,00%",
                 ["=", 100, None, "%"], ["=", 100, None, "%"], 30, 100, True),
                ("Grado di soddisfazione degli utenti dei servizi camerali",
                 "Media dei giudizi espressi nell'indagine di customer satisfaction sui servizi "
                 "anagrafici e di promozione (scala da 1 a 5)",
                 "30", ">= 4", "n.d.", "n.v.",
                 [">=", 4, None, None], None, 30, None, None),
            ]),
        ]),
    ]),
]  # fmt: skip

COLUMNS = [
    ("KPI", 34, "indicator", "left"),
    ("Algoritmo di calcolo", 50, "formula", "left"),
    ("Peso %", 8, "weight", "center"),
    ("Target 2023", 14, "target", "center"),
    ("Risultato 2023", 14, "actual", "center"),
    ("Grado di raggiungimento", 15, "achievement", "center"),
]


def _kpi_row(kpi: tuple[Any, ...]) -> dict[str, Any]:
    *cells, target, actual, weight, achievement, met = kpi
    return {
        "cells": cells,
        "target_parsed": target,
        "actual_parsed": actual,
        "weight": weight,
        "achievement": achievement,
        "met": met,
    }


def molise() -> Content:
    """The Camera di Commercio del Molise's results table, headings as merged rows."""
    rows: list[dict[str, Any]] = []
    for area_code, area_title, strategics in TREE:
        text = f"AREA STRATEGICA {area_code} - {area_title}"
        rows.append({"heading": "area", "code": area_code, "title": area_title, "text": text})
        for code, title, own_kpis, operationals in strategics:
            text = f"OBIETTIVO STRATEGICO {code} - {title}"
            rows.append({"heading": "strategic", "code": code, "title": title, "text": text})
            rows += [_kpi_row(kpi) for kpi in own_kpis]
            for op_code, op_title, kpis in operationals:
                text = f"Obiettivo operativo {op_code} - {op_title}"
                rows.append(
                    {"heading": "operational", "code": op_code, "title": op_title, "text": text}
                )
                rows += [_kpi_row(kpi) for kpi in kpis]
    return {
        "_about": [
            "Invented content of the Relazione sulla performance 2023 of the Camera di "
            "Commercio del Molise (no real data), rendered by samples/make_holdout2_excel.py "
            "as an Excel sheet printed by LibreOffice Calc: landscape A4, thin borders on every "
            "table cell, no printed gridlines, grey header row repeated on every page.",
            "Areas, strategic and operational objectives are bold rows merged across the "
            "table; KPIs right after a strategic heading belong to the strategic objective.",
            "Per KPI row: 'target_parsed'/'actual_parsed' = [operator, value, value_max, unit] "
            "by hand (null: all four null), 'weight' (Peso %), 'achievement' (Grado; null for "
            "'n.v.'), 'met'. 'gg 30' is read as 30 days: the unit word before the number is "
            "treated like a currency sign. Year 2023 from 'Target 2023'.",
        ],
        "document": {
            "issuer": "Camera di Commercio del Molise",
            "title": "Relazione sulla performance",
            "year": 2023,
            "kind": "relazione",
        },
        "year": 2023,
        "sheet": {
            "name": "Obiettivi 2023",
            "title_rows": [
                "CAMERA DI COMMERCIO DEL MOLISE",
                "Relazione sulla performance 2023",
                "Allegato 1 – Risultati degli obiettivi strategici e operativi al 31/12/2023 "
                "(albero della performance)",
            ],
            "columns": [
                {"header": h, "width": w, "field": f, "align": a} for h, w, f, a in COLUMNS
            ],
            "rows": rows,
        },
    }
