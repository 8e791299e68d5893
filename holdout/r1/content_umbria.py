"""Invented content: Regione Umbria, Relazione sulla performance 2022 (Calc, zebra rows, landscape)."""

HEADER_A = ["Parametro", "Obiettivo quantitativo", "Esito conseguito", "Scost.", "Documentazione"]
FIELDS_A = ["indicator", "target", "actual", "extra", "data_source"]
HEADER_B = ["KPI", "Target", "Actual", "Delta"]
FIELDS_B = ["indicator", "target", "actual", "extra"]


def head(level, code, title):
    label = {"area": "Area strategica", "strategic": "Obiettivo strategico"}[level]
    return {"kind": "heading", "level": level, "code": code, "title": title,
            "text": f"{label} {code} – {title}"}


def table_a(*rows):
    return {"kind": "table", "role": "indicators", "header": [HEADER_A], "fields": FIELDS_A,
            "rows": [r if isinstance(r, dict) else {"kind": "ind", "cells": list(r)} for r in rows]}


def table_b(*rows):
    return {"kind": "table", "role": "indicators", "header": [HEADER_B], "fields": FIELDS_B,
            "rows": [{"kind": "ind", "cells": list(r)} for r in rows]}


CONTENT = {
    "name": "regione-umbria-2022-relazione",
    "format": "xlsx",
    "document": {"issuer": "Regione Umbria", "title": "Relazione sulla performance", "year": 2022,
                 "kind": "relazione"},
    "cover": [
        {"text": "REGIONE UMBRIA", "size": 20, "bold": True},
        {"text": "Giunta regionale – Direzione Risorse, programmazione, cultura e turismo", "size": 11},
        {"text": "Servizio Controllo strategico e di gestione", "size": 11},
        {"text": "RELAZIONE SULLA PERFORMANCE 2022", "size": 18, "bold": True},
        {"text": "Allegato B – Schede di rendicontazione degli obiettivi strategici e cruscotto dei KPI trasversali", "size": 12},
        {"text": "Le schede riportano, per ciascun obiettivo strategico del Piano della performance 2022-2024 (DGR n. 78 del 2 febbraio 2022), i parametri di misurazione con l'obiettivo quantitativo, l'esito conseguito al 31/12/2022, lo scostamento e la documentazione che ne attesta la verifica. Il cruscotto dei KPI trasversali riporta gli indicatori comuni a tutte le Direzioni regionali. I dati sono stati validati dall'Organismo indipendente di valutazione nella seduta del 21 giugno 2023.", "size": 10, "wrap": True},
    ],
    "readback": {"ignore_top": 45, "ignore_bottom": 45},
    "sheets": [
        {"title": "Schede obiettivi", "caption": "1. Schede di rendicontazione degli obiettivi strategici", "blocks": [
            head("area", "1", "Sanità e welfare"),
            head("strategic", "1.1", "Ridurre i tempi di attesa per le prestazioni specialistiche"),
            table_a(
                ["Prestazioni di specialistica ambulatoriale in classe B erogate entro 10 giorni", "≥ 90%", "87,4%", "-2,6 p.p.", "Report CUP regionale – dicembre 2022"],
                ["Recupero delle prestazioni sospese durante l'emergenza COVID-19", "100%", "100%", "0", "DGR n. 1145/2022"],
                ["Tempo medio di attesa per prima visita cardiologica (classe D)", "≤ 30 gg", "27 gg", "-3 gg", "Monitoraggio ex ante PNGLA"],
            ),
            head("strategic", "1.2", "Rafforzare l'assistenza territoriale (DM 77/2022)"),
            table_a(
                ["Case della Comunità con progetto esecutivo approvato", "≥ 12", "13", "+1", "Target PNRR M6C1 – verifiche AGENAS"],
                ["Anziani over 65 presi in carico in assistenza domiciliare integrata", "≥ 6,5%", "5,9%", "-0,6 p.p.", "Flusso informativo SIAD"],
                {"kind": "ind", "cells": ["Attivazione della Centrale operativa territoriale di Foligno", "Entro il 31/12/2022", "Obiettivo sospeso", "n.a.", "Nota Direzione Salute prot. 201455/2022"],
                 "status": "suspended", "status_text": "Obiettivo sospeso"},
            ),
            head("area", "2", "Sviluppo economico, ambiente e territorio"),
            head("strategic", "2.1", "Accelerare la spesa dei fondi strutturali europei"),
            table_a(
                ["Spesa certificata POR FESR 2014-2020", "≥ € 85.000.000,00", "€ 91.412.336,20", "+7,5%", "Domanda di pagamento CE – sistema SFC2014"],
                ["Tempo medio di liquidazione dei contributi alle imprese", "≤ 60 gg", "52 gg", "-8 gg", "Sistema di monitoraggio SMG2"],
                ["Bandi PR FESR 2021-2027 pubblicati", "≥ 3", "2", "-1", "BUR Umbria – serie avvisi e concorsi"],
            ),
            head("strategic", "2.2", "Tutelare il territorio e la qualità dell'aria"),
            table_a(
                ["Raccolta differenziata dei rifiuti urbani a livello regionale", "≥ 65%", "66,8%", "+1,8 p.p.", "ARPA Umbria – Osservatorio rifiuti"],
                ["Giorni di superamento del valore limite giornaliero di PM10 (stazione Terni – Carrara)", "≤ 35", "41", "+6", "ARPA Umbria – rete di monitoraggio qualità dell'aria"],
            ),
        ]},
        {"title": "Cruscotto KPI", "caption": "2. Cruscotto dei KPI trasversali", "blocks": [
            head("area", "3", "Organizzazione, digitale e semplificazione"),
            head("strategic", "3.1", "Trasformazione digitale dell'amministrazione regionale"),
            table_b(
                ["Procedimenti regionali gestiti su piattaforma digitale", "≥ 70%", "73%", "+3%"],
                ["Dipendenti formati sulle competenze digitali (Syllabus)", "≥ 600", "648", "+48"],
                ["Tempo medio di pagamento delle fatture commerciali", "≤ 30 gg", "24 gg", "-6 gg"],
                ["Disponibilità dei servizi online regionali (uptime)", "≥ 99,5%", "99,82%", "+0,32%"],
            ),
            head("strategic", "3.2", "Valorizzazione delle risorse umane"),
            table_b(
                ["Ore medie di formazione per dipendente", "≥ 24 ore", "21,5 ore", "-2,5"],
                ["Procedure concorsuali concluse", "≥ 8", "9", "+1"],
                ["Tasso di assenza del personale", "≤ 12%", "n.d.", "n.d."],
            ),
        ]},
        {"title": "Risorse", "caption": "3. Risorse finanziarie assegnate per Direzione regionale (esercizio 2022)", "blocks": [
            {"kind": "table", "role": "other",
             "header": [["Direzione regionale", "Stanziamento iniziale", "Stanziamento definitivo", "Impegnato", "Pagato"]],
             "rows": [["Salute e Welfare", "€ 1.812.450.000,00", "€ 1.874.220.310,00", "€ 1.851.006.442,17", "€ 1.702.389.115,40"],
                      ["Sviluppo economico, agricoltura, lavoro, istruzione", "€ 312.900.000,00", "€ 355.418.760,00", "€ 298.774.120,55", "€ 241.903.552,08"],
                      ["Governo del territorio, ambiente, protezione civile", "€ 148.300.000,00", "€ 171.050.900,00", "€ 139.662.018,32", "€ 101.447.230,90"],
                      ["Risorse, programmazione, cultura e turismo", "€ 96.740.000,00", "€ 102.884.150,00", "€ 94.118.602,75", "€ 88.021.477,16"],
                      ["Totale", "€ 2.370.390.000,00", "€ 2.503.574.120,00", "€ 2.383.561.183,79", "€ 2.133.761.375,54"]]},
        ]},
    ],
}
