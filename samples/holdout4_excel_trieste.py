"""Invented content of the Comune di Trieste holdout4 sample, hand-annotated.

No real data. PEG 2022 – Relazione sui risultati: a title page; one portrait table with
printed gridlines, columns ``Obiettivo | Risultato atteso | Risultato ottenuto | Peso % |
Punteggio`` where ``Obiettivo`` holds the indicator (the header misnames it); hierarchy as
shaded rows merged across the table (``Obiettivo strategico 4 – …``, ``Obiettivo operativo
4.2 – …``); some expected results are bulleted lines of dates. Last, a budget table
``Centro di costo | Stanziamento | Impegnato`` that yields no record.

No year in the column headers: ``year`` is null (CONVENTIONS.md). ``Punteggio`` maps to
no field (``extra``, not scored). Parsed values written by hand: ``[operator, value,
value_max, unit]`` (None: no comparable quantity) and ``met``.
"""

from __future__ import annotations

from typing import Any

Content = dict[str, Any]

COLUMNS = [
    {"header": "Obiettivo", "field": "indicator", "width": 40},
    {"header": "Risultato atteso", "field": "target", "width": 25},
    {"header": "Risultato ottenuto", "field": "actual", "width": 25},
    {"header": "Peso %", "field": "weight", "width": 8},
    {"header": "Punteggio", "field": "extra", "width": 10},
]
GARA = "• entro il 30/06/2022 avvio gara\n• entro il 31/12/2022 aggiudicazione"

#: Indicator: (obiettivo, atteso, ottenuto, peso, punteggio,
#:             target parsed, actual parsed, weight, met).
TREE: list[Any] = [
    (
        "4",
        "Trieste città della cultura",
        [
            (
                "4.1",
                "Ampliare l'offerta culturale e di spettacolo dal vivo",
                [
                    (
                        'Realizzazione della stagione estiva "Trieste Estate" in '
                        "piazza Unità e nei "
                        "rioni",
                        "almeno 40 serate di spettacolo",
                        "46 serate",
                        "10",
                        "10",
                        [">=", 40, None, None],
                        ["=", 46, None, None],
                        10,
                        True,
                    ),
                    (
                        "Affidamento del servizio di gestione del Teatro Verdi – sala ridotto",
                        GARA,
                        "• gara avviata il 21/06/2022\n• aggiudicazione il 14/12/2022",
                        "10",
                        "10",
                        None,
                        None,
                        10,
                        None,
                    ),
                    (
                        "Contributi ad associazioni culturali liquidati entro 60 giorni dalla "
                        "rendicontazione",
                        "100%",
                        "96,5%",
                        "5",
                        "4,5",
                        ["=", 100, None, "%"],
                        ["=", 96.5, None, "%"],
                        5,
                        False,
                    ),
                    (
                        "Partecipanti ai laboratori di lettura delle biblioteche "
                        "civiche per bambini e "
                        "ragazzi",
                        "≥ 3.000 partecipanti",
                        "3.412 partecipanti",
                        "5",
                        "5",
                        [">=", 3000, None, None],
                        ["=", 3412, None, None],
                        5,
                        True,
                    ),
                ],
            ),
            (
                "4.2",
                "Valorizzare i musei civici",
                [
                    (
                        "Visitatori complessivi dei musei civici (Museo Revoltella, "
                        "Castello di San "
                        "Giusto, Museo Sartorio, Risiera di San Sabba)",
                        "≥ 120.000 visitatori",
                        "131.450 visitatori",
                        "15",
                        "15",
                        [">=", 120000, None, None],
                        ["=", 131450, None, None],
                        15,
                        True,
                    ),
                    (
                        "Mostre temporanee allestite nelle sedi museali civiche",
                        "almeno 6 mostre",
                        "7 mostre",
                        "10",
                        "10",
                        [">=", 6, None, None],
                        ["=", 7, None, None],
                        10,
                        True,
                    ),
                    (
                        "Digitalizzazione del patrimonio fotografico della Fototeca dei "
                        "Civici Musei di "
                        "Storia ed Arte",
                        "100%",
                        "100%",
                        "10",
                        "10",
                        ["=", 100, None, "%"],
                        ["=", 100, None, "%"],
                        10,
                        True,
                    ),
                    (
                        "Lavori di adeguamento impiantistico del Civico Museo Revoltella",
                        GARA,
                        "• gara avviata il 12/07/2022\n• aggiudicazione rinviata al 2023",
                        "10",
                        "5",
                        None,
                        None,
                        10,
                        None,
                    ),
                    (
                        "Grado di soddisfazione dei visitatori rilevato con "
                        "questionario (scala 1-5)",
                        "≥ 4",
                        "4,3",
                        "5",
                        "5",
                        [">=", 4, None, None],
                        ["=", 4.3, None, None],
                        5,
                        True,
                    ),
                ],
            ),
        ],
    ),
    (
        "5",
        "Trieste città dello sport e del tempo libero",
        [
            (
                "5.1",
                "Rendere più accessibili gli impianti sportivi comunali",
                [
                    (
                        "Ore settimanali di apertura al pubblico delle piscine comunali",
                        "≥ 70 ore",
                        "72 ore",
                        "5",
                        "5",
                        [">=", 70, None, "hours"],
                        ["=", 72, None, "hours"],
                        5,
                        True,
                    ),
                    (
                        "Tempo medio di rilascio delle concessioni in uso delle "
                        "palestre scolastiche",
                        "≤ 20 giorni",
                        "23 giorni",
                        "5",
                        "3",
                        ["<=", 20, None, "days"],
                        ["=", 23, None, "days"],
                        5,
                        False,
                    ),
                    (
                        'Riqualificazione del campo di atletica "Giuseppe Grezar"',
                        "• entro il 30/04/2022 progetto esecutivo\n• entro il "
                        "30/11/2022 inizio lavori",
                        "Progetto esecutivo approvato il 28/04/2022; lavori avviati il 7/11/2022",
                        "10",
                        "10",
                        None,
                        None,
                        10,
                        None,
                    ),
                ],
            ),
        ],
    ),
]

BUDGET = {
    "name": "Risorse",
    "title_rows": ["Risorse finanziarie assegnate ai centri di costo – esercizio 2022"],
    "columns": [
        {"header": "Centro di costo", "width": 50},
        {"header": "Stanziamento", "width": 20},
        {"header": "Impegnato", "width": 20},
    ],
    "rows": [
        ["Musei civici e biblioteche", "€ 4.215.300,00", "€ 4.087.912,45"],
        ["Teatri e spettacolo dal vivo", "€ 2.870.000,00", "€ 2.801.344,10"],
        ["Eventi e promozione culturale", "€ 1.450.500,00", "€ 1.392.018,77"],
        ["Impianti sportivi", "€ 3.960.000,00", "€ 3.511.620,35"],
        ["Totale", "€ 12.495.800,00", "€ 11.792.895,67"],
    ],
}


def trieste() -> Content:
    """The content of ``comune-trieste-2022-peg``, with its annotations."""
    rows: list[Content] = []
    for s_code, s_title, operationals in TREE:
        rows.append({"heading": "strategic", "code": s_code, "title": s_title,
                     "text": f"Obiettivo strategico {s_code} – {s_title}"})  # fmt: skip
        for o_code, o_title, indicators in operationals:
            rows.append({"heading": "operational", "code": o_code, "title": o_title,
                         "text": f"Obiettivo operativo {o_code} – {o_title}"})  # fmt: skip
            for text, target, actual, peso, score, t_parsed, a_parsed, weight, met in indicators:
                rows.append({"cells": [text, target, actual, peso, score], "weight": weight,
                             "target_parsed": t_parsed, "actual_parsed": a_parsed,
                             "met": met})  # fmt: skip
    return {
        "name": "comune-trieste-2022-peg",
        "document": {
            "issuer": "Comune di Trieste",
            "title": "Relazione sui risultati",
            "year": 2022,
            "kind": "relazione",
        },
        "cover": [
            "Comune di Trieste",
            "PEG 2022 – Relazione sui risultati",
            "Area Scuola, Educazione, Cultura e Sport",
            "Approvata con deliberazione della Giunta comunale n. 212 del 25 maggio 2023",
        ],
        "sheet": {
            "name": "Risultati",
            "title_rows": ["Risultati degli obiettivi di PEG 2022 – Area Cultura e Sport"],
            "columns": COLUMNS,
            "rows": rows,
        },
        "budget": BUDGET,
    }
