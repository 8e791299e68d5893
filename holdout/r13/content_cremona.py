"""Content of cremona-2020-zebra: four operational objectives of the Camera di Commercio di
Cremona's Relazione sulla performance 2020 (text from /work/shared/reference/cremona-2020-relazione.txt),
re-rendered as a borderless reportlab export with zebra rows."""
from r13lib import parse_value

MISSIONE = ("MISSIONE 011: Competitività e sviluppo delle imprese Promozione ed attuazione di politiche di "
            "sviluppo, competitività e innovazione, di responsabilità sociale d'impresa e movimento cooperativo.")
CONS = "OBIETTIVO CONSEGUITO"
OBJS = [
 ("2020_01_02_04", "Promuovere la conoscenza del sistema economico provinciale", [
  (["Tempo medio di pubblicazione delle indagini congiunturali", "OPERATIVO", "5,00", "5",
    "Modalità di calcolo: Sommatoria numero giorni lavorativi tra moratoria alla pubblicazione Unioncamere e pubblicazione analisi congiunturali/numero analisi congiunturali pubblicate -Fonte dei dati: interna"],
   ["Nel corso del 2020 sono state pubblicate quattro relazioni trimestrali sull'andamento congiunturale dell'economia provinciale. Per tutte e quattro si è avuto ampio rispetto del tempo medio intercorrente dalla data di pubblicazione della relazione regionale di Unioncamere Lombardia: il testo del comunicato provinciale è stato predisposto nei tempi, al fine di poter essere diffuso il giorno stesso della conferenza stampa organizzata a livello regionale."], []),
  (["Numero di rapporti di informazione sul sistema economico provinciale", "OPERATIVO", "8,00", "8",
    "Modalità di calcolo: Numero di rapporti di informazione sul sistema economico provinciale -Fonte dei dati: interna"],
   [], ["Nell'anno 2020 sono stati diffusi i seguenti rapporti informativi sul sistema economico provinciale (in massima parte a cadenza trimestrale): relazione congiunturale, andamento dei prezzi, demografia imprenditoriale, andamento del commercio estero, compendio statistico (annuale), rapporto 2019 (annuale), chartbook, e tavole statistiche trimestrali."]),
 ]),
 ("2020_02_01", "Assicurare all'impresa tempi certi e rapidi per l'espletamento delle incombenze amministrative e garantire la trasparenza nelle relazioni commerciali", [
  (["Tempo medio di lavorazione delle pratiche telematiche del Registro Imprese", "STRATEGICO", "<= 5gg", "2,61", "Fonte dei dati XAFO"], [], []),
  (["Tasso di evasione delle pratiche entro 5 giorni", "STRATEGICO", ">=100%", "138,45%",
    "Modalità di calcolo: (numero di pratiche evase entro 5 giorni nell'anno corrente/numero pratiche evase entro 5 giorni 2013)*100 - Fonte dei dati: interna - Target: >= 100% nel triennio"],
   [], ["Al 31/12/2020: evase nei 5 giorni lavorativi 16576 pratiche su complessive 18476 (89,72%)",
        "Al 31/12/2019: evase nei 5 giorni lavorativi 18235 su pratiche complessive 20456 (89,14%) Al 31/12/2018: evase nei 5 giorni lavorativi 16839 su pratiche complessive 18528 (90,88%) Al 31/12/2017: evase nei 5 giorni lavorativi 15701 su pratiche complessive 18210 (86,22%) Al 31/12/2016: evase nei 5 giorni lavorativi 16344 su pratiche complessive 19537 (84,43%) Al 31/12/13: evase nei 5 giorni lavorativi 20212 su 31192 pratiche complessive (64,80%)"]),
  (["Percezione del livello di qualità e adeguatezza delle attività e dei servizi di arbitrato e conciliazione", "STRATEGICO", ">=80%", "99%",
    "Modalità di calcolo: (numero di valutazioni positive/numero totale di valutazioni)*100 - Fonte dei dati: interna - Target: >=80% nel triennio"], [], []),
 ]),
 ("2020_04_02_01", "Assicurare la gestione delle attività necessarie per il corretto funzionamento dell'ente, nel rispetto delle norme, razionalizzando l'utilizzo delle risorse umane", [
  (["Incidenza dei costi dei processi di supporto. Misura la capacità dell'Ente di ottimizzare i costi dei processi di governo e di supporto dell'Ente.", "EFFICIENZA", "<= 35%", "35,28% da consolidare",
    "Fonte dei dati: Costi associati alle funzioni istituzionali A e B (Personale + Funzionamento + Ammortamenti + Interventi Economici)/Totale costi di processo"], [], []),
  (["Numero medio di unità di personale per dirigenti", "EFFICIENZA", "> 40", "46,5 unità di personale per 1 dirigente",
    "Fonte dei dati: Unità di personale dipendente (TI+Td)/Numero di dirigenti (compreso SG)"], [], []),
 ]),
 ("2020_04_02_02", "Assicurare la gestione delle attività necessarie per il corretto funzionamento dell'ente, nel rispetto delle norme, razionalizzando l'utilizzo dei beni e delle risorse strumentali", [
  (["Contenimento costi postali", "OPERATIVO", "<=100%", "4,53%",
    "Modalità di calcolo: (costi anno corrente/costi anno 2011)*100 -Fonte dei dati: interna"],
   ["Valore 2020: € 1.742,97 (conto 325053) Valore 2011: € 38.475,85"], []),
  (["Contenimento costi delle consulenze", "OPERATIVO", "<=100%", "0%",
    "Modalità di calcolo: (costi anno corrente/costi anno 2011)*100 -Fonte dei dati: interna"],
   ["Valore 2020: € 0 (conto 325040) Valore 2011: € 5.242,72"], []),
 ]),
]
# values parsed by hand where my parser cannot decide
HAND = {"46,5 unità di personale per 1 dirigente": [None, None, None, None]}


def pv(t):
    return HAND.get(t) or parse_value(t)


def build():
    blocks = [
        {"type": "cover", "lines": ["Camera di Commercio", "Cremona", "RELAZIONE SULLA PERFORMANCE",
                                    "Rendicontazione stato di avanzamento al 31 dicembre 2020",
                                    "Aree strategiche/Missioni, obiettivi strategici e obiettivi operativi e relativi indicatori di outcome e di output",
                                    "2020-2022",
                                    "VALIDATA DA ORGANISMO INDIPENDENTE DI VALUTAZIONE IN DATA 26 aprile 2021"]},
        {"type": "paragraph", "text": "Il presente estratto riporta, per gli obiettivi operativi di seguito elencati, gli indicatori con il valore atteso, il valore raggiunto al 31 dicembre 2020, le note sulle modalità di calcolo e l'esito della rendicontazione."},
    ]
    rows = [{"text": "Area Strategica 2020_01", "kind": "h"}, {"text": MISSIONE, "kind": "h",
             "hier": {"level": "area", "code": "2020_01", "title": MISSIONE}}]
    for code, title, inds in OBJS:
        h = {"level": "operational", "code": code, "title": title}
        if not code.startswith("2020_01"):
            # no area heading printed for areas 2020_02 and 2020_04 (as in the source)
            pass
        rows.append({"text": f"Ob. Operativo {code}", "kind": "h"})
        rows.append({"text": title, "kind": "h", "hier": h, "area_reset": not code.startswith("2020_01")})
        rows.append({"text": "Indicatori", "kind": "label"})
        rows.append({"kind": "header"})
        for cells, same_row, extra_rows in inds:
            rows.append({"cells": cells, "values": {"-": {"target": pv(cells[2]), "actual": pv(cells[3])}}})
            comment = " ".join(same_row + extra_rows) or None
            rows.append({"status_row": {"status": "achieved", "status_text": CONS, "comment": comment},
                         "text_after": " ".join(same_row) or None})
            for t in extra_rows:
                rows.append({"text": t, "kind": "free"})
    cols = [{"header": "Descrizione", "field": "indicator", "year": None, "width": 148},
            {"header": "Tipo", "field": "type", "year": None, "width": 60},
            {"header": "Valore Atteso", "field": "target", "year": None, "width": 58},
            {"header": "Valore Raggiunto", "field": "actual", "year": None, "width": 78},
            {"header": "Note", "field": "notes", "year": None, "width": 137}]
    blocks.append({"type": "table", "role": "indicators", "columns": cols, "rows": rows})
    return {
        "schema": "r13-blind/content@1",
        "_about": [
            "Camera di Commercio di Cremona, Relazione sulla performance 2020: four operational objectives (2020_01_02_04, 2020_02_01, 2020_04_02_01, 2020_04_02_02) with their indicators, values, status lines and commentary, text as in /work/shared/reference/cremona-2020-relazione.txt.",
            "Rendered with reportlab as a borderless export (no rules at all), zebra shading of alternate table rows counted over every row (indicator, status and free-text rows), headings, 'Indicatori' label and the header row inside the same table as full-width rows; the status line 'OBIETTIVO CONSEGUITO' + commentary is a full-width row under each indicator; the table runs over pages.",
            "Truth: as CONVENTIONS; only area 2020_01 has an area heading printed (as in the source), so 2020_02_01, 2020_04_02_01/02 get area_code from their code and area_title null. No year in the headers -> year null. comment = text after the status phrase in the status row, plus the free-text rows after it.",
        ],
        "document": {"issuer": "Camera di Commercio di Cremona", "title": "Relazione sulla performance",
                     "year": 2020, "kind": "relazione"},
        "layout": "rl-zebra", "orientation": "portrait",
        "running_header": "Camera di Commercio di Cremona – Rendicontazione stato di avanzamento 31 dicembre 2020",
        "blocks": blocks,
    }
