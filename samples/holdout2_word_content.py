"""Invented content of the second pair of Word-made holdout samples (no real data), annotated.

``make_holdout2_word.py`` dumps each sample's content to ``NAME.content.json``, renders it
(``holdout2_word_layouts.py``) and writes the truth from it alone.

* ``comune-modena-2024-piao``: one "scheda obiettivo" per operational objective — a
  key/value table (``scheda``: ``pairs`` as printed, ``objective`` the hand-written
  ``objective_code``/``objective_title``/``area_code`` read from it) and, below it, an
  indicator table whose ``rows`` hold ``cells`` (Indicatore, Formula di calcolo, Baseline,
  Target 2024, Target 2025, Target 2026) and ``parsed`` targets per year.
* ``cciaa-venezia-2021-relazione``: one long table per area (``area`` heading before it),
  with objective rows (``objective``), indicator rows (``cells``: Cod., Descrizione
  indicatore, Tipologia, Peso, Target, Consuntivo, % raggiungimento, Note; ``parsed``:
  weight, target, actual, achievement, met) and status rows (``status``, ``phrase``
  printed bold, ``comment`` printed after `` – `` or absent).

Parsed quantities are ``[operator, value, value_max, unit]``; null means no quantity.
"""

# ruff: noqa: E501

from __future__ import annotations

from typing import Any

Content = dict[str, Any]

GE, LE, EQ, RANGE = ">=", "<=", "=", "range"
NONE = None  # a cell with no comparable quantity


def q(operator: str, value: float, unit: str | None = None, top: float | None = None) -> list[Any]:
    """Return a hand-parsed quantity ``[operator, value, value_max, unit]``."""
    return [operator, value, top, unit]


# --------------------------------------------------------------------------- Comune di Modena


def scheda(
    strategic: str,
    operational: str,
    settore: str,
    peso: str,
    objective: tuple[str, str, str],
    *rows: tuple[Any, ...],
) -> dict[str, Any]:
    """Return a scheda obiettivo: its key/value pairs and its indicator rows.

    ``objective`` is the hand-read ``(objective_code, objective_title, area_code)``; each row
    is six printed cells followed by the parsed targets ``(2024, 2025, 2026)``.
    """
    pairs = [
        ["Obiettivo strategico", strategic],
        ["Obiettivo operativo", operational],
        ["Settore responsabile", settore],
        ["Peso dell'obiettivo", peso],
    ]
    code, title, area_code = objective
    items = []
    for *cells, (t24, t25, t26) in rows:
        parsed = {"target:2024": t24, "target:2025": t25, "target:2026": t26, "met": None}
        items.append({"cells": list(cells), "parsed": parsed})
    annotated = {"objective_code": code, "objective_title": title, "area_code": area_code}
    return {"scheda": {"pairs": pairs, "objective": annotated, "rows": items}}


# fmt: off
MODENA_BODY: list[dict[str, Any]] = [
    {"heading": "1. Premessa", "level": 1},
    {"paragraph": "La sottosezione Performance del Piano integrato di attività e organizzazione 2024-2026 traduce gli indirizzi del Documento unico di programmazione in obiettivi operativi assegnati ai Settori dell'Ente, ciascuno misurato da indicatori con target annuali per il triennio."},
    {"paragraph": "Gli obiettivi qui riportati costituiscono la base per la valutazione della performance organizzativa e individuale dei dirigenti e del personale, secondo il Sistema di misurazione e valutazione della performance approvato con deliberazione di Giunta comunale n. 702 del 19 dicembre 2023."},
    {"heading": "2. Gli obiettivi strategici di mandato", "level": 1},
    {"paragraph": "Le linee programmatiche di mandato sono articolate in cinque obiettivi strategici: 1 – Modena città sostenibile; 2 – Modena città che cura; 3 – Modena città della cultura e dei saperi; 4 – Modena città semplice e digitale; 5 – Modena città sicura e partecipata. Per il 2024 sono stati assegnati 38 obiettivi operativi, di cui si riportano di seguito le schede degli obiettivi di maggiore rilevanza per i cittadini."},
    {"paragraph": "Il peso di ciascun obiettivo concorre alla valutazione del Settore responsabile; i target del secondo e del terzo anno saranno aggiornati in sede di revisione annuale del Piano, sulla base dei risultati rendicontati nella Relazione sulla performance."},
    {"heading": "3. Le schede degli obiettivi operativi", "level": 1, "new_page": True},
    {"paragraph": "Per ogni obiettivo operativo la scheda riporta l'obiettivo strategico di riferimento, il Settore responsabile e il peso dell'obiettivo, seguiti dagli indicatori con la formula di calcolo, il valore di partenza e i target attesi per ciascuno degli anni del triennio."},
    scheda(
        "1 – Modena città sostenibile", "1.3 – Ridurre i consumi energetici e le emissioni del patrimonio comunale",
        "Settore Lavori pubblici, patrimonio e manutenzione urbana", "10%",
        ("1.3", "Ridurre i consumi energetici e le emissioni del patrimonio comunale", "1"),
        ("Consumo di energia termica degli edifici comunali", "kWh termici consumati / superficie riscaldata", "142 kWh/mq (2022)", "≤ 135 kWh/mq", "≤ 128 kWh/mq", "≤ 120 kWh/mq", (q(LE, 135), q(LE, 128), q(LE, 120))),
        ("Energia elettrica prodotta dagli impianti fotovoltaici comunali", "kWh prodotti nell'anno, da lettura dei contatori di produzione", "1.240.000 kWh", "1.400.000 kWh", "1.600.000 kWh", "1.800.000 kWh", (q(EQ, 1400000), q(EQ, 1600000), q(EQ, 1800000))),
        ("Punti luce della pubblica illuminazione convertiti a LED", "Punti luce a LED / punti luce totali × 100", "68%", "≥ 80%", "≥ 90%", "100%", (q(GE, 80, "%"), q(GE, 90, "%"), q(EQ, 100, "%"))),
    ),
    scheda(
        "2 – Modena città che cura", "2.4 – Potenziare i servizi per la prima infanzia",
        "Settore Servizi educativi", "15%",
        ("2.4", "Potenziare i servizi per la prima infanzia", "2"),
        ("Posti disponibili nei nidi d'infanzia comunali e convenzionati", "N. posti autorizzati al 1° settembre", "1.912", "1.950", "2.000", "2.050", (q(EQ, 1950), q(EQ, 2000), q(EQ, 2050))),
        ("Copertura della domanda di servizi per la prima infanzia", "Bambini ammessi / domande di iscrizione presentate × 100", "86,4% (a.e. 2022/23)", "≥ 88%", "≥ 90%", "≥ 92%", (q(GE, 88, "%"), q(GE, 90, "%"), q(GE, 92, "%"))),
        ("Tempo di pubblicazione della graduatoria di ammissione ai nidi", "Giorni dalla chiusura delle iscrizioni alla pubblicazione della graduatoria", "45 gg", "entro 40 gg", "entro 35 gg", "entro 30 gg", (q(LE, 40, "days"), q(LE, 35, "days"), q(LE, 30, "days"))),
        ("Gradimento delle famiglie per il servizio di nido", "Punteggio medio del questionario di soddisfazione (scala da 1 a 5)", "4,3", "≥ 4,3", "≥ 4,4", "≥ 4,5", (q(GE, 4.3), q(GE, 4.4), q(GE, 4.5))),
    ),
    scheda(
        "2 – Modena città che cura", "2.6 – Sostenere la domiciliarità delle persone anziane",
        "Settore Servizi sociali, sanitari e per l'integrazione", "10%",
        ("2.6", "Sostenere la domiciliarità delle persone anziane", "2"),
        ("Anziani seguiti dal servizio di assistenza domiciliare", "N. utenti in carico al SAD al 31 dicembre", "612", "almeno 640", "almeno 660", "almeno 680", (q(GE, 640), q(GE, 660), q(GE, 680))),
        ("Tempo medio di attivazione dell'assistenza domiciliare", "Giorni tra la valutazione dell'assistente sociale e il primo accesso a domicilio", "18 giorni", "≤ 15 giorni", "≤ 12 giorni", "≤ 10 giorni", (q(LE, 15, "days"), q(LE, 12, "days"), q(LE, 10, "days"))),
        ("Attivazione del servizio di telesoccorso e teleassistenza evoluto", "Avvio del servizio con il nuovo gestore", None, "entro il 30/09/2024", None, None, (NONE, NONE, NONE)),
    ),
    scheda(
        "3 – Modena città della cultura e dei saperi", "3.2 – Diffondere la lettura e ampliare l'accesso alle biblioteche",
        "Settore Cultura, sport, giovani e promozione della città", "10%",
        ("3.2", "Diffondere la lettura e ampliare l'accesso alle biblioteche", "3"),
        ("Prestiti delle biblioteche comunali, compreso il prestito digitale", "N. prestiti registrati nell'anno dal sistema bibliotecario", "412.350", "≥ 420.000", "≥ 430.000", "≥ 440.000", (q(GE, 420000), q(GE, 430000), q(GE, 440000))),
        ("Ore di apertura settimanale delle biblioteche comunali", "Somma delle ore di apertura al pubblico delle sedi", "266 ore", "≥ 270 ore", "≥ 280 ore", "≥ 280 ore", (q(GE, 270, "hours"), q(GE, 280, "hours"), q(GE, 280, "hours"))),
        ("Classi coinvolte nei laboratori di promozione della lettura", "N. classi delle scuole primarie e secondarie partecipanti", "184", "200", "210", "220", (q(EQ, 200), q(EQ, 210), q(EQ, 220))),
    ),
    scheda(
        "4 – Modena città semplice e digitale", "4.1 – Semplificare e digitalizzare i servizi al cittadino",
        "Settore Smart city, servizi demografici e partecipazione", "20%",
        ("4.1", "Semplificare e digitalizzare i servizi al cittadino", "4"),
        ("Servizi comunali accessibili online con SPID e CIE", "Servizi online / servizi erogabili al cittadino × 100", "74%", "≥ 80%", "≥ 90%", "100%", (q(GE, 80, "%"), q(GE, 90, "%"), q(EQ, 100, "%"))),
        ("Certificati anagrafici emessi online", "Certificati emessi tramite ANPR e sportello online / certificati totali × 100", "58,7%", "60-65%", "≥ 70%", "≥ 75%", (q(RANGE, 60, "%", 65), q(GE, 70, "%"), q(GE, 75, "%"))),
        ("Tempo medio di attesa per il rilascio della carta d'identità elettronica", "Giorni tra la prenotazione e l'appuntamento allo sportello", "21 gg", "≤ 15 gg", "≤ 10 gg", "≤ 7 gg", (q(LE, 15, "days"), q(LE, 10, "days"), q(LE, 7, "days"))),
        ("Indicatore annuale di tempestività dei pagamenti", "Ritardo medio ponderato dei pagamenti ai fornitori (DPCM 22/09/2014)", "-8,2 gg", "≤ 0 gg", "≤ 0 gg", "≤ 0 gg", (q(LE, 0, "days"), q(LE, 0, "days"), q(LE, 0, "days"))),
        ("Pratiche edilizie presentate in forma digitale", "Pratiche pervenute tramite portale / pratiche totali × 100", "91%", "≥ 95%", "100%", "100%", (q(GE, 95, "%"), q(EQ, 100, "%"), q(EQ, 100, "%"))),
    ),
    {"heading": "4. Monitoraggio degli obiettivi", "level": 1},
    {"paragraph": "Lo stato di avanzamento degli obiettivi è verificato al 31 luglio, con la possibilità di rimodulare i target in presenza di eventi non prevedibili, e al 31 dicembre; gli esiti sono validati dal Nucleo di valutazione e rendicontati nella Relazione sulla performance 2024."},
]

MODENA: Content = {
    "document": {"issuer": "Comune di Modena", "title": "Piano integrato di attività e organizzazione", "year": 2024, "kind": "piao"},
    "layout": "schede",
    "orientation": "portrait",
    "running_header": "Comune di Modena – PIAO 2024-2026 – Sezione Performance",
    "expect": ["portrait", "grey_rules", "shaded_labels", "break_without_header"],
    "cover": [
        {"text": "<b>COMUNE DI MODENA</b>", "size": 22},
        {"text": "Settore Risorse finanziarie e affari istituzionali – Servizio Programmazione e controllo", "size": 10},
        {"text": "<b>PIAO 2024-2026 – Sezione Performance</b>", "size": 22, "space_before": 120},
        {"text": "Piano integrato di attività e organizzazione, sottosezione 2.2", "size": 12},
        {"text": "<i>Approvato con deliberazione di Giunta comunale n. 87 del 27/02/2024</i>", "size": 10, "space_before": 160},
    ],
    "indicator_table": {
        "header": ["Indicatore", "Formula di calcolo", "Baseline", "Target 2024", "Target 2025", "Target 2026"],
        "fields": ["indicator", "formula", "baseline", "target:2024", "target:2025", "target:2026"],
        "widths": [4.7, 4.6, 2.1, 1.9, 1.9, 1.9],
    },
    "scheda_widths": [4.2, 12.9],
    "body": MODENA_BODY,
}
# fmt: on


# --------------------------------------------------------------------------- CCIAA Venezia Rovigo


def objective(level: str, label: str, code: str, title: str) -> dict[str, Any]:
    """Return an objective (or area) printed ``label code – title``."""
    return {"objective": {"level": level, "label": label, "code": code, "title": title}}


def area(code: str, title: str) -> dict[str, Any]:
    """Return an area heading printed before its table: ``AREA STRATEGICA 1 – title``."""
    return objective("area", "AREA STRATEGICA", code, title)


def strategic(code: str, title: str) -> dict[str, Any]:
    """Return a merged, shaded strategic-objective row."""
    return objective("strategic", "Obiettivo strategico", code, title)


def operational(code: str, title: str) -> dict[str, Any]:
    """Return a merged, shaded operational-objective row."""
    return objective("operational", "Obiettivo operativo", code, title)


def ind(*cells: str | None, parsed: tuple[Any, ...]) -> dict[str, Any]:
    """Return an indicator row: 8 printed cells; parsed (weight, target, actual, achievement, met)."""
    names = ("weight", "target", "actual", "achievement", "met")
    return {"cells": list(cells), "parsed": dict(zip(names, parsed, strict=True))}


def status(kind: str, phrase: str, comment: str | None = None) -> dict[str, Any]:
    """Return a merged status row: the phrase in bold, then `` – `` and the comment if any."""
    return {"status": kind, "phrase": phrase, "comment": comment}


def results(*rows: dict[str, Any]) -> dict[str, Any]:
    """Return an area's long results table."""
    return {"table": {"ref": "risultati", "rows": list(rows)}}


# fmt: off
VENEZIA_BODY: list[dict[str, Any]] = [
    {"heading": "1. Presentazione", "level": 1},
    {"paragraph": "La Relazione sulla performance 2021 della Camera di Commercio di Venezia Rovigo rendiconta i risultati conseguiti rispetto agli obiettivi del Piano della performance 2021-2023, approvato dalla Giunta camerale con deliberazione n. 14 del 29 gennaio 2021 e aggiornato a luglio in sede di monitoraggio intermedio."},
    {"paragraph": "Il 2021 è stato ancora segnato dall'emergenza sanitaria: l'Ente ha mantenuto l'operatività dei servizi anagrafici in modalità prevalentemente telematica e ha destinato una quota crescente delle risorse di promozione al sostegno della liquidità e della trasformazione digitale delle imprese delle due province."},
    {"heading": "2. I risultati in sintesi", "level": 1},
    {"paragraph": "Dei 20 indicatori associati agli obiettivi del Piano, 15 hanno raggiunto il target e 4 lo hanno raggiunto parzialmente; per un indicatore il dato non è stato rilevato. Nel complesso il grado di raggiungimento degli obiettivi strategici si attesta al 94,6%. I principali risultati dell'anno sono stati:"},
    {"bullets": [
        "l'erogazione di 1.184 voucher per la digitalizzazione e la transizione ecologica delle micro e piccole imprese;",
        "la riduzione a 3,6 giorni del tempo medio di evasione delle pratiche del Registro delle imprese;",
        "l'avvio dello Sportello unico per le attività produttive in 12 nuovi comuni del Polesine;",
        "il contenimento dei costi di funzionamento entro il limite fissato dal Piano.",
    ]},
    {"paragraph": "Le attività di vigilanza e di metrologia legale hanno invece risentito delle limitazioni agli accessi in azienda disposte nel primo semestre, come illustrato nelle tabelle che seguono."},
    {"heading": "3. Obiettivi strategici e operativi: i risultati 2021", "level": 1, "new_page": True},
    area("1", "Competitività delle imprese e sviluppo del territorio"),
    results(
        strategic("1.1", "Accompagnare la trasformazione digitale delle imprese"),
        operational("1.1.1", "Potenziare i servizi del Punto Impresa Digitale"),
        ind("1.1.1.a", "Imprese che hanno svolto l'autovalutazione della maturità digitale con il PID", "Volume", "40%", "≥ 300", "342", "100%", "Assessment SELFI4.0 e ZOOM4.0", parsed=(40, q(GE, 300), q(EQ, 342), 100, True)),
        ind("1.1.1.b", "Voucher digitali I4.0 liquidati entro i termini dalla rendicontazione", "Efficienza", "30%", "entro 30 gg", "25 gg", "100%", None, parsed=(30, q(LE, 30, "days"), q(EQ, 25, "days"), 100, True)),
        ind("1.1.1.c", "Soddisfazione dei partecipanti agli eventi formativi del PID", "Qualità", "30%", "≥ 90%", "93%", "100%", "Questionari raccolti: 412", parsed=(30, q(GE, 90, "%"), q(EQ, 93, "%"), 100, True)),
        status("achieved", "OBIETTIVO RAGGIUNTO"),
        strategic("1.2", "Promuovere il turismo e le filiere del territorio"),
        ind("1.2.a", "Risorse destinate alla promozione del territorio sul totale degli interventi economici", "Efficacia", "100%", "≥ 25%", "27,3%", "100%", None, parsed=(100, q(GE, 25, "%"), q(EQ, 27.3, "%"), 100, True)),
        operational("1.2.3", "Valorizzare le filiere turistiche e agroalimentari"),
        ind("1.2.3.a", "Imprese partecipanti alle iniziative di promozione delle filiere turistiche", "Volume", "50%", "almeno 150", "118", "78,7%", "Due fiere annullate per l'emergenza sanitaria", parsed=(50, q(GE, 150), q(EQ, 118), 78.7, False)),
        status("partially_achieved", "OBIETTIVO PARZIALMENTE RAGGIUNTO", "L'annullamento delle manifestazioni fieristiche di primavera ha ridotto le occasioni di partecipazione delle imprese."),
        ind("1.2.3.b", "Report di analisi dei flussi turistici trasmessi agli enti locali", "Output", "50%", "2 report", "2 report", "100%", None, parsed=(50, q(EQ, 2), q(EQ, 2), 100, True)),
        operational("1.2.4", "Sostenere la liquidità e la ripartenza delle imprese"),
        ind("1.2.4.a", "Contributi per l'abbattimento dei tassi sui finanziamenti erogati alle imprese", "Efficacia", "60%", "100%", "98,5%", "98,5%", "Tre domande in attesa del DURC regolare", parsed=(60, q(EQ, 100, "%"), q(EQ, 98.5, "%"), 98.5, False)),
        ind("1.2.4.b", "Tempo medio di istruttoria delle domande di contributo", "Efficienza", "40%", "entro 60 gg", "48 gg", "100%", None, parsed=(40, q(LE, 60, "days"), q(EQ, 48, "days"), 100, True)),
        status("achieved", "OBIETTIVO RAGGIUNTO", "Le risorse del bando sono state interamente impegnate entro il 30 novembre 2021."),
    ),
    area("2", "Semplificazione amministrativa e regolazione del mercato"),
    results(
        strategic("2.1", "Semplificare gli adempimenti amministrativi delle imprese"),
        operational("2.1.1", "Garantire la tempestività e la qualità del Registro delle imprese"),
        ind("2.1.1.a", "Pratiche del Registro delle imprese evase entro 5 giorni dal protocollo", "Efficienza", "50%", "≥ 90%", "93%", "100%", None, parsed=(50, q(GE, 90, "%"), q(EQ, 93, "%"), 100, True)),
        ind("2.1.1.b", "Tempo medio di evasione delle pratiche del Registro delle imprese", "Efficienza", "30%", "≤ 4 gg", "3,6 gg", "100%", "Al netto delle sospensioni", parsed=(30, q(LE, 4, "days"), q(EQ, 3.6, "days"), 100, True)),
        ind("2.1.1.c", "Cancellazioni d'ufficio di imprese non più operative", "Volume", "20%", "almeno 800", "862", "100%", None, parsed=(20, q(GE, 800), q(EQ, 862), 100, True)),
        operational("2.1.2", "Diffondere lo Sportello unico per le attività produttive"),
        ind("2.1.2.a", "Comuni che utilizzano la piattaforma camerale impresainungiorno per il SUAP", "Volume", "60%", "≥ 75%", "71,4%", "95,2%", "Convenzioni in corso con 4 comuni", parsed=(60, q(GE, 75, "%"), q(EQ, 71.4, "%"), 95.2, False)),
        ind("2.1.2.b", "Incontri formativi sul SUAP per i funzionari comunali", "Output", "40%", "4", "5", "100%", None, parsed=(40, q(EQ, 4), q(EQ, 5), 100, False)),
        status("partially_achieved", "OBIETTIVO PARZIALMENTE RAGGIUNTO", "Quattro comuni del Polesine hanno rinviato la sottoscrizione della convenzione al 2022."),
        strategic("2.2", "Tutelare la fede pubblica e la trasparenza del mercato"),
        operational("2.2.1", "Vigilanza del mercato e metrologia legale"),
        ind("2.2.1.a", "Verifiche periodiche su strumenti di misura eseguite dall'ufficio metrico", "Volume", "50%", "≥ 600", "512", "85,3%", None, parsed=(50, q(GE, 600), q(EQ, 512), 85.3, False)),
        status("not_achieved", "OBIETTIVO NON RAGGIUNTO", "Le verifiche presso i distributori di carburante sono state sospese da gennaio ad aprile per le restrizioni sanitarie."),
        ind("2.2.1.b", "Verbali di accertamento notificati entro i termini di legge", "Qualità", "50%", "100%", "100%", "100%", None, parsed=(50, q(EQ, 100, "%"), q(EQ, 100, "%"), 100, True)),
    ),
    area("3", "Efficienza organizzativa e sostenibilità economica"),
    results(
        strategic("3.1", "Garantire l'equilibrio economico e patrimoniale dell'Ente"),
        operational("3.1.1", "Migliorare la riscossione del diritto annuale"),
        ind("3.1.1.a", "Tasso di riscossione spontanea del diritto annuale", "Efficacia", "60%", "≥ 75%", "76,8%", "100%", None, parsed=(60, q(GE, 75, "%"), q(EQ, 76.8, "%"), 100, True)),
        ind("3.1.1.b", "Costi di funzionamento al netto degli oneri per il personale", "Efficienza", "40%", "≤ 1,5 mln €", "1,2 mln €", "100%", "Dato di preconsuntivo", parsed=(40, q(LE, 1500000, "EUR"), q(EQ, 1200000, "EUR"), 100, True)),
        operational("3.1.2", "Rafforzare il ciclo della performance e la trasparenza"),
        ind("3.1.2.a", "Report di monitoraggio degli obiettivi presentati alla Giunta camerale", "Output", "40%", "2 report", "2 report", "100%", None, parsed=(40, q(EQ, 2), q(EQ, 2), 100, True)),
        ind("3.1.2.b", "Grado di soddisfazione degli utenti dei servizi camerali", "Qualità", "30%", "≥ 80%", "non rilevato", None, "Indagine rinviata al 2022", parsed=(30, q(GE, 80, "%"), NONE, None, None)),
        ind("3.1.2.c", "Obblighi di pubblicazione in Amministrazione trasparente assolti", "Qualità", "30%", "100%", "100%", "100%", "Attestazione OIV del 30 giugno 2021", parsed=(30, q(EQ, 100, "%"), q(EQ, 100, "%"), 100, True)),
        status("achieved", "OBIETTIVO RAGGIUNTO"),
    ),
    {"heading": "4. Le risorse economiche", "level": 1, "new_page": True},
    {"paragraph": "La tabella riporta, per le principali voci di costo del bilancio 2021, il budget assegnato con il preventivo aggiornato e l'importo effettivamente utilizzato al 31 dicembre."},
    {"table": {"ref": "risorse", "rows": [
        {"cells": ["Personale", "€ 6.214.000,00", "€ 5.987.412,36"]},
        {"cells": ["Funzionamento", "€ 3.402.500,00", "€ 3.118.944,10"]},
        {"cells": ["Interventi economici", "€ 4.850.000,00", "€ 4.611.237,85"]},
        {"cells": ["Ammortamenti e accantonamenti", "€ 2.975.000,00", "€ 2.901.560,42"]},
        {"cells": ["Totale", "€ 17.441.500,00", "€ 16.619.154,73"]},
    ]}},
    {"paragraph": "Le economie sugli interventi economici derivano in larga parte dalle iniziative fieristiche annullate e saranno riprogrammate nel preventivo 2022."},
]

VENEZIA: Content = {
    "document": {"issuer": "Camera di Commercio di Venezia Rovigo", "title": "Relazione sulla performance", "year": 2021, "kind": "relazione"},
    "layout": "long_tables",
    "orientation": "landscape",
    "running_header": "Camera di Commercio di Venezia Rovigo – Relazione sulla performance 2021",
    "expect": ["landscape", "grid_rules", "shaded_objective_rows", "header_repeated", "status_rows", "bullets", "silent_table"],
    "cover": [
        {"text": "<b>CAMERA DI COMMERCIO DI VENEZIA ROVIGO</b>", "size": 22, "space_before": 50},
        {"text": "Area Affari generali – Ufficio Pianificazione e controllo di gestione", "size": 11},
        {"text": "<b>Relazione sulla performance 2021</b>", "size": 24, "space_before": 60},
        {"text": "<i>art. 10, comma 1, lett. b) del D.Lgs. 27 ottobre 2009, n. 150</i>", "size": 11},
        {"text": "Approvata dalla Giunta camerale con deliberazione n. 71 del 24 giugno 2022", "size": 10, "space_before": 70},
    ],
    "tables": {
        "risultati": {
            "header": ["Cod.", "Descrizione indicatore", "Tipologia", "Peso", "Target", "Consuntivo", "% raggiungimento", "Note"],
            "fields": ["indicator_code", "indicator", "type", "weight", "target", "actual", "achievement", "notes"],
            "widths": [1.7, 7.6, 2.2, 1.4, 2.4, 2.4, 2.7, 5.3],
            "centre": ["weight", "target", "actual", "achievement"],
        },
        "risorse": {
            "header": ["Risorse", "Budget", "Utilizzato"],
            "fields": None,
            "widths": [8.0, 4.5, 4.5],
            "centre": [],
        },
    },
    "body": VENEZIA_BODY,
}
# fmt: on

SAMPLES: dict[str, Content] = {
    "comune-modena-2024-piao": MODENA,
    "cciaa-venezia-2021-relazione": VENEZIA,
}
