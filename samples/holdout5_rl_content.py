"""Content and hand annotations of the two holdout5 reportlab samples (invented, no real data).

* ``inps-2023-relazione``: objectives as full-width rows inside one ruled table; each
  indicator row is followed by a full-width ``Note: …`` row (the indicator's comment).
* ``agenzia-dogane-2022-piano``: borderless plan table, Area and Obiettivo printed only on
  the first row of their group, one target column per year.

Per value the annotation is by hand: ``[operator, value, value_max, unit]`` (None: no
comparable quantity); ``met`` and ``achievement`` by hand too (re-checked by the maker).
"""

from __future__ import annotations

from typing import Any

Content = dict[str, Any]

GE, LE, EQ = ">=", "<=", "="

# --------------------------------------------------------------------------- INPS

INPS_PROSE = [
    "La Relazione sulla performance 2023 dell'Istituto Nazionale della Previdenza Sociale "
    "illustra, a consuntivo, i risultati organizzativi raggiunti nell'anno rispetto agli "
    "obiettivi programmati nel Piano integrato di attività e organizzazione 2023-2025, "
    "approvato dal Consiglio di amministrazione con deliberazione n. 12 del 31 gennaio 2023.",
    "Il documento è redatto ai sensi dell'articolo 10, comma 1, lettera b), del decreto "
    "legislativo 27 ottobre 2009, n. 150, e tiene conto delle linee guida del Dipartimento "
    "della funzione pubblica. La Relazione è validata dall'Organismo indipendente di "
    "valutazione e pubblicata nella sezione «Amministrazione trasparente» del sito "
    "istituzionale.",
    "Nel corso del 2023 l'Istituto ha gestito oltre 22 milioni di prestazioni, con un "
    "volume di entrate contributive superiore a 260 miliardi di euro. L'anno è stato "
    "caratterizzato dal consolidamento dell'Assegno unico universale, dall'avvio del "
    "Supporto per la formazione e il lavoro e dalla prosecuzione del piano di "
    "digitalizzazione dei servizi.",
    "Gli obiettivi sono articolati su tre livelli: obiettivi strategici, che discendono "
    "dalle linee di indirizzo del Consiglio di indirizzo e vigilanza; obiettivi specifici, "
    "assegnati alle strutture centrali e territoriali; indicatori, ai quali è associato un "
    "target annuale. Il grado di raggiungimento di ciascun indicatore è calcolato rapportando "
    "il risultato al target ed è limitato al 100%.",
    "Le note riportate sotto ciascun indicatore sintetizzano le principali evidenze emerse "
    "in sede di monitoraggio e le eventuali cause degli scostamenti. I dati sono estratti "
    "dai sistemi informativi gestionali dell'Istituto e dal cruscotto direzionale alla data "
    "del 31 marzo 2024.",
    "La sezione seguente riporta, per ciascun obiettivo strategico e specifico, gli "
    "indicatori con il target 2023, il risultato conseguito e il relativo grado di "
    "raggiungimento. Le strutture che non hanno conseguito il target hanno predisposto "
    "specifici piani di recupero, monitorati con cadenza trimestrale dalla Direzione "
    "centrale Pianificazione e controllo di gestione.",
]

# (code, indicator, target, actual, achievement cell, note, target_parsed, actual_parsed,
#  achievement_value, met)
INPS_OBJECTIVES = [
    ("1", "Migliorare la qualità e la tempestività delle prestazioni pensionistiche", [
        ("1.1", "Ridurre i tempi di liquidazione delle pensioni", [
            ("1.1.1", "Pensioni di vecchiaia liquidate entro il primo rateo utile sul totale "
             "delle domande accolte", "non inferiore al 90%", "92,4%", "100%",
             "Note: risultato in crescita rispetto al 2022 (89,1%) grazie all'estensione della "
             "liquidazione automatizzata a tutte le Direzioni regionali.",
             [GE, 90, None, "%"], [EQ, 92.4, None, "%"], 100, True),
            ("1.1.2", "Tempo medio di definizione delle domande di pensione ai superstiti",
             "entro 30 giorni", "27 giorni", "100%",
             "Note: il dato comprende le domande presentate tramite patronato; permangono "
             "differenze territoriali tra le sedi del Centro e del Sud.",
             [LE, 30, None, "days"], [EQ, 27, None, "days"], 100, True),
        ]),
        ("1.2", "Contenere il contenzioso in materia pensionistica", [
            ("1.2.1", "Ricorsi amministrativi definiti entro i termini di legge sul totale "
             "dei ricorsi pervenuti", "≥ 85%", "81,7%", "96,1%",
             "Note: lo scostamento è dovuto all'incremento dei ricorsi in materia di "
             "ricostituzione (+18% sul 2022); è stato avviato un piano straordinario di "
             "smaltimento.",
             [GE, 85, None, "%"], [EQ, 81.7, None, "%"], 96.1, False),
            ("1.2.2", "Indice di soccombenza nel contenzioso giudiziario pensionistico",
             "≤ 1,5%", "1,2%", "100%",
             "Note: indice calcolato sulle sentenze definitive depositate nell'anno.",
             [LE, 1.5, None, "%"], [EQ, 1.2, None, "%"], 100, True),
        ]),
    ]),
    ("2", "Garantire l'efficacia delle prestazioni a sostegno del reddito", [
        ("2.1", "Accelerare l'erogazione delle prestazioni di disoccupazione", [
            ("2.1.1", "Tempo medio di pagamento della prima rata NASpI dalla presentazione "
             "della domanda", "entro 15 giorni lavorativi", "13 giorni lavorativi", "100%",
             "Note: il miglioramento è legato all'acquisizione automatica delle comunicazioni "
             "obbligatorie di cessazione del rapporto di lavoro.",
             [LE, 15, None, "days"], [EQ, 13, None, "days"], 100, True),
            ("2.1.2", "Domande di Assegno unico universale istruite in modalità automatizzata "
             "sul totale delle domande", "non inferiore al 75%", "78,9%", "100%",
             "Note: restano in lavorazione manuale le domande con nuclei familiari "
             "residenti all'estero.",
             [GE, 75, None, "%"], [EQ, 78.9, None, "%"], 100, True),
        ]),
        ("2.2", "Rafforzare i controlli sulle prestazioni indebite", [
            ("2.2.1", "Verifiche ispettive su prestazioni a sostegno del reddito concluse "
             "nell'anno", "almeno 2.000", "2.315", "100%",
             "Note: le verifiche hanno riguardato in prevalenza la cassa integrazione in "
             "deroga e le indennità di disoccupazione agricola.",
             [GE, 2000, None, None], [EQ, 2315, None, None], 100, True),
            ("2.2.2", "Importo degli indebiti recuperati sulle prestazioni temporanee",
             "≥ € 150 mln", "€ 138,6 mln", "92,4%",
             "Note: parte dei recuperi è stata rateizzata su richiesta degli interessati; "
             "le rate scadute nel 2024 non sono conteggiate.",
             [GE, 150000000, None, "EUR"], [EQ, 138600000, None, "EUR"], 92.4, False),
        ]),
    ]),
    ("3", "Semplificare l'accesso ai servizi e digitalizzare l'Istituto", [
        ("3.1", "Potenziare i servizi on line", [
            ("3.1.1", "Servizi on line accessibili con SPID, CIE e CNS sul totale dei "
             "servizi al cittadino", "100%", "100%", "100%",
             "Note: dal 1° ottobre 2023 il PIN INPS non è più utilizzabile per alcun servizio.",
             [EQ, 100, None, "%"], [EQ, 100, None, "%"], 100, True),
            ("3.1.2", "Livello di gradimento dei servizi on line rilevato con il sistema di "
             "customer satisfaction", "≥ 4 (scala 1-5)", "4,2", "100%",
             "Note: rilevazione su 1,3 milioni di giudizi espressi dagli utenti al termine "
             "della sessione.",
             [GE, 4, None, None], [EQ, 4.2, None, None], 100, True),
        ]),
        ("3.2", "Migliorare la presa in carico delle richieste degli utenti", [
            ("3.2.1", "Chiamate al Contact Center multicanale con tempo di attesa inferiore "
             "a 3 minuti", "≥ 80%", "83,5%", "100%",
             "Note: il dato non comprende le chiamate gestite dal risponditore automatico.",
             [GE, 80, None, "%"], [EQ, 83.5, None, "%"], 100, True),
            ("3.2.2", "Adozione del nuovo modello organizzativo di presa in carico delle "
             "istanze (INPS Risponde)", "entro il 30/06/2023", "15/06/2023", "100%",
             "Note: il modello è stato adottato con determinazione del Direttore generale "
             "e reso operativo in tutte le sedi.",
             None, None, 100, None),
        ]),
    ]),
]  # fmt: skip


def inps_content() -> Content:
    """Content of the INPS sample: prose, then objective, indicator and note rows."""
    body: list[dict[str, Any]] = []
    for code, title, specifics in INPS_OBJECTIVES:
        body.append({"kind": "heading", "level": "strategic", "label": "Obiettivo strategico",
                     "code": code, "title": title})  # fmt: skip
        for s_code, s_title, rows in specifics:
            body.append({"kind": "heading", "level": "operational",
                         "label": "Obiettivo specifico",
                         "code": s_code, "title": s_title})  # fmt: skip
            for row in rows:
                keys = ("code", "indicator", "target", "actual", "achievement", "note",
                        "target_parsed", "actual_parsed", "achievement_value", "met")  # fmt: skip
                body.append({"kind": "indicator", **dict(zip(keys, row, strict=True))})
    return {
        "_about": [
            "Invented content (no real data) of the INPS Relazione sulla performance 2023, "
            "rendered by samples/make_holdout5_rl.py: portrait, page 1 two-column prose, then "
            "one fully ruled table with objective rows and a full-width 'Note: …' row after "
            "each indicator.",
            "Choices: 'Obiettivo specifico' = operational; no area printed, so area_code = "
            "first segment of the objective code, area_title null; year 2023 (Target 2023); "
            "the 'Note: …' row is the indicator's comment, printed text kept whole (label "
            "included), notes null (no Note column).",
        ],
        "document": {
            "issuer": "Istituto Nazionale della Previdenza Sociale",
            "title": "Relazione sulla performance",
            "year": 2023,
            "kind": "relazione",
        },
        "year": 2023,
        "headers": [
            "Codice",
            "Indicatore",
            "Target 2023",
            "Risultato 2023",
            "Grado di raggiungimento",
        ],
        "prose": INPS_PROSE,
        "body": body,
    }


# --------------------------------------------------------------------------- Dogane

DOGANE_INTRO = [
    "Il Piano della performance 2022-2024 dell'Agenzia delle Dogane e dei Monopoli individua "
    "gli obiettivi dell'Agenzia in coerenza con la Convenzione triennale stipulata con il "
    "Ministero dell'economia e delle finanze e con l'Atto di indirizzo per il conseguimento "
    "degli obiettivi di politica fiscale.",
    "La tabella seguente riporta, per ciascuna area strategica e obiettivo, gli indicatori, "
    "la formula di calcolo e i target attesi per ciascun anno del triennio. I target degli "
    "anni 2023 e 2024 potranno essere aggiornati in sede di revisione annuale del Piano.",
]

# Each indicator: (indicator, formula, [target 2022, 2023, 2024], [parsed per year]).
DOGANE_AREAS = [
    ("A", "Contrasto agli illeciti", [
        ("A.1", "Potenziare i controlli", [
            ("Controlli doganali all'importazione con esito irregolare",
             "N. controlli con esito irregolare / N. controlli effettuati × 100",
             ["≥ 5,5%", "≥ 6%", "≥ 6,5%"],
             [[GE, 5.5, None, "%"], [GE, 6, None, "%"], [GE, 6.5, None, "%"]]),
            ("Verifiche sui depositi fiscali di prodotti energetici e alcolici",
             "N. verifiche concluse nell'anno",
             ["almeno 1.800", "almeno 1.900", "almeno 2.000"],
             [[GE, 1800, None, None], [GE, 1900, None, None], [GE, 2000, None, None]]),
            ("Tempo medio di conclusione delle verifiche in materia di accise",
             "Somma dei giorni di durata delle verifiche / N. verifiche concluse",
             ["≤ 60 gg", "≤ 55 gg", "≤ 50 gg"],
             [[LE, 60, None, "days"], [LE, 55, None, "days"], [LE, 50, None, "days"]]),
        ]),
        ("A.2", "Contrastare il gioco illegale e il contrabbando", [
            ("Controlli sugli esercizi con apparecchi da intrattenimento",
             "N. controlli eseguiti presso esercizi pubblici e sale giochi",
             ["12.000", "12.500", "13.000"],
             [[EQ, 12000, None, None], [EQ, 12500, None, None], [EQ, 13000, None, None]]),
            ("Siti di gioco on line illegali inibiti entro 10 giorni dalla segnalazione",
             "N. siti inibiti entro 10 giorni / N. segnalazioni ricevute × 100",
             ["≥ 90%", "≥ 92%", "≥ 95%"],
             [[GE, 90, None, "%"], [GE, 92, None, "%"], [GE, 95, None, "%"]]),
            ("Tabacchi lavorati esteri di contrabbando sequestrati",
             "Quantità sequestrata nell'anno (tonnellate)",
             ["almeno 250 tonnellate", "almeno 260 tonnellate", "almeno 270 tonnellate"],
             [[GE, 250, None, None], [GE, 260, None, None], [GE, 270, None, None]]),
        ]),
    ]),
    ("B", "Facilitazione degli scambi", [
        ("B.1", "Ridurre i tempi di sdoganamento", [
            ("Tempo medio di svincolo delle merci in canale verde",
             "Somma dei tempi di svincolo (minuti) / N. dichiarazioni in canale verde",
             ["≤ 10 minuti", "≤ 9 minuti", "≤ 8 minuti"],
             [[LE, 10, None, None], [LE, 9, None, None], [LE, 8, None, None]]),
            ("Dichiarazioni doganali presentate in modalità telematica",
             "N. dichiarazioni telematiche / N. dichiarazioni totali × 100",
             ["≥ 99%", "≥ 99,5%", "100%"],
             [[GE, 99, None, "%"], [GE, 99.5, None, "%"], [EQ, 100, None, "%"]]),
        ]),
        ("B.2", "Digitalizzare le procedure autorizzative", [
            ("Procedimenti autorizzativi gestiti tramite il portale unico dei servizi",
             "N. procedimenti gestiti sul portale / N. procedimenti totali × 100",
             ["70-75%", "80-85%", "≥ 90%"],
             [["range", 70, 75, "%"], ["range", 80, 85, "%"], [GE, 90, None, "%"]]),
            ("Amministrazioni interconnesse allo Sportello unico doganale e dei controlli",
             "N. amministrazioni che rilasciano i titoli tramite lo Sportello unico",
             ["10", "15", ""],
             [[EQ, 10, None, None], [EQ, 15, None, None], None]),
        ]),
    ]),
    ("C", "Efficienza della gestione", [
        ("C.1", "Valorizzare le risorse umane", [
            ("Ore medie di formazione per dipendente",
             "Ore di formazione erogate / N. dipendenti in servizio al 31/12",
             ["≥ 24 ore", "≥ 28 ore", "≥ 30 ore"],
             [[GE, 24, None, "hours"], [GE, 28, None, "hours"], [GE, 30, None, "hours"]]),
            ("Dipendenti in lavoro agile con accordo individuale sottoscritto",
             "N. dipendenti con accordo / N. dipendenti con attività smartabili × 100",
             ["≥ 40%", "≥ 45%", "≥ 50%"],
             [[GE, 40, None, "%"], [GE, 45, None, "%"], [GE, 50, None, "%"]]),
        ]),
        ("C.2", "Contenere i costi di funzionamento", [
            ("Indicatore annuale di tempestività dei pagamenti",
             "Ritardo medio ponderato dei pagamenti rispetto alla scadenza delle fatture",
             ["≤ 0 gg", "≤ 0 gg", "≤ 0 gg"],
             [[LE, 0, None, "days"], [LE, 0, None, "days"], [LE, 0, None, "days"]]),
            ("Risparmi da razionalizzazione degli immobili in uso",
             "Canoni e oneri di gestione cessati nell'anno rispetto al 2021",
             ["€ 1,2 mln", "€ 1,5 mln", "€ 2 mln"],
             [[EQ, 1200000, None, "EUR"], [EQ, 1500000, None, "EUR"],
              [EQ, 2000000, None, "EUR"]]),
        ]),
    ]),
]  # fmt: skip


def dogane_content() -> Content:
    """Content of the Dogane sample: intro and one row per indicator (group cells first only)."""
    rows = []
    for a_code, a_title, objectives in DOGANE_AREAS:
        for o_index, (o_code, o_title, indicators) in enumerate(objectives):
            for i_index, (name, formula, targets, parsed) in enumerate(indicators):
                first_area = o_index == 0 and i_index == 0
                rows.append({
                    "area": f"{a_code} – {a_title}" if first_area else "",
                    "objective": f"{o_code} – {o_title}" if i_index == 0 else "",
                    "area_code": a_code, "area_title": a_title,
                    "objective_code": o_code, "objective_title": o_title,
                    "indicator": name, "formula": formula, "targets": targets,
                    "targets_parsed": parsed,
                })  # fmt: skip
    return {
        "_about": [
            "Invented content (no real data) of the ADM Piano della performance 2022-2024, "
            "rendered by samples/make_holdout5_rl.py: landscape, 8 pt, borderless (no rules, "
            "no fills), header repeated on each page.",
            "Area and Obiettivo printed only on the first row of their group; 'A – Titolo' "
            "gives area_code/area_title; the 'Obiettivo' column (no level word, directly "
            "under the area) is strategic. One record per indicator and year (2022-2024), "
            "empty cell -> target null; no actuals (plan).",
        ],
        "document": {
            "issuer": "Agenzia delle Dogane e dei Monopoli",
            "title": "Piano della performance",
            "year": 2022,
            "kind": "piano",
        },
        "years": [2022, 2023, 2024],
        "headers": [
            "Area",
            "Obiettivo",
            "Indicatore",
            "Formula",
            "Target 2022",
            "Target 2023",
            "Target 2024",
        ],
        "intro": DOGANE_INTRO,
        "rows": rows,
    }
