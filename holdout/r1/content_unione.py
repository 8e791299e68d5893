"""Invented content: Unione dei Comuni del Frignano, Piano della performance 2025-2027 (Word, landscape)."""

HEADER_FLAT = ["N.", "Indicatore", "Unità di misura", "2025", "2026", "2027"]
HEADER_SPAN = [["N.", "Indicatore", "Unità di misura", "Valori attesi", "", ""],
               ["", "", "", "2025", "2026", "2027"]]
FIELDS = ["indicator_code", "indicator", "unit", "target@2025", "target@2026", "target@2027"]


def head(level, code, title):
    label = {"area": "Ambito strategico", "strategic": "Obiettivo strategico",
             "operational": "Obiettivo operativo"}[level]
    return {"kind": "heading", "level": level, "code": code, "title": title,
            "text": f"{label} {code} – {title}"}


def table(span, *rows):
    return {"kind": "table", "role": "indicators", "header": HEADER_SPAN if span else [HEADER_FLAT],
            "span": span, "fields": FIELDS,
            "rows": [{"kind": "ind", "cells": list(r)} for r in rows]}


def prose(text, style=None):
    return {"kind": "para", "text": text, "style": style}


CONTENT = {
    "name": "unione-comuni-2025-piano",
    "format": "docx",
    "landscape": True,
    "document": {"issuer": "Unione dei Comuni del Frignano", "title": "Piano della performance",
                 "year": 2025, "kind": "piano"},
    "running_header": "Unione dei Comuni del Frignano – Piano della performance 2025-2027",
    "readback": {"ignore_top": 45, "ignore_bottom": 45},
    "cover": [
        {"text": "UNIONE DEI COMUNI DEL FRIGNANO", "size": 22, "bold": True},
        {"text": "Fanano – Fiumalbo – Lama Mocogno – Montecreto – Pavullo nel Frignano – Pievepelago – Polinago – Riolunato – Serramazzoni – Sestola", "size": 10},
        {"text": "", "size": 30},
        {"text": "PIANO DELLA PERFORMANCE 2025-2027", "size": 24, "bold": True},
        {"text": "Obiettivi, indicatori e valori attesi dei servizi conferiti all'Unione", "size": 13},
        {"text": "", "size": 30},
        {"text": "Approvato con deliberazione della Giunta dell'Unione n. 9 del 30 gennaio 2025", "size": 10},
    ],
    "blocks": [
        {"kind": "pagebreak"},
        {"kind": "heading", "level": "section", "text": "1. Premessa"},
        prose("Il Piano della performance dell'Unione dei Comuni del Frignano definisce, per il triennio 2025-2027, gli obiettivi dei servizi conferiti dai dieci Comuni aderenti: Polizia locale, Protezione civile, servizi sociali associati, Sportello unico per le attività produttive e sistemi informativi. Il Piano è coerente con il Documento unico di programmazione 2025-2027 approvato dal Consiglio dell'Unione con deliberazione n. 27 del 19 dicembre 2024."),
        prose("Per ciascun obiettivo operativo sono indicati gli indicatori, l'unità di misura e i valori attesi per ciascuna annualità del triennio. I valori del 2026 e del 2027 hanno carattere programmatorio e saranno aggiornati con lo scorrimento annuale del Piano."),
        {"kind": "heading", "level": "section", "text": "2. Le risorse umane dell'Unione"},
        prose("Al 1° gennaio 2025 l'Unione dispone del seguente personale, in parte comandato dai Comuni aderenti:"),
        {"kind": "table", "role": "other",
         "header": [["Servizio", "Dipendenti dell'Unione", "Personale comandato dai Comuni", "Totale", "di cui part-time"]],
         "rows": [["Polizia locale", "34", "4", "38", "2"],
                  ["Protezione civile", "3", "0", "3", "0"],
                  ["Servizi sociali associati", "22", "6", "28", "7"],
                  ["SUAP e sistemi informativi", "9", "2", "11", "1"],
                  ["Segreteria generale e ragioneria", "8", "3", "11", "3"],
                  ["Totale", "76", "15", "91", "13"]]},
        {"kind": "heading", "level": "section", "text": "3. Obiettivi e indicatori"},
        head("area", "1", "Sicurezza del territorio"),
        head("strategic", "1.1", "Presidio del territorio e sicurezza stradale"),
        head("operational", "1.1.1", "Potenziare i controlli sulla circolazione stradale"),
        table(True,
              ["1", "Ore di servizio esterno della Polizia locale sulle strade provinciali e comunali", "ore", "≥ 9.500", "≥ 9.800", "≥ 10.000"],
              ["2", "Controlli con etilometro e precursore sui conducenti", "n.", "≥ 1.200", "≥ 1.300", "≥ 1.400"],
              ["3", "Incidenti stradali con feriti rilevati nel territorio dell'Unione", "n.", "≤ 95", "≤ 90", "≤ 85"],
              ["4", "Verbali notificati entro 60 giorni dall'accertamento", "%", "≥ 97%", "≥ 98%", "≥ 98%"]),
        head("operational", "1.1.2", "Rafforzare il sistema di Protezione civile"),
        table(True,
              ["1", "Piani comunali di protezione civile aggiornati secondo il Codice (D.Lgs. 1/2018)", "n. Comuni", "4", "8", "10"],
              ["2", "Esercitazioni di protezione civile con la popolazione", "n.", "≥ 2", "≥ 3", "≥ 3"],
              ["3", "Volontari formati per il rischio idrogeologico e neve", "n.", "≥ 120", "≥ 150", ""]),
        {"kind": "pagebreak"},
        head("area", "2", "Coesione sociale e welfare di comunità"),
        head("strategic", "2.1", "Domiciliarità e inclusione delle persone fragili"),
        head("operational", "2.1.1", "Ampliare l'assistenza domiciliare nei Comuni montani"),
        table(False,
              ["1", "Anziani non autosufficienti seguiti con assistenza domiciliare", "n.", "≥ 210", "≥ 225", "≥ 240"],
              ["2", "Tempo medio di attivazione del servizio dalla valutazione UVM", "giorni", "≤ 20 gg", "≤ 15 gg", "≤ 15 gg"],
              ["3", "Ore di assistenza domiciliare erogate", "ore", "≥ 38.000", "≥ 40.000", "≥ 42.000"]),
        head("operational", "2.1.2", "Contrastare la povertà e l'esclusione sociale"),
        table(False,
              ["1", "Nuclei beneficiari dell'Assegno di inclusione con patto di inclusione sottoscritto", "%", "≥ 85%", "≥ 90%", "≥ 90%"],
              ["2", "Contributi economici straordinari erogati entro 30 giorni dalla domanda", "%", "100%", "100%", "100%"]),
        head("area", "3", "Sviluppo economico e innovazione"),
        head("strategic", "3.1", "Semplificazione per le imprese e transizione digitale"),
        head("operational", "3.1.1", "Digitalizzare lo Sportello unico per le attività produttive"),
        table(False,
              ["1", "Tempo medio di conclusione dei procedimenti SUAP ordinari", "giorni", "≤ 45", "≤ 40", "≤ 35"],
              ["2", "Pratiche SUAP gestite interamente in modalità telematica", "%", "≥ 95%", "100%", "100%"],
              ["3", "Servizi dei Comuni aderenti pubblicati sulla piattaforma PagoPA", "n.", "≥ 60", "≥ 75", "da definire"]),
        prose("I valori attesi indicati come «da definire» saranno quantificati in sede di aggiornamento del Piano, a seguito della ricognizione dei servizi effettuata dal Servizio informatico associato.", "note"),
    ],
}
