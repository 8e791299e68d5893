"""Writes the four r8 *.content.json files. Content invented, realistic.
Parsed values: r8lib.parse_value (my own reading of RECORDS.md), printed with --show and
checked by eye; `met` by my own rule (met_of below, from CONVENTIONS.md)."""
import json
import sys

from r8lib import parse_value

# direction phrases from CONVENTIONS.md (first found decides)
LOWER = ["tempo medio", "tempi", "giorni", "riduzione", "costi"]
HIGHER = ["numero", "n.", "percentuale di", "% di", "incremento", "grado di", "tasso di",
          "realizzazione", "entro", "nei termini"]


def direction(name):
    low = name.lower()
    best = None
    for w in LOWER + HIGHER:
        i = low.find(w)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, "lower" if w in LOWER else "higher")
    return best[1] if best else None


def met_of(name, tp, ap):
    if tp[1] is None or ap[1] is None:
        return None
    top, tv, tmax, tu = tp
    aop, av, _, au = ap
    if tu and au and tu != au:
        return None
    if top == ">=":
        return av >= tv
    if top == ">":
        return av > tv
    if top == "<=":
        return av <= tv
    if top == "<":
        return av < tv
    if top == "range":
        return tv <= av <= tmax
    if top == "=":
        if av == tv:
            return True
        d = direction(name)
        if d is None:
            return None
        return av > tv if d == "higher" else av < tv
    return None


# ======================================================================= 1. Bolzano
bz_groups = [
    ("1", "Amministrazione digitale e semplificazione", [
        ("1.1 – Digitalizzare i procedimenti rivolti a cittadini e imprese", [
            ("Percentuale di procedimenti attivabili online tramite portale myCIVIS", "%",
             "≥ 80%", "83,5%", "+3,5 p.p.",
             "Attivati 14 nuovi procedimenti nel corso dell'anno, tra cui contributi per l'edilizia abitativa agevolata."),
            ("Numero di accessi con SPID/CIE ai servizi online", "numero",
             "≥ 450.000", "512.340", "+62.340", None),
            ("Tempo medio di rilascio delle autorizzazioni paesaggistiche", "giorni",
             "≤ 60 gg", "58 gg", "-2 gg",
             "Il valore tiene conto della sospensione dei termini per integrazioni documentali."),
        ]),
        ("1.2 – Semplificare la modulistica e ridurre gli oneri amministrativi", [
            ("Numero di moduli revisionati e pubblicati in versione bilingue semplificata", "numero",
             "40", "36", "-4",
             "Quattro moduli della Ripartizione Agricoltura sono stati rinviati al 2024 per l'entrata in vigore della nuova normativa UE sulla PAC; "
             "la revisione dei restanti moduli è stata completata con il coinvolgimento delle associazioni di categoria e del Consiglio dei Comuni. "
             "La pubblicazione in versione bilingue è avvenuta contestualmente nel portale provinciale."),
            ("Oneri amministrativi risparmiati dalle imprese (stima)", "€",
             "≥ € 1.500.000,00", "€ 1.620.450,00", "+€ 120.450,00", None),
        ]),
    ]),
    ("2", "Territorio, mobilità e ambiente", [
        ("2.1 – Potenziare il trasporto pubblico locale integrato", [
            ("Passeggeri trasportati sulla rete Südtirolmobil", "milioni",
             "≥ 45 mln", "47,2 mln", "+2,2 mln", None),
            ("Puntualità dei treni regionali (ritardo inferiore a 5 minuti)", "%",
             "≥ 92%", "89,7%", "-2,3 p.p.",
             "Lo scostamento è imputabile ai lavori sulla linea del Brennero e alla chiusura della tratta Bolzano–Merano tra giugno e agosto; "
             "la Provincia ha attivato servizi sostitutivi su gomma e un monitoraggio settimanale con il gestore dell'infrastruttura, "
             "i cui esiti sono pubblicati sul sito istituzionale. Per il 2024 è previsto un piano di recupero condiviso con RFI e STA."),
            ("Km di piste ciclabili realizzati o riqualificati", "km",
             "≥ 25", "31,4", "+6,4", None),
        ]),
        ("2.2 – Tutelare la qualità dell'aria e delle acque", [
            ("Stazioni di monitoraggio della qualità dell'aria conformi ai valori limite", "%",
             "100%", "100%", "0", None),
            ("Tasso di depurazione delle acque reflue urbane", "%",
             "≥ 98%", "98,6%", "+0,6 p.p.", None),
            ("Controlli su impianti di trattamento rifiuti", "numero",
             "≥ 120", "n.d.", "–",
             "Dato in fase di consolidamento da parte dell'Agenzia provinciale per l'ambiente."),
        ]),
    ]),
    ("3", "Personale e organizzazione", [
        ("3.1 – Valorizzare le competenze del personale provinciale", [
            ("Ore di formazione pro capite del personale", "ore",
             "≥ 24 ore", "26,5 ore", "+2,5 ore", None),
            ("Tasso di copertura dei posti vacanti tramite concorso", "%",
             "≥ 70%", "64%", "-6 p.p.",
             "Diversi concorsi per profili tecnici sono andati parzialmente deserti."),
            ("Dipendenti in lavoro agile con accordo individuale", "%",
             "30-40%", "37,2%", "–", None),
        ]),
        ("3.2 – Garantire la tempestività dei pagamenti", [
            ("Indicatore annuale di tempestività dei pagamenti", "giorni",
             "≤ 0 gg", "-6,8 gg", "-6,8 gg", None),
            ("Fatture pagate entro la scadenza sul totale delle fatture ricevute", "%",
             "≥ 95%", "96,1%", "+1,1 p.p.", None),
        ]),
    ]),
]


def bolzano():
    blocks = [
        {"type": "cover"},
        {"type": "heading", "text": "Premessa"},
        {"type": "para", "text": (
            "La presente Relazione sulla performance illustra i risultati organizzativi raggiunti "
            "dall'Amministrazione provinciale nel 2023 rispetto agli obiettivi e agli indicatori "
            "definiti nel Piano della performance 2023-2025, approvato con deliberazione della "
            "Giunta provinciale n. 112 del 14 febbraio 2023. La Relazione è validata "
            "dall'Organismo di valutazione ai sensi della legge provinciale 19 maggio 2015, n. 6.")},
        {"type": "para", "text": (
            "Per ciascun indicatore sono riportati il valore obiettivo, il valore effettivo "
            "rilevato al 31 dicembre 2023 e lo scostamento. Il commento illustra le cause degli "
            "scostamenti più rilevanti. I valori dei target sono quelli del Piano aggiornato a "
            "seguito del monitoraggio intermedio di luglio 2023.")},
        {"type": "para", "text": (
            "Rispetto all'esercizio precedente il numero degli indicatori è stato ridotto da 24 a 16, "
            "privilegiando misure di risultato e di impatto per le quali sono disponibili dati "
            "certificati. Gli indicatori di fonte esterna (ad esempio quelli relativi al trasporto "
            "ferroviario) sono rilevati sulla base dei dati trasmessi dai gestori dei servizi.")},
        {"type": "heading", "text": "Risorse finanziarie per area strategica"},
        {"type": "table", "role": "other",
         "header": ["Area strategica", "Stanziamento definitivo", "Impegnato", "% impegnato"],
         "rows": [["1 – Amministrazione digitale e semplificazione", "€ 48.320.000,00", "€ 44.915.200,00", "93,0%"],
                  ["2 – Territorio, mobilità e ambiente", "€ 612.450.000,00", "€ 571.840.300,00", "93,4%"],
                  ["3 – Personale e organizzazione", "€ 1.024.700.000,00", "€ 1.011.380.900,00", "98,7%"],
                  ["Totale", "€ 1.685.470.000,00", "€ 1.628.136.400,00", "96,6%"]]},
        {"type": "heading", "text": "Risultati degli obiettivi strategici"},
        {"type": "para", "text": (
            "Le tabelle seguenti riportano, per area strategica, gli obiettivi strategici con i "
            "relativi indicatori. L'obiettivo è indicato sulla prima riga del gruppo di "
            "indicatori che lo misurano.")},
    ]
    for acode, atitle, objs in bz_groups:
        area = {"level": "area", "code": acode, "title": atitle}
        blocks.append({"type": "heading", "text": f"Area strategica {acode} – {atitle}",
                       "hier": area})
        rows = []
        for otext, inds in objs:
            code, title = otext.split(" – ", 1)
            obj = {"level": "strategic", "code": code, "title": title}
            for i, (name, um, tgt, act, sc, comm) in enumerate(inds):
                tp, ap = parse_value(tgt), parse_value(act)
                rows.append({"cells": [otext if i == 0 else None, name, um, tgt, act, sc, comm],
                             "objective": obj, "indicator": name,
                             "target_p": tp, "actual_p": ap, "met": met_of(name, tp, ap)})
        blocks.append({"type": "table", "role": "indicators",
                       "header": ["Obiettivo", "Indicatore", "U.M.", "Valore obiettivo 2023",
                                  "Valore effettivo 2023", "Scostamento", "Commento"],
                       "fields": ["objective", "indicator", "unit", "target", "actual", "extra",
                                  "notes"],
                       "year": 2023, "rows": rows})
    blocks.append({"type": "para", "text": (
        "Nel complesso, 12 indicatori su 16 hanno raggiunto o superato il valore obiettivo. "
        "Gli scostamenti negativi riguardano prevalentemente fattori esterni all'Amministrazione.")})
    return {
        "name": "provincia-autonoma-bolzano-2023-relazione",
        "renderer": "reportlab", "orientation": "landscape", "font_size": 8,
        "split_row": "Numero di moduli revisionati",
        "document": {"issuer": "Provincia autonoma di Bolzano – Alto Adige",
                     "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
        "cover": ["AUTONOME PROVINZ BOZEN – SÜDTIROL",
                  "PROVINCIA AUTONOMA DI BOLZANO – ALTO ADIGE",
                  "Generaldirektion der Landesverwaltung – Direzione generale della Provincia",
                  "RELAZIONE SULLA PERFORMANCE 2023",
                  "ai sensi dell'art. 6 della legge provinciale 19 maggio 2015, n. 6",
                  "Approvata con deliberazione della Giunta provinciale n. 498 del 18 giugno 2024"],
        "blocks": blocks,
    }


# ======================================================================= 2. Bologna
bo_strat = [
    ("2", "Bologna città sostenibile e della transizione ecologica", [
        ("2.1", "Estendere la rete tranviaria e la mobilità dolce", "Dipartimento Mobilità sostenibile e infrastrutture", [
            ("Km di linea tranviaria rossa realizzati (cumulato)", "Efficacia", "0", "3,5", "9,2", "16,5"),
            ("Km di nuove piste ciclabili della Bicipolitana", "Efficacia", "182", "≥ 195", "≥ 210", "≥ 225"),
            ("Tempo medio di rilascio delle autorizzazioni per occupazione di suolo pubblico di cantiere", "Efficienza", "38 gg", "≤ 35 gg", "≤ 30 gg", "≤ 30 gg"),
        ], [("Progettazione esecutiva lotto 2", "01/01/2024", "30/06/2024"),
            ("Cantierizzazione via Saragozza – via Marconi", "01/04/2024", "31/12/2025"),
            ("Collaudo e messa in esercizio", "01/01/2026", "31/12/2026")]),
        ("2.3", "Ridurre le emissioni climalteranti del patrimonio comunale", "Dipartimento Lavori pubblici, verde e mobilità", [
            ("Percentuale di energia elettrica da fonti rinnovabili sui consumi degli edifici comunali", "Impatto", "41,5%", "≥ 50%", "≥ 60%", "≥ 70%"),
            ("Edifici scolastici riqualificati energeticamente (n.)", "Efficacia", "12", "18", "25", ""),
            ("Riduzione dei consumi di energia termica rispetto al 2019", "Impatto", "-8,4%", "-10%", "-13%", "-15%"),
            ("Spesa per interventi di efficientamento finanziati dal PNRR", "Efficacia", "€ 4.120.000", "€ 9.500.000", "€ 14.800.000", "€ 6.200.000"),
        ], [("Audit energetici sugli edifici comunali", "01/02/2024", "31/10/2024"),
            ("Affidamento lavori di riqualificazione", "01/06/2024", "31/03/2025"),
            ("Monitoraggio dei consumi e rendicontazione", "01/01/2025", "31/12/2026")]),
    ]),
    ("4", "Bologna città dei diritti e della cura", [
        ("4.2", "Ampliare l'offerta dei servizi educativi 0-6 anni", "Area Educazione, istruzione e nuove generazioni", [
            ("Tasso di copertura dei posti nido rispetto ai bambini residenti 0-2 anni", "Efficacia", "48,3%", "≥ 50%", "≥ 52%", "≥ 55%"),
            ("Bambini in lista d'attesa al 31 dicembre", "Efficacia", "186", "≤ 150", "≤ 100", "≤ 50"),
            ("Grado di soddisfazione delle famiglie (scala 1-5)", "Qualità", "4,3", "≥ 4,3", "≥ 4,4", "≥ 4,4"),
        ], [("Apertura nuovi nidi Bolognina e Savena", "01/09/2024", "31/08/2025"),
            ("Revisione del regolamento delle rette", "01/01/2024", "30/04/2024")]),
        ("4.5", "Rafforzare il sistema di welfare di prossimità", "Area Welfare e promozione del benessere di comunità", [
            ("Numero di persone prese in carico dal Servizio sociale territoriale", "Efficacia", "21.450", "≥ 21.500", "≥ 22.000", "≥ 22.000"),
            ("Tempi medi di attesa per il primo colloquio con l'assistente sociale", "Efficienza", "14 gg", "≤ 12 gg", "≤ 10 gg", "≤ 10 gg"),
            ("Case di quartiere attive con progetti di comunità", "Impatto", "31", "33", "34", "35"),
        ], [("Mappatura dei bisogni per quartiere", "01/01/2024", "30/09/2024"),
            ("Coprogettazione con gli enti del Terzo settore", "01/10/2024", "31/12/2026")]),
    ]),
]


def bologna():
    blocks = [
        {"type": "cover"},
        {"type": "heading", "level": 1, "text": "1. Premessa"},
        {"type": "para", "text": (
            "Il Piano della performance 2024-2026 traduce gli indirizzi del Documento Unico di "
            "Programmazione in obiettivi operativi assegnati ai Dipartimenti e alle Aree "
            "dell'Ente. Per ciascun obiettivo operativo sono indicati gli indicatori di "
            "risultato, con il valore di partenza rilevato nel 2023 e i target attesi per "
            "ciascuno degli anni del triennio, e le principali fasi di attuazione.")},
        {"type": "para", "text": (
            "Il Piano è coerente con il Bilancio di previsione 2024-2026 approvato dal Consiglio "
            "comunale e con il Piano esecutivo di gestione. I target sono espressi come valori "
            "annuali, salvo ove diversamente indicato nella denominazione dell'indicatore.")},
        {"type": "heading", "level": 1, "text": "2. Risorse umane assegnate"},
        {"type": "table", "role": "other",
         "header": ["Struttura", "Dirigenti", "Funzionari", "Istruttori", "Totale"],
         "rows": [["Dipartimento Mobilità sostenibile e infrastrutture", "9", "84", "121", "214"],
                  ["Dipartimento Lavori pubblici, verde e mobilità", "11", "96", "158", "265"],
                  ["Area Educazione, istruzione e nuove generazioni", "7", "142", "1.236", "1.385"],
                  ["Area Welfare e promozione del benessere di comunità", "8", "310", "204", "522"]]},
        {"type": "heading", "level": 1, "text": "3. Obiettivi strategici e operativi"},
    ]
    for scode, stitle, ops in bo_strat:
        blocks.append({"type": "heading", "level": 2,
                       "text": f"Obiettivo strategico {scode} – {stitle}",
                       "hier": {"level": "strategic", "code": scode, "title": stitle}})
        for ocode, otitle, resp, inds, phases in ops:
            blocks.append({"type": "heading", "level": 3,
                           "text": f"Obiettivo operativo {ocode} – {otitle}",
                           "hier": {"level": "operational", "code": ocode, "title": otitle}})
            blocks.append({"type": "para", "text": f"Struttura responsabile: {resp}", "small": True})
            rows = []
            for name, tipo, base, t24, t25, t26 in inds:
                vals = {}
                for y, t in (("2024", t24), ("2025", t25), ("2026", t26)):
                    vals[y] = {"target_p": parse_value(t) if t else [None] * 4}
                rows.append({"cells": [name, tipo, base, t24, t25, t26], "indicator": name,
                             "years": vals})
            blocks.append({"type": "table", "role": "indicators",
                           "header": ["Indicatore", "Tipo", "Baseline 2023", "2024", "2025", "2026"],
                           "fields": ["indicator", "type", "baseline", "target:2024",
                                      "target:2025", "target:2026"],
                           "rows": rows})
            blocks.append({"type": "para", "text": "Fasi di attuazione", "label": True})
            blocks.append({"type": "table", "role": "other", "kind": "phases",
                           "header": ["Fase", "Inizio", "Fine"],
                           "rows": [list(p) for p in phases]})
    return {
        "name": "comune-bologna-2024-piano", "renderer": "word", "orientation": "portrait",
        "document": {"issuer": "Comune di Bologna", "title": "Piano della performance",
                     "year": 2024, "kind": "piano"},
        "cover": ["COMUNE DI BOLOGNA", "Settore Programmazione, controlli e statistica",
                  "PIANO DELLA PERFORMANCE 2024-2026",
                  "Allegato alla deliberazione di Giunta P.G. n. 41872/2024"],
        "running_header": "Comune di Bologna – Piano della performance 2024-2026",
        "blocks": blocks,
    }


# ======================================================================= 3. Agenzia Entrate
ae = [
    ("1 – Servizi ai contribuenti", [
        ("1.1 – Potenziare i servizi telematici e agili", [
            ("Dichiarazioni precompilate inviate direttamente dai contribuenti", "≥ 4.000.000", "4.312.650", "100%"),
            ("Percentuale di servizi erogati tramite canali telematici", "≥ 75%", "78,4%", "100%"),
            ("Tempo medio di erogazione dei rimborsi IVA", "≤ 75 gg", "71 gg", "100%"),
            ("Numero di appuntamenti prenotati tramite CUP e webticket", "2.500.000", "2.318.900", "92,8%"),
        ]),
        ("1.2 – Migliorare la qualità dell'assistenza", [
            ("Risposte a istanze di interpello entro i termini di legge", "≥ 98%", "99,1%", "100%"),
            ("Grado di soddisfazione degli utenti dei servizi di assistenza", "≥ 85%", "87,3%", "100%"),
            ("Tempo medio di attesa agli sportelli", "≤ 20 minuti", "18 minuti", "100%"),
            ("Richieste di assistenza tramite CIVIS lavorate entro 5 gg", "≥ 90%", "83,6%", "92,9%"),
        ]),
    ]),
    ("2 – Prevenzione e contrasto all'evasione", [
        ("2.1 – Favorire l'adempimento spontaneo", [
            ("Comunicazioni per la promozione della compliance inviate", "≥ 2.300.000", "2.542.100", "100%"),
            ("Somme riscosse a seguito delle comunicazioni di compliance", "≥ € 3.500.000.000,00", "€ 4.100.000.000,00", "100%"),
            ("Accordi preventivi per imprese con attività internazionale conclusi", "≥ 150", "138", "92,0%"),
        ]),
        ("2.2 – Contrastare l'evasione e le frodi fiscali", [
            ("Riscossione complessiva da attività di contrasto all'evasione", "≥ € 15.200.000.000,00", "€ 20.200.000.000,00", "100%"),
            ("Controlli sostanziali sulle imprese di grandi dimensioni", "≥ 2.600", "2.712", "100%"),
            ("Percentuale di accertamenti definiti con adesione o acquiescenza", "≥ 65%", "61,2%", "94,2%"),
            ("Crediti d'imposta inesistenti sequestrati o bloccati", "n.q.", "€ 2.314.000.000,00", "–"),
            ("Tasso di vittoria in giudizio (sentenze definitive)", "≥ 70%", "72,5%", "100%"),
        ]),
    ]),
    ("3 – Servizi catastali e pubblicità immobiliare", [
        ("3.1 – Aggiornare e migliorare le banche dati catastali", [
            ("Atti di aggiornamento catastale (DOCFA e PREGEO) lavorati entro 30 gg", "≥ 95%", "97,8%", "100%"),
            ("Fabbricati non dichiarati individuati tramite incrocio con le immagini aeree", "≥ 12.000", "9.450", "78,8%"),
            ("Tempo medio di evasione delle istanze di correzione dati", "≤ 15 gg", "17 gg", "88,2%"),
        ]),
        ("3.2 – Semplificare l'accesso ai servizi di pubblicità immobiliare", [
            ("Ispezioni ipotecarie telematiche sul totale", "≥ 90%", "93,6%", "100%"),
            ("Note di trascrizione registrate in giornata", "≥ 99%", "99,4%", "100%"),
        ]),
    ]),
    ("4 – Organizzazione e risorse", [
        ("4.1 – Rafforzare il capitale umano", [
            ("Ore di formazione erogate per dipendente", "≥ 30 ore", "34,2 ore", "100%"),
            ("Assunzioni di funzionari tributari effettuate", "≥ 3.500", "3.970", "100%"),
            ("Personale in lavoro agile (media annua)", "40-50%", "46,8%", "100%"),
        ]),
        ("4.2 – Razionalizzare le sedi e ridurre i costi di funzionamento", [
            ("Riduzione dei costi per locazioni passive rispetto al 2021", "≥ 3%", "2,1%", "70,0%"),
            ("Uffici riorganizzati secondo il nuovo modello territoriale", "20", "20", "100%"),
        ]),
    ]),
]


def entrate():
    rows = []
    for atext, objs in ae:
        acode, atitle = atext.split(" – ", 1)
        for oi, (otext, inds) in enumerate(objs):
            ocode, otitle = otext.split(" – ", 1)
            for ii, (name, tgt, act, pc) in enumerate(inds):
                tp, ap = parse_value(tgt), parse_value(act)
                rows.append({"cells": [atext, otext, name, tgt, act, pc],
                             "area": {"level": "area", "code": acode, "title": atitle},
                             "objective": {"level": "strategic", "code": ocode, "title": otitle},
                             "indicator": name, "target_p": tp, "actual_p": ap,
                             "achievement": None if pc == "–" else float(pc.rstrip("%").replace(",", ".")),
                             "met": met_of(name, tp, ap)})
    return {
        "name": "agenzia-entrate-2022-relazione", "renderer": "calc", "orientation": "landscape",
        "document": {"issuer": "Agenzia delle Entrate", "title": "Relazione sulla performance",
                     "year": 2022, "kind": "relazione"},
        "cover": ["AGENZIA DELLE ENTRATE", "Direzione Centrale Amministrazione, Pianificazione e Controllo",
                  "RELAZIONE SULLA PERFORMANCE 2022", "Allegato 1 – Risultati degli obiettivi e degli indicatori"],
        "intro": [
            "Il presente allegato riporta, per ciascuna area e obiettivo del Piano della performance 2022-2024, "
            "il risultato atteso e il risultato conseguito al 31 dicembre 2022 per ogni indicatore, con la percentuale "
            "di conseguimento calcolata secondo il Sistema di misurazione e valutazione della performance.",
            "La percentuale di conseguimento è pari al rapporto tra risultato conseguito e atteso, con un massimo del 100%; "
            "per gli indicatori di tempo il rapporto è calcolato in senso inverso. n.q. = non quantificato.",
        ],
        "table": {"header": ["Area", "Obiettivo", "Indicatore", "Risultato atteso",
                             "Risultato conseguito", "% conseguimento"],
                  "fields": ["area", "objective", "indicator", "target", "actual", "achievement"],
                  "rows": rows},
        "staff": {"title": "Personale in servizio al 31/12/2022 per area professionale",
                  "header": ["Qualifica", "Uomini", "Donne", "Totale", "Variazione su 2021"],
                  "rows": [["Dirigenti", "142", "118", "260", "+12"],
                           ["Funzionari (III area)", "11.864", "13.902", "25.766", "+2.318"],
                           ["Assistenti (II area)", "3.412", "4.605", "8.017", "-1.104"],
                           ["Operatori (I area)", "96", "71", "167", "-23"],
                           ["Totale", "15.514", "18.696", "34.210", "+1.203"]]},
        "blocks": [],
    }


# ======================================================================= 4. ATS Brianza
ats_schede = [
    ("1", "Prevenzione e promozione della salute", "1.2", "Aumentare l'adesione ai programmi di screening oncologico",
     "Direttore UOC Screening", "20%", [
        ("Tasso di adesione allo screening mammografico", "≥ 65%", "62,4%", "Non raggiunto"),
        ("Tasso di adesione allo screening colorettale", "≥ 50%", "51,8%", "Raggiunto"),
        ("Inviti allo screening cervicale (HPV) sulla popolazione target", "100%", "100%", "Raggiunto"),
     ], "Parzialmente raggiunto", "l'adesione allo screening mammografico è stata condizionata dalla carenza di tecnici di radiologia nei centri di Monza e Lecco; sono state attivate sedute aggiuntive nel sabato mattina."),
    ("1", "Prevenzione e promozione della salute", "1.4", "Garantire i controlli negli ambienti di lavoro",
     "Direttore UOC Prevenzione e Sicurezza Ambienti di Lavoro", "15%", [
        ("Aziende controllate sul totale delle aziende attive con dipendenti", "≥ 5%", "5,6%", "Raggiunto"),
        ("Numero di cantieri edili ispezionati", "≥ 480", "512", "Raggiunto"),
     ], "Raggiunto", "entrambi i target sono stati superati grazie al piano straordinario di vigilanza nei cantieri finanziati dal PNRR."),
    ("2", "Governo della rete dei servizi sanitari e sociosanitari", "2.1", "Ridurre i tempi di attesa delle prestazioni ambulatoriali",
     "Direttore Dipartimento PAAPSS", "25%", [
        ("Prime visite in classe B erogate entro 10 giorni", "≥ 90%", "84,3%", "Non raggiunto"),
        ("Esami diagnostici in classe D erogati entro 60 giorni", "≥ 90%", "91,2%", "Raggiunto"),
        ("Tempo medio di attesa per la prima visita oculistica", "≤ 60 gg", "73 gg", "Non raggiunto"),
        ("Agende pubblicate sul CUP regionale sul totale delle agende", "≥ 95%", "97,5%", "Raggiunto"),
     ], "Parzialmente raggiunto", "nel secondo semestre le strutture erogatrici hanno recuperato parte delle prestazioni sospese, ma i tempi delle visite oculistiche restano superiori allo standard regionale."),
    ("2", "Governo della rete dei servizi sanitari e sociosanitari", "2.3", "Potenziare l'assistenza domiciliare integrata",
     "Direttore Dipartimento PIPSS", "20%", [
        ("Percentuale di over 65 presi in carico in ADI", "≥ 6%", "6,3%", "Raggiunto"),
        ("Valutazioni multidimensionali effettuate entro 72 ore dalla segnalazione", "≥ 80%", "82,0%", "Raggiunto"),
        ("Controlli di appropriatezza sui fascicoli ADI", "≥ 1.200", "1.265", "Raggiunto"),
     ], "Raggiunto", "tutti i target sono stati conseguiti; l'attivazione delle Centrali Operative Territoriali ha migliorato la presa in carico."),
    ("3", "Efficienza e trasparenza amministrativa", "3.1", "Garantire la sostenibilità economica e la tempestività dei pagamenti",
     "Direttore UOC Economico Finanziaria", "20%", [
        ("Indicatore di tempestività dei pagamenti", "≤ 0 gg", "-12 gg", "Raggiunto"),
        ("Rispetto del tetto di spesa per beni e servizi", "≤ € 38.500.000,00", "€ 39.120.450,00", "Non raggiunto"),
        ("Percentuale di obblighi di pubblicazione in Amministrazione trasparente assolti", "100%", "96%", "Parzialmente raggiunto"),
     ], "Parzialmente raggiunto", "il superamento del tetto di spesa è dovuto ai maggiori costi energetici, riconosciuti in sede di assestamento regionale."),
]

STATUS = {"Raggiunto": "achieved", "Parzialmente raggiunto": "partially_achieved",
          "Non raggiunto": "not_achieved"}


def ats():
    blocks = [
        {"type": "cover"},
        {"type": "heading", "level": 1, "text": "1. Presentazione"},
        {"type": "para", "text": (
            "La Relazione sulla performance 2022 rendiconta i risultati conseguiti dall'Agenzia "
            "rispetto agli obiettivi del Piano integrato di attività e organizzazione 2022-2024, "
            "nel quadro delle regole di sistema definite da Regione Lombardia. Gli obiettivi "
            "sono presentati in forma di scheda: per ciascun obiettivo operativo sono riportati "
            "il responsabile, il peso, gli indicatori con il valore atteso e quello rilevato e "
            "l'esito della valutazione.")},
        {"type": "heading", "level": 1, "text": "2. Sintesi dei risultati"},
        {"type": "table", "role": "other",
         "header": ["Esito", "N. obiettivi", "%"],
         "rows": [["Raggiunto", "2", "40%"], ["Parzialmente raggiunto", "3", "60%"],
                  ["Non raggiunto", "0", "0%"], ["Totale", "5", "100%"]]},
        {"type": "para", "text": (
            "Il grado medio di raggiungimento degli obiettivi operativi, ponderato per il peso, "
            "è pari al 91,4%. Di seguito le schede obiettivo con il dettaglio degli indicatori.")},
        {"type": "heading", "level": 1, "text": "3. Schede obiettivo"},
    ]
    for scode, stitle, ocode, otitle, resp, peso, inds, esito, comm in ats_schede:
        blocks.append({"type": "kv", "rows": [
            ["Obiettivo strategico", f"{scode} – {stitle}"],
            ["Obiettivo operativo", f"{ocode} – {otitle}"],
            ["Responsabile", resp], ["Peso", peso]],
            "hier": [{"level": "strategic", "code": scode, "title": stitle},
                     {"level": "operational", "code": ocode, "title": otitle}]})
        rows = []
        for name, att, ril, es in inds:
            tp, ap = parse_value(att), parse_value(ril)
            rows.append({"cells": [name, att, ril, es], "indicator": name,
                         "target_p": tp, "actual_p": ap, "status": STATUS[es],
                         "met": met_of(name, tp, ap)})
        blocks.append({"type": "table", "role": "indicators",
                       "header": ["Indicatore", "Atteso", "Rilevato", "Esito"],
                       "fields": ["indicator", "target", "actual", "status"], "rows": rows})
        blocks.append({"type": "status", "text": f"Esito: {esito} – {comm}",
                       "status": STATUS[esito], "phrase": esito, "comment": comm})
    return {
        "name": "ats-brianza-2022-relazione", "renderer": "word", "orientation": "portrait",
        "document": {"issuer": "Agenzia di Tutela della Salute della Brianza",
                     "title": "Relazione sulla performance", "year": 2022, "kind": "relazione"},
        "cover": ["Sistema Socio Sanitario – Regione Lombardia", "ATS Brianza",
                  "Agenzia di Tutela della Salute della Brianza",
                  "RELAZIONE SULLA PERFORMANCE 2022",
                  "Adottata con decreto del Direttore Generale n. 412 del 27 giugno 2023"],
        "running_header": "ATS Brianza – Relazione sulla performance 2022",
        "blocks": blocks,
    }


if __name__ == "__main__":
    for c in (bolzano(), bologna(), entrate(), ats()):
        with open(f"{c['name']}.content.json", "w") as f:
            json.dump(c, f, ensure_ascii=False, indent=1)
        if "--show" in sys.argv:
            print("==", c["name"])
            blocks = c["blocks"] + ([{"type": "table", "role": "indicators", **c["table"]}]
                                    if "table" in c else [])
            for b in blocks:
                if b.get("type") == "table" and b.get("role") == "indicators":
                    for r in b["rows"]:
                        if "years" in r:
                            print(f"  {r['indicator'][:48]:48} " + " | ".join(
                                f"{y}:{v['target_p']}" for y, v in r["years"].items()))
                        else:
                            t = r["cells"][b["fields"].index("target")]
                            a = r["cells"][b["fields"].index("actual")]
                            print(f"  {r['indicator'][:40]:40} {t!r:22}{r['target_p']} || {a!r:20}{r['actual_p']} met={r['met']}")
