"""Invented content of ``comune-salerno-2022-relazione`` (no real data), hand-annotated.

A Word report, portrait but for one landscape section in the middle. ``body`` blocks:
``heading`` (a numbered section title), ``paragraph`` (prose), ``objective`` (a bold
heading ``OBIETTIVO N. 3 – title`` or ``Obiettivo operativo n. 3.2 – title``, with the
hand-read ``level``/``code``/``title``), ``section`` (a Word section break to ``landscape``
or ``portrait``) and ``table`` (``ref`` names its format in ``TABLES``; ``rows`` hold the
printed ``cells`` and ``parsed``: target/actual ``[operator, value, value_max, unit]`` or
null, ``achievement`` number, ``status`` and ``met`` written by hand).

Hierarchy (CONVENTIONS.md): no area heading is printed, so ``area_code`` is the first
segment of the objective code and ``area_title`` null; ``OBIETTIVO N. 3`` has no level word
and sits at the top, so it is ``strategic``; the codes are printed after ``N.``/``n.``.
"""

# ruff: noqa: E501

from __future__ import annotations

from typing import Any

from holdout3_office_values import q

GE, LE, EQ = ">=", "<=", "="
OK, PART, KO = "✔ Raggiunto", "◐ Parzialmente raggiunto", "✘ Non raggiunto"
STATUS = {OK: "achieved", PART: "partially_achieved", KO: "not_achieved"}


def strategic(code: str, title: str) -> dict[str, Any]:
    """Return a strategic objective heading block (no level word: strategic at the top)."""
    return {
        "objective": {"label": "OBIETTIVO N.", "level": "strategic", "code": code, "title": title}
    }


def operational(code: str, title: str) -> dict[str, Any]:
    """Return an operational objective heading block."""
    return {
        "objective": {
            "label": "Obiettivo operativo n.",
            "level": "operational",
            "code": code,
            "title": title,
        }
    }


def row(
    cells: list[str | None], target: Any, actual: Any, achievement: float, met: bool | None
) -> dict[str, Any]:
    """Return an indicator row: printed cells and the hand-written parsed values."""
    status = STATUS[cells[-1] if cells[-1] in STATUS else cells[-2]]  # type: ignore[index]
    parsed = {
        "target": target,
        "actual": actual,
        "achievement": achievement,
        "status": status,
        "met": met,
    }
    return {"cells": cells, "parsed": parsed}


def table(ref: str, *rows: dict[str, Any]) -> dict[str, Any]:
    """Return a table block in the format ``ref``."""
    return {"table": {"ref": ref, "rows": list(rows)}}


TABLES = {
    "esiti": {
        "header": [
            "Indicatore",
            "Valore atteso",
            "Valore conseguito",
            "% di realizzazione",
            "Stato",
        ],
        "fields": ["indicator", "target", "actual", "achievement", "status_text"],
        "widths": [7.2, 2.5, 2.5, 2.0, 2.8],
    },
    "esiti_esteso": {
        "header": [
            "Indicatore",
            "Formula di calcolo",
            "Valore atteso",
            "Valore conseguito",
            "% di realizzazione",
            "Stato",
            "Note",
        ],
        "fields": [
            "indicator",
            "formula",
            "target",
            "actual",
            "achievement",
            "status_text",
            "notes",
        ],
        "widths": [6.2, 6.0, 2.4, 2.5, 2.0, 2.8, 3.8],
    },
}

LONG_INDICATOR = (
    "Estensione del servizio di raccolta differenziata domiciliare con il sistema porta a porta "
    "spinto alle utenze domestiche e non domestiche dei quartieri Pastena, Mercatello, Mariconda, "
    "Torrione, Fratte, Matierno e del centro storico, con la consegna dei kit di mastelli dotati di "
    "transponder, l'eliminazione dei cassonetti stradali residui, l'attivazione del calendario di "
    "conferimento differenziato per frazione (organico, carta e cartone, multimateriale, vetro e "
    "secco residuo), l'apertura dei centri di raccolta comunali anche nelle giornate festive e la "
    "campagna di informazione e sensibilizzazione porta a porta curata dagli ispettori ambientali "
    "della società in house, misurata come quota delle utenze servite sul totale delle utenze "
    "iscritte nei ruoli della tassa sui rifiuti al 31 dicembre, al netto delle utenze cessate e "
    "di quelle sospese per inagibilità degli immobili"
)

# fmt: off
BODY: list[dict[str, Any]] = [
    {"heading": "1. Premessa"},
    {"paragraph": "La Relazione sulla performance, prevista dall'art. 10, comma 1, lettera b), del decreto legislativo 27 ottobre 2009, n. 150, rendiconta ai cittadini e agli altri portatori di interesse i risultati organizzativi raggiunti nel 2022 rispetto agli obiettivi programmati nel Piano esecutivo di gestione e nel Piano della performance 2022-2024, approvati con deliberazione di Giunta comunale n. 97 del 31 marzo 2022."},
    {"paragraph": "Il documento è stato predisposto dal Settore Programmazione e controllo di gestione sulla base delle schede di rendicontazione trasmesse dai Dirigenti entro il 28 febbraio 2023 ed è stato validato dal Nucleo di valutazione. I dati esposti derivano dai sistemi gestionali dell'Ente e dalle banche dati delle società partecipate che gestiscono i servizi pubblici locali."},
    {"heading": "2. I risultati degli obiettivi"},
    {"paragraph": "Per ciascun obiettivo strategico e operativo sono riportati gli indicatori con il valore atteso, il valore conseguito al 31 dicembre 2022 e la percentuale di realizzazione. Lo stato è indicato con un simbolo: raggiunto quando la realizzazione è piena, parzialmente raggiunto quando è compresa tra il sessanta e il novantanove per cento, non raggiunto negli altri casi."},
    {"paragraph": "Gli scostamenti rispetto ai valori attesi sono commentati dai Dirigenti nelle schede di rendicontazione conservate agli atti del Settore; per gli indicatori di fonte esterna, come quelli relativi alla raccolta differenziata e all'incidentalità stradale, il valore conseguito è quello certificato dall'ente gestore o dall'osservatorio competente alla data di redazione della presente Relazione, e potrebbe essere oggetto di successiva rettifica."},
    strategic("1", "Salerno città ordinata e sicura"),
    operational("1.1", "Potenziare il controllo del territorio da parte della Polizia locale"),
    table(
        "esiti",
        row(["Ore di pattugliamento serale e notturno nei quartieri", "≥ 6.000 ore", "6.412 ore", "100%", OK], q(GE, 6000, "hours"), q(EQ, 6412, "hours"), 100, True),
        row(["Controlli su attività commerciali e pubblici esercizi", "≥ 1.200", "1.085", "90,4%", PART], q(GE, 1200), q(EQ, 1085), 90.4, False),
        row(["Tempo medio di rilascio dei permessi ZTL per i residenti", "≤ 10 gg", "7 gg", "100%", OK], q(LE, 10, "days"), q(EQ, 7, "days"), 100, True),
    ),
    operational("1.2", "Migliorare la sicurezza stradale"),
    table(
        "esiti",
        row(["Incidenti stradali con feriti rilevati sul territorio comunale", "≤ 420", "447", "93,6%", PART], q(LE, 420), q(EQ, 447), 93.6, False),
        row(["Attraversamenti pedonali rialzati o illuminati realizzati", "25", "12", "48%", KO], q(EQ, 25), q(EQ, 12), 48, False),
    ),
    strategic("2", "Ambiente e ciclo dei rifiuti"),
    operational("2.1", "Incrementare la raccolta differenziata"),
    table(
        "esiti",
        row(["Percentuale di raccolta differenziata su base annua", "≥ 65%", "61,8%", "95,1%", PART], q(GE, 65, "%"), q(EQ, 61.8, "%"), 95.1, False),
        row(["Utenze domestiche servite dal porta a porta con tariffazione puntuale", "≥ 30%", "31,2%", "100%", OK], q(GE, 30, "%"), q(EQ, 31.2, "%"), 100, True),
        row([LONG_INDICATOR, "≥ 90%", "84,5%", "93,9%", PART], q(GE, 90, "%"), q(EQ, 84.5, "%"), 93.9, False),
        row(["Isole ecologiche informatizzate attivate nei quartieri", "4", "4", "100%", OK], q(EQ, 4), q(EQ, 4), 100, True),
    ),
    {"section": "landscape"},
    operational("2.2", "Ridurre l'abbandono dei rifiuti e bonificare le aree degradate"),
    table(
        "esiti_esteso",
        row(["Tempo medio di rimozione dei rifiuti abbandonati dalla segnalazione", "Giorni tra la segnalazione sull'app Salerno Pulita e la rimozione, media annua", "≤ 5 giorni", "4,2 giorni", "100%", OK, "Dato estratto dalla piattaforma delle segnalazioni"], q(LE, 5, "days"), q(EQ, 4.2, "days"), 100, True),
        row(["Aree degradate bonificate e restituite all'uso pubblico", "N. aree con verbale di fine lavori emesso nell'anno", "8", "8", "100%", OK, None], q(EQ, 8), q(EQ, 8), 100, True),
        row(["Violazioni per abbandono di rifiuti sanzionate", "Verbali notificati / violazioni accertate con le fototrappole × 100", "≥ 70%", "54%", "77,1%", PART, "Installate 18 fototrappole su 30 per ritardi nella fornitura"], q(GE, 70, "%"), q(EQ, 54, "%"), 77.1, False),
        row(["Risorse impegnate per la rimozione dell'amianto abbandonato", "Impegni assunti sul capitolo di spesa dedicato nell'esercizio", "€ 250.000", "€ 187.450,60", "75%", PART, "Gara aggiudicata nel mese di ottobre"], q(EQ, 250000, "EUR"), q(EQ, 187450.6, "EUR"), 75, False),
    ),
    {"section": "portrait"},
    strategic("3", "Decoro urbano e manutenzione"),
    {"paragraph": "L'obiettivo raccoglie gli interventi sulla rete stradale, sui marciapiedi e sul verde pubblico affidati al Settore Opere e lavori pubblici e al Servizio Parchi e giardini, finanziati con risorse proprie e con il contributo regionale per la manutenzione straordinaria della viabilità comunale. Nel corso dell'anno il programma è stato rimodulato per far fronte ai danni causati dagli eventi meteorologici di novembre, che hanno richiesto interventi di somma urgenza sulla viabilità collinare e sulle alberature dei parchi cittadini."},
    operational("3.1", "Manutenzione programmata di strade e marciapiedi"),
    table(
        "esiti",
        row(["Superficie stradale riasfaltata", "≥ 120.000 mq", "134.500 mq", "100%", OK], q(GE, 120000), q(EQ, 134500), 100, True),
        row(["Tempo medio di intervento per la messa in sicurezza delle buche segnalate", "≤ 48 ore", "52 ore", "92,3%", PART], q(LE, 48, "hours"), q(EQ, 52, "hours"), 92.3, False),
        row(["Marciapiedi rifatti con abbattimento delle barriere architettoniche", "≥ 6 km", "6,4 km", "100%", OK], q(GE, 6), q(EQ, 6.4), 100, True),
    ),
    operational("3.2", "Cura del verde pubblico e degli spazi urbani"),
    table(
        "esiti",
        row(["Alberature censite nel catasto del verde urbano", "100%", "100%", "100%", OK], q(EQ, 100, "%"), q(EQ, 100, "%"), 100, True),
        row(["Aree giochi per bambini riqualificate e rese inclusive", "10", "7", "70%", PART], q(EQ, 10), q(EQ, 7), 70, False),
        row(["Segnalazioni dei cittadini sul verde evase entro 15 giorni", "≥ 80%", "83,5%", "100%", OK], q(GE, 80, "%"), q(EQ, 83.5, "%"), 100, True),
    ),
    strategic("4", "Amministrazione digitale e trasparente"),
    table(
        "esiti",
        row(["Servizi comunali accessibili con SPID e CIE", "≥ 40", "46", "100%", OK], q(GE, 40), q(EQ, 46), 100, True),
        row(["Indicatore annuale di tempestività dei pagamenti", "≤ 0 gg", "12,5 gg", "0%", KO], q(LE, 0, "days"), q(EQ, 12.5, "days"), 0, False),
        row(["Aggiornamento della sezione Amministrazione trasparente secondo la griglia ANAC", "Entro il 30/06/2022", "Completato il 24/06/2022", "100%", OK], None, None, 100, None),
    ),
    {"heading": "3. Conclusioni"},
    {"paragraph": "Nel complesso, dei ventidue indicatori rendicontati la maggior parte ha raggiunto o superato il valore atteso, mentre i principali scostamenti riguardano la raccolta differenziata, la sicurezza stradale e la tempestività dei pagamenti, sui quali hanno inciso la carenza di personale e i tempi di conclusione delle procedure di gara."},
    {"paragraph": "Gli esiti della presente Relazione saranno utilizzati per la definizione degli obiettivi del Piano integrato di attività e organizzazione 2023-2025 e per la valutazione della performance organizzativa dei Settori e individuale dei Dirigenti, secondo il Sistema di misurazione e valutazione vigente."},
]

SALERNO: dict[str, Any] = {
    "document": {"issuer": "Comune di Salerno", "title": "Relazione sulla performance", "year": 2022, "kind": "relazione"},
    "running_header": "Comune di Salerno – Relazione sulla performance 2022",
    "cover": [
        {"text": "<b>COMUNE DI SALERNO</b>", "size": 22},
        {"text": "Settore Programmazione e controllo di gestione", "size": 11},
        {"text": "<b>Relazione sulla performance 2022</b>", "size": 22, "space_before": 120},
        {"text": "ai sensi dell'art. 10, comma 1, lett. b), del D.Lgs. 150/2009", "size": 11},
        {"text": "<i>Approvata con deliberazione di Giunta comunale n. 198 del 23/06/2023</i>", "size": 10, "space_before": 160},
    ],
    "tables": TABLES,
    "body": BODY,
}
# fmt: on
