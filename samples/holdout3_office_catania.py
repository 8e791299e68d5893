"""Invented content of ``asp-catania-2023-relazione`` (no real data), hand-annotated.

An Excel workbook of two sheets. ``Obiettivi 2023``: one flat table ``Area | Obiettivo |
Indicatore | Peso | Atteso | Raggiunto | Punteggio``; ``areas`` holds each area NAME (no
code, merged down over its rows) with its ``objectives`` (text without code, merged down
over its indicators); each indicator is ``cells`` (Indicatore, Peso, Atteso, Raggiunto,
Punteggio as printed) and ``parsed`` (weight, target, actual as ``[operator, value,
value_max, unit]`` or null, met), written by hand. ``page_break_before`` starts an area on
a new printed page. ``Budget``: a budget table that yields no records.

Hierarchy (CONVENTIONS.md, hand-read): an area cell without a code gives ``area_code``
null and ``area_title`` the name; an ``Obiettivo`` cell has no level word and sits under
an area, so it is ``strategic``, with ``objective_code`` null and the text as title.
``Punteggio`` maps to no record field (it goes to ``extra``, which truths do not score).
"""

# ruff: noqa: E501

from __future__ import annotations

from typing import Any

from holdout3_office_values import q

GE, LE, EQ = ">=", "<=", "="


def ind(
    indicator: str,
    peso: str,
    atteso: str,
    raggiunto: str,
    punteggio: str,
    weight: float,
    target: Any,
    actual: Any,
    met: bool | None,
) -> dict[str, Any]:
    """Return an indicator row: printed cells and hand-parsed values."""
    parsed = {"weight": weight, "target": target, "actual": actual, "met": met}
    return {"cells": [indicator, peso, atteso, raggiunto, punteggio], "parsed": parsed}


# fmt: off
AREAS: list[dict[str, Any]] = [
    {"area": "Area della qualità e sicurezza delle cure", "objectives": [
        {"objective": "Migliorare l'appropriatezza e la sicurezza dei percorsi assistenziali ospedalieri", "indicators": [
            ind("Pazienti con frattura del collo del femore operati entro 48 ore dal ricovero", "10", "≥ 85%", "87%", "10", 10, q(GE, 85, "%"), q(EQ, 87, "%"), True),
            ind("Parti con taglio cesareo primario nei punti nascita aziendali", "5", "≤ 20%", "23,4%", "0", 5, q(LE, 20, "%"), q(EQ, 23.4, "%"), False),
            ind("Interventi chirurgici con checklist per la sicurezza in sala operatoria compilata", "5", "100%", "96%", "2,5", 5, q(EQ, 100, "%"), q(EQ, 96, "%"), False),
        ]},
        {"objective": "Prevenire le infezioni correlate all'assistenza", "indicators": [
            ind("Consumo di soluzione idroalcolica per l'igiene delle mani (litri per 1.000 giornate di degenza)", "5", "≥ 20", "22,6", "5", 5, q(GE, 20), q(EQ, 22.6), True),
            ind("Adozione del protocollo aziendale di sorveglianza delle infezioni del sito chirurgico", "5", "SI", "SI", "5", 5, None, None, None),
        ]},
    ]},
    {"area": "Area dell'accessibilità e dei tempi di attesa", "objectives": [
        {"objective": "Garantire il rispetto dei tempi massimi di attesa per le prestazioni ambulatoriali", "indicators": [
            ind("Prime visite in classe di priorità B erogate entro 10 giorni", "10", "≥ 90%", "91,5%", "10", 10, q(GE, 90, "%"), q(EQ, 91.5, "%"), True),
            ind("Tempo medio di attesa per le prestazioni di diagnostica per immagini in classe D", "5", "≤ 30 gg", "28 gg", "5", 5, q(LE, 30, "days"), q(EQ, 28, "days"), True),
            ind("Agende delle strutture pubbliche e private accreditate visibili al CUP unico", "5", "100%", "100%", "5", 5, q(EQ, 100, "%"), q(EQ, 100, "%"), True),
        ]},
        {"objective": "Ridurre i tempi di permanenza nei Pronto soccorso aziendali", "indicators": [
            ind("Accessi in Pronto soccorso con permanenza superiore a 24 ore", "5", "riduzione 5%", "riduzione 3,1%", "3", 5, None, None, None),
            ind("Tempo medio di presa in carico dei pazienti con codice di priorità 2", "5", "≤ 20 minuti", "24 minuti", "0", 5, q(LE, 20), q(EQ, 24), False),
        ]},
    ]},
    {"area": "Area della prevenzione e dell'assistenza territoriale", "page_break_before": True, "objectives": [
        {"objective": "Aumentare l'adesione della popolazione agli screening oncologici", "indicators": [
            ind("Adesione allo screening mammografico della popolazione target", "5", "≥ 50%", "41,2%", "2", 5, q(GE, 50, "%"), q(EQ, 41.2, "%"), False),
            ind("Adesione allo screening del carcinoma del colon-retto", "5", "≥ 35%", "28,7%", "2", 5, q(GE, 35, "%"), q(EQ, 28.7, "%"), False),
            ind("Donne in età target invitate allo screening cervicale", "5", "100%", "100%", "5", 5, q(EQ, 100, "%"), q(EQ, 100, "%"), True),
        ]},
        {"objective": "Potenziare l'assistenza domiciliare e la rete dei servizi territoriali", "indicators": [
            ind("Assistiti di età pari o superiore a 65 anni presi in carico in assistenza domiciliare integrata", "5", "≥ 10%", "8,9%", "3", 5, q(GE, 10, "%"), q(EQ, 8.9, "%"), False),
            ind("Attivazione delle Case della Comunità programmate con fondi PNRR per il 2023", "5", "SI", "NO", "0", 5, None, None, None),
        ]},
    ]},
    {"area": "Area della sostenibilità economica e della trasparenza", "objectives": [
        {"objective": "Garantire l'equilibrio economico e la tempestività dei pagamenti", "indicators": [
            ind("Indicatore annuale di tempestività dei pagamenti", "5", "≤ 0 gg", "-6 gg", "5", 5, q(LE, 0, "days"), q(EQ, -6, "days"), True),
            ind("Spesa per dispositivi medici in rapporto al Fondo sanitario regionale assegnato", "5", "≤ 4,4%", "4,9%", "0", 5, q(LE, 4.4, "%"), q(EQ, 4.9, "%"), False),
        ]},
        {"objective": "Assolvere gli obblighi di trasparenza e di prevenzione della corruzione", "indicators": [
            ind("Obblighi di pubblicazione attestati dall'OIV come assolti", "5", "100%", "100%", "5", 5, q(EQ, 100, "%"), q(EQ, 100, "%"), True),
        ]},
    ]},
]

BUDGET_ROWS: list[list[str]] = [
    ["BA0010", "Contributi in c/esercizio da Regione per quota FSR", "2.148.500.000,00", "2.151.236.418,27"],
    ["BA0210", "Ricavi per prestazioni sanitarie erogate ad aziende del SSR", "38.250.000,00", "36.914.502,11"],
    ["BA0390", "Acquisti di beni sanitari", "412.600.000,00", "428.733.905,64"],
    ["BA0400", "Acquisti di prodotti farmaceutici ed emoderivati", "268.400.000,00", "275.118.630,02"],
    ["BA1550", "Costo del personale del ruolo sanitario", "596.800.000,00", "589.441.276,90"],
    ["BA1750", "Costo del personale del ruolo amministrativo", "61.300.000,00", "60.987.113,45"],
    ["BA2000", "Manutenzioni e riparazioni ordinarie esternalizzate", "24.700.000,00", "26.352.841,08"],
    ["BA2500", "Ammortamenti delle immobilizzazioni materiali", "31.900.000,00", "30.764.219,73"],
]

CATANIA: dict[str, Any] = {
    "document": {"issuer": "Azienda Sanitaria Provinciale di Catania", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
    "sheets": [
        {
            "name": "Obiettivi 2023",
            "title_rows": [
                "AZIENDA SANITARIA PROVINCIALE DI CATANIA",
                "Relazione sulla performance 2023",
                "Allegato 1 – Grado di raggiungimento degli obiettivi di performance organizzativa aziendale",
            ],
            "header": ["Area", "Obiettivo", "Indicatore", "Peso", "Atteso", "Raggiunto", "Punteggio"],
            "fields": ["area", "objective", "indicator", "weight", "target", "actual", None],
            "widths": [24, 34, 50, 8, 14, 14, 11],
            "areas": AREAS,
        },
        {
            "name": "Budget",
            "title_rows": [
                "Relazione sulla performance 2023 – Allegato 2",
                "Budget economico: confronto tra previsione e consuntivo (importi in euro)",
            ],
            "header": ["Conto", "Descrizione", "Budget 2023", "Consuntivo 2023"],
            "widths": [14, 66, 24, 24],
            "rows": BUDGET_ROWS,
        },
    ],
}
# fmt: on
