"""Hand-written content of the fourth pair of Word-made holdout reports (invented data).

Used by ``make_holdout4_word.py``. Each indicator row holds its ``cells`` as printed and the
hand-parsed values: a quantity is ``[operator, value, value_max, unit]`` (None: no
quantity), per CONVENTIONS.md. Nothing here comes from perfextract.

* ``universita-pisa-2023-relazione`` (portrait, ``areas``): per area a bold paragraph
  ``Area strategica: Titolo`` (no code), then a ruled table whose first column
  ``Obiettivo`` (``OB.R.1 – Titolo``) is merged down over the objective's indicator rows.
  Cells: Indicatore | Unità di misura | Valore iniziale | Target | Valore finale | Stato.
* ``comune-perugia-2024-piano`` (landscape, ``objectives``): bold headings
  ``Obiettivo strategico N: Titolo`` and ``Obiettivo operativo N.M: Titolo``, then one
  table per operational objective with Target 2024 | 2025 | 2026 (one record per year).
"""

from __future__ import annotations

from typing import Any

GE, LE, EQ, RANGE = ">=", "<=", "=", "range"

PISA_HEADER = [
    "Obiettivo", "Indicatore", "Unità di misura", "Valore iniziale", "Target",
    "Valore finale", "Stato",
]  # fmt: skip
PISA_WIDTHS = [2.9, 3.9, 1.3, 2.0, 2.3, 2.4, 2.2]  # 17.0 cm


def ind(
    cells: list[str | None], target: Any, actual: Any, status: str | None, met: bool | None
) -> dict[str, Any]:
    """Return one Pisa indicator row: its cells and hand-parsed values."""
    return {"cells": cells, "target": target, "actual": actual, "status": status, "met": met}


# fmt: off
PISA: dict[str, Any] = {
    "layout": "areas",
    "orientation": "portrait",
    "document": {
        "issuer": "Università di Pisa",
        "title": "Relazione sulla performance",
        "year": 2023,
        "kind": "relazione",
    },
    "cover": [
        {"text": "<b>Università di Pisa</b>", "size": 22},
        {"text": "Direzione Generale", "size": 13},
        {"text": "<b>Relazione sulla performance 2023</b>", "size": 18, "space_before": 60},
        {"text": "ai sensi dell'art. 10, comma 1, lettera b), del D.Lgs. 150/2009", "size": 11},
        {"text": "Approvata dal Consiglio di Amministrazione il 28 giugno 2024", "size": 10},
    ],
    "running_header": "Università di Pisa – Relazione sulla performance 2023",
    "intro": [
        "La Relazione sulla performance illustra i risultati conseguiti dall'Ateneo nel 2023 "
        "rispetto agli obiettivi fissati nel Piano integrato 2023-2025. Per ciascuna area "
        "strategica sono riportati gli obiettivi, i relativi indicatori con il valore "
        "iniziale, il target annuale e il valore finale rilevato al 31 dicembre 2023.",
        "Lo stato di ciascun indicatore è stato validato dal Nucleo di Valutazione nella "
        "seduta del 14 maggio 2024 sulla base delle evidenze fornite dalle strutture.",
    ],
    "status_words": {
        "Raggiunto": "achieved",
        "Parzialmente raggiunto": "partially_achieved",
        "Non raggiunto": "not_achieved",
    },
    "areas": [
        {"title": "Ricerca", "objectives": [
            {"code": "OB.R.1", "title": "Aumentare i finanziamenti competitivi", "rows": [
                ind(["IND.R.1.1 Proposte presentate a bandi europei", "n.", "142", "≥ 150",
                     "163", "Raggiunto"], [GE, 150, None, None], [EQ, 163, None, None],
                    "Raggiunto", True),
                ind(["IND.R.1.2 Finanziamenti acquisiti da bandi competitivi", "€",
                     "€ 18.450.000", "≥ € 20.000.000", "€ 21.275.430,50", "Raggiunto"],
                    [GE, 20000000, None, "EUR"], [EQ, 21275430.5, None, "EUR"],
                    "Raggiunto", True),
                ind(["IND.R.1.3 Tasso di successo dei progetti Horizon Europe", "%",
                     "14,2%", "≥ 16%", "15,1%", "Parzialmente raggiunto"],
                    [GE, 16, None, "%"], [EQ, 15.1, None, "%"], "Parzialmente raggiunto",
                    False),
            ]},
            {"code": "OB.R.2", "title": "Rafforzare la qualità della produzione scientifica",
             "rows": [
                ind(["IND.R.2.1 Pubblicazioni su riviste del primo quartile", "%", "52,3%",
                     "55-60%", "57,8%", "Raggiunto"], [RANGE, 55, 60, "%"],
                    [EQ, 57.8, None, "%"], "Raggiunto", True),
                ind(["IND.R.2.2 Docenti inattivi nella produzione scientifica", "n.", "21",
                     "≤ 15", "18", "Non raggiunto"], [LE, 15, None, None],
                    [EQ, 18, None, None], "Non raggiunto", False),
            ]},
        ]},
        {"title": "Didattica", "objectives": [
            {"code": "OB.D.1", "title": "Migliorare la regolarità delle carriere degli studenti",
             "rows": [
                ind(["IND.D.1.1 Studenti che proseguono al II anno con almeno 40 CFU", "%",
                     "61,5%", "≥ 64%", "64,9%", "Raggiunto"], [GE, 64, None, "%"],
                    [EQ, 64.9, None, "%"], "Raggiunto", True),
                ind(["IND.D.1.2 Laureati entro la durata normale del corso", "%", "55,0%",
                     "≥ 58%", "56,2% (dato provvisorio)", "Parzialmente raggiunto"],
                    [GE, 58, None, "%"], [EQ, 56.2, None, "%"], "Parzialmente raggiunto",
                    False),
                ind(["IND.D.1.3 Rapporto studenti regolari/docenti", "n.", "28,5", "25-28",
                     "27,9", "Raggiunto"], [RANGE, 25, 28, None], [EQ, 27.9, None, None],
                    "Raggiunto", True),
            ]},
            {"code": "OB.D.2", "title": "Potenziare la dimensione internazionale della didattica",
             "rows": [
                ind(["IND.D.2.1 CFU conseguiti all'estero dagli studenti", "n.", "24.310",
                     "≥ 26.000", "27.145", "Raggiunto"], [GE, 26000, None, None],
                    [EQ, 27145, None, None], "Raggiunto", True),
                ind(["IND.D.2.2 Corsi di studio erogati interamente in lingua inglese", "n.",
                     "14", "18", "16", "Non raggiunto"], [EQ, 18, None, None],
                    [EQ, 16, None, None], "Non raggiunto", False),
            ]},
        ]},
        {"title": "Terza missione", "objectives": [
            {"code": "OB.T.1", "title": "Valorizzare i risultati della ricerca",
             "rows": [
                ind(["IND.T.1.1 Brevetti depositati nell'anno", "n.", "11", "≥ 12", "12",
                     "Raggiunto"], [GE, 12, None, None], [EQ, 12, None, None], "Raggiunto",
                    True),
                ind(["IND.T.1.2 Entrate da attività conto terzi", "€", "€ 9.870.000",
                     "≥ € 10,5 mln", "€ 10.912.300", "Raggiunto"],
                    [GE, 10500000, None, "EUR"], [EQ, 10912300, None, "EUR"], "Raggiunto",
                    True),
            ]},
            {"code": "OB.T.2", "title": "Promuovere il public engagement",
             "rows": [
                ind(["IND.T.2.1 Eventi di divulgazione scientifica aperti alla cittadinanza",
                     "n.", "96", "≥ 110", "124", "Raggiunto"], [GE, 110, None, None],
                    [EQ, 124, None, None], "Raggiunto", True),
                ind(["IND.T.2.2 Adozione delle linee guida di Ateneo sul public engagement",
                     None, "Non presenti", "Adozione entro il 31/10/2023",
                     "Adottate il 19/12/2023", "Parzialmente raggiunto"], None, None,
                    "Parzialmente raggiunto", None),
            ]},
        ]},
        {"title": "Organizzazione e servizi", "objectives": [
            {"code": "OB.O.1", "title": "Semplificare e accelerare i processi amministrativi",
             "rows": [
                ind(["IND.O.1.1 Tempo medio di pagamento delle fatture", "giorni",
                     "28 giorni", "≤ 30 giorni", "24 giorni", "Raggiunto"],
                    [LE, 30, None, "days"], [EQ, 24, None, "days"], "Raggiunto", True),
                ind(["IND.O.1.2 Procedure di acquisto gestite sulla piattaforma telematica",
                     "%", "71%", "≥ 85%", "88,4%", "Raggiunto"], [GE, 85, None, "%"],
                    [EQ, 88.4, None, "%"], "Raggiunto", True),
                ind(["IND.O.1.3 Soddisfazione degli utenti per i servizi di segreteria "
                     "studenti (scala da 1 a 6)", "n.", "4,1", "≥ 4,3", "4,2",
                     "Parzialmente raggiunto"], [GE, 4.3, None, None], [EQ, 4.2, None, None],
                    "Parzialmente raggiunto", False),
            ]},
        ]},
    ],
    "closing": "I dati del 2023 sono consolidati alla data del 31 marzo 2024; gli scostamenti "
    "rispetto ai target sono commentati nella sezione 4 della presente Relazione.",
    "expect": ["portrait", "grid_rules", "merged_once"],
}
# fmt: on

PERUGIA_HEADER = [
    "Indicatore di risultato", "Modalità di calcolo", "Fonte del dato",
    "Valore di partenza (2023)", "Target 2024", "Target 2025", "Target 2026",
]  # fmt: skip
PERUGIA_WIDTHS = [5.4, 5.6, 3.3, 2.8, 2.9, 2.9, 2.8]  # 25.7 cm


def row(cells: list[str | None], *targets: Any) -> dict[str, Any]:
    """Return one Perugia indicator row: cells and the parsed Target 2024, 2025, 2026."""
    return {"cells": cells, "targets": list(targets)}


# fmt: off
PERUGIA: dict[str, Any] = {
    "layout": "objectives",
    "orientation": "landscape",
    "document": {
        "issuer": "Comune di Perugia",
        "title": "Piano della performance",
        "year": 2024,
        "kind": "piano",
    },
    "title_lines": [
        {"text": "<b>Comune di Perugia</b>", "size": 18},
        {"text": "<b>Piano della performance 2024-2026</b>", "size": 15},
        {"text": "Allegato alla deliberazione della Giunta comunale n. 41 del 15 febbraio "
         "2024", "size": 10},
    ],
    "running_header": "Comune di Perugia – Piano della performance 2024-2026",
    "intro": "Il Piano della performance 2024-2026 traduce le linee programmatiche di "
    "mandato e il Documento unico di programmazione in obiettivi operativi misurabili, "
    "assegnati ai dirigenti dei settori comunali. Per ogni obiettivo operativo sono indicati "
    "gli indicatori di risultato, la modalità di calcolo, la fonte del dato, il valore di "
    "partenza rilevato nel 2023 e i target attesi per ciascuna annualità del triennio.",
    "numbered": [
        "il ciclo della performance si apre con l'approvazione del Piano entro il 31 gennaio;",
        "il monitoraggio intermedio è svolto al 30 giugno e al 30 settembre di ogni anno;",
        "la Relazione sulla performance è validata dall'OIV entro il 30 giugno dell'anno "
        "successivo;",
        "gli esiti concorrono alla valutazione della performance organizzativa e individuale.",
    ],
    "intro_after": "Le tabelle che seguono riportano gli obiettivi del triennio ordinati per "
    "obiettivo strategico del DUP 2024-2026.",
    "strategic": [
        {"code": "1", "title": "Perugia città sicura e vivibile",
         "description": "L'obiettivo strategico raccoglie gli interventi per la sicurezza "
         "della circolazione e per la cura degli spazi pubblici, in coerenza con il Piano "
         "urbano della mobilità sostenibile.",
         "operational": [
            {"code": "1.2", "title": "Migliorare la sicurezza stradale", "rows": [
                row(["Sinistri con feriti sulle strade comunali",
                     "Numero di sinistri con feriti rilevati dalla Polizia locale nell'anno",
                     "Polizia locale", "312", "≤ 300", "≤ 285", "≤ 270"],
                    [LE, 300, None, None], [LE, 285, None, None], [LE, 270, None, None]),
                row(["Incidenti mortali in prossimità delle scuole",
                     "Numero di sinistri mortali entro 200 m dagli istituti scolastici",
                     "Polizia locale", "1", "0 sinistri", "0 sinistri", "0 sinistri"],
                    [EQ, 0, None, None], [EQ, 0, None, None], [EQ, 0, None, None]),
                row(["Regolamento per le zone 30",
                     "Adozione dell'atto da parte del Consiglio comunale",
                     "Settore Mobilità", "Non presente", "Approvazione del regolamento",
                     "Attuazione in 3 quartieri", "Mantenimento"], None, None, None),
                row(["Tempo di riparazione delle buche segnalate",
                     "Giorni medi tra la segnalazione e la chiusura dell'intervento",
                     "Sistema segnalazioni SensorCivico", "21 giorni", "≤ 15 giorni",
                     "≤ 12 giorni", "≤ 10 giorni"], [LE, 15, None, "days"],
                    [LE, 12, None, "days"], [LE, 10, None, "days"]),
                row(["Attraversamenti pedonali illuminati",
                     "Attraversamenti con illuminazione dedicata / attraversamenti "
                     "totali su strade comunali × 100", "Settore Mobilità", "38%",
                     "≥ 45%", "≥ 55%", "≥ 65%"], [GE, 45, None, "%"], [GE, 55, None, "%"],
                    [GE, 65, None, "%"]),
                row(["Controlli della velocità con dispositivi mobili",
                     "Numero di servizi di controllo della velocità svolti nell'anno",
                     "Polizia locale", "420", "≥ 450", "≥ 480", "≥ 500"],
                    [GE, 450, None, None], [GE, 480, None, None], [GE, 500, None, None]),
            ]},
        ]},
        {"code": "2", "title": "Perugia città verde",
         "description": "L'obiettivo strategico persegue l'aumento delle superfici verdi "
         "fruibili, la cura del patrimonio arboreo e la riduzione dei rifiuti prodotti, "
         "secondo le linee della Strategia comunale per la transizione ecologica e del "
         "Piano del verde approvato nel 2022.",
         "operational": [
            {"code": "2.3", "title": "Ampliare il verde pubblico", "rows": [
                row(["Superficie di verde pubblico fruibile",
                     "Ettari di aree verdi comunali aperte al pubblico al 31/12",
                     "Settore Ambiente – SIT comunale", "22,4 ettari", "≥ 25 ettari",
                     "≥ 27 ettari", "≥ 30 ettari"], [GE, 25, None, None],
                    [GE, 27, None, None], [GE, 30, None, None]),
                row(["Alberi messi a dimora",
                     "Numero di nuovi alberi piantati in aree pubbliche nell'anno",
                     "Settore Ambiente", "640", "+10%", "+10%", "+15%"],
                    [EQ, 10, None, "%"], [EQ, 10, None, "%"], [EQ, 15, None, "%"]),
                row(["Residenti entro 300 metri da un'area verde",
                     "Residenti entro 300 m da un'area verde / residenti totali × 100",
                     "Anagrafe – SIT comunale", "68%", "≥ 70%", "≥ 73%", "≥ 75%"],
                    [GE, 70, None, "%"], [GE, 73, None, "%"], [GE, 75, None, "%"]),
                row(["Regolamento del verde urbano",
                     "Approvazione in Consiglio comunale del nuovo regolamento",
                     "Segreteria generale", "Regolamento del 2004",
                     "Approvazione del regolamento", "Mantenimento", "Mantenimento"],
                    None, None, None),
                row(["Orti urbani assegnati",
                     "Numero di lotti di orto urbano assegnati a cittadini e associazioni",
                     "Settore Ambiente", "185", "200", "220", "240"],
                    [EQ, 200, None, None], [EQ, 220, None, None], [EQ, 240, None, None]),
                row(["Spesa per la manutenzione del verde",
                     "Impegni di spesa sul capitolo della manutenzione ordinaria del verde",
                     "Ragioneria – contabilità finanziaria", "€ 1.850.000",
                     "≥ € 2.000.000", "≥ € 2.100.000", None],
                    [GE, 2000000, None, "EUR"], [GE, 2100000, None, "EUR"], None),
                row(["Tempo di risposta alle segnalazioni sul verde",
                     "Giorni lavorativi medi tra segnalazione e primo sopralluogo",
                     "Sistema segnalazioni SensorCivico", "19 giorni", "≤ 15 giorni",
                     "≤ 15 giorni", "≤ 12 giorni"], [LE, 15, None, "days"],
                    [LE, 15, None, "days"], [LE, 12, None, "days"]),
                row(["Parchi con area giochi inclusiva",
                     "Parchi dotati di almeno un'area giochi accessibile / parchi "
                     "attrezzati × 100", "Settore Lavori pubblici", "12%", "20-25%",
                     "30%", "≥ 40%"], [RANGE, 20, 25, "%"], [EQ, 30, None, "%"],
                    [GE, 40, None, "%"]),
            ]},
            {"code": "2.4", "title": "Ridurre i rifiuti e aumentare la raccolta differenziata",
             "rows": [
                row(["Raccolta differenziata",
                     "Rifiuti raccolti in modo differenziato / rifiuti urbani totali × 100",
                     "Gestore del servizio – ISPRA", "71,3%", "≥ 73%", "≥ 75%", "≥ 77%"],
                    [GE, 73, None, "%"], [GE, 75, None, "%"], [GE, 77, None, "%"]),
                row(["Rifiuti urbani pro capite",
                     "Chilogrammi di rifiuti urbani prodotti / residenti al 31/12",
                     "Gestore del servizio", "498 kg", "≤ 490 kg", "≤ 480 kg", "≤ 470 kg"],
                    [LE, 490, None, None], [LE, 480, None, None], [LE, 470, None, None]),
                row(["Isole ecologiche informatizzate attive",
                     "Numero di isole ecologiche con accesso tramite tessera",
                     "Gestore del servizio", "34", "40", "Mantenimento", "Mantenimento"],
                    [EQ, 40, None, None], None, None),
            ]},
        ]},
    ],
    "expect": ["landscape", "grid_rules", "header_repeated", "numbered_list"],
}
# fmt: on

SAMPLES: dict[str, dict[str, Any]] = {
    "universita-pisa-2023-relazione": PISA,
    "comune-perugia-2024-piano": PERUGIA,
}
