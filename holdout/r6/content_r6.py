"""Writes the r6 *.content.json files (invented, realistic content). Parsed values come from
r6lib.parse_value (my own reading of RECORDS.md) and are printed by `--show` for a check by
eye; `met` is computed by r6lib.my_met and also checked by eye."""
from __future__ import annotations

import json
import sys

from r6lib import clean, my_met, parse_value


def P(text):
    p = parse_value(text)
    return [p[0], _n(p[1]), _n(p[2]), p[3]]


def _n(x):
    if x is None:
        return None
    return int(x) if float(x).is_integer() else round(x, 6)


def year_entry(year, target=None, actual=None, weight=None, achievement=None):
    tp, ap = P(target), P(actual)
    met = my_met(tp, ap) if clean(target) and clean(actual) else None
    return {"year": year, "target": target, "target_p": tp, "actual": actual, "actual_p": ap,
            "weight": weight, "achievement": achievement, "met": met}


def hier(area=None, level=None, code=None, title=None):
    a_code, a_title = (area or (None, None))
    return {"area_code": a_code, "area_title": a_title, "objective_level": level,
            "objective_code": code, "objective_title": title}


SAMPLES = {}

# =========================================================================== 1. INAIL
def inail():
    name = "inail-2023-piano"
    os_list = [
        ("1", "Rafforzare la prevenzione degli infortuni e delle malattie professionali", [
            ("1.1", "Incentivare gli investimenti delle imprese in salute e sicurezza", [
                ("Imprese finanziate con il Bando ISI sul totale delle domande ammesse",
                 "Efficacia", "Procedura ISI", "38,4%", "≥ 40%", "≥ 42%", "≥ 45%"),
                ("Tempo medio di erogazione dei contributi ISI dalla rendicontazione finale",
                 "Efficienza", "Sistema contabile", "148 gg", "≤ 120 gg", "≤ 110 gg", "≤ 100 gg"),
            ]),
            ("1.2", "Diffondere la cultura della sicurezza nelle scuole e tra i giovani", [
                ("Istituti scolastici coinvolti in progetti di formazione sulla sicurezza",
                 "Efficacia", "Banca dati progetti di prevenzione", "1.320", "1.450", "1.550",
                 "1.650"),
                ("Gradimento medio dei partecipanti ai percorsi formativi", "Qualità",
                 "Questionari di gradimento", "4,3 su 5", "≥ 4,3", "≥ 4,4", "≥ 4,4"),
            ]),
        ]),
        ("2", "Migliorare la tempestività e la qualità delle prestazioni istituzionali", [
            ("2.1", "Ridurre i tempi di definizione dei casi di infortunio", [
                ("Casi di infortunio definiti entro 30 giorni dalla denuncia", "Efficacia",
                 "Procedura GRA", "78,6%", "80-85%", "82-87%", "85-90%"),
                ("Tempo medio di liquidazione dell'indennità di inabilità temporanea",
                 "Efficienza", "Procedura GRA", "19 gg", "≤ 18 gg", "≤ 16 gg", "≤ 15 gg"),
            ]),
            ("2.2", "Potenziare la presa in carico riabilitativa e protesica", [
                ("Assistiti con progetto riabilitativo individuale", "Efficacia",
                 "Cartella clinica informatizzata", "11.480", "≥ 12.000", "≥ 12.500", None),
                ("Tempo medio di attesa per la fornitura di protesi e ausili", "Efficienza",
                 "Centro Protesi di Vigorso di Budrio", "62 gg", "≤ 55 gg", "≤ 50 gg",
                 "≤ 45 gg"),
                ("Attivazione della telemedicina riabilitativa nelle sedi regionali",
                 "Efficacia", "Direzione centrale assistenza protesica e riabilitazione",
                 "Sperimentazione in 3 regioni", "Estensione a 10 regioni",
                 "Estensione a tutte le regioni", "Messa a regime del servizio"),
            ]),
        ]),
        ("3", "Digitalizzare i servizi e semplificare il rapporto con l'utenza", [
            ("3.1", "Ampliare i servizi telematici", [
                ("Servizi online fruibili con SPID, CIE e CNS sul totale dei servizi online",
                 "Efficacia", "Portale istituzionale", "86%", "92%", "96%", "100%"),
                ("Domande di rimborso presentate per via telematica", "Efficacia",
                 "Sportello virtuale", "64,2%", "≥ 70%", "≥ 75%", "≥ 80%"),
            ]),
            ("3.2", "Migliorare la soddisfazione dell'utenza", [
                ("Indice di soddisfazione complessiva dell'utenza (scala 1-5)", "Qualità",
                 "Indagine annuale di customer satisfaction", "3,92", "≥ 4,00", "≥ 4,05",
                 "≥ 4,10"),
                ("Tempo medio di risposta ai quesiti del Contact center", "Efficienza",
                 "Sistema di ticketing", "3,4 gg lavorativi", "≤ 3 gg lavorativi",
                 "≤ 2,5 gg lavorativi", "≤ 2 gg lavorativi"),
            ]),
        ]),
        ("4", "Assicurare l'efficienza gestionale e la sostenibilità economica", [
            ("4.1", "Contrastare l'evasione e l'elusione contributiva", [
                ("Premi omessi accertati a seguito dell'attività di vigilanza ispettiva",
                 "Economicità", "Procedura Vigilanza", "€ 112,6 mln", "≥ € 115 mln",
                 "≥ € 118 mln", "≥ € 120 mln"),
                ("Aziende ispezionate risultate irregolari", "Efficacia", "Procedura Vigilanza",
                 "87,1%", "≥ 85%", "≥ 85%", "≥ 85%"),
            ]),
            ("4.2", "Razionalizzare il patrimonio immobiliare strumentale", [
                ("Riduzione dei costi di locazione passiva rispetto all'anno 2022",
                 "Economicità", "Contabilità analitica", "€ 24.850.000,00", "≥ 3%", "≥ 5%",
                 "≥ 8%"),
                ("Interventi di efficientamento energetico completati sugli immobili "
                 "strumentali", "Impatto", "Direzione centrale patrimonio", "6", "10", "15", "20"),
                ("Adozione del nuovo Piano triennale degli investimenti immobiliari",
                 "Efficacia", "Delibere del Consiglio di amministrazione", "n.d.",
                 "Adozione entro il 30/06/2023", "Aggiornamento annuale",
                 "Aggiornamento annuale"),
            ]),
        ]),
    ]
    blocks = [
        {"type": "cover", "lines": [
            ["INAIL", 30, True],
            ["Istituto Nazionale per l'Assicurazione contro gli Infortuni sul Lavoro", 14, True],
            ["Piano della performance 2023-2025", 22, True],
            ["Approvato con determinazione del Presidente n. 27 del 25 gennaio 2023", 10, False]]},
        {"type": "page_break"},
        {"type": "heading", "text": "1. Presentazione del Piano"},
        {"type": "paragraph", "text": "Il Piano della performance 2023-2025 dell'Istituto definisce, in coerenza con la Relazione programmatica e con il bilancio di previsione, gli obiettivi strategici e gli obiettivi specifici che orientano l'azione delle Strutture centrali e territoriali nel triennio. Per ciascun obiettivo specifico sono individuati uno o più indicatori, con la relativa tipologia, la fonte del dato, il valore di partenza rilevato al 31 dicembre 2022 e i target attesi per ciascuna annualità."},
        {"type": "paragraph", "text": "Il Piano è redatto secondo le Linee guida del Dipartimento della funzione pubblica e costituisce la base per la misurazione e la valutazione della performance organizzativa e individuale. Gli esiti saranno rendicontati nella Relazione sulla performance, validata dall'Organismo indipendente di valutazione."},
        {"type": "heading", "text": "2. L'Istituto in cifre"},
        {"type": "paragraph", "text": "La tabella seguente riporta alcuni dati di contesto relativi all'attività istituzionale degli ultimi due esercizi."},
        {"type": "table", "role": "other", "caption": "Tabella 1 – Principali dati di attività",
         "header": ["Dato di contesto", "2021", "2022"],
         "widths": [12.0, 4.0, 4.0],
         "rows": [["Denunce di infortunio pervenute", "564.089", "697.773"],
                  ["Denunce di malattia professionale pervenute", "55.288", "60.774"],
                  ["Posizioni assicurative territoriali attive", "3.712.455", "3.768.102"],
                  ["Prestazioni economiche erogate (milioni di euro)", "5.190", "5.402"],
                  ["Personale in servizio al 31 dicembre", "8.147", "8.031"]]},
        {"type": "page_break"},
        {"type": "heading", "text": "3. Obiettivi strategici e obiettivi specifici"},
        {"type": "paragraph", "text": "Gli obiettivi sono presentati per obiettivo strategico. La colonna Tipologia indica la dimensione di performance misurata (efficacia, efficienza, qualità, economicità, impatto)."},
    ]
    header = ["Obiettivo specifico", "Indicatore", "Tipologia", "Fonte", "Baseline 2022",
              "Target 2023", "Target 2024", "Target 2025"]
    n = 0
    for oscode, ostitle, specs in os_list:
        groups = []
        for sc, st, inds in specs:
            rows = []
            for ind, typ, src, base, t1, t2, t3 in inds:
                n += 1
                rows.append({
                    "base": {**hier(None, "operational", sc, st), "area_code": oscode,
                             "indicator_code": None, "indicator": ind, "type": typ,
                             "formula": None, "unit": None, "data_source": src,
                             "baseline": base, "notes": None, "status": None,
                             "status_text": None, "comment": None},
                    "per_year": [year_entry(2023, t1), year_entry(2024, t2),
                                 year_entry(2025, t3)],
                    "cells": [ind, typ, src, base, t1, t2, t3]})
            groups.append({"text": f"{sc} – {st}", "rows": rows})
        blocks.append({"type": "table", "role": "indicators",
                       "title": f"Obiettivo strategico {oscode} – {ostitle}",
                       "header": header, "widths": [4.6, 6.4, 2.4, 3.6, 2.5, 2.4, 2.4, 2.4],
                       "groups": groups})
        blocks.append({"type": "spacer"})
    blocks += [
        {"type": "page_break"},
        {"type": "heading", "text": "4. Risorse finanziarie"},
        {"type": "paragraph", "text": "Le risorse stanziate nel bilancio di previsione 2023 sono ripartite tra gli obiettivi strategici come segue."},
        {"type": "table", "role": "other", "caption": "Tabella 2 – Risorse per obiettivo strategico (euro)",
         "header": ["Obiettivo strategico", "2023", "2024", "2025"],
         "widths": [11.0, 4.2, 4.2, 4.2],
         "rows": [["1 – Prevenzione degli infortuni e delle malattie professionali", "412.500.000,00", "420.000.000,00", "425.000.000,00"],
                  ["2 – Tempestività e qualità delle prestazioni", "186.300.000,00", "188.900.000,00", "190.100.000,00"],
                  ["3 – Digitalizzazione dei servizi", "74.800.000,00", "69.200.000,00", "61.500.000,00"],
                  ["4 – Efficienza gestionale e sostenibilità", "52.150.000,00", "50.700.000,00", "49.900.000,00"],
                  ["Totale", "725.750.000,00", "728.800.000,00", "726.500.000,00"]]},
        {"type": "paragraph", "text": "Il monitoraggio degli obiettivi è effettuato con cadenza semestrale dalla Direzione centrale pianificazione e comunicazione; eventuali rimodulazioni dei target sono sottoposte al Consiglio di amministrazione."},
    ]
    return name, {
        "name": name, "layout": "word-inail", "orientation": "landscape",
        "document": {"issuer": "Istituto Nazionale per l'Assicurazione contro gli Infortuni sul Lavoro",
                     "title": "Piano della performance", "year": 2023, "kind": "piano"},
        "running_header": "INAIL – Piano della performance 2023-2025",
        "_about": ["Word landscape; each strategic objective is a table whose first row is a merged title row (repeated with the header on each page); 'Obiettivo specifico' cell merged down over its indicators; one record per indicator and target year (2023-2025); Baseline 2022 -> baseline. No area heading: area_code = first segment of the specific objective code; objective_level operational ('Obiettivo specifico')."],
        "blocks": blocks}


# =========================================================================== 2. AUSL Romagna
def ausl():
    name = "ausl-romagna-2022-relazione"
    data = [
        ("Accesso e domanda", "Garantire i tempi di attesa delle prestazioni specialistiche", [
            ("Prime visite specialistiche erogate entro 30 giorni", "≥ 90%", "86,4%", "96,0%", "Recupero delle prestazioni sospese nel periodo pandemico"),
            ("Esami diagnostici erogati entro 60 giorni", "≥ 90%", "91,2%", "100%", None),
            ("Prescrizioni di controllo effettuate direttamente dallo specialista", "≥ 80%", "83,5%", "100%", None)]),
        ("Accesso e domanda", "Ridurre i tempi di attesa per i ricoveri programmati", [
            ("Interventi oncologici eseguiti entro i tempi della classe di priorità A", "≥ 90%", "88,7%", "98,6%", None),
            ("Interventi di protesi d'anca eseguiti entro 180 giorni", "≥ 85%", "72,3%", "85,1%", "Riconversione temporanea di posti letto chirurgici per l'emergenza Covid"),
            ("Recupero della casistica in lista d'attesa al 31/12/2021", "100%", "94%", "94,0%", None)]),
        ("Accesso e domanda", "Migliorare l'accesso al Pronto soccorso", [
            ("Accessi in Pronto soccorso con permanenza inferiore a 6 ore", "≥ 85%", "79,8%", "93,9%", None),
            ("Abbandoni del Pronto soccorso prima della visita medica", "≤ 4%", "4,6%", "87,0%", None)]),
        ("Integrazione ospedale-territorio", "Sviluppare le Case della Comunità", [
            ("Case della Comunità attive", "28", "28", "100%", None),
            ("Pazienti cronici presi in carico con Piano assistenziale individuale", "≥ 12.000", "12.845", "100%", None)]),
        ("Integrazione ospedale-territorio", "Potenziare l'assistenza domiciliare", [
            ("Assistiti over 65 in assistenza domiciliare integrata sulla popolazione over 65", "≥ 6%", "5,7%", "95,0%", "Target PNRR al 2026: 10%"),
            ("Dimissioni protette attivate entro 48 ore dalla segnalazione", "≥ 75%", "81,0%", "100%", None),
            ("Attivazione della Centrale Operativa Territoriale di Ravenna", "Entro il 31/12/2022", "Obiettivo sospeso", None, "Attivazione rinviata al 2023 per il ritardo dei lavori finanziati dal PNRR")]),
        ("Esiti", "Migliorare gli esiti delle cure ospedaliere", [
            ("Mortalità a 30 giorni dopo infarto miocardico acuto", "≤ 8%", "7,4%", "100%", None),
            ("Interventi per frattura di femore over 65 eseguiti entro 2 giorni", "≥ 70%", "73,6%", "100%", None),
            ("Parti cesarei primari", "≤ 15%", "16,2%", "92,0%", None),
            ("Colecistectomie laparoscopiche con degenza post-operatoria inferiore a 3 giorni", "≥ 75%", "80,3%", "100%", None)]),
        ("Qualità, sicurezza e gestione del rischio", "Prevenire le infezioni correlate all'assistenza", [
            ("Consumo di soluzione idroalcolica per 1.000 giornate di degenza (litri)", "≥ 20", "22,4", "100%", None),
            ("Adesione alla checklist di sala operatoria", "≥ 95%", "97,1%", "100%", None)]),
        ("Qualità, sicurezza e gestione del rischio", "Sviluppare la gestione del rischio clinico", [
            ("Segnalazioni di incident reporting analizzate entro 30 giorni", "≥ 90%", "n.d.", None, "Dato non disponibile per il passaggio al nuovo applicativo regionale"),
            ("Audit clinici e revisioni di mortalità e morbilità realizzati", "≥ 40", "46", "100%", None)]),
        ("Prevenzione", "Aumentare l'adesione agli screening oncologici", [
            ("Adesione allo screening mammografico", "≥ 70%", "68,9%", "98,4%", None),
            ("Adesione allo screening colorettale", "≥ 55%", "51,2%", "93,1%", None),
            ("Adesione allo screening cervicale", "≥ 60%", "62,5%", "100%", None)]),
        ("Prevenzione", "Garantire le coperture vaccinali", [
            ("Copertura vaccinale antinfluenzale nella popolazione over 65", "≥ 75%", "64,3%", "85,7%", "Valore medio regionale: 62,1%"),
            ("Copertura vaccinale MPR a 24 mesi", "≥ 95%", "95,4%", "100%", None)]),
        ("Sostenibilità economico-finanziaria", "Rispettare il vincolo di bilancio", [
            ("Risultato d'esercizio", "Pareggio di bilancio", "€ 0,00", "100%", "Pareggio conseguito con i contributi regionali a copertura dei costi Covid"),
            ("Spesa farmaceutica convenzionata pro capite", "≤ € 138,00", "€ 135,42", "100%", None),
            ("Tempo medio di pagamento dei fornitori", "≤ 60 gg", "52 gg", "100%", None)]),
        ("Sostenibilità economico-finanziaria", "Governare la spesa per beni sanitari", [
            ("Spesa per dispositivi medici sul finanziamento del fondo sanitario", "≤ 4,4%", "4,9%", "89,8%", None)]),
        ("Anticorruzione e trasparenza", "Assicurare la trasparenza amministrativa", [
            ("Obblighi di pubblicazione assolti nella sezione Amministrazione trasparente", "100%", "98%", "98,0%", None),
            ("Dipendenti formati in materia di prevenzione della corruzione", "≥ 1.500", "1.742", "100%", None)]),
        ("Sviluppo organizzativo", "Valorizzare le risorse umane", [
            ("Dipendenti con valutazione individuale completata entro il 30 aprile", "≥ 95%", "97,8%", "100%", None),
            ("Ore di formazione pro capite del personale del comparto", "≥ 20 ore", "18,5 ore", "92,5%", None)]),
    ]
    rows = []
    for area, obj, inds in data:
        for ind, t, a, g, note in inds:
            st, stt = (("suspended", "Obiettivo sospeso") if a == "Obiettivo sospeso"
                       else (None, None))
            ye = year_entry(2022, t, a, achievement=_n(P(g)[1]) if g else None)
            rows.append({"base": {**hier((None, area), "strategic", None, obj),
                                  "indicator_code": None, "indicator": ind, "type": None,
                                  "formula": None, "unit": None, "data_source": None,
                                  "weight": None, "baseline": None, "notes": note,
                                  "status": st, "status_text": stt, "comment": None},
                         "per_year": [ye], "cells": [area, obj, ind, t, a, g, note]})
    # summary of achievement (a non-indicator table) computed from the rows
    buckets = {"100%": 0, "Tra 90% e 99,9%": 0, "Inferiore a 90%": 0, "Non valutabile": 0}
    for r in rows:
        g = r["per_year"][0]["achievement"]
        if g is None:
            buckets["Non valutabile"] += 1
        elif g >= 100:
            buckets["100%"] += 1
        elif g >= 90:
            buckets["Tra 90% e 99,9%"] += 1
        else:
            buckets["Inferiore a 90%"] += 1
    tot = len(rows)
    summ = [[k, str(v), f"{v / tot * 100:.1f}%".replace(".", ",")] for k, v in buckets.items()]
    summ.append(["Totale", str(tot), "100,0%"])
    blocks = [
        {"type": "sheet", "name": "Relazione"},
        {"type": "cover", "lines": [["Azienda Unità Sanitaria Locale della Romagna", 16, True],
                                    ["Relazione sulla performance 2022", 14, True],
                                    ["Adottata con deliberazione del Direttore generale n. 198 del 28 giugno 2023", 9, False]]},
        {"type": "heading", "text": "1. Presentazione"},
        {"type": "paragraph", "text": "La Relazione sulla performance 2022 rendiconta i risultati conseguiti dall'Azienda rispetto agli obiettivi e agli indicatori del Piano della performance 2021-2023, aggiornato per l'anno 2022. Il 2022 è stato caratterizzato dalla progressiva uscita dalla fase emergenziale della pandemia e dall'avvio degli investimenti della Missione 6 del PNRR."},
        {"type": "paragraph", "text": "Per ciascun indicatore sono riportati il valore atteso, il valore conseguito al 31 dicembre 2022 e il grado di raggiungimento, calcolato come rapporto tra il valore conseguito e il valore atteso (rapporto inverso per gli indicatori da minimizzare), con un massimo del 100%."},
        {"type": "heading", "text": "2. L'Azienda in sintesi"},
        {"type": "table", "role": "other", "header": ["Dato", "2021", "2022"],
         "rows": [["Popolazione residente", "1.124.896", "1.121.742"],
                  ["Presidi ospedalieri", "13", "13"],
                  ["Posti letto ordinari", "3.254", "3.198"],
                  ["Personale dipendente al 31/12", "16.214", "16.387"],
                  ["Costo della produzione (milioni di euro)", "2.471,6", "2.523,9"]]},
        {"type": "heading", "text": "3. Risultati degli indicatori di performance"},
        {"type": "table", "role": "indicators",
         "header": ["Area", "Obiettivo", "Indicatore", "Atteso 2022", "Conseguito 2022",
                    "Grado di raggiungimento", "Note"],
         "widths": [10, 14, 21, 8, 9.5, 12.5, 15], "rows": rows},
        {"type": "heading", "text": "4. Sintesi dei risultati"},
        {"type": "paragraph", "text": f"Dei {tot} indicatori monitorati, {buckets['100%']} hanno raggiunto pienamente il valore atteso; per un indicatore il dato non è disponibile e un obiettivo è stato sospeso."},
        {"type": "table", "role": "other",
         "header": ["Grado di raggiungimento", "N. indicatori", "%"], "rows": summ},
    ]
    return name, {"name": name, "layout": "calc-plain", "orientation": "portrait",
                  "document": {"issuer": "Azienda Unità Sanitaria Locale della Romagna",
                               "title": "Relazione sulla performance", "year": 2022,
                               "kind": "relazione"},
                  "running_header": "AUSL della Romagna – Relazione sulla performance 2022",
                  "_about": ["Calc portrait, no borders, light shading only in the header row (repeated on each page); Area and Obiettivo repeated on every row (no codes): area_code null, area_title = Area cell, objective_level strategic (an 'Obiettivo' without level word under an area), objective_code null. 'Obiettivo sospeso' in Conseguito sets status suspended.",
                             "Non-indicator tables: 'L'Azienda in sintesi' and the 'Sintesi dei risultati' count table."],
                  "blocks": blocks}


# =========================================================================== 3. Napoli PIAO
def napoli():
    name = "comune-napoli-2023-piao"
    ovp = [
        ("1", "Napoli città sicura e della legalità", [
            ("Interventi della Polizia Locale per la sicurezza urbana", "18.400", "≥ 19.000", "≥ 19.500", "≥ 20.000"),
            ("Tempo medio di intervento su chiamata della Centrale operativa", "24 minuti", "≤ 22 minuti", "≤ 20 minuti", None),
            ("Beni confiscati riassegnati per finalità sociali", "37", "45", "55", "65")],
         "cittadini, associazioni di categoria, Prefettura, Forze dell'ordine, enti del Terzo settore assegnatari dei beni confiscati.",
         "Corpo di Polizia Locale (1.640 unità); € 4.350.000,00 per il rinnovo del parco veicoli e della videosorveglianza (fondi PON Metro)."),
        ("2", "Inclusione sociale e contrasto alle povertà", [
            ("Nuclei beneficiari di misure di inclusione presi in carico dai servizi sociali", "9.850", "≥ 10.500", "≥ 11.000", "≥ 11.500"),
            ("Posti disponibili negli asili nido comunali", "1.460", "1.600", "1.850", "2.100"),
            ("Tempo medio di evasione delle domande di contributo per l'affitto", "95 gg", "≤ 75 gg", "≤ 60 gg", "≤ 60 gg"),
            ("Persone senza dimora accolte nei centri comunali", "612", "≥ 650", None, None)],
         "famiglie in condizione di fragilità, persone con disabilità, persone senza dimora, Municipalità, enti del Terzo settore, INPS.",
         "Area Welfare e servizi sociali; Fondo nazionale politiche sociali e Fondo povertà; PNRR Missione 5 per € 18,2 milioni."),
        ("3", "Città sostenibile e transizione ecologica", [
            ("Raccolta differenziata dei rifiuti urbani", "38,4%", "45%", "50%", "55%"),
            ("Nuovi alberi messi a dimora", "1.200", "2.000", "2.500", "3.000"),
            ("Chilometri di corsie ciclabili realizzate", "22,5 km", "30 km", "38 km", None)],
         "cittadini, ASIA Napoli S.p.A., comitati di quartiere, associazioni ambientaliste, Città Metropolitana.",
         "Area Ambiente e Area Verde urbano; contratto di servizio ASIA; fondi PNRR per la forestazione urbana."),
        ("4", "Mobilità e infrastrutture", [
            ("Stazioni della Linea 1 della metropolitana in esercizio", "18", "18", "19", "21"),
            ("Buche stradali riparate entro 72 ore dalla segnalazione", "61%", "≥ 70%", "≥ 80%", "≥ 85%")],
         "utenti del trasporto pubblico, pendolari, ANM S.p.A., imprese di costruzione, Municipalità.",
         "Area Infrastrutture; € 9.800.000,00 per la manutenzione straordinaria della rete stradale."),
        ("5", "Amministrazione digitale, semplificazione ed equilibrio di bilancio", [
            ("Servizi comunali accessibili online con SPID o CIE", "74", "110", "150", None),
            ("Certificati anagrafici rilasciati online sul totale dei certificati", "42%", "≥ 55%", "≥ 65%", "≥ 75%"),
            ("Tempo medio di pagamento delle fatture commerciali", "84 gg", "≤ 60 gg", "≤ 45 gg", "≤ 30 gg"),
            ("Riscossione dei tributi comunali in conto competenza", "61,7%", "64-66%", "68-70%", "≥ 72%")],
         "cittadini, imprese, professionisti, Corte dei conti, Ministero dell'Economia e delle Finanze.",
         "Area Sistemi informativi e Area Risorse finanziarie; Patto per Napoli (DL 50/2022); Misura 1.4.1 PNRR per € 2.100.000,00."),
        ("6", "Cultura, turismo e attrattività", [
            ("Visitatori dei musei e dei siti culturali comunali", "386.000", "≥ 400.000", "≥ 420.000", "≥ 450.000"),
            ("Eventi culturali realizzati nelle Municipalità", "140", "150", "160", "170")],
         "visitatori, operatori turistici, istituzioni culturali, Regione Campania, Università.",
         "Area Cultura e turismo; imposta di soggiorno destinata a interventi per il turismo."),
    ]
    blocks = [
        {"type": "cover", "lines": [["Comune di Napoli", 24, True],
                                    ["Piano integrato di attività e organizzazione", 18, True],
                                    ["PIAO 2023-2025", 16, True],
                                    ["Approvato con deliberazione di Giunta comunale n. 146 del 27 aprile 2023", 10, False]]},
        {"type": "page_break"},
        {"type": "heading", "level": 1, "text": "Premessa"},
        {"type": "paragraph", "text": "Il Piano integrato di attività e organizzazione (PIAO), introdotto dall'articolo 6 del decreto-legge 9 giugno 2021, n. 80, riunisce in un unico documento la programmazione della performance, della prevenzione della corruzione e della trasparenza, dell'organizzazione del lavoro e dei fabbisogni di personale. Il presente Piano copre il triennio 2023-2025 ed è coerente con il Documento unico di programmazione approvato dal Consiglio comunale."},
        {"type": "heading", "level": 1, "text": "Sezione 2 – Valore pubblico, performance e anticorruzione"},
        {"type": "heading", "level": 2, "text": "2.1 Valore pubblico"},
        {"type": "paragraph", "text": "Il valore pubblico che l'Amministrazione intende generare è declinato in sei obiettivi, derivanti dalle linee programmatiche di mandato. Per ciascuno sono individuati gli indicatori di performance, con il valore di partenza riferito al 2022 e i target del triennio; i target non ancora definiti saranno fissati con l'aggiornamento annuale del Piano."},
        {"type": "heading", "level": 2, "text": "2.2 Performance"},
    ]
    for code, title, inds, stake, ris in ovp:
        rows = []
        for ind, base, t1, t2, t3 in inds:
            rows.append({"base": {**hier(None, "strategic", code, title), "area_code": code,
                                  "indicator_code": None, "indicator": ind, "type": None,
                                  "formula": None, "unit": None, "data_source": None,
                                  "weight": None, "baseline": base, "notes": None,
                                  "status": None, "status_text": None, "comment": None},
                         "per_year": [year_entry(2023, t1), year_entry(2024, t2),
                                      year_entry(2025, t3)],
                         "cells": [ind, base, t1, t2, t3]})
        blocks.append({"type": "ovp", "text": f"Obiettivo di valore pubblico {code} – {title}"})
        blocks.append({"type": "table", "role": "indicators",
                       "header": ["Indicatore di performance", "Valore di partenza",
                                  "Target 2023", "Target 2024", "Target 2025"],
                       "widths": [235, 70, 62, 62, 62], "rows": rows})
        blocks.append({"type": "labelled", "label": "Stakeholder:", "text": stake})
        blocks.append({"type": "labelled", "label": "Risorse:", "text": ris})
    blocks += [
        {"type": "heading", "level": 2, "text": "2.3 Rischi corruttivi e trasparenza"},
        {"type": "paragraph", "text": "La mappatura dei processi ha interessato 214 processi; la tabella riporta i processi a rischio più elevato e le misure specifiche programmate per il triennio."},
        {"type": "table", "role": "other",
         "header": ["Area di rischio", "Processo", "Livello di rischio", "Misura specifica"],
         "widths": [110, 140, 60, 181],
         "rows": [["Contratti pubblici", "Affidamenti diretti di lavori sotto soglia", "Alto", "Rotazione degli affidatari tramite albo telematico"],
                  ["Provvedimenti ampliativi", "Rilascio di permessi di costruire", "Alto", "Controllo a campione del 10% delle pratiche"],
                  ["Gestione delle entrate", "Rateizzazione dei tributi locali", "Medio", "Procedura informatizzata con tracciatura delle istanze"],
                  ["Personale", "Progressioni economiche orizzontali", "Medio", "Pubblicazione preventiva dei criteri di selezione"],
                  ["Controlli e sanzioni", "Accertamenti della Polizia Locale in materia edilizia", "Alto", "Ispezioni svolte da squadre miste a composizione variabile"]]},
        {"type": "heading", "level": 1, "text": "Sezione 3 – Organizzazione e capitale umano"},
        {"type": "paragraph", "text": "Al 31 dicembre 2022 il personale in servizio a tempo indeterminato era composto da 4.793 unità. Il piano dei fabbisogni prevede nel triennio 1.620 assunzioni, di cui 740 nel 2023, destinate in prevalenza ai servizi sociali, alla Polizia Locale e agli uffici tecnici."},
        {"type": "table", "role": "other", "header": ["Area", "In servizio al 31/12/2022", "Assunzioni 2023", "Assunzioni 2024-2025"],
         "widths": [200, 100, 90, 101],
         "rows": [["Dirigenti", "61", "18", "12"], ["Funzionari ed Elevate qualificazioni", "1.288", "312", "420"],
                  ["Istruttori", "2.214", "336", "398"], ["Operatori esperti", "1.230", "74", "50"],
                  ["Totale", "4.793", "740", "880"]]},
    ]
    return name, {"name": name, "layout": "rl-napoli", "orientation": "portrait",
                  "document": {"issuer": "Comune di Napoli",
                               "title": "Piano integrato di attività e organizzazione",
                               "year": 2023, "kind": "piao"},
                  "running_header": "Comune di Napoli – PIAO 2023-2025",
                  "_about": ["reportlab portrait; one table per 'Obiettivo di valore pubblico N – Titolo' (a heading without level word at the top: strategic, code N; no area heading: area_code = N, area_title null); each table is followed by 'Stakeholder:' and 'Risorse:' paragraphs which are not comments (tables of several indicators, no outcome line). Target 2023/2024/2025: one record per year, empty cells give null targets. Valore di partenza -> baseline.",
                             "Non-indicator tables: the risk table (2.3) and the staff table (Sezione 3)."],
                  "blocks": blocks}


# =========================================================================== 4. Gran Paradiso
def paradiso():
    name = "parco-nazionale-gran-paradiso-2021-relazione"
    objs = [
        ("1", "Tutela e conservazione della biodiversità", [
            ("1.1", "Censimenti dello stambecco effettuati nelle valli del Parco", "2", "2", "Raggiunto", "achieved",
             "Sono stati svolti il censimento primaverile e quello autunnale, con il conteggio di 2.819 esemplari di stambecco."),
            ("1.2", "Specie di interesse comunitario monitorate secondo i protocolli della Rete Natura 2000", "≥ 25", "27", "Raggiunto", "achieved",
             "Il monitoraggio ha riguardato 27 specie, tra cui la pernice bianca e il gallo forcello, con il supporto del personale di sorveglianza."),
            ("1.3", "Ettari di praterie alpine oggetto di interventi di ripristino", "15", "9,5", "Parzialmente raggiunto", "partially_achieved",
             "Gli interventi in Valsavarenche sono stati completati, mentre quelli in Valle Orco sono stati rinviati al 2022 a causa dell'innevamento tardivo.")]),
        ("2", "Fruizione sostenibile ed educazione ambientale", [
            ("2.1", "Visitatori dei centri visita del Parco", "≥ 45.000", "51.320", "Raggiunto", "achieved",
             "L'affluenza è cresciuta rispetto al 2020 grazie alla riapertura estiva di tutti i centri visita e al sistema di prenotazione online."),
            ("2.2", "Classi coinvolte nei progetti di educazione ambientale", "≥ 120", "96", "Non raggiunto", "not_achieved",
             "Le restrizioni sanitarie del primo semestre hanno limitato le uscite didattiche; 34 classi hanno seguito i percorsi in modalità a distanza."),
            ("2.3", "Sentieri oggetto di manutenzione ordinaria", "100% della rete", "100%", "Raggiunto", "achieved",
             "La manutenzione ha interessato tutti i 470 km della rete sentieristica, con interventi straordinari su 12 km danneggiati dalle piogge di ottobre.")]),
        ("3", "Efficienza amministrativa e trasparenza", [
            ("3.1", "Tempo medio di rilascio dei nulla osta", "≤ 30 gg", "24 gg", "Raggiunto", "achieved",
             "Sono stati rilasciati 318 nulla osta; la digitalizzazione delle istanze ha ridotto i tempi di istruttoria."),
            ("3.2", "Tempo medio di pagamento delle fatture", "≤ 30 gg", "21 gg", "Raggiunto", "achieved",
             "L'indicatore di tempestività dei pagamenti pubblicato sul sito istituzionale conferma il rispetto dei termini di legge."),
            ("3.3", "Obblighi di pubblicazione assolti in Amministrazione trasparente", "100%", "100%", "Raggiunto", "achieved",
             "L'attestazione dell'OIV sugli obblighi di pubblicazione non ha rilevato carenze."),
            ("3.4", "Attivazione del sistema pagoPA per i servizi a pagamento", "Entro il 30/09/2021", "Attivato il 15/07/2021", "Raggiunto", "achieved",
             "Il sistema è operativo per i biglietti dei centri visita e per i diritti di istruttoria.")]),
    ]
    blocks = [
        {"type": "cover", "lines": [["Ente Parco Nazionale Gran Paradiso", 20, True],
                                    ["Relazione sulla performance 2021", 18, True],
                                    ["Approvata con deliberazione del Consiglio direttivo n. 14 del 24 giugno 2022", 10, False]]},
        {"type": "page_break"},
        {"type": "heading", "text": "1. Presentazione"},
        {"type": "paragraph", "text": "La Relazione sulla performance illustra i risultati conseguiti dall'Ente nel 2021 rispetto agli obiettivi del Piano della performance 2021-2023. L'anno è stato segnato dalla ripresa delle attività di fruizione dopo le chiusure del 2020 e dal completamento di importanti progetti di monitoraggio scientifico."},
        {"type": "paragraph", "text": "Per ogni indicatore sono riportati il target, il valore conseguito e l'esito, seguiti da una breve descrizione del risultato raggiunto."},
        {"type": "heading", "text": "2. Obiettivi e risultati"},
    ]
    for oc, ot, inds in objs:
        rows = []
        for code, ind, t, a, esito, st, sentence in inds:
            comment = f"Risultato raggiunto: {sentence}"
            rows.append({"base": {**hier(None, "strategic", oc, ot), "area_code": oc,
                                  "indicator_code": code, "indicator": ind, "type": None,
                                  "formula": None, "unit": None, "data_source": None,
                                  "weight": None, "baseline": None, "notes": None,
                                  "status": st, "status_text": esito, "comment": comment},
                         "per_year": [year_entry(2021, t, a)],
                         "cells": [code, ind, t, a, esito], "after": comment})
        blocks.append({"type": "subheading", "text": f"Obiettivo strategico {oc} – {ot}"})
        blocks.append({"type": "table", "role": "indicators",
                       "header": ["N.", "Indicatore", "Target 2021", "Valore conseguito", "Esito"],
                       "widths": [1.2, 7.6, 2.6, 2.8, 2.8], "rows": rows})
    blocks += [
        {"type": "heading", "text": "3. Risorse finanziarie"},
        {"type": "paragraph", "text": "Le risorse impiegate per il conseguimento degli obiettivi sono riportate nella tabella seguente, riferita ai principali capitoli di spesa del bilancio 2021."},
        {"type": "table", "role": "other", "header": ["Capitolo", "Stanziamento", "Impegnato"],
         "widths": [9.0, 4.0, 4.0],
         "rows": [["1110 – Spese per il personale di sorveglianza", "€ 3.412.000,00", "€ 3.356.870,45"],
                  ["4050 – Monitoraggio della fauna e della flora", "€ 285.000,00", "€ 271.340,12"],
                  ["4210 – Manutenzione della rete sentieristica", "€ 410.000,00", "€ 398.115,60"],
                  ["5120 – Educazione ambientale e centri visita", "€ 196.500,00", "€ 148.920,00"],
                  ["11010 – Interventi di ripristino ambientale", "€ 320.000,00", "€ 205.410,30"],
                  ["Totale", "€ 4.623.500,00", "€ 4.380.656,47"]]},
        {"type": "heading", "text": "4. Valutazione complessiva"},
        {"type": "paragraph", "text": "Nel complesso, dei 10 indicatori previsti dal Piano 8 risultano raggiunti, 1 parzialmente raggiunto e 1 non raggiunto. Gli scostamenti sono riconducibili a fattori esterni (condizioni meteorologiche e restrizioni sanitarie) e non a carenze organizzative. Il grado di realizzazione della performance organizzativa dell'Ente è pertanto valutato pari al 90%."},
    ]
    return name, {"name": name, "layout": "word-paradiso", "orientation": "portrait",
                  "document": {"issuer": "Ente Parco Nazionale Gran Paradiso",
                               "title": "Relazione sulla performance", "year": 2021,
                               "kind": "relazione"},
                  "running_header": "Ente Parco Nazionale Gran Paradiso – Relazione sulla performance 2021",
                  "_about": ["Word portrait, full grid; one table per strategic objective (bold heading 'Obiettivo strategico N – Titolo' above it); each indicator row is followed by a full-width merged row 'Risultato raggiunto: …' (free text after the indicator: the comment, label included; the row is not a status line - status comes from the Esito column). Target 2021 -> year 2021. N. column -> indicator_code. No area heading: area_code = objective code.",
                             "Non-indicator table: budget (Capitolo | Stanziamento | Impegnato). Final 'Valutazione complessiva' section is prose after its own heading."],
                  "blocks": blocks}


# =========================================================================== 5. Treviso
def treviso():
    name = "provincia-treviso-2024-piano"
    areas = [
        ("1", "Viabilità e trasporti", [
            ("1.1", "Manutenzione della rete stradale provinciale", [
                ("1.1.01", "Km di strade provinciali riasfaltate", "km", "38", ("≥ 40", "40%"), ("≥ 45", "40%"), ("≥ 45", "40%")),
                ("1.1.02", "Ponti e viadotti sottoposti a ispezione principale", "n.", "112", ("130", "30%"), ("150", "30%"), ("170", "30%")),
                ("1.1.03", "Segnalazioni di pericolo evase entro 48 ore", "%", "87%", ("≥ 90%", "30%"), ("≥ 92%", "30%"), ("≥ 95%", "30%"))]),
            ("1.2", "Sicurezza stradale", [
                ("1.2.01", "Rotatorie realizzate su intersezioni ad alta incidentalità", "n.", "2", ("3", "50%"), ("2", "50%"), (None, None)),
                ("1.2.02", "Incidenti con feriti sulla rete stradale provinciale", "n.", "684", ("≤ 650", "50%"), ("≤ 620", "50%"), ("≤ 600", "100%"))])]),
        ("2", "Edilizia scolastica", [
            ("2.1", "Sicurezza ed efficienza energetica degli istituti superiori", [
                ("2.1.01", "Istituti con certificato di prevenzione incendi aggiornato", "%", "78%", ("85%", "40%"), ("92%", "40%"), ("100%", "40%")),
                ("2.1.02", "Consumi energetici degli edifici scolastici", "kWh", "14.820.000", ("≤ 14.200.000", "30%"), ("≤ 13.600.000", "30%"), ("≤ 13.000.000", "30%")),
                ("2.1.03", "Interventi PNRR di adeguamento sismico aggiudicati", "n.", "4", ("9", "30%"), ("12", "30%"), ("Completamento lavori", "30%"))]),
            ("2.2", "Spazi per la didattica", [
                ("2.2.01", "Nuove aule realizzate negli istituti superiori", "n.", "18", ("24", "60%"), ("30", "60%"), ("30", "60%")),
                ("2.2.02", "Palestre scolastiche concesse in uso extrascolastico", "n.", "41", ("≥ 45", "40%"), ("≥ 48", "40%"), ("≥ 50", "40%"))])]),
        ("3", "Ambiente e pianificazione territoriale", [
            ("3.1", "Controlli ambientali", [
                ("3.1.01", "Ispezioni su impianti di gestione dei rifiuti", "n.", "96", ("≥ 100", "50%"), ("≥ 105", "50%"), ("≥ 110", "50%")),
                ("3.1.02", "Tempo medio di rilascio delle autorizzazioni uniche ambientali", "giorni", "118", ("≤ 110 gg", "50%"), ("≤ 100 gg", "50%"), ("≤ 90 gg", "50%"))]),
            ("3.2", "Pianificazione territoriale", [
                ("3.2.01", "Pareri di compatibilità urbanistica resi entro 60 giorni", "%", "91%", ("≥ 95%", "60%"), ("≥ 95%", "60%"), ("≥ 95%", "100%")),
                ("3.2.02", "Adozione della variante generale al PTCP", "data", None, ("Entro il 31/12/2024", "40%"), ("Approvazione", "40%"), (None, None))])]),
        ("4", "Servizi generali e innovazione", [
            ("4.1", "Transizione digitale e tempestività amministrativa", [
                ("4.1.01", "Procedimenti avviati con istanza online", "%", "55%", ("≥ 65%", "50%"), ("≥ 75%", "50%"), ("≥ 85%", "50%")),
                ("4.1.02", "Tempo medio di pagamento delle fatture", "giorni", "26", ("≤ 25 gg", "50%"), ("≤ 25 gg", "50%"), ("≤ 25 gg", "50%"))])]),
    ]
    trows = []
    for ac, at, objs in areas:
        trows.append({"area": f"Area {ac} – {at}"})
        for oc, ot, inds in objs:
            first = True
            for code, ind, unit, base, y1, y2, y3 in inds:
                pys = []
                for yr, (t, w) in zip((2024, 2025, 2026), (y1, y2, y3)):
                    e = year_entry(yr, t)
                    e["weight"] = _n(P(w)[1]) if w else None
                    e["weight_text"] = w
                    pys.append(e)
                trows.append({"base": {**hier((ac, at), "operational", oc, ot),
                                       "indicator_code": code, "indicator": ind, "type": None,
                                       "formula": None, "unit": unit, "data_source": None,
                                       "baseline": base, "notes": None, "status": None,
                                       "status_text": None, "comment": None},
                              "per_year": pys, "objective_cell": f"{oc} {ot}",
                              "objective_first": first,
                              "cells": [code, f"{oc} {ot}" if first else None, ind, unit, base,
                                        y1[0], y1[1], y2[0], y2[1], y3[0], y3[1]]})
                first = False
    blocks = [
        {"type": "sheet", "name": "Piano"},
        {"type": "cover", "lines": [["Provincia di Treviso", 18, True],
                                    ["Piano della performance 2024-2026", 15, True],
                                    ["Allegato al decreto del Presidente della Provincia n. 12 del 30 gennaio 2024", 9, False]]},
        {"type": "heading", "text": "1. Introduzione"},
        {"type": "paragraph", "text": "Il Piano della performance 2024-2026 individua gli obiettivi operativi assegnati ai Settori della Provincia in attuazione della Sezione operativa del Documento unico di programmazione. Per ciascun indicatore sono riportati l'unità di misura, il valore rilevato nel 2023, il target atteso e il peso attribuito all'indicatore all'interno dell'obiettivo per ciascuna annualità del triennio."},
        {"type": "paragraph", "text": "I pesi sono espressi in percentuale e, per ciascun obiettivo e annualità, sommano a 100. Le annualità senza target indicano attività che si concludono prima della fine del triennio."},
        {"type": "heading", "text": "2. Obiettivi operativi e indicatori"},
        {"type": "table", "role": "indicators",
         "header_top": ["", "Obiettivo operativo", "Indicatore", "Unità di misura", "Valore 2023", "2024", "", "2025", "", "2026", ""],
         "header_sub": ["", "", "", "", "", "Target", "Peso", "Target", "Peso", "Target", "Peso"],
         "widths": [8, 26, 36, 9, 11, 12, 7, 12, 7, 12, 7], "rows": trows},
        {"type": "paragraph", "text": "Il monitoraggio intermedio degli obiettivi è effettuato al 31 luglio di ciascun anno dal Servizio controllo di gestione."},
        {"type": "sheet", "name": "Personale"},
        {"type": "heading", "text": "3. Risorse umane assegnate"},
        {"type": "paragraph", "text": "Personale a tempo indeterminato in servizio al 1° gennaio 2024, per area di inquadramento del CCNL Funzioni locali 2019-2021."},
        {"type": "table", "role": "other",
         "header": ["Categoria", "Dotazione organica", "In servizio al 01/01/2024", "di cui a tempo parziale", "Assunzioni previste 2024"],
         "widths": [34, 16, 18, 16, 18],
         "rows": [["Segretario generale", "1", "1", "0", "0"], ["Dirigenti", "7", "5", "0", "1"],
                  ["Area dei Funzionari e dell'Elevata qualificazione", "98", "86", "6", "9"],
                  ["Area degli Istruttori", "142", "127", "15", "8"],
                  ["Area degli Operatori esperti", "61", "54", "3", "4"],
                  ["Area degli Operatori", "12", "9", "1", "0"],
                  ["Totale", "321", "282", "25", "22"]]},
    ]
    return name, {"name": name, "layout": "calc-treviso", "orientation": "landscape",
                  "document": {"issuer": "Provincia di Treviso",
                               "title": "Piano della performance", "year": 2024, "kind": "piano"},
                  "running_header": "Provincia di Treviso – Piano della performance 2024-2026",
                  "_about": ["Calc landscape, thin grid; two header rows: '2024 | 2025 | 2026' each merged over 'Target | Peso'; first column of codes without header (indicator_code); areas as merged full-width rows 'Area N – Titolo' inside the table; 'Obiettivo operativo' cell merged down over its indicators ('1.1 Titolo'). One record per indicator and year with that year's target and weight; empty year cells give null target/weight. 'Valore 2023' (results of the year before every target year, no baseline column) -> baseline.",
                             "Second sheet: staff table by category (no records)."],
                  "blocks": blocks}


def main():
    show = "--show" in sys.argv
    for fn in (inail, ausl, napoli, paradiso, treviso):
        name, c = fn()
        with open(f"{name}.content.json", "w") as f:
            json.dump(c, f, ensure_ascii=False, indent=1)
        if show:
            print("==", name)
            seen = set()
            for b in c["blocks"]:
                if b.get("role") != "indicators":
                    continue
                rows = [r for g in b.get("groups", [{"rows": b.get("rows", [])}]) for r in g["rows"]]
                for r in rows:
                    if "base" not in r:
                        continue
                    for e in r["per_year"]:
                        for side in ("target", "actual"):
                            key = e[side]
                            if key and key not in seen:
                                seen.add(key)
                                print(f"   {key!r:32} {e[side + '_p']}")
                        if e["actual"]:
                            print(f"      met {e['target']!r} vs {e['actual']!r}: {e['met']}")


if __name__ == "__main__":
    main()
