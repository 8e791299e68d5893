"""Content of unioncamere-lombardia-2023-relazione (invented, realistic). Writes the .content.json.
Table: Indicatore | Peso % | Target | Risultato (Valore | Grado %). A cell may carry a raised footnote
mark ("fn"): the mark is printed raised after the text and is not part of the cell (CONVENTIONS)."""
import json


def H(level, code, title, label):
    return {"t": "h", "level": level, "code": code, "title": title, "text": f"{label} {code} – {title}"}


def I(ind, peso, tgt, val, grado, fn=None):
    """fn: {column index: footnote mark}"""
    rec = {"indicator": ind, "weight": peso, "target": tgt, "actual": val, "achievement": grado, "year": None}
    return {"rec": rec, "cells": [ind, peso, tgt, val, grado], "fn": fn or {}}


def T(items, notes=None):
    return {"t": "itable", "items": items, "footnotes": notes or []}


P = lambda text: {"t": "p", "text": text}

blocks = [
    {"t": "toc", "entries": [["Presentazione", "2"], ["1. Il sistema camerale lombardo e le risorse", "2"],
                             ["2. I risultati degli obiettivi strategici", "2"],
                             ["2.1 Area strategica 1 – Competitività e internazionalizzazione", "2"],
                             ["2.2 Area strategica 2 – Semplificazione e regolazione del mercato", "3"],
                             ["2.3 Area strategica 3 – Efficienza del sistema camerale", "4"],
                             ["3. Sintesi dei risultati", "4"]]},
    {"t": "chap", "text": "Presentazione"},
    P("La Relazione sulla performance 2023 di Unioncamere Lombardia rendiconta i risultati conseguiti rispetto "
      "agli obiettivi strategici e ai relativi indicatori definiti nel Piano della performance 2023-2025, "
      "approvato dalla Giunta nella seduta del 30 gennaio 2023 e confluito nel Piano integrato di attività e "
      "organizzazione."),
    P("Per ogni obiettivo strategico la tabella riporta gli indicatori con il rispettivo peso, il target "
      "annuale e il risultato, espresso come valore conseguito e come grado di raggiungimento. Il grado è "
      "calcolato come rapporto tra valore conseguito e target (o viceversa per gli indicatori decrescenti) ed "
      "è limitato al 100%."),
    {"t": "chap", "text": "1. Il sistema camerale lombardo e le risorse"},
    P("Unioncamere Lombardia associa le 9 Camere di commercio della regione e ne coordina le attività comuni, "
      "in particolare in materia di internazionalizzazione, digitalizzazione, regolazione del mercato e "
      "gestione associata dei servizi. Al 31 dicembre 2023 l'ente contava 46 dipendenti, di cui 3 dirigenti."),
    {"t": "other", "caption": "Tabella 1 – Proventi e oneri correnti (valori in euro)",
     "header": ["Voce", "Preventivo 2023", "Consuntivo 2023"],
     "rows": [["Contributi associativi delle Camere di commercio", "4.250.000,00", "4.250.000,00"],
              ["Proventi da progetti e convenzioni", "6.180.000,00", "6.944.512,36"],
              ["Altri proventi", "312.000,00", "287.640,12"],
              ["Totale proventi correnti", "10.742.000,00", "11.482.152,48"],
              ["Oneri per il personale", "3.410.000,00", "3.352.718,90"],
              ["Oneri di funzionamento", "1.905.000,00", "1.861.204,55"],
              ["Interventi economici", "5.280.000,00", "5.902.337,61"],
              ["Ammortamenti e accantonamenti", "147.000,00", "151.890,00"],
              ["Totale oneri correnti", "10.742.000,00", "11.268.151,06"]]},
    {"t": "chap", "text": "2. I risultati degli obiettivi strategici"},
    H("area", "1", "Competitività e internazionalizzazione del sistema produttivo", "Area strategica"),
    H("strategic", "1.1", "Sostenere l'internazionalizzazione delle piccole e medie imprese lombarde",
      "Obiettivo strategico"),
    T([I("Imprese assistite nei percorsi di accompagnamento ai mercati esteri (progetto SEI – Sostegno "
         "all'export dell'Italia)", "30", "≥ 600", "684", "100%"),
       I("Partecipazioni di imprese a fiere e missioni internazionali cofinanziate dal sistema camerale (fiere in "
         "Italia con qualifica internazionale, fiere all'estero e missioni imprenditoriali organizzate con "
         "ICE-Agenzia e Promos Italia)",
         "25", "≥ 250", "231", "92,4%"),
       I("Grado di soddisfazione delle imprese partecipanti ai servizi di internazionalizzazione", "20",
         "≥ 85%", "88,6%", "100%", fn={3: "1"}),
       I("Risorse liquidate alle imprese sui bandi per l'export gestiti in accordo con Regione Lombardia",
         "25", "€ 3.000.000", "€ 2.846.300", "94,9%")],
      notes=[("1", "Indagine di customer satisfaction condotta a dicembre 2023 su 412 imprese (tasso di risposta "
                   "38%).")]),
    H("strategic", "1.2", "Favorire la digitalizzazione e la transizione 4.0 delle imprese", "Obiettivo strategico"),
    T([I("Imprese che hanno effettuato l'assessment di maturità digitale (SELFI4.0 e ZOOM4.0) presso i Punti "
         "Impresa Digitale delle Camere lombarde", "35", "≥ 1.200", "1.412", "100%"),
       I("Voucher per la digitalizzazione I4.0 concessi alle micro, piccole e medie imprese", "35", "≥ 800",
         "765", "95,6%"),
       I("Eventi formativi e webinar organizzati dai Punti Impresa Digitale", "30", "≥ 60", "74", "100%")]),
    H("area", "2", "Semplificazione, trasparenza e regolazione del mercato", "Area strategica"),
    H("strategic", "2.1", "Assicurare qualità e tempestività del Registro delle imprese", "Obiettivo strategico"),
    T([I("Pratiche telematiche del Registro delle imprese evase entro 5 giorni dal protocollo (media delle "
         "Camere lombarde)", "40", "≥ 90%", "93,2%", "100%"),
       I("Tempo medio di lavorazione delle pratiche del Registro delle imprese", "30", "≤ 4 gg", "3,1 gg",
         "100%"),
       I("Tasso di sospensione delle pratiche telematiche del Registro delle imprese", "30", "≤ 25%", "27,8%",
         "89,9%", fn={3: "2"})],
      notes=[("2", "Il dato risente dell'introduzione, da ottobre 2023, del nuovo obbligo di comunicazione del "
                   "titolare effettivo.")]),
    H("strategic", "2.2", "Rafforzare la regolazione e la tutela del mercato", "Obiettivo strategico"),
    T([I("Procedure di composizione negoziata della crisi d'impresa gestite dalle segreterie regionali",
         "30", "≥ 150", "187", "100%", fn={0: "3"}),
       I("Tempo medio di conclusione delle procedure di mediazione civile e commerciale", "30", "≤ 90 gg",
         "76 gg", "100%"),
       I("Verifiche periodiche e ispezioni metrologiche su strumenti di misura", "40", "≥ 2.500", "2.118",
         "84,7%")],
      notes=[("3", "Procedura introdotta dal D.L. 118/2021; il valore comprende le istanze archiviate.")]),
    H("area", "3", "Efficienza e sostenibilità del sistema camerale", "Area strategica"),
    H("strategic", "3.1", "Garantire una gestione efficiente e sostenibile delle risorse", "Obiettivo strategico"),
    T([I("Incidenza degli oneri di funzionamento sugli oneri correnti", "30", "≤ 18%", "17,2%", "100%"),
       I("Indicatore annuale di tempestività dei pagamenti", "20", "≤ 0 gg", "-8,4 gg", "100%"),
       I("Risorse acquisite da progetti europei e da fondi esterni al sistema camerale", "30", "≥ 1,5 mln €",
         "1,82 mln €", "100%"),
       I("Centralizzazione dei servizi di contabilità e paghe per le Camere di commercio lombarde aderenti",
         "20", "Completamento entro il 31/12/2023", "In corso (4 Camere su 5 migrate)", "80%")]),
    {"t": "chap", "text": "3. Sintesi dei risultati"},
    P("Il grado complessivo di raggiungimento degli obiettivi strategici, calcolato come media ponderata dei "
      "gradi di raggiungimento degli indicatori, è pari al 96,8%. La tabella seguente riepiloga il risultato "
      "per area strategica."),
    {"t": "other", "caption": "Tabella 2 – Grado di raggiungimento per area strategica",
     "header": ["Area strategica", "N. obiettivi", "N. indicatori", "Grado medio"],
     "rows": [["1 – Competitività e internazionalizzazione", "2", "7", "97,8%"],
              ["2 – Semplificazione e regolazione del mercato", "2", "6", "95,2%"],
              ["3 – Efficienza del sistema camerale", "1", "4", "96,0%"],
              ["Totale ente", "5", "17", "96,8%"]]},
]

doc = {"name": "unioncamere-lombardia-2023-relazione",
       "document": {"issuer": "Unione Regionale delle Camere di Commercio della Lombardia",
                    "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
       "cover": {"acronym": "Unioncamere Lombardia",
                 "issuer": "Unione Regionale delle Camere di Commercio della Lombardia",
                 "title": "Relazione sulla performance 2023",
                 "sub": "Approvata dalla Giunta nella seduta del 24 giugno 2024 e validata dall'OIV"},
       "blocks": blocks}
json.dump(doc, open("unioncamere-lombardia-2023-relazione.content.json", "w"), ensure_ascii=False, indent=1)
print(sum(len(b["items"]) for b in blocks if b["t"] == "itable"), "indicators")
