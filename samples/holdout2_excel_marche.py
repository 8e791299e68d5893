"""Invented content of the Regione Marche (Giunta regionale) holdout sample, hand-annotated.

No real data. Relazione sulla performance 2022: a page of prose; an indicator table whose
two-row header groups ``Target | Consuntivo`` under the years 2021 and 2022 (one record
per indicator and year), under bold ``Obiettivo strategico N – …`` rows with no area
heading; a closing summary table ``Obiettivi | Numero | %`` that yields no record.

Per indicator and year the parsed target and actual were written by hand by the rules of
``docs/RECORDS.md`` and ``samples/CONVENTIONS.md`` (``[operator, value, value_max, unit]``,
None: no comparable quantity) with ``met``. ``make_holdout2_excel.py`` re-checks what is
mechanical and writes the content out as ``NAME.content.json``.
"""

from __future__ import annotations

from typing import Any

Content = dict[str, Any]
YEARS = (2021, 2022)

#: (code, indicator, target 2021, consuntivo 2021, target 2022, consuntivo 2022,
#:  2021 parsed (target, actual, met), 2022 parsed (target, actual, met))
#: under (objective code, title).
TREE: list[tuple[str, str, list[Any]]] = [
    ("1", "Rafforzare la capacità amministrativa e la digitalizzazione dei servizi regionali", [
        ("1.1.1", "Procedimenti a istanza di parte presentabili esclusivamente in modalità "
         "telematica sul totale dei procedimenti regionali a istanza di parte",
         "≥ 60%", "63,4%", "≥ 75%", "78,9%",
         ([">=", 60, None, "%"], ["=", 63.4, None, "%"], True),
         ([">=", 75, None, "%"], ["=", 78.9, None, "%"], True)),
        ("1.1.2", "Tempo medio di pagamento delle fatture commerciali",
         "≤ 30 giorni", "27 giorni", "≤ 30 giorni", "24 giorni",
         (["<=", 30, None, "days"], ["=", 27, None, "days"], True),
         (["<=", 30, None, "days"], ["=", 24, None, "days"], True)),
        ("1.2.1", "Dipendenti della Giunta che hanno completato almeno un percorso formativo "
         "sulle competenze digitali (piattaforma Syllabus)",
         "", "", "≥ 50%", "46,2%",
         (None, None, None),
         ([">=", 50, None, "%"], ["=", 46.2, None, "%"], False)),
        ("1.2.2", "Indicatore annuale di tempestività dei pagamenti",
         "≤ 0", "-6,8", "≤ 0", "-9,1",
         (["<=", 0, None, None], ["=", -6.8, None, None], True),
         (["<=", 0, None, None], ["=", -9.1, None, None], True)),
    ]),
    ("2", "Accelerare la ricostruzione post-sisma e la messa in sicurezza del territorio", [
        ("2.1.1", "Risorse del Fondo sviluppo e coesione impegnate per interventi di difesa "
         "del suolo e di mitigazione del rischio idrogeologico",
         "≥ € 18.000.000", "€ 16.450.000", "≥ € 22.000.000", "€ 23.180.500",
         ([">=", 18000000, None, "EUR"], ["=", 16450000, None, "EUR"], False),
         ([">=", 22000000, None, "EUR"], ["=", 23180500, None, "EUR"], True)),
        ("2.1.2", "Interventi di consolidamento di versanti e argini fluviali conclusi",
         "40", "38", "45", "51",
         (["=", 40, None, None], ["=", 38, None, None], False),
         (["=", 45, None, None], ["=", 51, None, None], False)),
        ("2.2.1", "Domande di contributo per la ricostruzione privata concluse con decreto "
         "di concessione sul totale delle domande istruite",
         "≥ 70%", "72,8%", "≥ 80%", "84,1%",
         ([">=", 70, None, "%"], ["=", 72.8, None, "%"], True),
         ([">=", 80, None, "%"], ["=", 84.1, None, "%"], True)),
        ("2.2.2", "Tempo medio di istruttoria delle domande di contributo per la "
         "ricostruzione privata",
         "≤ 90 gg", "104 gg", "≤ 90 gg", "86 gg",
         (["<=", 90, None, "days"], ["=", 104, None, "days"], False),
         (["<=", 90, None, "days"], ["=", 86, None, "days"], True)),
    ]),
    ("3", "Promuovere la competitività del sistema produttivo e l'occupazione", [
        ("3.1.1", "Imprese beneficiarie di contributi del POR FESR 2014-2020 per investimenti "
         "produttivi e innovazione",
         "≥ 350", "372", "≥ 400", "388",
         ([">=", 350, None, None], ["=", 372, None, None], True),
         ([">=", 400, None, None], ["=", 388, None, None], False)),
        ("3.1.2", "Spesa certificata del POR FESR 2014-2020 sul totale della dotazione "
         "finanziaria del programma",
         "≥ 65%", "67,2%", "≥ 85%", "88,6%",
         ([">=", 65, None, "%"], ["=", 67.2, None, "%"], True),
         ([">=", 85, None, "%"], ["=", 88.6, None, "%"], True)),
        ("3.2.1", "Beneficiari presi in carico dai Centri per l'impiego nell'ambito del "
         "programma GOL (Garanzia di occupabilità dei lavoratori)",
         "–", "–", "≥ 15.000", "17.342",
         (None, None, None),
         ([">=", 15000, None, None], ["=", 17342, None, None], True)),
        ("3.2.2", "Tasso di inserimento occupazionale a sei mesi dei partecipanti ai corsi "
         "di formazione professionale finanziati dal FSE",
         "40-45%", "43,1%", "40-45%", "39,5%",
         (["range", 40, 45, "%"], ["=", 43.1, None, "%"], True),
         (["range", 40, 45, "%"], ["=", 39.5, None, "%"], False)),
    ]),
    ("4", "Tutelare la salute e potenziare i servizi sociosanitari territoriali", [
        ("4.1.1", "Prestazioni di specialistica ambulatoriale in classe di priorità D "
         "(differibile) erogate entro i tempi massimi previsti",
         "≥ 90%", "84,7%", "≥ 90%", "88,2%",
         ([">=", 90, None, "%"], ["=", 84.7, None, "%"], False),
         ([">=", 90, None, "%"], ["=", 88.2, None, "%"], False)),
        ("4.1.2", "Screening oncologici: popolazione bersaglio che ha aderito all'invito per "
         "lo screening del tumore della cervice uterina",
         "≥ 50%", "47,3%", "≥ 50%", "52,6%",
         ([">=", 50, None, "%"], ["=", 47.3, None, "%"], False),
         ([">=", 50, None, "%"], ["=", 52.6, None, "%"], True)),
        ("4.2.1", "Anziani con più di 65 anni assistiti in assistenza domiciliare integrata "
         "(ADI) sul totale della popolazione anziana",
         "≥ 4%", "3,6%", "≥ 5%", "5,2%",
         ([">=", 4, None, "%"], ["=", 3.6, None, "%"], False),
         ([">=", 5, None, "%"], ["=", 5.2, None, "%"], True)),
        ("4.2.2", "Case della Comunità finanziate dal PNRR (Missione 6, Componente 1): stato "
         "di avanzamento",
         "", "", "Avvio della progettazione", "Progettazione avviata per 29 strutture",
         (None, None, None),
         (None, None, None)),
    ]),
    ("5", "Valorizzare il patrimonio culturale, il turismo e l'ambiente", [
        ("5.1.1", "Arrivi di turisti stranieri negli esercizi ricettivi della regione",
         "≥ 300.000", "286.415", "≥ 380.000", "412.907 (dato provvisorio)",
         ([">=", 300000, None, None], ["=", 286415, None, None], False),
         ([">=", 380000, None, None], ["=", 412907, None, None], True)),
        ("5.1.2", "Musei e luoghi della cultura del sistema museale regionale dotati di "
         "bigliettazione on line",
         "30", "34", "40", "40",
         (["=", 30, None, None], ["=", 34, None, None], False),
         (["=", 40, None, None], ["=", 40, None, None], True)),
        ("5.2.1", "Raccolta differenziata dei rifiuti urbani sul totale dei rifiuti prodotti",
         "≥ 70%", "71,9%", "≥ 72%", "72,4%",
         ([">=", 70, None, "%"], ["=", 71.9, None, "%"], True),
         ([">=", 72, None, "%"], ["=", 72.4, None, "%"], True)),
        ("5.2.2", "Giorni di superamento del valore limite giornaliero di PM10 nella stazione "
         "di monitoraggio più critica",
         "≤ 35", "41", "≤ 35", "29",
         (["<=", 35, None, None], ["=", 41, None, None], False),
         (["<=", 35, None, None], ["=", 29, None, None], True)),
    ]),
]  # fmt: skip

#: (header of the first header row, of the second, width, field, year)
COLUMNS = [
    ("Codice", "", 7.5, "indicator_code", None),
    ("Indicatore", "", 42, "indicator", None),
    ("2021", "Target", 13, "target", 2021),
    ("", "Consuntivo", 13.5, "actual", 2021),
    ("2022", "Target", 13, "target", 2022),
    ("", "Consuntivo", 13.5, "actual", 2022),
]

PROSE = [
    ("1. Premessa", [
        "La Relazione sulla performance, prevista dall'articolo 10, comma 1, lettera b) del "
        "decreto legislativo 27 ottobre 2009, n. 150, evidenzia a consuntivo i risultati "
        "organizzativi e individuali raggiunti dalla Giunta regionale nell'anno 2022 rispetto "
        "agli obiettivi programmati nel Piano integrato di attività e organizzazione "
        "2022-2024, approvato con deliberazione n. 789 del 27 giugno 2022.",
        "Il 2022 è stato il primo anno di applicazione del PIAO: il ciclo della performance "
        "ha coinvolto 14 strutture dirigenziali apicali e 145 obiettivi operativi assegnati "
        "ai dirigenti, collegati ai 5 obiettivi strategici del Programma regionale di "
        "sviluppo. Il documento è stato validato dall'Organismo indipendente di valutazione "
        "ai sensi dell'articolo 14, comma 4, lettera c) del medesimo decreto.",
    ]),
    ("2. Struttura del documento", [
        "Per ciascun obiettivo strategico sono riportati gli indicatori di impatto e di "
        "risultato con il valore programmato (target) e il valore effettivamente conseguito "
        "(consuntivo) nel biennio 2021-2022, così da consentire il confronto con l'anno "
        "precedente. I valori 2021 sono quelli riportati nella Relazione sulla performance "
        "2021; gli indicatori introdotti nel 2022 non presentano valori per l'anno "
        "precedente. Il capitolo conclusivo sintetizza il grado di raggiungimento degli "
        "obiettivi operativi delle strutture.",
    ]),
]  # fmt: skip

SUMMARY = [
    ("Raggiunti", "118", "81,4%"),
    ("Parzialmente raggiunti", "21", "14,5%"),
    ("Non raggiunti", "6", "4,1%"),
]
SUMMARY_TOTAL = ("Totale", "145", "100,0%")


def marche() -> Content:
    """The Regione Marche report: prose page, per-year indicator table, summary table."""
    rows: list[dict[str, Any]] = []
    for code, title, indicators in TREE:
        text = f"Obiettivo strategico {code} – {title}"
        rows.append({"heading": "strategic", "code": code, "title": title, "text": text})
        for *cells, first, second in indicators:
            years = {
                str(year): {"target": t, "actual": a, "met": m}
                for year, (t, a, m) in zip(YEARS, (first, second), strict=True)
            }
            rows.append({"cells": cells, "years": years})
    return {
        "_about": [
            "Invented content of the Relazione sulla performance 2022 of the Regione Marche – "
            "Giunta regionale (no real data), rendered by samples/make_holdout2_excel.py as an "
            "Excel workbook printed by LibreOffice Calc in portrait, borderless (no gridlines, "
            "no cell borders) except a rule under the header: a prose sheet, the indicator "
            "sheet and a summary sheet whose 'Obiettivi | Numero | %' table yields no record.",
            "The indicator header has two rows, repeated on every page: 'Codice | Indicatore "
            "| 2021 | 2022', the years merged over 'Target | Consuntivo'. One record per "
            "indicator and year (2021, 2022), also where the 2021 cells are empty.",
            "Bold 'Obiettivo strategico N – title' rows; no area heading, so area_code is the "
            "objective code's first segment and area_title null. 'Codice' is indicator_code. "
            "Per row and year: target/actual = [operator, value, value_max, unit] by hand "
            "(null: all four null) and 'met'.",
        ],
        "document": {
            "issuer": "Regione Marche",
            "title": "Relazione sulla performance",
            "year": 2022,
            "kind": "relazione",
        },
        "cover": {
            "name": "Presentazione",
            "lines": [
                "REGIONE MARCHE – GIUNTA REGIONALE",
                "Relazione sulla performance 2022",
                "Approvata con deliberazione della Giunta regionale n. 866 del 26 giugno 2023",
            ],
            "sections": [{"heading": h, "paragraphs": p} for h, p in PROSE],
        },
        "sheet": {
            "name": "Obiettivi strategici",
            "title_rows": [
                "REGIONE MARCHE – GIUNTA REGIONALE",
                "Relazione sulla performance 2022",
                "Allegato 1 – Indicatori degli obiettivi strategici: target e consuntivi 2021-2022",
            ],
            "columns": [
                {"header": h, "subheader": s, "width": w, "field": f, "year": y}
                for h, s, w, f, y in COLUMNS
            ],
            "rows": rows,
        },
        "summary": {
            "name": "Sintesi",
            "title_rows": [
                "3. Sintesi dei risultati",
                "Grado di raggiungimento degli obiettivi operativi assegnati ai dirigenti "
                "della Giunta regionale – anno 2022",
            ],
            "columns": [
                {"header": "Obiettivi", "width": 34, "field": "extra"},
                {"header": "Numero", "width": 14, "field": "extra"},
                {"header": "%", "width": 14, "field": "extra"},
            ],
            "rows": [{"cells": list(r)} for r in SUMMARY]
            + [{"cells": list(SUMMARY_TOTAL), "total": True}],
        },
    }
