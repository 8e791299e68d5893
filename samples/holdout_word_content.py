"""Invented content of the two Word-made holdout samples (no real data), with hand annotations.

``make_holdout_word.py`` dumps each sample's content to ``NAME.content.json``, renders it
(``holdout_word_layouts.py``) and writes the truth from it. Every indicator row holds its
``cells`` as printed, in its table's ``fields`` order, and ``parsed``: the hand-written
record values (``weight``/``achievement`` as numbers; ``target``/``actual`` — or
``target:YEAR`` — as ``[operator, value, value_max, unit]``, null for no quantity; ``met``).
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


def objective(level: str, label: str, code: str, title: str, sep: str = " – ") -> dict[str, Any]:
    """Return an objective heading block."""
    return {"objective": {"level": level, "label": label, "code": code, "sep": sep, "title": title}}


# --------------------------------------------------------------------------- ASL Salerno


def scheda(*rows: tuple[Any, ...]) -> dict[str, Any]:
    """Return an objective's table block: rows are 8 printed cells plus the parsed values."""
    items = []
    for *cells, (weight, target, actual, achievement, met) in rows:
        parsed = {"weight": weight, "target": target, "actual": actual}
        parsed.update(achievement=achievement, met=met)
        items.append({"cells": list(cells), "parsed": parsed})
    return {"table": {"ref": "scheda", "rows": items}}


def esito(status: str, phrase: str, comment: str) -> list[dict[str, Any]]:
    """Return a status paragraph and its commentary paragraph."""
    return [{"esito": {"status": status, "phrase": phrase}}, {"paragraph": comment}]


# fmt: off
ASL_BODY: list[dict[str, Any]] = [
    {"heading": "1. Premessa", "level": 1},
    {"paragraph": "La Relazione sulla performance dell'Azienda Sanitaria Locale Salerno illustra i risultati organizzativi conseguiti nel 2023 rispetto agli obiettivi assegnati con il Piano integrato di attività e organizzazione 2023-2025, adottato con deliberazione del Direttore generale n. 118 del 31 gennaio 2023."},
    {"paragraph": "L'Azienda serve una popolazione di circa 1.060.000 abitanti distribuiti in 158 comuni, articolati in 13 distretti sanitari, e conta 8.412 dipendenti al 31 dicembre 2023. I dati riportati provengono dai flussi informativi regionali e ministeriali e dalla contabilità analitica aziendale."},
    {"heading": "2. Le schede obiettivo", "level": 1},
    {"paragraph": "Per ciascun obiettivo operativo la scheda riporta gli indicatori assegnati, la formula di calcolo, il peso, il valore atteso, il valore rilevato al 31 dicembre 2023 e la percentuale di raggiungimento; in calce alla scheda è indicato l'esito complessivo validato dall'Organismo indipendente di valutazione."},
    objective("area", "Area strategica", "I", "Prevenzione e sicurezza"),
    objective("strategic", "Obiettivo strategico", "1", "Tutela della salute nei luoghi di vita e di lavoro"),
    objective("operational", "Obiettivo operativo", "1.1", "Vigilanza nei cantieri edili e nelle aziende agricole"),
    scheda(
        ("1", "Cantieri edili ispezionati dal servizio PSAL", "N. cantieri ispezionati / N. notifiche preliminari pervenute × 100", "40%", "≥ 10%", "11,3%", "100%", "Fonte: sistema informativo regionale della prevenzione", (40, q(GE, 10, "%"), q(EQ, 11.3, "%"), 100, True)),
        ("2", "Aziende agricole controllate per il rischio da macchine e attrezzature", "N. aziende agricole con sopralluogo concluso", "30%", "almeno 120", "134", "100%", None, (30, q(GE, 120), q(EQ, 134), 100, True)),
        ("3", "Tempo medio di conclusione delle inchieste per infortunio", "Somma dei giorni dall'apertura alla chiusura / N. inchieste concluse", "30%", "<= 90 giorni", "84 giorni", "100%", None, (30, q(LE, 90, "days"), q(EQ, 84, "days"), 100, True)),
    ),
    *esito("achieved", "Raggiunto", "Tutti gli indicatori hanno raggiunto o superato il valore atteso. La vigilanza è stata concentrata sui cantieri della Costiera amalfitana e della Piana del Sele."),
    objective("operational", "Obiettivo operativo", "1.2", "Sicurezza alimentare e sanità animale"),
    scheda(
        ("1", "Controlli ufficiali negli stabilimenti riconosciuti del settore alimentare", "Controlli eseguiti / controlli programmati nel PRIC × 100", "50%", "100%", "92,4%", "92,4%", "Carenza di personale veterinario nel secondo semestre", (50, q(EQ, 100, "%"), q(EQ, 92.4, "%"), 92.4, False)),
        ("2", "Allevamenti bovini e bufalini controllati per brucellosi e tubercolosi", "N. allevamenti controllati / N. allevamenti attivi in BDN × 100", "50%", "≥ 98%", "99,1%", "100%", None, (50, q(GE, 98, "%"), q(EQ, 99.1, "%"), 100, True)),
    ),
    *esito("partially_achieved", "Parzialmente raggiunto", "Lo scostamento sui controlli negli stabilimenti riconosciuti è dovuto alla cessazione di tre dirigenti veterinari, non sostituiti entro l'anno."),
    {**objective("area", "Area strategica", "II", "Assistenza territoriale"), "new_page": True},
    {"paragraph": "L'area raccoglie gli obiettivi di potenziamento della rete territoriale previsti dal DM 77/2022: la presa in carico dei pazienti con disturbi psichici, la rete delle cure palliative e il governo dei tempi di attesa per le prestazioni di specialistica ambulatoriale, oggetto di un piano aziendale di recupero approvato nel mese di aprile 2023 e monitorato con cadenza mensile dalla Direzione sanitaria e dal Collegio di direzione aziendale."},
    {"paragraph": "Nel corso dell'anno la rete territoriale ha inoltre beneficiato dell'assunzione di 46 infermieri di famiglia e di comunità, assegnati in via prioritaria ai distretti con la più alta quota di popolazione anziana."},
    objective("strategic", "Obiettivo strategico", "2", "Accessibilità dei servizi"),
    objective("operational", "Obiettivo operativo", "2.1", "Presa in carico nei Centri di salute mentale"),
    scheda(
        ("1", "Primo contatto al CSM entro 15 giorni dalla richiesta", "N. primi contatti entro 15 gg / N. richieste pervenute × 100", "50%", "≥ 80%", "83,5%", "100%", None, (50, q(GE, 80, "%"), q(EQ, 83.5, "%"), 100, True)),
        ("2", "Utenti in carico con piano terapeutico individualizzato", "Utenti con PTI / utenti in carico al 31/12 × 100", "50%", "≥ 70%", "64,2%", "92%", "Dato estratto dal sistema informativo salute mentale", (50, q(GE, 70, "%"), q(EQ, 64.2, "%"), 92, False)),
    ),
    *esito("partially_achieved", "Parzialmente raggiunto", "La redazione dei piani individualizzati ha risentito dell'avvio del nuovo sistema informativo nei CSM di Nocera Inferiore e Battipaglia. Il valore è comunque in crescita rispetto al 58,9% del 2022."),
    objective("operational", "Obiettivo operativo", "2.2", "Rete delle cure palliative"),
    scheda(
        ("1", "Pazienti oncologici deceduti assistiti dalla rete di cure palliative", "Pazienti assistiti / deceduti per tumore (media ISTAT dell'ultimo triennio) × 100", "60%", "≥ 35%", "36,8%", "100%", None, (60, q(GE, 35, "%"), q(EQ, 36.8, "%"), 100, True)),
        ("2", "Tempo tra segnalazione e presa in carico domiciliare", "Media dei giorni tra la segnalazione e il primo accesso dell'équipe", "40%", "entro 3 giorni", "2,4 giorni", "100%", None, (40, q(LE, 3, "days"), q(EQ, 2.4, "days"), 100, True)),
    ),
    *esito("achieved", "Raggiunto", "Entrambi gli indicatori hanno raggiunto il valore atteso grazie all'attivazione della seconda équipe domiciliare nel Distretto 66. La copertura resta però disomogenea tra i distretti dell'area nord e quelli dell'area sud."),
    objective("operational", "Obiettivo operativo", "2.3", "Riduzione dei tempi di attesa"),
    scheda(
        ("1", "Prime visite in classe di priorità B erogate entro 10 giorni", "Prestazioni in classe B erogate entro 10 gg / totale prestazioni in classe B × 100", "20%", "≥ 90%", "91,4%", "100%", "Monitoraggio ex ante nelle settimane indice", (20, q(GE, 90, "%"), q(EQ, 91.4, "%"), 100, True)),
        ("2", "Prime visite in classe di priorità D erogate entro 30 giorni", "Prestazioni in classe D erogate entro 30 gg / totale prestazioni in classe D × 100", "15%", "≥ 85%", "79,6%", "94%", None, (15, q(GE, 85, "%"), q(EQ, 79.6, "%"), 94, False)),
        ("3", "Tempo medio di attesa per la risonanza magnetica della colonna", "Somma dei giorni di attesa / N. prestazioni erogate", "15%", "tra 10 e 15 gg", "14 gg", "100%", None, (15, q(RANGE, 10, "days", 15), q(EQ, 14, "days"), 100, True)),
        ("4", "Tempo di attesa per l'ecografia dell'addome programmata", "90° percentile dei giorni di attesa delle prestazioni erogate", "15%", "<= 60 giorni", "72 giorni", "83%", "Due ecografi fermi per sostituzione", (15, q(LE, 60, "days"), q(EQ, 72, "days"), 83, False)),
        ("5", "Agende di specialistica ambulatoriale visibili sul CUP regionale", "Agende pubblicate sul CUP / agende attive × 100", "10%", "100%", "100%", "100%", None, (10, q(EQ, 100, "%"), q(EQ, 100, "%"), 100, True)),
        ("6", "Prescrizioni con prenotazione contestuale del controllo da parte dello specialista", "N. prenotazioni contestuali registrate sul CUP", "15%", "1.200", "1.356", "100%", "Avvio nel mese di marzo", (15, q(EQ, 1200), q(EQ, 1356), 100, False)),
        ("7", "Tempo medio di attesa per la prima visita cardiologica", "Somma dei giorni di attesa / N. prime visite cardiologiche erogate", "10%", "≤ 30 giorni", "27 giorni", "100%", None, (10, q(LE, 30, "days"), q(EQ, 27, "days"), 100, True)),
    ),
    *esito("partially_achieved", "Parzialmente raggiunto", "I tempi di attesa per le prestazioni di classe D e per l'ecografia dell'addome restano superiori al valore atteso; il recupero è previsto con le prestazioni aggiuntive finanziate nel 2024."),
    objective("strategic", "Obiettivo strategico", "3", "Contrasto alle dipendenze patologiche"),
    objective("operational", "Obiettivo operativo", "3.1", "Trattamento e prevenzione nei Servizi per le dipendenze"),
    scheda(
        ("1", "Utenti SerD con esami tossicologici eseguiti nell'anno", "Utenti con almeno un esame / utenti in trattamento × 100", "50%", "≥ 95%", "88,0%", "93%", None, (50, q(GE, 95, "%"), q(EQ, 88, "%"), 93, False)),
        ("2", "Istituti scolastici coinvolti nei progetti di prevenzione del gioco d'azzardo", "N. istituti con almeno un intervento concluso", "50%", "almeno 4", "3", "75%", None, (50, q(GE, 4), q(EQ, 3), 75, False)),
    ),
    *esito("not_achieved", "Non raggiunto", "Nessuno dei due indicatori ha raggiunto il valore atteso. Il progetto nelle scuole è stato avviato solo nel mese di novembre."),
    objective("area", "Area strategica", "III", "Sostenibilità e governo aziendale"),
    objective("strategic", "Obiettivo strategico", "4", "Efficienza della spesa e trasparenza"),
    objective("operational", "Obiettivo operativo", "4.1", "Appropriatezza prescrittiva e recupero delle entrate"),
    scheda(
        ("1", "Incidenza dei farmaci biosimilari sulle molecole a brevetto scaduto", "Confezioni di biosimilari / confezioni totali delle molecole × 100", "40%", "≥ 60%", "63,7%", "100%", None, (40, q(GE, 60, "%"), q(EQ, 63.7, "%"), 100, True)),
        ("2", "Scostamento della spesa farmaceutica ospedaliera rispetto al 2022", "(Spesa 2023 − spesa 2022) / spesa 2022 × 100", "30%", "≤ 5%", "4,1%", "100%", None, (30, q(LE, 5, "%"), q(EQ, 4.1, "%"), 100, True)),
        ("3", "Ticket non riscossi recuperati", "Importo incassato a seguito di sollecito", "30%", "almeno € 400.000,00", "€ 452.318,40", "100%", "Comprende le rateizzazioni concesse", (30, q(GE, 400000, "EUR"), q(EQ, 452318.4, "EUR"), 100, True)),
    ),
    *esito("achieved", "Raggiunto", "L'obiettivo è stato raggiunto; il recupero dei ticket è stato affidato in via sperimentale a un unico ufficio centralizzato."),
    objective("operational", "Obiettivo operativo", "4.2", "Trasparenza e prevenzione della corruzione"),
    scheda(
        ("1", "Pubblicazione trimestrale dell'indicatore di tempestività dei pagamenti", "Pubblicazione in Amministrazione trasparente entro i termini di legge", "50%", "SI", "SI", "100%", None, (50, NONE, NONE, 100, None)),
        ("2", "Rotazione del personale nelle aree a più elevato rischio corruttivo", "Incarichi ruotati / incarichi da ruotare × 100", "50%", "100%", "n.d.", None, "Dato in corso di rilevazione", (50, q(EQ, 100, "%"), NONE, None, None)),
    ),
    *esito("partially_achieved", "Parzialmente raggiunto", "Il dato sulla rotazione non è disponibile alla data di redazione della Relazione e sarà rendicontato con il monitoraggio del PIAO."),
    objective("operational", "Obiettivo operativo", "4.3", "Riorganizzazione dei punti di ritiro referti"),
    scheda(
        ("1", "Attivazione del punto unico di ritiro referti presso il P.O. di Eboli", "Atto di attivazione del servizio", "100%", "entro il 30/06/2023", "Obiettivo sospeso", None, "Sospeso con delibera n. 701/2023", (100, NONE, NONE, None, None)),
    ),
    *esito("suspended", "Obiettivo sospeso", "L'attivazione è rinviata al completamento dei lavori di ristrutturazione del presidio ospedaliero, finanziati con fondi PNRR."),
    {"heading": "3. Considerazioni conclusive", "level": 1},
    {"paragraph": "Dei 9 obiettivi operativi, 3 risultano raggiunti, 4 parzialmente raggiunti, 1 non raggiunto e 1 sospeso. Gli esiti sono stati validati dall'Organismo indipendente di valutazione nella seduta del 21 giugno 2024."},
]

SCHEDA = {
    "style": "grid_dark",
    "header": ["N.", "Indicatore", "Formula", "Peso", "Valore atteso", "Valore rilevato", "% raggiungimento", "Note"],
    "fields": ["indicator_code", "indicator", "formula", "weight", "target", "actual", "achievement", "notes"],
    "widths": [0.8, 3.3, 3.5, 1.1, 2.0, 2.0, 2.4, 1.9],
    "centre": ["indicator_code", "weight", "achievement"],
}

ASL: Content = {
    "document": {"issuer": "Azienda Sanitaria Locale Salerno", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
    "orientation": "portrait",
    "running_header": "ASL Salerno – Relazione sulla performance 2023",
    "expect": ["portrait", "grid_rules", "white_header", "header_repeated"],
    "cover": [
        {"text": "<b>AZIENDA SANITARIA LOCALE SALERNO</b>", "size": 20},
        {"text": "UOC Programmazione, Controllo di gestione e Performance", "size": 11},
        {"text": "<b>Relazione sulla performance 2023</b>", "size": 24, "space_before": 120},
        {"text": "<i>art. 10, comma 1, lett. b) del D.Lgs. 27 ottobre 2009, n. 150</i>", "size": 11},
        {"text": "Adottata con deliberazione del Direttore generale n. 655 del 28/06/2024", "size": 10, "space_before": 160},
    ],
    "tables": {"scheda": SCHEDA},
    "body": ASL_BODY,
}

# fmt: on

# --------------------------------------------------------------------------- Ministero


def targets(*rows: tuple[Any, ...]) -> dict[str, Any]:
    """Return an indicator table: 7 printed cells, then the parsed 2024/2025/2026 targets."""
    items = []
    for *cells, (t24, t25, t26) in rows:
        parsed = {"target:2024": t24, "target:2025": t25, "target:2026": t26, "met": None}
        items.append({"cells": list(cells), "parsed": parsed})
    return {"table": {"ref": "target", "rows": items}}


def area(code: str, title: str) -> dict[str, Any]:
    """Return an area heading printed ``AREA STRATEGICA B: title``."""
    return objective("area", "AREA STRATEGICA", code, title, sep=": ")


MIC_AREAS = {
    "A": "Tutela e conservazione del patrimonio museale",
    "B": "Valorizzazione del patrimonio",
    "C": "Innovazione e capacità amministrativa",
}

# fmt: off
MIC_BODY: list[dict[str, Any]] = [
    {"toc": {"title": "Indice", "entries": [
        {"level": 1, "text": "1. Presentazione"},
        {"level": 1, "text": "2. L'albero della performance"},
        {"level": 1, "text": "3. Obiettivi, indicatori e target 2024-2026"},
        *({"level": 2, "text": f"AREA STRATEGICA {c}: {t}"} for c, t in MIC_AREAS.items()),
        {"level": 1, "text": "4. Analisi dei rischi e misure di mitigazione"},
    ]}},
    {"heading": "1. Presentazione", "level": 1},
    {"paragraph": "Il Piano della performance 2024-2026 della Direzione generale Musei definisce gli obiettivi, gli indicatori e i target con cui la Direzione intende misurare e valutare la propria attività nel triennio, in coerenza con l'Atto di indirizzo del Ministro per il 2024 e con il Piano integrato di attività e organizzazione del Ministero."},
    {"paragraph": "La Direzione coordina 44 istituti dotati di autonomia speciale e 17 Direzioni regionali Musei, per un totale di oltre 480 luoghi della cultura statali che nel 2023 hanno registrato circa 57 milioni di ingressi."},
    {"heading": "2. L'albero della performance", "level": 1},
    {"paragraph": "L'albero della performance articola il mandato istituzionale in tre aree strategiche; ciascuna area è declinata in obiettivi strategici triennali e questi in obiettivi operativi annuali, misurati da indicatori con target per ciascuno degli anni del triennio. Gli indicatori sono classificati per tipologia (efficacia, efficienza, output, impatto) e ne è indicata la fonte del dato."},
    {"heading": "3. Obiettivi, indicatori e target 2024-2026", "level": 1, "new_page": True},
    area("A", MIC_AREAS["A"]),
    objective("strategic", "OBIETTIVO STRATEGICO", "A.1", "Garantire la sicurezza e la conservazione delle collezioni"),
    targets(
        ("IND.A.1.01", "Musei statali con impianti antincendio adeguati alla normativa vigente", "Impatto", "Rilevazione del Servizio II – Gestione e valorizzazione", "≥ 70%", "≥ 80%", "≥ 90%", (q(GE, 70, "%"), q(GE, 80, "%"), q(GE, 90, "%"))),
        ("IND.A.1.02", "Opere sottoposte a interventi di restauro conservativo", "Output", "Sistema informativo degli interventi di restauro", "almeno 250", "almeno 300", "almeno 350", (q(GE, 250), q(GE, 300), q(GE, 350))),
    ),
    objective("operational", "Obiettivo operativo", "A.1.1", "Riordino e inventariazione dei depositi museali"),
    targets(
        ("IND.A.1.1.01", "Depositi museali riordinati e inventariati", "Output", "Relazioni dei direttori degli istituti", "12", "18", "24", (q(EQ, 12), q(EQ, 18), q(EQ, 24))),
        ("IND.A.1.1.02", "Beni dei depositi con scheda conservativa digitale", "Efficacia", "Piattaforma nazionale di catalogazione", "≥ 40%", "≥ 55%", "≥ 70%", (q(GE, 40, "%"), q(GE, 55, "%"), q(GE, 70, "%"))),
    ),
    area("B", MIC_AREAS["B"]),
    objective("strategic", "OBIETTIVO STRATEGICO", "B.1", "Rafforzare il Sistema museale nazionale"),
    objective("operational", "Obiettivo operativo", "B.1.1", "Accreditamento dei musei non statali"),
    targets(
        ("IND.B.1.1.01", "Musei e luoghi della cultura accreditati al Sistema museale nazionale", "Output", "Commissione per il Sistema museale nazionale", "1.200", "1.350", "1.500", (q(EQ, 1200), q(EQ, 1350), q(EQ, 1500))),
        ("IND.B.1.1.02", "Tempo medio di istruttoria delle domande di accreditamento", "Efficienza", "Protocollo informatico", "<= 90 giorni", "<= 75 giorni", "<= 60 giorni", (q(LE, 90, "days"), q(LE, 75, "days"), q(LE, 60, "days"))),
        ("IND.B.1.1.03", "Reti museali territoriali costituite con accordo formale", "Output", "Direzioni regionali Musei", "almeno 4", "almeno 6", "almeno 8", (q(GE, 4), q(GE, 6), q(GE, 8))),
    ),
    objective("strategic", "OBIETTIVO STRATEGICO", "B.2", "Ampliare e qualificare la fruizione dei musei"),
    objective("operational", "Obiettivo operativo", "B.2.1", "Servizi educativi e di mediazione"),
    targets(
        ("IND.B.2.1.01", "Partecipanti alle attività educative rivolte alle scuole", "Output", "Rilevazione annuale dei servizi educativi", "≥ 450.000", "≥ 480.000", "≥ 500.000", (q(GE, 450000), q(GE, 480000), q(GE, 500000))),
        ("IND.B.2.1.02", "Musei con contenuti di visita in almeno tre lingue", "Efficacia", "Piattaforma digitale dei musei", "≥ 50%", "≥ 65%", "≥ 80%", (q(GE, 50, "%"), q(GE, 65, "%"), q(GE, 80, "%"))),
        ("IND.B.2.1.03", "Grado di soddisfazione dei visitatori", "Impatto", "Indagine di customer satisfaction", "≥ 85%", "≥ 87%", "≥ 90%", (q(GE, 85, "%"), q(GE, 87, "%"), q(GE, 90, "%"))),
    ),
    objective("operational", "Obiettivo operativo", "B.2.2", "Prestiti e mostre temporanee"),
    targets(
        ("IND.B.2.2.01", "Adozione delle linee guida per il prestito delle opere all'estero", "Output", "Decreto direttoriale", "entro il 30/06/2024", None, None, (NONE, NONE, NONE)),
        ("IND.B.2.2.02", "Tempo medio di rilascio dell'autorizzazione al prestito", "Efficienza", "Sistema di gestione documentale", "tra 10 e 15 gg", "≤ 12 gg", "≤ 10 gg", (q(RANGE, 10, "days", 15), q(LE, 12, "days"), q(LE, 10, "days"))),
        ("IND.B.2.2.03", "Mostre temporanee realizzate con istituti esteri", "Output", "Relazioni dei direttori degli istituti", "20", "25", "30", (q(EQ, 20), q(EQ, 25), q(EQ, 30))),
    ),
    objective("strategic", "OBIETTIVO STRATEGICO", "B.3", "Accrescere le risorse proprie degli istituti"),
    objective("operational", "Obiettivo operativo", "B.3.1", "Incremento delle entrate proprie"),
    targets(
        ("IND.B.3.1.01", "Erogazioni liberali ricevute tramite Art Bonus", "Efficacia", "Portale Art Bonus", "€ 2.500.000", "€ 2.800.000", "€ 3.000.000", (q(EQ, 2500000, "EUR"), q(EQ, 2800000, "EUR"), q(EQ, 3000000, "EUR"))),
        ("IND.B.3.1.02", "Biglietti venduti tramite il canale online", "Efficienza", "Sistema di bigliettazione nazionale", "≥ 35%", "≥ 40%", "≥ 45%", (q(GE, 35, "%"), q(GE, 40, "%"), q(GE, 45, "%"))),
    ),
    area("C", MIC_AREAS["C"]),
    objective("strategic", "OBIETTIVO STRATEGICO", "C.1", "Semplificare i processi e valorizzare il personale"),
    objective("operational", "Obiettivo operativo", "C.1.1", "Digitalizzazione dei procedimenti e sviluppo delle competenze"),
    targets(
        ("IND.C.1.1.01", "Procedimenti di concessione d'uso delle immagini gestiti online", "Efficienza", "Piattaforma digitale dei musei", "≥ 60%", "≥ 80%", "100%", (q(GE, 60, "%"), q(GE, 80, "%"), q(EQ, 100, "%"))),
        ("IND.C.1.1.02", "Ore di formazione pro capite del personale degli istituti", "Efficacia", "Sistema di gestione della formazione", "almeno 24 ore", "almeno 30 ore", "almeno 40 ore", (q(GE, 24, "hours"), q(GE, 30, "hours"), q(GE, 40, "hours"))),
        ("IND.C.1.1.03", "Aggiornamento annuale della mappatura dei processi a rischio corruttivo", "Output", "Relazione del RPCT", "SI", "SI", "SI", (NONE, NONE, NONE)),
        ("IND.C.1.1.04", "Incidenza dei giorni di assenza sulle giornate lavorative", "Efficienza", "Sistema di rilevazione delle presenze", "≤ 5%", "≤ 4,5%", "≤ 4%", (q(LE, 5, "%"), q(LE, 4.5, "%"), q(LE, 4, "%"))),
    ),
    {"heading": "4. Analisi dei rischi e misure di mitigazione", "level": 1, "new_page": True},
    {"paragraph": "La tabella riporta i principali rischi che possono incidere sul conseguimento dei target del triennio, con la valutazione della probabilità e dell'impatto e le misure di mitigazione previste."},
    {"table": {"ref": "rischi", "rows": [
        {"cells": ["Ritardi nell'erogazione dei finanziamenti PNRR per l'adeguamento degli impianti", "Media", "Alto", "Monitoraggio trimestrale del cronoprogramma e rimodulazione delle priorità"]},
        {"cells": ["Carenza di personale tecnico negli istituti periferici", "Alta", "Medio", "Convenzioni con le università e ricorso ai concorsi unici"]},
        {"cells": ["Indisponibilità dei sistemi di bigliettazione", "Bassa", "Alto", "Procedure di continuità operativa e bigliettazione di emergenza"]},
        {"cells": ["Calo dei flussi turistici internazionali", "Media", "Medio", "Campagne di promozione congiunte con ENIT e con le Regioni"]},
    ]}},
    {"paragraph": "Il monitoraggio dei rischi è svolto con cadenza semestrale insieme alla verifica intermedia dello stato di avanzamento degli obiettivi."},
]

MIC: Content = {
    "document": {"issuer": "Ministero della Cultura", "title": "Piano della performance", "year": 2024, "kind": "piano"},
    "orientation": "landscape",
    "running_header": "Ministero della Cultura – Direzione generale Musei – Piano della performance 2024-2026",
    "expect": ["landscape", "toc", "no_vertical_rules", "two_row_header", "silent_table"],
    "cover": [
        {"text": "<b>MINISTERO DELLA CULTURA</b>", "size": 20, "space_before": 60},
        {"text": "Direzione generale Musei", "size": 14},
        {"text": "<b>Piano della performance 2024-2026</b>", "size": 24, "space_before": 70},
        {"text": "<i>art. 10, comma 1, lett. a) del D.Lgs. 27 ottobre 2009, n. 150</i>", "size": 11},
    ],
    "tables": {
        "target": {
            "style": "hrules",
            "header": ["Codice indicatore", "Indicatore", "Tipologia", "Fonte", "Target"],
            "header_sub": ["2024", "2025", "2026"],
            "fields": ["indicator_code", "indicator", "type", "data_source", "target:2024", "target:2025", "target:2026"],
            "widths": [2.9, 8.3, 2.4, 5.3, 2.3, 2.3, 2.2],
            "centre": ["target:2024", "target:2025", "target:2026"],
        },
        "rischi": {
            "style": "hrules",
            "header": ["Rischio", "Probabilità", "Impatto", "Misura"],
            "fields": None,
            "widths": [9.2, 2.6, 2.6, 11.3],
        },
    },
    "body": MIC_BODY,
}
# fmt: on

SAMPLES: dict[str, Content] = {
    "asl-salerno-2023-relazione": ASL,
    "ministero-cultura-2024-piano": MIC,
}
