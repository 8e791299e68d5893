"""Invented content of the Provincia di Cuneo holdout4 sample, hand-annotated.

No real data. Relazione sulla performance 2023: one landscape table, thin borders on every
cell, columns ``Cod. | Indicatore | Tipo | Peso | Valore 2021 | Valore 2022 | Target 2023
| Valore 2023 | Esito`` (``Tipo``, ``Peso`` and ``Esito`` narrow, their header labels
rotated 90°). The hierarchy is printed as bold rows merged across the table
(``Obiettivo strategico 1 – …``, ``Obiettivo operativo 1.1 – …``).

Each indicator row gives one record per year (2021, 2022, 2023): 2021 and 2022 with the
printed value as ``actual`` and no target, 2023 with ``Target 2023`` and ``Valore 2023``.
Every parsed value was written by hand from the printed cell by the rules of
``docs/RECORDS.md`` and ``samples/CONVENTIONS.md``: ``[operator, value, value_max, unit]``
(None: no comparable quantity) and ``met`` per year.
"""

from __future__ import annotations

from typing import Any

Content = dict[str, Any]

COLUMNS = [
    {"header": "Cod.", "field": "indicator_code", "year": None, "width": 7, "rotated": False},
    {"header": "Indicatore", "field": "indicator", "year": None, "width": 52, "rotated": False},
    {"header": "Tipo", "field": "type", "year": None, "width": 10, "rotated": True},
    {"header": "Peso", "field": "weight", "year": None, "width": 5, "rotated": True},
    {"header": "Valore 2021", "field": "actual", "year": 2021, "width": 13, "rotated": False},
    {"header": "Valore 2022", "field": "actual", "year": 2022, "width": 13, "rotated": False},
    {"header": "Target 2023", "field": "target", "year": 2023, "width": 14, "rotated": False},
    {"header": "Valore 2023", "field": "actual", "year": 2023, "width": 13, "rotated": False},
    {"header": "Esito", "field": "status", "year": None, "width": 12, "rotated": True},
]
YEARS = (2021, 2022, 2023)
STATUS = {
    "Raggiunto": "achieved",
    "Parzialmente raggiunto": "partially_achieved",
    "Non raggiunto": "not_achieved",
}

P = "%"
#: Indicator: (cod, indicatore, tipo, peso, v2021, v2022, t2023, v2023, esito,
#:             weight, {year: [target parsed, actual parsed, met]}).
TREE: list[Any] = [
    (
        "1",
        "Una Provincia sicura: strade e scuole",
        [
            (
                "1.1",
                "Garantire la manutenzione e la sicurezza della rete stradale provinciale",
                [
                    (
                        "1.1.a",
                        "Chilometri di strade provinciali interessati da interventi di "
                        "rifacimento del manto stradale",
                        "Output",
                        "15",
                        "38,5",
                        "41,2",
                        "≥ 45",
                        "47,8",
                        "Raggiunto",
                        15,
                        {
                            2021: [None, ["=", 38.5, None, None], None],
                            2022: [None, ["=", 41.2, None, None], None],
                            2023: [[">=", 45, None, None], ["=", 47.8, None, None], True],
                        },
                    ),
                    (
                        "1.1.b",
                        "Tempo medio di intervento per la rimozione di ostacoli e pericoli "
                        "segnalati dalle squadre di sorveglianza o dagli utenti",
                        "Efficienza",
                        "10",
                        "gg 4",
                        "gg 3",
                        "≤ 3 gg",
                        "2,6 gg",
                        "Raggiunto",
                        10,
                        {
                            2021: [None, ["=", 4, None, "days"], None],
                            2022: [None, ["=", 3, None, "days"], None],
                            2023: [["<=", 3, None, "days"], ["=", 2.6, None, "days"], True],
                        },
                    ),
                    (
                        "1.1.c",
                        "Ponti e viadotti sottoposti a ispezione principale secondo le Linee "
                        "guida ministeriali sulla classificazione del rischio",
                        "Efficacia",
                        "10",
                        "62%",
                        "78%",
                        "100%",
                        "85%",
                        "Parzialmente raggiunto",
                        10,
                        {
                            2021: [None, ["=", 62, None, P], None],
                            2022: [None, ["=", 78, None, P], None],
                            2023: [["=", 100, None, P], ["=", 85, None, P], False],
                        },
                    ),
                ],
            ),
            (
                "1.2",
                "Assicurare edifici scolastici sicuri, efficienti e accessibili",
                [
                    (
                        "1.2.a",
                        "Importo dei lavori di adeguamento sismico e antincendio degli istituti "
                        "superiori avviati nell'anno (fondi PNRR e bilancio provinciale)",
                        "Output",
                        "10",
                        "€ 2.350.000",
                        "€ 3.120.500",
                        "€ 4.500.000",
                        "€ 4.812.300",
                        "Raggiunto",
                        10,
                        {
                            2021: [None, ["=", 2350000, None, "EUR"], None],
                            2022: [None, ["=", 3120500, None, "EUR"], None],
                            2023: [["=", 4500000, None, "EUR"], ["=", 4812300, None, "EUR"], False],
                        },
                    ),
                    (
                        "1.2.b",
                        "Segnalazioni di guasto degli istituti scolastici risolte entro 10 "
                        "giorni lavorativi",
                        "Qualità",
                        "5",
                        "81,3%",
                        "84,0%",
                        "≥ 85%",
                        "79,4%",
                        "Non raggiunto",
                        5,
                        {
                            2021: [None, ["=", 81.3, None, P], None],
                            2022: [None, ["=", 84, None, P], None],
                            2023: [[">=", 85, None, P], ["=", 79.4, None, P], False],
                        },
                    ),
                    (
                        "1.2.c",
                        "Aule e laboratori con certificazione di prevenzione incendi aggiornata",
                        "Efficacia",
                        "5",
                        "",
                        "70%",
                        "75-80%",
                        "77%",
                        "Raggiunto",
                        5,
                        {
                            2021: [None, None, None],
                            2022: [None, ["=", 70, None, P], None],
                            2023: [["range", 75, 80, P], ["=", 77, None, P], True],
                        },
                    ),
                ],
            ),
        ],
    ),
    (
        "2",
        "Una Provincia al servizio dei Comuni e del territorio",
        [
            (
                "2.1",
                "Rafforzare la Stazione Unica Appaltante a supporto degli enti locali",
                [
                    (
                        "2.1.a",
                        "Procedure di gara gestite dalla SUA per conto dei Comuni aderenti",
                        "Output",
                        "10",
                        "64",
                        "72",
                        "≥ 80",
                        "86",
                        "Raggiunto",
                        10,
                        {
                            2021: [None, ["=", 64, None, None], None],
                            2022: [None, ["=", 72, None, None], None],
                            2023: [[">=", 80, None, None], ["=", 86, None, None], True],
                        },
                    ),
                    (
                        "2.1.b",
                        "Durata media delle procedure aperte dalla pubblicazione del bando "
                        "all'aggiudicazione",
                        "Efficienza",
                        "5",
                        "gg 118",
                        "gg 104",
                        "≤ 95 gg",
                        "101 gg",
                        "Parzialmente raggiunto",
                        5,
                        {
                            2021: [None, ["=", 118, None, "days"], None],
                            2022: [None, ["=", 104, None, "days"], None],
                            2023: [["<=", 95, None, "days"], ["=", 101, None, "days"], False],
                        },
                    ),
                    (
                        "2.1.c",
                        "Comuni convenzionati che hanno espresso un giudizio positivo sul "
                        "servizio nel questionario annuale",
                        "Qualità",
                        "5",
                        "",
                        "",
                        "≥ 80%",
                        "88,9%",
                        "Raggiunto",
                        5,
                        {
                            2021: [None, None, None],
                            2022: [None, None, None],
                            2023: [[">=", 80, None, P], ["=", 88.9, None, P], True],
                        },
                    ),
                ],
            ),
            (
                "2.2",
                "Semplificare i procedimenti autorizzativi in materia ambientale",
                [
                    (
                        "2.2.a",
                        "Tempo medio di rilascio delle Autorizzazioni Uniche Ambientali "
                        "(AUA) di competenza provinciale",
                        "Efficienza",
                        "10",
                        "gg 92",
                        "gg 85",
                        "≤ 75 gg",
                        "71 gg",
                        "Raggiunto",
                        10,
                        {
                            2021: [None, ["=", 92, None, "days"], None],
                            2022: [None, ["=", 85, None, "days"], None],
                            2023: [["<=", 75, None, "days"], ["=", 71, None, "days"], True],
                        },
                    ),
                    (
                        "2.2.b",
                        "Istanze di AUA presentate in modalità telematica tramite il portale SUAP",
                        "Efficacia",
                        "10",
                        "58,2%",
                        "73,6%",
                        "≥ 90%",
                        "94,1%",
                        "Raggiunto",
                        10,
                        {
                            2021: [None, ["=", 58.2, None, P], None],
                            2022: [None, ["=", 73.6, None, P], None],
                            2023: [[">=", 90, None, P], ["=", 94.1, None, P], True],
                        },
                    ),
                    (
                        "2.2.c",
                        "Controlli a campione sugli impianti termici degli edifici in "
                        "territorio provinciale (Comuni sotto i 40.000 abitanti)",
                        "Output",
                        "5",
                        "1.240",
                        "1.315",
                        "1.400",
                        "1.188",
                        "Non raggiunto",
                        5,
                        {
                            2021: [None, ["=", 1240, None, None], None],
                            2022: [None, ["=", 1315, None, None], None],
                            2023: [["=", 1400, None, None], ["=", 1188, None, None], False],
                        },
                    ),
                ],
            ),
        ],
    ),
]


def cuneo() -> Content:
    """The content of ``provincia-cuneo-2023-relazione``, with its annotations."""
    rows: list[Content] = []
    for s_code, s_title, operationals in TREE:
        rows.append({"heading": "strategic", "code": s_code, "title": s_title,
                     "text": f"Obiettivo strategico {s_code} – {s_title}"})  # fmt: skip
        for o_code, o_title, indicators in operationals:
            rows.append({"heading": "operational", "code": o_code, "title": o_title,
                         "text": f"Obiettivo operativo {o_code} – {o_title}"})  # fmt: skip
            for item in indicators:
                *cells, weight, years = item
                rows.append({
                    "cells": [cells[0], cells[1], cells[2], cells[3], cells[4], cells[5],
                              cells[6], cells[7], cells[8]],
                    "weight": weight,
                    "status": STATUS[cells[8]],
                    "years": {str(y): {"target": t, "actual": a, "met": m}
                              for y, (t, a, m) in years.items()},
                })  # fmt: skip
    return {
        "name": "provincia-cuneo-2023-relazione",
        "document": {
            "issuer": "Provincia di Cuneo",
            "title": "Relazione sulla performance",
            "year": 2023,
            "kind": "relazione",
        },
        "sheet": {
            "name": "Obiettivi e indicatori",
            "title_rows": [
                "Provincia di Cuneo",
                "Relazione sulla performance 2023",
                "Allegato A – Grado di raggiungimento degli obiettivi strategici e operativi "
                "(valori 2021 e 2022 a confronto)",
            ],
            "columns": COLUMNS,
            "rows": rows,
        },
    }
