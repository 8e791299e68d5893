"""Content of comune-cesena-2023-relazione (invented Comune data): Word -> LibreOffice, indicator
tables inside a two-level numbered outline, 'Obiettivo operativo' merged down in the first
column, Stato column with symbols, and one comparison table 'Anno 2022 (per confronto)'."""
from r13lib import parse_value

R = "●  Raggiunto"
P = "◐  Parzialmente raggiunto"
N = "○  Non raggiunto"
ST = {R: "achieved", P: "partially_achieved", N: "not_achieved"}

AREAS = [
 ("3.1", "Cesena città che cura", [
  ("3.1.1", "Rafforzare la rete dei servizi sociali e socio-sanitari", [
   ("3.1.1.1", "Ridurre i tempi di accesso ai servizi sociali", [
    ("Tempo medio tra la richiesta e il primo colloquio con l'assistente sociale", "≤ 15 gg", "12 gg", R),
    ("Percentuale di progetti individualizzati attivati entro 30 giorni dalla presa in carico", "≥ 85%", "81,2%", P)]),
   ("3.1.1.2", "Sostenere l'abitare delle famiglie in condizione di fragilità", [
    ("Numero di nuclei beneficiari del contributo per l'affitto", "≥ 600", "684", R),
    ("Alloggi ERP riassegnati entro 60 giorni dal rilascio", "≥ 70%", "48%", N)]),
  ], "Il mancato raggiungimento del target sulla riassegnazione degli alloggi ERP è legato ai lavori di ripristino resi necessari su 23 alloggi danneggiati dall'alluvione del maggio 2023, per i quali i tempi di riassegnazione si sono allungati in media a 142 giorni."),
  ("3.1.2", "Potenziare i servizi educativi per l'infanzia", [
   ("3.1.2.1", "Ampliare l'offerta dei nidi d'infanzia", [
    ("Posti nido autorizzati ogni 100 bambini di 0-2 anni", "≥ 40", "41,3", R),
    ("Bambini in lista d'attesa ai nidi comunali a settembre", "≤ 30", "18", R)]),
   ("3.1.2.2", "Qualificare l'offerta educativa 3-6 anni", [
    ("Grado di soddisfazione delle famiglie per le scuole dell'infanzia comunali (scala 1-10)", "≥ 8", "8,4", R)]),
  ], None),
 ]),
 ("3.2", "Cesena città sostenibile e connessa", [
  ("3.2.1", "Migliorare la gestione dei rifiuti e del verde urbano", [
   ("3.2.1.1", "Aumentare la raccolta differenziata", [
    ("Percentuale di raccolta differenziata", "≥ 75%", "77,9%", R),
    ("Rifiuti urbani indifferenziati pro capite", "≤ 150 kg", "139 kg", R)]),
   ("3.2.1.2", "Curare e accrescere il verde urbano", [
    ("Alberi messi a dimora nell'anno", "1.000", "1.240", R),
    ("Tempo medio di intervento sulle segnalazioni relative al verde pubblico", "≤ 20 gg", "23 gg", P)]),
  ], "Nel 2023 l'estensione della tariffa puntuale a tutto il territorio comunale ha consolidato la crescita della raccolta differenziata. Gli interventi sul verde hanno risentito dei danni dell'alluvione, che hanno richiesto la rimozione di oltre 900 alberature lungo il fiume Savio e i suoi affluenti."),
  ("3.2.2", "Sviluppare la mobilità sostenibile", [
   ("3.2.2.1", "Potenziare la rete ciclabile e la mobilità condivisa", [
    ("Km di nuove piste ciclabili realizzate", "≥ 5 km", "5,6 km", R),
    ("Utenti abbonati al servizio di bike sharing", "≥ 1.500", "1.320", P)]),
  ], None),
 ]),
 ("3.3", "Cesena città efficiente e trasparente", [
  ("3.3.1", "Semplificare e digitalizzare i servizi", [
   ("3.3.1.1", "Digitalizzare l'accesso ai servizi comunali", [
    ("Percentuale di istanze presentate online sul totale delle istanze", "≥ 60%", "67,5%", R),
    ("Tempo medio di rilascio della carta d'identità elettronica", "≤ 7 gg", "5 gg", R)]),
   ("3.3.1.2", "Garantire la trasparenza dell'azione amministrativa", [
    ("Grado di assolvimento degli obblighi di pubblicazione (griglia OIV)", "100%", "100%", R),
    ("Tempo medio di risposta alle richieste di accesso civico generalizzato", "≤ 30 gg", "18 gg", R)]),
  ], None),
 ]),
]
# 2022 values of the indicators of 3.2.1, printed for comparison
CMP_2022 = {
 "Percentuale di raccolta differenziata": ("≥ 73%", "74,2%", R),
 "Rifiuti urbani indifferenziati pro capite": ("≤ 160 kg", "166 kg", P),
 "Alberi messi a dimora nell'anno": ("800", "612", N),
 "Tempo medio di intervento sulle segnalazioni relative al verde pubblico": ("≤ 25 gg", "31 gg", N),
}
COLS = [("Obiettivo operativo", "objective", 4.1), ("Indicatore", "indicator", 5.5), ("Target", "target", 2.2),
        ("Valore al 31/12", "actual", 2.3), ("Stato", "status", 2.9)]


def table(os_inds, year, caption):
    rows = []
    for oocode, ootitle, inds in os_inds:
        h = {"level": "operational", "code": oocode, "title": ootitle}
        for i, (name, tgt, act, st) in enumerate(inds):
            rows.append({"cells": [f"{oocode} – {ootitle}" if i == 0 else "", name, tgt, act, st],
                         "span": len(inds) if i == 0 else 0, "hier_cells": [h], "status": ST[st],
                         "values": {str(year): {"target": parse_value(tgt), "actual": parse_value(act)}}})
    return {"type": "table", "role": "indicators", "caption": caption,
            "columns": [{"header": h, "field": f, "year": year if f in ("target", "actual") else None,
                         "width": w} for h, f, w in COLS], "rows": rows}


def build():
    B = [
        {"type": "cover", "lines": ["COMUNE DI CESENA", "Relazione sulla performance 2023",
                                    "art. 10, comma 1, lettera b), del D.Lgs. 27 ottobre 2009, n. 150",
                                    "Approvata con deliberazione di Giunta comunale n. 178 del 25/06/2024",
                                    "Validata dall'Organismo Indipendente di Valutazione in data 28/06/2024"]},
        {"type": "heading", "level": 1, "text": "1. Presentazione"},
        {"type": "paragraph", "text": "La Relazione sulla performance evidenzia, a consuntivo, i risultati organizzativi e individuali raggiunti nel 2023 rispetto agli obiettivi programmati nella sezione Valore pubblico, performance e anticorruzione del PIAO 2023-2025. L'anno è stato segnato dall'alluvione del maggio 2023, che ha colpito oltre 3.000 abitazioni e ha imposto una riprogrammazione di parte delle attività dei Settori tecnici e sociali."},
        {"type": "paragraph", "text": "La Relazione è articolata secondo la struttura del Documento unico di programmazione: per ciascuna area strategica sono riportati gli obiettivi strategici e, all'interno di questi, gli obiettivi operativi con i rispettivi indicatori, il target, il valore rilevato al 31 dicembre e lo stato di raggiungimento."},
        {"type": "heading", "level": 1, "text": "2. Le risorse"},
        {"type": "paragraph", "text": "Al 31 dicembre 2023 il personale in servizio è di 702 unità, in crescita di 14 unità rispetto all'anno precedente per effetto delle assunzioni previste dal piano dei fabbisogni."},
        {"type": "table", "role": "other", "caption": "Tabella 1 – Personale in servizio al 31/12/2023",
         "columns": ["Area di inquadramento", "Tempo indeterminato", "Tempo determinato", "Totale"],
         "rows": [["Dirigenti e Segretario generale", "14", "3", "17"], ["Area dei Funzionari e dell'Elevata Qualificazione", "218", "9", "227"],
                  ["Area degli Istruttori", "301", "21", "322"], ["Area degli Operatori esperti", "119", "6", "125"],
                  ["Area degli Operatori", "11", "0", "11"], ["Totale", "663", "39", "702"]]},
        {"type": "heading", "level": 1, "text": "3. I risultati per area strategica", "pagebreak": True},
        {"type": "paragraph", "text": "Lo stato di raggiungimento di ciascun indicatore è rappresentato con i seguenti simboli: ● Raggiunto (valore pari o migliore del target); ◐ Parzialmente raggiunto (scostamento non superiore al 20%); ○ Non raggiunto (scostamento superiore al 20%)."},
    ]
    for acode, atitle, oss in AREAS:
        B.append({"type": "heading", "level": 2, "text": f"{acode} Area strategica – {atitle}",
                  "hier": {"level": "area", "code": acode, "title": atitle}})
        for oscode, ostitle, oos, prose in oss:
            B.append({"type": "heading", "level": 3, "text": f"{oscode} Obiettivo strategico – {ostitle}",
                      "hier": {"level": "strategic", "code": oscode, "title": ostitle}})
            B.append(table(oos, 2023, "Anno 2023"))
            if prose:
                B.append({"type": "paragraph", "text": prose})
            if oscode == "3.2.1":
                B.append({"type": "pagebreak"})
                B.append({"type": "paragraph", "text": "Per consentire il confronto con l'esercizio precedente si riportano di seguito i valori 2022 degli indicatori dell'obiettivo strategico 3.2.1, rilevati con le medesime modalità di calcolo."})
                cmp = [(c, t, [(n,) + CMP_2022[n] for n, *_ in inds]) for c, t, inds in oos]
                B.append(table(cmp, 2022, "Anno 2022 (per confronto)"))
                B.append({"type": "pagebreak"})
    B += [
        {"type": "heading", "level": 1, "text": "4. Sintesi dei risultati"},
        {"type": "paragraph", "text": "Dei 17 indicatori monitorati nel 2023, 13 risultano raggiunti, 3 parzialmente raggiunti e 1 non raggiunto. Gli esiti concorrono alla valutazione della performance organizzativa dei Settori secondo il Sistema di misurazione e valutazione vigente."},
        {"type": "table", "role": "other", "caption": "Tabella 2 – Esito degli indicatori 2023",
         "columns": ["Esito", "N. indicatori", "%"],
         "rows": [["● Raggiunto", "13", "76,5%"], ["◐ Parzialmente raggiunto", "3", "17,6%"],
                  ["○ Non raggiunto", "1", "5,9%"], ["Totale", "17", "100,0%"]]},
    ]
    return {
        "schema": "r13-blind/content@1",
        "_about": [
            "Relazione sulla performance 2023 of the Comune di Cesena (invented content). python-docx -> LibreOffice Writer, portrait; indicator tables inside a numbered outline ('3.1 Area strategica – …', '3.1.1 Obiettivo strategico – …'); each table has a merged title row ('Anno 2023') over the header 'Obiettivo operativo | Indicatore | Target | Valore al 31/12 | Stato', the operational objective ('3.1.1.1 – Titolo') merged down in the first column, Stato with symbols.",
            "Truth: the outline numbers are the codes (area 3.1, strategic 3.1.1, operational 3.1.1.1); the title row of each table gives the year (2023); Stato -> status/status_text (whitespace collapsed: '● Raggiunto').",
            "Comparison table 'Anno 2022 (per confronto)' on its own page: CONVENTIONS says nothing about comparison tables, so its rows are records like any indicator row, with year 2022 (from the table's title row), same hierarchy as the 2023 table above them.",
            "Prose after a table of several indicators without a status line is not a comment (CONVENTIONS). Staff table and 'Esito | N. indicatori | %' give no records.",
        ],
        "document": {"issuer": "Comune di Cesena", "title": "Relazione sulla performance", "year": 2023,
                     "kind": "relazione"},
        "layout": "word-outline", "orientation": "portrait",
        "running_header": "Comune di Cesena – Relazione sulla performance 2023",
        "footer": "Relazione sulla performance 2023",
        "blocks": B,
    }
