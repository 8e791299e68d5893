"""Content of provincia-bergamo-2022-relazione (invented, realistic). Writes the .content.json."""
import json

SYM = {"●": "achieved", "◐": "partially_achieved", "○": "not_achieved"}


def H(level, code, title, label):
    return {"t": "h", "level": level, "code": code, "title": title, "text": f"{label} {code} – {title}"}


def T(rows, commento=None):
    """rows: (descrizione, programmato, conseguito, simbolo). Commento under a table of one indicator is its
    comment; under a table of several it speaks of the table (CONVENTIONS) and belongs to no record."""
    items = []
    for i, (desc, prog, cons, sym) in enumerate(rows, 1):
        rec = {"indicator_code": str(i), "indicator": desc, "target": prog, "actual": cons, "year": None,
               "status": SYM[sym], "status_text": sym}
        if len(rows) == 1:
            rec["comment"] = commento
        items.append({"rec": rec, "cells": [str(i), desc, prog, cons, sym]})
    return {"t": "itable", "header": ["N.", "Descrizione", "Valore programmato", "Valore conseguito", "Esito"],
            "items": items, "legend": "●  raggiunto     ◐  parzialmente raggiunto     ○  non raggiunto",
            "commento": commento}


P = lambda text: {"t": "p", "text": text}
blocks = [
    {"t": "toc", "entries": [["Premessa", "2"], ["1. Le risorse finanziarie", "2"],
                             ["2. I risultati degli obiettivi operativi", "2"],
                             ["2.1 Ambito strategico 1 – Edilizia scolastica e diritto allo studio", "2"],
                             ["2.2 Ambito strategico 2 – Viabilità e trasporti", "3"],
                             ["2.3 Ambito strategico 3 – Ambiente e pianificazione territoriale", "3"],
                             ["2.4 Ambito strategico 4 – Organizzazione e servizi generali", "4"],
                             ["3. Conclusioni", "4"]]},
    {"t": "chap", "text": "Premessa"},
    P("La presente Relazione illustra i risultati conseguiti dalla Provincia di Bergamo nel corso dell'esercizio "
      "2022 con riferimento agli obiettivi operativi definiti nel Piano esecutivo di gestione e Piano della "
      "performance 2022-2024, approvato con decreto del Presidente n. 41 del 10 marzo 2022, in coerenza con la "
      "Sezione operativa del Documento unico di programmazione."),
    P("Per ciascun obiettivo operativo è riportata una tabella con gli indicatori di risultato, il valore "
      "programmato, il valore conseguito al 31 dicembre 2022 e l'esito della verifica, espresso con la "
      "simbologia indicata in legenda. Dove opportuno il dirigente responsabile ha fornito un commento sugli "
      "scostamenti rilevati."),
    {"t": "chap", "text": "1. Le risorse finanziarie"},
    P("Le risorse finanziarie assegnate ai settori con il PEG 2022 sono sintetizzate nella tabella seguente, che "
      "riporta per le principali missioni di bilancio gli stanziamenti definitivi di spesa corrente e gli "
      "impegni assunti."),
    {"t": "other", "caption": "Tabella 1 – Spesa corrente per missione – Rendiconto 2022 (importi in euro)",
     "header": ["Missione", "Stanziamento definitivo", "Impegnato", "% impegno"],
     "rows": [["01 – Servizi istituzionali, generali e di gestione", "18.425.300,00", "16.982.114,27", "92,2%"],
              ["04 – Istruzione e diritto allo studio", "14.870.000,00", "14.215.908,45", "95,6%"],
              ["08 – Assetto del territorio ed edilizia abitativa", "1.240.500,00", "1.098.772,10", "88,6%"],
              ["09 – Sviluppo sostenibile e tutela del territorio e dell'ambiente", "3.615.000,00",
               "3.302.450,88", "91,4%"],
              ["10 – Trasporti e diritto alla mobilità", "22.980.400,00", "22.104.336,51", "96,2%"],
              ["Totale", "61.131.200,00", "57.703.582,21", "94,4%"]]},
    {"t": "chap", "text": "2. I risultati degli obiettivi operativi"},
    H("area", "1", "Edilizia scolastica e diritto allo studio", "Ambito strategico"),
    H("operational", "1.1", "Messa in sicurezza ed efficientamento degli edifici scolastici superiori",
      "Obiettivo operativo"),
    T([("Interventi di adeguamento sismico avviati negli istituti superiori", "N° 6", "N° 6", "●"),
       ("Spesa PNRR liquidata sulla quota assegnata per l'edilizia scolastica", "≥ 30%", "34,2%", "●"),
       ("Edifici scolastici in possesso di certificato di prevenzione incendi", "≥ 85%", "78,9%", "◐")],
      commento="Il ritardo nel rilascio dei CPI è dovuto ai tempi di istruttoria del Comando provinciale dei "
               "Vigili del fuoco per 4 edifici, per i quali le pratiche risultano presentate entro novembre."),
    H("operational", "1.2", "Assistenza agli studenti con disabilità sensoriale", "Obiettivo operativo"),
    T([("Studenti con disabilità sensoriale presi in carico entro l'avvio dell'anno scolastico", "100%",
        "100%", "●")],
      commento="Sono stati presi in carico 214 studenti (+9% rispetto all'anno scolastico precedente), con "
               "l'attivazione di 38 nuovi progetti individualizzati in collaborazione con l'ATS di Bergamo."),
    H("area", "2", "Viabilità e trasporti", "Ambito strategico"),
    H("operational", "2.1", "Manutenzione e sicurezza della rete stradale provinciale", "Obiettivo operativo"),
    T([("Chilometri di strade provinciali riasfaltate", "≥ 45 km", "52,3 km", "●"),
       ("Tempo medio di ripristino delle buche segnalate", "≤ 5 gg", "6,2 gg", "◐"),
       ("Ponti e viadotti ispezionati secondo le Linee guida ministeriali", "N° 120", "N° 98", "◐"),
       ("Interventi di sgombero neve avviati entro 2 ore dalla chiamata", "≥ 95%", "97,1%", "●")]),
    H("operational", "2.2", "Governo del trasporto pubblico locale extraurbano", "Obiettivo operativo"),
    T([("Corse TPL extraurbane sottoposte a verifica di regolarità", "≥ 2.000", "2.346", "●"),
       ("Autorizzazioni per trasporti eccezionali rilasciate entro 15 giorni", "≥ 90%", "93,8%", "●")]),
    H("area", "3", "Ambiente e pianificazione territoriale", "Ambito strategico"),
    H("operational", "3.1", "Controlli ambientali sugli scarichi e sulle emissioni", "Obiettivo operativo"),
    T([("Ispezioni su impianti titolari di Autorizzazione Unica Ambientale (AUA)", "≥ 150", "131", "◐"),
       ("Tempo medio di conclusione dei procedimenti di AUA", "≤ 90 gg", "84 gg", "●"),
       ("Campionamenti su scarichi di acque reflue industriali", "N° 60", "N° 41", "○")],
      commento="Nel secondo semestre il servizio ha operato con due tecnici in meno a seguito di pensionamenti; "
               "le assunzioni sono state completate a dicembre 2022."),
    H("operational", "3.2", "Aggiornamento del Piano territoriale di coordinamento provinciale", "Obiettivo operativo"),
    T([("Adozione della variante di adeguamento del PTCP alla L.R. 31/2014", "Adozione entro il 31/12/2022",
        "Adottata con delibera consiliare n. 35 del 28/11/2022", "●")],
      commento="La variante è stata pubblicata sul BURL n. 50 del 14 dicembre 2022; sono pervenute 27 "
               "osservazioni, in corso di controdeduzione."),
    H("area", "4", "Organizzazione e servizi generali", "Ambito strategico"),
    H("operational", "4.1", "Transizione digitale dei servizi provinciali", "Obiettivo operativo"),
    T([("Servizi online accessibili con identità digitale SPID/CIE", "100%", "100%", "●"),
       ("Incassi riscossi tramite la piattaforma pagoPA sul totale degli incassi", "≥ 80%", "73,5%", "◐"),
       ("Dipendenti formati sulle competenze digitali (piattaforma Syllabus)", "≥ 50%", "22,0%", "○")],
      commento="L'adesione alla piattaforma Syllabus è avvenuta a settembre 2022: il percorso formativo "
               "proseguirà nel 2023 con l'obiettivo di coinvolgere tutto il personale."),
    H("operational", "4.2", "Tempestività dei pagamenti", "Obiettivo operativo"),
    T([("Indicatore annuale di tempestività dei pagamenti", "≤ 0 gg", "-12,4 gg", "●")]),
    {"t": "chap", "text": "3. Conclusioni"},
    P("Dei 18 indicatori monitorati, 11 risultano raggiunti, 5 parzialmente raggiunti e 2 non raggiunti. Il "
      "grado complessivo di raggiungimento degli obiettivi dell'Ente, calcolato secondo il Sistema di "
      "misurazione e valutazione della performance, è pari all'87,6%."),
]

doc = {"name": "provincia-bergamo-2022-relazione",
       "document": {"issuer": "Provincia di Bergamo", "title": "Relazione sulla performance", "year": 2022,
                    "kind": "relazione"},
       "cover": {"issuer": "PROVINCIA DI BERGAMO", "office": "Settore Affari generali e Controllo di gestione",
                 "title": "Relazione sulla performance 2022",
                 "sub": "ai sensi dell'art. 10 del D.Lgs. 150/2009",
                 "approved": "Approvata con decreto del Presidente n. 152 del 27 giugno 2023"},
       "blocks": blocks}
json.dump(doc, open("provincia-bergamo-2022-relazione.content.json", "w"), ensure_ascii=False, indent=1)
print(sum(len(b["items"]) for b in blocks if b["t"] == "itable"), "indicators")
